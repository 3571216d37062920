"""conflict49 (issue 15): counted nouns and start times across articles. Invented sentences
throughout (made-up towns, bodies and numbers); a near miss beside each rule.

* A counted phrase stops before an adjective of the set's state at its end ("six of the 16 doctor
  posts vacant": the posts are counted, not "posts vacant"; noun_phrases, lang.COUNTED_STATE_ADJECTIVES).
* "own" before a noun of a record ("the ministry's own figures show six") names where the figure
  comes from, not the source's own set (counts.another_set, lang.FIGURE_SOURCE_NOUNS).
* Two parts of one whole ("Nine of its 16 ..." / "six of the 16 ...") conflict; a count and its part do not.
* One event's start at two times (digest/starttimes.py): "The outage began shortly after 5 a.m." /
  "The failure began around 3 a.m."; "The specimen was taken on May 3" / "The specimen was collected on May 1".
"""

from __future__ import annotations

import pytest

from summarizer.digest.build import build_sections
from summarizer.quantity import quantities
from tests.test_align_disputes import _articles

_FILL = ("The hall was closed for the day. Staff gathered by the gate. The office asked for patience. "
         "A meeting is planned for the weekend. The board has opened a review. ")


def _alignment(first: str, second: str):
    al, _, _ = build_sections(_articles(f"Report one\n\n{first} {_FILL}\n", f"Report two\n\n{second} {_FILL}\n"))
    return al


def _numbers(al) -> list:
    return [(c.topic, c.reason) for c in al.conflicts if c.kind == "numbers"]


def _when(al) -> list:
    return [c.reason for c in al.conflicts if c.kind == "assertion" and "when" in c.topic.lower()]


def _counted(text: str) -> list[str]:
    return [q["counted"] for q in quantities(text)]


# -- the counted phrase and a state adjective ---------------------------------------------------

@pytest.mark.parametrize("text, counted", [
    ("The agency's figures show six of the 16 nurse posts vacant.", ["nurse posts", "nurse posts"]),
    # near misses: a state of people stays with its noun ("four people dead" is no count of people
    # who "had to leave"), the adjective before the noun, or a verb after it
    ("The flood left 14 people dead.", ["people dead"]),
    ("There are 30 beds empty in the ward.", ["beds"]),
    ("The 40 vacant posts will be advertised.", ["vacant posts"]),
    ("Five posts were vacant in May.", ["posts"]),
])
def test_a_state_adjective_after_the_counted_noun_is_no_part_of_it(text, counted):
    assert _counted(text) == counted


# -- partial counts, "own" figures -----------------------------------------------------------------

def test_two_parts_of_one_whole_told_by_own_figures_conflict():
    al = _alignment("Nine of its 16 nurse posts were vacant, the Dunmere clinic said.",
                    "The health board's own figures show five of the clinic's 16 nurse posts vacant.")
    got = _numbers(al)
    assert len(got) == 1 and "9" in got[0][1] and "5" in got[0][1], got


@pytest.mark.parametrize("first, second", [
    # a count and its part: not two versions of one count
    ("The Dunmere council has 16 board members, the council said.",
     "Nine of the council's board members voted for the plan, a clerk said."),
    # the source's own set ("its own tests at 12 homes") stays another set
    ("Its own tests at 12 homes in Dunmere found lead, the city said.",
     "Tests at 40 homes in Dunmere found lead, the state said."),
])
def test_a_count_and_its_part_or_an_own_set_do_not_conflict(first, second):
    assert not _numbers(_alignment(first, second))


# -- one event's start at two times ----------------------------------------------------------------

_OUTAGE = ("Orlan Air cancelled 900 flights on Friday after a computer failure at the carrier. "
           "The outage began shortly after 5 a.m. and was fixed by noon, the airline said.")


def test_one_events_start_at_two_clock_times_conflicts():
    al = _alignment(_OUTAGE, "The failure began around 2 a.m., when crews could not log in, two pilots said.")
    got = _when(al)
    assert len(got) == 1 and "5 a.m." in got[0] and "2 a.m." in got[0], got


def test_one_sample_taken_and_collected_on_two_dates_conflicts():
    al = _alignment("The league said the specimen was taken on May 3, the day the rider won the hill stage.",
                    "The specimen was collected on May 1, after the opening sprint, league officials said.")
    got = _when(al)
    assert len(got) == 1 and "May 3" in got[0] and "May 1" in got[0], got


def test_a_first_time_on_one_day_and_a_start_on_another_conflict():
    al = _alignment("The clinic in Dunmere closed early for the first time on Tuesday, the board said.",
                    "The early closures began on Thursday, a nurse at the clinic said.")
    got = _when(al)
    assert len(got) == 1 and "Tuesday" in got[0] and "Thursday" in got[0], got


@pytest.mark.parametrize("first, second", [
    # the same day
    ("The clinic in Dunmere closed early for the first time on Tuesday, the board said.",
     "The early closures began on Tuesday, a nurse at the clinic said."),
    # a start of something else
    ("The clinic in Dunmere closed early for the first time on Tuesday, the board said.",
     "The nurses' strike at the clinic began on Thursday, a nurse said."),
    # the same hour, told loosely
    (_OUTAGE, "The failure began around 5 a.m., when crews could not log in, two pilots said."),
    # another act on the sample: tested, not taken
    ("The league said the specimen was taken on May 3, the rider's team said.",
     "The specimen was tested on May 9 at a laboratory in Harlow, league officials said."),
    # two events of one story, no article naming both
    ("The hearing began at 9 a.m. in Dunmere, a clerk said.",
     "The outage began shortly after 5 a.m. in Dunmere, the airline said."),
    # a forecast against an outcome of another day
    ("The repairs began on Monday, the council said.", "The repairs will begin on Friday, a contractor said."),
    # another occasion
    (_OUTAGE, "A second failure began around 2 a.m. on Saturday, two pilots said."),
    (_OUTAGE, "The failure began again around 2 a.m., two pilots said."),
    # a participle and a verb of beginning
    ("The specimen was taken on May 3, the league said.", "The testing began on May 1, league officials said."),
])
def test_two_times_of_different_events_or_days_do_not_conflict(first, second):
    assert not _when(_alignment(first, second))


def test_two_clock_times_of_two_named_days_are_not_compared():
    # the days may clash (an older rule's), the hours of two days do not
    got = _when(_alignment("The outage began shortly after 5 a.m. on Monday, the airline said. The failure hit check-in desks.",
                           "The failure began around 2 a.m. on Tuesday, two pilots said."))
    assert not any("a.m." in r for r in got), got
