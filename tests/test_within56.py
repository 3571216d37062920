"""within56 (issue 15): disputes inside one article told in other words (digest/withinreceipts.py): a thing
sent to a body against the body's "received no such <thing>", a cause denied with "not because of <it>", a
reopening within a span against closed for at least a longer one, a payment stopped on a day against paid up
to a later day, a thing handed out within a span against nothing received for a longer one. Invented
articles throughout (made-up names, towns, bodies); near misses beside each rule.
"""

from __future__ import annotations

import pytest

from tests.test_within49 import _disputes, _has, _show


def _none(got, a: str, b: str) -> bool:
    return not _has(got, a, b)


# -- sent, and never received ------------------------------------------------------------------------------

_DAM = ("A retaining wall above the Osk canal gave way on Friday night, flooding 14 cellars in the village of Parrin, the "
        "Parrin Waterways Board said. The board said no one was hurt. ")


def test_a_letter_sent_to_a_body_against_its_received_no_such_letter_is_a_dispute():
    got = _disputes(_DAM + "Shopkeepers on the quay said they had written to the board in May about water seeping through the wall. "
                           "Their letter carried 31 names. "
                           "The board's chief engineer, Lorna Pike, said the board had received no such letter. ")
    assert _has(got, "had written to the board in May", "received no such letter"), _show(got)


def test_no_record_of_ever_receiving_the_letter_answers_a_letter_sent_to_the_denier():
    got = _disputes(_DAM + "In 2022, the county's safety office wrote to Kelburn Contractors to warn that the wall was leaning, "
                           "according to a copy of the letter seen by the Courier. "
                           "A Kelburn spokesman, Tom Aske, said the company had no record of ever receiving the letter. ")
    assert _has(got, "wrote to Kelburn Contractors", "no record of ever receiving"), _show(got)


@pytest.mark.parametrize("sent, denial, probe", [
    # written to another body than the one that denies receiving it
    ("Shopkeepers on the quay said they had written to the county council in May about the wall. ",
     "The board's chief engineer, Lorna Pike, said the board had received no such letter. ", "written to the county council"),
    # one side tells both
    ("The board said it had written to the county council in May about the wall. ",
     "The board said the county council had received no such letter from anyone else. ", "written to the county council"),
    # no sending at all
    ("Shopkeepers on the quay said they had complained about the wall for years. ",
     "The board's chief engineer, Lorna Pike, said the board had received no such letter. ", "complained about the wall"),
])
def test_a_letter_to_another_body_one_side_or_no_letter_is_no_receipt_dispute(sent, denial, probe):
    got = _disputes(_DAM + sent + denial)
    assert _none(got, probe, "received no such letter"), _show(got)


# -- a cause denied in passing ------------------------------------------------------------------------------

_TRAM = ("Trams on the Hesby line stood still for two hours on Tuesday morning, the operator, Hesby Transit, said. ")


def test_a_cause_told_against_not_because_of_it_is_a_dispute():
    got = _disputes(_TRAM + "The operator said a signal fault at the depot had stopped the trams. "
                            "Hundreds of commuters walked along the tracks. "
                            "The rail regulator said in a statement that the trams had stopped because a cable was cut by "
                            "builders, not because of a signal fault. ")
    assert _has(got, "a signal fault at the depot had stopped", "not because of a signal fault"), _show(got)


@pytest.mark.parametrize("denial", [
    # another cause denied than the one told
    "The rail regulator said the trams had stopped because a cable was cut by builders, not because of the snow. ",
    # the same side tells the cause and denies it
    "The operator said later that the trams had stopped because a cable was cut, not because of a signal fault. ",
])
def test_another_cause_or_one_side_is_no_cause_dispute(denial):
    got = _disputes(_TRAM + "The operator said a signal fault at the depot had stopped the trams. " + denial)
    assert _none(got, "a signal fault at the depot", "not because of"), _show(got)


# -- a reopening within a span against closed for at least a longer one ------------------------------------

_BRIDGE = ("A barge struck the Tollen bridge on Sunday, cracking one of its piers, the county highways office said. ")


def test_reopen_within_weeks_against_closed_for_at_least_months_is_a_dispute():
    got = _disputes(_BRIDGE + "The office said it expected to reopen the bridge within two weeks. "
                              "Traffic is being sent through Amble. "
                              "Speaking on Monday, the county's chief engineer, Nils Oster, said the bridge would stay closed "
                              "for at least three months. ")
    assert _has(got, "reopen the bridge within two weeks", "stay closed for at least three months"), _show(got)


@pytest.mark.parametrize("reply", [
    # the closure's bound is shorter than the reopening: both can hold
    "The county's chief engineer, Nils Oster, said the bridge would stay closed for at least ten days. ",
    # another thing closed
    "The county's chief engineer, Nils Oster, said the towpath would stay closed for at least three months. ",
])
def test_a_shorter_closure_or_another_thing_is_no_reopening_dispute(reply):
    got = _disputes(_BRIDGE + "The office said it expected to reopen the bridge within two weeks. " + reply)
    assert _none(got, "reopen the bridge", "stay closed"), _show(got)


