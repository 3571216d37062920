"""Session 11, read12c (issues 12 and 15): the faults found by reading the `code` path's claims and
digests on four BASIL clusters outside every gold set (20: a party's immigration principles; 40: a
president's tweet about an aide; 42: an agent's dismissal; 46: a special counsel disputing a news
report), each construction told again in sentences written for the test, in other domains, with
the answer an analyst expects written down before the tool was run. Sources and certainty:
tests/read12c_battery.txt (one case per sentence, read like tests/test_pol10.py); dates, claim
parts and places: the cases below. The dev-data texts stay in ../shared; no sentence here is
copied from them."""

from __future__ import annotations

import functools
import pathlib

import pytest

from tests.test_bat9c import battery_cases, check_battery_sentence

_BATTERY = pathlib.Path(__file__).with_name("read12c_battery.txt")
#: Cases still wrong, by why (strict: a case that starts passing must leave this list).
_OPEN: dict[str, str] = {}


@pytest.mark.parametrize("art,k", list(battery_cases(_BATTERY, _OPEN)))
def test_read12c_sentence(art, k):
    check_battery_sentence(_BATTERY, art, k, claim_needed=True)


@functools.lru_cache(maxsize=None)
def _claims(text: str):
    from summarizer.eval.suites.common import make_article, systems_for
    from summarizer.settings import Settings
    fns, _ = systems_for(["code"], Settings())
    return fns["code"](make_article(text, "read12c")).claims
