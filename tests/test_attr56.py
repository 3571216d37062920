"""Cue shapes and certainties still read wrong on real news (session 47, attr56; issue 12). Invented texts of the
shapes attr55, real55, coref55 and lead46 left; near-misses keep their reading."""

from __future__ import annotations

import pytest

from tests.reading import TREASURER_HEAD, code, read
from tests.test_attr55 import _claim, _claims  # (the same helpers over the same invented opening)


# -- a plea entered in court is an act, not the defendant's statement (real55) ------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Tom Reed admitted two charges at Kelso Crown Court.",
    "Tom Reed admitted the charges.",
    "Tom Reed admitted three offences when he appeared before magistrates.",
    "Tom Reed, 34, admitted two charges of theft at Kelso Crown Court on Monday.",  # as on main
])
def test_an_admitted_charge_is_a_plea(sentence):
    assert read(sentence) == (None, "stated")


@pytest.mark.parametrize("sentence", [
    "Tom Reed admitted that charges of theft had been dropped.",
    "Tom Reed admitted the charges were true.",
    "Tom Reed admitted that he had lied.",
])
def test_near_misses_an_admission_with_a_clause_stays_his(sentence):
    assert read(sentence)[0] == "Tom Reed"


# -- a title whose words run in a series (real55) -----------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The move was announced by Kelso's Enterprise, Trade and Housing Minister Tom Reed.",
    "The move was announced by Kelso's Enterprise, Trade and Housing Minister Tom Reed on Monday.",
    "Kelso's Enterprise, Trade and Housing Minister Tom Reed said the plan was sound.",
])
def test_a_title_in_a_series_then_the_name(sentence):
    assert read(sentence)[0] == "Tom Reed"


@pytest.mark.parametrize("sentence, source", [
    ("The plan was announced by the mayor, Tom Reed.", "the mayor"),
    ("The plan was announced by the council, and Tom Reed welcomed it.", "the council"),
    ("The plan was announced by the council on Friday.", "the council"),
    ("The Council on Food, Farming and Rural Affairs said the plan was sound.", "The Council on Food, Farming and Rural Affairs"),
    ("Residents, shop owners and council member Tom Reed said the plan was sound.", "Residents, shop owners and council member Tom Reed"),
])
def test_near_misses_of_the_title_series(sentence, source):
    assert read(sentence)[0] == source


# -- a document described by a participle phrase with no commas (coref55) ----------------------------------------------

@pytest.mark.parametrize("sentence, source", [
    ("A report released on Monday says that the river is polluted.", "A report"),
    ("A report published last week says the river is polluted.", "A report"),
    ("A report released on Monday says that the river is polluted by the farms upstream.", "A report"),  # as on main
])
def test_a_document_with_a_participle_phrase_says(sentence, source):
    assert read(sentence) == (source, "reported")


@pytest.mark.parametrize("sentence", [
    "Photos released on Monday show the river is polluted.",  # images: the outlet's account of what was seen
    "A man released on Monday says the river is polluted.",  # no document (as on main)
])
def test_near_misses_of_the_document_participle(sentence):
    assert read(sentence)[0] is None


# -- a negation that denies no event (real55, lead46) -------------------------------------------------------------------

@pytest.mark.parametrize("sentence, certainty", [
    ("Blue jeans will never go out of fashion.", "speculative"),
    ("Life will never be the same.", "speculative"),
    ("He wasn't just there to support her; he also spoke at the rally.", "stated"),
    ("It isn't only the rain that flooded the town.", "stated"),
    ("The grant only applies to small farms, and not those in towns.", "stated"),
    ("The rule applies to cars, and not to trucks.", "stated"),
    ("The rule applies to cars, not trucks.", "stated"),
    ("The rule applies to Kelso, and not Tarne.", "stated"),
    ("The mayor never fails to thank the crews.", "stated"),
])
def test_a_negation_that_denies_no_event(sentence, certainty):
    assert read(sentence) == (None, certainty)


