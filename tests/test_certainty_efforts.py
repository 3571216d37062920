"""Certainty of efforts, pursuits and refusals (issue 12 item 2, session 4): the claim's main
clause is an effort or a pursuit whose goal has not happened (`speculative`, like "tried to"),
or a refusal whose infinitive did not happen (`negated`, like "failed to"). Each rule is checked
with what it must leave alone. Sentences written for these tests."""

import pytest

from summarizer import attribution

LEAD = "Officials met on Monday.\n\n"


def _certainty(sentence: str, kind: str | None = None) -> str:
    text = LEAD + sentence + "\n"
    i = text.index(sentence)
    return attribution.certainty_for(text, i, i + len(sentence), attribution.analyze(text), kind)


@pytest.mark.parametrize("sentence", [
    "Repair crews are working to restore power to the valley.",
    "The bank moved quickly to block the hostile bid.",
    "Volunteers scrambled to fill sandbags along the river.",
    "The airline is struggling to keep its older planes flying.",
])
def test_an_effort_toward_a_goal_is_speculative(sentence):
    assert _certainty(sentence) == "speculative"


@pytest.mark.parametrize("sentence", [
    "The family moved to Lisbon in the spring.",                 # a move, not an effort
    "The engineer worked to the end of her shift.",               # no infinitive
    "The mayor thanked the nurse who worked to save the boy.",    # the relative clause's effort
    "Sales fell as the chain moved to close older stores.",       # the subordinate clause's
    "Volunteers working to fill sandbags were given hot meals.",  # a modifier, not the clause's verb
])
def test_what_is_not_an_effort_of_the_main_clause(sentence):
    assert _certainty(sentence) == "stated"


@pytest.mark.parametrize("sentence", [
    "The school board sought an injunction against the new zoning rule.",
    "The losing candidate wants a recount in two districts.",
    "The board is considering a sale of the shipping unit.",
])
def test_seeking_or_weighing_an_object_is_speculative(sentence):
    assert _certainty(sentence) == "speculative"


@pytest.mark.parametrize("sentence", [
    "The fugitive was sought by police in three states.",              # passive
    "Considering its size, the harbor handled a large tonnage.",       # a preposition
    "Lawsuits seeking the records were filed in two courts.",          # a modifier
    "The strike began at a time when both sides were weighing a deal.",  # the subordinate clause's
    "The strikers won all that the union seeks in the new contract.",  # no object after the verb
])
def test_what_is_not_a_pursuit_of_the_main_clause(sentence):
    assert _certainty(sentence) == "stated"


def test_an_adverb_between_an_effort_verb_and_its_infinitive():
    assert _certainty("The two towns worked hard to share one fire station.") == "speculative"
    assert _certainty("The airline is still struggling to fill its planes.") == "speculative"


@pytest.mark.parametrize("sentence", [
    "The town hopes the bridge reopens before the winter.",
    "Farmers wished that the rain would hold off for a week.",
    "The fence is designed to keep deer out of the orchard.",
    "The new fee was meant to cover the cost of repairs.",
])
def test_hopes_and_purposes_are_speculative(sentence):
    assert _certainty(sentence) == "speculative"


@pytest.mark.parametrize("sentence", [
    "The hopes of the town rose when the bridge reopened.",      # a noun
    "The council adopted a fee designed to cover repairs.",      # the adoption is the clause's event
    "The architect who is meant to lead the project arrived.",   # a relative clause's purpose
])
def test_what_is_not_a_hope_or_purpose_of_the_main_clause(sentence):
    assert _certainty(sentence) == "stated"


def test_no_longer_negates_but_no_doubt_does_not():
    assert _certainty("The plant no longer processes waste from the city.") == "negated"
    assert _certainty("There is no doubt the plant processes waste from the city.") == "stated"


@pytest.mark.parametrize("sentence", [
    "A spokeswoman for the insurer declined to comment.",
    "The tenants refused to leave the building.",
    "The landlord is refusing to return the deposits.",
])
def test_a_refusal_before_an_infinitive_negates_it(sentence):
    assert _certainty(sentence) == "negated"


@pytest.mark.parametrize("sentence", [
    "Quarterly sales declined to $41 million.",                 # a fall
    "Shares declined to record lows in the afternoon.",
    "The decline to fourth place cost the firm its bonus.",     # a noun ("The firm attributed the decline to ..."
    # is the firm's account now, `reported`: test_lead29b)
    "The tenants refused the landlord's offer.",                 # a lexical negative keeps its verb
    "The guards, refusing to open the gate, called the police.",  # an aside, not the clause's verb
])
def test_what_is_not_a_refusal_of_an_infinitive(sentence):
    assert _certainty(sentence) == "stated"


@pytest.mark.parametrize("sentence", [
    "The sale of the bakery is subject to approval by the town council.",
    "The second loan is contingent upon a state guarantee.",
])
def test_a_condition_after_be_is_speculative(sentence):
    assert _certainty(sentence) == "speculative"


def test_a_condition_in_a_relative_clause_does_not_decide():
    assert _certainty("The council approved the sale, which was subject to a vote, on Monday.") == "stated"
