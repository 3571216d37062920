"""Alignment: two claims that each count a thing the other does not count and share only the
scene's words (the place, the event's noun, the day), no verb, are two facts of one scene, not one
proposition ("A fire has burned <n1> hectares of forest in the hills above <Town>" / "<n2> people
were evacuated from the hills above <Town> as the fire spread"; align.judge_pair). A shared verb
keeps the agreement ("declared a state of emergency, calling it ..." / "<n> people were evacuated,
and the governor declared an emergency"), and so does a shared value or a counted noun both
name (two values of one count are counts.py's), and so do words both quote."""

from __future__ import annotations

import re

from .. import lang, thresholds
from .pairs import Features, head_noun, stem

__all__ = ["scene_only"]


def _heads(f: Features) -> set[str]:
    return {h for q in f.claim.quantities if (h := head_noun(q.counted))}


def _verbs(f: Features) -> set[str]:
    """Stems of the claim's past forms and participles, verbs of saying left out (they say who
    speaks, not what happened)."""
    return {stem(w) for w in re.findall(r"[a-z]+", f.claim.text.lower())
            if w not in lang.REPORTING_WORDS and lang.is_past_form(w, min_len=3, irregular=lang.IRREGULAR_FORMS)}


def scene_only(f1: Features, f2: Features, score: float) -> bool:
    """The pair agrees on the scene only (module doc): each claim counts something, neither value
    is in the other claim, no counted noun is shared, no verb is, and the pair is no passage."""
    if score >= thresholds.PASSAGE_SCORE or not f1.claim.quantities or not f2.claim.quantities:
        return False
    if f1.values & f2.all_numbers or f2.values & f1.all_numbers or _heads(f1) & _heads(f2):
        return False
    if _quotes_shared(f1, f2) or _quotes_shared(f2, f1):
        return False  # one remark quoted by both ("called the deal “a neat match”" / "said it was “a neat match”")
    return not (f1.words & f2.words & _verbs(f1) & _verbs(f2))


_QUOTE = re.compile(r"[\"“]([^\"”]+)[\"”]")


def _quotes_shared(f1: Features, f2: Features) -> bool:
    """Words f1 quotes (two or more) stand in f2's text."""
    return any(len(q.split()) >= 2 and q.lower() in f2.low for q in _QUOTE.findall(f1.claim.text))
