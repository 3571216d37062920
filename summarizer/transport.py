"""Time bounds on model calls, and naming an endpoint that cannot be reached.

* A request's deadline is total: `--timeout` seconds from the first byte sent to the last
  byte read. httpx's timeout bounds each read, so an endpoint that sends one byte a second
  would never trip it. `bound_sockets(http_client)` puts every socket operation of the
  client's connections under the calling thread's request deadline (`call_with_deadline`),
  counted from the request's first socket operation (building the body, or a first lazy
  import, is not the endpoint's time): each connect, write and read waits at most what is
  left, and one that would start past the deadline fails at once, so the request ends at the
  deadline on the thread that made it (`DeadlineExceeded`, retried like any timeout), with
  no thread of its own. Name resolution (`getaddrinfo`) is the one step it cannot bound: a
  lookup that hangs holds the call until the resolver gives up (the thread per request
  stopped waiting for it at the deadline). A client whose layout is not httpx's
  (`bound_sockets` returns False) runs each request in a daemon thread instead and stops
  waiting at the deadline, abandoning it (`in_thread=True`, the way of issue 13).
* An article's deadline (`--article-timeout`) is per thread: `article_deadline(seconds)`
  around `Pipeline.run`; every request of that article gets at most what is left
  (`request_budget`), and once it is spent the next call fails with `TransportError`.
* `unreachable(e)`: "host:port" when the error is a refused or failed connection (exit 3,
  backend unavailable), never the URL's credentials or the key.
"""

from __future__ import annotations

import contextlib
import functools
import threading
import time
from typing import Any, Callable, Iterator, TypeVar

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


def call_with_deadline(fn: Callable[[], T], seconds: float, *, in_thread: bool = True) -> T:
    """fn() or DeadlineExceeded after `seconds` in total.

    in_thread=False: fn's sockets are bounded (`bound_sockets`), so fn runs here under a
    request deadline and its own timeout error past the deadline becomes DeadlineExceeded.
    in_thread=True: fn runs in a daemon thread, abandoned (still running) at the deadline.
    """
    message = f"no complete answer within {seconds:g} s (--timeout, in total)"
    if not in_thread:
        previous = getattr(_local, "request", None)
        _local.request = [None, seconds]  # [deadline, seconds]: the clock starts at the first socket operation
        try:
            return fn()
        except Exception as e:
            if _past_deadline(e):
                raise DeadlineExceeded(message) from e
            raise
        finally:
            _local.request = previous
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
        raise DeadlineExceeded(message)
    ok, value = box[0]
    if ok:
        return value
    raise value


def _past_deadline(e: BaseException | None) -> bool:
    seen = 0
    while e is not None and seen < 8:
        if getattr(e, "request_deadline", False):
            return True
        e, seen = e.__cause__ or e.__context__, seen + 1
    return False


def _left(timeout: float | None, exc: type[Exception]) -> float | None:
    """The timeout of one socket operation on this thread: at most what its request has left."""
    request = getattr(_local, "request", None)
    if request is None:
        return timeout
    if request[0] is None:  # the request's first byte: from here it has `seconds` in total
        request[0] = time.monotonic() + request[1]
    left = request[0] - time.monotonic()
    if left <= 0:
        err = exc("the request's total deadline passed")
        err.request_deadline = True  # type: ignore[attr-defined]
        raise err
    return left if timeout is None else min(timeout, left)


def _marked(e: BaseException) -> BaseException:
    """A socket timeout that ran out with the request's total deadline (its timeout was clamped to
    what the request had left) is that deadline, not a slow read: mark it so."""
    request = getattr(_local, "request", None)
    if request is not None and request[0] is not None and time.monotonic() >= request[0]:
        e.request_deadline = True  # type: ignore[attr-defined]
    return e


def bound_sockets(http_client: Any) -> bool:
    """Put every connection `http_client` (an httpx.Client) makes, through each of its
    transports, under the calling thread's request deadline. False when its layout is not
    the one known here (httpx transports over an httpcore pool): callers then keep the
    thread per request."""
    import httpcore

    backend_class = _deadline_backend()
    transports = [getattr(http_client, "_transport", None), *getattr(http_client, "_mounts", {}).values()]
    pools = [getattr(t, "_pool", None) for t in transports if t is not None]
    if not pools or not all(isinstance(getattr(p, "_network_backend", None), httpcore.NetworkBackend) for p in pools):
        return False
    for p in pools:
        if not isinstance(p._network_backend, backend_class):
            p._network_backend = backend_class(p._network_backend)
    return True


@functools.cache
def _deadline_backend() -> type:
    """An httpcore network backend whose streams bound each operation by `_left` (httpcore is
    imported only when an HTTP client is built)."""
    import httpcore

    class DeadlineStream(httpcore.NetworkStream):
        def __init__(self, inner: Any):
            self.inner = inner

        def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
            try:
                return self.inner.read(max_bytes, _left(timeout, httpcore.ReadTimeout))
            except httpcore.ReadTimeout as e:
                raise _marked(e)

        def write(self, buffer: bytes, timeout: float | None = None) -> None:
            try:
                self.inner.write(buffer, _left(timeout, httpcore.WriteTimeout))
            except httpcore.WriteTimeout as e:
                raise _marked(e)

        def close(self) -> None:
            self.inner.close()

        def start_tls(self, ssl_context: Any, server_hostname: str | None = None,
                      timeout: float | None = None) -> "DeadlineStream":
            return DeadlineStream(self.inner.start_tls(ssl_context, server_hostname,
                                                       _left(timeout, httpcore.ConnectTimeout)))

        def get_extra_info(self, info: str) -> Any:
            return self.inner.get_extra_info(info)

    class DeadlineBackend(httpcore.NetworkBackend):
        def __init__(self, inner: Any):
            self.inner = inner

        def connect_tcp(self, host: str, port: int, timeout: float | None = None, **kw: Any) -> DeadlineStream:
            return DeadlineStream(self.inner.connect_tcp(host, port, _left(timeout, httpcore.ConnectTimeout), **kw))

        def connect_unix_socket(self, path: str, timeout: float | None = None, **kw: Any) -> DeadlineStream:
            return DeadlineStream(self.inner.connect_unix_socket(path, _left(timeout, httpcore.ConnectTimeout), **kw))

        def sleep(self, seconds: float) -> None:
            self.inner.sleep(seconds)

    return DeadlineBackend


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
