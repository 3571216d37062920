"""Fixes from the lead's reading of session 8 outputs against articles outside every gold set
(evals/RESULTS.md, "Session 8: the lead's fixes"). Each test is a sentence written for it."""

from __future__ import annotations

import pytest

from tests.test_reading_outputs import _code


@pytest.mark.parametrize("sentence", [
    "The painting was bought by the owner's late father in the 1970s for very little.",
    "The mayor said he would call the governor at 3 a.m. if the river kept rising overnight.",
])
def test_a_claim_whose_numbers_count_nothing_is_not_a_quantity(sentence):
    # a decade, a clock time: no quantity row is shown, so the kind says no "how many" either
    claim = next(c for c in _code("Headline\n\n" + sentence).claims if c.text.startswith(sentence[:20]))
    assert claim.quantities == []
    assert claim.kind != "quantity"


def test_a_claim_with_a_count_stays_a_quantity():
    claim = _code("Headline\n\nThe fire destroyed 40 homes in the valley on Tuesday.").claims[0]
    assert [q.value for q in claim.quantities] == [40.0]
    assert claim.kind == "quantity"


def test_a_short_first_line_reporting_in_the_past_tense_is_the_lede_not_the_title():
    text = "Mayor Jane Roe said the tunnel reopened on Monday after repairs.\n\nThe council approved the budget on Tuesday."
    assert [c.attributed_to for c in _code(text).claims] == ["Mayor Jane Roe", "article"]
    # a headline reports in the present: still the title, no claim
    title = "Mayor says tunnel will reopen after repairs.\n\nThe council approved the budget on Tuesday."
    assert [c.text for c in _code(title).claims] == ["The council approved the budget on Tuesday."]
