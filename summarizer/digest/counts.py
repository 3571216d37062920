"""Cross-article alignment (issue 15): number conflicts, for classify.py. Two claims count the
same thing (head noun and unit) on the same day with values neither claim holds, in wording close
enough (thresholds.NUMBER_SIM); sums of money and bounds: figures.py.
"""

from __future__ import annotations

import re

from .. import lang, thresholds
from .figures import amount_only, bounded, same_amount_of
from .pairs import Features, head_noun, same_source, similarity, stem

__all__ = ["counts_differ", "number_conflict"]


#: A `when` that names its day: a date, a weekday or a month ("2024-08-14", "on Tuesday").
_DAY_NAMED = re.compile(r"\d|\b(?:" + "|".join(lang.WEEKDAYS + lang.MONTHS) + r")\b", re.I)


def _relative_apart(f1: Features, f2: Features) -> bool:
    """A claim dated only by words relative to its day ("overnight", "yesterday", "this
    morning"), in articles not known to be of one day: the two counts may be of two nights. A
    weekday or a date names the day itself ("on Tuesday")."""
    if f1.published is not None and f1.published == f2.published:
        return False
    return any(w and not _DAY_NAMED.search(w) for w in (f1.claim.when, f2.claim.when))


def number_conflict(f1: Features, f2: Features, clash: bool):
    """(q1, q2): a quantity of each claim counting the same thing with different values, or None."""
    if f1.claim.quantities and f2.claim.quantities and not clash:
        w1, w2 = f1.claim.when, f2.claim.when
        if not (w1 and w2 and w1 != w2) and not _relative_apart(f1, f2):
            for q1 in f1.claim.quantities:
                for q2 in f2.claim.quantities:
                    if q1.unit != q2.unit or head_noun(q1.counted) != head_noun(q2.counted) or not head_noun(q1.counted):
                        continue
                    if round(q1.value, 6) == round(q2.value, 6) or q2.value in f1.values or q1.value in f2.values:
                        continue
                    if bounded(f1, q1.counted) or bounded(f2, q2.counted):
                        continue  # "more than $1 million" and "$1.1 million" can both be true
                    if amount_only(q1.counted) and not same_amount_of(f1, q1.counted, f2, q2.counted):
                        continue  # two sums of money say nothing of what they pay for
                    ctx = similarity(f1, f2, drop={stem(w) for w in re.findall(r"[a-z]+", (q1.counted + " " + q2.counted).lower())})
                    # one named source giving two counts of one thing, in two articles, needs less
                    # shared wording ("15 bills ... ignored in the Senate" / "the Senate should take up 16 measures")
                    floor = thresholds.NUMBER_SAME_SOURCE_SIM if same_source(f1, f2) and f1.names & f2.names \
                        else thresholds.NUMBER_SIM
                    if ctx >= floor:
                        return q1, q2
    return None


def counts_differ(f1: Features, f2: Features) -> bool:
    """The two claims count the same thing (same head noun and unit) with values the other claim
    does not hold: not one proposition. Numbers of different things ("Lauten, 31, who has more
    than 14,000 followers" / "... 2 daughters") do not part them."""
    for q1 in f1.claim.quantities:
        for q2 in f2.claim.quantities:
            if q1.unit == q2.unit and head_noun(q1.counted) and head_noun(q1.counted) == head_noun(q2.counted) \
                    and round(q1.value, 6) not in f2.values and round(q2.value, 6) not in f1.values:
                return True
    return False
