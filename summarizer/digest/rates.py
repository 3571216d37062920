"""A rate given over two spans (counts.number_conflict; digest45): "raise fares by 6 percent over two
years" / "will pay 4 percent more a year for the next two years". Both claims name one period of N
years; one gives the rise over the whole period, the other a rise per year in it. Read by simple
multiplication (a yearly 4 percent is 8 over two years; compounding is left out, the difference it
makes is inside the tolerance): the two disagree when the yearly rate times N is not the total within
a tenth of it ("about 3 percent in each of the next two years" is 6 percent over two years: no
conflict). The two claims must say it of one thing: the same day, and a content word besides the
figures both hold, and neither is dated apart from the other (counts.dated_apart). Found over the few
claims that give such a rate, by a pass of its own (`rate_conflicts`, align.py): the pair may also be
judged another way ("voted 7-4 ... by 6 percent over two years" / "by a vote of 8-3": a tally), and
the two conflicts are both shown.
"""

from __future__ import annotations

import re

from .. import lang
from .pairs import STOP, Features

__all__ = ["rate_conflicts", "span_conflict"]

_YEARS = re.compile(r"\b(?:" + "|".join(lang.RATE_SPAN_LEADS) + r")\s+(?:the\s+)?(?:(?:" + "|".join(lang.RATE_SPAN_QUALIFIERS)
                    + r")\s+)?(" + "|".join(lang.RATE_SPAN_NUMBERS) + r"|[2-5])\s+years\b", re.I)
_PER_YEAR = re.compile(r"^\s*(?:(?:" + "|".join(lang.RATE_COMPARATIVES) + r")\s+)?(?:" + "|".join(lang.PER_YEAR_DETERMINERS)
                       + r")\s+year\b" + "|" + r"^\s*annually\b" + "|" + r"^\s*(?:more\s+)?in\s+each\s+of\s+the\s+(?:next|coming)\b", re.I)


def _rates(f: Features) -> list[tuple[float, bool, int]]:
    """(percent, per year?, years of the period) for each percent figure the claim ties to a period."""
    text = f.claim.text
    span = _YEARS.search(text)
    if span is None:
        return []
    n = lang.RATE_SPAN_NUMBERS.get(span.group(1).lower()) or int(span.group(1))
    out = []
    for m in re.finditer(r"(\d+(?:\.\d+)?)\s*(?:percent|per cent|%)", text):
        out.append((float(m.group(1)), bool(_PER_YEAR.search(text[m.end():])), n))
    return out


def span_conflict(f1: Features, f2: Features):
    """(q1, q2): the percent quantities of a total over N years and a yearly rate in those N years that
    disagree (module doc), or None."""
    shared = {w for w in f1.words & f2.words if not w.startswith("#") and w not in STOP and not w[0].isdigit()}
    if not shared:
        return None
    for v1, per1, n1 in _rates(f1):
        for v2, per2, n2 in _rates(f2):
            if per1 == per2 or n1 != n2:
                continue
            total, yearly = (v2, v1) if per1 else (v1, v2)
            if abs(yearly * n1 - total) > 0.1 * total:
                q1 = next((q for q in f1.claim.quantities if q.unit == "percent" and round(q.value, 6) == round(v1, 6)), None)
                q2 = next((q for q in f2.claim.quantities if q.unit == "percent" and round(q.value, 6) == round(v2, 6)), None)
                if q1 is not None and q2 is not None:
                    return q1, q2
    return None


def rate_conflicts(feats) -> list:
    """(i, j, Judgment) for each pair of claims of two articles whose rates over two spans disagree."""
    from ..quantity import readable
    from .classify import Judgment
    from .counts import dated_apart

    rated = [f for f in feats if _rates(f)]
    out = []
    for k, f1 in enumerate(rated):
        for f2 in rated[k + 1:]:
            if f1.article == f2.article or dated_apart(f1, f2):
                continue
            found = span_conflict(f1, f2)
            if found:
                q1, q2 = found
                out.append((f1.index, f2.index, Judgment("numbers", f"{readable(q1.value, q1.unit)} vs {readable(q2.value, q2.unit)}",
                                                         about=q1.counted, values=(q1.value, q2.value))))
    return out
