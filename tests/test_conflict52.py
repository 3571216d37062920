"""conflict52 (issue 15): cross-article conflicts the digest missed, with their near misses. Invented sentences
throughout (made-up towns, rivers, bodies, people and sums).

* One thing's cost told as two sums, one "in all" (digest/totals.py): "The trip cost the county $7,300" / "The
  trip cost $5,100 in all"; a part against its whole, a running total since a year and a nightly rate are not.
* A name against the other article's common noun, for counts (digest/countnames.py): "The <Name> River rose 1.5
  meters in the town" / "The river rose nearly three meters in <Town>"; two named towns or rivers still clash.
* One deadline on two dates (digest/deadlines.py): "have until Oct. 3 to ask the council for a review" /
  "requests must reach it by Oct. 10"; another act, another actor are not; an extended
  deadline is none.
* A given name's short form in an agreement's source list (digest/sourcelist.py).
"""

from __future__ import annotations

import pytest

from summarizer.digest.build import build_sections
from summarizer.digest.deadlines import deadline_of
from summarizer.digest.pairs import features
from summarizer.digest.sourcelist import compact
from summarizer.digest.totals import cost_of
from tests.test_align_disputes import _articles

_FILL = ("The hall was closed for the day. Staff gathered by the gate. The office asked for patience. "
         "A review has been opened. ")


def _alignment(first: str, second: str):
    al, _, _ = build_sections(_articles(f"Report one\n\n{first} {_FILL}\n", f"Report two\n\n{second} {_FILL}\n"))
    return al


def _told(al, v1: str, v2: str) -> list[str]:
    """Conflicts (any kind) whose reason or sides give both values."""
    out = []
    for c in al.conflicts:
        text = c.reason + " " + " ".join(s.text for s in c.sides)
        if v1 in text and v2 in text and len({s.ref.article for s in c.sides}) > 1:
            out.append(c.reason)
    return out


def _feature(text: str):
    arts = _articles(f"Report one\n\n{text} {_FILL}\n")
    return [f for f in features([(a, c) for a in arts for c in a.claims]) if f.claim.text[:20] in text][0]


# -- one thing's cost, "in all" ------------------------------------------------------------------------------

@pytest.mark.parametrize("first, second, v1, v2", [
    ("The Brennick trip cost the county $7,300, the audit says.",
     "The trip cost $5,100 in all, the mayor's office said.", "7,300", "5,100"),
    ("The Orland visit cost the college $12,400, the review found.",
     "The visit cost $8,900 in total, the college said.", "12,400", "8,900"),
])
def test_one_cost_told_as_two_sums_conflicts(first, second, v1, v2):
    assert _told(_alignment(first, second), v1, v2)


@pytest.mark.parametrize("first, second, v1, v2", [
    # a part against its whole: two things
    ("The flights cost the county $2,100, the audit says.", "The trip cost $5,100 in all, the mayor's office said.",
     "2,100", "5,100"),
    # a running total since a year
    ("The Harwell scheme has cost $12,000 since 2019, the council said.", "The scheme cost $3,000, the council said.",
     "12,000", "3,000"),
    # a nightly rate against a stay's cost
    ("The Delmore hotel cost $190 a night, the invoices show.", "The hotel cost $2,150, the mayor said.", "190", "2,150"),
])
def test_a_part_a_running_total_or_a_rate_is_no_cost_conflict(first, second, v1, v2):
    assert not _told(_alignment(first, second), v1, v2)


def test_cost_of_reads_the_thing_before_the_verb():
    assert cost_of(_feature("The Brennick trip cost the county $7,300, the audit says.")) == cost_of(
        _feature("The trip cost $5,100 in all, the mayor's office said."))
    assert cost_of(_feature("The hotel cost $190 a night, the invoices show.")) is None
    assert cost_of(_feature("He paid $400 for the tickets and $90 for the hotel, the audit says.")) is None


# -- a name against a common noun, for counts ---------------------------------------------------------------

def test_a_named_river_and_town_against_the_river_and_the_town_conflict():
    al = _alignment("The Tarrow River rose by 1.5 meters in the town in less than three hours, according to the "
                    "state weather office.",
                    "The river rose nearly three meters in Dunmere on Sunday morning, the town's flood office said.")
    assert _told(al, "1.5", "3")


@pytest.mark.parametrize("first, second", [
    # two named towns
    ("The river rose by 1.5 meters in Dunmere on Sunday, the state weather office said.",
     "The river rose by three meters in Kelbrook on Sunday, the county's flood office said."),
    # two named rivers
    ("The Tarrow River rose by 1.5 meters on Sunday, the state weather office said.",
     "The Ossel River rose by three meters on Sunday, the county's flood office said."),
])
def test_two_named_places_still_part_two_counts(first, second):
    assert not _told(_alignment(first, second), "1.5", "3")


# -- one deadline on two dates ----------------------------------------------------------------------------