@pytest.mark.parametrize("sentence", [
    "The plant will close and not reopen.",  # a verb after "not": a negated event
    "The plant will close, and not reopen.",  # the same after a comma
    "The rule does not apply to trucks, and not to buses.",
    "The rule does not apply to trucks.",
    "He never went out of the house.",
    "The crews failed to restore power.",
])
def test_near_misses_a_denying_negation_stays_negated(sentence):
    assert read(sentence) == (None, "negated")


# -- "fired back on <day>" closing a quotation (attr55's strict xfail; the plain test is in test_attr55.py) -------------

@pytest.mark.parametrize("sentence, source", [
    ('"We will win," Ann Holt fired back on Monday.', "Ann Holt"),
    ('"We will win," Ann Holt fired back in March.', "Ann Holt"),
    ('"We will win," she said, and the guards fired back on the crowd.', "Ada Moss"),  # her quotation; the guards no speakers
])
def test_fired_back_then_a_time(sentence, source):
    assert read(sentence)[0] == source


# -- a reporting clause after a colon, its subject set off by a description (real55) ------------------------------------

def test_a_colon_then_a_described_speaker():
    text = "The statement listed two other incidents: Ann Holt, Scientific Director of the Soil Trust for Farmers, says that stones are rarely thrown by elephants."
    assert _claim(text, "The statement") == ("article", "stated")
    assert _claim(text, "Ann Holt")[0] == "Ann Holt"


def test_near_misses_of_the_colon_piece():
    text = "The ruling set off a quarrel on Friday: farmers, angry at the delay, said the board had mishandled the audit."
    assert _claim(text, "Farmers")[0] == "farmers"
    text = "The mayor gave three reasons: cost, the weather, and said the town had no money."
    assert _claim(text, "The mayor") == ("article", "stated")


# -- ", but it ..." after a person's past belief or news heard (attr55's Left) ------------------------------------------

@pytest.mark.parametrize("sentence, opening, expected", [
    ("Tom Reed had heard that the drug worked, but it wasn't available in his state.", "It wasn't", ("article", "negated")),
    ("Tom Reed thought that the bridge was safe, but it collapsed a week later.", "It collapsed", ("article", "stated")),  # as on main
    # near-misses: a verb of saying, a backshifted modal, a person subject keep the speaker
    ("Tom Reed said that the drug worked, but it wasn't available in his state.", "It wasn't", ("Tom Reed", "negated")),
    ("Tom Reed had heard that the drug worked, but it would cost too much.", "It would", ("Tom Reed", "speculative")),
    ("Tom Reed had heard that the drug worked, but he could not afford it.", "He could", ("Tom Reed", "negated")),
])
def test_but_it_after_a_past_belief(sentence, opening, expected):
    assert _claim(sentence, opening) == expected


# -- a relative's own source inside the outlet's sentence (attr54's and read12b's strict xfails) -------------------------

@pytest.mark.parametrize("sentence, part, speaker", [
    ("The county has slowly been selling its old buildings, a process Tom Reed said needs to continue if the budget is to balance.",
     "The process needs to continue", "Tom Reed"),
    ("The depot has been repainting its buses, a job the manager said must finish before the winter timetable.",
     "The job must finish", "the manager"),
    ("The ruling angered the mayor, whose spokesman said on Tuesday that the judge had ignored the evidence.",
     "The judge had ignored", "the mayor's spokesman"),
])
def test_a_relatives_source_gets_its_claim(sentence, part, speaker):
    assert _claim(sentence, part)[0] == speaker
    assert _claim(sentence, sentence[:20])[0] == "article"  # the outlet's clause stays its own


@pytest.mark.parametrize("sentence", [
    "The ruling angered the mayor, whose dog barked all night.",  # no speaker
    "The town built a wall, a plan some say failed.",  # no source to name
])
def test_near_misses_of_the_relatives_source(sentence):
    assert [who for _, who, _ in _claims(sentence)] == ["article"]
