"""Session 17, left18 (issue 12): the certainty, splitting, quantity and `when` shapes the session-16
readers left (a negated purpose infinitive, a negated second predicate, "denies that and says", a
pronoun-like numeral, a sum paid in cash, a span-of-time compound, the time of a relative clause),
then the most frequent errors of five more invented wire stories. Invented sentences of each shape
with near-misses that must not change; the expected source / certainty / quantity / when were
written from evals/GUIDELINES.md (§3, §6, §8, §9, §14) before the tool ran."""

from __future__ import annotations

import pytest

from summarizer.quantity import quantities
from tests.test_reading_outputs import _code


def _claims(text: str):
    return _code(text).claims


def _sc(text: str):
    claims = _claims(text)
    assert claims, text
    return claims[0].attributed_to, claims[0].certainty


def _rows(text: str):
    return [(c.text, c.attributed_to, c.certainty) for c in _claims(text)]


# -- (1) a negation inside the purpose infinitive of a payment is not the payment's -----------------

@pytest.mark.parametrize("sentence,expected", [
    ("The utility paid households $300 not to install the meters.", ("article", "stated")),
    ("Vextor paid phone makers $40 million not to install rival stores.", ("article", "stated")),
    ("The league paid the Hawks $5 million not to move to Dorrance.", ("article", "stated")),
    # near-misses: the payment itself negated
    ("The utility did not pay households to install the meters.", ("article", "negated")),
    ("The firm has never paid its suppliers on time.", ("article", "negated")),
])
def test_a_paid_negated_purpose(sentence, expected):
    assert _sc(sentence) == expected


# -- (2) a negated second predicate joined without a comma is a claim of its own --------------------

@pytest.mark.parametrize("sentence,rows", [
    ("Dunmore has 350 employees and has not disclosed its revenue.",
     [("Dunmore has 350 employees.", "article", "stated"),
      ("Dunmore has not disclosed its revenue.", "article", "negated")]),
    ("The company has about 350 employees and has not disclosed its revenue.",
     [("The company has about 350 employees.", "article", "stated"),
      ("The company has not disclosed its revenue.", "article", "negated")]),
    ("Pellam Foods raised $40 million last year and did not disclose its profit.",
     [("Pellam Foods raised $40 million last year.", "article", "stated"),
      ("Pellam Foods did not disclose its profit.", "article", "negated")]),
    # near-misses: no second predicate; both predicates negated
    ("Dunmore has 350 employees and 40 stores.", [("Dunmore has 350 employees and 40 stores.", "article", "stated")]),
    ("Dunmore has not hired staff and has not opened stores.",
     [("Dunmore has not hired staff and has not opened stores.", "article", "negated")]),
    # an elided verb after the negation (the shape of a PolNeAR half-A sentence the first form split)
    ("Many savers could have paid but didn't and are worried now.",
     [("Many savers could have paid but didn't and are worried now.", "article", "speculative")]),
])
def test_a_negated_second_predicate(sentence, rows):
    assert _rows(sentence) == rows


# -- (3) "X denies that and says B": the denial and the statement ------------------------------------

@pytest.mark.parametrize("sentence,rows", [
    ("Belmark denies that and says it will appeal.",
     [("Belmark denies that.", "Belmark", "denied"), ("Belmark says it will appeal.", "Belmark", "speculative")]),
    ("The club denied it and said the player would stay.",
     [("The club denied it.", "The club", "denied"), ("The club said the player would stay.", "The club", "speculative")]),
    # near-miss: a denial with its own that-clause stays one claim
    ("Belmark denies that it broke the deal.", [("Belmark denies that it broke the deal.", "Belmark", "denied")]),
])
def test_a_denial_then_a_statement(sentence, rows):
    assert _rows(sentence) == rows


# -- (4) quantities: a pronoun-like "the two", a sum in cash, a span-of-time compound ---------------

