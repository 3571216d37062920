"""The lead's reading in session 12 (a PolNeAR court story, half A): an act and what its subject
said while doing it ("X did A, saying B") are two claims, the act the outlet's and stated, what was
said the subject's; an indefinite subject of a person noun ("A New York judge") is a frame's source.
Sentences written for the test, in the shape that went wrong."""

from __future__ import annotations

import pytest

from tests.test_reading_outputs import _code


def _claims(body: str):
    return [(c.text, c.attributed_to, c.certainty) for c in _code("A headline for the test.\n\n" + body).claims]


@pytest.mark.parametrize("body, act, said", [
    ("A state judge has rejected a media request to unseal the file, saying the courts have no business deciding "
     "what voters need.", "A state judge has rejected a media request to unseal the file.",
     ("A state judge said that the courts have no business deciding what voters need.", "A state judge")),
    ("The mayor approved the budget on Monday, arguing that there was no time to lose.",
     "The mayor approved the budget on Monday.", ("The mayor argued that there was no time to lose.", "The mayor")),
    ("The newspapers filed a motion to unseal the records, arguing the move was needed to inform voters.",
     "The newspapers filed a motion to unseal the records.",
     ("The newspapers argued that the move was needed to inform voters.", "The newspapers")),
])
def test_an_act_and_what_was_said_while_doing_it_are_two_claims(body, act, said):
    got = _claims(body)
    assert (act, "article", "stated") in got  # the act happened: no "no business" negates it
    assert any(t == said[0] and who == said[1] for t, who, _ in got), got


@pytest.mark.parametrize("body", [
    "The minister said the talks had failed, insisting that no deal was possible.",  # one speech act, one claim
    "Officials denied the report, saying it was false.",  # a denial and its reason: one claim
    # a count in the source would sit in a claim whose evidence lacks it: one claim, the speaker's
    "Two newspapers filed a motion to unseal the records, arguing the move was needed to inform voters.",
])
def test_a_speech_act_with_a_saying_participle_stays_one_claim(body):
    got = _claims(body)
    assert len(got) == 1 and got[0][0] == body, got  # never half of it: no claim lost to the split
