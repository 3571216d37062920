"""Digest: batch, failures isolated, every section, resume after kill -9, lazy streaming.

Runs against the local OpenAI-compatible stub (tests/fault_server.py): it answers every
claims request with the window's sentences, so what the digest finds is known in advance.
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from summarizer.digest import iter_paths, run_batch
from summarizer.pipeline import Pipeline
from summarizer.settings import Settings

from .fault_server import FaultServer, make_article

DATED = "Wed, 14 Aug 2024 10:00:00 GMT"
STORY = {
    "front-ru.txt": f"Front holds in Kursk\n\n{DATED}\n\nRussian commanders said the front in Kursk had stabilised on Wednesday.\n",
    "front-ua.txt": f"Zelenskiy says forces advance\n\n{DATED}\n\nUkrainian President Volodymyr Zelenskiy said his forces were advancing in Kursk on Wednesday.\n",
    "drones-ru.txt": f"Drones downed\n\n{DATED}\n\nRussia's Defence Ministry said it destroyed 117 Ukrainian drones over Kursk on Wednesday.\n",
    "drones-ua.txt": f"Drone tally disputed\n\n{DATED}\n\nUkraine's air force said 80 Ukrainian drones were destroyed over Kursk on Wednesday.\n",
    "evac-1.txt": "Evacuation in Sumy\n\nOfficials said 40 people were evacuated from Sumy on Tuesday.\n",
    "evac-2.txt": "Sumy evacuates\n\nOfficials said 40 people were evacuated from Sumy on Tuesday morning.\n",
}


@pytest.fixture
def server():
    with FaultServer() as srv:
        yield srv


def digest_cmd(args, env=None, **kw):
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run([sys.executable, "-m", "summarizer", "digest", *args], capture_output=True,
                          env=e, timeout=300, **kw)


def test_digest_every_section_failures_isolated_and_cached(server, tmp_path):
    d = tmp_path / "articles"
    d.mkdir()
    for name, text in STORY.items():
        (d / name).write_text(text, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "scan.pdf").write_bytes(b"%PDF-1.5 ...")
    out = tmp_path / "digest.json"
    common = ["--model", "stub", "--base-url", server.url, "--cache-dir", str(tmp_path / "cache")]
    p = digest_cmd([str(d), "-o", str(out), *common])
    assert p.returncode == 6, p.stderr
    err = p.stderr.decode()
    assert "empty.txt" in err and "scan.pdf" in err and "Traceback" not in err
    doc = json.loads(out.read_text())
    assert set(doc) >= {"summary", "articles", "storylines", "agreements", "conflicts", "timeline",
                        "quantities", "failed"}
    assert len(doc["articles"]) == len(STORY)
    assert sorted(os.path.basename(f["path"]) for f in doc["failed"]) == ["empty.txt", "scan.pdf"]
    assert all(f["exit_code"] == 2 for f in doc["failed"])
    # the assertion conflict: commanders say the front stabilised, Zelenskiy says forces advance
    sides = [{s["attributed_to"] for s in c["sides"]} for c in doc["conflicts"] if c["kind"] == "assertion"]
    assert {"Russian commanders", "Ukrainian President Volodymyr Zelenskiy"} in sides
    # the number conflict: 117 vs 80 drones on the same day from two sources
    nums = [c for c in doc["conflicts"] if c["kind"] == "numbers"]
    assert any({s["value"] for s in c["sides"]} == {117, 80} for c in nums)
    # the agreement: both evacuation reports, two articles
    assert any(len(a["articles"]) == 2 and "40 people" in a["text"] for a in doc["agreements"])
    # timeline: resolved dates only, ordered
    dates = [t["date"] for t in doc["timeline"]]
    assert dates and dates == sorted(dates) and "2024-08-14" in dates
    # quantities by who claims them
    q = {(r["value"], r["attributed_to"]) for r in doc["quantities"]}
    assert (117, "Russia's Defence Ministry") in q and (80, "Ukraine's air force") in q
    # every reference resolves to a real claim
    claims = {(a["id"], c["id"]) for a in doc["articles"] for c in a["claims"]}
    refs = [s["ref"] for c in doc["conflicts"] for s in c["sides"]] + [t["ref"] for t in doc["timeline"]]
    refs += [r for a in doc["agreements"] for r in a["claims"]]
    assert all((r["article"], r["claim"]) in claims for r in refs)
    # a second run, to Markdown and HTML, is served from the cache: no request at all
    server.reset()
    for ext in ("md", "html"):
        p = digest_cmd([str(d), "-o", str(tmp_path / f"digest.{ext}"), *common])
        assert p.returncode == 6
    assert server.requests == 0
    md = (tmp_path / "digest.md").read_text()
    assert "## Conflicts" in md and "Russian commanders" in md
    html = (tmp_path / "digest.html").read_text()
    assert all(h.split("\n")[0] in html for h in STORY.values())


def test_interrupted_digest_resumes_without_recomputing(tmp_path):
    n = 30
    d = tmp_path / "many"
    d.mkdir()
    for i in range(n):
        (d / f"{i:03d}.txt").write_text(make_article(i), encoding="utf-8")
    out = tmp_path / "digest.json"
    with FaultServer(latency=0.15) as srv:
        args = [str(d), "-o", str(out), "--model", "stub", "--base-url", srv.url, "--concurrency", "2",
                "--cache-dir", str(tmp_path / "cache")]
        proc = subprocess.Popen([sys.executable, "-m", "summarizer", "digest", *args],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 120
        while srv.requests < n and time.time() < deadline:  # about halfway: 2 calls per article
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        first = srv.requests
        assert n // 2 <= first < 2 * n
        assert not out.exists()  # nothing half-written
        assert not [f for f in tmp_path.iterdir() if f.name.endswith(".tmp")]
        srv.reset()
        p = digest_cmd(args)
        assert p.returncode == 0, p.stderr
        second = srv.requests
    doc = json.loads(out.read_text())
    assert len(doc["articles"]) == n and not doc["failed"]
    per_article = 2 * n  # a summary call and one claims call per article
    reduce_calls = second - (per_article - first)  # what is left is the digest's own reduce step
    # only what was missing was redone: at most the requests in flight at the kill are repeated
    assert per_article - first <= second - reduce_calls + 4
    assert 1 <= reduce_calls <= 15


def test_iter_paths_dirs_globs_and_stdin(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ("a.txt", "b/c.txt", "b/.hidden", "d.md"):
        (tmp_path / name).write_text("x")
    got = list(iter_paths([str(tmp_path / "b"), str(tmp_path / "*.txt"), "-"],
                          stdin=io.StringIO(f"{tmp_path / 'd.md'}\n\n")))
    assert got == [str(tmp_path / "b" / "c.txt"), str(tmp_path / "a.txt"), str(tmp_path / "d.md")]


def test_run_batch_pulls_paths_lazily(server, tmp_path):
    pulled = []

    def paths():
        for i in range(10_000):
            pulled.append(i)
            p = tmp_path / f"{i}.txt"
            p.write_text(make_article(i))
            yield str(p)

    s = Settings.from_env(base_urls=(server.url,), model="stub", concurrency=4, use_cache=False)
    with Pipeline(s) as pipe:
        batch = run_batch(paths(), pipe)
        first = next(batch)
        assert first.result is not None
        assert len(pulled) <= 2 * 4 + 1  # never more than 2 x concurrency in flight
        batch.close()
