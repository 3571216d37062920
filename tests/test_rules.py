"""Quantities of a claim sentence (summarizer.quantity; rules.quantities before issue 12/15):
values, units, and the noun phrase counted."""

import pytest

from summarizer.quantity import quantities


@pytest.mark.parametrize("text, want", [
    # currency signs and percentage points are units (weigh_libs.py on the gold quantities)
    ("Farenthold used $84,000 in taxpayer funds", [(84000.0, "USD", "taxpayer funds")]),
    ("demands for $5.7 billion in funds", [(5.7e9, "USD", "funds")]),
    ("Clinton's lead shrank 1 percentage point", [(1.0, "percentage points", "Clinton's lead")]),  # the subject of the change (numbers37)
    ("for more than two weeks", [(2.0, "weeks", "two weeks")]),
    # an age is never a count (issue 12 item 3): no row, not 58 "old woman"
    ("including a 58-year-old woman in Dayton", []),
    # a measurement with nothing counted after it counts itself (a noun phrase of the sentence)
    ("35 km (22 miles) from the fighting", [(35.0, "km", "35 km"), (22.0, "miles", "22 miles")]),
    ("the ruble losing 6% of its value", [(6.0, "percent", "value")]),
    ("Russia launched 38 attack drones", [(38.0, None, "attack drones")]),
])
def test_quantities(text, want):
    assert [(q["value"], q["unit"], q["counted"]) for q in quantities(text)] == want
