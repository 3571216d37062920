"""7. memory: peak RSS of `summarize digest DIR` over N small stub articles, N and 5 x N.

`summarize digest DIR -o out.json --model stub --base-url URL --no-cache --concurrency 32` in
a child process, which writes its own VmHWM (/proc/self/status) at exit. The stub runs in
another process at 0 ms latency. Ratio peak(5N) / peak(N), goal <= 1.15 (flat; issue 16). N = 1,000
(400 with --quick), on `varied_article`s: each its own town and date.

A second series uses tests.fault_server.make_article as is: every article reports a
different number of schools closed "on Monday" (in one of 13 towns). A digest that compares
quantity rows pairwise makes n²/2 number conflicts of them (it did before commit 9ca3fe2,
which groups them by counted thing, unit, day and place).

The digest keeps every article's claims in an on-disk store (digest/store.py) and the
cross-article stage reads them from there (digest/claimindex.py, streamalign.py); the JSON is
written from disk one element at a time. The slope (bytes per extra article) is reported, and an
in-process breakdown (tracemalloc) says how much one DigestArticle costs in memory (what the
digest kept per article before the store) and the peak of the stage after the batch (synthesis
and JSON, `build_stored` + `iter_digest_json`) per article.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from .common import Options, Result, clean_env, say, write_stub_articles
from .stub import StubProcess

NAME = "memory"


# The child reports its own high-water mark. Its rusage (os.wait4, RUSAGE_CHILDREN) would not
# do: Linux carries the parent's RSS at fork over exec into the child's ru_maxrss, so a child
# of a benchmark process that has loaded the model would "peak" at the parent's size.
_CHILD = """
import atexit, os, runpy, sys
def _hwm(path=sys.argv[1]):
    with open('/proc/self/status') as f:
        kib = next(int(l.split()[1]) for l in f if l.startswith('VmHWM:'))
    with open(path, 'w') as f:
        f.write(str(kib * 1024))
