"""Issue 13, the network half: a total deadline per request and per article, Ctrl-C that
stops a batch at once, refused connections, bodies that parse into nonsense, gold files
validated like predictions. Fault server on 127.0.0.1; each test bounded well under 10 s."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from summarizer.errors import BackendUnavailable, InputError, TransportError
from summarizer.load import load_bytes
from summarizer.pipeline import Pipeline
from summarizer.settings import Settings
from tests.conftest import free_port
from tests.fault_server import FaultServer, make_article

ROOT = Path(__file__).resolve().parent.parent
KEY = "sk-test-PLANTED-555555"


def settings(url: str, tmp_path: Path, **kw) -> Settings:
    values = dict(base_urls=(url,), model="stub", api_key=KEY, timeout=1.0, max_attempts=2,
                  retry_max_seconds=10.0, retry_after_cap=1.0, cache_dir=tmp_path / "cache")
    values.update(kw)
    return Settings.from_env(**values)


def run_in_thread(fn, limit: float):
    """fn() in a daemon thread; (finished, result or exception, seconds)."""
    box: list = []

    def target():
        try:
            box.append(fn())
        except BaseException as e:  # noqa: BLE001 - reported to the test
            box.append(e)

    t0 = time.monotonic()
    t = threading.Thread(target=target, daemon=True)
    t.start()
    t.join(limit)
    return (not t.is_alive()), (box[0] if box else None), time.monotonic() - t0


# -- a total deadline per request ------------------------------------------------------------------


def test_a_trickling_endpoint_is_cut_off_at_the_timeout_in_total(tmp_path):
    # one byte every 0.3 s: never a 1 s gap between reads, so only a total deadline stops it
    with FaultServer(script=["trickle"] * 4, trickle_interval=0.3) as srv:
        s = settings(srv.url, tmp_path, timeout=1.0, max_attempts=2)
        with Pipeline(s) as p:
            p.client  # built (openai/instructor imported) before the clock starts
            done, out, secs = run_in_thread(lambda: p.run(load_bytes(make_article(0).encode(), "a.txt")), 8.0)
    assert done, "the call was still running after 8 s"
    assert isinstance(out, TransportError), out
    assert secs < 4.5  # 2 attempts x 1 s + at most 1 s of backoff, on a loaded machine


def test_an_article_has_a_total_deadline(tmp_path):
    # every call answers in 0.6 s (under the 1 s request timeout), the article needs several calls
    text = " ".join(make_article(i) for i in range(3))
    with FaultServer(latency=0.6) as srv:
        s = settings(srv.url, tmp_path, timeout=1.0, article_timeout=1.0, chunk_chars=200, concurrency=1)
        with Pipeline(s) as p:
            p.client
            done, out, secs = run_in_thread(lambda: p.run(load_bytes(text.encode(), "a.txt")), 8.0)
    assert done and isinstance(out, TransportError), out
    assert "article" in str(out) and secs < 3.0


def test_the_article_timeout_flag_is_validated():
    from summarizer.cli import main

    assert main(["x.txt", "--base-url", "http://127.0.0.1:9/v1", "--article-timeout", "nan"]) == 2


# -- Ctrl-C ---------------------------------------------------------------------------------------


@contextlib.contextmanager
def _sigint_at_default():
    """SIGINT at its default while a child is started, whatever this pytest inherited.

    A script's background job (`pytest ... &` without job control) starts with SIGINT ignored;
    a child inherits that, Python keeps it (as every program does: it is how a shell keeps
    Ctrl-C at the terminal away from background jobs), and `summarize` then never sees the
    test's Ctrl-C: it ran on until its requests timed out, and `communicate(timeout=60)`
    expired. That, not the machine's load, was the flake of the fast-suite runs (session 30).
    The child is started the way a terminal starts a foreground command."""
    previous = signal.getsignal(signal.SIGINT)
    if previous is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)  # reset to SIG_DFL across exec
    try:
        yield
    finally:
        if previous is signal.SIG_IGN:
            signal.signal(signal.SIGINT, previous)


def _digest_proc(srv: FaultServer, d: Path, cache: Path, out: Path, *extra: str,
                 code: str | None = None) -> subprocess.Popen:
    """`summarize digest` (or `python -c code` with the same arguments) in a child process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SUMMARIZER_CACHE_DIR": str(cache)}
    head = [sys.executable, "-c", code] if code else [sys.executable, "-m", "summarizer"]
    with _sigint_at_default():
        return subprocess.Popen([*head, "digest", str(d), "-o", str(out), "--base-url", srv.url, "--model", "stub",
                                 "--timeout", "60", "--concurrency", "2", "--no-progress", *extra],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)


