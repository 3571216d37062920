"""digest53 (issue 15): misses and false conflicts of the digest on an eleventh blind set of invented
three-outlet stories (evals/digest_gold_blind53: a solvent leak into a river, a city's library-closure
plan, a drug trial halted early). Invented sentences throughout (other names, places and numbers than
the set's texts); a near miss beside each rule.

* a partitive count whose noun phrase a time phrase ends ("shut four of its 15 branch libraries next
  year") counts that noun like its total does (noun_phrases.np_ends, lang.NP_TIME_TAIL_RE): its four
  libraries are compared, not the 15 (a memo's "plans to shut four libraries" is no other version);
* a rate a noun tells ("put the yearly saving from the cuts at $1.4 million") and a rate a verb tells
  ("would save $2.6 million a year") are two sums of one act (digest/ratenouns.py, via
  figures.same_rate_verb).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from summarizer.digest import ratenouns
from summarizer.noun_phrases import np_ends
from summarizer.quantity import quantities
from tests.test_digest47 import _conflicts

ROOT = Path(__file__).resolve().parents[1]


def _numbers(a: str, b: str) -> list:
    return [c for c in _conflicts(a, b) if c.kind == "numbers"]


# -- the blind set's gold -------------------------------------------------------------------------------

def test_blind53_gold_checks():
    spec = importlib.util.spec_from_file_location("make_digest_gold_blind53", ROOT / "evals" / "tools" / "make_digest_gold_blind53.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.main(["--check"]) == 0
    assert len(mod.LABELS) == 3
    assert sum(len(g["conflicts"]) for g in mod.LABELS.values()) == 21


# -- a partitive count before a time phrase -------------------------------------------------------------

@pytest.mark.parametrize("after,ends", [
    (" next year to cut costs.", True),
    (" this week, officials said.", True),
    (" last spring.", True),
    # near misses: "next" / "last" / "this" before no period
    (" next door were sold.", False),
    (" next-generation models", False),
])
def test_a_time_phrase_ends_a_noun_phrase(after, ends):
    assert np_ends(after) is ends


@pytest.mark.parametrize("text,value,counted", [
    ("Tollbury Town Council plans to shut four of its 15 branch libraries next year.", 4.0, "branch libraries"),
    ("The firm will close three of its five paper mills this spring.", 3.0, "paper mills"),
    ("Four of the 12 jurors last week asked to leave the trial.", 4.0, "jurors"),
])
def test_a_partitive_count_before_a_time_phrase_counts_the_noun(text, value, counted):
    assert {"value": value, "unit": None, "counted": counted} in quantities(text)


@pytest.mark.parametrize("text,value", [
    # near miss: a modifier cut short after a comma (no time phrase: unchanged)
    ("Twelve of the new short-haul, twin-engine jets were grounded.", 12.0),
])
def test_a_partitive_count_before_no_time_phrase_is_unchanged(text, value):
    assert all(q["value"] != value for q in quantities(text))


_SHUT = "Tollbury Town Council plans to shut four of its 15 branch libraries next year to cut costs, the council said."


def test_a_memo_telling_the_part_is_no_other_version_of_the_total():
    memo = ("The council had agreed to sell one branch library building to a developer before it announced plans to "
            "shut four libraries, according to a memo seen by the Post.")
    assert _numbers(_SHUT, memo) == []


def test_the_part_is_compared_not_the_total():
    got = _numbers(_SHUT, "The union says the plan would shut six branch libraries.")
    assert got and got[0].reason.startswith("4 (") and "vs 6 (" in got[0].reason and "15" not in got[0].reason


def test_a_memo_telling_another_part_still_conflicts():
    memo = ("The council had agreed to sell one branch library building to a developer before it announced plans to "
            "shut six libraries, according to a memo seen by the Post.")
    assert _numbers(_SHUT, memo)


# -- a rate told by a noun ------------------------------------------------------------------------------

_SAVE = "The town's finance director, Mara Quist, said the cuts would save $2.6 million a year."


@pytest.mark.parametrize("other,conflict", [
    ("A review commissioned by residents put the yearly saving from the cuts at $1.4 million, once the cost of a bus "
     "service was counted.", True),
    ("A review commissioned by residents estimated the annual saving from the cuts at $1.4 million.", True),
    # near misses: another act; no rate; another period; the same sum
    ("A review commissioned by residents put the yearly cost of the cuts at $1.4 million, once the cost of a bus "
     "service was counted.", False),
    ("A review commissioned by residents put the saving from the cuts at $1.4 million, once the cost of a bus "
     "service was counted.", False),
    ("A review commissioned by residents put the monthly saving from the cuts at $1.4 million, once the cost of a "
     "bus service was counted.", False),
    ("A review commissioned by residents put the yearly saving from the cuts at $2.6 million.", False),
])
def test_a_rate_told_by_a_noun_and_by_a_verb(other, conflict):
    assert bool(_numbers(_SAVE, other)) is conflict


@pytest.mark.parametrize("t1,t2,same", [
    ("would save $2.6 million a year.", "put the yearly saving from the cuts at $1.4 million.", True),
    ("saves $2.6 million a year.", "put the annual saving at about $1.4 million.", True),
    ("would cost $2.6 million a year.", "estimates the annual cost at $1.4 million.", True),
    ("put the yearly saving at $2.6 million.", "put the annual saving at $1.4 million.", True),
    # near misses: save / cost; a clause that goes on after the tail; no estimate on either side
    ("would cost $2.6 million a year.", "put the yearly saving at $1.4 million.", False),
    ("would pay $2.6 million a year in rent.", "put the yearly payment at $1.4 million.", False),
    ("would save $2.6 million a year.", "saves $1.4 million a year.", False),
])
def test_rate_noun_verb(t1, t2, same):
    c1 = "$2.6 million"
    c2 = "$1.4 million"
    assert ratenouns.rate_noun_verb(t1, c1, t2, c2) is same
