"""Cue shapes and certainties still read wrong on real news (session 49, attr58; issue 12). Invented texts of the
shapes the lead (session 48), real57 and attr57 left; near-misses keep their reading."""

from __future__ import annotations

import pytest

from tests.reading import read


# -- a presentation's slide as a document (real57: "A slide ... shows") ---------------------------------------------------

@pytest.mark.parametrize("sentence, source", [
    ("A slide from the briefing shows that the plant loses money.", "A slide from the briefing"),
    ("A slide from a deck that the aides carry with them shows that eight of 10 pears are grown nearby.",
     "A slide from a deck that the aides carry with them"),
    ("One slide shows that the plant loses money.", "One slide"),
])
def test_a_slide_states_its_text(sentence, source):
    assert read(sentence) == (source, "reported")


@pytest.mark.parametrize("sentence", [
    "Prices began a slide in May that shows no sign of ending.",
    "The slide in prices shows that demand is weak.",
    "The slide in prices that began in May shows no sign of ending.",
    "Children played on the slide in the park.",
])
def test_near_misses_a_slide_in_prices_is_a_fall(sentence):
    assert read(sentence) == (None, "stated")


# -- "called <X>'s remarks on <day> “a …”": an evaluation with a time before its quotation (real57) -----------------------

@pytest.mark.parametrize("sentence", [
    'Ann Hale called Mr. Reed\'s remarks on Saturday "a true wake-up call" to his backers.',
    'With 50 days until the vote, Ann Hale, a senior adviser to the Reed campaign, called Mr. Reed\'s remarks on '
    'Saturday "a true wake-up call" to his coalition of backers.',
    'Ann Hale called the plan last week "a recipe for ruin."',
])
def test_called_with_a_time_before_the_quoted_judgement(sentence):
    assert read(sentence) == ("Ann Hale", "reported")


@pytest.mark.parametrize("sentence", [
    "The council called an early vote on Monday in the town hall.",
    "The firm called the meeting on Monday.",
])
def test_near_misses_called_with_no_quotation_is_an_act(sentence):
    assert read(sentence)[0] is None