def _answers_stored(cache: Path) -> int:
    """Answers the digest subprocess has written to its cache (no file yet: 0; diskcache is safe
    across processes)."""
    if not (cache / "cache.db").exists():
        return 0
    import diskcache

    with diskcache.Cache(str(cache)) as dc:
        return sum(1 for k in dc.iterkeys() if not str(k).startswith("failed:"))


def _slow_batch(tmp_path: Path) -> tuple[Path, Path, Path]:
    """One fast article, then six whose every call hangs for the server's slow_seconds."""
    d = tmp_path / "news"
    d.mkdir()
    (d / "a_fast.txt").write_text(make_article(1))
    for i in range(2, 8):
        (d / f"b_slow{i}.txt").write_text(make_article(i, marker=" SLOWMARK"))
    return d, tmp_path / "cache", tmp_path / "d.md"


def _wait_until(ready, what: str, limit: float = 60.0) -> None:
    # start-up only (imports on a loaded machine): not measured
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and not ready():
        time.sleep(0.05)
    assert ready(), what


def _stopped(proc: subprocess.Popen, signals: int = 3) -> tuple[float, bytes]:
    """Ctrl-C `signals` times, 0.1 s apart; (seconds until the process ended, its stderr). Its
    stdout is left in `proc.stdout_text`."""
    t0 = time.monotonic()
    try:
        for _ in range(signals):  # the second and third Ctrl-C must not print a traceback either
            proc.send_signal(signal.SIGINT)
            time.sleep(0.1)
        proc.stdout_text, err = proc.communicate(timeout=60)
        return time.monotonic() - t0, err
    finally:
        proc.kill()
        proc.wait()


def test_ctrl_c_stops_a_digest_at_once_keeps_the_finished_work_and_prints_no_traceback(tmp_path):
    d, cache, out = _slow_batch(tmp_path)
    with FaultServer(match={"SLOWMARK": "slow"}, slow_seconds=120) as srv:
        proc = _digest_proc(srv, d, cache, out)
        # Ready when a_fast's two answers are in the cache, the digest's own record of finished work
        # (tidy20). The server counts a call when it arrives, before its answer is sent, parsed and
        # stored: "two counted, then 0.3 s" left the second answer unstored on a loaded machine, and
        # the re-run below then asked again.
        _wait_until(lambda: _answers_stored(cache) >= 2, "the digest never stored a_fast's answers")
        took, err = _stopped(proc)
        assert proc.returncode == 130, err
        # "at once": not waiting for the calls in flight (each hangs 120 s). The bound is a sixth of that,
        # not 3 s: at a load of 15-20 on two cores the exit alone took over 5 s (tidy20's fast-suite run),
        # which is the machine's share of CPU, not a wait for a request
        assert took < 20.0
        assert b"Traceback" not in err and b"interrupted" in err
        assert not out.exists()
        # what finished is in the cache: the fast article again costs no request
        srv.reset()
        env = {**os.environ, "PYTHONPATH": str(ROOT), "SUMMARIZER_CACHE_DIR": str(cache)}
        p = subprocess.run([sys.executable, "-m", "summarizer", str(d / "a_fast.txt"), "--base-url", srv.url,
                            "--model", "stub"], capture_output=True, timeout=30, env=env, cwd=ROOT)
        assert p.returncode == 0 and srv.requests == 0


