"""Session 16, left17 (issue 12): the certainty, kind, splitting and quantity shapes the session-15
readers left, then the most frequent errors of five more invented wire stories (aviation,
agriculture, retail, religion, weather). Invented sentences of each shape with near-misses that
must not change; the expected source / certainty / kind / quantity were written from
evals/GUIDELINES.md (§5, §6, §14) before the tool ran."""

from __future__ import annotations

import pytest

from summarizer.quantity import quantities
from tests.test_reading_outputs import _code


def _claims(text: str):
    return _code(text).claims


def _first(text: str):
    claims = _claims(text)
    assert claims, text
    return claims[0]


def _sc(text: str):
    c = _first(text)
    return c.attributed_to, c.certainty


# -- (1) an expectation with a noun-phrase event and its time is its holders' forecast -------------

@pytest.mark.parametrize("sentence,expected", [
    ("Most economists now expect a first cut in June.", ("Most economists", "speculative")),
    ("The team expects a decision in June.", ("The team", "speculative")),
    ("Analysts at Pellow Bank predict a recovery next year.", ("Analysts at Pellow Bank", "speculative")),
    ("Growers expect a smaller harvest by October.", ("Growers", "speculative")),
    # near-misses: a hedge adjective, a passive, no time after the object
    ("The expected cut in June did not come.", ("article", "negated")),
    ("A first cut is expected in June.", ("article", "speculative")),
])
def test_an_expected_event_with_its_time(sentence, expected):
    assert _sc(sentence) == expected


# -- (2) a short first clause before a second reporting clause is a claim of its own ---------------

@pytest.mark.parametrize("sentence,texts", [
    ("Crewe lost the vote, and his lawyer said he would appeal.",
     ["Crewe lost the vote.", "His lawyer said he would appeal."]),
    ("Dalby won the seat, and the party said it would form a government.",
     ["Dalby won the seat.", "The party said it would form a government."]),
    # near-misses: a two-word clause, a second clause with no report
    ("Prices rose, and analysts said the trend would continue.",
     ["Prices rose, and analysts said the trend would continue."]),
    ("Crewe lost the vote, and the hall emptied within minutes.",
     ["Crewe lost the vote, and the hall emptied within minutes."]),
])
def test_a_short_clause_before_a_report_stands(sentence, texts):
    assert [c.text for c in _claims(sentence)] == texts


# -- (3) a summing-up appositive's negation is not the clause's -----------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("Many parents fear the vaccine causes rashes, a concern doctors say is not supported by evidence.",
     ("Many parents", "reported")),
    ("Residents say the plant causes the smell, a claim the company says is not true.", ("Residents", "reported")),
    # near-misses: the main clause's own negation; a claim noun with its "that" clause stays as before
    ("Many parents say the vaccine does not cause rashes, a view doctors share.", ("Many parents", "negated")),
])
def test_a_summing_up_appositive(sentence, expected):
    assert _sc(sentence) == expected


# -- (4) a negated verb of implying over a hedge: the main clause is negated -----------------------

@pytest.mark.parametrize("sentence,certainty", [
    ("Dr. Lena Ostrova said the finding did not mean the planet could support life.", "negated"),
    ("The study does not prove the drug will work in people.", "negated"),
    ("Ostrova said the result doesn't mean prices will fall.", "negated"),
    # near-misses: no negation; the hedge before the negation; a plain negated hedge
    ("Ostrova said the finding meant the planet could support life.", "speculative"),
    ("Ostrova said the finding may not mean the planet is habitable.", "speculative"),
    ("Ostrova said the planet could not support life.", "negated"),
])
def test_a_negated_implication(sentence, certainty):
    assert _first(sentence).certainty == certainty


# -- (5) a plan approved or rejected by a vote: the decision happened ------------------------------

@pytest.mark.parametrize("sentence,certainty", [
    ("The council voted 9-4 on Thursday to approve a plan to build a new bridge over the Senn.", "stated"),
    ("The board approved a plan to close the clinic in Harwick.", "stated"),
    ("Lawmakers passed a bid to extend the tax break.", "stated"),
    # near-misses: the plan itself, a vote still to come
    ("The council plans to build a new bridge over the Senn.", "speculative"),
    ("The council will vote on Thursday on a plan to build a new bridge.", "speculative"),
])
def test_a_decided_plan(sentence, certainty):
    assert _first(sentence).certainty == certainty


# -- (6) a finding and an inheritance are events ---------------------------------------------------

@pytest.mark.parametrize("sentence,kind", [
    ("The painting was found in a barn near Olvey in 2019, the auction house said.", "event"),
    ("Mara Voss had inherited the house from an uncle.", "event"),
])
def test_found_and_inherited_are_events(sentence, kind):
    assert _first(sentence).kind == kind


