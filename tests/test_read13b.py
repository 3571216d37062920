"""Session 12, read13b (issues 12 and 15): the faults found by reading the `code` path's claims and
digests on four BASIL clusters outside every gold set (15: a president's gun-control plan; 25: a
foreign leader's speech to Congress; 28: a senator's foreign-policy speech; 32: a justice's remarks
on a candidate), each construction told again in sentences written for the test, in other domains,
with the answer an analyst expects written down before the tool was run. Sources and certainty:
tests/read13b_battery.txt (one case per sentence, read like tests/test_pol10.py). The dev-data
texts stay in ../shared; no sentence here is copied from them."""

from __future__ import annotations

import pathlib

import pytest

from tests.test_bat9c import battery_cases, check_battery_sentence

_BATTERY = pathlib.Path(__file__).with_name("read13b_battery.txt")
#: Cases still wrong, by why (strict: a case that starts passing must leave this list).
_OPEN: dict[str, str] = {
    "judging-a-past-act-in-a-quote-3": "a quoted 'may have' + past act is a hedge of the event "
                                       "('The driver may have been drinking') as often as a judgement of it "
                                       "('She may have gone too far'): the words do not tell them apart",
    "plan-as-a-noun-after-a-preposition-1": "'X, the city's budget director, sharply criticized Y': a verb of evaluation "
                                            "after an apposition and an adverb is not found (without the adverb it is)",
    "evaluation-verbs-1": "'As he often has in hearings, X assailed Y': after a leading 'as' clause the subject of a "
                          "verb of evaluation is not found (cues._lead_subject reads the sentence's start)",
}


@pytest.mark.parametrize("art,k", list(battery_cases(_BATTERY, _OPEN)))
def test_read13b_sentence(art, k):
    check_battery_sentence(_BATTERY, art, k, claim_needed=True)
