"""read17: eight documents of the faithfulness corpora no session had read (religion, agriculture,
labour, weather, business deals, diplomacy, charity, celebrity), read as articles. The sentences
below are invented in the shape of the faults found there; the near-misses must not change.
Expected answers were written before the tool was run on them."""

from __future__ import annotations

import pytest

from summarizer.attribution.dash_asides import dash_pair_opener, dashed_description, without_dash_asides
from summarizer.rules import kind
from tests.test_read14 import _claim
from tests.test_reading_outputs import _code


def _claims(body: str):
    return _code("A headline for the test.\n\n" + body).claims


# --- an aside set off by dashes between the speaker and the cue --------------------------------------
# ("Mr X's daughter Y - who has ... and whose husband is ... - also condemned the threats." was the
# outlet's; "Dr Y from Z - part of W - and one of the <work>'s authors, said: '...'" made the frame alone a
# claim, "... said.", and gave the first quoted sentence to the outlet)

OPENING = "The council voted on Monday to close the old library on Dorn Street.\n\n"


@pytest.mark.parametrize("sentence, start, who", [
    ("Mr Dorn's niece Kaya - who has taught in the village for years and whose husband farms there - also criticised the plan.",
     "Mr Dorn's niece Kaya", "Mr Dorn's niece Kaya"),
    ("Ola Brandt - who runs the bakery on the square - later condemned the closure.", "Ola Brandt", "Ola Brandt"),
    ("Dr Lena Marsh - part of the University of Brenton - and a co-author of the report, said the closure had hurt families.",  # (not "will hurt": a future is `speculative`)
     "Dr Lena Marsh", "Dr Lena Marsh"),
])
def test_a_dash_aside_before_a_cue_keeps_the_speaker(sentence, start, who):
    c = _claim(OPENING + sentence, start)
    assert (c.attributed_to, c.certainty) == (who, "reported")


def test_a_colon_quote_after_a_dash_aside_and_a_description_is_the_speakers():
    body = OPENING + ('Dr Piet Oren from Castle Institute - part of Mere, University of Tallow - and an author of the survey, '
                      'said: "The survey has a hopeful side. Younger farmers are selling more at markets than their parents did."')
    claims = _claims(body)
    assert not any(c.text.rstrip().endswith("said.") for c in claims)  # no frame alone
    first = next(c for c in claims if "hopeful side" in c.text)
    second = next(c for c in claims if "Younger farmers" in c.text)
    assert first.attributed_to == second.attributed_to == "Dr Piet Oren"


@pytest.mark.parametrize("sentence, start", [
    ("The storm - the worst in a decade - also damaged the pier.", "The storm"),  # no speaker, no cue
    ("The council met twice - once in May and once in June - and the motion passed.", "The council met"),
])
def test_a_dash_aside_with_no_cue_stays_the_outlets(sentence, start):
    assert _claim(OPENING + sentence, start).attributed_to == "article"


def test_a_dash_aside_before_said_is_unchanged():
    c = _claim(OPENING + "Ola Brandt - who runs the bakery on the square - said the closure was wrong.", "Ola Brandt")
    assert c.attributed_to == "Ola Brandt"


@pytest.mark.parametrize("between, expected", [
    (" - who runs the bakery - also ", ", who runs the bakery, also "),
    (" - who runs the bakery - ", ", who runs the bakery, "),
    (" - part of Mere - and an author of the survey, ", ", part of Mere and an author of the survey, "),
    (", a baker, ", ", a baker, "),  # commas: unchanged
])
def test_dashed_description(between, expected):
    assert dashed_description(between) == expected


def test_dash_pair_opener_leaves_a_comma_opener_before_the_pair():
    seg = "Ola Brandt, a baker - who runs a shop - and a parent"
    assert dash_pair_opener(seg, len(seg), 10, " a baker - who runs a shop - and a parent") == (10, " a baker - who runs a shop - and a parent")
    seg2 = "Dr Piet Oren - part of Mere, University of Tallow - and an author of the survey"
    assert dash_pair_opener(seg2, len(seg2), seg2.index(","), "x") == (12, "an author of the survey")


def test_without_dash_asides():
    assert without_dash_asides("Dr Piet Oren from Castle - part of Mere - and an author of it, said:") == "Dr Piet Oren from Castle said:"


# --- where: a longer name's last word, a subordinate clause after the place ---------------------------
# ("in Wales" had no `where` because the article names "Natural Resources Wales", read as a person
# "Resources Wales"; "at Bar Hill while he was visiting" had none: "while" after the name)

