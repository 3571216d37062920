"""A figure set against another in one claim ("<n1>, not the <n2>") is no agreement with a claim giving <n2>
(issue 15; conflict58).

"Each fine was for $85, the department said." / "The fine notices ... demand $120, not the $85 the city has given as
the amount of each fine.": the second claim holds the first one's figure, so the two read as agreeing (similarity
and a shared sum); but it names that figure only to set its own against it. When a claim writes a figure, then ",
not" (with "the", "a" or "an" at most) and a second figure in the same unit, and the other claim of another article
gives the second figure and not the first, the pair is a number conflict: the other's figure against the first
(`set_against`).

Near misses: the other claim giving the first figure too (it agrees with what is asserted), "not only <n>" / "not
just <n>" (an addition, not a correction), the two figures in two units ("$120, not 85 days"), one article.
"""

from __future__ import annotations

import re

from ..rules import numbers
from .pairs import Features

__all__ = ["set_against"]

_BETWEEN = re.compile(r"\s*,?\s+(?:and\s+)?not\s+(?:the\s+|a\s+|an\s+)?\$?$", re.I)
_MONEY = re.compile(r"[$€£]\s*$")


def _pairs(f: Features) -> list[tuple[float, float, bool]]:
    """(asserted value, value set against it, money) for each "<n1>, not the <n2>" of the claim."""
    text = f.claim.text
    nums = numbers(text)
    out = []
    for a, b in zip(nums, nums[1:]):
        gap = text[a.end:b.start]
        if len(gap) > 16 or not _BETWEEN.match(gap):
            continue
        money_a = bool(_MONEY.search(text[:a.start]))
        money_b = bool(_MONEY.search(text[:b.start]))
        if money_a != money_b:
            continue
        after_a = re.match(r"\s*([a-z]+)", text[a.end:].lower())
        after_b = re.match(r"\s*([a-z]+)", text[b.end:].lower())
        if after_a and after_b and after_a.group(1) != after_b.group(1) and not money_a and not _scale(after_a.group(1), after_b.group(1)):
            continue  # "120 fines, not 85 days": two units
        out.append((a.value, b.value, money_a))
    return out


def _scale(w1: str, w2: str) -> bool:
    """One word is the other's plural ("120 fines, not 85 fine"): one unit."""
    return w1.rstrip("s") == w2.rstrip("s")


def set_against(f1: Features, f2: Features):
    """(the claim giving the figure set against, the correcting claim, its figure, the figure it sets aside) or None
    (module doc)."""
    if f1.article == f2.article:
        return None
    for corr, other in ((f1, f2), (f2, f1)):
        for asserted, denied, _money in _pairs(corr):
            units = {q.unit for q in corr.claim.quantities if round(q.value, 6) == round(denied, 6)}
            vals = {round(q.value, 6) for q in other.claim.quantities if q.unit in units or not units}
            if round(denied, 6) in vals and round(asserted, 6) not in {round(q.value, 6) for q in other.claim.quantities}:
                return other, corr, asserted, denied
    return None
