"""Certainty errors found by reading 12 unseen articles' claims (issue 12 item 2, session 4, cert5):
a quoted forecast or plan, a negated speech act before a question, "could not" of a past
inability, "show no sign of stopping", a negated gerund after a preposition, "reportedly" inside a
relative clause, "was said to" with no source, "attempts to" as a noun. Each rule is checked with
what it must leave alone. Sentences written for these tests."""

import pytest

from summarizer import attribution, rules

LEAD = "Officials met on Monday.\n\n"


def _certainty(sentence: str, kind: str | None = None) -> str:
    text = LEAD + sentence + "\n"
    i = text.index(sentence)
    analysis = attribution.analyze(text)
    if kind is None:
        rel = analysis.relation_for(i, i + len(sentence))
        kind = rules.kind(sentence, quoted=rel is not None and rel.kind == "direct")
    return attribution.certainty_for(text, i, i + len(sentence), analysis, kind)


@pytest.mark.parametrize("sentence", [
    "“As mayor, I'll fix every pothole in this town,” Ms. Doe says in the ad.",
    "“The new tram line will open in March,” the transport minister said.",
    "“And we'll cut the fares for students,” she said.",
    "“The new bridge will be opened in the spring,” the engineer said.",
])
def test_a_quoted_forecast_or_plan_is_speculative(sentence):
    # GUIDELINES §14: '"As president, I'll end ...," Mr. Perry also says' -> speculative
    assert _certainty(sentence) == "speculative"


def test_a_quoted_negated_future_stays_the_speakers_position():
    # resolve or rhetoric ("We will not back down", tests/test_attribution_clauses.py) keeps its frame
    assert _certainty("“The board will not approve the tower,” the planner said.") == "reported"


@pytest.mark.parametrize("sentence", [
    "“It will be a disaster for the farmers,” the mayor said.",                  # an opinion
    "“This is a plan for roads, real roads that will make our towns safer,” she said.",  # a relative clause's
    "“We have met the police, and I'll say more when we know the facts,” she said.",      # the second clause's
    "“The question is only whether they have the will to act,” he said.",     # "will" is a noun
])
def test_what_is_no_quoted_forecast(sentence):
    assert _certainty(sentence) == "reported"


@pytest.mark.parametrize("sentence", [
    "Officials have not said when they would reopen the bridge.",
    "The spokesman would not say whether the plant will close.",
    "The club didn't say what it will do with the ground.",
    "A spokesman for the club did not respond to repeated interview requests from the paper.",
])
def test_a_negated_speech_act_before_a_question_is_negated(sentence):
    # GUIDELINES §14: "The <X> campaign did not say where its ad would air" -> negated
    assert _certainty(sentence) == "negated"


def test_a_speech_act_with_a_negated_content_keeps_its_source():
    # the source said it: the content's own negation, attributed
    assert _certainty("The mayor said the bridge would not reopen this year.") == "negated"
    assert _certainty("The mayor said when the bridge would reopen.") == "speculative"


@pytest.mark.parametrize("sentence", [
    "The spokesman could not explain why the rule had changed.",
    "The town couldn't afford a new school that year.",
])
def test_could_not_of_a_past_inability_is_negated(sentence):
    assert _certainty(sentence) == "negated"


@pytest.mark.parametrize("sentence", [
    "The rescue could not have come at a worse time.",   # a hedge on a past event
    "The new levy could raise ten million a year.",      # a possibility
])
def test_could_that_hedges_stays_speculative(sentence):
    assert _certainty(sentence) == "speculative"


@pytest.mark.parametrize("sentence", [
    "Home prices, which have been rising for two years, show no sign of stopping.",
    "The strike shows no signs of ending soon.",
])
def test_no_sign_of_stopping_is_not_a_negation(sentence):
    assert _certainty(sentence) == "stated"


def test_no_sign_of_a_thing_is_still_a_negation():
    assert _certainty("There was no sign of the missing hiker.") == "negated"
    assert _certainty("The inquiry found no sign of fraud.") == "negated"


def test_a_negated_gerund_after_a_preposition_is_not_the_main_clause():
    assert _certainty("The union targeted the governor on Friday for not meeting the strikers.") == "stated"
    assert _certainty("The union did not target the governor on Friday.") == "negated"


def test_reportedly_in_a_relative_clause_does_not_hedge_the_claim():
    assert _certainty("The mayor said the clinic would stay open, which she reportedly weighed for weeks.",
                      "statement") == "reported"
    assert _certainty("The clinic reportedly closed on Friday.") == "unconfirmed"


@pytest.mark.parametrize("sentence", [
    "Schools were said to have been closed in the valley.",
    "The two men were believed to have fled by boat.",
])
def test_a_past_passive_report_with_no_source_is_unconfirmed(sentence):
    assert _certainty(sentence) == "unconfirmed"


def test_attempts_to_after_a_determiner_is_a_noun():
    assert _certainty("Auditors found that attempts to open the accounts were made by strangers.",
                      "event") == "reported"
    assert _certainty("The firm attempts to open two branches a year.") == "speculative"
