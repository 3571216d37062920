"""Cross-article alignment: what a negation is of (issue 15, session 29, conf32).

classify.py reads two close sentences that differ in a negation as one proposition negated
(similarity from NEGATION_SIM). Close wording is not the same proposition when the negation is of
another thing: "the old pier was not a landmark for ferries" / "the old pier was a hazard to
ferries" (another noun), "the new breakwater was not a hazard" / "the old pier was a hazard"
(another subject). `heads_said(neg, other)`: some negator of `neg` has, right after it (auxiliaries
and determiners passed over), a word the other claim says, and right before it a word the other
says, a pronoun, or nothing (the clause's start).
"""

from __future__ import annotations

import re

from .. import lang
from .pairs import STOP, Features, negator, stem
from .senses import sense

__all__ = ["heads_said"]

_TOK = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?|[,;:.!?()“”\"—–]")
_PASS = frozenset(lang.AUXILIARIES) | frozenset(lang.BE_FORMS) | frozenset(lang.DETERMINERS) | {"have", "has", "had"}


def _head(toks: list[str], i: int, step: int) -> str | None:
    """The first content word from toks[i] on (step +1 or -1) past auxiliaries and determiners;
    "" for a pronoun or the clause's start; None for anything else (punctuation)."""
    while 0 <= i < len(toks) and toks[i] in _PASS:
        i += step
    if not 0 <= i < len(toks) or toks[i] in lang.SUBJECT_PRONOUNS or toks[i] in ("that", "it"):
        return ""
    t = toks[i]
    return t if t[:1].isalnum() and len(t) >= 3 and t not in STOP and not negator(t) else None


def heads_said(neg: Features, other: Features) -> bool:
    toks = _TOK.findall(neg.claim.text.lower())
    said = other.words | {sense(t, stem) for t in _TOK.findall(other.claim.text.lower())}
    for i, t in enumerate(toks):
        if not negator(t):
            continue
        after, before = _head(toks, i + 1, 1), _head(toks, i - 1, -1)
        if after and sense(after, stem) in said and (not before or sense(before, stem) in said):
            return True  # "did not find" / "found" (an irregular form read as its base: senses.py)
    return False