# -- stopped on a day, done up to a later one ----------------------------------------------------------------

_HOSTEL = ("A judge in Varrow ordered the landlord of the Kessel flats to house its 60 tenants until repairs end, "
           "after a hearing on Thursday. ")


def test_stopped_paying_on_a_day_against_paid_up_to_a_later_day_is_a_dispute():
    got = _disputes(_HOSTEL + "Ida Marsh, for the tenants, told the court that the landlord had stopped paying some tenants' "
                              "guesthouse bills on Tuesday. "
                              "Paul Renn, for the landlord, said every tenant's guesthouse bill had been paid up to Saturday. ")
    assert _has(got, "stopped paying some tenants' guesthouse bills", "paid up to Saturday"), _show(got)


@pytest.mark.parametrize("reply", [
    # paid up to a day before the stop: both can hold
    "Paul Renn, for the landlord, said every tenant's guesthouse bill had been paid up to Monday. ",
    # another thing paid
    "Paul Renn, for the landlord, said every tenant's removal van had been paid up to Saturday. ",
])
def test_paid_up_to_an_earlier_day_or_another_thing_is_no_payment_dispute(reply):
    got = _disputes(_HOSTEL + "Ida Marsh, for the tenants, told the court that the landlord had stopped paying some tenants' "
                              "guesthouse bills on Tuesday. " + reply)
    assert _none(got, "stopped paying", "paid up to"), _show(got)


# -- handed out within a span, nothing for a longer one ------------------------------------------------------

_FERRY = ("The Orla ferry lost its engines off Hask point on Friday with 140 passengers on board, its owner, Tarn Lines, said. ")


def test_handed_out_within_an_hour_against_nothing_for_hours_is_a_dispute():
    got = _disputes(_FERRY + "The company said in a letter to passengers that crew had handed out food and water on every deck "
                             "within the first hour. "
                             "Several passengers told the Herald they received nothing for more than five hours. ")
    assert _has(got, "handed out food and water", "received nothing for more than five hours"), _show(got)


@pytest.mark.parametrize("reply", [
    # nothing for a shorter span than the handing-out: both can hold
    "Several passengers told the Herald they received nothing for more than 30 minutes. ",
    # the same side
    "The company said some passengers received nothing for more than five hours. ",
])
def test_a_shorter_wait_or_one_side_is_no_handing_out_dispute(reply):
    got = _disputes(_FERRY + "The company said in a letter to passengers that crew had handed out food and water on every deck "
                             "within the first hour. " + reply)
    assert _none(got, "handed out food and water", "received nothing"), _show(got)


# -- a cause denied by a verb of denial ------------------------------------------------------------------------

_PIER = "The Selby pier gave way on Sunday, dropping a kiosk into the harbour, the town council said. "


def test_denied_that_a_cause_caused_it_against_another_sides_failure_of_that_root_is_a_dispute():
    got = _disputes(_PIER + "The council said a timber pile under the deck had rotted through. "
                            "Two fishermen were hurt. "
                            "Brand & Oates, the surveyors who checked the pier in June, denied that rot caused the failure, "
                            "saying the pier had been struck by a boat. ")
    assert _none(got, "had rotted through", "denied that rot"), _show(got)  # "rot": shorter than CAUSE_PREFIX letters
    got = _disputes(_PIER + "The council said a steel tie under the deck had corroded through. "
                            "Two fishermen were hurt. "
                            "Brand & Oates, the surveyors who checked the pier in June, denied that corrosion caused the failure, "
                            "saying the pier had been struck by a boat. ")
    assert _has(got, "had corroded through", "denied that corrosion caused"), _show(got)


@pytest.mark.parametrize("told", [
    # another cause told: no word of the denied cause's root
    "The council said a steel tie under the deck had snapped. ",
    # the same side
    "Brand & Oates said a steel tie under the deck had corroded through. ",
])
def test_another_cause_or_one_side_is_no_denied_cause_dispute(told):
    got = _disputes(_PIER + told + "Two fishermen were hurt. "
                    "Brand & Oates, the surveyors who checked the pier in June, denied that corrosion caused the failure, "
                    "saying the pier had been struck by a boat. ")
    assert _none(got, told[:40].split(" said ")[-1][:20], "denied that corrosion"), _show(got)


# -- the speakers of those sentences (attribution) -------------------------------------------------------------

def _source(text: str) -> str | None:
    from summarizer.attribution import analyze
    from summarizer.chunk import split_sentences
    at = analyze(text)
    sp = split_sentences(text)[-1]
    rel = at.relation_for(sp.start, sp.end)
    return rel.name if rel else None


