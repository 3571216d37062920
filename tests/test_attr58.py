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
