"""The gold suite: hand-labelled ArticleSummary files (evals/gold), every claim metric."""

from __future__ import annotations

from pathlib import Path

from ..gold import default_gold_dir, load_gold_set
from ..report import EvalReport
from ..runner import evaluate
from ..systems import build_systems


def run(settings, *, sample: int | None, systems: list[str], gold_dir: str | Path | None = None,
        method: str | None = None, **_ignored) -> EvalReport:
    """Score `systems` on the gold set (the first `sample` cases by stem, when given)."""
    gold_dir = Path(gold_dir) if gold_dir else default_gold_dir()
    cases = load_gold_set(gold_dir, settings.max_chars)
    if sample is not None:
        cases = sorted(cases, key=lambda c: c.stem)[:sample]
    pipe = None
    if "model" in systems:
        from ...pipeline import Pipeline

        pipe = Pipeline(settings)
    try:
        table, model_name = build_systems(systems, settings, pipe)
        return evaluate(cases, table, gold_dir=str(gold_dir), model=model_name, method=method)
    finally:
        if pipe is not None:
            pipe.close()
