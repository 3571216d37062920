"""within50 (issue 15): states, causes and tallies disputed inside one article
(digest/statediffs.py) and a record's month told far from the source it answers
(digest/figureclash.py). Invented articles throughout (made-up names, towns, outlets); near misses
beside each rule: two sources who merely add to each other are no conflict, a reply to something
else is none either, and an opinion about figures is no rebuttal of them.

* a vote's tally said to be wrong against another tally ("a 5-2 vote ..., a tally one member says
  is wrong" / "the minutes should show a 4-3 vote");
* a cause set aside by name (", not by the pumps") against another side giving that cause;
* a thing off against the same thing on ("cut power to the cables on Monday" / "the cable was still
  live on Tuesday"; "the dashboard camera had not been switched on" / "the camera had been
  recording");
* a record's month more than WITHIN_REACH claims after the source's month, three words shared.
"""

from __future__ import annotations

import pytest

from summarizer.digest.statediffs import _norm, _tallies
from tests.test_within49 import _FILL, _disputes, _has, _quotes, _show

# -- a vote's tally --------------------------------------------------------------------------------------

_VOTE = ("The Harrowby library will close after the parish council approved the spending plan by a 6-1 vote, "
         "according to the council's published minutes, a tally one councillor says is wrong. ")


def test_a_tally_said_to_be_wrong_disputes_another_tally_of_the_vote():
    body = _VOTE + "Councillor Brin Oster said she voted against the plan and that the minutes should show a 5-2 vote. "
    got = _disputes(body)
    assert _has(got, "6-1 vote", "5-2 vote"), _show(got)


@pytest.mark.parametrize("body", [
    # two votes, no word of a wrong tally: two tallies that add to each other
    "The parish council approved the spending plan by a 6-1 vote, according to the council's published minutes. "
    "Councillor Brin Oster said the council later rejected the parking scheme by a 5-2 vote. ",
    # the same tally told twice
    _VOTE + "Councillor Brin Oster said she voted for the plan and that the minutes rightly show a 6-1 vote. ",
])
def test_tallies_that_do_not_dispute_each_other_are_no_conflict(body):
    got = _disputes(body + _FILL)
    assert not (_has(got, "6-1 vote", "5-2 vote") or _has(got, "6-1 vote", "rightly show")), _show(got)


def test_a_tally_reads_both_numbers_high_first():
    assert _tallies("approved by a 2–5 vote and then a 4-3 decision") == {(5, 2), (4, 3)}
    assert _tallies("won 52-48 in the final") == set()


# -- a cause set aside by name ---------------------------------------------------------------------------

_CAUSE = "Velmont Water blamed the flooding on a failure of the station's pumps. "


def test_a_cause_set_aside_by_name_disputes_the_side_that_gave_it():
    body = (_CAUSE + "The Riverside Residents' Association said the flooding was caused by a blocked culvert the "
            "company had known about for months, not by the pumps. ")
    got = _disputes(body + _FILL)
    assert _has(got, "failure of the station's pumps", "not by the pumps"), _show(got)


@pytest.mark.parametrize("body", [
    # the set-aside cause is one no other side gave
    _CAUSE + "The Riverside Residents' Association said the flooding was caused by a blocked culvert, not by the rain. ",
    # another event's cause: nothing else shared
    _CAUSE + "The Riverside Residents' Association said last year's fire was caused by a faulty heater, not by the pumps. ",
    # the other side agrees the pumps failed: no cause set aside
    _CAUSE + "The Riverside Residents' Association said the flooding was caused by the pumps, which failed twice. ",
])
def test_causes_that_do_not_set_each_other_aside_are_no_conflict(body):
    got = _disputes(body + _FILL)
    assert not _has(got, "failure of the station's pumps", "Residents"), _show(got)


# -- a thing off against the same thing on ---------------------------------------------------------------

_CUT = "Norland Power has said it cut power to cables in the valley on Monday as a precaution against the storm. "


def test_a_thing_told_off_disputes_another_side_telling_it_on():
    body = _CUT + "But the cable above Mill Lane was still live on Tuesday morning, according to network logs seen by the Gazette. "
    got = _disputes(body + _FILL)
    assert _has(got, "cut power to cables", "still live on Tuesday"), _show(got)


def test_a_negated_on_state_disputes_the_same_thing_told_on():
    body = ("The transport safety office said the bus's dashboard camera had not been switched on during the crash. "
            "Depot manager Ilse Varrow said on Friday that the camera had been recording and that its footage would "
            "be handed over. ")
    got = _disputes(body + _FILL)
    assert _has(got, "had not been switched on", "had been recording"), _show(got)


