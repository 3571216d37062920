"""rules.quantities: values and units of the numbers in a claim sentence."""

import pytest

from summarizer.rules import quantities


@pytest.mark.parametrize("text, want", [
    # currency signs, ages and percentage points had no unit (weigh_libs.py on the gold quantities)
    ("Farenthold used $84,000 in taxpayer funds", [(84000.0, "USD", "taxpayer funds")]),
    ("demands for $5.7 billion in funds", [(5.7e9, "USD", "funds")]),
    ("including a 58-year-old woman in Dayton", [(58.0, "years", "old woman")]),
    ("Clinton's lead shrank 1 percentage point", [(1.0, "percentage points", "unspecified")]),
    ("for more than two weeks", [(2.0, "weeks", "unspecified")]),
    # unchanged
    ("35 km (22 miles) from the fighting", [(35.0, "km", "distance"), (22.0, "miles", "distance")]),
    ("the ruble losing 6% of its value", [(6.0, "percent", "its value")]),
    ("Russia launched 38 attack drones", [(38.0, None, "attack drones")]),
])
def test_quantities(text, want):
    assert [(q["value"], q["unit"], q["counted"]) for q in quantities(text)] == want
