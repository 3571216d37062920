"""4. endpoints: throughput over 1, 2 and 4 stub servers, each limited to 4 requests in flight.

Each BenchServer processes at most SLOTS requests at once (a semaphore around the request,
400 ms latency inside), like a serving engine with a fixed batch: one server tops out at
SLOTS / latency = 10 calls per second, four at 40, well under what one client process can
send (~85 calls/s, see concurrency). The servers' URLs go in Settings.base_urls (the openai
backend round-robins per call). Client concurrency is 2 x SLOTS x 4, so every server has a
queue even at 4 endpoints: round-robin is not load-aware, and with exactly as many requests
in flight as slots, a server that got one more than its share makes another wait idle. The
figure is speed-up over one endpoint; ideal = k. (The first version used 200 ms, concurrency
16 and 40 articles: 1.79 and 1.91, limited by that imbalance and by the client.)
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from .common import Options, Result, clean_env, say, write_stub_articles
from .stub import StubProcess

NAME = "endpoints"
LATENCY = 0.4
SLOTS = 4


def run(opts: Options) -> list[Result]:
    from summarizer.digest import run_batch
    from summarizer.pipeline import Pipeline
    from summarizer.settings import Settings

    n = 80 if opts.quick else 160
    out = []
    rate: dict[int, float] = {}
    with tempfile.TemporaryDirectory(prefix="bench-ep-") as tmp, \
            StubProcess(latency=LATENCY, max_inflight=SLOTS, count=4) as sp:
        paths = write_stub_articles(Path(tmp), n)
        base = Settings.from_env(env=clean_env(), base_urls=(sp.urls[0],), model="stub", use_cache=False,
                                 concurrency=2 * 4 * SLOTS)
        with Pipeline(base) as pipe:  # warm up
            list(run_batch(paths[:2], pipe))
        for k in (1, 2, 4):
            sp.reset()
            with Pipeline(base.replace(base_urls=tuple(sp.urls[:k]))) as pipe:
                t0 = time.perf_counter()
                outs = list(run_batch(paths, pipe))
                elapsed = time.perf_counter() - t0
            stats = [sp.stats(i) for i in range(k)]
            calls = sum(s["requests"] for s in stats)
            failed = sum(o.error is not None for o in outs)
            rate[k] = calls / elapsed
            ideal_rate = k * SLOTS / LATENCY
            spread = [s["requests"] for s in stats]
            peaks = [s["peak_inflight"] for s in stats]
            say(f"  {k} endpoint(s): {calls} calls in {elapsed:.2f}s = {rate[k]:.1f} calls/s "
                f"(ideal {ideal_rate:.0f}/s, {rate[k] / ideal_rate:.2f}); per server {spread}, peak in flight {peaks}"
                + (f"; {failed} failed" if failed else ""))
            out.append(Result(NAME, f"{k} endpoint(s): speed-up over 1", rate[k] / rate[1],
                              f">= {0.8 * k:.1f}" if k > 1 else "",  # our target: 80% of linear
                              note=f"{rate[k]:.1f} calls/s; ideal {ideal_rate:.0f}/s ({rate[k] / ideal_rate:.2f} of it); "
                                   f"calls per server {spread}",
                              details={"calls": calls, "elapsed_s": elapsed, "per_server": spread,
                                       "peak_inflight": peaks, "failed": failed}))
    return out
