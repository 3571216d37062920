"""wild20 (session 19, issue 12): the code path on invented wire copy of beats no rule was written
for (a match report, a rate decision, a sentencing, a storm warning, an earnings report, an
election night, a recall, an obituary, a study, a live blog). Each test is a sentence written for
the test, of the shape that went wrong; the "apart" tests hold the near shapes the rule must not
change. Expected answers were written before the code ran."""

from __future__ import annotations

from summarizer.attribution.sentence_frames import sentence_frame
from summarizer.attribution.name_kinds import classify
from summarizer.chunk import Span, split_sentences
from summarizer.places import place_of
from summarizer.quantity import quantities
from tests.reading import who as _who


def _sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text)]


def _source(sentence: str) -> str | None:
    fr = sentence_frame(sentence, Span(0, len(sentence)), [])
    return sentence[fr.source_span[0]:fr.source_span[1]] if fr else None


# 1. A live blog's time stamps open its entries: a label, not the first words of a sentence.

def test_a_live_blog_time_stamp_is_no_part_of_the_sentence():
    text = "Flood updates\n\n08:05 - Water is rising on the Marl river.\n\n2.45pm: Police closed the ring road. Buses stopped.\n"
    assert _sentences(text) == ["Flood updates", "Water is rising on the Marl river.", "Police closed the ring road.", "Buses stopped."]


def test_a_source_after_a_time_stamp_is_read():
    text = ("Flood updates\n\n08:05 - Water is rising on the Marl river.\n\n"
            "09:20 - The river authority says 40 homes have been evacuated.\n")
    assert _who(text, "The river authority says 40 homes have been evacuated.") == "The river authority"


def test_apart_a_number_opening_a_sentence_is_not_a_time_stamp():
    assert _sentences("9.5% of voters stayed home.") == ["9.5% of voters stayed home."]
    assert _sentences("10.30am was the deadline for bids.") == ["10.30am was the deadline for bids."]
    assert _sentences("The polls close at 10:00 - later than usual.") == ["The polls close at 10:00 - later than usual."]


# 2. A company named by its trade ("Arvo Chemicals") is what a later "It said" refers to.

def test_it_said_refers_to_a_chemicals_company_named_just_before():
    text = ("Spill at depot\n\nThe harbour police say the spill is contained.\n\n"
            "The depot's owner, Brasko Chemicals, said the tank was old.\n\n"
            "It said the tank held only water.\n")
    assert _who(text, "It said the tank held only water.") == "Brasko Chemicals"


def test_he_said_is_no_chemicals_company_either():
    text = ("Spill at depot\n\nThe depot's owner, Brasko Chemicals, said the tank was old.\n\n"
            "He said the tank held only water.\n")
    assert _who(text, "He said the tank held only water.") != "Brasko Chemicals"


# 3. "Name verbed people but warned ...": the name, not "Name verbed people", speaks.

def test_a_name_its_verb_and_object_then_but_warned_is_the_name():
    assert _source("Okoro praised volunteers but warned residents against going home too soon.") == "Okoro"


def test_apart_a_group_of_people_before_its_own_verb_stays_the_subject():
    assert _source("Local residents warned that the dam was weak.") == "Local residents"
    assert _source("Elected officials and residents said the dam was weak.") == "Elected officials and residents"


# 4. A restrictive "who" clause that reports a thing, not a clause: the cue after it is the subject's.

def test_a_who_clause_with_an_object_only_does_not_hide_the_cue_after_it():
    assert _source("A driver who reported the crash told police that the lights had failed.") \
        == "A driver who reported the crash"
    assert _source("The nurse who found the patient said the ward was short of staff.") == "The nurse who found the patient"


def test_apart_a_who_clause_that_reports_a_clause_keeps_the_report():
    assert _source("Neighbours who said the house was empty called the police.") != "Neighbours who said the house was empty"


