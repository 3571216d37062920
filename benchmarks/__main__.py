"""python -m benchmarks [NAME ...] [--quick] [--all-seeds] [--seed PREFIX] [--bundled] [--json FILE]

Runs the benchmarks named (default: all, in the order listed under NAME), prints each
one's figures as it goes and a table at the end. See BENCHMARKS.md for what each measures
and the last results.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
import traceback

from .common import Options, Result, say

ORDER = ("overhead", "tokens", "concurrency", "endpoints", "cache", "startup", "memory", "bundled", "regex")


def table(results: list[Result]) -> str:
    rows = [("benchmark", "metric", "value", "goal", "status", "note")]
    for r in results:
        v = "n/a" if r.value is None else f"{r.value:.3f}" if abs(r.value) < 100 else f"{r.value:,.0f}"
        rows.append((r.bench, r.metric, v + (f" {r.unit}" if r.unit else ""), r.goal or "-", r.status(), r.note))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = []
    for k, row in enumerate(rows):
        lines.append("  ".join(c.ljust(w) for c, w in zip(row[:5], widths)) + "  " + row[5])
        if k == 0:
            lines.append("  ".join("-" * w for w in widths) + "  ----")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[1])
    p.add_argument("names", nargs="*", metavar="NAME", help=f"any of {', '.join(ORDER)} (default: all)")
    p.add_argument("--quick", action="store_true", help="smaller runs (the figures BENCHMARKS.md reports)")
    p.add_argument("--all-seeds", action="store_true", help="bundled-model benchmarks on all five seeds, not just 000")
    p.add_argument("--bundled", action="store_true", help="cache: also cold vs warm on the bundled model (slow)")
    p.add_argument("--seed", metavar="PREFIX", help="bundled-model benchmarks on the seed whose name starts with PREFIX (e.g. 001)")
    p.add_argument("--json", metavar="FILE", help="also write every result, with details, as JSON")
    a = p.parse_args(argv)
    unknown = [n for n in a.names if n not in ORDER]
    if unknown:
        p.error(f"unknown benchmark(s) {', '.join(unknown)}; choose from {', '.join(ORDER)}")
    opts = Options(quick=a.quick, all_seeds=a.all_seeds, bundled=a.bundled, seed=a.seed)
    results: list[Result] = []
    failed = []
    for name in a.names or ORDER:
        mod = importlib.import_module(f".{name}", __package__)
        say(f"== {name}: {mod.__doc__.strip().splitlines()[0].split(': ', 1)[-1]}")
        t0 = time.perf_counter()
        try:
            got = mod.run(opts)
        except Exception as e:  # one broken benchmark does not hide the others
            traceback.print_exc()
            failed.append(name)
            got = [Result(name, "error", None, note=f"{type(e).__name__}: {e}")]
        for r in got:
            say(r.show())
        say(f"   ({time.perf_counter() - t0:.1f}s)")
        results += got
    say("\n" + table(results))
    goals = [r for r in results if r.goal]
    if goals:  # the ratios with a target (issue 16: concurrency at 32, memory 5N / N, ...), one line each
        say("\nratios against their goals:")
        for r in goals:
            v = "n/a" if r.value is None else f"{r.value:.3f}"
            say(f"  {r.bench}: {r.metric} = {v} (goal {r.goal}: {r.status()})")
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump([{**r.__dict__, "met": r.met} for r in results], f, indent=2, default=str)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
