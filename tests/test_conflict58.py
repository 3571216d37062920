"""conflict58 (issue 15): cross-article conflicts the digest missed or showed falsely, with their near misses.
Invented sentences throughout (made-up ships, towns, firms, clubs and sums).

* A peak told by an adjective (digest/peaks.py): "swells of up to 8 meters" / "a highest swell of about 5 meters".
* A process's time told as "expects the <noun> to return in at least <n>" or "<noun> will be back ... within <n>"
  (digest/lengths.py); a report's due time is no measure of it (digest/measured.py).
* A lasting position told on two days (digest/statedays.py); "broken open" is no opposite of "closed"
  (digest/predicates.py).
* A figure set against another ("$55, not the $40") against a claim giving the second (digest/setagainst.py).
* A commitment denied against another article's plan (digest/commitments.py).
* None of a group got a thing against the thing dealt out with a count (digest/nonethings.py).
"""

from __future__ import annotations

import pytest

from summarizer.digest.commitments import denied_commitment
from summarizer.digest.lengths import duration_of
from summarizer.digest.nonethings import none_thing
from summarizer.digest.peaks import peak_of
from summarizer.digest.setagainst import set_against
from tests.test_conflict52 import _alignment, _feature


def _cross(al) -> list[str]:
    return [c.reason for c in al.conflicts if len({s.ref.article for s in c.sides}) > 1]


# -- a peak told by an adjective --------------------------------------------------------------------------------------

@pytest.mark.parametrize("second,conflict", [
    ("Our buoy off Crane Head measured a highest swell of about 5 meters on Monday night.", True),
    ("Our buoy off Crane Head measured a highest swell of about 8 meters on Monday night.", False),  # the same value
    ("Our gauge off Crane Head measured a highest tide of about 5 meters on Monday night.", False),  # another thing
    ("Our buoy off Crane Head measured swells of about 5 meters on Monday night.", False),  # no peak: within the bound
])
def test_a_highest_reading_against_an_up_to_peak(second, conflict):
    al = _alignment("Tarnline said the ferry's master had reported swells of up to 8 meters.", second)
    assert any("8 m" in r and "5 m" in r for r in _cross(al)) is conflict, _cross(al)


def test_a_peak_adjective_reads_the_noun_after_it():
    got = peak_of(_feature("The strongest gust was 70 mph at the pier on Sunday."))
    assert got is not None and got[1:3] == ("mph", 70.0)


# -- a process's time; a report's due time ----------------------------------------------------------------------------

@pytest.mark.parametrize("text,read", [
    ("Brisco expects the buses to return in at least six weeks, the firm said.", ("return", 42.0, float("inf"))),
    ("The buses will be back on the roads within two weeks, the firm said.", ("return", 0.0, 14.0)),
    ("Brisco expects the buses to return soon, the firm said.", None),  # no duration
])
def test_a_return_time_is_read(text, read):
    got = duration_of(_feature(text))
    assert (got[1:4] if got else None) == read


@pytest.mark.parametrize("first,conflict", [
    ("The buses will be back on the roads within two weeks, the firm said.", True),
    ("The buses will be back on the roads within eight weeks, the firm said.", False),  # meets "at least six"
    ("The drivers will be back on the roads within two weeks, the firm said.", False),  # another noun
])
def test_two_return_times_across_outlets(first, conflict):
    al = _alignment(first, "Brisco expects the buses to return in at least six weeks, the firm said.")
    assert any("weeks" in r and "six" in r.lower() for r in _cross(al)) is conflict, _cross(al)


def test_a_report_due_time_is_no_measure_of_a_return():
    al = _alignment("The council, which licensed Brisco in 2021, said it had asked the firm for a full report within 10 days.",
                    "Brisco expects the buses to return in at least six weeks, the firm said.")
    assert not any("10 days" in r for r in _cross(al)), _cross(al)


# -- a lasting position on two days; "broken open" -------------------------------------------------------------------

@pytest.mark.parametrize("verb,conflict", [
    ("was anchored in", False),  # a state held on both days
    ("was moored at", False),
    ("was towed into", True),  # an act: one day or the other
])
def test_a_position_told_on_two_days(verb, conflict):
    al = _alignment(f"The Corla Dawn {verb} Fenmouth Bay on Monday while divers checked its hull.",
                    f"The Corla Dawn {verb} Fenmouth Bay on Tuesday.")
    assert any("Monday" in r and "Tuesday" in r for r in _cross(al)) is conflict, _cross(al)


def test_broken_open_is_no_opposite_of_closed():
    al = _alignment("By Monday evening, nine crates had washed up on beaches near Sallow Head, Tarnline said, some of them "
                    "broken open.", "The council has closed three beaches at Sallow Head until the crates there are removed.")
    assert not any("open" in r.lower() and "closed" in r.lower() for r in _cross(al)), _cross(al)


# -- a figure set against another -------------------------------------------------------------------------------------

_SET = ("The tickets sent to buyers, which the Gazette has seen, demand $55, not the $40 the club has given as the "
        "price of each ticket.")


def test_a_figure_set_against_another_is_a_conflict():
    al = _alignment("Each ticket was for $40, and buyers will be refunded within 30 days, the club said.", _SET)
    assert any("$40" in r and "$55" in r for r in _cross(al)), _cross(al)