def test_a_who_described_source_is_a_person_a_later_she_can_refer_to():
    assert classify("A teacher who reported the fault") == "person"
    assert classify("Parents who reported the fault") == "group"
    text = ("Toy recalled\n\nA spokeswoman for the regulator said tests were continuing.\n\n"
            "A mother who reported the fault told the Daily Courier that the wheel came off.\n\n"
            "\"It just fell apart in my hands,\" she said.\n")
    assert _who(text, "\"It just fell apart in my hands,\" she said.") == "A mother who reported the fault"


# 5. Court reporting's "The court heard (that) ...": the hearing's, not the outlet's.

def test_the_court_heard_that_is_a_frame():
    assert _source("The court heard that the accountant moved the funds to a private account.") == "The court"
    assert _source("The inquest was told the boat had no life jackets on board.") == "The inquest"
    assert _source("Jurors heard that the lorry had been speeding.") == "Jurors"


def test_apart_heard_without_a_hearing_or_a_clause_is_no_frame():
    assert _source("Residents heard two loud bangs before the fire.") is None
    assert _source("The court heard the case in private.") is None
    assert _source("The tribunal heard evidence from six witnesses.") is None


# 6. A match report's "a challenge from X": the player who made it, no place.

def test_a_challenge_or_cross_from_a_player_is_no_place():
    assert place_of("The winger went down under a challenge from Sam Oduya.") is None
    assert place_of("Vance headed in a cross from Eli Brandt.") is None


def test_apart_from_a_place_stays_a_place():
    assert place_of("The fans travelled from Port Arlen on Friday.") == "Port Arlen"


# 7. A share after a capitalised name: "gave Labour 44%" is a percentage, not "Boeing 737".

def test_a_percentage_after_a_party_name_is_a_quantity():
    qs = quantities("The exit poll gave the Green Front 38% of the vote and the Liberals 21%.")
    assert sorted(q["value"] for q in qs if q["unit"] == "percent") == [21.0, 38.0]
    assert [q["value"] for q in quantities("The count gave Harwick 52 per cent.")] == [52.0]


def test_apart_a_designation_stays_no_quantity():
    assert quantities("The Airbus 320 landed safely.") == []
    assert quantities("Route 9 was closed.") == []


# 8. "X, 58, of Y, pleaded guilty": a plea entered in court is an act the outlet reports.

def test_a_plea_after_an_age_and_a_home_town_is_no_frame():
    assert _source("Tomas Herl, 44, of Wickley, pleaded guilty at Elmbridge Crown Court to theft.") is None
    assert _source("Ana Bright, 31, pleaded not guilty to two counts of fraud.") is None


def test_apart_pleading_for_something_or_that_stays_a_frame():
    assert _source("The mother, 40, pleaded for the return of her son.") == "The mother"
    assert _source("Jane Doe, a lawyer, pleaded that the court show mercy.") == "Jane Doe"


def test_apart_an_action_noun_before_in_keeps_the_place():
    assert place_of("The film was shot in New Mexico.") == "New Mexico"
    assert place_of("An official with the Red Cross in Geneva said aid was arriving.") == "Geneva"


def test_apart_heard_testimony_that_stays_the_outlets():
    assert _source("The jury heard testimony that the driver had bought the car a week before.") is None


# Found and left (RESULTS "Session 19: wild20", Left): strict xfails.

import pytest  # noqa: E402


# (a strict xfail until left21: places._PLACE_PHRASE reads "the capital, Velmora," and tests/test_left21.py has its apart cases)
def test_left_a_place_in_apposition_to_the_capital():
    assert place_of("The leader told supporters in the capital, Velmora.") == "Velmora"


@pytest.mark.xfail(strict=True, reason="wild20 left: a coordinated 'and found that' after an act ('followed 900 adults') is no frame")
def test_left_and_found_that_after_an_act():
    assert _source("Researchers at Tolland University followed 900 adults for six years and found that walkers slept better.") \
        == "Researchers at Tolland University"
