"""Session 15, left16 (issue 12): the shapes the session-14 lead read in invented wire stories and
left, and the most frequent errors of five more invented stories (science, energy, housing, labour,
culture). Invented sentences of each shape with near-misses that must not change; the expected
source / certainty / quantity / when / where were written from GUIDELINES before the tool ran."""

from __future__ import annotations

import pytest

from summarizer.quantity import quantities
from tests.test_reading_outputs import _code


def _claims(text: str):
    return _code(text).claims


def _first(text: str):
    claims = _claims(text)
    assert claims, text
    return claims[0]


# -- (1) a negated speech act with a noun object: the outlet's `negated` fact ----------------------

@pytest.mark.parametrize("sentence", [
    "Corvane did not admit any wrongdoing in the settlement.",
    "Tillmark Foods has not admitted liability for the outbreak.",
    "The ministry did not confirm the figures.",
    "Corvane did not admit or deny the allegations.",
    "Corvane has not admitted wrongdoing and will pay a fine of $3 million.",
])
def test_a_non_admission_is_the_outlets_negated_fact(sentence):
    c = _first(sentence)
    assert (c.attributed_to, c.certainty) == ("article", "negated"), (c.attributed_to, c.certainty)


@pytest.mark.parametrize("sentence,source", [
    ("Corvane admitted wrongdoing in the settlement.", "Corvane"),  # an admission is Corvane's
    ("The firm did not admit that it had misled investors.", "The firm"),  # a clause: as before
])
def test_an_admission_or_a_clause_stays_the_speakers(sentence, source):
    assert _first(sentence).attributed_to == source


# -- (2) running totals and one charge are quantities ----------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("Health officials in Marlow reported 12 new cases on Tuesday, bringing the total to 164.",
     [(12.0, "new cases"), (164.0, "cases")]),
    ("The storm killed three more people, raising the death toll to 40.", [(3.0, "people"), (40.0, "people")]),
    ("The clinic treated 30 patients, bringing its total number of patients to 1,200 this year.",
     [(30.0, "patients"), (1200.0, "patients")]),
    ("Wind farms added 900 turbines last year, bringing the total to 7,400.", [(900.0, "turbines"), (7400.0, "turbines")]),
    ("Dale Ferris pleaded guilty to one count of fraud.", [(1.0, "count")]),
    ("She faces two counts of theft and one count of assault.", [(2.0, "counts"), (1.0, "count")]),
    # near-misses: no earlier count, a scaled total, "one of"
    ("The total rose to 164.", []),
    ("The firm sold 3 million phones, bringing the total to 9.5 million.", [(3000000.0, "phones")]),
    ("One of the largest firms closed.", []),
])
def test_running_totals_and_single_charges(sentence, expected):
    assert [(q["value"], q["counted"]) for q in quantities(sentence)] == expected


# -- (3) an appositive is not stretched over an "as"/"to" phrase -----------------------------------

@pytest.mark.parametrize("sentence,described", [
    ("The board of Teslin Robotics named Ravi Shan, a veteran of two start-ups, as chief executive.",
     "Ravi Shan is a veteran of two start-ups."),
    ("The council appointed Mira Kell, a retired judge from the coast, to the ethics panel.",
     "Mira Kell is a retired judge from the coast."),
    ("The post went to Dov Amsel, an outspoken, left-leaning political blogger.",  # near-miss: as before
     "Dov Amsel is an outspoken, left-leaning political blogger."),
])
def test_an_appositive_stops_before_as(sentence, described):
    assert described in [c.text for c in _claims(sentence)]


# -- (4) a contact relative inside a participle: the sentence is the outlet's ----------------------

@pytest.mark.parametrize("sentence,source", [
    ("Sales rose, helped by a campaign the company said was its largest.", "article"),
    ("Sales at Pellham Foods rose 8 percent, helped by a campaign the company said was its largest.", "article"),
    ("Ticket sales jumped, driven by a tour the band said was its last.", "article"),
    # near-misses
    ("A spokesman for the company said sales rose.", "A spokesman for the company"),
    ("The head of the agency said the plan was sound.", "The head of the agency"),
    ("Sales rose, the company said.", "the company"),
])
def test_a_contact_relative_names_no_source_for_the_sentence(sentence, source):
    assert _first(sentence).attributed_to == source


# -- (5) a document released by X: the time after X is the claim's when, not the source's --------------
# (the source stays the document, as GUIDELINES §14 and tests/test_fp8.py have it: "the index published by the board")

