"""Session 13, the lead: faults found while merging the helpers' work, each with invented sentences
and near-misses (expected answers written before the run)."""

from __future__ import annotations

import pytest

from tests.test_reading_outputs import _code


def _who(text: str, start: str) -> str:
    out = _code(text)
    hits = [c for c in out.claims if c.text.startswith(start)]
    assert hits, [c.text for c in out.claims]
    return hits[0].attributed_to


PAIR_HEADLINE = ("Vance and Orrell trade barbs over port\nThe Gazette, June 2, 2027\n\n"
                 "Ms. Vance said the port plan would cost the town its beaches. "
                 "After the board voted 4-3 to expand the port, Mr. Orrell called the vote a victory.\n")


@pytest.mark.parametrize("start,who", [
    pytest.param("After the board voted 4-3", "Mr. Orrell", marks=pytest.mark.xfail(strict=True, reason=(
        "a headline's pair ('Vance and Orrell') is taken as the fuller form of 'Mr. Orrell': kept out of the "
        "surnames or out of courtesy-title forms, PolNeAR held-out chain naming fell 0.906 -> 0.901; dropped (session 13)"))),
    ("Ms. Vance said the port plan", "Ms. Vance"),
])
def test_a_headline_pair_is_not_the_fuller_name_of_either(start, who):
    assert _who(PAIR_HEADLINE, start) == who


def test_a_full_name_still_gives_the_titled_surname_its_fuller_form():
    text = ("Port plan splits town\nThe Gazette, June 2, 2027\n\nMayor Tom Orrell backed the plan on Monday. "
            "After the board voted 4-3 to expand the port, Mr. Orrell called the vote a victory.\n")
    assert _who(text, "After the board voted 4-3") == "Mayor Tom Orrell"


# -- a date conflict needs one event: "resigned Monday" / "apologized on Friday" are two ------------

from pathlib import Path  # noqa: E402

from tests.test_agree10 import digest_of  # noqa: E402

AIDE = "\nThe {paper}, March 9, 2027\n\n{lead} Her post had drawn dozens of complaints from parents.\n"


def _day_conflicts(tmp_path: Path, leads: list[str]) -> list[str]:
    for n, lead in enumerate(leads):
        (tmp_path / f"p{n}.txt").write_text("Aide and post" + AIDE.format(paper=f"Paper{n}", lead=lead))
    _, al = digest_of(tmp_path)
    return [c.topic for c in al.conflicts if c.topic.endswith("(when)")]


def test_two_events_on_two_days_with_one_background_are_no_date_conflict(tmp_path):
    assert _day_conflicts(tmp_path, [
        "A county clerk resigned Monday after her Instagram post mocking the judge's sons at the harvest fair drew complaints.",
        "A county clerk on Friday apologized for a Instagram post that mocked the judge's sons at the harvest fair.",
    ]) == []


def test_one_event_on_two_days_is_still_a_date_conflict(tmp_path):
    assert _day_conflicts(tmp_path, [
        "A county clerk resigned Monday after her Instagram post mocking the judge's sons at the harvest fair drew complaints.",
        "A county clerk resigned on Friday after her Instagram post mocking the judge's sons at the harvest fair.",
    ])[0].endswith("(when)")
