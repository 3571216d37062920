"""within57 (issue 15): disputes inside one article, and who gives a time (invented texts throughout; near misses
beside each rule).

* a time only the outlet's frame gives stays the outlet's in the day, deadline and clock rules too (dayacts,
  deadlines, clockevents, classify's span and time rules: sourcenames.time_voice, the lead's session-47 rule);
* a rival "own estimate" counted with the same verb ("<n> farmed trout escaped" / "its own estimate was that <m> fish
  had escaped"); a message sent on a day / "received no message until" a later one; a routine act "not carried out"
  / its participle told done; "was not one of our <group>" / the denier's possessive beside the same person; a count
  of homes "without water since <day>" is a state, no running total; "It was serviced in May" answers "had not been
  serviced since <year>" (withinestimates.py, counts.running_total, withincounts.not_since);
* a past occasion denied ("was never broadcast") against a habit in the present ("it broadcasts the draw") is no
  phrase denial (nounneg.phrase_denied).
"""

from __future__ import annotations

from types import SimpleNamespace

import re

import pytest

from summarizer.digest.build import build_sections
from summarizer.digest.clockevents import clock_conflicts
from summarizer.digest.dayacts import day_act_conflicts
from summarizer.digest.deadlines import deadline_conflicts
from summarizer.digest.pairs import features
from summarizer.digest.sourcenames import time_voice
from summarizer.schema import ARTICLE_VOICE
from tests.test_align_disputes import _articles
from tests.test_within49 import _disputes, _has, _show

_FILL = ("The hall was closed for the day. Staff gathered by the gate. The office asked for patience. "
         "A review has been opened. ")


def _two(first: str, second: str):
    return _articles(f"Report one\n\n{first} {_FILL}\n", f"Report two\n\n{second} {_FILL}\n")


def _rule_reasons(rule, first: str, second: str) -> list[str]:
    arts = _two(first, second)
    return [jd.reason for _, _, jd in rule(features([(a, c) for a in arts for c in a.claims]))]


def _shown(first: str, second: str) -> list[str]:
    al, _, _ = build_sections(_two(first, second))
    return [c.reason for c in al.conflicts]


# -- a time the outlet's frame gives ----------------------------------------------------------------------------------

_POSTED = ('"The Corrin Lido will reopen," its owner, Ana Pell, said in a statement posted on {}.')
_CLOCK = '"We are shocked," the captain, Ana Pell, said after the ship hit the wall at about {}.'
_UNTIL = ('"Students must hurry," the board\'s head, Ana Pell, said, giving them until {} to ask the board for a review '
          'of their marks.')


@pytest.mark.parametrize("rule, shape, t1, t2", [
    (day_act_conflicts, _POSTED, "Wednesday", "Saturday"),
    (clock_conflicts, _CLOCK, "7:40 a.m.", "9:15 a.m."),
    (deadline_conflicts, _UNTIL, "Sept. 1", "Sept. 8"),
])
def test_a_time_outside_the_quotation_is_the_outlets_in_each_time_rule(rule, shape, t1, t2):
    got = _rule_reasons(rule, shape.format(t1), shape.format(t2))
    assert len(got) == 1 and got[0].startswith(f"{ARTICLE_VOICE}: ") and "Ana Pell" not in got[0], got


@pytest.mark.parametrize("first, second, voice", [
    # near misses: the time inside the quotation, or a claim with no quotation, stays the speaker's
    ('"The lido will reopen on Wednesday," its owner, Ana Pell, said.',
     '"The lido will reopen on Saturday," its owner, Ana Pell, said.', "Ana Pell"),
    ("The ship hit the wall at about 7:40 a.m., the captain, Ana Pell, said.",
     "The ship hit the wall at about 9:15 a.m., the captain, Ana Pell, said.", "Ana Pell"),
    # the rules' conflicts as shown: the outlet's voice reads "the outlet"
    (_POSTED.format("Wednesday"), _POSTED.format("Saturday"), "the outlet"),
    (_CLOCK.format("7:40 a.m."), _CLOCK.format("9:15 a.m."), "the outlet"),
])
def test_who_is_shown_beside_a_time(first, second, voice):
    got = _shown(first, second)
    label = re.escape(voice) + (r" \(a\d+\)" if voice == "the outlet" else "") + ": "  # (two outlets' own sides name their articles: lead50)
    assert len(got) == 1 and re.match(label, got[0]) and len(re.findall(label, got[0])) == 2, got


def _feature(source: str, text: str):
    return SimpleNamespace(source=source, claim=SimpleNamespace(text=text, evidence=SimpleNamespace(quote=text)))


