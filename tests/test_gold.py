"""The gold files: valid under the project's own models, exact spans, honest numbers."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from summarizer import rules
from summarizer.chunk import is_furniture, split_sentences
from summarizer.eval import load_thresholds
from summarizer.eval.devdata import DEVDATA_PREFIX, devdata_dir, load_devdata_article
from summarizer.load import load_article
from summarizer.schema import ArticleSummary

ROOT = Path(__file__).resolve().parent.parent
GOLD = sorted((ROOT / "evals" / "gold").glob("*.json"))
#: dev_*.json label articles of ../shared/devdata (source.path "devdata:<folder>/<article_id>").
SEED_GOLD = [g for g in GOLD if not g.stem.startswith("dev_")]


def test_one_gold_file_per_seed():
    assert [g.stem for g in SEED_GOLD] == sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))


@pytest.mark.parametrize("path", GOLD, ids=[g.stem for g in GOLD])
def test_gold_file(path):
    gold = ArticleSummary.model_validate_json(path.read_bytes())
    if gold.source.path.startswith(DEVDATA_PREFIX):
        if not devdata_dir().is_dir():
            pytest.skip(f"no devdata at {devdata_dir()}")
        article = load_devdata_article(gold.source.path, 1_000_000)
        assert gold.source.sha256 == article.sha256
    else:
        seed = ROOT / "seeds" / f"{path.stem}.txt"
        article = load_article(seed)
        assert gold.source.sha256 == hashlib.sha256(seed.read_bytes()).hexdigest()
    assert gold.source.chars == len(article.text)
    assert 2 <= len(split_sentences(gold.summary)) <= 4
    assert len(gold.claims) >= 8
    assert [c.id for c in gold.claims] == [f"c{i}" for i in range(1, len(gold.claims) + 1)]
    for c in gold.claims:
        assert article.text[c.evidence.start:c.evidence.end] == c.evidence.quote, c.id
        assert c.evidence.match == "exact"
        assert rules.number_values(c.text, words=False) <= rules.number_values(c.evidence.quote), c.id
        assert not is_furniture(c.evidence.quote), c.id


def test_gate_requires_beating_the_rules_baseline():
    """The claim-F1 floor in evals/thresholds.json sits above what the rules baseline scores."""
    from summarizer.eval import systems as baselines
    from summarizer.eval import evaluate, load_gold_set

    cases = load_gold_set(ROOT / "evals" / "gold")
    rep = evaluate(cases, {"rules": ("baseline", lambda case: baselines.rules_baseline(case.article))})
    t = load_thresholds(ROOT / "evals" / "thresholds.json")["claim_f1"]
    assert t.min - t.tolerance > rep.systems["rules"].claim_f1
    assert json.loads((ROOT / "evals" / "thresholds.json").read_text())["grounding_rate"]["min"] == 1.0
