"""digest51 (issue 15): misses of the digest on a ninth blind set of invented three-outlet stories
(evals/digest_gold_blind51: an exam board's grading row, a mayor's expenses, a dam's water release).
Invented sentences throughout (other names, places and numbers than the set's texts); a near miss
beside each rule.

* a change told by its verb alone ("rose nearly two meters") is a difference like "rose by 1.1
  meters" (countsets.changed_by); a bound without a direction is met only by a near value
  (countsets.near); a value the other claim holds must be in the same unit (countsets.holds);
* a count dated by a year alone ("In 2014, ...") is another year's event than an undated count
  (countsets.year_apart);
* publishing / releasing and meeting / a hearing are kinds of event whose two dates clash
  (lang.EVENT_VERB_CLASSES);
* a clock time's letters ("a.m.") are no word of the event a weekday dates (timeclash._event);
* a negated position and its opposite told plainly are one account (negposition.py).
"""

from __future__ import annotations

import pytest

from summarizer.digest.countsets import changed_by, near
from tests.test_digest47 import _conflicts


def _kinds(a: str, b: str) -> list[str]:
    return [c.kind for c in _conflicts(a, b)]


# -- a change, a loose bound, a value in another unit --------------------------------------------------

_ROSE_NEARLY = "The Tolver River rose nearly two meters in Brastow on Friday, the fire service said."


@pytest.mark.parametrize("other", [
    "The Tolver River rose by 1.1 meters in Brastow in less than three hours, the weather office said.",
    "The Tolver River rose by 1.1 meters in Brastow, the weather office said.",
])
def test_a_change_against_a_far_loose_bound_is_a_number_conflict(other):
    assert "numbers" in _kinds(other, _ROSE_NEARLY)


@pytest.mark.parametrize("other", [
    # near the bound: "nearly two" may be 1.9
    "The Tolver River rose by 1.9 meters in Brastow in less than three hours, the weather office said.",
    # a level, not a change
    "The Tolver River stood at 4.1 meters in Brastow, the weather office said.",
])
def test_near_misses_of_a_loose_bound_are_no_number_conflict(other):
    assert "numbers" not in _kinds(other, _ROSE_NEARLY)


def test_a_value_in_another_unit_does_not_hide_the_conflict():
    # "two hours" in the first claim is no "two meters"
    a = "The Tolver River rose by 1.1 meters in Brastow in two hours, the weather office said."
    assert "numbers" in _kinds(a, "The Tolver River rose two meters in Brastow on Friday, the fire service said.")


def test_the_same_value_in_the_same_unit_is_still_held():
    a = "The Tolver River rose by two meters in Brastow in two hours, the weather office said."
    assert "numbers" not in _kinds(a, "The Tolver River rose two meters in Brastow on Friday, the fire service said.")


def test_changed_by_and_near_units():
    assert changed_by("The river rose nearly ")
    assert changed_by("Sales fell ")
    assert not changed_by("The river stood at ")
    assert not changed_by("The rose garden has ")  # "rose" not right before the number
    assert near(27, 30) and near(1.9, 2)
    assert not near(1.2, 2) and not near(600, 1100)


# -- a year alone ---------------------------------------------------------------------------------------

_ENGINEER = "The engineer says the Corran dam released 350 cubic meters of water a second."


def test_a_count_of_a_year_alone_is_no_version_of_an_undated_count():
    a = "In 2014, the Corran dam released 260 cubic meters of water a second, the water board said."
    assert "numbers" not in _kinds(a, _ENGINEER)


@pytest.mark.parametrize("a", [
    "The Corran dam released 260 cubic meters of water a second, the water board said.",
    # the year dates a clause's other act, not the count
    "The Corran dam, which the county bought in 1998, released 260 cubic meters of water a second, the water board said.",
    # both name the year: one event
    "In 2014, the Corran dam released 260 cubic meters of water a second, the water board said.||"
    "The engineer says the Corran dam released 350 cubic meters of water a second in 2014.",
])
def test_undated_or_both_of_the_year_still_conflict(a):
    first, _, second = a.partition("||")
    assert "numbers" in _kinds(first, second or _ENGINEER)


# -- publishing and meeting as kinds of event -------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The exam results were published on June 12.", "The exam results were released on June 13."),
    ("The licensing committee will hold a hearing on the complaint on Nov. 3.",
     "The licensing committee meets on Nov. 10 to hear the complaint."),
])
def test_one_publication_or_one_meeting_on_two_dates_is_a_conflict(a, b):
    assert "assertion" in _kinds(a, b)


@pytest.mark.parametrize("a, b", [
    ("The exam results were published on June 12.", "The new bus timetable was released on June 13."),
    ("The licensing committee will hold a hearing on Nov. 3.", "The bar owners will meet their lawyers on Nov. 10."),
])
def test_two_publications_or_two_meetings_of_other_things_are_not(a, b):
    assert not _kinds(a, b)


# -- a clock time's letters ---------------------------------------------------------------------------

def test_a_clock_time_before_two_weekdays_is_no_shared_event():
    a = "The water board said it warned the village at 3 a.m. on Friday that it would open the gates."
    assert not _kinds(a, "The memo, sent at 10:40 p.m. on Thursday, says the gates must be opened.")


def test_one_act_at_two_clock_times_on_two_weekdays_still_conflicts():
    a = "The gates were opened at 3 a.m. on Friday, the water board said."
    assert "assertion" in _kinds(a, "The gates were opened at 10 p.m. on Thursday, the village says.")


# -- a negated position and its opposite ----------------------------------------------------------------

_NEVER_ABOVE = "The Corran reservoir was never above its safe level, the director said."


def test_never_above_and_below_are_one_account():
    assert not _kinds(_NEVER_ABOVE, "The water board says the Corran reservoir is now 2 meters below its safe level.")


def test_never_above_against_above_still_conflicts():
    b = "The Corran reservoir was 1.1 meters above its safe level on Friday night, according to an email seen by the Courier."
    assert "assertion" in _kinds(_NEVER_ABOVE, b)


def test_a_sum_being_sought_is_no_version_of_one_rejected():
    # "is seeking" asks like "seeks" (lang.COUNT_REQUEST_VERBS); found when "three years" stopped holding the 3
    a = "Nurses at Corran General rejected a 2 percent raise, their union said on Monday."
    assert "numbers" not in _kinds(a, "The union is seeking a 6 percent raise in each of the next four years.")
