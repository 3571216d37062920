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


def test_a_conflicts_title_keeps_a_name_whole():
    """A shared name word keeps the capitalised words both claims write around it: "Gulf Coast",
    not "Gulf" (the seeds' digest titled a dispute "Black, Russian")."""
    from summarizer.digest.pairs import features
    from summarizer.digest.predicates import shared_about
    from tests.test_align_paraphrase import articles
    arts = articles("Storms\n\nGovernor Ann Lee said storms had delayed shipping along the Gulf Coast for a week.\n",
                    "Ports\n\nThe port authority denied that shipping on the Gulf Coast had been delayed at all.\n")
    f1, f2 = features([(a, c) for a in arts for c in a.claims])[:2]
    assert shared_about(f1, f2) == "Gulf Coast"   # not "Gulf"
