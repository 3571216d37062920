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