@pytest.mark.parametrize("first,found", [
    ("Each ticket was for $40, the club said.", True),
    ("Each ticket was for $55, the club said.", False),  # agrees with what is asserted
    ("Each ticket was for $55 or $40, the club said.", False),  # gives both
])
def test_set_against_reads_which_figure_is_set_aside(first, found):
    f1, f2 = _feature(first), _feature(_SET)
    f2.article = "other"
    assert (set_against(f1, f2) is not None) is found


def test_not_only_is_no_figure_set_aside():
    f1 = _feature("Each ticket was for $40, the club said.")
    f2 = _feature("Buyers paid not only $55 but $40 more for parking, the Gazette found.")
    f2.article = "other"
    assert set_against(f1, f2) is None


# -- a commitment denied ----------------------------------------------------------------------------------------------

_DENIED = "No, Brisco has not agreed to pay for the repairs: we have written to them and are waiting."


@pytest.mark.parametrize("first,conflict", [
    ('"We are sorry and we will pay the full cost of the repairs," Brisco\'s director, Lena Ferrant, said.', True),
    ("Brisco has said it will pay for the repairs.", True),
    ("Brisco has said it will not pay for the repairs.", False),  # the plan negated: both say no
    ("Brisco has said it will pay the fines.", False),  # another object
    ("Harlow Transport has said it will pay for the repairs.", False),  # another actor
])
def test_a_denied_commitment_against_a_plan(first, conflict):
    al = _alignment(first, _DENIED)
    assert any("negates" in r for r in _cross(al)) is conflict, _cross(al)


def test_a_denied_commitment_is_read():
    assert denied_commitment(_feature(_DENIED))[1:3] == ("pay", "repairs")
    assert denied_commitment(_feature("Brisco has paid for the repairs, the council said.")) is None


# -- none of a group got a thing --------------------------------------------------------------------------------------

@pytest.mark.parametrize("second,conflict", [
    ("The referee's report says red cards were shown to three players.", True),
    ("The referee's report says red cards could be shown to three players.", False),  # a modal
    ("The referee's report says yellow cards were shown to three players.", False),  # another thing
    ("The referee's report says red cards were not shown to three players.", False),  # negated
])
def test_none_of_a_group_against_a_thing_dealt_out(second, conflict):
    al = _alignment("No player received red cards during the match, the league said.", second)
    assert any("red cards" in r for r in _cross(al)) is conflict, _cross(al)


@pytest.mark.parametrize("text,thing", [
    ("No player received red cards during the match, the league said.", "red cards"),
    ("No player received cards during the match, the league said.", None),  # one word: "cards during"? no: a preposition
    ("No one was hurt in the fire, the brigade said.", None),
])
def test_none_thing_is_read(text, thing):
    assert none_thing(_feature(text)) == thing


# -- the streamed digest reads the new passes as the one in memory does ----------------------------------------------

def test_the_new_passes_read_alike_on_disk_and_in_memory(tmp_path):
    from summarizer.digest.align import align
    from summarizer.digest.claimindex import ClaimIndex
    from summarizer.digest.store import ClaimStore
    from summarizer.digest.streamalign import align_stored
    from tests.test_align_disputes import _articles
    from tests.test_conflict52 import _FILL
    arts = _articles(f"Report one\n\nBrisco has said it will pay for the repairs. No player received red cards during the "
                     f"match, the league said. {_FILL}\n",
                     f"Report two\n\n{_DENIED} The referee's report says red cards were shown to three players. {_FILL}\n")
    mem = align([(a, c) for a in arts for c in a.claims])
    assert any("negates" in c.reason for c in mem.conflicts) and any("red cards" in c.reason for c in mem.conflicts), \
        [c.reason for c in mem.conflicts]
    with ClaimStore(str(tmp_path)) as store:
        for k, a in enumerate(arts):
            store.add(k, a)
        disk = align_stored(ClaimIndex(store, cache=4))
        assert list(disk.iter_conflicts()) == mem.conflicts


# -- kept from work / still at work -----------------------------------------------------------------------------------

@pytest.mark.parametrize("second,conflict", [
    ("Her lawyer also said the guard was still on duty.", True),
    ("Her lawyer also said the guard was back at work.", True),
    ("Her lawyer also said the guard was on duty at the time.", False),  # the time of the event, no state now
    ("Her lawyer also said the sergeant was still on duty.", False),  # another subject
])
def test_placed_on_leave_against_still_on_duty(second, conflict):
    al = _alignment("The guard, who has not been named, has been placed on administrative leave, the prison said.", second)
    assert any("on duty" in r or "at work" in r for r in _cross(al)) is conflict, _cross(al)


@pytest.mark.parametrize("text,read", [
    ("The guard has been placed on leave, the prison said.", ("guard", True)),
    ("The guard, who has not been named, was suspended, the prison said.", ("guard", True)),  # an aside's "not"
    ("The guard has not been placed on leave, the prison said.", None),  # negated
    ("The guard was still on duty on Friday, her lawyer said.", ("guard", False)),
])
def test_a_duty_state_is_read(text, read):
    from summarizer.digest.dutystates import duty_state
    got = duty_state(_feature(text))
    assert (got[:2] if got else None) == read
