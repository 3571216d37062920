"""Scoring against labels, split like pydantic-evals:

    gold.py      the gold set (cases): <stem>.json + its article, validated on load
    devdata.py   the outside-labelled dev data (../shared/devdata), streamed lazily
    matching.py  one-to-one claim matching, attribution comparison
    metrics.py   per-article scores and their aggregation
    runner.py    systems run over cases
    gate.py      metrics against evals/thresholds.json
    report.py    the report as data, Markdown and JSON
    systems.py   what is scored: lead3 / rules baselines, gold replay, the model
    suites/      named eval suites (`summarize eval --suite NAME`)
"""

from __future__ import annotations

from .gate import GateResult, Threshold, check_gate, gate_error, load_thresholds
from .gold import GoldCase, default_gold_dir, load_gold_set, project_root
from .matching import attribution_matches, match_claims
from .metrics import ArticleReport, Match, Metrics, SystemReport, aggregate, score_article
from .report import EvalReport, to_json, to_markdown
from .runner import evaluate, evaluate_system

__all__ = [
    "ArticleReport", "EvalReport", "GateResult", "GoldCase", "Match", "Metrics", "SystemReport",
    "Threshold", "aggregate", "attribution_matches", "check_gate", "default_gold_dir", "evaluate",
    "evaluate_system", "gate_error", "load_gold_set", "load_thresholds", "match_claims", "project_root",
    "score_article", "to_json", "to_markdown",
]
