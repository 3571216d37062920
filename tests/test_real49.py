"""Shapes met reading the bundled tool's whole output on 20 more real news documents of the faithfulness set
(session 40, real49; issue 12): a reporter's suspension, a telescope's images, a footballer's kidnapping, a study of
antibiotics, an actress leaving a show, a UN vote, a footballer's new watch, marches against xenophobia, a survey of
school meals, a museum's collection saved, a tax review, a stolen peacock, a mother charged, a hacked TV network, a
collector's labels, an obese man, a university's tracking scheme, car tax discs, a UN warning of genocide, a film
festival; plus real48's two certainty shapes left (a rule's "must/can", an "if" inside a noun phrase or relative
clause). Each is written here as invented text of the same shape, with near-misses that keep their reading."""

from __future__ import annotations

import pytest

from summarizer.attribution import analyze, certainty_for
from summarizer.chunk import is_furniture, split_sentences


def _certainty(sentence: str) -> str:
    atts = analyze(sentence)
    sp = split_sentences(sentence)[0]
    return certainty_for(sentence, sp.start, sp.end, atts)


# -- a "must/can/have to" of a rule in force (GUIDELINES §14 "Not speculative: (a)")

@pytest.mark.parametrize("sentence", [
    "Drivers over 75 must fill in a medical form every three years to keep their licence.",
    "Tenants can claim the rebate each year under the scheme.",
    "Boats on the lake must be insured by law.",
    "Market traders must renew their permits annually.",
    "Canteen meals in Dovershire now have to comply with strict nutritional standards.",
    "Members can bring two guests under the current rules.",
])
def test_a_rule_in_force_is_no_speculation(sentence):
    assert _certainty(sentence) != "speculative"


@pytest.mark.parametrize("sentence", [
    "The council must decide by Friday whether to close the pool.",
    "The firm can cut prices if sales fall.",
    "Investors need to see profits every year.",
    "Firms will have to comply with the new rules.",
    "The club must have known about the debts for years.",
    "Tenants have to leave the flats by March.",
])
def test_apart_a_one_off_duty_a_possibility_or_a_need_stays_speculative(sentence):
    assert _certainty(sentence) == "speculative"


def test_apart_a_rule_denied_stays_negated():
    assert _certainty("Drivers must not park on the verge at any time of year under the rules.") == "negated"


# -- an "if" that conditions less than the clause

@pytest.mark.parametrize("sentence", [
    "Patients have a 70% chance of recovery if treated within an hour.",
    "The helpline offers advice to tenants who call it if they are behind on rent.",
    "The scheme pays grants to farmers who plant hedges if their land borders a river.",
])
def test_an_if_inside_a_noun_phrase_or_a_relative_clause_conditions_no_claim(sentence):
    assert _certainty(sentence) != "speculative"


def test_an_if_in_what_a_worry_is_about_is_the_worrys():
    assert _certainty("Farmers are also worried about the flock's survival if the ram is not able to return.") == "reported"


@pytest.mark.parametrize("sentence", [
    "The plant will close if sales fall.",
    "Prices rise if demand grows.",
    "The mayor would resign if asked.",
    "About the only option left is a sale if the ram does not return.",
    "Staff asked who would pay if the plant closed.",
    "Staff were upset about the cuts and will strike if pay falls.",
])
def test_apart_a_condition_of_the_clause_stays_speculative(sentence):
    assert _certainty(sentence) == "speculative"


# -- "as <pronoun> never <verb> before": a comparison

@pytest.mark.parametrize("sentence", [
    "Volunteer work is happening now as it never happened before.",
    "Sales fell as they never did before, and prices rose.",
])
def test_as_it_never_did_before_is_a_comparison(sentence):
    assert _certainty(sentence) == "stated"


@pytest.mark.parametrize("sentence", [
    "The mill closed as it never reopened before the war.",
    "The mill never reopened before the war.",
])
def test_apart_a_never_before_a_time_stays_negated(sentence):
    assert _certainty(sentence) == "negated"


# -- a story's credits with two names and "wrote this report from <place>"

@pytest.mark.parametrize("sentence", [
    "KNN's Jo Marsh and Ali Brent reported from Port Vell, and KNN's Tim Roe wrote this report from Ashby.",
    "Jo Marsh and Ali Brent reported from Port Vell.",
    "KNN's Tim Roe wrote this report from Ashby.",
])
def test_a_credit_of_two_reporters_is_furniture(sentence):
    assert is_furniture(sentence)


@pytest.mark.parametrize("sentence", [
    "Aid workers and doctors reported from the camp that food ran out.",
    "The paper wrote this report from a leaked memo.",
    "Police and Fire Crews reported from Dover that roads were shut.",
])
def test_apart_a_report_from_a_place_with_news_is_no_credit(sentence):
    assert not is_furniture(sentence)


# -- a chart's legend line

@pytest.mark.parametrize("sentence", [
    "(% denotes share of pupils who said they would eat each fruit)",
    "* indicates a player on loan.",
])
def test_a_charts_legend_is_furniture(sentence):
    assert is_furniture(sentence)


@pytest.mark.parametrize("sentence", ["Sales rose 5% denotes nothing.", "The % shows growth.",
                                      "Turnout of 40% indicates a fall in interest."])
def test_apart_a_percentage_in_a_sentence_is_no_legend(sentence):
    assert not is_furniture(sentence)
