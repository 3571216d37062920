"""How many of one kind were in one place, told by two articles with two counts (issue 15; conflict56).

"About 150 people were on the bridge when it fell, according to police." / "No more than 90 people were on the
bridge, according to the council, which says it has reviewed camera footage." (an explainer's answer told with its
"How many ...?" question: heading_answers.py); "About 600 visitors were in the park at the time" / "The log puts the
number of visitors in the park at about 1,100.". counts.number_conflict never compares them: the claims share too
few words to pass the similarity gate (0.26-0.32: a long aside, a clause of their own), and "the number of
visitors ... at about 1,100" counts no noun. Here a claim's count is read with the place it was counted in:

* "[bound] <N> <noun> were <preposition> the <place>" (lang.PLACE_COUNT_PREPOSITIONS: "in", "on", "at",
  "inside", "aboard"); the place is one to three lower-case words ended by a comma, a full stop or a word of
  lang.PLACE_COUNT_PLACE_ENDS ("when", "at", "during": "on the bridge when it fell", "in the park at the time");
* "<estimate verb> the number of <noun> <preposition> the <place> at [bound] <N>" (lang.SUM_ESTIMATE_VERBS).

Two articles' counts conflict when the noun, the preposition and the place's head are one (stems), no value meets
both (a ceiling "No more than 90", a floor "at least 40": lang.COUNT_CEILINGS_RE / COUNT_FLOORS_RE; two values
measured.UNIT_TOLERANCE apart or closer are one rounded), the names do not clash and the claims tell no two weekdays.
Not read: a claim with two such counts, a negation, a place with a possessive ("the park's cafe") or a name
("in the <Name> Hall": two named halls are two places), a singular ("was").
"""

from __future__ import annotations

import re

from .. import lang
from .actcounts import range_clashes
from .classify import Judgment
from .measured import UNIT_TOLERANCE
from .pairs import Features, stem

__all__ = ["bounded_range", "place_count", "place_count_conflicts"]

_NUM = (r"(?P<n>\d{1,3}(?:,\d{3})+|\d+|" + "|".join(sorted(list(lang.NUMBER_UNITS) + list(lang.NUMBER_TENS), key=len, reverse=True))
        + r")")
_BOUND = (r"(?:(?P<ceil>" + lang.COUNT_CEILINGS_RE + r")\s+|(?P<floor>" + lang.COUNT_FLOORS_RE + r")\s+|(?:"
          + lang.APPROXIMATORS_RE + r")\s+)?")
_PREP = "|".join(lang.PLACE_COUNT_PREPOSITIONS)
_ENDS = "|".join(sorted(lang.PLACE_COUNT_PLACE_ENDS))
_PLACE = r"the\s+(?P<place>[a-z]+(?:\s+[a-z]+){0,2}?)(?=\s*[,.;]|\s+(?:" + _ENDS + r")\b|\s*$)"
_WERE = re.compile(r"(?<![\w,.])" + _BOUND + _NUM + r"\s+(?P<noun>[a-z]+)\s+were\s+(?P<prep>" + _PREP + r")\s+" + _PLACE, re.I)
_NUMBER_OF = re.compile(r"\b(?:" + "|".join(sorted(lang.SUM_ESTIMATE_VERBS)) + r")\s+the\s+number\s+of\s+(?P<noun>[a-z]+)\s+(?P<prep>"
                        + _PREP + r")\s+the\s+(?P<place>[a-z]+(?:\s+[a-z]+){0,2}?)\s+at\s+" + _BOUND + _NUM + r"(?![\w,])", re.I)
_NEG = re.compile(lang.COUNT_NEGATION_RE, re.I)
_WORDS = {**lang.NUMBER_UNITS, **lang.NUMBER_TENS}


def place_count(f: Features) -> tuple[str, str, str, float, float, str] | None:
    """(the noun's stem, the preposition, the place's head stem, the lowest and highest count meant, the count as
    written) of the claim's one count of a kind in a place, or None (module doc)."""
    text = f.claim.text
    found = list(_WERE.finditer(text)) + list(_NUMBER_OF.finditer(text))
    if len(found) != 1 or _NEG.search(text):
        return None
    m = found[0]
    place = m.group("place").split()
    if m.group("noun").lower() in lang.UNITS:
        return None  # "12 percent were in the hall", "40 tonnes were on the deck": a share or a measure, not a count
    if any(w[:1].isupper() for w in (m.group("noun"), *place)):
        return None  # "the Orchard Hall" is a name's place (two named halls are two places)
    lo, hi = bounded_range(m.group("n"), m.group("ceil"), m.group("floor"))
    return stem(m.group("noun").lower()), m.group("prep").lower(), stem(place[-1].lower()), lo, hi, m.group(0)


def bounded_range(raw: str, ceiling: str | None, floor: str | None) -> tuple[float, float]:
    """The lowest and highest count a written count means: a ceiling's or a floor's open side, else the count give or
    take one rounding (measured.UNIT_TOLERANCE); a count in words ("ninety") read as its value."""
    value = float(raw.replace(",", "")) if raw[0].isdigit() else float(_WORDS[raw.lower()])
    if ceiling:
        return 0.0, value
    if floor:
        return value, float("inf")
    return value * (1 - UNIT_TOLERANCE / 2), value * (1 + UNIT_TOLERANCE / 2)


def place_count_conflicts(feats, taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """Pairs of claims of two articles counting one kind in one place with two counts no value meets (module doc);
    `taken`: pairs already judged."""
    told = [(f, v) for f in feats if (v := place_count(f)) is not None]
    return range_clashes(told, lambda a1, a2: a1[:3] == a2[:3], taken,
                         also=lambda f1, f2: not (f1.event_days and f2.event_days and not f1.event_days & f2.event_days))
