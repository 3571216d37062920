"""A person encouraging a person to act ("Candidate Jane Reed, like the mayor, has encouraged European nations to spend
more", "Reed encouraged his supporters to vote"): a speech act of the encourager, as "urged X to" is (GUIDELINES §13;
PolNeAR gives "encourage" a cue four times in its dev split; lead45's Left; attr55). Not a thing encouraging ("Low
rates encouraged firms to borrow", "The scheme encourages children to swim", "This encouraged him to stay"): the
subject must be a name, a person or body noun or a person pronoun, and the object a person or a group."""

from __future__ import annotations

from .. import lang
from .text import Tok

#: The most words of the object between "encouraged" and "to" ("his many loyal supporters").
_OBJECT_WORDS = 4


def _person_object(toks: list[Tok], j: int) -> int | None:
    """Where "to" stands after a person object that opens at token j: an object pronoun, one to three capitalised
    words ("Americans", "the NRA"), or a short noun phrase whose head is a plural person or body noun ("his
    supporters", "more students") or a plural after a capitalised word ("European nations"); else None."""
    if j < len(toks) and toks[j].low in lang.OBJECT_PRONOUNS:
        return j + 1
    k = j
    while k < len(toks) and k - j < _OBJECT_WORDS and toks[k].low != "to" and toks[k].text[:1].isalpha():
        k += 1
    if k == j or k >= len(toks) or toks[k].low != "to":
        return None
    words = toks[j:k]
    head = words[-1]
    if head.text[:1].isupper() and head.low not in lang.NOT_NAMES:
        return k  # "Americans", "the NRA", "Ada Moss"
    plural_person = head.low.endswith("s") and (head.low in lang.PERSON_NOUNS or head.low in lang.ORG_HEADS
                                                or len(words) >= 2 and words[-2].text[:1].isupper())  # ("European nations")
    return k if plural_person or head.low in lang.PERSON_NOUNS and words[0].low in lang.POSSESSIVE_DETERMINERS else None


def _person_subject(toks: list[Tok], i: int) -> bool:
    """The word before the verb (past auxiliaries and adverbs) is a name, a person or body noun, a person pronoun or
    "who", or the comma closing an aside after a name ("Jane Reed, like the mayor, has ...")."""
    k = i - 1
    while k >= 0 and (toks[k].low in lang.AUXILIARY_VERBS or toks[k].low in lang.CUE_MODIFIERS or toks[k].low.endswith("ly")):
        k -= 1
    if k < 0:
        return False
    t = toks[k]
    if t.low in lang.PERSON_PRONOUNS | lang.GROUP_PRONOUNS or t.low == "who":
        return True
    if t.text == ",":
        return k >= 1 and toks[k - 1].text[:1].isupper()
    if t.text[:1].isupper():
        return t.low not in lang.NOT_NAMES and not (k == 0 and t.low in lang.DETERMINERS | lang.DEMONSTRATIVES)
    return t.low in lang.PERSON_NOUNS or t.low in lang.ORG_HEADS


def encouraged_person(toks: list[Tok], i: int) -> bool:
    """toks[i] is a form of "encourage" between a person subject and a person object that "to" and a verb follow."""
    if toks[i].low not in lang.ENCOURAGING_VERBS:
        return False
    k = _person_object(toks, i + 1)
    return k is not None and k + 1 < len(toks) and toks[k + 1].text.isalpha() and toks[k + 1].text.islower() \
        and _person_subject(toks, i)
