"""The digest's conflicts on BASIL clusters no session had read whole, and conflict recall on the
tuned gold (issue 15, session 18, digest19): invented two-article clusters, the expected answer
of each written before the code was run.

Fault fixed, found listing the tuned gold's missed conflicts (one BASIL cluster's vote day: a
schedule of two chambers with two days in one outlet, one chamber's vote on the other day in
another): a schedule that gives two bodies two days is not
compared by its days as a whole (it names the other claim's day too, for the other body);
each day is read as the day of the name just before it ("the House on Thursday"), and a claim
of another article that gives that name, and no other name of the schedule, another day for the
same business (a rare word shared) is a version conflict (digest/schedules.py).

Left (a strict xfail): conflicts that need entailment ("never changed parties" / "became an
independent"; also, not written as a test, "could get 100 votes" / "would split the chamber").
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from summarizer.digest.build import build_sections
from summarizer.digest.schedules import scheduled_days
from tests.test_align_disputes import _articles
from tests.test_conf9 import _feats

FILLER = ("The port authority has run the harbour since 1961. Its board meets once a month in the old "
          "customs hall. ")

SCHEDULE = ("Harbour lease vote\n\n" + FILLER + "Both chambers must approve the deal before it takes "
            "effect. The vote on the harbour lease is expected to begin in the Assembly on Tuesday, followed "
            "by the Council on Friday. Opponents plan a rally outside the customs hall.")


@lru_cache(maxsize=None)
def _conflicts(*texts: str):
    return build_sections(_articles(*texts))[0].conflicts


def _clash(conflicts, a: str, b: str) -> bool:
    sides = [s.quote + " || " + s.text for s in conflicts]
    return any(a in s1 and b in s2 for i, s1 in enumerate(sides) for j, s2 in enumerate(sides) if i != j)


def _hit(conflicts, a: str, b: str) -> bool:
    return any(_clash(c.sides, a, b) for c in conflicts)


# -- the days of a schedule, each the day of the name before it ------------------------------------

@pytest.mark.parametrize("sentence,days", [
    ("The vote is expected to begin in the Assembly on Tuesday, followed by the Council on Friday.",
     {"assembly": "tuesday", "council": "friday"}),
    ("Hearings open before the Tribunal on Monday and the Commission on Thursday.",
     {"tribunal": "monday", "commission": "thursday"}),
    # one body, one day: no schedule of two
    ("The Council approved the lease on Tuesday.", {}),
    # two days of one body: no schedule of two bodies
    ("The Council met on Monday and the Council voted on Friday.", {}),
    # one name before a day, the other day after no name
    ("The talks will resume in Geneva on Monday and end on Friday.", {}),
])
def test_a_schedule_gives_each_body_its_day(sentence, days):
    [f] = _feats(sentence)
    assert scheduled_days(f) == days


# -- the conflict and the near-misses -------------------------------------------------------------

def test_the_body_voting_on_another_day_than_the_schedule_says_is_a_conflict():
    other = ("Council passes lease\n\n" + FILLER + "The Council approved the harbour lease on Tuesday evening "
             "by a vote of 31-4, sending it to the governor.")
    got = _conflicts(SCHEDULE, other)
    assert _hit(got, "followed by the Council on Friday", "The Council approved the harbour lease on Tuesday"), \
        [c.reason for c in got]


def test_two_articles_against_one_schedule_are_one_conflict_of_three_sides():
    other = ("Council passes lease\n\n" + FILLER + "The Council approved the harbour lease on Tuesday evening "
             "by a vote of 31-4, sending it to the governor.")
    third = ("Lease approved\n\n" + FILLER + "On Tuesday the Council voted 31-4 for the harbour lease, ending "
             "months of talks.")
    got = [c for c in _conflicts(SCHEDULE, other, third) if any("Council on Friday" in s.quote for s in c.sides)]
    assert len(got) == 1, [c.reason for c in got]
    assert len(got[0].sides) == 3 and len({s.ref.article for s in got[0].sides}) == 3, got[0].reason


def test_the_same_day_for_the_same_body_is_no_conflict():
    other = ("Council passes lease\n\n" + FILLER + "The Council approved the harbour lease on Friday evening "
             "by a vote of 31-4, sending it to the governor.")
    got = _conflicts(SCHEDULE, other)
    assert not _hit(got, "followed by the Council on Friday", "The Council approved"), [c.reason for c in got]


def test_a_claim_naming_both_bodies_is_not_read_by_this_rule():
    other = ("Assembly passes lease\n\n" + FILLER + "The Assembly approved the harbour lease on Tuesday, and the "
             "Council will take it up later.")
    got = _conflicts(SCHEDULE, other)
    assert not _hit(got, "followed by the Council on Friday", "The Assembly approved the harbour lease"), \
        [c.reason for c in got]


def test_a_longer_name_ending_in_the_body_is_another_name():
    other = ("Lease fair\n\n" + FILLER + "The Old Council museum showed plans for the harbour lease on Tuesday.")
    got = _conflicts(SCHEDULE, other)
    assert not _hit(got, "followed by the Council on Friday", "The Old Council museum"), [c.reason for c in got]


def test_the_body_doing_other_business_on_another_day_is_no_conflict():
    other = ("Clerk retires\n\n" + FILLER + "The Council honoured its retiring clerk on Tuesday with a dinner.")
    got = _conflicts(SCHEDULE, other)
    assert not _hit(got, "followed by the Council on Friday", "retiring clerk"), [c.reason for c in got]


# -- left: entailment ------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="needs entailment: 'never changed parties' against 'became an "
                                        "independent' shares no predicate (BASIL 36's k3)")
def test_never_changed_parties_against_became_an_independent():
    a = ("Senator profile\n\n" + FILLER + "Dale Vorst, who served four terms, became an independent after losing "
         "the party primary in 2004. Vorst told a radio station last year that he never changed parties.")
    got = _conflicts(a)
    assert _hit(got, "never changed parties", "became an independent")