def test_ctrl_c_reaches_the_digest_when_pytest_itself_was_started_ignoring_it(tmp_path):
    # what a script's `python -m pytest ... &` gives this process; the child must still be started
    # the way a terminal starts it (before, it inherited the ignore and ran on for minutes)
    d, cache, out = _slow_batch(tmp_path)
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        with FaultServer(match={"SLOWMARK": "slow"}, slow_seconds=120) as srv:
            proc = _digest_proc(srv, d, cache, out)
            _wait_until(lambda: _answers_stored(cache) >= 2, "the digest never stored a_fast's answers")
            took, err = _stopped(proc, signals=1)
    finally:
        signal.signal(signal.SIGINT, previous)
    assert proc.returncode == 130 and took < 20.0, err
    assert b"Traceback" not in err and b"interrupted" in err and not out.exists()


def test_ctrl_c_during_the_digests_overall_summary_does_not_wait_for_its_calls(tmp_path):
    # the model's overall summary (the reduce step) runs its calls on a pool of its own; a `with` pool
    # joined them on Ctrl-C, so the user waited for each call in flight (here 120 s; up to --timeout per
    # attempt) with the second and third Ctrl-C ignored
    d = tmp_path / "news"
    d.mkdir()
    for i in range(3):
        (d / f"a{i}.txt").write_text(make_article(i))
    reduce_prompt = (ROOT / "prompts" / "digest.v1.md").read_text().split("## system\n", 1)[1][:40]
    cache, out = tmp_path / "cache", tmp_path / "d.md"
    with FaultServer(match={reduce_prompt: "slow"}, slow_seconds=120) as srv:
        proc = _digest_proc(srv, d, cache, out, "--digest-summary", "model")
        _wait_until(lambda: srv.counts["slow"] >= 1, "the digest never asked for its overall summary")
        took, err = _stopped(proc)
    assert proc.returncode == 130 and took < 20.0, err
    assert b"Traceback" not in err and b"interrupted" in err and not out.exists()


