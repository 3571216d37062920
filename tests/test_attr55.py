"""Cue shapes still read wrong on real news (session 46, attr55; issue 12). Invented texts of the shapes lead45,
attr54 and real54 left; near-misses keep their reading."""

from __future__ import annotations

import pytest

from tests.reading import TREASURER_HEAD, code, read


def _claims(sentences: str) -> list[tuple[str, str, str]]:
    """(text, attributed_to, certainty) of the code path's claims of `sentences` after the invented opening."""
    out = code(TREASURER_HEAD + sentences + "\n")
    return [(c.text, c.attributed_to, c.certainty) for c in out.claims if "county treasurer" not in c.evidence.quote]


def _claim(sentences: str, opening: str) -> tuple[str, str]:
    hits = [(who, cert) for text, who, cert in _claims(sentences) if text.startswith(opening)]
    assert len(hits) == 1, _claims(sentences)
    return hits[0]


# -- a belief whose content is a short clause: the holder's (GUIDELINES §13) -------------------------------------------

@pytest.mark.parametrize("sentence, holder", [
    ("The mayor believes it will fail.", "The mayor"),
    ("Jane Reed believes it will fail.", "Jane Reed"),
    ("Most engineers think it will hold.", "Most engineers"),
    ("Critics doubt it will work.", "Critics"),
    ("Few experts believe that is likely.", "Few experts"),
])
def test_a_short_belief_is_its_holders(sentence, holder):
    assert _claim(sentence, sentence[:12])[0] == holder


@pytest.mark.parametrize("sentence, opening, holder", [
    ("A higher levee would also protect more homes, although few engineers believe that is likely.", "Few engineers", "few engineers"),
    ("A higher levee would also protect more homes, although many engineers believe that is unlikely.", "Many engineers", "many engineers"),
    ("A higher levee would also protect more homes, although the mayor believes that is unlikely.", "The mayor", "the mayor"),
])
def test_a_belief_after_although_is_its_holders(sentence, opening, holder):
    assert _claim(sentence, "A higher levee") == ("article", "speculative")
    assert _claim(sentence, opening)[0] == holder


def test_a_belief_after_although_is_not_the_earlier_speakers():
    text = "The mayor said a new levee would be built. A higher levee would also protect more homes, although few engineers believe that is likely."
    assert _claim(text, "Few engineers")[0] == "few engineers"


@pytest.mark.parametrize("sentence", [
    "Few plans believe that is likely.",  # "few" before no person noun
])
def test_near_misses_of_the_short_belief(sentence):
    assert _claim(sentence, sentence[:10])[0] == "article"


def test_near_miss_an_expectation_of_an_act_keeps_its_reading():
    assert _claim("The council expects it to pass.", "The council") == ("The council", "speculative")  # as on main


def test_near_miss_a_writers_belief_stays_the_writers():
    assert read("I believe it will fail.")[0] in (None, "the writer")


# -- a quotation's frame closed by the venue's ", where Y also spoke" ---------------------------------------------------

@pytest.mark.parametrize("sentence", [
    '"My name may not be on the ballot, but our progress is on the ballot," Mr. Reed said on Saturday night at the '
    'County Farmers Union Foundation gala dinner in Dayton, where Mrs. Holt also spoke.',
    '"Our progress is on the ballot," Mr. Reed said on Saturday night at the County Farmers Union Foundation gala '
    'dinner in Dayton, where Mrs. Holt also spoke.',
])
def test_a_venue_clause_leaves_the_quotation_the_speakers(sentence):
    assert _claim(sentence, '"Our progress')[0] == "Mr. Reed"
    assert _claim(sentence, "Mrs. Holt also spoke")[0] == "article"


def test_near_miss_an_event_clause_after_the_frame_stays_the_outlets():
    sentence = ('"We are ready for the vote," Mr. Reed said on Saturday night at the County Farmers Union Foundation '
                'gala dinner in Dayton, after the union failed to show up.')
    assert read(sentence)[0] is None
