"""How firmly (issue 12; session 49, real58): real57's Left *certainty* — a negation or a hedge of a part inside the
main clause read as the claim's own. A negation inside a noun's content ("the story that there is no ..."), a relative
clause with a pronoun subject ("the gangs they refuse to name", "the reason he's not releasing"), a decision's "not
to", a failure after a preposition ("criticism for failing to address"), a proof's goal and "little or no" no longer
make the claim `negated`; a negated feeling in what a source says is the source's stance (`reported`); a readiness
after a noun, an effort after a reflexive, plans named after a verb's particle and an embedded question's "were to" no
longer make it `speculative`. What a source says in the negative about a fact stays `negated` (GUIDELINES §6/§14: the
gold's "said no immediate decision had been made", "would not seek re-election"). Invented text of the same shapes,
with near-misses that keep their reading."""

from __future__ import annotations

import pytest

from tests.reading import first_sentence_certainty as _certainty


# -- a negation inside a noun's content or a relative clause is that part's, not the main clause's

@pytest.mark.parametrize("sentence, expected", [
    ("They have poured too much money into the story that there is no housing shortage.", "stated"),
    ("The mayor and the council continue to ignore the fact that a crime wave is being driven by the very gangs "
     "they refuse to name.", "stated"),
    ("In 2007, the city accepted the state's request to join a pilot program, to prove that the buses posed no "
     "undue risk to riders.", "stated"),
    ("Vale has repeatedly cited the lawsuit as the reason he's not releasing the files.", "reported"),
    ('The tools he has at hand, he added, are like "hammers that you can\'t lift."', "reported"),
    ("Critics also persisted in arguments that the prosecutors' decision not to charge Vale was a favor.", "reported"),
    ("We would know exactly what loopholes let someone so rich pay little or no tax.", "reported"),
])
def test_a_negation_inside_a_content_or_a_relative_is_not_the_claims(sentence, expected):
    assert _certainty(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # near-misses: the main clause's own negation, before or after such a part, or after an addressee
    "The claim that the dam was safe did not hold up.",
    "The fact that he came does not mean he agreed.",
    "He ignored the warning that the dam was weak and did not act.",
    "Officials told the mayor he could not run again.",
    "After the storm they did not sail.",
    "In the end they did not sail.",
    "The tests failed to prove that the buses were safe.",
    "The prosecutors decided not to charge Vale.",
    "He pays no tax at all.",
    "The city has not released the report the mayor requested.",
    "The books they sold did not include the map.",
    "The team he built did not win a game.",
    "Vale announced in March that he would not run for a third term.",
    "Vale told lawmakers that he never leaked the file.",
    "The coach had gone cold on the striker, deciding some weeks ago that he has no place at the club.",
    "Vale learned earlier this month he would not be racing in the cup.",
    "Earlier this month, she refused to answer the question.",
    "Mindful of the fact that four games remain, Vale is not letting himself relax.",
    "While the storm has eased, and the initial predictions that there would be a flood never came true, crews are busy.",
    "The faces of the board left little doubt that it was not the bank's best day.",
])
def test_apart_the_main_clauses_own_negation_stays(sentence):
    assert _certainty(sentence) == "negated"


# -- "failing to" right after a preposition: the reason's failure (GUIDELINES §14 "criticised him for not meeting
# them"); sessions 14 and 43 left it for a factuality cost of one event, see RESULTS.md session 49

@pytest.mark.parametrize("sentence", [
    "The governor has drawn sharp criticism for failing to address violence against the miners.",
    "Regulators fined the firm $5 million on Friday for failing to protect customer data.",
    "The driver was fined for failing to stop at the crossing.",
])
def test_failing_to_after_a_preposition_is_the_reasons(sentence):
    assert _certainty(sentence) == "stated"


@pytest.mark.parametrize("sentence", [
    "The firm failed to protect customer data.",
    "The council is failing to enforce its parking rules.",
    "The plan fails to protect the marsh.",
])
def test_apart_a_main_failing_to_stays_negated(sentence):
    assert _certainty(sentence) == "negated"


# -- what a source says in the negative: a feeling or a stance keeps the frame; a fact stays negated (§6: the gold's
# "said no immediate decision … had been made", "declared that he would not seek re-election")

@pytest.mark.parametrize("sentence", [
    "Rep. Ada Moss said she wasn't too worried about the vote because she doubted any judge would act on it.",
    "Council members have indicated that the plan is something most cannot support.",
    "The mayor said she was not concerned about the audit.",
])
def test_a_negated_feeling_or_stance_in_what_is_said_keeps_the_frame(sentence):
    assert _certainty(sentence) == "reported"


@pytest.mark.parametrize("sentence", [
    "Rep. Ada Moss said the statute doesn't require tenants to attend a public hearing.",
    "The campaign has said she's not being audited for the years before 2009.",
    "She said uncles and parents who foster would not be eligible for the grant.",
    "Engineers said the bridge cannot support heavy trucks.",
    "Residents said they did not hear the alarm.",
    "The mayor said she was not aware of the report.",
])
def test_a_negated_fact_in_what_is_said_stays_negated(sentence):
    assert _certainty(sentence) == "negated"


# -- a hedge of an inner part: a noun's readiness, an effort after a reflexive, plans as an object, an embedded question

@pytest.mark.parametrize("sentence", [
    "The mayor has put together a crew ready to end the years of waiting for the next flood.",
    "The governor has already tripped over herself trying to deal with the new council.",
    "Vale retreated from some of his first proposals, dialing back plans to trim the bus fare, and proposing new limits.",
    "Scholars at the institute modeled what would happen if the city were to raise fares sharply.",
    "Scholars modeled what would happen if the city were to raise fares sharply and the unions were to reply in kind.",
])
def test_a_hedge_of_an_inner_part_is_not_the_claims(sentence):
    assert _certainty(sentence) == "stated"


@pytest.mark.parametrize("sentence", [
    "The team is ready to end the strike.",
    "The city is poised to raise fares.",
    "The governor is trying to deal with the new council.",
    "Firms seeking to cut costs moved abroad.",
    "The city plans to cut the top fare.",
    "If the city were to raise fares, riders would leave.",
    "The report asked what would happen if the city were to raise fares.",
    "If the city were to raise fares and the unions were to reply in kind, riders would leave.",
    "The mayor wants a team ready to act.",
])
def test_apart_the_main_clauses_hedge_stays(sentence):
    assert _certainty(sentence) == "speculative"


# -- left (strict xfail): a habitual past "would" set in the past only by the sentences before it

@pytest.mark.xfail(strict=True, reason="a habitual 'would' whose past period is told only by the sentence before: no "
                                       "rule in the sentence tells it from a forecast ('The plan, which passed in May, "
                                       "would cut fares'); see RESULTS.md session 49, Left")
def test_a_habitual_would_after_a_past_narrative():
    from tests.reading import certainty_after
    intro = "Invented news for a test\n\nAs a student, Vale joined a debating club and rallied for new parks. "
    assert certainty_after(intro, "He would call a cousin, who sat on the city council, to register his views.") == "stated"