def test_ctrl_c_while_the_endpoint_stalls_mid_answer_stops_at_once(tmp_path):
    # headers sent, then one byte of the body every 30 s: a server that stopped answering mid-stream
    # (measured in session 30: 130 at once before and after; a guard for the path, not a fix)
    art = tmp_path / "a.txt"
    art.write_text(make_article(3))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SUMMARIZER_CACHE_DIR": str(tmp_path / "cache")}
    with FaultServer(script=["trickle"] * 4, trickle_interval=30) as srv:
        with _sigint_at_default():
            proc = subprocess.Popen([sys.executable, "-m", "summarizer", str(art), "--base-url", srv.url,
                                     "--model", "stub", "--timeout", "60"],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
        _wait_until(lambda: srv.counts["trickle"] >= 1, "the call never reached the server")
        time.sleep(0.3)  # the headers are out; the body has stalled
        took, err = _stopped(proc)
    assert proc.returncode == 130 and took < 20.0, err
    assert b"Traceback" not in err and b"interrupted" in err and not proc.stdout_text  # no partial output


# The CLI's main() in the main thread; a helper thread sends SIGINT to one batch worker thread only
# (pthread_kill) once the test says so. CPython runs the handler in the main thread, which sat in a
# wait with no timeout: only a signal the kernel delivered to that thread itself woke it.
_SIGNAL_A_WORKER = """
import os, signal, sys, threading, time
from summarizer.cli import main

def signal_a_worker(go):
    while not os.path.exists(go):
        time.sleep(0.02)
    worker = next(t for t in threading.enumerate() if t.name.startswith("summarize"))
    signal.pthread_kill(worker.ident, signal.SIGINT)

threading.Thread(target=signal_a_worker, args=(sys.argv[-1],), daemon=True).start()
sys.argv = ["summarize", *sys.argv[1:-1]]
sys.exit(main())
"""


@pytest.mark.skipif(not hasattr(signal, "pthread_kill"), reason="POSIX threads only")
def test_ctrl_c_delivered_to_a_worker_thread_still_stops_the_digest(tmp_path):
    d, cache, out = _slow_batch(tmp_path)
    go = tmp_path / "go"
    with FaultServer(match={"SLOWMARK": "slow"}, slow_seconds=120) as srv:
        # the child's last argument: the file that tells its helper thread to send the signal
        proc = _digest_proc(srv, d, cache, out, str(go), code=_SIGNAL_A_WORKER)
        # both workers inside a hanging call: a_fast is done and its outcome consumed, so nothing but
        # the signal can wake the main thread before a call ends (120 s)
        _wait_until(lambda: srv.counts["slow"] >= 2, "the digest never reached its slow articles")
        time.sleep(0.5)
        go.touch()
        t0 = time.monotonic()
        try:
            _, err = proc.communicate(timeout=60)
        finally:
            proc.kill()
            proc.wait()
        took = time.monotonic() - t0
    assert proc.returncode == 130 and took < 20.0, err
    assert b"Traceback" not in err and b"interrupted" in err and not out.exists()


# -- refused connections, nonsense bodies ------------------------------------------------------------


def test_a_refused_connection_is_backend_unavailable_naming_host_and_port(tmp_path, monkeypatch, capsys):
    from summarizer.cli import main

    port = free_port()  # nothing listens there
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    art = tmp_path / "a.txt"
    art.write_text(make_article(0))
    code = main([str(art), "--base-url", f"http://127.0.0.1:{port}/v1", "--model", "stub", "--attempts", "2",
                 "--no-cache"])
    err = capsys.readouterr().err
    assert code == BackendUnavailable.exit_code == 3
    assert f"127.0.0.1:{port}" in err and KEY not in err and "Traceback" not in err


@pytest.mark.parametrize("fault", ["nested", "notobject"])
def test_a_200_that_parses_into_nonsense_is_retried_like_garbage(tmp_path, fault):
    with FaultServer(script=[fault]) as srv:
        with Pipeline(settings(srv.url, tmp_path, max_attempts=3)) as p:
            r = p.run(load_bytes(make_article(0).encode(), "a.txt"))
        assert srv.counts[fault] == 1 and r.usage.retries == 1 and r.usage.reasks == 0
        assert r.claims


def test_nonsense_every_time_is_a_transport_error(tmp_path):
    with FaultServer(fault_rate=1.0, faults=["nested"]) as srv:
        with Pipeline(settings(srv.url, tmp_path, max_attempts=2)) as p:
            with pytest.raises(TransportError):
                p.run(load_bytes(make_article(0).encode(), "a.txt"))


# -- gold files validated like predictions -----------------------------------------------------------


def _gold_dir(tmp_path: Path, mutate) -> Path:
    from tests.test_eval import ARTICLE, make_gold

    d = tmp_path / "gold"
    d.mkdir()
    (d / "g.txt").write_text(ARTICLE)
    data = json.loads(make_gold("g.txt").model_dump_json())
    mutate(data)
    (d / "g.json").write_text(json.dumps(data))
    return d


@pytest.mark.parametrize("name, mutate", [
    ("shifted", lambda g: g["claims"][0]["evidence"].update(start=g["claims"][0]["evidence"]["start"] + 1,
                                                            end=g["claims"][0]["evidence"]["end"] + 1)),
    ("out_of_range", lambda g: g["claims"][0]["evidence"].update(start=10**6, end=10**6 + 5)),
    ("quote_not_in_article", lambda g: g["claims"][0]["evidence"].update(quote="words nowhere in it")),
    ("sha256", lambda g: g["source"].update(sha256="f" * 64)),
    ("chars", lambda g: g["source"].update(chars=g["source"]["chars"] + 7)),
    ("duplicate_ids", lambda g: g["claims"][1].update(id=g["claims"][0]["id"])),
])
def test_a_bad_gold_file_exits_2_naming_it(tmp_path, capsys, name, mutate):
    from summarizer.cli import main
    from summarizer.eval.gold import load_gold_set

    d = _gold_dir(tmp_path, mutate)
    with pytest.raises(InputError) as e:
        load_gold_set(d)
    assert "g.json" in str(e.value)
    assert main(["eval", "--gold", str(d)]) == 2
    assert "g.json" in capsys.readouterr().err


def test_a_good_gold_file_still_loads(tmp_path):
    from summarizer.eval.gold import load_gold_set

    assert len(load_gold_set(_gold_dir(tmp_path, lambda g: None))) == 1
