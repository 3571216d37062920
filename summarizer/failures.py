"""Classifying a failed model call: retry it or not, how long to wait, how to name it.

Read by llm.py's retry loop (tenacity) and error mapping: transport faults (connection, timeout,
408/409/425/429/5xx, empty or non-JSON 200 bodies, truncated output over HTTP) are retried; the
Retry-After header (seconds, milliseconds or an HTTP date) sets the pause; an API key echoed in an
error body is redacted before the error travels on.
"""

from __future__ import annotations

import email.utils
import time

from .settings import Settings
from .transport import DeadlineExceeded


# -- classifying failures --------------------------------------------------------------------


def is_truncated(e: BaseException) -> bool:
    """The model's output hit max_tokens (instructor's IncompleteOutputException)."""
    from instructor.core import IncompleteOutputException

    return isinstance(e, IncompleteOutputException)


def root_error(e: BaseException) -> BaseException:
    """The underlying error behind instructor's wrappers (imported here: it is slow to import)."""
    from instructor.core import InstructorRetryException

    seen = 0
    while seen < 5 and isinstance(e, InstructorRetryException) and e.__cause__ is not None:
        e, seen = e.__cause__, seen + 1
    return e


def is_transport(e: BaseException, *, truncation: bool = True) -> bool:
    """Worth retrying after a pause: the server, not the request, was at fault.

    Truncated output counts only where a retry can differ (`truncation`): over HTTP a fault
    may have cut it; in process at temperature 0 the same request loops the same way.
    """
    import httpx
    import openai

    e = root_error(e)
    if isinstance(e, (openai.APIConnectionError, openai.APITimeoutError, httpx.TransportError)):
        return True
    if isinstance(e, openai.APIStatusError):
        return e.status_code in (408, 409, 425, 429) or e.status_code >= 500
    if is_truncated(e):
        return truncation
    return isinstance(e, (EmptyResponse, GarbageResponse, DeadlineExceeded))


def retry_after_seconds(e: BaseException) -> float | None:
    """Seconds the server asked us to wait (Retry-After: seconds or HTTP date), if any."""
    e = root_error(e)
    response = getattr(e, "response", None)
    headers = getattr(response, "headers", None)
    if not headers:
        return None
    value = headers.get("retry-after-ms")
    if value:
        try:
            return max(0.0, float(value) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
            return max(0.0, when.timestamp() - time.time())
        except (TypeError, ValueError):
            return None


class RetryWait:
    """tenacity wait: Retry-After when the server sent one (capped), else exponential jitter."""

    def __init__(self, settings: Settings):
        from tenacity import wait_random_exponential

        self.cap = settings.retry_after_cap
        self.backoff = wait_random_exponential(multiplier=0.5, max=20)

    def __call__(self, state) -> float:
        exc = state.outcome.exception() if state.outcome else None
        ra = retry_after_seconds(exc) if exc else None
        if ra is not None:
            return min(ra, self.cap)
        return self.backoff(state)


def short(e: BaseException) -> str:
    msg = " ".join(str(e).split())
    return msg[:200] + ("…" if len(msg) > 200 else "")


def describe(e: BaseException | None) -> str:
    if e is None:
        return "unknown error"
    e = root_error(e)
    status = getattr(e, "status_code", None)
    return f"HTTP {status}" if status else type(e).__name__


class EmptyResponse(Exception):
    """A 200 response with no choices: a server fault, retried like a 5xx."""


class GarbageResponse(Exception):
    """A 200 response whose body is not JSON: a server fault, retried like a 5xx."""


def redact(e: Exception, key: str | None) -> None:
    """Take the API key out of an error's message and drop its body (some servers echo the key)."""
    if not key or len(key) < 8:
        return
    e.args = tuple(a.replace(key, "[redacted]") if isinstance(a, str) else a for a in e.args)
    if isinstance(getattr(e, "message", None), str):
        e.message = e.message.replace(key, "[redacted]")  # type: ignore[attr-defined]
    if hasattr(e, "body"):
        e.body = None  # type: ignore[attr-defined]
