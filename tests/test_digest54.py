"""digest54 (issue 15): what the digest showed on a twelfth blind set of invented three-outlet stories
(evals/digest_gold_blind54: a late frost and a valley's cherry crop, a marathon cut short by heat told by a
live blog, a rocket's launch failure). Invented sentences throughout (other names, places and numbers than
the set's texts); a near miss beside each rule.

* a distance or a temperature in one unit counts no noun, so two values are compared as measures
  (measured.measure_clash, lang.PLAIN_MEASURE_DIMENSIONS): "fell about 30 kilometers offshore" / "about 9
  kilometers from the coast" (a distance's "from" is where it is measured from, no offset), "reached 29
  degrees Celsius" / "has reached 33 degrees Celsius"; one source's two temperatures in two outlets too;
* a measure in two units of one dimension ("in 2 hours 11 minutes") is one measure, not "2 hours" against
  "11 minutes" (measured._measure_spans); "minus" signs it;
* a sentence that opens with "Minus 3 degrees Celsius" holds a quantity (countable.not_a_count);
* a state told on two days ("was in critical condition on Sunday" / "remained in critical condition on
  Monday") is no conflict of days (digest/statedays.py, via dayacts and phases).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from summarizer.digest import measured
from summarizer.quantity import quantities
from tests.test_digest47 import _conflicts, _sections

ROOT = Path(__file__).resolve().parents[1]


def _agreed(a: str, b: str, word: str) -> bool:
    return any(len(g.quotes) >= 2 and all(word in q for q in g.quotes) for g in _sections(a, b).agreements)


# -- the blind set's gold -------------------------------------------------------------------------------

def test_blind54_gold_checks():
    spec = importlib.util.spec_from_file_location("make_digest_gold_blind54", ROOT / "evals" / "tools" / "make_digest_gold_blind54.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.main(["--check"]) == 0
    assert len(mod.LABELS) == 3
    assert sum(len(g["conflicts"]) for g in mod.LABELS.values()) == 21


# -- distances and temperatures ---------------------------------------------------------------------------

_COLD = "Temperatures fell to minus 7 degrees Celsius at Bransby airfield early on Friday, the weather office said."
_DEBRIS = "Debris fell into the sea about 30 kilometers offshore, far from any shipping lane, the company said."


@pytest.mark.parametrize("a,b,conflict", [
    (_COLD, "Minus 3 degrees Celsius at Bransby airfield, the weather office says.", True),
    ("Temperatures reached 29 degrees Celsius by noon.", "The temperature at the finish on Quay Street has reached 33 degrees Celsius.", True),
    (_DEBRIS, "Debris fell about 9 kilometers from the coast, according to a map published by the port authority on Monday.", True),
    # near misses: the same value; another thing measured in the same unit
    (_COLD, "Minus 7 degrees Celsius at Bransby airfield, the weather office says.", False),
    (_DEBRIS, "Debris fell into the sea about 30 kilometers offshore, the company says.", False),
    (_DEBRIS, "The harbour office, 9 kilometers up the coast, closed its slipway for the day.", False),
])
def test_distances_and_temperatures_in_one_unit(a, b, conflict):
    assert bool(_conflicts(a, b)) is conflict


def test_two_temperatures_are_no_agreement():
    assert _agreed(_COLD, "Minus 3 degrees Celsius at Bransby airfield, the weather office says.", "airfield") is False
    assert _agreed(_COLD, "Minus 7 degrees Celsius at Bransby airfield, the weather office says.", "airfield") is True


# -- a measure in two units ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,spans", [
    ("Tomas Berendt won the men's race in 2 hours 11 minutes.", [(131.0, "minute")]),
    ("The climb took 3 hours and 5 minutes.", [(185.0, "minute")]),
    ("It fell to minus 4 degrees overnight.", [(-4.0, "degree")]),
    # near misses: a smaller unit first is two measures; one unit alone
    ("The drill ran 10 minutes, 2 hours after the alarm.", [(10.0, "minute"), (2.0, "hour")]),
    ("The drill ran for 45 minutes.", [(45.0, "minute")]),
])
def test_measure_spans(text, spans):
    assert [(v, u) for _, _, v, u, _ in measured._measure_spans(text)] == spans


@pytest.mark.parametrize("b,conflict", [
    ("Tomas Berendt has won the men's race in 2 hours 11 minutes.", False),
    ("Tomas Berendt has won the men's race in 2 hours 19 minutes.", True),
])
def test_a_race_time_in_two_units(b, conflict):
    a = "Tomas Berendt won the men's race in 2 hours 11 minutes, and Ana Kolby won the women's race in 2 hours 29 minutes."
    assert bool(_conflicts(a, b)) is conflict


# -- "Minus" opening a sentence ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,values", [
    ("Minus 3 degrees Celsius at Bransby airfield, the weather office says.", [-3.0]),
    ("Minus 3C overnight, the weather office says.", [-3.0]),
    # near misses: a name's number; "minus" before no temperature
    ("Route 66 was closed for the day.", []),
    ("Minus 3 points for the team.", []),
])
def test_minus_opening_a_sentence(text, values):
    assert [q["value"] for q in quantities(text)] == values


# -- a state on two days -------------------------------------------------------------------------------------

_STATE = "A 41-year-old woman who collapsed near the finish was in critical condition on Sunday evening, the Kelby Ambulance Service said."


@pytest.mark.parametrize("b,conflict", [
    ("A 41-year-old woman remained in critical condition on Monday, the Kelby Ambulance Service said.", False),
    ("A 41-year-old woman was still in critical condition on Monday, the Kelby Ambulance Service said.", False),
    ("A 41-year-old woman was in critical condition on Monday, the Kelby Ambulance Service said.", False),
    # near miss: an act on two days
    ("The 41-year-old woman collapsed near the finish on Monday, the Kelby Ambulance Service said.", True),
])
def test_a_state_on_two_days(b, conflict):
    assert bool(_conflicts(_STATE, b)) is conflict


# -- left: an ordinal count of one outcome -------------------------------------------------------------------

def test_an_ordinal_count_of_one_outcome():  # a strict xfail until digest55 (digest/ordinals.py)
    assert _conflicts("It was the second failure in Harlan's five launches.", "It was the company's first failure in five launches.")


# -- a passage keeps its order ---------------------------------------------------------------------------------

def _fake(index: int, article: str, start: int, text: str):
    from types import SimpleNamespace
    return SimpleNamespace(index=index, article=article, source="the company", sha=f"s{index}",
                           claim=SimpleNamespace(evidence=SimpleNamespace(start=start), text=text))


@pytest.mark.parametrize("b_starts,said,joined", [
    ((100, 0), "The probe was worth about $21 million, the company said.", False),  # reported facts in the other order: two
    # near misses: the same order, a passage told sentence by sentence; a quotation an outlet reorders is one statement
    ((0, 100), "The probe was worth about $21 million, the company said.", True),
    ((100, 0), '"We will be back in the spring," the company said.', True),
])
def test_a_passage_keeps_its_order(b_starts, said, joined):
    from summarizer.digest.classify import Judgment
    from summarizer.digest.passages import passages
    feats = [_fake(0, "a1", 0, said), _fake(1, "a1", 100, "Parts fell into the lake, the company said."),
             _fake(2, "a2", b_starts[0], said), _fake(3, "a2", b_starts[1], "Parts fell into the lake, the company says.")]
    judged = [(0, 2, Judgment("agreement", "similarity 0.71", score=0.71)), (1, 3, Judgment("agreement", "similarity 0.64", score=0.64))]
    out = passages(feats, [[0, 2], [1, 3]], judged)
    assert (len(out) == 1) is joined
