"""Issue 12, session 4 (branch fore5): a forecast or a wish held by a subject ("The company expects
profits to fall", "The union wants the company to raise wages") is that subject's, and
`speculative` (GUIDELINES §6, §13, §14). Sentences written for the test, never copied from dev
data; each rule with what it must leave to the outlet."""

from __future__ import annotations

import pytest

from summarizer.attribution import analyze, certainty_for


def _who_and_certainty(text: str) -> tuple[str | None, str]:
    a = analyze(text)
    return a.source_for(0, len(text)), certainty_for(text, 0, len(text), a)


@pytest.mark.parametrize("text, source", [
    ("The company expects profits to fall by 5 percent this year.", "The company"),
    ("The central bank forecast inflation at 3 percent next year.", "The central bank"),
    ("The agency projects that the population will reach 10 million by 2040.", "The agency"),
    ("The union wants the company to raise wages by 10 percent.", "The union"),
    ("Officials expect the plan to be revised before the summer.", "Officials"),
    ("The ministry anticipates a deficit of 2 percent in the coming budget.", "The ministry"),
    ("Regulators want the lender to hold more capital against its loans.", "Regulators"),
    ("Jane Doe wishes the council to delay the vote until the autumn.", "Jane Doe"),
    ("The city projects revenue at $40 million for the next fiscal year.", "The city"),
    ("Economists forecast that growth will slow in the second half.", "Economists"),
    ("The firm also expects its online sales to double within three years.", "The firm"),
])
def test_a_forecast_or_wish_is_its_holders_and_speculative(text, source):
    assert _who_and_certainty(text) == (source, "speculative")


@pytest.mark.parametrize("text", [
    "The storm is expected to hit the coast on Friday evening.",       # passive, no holder named
    "Prices are forecast to rise again next year.",                    # passive of "forecast"
    "The plan wants for nothing in ambition or in funding.",           # no holder, no complement
    "The storm wants the coast to flood again this winter.",           # a thing holds no view
    "A majority of voters expect the senator to win the debate next week.",  # a poll's respondents
    "The forecast for next year is 3 percent growth in the region.",   # "forecast" as a noun
    "The housing project to build 300 homes was approved on Monday.",  # "project" as a noun
])
def test_a_forecast_nobody_holds_stays_the_outlets(text):
    who, _ = _who_and_certainty(text)
    assert who is None


def test_a_forecast_inside_a_report_is_not_a_frame_of_its_own():
    # "X said the company expects ...": the report's frame owns the forecast, not "said the company"
    text = "The chairman said on Monday the company expects sales to rise 8 percent a year."
    assert [r.cue for r in analyze(text).relations] == ["said"]


def test_an_own_intention_is_still_the_subjects():
    text = "The mayor wants to run for a third term next year."
    assert _who_and_certainty(text) == ("The mayor", "speculative")


def test_an_estimate_of_a_past_figure_is_reported_not_speculative():
    text = "The agency estimated the damage from the flood at $5 million."
    assert _who_and_certainty(text) == ("The agency", "reported")


def test_a_progressive_forecast_is_the_subjects_a_participle_clause_is_not():
    text = "The company is expecting profits to fall by 5 percent this year."
    assert _who_and_certainty(text) == ("The company", "speculative")
    clause = "Shares fell sharply, traders expecting profits to fall by 5 percent this year."
    assert all(r.cue != "expecting" for r in analyze(clause).relations)


@pytest.mark.parametrize("text, second", [
    ("The union wants the company to raise wages, and the strike entered its third week on Monday.",
     "the strike entered"),
    ("The mayor wants to run for office again, and the council approved the budget on Monday.",
     "the council approved"),
])
def test_a_clause_with_its_own_subject_after_the_complement_is_the_outlets(text, second):
    a = analyze(text)
    s = text.index(second)
    assert a.source_for(0, text.index(",")) is not None
    assert a.source_for(s, len(text)) is None


def test_a_second_object_of_the_same_forecast_stays_the_holders():
    text = "The bank expects inflation to rise, and the deficit to narrow next year."
    s = text.index("the deficit")
    assert analyze(text).source_for(s, len(text)) == "The bank"
