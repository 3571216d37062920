"""A gold digest labelled for conflicts alone (`"conflicts_only": true`, evals/digest_gold_conf22) is
scored on its conflicts only: its empty agreement list must not count the digest's agreements as false."""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

from summarizer.eval.suites.digest import tally

ROOT = Path(__file__).resolve().parents[1]


def _tot():
    return dict(agree_pred=0, agree_gold=0, agree_hit=0, conf_pred=0, conf_gold=0, conf_hit=0)


_SIDES = [("fox", 10, 40), ("nyt", 100, 150)]
_GOLD_CONFLICT = {"sides": [{"outlet": "fox", "start": 12, "end": 30}, {"outlet": "nyt", "start": 110, "end": 140}]}
_AGREEMENT = [("fox", 500, 540), ("nyt", 600, 640)]


def test_a_conflicts_only_gold_adds_no_agreement_counts():
    tot = _tot()
    ha, hc = tally(tot, [_AGREEMENT], [_SIDES], {"agreements": [], "conflicts": [_GOLD_CONFLICT], "conflicts_only": True})
    assert (ha, hc) == (0, 1)
    assert (tot["agree_pred"], tot["agree_gold"]) == (0, 0)
    assert (tot["conf_pred"], tot["conf_gold"], tot["conf_hit"]) == (1, 1, 1)


def test_apart_a_full_gold_with_no_agreements_counts_the_predicted_ones_as_false():
    tot = _tot()
    tally(tot, [_AGREEMENT], [_SIDES], {"agreements": [], "conflicts": [_GOLD_CONFLICT]})
    assert (tot["agree_pred"], tot["agree_gold"], tot["agree_hit"]) == (1, 0, 0)


def test_the_conf22_gold_is_marked_conflicts_only_and_apart_from_the_other_sets():
    conf = sorted((ROOT / "evals" / "digest_gold_conf22").glob("*.json"))
    assert len(conf) == 6
    docs = [json.loads(p.read_text("utf-8")) for p in conf]
    assert all(d["conflicts_only"] is True and d["agreements"] == [] for d in docs)
    assert sum(len(d["conflicts"]) for d in docs) == 11
    others = {p.stem for d in ("digest_gold", "digest_gold_heldout", "digest_gold_fresh21")
              for p in (ROOT / "evals" / d).glob("*.json")}
    assert not others & {p.stem for p in conf}


def test_the_conf23_gold_is_marked_conflicts_only_and_apart_from_the_other_sets():
    conf = sorted((ROOT / "evals" / "digest_gold_conf23").glob("*.json"))
    assert len(conf) == 5
    docs = [json.loads(p.read_text("utf-8")) for p in conf]
    assert all(d["conflicts_only"] is True and d["agreements"] == [] for d in docs)
    assert sum(len(d["conflicts"]) for d in docs) == 9
    others = {p.stem for d in ("digest_gold", "digest_gold_heldout", "digest_gold_fresh21", "digest_gold_conf22")
              for p in (ROOT / "evals" / d).glob("*.json")}
    assert not others & {p.stem for p in conf}


def test_the_conf24_gold_is_marked_conflicts_only_and_apart_from_the_other_sets():
    conf = sorted((ROOT / "evals" / "digest_gold_conf24").glob("*.json"))
    assert len(conf) == 5
    docs = [json.loads(p.read_text("utf-8")) for p in conf]
    assert all(d["conflicts_only"] is True and d["agreements"] == [] for d in docs)
    assert sum(len(d["conflicts"]) for d in docs) == 9
    others = {p.stem for d in ("digest_gold", "digest_gold_heldout", "digest_gold_fresh21", "digest_gold_conf22",
                               "digest_gold_conf23")
              for p in (ROOT / "evals" / d).glob("*.json")}
    assert not others & {p.stem for p in conf}


def test_the_conf25_gold_is_marked_conflicts_only_and_apart_from_the_other_sets():
    conf = sorted((ROOT / "evals" / "digest_gold_conf25").glob("*.json"))
    assert len(conf) == 5
    docs = [json.loads(p.read_text("utf-8")) for p in conf]
    assert all(d["conflicts_only"] is True and d["agreements"] == [] for d in docs)
    assert sum(len(d["conflicts"]) for d in docs) == 5
    others = {p.stem for d in ("digest_gold", "digest_gold_heldout", "digest_gold_fresh21", "digest_gold_conf22",
                               "digest_gold_conf23", "digest_gold_conf24")
              for p in (ROOT / "evals" / d).glob("*.json")}
    assert not others & {p.stem for p in conf}


_DEVDATA = Path(os.environ.get("SUMMARIZER_DEVDATA") or ROOT.parent / "shared" / "devdata")


@pytest.mark.skipif(not (_DEVDATA / "multidoc" / "basil_clusters.jsonl").is_file(), reason="dev data not present")
@pytest.mark.parametrize("name,counts", [("make_digest_gold_fresh21", "4 clusters, 66 agreements, 6 conflicts"),
                                         ("make_digest_gold_conf22", "6 clusters, 0 agreements, 11 conflicts"),
                                         ("make_digest_gold_conf23", "5 clusters, 0 agreements, 9 conflicts"),
                                         ("make_digest_gold_conf24", "5 clusters, 0 agreements, 9 conflicts"),
                                         ("make_digest_gold_conf25", "5 clusters, 0 agreements, 5 conflicts")])
def test_the_blind_sets_on_disk_are_exact_rebuilds_of_their_labels(name, counts, capsys):
    """The sets share make_digest_gold.run_extra_set: `--check` rebuilds each file from the labels
    and the dev-data texts and compares (spans, quotes, the conflicts_only flag)."""
    spec = importlib.util.spec_from_file_location(f"_{name}", ROOT / "evals" / "tools" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.main(["--check"]) == 0
    assert counts + ": all spans check" in capsys.readouterr().out
