"""conflict51 (issue 15): one act on two days across articles (one source's too), one span at
large in two units. Invented sentences throughout (made-up towns, bodies, animals and numbers);
near misses beside each rule.

* One act on two days (digest/dayacts.py): "The town council said its auditors would visit on
  Monday." / "Town council auditors will visit the depot on Thursday, the council says."; a
  meeting and a deadline dated by month and day.
* One span at large in two units (digest/atlarge.py): "roamed the park for about 30 minutes" /
  "was loose for nearly three hours".
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from summarizer.digest.atlarge import at_large_spans, span_clash
from summarizer.digest.build import build_sections
from summarizer.digest.dayacts import act_stem, day_act_conflicts, day_acts, same_act
from summarizer.digest.pairs import features
from tests.test_align_disputes import _articles

_FILL = ("The hall was closed for the day. Staff gathered by the gate. The office asked for patience. "
         "A review has been opened. ")


def _alignment(first: str, second: str):
    al, _, _ = build_sections(_articles(f"Report one\n\n{first} {_FILL}\n", f"Report two\n\n{second} {_FILL}\n"))
    return al


def _reasons(al) -> list[str]:
    return [c.reason for c in al.conflicts if c.kind == "assertion"]


def _days_told(al, d1: str, d2: str) -> list[str]:
    return [r for r in _reasons(al) if d1 in r and d2 in r]


# -- one act on two days -----------------------------------------------------------------------------

@pytest.mark.parametrize("first, second, d1, d2", [
    # one source in two outlets, a plan: "would visit on Monday" / "will visit the depot on Thursday"
    ("The Brackwell town council, which runs the depot, said its auditors would visit on Monday.",
     "Town council auditors will visit the depot on Thursday, the council says.", "Monday", "Thursday"),
    # one source, one reopening
    ("The Corrin Lido will reopen on Wednesday, its owners said.", "The Corrin Lido will reopen on Saturday, the statement said.",
     "Wednesday", "Saturday"),
    # a meeting dated by month and day, worded apart ("at its meeting" / "meets")
    ("Its board will discuss the parking fees at its meeting on May 12.", "The Orlow college's board meets on May 19.",
     "May 12", "May 19"),
    # a deadline: "expected its answer by" / "expects its answer by"
    ("The transport secretary, Wim Tarrasch, said he had asked the Fenmoor rail office to check the timetables "
     "and expected its answer by June 3.", "Transport secretary Wim Tarrasch has asked the rail office to check "
     "the timetables. He expects its answer by July 15.", "June 3", "July 15"),
])
def test_one_act_on_two_days_across_articles_conflicts(first, second, d1, d2):
    assert _days_told(_alignment(first, second), d1, d2)


def _day_conflicts(first: str, second: str) -> list:
    arts = _articles(f"Report one\n\n{first} {_FILL}\n", f"Report two\n\n{second} {_FILL}\n")
    return day_act_conflicts(features([(a, c) for a in arts for c in a.claims]))


def test_day_act_conflicts_finds_one_source_in_two_outlets():
    got = _day_conflicts("The Brackwell town council, which runs the depot, said its auditors would visit on Monday.",
                         "Town council auditors will visit the depot on Thursday, the council says.")
    assert [jd.values for _, _, jd in got] == [("Monday", "Thursday")]


@pytest.mark.parametrize("first, second", [
    # another subject right before the act: two places reopen
    ("The Corrin Lido will reopen on Wednesday, the council said.", "The Corrin library will reopen on Saturday, the council said."),
    # another object of the act
    ("The Ostry council will discuss the parking fees on Monday.", "The Ostry council will discuss the bus timetable on Thursday."),
    # another occasion
    ("The Orlow college's board meets on May 12.", "The Orlow college's board meets again on May 19."),
    # another week's day
    ("The Corrin Lido reopened on Monday after the repairs.", "The Corrin Lido will reopen next Friday after the repairs."),
    # a negation in the clause
    ("The Brackwell auditors will not visit the depot on Monday, the council said.",
     "The Brackwell auditors will visit the depot on Thursday, the council said."),
    # a place's name is no act ("near <Village> on Thursday" / "in <Village> on Friday")
    ("Seven people were hurt when a bus left the road near the village of Oxley Marsh early on Thursday, police said.",
     "Families of the injured gathered at a church hall in Oxley Marsh on Friday."),
    # one article dating the act to two days of its own (two occasions)
    ("The Corrin Lido will reopen on Wednesday, its owners said. The Corrin Lido will reopen on Friday for members.",
     "The Corrin Lido will reopen on Saturday, the statement said."),
])
def test_two_days_of_other_acts_are_no_day_act(first, second):
    assert _day_conflicts(first, second) == []


def _claim(text: str, days=frozenset()):
    return SimpleNamespace(claim=SimpleNamespace(text=text), days=days)


@pytest.mark.parametrize("word, expected", [
    ("meeting", "meet"), ("meets", "meet"), ("expected", "expect"), ("expects", "expect"), ("visit", "visit"),
    ("reopens", "reopen"), ("board's", "board"), ("sing", "sing"), ("bus", "bus"),
])
def test_act_stem_strips_endings_of_one_act(word, expected):
    assert act_stem(word) == expected


def test_day_acts_cuts_at_the_saying_verb_and_reads_the_subject():
    (key, content, written), = day_acts(_claim("The council said its auditors would visit on Monday."))
    assert key == "w:monday" and written == "Monday"
    assert [w for w, _ in content] == ["audito", "visit"] and content[1][1] == "audito"


@pytest.mark.parametrize("text", [
    "The council said the auditors would visit next Monday.",        # another week
    "The auditors would not visit on Monday, the council said.",     # negated
    "They left on Monday.",                                           # one content word
])
def test_day_acts_reads_no_act(text):
    assert day_acts(_claim(text)) == []


def test_same_act_needs_a_second_shared_word():
    one = day_acts(_claim("The lido will reopen on Monday."))[0][1]
    other = day_acts(_claim("The depot will reopen on Friday."))[0][1]
    assert not same_act(one, other)
    assert same_act(one, day_acts(_claim("The lido will reopen on Friday."))[0][1])


# -- one span at large in two units ------------------------------------------------------------------

_OUT_A = ("A young panther got out of its pen at the Tamsley wildlife park on Sunday and roamed the woods for about 30 minutes "
          "before rangers caught it, the park said.")


def test_one_span_at_large_in_two_units_conflicts():
    got = [r for r in _reasons(_alignment(_OUT_A, "The panther, Bruno, was loose for nearly three hours on Sunday, "
                                                  "according to a fire brigade log seen by the Tamsley Post."))
           if "30 minutes" in r and "three hours" in r]
    assert len(got) == 1


@pytest.mark.parametrize("second", [
    # two durations of different things: the bear asleep, not at large
    "The panther, Bruno, was sedated for nearly three hours on Sunday, according to a fire brigade log.",
    # another subject at large
    "A ranger was missing for nearly three hours on Sunday, according to a fire brigade log.",
    # one span told loosely ("about 30 minutes" / "under an hour"; "about 40 minutes")
    "The panther, Bruno, was loose for less than an hour on Sunday, according to a fire brigade log.",
    "The panther, Bruno, was loose for about 40 minutes on Sunday, according to a fire brigade log.",
    # a negation
    "The panther, Bruno, was never loose for three hours, according to a fire brigade log.",
])
def test_spans_of_other_things_or_told_loosely_do_not_conflict(second):
    a = SimpleNamespace(claim=SimpleNamespace(text=_OUT_A), article="a1")
    b = SimpleNamespace(claim=SimpleNamespace(text=second), article="a2")
    assert span_clash(a, b) is None


@pytest.mark.parametrize("text, seconds", [
    ("The goat was on the run for two days.", 2 * 86400.0),
    ("The dog roamed the estate for an hour.", 3600.0),
    ("The boy was missing for more than 20 hours.", 20 * 3600.0),
])
def test_at_large_spans_reads_the_span(text, seconds):
    (got, _bound, _written, subject), = at_large_spans(SimpleNamespace(claim=SimpleNamespace(text=text)))
    assert got == seconds and subject


@pytest.mark.parametrize("text", [
    "The dog slept for an hour.",                       # not at large
    "The goat was on the run again for two days.",      # another occasion
    "The council met for two hours.",                   # a meeting's length (measured.py)
])
def test_at_large_spans_reads_no_span(text):
    assert at_large_spans(SimpleNamespace(claim=SimpleNamespace(text=text))) == []


def test_a_list_of_things_before_two_days_is_no_act():
    """The seeds' digest (lead42 at the merge): 'pounded <X> with missiles and drones on Wednesday' / '... the recent wave
    of attacks with drones and missiles on Sunday' were read as one act on two days: the shared words are a list of
    weapons, not an act."""
    one = day_acts(_claim("The army pounded the port with shells and rockets on Wednesday."))[0][1]
    other = day_acts(_claim("The town became the focus of a wave of attacks with rockets and shells on Sunday."))[0][1]
    assert not same_act(one, other)
    assert same_act(day_acts(_claim("The lido will reopen on Monday."))[0][1], day_acts(_claim("The lido will reopen on Friday."))[0][1])
