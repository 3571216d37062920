"""Certainty scope (issue 12 item 2, session 6, cert7): a hedge or negation decides the label only
when it governs the claim's main clause; a preposition, a dash aside, a relative or complement
clause, or a time phrase keeps its own. Each rule is checked with what it must leave alone.
Sentences written for these tests."""

import pytest

from summarizer import attribution
from tests.test_certainty_text import LEAD, _certainty


@pytest.mark.parametrize("sentence", [
    "Nine workers were treated in hospital due to smoke from the warehouse blaze.",
    "Ferry services were cancelled due to the storm.",
])
def test_due_to_a_cause_is_no_forecast(sentence):
    assert _certainty(sentence) == "stated"


@pytest.mark.parametrize("sentence", [
    "The two suspects are due to appear in court on Friday.",
    "The new bridge was due to open in the spring.",
])
def test_due_to_after_be_schedules_the_event(sentence):
    assert _certainty(sentence) == "speculative"


@pytest.mark.parametrize("sentence", [
    "The insurer bought a stake in the lender, of which a part may be resold next year.",
    "The council signed a lease on the depot, under which the city would pay the repairs.",
    "And while the mill did not turn a profit in May, it paid its workers a bonus.",
    "The mayor opened the new library ― probably the last project of her term.",
])
def test_a_hedge_outside_the_main_clause_leaves_it_stated(sentence):
    assert _certainty(sentence) == "stated"


@pytest.mark.parametrize("sentence, expected", [
    ("The insurer may buy a stake in the lender, of which it owns a part.", "speculative"),
    ("And while the mill paid its workers, it did not turn a profit.", "negated"),
])
def test_the_main_clause_still_decides(sentence, expected):
    assert _certainty(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The retailer hired 300 seasonal workers to meet expected demand.",
    "The town council studied potential savings from a merger of the two schools.",
    "Not long ago, the harbour was the busiest on the coast.",
    "The fire started in a barn not far from the school.",
])
def test_a_hedged_noun_or_a_time_phrase_is_not_the_event(sentence):
    assert _certainty(sentence) == "stated"


@pytest.mark.parametrize("sentence, expected", [
    ("Ticket sales are expected to double.", "speculative"),
    ("The expected rebound never came.", "negated"),
    ("The harbour was not busy last year.", "negated"),
])
def test_a_hedge_or_negation_of_the_clause_still_counts(sentence, expected):
    assert _certainty(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The governor ordered a study of what it would cost to repair the pier.",
    "The hearing focused on how the district would split the new budget.",
    "The law covers tenants whose landlords don't live in the state.",
])
def test_a_modal_or_negation_in_an_embedded_question_or_whose_clause(sentence):
    assert _certainty(sentence) == "stated"


@pytest.mark.parametrize("sentence, expected", [
    ("What the district will do with the land is not yet settled.", "negated"),
    ("What the district will do with the land is a mystery.", "speculative"),
    ("The district will decide how the land is used.", "speculative"),
])
def test_an_opening_wh_clause_or_a_main_modal_still_counts(sentence, expected):
    assert _certainty(sentence) == expected


def test_there_are_claims_is_a_contested_claim_of_unnamed_sources():
    text = LEAD + "There are claims that the dam released water without warning.\n"
    i = text.index("There")
    a = attribution.analyze(text)
    assert attribution.certainty_for(text, i, len(text) - 1, a) == "claimed"
    assert a.relation_for(i, len(text) - 1).name == "unnamed sources"


def test_an_unconfirmed_report_stays_unconfirmed():
    assert _certainty("The dam reportedly released water without warning.") == "unconfirmed"


@pytest.mark.parametrize("sentence, expected", [
    ("The coach stayed silent on whether the striker would play.", "stated"),
    ("The debate over whether the tax was fair lasted for hours.", "stated"),
    ("The board will decide whether the school closes.", "speculative"),
])
def test_whether_after_a_preposition_is_the_topic_not_the_event(sentence, expected):
    assert _certainty(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The union warned that the strike will spread to the ports.",
    "Forecasters are warning residents that the river could burst its banks.",
])
def test_a_warning_is_a_position_and_keeps_its_frame(sentence):
    assert _certainty(sentence) == "reported"


def test_a_forecast_reported_with_a_saying_verb_stays_speculative():
    assert _certainty("The union said that the strike will spread to the ports.") == "speculative"


@pytest.mark.parametrize("sentence, expected", [
    ("“The bridge may reopen before the holidays,” the engineer said.", "speculative"),
    ("“Rents might fall if the new towers fill up,” the planner said.", "speculative"),
    ("“One might expect the vote to be close,” the pollster said.", "reported"),
    ("“It may be a mistake to wait,” the planner said.", "reported"),
])
def test_a_quoted_possibility_is_speculative_a_quoted_opinion_is_not(sentence, expected):
    assert _certainty(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "It was not until March that the ferry finally resumed service.",
    "The library did not reopen until the roof was repaired.",
    "There is no question that the flood damaged the old mill.",
    "Six hikers, none of them injured, were rescued from the ridge.",
    "The farm paid its water bill in full, even though the drought would normally cut its use.",
    "The governor hinted at a delay when reporters asked whether the vote would go ahead.",
])
def test_negation_or_hedge_that_does_not_govern_the_event(sentence):
    assert _certainty(sentence) == "stated"


@pytest.mark.parametrize("sentence, expected", [
    ("The ferry won't resume service until March.", "negated"),
    ("The library has no plans to reopen.", "negated"),
    ("The farm may pay its bill, even though the drought cut its income.", "speculative"),
])
def test_a_negated_forecast_or_main_hedge_still_counts(sentence, expected):
    assert _certainty(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The senator was once asked how the strike would end.",
    "Some traders wonder how long the rally will last.",
])
def test_a_question_asked_is_not_asserted(sentence):
    assert _certainty(sentence) == "speculative"


def test_a_quoted_name_is_not_a_negation():
    assert _certainty("The mayor opened the “no car, no problem” fair on Sunday.") == "stated"


@pytest.mark.parametrize("sentence, expected", [
    ("The new regulations said the fees would apply to all boats.", "reported"),
    ("The new regulations said the fees would probably rise.", "speculative"),
    ("Law enforcement officials said the fees would rise.", "speculative"),
])
def test_what_a_rule_already_issued_says_will_apply_is_no_forecast(sentence, expected):
    assert _certainty(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Among the allegations in the lawsuit are repairs that were never paid for.", "claimed"),
    ("The harbour is busy, especially if the weather could turn.", "stated"),
])
def test_allegations_as_subject_and_especially_if(sentence, expected):
    assert _certainty(sentence) == expected
