"""5. cache: `summarize digest` over the five seeds, cold then warm, with a fresh cache dir.

By default against the stub server (in its own process) answering after STUB_LATENCY seconds
per call — a stand-in for a remote model; the ratio depends on it, since a warm run costs
start-up plus reading the cache whatever the model. `--bundled` does the same on the bundled
model (seed 000 only with --quick: a cold run is about a minute per seed on 2 cores). The
warm run must make no model call: the stub counts them. Ratio: warm / cold (goal <= 0.02).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from .common import SEEDS, Options, Result, clean_env, say, summarize_cmd
from .stub import StubProcess

NAME = "cache"
STUB_LATENCY = 2.0


def _digest(seed_dir: Path, out: Path, cache: Path, extra: list[str]) -> float:
    cmd = [*summarize_cmd(), "digest", str(seed_dir), "-o", str(out), "--no-progress", *extra]
    t0 = time.perf_counter()
    p = subprocess.run(cmd, env=clean_env(SUMMARIZER_CACHE_DIR=str(cache)), capture_output=True, text=True,
                       timeout=3600)
    elapsed = time.perf_counter() - t0
    if p.returncode != 0:
        raise RuntimeError(f"summarize digest exited {p.returncode}: {p.stderr.strip()[-500:]}")
    return elapsed


def _without_usage(path: Path) -> dict:
    """The digest minus its `usage` (calls and tokens differ between a cold and a warm run by design)."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc.pop("usage", None)
    return doc


def _measure(label: str, seeds: list[Path], extra: list[str], calls) -> Result:
    with tempfile.TemporaryDirectory(prefix="bench-cache-") as tmp:
        tmp_path = Path(tmp)
        seed_dir = tmp_path / "seeds"
        seed_dir.mkdir()
        for s in seeds:
            shutil.copy(s, seed_dir / s.name)
        cache = tmp_path / "cache"
        out = tmp_path / "digest.json"
        cold = _digest(seed_dir, out, cache, extra)
        cold_calls = calls()
        cold_doc = _without_usage(out)
        warm = _digest(seed_dir, out, cache, extra)
        warm_calls = calls() - cold_calls if cold_calls is not None else None
        same = _without_usage(out) == cold_doc
    ratio = warm / cold
    say(f"  {label}: cold {cold:.2f}s" + (f" ({cold_calls} calls)" if cold_calls is not None else "")
        + f", warm {warm:.2f}s" + (f" ({warm_calls} calls)" if warm_calls is not None else "")
        + f" -> {ratio:.4f}; same digest apart from usage: {same}")
    note = f"cold {cold:.2f}s, warm {warm:.2f}s, {len(seeds)} seed(s)"
    if cold_calls is not None:
        note += f", {cold_calls} calls cold / {warm_calls} warm"
    return Result(NAME, f"{label}: warm / cold", ratio, "<= 0.02", note=note + ("" if same else ", DIGEST DIFFERS"),
                  details={"cold_s": cold, "warm_s": warm, "cold_calls": cold_calls, "warm_calls": warm_calls,
                           "identical_output": same, "seeds": len(seeds)})


def run(opts: Options) -> list[Result]:
    out = []
    with StubProcess(latency=STUB_LATENCY) as sp:
        out.append(_measure(f"stub {STUB_LATENCY:g}s/call", SEEDS, ["--model", "stub", "--base-url", sp.url],
                            sp.total))
    if opts.bundled:
        seeds = SEEDS if opts.all_seeds or not opts.quick else SEEDS[:1]
        out.append(_measure("bundled", seeds, [], lambda: None))
    return out
