"""cert41: certainty (and kind) that follows the text, shapes the lead met on the bundled tool's output
(issue 12). Invented sentences only; each shape has near-misses that must not change."""

from __future__ import annotations

import pytest

from summarizer import attribution
from summarizer.rules import kind
from tests.reading import code


def _claims(sentence: str):
    return code("A headline for the day\n\n" + sentence + "\n").claims


def _whole(sentence: str):
    """The claim whose text is the whole sentence."""
    return next(c for c in _claims(sentence) if c.text == sentence)


# 1. a negation inside a time clause after a measured lapse (", a day after X found that Y could not ...")
@pytest.mark.parametrize("sentence", [
    "The chief engineer of the water board, Omar Lindqvist, stepped down on Monday, a day after an inquiry found that 3.2 million rand could not be traced.",
    "The mill shut its doors in May, two weeks after inspectors said the roof could not be repaired.",
    "The coach was sacked, 10 days after the club said it would not renew his deal.",
])
def test_negation_in_a_lapse_time_clause_is_the_clauses(sentence):
    c = _whole(sentence)
    assert (c.attributed_to, c.certainty) == ("article", "stated")


@pytest.mark.parametrize("sentence", [
    "The ferry did not sail on Monday, a day after the storm warning was lifted.",  # the main clause's own negation
    "The clinic could not reopen in June.",
])
def test_main_clause_negation_still_counts(sentence):
    assert _whole(sentence).certainty == "negated"


# 2. a negated accusation: no claim was made
@pytest.mark.parametrize("sentence", [
    "They did not accuse the trustees of any fraud.",
    "The inspectors have not alleged that the figures were falsified.",
])
def test_negated_accusation_is_negated(sentence):
    assert _whole(sentence).certainty == "negated"


def test_a_negation_in_the_sentence_before_is_not_the_claims():
    text = "A headline for the day\n\nThe college did not reply. The board claims it is exempt from the levy.\n"
    c = next(c for c in code(text).claims if c.text.startswith("The board claims"))
    assert c.certainty == "claimed"


def test_accusation_made_stays_claimed():
    c = _whole("The tenants' union accused the landlord of ignoring repairs.")
    assert (c.attributed_to, c.certainty) == ("The tenants' union", "claimed")


# 3. a plural subject's "plan a/an ..." is a plan
@pytest.mark.parametrize("sentence", [
    "The engineers plan a second test flight over the bay.",
    "Organisers plan a night market on the pier.",
])
def test_plural_subjects_plan_is_speculative(sentence):
    assert _whole(sentence).certainty == "speculative"


@pytest.mark.parametrize("sentence", [
    "The architects' plan a decade ago was shelved.",
    "The plans a committee drew up were shelved.",
])
def test_plan_as_a_noun_is_no_plan(sentence):
    assert _whole(sentence).certainty == "stated"


# 4. "rumours" as the object or topic of a verb is no hedge; as the frame it is
def test_rumours_as_a_topic_are_no_hedge():
    c = _whole("A spokesman for the airline said the carrier did not comment on market rumours.")
    assert c.certainty == "negated"  # the silence is the claim (§14), not an unconfirmed report
    assert _whole("Shares in the brewer jumped on rumours of a buyout.").certainty == "stated"


@pytest.mark.parametrize("sentence", [
    "Rumours that the depot will close have worried drivers.",
    "Rumours suggest the goalkeeper will retire.",
    "The goalkeeper is rumoured to be retiring.",
    "According to rumours, the depot will be sold.",
])
def test_rumours_as_the_frame_stay_unconfirmed(sentence):
    assert _whole(sentence).certainty == "unconfirmed"


# 5. a belief whose content is a possible event: the content's kind and certainty
@pytest.mark.parametrize("sentence,expected_kind", [
    ("Detectives believe the suspect may have crossed the border.", "event"),
    ("Some economists believe the central bank might raise rates as early as March.", "plan"),
    ("Some economists believe the central bank will raise rates in March.", "plan"),  # "will" as "may"
])
def test_belief_in_a_possible_event_is_speculative(sentence, expected_kind):
    c = _whole(sentence)
    assert (c.kind, c.certainty) == (expected_kind, "speculative")


@pytest.mark.parametrize("sentence", [
    "The governor believes the merger may be a mistake.",  # an evaluation
    "Auditors believe the pilot could have avoided the delay.",  # a counterfactual judgement
    "The governor believes the merger is a mistake.",
    "In the second half I believed I could score, the striker said.",  # a past belief, no forecast
])
def test_belief_as_an_evaluation_stays_a_statement(sentence):
    assert kind(sentence) == "statement"


# 6. a proposal made, told in passing, is an act that happened
def test_proposal_in_passing_is_stated():
    sentence = "Council leader Marta Quill, who proposed the levy, said shopkeepers had requested it."
    derived = [c for c in _claims(sentence) if c.text != sentence and "proposed" in c.text]
    assert derived and all(c.certainty == "stated" for c in derived)


@pytest.mark.parametrize("text,expected", [
    ("The mayor proposed a curfew.", "stated"),
    ("The proposed curfew would start at midnight.", "speculative"),
    ("The curfew proposed by the mayor will start at midnight.", "speculative"),
])
def test_proposal_verb_against_the_adjective(text, expected):
    assert attribution.certainty_for(text, 0, len(text), None, "event") == expected


# 7. "more/less likely to" in a finding's sentence is a comparative finding, no plan
def test_unmeasured_comparison_in_a_finding_is_no_plan():
    sentence = "Children who skip breakfast may be less likely to finish school, a survey found."
    assert kind(sentence) != "plan"


def test_unmeasured_comparison_alone_stays_a_forecast():
    assert kind("The measure is more likely to pass now that two senators have switched sides.") == "plan"
