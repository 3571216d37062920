"""digest37 (issue 15): what the digest got wrong on five invented three-outlet stories outside politics
and war (evals/digest_gold_genre37: a merger, a verdict, a flood, a town's election count, a strike).
Invented sentences throughout (other names, places and numbers than the set's texts where a pair is built
here); near misses beside each rule.

* Two durations of different things sharing a word are no conflict: a measure written as a modifier
  ("its 170-year history") is of its noun, which the other claim must name; "the first <event> in <n>
  years" is the time since the last one, not a duration (measured.measure_clash).
* "a margin of about 900 votes" and "by about 900 votes" are differences, like "by 312 votes"
  (counts._kind), so two margins conflict and a margin is never set against a level.
* A share and a count of one noun are two conflicts, not one row of "312 percent" (figures.count_key).
* "overnight Sunday" dates a count to Sunday (counts._relative_apart).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from summarizer.digest.build import build_sections
from summarizer.digest.counts import number_conflict
from summarizer.digest.measured import measure_clash
from tests.test_align_disputes import _articles
from tests.test_conf9 import _feats

GENRE = Path(__file__).resolve().parents[1] / "evals" / "digest_gold_genre37" / "texts"


@pytest.mark.parametrize("a,b,clash", [
    # another thing measured: the modifier's noun is not in the other claim
    ("Rivas will be the first woman to run the port in its 140-year history.",
     "Rivas, who spent 22 years on the port's board, said she would hire a new engineer.", False),
    # the time since the last such event
    ("The stoppage is the first at the brewery in 18 years, the union said.",
     "The brewery said it had enough kegs in storage for about three weeks.", False),
    ("It was the last time the dam overflowed in 12 years.", "The dam held water for six months.", False),
    # near misses: one thing measured, kept
    ("The six-hour blackout ended at dawn.", "The blackout lasted 90 minutes.", True),
    ("The 30-page report faulted the agency.", "The 34-page report faulted the agency.", True),
    ("The stoppage at the brewery lasted 18 days.", "The stoppage at the brewery lasted three weeks.", True),
])
def test_two_durations_conflict_only_when_they_measure_one_thing(a, b, clash):
    fa, fb = _feats(a, b)
    assert bool(measure_clash(fa, fb)) is clash


@pytest.mark.parametrize("a,b,conflict", [
    ("Okafor won the council seat by a margin of about 900 votes on Tuesday.",
     "Okafor won the council seat by 312 votes on Tuesday.", True),
    ("Okafor won the council seat by about 900 votes on Tuesday.",
     "Okafor won the council seat by 312 votes on Tuesday.", True),
    # near miss: a level against a margin
    ("Okafor received about 900 votes for the council seat on Tuesday.",
     "Okafor won the council seat by 312 votes on Tuesday.", False),
])
def test_a_margin_is_a_difference(a, b, conflict):
    fa, fb = _feats(a, b)
    assert bool(number_conflict(fa, fb, False)) is conflict


@pytest.mark.parametrize("a,b,conflict", [
    ("Nearly 7 inches of rain fell on the Garrow valley overnight Saturday, the agency said.",
     "More than 10 inches of rain fell on the Garrow valley on Saturday, forecasters said.", True),
    # near miss: a night with no day named may be another night
    ("Nearly 7 inches of rain fell on the Garrow valley overnight, the agency said.",
     "More than 10 inches of rain fell on the Garrow valley on Saturday, forecasters said.", False),
])
def test_a_relative_time_followed_by_its_day_names_the_day(a, b, conflict):
    fa, fb = _feats(a, b)
    assert bool(number_conflict(fa, fb, False)) is conflict


@lru_cache(maxsize=None)
def _conflicts(cluster: str):
    texts = [(GENRE / cluster / f"{o}.txt").read_text(encoding="utf-8") for o in "abc"]
    return build_sections(_articles(*texts))[0].conflicts


def _sides(c) -> str:
    return " || ".join(s.quote for s in c.sides)


def test_a_share_and_a_margin_of_one_vote_are_two_conflicts():
    cs = [c for c in _conflicts("g37-4") if c.kind == "numbers"]
    share = [c for c in cs if "52 percent" in _sides(c) and "54 percent" in _sides(c)]
    margin = [c for c in cs if "312 votes" in _sides(c) and "900 votes" in _sides(c)]
    assert share and margin, [c.reason for c in cs]
    assert all("percent" not in c.reason.split(" vs ")[0] or "312" not in c.reason for c in cs), [c.reason for c in cs]
    assert share[0] is not margin[0]


@pytest.mark.parametrize("cluster,a,b", [
    ("g37-4", "170-year history", "30 years in the town"),
    ("g37-5", "in 26 years", "about two weeks"),
])
def test_no_conflict_between_durations_of_different_things(cluster, a, b):
    assert not [c for c in _conflicts(cluster) if a in _sides(c) and b in _sides(c)]


def test_a_gold_set_of_stored_texts_loads_by_path_and_checks_each_hash(tmp_path):
    import hashlib
    import json

    from summarizer.errors import InputError
    from summarizer.eval.suites.digest import load_clusters

    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_text("Mill hands at Orley struck on Friday.\n", encoding="utf-8")
    good = hashlib.sha256(b"Mill hands at Orley struck on Friday.\n").hexdigest()
    index = {"source": "files", "clusters": [{"cluster_id": "x1", "main_event": "a strike", "articles": [
        {"label": "a", "path": "texts/a.txt", "sha256": good}]}]}
    (tmp_path / "clusters.json").write_text(json.dumps(index), encoding="utf-8")
    [c] = load_clusters(tmp_path)
    assert c["articles"][0]["text"].startswith("Mill hands") and c["articles"][0]["outlet_code"] == "a"
    index["clusters"][0]["articles"][0]["sha256"] = "0" * 64
    (tmp_path / "clusters.json").write_text(json.dumps(index), encoding="utf-8")
    with pytest.raises(InputError):
        load_clusters(tmp_path)
