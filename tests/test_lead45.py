"""Shapes the lead met reading five long PolNeAR half-A articles whole (session 45, issue 12): a source's name spelt
wrong when a combining mark or a stray byte splits a word of it; "Experts on <X> and <Y> said" lost its speaker; a
full stop closing dotted initials cut a sentence before a lower-case dash clause; ", and <noun> that would ..." shown
as a claim of its own; "eight of 10 <noun>" counted 10. Invented texts; near-misses keep their reading."""

from __future__ import annotations

import pytest

from summarizer.attribution import analyze
from summarizer.chunk import split_sentences
from summarizer.part_sentences import as_sentence
from summarizer.places import place_of
from summarizer.quantity import quantities
from summarizer.standalone import cannot_stand
from tests.reading import code, who

INTRO = "Levee plan\n\nThe council met on Tuesday to discuss the levee plan.\n\n"


# -- a source's name as the article spells it -----------------------------------------------------------------

@pytest.mark.parametrize("name", [
    "Fran\u0041\u0303\x83\u0041\u0302\xa7ois Morel",  # a page decoded in the wrong charset: a combining mark, a C1 byte
    "Jose\u0301 Morel",  # an accent written as a combining mark
    "Zoë Ødegaard", "Ahmed al-Masri", "Ángel Núñez",  # near-misses: spelt right on main too
])
def test_the_source_name_is_the_articles_own_spelling(name):
    text = INTRO + f"\"Let everyone know the levee will hold,\" Mayor {name} said Friday.\n"
    start = text.index('"Let')
    rel = analyze(text).relation_for(start, start + 30)
    assert rel is not None and rel.name == f"Mayor {name}" and rel.name in text


# -- "Experts on <X> and <Y> said" -------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, source", [
    ("Experts on flood control and water policy said the plan could change that.", "Experts on flood control and water policy"),
    ("Many scholars of law and history say the plan could change that.", "Many scholars of law and history"),
    # near-misses: one object, and two groups joined by "and"
    ("Experts on flood control said the plan could change that.", "Experts on flood control"),
    ("Analysts at the bank and the fund said the plan could change that.", "Analysts at the bank and the fund"),
])
def test_two_objects_of_one_preposition_are_one_subject(sentence, source):
    assert who(INTRO + sentence + "\n", sentence) == source


def test_a_clause_before_and_is_not_part_of_the_subject():
    sentence = "Engineers met in the morning and officials said the plan could change that."
    assert who(INTRO + sentence + "\n", sentence) is None


# -- dotted initials before a dash clause --------------------------------------------------------------------------

@pytest.mark.parametrize("text, n", [
    ("If the board breaks the rules of the W.T.O. -- how should the city respond?", 1),
    ("If the board breaks the rules of the W.T.O. - how should the city respond?", 1),
    ("It was approved by the W.T.O. -- a first.", 1),
    # near-misses: a capital after the dash, a full stop that closes a word
    ("The plan went to the U.N. -- It failed.", 1),
    ("It was over. -- and then it was not.", 2),
])
def test_initials_then_a_lower_case_dash_clause_is_one_sentence(text, n):
    assert len(split_sentences(text)) == n


# -- ", and <noun> that would ..." ------------------------------------------------------------------------------

@pytest.mark.parametrize("part, alone", [
    (" and businesses that would be forced to move production and rethink their supply chains.", True),
    (" and farms that were hurt by the flood.", True),
    # near-misses: a clause of its own
    (" and the levee that was built in 1990 failed.", False),
    (" and officials said that would be costly.", False),
    (" and critics warned that it would fail.", False),
    (" and businesses would be forced to move.", False),
])
def test_a_noun_and_its_relative_clause_cannot_stand(part, alone):
    assert cannot_stand(part) is alone


def test_no_claim_is_a_noun_phrase_and_its_relative_clause():
    text = (INTRO + "Allies in the region would indeed help the town make its case, including villages and farms that "
            "would be hurt by the flooding, and businesses that would be forced to move production and rethink their "
            "supply chains.\n\nAllies in the region would help the town, including villages that would be hurt by the "
            "flooding, and businesses would be forced to move production.\n")
    texts = [c.text for c in code(text).claims]
    assert not any(t.startswith("Businesses that") for t in texts)
    assert any(t.endswith("and businesses that would be forced to move production and rethink their supply chains.") for t in texts)
    assert "Businesses would be forced to move production." in texts  # the near-miss keeps its split


# -- "eight of 10 <noun>" ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, first", [
    ("A survey shows that eight of 10 farms in the valley are insured.", (8.0, "farms")),
    ("Five of 12 jurors voted to convict.", (5.0, "jurors")),
    ("The party won 41 out of 60 seats.", (41.0, "seats")),  # near-miss: read so on main
])
def test_a_count_of_a_total_counts_the_noun(sentence, first):
    rows = quantities(sentence)
    assert (rows[0]["value"], rows[0]["counted"]) == first


# -- "..., and - <aside> - <clause>" ------------------------------------------------------------------------------------

@pytest.mark.parametrize("part, sentence", [
    ("and - in the wake of attacks on the levee - she has spoken about the need for reforms.",
     "In the wake of attacks on the levee, she has spoken about the need for reforms."),
    ("and — after the storm — the town rebuilt.", "After the storm, the town rebuilt."),
    # near-misses: no dropped coordinator; an aside inside the clause
    ("and the plan - a costly one - failed.", "The plan - a costly one - failed."),
])
def test_an_aside_after_a_dropped_and_opens_the_sentence(part, sentence):
    assert as_sentence(part) == sentence


def test_no_claim_opens_with_a_dash():
    text = (INTRO + "She has toured the county to talk with farmers about the levee, and - in the wake of the floods and "
            "the losses of two farms - she has spoken about the need for reforms.\n")
    texts = [c.text for c in code(text).claims]
    assert not any(t.startswith(("-", "–", "—")) for t in texts)
    assert any(t.startswith("In the wake of the floods") for t in texts)


# -- `where` after "from" -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, place", [
    ("The leaders disagreed on handling threats from Norway and the Islamic State.", None),
    ("A Europe more independent would pursue a path more distinct from the United States.", None),
    ("Leaders warned that Norway's exit from the E.U. would hurt trade.", None),
    # near-misses: a verb of moving or taking before "from", a route, a name before "from"
    ("Residents were evacuated from Norway on Monday.", "Norway"),
    ("The troops withdrew from Norway.", "Norway"),
    ("The minister returned from Norway.", "Norway"),
    ("The fire spread from Norway to Sweden.", "Norway"),
    ("Imports from Norway rose.", "Norway"),
    ("He tried three times to defect from Norway.", "Norway"),
])
def test_a_place_after_a_noun_or_adjective_and_from_is_no_where(sentence, place):
    assert place_of(sentence) == place
