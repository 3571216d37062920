"""Session 26 (multi27): the digest suite scores a gold folder's own clusters of faithfulness
documents (evals/digest_gold_cnn27), and digest shapes the blind CNN set showed. Every text here is
invented."""

from __future__ import annotations

import hashlib
import json

import pytest

from summarizer.errors import InputError
from summarizer.eval.suites import digest as suite

DOC_A = ("(CNN)The ferry Marlow Star sank near Kettle Point on Sunday, officials said. "
         "All 40 passengers were rescued by fishing boats. "
         "The harbor master, Ina Velk, said the ferry had engine trouble.")
DOC_B = ("Kettle Point (CNN)Divers reached the wreck of the Marlow Star on Tuesday. "
         "All 40 passengers were rescued by fishing boats. "
         "Inspectors will test the engine next week.")


def _sha(t: str) -> str:
    return hashlib.sha256(t.encode("utf-8")).hexdigest()


def _write_pairs(root, records):
    p = root / "devdata" / "faithfulness" / "pairs.jsonl"
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


@pytest.fixture
def listed(tmp_path, monkeypatch):
    """A fake dev data folder with two invented documents (one duplicated, as pairs repeat a
    document once per claim) and a gold folder naming them as one cluster."""
    _write_pairs(tmp_path, [{"doc_id": "doc-a", "document": DOC_A, "claim": "x", "label": 1},
                            {"doc_id": "doc-a", "document": DOC_A, "claim": "y", "label": 0},
                            {"doc_id": "doc-b", "document": DOC_B, "claim": "z", "label": 1},
                            {"doc_id": "other", "document": "Unrelated.", "claim": "w", "label": 1}])
    monkeypatch.setenv("SUMMARIZER_DEVDATA", str(tmp_path / "devdata"))
    gold = tmp_path / "gold"
    gold.mkdir()
    index = {"source": "faithfulness/pairs.jsonl",
             "clusters": [{"cluster_id": "t-1", "main_event": "a ferry sinks",
                           "articles": [{"label": "b", "doc_id": "doc-b", "sha256": _sha(DOC_B)},
                                        {"label": "a", "doc_id": "doc-a", "sha256": _sha(DOC_A)}]}]}
    (gold / suite.CLUSTERS_FILE).write_text(json.dumps(index), encoding="utf-8")
    shared = "All 40 passengers were rescued by fishing boats."
    ga, gb = DOC_A.index(shared), DOC_B.index(shared)
    g = {"cluster_id": "t-1", "main_event": "a ferry sinks", "articles": {"a": "doc-a", "b": "doc-b"},
         "agreements": [{"id": "a1", "proposition": "All passengers were rescued.",
                         "quotes": [{"outlet": "a", "quote": shared, "start": ga, "end": ga + len(shared)},
                                    {"outlet": "b", "quote": shared, "start": gb, "end": gb + len(shared)}]}],
         "conflicts": []}
    (gold / "t-1.json").write_text(json.dumps(g), encoding="utf-8")
    return gold, index


def test_listed_clusters_load_from_faithfulness_by_doc_id(listed):
    gold, _ = listed
    [c] = suite.load_clusters(gold)
    assert c["cluster_id"] == "t-1"
    assert [(a["outlet_code"], a["article_uuid"]) for a in c["articles"]] == [("b", "doc-b"), ("a", "doc-a")]
    assert c["articles"][1]["text"] == DOC_A


def test_clusters_file_is_not_a_gold_digest(listed):
    gold, _ = listed
    assert set(suite.load_gold(gold)) == {"t-1"}


def test_without_clusters_file_basil_is_loaded(tmp_path, monkeypatch):
    d = tmp_path / "devdata" / "multidoc"
    d.mkdir(parents=True)
    (d / "basil_clusters.jsonl").write_text(json.dumps({"cluster_id": "k9", "articles": []}) + "\n",
                                            encoding="utf-8")
    monkeypatch.setenv("SUMMARIZER_DEVDATA", str(tmp_path / "devdata"))
    assert [c["cluster_id"] for c in suite.load_clusters(tmp_path / "no-index")] == ["k9"]


def test_changed_text_is_refused(listed):
    gold, index = listed
    index["clusters"][0]["articles"][1]["sha256"] = _sha(DOC_A + " ")
    (gold / suite.CLUSTERS_FILE).write_text(json.dumps(index), encoding="utf-8")
    with pytest.raises(InputError, match="changed"):
        suite.load_clusters(gold)


def test_two_texts_for_one_id_are_refused(tmp_path, monkeypatch, listed):
    _write_pairs(tmp_path, [{"doc_id": "doc-a", "document": DOC_A, "claim": "x", "label": 1},
                            {"doc_id": "doc-a", "document": DOC_A.upper(), "claim": "x", "label": 1},
                            {"doc_id": "doc-b", "document": DOC_B, "claim": "z", "label": 1}])
    with pytest.raises(InputError, match="2 texts"):
        suite.load_clusters(listed[0])


def test_unknown_source_is_refused(listed):
    gold, index = listed
    with pytest.raises(InputError, match="unknown source"):
        suite.listed_clusters({**index, "source": "multidoc/other.jsonl"})


def test_labels_sort_after_outlets():
    arts = [{"outlet_code": c} for c in ("c", "a", "nyt", "b", "fox")]
    assert [a["outlet_code"] for a in sorted(arts, key=suite._article_order)] == ["fox", "nyt", "a", "b", "c"]


def test_suite_scores_a_listed_cluster(listed):
    """End to end with the sentence baseline: the shared sentence is one agreement of the gold."""
    gold, _ = listed
    tot = suite.run_suite("sentences", suite.load_clusters(gold), suite.load_gold(gold))
    assert tot["gold_clusters"] == 1 and tot["agree_gold"] == 1
    assert tot["agree_hit"] == 1
