"""Helpers shared by the reading tests (test_reading_outputs, test_read19, test_read20, test_wild20):
who the attribution stage names as a sentence's source, and the claims of the bundled path without
its model call (the `code` system, as the eval suites run it)."""

from __future__ import annotations

from summarizer import thresholds
from summarizer.attribution import analyze, certainty_for
from summarizer.chunk import split_sentences
from summarizer.eval.suites.common import make_article, systems_for
from summarizer.settings import Settings
from summarizer.summary_grounding import _core, _shortened


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


#: An invented article's opening that names Ada Moss, the county treasurer (the cue-shape tests attr47-attr50).
TREASURER_HEAD = "Invented news for a test\n\nAda Moss, the county treasurer, spoke first at the council meeting on Tuesday.\n\n"


def read(sentence: str, part: str | None = None) -> tuple[str | None, str]:
    """The source and certainty of `sentence` (or of its `part`) inside a short invented article naming Ada Moss."""
    text = TREASURER_HEAD + sentence + "\n"
    part = part or sentence
    start = text.index(part)
    at = analyze(text)
    return at.source_for(start, start + len(part)), certainty_for(text, start, start + len(part), at)


def first_sentence_certainty(sentence: str) -> str:
    """The certainty of the first sentence of `sentence` read as a text of its own (the real-news reading tests)."""
    atts = analyze(sentence)
    sp = split_sentences(sentence)[0]
    return certainty_for(sentence, sp.start, sp.end, atts)


def certainty_after(intro: str, sentence: str) -> str:
    """The certainty of `sentence` read after an invented `intro` (a headline and an opening the test names)."""
    text = intro + sentence + "\n"
    start = text.index(sentence)
    return certainty_for(text, start, start + len(sentence), analyze(text))


def fallback_headline(line: str) -> str:
    """The fallback headline as summary_grounding builds it from a first line (without the source said_by adds)."""
    words = line.split()
    out = _shortened(words, thresholds.FALLBACK_HEADLINE_WORDS)
    if out.endswith("…") and (core := _core(words)) is not None:
        out = _shortened(core, thresholds.FALLBACK_HEADLINE_WORDS)
    return out
