"""digest49 (issue 15): misses of the digest on a seventh blind set of invented three-outlet stories
(evals/digest_gold_blind49: a university's admissions list, a stadium's cost overrun, a ferry crash).
Invented sentences throughout (other names, places and numbers than the set's texts); a near miss
beside each rule.

* two near, unhedged counts of people who undergo one harm ("injuring <n1> people" / "<n2> people
  were hurt") are two versions of one toll, though the claims share few words and "people" is no rare
  noun (rarecounts.one_toll);
* two counts of what a vehicle carried, one "on board" / "aboard" and the other so too or "with" it,
  tell one trip (rarecounts.same_event, `_load`).
"""

from __future__ import annotations

import pytest

from summarizer.digest.pairs import features
from summarizer.digest.rarecounts import _harm, _load, one_toll, same_event
from tests.test_align_disputes import _articles
from tests.test_digest47 import _conflicts


def _numbers(a: str, b: str) -> bool:
    return any(c.kind == "numbers" for c in _conflicts(a, b))


def _pair(a: str, b: str, va: float, vb: float):
    arts = _articles(f"Report one\n\n{a}\n", f"Report two\n\n{b}\n")
    fs = features([(x, c) for x in arts for c in x.claims])
    f1 = next(f for f in fs if f.article == "a1" and any(q.value == va for q in f.claim.quantities))
    f2 = next(f for f in fs if f.article == "a2" and any(q.value == vb for q in f.claim.quantities))
    return f1, next(q for q in f1.claim.quantities if q.value == va), f2, next(q for q in f2.claim.quantities if q.value == vb)


# -- one harm's toll ------------------------------------------------------------------------------------

_CRASH = "A bus ran off the road near Feldmoor on Tuesday evening, injuring 17 people, three of them seriously, the fire service said."


@pytest.mark.parametrize("b,conflict", [
    ("The bus company said 11 people were hurt, none of them seriously.", True),
    ("The bus company said 11 people had been injured.", True),
    # near misses: another harm; values far apart; a hedged count; no harm named
    ("The bus company said 11 people were killed.", False),
    ("The bus company said 40 people were hurt, none of them seriously.", False),
    ("The bus company said about 11 people were hurt.", False),
    ("The bus company said 11 people were on the bus.", False),
])
def test_two_counts_of_one_harm_are_one_toll(b, conflict):
    assert _numbers(_CRASH, b) is conflict


@pytest.mark.parametrize("text,value,harm", [
    ("A lorry hit a tram in Osk on Monday, injuring 12 people, police said.", 12, True),
    ("Police said eight people were hurt when a lorry hit a tram in Osk.", 8, True),
    ("Police said 12 people have been wounded.", 12, True),
    # near misses: a harm of something else said of other words; a count that undergoes nothing
    ("Police said 12 people saw the lorry hit the tram in Osk.", 12, False),
    ("The tram, which injured nobody, carried 12 people, police said.", 12, False),
])
def test_the_harm_of_a_count(text, value, harm):
    arts = _articles(f"Report one\n\n{text}\n")
    fs = features([(x, c) for x in arts for c in x.claims])
    f = next(f for f in fs if any(q.value == value for q in f.claim.quantities))
    q = next(q for q in f.claim.quantities if q.value == value)
    assert bool(_harm(f, q)) is harm


def test_a_toll_of_another_year_is_not_one_toll():
    f1, q1, f2, q2 = _pair("Police said 12 people were hurt in crashes on the ring road in 2023.",
                           "Police said nine people were hurt in crashes on the ring road in 2024.", 12, 9)
    assert not one_toll(f1, q1, f2, q2)
    f1, q1, f2, q2 = _pair("Police said 12 people were hurt in crashes on the ring road in 2024.",
                           "The council said nine people were injured in crashes on the ring road in 2024.", 12, 9)
    assert one_toll(f1, q1, f2, q2)


# -- one vehicle's load ---------------------------------------------------------------------------------

_SHIP = "The Tamsin Belle was arriving from Garrow Point with 318 passengers and nine crew when it ran aground, the operator said."


@pytest.mark.parametrize("b,conflict", [
    ("The coastguard says 402 passengers were on board.", True),
    ("The coastguard says 402 passengers were aboard.", True),
    # near misses: what the ship can carry; passengers of another time; no word of a load
    ("The coastguard says the ship can carry up to 402 passengers.", False),
    ("The coastguard says 402 passengers used the route last week.", False),
    ("The coastguard says 402 passengers complained.", False),
])
def test_two_counts_of_one_load_are_one_trip(b, conflict):
    assert _numbers(_SHIP, b) is conflict


@pytest.mark.parametrize("text,value,load,aboard", [
    ("The coastguard says 402 passengers were on board.", 402, True, True),
    ("The ship had 402 passengers aboard, the coastguard said.", 402, True, True),
    ("The ship was carrying 402 passengers, the coastguard said.", 402, True, False),
    # near misses: a hall "with" seats is a load only unless aboard is asked; no load word
    ("The coastguard says 402 passengers complained.", 402, False, False),
    ("The coastguard says 402 passengers sat on board games.", 402, False, False),
])
def test_the_load_of_a_count(text, value, load, aboard):
    arts = _articles(f"Report one\n\n{text}\n")
    fs = features([(x, c) for x in arts for c in x.claims])
    f = next(f for f in fs if any(q.value == value for q in f.claim.quantities))
    q = next(q for q in f.claim.quantities if q.value == value)
    assert _load(f, q) is load
    assert _load(f, q, aboard=True) is aboard


def test_two_with_counts_are_no_load_without_aboard():
    # "with <n>" in both is too loose to tell one trip ("a hall with 300 seats")
    f1, q1, f2, q2 = _pair(_SHIP, "The Tamsin Belle sailed from Garrow Point with 402 passengers, the coastguard said.", 318, 402)
    assert _load(f1, q1) and _load(f2, q2)
    assert not (_load(f1, q1, aboard=True) or _load(f2, q2, aboard=True))