def test_one_deadline_on_two_dates_conflicts():
    al = _alignment("Tenants have until Oct. 3 to ask the housing board for a rent review, the board said.",
                    "The board says requests must reach it by Oct. 10.")
    assert _told(al, "Oct. 3", "Oct. 10")


@pytest.mark.parametrize("first, second", [
    # another act: asking against paying
    ("Tenants have until Oct. 3 to ask the housing board for a rent review, the board said.",
     "Landlords must pay the board's fee by Oct. 10, the board says."),
    # another actor, one act
    ("Tenants have until Oct. 3 to apply for the grant, the housing board said.",
     "Landlords have until Oct. 10 to apply for the grant, the housing board said."),
    # two days of events, no deadline
    ("The housing board will meet tenants on Oct. 3, the board said.",
     "Requests for the grant open on Oct. 10, the housing board said."),
])
def test_other_acts_actors_or_a_moved_deadline_are_no_deadline_conflict(first, second):
    assert not _told(_alignment(first, second), "Oct. 3", "Oct. 10")


def test_deadline_of_reads_the_act_and_who_must_act():
    d = deadline_of(_feature("Tenants have until Oct. 3 to ask the housing board for a rent review, the board said."))
    assert d is not None and d[0] == "oct 3" and d[2]
    d2 = deadline_of(_feature("The board says requests must reach it by Oct. 10."))
    assert d2 is not None and d2[2] == "" and d[1] & d2[1]
    assert deadline_of(_feature("The housing board will meet tenants on Oct. 3, the board said.")) is None
    assert deadline_of(_feature("Tenants do not have until Oct. 3 to ask for a review, the board said.")) is None
    # a deadline moved is a change (the pair is judged by the date rules of classify, as on main)
    assert deadline_of(_feature("The housing board extended the deadline, and tenants now have until Oct. 10 to apply "
                                "for the grant.")) is None


# -- a given name's short form in a source list --------------------------------------------------------------

def test_a_short_given_name_and_its_long_form_are_one_source():
    assert compact(["Bill Norcott", "William Norcott"]) == ["William Norcott"]
    assert compact(["Sen. Bob Vance", "Robert J. Vance", "the council"]) == ["Robert J. Vance", "the council"]


def test_short_forms_stay_apart_beside_another_person_of_the_surname_or_another_surname():
    assert len(compact(["Bill Norcott", "William Norcott", "Hillary Norcott"])) == 3
    assert compact(["Bill Norcott", "William Tarrow"]) == ["Bill Norcott", "William Tarrow"]
    assert compact(["Bill Norcott", "Robert Norcott"]) == ["Bill Norcott", "Robert Norcott"]


# -- false agreements: an act's last occasion, a clock time's minutes --------------------------------------------

def _agreed(al, s1: str, s2: str) -> bool:
    return any(any(s1 in q for q in g.quotes) and any(s2 in q for q in g.quotes) for g in al.agreements)


def test_an_acts_last_occasion_in_a_year_is_no_agreement_with_the_act_now():
    al = _alignment("The Corvale board last opened the floodgates in 2009.",
                    "The canal was 2.3 meters above its safe level on Friday night, hours before the Corvale board "
                    "opened the floodgates, according to a letter seen by the paper.")
    assert not _agreed(al, "last opened", "hours before")


def test_two_claims_of_the_last_occasion_still_agree():
    from summarizer.digest.lastoccasion import last_occasion_apart
    f1 = _feature("The Corvale board last opened the floodgates in 2009.")
    f2 = _feature("The floodgates were last opened by the Corvale board in 2009, the board says.")
    f3 = _feature("The Corvale board opened the floodgates in 2009 after a wet winter.")
    f4 = _feature("The Corvale board opened the floodgates on Friday night.")
    assert not last_occasion_apart(f1, f2)
    assert not last_occasion_apart(f1, f3)  # the same year
    assert last_occasion_apart(f1, f4)


def test_a_clock_times_minutes_are_no_shared_figure():
    al = _alignment("Dunmere's mayor, Alma Rook, said the town's flood office received no call from the board "
                    "before 5:40 a.m., when water was already over doorsteps on Kiln Street.",
                    "Kiln Lane resident Petra Osk, 68, said she had lived on the street for 40 years.")
    assert not _agreed(al, "5:40", "40 years")


def test_one_figure_said_of_one_thing_still_agrees():
    al = _alignment("About 40 homes on Kiln Lane had water in them, the Dunmere town office said.",
                    "The Dunmere town office said water reached 40 homes on Kiln Lane.")
    assert _agreed(al, "About 40 homes", "reached 40 homes")


def test_one_clock_time_in_both_claims_is_still_a_shared_figure():
    al = _alignment("Ardmoor police said they received the first call about the animal at 8:47 a.m. and sent officers "
                    "to the park.",
                    "The log records the first call at 8:47 a.m. and the animal back in its pen at 10:15 a.m.")
    assert _agreed(al, "received the first call", "The log records")