@pytest.mark.parametrize("text, written, voice", [
    ('"We are shocked," Ana Pell said after the ship hit the wall at 7:40 a.m.', "at 7:40 a.m.", ARTICLE_VOICE),
    ('"The ship hit the wall at 7:40 a.m.," Ana Pell said.', "at 7:40 a.m.", "Ana Pell"),
])
def test_a_time_ending_on_a_dot_is_found_in_the_claim(text, written, voice):
    assert time_voice(_feature("Ana Pell", text), written) == voice


# -- a rival estimate ---------------------------------------------------------------------------------------------------

_ESCAPE = ("About 3,000 farmed trout escaped from a broken cage at a hatchery near Ostby on Friday night, the hatchery's "
           "owner, Pellam Aqua, said on Saturday. ")


def test_a_rival_own_estimate_counted_with_the_same_verb_is_a_dispute():
    got = _disputes(_ESCAPE + "The River Board, which oversees hatcheries, said its own estimate was that 5,200 fish had "
                              "escaped, based on the cage's feed records.")
    assert _has(got, "3,000 farmed trout", "5,200 fish"), _show(got)


@pytest.mark.parametrize("second", [
    # the same count; another verb after the count; no estimate of its own
    "The River Board, which oversees hatcheries, said its own estimate was that 3,000 fish had escaped, based on records.",
    "The River Board, which oversees hatcheries, said its own estimate was that 5,200 fish had died, based on records.",
    "The River Board, which oversees hatcheries, said 5,200 fish were kept in the cage, based on records.",
])
def test_the_same_count_another_verb_or_no_own_estimate_is_no_rival_estimate(second):
    got = _disputes(_ESCAPE + second)
    assert not _has(got, "3,000 farmed trout", "5,200 fish") and not _has(got, "3,000 farmed trout", "3,000 fish"), _show(got)


# -- a message sent, none received until later --------------------------------------------------------------------------

_TEXTED = "Sellwood Water said it had texted every affected household on {}. "
_NONE = ("Several tenants of the Brookfield flats told the Gazette they received no message until {}, when their taps "
         "had been dry for hours.")


@pytest.mark.parametrize("sent, until", [("Saturday morning", "Sunday evening"), ("Saturday morning", "Saturday evening")])
def test_a_message_sent_on_a_day_against_none_received_until_later_is_a_dispute(sent, until):
    got = _disputes(_TEXTED.format(sent) + _NONE.format(until))
    assert _has(got, "texted every affected household", "received no message"), _show(got)


@pytest.mark.parametrize("sent, until", [
    # the same day part; a message after the day of receipt (six days on: another week)
    ("Saturday morning", "Saturday morning"), ("Sunday evening", "Saturday evening"),
])
def test_a_message_on_the_day_of_receipt_or_after_it_is_no_dispute(sent, until):
    got = _disputes(_TEXTED.format(sent) + _NONE.format(until))
    assert not _has(got, "texted every affected household", "received no message"), _show(got)


# -- a routine act not carried out, told done ----------------------------------------------------------------------------

_NOTICE = "The notice also says the company had not carried out the weekly pump inspections the rules require since June. "


def test_a_routine_act_not_carried_out_against_its_participle_is_a_dispute():
    got = _disputes(_NOTICE + "The firm's safety manager, Ilse Varga, told the Herald the pumps had been inspected every "
                              "week without exception.")
    assert _has(got, "weekly pump inspections", "had been inspected every week"), _show(got)


@pytest.mark.parametrize("reply", [
    # another root; the act told negated
    "The firm's safety manager, Ilse Varga, told the Herald the pumps had been repaired every week without exception.",
    "The firm's safety manager, Ilse Varga, told the Herald the pumps had not been inspected since the flood.",
])
def test_another_act_or_a_negated_one_is_no_routine_act_dispute(reply):
    got = _disputes(_NOTICE + reply)
    assert not any("no inspections" in c.reason for c in got), _show(got)


# -- not one of ours ---------------------------------------------------------------------------------------------------

_OURS = ('"The 70-year-old woman taken to hospital on Sunday was not one of our tenants," Harlow Housing said in a '
         'statement. ')


def test_not_one_of_our_tenants_against_the_deniers_possessive_is_a_dispute():
    got = _disputes(_OURS + "Police said on Tuesday that the woman, who was treated for smoke, lives in Mill Court, a "
                            "block on Harlow Housing's estate.")
    assert _has(got, "not one of our tenants", "Harlow Housing's estate"), _show(got)


@pytest.mark.parametrize("second", [
    # another owner's possessive; no word of the person shared
    "Police said on Tuesday that the woman, who was treated for smoke, lives in Mill Court, a block on Dunmore Council's estate.",
    "Police said on Tuesday that a boy, who was treated for smoke, lives in Mill Court, a block on Harlow Housing's estate.",
])
def test_another_owner_or_another_person_is_no_dispute(second):
    got = _disputes(_OURS + second)
    assert not any("not one of our" in c.reason for c in got), _show(got)


