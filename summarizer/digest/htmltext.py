"""Text helpers of the digest page: escaping, element ids, numbers, quote context."""

from __future__ import annotations

import math
import re
from html import escape

from ..sanitize import terminal

_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]")


def esc(value: object) -> str:
    """Escape for text and for double-quoted attribute values alike; control characters and the
    bidirectional overrides go first (`sanitize.terminal`): a right-to-left override in an article
    turned the rest of a claim's line around in the browser as in a terminal."""
    return escape(terminal("" if value is None else str(value)), quote=True)


def slug(value: str) -> str:
    return _ID_UNSAFE.sub("_", value) or "_"


def claim_anchor(article_id: str, claim_id: str) -> str:
    """The element id of a claim: `a1-c3`."""
    return f"{slug(article_id)}-{slug(claim_id)}"


def number(value: float) -> str:
    if not math.isfinite(value):
        return str(value)
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    if abs(value) < 1:
        return f"{value:.4g}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def widen(text: str, start: int, end: int, n: int) -> tuple[int, int]:
    """Take about `n` characters each side, not cutting a word in half."""
    a, b = max(0, start - n), min(len(text), end + n)
    if a > 0:
        m = re.search(r"\s", text[a:start])
        if m:
            a += m.end()
    if b < len(text):
        tail = text[end:b]
        m = re.search(r"\s\S*$", tail)
        if m and m.start() > 0:
            b = end + m.start()
    return a, b


def tidy(s: str) -> str:
    return re.sub(r"\n\s*\n\s*(\n\s*)+", "\n\n", s)
