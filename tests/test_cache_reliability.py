"""The response cache under damage and sharing: bad entries are misses, the directory is the
user's only, and two processes writing one cache at once neither crash nor corrupt it."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import diskcache
import pytest

from summarizer.load import load_bytes
from summarizer.pipeline import Pipeline
from summarizer.settings import Settings
from tests.fault_server import FaultServer, assert_correct, make_article

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def server():
    with FaultServer() as srv:
        yield srv


def settings_for(srv: FaultServer, cache_dir: Path, **kw) -> Settings:
    values = dict(base_urls=(srv.url,), model="stub", api_key="sk-test-cache", timeout=2.0, max_attempts=6,
                  retry_max_seconds=20.0, retry_after_cap=0.5, max_reasks=2, cache_dir=cache_dir)
    values.update(kw)
    return Settings.from_env(**values)


def summarize(settings: Settings, indices) -> list:
    with Pipeline(settings) as p:
        return [p.run(load_bytes(make_article(i).encode(), f"{i}.txt")) for i in indices]


def _corrupt(value):
    """Damaged versions of a stored JSON entry, by kind."""
    return {
        "truncated": value[: len(value) // 2],
        "garbage-text": "\x00\ufffd not json at all {{{",
        "bytes": b"\x80\x81\xfe\xff" * 8,
        "not-text": 42,
        "wrong-schema": json.dumps({"headline": 1, "claims": "many"}),
        "empty": "",
    }


@pytest.mark.parametrize("kind", list(_corrupt("x")))
def test_every_damaged_entry_is_a_miss_and_is_recomputed(server, tmp_path, kind):
    s = settings_for(server, tmp_path / "cache")
    first = summarize(s, range(3))
    assert server.requests == 6
    with diskcache.Cache(str(s.cache_dir)) as dc:
        keys = list(dc.iterkeys())
        assert len(keys) == 6
        for k in keys:
            dc.set(k, _corrupt(dc.get(k))[kind])

    server.reset()
    again = summarize(s, range(3))
    assert server.requests == 6  # every damaged entry recomputed, none served
    for r, i in zip(again, range(3)):
        assert_correct(r, make_article(i))
        assert r.usage.cached == 0
    assert [r.model_dump(exclude={"usage"}) for r in again] == [r.model_dump(exclude={"usage"}) for r in first]

    server.reset()
    summarize(s, range(3))
    assert server.requests == 0  # and the recomputed answers replaced the damaged ones


def test_garbage_in_the_summary_entry_recomputes_only_that_call(server, tmp_path):
    s = settings_for(server, tmp_path / "cache")
    summarize(s, [0])
    with diskcache.Cache(str(s.cache_dir)) as dc:
        summary_keys = [k for k in dc.iterkeys() if '"headline"' in dc.get(k)]
        assert len(summary_keys) == 1
        dc.set(summary_keys[0], '{"headline": "Flooding closed 3 sch')  # a torn write

    server.reset()
    (result,) = summarize(s, [0])
    assert_correct(result, make_article(0))
    assert server.requests == 1 and server.log[0][1] == "DraftSummary"
    assert (result.usage.calls, result.usage.cached) == (1, 1)


def test_a_damaged_database_file_is_not_a_crash(server, tmp_path):
    s = settings_for(server, tmp_path / "cache")
    summarize(s, [0])
    for f in s.cache_dir.iterdir():
        if f.name.startswith("cache.db"):
            f.write_bytes(b"this is not an sqlite database" * 64)
    server.reset()
    (result,) = summarize(s, [0])
    assert_correct(result, make_article(0))
    assert server.requests == 2


def test_the_cache_directory_is_private(server, tmp_path):
    fresh = tmp_path / "a" / "b" / "cache"
    summarize(settings_for(server, fresh), [0])
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o700

    existing = tmp_path / "shared"
    existing.mkdir(mode=0o755)
    os.chmod(existing, 0o755)
    summarize(settings_for(server, existing), [0])
    assert stat.S_IMODE(existing.stat().st_mode) == 0o700


_WORKER = textwrap.dedent("""
    import json, sys
    from summarizer.load import load_bytes
    from summarizer.pipeline import Pipeline
    from summarizer.settings import Settings

    url, cache_dir, *files = sys.argv[1:]
    s = Settings.from_env(base_urls=(url,), model="stub", api_key="sk-test-cache", timeout=2.0,
                          max_attempts=8, retry_max_seconds=30.0, retry_after_cap=0.5, cache_dir=cache_dir)
    out = []
    with Pipeline(s) as p:
        for f in files:
            r = p.run(load_bytes(open(f, "rb").read(), f))
            out.append(r.model_dump(mode="json"))
    print(json.dumps(out))
""")


def test_two_processes_share_one_cache_without_damage(tmp_path):
    n = 20
    files = []
    for i in range(n):
        f = tmp_path / f"{i}.txt"
        f.write_bytes(make_article(i).encode())
        files.append(str(f))
    cache = tmp_path / "cache"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    # latency keeps both processes in flight at once; some faults make them retry while the other writes
    with FaultServer(latency=0.02, fault_rate=0.1, faults=["500", "503", "429", "drop"], seed=7) as srv:
        procs = [subprocess.Popen([sys.executable, "-c", _WORKER, srv.url, str(cache), *order],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=tmp_path)
                 for order in (files, files[::-1])]  # opposite orders: they meet in the middle
        outs = [p.communicate(timeout=120) for p in procs]
        for p, (out, err) in zip(procs, outs):
            assert p.returncode == 0, err.decode()[-2000:]
        results = [json.loads(out) for out, _ in outs]
        assert 2 * n <= srv.counts["ok"] <= 4 * n  # each article computed at least once, at most twice

        with diskcache.Cache(str(cache)) as dc:
            assert dc.check() == []  # sqlite and diskcache consistency checks: no warnings
            assert len(dc) == 2 * n

        srv.reset()
        third = summarize(settings_for(srv, cache), range(n))
        assert srv.requests == 0  # everything either process computed is served from the cache
    for proc_results, order in zip(results, (range(n), reversed(range(n)))):
        for r, i in zip(proc_results, order):
            assert r["headline"] == third[i].headline
            assert [c["text"] for c in r["claims"]] == [c.text for c in third[i].claims]
    for i, r in enumerate(third):
        assert_correct(r, make_article(i))


def test_an_output_file_is_written_whole_with_ordinary_permissions(tmp_path):
    from summarizer.render import write_atomic

    out = tmp_path / "sub" / "digest.json"
    write_atomic(out, '{"a": 1}')
    write_atomic(out, '{"a": 2}')  # replaces, never appends
    mask = os.umask(0o077)
    os.umask(mask)
    assert out.read_text(encoding="utf-8") == '{"a": 2}'
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~mask  # not mkstemp's 0600
    assert [p.name for p in out.parent.iterdir()] == ["digest.json"]  # no temp file left
