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

from summarizer.digest.build import build_sections
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