@pytest.mark.parametrize("sentence,source,when", [
    ("Turnout was 64 percent, according to results released by the commission on Monday.",
     "results released by the commission", "on Monday"),
    ("The river rose two metres, according to a report published by the agency on Friday.",
     "a report published by the agency", "on Friday"),
    # near-misses
    ("Turnout was 64 percent, according to a poll released Saturday.", "a poll", "Saturday"),
    ("Turnout was 64 percent, according to figures published by the Marlow Electoral Board.",
     "figures published by the Marlow Electoral Board", None),
    ("Exports fell 4 percent, according to officials from the trade ministry.", "officials from the trade ministry", None),
])
def test_a_released_documents_time_is_no_part_of_the_source(sentence, source, when):
    c = _first(sentence)
    assert (c.attributed_to, c.certainty, c.when) == (source, "reported", when)


# -- (6) a person after "from" is no place; a quoted title is no place -----------------------------

def test_a_person_named_elsewhere_is_no_where():
    for text in ("The band bought the rights from Jonny Vale in 2019. Vale said he was glad to sell them.",
                 "The band bought the rights from Jonny Vale in 2019. Mr Vale did not comment."):
        assert _first(text).where is None, text


@pytest.mark.parametrize("text,where", [
    ("The crew sailed from Port Elwin on Monday. Captain Ada Moss said the sea was calm.", "Port Elwin"),
    ('The work, "Harbour at Dusk", was found in the attic of a house in the village of Petten.', "Petten"),
])
def test_places_stay_places(text, where):
    assert _first(text).where == where


# -- (7) "Scientists have discovered ..., a study shows.": the study's ------------------------------

@pytest.mark.parametrize("sentence,source", [
    ("Scientists have discovered a new species of frog in the Orran hills, a study shows.", "a study"),
    ("Doctors have found that the drug cuts relapses by a third, new research suggests.", "new research"),
    ("Researchers identified 40 new genes, the report found.", "the report"),
    ("Astronomers have detected water vapour around a planet far from Earth, a study published on Wednesday shows.", "a study"),
    # near-misses
    ("The minister said taxes will rise next year.", "The minister"),
    ("Police said four men were arrested, a spokesman added.", "a spokesman"),
])
def test_a_final_document_frame_is_the_outer_source(sentence, source):
    assert _first(sentence).attributed_to == source


def test_a_final_frame_with_a_release_participle_makes_no_description():
    texts = [c.text for c in _claims("Astronomers have detected water vapour around a planet far from Earth, "
                                     "a study published on Wednesday shows.")]
    assert not any(" is a study" in t for t in texts), texts


# -- (9) "not thought to be life-threatening": a hedged assessment, not `negated` --------------------

@pytest.mark.parametrize("text,certainty", [
    ("Two men were taken to hospital, Inspector Hobbs said, and their injuries were not thought to be life-threatening.", "reported"),
    ("Inspector Hobbs said the two men were taken to hospital and their injuries were not thought to be life-threatening.", "reported"),
    ("The fire is not believed to be suspicious, police said.", "reported"),
    # near-misses
    ("Their injuries were not life-threatening, police said.", "negated"),
    ("The storm is not expected to reach the coast.", "speculative"),
])
def test_a_negated_belief_is_no_negated_event(text, certainty):
    assert _claims(text)[-1].certainty == certainty


# -- (10) a span of years is the claim's when ---------------------------------------------------------

@pytest.mark.parametrize("sentence,when", [
    ("The company paid no tax between 2011 and 2019.", "between 2011 and 2019"),
    ("Sales doubled from 2015 to 2020, the report said.", "from 2015 to 2020"),
    ("The mine operated until 2019.", "until 2019"),  # near-miss: as before
])
def test_a_span_of_years_is_the_when(sentence, when):
    assert _first(sentence).when == when


# -- the stories: "the company" is never a union ------------------------------------------------------

_PORT_STORY = """Port workers strike over pay, halting shipments

About 3,000 dock workers at the port of Selvik walked off the job on Monday, halting most container shipments after talks over pay broke down, their union said.

The Dockers' Union is seeking a 9 percent raise over two years. The port's operator, Selvik Terminals, has offered 5 percent.

"Our members have not had a real raise in four years," said union leader Iker Bastos. He said the strike would last at least 48 hours.

Selvik Terminals said the union's demand was unaffordable and urged workers to return. The company said 40 ships were waiting to unload and that it expected delays to spread to other ports."""


def test_the_company_is_not_the_union():
    # before: "The company said 40 ships ..." was given to "Dockers' Union"
    last = [c for c in _claims(_PORT_STORY) if c.text.startswith("The company said 40 ships")]
    assert [c.attributed_to for c in last] == ["Selvik Terminals"]
