"""A digest whose long sections stay on disk until they are written.

`StreamedDigest` has `schema.Digest`'s fields; the ones that grow with the number of articles
(articles, agreements, conflicts, timeline, quantities, events) are callables that read them
back from the claim store one element at a time (`build.stored_digest` makes it, inside the
store's lifetime). `jsonout.iter_digest_json` writes it as the same text as the Digest's
`model_dump_json(indent=2)`; `materialize()` gives the Digest itself (Markdown, HTML, the API).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterator

from ..schema import Usage
from .schema import Agreement, ClaimRef, Conflict, Digest, DigestArticle, Event, FailedArticle, QuantityRow, \
    Storyline, TimelineEntry


@dataclass
class StreamedDigest:
    summary: str
    summary_refs: list[ClaimRef]
    articles: Callable[[], Iterator[DigestArticle]]
    storylines: list[Storyline]
    agreements: Callable[[], Iterator[Agreement]]
    conflicts: Callable[[], Iterator[Conflict]]
    timeline: Callable[[], Iterator[TimelineEntry]]
    quantities: Callable[[], Iterator[QuantityRow]]
    events: Callable[[], Iterator[Event]]
    failed: list[FailedArticle]
    model: str
    usage: Usage = field(default_factory=Usage)
    warnings: list[str] = field(default_factory=list)
    n_articles: int = 0

    def materialize(self) -> Digest:
        """The whole Digest in memory (what Markdown and HTML render, and `digest_paths` returns)."""
        return Digest(**{name: list(v()) if callable(v) else v
                         for name in Digest.model_fields for v in [getattr(self, name)]})

    def paths(self) -> Iterator[str]:
        """Every input path (articles, then failures), read one at a time."""
        for a in self.articles():
            yield a.path
        for f in self.failed:
            yield f.path
