"""`summarize eval`: score the model under test and the baselines against labels.

    summarize eval [--suite gold] [--sample N] [--model M --base-url URL] [--gold DIR]
                   [--format md|json] [--systems gold,lead3,rules,model] [--no-model]
                   [-o REPORT_DIR] [--thresholds PATH] [--gate-system NAME]
                   [--matcher auto|hungarian|greedy]

Runs the suite (the gold suite by default: the pipeline, through the cache, on every gold
article, scored next to the baselines with the same code), prints the report (Markdown by
default, or JSON), writes <report-dir>/<name>.json and .md atomically, and exits 7
(EvalGateFailed) when a metric of the gated system falls below its floor in the thresholds
file. Metrics are documented in evals/README.md.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import add_backend_options, say, settings_from_args, setup_logging

DESCRIPTION = ("Score the model and the baselines (gold replay, lead3, rules) against "
               "hand-labelled gold files or a dev-data suite; gate on evals/thresholds.json.")
_SYSTEMS = "gold,lead3,rules,model"  # summarizer.eval.systems.SYSTEMS (not imported: --help stays fast)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--suite", default="gold", metavar="NAME",
                   help="which eval suite to run (default: gold; see summarizer/eval/suites)")
    p.add_argument("--sample", type=int, metavar="N",
                   help="score only the first N cases by sorted id (a fixed, repeatable sample)")
    p.add_argument("--gold", metavar="DIR",
                   help="directory of gold <stem>.json files (default: evals/gold of the project; "
                        "--suite digest: evals/digest_gold, held out: evals/digest_gold_heldout)")
    p.add_argument("-f", "--format", choices=("md", "json"), default="md",
                   help="what to print on stdout (default: md)")
    p.add_argument("--systems", default=_SYSTEMS, metavar="LIST",
                   help="comma-separated systems to score: gold, lead3, rules, sentences, model "
                        "(default: gold,lead3,rules,model)")
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
    add_backend_options(p)


def _evals_path(*parts: str) -> Path:
    from ..eval.gold import project_root

    root = project_root() / "evals"
    base = root if root.is_dir() else Path.cwd() / "evals"
    return base.joinpath(*parts)


def run(args: argparse.Namespace) -> int:
    setup_logging(args.verbose)
    from ..errors import UsageError
    from ..eval.report import EvalReport
    from ..eval.suites import SUITES
    from ..eval.systems import check_systems, model_system_name, safe_name
    from ..outputs import write_output

    if args.suite not in SUITES:
        raise UsageError(f"--suite: unknown suite {args.suite!r}; choose from {', '.join(SUITES)}",
                         usage="--suite")
    if args.sample is not None and args.sample < 1:
        raise UsageError("--sample must be at least 1", usage="--sample N")
    wanted = check_systems([s.strip() for s in args.systems.split(",") if s.strip()], no_model=args.no_model)
    settings = settings_from_args(args)
    _check_places(args)
    report = SUITES[args.suite](settings, sample=args.sample, systems=wanted, gold_dir=args.gold,
                                method=None if args.matcher == "auto" else args.matcher)
    model_name = model_system_name(settings.model) if "model" in wanted else None
    if isinstance(report, EvalReport):
        _report_errors(report)
        _gate(report, args, model_name)
    stem = safe_name(model_name or "baselines")
    if args.suite != "gold":
        # another gold set (e.g. the digest's held-out one) must not overwrite the default set's report
        gold = f"{safe_name(Path(args.gold).resolve().name)}-" if args.gold else ""
        stem = f"{args.suite}-{gold}{stem}"
    md, js = report.to_markdown(), report.to_json()
    out_dir = Path(args.output_dir) if args.output_dir else _evals_path("reports")
    write_output(str(out_dir / f"{stem}.json"), js)  # a full disk: exit 8 naming the file
    write_output(str(out_dir / f"{stem}.md"), md)
    sys.stdout.write(js if args.format == "json" else md)
    sys.stdout.flush()
    say(f"wrote {out_dir / stem}.json and .md")
    if isinstance(report, EvalReport):
        from ..eval.gate import gate_error

        err = gate_error(report.gate)
        if err is not None:
            raise err
    return 0


def _check_places(args: argparse.Namespace) -> None:
    """Before any scoring: a `--gold` folder that is not there (the digest suite scored every
    cluster against no gold, minutes of work, exit 0) is exit 2; a report folder that is a file
    or cannot be written (an internal error after the whole run) is exit 8."""
    from ..errors import EnvIOError, InputError
    from ..outputs import check_output

    if args.gold and not Path(args.gold).is_dir():
        raise InputError(f"{args.gold}: gold directory not found", path=args.gold)
    if args.output_dir:
        out = Path(args.output_dir)
        if out.exists() and not out.is_dir():
            raise EnvIOError(f"{out}: cannot write the reports here (it is a file, not a folder)", path=str(out))
        try:
            check_output(str(out / "report.json"))  # its nearest existing folder: a folder, writable
        except EnvIOError as e:
            why = str(e).split(": cannot write ", 1)[-1]
            raise EnvIOError(f"{out}: cannot write the reports here {why}", path=str(out)) from None


def _report_errors(report) -> None:
    for s in report.systems.values():
        for a in s.per_article:
            if a.error:
                say(f"{s.name} / {a.article}: {a.error} (scored as a missing prediction)")


def _gate(report, args: argparse.Namespace, model_name: str | None) -> None:
    """Fill report.gate from the thresholds file for the gated system (if any)."""
    from ..errors import UsageError
    from ..eval.gate import check_gate, load_thresholds

    gate_system = args.gate_system or model_name
    thresholds_path = Path(args.thresholds) if args.thresholds else _evals_path("thresholds.json")
    if gate_system is None:
        return
    if gate_system not in report.systems:
        raise UsageError(f"--gate-system: {gate_system!r} was not scored "
                         f"(scored: {', '.join(report.systems)})", usage="--gate-system")
    if args.thresholds or thresholds_path.is_file():
        report.thresholds_file = str(thresholds_path)
        report.gate = check_gate(report.systems[gate_system], load_thresholds(thresholds_path))
    else:
        say(f"no thresholds file at {thresholds_path}; gate skipped")