# -- a state since a day is no running total -------------------------------------------------------------------------------

_WITHOUT = ("About 1,200 homes in Dunmore have been without water since Friday after a main burst under Quay Street, the "
            "utility, Orlan Utilities, said on Saturday. ")


def test_two_counts_of_homes_one_without_water_since_a_day_are_a_dispute():
    got = _disputes(_WITHOUT + "The town council's emergency office said 2,600 homes had lost water, among them a school.")
    assert _has(got, "1,200 homes", "2,600 homes"), _show(got)


def test_a_count_of_a_time_since_is_still_a_running_total():
    from summarizer.digest.counts import running_total
    arts = _articles("Report\n\nThe town has sold 12,000 permits since 2022, the clerk said. Homes have been without "
                     "water since Friday, the clerk said. " + _FILL + "\n")
    fs = features([(a, c) for a in arts for c in a.claims])
    sold = next(f for f in fs if "12,000" in f.claim.text)
    assert running_total(sold, next(q for q in sold.claim.quantities if q.value == 12000))


# -- an answer "It was <verb>ed in <month>" to "not <verb>ed since <year>" ---------------------------------------------------

_SERVICED = "The regulator said the pump had not been serviced since 2021. "


def test_a_bare_it_answer_dated_later_is_a_not_since_dispute():
    got = _disputes(_SERVICED + '"It was serviced in May by its maker," said Per Lund, the plant\'s manager.')
    assert _has(got, "not been serviced since 2021", "It was serviced in May"), _show(got)


@pytest.mark.parametrize("reply", [
    # another verb; an earlier year
    '"It was cleaned in May by its maker," said Per Lund, the plant\'s manager.',
    '"It was serviced in 2019 by its maker," said Per Lund, the plant\'s manager.',
])
def test_another_act_or_an_earlier_year_is_no_not_since_dispute(reply):
    got = _disputes(_SERVICED + reply)
    assert not _has(got, "not been serviced since 2021", "by its maker"), _show(got)


# -- a past occasion denied, a habit told -------------------------------------------------------------------------------

_NEVER = ("Tarn Gaming, which runs the lottery, has said the first draw was never broadcast. Tarn Gaming runs the lottery. "
          "Viewers who saw the numbers believed they had won. ")
_AIRED = "Channel Six said it {} as Tarn supplies it and had no control over what went out."


def test_a_habit_in_the_present_does_not_answer_a_denied_occasion():
    got = _disputes(_NEVER + _AIRED.format("broadcasts the draw"))
    assert not _has(got, "never broadcast", "broadcasts the draw"), _show(got)


def test_the_occasion_told_in_the_past_still_answers_its_denial():
    got = _disputes(_NEVER + _AIRED.format("broadcast the draw live for 40 seconds"))
    assert _has(got, "never broadcast", "broadcast the draw live"), _show(got)


# -- the day rules read a month's day as well as a weekday ----------------------------------------------------------------

_HOSTEL = ("A judge in Varrow ordered the landlord of the Kessel flats to house its 60 tenants until repairs end, "
           "after a hearing on Thursday. ")
_STOPPED = ("Ida Marsh, for the tenants, told the court that the landlord had stopped paying some tenants' guesthouse bills "
            "on March 3. ")


def test_stopped_paying_on_a_date_against_paid_up_to_a_later_date_is_a_dispute():
    got = _disputes(_HOSTEL + _STOPPED + "Paul Renn, for the landlord, said every tenant's guesthouse bill had been paid up "
                                         "to March 6. ")
    assert _has(got, "stopped paying some tenants' guesthouse bills", "paid up to March 6"), _show(got)


@pytest.mark.parametrize("upto", ["March 1", "Saturday"])
def test_paid_up_to_an_earlier_date_or_a_weekday_against_a_date_is_no_payment_dispute(upto):
    got = _disputes(_HOSTEL + _STOPPED + f"Paul Renn, for the landlord, said every tenant's guesthouse bill had been paid up "
                                         f"to {upto}. ")
    assert not _has(got, "stopped paying", "paid up to"), _show(got)


@pytest.mark.parametrize("sent, until, found", [
    ("Jan. 4", "Jan. 5", True),
    # the receipt before the message; a week on
    ("Jan. 5", "Jan. 4", False), ("Jan. 4", "Jan. 12", False),
])
def test_a_message_on_a_date_against_none_received_until_a_later_date(sent, until, found):
    got = _disputes(_TEXTED.format(sent) + _NONE.format(until))
    assert _has(got, "texted every affected household", "received no message") == found, _show(got)
