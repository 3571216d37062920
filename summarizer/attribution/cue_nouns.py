"""Cue words that are nouns or acts after all, read from the words around them (split from
cue_words.py at its 400-line bound): a denial verb whose object is a request ("denied bail"), and a
bare noun cue after a singular subject's words ("A Tarne Council report came out in May"), and "called" before
an object and a judging adjective ("called the ruling disappointing")."""

from __future__ import annotations

from .. import lang
from .text import Tok

_SINGULAR_DETERMINERS = lang.SINGULAR_DETERMINERS


def request_refused(toks: list[Tok], i: int) -> bool:
    """A denial verb whose object is a request ("denied a motion for visitation", "has denied the
    paper's request to speak") or a case dismissed ("A judge dismissed the lawsuit"): a ruling or
    refusal, an act, not a denial of an account; so is any dismissal by a judge or a court ("A judge dismissed it,
    saying ..."; not "... dismissed the claims as baseless": attr55)."""
    k = i - 1 - (i >= 2 and (toks[i - 1].low in lang.CUE_MODIFIERS or toks[i - 1].low.endswith("ly")))  # ("later", "quickly")
    if (toks[i].low in lang.DISMISS_VERBS or toks[i].low.startswith("reject")) and k >= 0 and toks[k].low in lang.BENCH_NOUNS \
            and not any(x.low == "as" for x in toks[i + 1:i + 9]):
        return True
    for n, t in enumerate(toks[i + 1:i + 6]):
        if t.low in lang.REQUEST_NOUNS:
            return True
        if t.low in ("'s", "’s", "'", "’") and n:
            continue  # "rejected Mayor Doe's veto": the owner, then what was refused
        if n == 0 and t.low in lang.PERSON_OBJECT_PRONOUNS:
            continue  # "denied him parole": the person refused, then what was refused
        if n == 0 and t.low.endswith("ing") and len(t.low) > 5:
            return False  # "denied moving the funds": an act denied, the subject's account (lead29)
        if t.low in lang.DISMISSED_CASE_NOUNS and toks[i].low in lang.DISMISS_VERBS:
            return not any(x.low == "as" for x in toks[i + 2:i + 9])  # "dismissed the suit" rules; "... as frivolous" denies
        if not t.text[:1].isalpha() or t.low in lang.FUNCTION_WORDS and t.low not in lang.NOUN_DETERMINERS or t.low == "that":
            return False
    return False


def singular_noun_subject(toks: list[Tok], i: int) -> bool:
    """Cue token i is a bare noun cue ("report", "plan", "claim") after a singular determiner and
    only capitalised words ("A Tarne Council report", "this Harbour Board plan"): no verb (that
    would be "reports"), the noun heading the phrase."""
    w = toks[i].low
    if w.endswith("s") or not (w in lang.NOUN_CUES or w in lang.STATEMENT_NOUNS):
        return False
    k = i - 1
    while k >= 0 and toks[k].text[:1].isupper() and toks[k].low not in _SINGULAR_DETERMINERS:
        k -= 1
    return k < i - 1 and k >= 0 and toks[k].low in _SINGULAR_DETERMINERS


def judged_object(toks: list[Tok], i: int) -> bool:
    """After "called" at i: a determiner, one to three words of its object, then an adjective by its
    ending closing the sentence ("called the ruling disappointing", "called his plan unworkable"; not
    "called the police", "called the team captain"; lang.JUDGING_ADJECTIVE_ENDINGS)."""
    k = i + 2
    while k < len(toks) and k - i <= 4 and toks[k].text[:1].isalpha() and toks[k].low not in ("and", "or"):
        k += 1
    while k + 1 < len(toks) and toks[k].low in ("and", "or", ",") and _judging(toks[k - 1]) and _judging(toks[k + 1]):
        k += 2 + (toks[k].text == "," and k + 2 < len(toks) and toks[k + 1].low in ("and", "or"))  # "illegal and offensive" (attr51)
    last = toks[k - 1]
    return k - i >= 3 and (k >= len(toks) or toks[k].text in ".!?") and _judging(last)


def _judging(t: Tok) -> bool:
    """A lower-case adjective by its ending (lang.JUDGING_ADJECTIVE_ENDINGS)."""
    return t.text.islower() and len(t.low) > 3 and t.low.endswith(lang.JUDGING_ADJECTIVE_ENDINGS)


def counted_share(toks: list[Tok], i: int) -> bool:
    """A plural cue word at i after "of" and one capitalised word, the "of" after a figure or a fraction ("rated 32% of
    Republican claims as false", "half of Democratic claims"): a noun counted by the share, no verb of a subject that
    ends at the capitalised word (real56; attr57). Not "A spokesman for Acme says" (no share before the preposition)."""
    if i < 3 or not toks[i].low.endswith("s") or toks[i - 2].low != "of" or not toks[i - 1].text[:1].isupper():
        return False
    share = toks[i - 3]
    return share.text[-1:].isdigit() or share.text == "%" or share.low in lang.SHARE_WORDS \
        or share.low in lang.NUMBER_UNITS  # (not "Most of Congress says ...": a quantifier may stand for people)


_TIME_WORDS = lang.TIME_WORDS


def quoted_after_time(toks: list[Tok], i: int) -> bool:
    """After "called" at i: its object, a time ("on Saturday", "last week"), then a quotation with no stop or comma
    before it ("called Mr. Reed's remarks on Monday “a real wake-up call”": an evaluation; real57, attr58). Not
    "called the police on Saturday, saying ..." (a comma first)."""
    for k in range(i + 2, min(len(toks), i + 12)):
        if toks[k].text in ("“", '"'):
            return any(t.low in _TIME_WORDS for t in toks[i + 2:k])
        if toks[k].text in ",;:!?()" or toks[k].text == "." and toks[k - 1].low not in lang.TITLE_ABBREVIATIONS:
            return False
    return False
