"""digest56 (issue 15): what the digest showed on a fourteenth blind set of invented three-outlet stories
(evals/digest_gold_blind56: farmed salmon escaping from a torn net pen, told also by a trade paper built on a
regulator's notice; a district heating network failing in a cold spell, told also by a weekly quoting the operator's
letter to its customers; a lottery draw voided, told also by a committee hearing's transcript). Invented sentences
throughout (other names, places and numbers than the set's texts); a near miss beside each rule.

* a count of a kind of the noun named beside the claim's bare count ("4,200 homes ..., among them three nursing
  homes"), a pool drawn from ("deals five cards from 52 numbered cards") and a standing whole ("supplies electricity
  to about 41,000 homes") are no versions of another article's count (digest/countparts.py);
* a sum set off by commas after its thing ("The prize pot of the second raffle, about $7.2 million, was claimed")
  is that thing's value (digest/sumappositive.py, read by sumvalues.sum_value);
* "No." before a number abbreviates "number", no negator (pairs._neg_targets).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from tests.test_digest47 import _conflicts, _sections

ROOT = Path(__file__).resolve().parents[1]


def _agreed(a: str, b: str, word: str) -> bool:
    return any(len(g.quotes) >= 2 and all(word in q for q in g.quotes) for g in _sections(a, b).agreements)


def _reasons(a: str, b: str) -> list[str]:
    return [c.reason for c in _sections(a, b).conflicts]


# -- the blind set's gold -------------------------------------------------------------------------------

def test_blind56_gold_checks():
    spec = importlib.util.spec_from_file_location("make_digest_gold_blind56", ROOT / "evals" / "tools" / "make_digest_gold_blind56.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.main(["--check"]) == 0
    assert len(mod.LABELS) == 3
    assert sum(len(g["agreements"]) for g in mod.LABELS.values()) == 25
    assert sum(len(g["conflicts"]) for g in mod.LABELS.values()) == 22


# -- a part named beside its whole ------------------------------------------------------------------------

_LOST = "The county's water office said 4,200 homes had lost water, among them three nursing homes and a clinic."


@pytest.mark.parametrize("b,value", [
    ("The county's water office said on Friday that water had been restored to only 900 homes by that evening.", None),
    # near misses: the same kind counted otherwise; the whole counted otherwise
    ("The county's water office said five nursing homes had lost water.", "5"),
    ("The county's water office said 6,300 homes had lost water.", "6,300"),
])
def test_a_part_named_beside_its_whole(b, value):
    got = _reasons(_LOST, b)
    if value is None:
        assert not any("3 (" in r for r in got), got
    else:
        assert any(value in r for r in got), got


def test_named_part_reads_the_kind_only():
    from summarizer.digest.countparts import named_part
    from summarizer.digest.pairs import features
    from tests.test_digest47 import _articles, _FILL
    arts = _articles(f"Report one\n\n{_LOST} {_FILL}\n", f"Report two\n\n{_FILL}\n")
    f = next(x for x in features([(a, c) for a in arts for c in a.claims]) if "nursing" in x.claim.text)
    kinds = {q.counted: named_part(f, q) for q in f.claim.quantities}
    assert kinds == {"homes": False, "nursing homes": True}


# -- a pool drawn from -------------------------------------------------------------------------------------

@pytest.mark.parametrize("b,conflict", [
    ("The shuffler deals five cards from 52 numbered cards.", False),
    ("The shuffler deals five cards out of 52 numbered cards.", False),
    # near miss: two counts of the event itself
    ("Seven cards fell out of the shuffler together, the dealer said.", True),
])
def test_a_pool_drawn_from(b, conflict):
    got = [r for r in _reasons("Three cards fell out of the shuffler together, the dealer said.", b) if "52" in r or "7" in r]
    assert bool(got) is conflict, got


# -- a standing whole --------------------------------------------------------------------------------------

_OFFICE = "The city's emergency office said 3,300 homes had lost power."


@pytest.mark.parametrize("a,b,conflict", [
    (_OFFICE, "Sellock Power supplies electricity to about 41,000 homes in the city.", False),
    (_OFFICE, "Sellock Power serves about 41,000 homes in the city.", False),
    # near misses: the operator's count of the event; two standing wholes
    (_OFFICE, "Sellock Power said 2,100 homes had lost power.", True),
    ("Sellock Power serves about 38,000 homes in the city.", "Sellock Power supplies electricity to about 41,000 homes in the city.", True),
])
def test_a_standing_whole(a, b, conflict):
    assert bool(_conflicts(a, b)) is conflict


def test_a_whole_stays_out_of_a_merged_conflict():
    a = ("About 2,100 homes in Dunmere lost power on Friday after a cable failed, the operator, Sellock Power, said. "
         "The city's emergency office said 3,300 homes had lost power.")
    b = "Sellock Power supplies electricity to about 41,000 homes in the city. \"On Friday a cable failed, and we had to cut power to about 2,100 homes.\""
    got = _reasons(a, b)
    assert any("2,100" in r and "3,300" in r for r in got), got
    assert not any("41,000" in r for r in got), got


# -- a sum set off by commas after its thing ---------------------------------------------------------------

_POT = "The prize pot of the second raffle, about $7.2 million, was claimed by a single family in Orlow."


@pytest.mark.parametrize("b,conflict", [
    ("Friday's prize pot, $2.7 million, went to one family living in Orlow.", True),
    ("The prize pot, $2.7 million, went to one family living in Orlow.", True),
    # near misses: the same sum; another thing's sum; a list of two things; a sum closing the sentence
    ("The prize pot, $7.2 million, went to one family living in Orlow.", False),
    ("The club's bar, $2.7 million, went to one family living in Orlow.", False),
    ("Friday's prize pot, $2.7 million, and a car went to one family living in Orlow.", False),
    ("One family living in Orlow took Friday's prize pot, $2.7 million.", False),
])
def test_a_sum_set_off_by_commas(b, conflict):
    assert bool(_conflicts(_POT, b)) is conflict


def test_appositive_thing():
    from summarizer.digest.sumappositive import apposed, appositive_thing
    assert appositive_thing(["Friday's", "prize", "pot", ","], ", went to one family") == ["prize", "pot"]
    assert appositive_thing(["prize", "pot", ","], ", and a car went") is None
    assert appositive_thing(["prize", "pot"], " went") is None
    assert apposed("The pot, about $7.2 million, was claimed.")
    assert not apposed("The pot was $7.2 million, a record.")


# -- "No." before a number ---------------------------------------------------------------------------------

@pytest.mark.parametrize("a,agreed", [
    ("The trout in tank No. 4 were due to be sold in June.", True),
    ("The trout in tank no. 4 were due to be sold in June.", True),
    # near misses: a real "No" opening the sentence; a "not" in the clause
    ("No trout in tank 4 were due to be sold in June.", False),
    ("The trout in tank No. 4 were not due to be sold in June.", False),
])
def test_number_abbreviation_is_no_negator(a, agreed):
    assert _agreed(a, "The trout in the broken tank were due to be sold in June.", "June") is agreed


def _feature(text: str):
    from summarizer.digest.pairs import features
    from tests.test_digest47 import _articles, _FILL
    arts = _articles(f"Report one\n\n{text} {_FILL}\n", f"Report two\n\n{_FILL}\n")
    return next(x for x in features([(a, c) for a in arts for c in a.claims]) if x.claim.text.startswith(text[:20]))


@pytest.mark.parametrize("text,event", [
    ("The city's emergency office said 3,300 homes had lost power.", True),
    ("The operator said crews had to cut power to about 2,100 homes.", True),
    ("About 2,100 homes in Dunmere have been without power since Friday, the operator said.", True),
    # near misses: a rate told in the present (a standing whole may meet it: blind45's riders); a report verb alone
    ("The Dunmore Riders Union says fewer than 150,000 people ride each day.", False),
    ("The union said fewer than 150,000 people ride the trams.", False),
])
def test_event_count(text, event):
    from summarizer.digest.countparts import event_count
    f = _feature(text)
    assert any(event_count(f, q) for q in f.claim.quantities) is event


@pytest.mark.parametrize("text,standing", [
    ("Sellock Power supplies electricity to about 41,000 homes in the city.", True),
    ("The Dunmore Transit Authority says it carries 210,000 riders a day.", True),
    # near misses: an order's reach ("covers" is no service verb); a noun "supply"
    ("The boil-water order covers more than 90,000 households in the town.", False),
    ("Crews cut the supply to about 41,000 homes in the city.", False),
])
def test_standing_count(text, standing):
    from summarizer.digest.countparts import standing_count
    f = _feature(text)
    assert any(standing_count(f, q) for q in f.claim.quantities) is standing
