"""The eval report as data (`EvalReport`) and its renderings: Markdown table and JSON."""

from __future__ import annotations

import json

from pydantic import Field

from .gate import GateResult
from .metrics import ReportModel, SystemReport

class EvalReport(ReportModel):
    gold_dir: str
    articles: list[str]
    matcher: str
    model: str | None = None
    systems: dict[str, SystemReport]
    thresholds_file: str | None = None
    gate: list[GateResult] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    @property
    def gate_passed(self) -> bool:
        return all(g.passed for g in self.gate)

    def to_markdown(self) -> str:
        return to_markdown(self)

    def to_json(self) -> str:
        return to_json(self)


# -- rendering -------------------------------------------------------------------------------------

#: Columns of the Markdown summary table: (metric, header).
TABLE = [
    ("claim_precision", "P"), ("claim_recall", "R"), ("claim_f1", "F1"),
    ("kind_accuracy", "kind"), ("attribution_accuracy", "attr"), ("certainty_accuracy", "cert"),
    ("quantity_exactness", "qty"), ("date_exactness", "date"), ("grounding_rate", "grounded"),
    ("number_fidelity", "num fid"), ("furniture_claims", "furn"), ("schema_validity", "valid"),
    ("rejected_claim_rate", "rejected"), ("rouge1", "R-1"), ("rouge2", "R-2"), ("rouge_l", "R-L"),
    ("summary_number_fidelity", "sum num"),
]
COST = [("failed_articles", "failed"), ("predicted_claims", "claims"), ("matched_claims", "matched"), ("calls", "calls"),
        ("prompt_tokens", "prompt tok"), ("completion_tokens", "compl tok"), ("cached", "cached"),
        ("seconds", "seconds")]


def _fmt(v) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:.3f}" if not v.is_integer() or v <= 1 else f"{v:.1f}"
    return str(v)


def _table(headers: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return out


def to_markdown(report: EvalReport) -> str:
    lines = [f"# Eval: {report.model or 'baselines only'}", "",
             f"{len(report.articles)} gold articles from `{report.gold_dir}` · matcher: {report.matcher}", ""]
    systems = list(report.systems.values())
    lines += _table(["system", *[h for _, h in TABLE]],
                    [[s.name, *[_fmt(getattr(s, m)) for m, _ in TABLE]] for s in systems])
    lines += ["", "## Cost", ""]
    lines += _table(["system", "gold claims", *[h for _, h in COST]],
                    [[s.name, str(s.gold_claims), *[_fmt(getattr(s, m)) for m, _ in COST]] for s in systems])
    lines += ["", "## Claim F1 per article", ""]
    rows = []
    for i, stem in enumerate(report.articles):
        row = [stem]
        for s in systems:
            a = s.per_article[i]
            row.append(_fmt(a.claim_f1) + (" (error)" if a.error else ""))
        rows.append(row)
    lines += _table(["article", *[s.name for s in systems]], rows)
    if report.gate:
        lines += ["", "## Gate", ""]
        lines += _table(["system", "metric", "value", "min", "max", "tolerance", "result"],
                        [[g.system, g.metric, _fmt(g.value), _fmt(g.min), _fmt(g.max), f"{g.tolerance:g}",
                          "pass" if g.passed else "**FAIL**"] for g in report.gate])
    errors = [f"- {s.name} / {a.article}: {a.error}" for s in systems for a in s.per_article if a.error]
    if errors:
        lines += ["", "## Errors", "", *errors]
    if report.warnings:
        lines += ["", "## Warnings", "", *[f"- {w}" for w in report.warnings]]
    return "\n".join(lines) + "\n"


def to_json(report: EvalReport) -> str:
    data = report.model_dump(mode="json")
    data["gate_passed"] = report.gate_passed
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
