"""Helpers shared by the reading tests (test_reading_outputs, test_read19, test_read20, test_wild20):
who the attribution stage names as a sentence's source, and the claims of the bundled path without
its model call (the `code` system, as the eval suites run it)."""

from __future__ import annotations

from summarizer.attribution import analyze
from summarizer.eval.suites.common import make_article, systems_for
from summarizer.settings import Settings


def who(text: str, sentence: str) -> str | None:
    """The source the attribution stage gives `sentence` (a substring of `text`), or None (the outlet)."""
    start = text.index(sentence)
    rel = analyze(text).relation_for(start, start + len(sentence))
    return rel.name if rel else None


def code(text: str, name: str = "reading.txt"):
    """The `code` system's summary of `text`, read as an article named `name`."""
    fns, closers = systems_for(["code"], Settings())
    try:
        return fns["code"](make_article(text, name))
    finally:
        for c in closers:
            c.close()
