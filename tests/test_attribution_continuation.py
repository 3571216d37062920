"""Issue 12, session 5 (branch cont6): where an attributed statement stops and where it runs on
into the next sentence. Sentences written for the test (never copied from dev data), each rule
with what it must leave alone."""

from __future__ import annotations

import pytest

from summarizer.attribution import analyze


def _who(text: str, part: str) -> str | None:
    s = text.index(part)
    return analyze(text).source_for(s, s + len(part))


# -- a contrast the outlet adds after an according-to or a mid-sentence frame ---------------------

@pytest.mark.parametrize("text, said, own", [
    ("According to the county survey, the mayor led among older voters by ten points, but still lost the "
     "runoff in June.", "the mayor led among older voters by ten points", "but still lost the runoff in June."),
    ("The new reactor, the utility said, was its largest yet, although it may take months to test how much "
     "power it makes.", "The new reactor", "although it may take months to test how much power it makes."),
])
def test_a_contrast_after_the_statement_is_the_outlets(text, said, own):
    assert _who(text, said) is not None
    assert _who(text, own) is None


@pytest.mark.parametrize("text, part, who", [
    # a participle after "while" is no clause of its own: still the speaker's
    ("The new plant, the manager said, was the cleanest in the state, while costing less than the old one.",
     "while costing less than the old one.", "the manager"),
    # a contrast inside a quotation stays the speaker's
    ("“The plan is sound, but the money is late and the contractors are leaving,” the mayor said.",
     "but the money is late and the contractors are leaving,”", "the mayor"),
    # an initial frame keeps its contrast ("X said A, but B" reports both)
    ("The mayor said the plan was sound, but the money would come late.", "but the money would come late.",
     "The mayor"),
])
def test_what_the_contrast_cut_leaves_alone(text, part, who):
    assert _who(text, part) == who
