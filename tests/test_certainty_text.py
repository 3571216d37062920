"""Certainty that follows the text (issue 12 item 2): constructions that leave the claim's event
unasserted or negated, and clauses that must not decide it. Sentences written for these tests."""

import pytest

from summarizer import attribution

LEAD = "Officials met on Monday.\n\n"


def _certainty(sentence: str, kind: str | None = None) -> str:
    text = LEAD + sentence + "\n"
    i = text.index(sentence)
    return attribution.certainty_for(text, i, i + len(sentence), attribution.analyze(text), kind)


@pytest.mark.parametrize("sentence", [
    "No one was hurt in the blast.",
    "No one has taken responsibility for the fire.",
])
def test_no_one_negates(sentence):
    assert _certainty(sentence) == "negated"


def test_no_one_time_is_a_compound_not_a_negation():
    assert _certainty("The bank booked one-time gains last year and no one-time charges.") == "stated"


@pytest.mark.parametrize("sentence", [
    "The board is to vote on the merger next week.",       # "be to" future
    "The new bridge is to be finished by the end of 2030.",
    "The goal of the program is to cut emissions by half.",  # purpose: not yet done
])
def test_be_to_infinitive_is_speculative(sentence):
    assert _certainty(sentence) == "speculative"


def test_be_to_blame_is_not_a_plan():
    assert _certainty("Faulty wiring is to blame for the fire at the depot.") == "stated"


@pytest.mark.parametrize("sentence", [
    "The city wants the state to pay for the repairs.",
    "The union expects wages to rise next year.",
    "Its owners intend the hotel to reopen in the spring.",
])
def test_wanting_or_expecting_an_object_to_act_is_speculative(sentence):
    assert _certainty(sentence) == "speculative"


def test_expected_as_an_adjective_before_a_noun_is_not_an_expectation_of_the_clause():
    # "the expected rise" qualifies a noun; the clause reports what the bank did
    assert _certainty("The bank raised rates after the expected rise in prices to record levels.") == "stated"
    assert _certainty("The bank expected prices to record a rise.") == "speculative"


@pytest.mark.parametrize("sentence", [
    "Investors need to see stronger earnings before they buy.",
    "Tenants have to leave the building by noon.",
    "The council must approve the budget by Friday.",
    "The agency should publish the report this month.",
])
def test_present_need_and_obligation_are_speculative(sentence):
    assert _certainty(sentence) == "speculative"


@pytest.mark.parametrize("sentence", [
    "The team had to cancel the match after the storm.",
    "The hospital needed to borrow beds from a clinic.",
])
def test_past_need_reports_what_was_done(sentence):
    assert _certainty(sentence) == "stated"


def test_obligation_in_a_source_statement_keeps_the_frame():
    # a statement (opinion, call) of a source: the modal is part of the position held (GUIDELINES §14)
    text = LEAD + "The mayor said the city must cut spending.\n"
    i = text.index("The mayor")
    got = attribution.certainty_for(text, i, len(text) - 1, attribution.analyze(text), "statement")
    assert got == "reported"


def test_can_is_possibility_and_cannot_negates():
    # a possibility; a measured capacity ("The plant can produce 500 cars a day") is an ability
    # stated (GUIDELINES §6 "can (possibility)"; tests/test_cert8.py)
    assert _certainty("The plant can produce electric cars next year.") == "speculative"
    assert _certainty("The town cannot pay its teachers this month.") == "negated"


def test_unable_to_negates_like_failed_to():
    assert _certainty("The firm was unable to pay its debts.") == "negated"
    assert _certainty("The firm failed to pay its debts.") == "negated"


@pytest.mark.parametrize("sentence", [
    "The mayor is willing to meet the strikers.",
    "Both parties are eager to settle the dispute.",
    "The union is threatening to strike next week.",
])
def test_readiness_and_threats_are_speculative(sentence):
    assert _certainty(sentence) == "speculative"


@pytest.mark.parametrize("sentence", [
    "The plant closed because the owners could not pay the workers.",
    "The mayor resigned although she may return next year.",
    "The firm was sold because its founder wanted the staff to keep their jobs.",
])
def test_a_reason_or_concession_does_not_decide_the_main_event(sentence):
    assert _certainty(sentence) == "stated"


def test_a_main_clause_after_an_inner_reason_still_counts():
    assert _certainty("But because the storm is slow to move, the city has no estimate of the damage.") == "negated"
    assert _certainty("It said that because the plant was old, the owners did not sell it.") == "negated"


def test_because_of_is_a_preposition_not_a_clause():
    assert _certainty("The school will close because of the flood.") == "speculative"


def test_though_joining_adjectives_does_not_cut_the_clause():
    assert _certainty("An effective though costly blockade will force the port to close.") == "speculative"


def test_comma_set_however_does_not_cut_the_clause():
    assert _certainty("The new rules, however, would not apply to small farms.") == "negated"


def test_second_that_complement_does_not_decide():
    # "said that A and that B": the first complement is the main one, as with "A, but B"
    text = LEAD + "The mayor said that the bridge reopened on Friday and that the city must repair two more.\n"
    i = text.index("The mayor")
    assert attribution.certainty_for(text, i, len(text) - 1, attribution.analyze(text)) == "reported"


@pytest.mark.parametrize("sentence, expected", [
    ("If the vote passes, the tax rises in May.", "speculative"),
    ("Unless the strike ends, the plant closes on Friday.", "speculative"),
    ("If the vote passes, the tax will not rise.", "negated"),  # negation first (GUIDELINES §14 order)
])
def test_leading_condition(sentence, expected):
    assert _certainty(sentence) == expected


def test_not_yet_negates_and_not_yet_clear_is_open():
    assert _certainty("The bill has not yet passed the Senate.") == "negated"
    assert _certainty("It is not yet clear whether the plant will reopen.") == "speculative"
    assert _certainty("The company not only cut jobs but also closed a plant.") == "stated"


def test_a_relative_clause_still_does_not_decide():
    assert _certainty("The mayor, who may run again, opened the library.") == "stated"


@pytest.mark.parametrize("sentence", [
    "The firm stopped work on what was to be its largest plant.",
    "Intel sold new chips, all of which can run older software, in record numbers.",
    "The firm stopped work on a plant which did not open on time.",
])
def test_the_verb_of_a_relative_pronoun_is_the_relative_clauses(sentence):
    assert _certainty(sentence) == "stated"


def test_since_opens_a_clause_the_main_clause_does_not_assert():
    assert _certainty("That would be an advantage since the police have no idea where he is.") == "speculative"


def test_denied_only_when_a_source_denies_an_account_not_for_an_act():
    from summarizer.attribution import analyze, certainty_for

    def cert(t: str) -> str:
        return certainty_for(t, 0, len(t), analyze(t))

    for t in ("The harbour board denied the allegations.", "Pike denied that her firm had paid.",
              "The company denied any wrongdoing.", "The brief dismissed those reports as false."):
        assert cert(t) == "denied", t
    for t in ("The court denied bail.", "A judge has rejected a media request to open the file.",
              "Justice Pike rejected that reasoning in a ruling issued Thursday."):
        assert cert(t) != "denied", t
