"""Counts that are no versions of each other by what they are of (counts.number_conflict; digest50).

* An update: a verb of change and "to" right before a count ("the toll rose to 17") tells a new level,
  not another version of an earlier count (moved from counts.py). Not after a verb that sets a ceiling
  ("would limit yearly rent increases to 4 percent", "caps fare rises at ..."): the change word is a noun
  there and the figure is the ceiling, comparable with another outlet's ceiling (blind50).
* A ceiling ("would cap yearly rent increases at 3 percent") is compared only with another ceiling, not
  with a change that happened ("His rent rose 14 percent in June").
* A subset past a threshold of time: "310 patients have waited more than a year" counts those past the
  year, not the whole list ("4,200 patients are waiting"); a count so bounded on one side only is
  another set (both bounded: one set, "1,150 of them had waited more than a year").
* Two figures alone (a share, a length of time: "23 weeks") of different things: the words just before
  each hold a content word the other claim lacks, both ways (shares.things_apart: "the average wait for
  planned surgery is 23 weeks" / "the average wait for a hip replacement is now 41 weeks").

digest51:

* A change told by its verb alone ("rose nearly two meters", "fell 3 percent") is a difference, like
  "rose by 1.2 meters" (`changed_by`), never compared with a level.
* A bound without a direction ("nearly two meters") is met only by a near value (`near`:
  thresholds.LOOSE_BOUND_RATIO; "nearly 30 people" / 27, not "nearly two meters" / "1.2 meters"); a value
  the other claim holds is one it holds in the same unit ("in less than two hours" is no "two meters": `holds`).
* A count in a sentence that opens on a year alone ("In 2011, the authority released water at 240 cubic meters a second")
  tells another year's event than an undated count that names no year ("released far more: 310 cubic
  meters a second"): `year_apart`.

digest52: ... and so does a count in an -ing clause right after a year that ends its clause ("A crane tipped
over in 2015, injuring two workers" / "three workers were injured": `year_apart`).
"""

from __future__ import annotations

import re

from .. import lang, thresholds
from ..rules import numbers as _numbers
from .countparts import counts_apart
from .figures import amount_only
from .pairs import Features
from .shares import things_apart

__all__ = ["ceiling", "changed_by", "holds", "measures_apart", "near", "past_threshold", "updates", "year_apart"]

#: A verb of change and "to" right before a count: the new level ("rose to 17"); "fell 22 percent" is
#: the change itself, comparable with another outlet's "dropped 18 percent" (the lead, session 26).
_UPDATE = re.compile(r"\b(?:(?:" + "|".join(lang.COUNT_UPDATE_VERBS) + r")\s+to|reached)\s+$", re.I)
#: ... unless a ceiling verb opens the phrase, at most four words before the change word, no clause break between.
_CEILING = re.compile(r"\b(?:" + "|".join(lang.CEILING_VERBS) + r")\s+(?:[\w'’-]+\s+){0,4}?(?:"
                      + "|".join(lang.COUNT_UPDATE_VERBS) + r")\s+to\s+$", re.I)
#: A ceiling: a ceiling verb, at most six words, then "to" / "at" right before the figure ("would cap yearly
#: rent increases at 3 percent"): a rule's limit, comparable only with another ceiling, not with a change
#: that happened ("His rent rose 14 percent in June").
_CEILED = re.compile(r"\b(?:" + "|".join(lang.CEILING_VERBS) + r")\s+(?:[\w'’-]+\s+){0,6}?(?:to|at)\s+(?:(?:"
                     + lang.APPROXIMATORS_RE + r")\s+)?$", re.I)
_UNITS = sorted({u.rstrip("s") for u in lang.TIME_UNITS}, key=len, reverse=True)
#: A threshold of time in the count's clause: within 60 characters after it, no comma, colon, semicolon or full stop between.
_PAST = re.compile(r"^[^,;:.]{0,60}?\b(?:" + lang.TIME_THRESHOLD_RE + r")\s+(?:a|an|one|[\d.,]+|[a-z]+)\s+(?:"
                   + "|".join(_UNITS) + r")s?\b", re.I)


