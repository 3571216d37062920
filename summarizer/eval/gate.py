"""The gate: a system's metrics against the floors and ceilings of evals/thresholds.json."""

from __future__ import annotations

import json
import math
from pathlib import Path

from pydantic import ValidationError

from ..errors import EvalGateFailed, UsageError
from .metrics import Metrics, ReportModel, SystemReport

#: Metrics a thresholds file may name, with the direction "higher is better" for all but these.
LOWER_IS_BETTER = {"failed_articles", "furniture_claims", "rejected_claim_rate", "calls", "prompt_tokens",
                   "completion_tokens", "seconds"}


class Threshold(ReportModel):
    """A floor (`min`, for higher-is-better metrics) or a ceiling (`max`, for the
    lower-is-better ones in LOWER_IS_BETTER), with a tolerance."""

    min: float | None = None
    max: float | None = None
    tolerance: float = 0.0


class GateResult(ReportModel):
    system: str
    metric: str
    value: float | None
    min: float | None = None
    max: float | None = None
    tolerance: float
    passed: bool



def load_thresholds(path: str | Path) -> dict[str, Threshold]:
    """{"metric": {"min": x, "tolerance": t}} (or "max" for lower-is-better metrics);
    unknown metrics and bad values are UsageErrors."""
    p = Path(path)
    try:
        raw = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"{p}: thresholds file not found") from None
    except (OSError, ValueError) as e:
        raise UsageError(f"{p}: not a readable JSON thresholds file ({e})") from None
    if not isinstance(raw, dict):
        raise UsageError(f'{p}: expected {{"metric": {{"min": value, "tolerance": value}}}}')
    known = set(Metrics.model_fields)
    out = {}
    for metric, spec in raw.items():
        if metric.startswith("_"):
            continue  # "_comment" keys are allowed
        if metric not in known:
            raise UsageError(f"{p}: unknown metric {metric!r}; known: {', '.join(sorted(known))}")
        try:
            t = Threshold.model_validate(spec)
        except ValidationError as e:
            raise UsageError(f"{p}: {metric}: {e.errors()[0]['msg']}") from None
        bound = "max" if metric in LOWER_IS_BETTER else "min"
        if (t.min is None) == (t.max is None) or getattr(t, bound) is None:
            raise UsageError(f"{p}: {metric}: give exactly one bound, {bound!r} "
                             f"({'lower' if bound == 'max' else 'higher'} is better)")
        if not (math.isfinite(getattr(t, bound)) and math.isfinite(t.tolerance)) or t.tolerance < 0:
            raise UsageError(f"{p}: {metric}: {bound} must be finite and tolerance finite and >= 0")
        out[metric] = t
    return out


def check_gate(report: SystemReport, thresholds: dict[str, Threshold]) -> list[GateResult]:
    """A metric fails when value < min - tolerance (or > max + tolerance), or when it could
    not be measured (None): a gate that passes on nothing measured proves nothing."""
    results = []
    for metric, t in sorted(thresholds.items()):
        value = getattr(report, metric)
        passed = value is not None
        if passed and t.min is not None:
            passed = value >= t.min - t.tolerance
        if passed and t.max is not None:
            passed = value <= t.max + t.tolerance
        results.append(GateResult(system=report.name, metric=metric, value=value, min=t.min,
                                  max=t.max, tolerance=t.tolerance, passed=passed))
    return results


def gate_error(results: list[GateResult]) -> EvalGateFailed | None:
    failed = [g for g in results if not g.passed]
    if not failed:
        return None
    def why(g: GateResult) -> str:
        value = "n/a" if g.value is None else f"{g.value:.4f}"
        op, bound, sign = ("<", g.min, "-") if g.min is not None else (">", g.max, "+")
        return f"{g.metric} = {value} {op} {bound:g}" + (f" {sign} {g.tolerance:g}" if g.tolerance else "")

    parts = [why(g) for g in failed]
    return EvalGateFailed(f"eval gate failed for {failed[0].system}: " + "; ".join(parts))

