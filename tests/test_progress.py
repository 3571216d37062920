"""`summarize FILE`: progress (steps done / total: the summary call, then each window) on a terminal, quiet off one."""

from __future__ import annotations

import io
import os
import pty
import select
import sys

import pytest

from summarizer.cli import main
from summarizer.cli import progress

from .test_eval import ARTICLE, FakeClient


def _drain(fd: int) -> bytes:
    out = b""
    while select.select([fd], [], [], 0.2)[0]:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    return out


@pytest.fixture
def article(tmp_path, monkeypatch):
    monkeypatch.setattr("summarizer.pipeline.make_client", lambda settings: FakeClient())
    path = tmp_path / "long.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return str(path)


def test_quiet_when_stderr_is_not_a_terminal(article, capsys):
    assert not sys.stderr.isatty()  # pytest captures it
    assert main([article, "-f", "json", "--no-cache"]) == 0
    err = capsys.readouterr().err
    assert err == ""  # no bar, no escape codes


def test_wanted_only_on_a_terminal_and_without_no_progress():
    master, slave = pty.openpty()
    try:
        with os.fdopen(slave, "w", closefd=False) as tty:
            assert progress.wanted(False, tty)
            assert not progress.wanted(True, tty)
        assert not progress.wanted(False, io.StringIO())
    finally:
        os.close(master)
        os.close(slave)


@pytest.mark.parametrize("flag", [[], ["--no-progress"]])
def test_a_terminal_shows_calls_done_for_a_single_article(article, monkeypatch, capsys, flag):
    master, slave = pty.openpty()
    tty = os.fdopen(slave, "w", buffering=1)
    monkeypatch.setattr(sys, "stderr", tty)
    monkeypatch.setenv("TERM", "xterm")
    calls: list[tuple[int, int]] = []
    real = progress.CallProgress.__call__
    monkeypatch.setattr(progress.CallProgress, "__call__",
                        lambda self, path, done, total: (calls.append((done, total)), real(self, path, done, total)))
    try:
        assert main([article, "-f", "json", "--no-cache", *flag]) == 0
        tty.flush()
        shown = _drain(master).decode("utf-8", "replace")
    finally:
        tty.close()
        os.close(master)
    if flag:
        assert calls == [] and "steps" not in shown
        return
    total = calls[0][1]
    assert total >= 3  # the summary call + one per window: a single article, several steps
    assert [d for d, _ in calls] == list(range(total + 1))  # every call reported, in order
    assert "steps" in shown and "long.txt" in shown
