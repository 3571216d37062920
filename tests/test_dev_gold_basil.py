"""Gold for dev-data articles (evals/gold/dev_*.json, evals/GUIDELINES.md §13): valid, exact spans
into the article the eval loads from ../shared/devdata, honest numbers, the certainty rules."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from summarizer import rules
from summarizer.chunk import is_furniture, split_sentences
from summarizer.errors import InputError
from summarizer.eval.devdata import devdata_dir, load_devdata_article
from summarizer.schema import ARTICLE_VOICE, ArticleSummary

ROOT = Path(__file__).resolve().parent.parent
DEV_GOLD = sorted((ROOT / "evals" / "gold").glob("dev_basil_*.json"))

pytestmark = pytest.mark.skipif(not devdata_dir().is_dir(), reason="no ../shared/devdata")


@pytest.mark.parametrize("path", DEV_GOLD, ids=[g.stem for g in DEV_GOLD])
def test_dev_gold_file(path):
    gold = ArticleSummary.model_validate_json(path.read_bytes())
    assert gold.source.path.startswith("devdata:")
    article = load_devdata_article(gold.source.path)
    assert gold.source.sha256 == hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    assert gold.source.chars == len(article.text)
    assert gold.published
    assert 2 <= len(split_sentences(gold.summary)) <= 4
    assert len(gold.claims) >= 8
    assert [c.id for c in gold.claims] == [f"c{i}" for i in range(1, len(gold.claims) + 1)]
    assert [c.evidence.start for c in gold.claims] == sorted(c.evidence.start for c in gold.claims)
    for c in gold.claims:
        assert article.text[c.evidence.start:c.evidence.end] == c.evidence.quote, c.id
        assert c.evidence.match == "exact"
        assert rules.number_values(c.text, words=False) <= rules.number_values(c.evidence.quote), c.id
        assert not is_furniture(c.evidence.quote), c.id
        if c.certainty == "stated":
            assert c.attributed_to == ARTICLE_VOICE, c.id
        if c.attributed_to == ARTICLE_VOICE:
            assert c.certainty in ("stated", "speculative", "negated"), c.id


def test_devdata_refs_are_checked(tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_DEVDATA", str(tmp_path))
    (tmp_path / "multidoc").mkdir()
    (tmp_path / "multidoc" / "x.jsonl").write_text(
        '{"cluster_id": "k", "articles": [{"article_uuid": "a1", "text": "Caf\\u00e9 opened."}]}\n',
        encoding="utf-8")
    art = load_devdata_article("devdata:multidoc/a1")
    assert art.text == "Café opened." and art.sha256 == hashlib.sha256("Café opened.".encode()).hexdigest()
    for bad in ("devdata:multidoc/nope", "devdata:missing/a1", "devdata:multidoc", "seeds/x.txt"):
        with pytest.raises(InputError):
            load_devdata_article(bad)
