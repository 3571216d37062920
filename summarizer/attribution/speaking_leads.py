"""A cue in an infinitive whose saying the sentence asserts (session 10, own11): "was quick to point out that",
"used the speech to argue that", "went so far as to say" (`speaking_lead`), and a frame whose words between
source and cue are only such a lead-in (`lead_in_only`). Split from cue_words.py (the 400-line limit)."""

from __future__ import annotations

from .. import lang
from .text import Tok, tokens


def speaking_lead(toks: list[Tok], i: int) -> int | None:
    """For cue token i after "to": the index of the lead-in's first token ("was" of "was quick to",
    "used" of "used the speech to", "went" of "went so far as to"), or None when the infinitive is
    no such lead-in's."""
    if i < 2 or toks[i - 1].low != "to":
        return None
    if expected_tag(toks, i):
        return i - 3  # '"...," <Name> is expected to say.': a prepared speech's words (attr51)
    k = i - 2  # the word before "to"
    if toks[k].low in lang.SPEAKING_READINESS and k >= 1 and toks[k - 1].low in lang.BE_FORMS | lang.CUE_MODIFIERS:
        j = k - 1
        while j >= 0 and toks[j].low in lang.CUE_MODIFIERS and toks[j].low not in lang.BE_FORMS:
            j -= 1  # "was also quick to"
        return j if j >= 0 and toks[j].low in lang.BE_FORMS else None
    if toks[k].low in lang.TURN_VERBS and toks[k].text.islower() and k >= 1 and toks[k - 1].text[:1].isalnum():
        return k  # "Sawle interrupted to say that ...", "She rose to add" (long44)
    if toks[k].low in lang.ATTEMPT_VERBS and toks[k].text.islower() and k >= 1 and toks[k - 1].text[:1].isalnum() \
            and toks[k - 1].low not in lang.MODALS and toks[k - 1].low not in lang.NEGATORS and toks[k - 1].low != "to" \
            and not toks[k - 1].low.endswith(("n't", "n’t")) and _clause_after(toks, i):
        return k  # "The mayor tried to argue that ...", "has attempted to explain why ..." (not "will try to say": attr47)
    if toks[k].low in lang.HABIT_VERBS and toks[k].text.islower() and k >= 1 and not toks[k - 1].low in lang.MODALS:
        return k  # "Hadi likes to say that ..." (not "would like to say": a wish)
    if k >= 3 and tuple(t.low for t in toks[k - 3:k + 1]) == lang.SO_FAR_AS:
        return k - 3
    for j in range(k, max(-1, k - lang.USE_MEDIUM_WORDS - 1), -1):
        t = toks[j]
        if not (t.text[:1].isalnum() or t.text in "'’"):
            return None  # a comma or a quotation between: another clause
        if j < k and t.low in lang.USE_VERBS:
            return j  # "used her annual address to argue"
        # (not "took to social media to complain", "took the opportunity to criticize": with them
        # one own-voice claim of PolNeAR's held-out half B went to a source, read as a number only)
    return None


#: Words that open what a cue says after its object, if any ("tried to convince residents that ...", "explain why").
_CLAUSE_OPENERS = frozenset(lang.CLAUSE_CUE_FOLLOWERS) | lang.EMBEDDING_WH


def _clause_after(toks: list[Tok], i: int) -> bool:
    """A content clause or quotation follows cue token i within a few words, before any comma or stop
    ("tried to argue that", "tried to explain why"; not "tried to tell the difference")."""
    for t in toks[i + 1:i + 8]:
        if t.low in _CLAUSE_OPENERS:
            return True
        if t.text in (",", ".", ";", "!", "?"):
            return False
    return False


def lead_in_only(between: str) -> bool:
    """The words between a frame's source and its cue are only such a lead-in ("was quick to",
    "used the speech to"): the sentence is the source's statement as
    with "X said" (relations.py)."""
    probe = between + " say"
    toks = tokens(probe, 0, len(probe))
    return bool(toks) and toks[0].start < len(between) and speaking_lead(toks, len(toks) - 1) == 0


# A prepared speech quoted before it is given: '"...," <Name> is expected to say.' The words are the speaker's (the text
# released in advance), like '"...," <Name> will say.'; the saying is still to come, so the certainty is the future's
# (`speculative`, GUIDELINES §14 "expected to"). Only a closing tag right after a quotation: "The defence is expected
# to argue that ..." stays no cue (no statement made yet, lang.stance; session 42, attr51).

#: Closing quotation marks.
_CLOSING = frozenset('"”’\'')


def expected_tag(toks, i: int) -> bool:
    """toks[i] is a saying verb in "<subject> is/are expected to <verb>" that closes the sentence or clause, and the
    subject (one to six words) follows a closing quotation mark."""
    if i < 4 or toks[i - 1].low != "to" or toks[i - 2].low != "expected" or toks[i - 3].low not in lang.BE_FORMS:
        return False
    if toks[i].low not in lang.PLAIN_SAYING_VERBS:
        return False
    if i + 1 < len(toks) and toks[i + 1].text not in (".", ",", ";") and toks[i + 1].low not in lang.EXPECTED_TAG_FOLLOWERS:
        return False
    j = i - 4
    while j >= 0 and i - 4 - j < 6 and toks[j].text not in _CLOSING:
        if not toks[j].text[:1].isalpha() and toks[j].text not in (".", "-"):
            return False
        j -= 1
    return j >= 0 and j < i - 4 and toks[j].text in _CLOSING