def test_a_place_that_ends_an_agencys_name_is_still_a_place():
    body = ("Half of the moorland is managed by Upland Parks Kerrow, with the rest held by farmers. "
            "Sheep farms have been a common sight for a century in Kerrow and have helped the wool trade grow.")
    assert _claim(body, "Sheep farms").where == "Kerrow"


def test_a_place_that_is_a_persons_surname_still_has_no_where():
    body = "Tom Kerrow said the farm was sold. Sheep farms have been a common sight for a century in Kerrow and have helped the wool trade grow."
    assert _claim(body, "Sheep farms").where is None  # the near-miss: a person's surname (read15's veto)


def test_a_place_before_while_is_a_place():
    c = _claim("Jan Obel, 32, became stuck in his van at Mill Cross while he was delivering parcels to the farms.", "Jan Obel")
    assert c.where == "Mill Cross"


def test_a_modifier_after_the_place_still_has_no_where():
    c = _claim("Voters in the Spanish border area were asked to stay at home on Sunday.", "Voters")
    assert c.where is None or "Spanish" not in c.where  # "the Spanish border area": an adjective, unchanged


# --- kind: a day-month date and a span of years are no quantity -------------------------------------
# ("The <building> was <damaged> by fire on <D Month YYYY>." and "... data from the <YYYY-YY> ...
# survey." were `quantity` with no quantity)

@pytest.mark.parametrize("sentence, expected", [
    ("The mill was partly destroyed by fire on 17 April 2012.", "event"),
    ("The mill was partly destroyed by fire on April 17, 2012.", "event"),
    ("The fire destroyed 23 homes on 4 March.", "quantity"),  # near-miss: a count beside the date
    ("Sales rose 12% in 2013-14.", "quantity"),  # near-miss: a share beside the span
])
def test_a_date_is_no_quantity(sentence, expected):
    assert kind(sentence) == expected


def test_a_span_of_years_is_no_quantity():
    assert kind("The study drew on figures from the 2015-16 national farm survey.") != "quantity"


# --- a bare present cue closing the sentence after a comma -----------------------------------------
# ("..., more than <N> <things> have been <damaged> at a <place> in X, local media report." was the
# outlet's `stated`; "local media reported" was not)

@pytest.mark.parametrize("sentence, start, who", [
    ("More than 40 graves have been damaged at a cemetery in Dunmore, local media report.", "More than 40", "local media"),
    ("The bridge was closed for repairs, local newspapers report.", "The bridge", "local newspapers"),
    ("The bridge was closed for repairs, witnesses report.", "The bridge", "witnesses"),
    ("The bridge was closed for repairs, officials say.", "The bridge", "officials"),  # unchanged
])
def test_a_closing_bare_report_is_a_final_frame(sentence, start, who):
    c = _claim(sentence, start)
    assert (c.attributed_to, c.certainty) == (who, "reported")


@pytest.mark.parametrize("sentence, start", [
    ("The talks stalled for a week, and problems continue.", "The talks"),
    ("The ferry was late again, and the newspaper reports.", "The ferry"),
    ("The ferry was late again on Monday, its reports.", "The ferry"),
])
def test_a_closing_noun_phrase_is_no_frame(sentence, start):
    assert _claim(sentence, start).attributed_to == "article"


# --- a name, a comma and a description with no closing comma before the cue --------------------------
# ("Claire X, head of ... policy at the Y organisation said the government's decision was ..." was the
# outlet's; with a shorter description the description itself was the source)

@pytest.mark.parametrize("sentence, start, who", [
    ("Ivo Lund, a farmer said the road to the quarry was closed.", "Ivo Lund", "Ivo Lund"),
    ("Clara Jonsson, head of planning at the traders' association said the decision was wrong.", "Clara Jonsson", "Clara Jonsson"),
    ("Ivo Lund, a farmer, said the road to the quarry was closed.", "Ivo Lund", "Ivo Lund"),  # unchanged
    ("In Brenton, police said the road to the quarry was closed.", "In Brenton", "police"),  # unchanged
])
def test_a_description_left_open_before_the_cue_is_the_names(sentence, start, who):
    c = _claim(OPENING + sentence, start)
    assert (c.attributed_to, c.certainty) == (who, "reported")


def test_a_description_with_a_list_left_open_before_the_cue():  # (read17's strict xfail; passes since the lead, session 28)
    c = _claim(OPENING + "Clara Jonsson, head of climate, energy and transport policy at the traders' association said the "
               "decision was wrong.", "Clara Jonsson")
    assert c.attributed_to == "Clara Jonsson"
