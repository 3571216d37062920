"""Conflicts on stories the digest was not tuned on (issue 15, session 24, conf25).

Written before the fixes, from the shapes of the conflicts missed on five BASIL clusters labelled
blind and on the blind sets before them (evals/RESULTS.md "Session 24: conf25"): most misses a rule
can reach are one attribute of one event told with two values across outlets. Every sentence here is
invented (names, places, bodies).

* A count dated by a week, month or year counted from the article's day ("this week") is not kept
  apart from a count of the same set in another article: only a day so counted ("overnight",
  "yesterday") may be another day's count.
"""

from __future__ import annotations

import pytest

from summarizer.digest.build import build_sections
from summarizer.digest.pairs import stem
from summarizer.digest.timeclash import _event
from tests.test_align_disputes import FILLER, _articles


def _across(al, a: str, b: str):
    """Conflicts across two articles with one side quoting `a` and another quoting `b`."""
    return [c for c in al.conflicts if len({s.ref.article for s in c.sides}) >= 2
            and any(a in s.quote for s in c.sides) and any(b in s.quote for s in c.sides)]


# -- a count dated "this week" is one count of one set -----------------------------------------------

_PLAN = ("Governor Ilse Brandt this week will unveil a broad plan to cut river pollution that will list "
         "12 separate measures she could order without the legislature, aides who saw the draft said Monday.")


def test_two_counts_of_one_set_one_dated_this_week_conflict():
    arts = _articles("Plan\n\n" + FILLER + _PLAN + "\n" + FILLER,
                     "Plan\n\n" + FILLER + "Because the plan needs the legislature, Brandt is adding 14 separate "
                     "measures she could order without the legislature.\n" + FILLER)
    al, _, _ = build_sections(arts)
    assert _across(al, "12 separate", "14 separate"), [c.reason for c in al.conflicts]


def test_two_counts_dated_overnight_stay_apart():
    arts = _articles("Floods\n\n" + FILLER + "Rescuers pulled 12 people from flooded homes in Marlow overnight, "
                     "the county said.\n" + FILLER,
                     "Floods\n\n" + FILLER + "Rescuers pulled 14 people from flooded homes in Marlow, "
                     "the county said.\n" + FILLER)
    al, _, _ = build_sections(arts)
    assert not _across(al, "12 people", "14 people"), [c.reason for c in al.conflicts]


# -- one event at two times that cannot meet -------------------------------------------------------

def test_one_departure_dated_earlier_this_month_and_last_year_conflicts():
    arts = _articles("Bench\n\n" + FILLER + "Okafor served in the Brandt cabinet from 2011 and departed earlier "
                     "this month to open a mediation firm, aides said.\n" + FILLER,
                     "Bench\n\n" + FILLER + "Okafor left the Brandt cabinet last year to go back to private "
                     "mediation work, and said the new post was worth the pay cut.\n" + FILLER)
    al, _, _ = build_sections(arts)
    assert _across(al, "departed earlier", "left the Brandt cabinet last year"), [c.reason for c in al.conflicts]


def test_one_speech_at_ten_in_the_morning_and_in_the_afternoon_conflicts():
    arts = _articles("Bid\n\n" + FILLER + "Mayor Tessa Lund will make the announcement today at 10am from the "
                     "old mill in Dunmore.\n" + FILLER,
                     "Bid\n\n" + FILLER + "Lund made a formal announcement Tuesday afternoon at the old mill in "
                     "Dunmore, her home town.\n" + FILLER)
    al, _, _ = build_sections(arts)
    assert _across(al, "10am", "Tuesday afternoon"), [c.reason for c in al.conflicts]


def test_one_interview_published_on_two_weekdays_in_two_outlets_is_one_conflict():
    arts = _articles("Court\n\n" + FILLER + "The judge set off the row with remarks to the Varden Courier "
                     "published Saturday.\n" + FILLER,
                     "Court\n\n" + FILLER + "\"I worry for the court,\" Judge Mira Olsen told the Varden Courier "
                     "in an interview published Sunday.\n" + FILLER,
                     "Court\n\n" + FILLER + "\"I fear for the bench,\" Olsen told the Varden Courier in an "
                     "article published Sunday.\n" + FILLER)
    al, _, _ = build_sections(arts)
    got = _across(al, "published Saturday", "published Sunday")
    assert len(got) == 1 and len({s.ref.article for s in got[0].sides}) == 3, [c.reason for c in al.conflicts]


@pytest.mark.parametrize("first, second", [
    # times of two acts: a departure and a return
    ("Okafor quit the Brandt cabinet earlier this month, aides said.",
     "Okafor returned to the Brandt cabinet last year after a long break."),
    # the time dates the saying, not the departure
    ("Okafor said last year that she had quit the Brandt cabinet.",
     "Okafor quit the Brandt cabinet earlier this month, aides said."),
    # a day counted from each article's own day: the articles may be of two days
    ("Mayor Tessa Lund will make the announcement today at the old mill in Dunmore.",
     "Lund made the announcement yesterday at the old mill in Dunmore."),
    # two departures from two bodies, each with its own time
    ("Lund left the Varden council last year to run the port authority.",
     "Lund left the port authority earlier this month to return to the Varden council."),
    # two occasions: a first and a second hearing
    ("The first Varden budget hearing was held this morning at 9 a.m.",
     "The second Varden budget hearing was held this afternoon."),
    # hours that meet: evening and night
    ("Lund made the announcement Tuesday evening at the old mill in Dunmore.",
     "Lund made the announcement Tuesday night at the old mill in Dunmore."),
])
def test_times_of_two_events_or_that_meet_are_no_conflict(first, second):
    arts = _articles("Story\n\n" + FILLER + first + "\n" + FILLER, "Story\n\n" + FILLER + second + "\n" + FILLER)
    al, _, _ = build_sections(arts)
    assert not [c for c in al.conflicts if len({s.ref.article for s in c.sides}) >= 2], [c.reason for c in al.conflicts]


def test_a_name_next_to_a_time_names_no_event():
    text = "Two aldermen pressed harbour chief Rolf Okafor Sunday over the dredging bill."
    assert _event(text, text.index("Sunday"))[0] == frozenset()
    text = "The remarks were published Sunday."
    assert "=" + stem("published") in _event(text, text.index("Sunday"))[0]  # and its class since digest51 (publish / release)