@pytest.mark.parametrize("sentence,expected", [
    ("The bank will close about 40 branches where the two overlap.", [(40.0, None, "branches")]),
    ("The deal is expected to close in June, the two banks said.", []),
    ("Harlow agreed to buy Fenwick for about $2.3 billion in cash and stock.", [(2300000000.0, "USD", "$2.3 billion")]),
    ("Holders will receive $3.10 in cash for each share.", [(3.1, "USD", "$3.10")]),
    ("The union accepted a two-year freeze on wages.", [(2.0, "years", "two-year freeze")]),
    ("The station faces a six-month closure.", [(6.0, "months", "six-month closure")]),
    # near-misses: an indefinite count; money for a purpose; a compound that is no span of time
    ("Two banks said on Monday they would merge.", [(2.0, None, "banks")]),
    ("The firm paid $4 million in damages.", [(4000000.0, "USD", "damages")]),
    ("The 47-page indictment was unsealed.", [(47.0, None, "47-page indictment")]),
])
def test_quantity_shapes(sentence, expected):
    assert [(q["value"], q["unit"], q["counted"]) for q in quantities(sentence)] == expected


# -- (5) `when`: a relative clause's time and a possessive day are not the claim's -----------------

@pytest.mark.parametrize("sentence,when", [
    ("The mayor, who took office in 2019, said on Monday that the budget would be cut.", "on Monday"),
    ("The city has agreed to pay $4.5 million to a man who was hurt in a crash in 2021, his lawyers said on Thursday.",
     "on Thursday"),
    ("The agency did not say whether it had reviewed Saturday's flight.", None),
    ("Holders will receive a premium of 28 percent to Monday's closing price.", None),
    # near-misses: the claim's own time; a possessive day after "since"; a relative's time with no other
    ("The mayor took office in 2019.", "in 2019"),
    ("Shares have fallen 9 percent since Monday's vote.", "since Monday's vote"),
    ("The firm paid a man who was hurt in 2021.", "in 2021"),
    # the stories: a free relative's and a that-relative's time before the frame's day
    ("The tower has been sold for 210 million dollars, about half what it fetched in 2018, the buyer said on Monday.",
     "on Monday"),
    ("Oakridge said on Friday the sale would repay a loan that was due in June.", "on Friday"),
    # near-misses: a that-clause of saying keeps its time
    ("The ministry said that the plant closed in 2019.", "in 2019"),
])
def test_when_of_the_claim(sentence, when):
    assert _claims(sentence)[0].when == when


# -- stories: a participle description's day, "not the only", a sum after a name, "left X unable" --

@pytest.mark.parametrize("sentence,when", [
    ("Marrow's final collection for Aubade, shown on Tuesday, drew mixed reviews.", None),
    ("The new model, shown in March, sold out within a week.", None),
    # near-misses: an event noun before the participle; the claim's own day
    ("The study, published on Monday, found no link.", "on Monday"),
    ("The collection was shown on Tuesday.", "on Tuesday"),
])
def test_a_participle_descriptions_day(sentence, when):
    assert _claims(sentence)[0].when == when


@pytest.mark.parametrize("sentence,expected", [
    ("Harwick is not the only insurer raising prices.", ("article", "stated")),
    ("Dorval was not the only town to lose power.", ("article", "stated")),
    ("The outage left thousands of customers unable to call emergency services.", ("article", "stated")),
    ("The regulator fined Velta for an outage that left customers unable to call for help.", ("article", "stated")),
    # near-misses: a plain negation; an inability of the subject's own
    ("Harwick is not an insurer.", ("article", "negated")),
    ("Thousands of customers were unable to call emergency services.", ("article", "negated")),
])
def test_story_certainties(sentence, expected):
    assert _sc(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The regulator fined Velta Telecom 6.5 million euros on Thursday.", [(6500000.0, "EUR", "6.5 million euros")]),
    ("A court ordered Brask to pay Olund 2 million dollars.", [(2000000.0, "USD", "2 million dollars")]),
    # near-misses: designations stay no count
    ("The jet was a Boeing 737 built in Seattle.", []),
    ("Flight 370 left at noon.", []),
])
def test_a_sum_after_a_name(sentence, expected):
    assert [(q["value"], q["unit"], q["counted"]) for q in quantities(sentence)] == expected
