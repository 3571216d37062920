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
from summarizer.digest.counts import number_conflict
from summarizer.digest.idf import reweigh
from summarizer.digest.eventdates import span_clash
from summarizer.digest.figures import revision_clash
from summarizer.digest.measured import measure_clash
from summarizer.digest.predicates import state_clash, states
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
    for key in ("pairs", "pairs2"):
        for n, p in enumerate(BATTERY[key]):
            marks = [pytest.mark.xfail(strict=True, reason=p["missed"])] if "missed" in p else []
            yield pytest.param(p["a"], p["b"], p["expected"], marks=marks,
                               id=f"{key[-1] if key[-1].isdigit() else ''}{n:02d}-{p['domain']}-{p['kind']}-{p['expected']}")


def _pair_feats(a: str, b: str):
    """The two sentences' features weighed as the digest weighs them (align() reweighs a batch of
    short articles: idf.reweigh), so a word the two share can be rare, as in a digest."""
    fs = _feats(a, b)
    reweigh(fs)
    return fs


@pytest.mark.parametrize("a,b,expected", list(_pair_cases()))
def test_a_pair_of_sentences_is_judged_as_an_analyst_would(a, b, expected):
    """The digest of two one-sentence articles: a pair judged a conflict (classify, on the
    digest's weights), or a refutation found from the refuting claim (classify.refutations)."""
    fa, fb = _pair_feats(a, b)
    jd = classify(fa, fb)
    digest = build_sections(_articles(f"Report 1\n\n{a}\n", f"Report 2\n\n{b}\n"))[0].conflicts
    got = "conflict" if jd.kind in ("numbers", "assertion") or digest else "none"
    assert got == expected, (jd, [c.reason for c in digest])


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


# -- the constructions ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,told", [
    ("The inspector said the old mill's roof is unsafe.", "old mill's roof unsafe"),
    ("The union said the talks were not productive.", "talks not productive"),
    ("The ferry service remains suspended, the port said.", "ferry service suspended"),
    ("The Dale Road bridge reopened on Monday.", "dale road bridge open"),
    ("Regulators said the merger was fully legal.", "merger legal"),
])
def test_a_state_is_read_with_its_subject_and_polarity(sentence, told):
    [f] = _feats(sentence)
    assert told in [s.told() for s in states(f)]


@pytest.mark.parametrize("sentence", [
    "The council asked whether the bridge is safe.",                   # an embedded question
    "The engineer said the dam could be unsafe after heavy rain.",    # a hedge
    "If the levee is breached, the town will flood.",                 # a condition
    "The ranger told reporters that it was safe to swim there.",      # a pronoun names no thing
    "Officials said no one was hurt.",                                # a negative quantifier
    "Lawyers said the jury would have been unfair even if the judge was careful.",  # a hedge before the copula
])
def test_no_state_is_read_where_none_is_asserted(sentence):
    [f] = _feats(sentence)
    assert states(f) == []


@pytest.mark.parametrize("a,b,clash", [
    ("The mayor said the pier is safe.", "Divers said the pier is unsafe.", True),
    ("The mayor said the pier is safe.", "Divers said the pier is not safe.", True),
    ("The mayor said the pier is not safe.", "Divers said the pier is unsafe.", False),   # the same state
    ("The mayor said the pier is safe.", "Divers said the old pier is dangerous.", True),
    ("The mayor said the pier is safe.", "Divers said the marina is dangerous.", False),  # two things
    ("The board said costs were higher than planned.", "Auditors said revenue was lower than planned.", False),
    ("Aides said the mayor was ill last week.", "The mayor denied that she was ill.", True),       # a denial of one's own state
    ("Aides said the mayor was ill last week.", "The mayor's spokesman denied that she was ill.", True),
    ("Aides said the mayor was well last week.", "The mayor denied the report and said she was well.", False),  # no denied content
])
def test_two_states_clash_only_of_one_thing(a, b, clash):
    fa, fb = _feats(a, b)
    assert bool(state_clash(fa, fb)) is clash


@pytest.mark.parametrize("a,b,clash", [
    ("The vote is set for May 4.", "Lawmakers will hold the vote on May 11.", True),
    ("The vote is set for early May.", "Lawmakers will hold the vote on May 4.", False),
    ("The vote is set for May 4.", "The hearing is set for May 11.", False),            # two events
    ("The conference runs from Oct. 2 to Oct. 6.", "The conference runs from Oct. 3 to Oct. 7.", True),
    ("Ames chaired the board from 2001 to 2012.", "Ames, who chaired the board from 2002 to 2012, retired.", True),
    ("Ames chaired the board from 2001 to 2012.", "Ames chaired the board from 2001 to 2012.", False),
    ("Ames chaired the board from 2001 to 2007.", "Berg chaired the board from 2007 to 2015.", False),  # two terms
])
def test_two_dates_or_spans_of_one_event(a, b, clash):
    fa, fb = _feats(a, b)
    assert bool(span_clash(fa, fb, fa.names & fb.names)) is clash


@pytest.mark.parametrize("a,b,clash", [
    ("The blackout lasted six hours.", "The blackout lasted 90 minutes.", True),
    ("The blackout lasted six hours.", "The six-hour blackout ended at dawn.", False),
    ("The blackout lasted six hours.", "The 360-minute blackout ended at dawn.", False),
    ("The trail runs 10 miles.", "The trail runs 16 kilometers.", False),              # 16.1 km: rounded
    ("The trail runs 10 miles.", "The trail runs 25 kilometers.", True),
    ("The blackout lasted more than six hours.", "The blackout lasted 400 minutes.", False),  # a bound met
    ("The plea came three days after the arrest.", "The arrest came two years after the inquiry began.", False),  # offsets
    ("The company gave staff two weeks' notice.", "The company gave staff six months of severance pay.", False),
    ("The 30-page report faulted the agency.", "The 34-page report faulted the agency.", True),
])
def test_one_measure_in_two_units(a, b, clash):
    fa, fb = _pair_feats(a, b)
    assert bool(measure_clash(fa, fb)) is clash


@pytest.mark.parametrize("a,b,values", [
    ("Police said 8 people died in the fire.", "Police later raised the death toll from the fire to 11.", (8.0, 11.0)),
    ("The clinic said 300 patients were affected.", "The clinic revised the number of affected patients to 450.", (300.0, 450.0)),
    ("The city put the flood damage at $4 million.", "The city lowered its estimate of the flood damage to $3 million.", (4e6, 3e6)),
    ("Police said 8 people died in the fire.", "Police later raised the death toll from the fire to 8.", None),
    ("Police said 8 people were injured in the fire.", "Police later raised the death toll from the fire to 11.", None),
    ("Police said 8 people died in the fire.", "The toll rose to 11 on Friday.", None),     # an update, not a revision
])
def test_a_revised_figure_against_the_figure_it_revises(a, b, values):
    fa, fb = _feats(a, b)
    found = revision_clash(fa, fb)
    assert (found[2:] if found else None) == values


@pytest.mark.parametrize("sentence,other", [
    ("The agency said it would inspect 50 more bridges.", "The agency said it inspected 20 bridges."),
    ("The group said its own survey of 400 voters found support.", "The pollster said its survey of 900 voters found support."),
])
def test_an_added_or_own_count_is_another_set(sentence, other):
    fa, fb = _feats(sentence, other)
    assert number_conflict(fa, fb, False) is None
