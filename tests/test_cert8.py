"""Certainty that follows the text (issue 12 item 2, session 7, cert8): constructions of news
prose that made a plain assertion `speculative` or `negated` (a concession, a manner comparison,
an elliptic "if", an aside before the predicate), and what each rule must leave alone.
Sentences written for these tests."""

import pytest

from tests.test_certainty_text import _certainty


@pytest.mark.parametrize("sentence", [
    "The guard scrambled to his feet as the parade marched past as if nothing had happened.",
    "The ranger found the gate locked on Sunday, despite a notice saying the park should be open.",
    "The mill kept its doors open in spite of warnings that it could flood.",
    "Even if the players were not named, the report has hurt each of them in the town.",
    "The agency has the power, if necessary, to close the port to all ships.",
    "If anything, the number of new cases rose in March.",
    "Many, if not most, of the stalls sold out by noon.",
])
def test_a_concession_or_elliptic_if_leaves_the_clause_stated(sentence):
    assert _certainty(sentence) == "stated"


@pytest.mark.parametrize("sentence, expected", [
    ("If the vote passes, taxes rise by 3 percent next year.", "speculative"),
    ("The plan, if approved, would cut costs by a third.", "speculative"),
    ("The two men, though free to return home, should remain in the city until the hearing.", "speculative"),
    ("The ranger, despite the notice, did not open the gate.", "negated"),
    ("Even so, the mill could close in the spring.", "speculative"),
    ("The parade did not stop as if on cue.", "negated"),
])
def test_the_main_clause_still_decides(sentence, expected):
    assert _certainty(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The new ferry can carry 600 passengers and entered service in June.",
    "The arena can hold 18,000 fans.",
    "The plant can produce 500 cars a day.",
    "Likely Republican nominee Jane Roe voted for the bill on Monday.",
    "The likely winner spoke to reporters after the count.",
    "There was a moment in the third round when the champion appeared to slip.",
    "The rule is not universally popular among the county's farmers.",
    "The guards are not purely ceremonial and carry loaded rifles.",
])
def test_capacity_a_hedged_title_or_a_partial_negation_is_stated(sentence):
    assert _certainty(sentence) == "stated"


@pytest.mark.parametrize("sentence, expected", [
    ("The ferry can be bought with two engines.", "speculative"),
    ("Voters can choose a new mayor next month.", "speculative"),
    ("Prices will likely rise in the spring.", "speculative"),
    ("The champion appeared to slip in the third round.", "speculative"),
    ("The rule is not popular among the county's farmers.", "negated"),
])
def test_possibility_and_plain_negation_keep_their_label(sentence, expected):
    assert _certainty(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The council raised parking fees by a dollar, a change that will bring in $2 million a year.", "stated"),
    ("The mill closed its older line, a step that could cost 40 jobs.", "stated"),
    ("The council said that could change next year.", "speculative"),
    ("The fees that were raised last year will rise again in May.", "speculative"),
])
def test_a_modal_in_a_relative_that_clause_is_the_relatives(sentence, expected):
    assert _certainty(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("No group has claimed responsibility for the bombing.", "negated"),
    ("None of the officials has commented on the report.", "negated"),
    ("Thousands sought shelter in schools after the flood.", "stated"),
    ("The firm sought an injunction on Monday.", "speculative"),
    ("The suspect -- a local man who may have fled -- was held on Monday.", "stated"),
    ("The mill closed in May -- and may never reopen.", "stated"),
    ("The suspect -- a local man -- may have fled the city.", "speculative"),
])
def test_a_source_that_is_no_one_shelter_and_dash_asides(sentence, expected):
    assert _certainty(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Bus fares rose as expected in March.", "stated"),
    ("The count went ahead as originally planned on Sunday.", "stated"),
    ("Profits fell more than analysts had forecast in the third quarter.", "stated"),
    ("The mill had planned to reopen in May, but the repairs ran late.", "stated"),
    ("She would later become the town's first female mayor.", "stated"),
    ("Bus fares are expected to rise in March.", "speculative"),
    ("The mill plans to reopen in May.", "speculative"),
    ("The new line would cut journey times by half.", "speculative"),
])
def test_an_event_measured_against_a_forecast_or_a_past_plan(sentence, expected):
    assert _certainty(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("One councillor raised the threat of an audit if the board feels the mayor is not being open.", "speculative"),
    ("The firm said it would sell the plant even if the merger is not completed.", "speculative"),
    ("The leaders left the meeting united on not giving in to the governor.", "stated"),
    ("The board did not approve the audit.", "negated"),
    ("If the board does not approve the audit, the mayor will resign.", "speculative"),
])
def test_a_negation_inside_a_condition_is_the_conditions(sentence, expected):
    assert _certainty(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The rebels vowed to fight on.", "stated"),
    ("The council pledged to repave every road.", "reported"),
    ("The council plans to repave every road.", "speculative"),
])
def test_a_pledge_is_an_act_that_happened(sentence, expected):
    assert _certainty(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # not speculative: the new value is a fact of the bank's forecast; the bank's own speech act since stated42
    # (GUIDELINES §13: "issuing a forecast is a speech act", a revised forecast attributed to its maker)
    ("The bank raised its growth forecast to 2.1 percent.", "reported"),
    ("Growth is forecast to slow next year.", "speculative"),
    ("Growth is forecast to reach 2 percent next year.", "speculative"),
])
def test_a_forecast_noun_and_its_new_value(sentence, expected):
    assert _certainty(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The band rose from No. 3 to No. 1 in the charts in May.", "stated"),
    ("The vote capped the senator's unlikely rise to the top job.", "stated"),
    ("Voters were angry at the council for not more quickly fixing the roads.", "stated"),
    ("No tickets were sold in May.", "negated"),
    ("The council did not quickly fix the roads.", "negated"),
])
def test_a_rank_a_possessives_hedged_noun_and_a_gerunds_negation(sentence, expected):
    assert _certainty(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("With the council set to vote on the budget, the union released a report on Tuesday.", "stated"),
    ("Amid heavy rain expected to last a week, traders moved their stalls on Monday.", "stated"),
    ("With the vote over, the council may raise fees.", "speculative"),
])
def test_a_leading_absolute_phrase_holds_no_main_verb(sentence, expected):
    assert _certainty(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Exports rose 4 percent in May, above the 2 percent forecast by economists.", "stated"),
    ("Smoke from the fire could be seen across the valley on Sunday.", "stated"),
    ("The mayor made no secret of her anger at the ruling.", "stated"),
    ("The firm bid for the shares which it does not already own.", "stated"),
    ("Exports are forecast by economists to rise 2 percent.", "speculative"),
    ("Smoke from the fire could reach the valley on Sunday.", "speculative"),
    ("The mayor kept no record of the meeting.", "negated"),
])
def test_perception_a_forecast_by_someone_and_no_secret(sentence, expected):
    assert _certainty(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The bank still needs the approval of the regulator.", "speculative"),
    ("The club needed a win on Sunday and got one.", "stated"),
])
def test_a_need_with_a_noun_object_is_not_had(sentence, expected):
    assert _certainty(sentence) == expected
