"""`summarize eval`: score the model under test and the baselines against the gold set.

    summarize eval [--model M --base-url URL] [--gold DIR] [--format md|json]
                   [--systems gold,lead3,rules,model] [--no-model] [-o REPORT_DIR]
                   [--thresholds PATH] [--gate-system NAME] [--matcher auto|hungarian|greedy]

Runs the pipeline (through the cache) on every gold article, scores it next to the
baselines with the same code, prints the table (Markdown by default, or the JSON report),
writes <report-dir>/<model>.json and .md atomically, and exits 7 (EvalGateFailed) when a
metric of the gated system falls below its floor in the thresholds file. Metrics are
documented in evals/README.md.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from .cli import _common, settings_from_args, setup_logging

SYSTEMS = ("gold", "lead3", "rules", "model")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="summarize eval",
        description="Score the model and the baselines (gold replay, lead3, rules) against "
                    "hand-labelled gold files; gate on evals/thresholds.json.",
        epilog="Exit codes: 0 ok, 2 bad input/usage (missing gold or article), 3/4/5 model "
               "backend errors, 7 eval gate failed.",
    )
    p.add_argument("--gold", metavar="DIR",
                   help="directory of gold <stem>.json files (default: evals/gold of the project)")
    p.add_argument("-f", "--format", choices=("md", "json"), default="md",
                   help="what to print on stdout (default: md)")
    p.add_argument("--systems", default=",".join(SYSTEMS), metavar="LIST",
                   help="comma-separated systems to score: gold, lead3, rules, model (default: all)")
    p.add_argument("--no-model", action="store_true",
                   help="score only the baselines (no model is loaded or called)")
    p.add_argument("-o", "--output-dir", metavar="DIR",
                   help="where to write <model>.json and <model>.md (default: evals/reports)")
    p.add_argument("--thresholds", metavar="PATH",
                   help="gate floors, {\"metric\": {\"min\": x, \"tolerance\": t}} "
                        "(default: evals/thresholds.json if present)")
    p.add_argument("--gate-system", metavar="NAME",
                   help="system the gate applies to (default: the model under test; "
                        "with --no-model no gate unless this is given)")
    p.add_argument("--matcher", choices=("auto", "hungarian", "greedy"), default="auto",
                   help="claim assignment: hungarian (needs scipy), greedy, or auto (hungarian "
                        "when scipy is installed)")
    _common(p)
    return p


def safe_name(name: str) -> str:
    """A model name as a file name: 'org/model:q4' -> 'org_model_q4'."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._") or "model"


def _evals_path(*parts: str) -> Path:
    from .evaluate import project_root

    root = project_root() / "evals"
    base = root if root.is_dir() else Path.cwd() / "evals"
    return base.joinpath(*parts)


def cmd_eval(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    setup_logging(args.verbose)
    from . import baselines
    from .errors import UsageError
    from .evaluate import (check_gate, default_gold_dir, evaluate, gate_error, load_gold_set,
                           load_thresholds, to_json, to_markdown)
    from .render import write_atomic

    wanted = [s.strip() for s in args.systems.split(",") if s.strip()]
    unknown = [s for s in wanted if s not in SYSTEMS]
    if unknown or not wanted:
        raise UsageError(f"--systems: unknown system(s) {', '.join(unknown) or '(none)'}; "
                         f"choose from {', '.join(SYSTEMS)}")
    if args.no_model:
        wanted = [s for s in wanted if s != "model"]
        if not wanted:
            raise UsageError("--no-model leaves no system to score")

    settings = settings_from_args(args)
    gold_dir = Path(args.gold) if args.gold else default_gold_dir()
    cases = load_gold_set(gold_dir, settings.max_chars)

    systems: dict = {}
    model_name: str | None = None
    pipe = None
    try:
        for s in wanted:
            if s == "gold":
                systems["gold"] = ("gold", lambda case: baselines.gold_replay(case.gold)(case.article))
            elif s in baselines.BASELINES:
                fn = baselines.BASELINES[s]
                systems[s] = ("baseline", lambda case, fn=fn: fn(case.article))
            elif s == "model":
                from .pipeline import Pipeline

                pipe = Pipeline(settings)
                model_name = settings.model if settings.model not in SYSTEMS else f"model:{settings.model}"
                systems[model_name] = ("model", lambda case: pipe.run(case.article))
        method = None if args.matcher == "auto" else args.matcher
        report = evaluate(cases, systems, gold_dir=str(gold_dir), model=model_name, method=method)
    finally:
        if pipe is not None:
            pipe.close()

    for s in report.systems.values():
        for a in s.per_article:
            if a.error:
                print(f"summarize: {s.name} / {a.article}: {a.error} (scored as a missing prediction)",
                      file=sys.stderr)

    gate_system = args.gate_system or model_name
    thresholds_path = Path(args.thresholds) if args.thresholds else _evals_path("thresholds.json")
    if gate_system is not None:
        if gate_system not in report.systems:
            raise UsageError(f"--gate-system: {gate_system!r} was not scored "
                             f"(scored: {', '.join(report.systems)})")
        if args.thresholds or thresholds_path.is_file():
            thresholds = load_thresholds(thresholds_path)
            report.thresholds_file = str(thresholds_path)
            report.gate = check_gate(report.systems[gate_system], thresholds)
        else:
            print(f"summarize: no thresholds file at {thresholds_path}; gate skipped", file=sys.stderr)

    md, js = to_markdown(report), to_json(report)
    out_dir = Path(args.output_dir) if args.output_dir else _evals_path("reports")
    stem = safe_name(model_name or "baselines")
    write_atomic(out_dir / f"{stem}.json", js)
    write_atomic(out_dir / f"{stem}.md", md)
    sys.stdout.write(js if args.format == "json" else md)
    sys.stdout.flush()
    print(f"summarize: wrote {out_dir / stem}.json and .md", file=sys.stderr)
    err = gate_error(report.gate)
    if err is not None:
        raise err
    return 0
