"""Time bounds on model calls, and naming an endpoint that cannot be reached.

* A request's deadline is total: `--timeout` seconds from the first byte sent to the last
  byte read. httpx's timeout bounds each read, so an endpoint that sends one byte a second
  would never trip it; `call_with_deadline` runs the request in a daemon thread and stops
  waiting when the deadline passes (`DeadlineExceeded`, retried like any timeout). The
  abandoned thread ends when its socket's read timeout or the server ends it; it never keeps
  the process alive (daemon) and its result is dropped.
* An article's deadline (`--article-timeout`) is per thread: `article_deadline(seconds)`
  around `Pipeline.run`; every request of that article gets at most what is left
  (`request_budget`), and once it is spent the next call fails with `TransportError`.
* `unreachable(e)`: "host:port" when the error is a refused or failed connection (exit 3,
  backend unavailable), never the URL's credentials or the key.
"""

from __future__ import annotations

import contextlib
import threading
import time
from typing import Callable, Iterator, TypeVar

from .errors import TransportError

T = TypeVar("T")
_local = threading.local()


class DeadlineExceeded(Exception):
    """A request ran past its total deadline; retried like a timeout."""


@contextlib.contextmanager
def article_deadline(seconds: float | None) -> Iterator[None]:
    """Every call in this block (on this thread) shares one deadline of `seconds`."""
    previous = getattr(_local, "deadline", None)
    _local.deadline = None if seconds is None else (time.monotonic() + seconds, seconds)
    try:
        yield
    finally:
        _local.deadline = previous


def check_article_deadline() -> None:
    d = getattr(_local, "deadline", None)
    if d is not None and time.monotonic() >= d[0]:
        raise TransportError(f"the article took longer than its deadline of {d[1]:g} s (--article-timeout)")


def request_budget(timeout: float) -> float:
    """Seconds this request may take: the request timeout, or less when the article's
    deadline comes first."""
    check_article_deadline()
    d = getattr(_local, "deadline", None)
    return timeout if d is None else max(0.01, min(timeout, d[0] - time.monotonic()))


def call_with_deadline(fn: Callable[[], T], seconds: float) -> T:
    """fn() or DeadlineExceeded after `seconds` in total (fn keeps running, abandoned)."""
    box: list = []
    done = threading.Event()

    def target() -> None:
        try:
            box.append((True, fn()))
        except BaseException as e:  # noqa: BLE001 - handed to the caller's thread
            box.append((False, e))
        done.set()

    threading.Thread(target=target, name="request", daemon=True).start()
    if not done.wait(seconds):
        raise DeadlineExceeded(f"no complete answer within {seconds:g} s (--timeout, in total)")
    ok, value = box[0]
    if ok:
        return value
    raise value


def unreachable(e: BaseException) -> str | None:
    """'host:port' when `e` is a connection that could not be made (refused, no route, DNS)."""
    import httpx
    import openai

    if not isinstance(e, openai.APIConnectionError) or isinstance(e, openai.APITimeoutError):
        return None
    cause, seen = e.__cause__ or e.__context__, 0
    while cause is not None and seen < 6:
        if isinstance(cause, (httpx.ConnectError, ConnectionRefusedError)):
            url = getattr(getattr(e, "request", None), "url", None)
            if url is None:
                return "the endpoint"
            port = url.port or (443 if url.scheme == "https" else 80)
            return f"{url.host}:{port}"
        cause, seen = cause.__cause__ or cause.__context__, seen + 1
    return None
