"""Ctrl-C with work in flight (session 30): worker pools are abandoned, not joined, on an
exception; the bundled model is never freed under a running generation. The HTTP digest's
end-to-end Ctrl-C tests are in tests/test_robust_net.py."""

from __future__ import annotations

import concurrent.futures as cf
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from summarizer.digest.batch import WAKE_SECONDS, abandoned_on_error, result_of, wait_first
from summarizer.llm import LocalBackend
from tests.test_robust_net import _sigint_at_default

ROOT = Path(__file__).resolve().parent.parent


class _Model:
    closed = 0

    def close(self) -> None:
        self.closed += 1


def _backend() -> LocalBackend:
    b = object.__new__(LocalBackend)  # no model file: only close() is exercised
    b.llama = _Model()
    return b


def test_the_model_is_not_freed_under_a_call_in_flight_and_is_freed_after_it():
    b = _backend()
    model = b.llama
    with LocalBackend._lock:  # a generation holds the model (as _create_local does)
        t0 = time.monotonic()
        b.close()  # Ctrl-C: the pipeline closes while the abandoned call still runs
        assert time.monotonic() - t0 < 1.0  # never waits for the generation
        assert model.closed == 0 and b.llama is model  # before: freed here, and llama.cpp crashed (SIGSEGV)
    b.close()
    assert model.closed == 1 and b.llama is None
    b.close()  # twice: nothing left to free
    assert model.closed == 1


def test_an_exception_abandons_the_pool_instead_of_joining_its_calls():
    release = threading.Event()
    started = threading.Event()

    def hang():
        started.set()
        release.wait(30)

    try:
        t0 = time.monotonic()
        with pytest.raises(KeyboardInterrupt):
            with abandoned_on_error(cf.ThreadPoolExecutor(max_workers=1)) as pool:
                running = pool.submit(hang)
                queued = pool.submit(hang)
                assert started.wait(10)
                raise KeyboardInterrupt  # what Ctrl-C raises in the waiting thread
        assert time.monotonic() - t0 < 5.0  # `with ThreadPoolExecutor()` waited the full 30 s here
        assert queued.cancelled() and not running.done()
    finally:
        release.set()


def test_a_normal_end_still_joins_the_pool():
    with abandoned_on_error(cf.ThreadPoolExecutor(max_workers=2)) as pool:
        futures = [pool.submit(time.sleep, 0.2) for _ in range(3)]
    assert all(f.done() and not f.cancelled() for f in futures)


def test_the_interruptible_waits_return_what_the_plain_waits_return():
    with cf.ThreadPoolExecutor(max_workers=2) as pool:
        slow = pool.submit(time.sleep, 3 * WAKE_SECONDS)  # longer than one wake-up: the loop goes round
        fast = pool.submit(lambda: 7)
        done, left = wait_first({slow, fast})
        assert fast in done and (slow in left or slow in done)
        assert result_of(slow) is None and result_of(fast) == 7
        failing = pool.submit(lambda: 1 / 0)
        with pytest.raises(ZeroDivisionError):
            result_of(failing)


# The real bundled model: `summarize` on a seed, Ctrl-C once a generation has started (a marker
# file written as the model is first called). Before the fix the interrupted pipeline freed the
# model under the running generation: SIGSEGV (exit -11), no "interrupted" line.
_MARK_THE_FIRST_CALL = """
import sys, llama_cpp
original = llama_cpp.Llama.create_chat_completion_openai_v1
mark = sys.argv[-1]

def marked(self, *a, **kw):
    open(mark, "w").close()
    return original(self, *a, **kw)

llama_cpp.Llama.create_chat_completion_openai_v1 = marked
from summarizer.cli import main
sys.argv = ["summarize", *sys.argv[1:-1]]
sys.exit(main())
"""


@pytest.mark.model
def test_ctrl_c_during_a_bundled_model_generation_exits_130_without_a_crash(tmp_path):
    go = tmp_path / "generating"
    seed = sorted((ROOT / "seeds").glob("*.txt"))[1]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SUMMARIZER_CACHE_DIR": str(tmp_path / "cache")}
    with _sigint_at_default():  # as a terminal starts it, whatever this pytest inherited
        proc = subprocess.Popen([sys.executable, "-c", _MARK_THE_FIRST_CALL, str(seed), "--no-cache", str(go)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    try:
        deadline = time.monotonic() + 300  # model load on a loaded machine: not measured
        while not go.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert go.exists(), proc.communicate(timeout=60)[1]
        time.sleep(0.5)  # inside llama.cpp's generation
        t0 = time.monotonic()
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
        took = time.monotonic() - t0
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == 130, err
    assert took < 20.0 and not out
    assert err.decode().strip().splitlines()[-1] == "summarize: interrupted" and b"Traceback" not in err
