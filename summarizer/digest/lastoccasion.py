"""An act's last occasion in a year against the act now: two occasions, no agreement (issue 15; conflict52).

"The authority last opened the spillway in 2011." / "The reservoir was 1.4 meters above its safe level on
Saturday night, hours before the authority opened the spillway, according to an email." share the actor, the
act and its object, and were joined as one proposition (similarity 0.32). "last" right before an act's verb,
with a year in the claim, tells an earlier occasion of the act ("last opened ... in 2011", "was last
inspected in 2019"); a claim that tells the act without "last" and without that year tells another occasion.

`last_occasion_apart(f1, f2)` (align.judge_pair, on agreements): one claim tells a last occasion in a year, the
verb's stem is a word both claims share, and the other claim neither says "last" before that verb nor gives
the year. Both telling the last occasion ("was last opened in 2011" / "last opened the spillway in 2011"), or
the other giving the same year, stay an agreement.
"""

from __future__ import annotations

import re

from .pairs import Features, stem

__all__ = ["last_occasion_apart"]

_LAST = re.compile(r"\blast\s+([a-z]+ed)\b", re.I)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _occasion(f: Features) -> tuple[str, set[str]] | None:
    """(the stem of the verb told at its last occasion, the claim's years), or None."""
    m = _LAST.search(f.claim.text)
    years = set(_YEAR.findall(f.claim.text))
    if m is None or not years:
        return None
    return stem(m.group(1).lower()), years


def last_occasion_apart(f1: Features, f2: Features) -> bool:
    """One claim tells the act's last occasion in a year, the other the act at another time (module doc)."""
    for f, g in ((f1, f2), (f2, f1)):
        told = _occasion(f)
        if told is None or told[0] not in f.words or told[0] not in g.words:
            continue
        if _occasion(g) is None and not told[1] & set(_YEAR.findall(g.claim.text)):
            return True
    return False
