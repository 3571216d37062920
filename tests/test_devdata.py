"""The dev data readers and gold files whose article lives in the dev data (issue 11)."""

from __future__ import annotations

import hashlib
import json

import pytest

from summarizer.errors import InputError
from summarizer.eval import devdata, load_gold_set
from summarizer.eval.systems import lead3
from summarizer.load import load_bytes
from summarizer.schema import Source

from .test_eval import ARTICLE, make_gold

UUID = "40b85964-0000-0000-0000-000000000001"


def _jsonl(path, records):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


@pytest.fixture
def fake_devdata(tmp_path, monkeypatch):
    d = tmp_path / "devdata"
    _jsonl(d / "attribution/articles.jsonl", [{"article_id": "other", "text": "Other text."},
                                              {"article_id": "riverton", "text": ARTICLE}])
    _jsonl(d / "attribution/attributions.jsonl", [{"id": "riverton#E1", "article_id": "riverton"}])
    _jsonl(d / "multidoc/basil_clusters.jsonl",
           [{"cluster_id": "k1", "articles": [{"article_uuid": "x", "text": "No."},
                                               {"article_uuid": UUID, "text": ARTICLE}]}])
    _jsonl(d / "faithfulness/pairs.jsonl", [{"document": "D", "claim": "C", "label": 1}])
    _jsonl(d / "factuality/meantime.jsonl", [{"id": "m1"}])
    _jsonl(d / "factuality/uw.jsonl", [{"id": "u1"}, {"id": "u2"}])
    monkeypatch.setenv("SUMMARIZER_DEVDATA", str(d))
    return d


def test_missing_devdata_dir_is_a_clear_input_error(tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_DEVDATA", str(tmp_path / "nowhere"))
    with pytest.raises(InputError, match="dev data directory not found.*SUMMARIZER_DEVDATA") as e:
        devdata.attribution_articles()  # raised on the call, not on first iteration
    assert e.value.path == str(tmp_path / "nowhere")


def test_readers_stream_lazily_and_read_every_file(fake_devdata):
    it = devdata.attribution_articles()
    assert iter(it) is it  # a stream, not a list
    assert [a["article_id"] for a in it] == ["other", "riverton"]
    assert [r["id"] for r in devdata.attribution_relations()] == ["riverton#E1"]
    assert [c["cluster_id"] for c in devdata.basil_clusters()] == ["k1"]
    assert [p["claim"] for p in devdata.faithfulness_pairs()] == ["C"]
    assert [e["id"] for e in devdata.factuality_events()] == ["m1", "u1", "u2"]
    assert [e["id"] for e in devdata.factuality_events("uw")] == ["u1", "u2"]


def test_default_devdata_dir_is_beside_the_repository(monkeypatch):
    monkeypatch.delenv("SUMMARIZER_DEVDATA", raising=False)
    expected = devdata.project_root().parent / "shared" / "devdata"
    assert devdata.devdata_dir() == expected
    if not expected.is_dir():
        with pytest.raises(InputError, match=str(expected)):
            devdata.basil_clusters()


def _gold_dir(tmp_path, ref: str, text: str = ARTICLE):
    d = tmp_path / "gold"
    d.mkdir()
    a = load_bytes(text.encode("utf-8"), ref)
    gold = make_gold(ref).model_copy(update={"source": Source(path=ref, sha256=a.sha256, chars=a.chars)})
    (d / "case.json").write_text(gold.model_dump_json(), encoding="utf-8")
    return d


@pytest.mark.parametrize("ref", ["devdata:attribution/riverton", f"devdata:multidoc/{UUID}"])
def test_gold_article_from_devdata(fake_devdata, tmp_path, ref):
    [case] = load_gold_set(_gold_dir(tmp_path, ref))
    assert case.article.text == ARTICLE and case.article.path == ref
    assert case.article.sha256 == hashlib.sha256(ARTICLE.encode("utf-8")).hexdigest()
    assert case.warnings == ()
    assert lead3(case.article).summary  # a usable article for every system


@pytest.mark.parametrize("ref, fragment", [("devdata:attribution/nope", "nope: no record with that id"),
                                           ("devdata:elsewhere/x", "elsewhere not found"),
                                           ("devdata:noslash", "expected devdata:<folder>/<id>")])
def test_bad_devdata_reference_names_the_gold_file(fake_devdata, tmp_path, ref, fragment):
    d = _gold_dir(tmp_path, ref)
    with pytest.raises(InputError, match=fragment) as e:
        load_gold_set(d)
    assert e.value.path == str(d / "case.json") and "case.json" in str(e.value)


def test_gold_span_that_is_not_its_quote_is_an_input_error(tmp_path):
    d = tmp_path / "gold"
    d.mkdir()
    (d / "case.txt").write_text(ARTICLE, encoding="utf-8")
    gold = make_gold("case.txt")
    bad = gold.claims[0].evidence.model_copy(update={"start": gold.claims[0].evidence.start + 1})
    gold.claims[0] = gold.claims[0].model_copy(update={"evidence": bad})
    (d / "case.json").write_text(gold.model_dump_json(), encoding="utf-8")
    with pytest.raises(InputError, match=r"case\.json: claim c1: evidence"):
        load_gold_set(d)
