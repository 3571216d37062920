"""A year that is a forecast's target, not the day of an event (issue 15; conflict50).

"Economists predict faster wage growth in 2031", "The agency expects the fleet to double by 2040",
"Sales will reach two million by 2035": the claim tells a forecast made now; its year is what the
forecast is about, and the timeline would show the statement on a day that has not come (or, in an
old story, as an event that happened then). `forecast_year(text, when)`: every place the claim
writes the `when`'s year is "in <year>" or "by <year>" in a clause (no comma, semicolon, colon,
dash or parenthesis between) that holds a verb of forecasting (lang.FORECAST_VERBS) at least one
word before the "in"/"by"; or "by <year>" in a clause that holds a future modal
(lang.FORECAST_MODALS: a target, "will reach ... by 2035"). Not: the year of the forecast itself
("predicted in 2019 that ...", "In 2019, economists predicted ..."), a scheduled event ("will vote
in 2030" keeps its year: a date, not a target), a year after a verb of no forecast ("closed in 2019").
"""

from __future__ import annotations

import re

from .. import lang

__all__ = ["forecast_year"]

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_WORDS = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_LEAD = re.compile(r"\b(in|by)\s+(?:the\s+end\s+of\s+)?$", re.I)


def _forecast_spot(clause: str) -> bool:
    lead = _LEAD.search(clause)
    if lead is None:
        return False
    words = [w.lower() for w in _WORDS.findall(clause[:lead.start()])]
    if any(w in lang.FORECAST_VERBS for w in words[:-1]):  # at least one word between the verb and "in"/"by"
        return True
    return lead.group(1).lower() == "by" and any(w in lang.FORECAST_MODALS for w in words)


def forecast_year(text: str, when: str | None) -> bool:
    """The `when` is a year the claim writes only as a forecast's target (module doc)."""
    m = _YEAR.search(when or "")
    if m is None:
        return False
    spots = [y.start() for y in re.finditer(r"\b" + m.group(0) + r"\b", text)]
    return bool(spots) and all(_forecast_spot(re.split(r"[,;:—–()]|\s-{1,2}\s", text[:at])[-1]) for at in spots)