atexit.register(_hwm)
sys.argv = ['summarize'] + sys.argv[2:]
runpy.run_module('summarizer', run_name='__main__', alter_sys=True)
"""


def _digest_rss(directory: Path, out: Path, url: str) -> tuple[int, float, float]:
    """(peak RSS bytes, seconds, time.time() at exit) of one `summarize digest` child process
    (`python -m summarizer digest ...`, which is what the console script runs)."""
    hwm = out.with_suffix(".hwm")
    cmd = [sys.executable, "-c", _CHILD, str(hwm), "digest", str(directory), "-o", str(out), "--model", "stub",
           "--base-url", url, "--no-cache", "--concurrency", "32", "--no-progress"]
    t0 = time.perf_counter()
    p = subprocess.run(cmd, env=clean_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=3600)
    elapsed, end = time.perf_counter() - t0, time.time()
    if p.returncode != 0:
        raise RuntimeError(f"summarize digest exited {p.returncode}: {p.stderr.decode()[-500:]}")
    peak = int(hwm.read_text())
    hwm.unlink()
    return peak, elapsed, end


def breakdown(url: str, n: int, tmp: Path) -> dict:
    """Per-article memory of what digest_paths keeps, in process with tracemalloc, as slopes
    between n and 2n articles (bounded caches that churn — re, typing, the model classes
    instructor builds per call — cancel out)."""
    from summarizer.digest import run_batch, to_digest_article
    from summarizer.digest.build import build_stored
    from summarizer.digest.jsonout import iter_digest_json
    from summarizer.digest.store import ClaimStore
    from summarizer.pipeline import Pipeline
    from summarizer.schema import Usage
    from summarizer.settings import Settings

    warm = 500  # the first ~800 calls fill those caches
    paths = write_stub_articles(tmp / "breakdown", warm + 2 * n, varied=True)
    settings = Settings.from_env(env=clean_env(), base_urls=(url,), model="stub", use_cache=False, concurrency=8)

    def traced() -> int:
        gc.collect()
        return tracemalloc.get_traced_memory()[0]

    with Pipeline(settings) as pipe:
        for _ in run_batch(paths[:warm], pipe):
            pass
        tracemalloc.start()
        m0 = traced()
        # what digest_paths keeps: each result cut down to its DigestArticle on arrival
        arts1 = [to_digest_article(f"a{k}", o.result) for k, o in enumerate(run_batch(paths[warm:warm + n], pipe), 1)]
        m1 = traced()
        arts2 = [to_digest_article(f"a{k}", o.result)
                 for k, o in enumerate(run_batch(paths[warm + n:], pipe), n + 1)]
        m2 = traced()
        peaks, sizes = [], []
        for arts in (arts1, arts1 + arts2):
            # what `summarize digest -o X.json` does after the batch: the articles in the store,
            # the cross-article stage over it, the JSON written in pieces read back from disk
            with ClaimStore(str(tmp)) as store:
                for k, a in enumerate(arts):
                    store.add(k, a)
                store.number()
                base = traced()
                tracemalloc.reset_peak()
                size = 0
                for chunk in iter_digest_json(build_stored(store, pipe, [], Usage())):
                    size += len(chunk.encode())
                peaks.append(tracemalloc.get_traced_memory()[1] - base)
                sizes.append(size)
        tracemalloc.stop()
    claims = sum(len(a.claims) for a in arts1 + arts2)
    return {"articles": n, "claims_per_article": claims / (2 * n), "first_batch_bytes": m1 - m0,
            "digest_article_bytes_per_article": (m2 - m1) / n,
            "synthesis_peak_bytes_per_article": (peaks[1] - peaks[0]) / n,
            "json_bytes_per_article": (sizes[1] - sizes[0]) / n}


def run(opts: Options) -> list[Result]:
    small, big = (400, 2000) if opts.quick else (1000, 5000)
    out = []
    with tempfile.TemporaryDirectory(prefix="bench-mem-") as tmp, StubProcess(latency=0.0) as sp:
        tmp_path = Path(tmp)
        rss, info = {}, {}
        for n in (small, big):
            d = tmp_path / f"n{n}"
            write_stub_articles(d, n, varied=True)
            sp.reset()
            t_start = time.time()
            rss[n], elapsed, end = _digest_rss(d, tmp_path / f"out{n}.json", sp.url)
            st = sp.stats()
            size = (tmp_path / f"out{n}.json").stat().st_size
            reduce = st["by_title"].get("DraftDigest", [0, 0, 0])
            articles_done = max((v[1] for k, v in st["by_title"].items() if k != "DraftDigest"), default=t_start)
            # synthesis (agreements, conflicts, timeline...) runs between the last article call
            # and the first reduce call, or after the last call, depending on build_digest's order
            gap = max(0.0, reduce[0] - articles_done) if reduce[2] else 0.0
            info[n] = {"rss": rss[n], "elapsed_s": elapsed, "calls": st["requests"], "json_bytes": size,
                       "reduce_calls": reduce[2], "reduce_s": reduce[1] - reduce[0],
                       "gap_before_reduce_s": gap, "after_last_call_s": end - st["last_arrival"]}
            say(f"  {n} varied articles: peak RSS {rss[n] / 2**20:.1f} MiB, {elapsed:.1f}s, {st['requests']} calls "
                f"({reduce[2]} reduce calls over {reduce[1] - reduce[0]:.1f}s); "
                f"{gap:.1f}s between the last article call and the first reduce call, "
                f"{end - st['last_arrival']:.1f}s after the last call (synthesis, JSON); "
                f"digest JSON {size / 2**20:.1f} MiB")
            (tmp_path / f"out{n}.json").unlink()
        slope = (rss[big] - rss[small]) / (big - small)
        b = breakdown(sp.url, 150 if opts.quick else 400, tmp_path)
        # make_article's corpus: same counted thing, same day, different numbers (and towns)
        pairs = {}
        for n in (100, 200, 400):
            d = tmp_path / f"same{n}"
            write_stub_articles(d, n)
            sp.reset()
            o = tmp_path / f"same{n}.json"
            r, elapsed, _ = _digest_rss(d, o, sp.url)
            with open(o, encoding="utf-8") as f:
                conflicts = len(json.load(f)["conflicts"])
            pairs[n] = {"rss": r, "json_bytes": o.stat().st_size, "conflicts": conflicts, "elapsed_s": elapsed}
            o.unlink()
            say(f"  {n} make_article articles (all 'on Monday'): {conflicts} conflicts, digest JSON "
                f"{pairs[n]['json_bytes'] / 2**20:.1f} MiB, peak RSS {r / 2**20:.0f} MiB, {elapsed:.1f}s")
    ratio = rss[big] / rss[small]
    say(f"  slope {slope / 1024:.1f} KiB per extra article; in process per article (tracemalloc, {b['articles']} vs "
        f"{2 * b['articles']} articles): kept DigestArticle {b['digest_article_bytes_per_article'] / 1024:.1f} KiB, "
        f"synthesis + JSON peak {b['synthesis_peak_bytes_per_article'] / 1024:.1f} KiB, "
        f"JSON text {b['json_bytes_per_article'] / 1024:.1f} KiB ({b['claims_per_article']:.0f} claims/article)")
    out.append(Result(NAME, f"peak RSS {big} / {small} articles", ratio, "<= 1.15",
                      note=f"{rss[small] / 2**20:.0f} -> {rss[big] / 2**20:.0f} MiB; "
                           f"{slope / 1024:.1f} KiB per extra article; {info[big]['elapsed_s']:.0f}s for {big} "
                           f"({info[big]['reduce_calls']} reduce calls over {info[big]['reduce_s']:.1f}s)",
                      details={"runs": info, "slope_bytes": slope, "breakdown": b}))
    out.append(Result(NAME, "RSS growth per article", slope / 1024, "", "KiB",
                      note=f"kept DigestArticle {b['digest_article_bytes_per_article'] / 1024:.1f} KiB + synthesis/JSON peak "
                           f"{b['synthesis_peak_bytes_per_article'] / 1024:.1f} KiB per article (tracemalloc)"))
    growth = pairs[400]["rss"] / pairs[100]["rss"]
    out.append(Result(NAME, "same-day corpus: peak RSS 400 / 100 articles", growth, "<= 1.2",
                      note=f"conflicts {pairs[100]['conflicts']} -> {pairs[400]['conflicts']} (n²/2 would be 4,950 -> 79,800); "
                           f"JSON {pairs[100]['json_bytes'] / 2**20:.1f} -> {pairs[400]['json_bytes'] / 2**20:.0f} MiB",
                      details={"runs": pairs}))
    return out
