"""The digest judgements (evals/digest_judgements, written by evals/tools/judge_digest.py): one file per
gold cluster, every entry well formed with a verdict and a reason, and every quote its article's exact
slice when the dev data is present."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
JUDGED = sorted((ROOT / "evals" / "digest_judgements").glob("*.json"))
GOLD_IDS = {p.stem for d in ("digest_gold", "digest_gold_heldout") for p in (ROOT / "evals" / d).glob("*.json")}
OUTLETS = {"fox", "nyt", "hpo"}
DEVDATA = Path(os.environ.get("SUMMARIZER_DEVDATA") or ROOT.parent / "shared" / "devdata")
CLUSTERS = DEVDATA / "multidoc" / "basil_clusters.jsonl"


def _parts(doc: dict):
    for a in doc["agreements"]:
        yield from a["quotes"]
    for k in doc["conflicts"]:
        yield from k["sides"]


def test_one_file_per_gold_cluster():
    assert JUDGED and {p.stem for p in JUDGED} == GOLD_IDS


@pytest.mark.parametrize("path", JUDGED, ids=[p.stem[:8] for p in JUDGED])
def test_format(path):
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert list(doc) == ["cluster_id", "agreements", "conflicts"] and doc["cluster_id"] == path.stem
    keys = set()
    for kind, part_key, part_fields in (("agreements", "quotes", ["outlet", "quote", "start", "end"]),
                                        ("conflicts", "sides", ["outlet", "source", "quote", "start", "end"])):
        for e in doc[kind]:
            assert list(e) == [part_key, "right", "reason"]
            assert isinstance(e["right"], bool), "every entry judged (right: true/false)"
            assert e["reason"].strip() and "\n" not in e["reason"]
            parts = e[part_key]
            assert len(parts) >= 2
            for q in parts:
                assert list(q) == part_fields and q["outlet"] in OUTLETS
                assert q["end"] - q["start"] == len(q["quote"]) > 0
            key = (kind, tuple(sorted((q["outlet"], q["start"], q["end"]) for q in parts)))
            assert key not in keys, "an item judged twice"
            keys.add(key)
        if kind == "agreements":
            assert all(len({q["outlet"] for q in e["quotes"]}) >= 2 for e in doc[kind])


@pytest.mark.skipif(not CLUSTERS.is_file(), reason="dev data not present")
def test_quotes_are_exact_slices():
    texts = {}
    with CLUSTERS.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            for a in row["articles"]:
                texts[(row["cluster_id"], a["outlet_code"])] = a["text"]
    n = 0
    for path in JUDGED:
        doc = json.loads(path.read_text(encoding="utf-8"))
        for q in _parts(doc):
            text = texts[(doc["cluster_id"], q["outlet"])]
            assert text[q["start"]:q["end"]] == q["quote"], (path.stem[:8], q["quote"][:60])
            n += 1
    assert n > 0