# -- (7) claiming money is no speech act; a sum's rate is skipped before what it is in ------------

@pytest.mark.parametrize("sentence,expected", [
    ("Harbour Lettings was claiming £1,836 per month in housing benefit.", ("article", "stated")),
    ("The landlord claimed expenses of £4,000 for the flat.", ("article", "stated")),
    # near-misses: a claim of a fact
    ("The firm was claiming that its tenants were happy.", ("The firm", "claimed")),
    ("The firm claimed to have 400 tenants.", ("The firm", "claimed")),
])
def test_claiming_money(sentence, expected):
    assert _sc(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Harbour Lettings was claiming £1,836 per month in housing benefit.", [(1836.0, "housing benefit")]),
    ("Tenants paid £950 a month in rent.", [(950.0, "rent")]),
    # near-misses: no "in" noun; a stretch of time after the rate; "in" right after the sum
    ("Workers earn $900 a week.", [(900.0, "$900")]),
    ("The firm lost $6 million a month in the first quarter.", [(6000000.0, "$6 million")]),
    ("The firm paid $4 million in damages.", [(4000000.0, "damages")]),
])
def test_a_sum_per_period(sentence, expected):
    assert [(q["value"], q["counted"]) for q in quantities(sentence)] == expected


# -- (8) a set-off relative's negation does not reach the main clause ------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("Corvane, which did not admit wrongdoing, agreed to pay $12 million.", ("Corvane", "reported")),
    ("Dale Ferris, who has not been charged, said he would cooperate.", ("Dale Ferris", "speculative")),
    # near-misses: an affirmative relative; the main verb negated
    ("Corvane, which had admitted wrongdoing, agreed to pay $12 million.", ("Corvane", "reported")),
    ("Corvane did not agree to pay $12 million.", ("article", "negated")),
    ("The ministry has not said when the road will reopen.", ("article", "negated")),  # a silence (§14)
])
def test_a_relatives_negation(sentence, expected):
    assert _sc(sentence) == expected


# -- stories: an effort inside a while-clause, a negated expectation, a plan opposed ---------------

_WHILE_OFF = "main_clause.WHILE_CLAUSE_IS_ITS_OWN off: factuality A +1 uncertain event shown stated, B uncertain-as-stated 0.204 -> 0.205 (left17)"


@pytest.mark.parametrize("sentence,expected", [
    pytest.param("A woman was swept away while trying to cross a footbridge.", ("article", "stated"),
                 marks=pytest.mark.xfail(strict=True, reason=_WHILE_OFF)),
    ("Two hikers fell when climbing the ridge above Marrow.", ("article", "stated")),
    ("The office said it did not expect significant rain before September.", ("The office", "speculative")),
    ("We don't expect a deal this year, the minister said.", ("the minister", "speculative")),
    ("A group of residents had opposed plans to install a glass entrance.", ("article", "stated")),
    # near-misses: the main clause's own effort; a plain negation; an embedded question's "will"
    ("Crews are trying to reach the village.", ("article", "speculative")),
    ("The council did not meet on Monday.", ("article", "negated")),
    ("It is unclear when he will return.", ("article", "speculative")),
    ("The board plans to sell the site.", ("The board", "speculative")),
])
def test_story_certainties(sentence, expected):
    assert _sc(sentence) == expected


# -- stories: a currency word before a noun ---------------------

@pytest.mark.parametrize("sentence,expected", [
    ("It agreed a new 200 million pound credit facility with its banks.", [(200000000.0, "credit facility")]),
    ("The fund is a 5 million euro loan scheme.", [(5000000.0, "loan scheme")]),
    # near-misses: the plural unit counts itself; a mass "of" noun stays
    ("It lost 54 million pounds last year.", [(54000000.0, "54 million pounds")]),
    ("The silo holds 40 tonnes of grain.", [(40.0, "grain")]),
])
def test_story_quantities(sentence, expected):
    assert [(q["value"], q["counted"]) for q in quantities(sentence)] == expected


# -- stories: a plan in the subject's predicate before a participle of saying is no future act -----

@pytest.mark.parametrize("sentence,certainty", [
    ("A group of residents had opposed plans to install a glass entrance, saying it did not fit the building.", "negated"),
    # near-misses: the speech act still to come
    ("The witness will testify that she saw the car.", "speculative"),
    ("The mayor plans to announce that the park is closed.", "speculative"),
])
def test_a_plan_before_a_saying_participle(sentence, certainty):
    from summarizer.attribution import analyze
    from summarizer.attribution.certainty import own_certainty
    start = sentence.index("saying") if "saying" in sentence else 0
    assert own_certainty(sentence, start, len(sentence), analyze(sentence)) == certainty
