"""conf11 (issue 15): conflicts in the digest an analyst expects on political, court, business and
local news that need no entailment model. Twelve invented clusters (tests/fixtures/conf11: an
indictment, an interim senator, rail talks, tap water, a bridge, a police shooting, a flood toll,
a cloud outage, a school-board vote, a study, a football transfer, a plant closure) with the
conflicts and near-misses listed before the digest was run (expected.json), and a battery of
sentence pairs with the judgment expected, written before the run (battery.json): dates and
ranges of one event, a count in another unit, antonyms and a negated copula, a denial, dispute or
"called the report false" against the claim it answers, a figure revised. Fast: the bundled
path's code claims (no model); invented texts, no seed words."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from summarizer.digest.build import build_sections
from summarizer.digest.align import iter_events
from summarizer.digest.classify import Judgment, classify
from tests.test_align_disputes import _articles
from tests.test_conf9 import _feats, planted_conflict_tests

FIX = Path(__file__).parent / "fixtures" / "conf11"
EXPECTED = {k: v for k, v in json.loads((FIX / "expected.json").read_text(encoding="utf-8")).items() if k != "_doc"}
BATTERY = json.loads((FIX / "battery.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _sections(name: str):
    texts = [p.read_text(encoding="utf-8") for p in sorted((FIX / name).glob("*.txt"))]
    return build_sections(_articles(*texts))[0]


def _conflicts(name: str):
    return _sections(name).conflicts


test_a_planted_conflict_is_in_the_digest, test_a_near_miss_is_no_conflict, test_every_conflict_in_the_digest_was_planted = \
    planted_conflict_tests(EXPECTED, _conflicts)


# -- the battery: pairs of sentences, one an article ------------------------------------------------

def _pair_cases():
    for n, p in enumerate(BATTERY["pairs"]):
        marks = [pytest.mark.xfail(strict=True, reason=p["missed"])] if "missed" in p else []
        yield pytest.param(p["a"], p["b"], p["expected"], id=f"{n:02d}-{p['domain']}-{p['kind']}-{p['expected']}", marks=marks)


@pytest.mark.parametrize("a,b,expected", list(_pair_cases()))
def test_a_pair_of_sentences_is_judged_as_an_analyst_would(a, b, expected):
    fa, fb = _feats(a, b)
    jd = classify(fa, fb)
    got = "conflict" if jd.kind in ("numbers", "assertion") else "none"
    assert got == expected, jd


# -- the event card: a count against a count is no denial -------------------------------------------

def test_two_page_counts_of_one_indictment_are_not_a_denial():
    """'a 52-page indictment' / 'The 51-page indictment ...': neither side denies the other."""
    events = _sections("indictment").events
    stances = {(v.quote[:40], v.stance) for e in events for v in e.versions if "-page" in v.quote}
    assert len(stances) == 2 and all(s != "denies" for _, s in stances), stances


def test_a_side_of_a_number_conflict_counts_whatever_else_it_negates():
    """The lead's reading of a BASIL story (session 9): '48-page' / '47-page ... “they did not
    otherwise have sufficient funds”' labelled the second side 'denies' on the event card: a
    negation elsewhere in a side of a number conflict reached a word the other side holds."""
    fs = _feats("Prosecutors released a 48-page indictment of the couple on Tuesday.",
                "The 47-page indictment says the couple did not have the funds to pay for the trips.")
    jd = Judgment("numbers", "48 vs 47", about="indictment", values=(48.0, 47.0))
    [(_, event)] = list(iter_events(fs, [(fs[0].index, fs[1].index, jd)]))
    assert [v.stance for v in event.versions] == ["counts", "counts"]
