"""6. startup: how long before the command does anything.

* `summarize --help` and `python -c 'import summarizer.cli'` vs a bare `python -c pass`,
  best of N in a subprocess (the real console script, not a version-manager shim);
* `summarize FILE --model stub --base-url URL --no-cache` from process start to the first
  request the stub receives (0 ms latency; the stub stamps arrivals with time.time()),
  best of N; configured by flags only, no environment variable;
* `python -X importtime` on that path: the heaviest top-level imports.
Goal: --help within 0.35 s of a bare interpreter.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .common import Options, Result, clean_env, say, summarize_cmd, write_stub_articles
from .stub import StubProcess

NAME = "startup"


def _best(cmds: list[list[str]], n: int) -> list[float]:
    """Best wall time of each command over n rounds, interleaved so that drift hits all alike."""
    best = [float("inf")] * len(cmds)
    env = clean_env()
    for _ in range(n):
        for i, cmd in enumerate(cmds):
            t0 = time.perf_counter()
            subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            best[i] = min(best[i], time.perf_counter() - t0)
    return best


def import_profile(cmd: list[str], top: int = 8) -> list[tuple[str, float]]:
    """Top-level imports by cumulative microseconds under `python -X importtime`."""
    p = subprocess.run([sys.executable, "-X", "importtime", *cmd], env=clean_env(), capture_output=True, text=True)
    rows = []
    for line in p.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if m and len(m.group(3)) == 1:  # depth 0: one space after the bar
            rows.append((m.group(4), int(m.group(2)) / 1e6))
    rows.sort(key=lambda r: -r[1])
    return rows[:top]


def run(opts: Options) -> list[Result]:
    n = 5 if opts.quick else 10
    summ = summarize_cmd()
    bare, helps, imp = _best([[sys.executable, "-c", "pass"], [*summ, "--help"],
                              [sys.executable, "-c", "import summarizer.cli"]], n)
    say(f"  bare python {bare * 1000:.0f} ms; summarize --help {helps * 1000:.0f} ms (+{(helps - bare) * 1000:.0f}); "
        f"import summarizer.cli {imp * 1000:.0f} ms (+{(imp - bare) * 1000:.0f})  [best of {n}; {summ[0]}]")
    out = [
        Result(NAME, "summarize --help - bare python", helps - bare, "<= 0.35", "s",
               note=f"{helps:.3f}s vs {bare:.3f}s, best of {n}"),
        Result(NAME, "import summarizer.cli - bare python", imp - bare, "", "s", note=f"{imp:.3f}s"),
    ]
    with tempfile.TemporaryDirectory(prefix="bench-start-") as tmp, StubProcess(latency=0.0) as sp:
        path = write_stub_articles(Path(tmp), 1)[0]
        args = [path, "--model", "stub", "--base-url", sp.url, "--no-cache", "--format", "json"]
        firsts = []
        for _ in range(n):
            sp.reset()
            t0 = time.time()
            subprocess.run([*summ, *args], env=clean_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           check=True)
            firsts.append(sp.stats()["first_arrival"] - t0)
        first = min(firsts)
        heavy = import_profile(["-m", "summarizer", *args])
    names = ", ".join(f"{m} {s * 1000:.0f} ms" for m, s in heavy[:6])
    say(f"  summarize FILE: first model request {first * 1000:.0f} ms after process start "
        f"(+{(first - bare) * 1000:.0f} over bare python); heaviest imports on that path: {names}")
    out.append(Result(NAME, "summarize FILE: start -> first request - bare python", first - bare, "", "s",
                      note=f"{first:.3f}s; heaviest imports: {names}",
                      details={"first_request_s": first, "imports": heavy}))
    return out