@pytest.mark.parametrize("sentence, source", [
    # a role, then the body's name with its article, closing the sentence
    ("About 60 people were stuck on the ferry on Sunday, its operator, the Tarn Boat Company, said.", "the Tarn Boat Company"),
    ("The footbridge has 12 spans, its owner, the Esk Bridge Trust, said.", "the Esk Bridge Trust"),
    # near misses: the name with no article, as before
    ("About 60 people were stuck on the ferry on Sunday, its operator, Tarn Boats, said.", "Tarn Boats"),
    # a firm's name with "&", a description, then its denial and ", saying"
    ("Brand & Oates, the surveyors who checked the pier, denied that corrosion caused the failure, saying a boat hit it.",
     "Brand & Oates"),
    ("Brand & Oates, the surveyors, denied that corrosion caused the failure, saying a boat hit it.", "Brand & Oates"),
    # near misses: no ", saying"; "and" in the name
    ("Brand & Oates, the surveyors who checked the pier, denied that corrosion caused the failure.", "Brand & Oates"),
    ("Brand and Oates, the surveyors who checked the pier, denied that corrosion caused the failure, saying a boat hit it.",
     "Brand and Oates"),
    # a relative clause whose own verb is a cue word ("shot") stays an insertion before the speaker's verb
    ("A lawyer for the family of Teo Marsh, whom a Selby officer shot on Friday, said on Monday that Marsh was not armed.",
     "A lawyer for the family of Teo Marsh"),
])
def test_the_speaker_of_a_closing_role_with_its_name_or_an_ampersand_firm(sentence, source):
    assert _source("Harbour report\n\nThe Selby pier gave way on Sunday.\n\n" + sentence + "\n") == source


# -- found on a day, reported long before --------------------------------------------------------------------

_FLATS = "The Garrow council moved 90 tenants out of the Lyle Court flats on Monday over damp in the stairwells, it said. "


def test_found_on_a_day_against_reported_as_early_as_is_a_dispute():
    got = _disputes(_FLATS + "The landlord, Crane Homes, said its own surveyors had found the damp during a visit on Monday. "
                             "Tenants are in hotels. "
                             "On Wednesday the tenants' group published letters in which tenants had reported damp in their "
                             "kitchens to Crane Homes as early as last June. ")
    assert _has(got, "had found the damp", "as early as last June"), _show(got)


@pytest.mark.parametrize("reply", [
    # another thing reported early
    "On Wednesday the tenants' group published letters in which tenants had reported noise to Crane Homes as early as last June. ",
    # the same side
    "Crane Homes said tenants had reported damp in their kitchens as early as last June. ",
])
def test_another_thing_or_one_side_is_no_found_late_dispute(reply):
    got = _disputes(_FLATS + "The landlord, Crane Homes, said its own surveyors had found the damp during a visit on Monday. " + reply)
    assert _none(got, "had found the damp", "as early as"), _show(got)


# -- people moved out, counted by two sides in two sentences running ------------------------------------------

_GAS = "A gas leak closed Harl Street on Friday. "


def test_residents_evacuated_against_people_moved_out_next_is_a_count_dispute():
    got = _disputes(_GAS + "Fire crews evacuated 120 residents from the Mere Court block on Friday, Harl Borough Council said. "
                           "The Mere Court Tenants' Union said 185 people had been moved out, many of them pensioners. ")
    assert _has(got, "evacuated 120 residents", "185 people had been moved out"), _show(got)


@pytest.mark.parametrize("reply", [
    # the same count in other words
    "The Mere Court Tenants' Union said 121 people had been moved out, many of them pensioners. ",
    # people counted with no moving out
    "The Mere Court Tenants' Union said 185 people had signed a petition about the block. ",
    # the same side
    "The council said 185 people had been moved out, many of them pensioners. ",
])
def test_a_near_count_no_moving_out_or_one_side_is_no_count_dispute(reply):
    got = _disputes(_GAS + "Fire crews evacuated 120 residents from the Mere Court block on Friday, Harl Borough Council said. " + reply)
    assert _none(got, "evacuated 120 residents", "185 people") and _none(got, "evacuated 120 residents", "121 people"), _show(got)


# -- a measure put at another figure ---------------------------------------------------------------------------

_SPILL = "Oil leaked from a pipeline near Varn on Tuesday. "


def test_a_measure_against_a_named_estimate_in_the_same_unit_is_a_count_dispute():
    got = _disputes(_SPILL + "About 3,000 liters of oil reached the river, the Varn Pipeline Company said. "
                             "Ola Brede, a chemist at Tessby College who sampled the water, put the spill at about 9,000 liters. ")
    assert _has(got, "About 3,000 liters", "put the spill at about 9,000 liters"), _show(got)


@pytest.mark.parametrize("reply", [
    # the same figure
    "Ola Brede, a chemist at Tessby College who sampled the water, put the spill at about 3,100 liters. ",
    # another unit: no common measure
    "Ola Brede, a chemist at Tessby College who sampled the water, put the slick at about 9 kilometers. ",
])
def test_a_near_figure_or_another_unit_is_no_estimate_dispute(reply):
    got = _disputes(_SPILL + "About 3,000 liters of oil reached the river, the Varn Pipeline Company said. " + reply)
    assert _none(got, "About 3,000 liters", "put the"), _show(got)
