"""digest52 (issue 15): misses and false conflicts of the digest on a tenth blind set of invented
three-outlet stories (evals/digest_gold_blind52: a hospital's records outage, a port crane's collapse,
a university's tuition-freeze vote). Invented sentences throughout (other names, places and numbers
than the set's texts); a near miss beside each rule.

* people who "rallied" and people who "gathered" are one count (lang.WORD_SENSES: gather / rally /
  assemble);
* a count an active verb acts on ("The union, which represents about 1,400 nurses") and a count that
  opens its clause and undergoes a past verb ("Four nurses were injured") are two sets of one noun
  unless the verbs are of one sense (measure_frames.object_subject_apart);
* a count in an -ing clause right after a year ("opened its gates in 2014, releasing 260 cubic meters of water a second") is
  that year's, no version of an undated count (countsets.year_apart);
* a phase before an act word ("stopped working" / "were still working") is what a day dates: two
  phases are two acts (dayacts.same_act, lang.PHASE_WORDS).
"""

from __future__ import annotations

import pytest

from summarizer import lang
from summarizer.digest import counts
from tests.test_digest47 import _conflicts


def _kinds(a: str, b: str) -> list[str]:
    return [c.kind for c in _conflicts(a, b)]


def _reasons(a: str, b: str) -> list[str]:
    return [c.reason for c in _conflicts(a, b)]


# -- rallied / gathered ---------------------------------------------------------------------------------

_RALLY = "About 2,000 people rallied in Dunmore Square on Saturday, the organisers said."


def test_rallied_and_gathered_are_one_sense():
    assert counts._sense("rallied") == counts._sense("gathered") == counts._sense("assembled")
    assert counts._sense("rallied") != counts._sense("arrested")


@pytest.mark.parametrize("other,conflict", [
    ("About 600 people gathered in Dunmore Square on Saturday, police said.", True),
    ("About 600 people rallied in Dunmore Square on Saturday, police said.", True),
    # near misses: another act of the same people; the same count
    ("About 600 people were arrested in Dunmore Square on Saturday, police said.", False),
    ("About 2,000 people gathered in Dunmore Square on Saturday, police said.", False),
])
def test_a_crowd_told_by_two_verbs_of_one_sense(other, conflict):
    assert ("numbers" in _kinds(_RALLY, other)) is conflict


# -- an object count and a subject count ----------------------------------------------------------------

_HURT = "Four nurses were injured, the hospital said."


@pytest.mark.parametrize("other,conflict", [
    # the union's members are no version of the injured
    ("The union, which represents about 1,400 nurses at the hospital, has asked for a review.", False),
    ("The Tarrow agency employs 1,400 nurses, its director said.", False),
    # near misses: a verb of one sense before the count; the same shape in the subject
    ("The explosion injured seven nurses, the union said.", True),
    ("Seven nurses were injured, the union said.", True),
])
def test_an_object_count_and_a_subject_count(other, conflict):
    assert ("numbers" in _kinds(_HURT, other)) is conflict


def test_a_toll_told_actively_and_passively_still_conflicts():
    assert "numbers" in _kinds("The blast killed six miners, the company said.",
                               "Nine miners were killed, the union said.")


# -- a year before an -ing clause -----------------------------------------------------------------------

_RELEASED = "The engineer says the Corran dam released 350 cubic meters of water a second."


@pytest.mark.parametrize("other,conflict", [
    ("In a storm the Corran dam opened its gates in 2014, releasing 260 cubic meters of water a second.", False),
    # near misses: no year; a year of another clause's act
    ("In a storm the Corran dam opened its gates, releasing 260 cubic meters of water a second.", True),
])
def test_a_count_in_an_ing_clause_after_a_year(other, conflict):
    assert ("numbers" in _kinds(other, _RELEASED)) is conflict


# -- two phases of one act --------------------------------------------------------------------------------

def test_phase_words_are_listed():
    assert {"still", "stopped", "resumed"} <= lang.PHASE_WORDS


@pytest.mark.parametrize("other,conflict", [
    ("Some lines at the Brenlow bottling plant were still working on Wednesday, workers said.", False),
    ("Some lines at the Brenlow bottling plant started working on Wednesday, workers said.", False),
    # near miss: the same phase on another day
    ("The bottling plant at Brenlow stopped working on Wednesday, workers said.", True),
])
def test_a_phase_and_another_phase_on_two_days(other, conflict):
    a = "The Brenlow bottling plant stopped working on Monday after a fire, the company said."
    got = [r for r in _reasons(a, other) if "Monday" in r and "Wednesday" in r]
    assert bool(got) is conflict


@pytest.mark.parametrize("other,conflict", [
    ("The drivers' union said the system was out for two days, and that some depots were still working from paper "
     "on Friday morning.", False),
    # near miss: the same phase of the same act on another day
    ("The drivers' union said the ticketing system at Marlow Transit stopped working on Friday.", True),
])
def test_a_lasting_state_is_no_other_day_of_a_stop(other, conflict):
    a = "Marlow Transit's ticketing system stopped working on Wednesday after a power fault."
    got = [r for r in _reasons(a, other) if "Wednesday" in r and "Friday" in r]
    assert bool(got) is conflict