def updates(f: Features) -> bool:
    """The claim tells a count that changed ("The toll rose to 17 on Thursday after two injured
    workers died"): none of its counts is another version of an earlier one."""
    text = f.claim.text
    return any(_UPDATE.search(text[:n.start]) and not _CEILING.search(text[:n.start]) for n in _numbers(text))


def past_threshold(f: Features, q) -> bool:
    """The count is of those past a threshold of time ("310 patients have waited more than a year")."""
    for n in _numbers(f.claim.text):
        if round(n.value, 6) == round(q.value, 6) and _PAST.match(f.claim.text[n.end:]):
            return True
    return False


def ceiling(f: Features, q) -> bool:
    """The figure is a ceiling a rule sets ("would limit yearly rent increases to 4 percent")."""
    return any(round(n.value, 6) == round(q.value, 6) and _CEILED.search(f.claim.text[:n.start]) for n in _numbers(f.claim.text))


def measures_apart(f1: Features, q1, f2: Features, q2) -> bool:
    """The two quantities are of different sets or things (module doc; a part named beside its whole, a pool, a
    standing whole: countparts.py, digest56)."""
    if ceiling(f1, q1) != ceiling(f2, q2) or counts_apart(f1, q1, f2, q2):
        return True
    if q1.unit is None and past_threshold(f1, q1) != past_threshold(f2, q2):
        return True
    alone = q1.unit == "percent" or (q1.unit or "") in lang.TIME_UNITS
    return alone and not _noun(q1) and not _noun(q2) and things_apart(f1, q1, f2, q2)


def _noun(q) -> bool:
    return not amount_only(q.counted) and not _numbers(q.counted)


#: A change told by its verb right before the number, an approximator between ("rose nearly two meters").
#: ... or by a close's direction ("closed down 44 percent": lang.MEASURE_CLOSE_VERBS, conflict55).
_CHANGED_BY = re.compile(r"\b(?:" + "|".join(lang.COUNT_UPDATE_VERBS) + r"|(?:" + "|".join(sorted(lang.MEASURE_CLOSE_VERBS)) + r")\s+(?:"
                         + lang.MEASURE_DIRECTIONS_RE + r"))\s+(?:(?:" + lang.APPROXIMATORS_RE + r")\s+)?$", re.I)
#: A `when` that is a year alone ("in 2011"); a year anywhere in a claim.
_YEAR_ALONE = re.compile(r"(?:in\s+)?(?:1[89]|20)\d\d", re.I)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def changed_by(head: str) -> bool:
    """The text before a number ends on a verb of change ("The river rose nearly "): the number is the change."""
    return _CHANGED_BY.search(head) is not None


def holds(f: Features, q) -> bool:
    """The claim gives `q`'s value in `q`'s unit (or one of the two has none)."""
    return any(round(o.value, 6) == round(q.value, 6) and (o.unit == q.unit or not o.unit or not q.unit) for o in f.claim.quantities)


def near(v1: float, v2: float) -> bool:
    """Two values a bound without a direction may both name (thresholds.LOOSE_BOUND_RATIO)."""
    lo, hi = sorted((abs(v1), abs(v2)))
    return hi == 0 or lo / hi >= thresholds.LOOSE_BOUND_RATIO


def year_apart(f1: Features, w1: str | None, f2: Features, w2: str | None) -> bool:
    """One claim opens on a year alone (its `when` w: "In 2011, ..."), the other is not dated and names no year."""
    if bool(w1) == bool(w2):
        return False
    (dated, f), other = ((w1, f1), f2) if w1 else ((w2, f2), f1)
    # the year frames the whole sentence ("In 2011, ..."), not a clause's other act ("the collection, left
    # to the museum in 1954, is valued at ...": blind44)
    if _YEAR_ALONE.fullmatch(dated) is None or _YEAR.search(other.claim.text):
        return False
    # ... or the year ends its clause and an -ing clause after it tells what the dated act did ("tipped
    # over in 2015, injuring two workers": digest52); not a clause's other verb ("left to the museum in
    # 1954, is valued at")
    return f.claim.text.lower().startswith(dated.lower()) \
        or re.search(re.escape(dated) + r",\s+[a-z]+ing\b", f.claim.text, re.I) is not None
