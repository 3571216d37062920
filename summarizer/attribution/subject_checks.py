"""Small checks of the subject before a cue (subjects.subject_left; real47): the width of an "as" inside the
subject ("Critics such as Ella Moss said", "An officer identified as Sgt. Dunn said"), a bare verb after a
singular subject ("A police report included ...": the cue word is a noun), a participle and its object after the
head ("A lawyer representing the family said": lead46)."""

from __future__ import annotations

from .. import lang
from .text import Tok, cap

_NAMED_AS = lang.NAMING_PARTICIPLES | {"identified"}
_SINGULAR_DETERMINERS = frozenset(("a", "an", "one"))
_ROLE_DATES = lang.ROLE_DATE_ADJECTIVES


def as_step(toks: list[Tok], lo: int, k: int, j: int) -> int:
    """How many tokens the subject's walk leftwards steps over at the "as" token k: 2 for "such as" in a list of
    examples ("Critics such as Ella Moss said"), 1 for the name a description is known by ("An officer identified
    (only) as Sgt. Dunn said", "A man known as Dunn said"), else 0 (an "as" clause: "As the mayor said")."""
    if k - 2 >= lo and toks[k - 1].low == "such" and toks[k - 2].text.isalpha() and k < j:
        return 2
    named = k - 1 >= lo and (toks[k - 1].low in _NAMED_AS or toks[k - 1].low == "only" and k - 2 >= lo and toks[k - 2].low in _NAMED_AS)
    return 1 if named and lo < k < j and cap(toks[k + 1].text) else 0


def role_pair(toks: list[Tok], lo: int, k: int, j: int) -> bool:
    """The "and" token k joins two roles of one person, each dated by a word of when it is held ("the former
    secretary of state and current nominee said", "the then treasurer and now mayor said"; lang.ROLE_TIME_WORDS):
    one subject. Not two people ("the mayor and the treasurer said"), nor a role and a name ("the former mayor and
    Jo Marr said")."""
    return lo < k < j and toks[k + 1].low in _ROLE_DATES and toks[k + 1].text.islower() \
        and any(t.low in _ROLE_DATES and t.text.islower() for t in toks[max(lo, k - 6):k])


def bare_verb_of_singular(phrase: list[Tok], cue: Tok) -> bool:
    """A singular subject ("A police", "One council", "A Harbour City Police") before the bare form of a verb of
    saying ("report", whose "-s" form is a cue): no subject and verb, the cue word is the head of a noun phrase ("A
    police report included ..."); not a count, a plural or a phrase with "of" ("A few say", "A dozen residents
    report", "A group of residents report", "A few people say"), nor one a modal or an adverb parts from the verb ("a
    reader would now ask")."""
    return 2 <= len(phrase) <= 5 and phrase[-1].end + 1 >= cue.start and phrase[0].low in _SINGULAR_DETERMINERS and cue.text.isalpha() and cue.low + "s" in lang.SPEECH_VERBS \
        and all(t.text.isalpha() and t.low not in lang.NOT_SINGULAR_SUBJECT_WORDS for t in phrase[1:]) and phrase[1].low not in lang.QUANTITY_LEADS \
        and not phrase[-1].low.endswith("s")


def topic_pair(toks: list[Tok], lo: int, k: int, j: int) -> bool:
    """The "and" token k joins two objects of one preposition after a plural person noun that opens the subject
    ("Experts on flood control and water policy said", "Scholars of law and history say"; lead45, a PolNeAR
    shape): one subject. Not a clause ("Experts met on Monday and officials said": a verb before "and"), nor
    a second subject with its own verb, nor more than four words on either side."""
    p = next((x for x in range(k - 1, max(lo, k - 5) - 1, -1) if toks[x].low in lang.PHRASE_PREPOSITIONS and toks[x].text.islower()), None)
    if p is None or p - 1 < lo or not (toks[p - 1].low in lang.PERSON_NOUNS and toks[p - 1].low.endswith("s")):
        return False
    if p - 1 > lo and toks[p - 2].low not in lang.AS_SAID_QUANTIFIERS | lang.DETERMINERS | {"few"} and not cap(toks[p - 2].text):
        return False  # the head noun opens the subject, after at most a determiner or a quantifier
    sides = toks[p + 1:k] + toks[k + 1:j + 1]
    return 0 < k - p - 1 <= 4 and 0 < j - k <= 4 and all(t.text.isalpha() and not _verb_like(t) for t in sides)


def _verb_like(t: Tok) -> bool:
    """A word that may be a finite verb or an auxiliary: no part of a noun phrase's object."""
    return t.text.islower() and (t.low in lang.AUXILIARY_VERBS or t.low in lang.BE_FORMS or t.low in lang.MODALS
                                 or t.low.endswith("ed") or t.low in lang.SPEECH_VERBS)


def participle_object(phrase: list[Tok], x: int) -> bool:
    """phrase[x] is a lower-case participle in -ing with its object after it ("A lawyer representing the family",
    "Officials overseeing Elm County"): the head noun before it is the subject, not a relative clause's (lead46)."""
    return phrase[x].low.endswith("ing") and phrase[x].text.islower() and len(phrase[x].low) > 5 and x + 1 < len(phrase) \
        and (phrase[x + 1].low in lang.DETERMINERS or cap(phrase[x + 1].text)) and phrase[x].low not in lang.PERSON_NOUNS | lang.ORG_HEADS \
        and x >= 1 and phrase[x - 1].low in lang.PERSON_NOUNS | lang.ORG_HEADS  # (not "The building the council sold")
