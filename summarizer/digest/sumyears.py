"""Two counts dated by one year written right after each, whatever else the claims date (issue 15; digest55).

"The company said the line had been fully inspected in April and that it had spent $4.2 million on a new drive
system in 2022." / "The company's annual accounts, filed in March, show that it spent $1.6 million on its drive
system in 2022." Each claim's `when` is its first time phrase ("in April", "in 2022"), so counts._apart read the
two as told of two times and never compared the sums. When both claims write the same year in the clause of
their counts ("<count> ... in 2022", no comma or semicolon between, at most SUM_YEAR_WORDS words after the
count), that year dates what is counted in both: the other time phrases date other acts (the inspection, the
filing). Not two years ("in 2021" / "in 2022"), not a year only one claim writes, not a year in another clause.
"""

from __future__ import annotations

import re

from .pairs import Features

__all__ = ["count_year", "same_count_year"]

#: Words between a count and the year that dates it in one clause ("$4.2 million on a new drive system in 2022").
SUM_YEAR_WORDS = 8

_YEAR_AFTER = re.compile(r"^[^,;:.]*?\bin\s+((?:1[89]|20)\d\d)\b")


def count_year(f: Features, q) -> str | None:
    """The year written in the clause right after the count `q` of the claim, or None."""
    m = re.search(r"(?<![\w.])" + re.escape(q.counted) + r"(?![\w])", f.claim.text)
    if m is None:
        return None
    y = _YEAR_AFTER.match(f.claim.text[m.end():])
    if y is None or len(f.claim.text[m.end():m.end() + y.start(1)].split()) > SUM_YEAR_WORDS + 1:
        return None
    return y.group(1)


def same_count_year(f1: Features, f2: Features) -> bool:
    """A count of each claim dated by the same year in its own clause (module doc)."""
    y1 = {count_year(f1, q) for q in f1.claim.quantities} - {None}
    y2 = {count_year(f2, q) for q in f2.claim.quantities} - {None}
    return bool(y1 & y2)
