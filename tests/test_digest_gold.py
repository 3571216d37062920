"""The gold digests (evals/digest_gold): the agreed format, and exact spans against the dev data."""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD = sorted((ROOT / "evals" / "digest_gold").glob("*.json"))
OUTLETS = {"fox", "nyt", "hpo"}
DEVDATA = Path(os.environ.get("SUMMARIZER_DEVDATA") or ROOT.parent / "shared" / "devdata")
CLUSTERS = DEVDATA / "multidoc" / "basil_clusters.jsonl"


def _tool():
    spec = importlib.util.spec_from_file_location(
        "_make_digest_gold", ROOT / "evals" / "tools" / "make_digest_gold.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_eight_clusters():
    assert len(GOLD) == 8


@pytest.mark.parametrize("path", GOLD, ids=[g.stem[:8] for g in GOLD])
def test_format(path):
    g = json.loads(path.read_text(encoding="utf-8"))
    assert list(g) == ["cluster_id", "main_event", "articles", "agreements", "conflicts"]
    assert g["cluster_id"] == path.stem
    assert set(g["articles"]) == OUTLETS
    assert [a["id"] for a in g["agreements"]] == [f"a{i}" for i in range(1, len(g["agreements"]) + 1)]
    assert [k["id"] for k in g["conflicts"]] == [f"k{i}" for i in range(1, len(g["conflicts"]) + 1)]
    assert 3 <= len(g["agreements"]) <= 8
    for a in g["agreements"]:
        assert list(a) == ["id", "proposition", "quotes"] and a["proposition"].strip()
        outlets = [q["outlet"] for q in a["quotes"]]
        assert len(outlets) >= 2 and len(set(outlets)) == len(outlets) and set(outlets) <= OUTLETS
        for q in a["quotes"]:
            assert list(q) == ["outlet", "quote", "start", "end"]
            assert q["end"] - q["start"] == len(q["quote"]) > 0
    for k in g["conflicts"]:
        assert list(k) == ["id", "type", "about", "within_article", "sides"]
        assert k["type"] in ("number", "version") and isinstance(k["within_article"], bool)
        outlets = {s["outlet"] for s in k["sides"]}
        assert len(k["sides"]) >= 2 and outlets <= OUTLETS
        if k["within_article"]:
            assert len(outlets) == 1 and len({s["source"] for s in k["sides"]}) >= 2
        else:
            assert len(outlets) >= 2
        for s in k["sides"]:
            assert list(s) == ["outlet", "source", "quote", "start", "end"] and s["source"].strip()
            assert s["end"] - s["start"] == len(s["quote"]) > 0


@pytest.mark.skipif(not CLUSTERS.is_file(), reason="dev data not present")
def test_spans_and_rebuild(tmp_path, monkeypatch):
    """Every quote is its article's exact slice, and the script reproduces the files byte for byte."""
    tool = _tool()
    rows = tool.load_clusters()
    assert tool.check_files(rows) == 0
    monkeypatch.setattr(tool, "OUT", tmp_path)
    for idx, row in tool.select(rows):
        assert idx % 2 == 0
        built = json.dumps(tool.build_one(idx, row, tool.LABELS[row["cluster_id"]]),
                           indent=2, ensure_ascii=False) + "\n"
        on_disk = (ROOT / "evals" / "digest_gold" / f"{row['cluster_id']}.json").read_text("utf-8")
        assert built == on_disk, row["cluster_id"]
