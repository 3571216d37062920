"""conflict59 (issue 15): a tuned BASIL gold set (evals/digest_gold_basil59, lines 5, 23, 25, 27: agreements and
conflicts) and cross-article conflict rules fixed on it, each with invented near-misses (evals/RESULTS.md,
"Session 50: conflict59")."""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_DEVDATA = Path(os.environ.get("SUMMARIZER_DEVDATA") or ROOT.parent / "shared" / "devdata")


def test_the_basil59_set_is_apart_from_the_held_out_set_and_has_agreements():
    files = sorted((ROOT / "evals" / "digest_gold_basil59").glob("*.json"))
    docs = [json.loads(p.read_text("utf-8")) for p in files]
    assert len(docs) == 4
    assert sum(len(d["agreements"]) for d in docs) == 31
    assert sum(len(d["conflicts"]) for d in docs) == 4
    assert not any(d.get("conflicts_only") for d in docs)
    held = {p.stem for p in (ROOT / "evals" / "digest_gold_heldout").glob("*.json")}
    assert not held & {p.stem for p in files}


@pytest.mark.skipif(not (_DEVDATA / "multidoc" / "basil_clusters.jsonl").is_file(), reason="dev data not present")
def test_the_basil59_set_on_disk_is_an_exact_rebuild_of_its_labels(capsys):
    spec = importlib.util.spec_from_file_location("_mdg_basil59", ROOT / "evals" / "tools" / "make_digest_gold_basil59.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.main(["--check"]) == 0
    assert "4 clusters, 31 agreements, 4 conflicts: all spans check" in capsys.readouterr().out
