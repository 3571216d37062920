"""digest34: whole digests read as an analyst would (issue 15). Invented sentences only (names,
places and topics changed); each case failed before its fix unless marked "apart"."""

from __future__ import annotations

import pytest

from summarizer.quantity import quantities


def _rows(text):
    return {(q["value"], q["unit"], q["counted"]) for q in quantities(text)}


# --- a height written as one compound before a noun is a description, as an age is ---------------

@pytest.mark.parametrize("text", [
    "The 7-foot-2 forward from Tarnow scored 30 points on Sunday.",
    "Coaches praised the 5-foot-9-inch goalkeeper, who stopped 14 shots.",
])
def test_a_compound_height_is_no_count(text):
    rows = _rows(text)
    assert not any(u == "feet" for _, u, _ in rows), rows
    assert not any(v in (2.0, 9.0) for v, _, _ in rows), rows


def test_apart_a_length_in_feet_still_counts():
    assert any(v == 12.0 and u == "feet" for v, u, _ in _rows("The river rose 12 feet overnight in Varnholm."))
