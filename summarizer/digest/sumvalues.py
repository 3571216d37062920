"""One thing's value in money told with two sums by two articles, in two wordings (issue 15; conflict55).

"The cooperative ... said losses to growers could reach $62 million." / "A state briefing paper ... puts growers'
losses from the frost at about $38 million."; "The satellite, built for the agency, was worth about $48 million" /
"Budget papers ... show that the satellite cost $65 million to build and insure.". counts.number_conflict never
compares them: a bare sum counts no noun (figures.amount_only), two sums need two rare words near both
(figures.same_amount_of), and the two claims share too little to pass the similarity gate (0.17-0.33). totals.py
reads one frame only ("<noun> cost $X"). Here a claim's sum is read with the thing it is the value of (the frames
are read by sumframes.py, the one reader totals.cost_of uses too; conflict56):

* "<thing> [helpers] <value verb> [bound] $X" (lang.SUM_VALUE_VERBS: "cost", "reach", "total", "worth";
  lang.SUM_VERB_HELPERS between: "could reach", "was worth"); the thing is the phrase before, back to the clause's
  start (lang.SUM_THING_BREAKS: "said", "that"; a comma), a comma-closed aside right before the helpers skipped
  ("The satellite, built for the agency, was worth");
* "<estimate verb> <thing> at [bound] $X" (lang.SUM_ESTIMATE_VERBS: "puts growers' losses from the frost at").

The thing's head is the last word before its first preposition, a possessive's owner aside ("growers' losses from
the frost": head "losses", modifiers growers, frost). Two articles' sums conflict when the heads are one stem, the
modifiers (when both have some) share a stem, the currency is one, and no value meets both: a floor ("more than")
or a ceiling ("up to") bounds a sum, and two values about measured.UNIT_TOLERANCE apart or closer are one rounded.
Not read: a claim with two sums, a rate ("$2 million a year"), a running total ("so far"), a negation, a pronoun or a
function word as the thing; a forecast dated to a year ("in 2021 ... said the stadium would cost $310 million")
against a sum not so told (an earlier estimate, conflict56).
"""

from __future__ import annotations

import re

from .. import lang
from .classify import Judgment
from .measured import UNIT_TOLERANCE
from .pairs import Features, names_clash
from .sumframes import frame_words, thing_of, tokens
from .sumappositive import apposed, appositive_thing

__all__ = ["sum_value", "sum_value_conflicts"]

_SUM = re.compile(r"[$£€]\s?\d[\d,]*(?:\.\d+)?(?:\s+(?:million|billion|thousand|trillion))?", re.I)
_LOWER = re.compile(r"\b(?:" + lang.SUM_LOWER_BOUNDS_RE + r")\s*$", re.I)
_UPPER = re.compile(r"\b(?:" + lang.SUM_UPPER_BOUNDS_RE + r")\s*$", re.I)
_APPROX = re.compile(r"\b(?:" + lang.APPROXIMATORS_RE + r")\s*$", re.I)
_RATE = re.compile(lang.SUM_RATE_AFTER_RE, re.I)
_SINCE = re.compile(r"\b(?:" + "|".join(m for m in lang.COUNT_CUMULATIVE_MARKERS if m not in lang.WHOLE_SUM_MARKERS)
                    + r")\b", re.I)
_NEG = re.compile(lang.COUNT_NEGATION_RE, re.I)  # "no more than $30 million" is a ceiling, not a negation (conflict57)
# a forecast dated to a year ("When the council approved the project in 2021, the club said the stadium would cost
# $310 million"): an earlier estimate, not an account of the value now told (conflict56)
_FORECAST = re.compile(r"\b(?:would|will|could)\s+(?:" + "|".join(sorted(lang.SUM_VALUE_VERBS)) + r")\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _dated_forecast(f: Features) -> bool:
    return bool(_FORECAST.search(f.claim.text) and _YEAR.search(f.claim.text))


def sum_value(f: Features) -> tuple[str, frozenset[str], float, float, str, str] | None:
    """(the thing's head stem, its modifiers' stems, the lowest and highest value meant, the currency, the sum as
    written) of the claim's one sum of money, or None (module doc)."""
    text = f.claim.text
    sums = list(_SUM.finditer(text))
    money = [q for q in f.claim.quantities if q.unit and q.unit not in ("%",) and (_SUM.fullmatch(q.counted or "") or apposed(text))]
    if len(sums) != 1 or len(money) != 1 or _NEG.search(text) or _SINCE.search(text):
        return None
    m, q = sums[0], money[0]
    if _RATE.match(text, m.end()):
        return None
    head = text[:m.start()]
    lo, hi = q.value * (1 - UNIT_TOLERANCE / 2), q.value * (1 + UNIT_TOLERANCE / 2)
    # the longer bound read, and dropped before the frame is read: "no more than $30 million" a ceiling (conflict57)
    bound = min((b for b in (_LOWER.search(head), _UPPER.search(head)) if b), key=lambda b: b.start(), default=None)
    if bound is not None:
        lo, hi = (q.value, float("inf")) if bound.re is _LOWER else (0.0, q.value)
        head = head[:bound.start()]
    head = _APPROX.sub("", head)
    before = tokens(head)
    words = frame_words(before)
    if words is None:  # "The jackpot of the rerun draw, about $4.6 million, was won" (sumappositive.py, digest56)
        words = appositive_thing(before, text[m.end():])
    thing = thing_of(words) if words else None
    if thing is None:
        return None
    return thing[0], thing[1], lo, hi, q.unit, m.group(0)


def sum_value_conflicts(feats, taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """Pairs of claims of two articles giving one thing's value two sums no value meets (module doc); `taken`: pairs
    already judged."""
    told = [(f, v) for f in feats if (v := sum_value(f)) is not None]
    out = []
    for x in range(len(told)):
        f1, (n1, m1, lo1, hi1, u1, w1) = told[x]
        for f2, (n2, m2, lo2, hi2, u2, w2) in told[x + 1:]:
            if f1.article == f2.article or f1.sha == f2.sha or n1 != n2 or u1 != u2 or (m1 and m2 and not m1 & m2):
                continue
            if max(lo1, lo2) <= min(hi1, hi2):
                continue
            if tuple(sorted((f1.index, f2.index))) in taken or names_clash(f1, f2) or _dated_forecast(f1) != _dated_forecast(f2):
                continue
            out.append((f1, f2, Judgment("assertion", f"{f1.source}: {w1}; {f2.source}: {w2}", about="how much",
                                         values=(w1, w2))))
    return out
