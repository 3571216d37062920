"""Session 14, the lead: faults found while the helpers worked, each with invented sentences and
near-misses (expected answers written before the run)."""

from __future__ import annotations

import pytest

from tests.test_reading_outputs import _code


def _texts(text: str) -> list[str]:
    return [c.text for c in _code(text).claims]


# -- a final frame in the present is no appositive: "..., a court filing shows." --------------------

@pytest.mark.parametrize("sentence,frame", [
    ("The couple sold their Lisbon properties in March, a court filing shows.", "a court filing"),
    ("The plant closed two production lines in June, a company report indicates.", "a company report"),
    ("Prices at the depot rose for a third month, a survey of traders suggests.", "a survey of traders"),
])
def test_a_final_frame_in_the_present_makes_no_description_claim(sentence, frame):
    texts = _texts(sentence)
    assert not any(t.endswith(" is " + frame + " " + sentence.split()[-1]) or (" is " + frame) in t for t in texts), texts
    assert sentence in texts


@pytest.mark.parametrize("sentence,described", [
    ("The prize went to Ana Pell, a producer of television shows.", "Ana Pell is a producer of television shows."),
    ("Toma Reyes spoke at Marlow, a town 40 miles north of the capital.", "Marlow is a town 40 miles north of the capital."),
])
def test_an_appositive_ending_in_a_noun_still_describes_the_name(sentence, described):
    assert described in _texts(sentence)
