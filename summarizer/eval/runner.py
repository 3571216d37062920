"""Running systems over a gold set: each article scored, failures recorded, the run goes on."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from ..errors import ContextOverflow, ExtractionError, TransportError
from ..schema import ArticleSummary
from .gold import GoldCase
from .matching import default_matcher
from .metrics import SystemReport, aggregate, score_article
from .report import EvalReport

#: A system maps a gold case's article to a prediction (the gold system also sees the gold).
System = Callable[[GoldCase], ArticleSummary]


def evaluate_system(name: str, system: System, cases: Iterable[GoldCase], role: str = "baseline",
                    method: str | None = None) -> SystemReport:
    """Run one system over every case and score it.

    When the system fails on one article (ExtractionError: its output stayed invalid;
    TransportError/ContextOverflow: the backend gave up on that article's requests), the
    article is scored as a missing prediction with the error recorded, and the run goes on.
    Anything else (BackendUnavailable: nothing can be run; a bug) stops the run."""
    reports = []
    for case in cases:
        t0 = time.perf_counter()
        pred, error = None, None
        try:
            pred = system(case)
        except (ExtractionError, TransportError, ContextOverflow) as e:
            error = f"{type(e).__name__}: " + (" ".join(str(e).split()) or "no message")
        seconds = time.perf_counter() - t0
        reports.append(score_article(pred, case.gold, case.article.text, name=case.stem,
                                     path=case.article.path, seconds=seconds, error=error,
                                     method=method))
    return aggregate(name, role, reports)


def evaluate(
    cases: list[GoldCase],
    systems: dict[str, tuple[str, System]],
    *,
    gold_dir: str = "",
    model: str | None = None,
    method: str | None = None,
) -> EvalReport:
    """Score every system (name -> (role, system)) on every case, in one report."""
    method = method or default_matcher()
    out = {name: evaluate_system(name, fn, cases, role, method) for name, (role, fn) in systems.items()}
    return EvalReport(
        gold_dir=gold_dir, articles=[c.stem for c in cases], matcher=method, model=model,
        systems=out, warnings=[w for c in cases for w in c.warnings],
    )

