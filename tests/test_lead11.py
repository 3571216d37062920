"""The lead's battery of session 11 (issue 12: session 10's leftovers): short articles written for
the test, the answer expected for every sentence written before the tool ran (tests/lead11_battery.txt;
format and matching as tests/test_bat9c.py)."""
from __future__ import annotations

import pathlib

import pytest

from tests.test_bat9c import battery_cases, check_battery_sentence

_BATTERY = pathlib.Path(__file__).with_name("lead11_battery.txt")
#: Cases still wrong, by why (strict: a case that starts passing must leave this list).
_OPEN: dict[str, str] = {}


@pytest.mark.parametrize("art,k", list(battery_cases(_BATTERY, _OPEN)))
def test_lead11_sentence(art, k):
    check_battery_sentence(_BATTERY, art, k)
