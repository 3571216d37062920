"""The article as a Document, built once per article and read by every stage.

`Document` is the text with what the stages keep recomputing from it: its sentences (spans),
paragraphs (spans), the normalized text with the map back to original offsets, which
sentences are page furniture, and the published date. `Pipeline.run` builds one and hands it
down (chunking, the lead, grounding) instead of each stage splitting the text again.

It extends `ground.Text` (the locating and checking half), so every function that takes a
Text takes a Document, and `Text(text)` keeps working where only grounding is needed.
It also carries the attribution of each span (`attributions`: `attribution.analyze`, run once,
on first use).
"""

from __future__ import annotations

import re

from .attribution import Attributions, analyze
from .chunk import Span, content_sentences, is_furniture, transcript_turn
from .ground import Text
from .load import Article, find_published

__all__ = ["Document", "paragraphs"]

_BLANK_LINES = re.compile(r"\n[ \t\r\f\v]*\n\s*")


def paragraphs(text: str) -> tuple[Span, ...]:
    """Blocks of text separated by blank lines, trimmed, as spans of `text`."""
    out, start = [], 0
    for m in [*_BLANK_LINES.finditer(text), None]:
        end = m.start() if m else len(text)
        a, b = start, end
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append(Span(a, b))
        if m:
            start = m.end()
    return tuple(out)


class Document(Text):
    """One article: text, sentences, paragraphs, normalized map, furniture marks, date."""

    def __init__(self, text: str, *, path: str = "", sha256: str = "", published: str | None = None,
                 warnings: tuple[str, ...] = ()):
        super().__init__(text)  # sentences, norm, index
        self.path = path
        self.sha256 = sha256
        self.published = published
        self.warnings = tuple(warnings)
        self.paragraphs = paragraphs(text)
        #: furniture[i]: sentence i is page furniture (share buttons, copyright lines, ...)
        self.furniture = tuple(is_furniture(text[s.start:s.end]) and not transcript_turn(text, s.start) for s in self.sentences)
        self._content: dict[int, tuple[Span, ...]] = {}
        self._attributions: Attributions | None = None

    @classmethod
    def from_article(cls, article: Article) -> Document:
        return cls(article.text, path=article.path, sha256=article.sha256,
                   published=find_published(article.text), warnings=article.warnings)

    @property
    def chars(self) -> int:
        return len(self.text)

    @property
    def attributions(self) -> Attributions:
        """Who says what in this article (`attribution.analyze`), computed once, on first use."""
        if self._attributions is None:
            self._attributions = analyze(self.text)
        return self._attributions

    def content_sentences(self, max_chars: int) -> tuple[Span, ...]:
        """`chunk.content_sentences` over the sentences already split: furniture dropped,
        overlong sentences cut at `max_chars` (kept per limit: the stages ask again)."""
        if max_chars not in self._content:
            self._content[max_chars] = tuple(content_sentences(self.text, max_chars, sentences=self.sentences))
        return self._content[max_chars]
