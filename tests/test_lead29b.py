"""Session 29, the lead's second pass (RESULTS "Session 29: the lead"): shapes measured after the merge.
Every sentence is invented; each `wrong` case failed before this pass's rules, each `apart` case passed
before and still does; the strict xfails carry the numbers that dropped their rule.
"""

import pytest

from summarizer.attribution import analyze

PRE = "Ivo Lund runs the fair in Pellby. "


def names(text: str) -> list[tuple[str, str]]:
    """(source as written, resolved name) of each relation whose content lies after PRE."""
    return [(r.source, r.name) for r in analyze(text).relations if r.start >= len(PRE) - 1]


@pytest.mark.xfail(strict=True, reason=(
    "'is calling for' / 'are calling on' as a cue (a demand, as 'called for' is): five real sentences of the "
    "faithfulness and BASIL texts attributed right, but PolNeAR half B lost one attributed claim (found 0.824 -> "
    "0.823) and through pronouns 0.919 -> 0.917, also with only 'for'/'on' after it: dropped (session 29, the lead)"))
@pytest.mark.parametrize("sentence,source", [
    ("The growers' guild is calling for a cap on the stall fees.", "The growers' guild"),
    ("The 12 stallholders are calling on the board to refund them.", "The 12 stallholders"),
])
def test_a_progressive_calling_for_is_a_demand(sentence, source):
    assert [s for s, _ in names(PRE + sentence)] == [source]


def test_a_body_described_with_a_relative_clause_is_what_the_group_means():
    text = "Tarne Watch, a charity that counts river eels, published figures on Monday. The group said the eels were back."
    assert [r.name for r in analyze(text).relations] == ["Tarne Watch"]


def test_apart_a_person_described_with_a_relative_clause_stays_a_person():
    text = "Ada Pell, a lawyer who counts river eels, published figures on Monday. She said the eels were back."
    assert [r.name for r in analyze(text).relations] == ["Ada Pell"]


@pytest.mark.parametrize("sentence,source", [
    ("Orla Venn called the ruling deeply disappointing.", "Orla Venn"),
    ("The harbour master called the new rules unworkable.", "The harbour master"),
    ("Orla Venn later called his answer evasive.", "Orla Venn"),
])
def test_called_an_object_and_a_judging_adjective_is_an_evaluation(sentence, source):
    assert [s for s, _ in names(PRE + "Orla Venn chairs the board. " + sentence)] == [source]


@pytest.mark.parametrize("sentence", [
    "Orla Venn called the police.",
    "Orla Venn called the team captain.",
    "Orla Venn called the meeting for Friday.",
])
def test_apart_called_with_no_judging_adjective_is_an_act(sentence):
    assert names(PRE + "Orla Venn chairs the board. " + sentence) == []


@pytest.mark.parametrize("sentence,source", [
    ("The ferry line attributed the fall in fares to the storms.", "The ferry line"),
    ("Orla Venn attributed the rise in sales to the warm spring.", "Orla Venn"),
])
def test_attributing_a_cause_is_the_subjects_account(sentence, source):
    assert [s for s, _ in names(PRE + "Orla Venn chairs the board. " + sentence)] == [source]


def test_apart_a_passive_attributed_to_has_no_speaker():
    assert names(PRE + "The fall in fares was attributed to the storms.") == []
