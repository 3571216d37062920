"""Shapes the lead met reading the bundled model's full output on invented articles (session 33, issue 12):
a passive "were told, according to X" lost X; a one-word short name ("Grell", for "Grell Motors") denying a
report or an allegation lost the denial's speaker; a name that ends a sentence ("... led by Grell.") did not
count as a name capitalised mid-sentence. Invented texts; near-misses keep their reading."""

from __future__ import annotations

import pytest

from tests.reading import code, who

MILL = """Grell Motors paused work at its Tarne plant on Monday after a fire in the paint shop.

Inspectors were informed, according to the company, which declined to give a cause.

Grell denied a report in a local paper that it had ignored earlier warnings.

The talks with the union were led by Brask. Brask dismissed claims that the plant would close.

The works council was told on Friday, according to two staff members.

Output fell by a third in the first week, the union said.
"""


@pytest.mark.parametrize("sentence, source", [
    ("Inspectors were informed, according to the company, which declined to give a cause.", "Grell Motors"),
    ("The works council was told on Friday, according to two staff members.", "two staff members"),
    ("Grell denied a report in a local paper that it had ignored earlier warnings.", "Grell Motors"),
    ("Brask dismissed claims that the plant would close.", "Brask"),
])
def test_the_source_is_found(sentence, source):
    assert who(MILL, sentence) == source


@pytest.mark.parametrize("text, sentence", [
    # a speaker before ", according to": the record only relays her words (the rule the passive skips)
    ("Shares fell sharply. \u201cWe will rebuild,\u201d Ada Quell said, according to a transcript.",
     "\u201cWe will rebuild,\u201d Ada Quell said, according to a transcript."),
])
def test_a_speaker_before_according_to_keeps_the_sentence(text, sentence):
    assert who(text, sentence) == "Ada Quell"


@pytest.mark.parametrize("text, sentence", [
    ("Fighting continued overnight in the hills.", "Fighting continued overnight in the hills."),
    ("Lawmakers met on Monday. Congress rejected the bill on a vote of 60 to 40.",
     "Congress rejected the bill on a vote of 60 to 40."),
    ("Rain fell all day. Flooding closed the road.", "Flooding closed the road."),
])
def test_a_first_word_that_is_no_speaker_stays_the_outlets(text, sentence):
    assert who(text, sentence) is None


def test_the_denial_is_the_companys_and_denied():
    claims = code(MILL).claims
    denial = next(c for c in claims if "local paper" in c.text)
    assert denial.attributed_to == "Grell Motors"  # the short name resolved to the full one
    assert denial.certainty == "denied"
    told = next(c for c in claims if c.text.startswith("Inspectors were informed"))
    assert told.attributed_to == "Grell Motors"  # "the company" resolved
    assert told.certainty != "stated"
