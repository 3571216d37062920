"""A bare present-tense cue that closes the sentence after a comma and a short lower-case
subject: "..., local media report.", "..., witnesses report." (read17, faithfulness documents of
session 16). The noun tests in cue_words read "media report" and "witnesses report" as noun
phrases ("dubious medical claims"); at the sentence's end after a comma they are a final frame.
"""

from __future__ import annotations

from .. import lang
from .text import Tok

#: The most words between the comma and the cue ("local media", "state news agencies").
MAX_SUBJECT_WORDS = 3


def closes_final_frame(toks: list[Tok], i: int) -> bool:
    """The cue at `i` is a bare present ("report", "say") that ends the sentence, after a comma
    and one to three lower-case words that are no conjunction, preposition, determiner or
    pronoun at their head: "..., local media report." Not "..., and the newspaper reports.",
    "..., its plans." or a cue with an auxiliary before it."""
    w = toks[i].low
    if w not in lang.FINAL_BARE_CUES or i + 1 < len(toks) and toks[i + 1].text not in (".", "!"):
        return False
    k = i - 1
    while k >= 0 and toks[k].text != "," and i - k <= MAX_SUBJECT_WORDS:
        k -= 1
    if k < 1 or toks[k].text != ",":
        return False
    words = toks[k + 1:i]
    first = words[0].low if words else ""
    if len(words) >= 2 and all(t.text.isalpha() for t in words) and (first == "the" or words[0].text[:1].isupper()) \
            and words[-1].text.islower() and (words[-1].low in lang.ORG_HEADS or words[-1].low in lang.PERSON_NOUNS) \
            and not any(t.low in lang.AUXILIARY_VERBS or t.low in lang.MODALS for t in words):
        return True  # "..., Dutch police reports.", "..., the agency reports.": a body or people at the head (read31)
    return bool(words) and all(t.text.isalpha() and t.text.islower() for t in words) \
        and first not in lang.CLAUSE_COORDINATORS and first not in lang.PREPOSITIONS and first not in lang.PRONOUNS \
        and first not in lang.NOUN_DETERMINERS and first not in lang.SUBORDINATORS \
        and not any(t.low in lang.AUXILIARY_VERBS or t.low in lang.MODALS for t in words)


def closes_paper_frame(toks: list[Tok], i: int) -> bool:
    """The cue at `i` is a present "-s" form that ends the sentence after a comma, a determiner and
    a statement's or document's noun: "..., the lawsuit claims.", "..., the report notes." (lead29;
    the noun tests read "lawsuit claims" as a compound noun, "insurance claims")."""
    if not toks[i].low.endswith("s") or i < 3 or i + 1 < len(toks) and toks[i + 1].text not in (".", "!"):
        return False
    noun, det = toks[i - 1].low, toks[i - 2].low
    return (noun in lang.STATEMENT_NOUNS or noun in lang.DOCUMENT_NOUNS or noun in lang.FINDING_NOUNS) \
        and det in lang.NOUN_DETERMINERS and toks[i - 3].text == ","


#: The most words of a closing tag's subject ("the deputy mayor", "Mayor Ada Moss", "a senior aide").
_TAG_SUBJECT_WORDS = 4


def closes_plain_tag(toks: list[Tok], i: int) -> bool:
    """A clause-only cue ("hinted", "lamented", "scoffed", "clarified") tagging the unquoted sentence before it, as
    "said" does: "The vote will slip to May, she hinted.", "A, the mayor lamented on Tuesday.", "A, Ada Moss
    scoffed, B." (attr46; the quoted '"A," she hinted.' was read already). The tag: a comma, a pronoun, a name or a
    described person or body, the cue, then the end, a short adverbial or a comma and the content's rest. Not after
    an opening subordinate clause or phrase ("When the vote came, residents objected."), a conjunction ("..., but
    she objected.") or a clause of under four words."""
    w = toks[i].low
    if w in lang.NO_PLAIN_TAG_CUES or not (w in lang.CLAUSE_ONLY_CUES or w.startswith("clarif")) or not toks[i].text.islower():
        return False
    k = i - 1
    while k >= 0 and toks[k].text != "," and i - k <= _TAG_SUBJECT_WORDS:
        k -= 1
    if k < 4 or toks[k].text != "," or k == i - 1:
        return False
    subj = toks[k + 1:i]
    first = subj[0]
    if len(subj) == 1 and first.low in lang.SUBJECT_PRONOUNS - {"i", "you", "we", "it"}:
        pass  # "..., she hinted."
    elif all(t.text[:1].isupper() or t.text == "." for t in subj) and first.low not in lang.CLAUSE_COORDINATORS:
        pass  # "..., Ada Moss hinted.", "..., Mayor Moss hinted."
    elif first.low in lang.NOUN_DETERMINERS and first.low not in ("this", "that") and len(subj) >= 2 \
            and (subj[-1].low in lang.PERSON_NOUNS or subj[-1].low in lang.ORG_HEADS or subj[-1].text[:1].isupper()):
        pass  # "..., the mayor hinted.", "..., a senior aide lamented.", "..., the Tarne Council clarified."
    else:
        return False
    opener = toks[0].low
    if opener in lang.SUBORDINATORS or opener in lang.PREPOSITIONS or toks[0].text.endswith(("ing", "ed")) \
            or any(t.text in ("“", '"', ":", ";") for t in toks[:k]):
        return False  # "When the vote came, the residents objected.", "Asked about it, she scoffed."
    rest = toks[i + 1:]
    if not rest or rest[0].text in (".", "!"):
        return True
    if rest[0].text == ",":
        return len(rest) > 1 and rest[1].text.islower() and rest[1].low not in lang.CLAUSE_COORDINATORS
    return rest[0].low in lang.FINAL_TAIL_STARTERS and len(rest) <= 6 and not any(t.text in (",", ";", ":", "“", '"') for t in rest)


#: The most words of a subject between a closing quotation mark and a phrasal cue ("coach Ada Moss fired back").
_PARTICLE_TAG_WORDS = 5


def closes_particle_tag(toks: list[Tok], i: int) -> bool:
    """A phrasal cue of answering ("fired back", "shot back", "hit back"; lang.PARTICLE_CUES) closing a quotation:
    '"Yes, I know that," Ada Moss fired back.' (real54): the closing mark after a comma or a stop, at most
    _PARTICLE_TAG_WORDS words, the verb and its particle, then the sentence's end, a comma or a short adverbial. Not
    "The troops fired back at the post." (no quotation) nor '"...," she said, and the guards fired back at the crowd.'"""
    w = toks[i].low
    if w not in lang.PARTICLE_CUES or i + 1 >= len(toks) or toks[i + 1].low != lang.PARTICLE_CUES[w]:
        return False
    k = i - 1
    while k >= 0 and i - k <= _PARTICLE_TAG_WORDS + 1 and toks[k].text[:1].isalnum():
        k -= 1
    if k < 1 or k == i - 1 or toks[k].text not in ("”", '"', "’", "'") or toks[k - 1].text not in (",", "!", "?", "…"):
        return False
    nxt = toks[i + 2].low if i + 2 < len(toks) else "."
    day = toks[i + 3].low if i + 3 < len(toks) else ""
    return nxt in (".", ",", "!", ";") or nxt in lang.FINAL_TAIL_STARTERS and nxt not in ("at", "against", "on") \
        or nxt == "on" and (day in lang.WEEKDAYS or day in lang.MONTHS  # "fired back on Monday" (attr55's strict xfail)
                            or i + 3 < len(toks) and toks[i + 3].text[:1].isupper() and day not in lang.FUNCTION_WORDS)  # "on Twitter" (attr57)