@pytest.mark.parametrize("body", [
    # another thing on: the microphone is not the camera
    "The transport safety office said the bus's dashboard camera had not been switched on during the crash. "
    "Depot manager Ilse Varrow said on Friday that the microphone had been recording throughout. ",
    # back on after the cut: both true
    _CUT + "The cable above Mill Lane was live again on Wednesday after repairs, according to network logs seen by the Gazette. ",
    # one side's own two states
    "The transport safety office said the bus's dashboard camera had not been switched on during the crash. "
    "The transport safety office said the camera had been recording before the trip began. ",
])
def test_states_of_other_things_or_times_are_no_conflict(body):
    got = _disputes(body + _FILL)
    assert not (_has(got, "switched on", "recording") or _has(got, "cut power", "live again")), _show(got)


def test_a_plural_noun_and_its_singular_share_a_stem():
    assert _norm("cables") == _norm("cable")
    assert _norm("glass") == "glass"


# -- a record's month far from the source ----------------------------------------------------------------

_INSPECT = "Tarne Buses said on Monday that the coach had passed its last brake inspection in May. "
_BETWEEN = ("The driver was treated in hospital. Passengers were taken home by taxi. The route reopened in the "
            "evening. Council leader Ona Brede said the crash was upsetting. ")


def test_a_record_showing_another_month_far_after_the_source_disputes_it():
    body = (_INSPECT + _BETWEEN + "Records held by the Vehicle Standards Agency, seen by the Herald, show that the "
            "coach's last brake inspection took place in October 2023. ")
    got = _disputes(body + _FILL)
    assert _has(got, "in May", "October 2023"), _show(got)


def test_a_far_record_of_another_event_month_is_no_conflict():
    body = (_INSPECT + _BETWEEN + "Records held by the Vehicle Standards Agency, seen by the Herald, show that the "
            "company's licence was renewed in October 2023. ")
    got = _disputes(body + _FILL)
    assert not _has(got, "in May", "October 2023"), _show(got)


# -- "only" <n> of an act --------------------------------------------------------------------------------

_ADMITTED = ("Castlebrook College admitted 48 applicants over three years through a side list, the state's "
             "Education Inspectorate said in a report on Monday. ")


def test_only_n_of_the_same_act_disputes_another_sides_count():
    body = _ADMITTED + "The college said only 19 students had been admitted outside the usual process. "
    got = _disputes(body + _FILL)
    assert _has(got, "48 applicants", "only 19 students"), _show(got)


@pytest.mark.parametrize("body", [
    # another act: students who were expelled are not the ones admitted
    _ADMITTED + "The college said only 19 students had been expelled over the same years. ",
    # the same count
    _ADMITTED + "The college said only 48 students had been admitted outside the usual process. ",
    # "only" from the same side
    _ADMITTED + "The Education Inspectorate said only 19 students had been admitted in the last year. ",
])
def test_only_n_that_does_not_answer_the_count_is_no_conflict(body):
    got = _disputes(body + _FILL)
    assert not _has(got, "48 applicants", "only 19 students"), _show(got)


# -- a figure set against a record's in one sentence -----------------------------------------------------

def test_a_figure_set_against_a_records_figure_in_one_sentence_is_a_dispute():
    body = ("The donors on the list gave about $2.6 million, the college said in a statement on Tuesday, far less "
            "than the $5.1 million in the inspectorate's report. ")
    got = _disputes(body + _FILL)
    assert any("$2.6 million" in _quotes(c) and "$5.1 million in the inspectorate" in _quotes(c)
               and "inspectorate" in c.reason for c in got), _show(got)


@pytest.mark.parametrize("body", [
    # another year's figure, no record named: a comparison, not a dispute
    "The donors on the list gave about $2.6 million, the college said on Tuesday, far less than the $5.1 million "
    "they gave the year before. ",
    # the speaker's own report
    "The donors on the list gave about $2.6 million, the college said on Tuesday, far less than the $5.1 million "
    "in its own annual report for last year. ",
])
def test_a_comparison_with_no_other_record_is_no_dispute(body):
    got = _disputes(body + _FILL)
    assert not any("$5.1 million" in _quotes(c) for c in got), _show(got)


@pytest.mark.parametrize("text", [
    "The councillor turned down an invitation to the opening.",   # "turned down": a refusal, not a machine off
    "Her office said she is not running for office again.",         # a person's act, not a state
    "The state's water plan was not working for farmers, he said.",
])
def test_a_persons_act_is_no_off_state(text):
    import re

    from summarizer import lang
    assert not re.search(lang.OFF_STATE_RE, text, re.I)


@pytest.mark.parametrize("text, on", [
    ("He said the pump had been running all night.", True),
    ("He said the senator was running for president.", False),
    ("The group said the campaign had been running ads in the county.", False),
])
def test_an_on_state_is_a_machines_not_a_persons_act(text, on):
    import re

    from summarizer import lang
    assert bool(re.search(lang.ON_STATE_RE, text, re.I)) is on
