"""Digest: many articles through the same pipeline, then cross-source synthesis.

    batch.py     paths in (files, directories, globs, stdin) -> outcomes, failures isolated
    build.py     the digest's sections (agreements, conflicts, timeline, quantities, storylines)
                 and its grounded overall summary
    schema.py    the digest's JSON contract
    markdown.py  html.py (+ templates/)   renderings
"""

from __future__ import annotations

from .batch import Outcome, iter_paths, run_batch
from .build import build_digest, digest_paths, failed_entry, to_digest_article
from .schema import Digest

__all__ = ["Digest", "Outcome", "build_digest", "digest_paths", "failed_entry", "iter_paths",
           "render_digest", "run_batch", "to_digest_article"]



def render_digest(digest: Digest, fmt: str, *, max_chars: int = 1_000_000) -> str:
    """The digest as Markdown, JSON or HTML. The HTML page quotes each claim in its context,
    so it reloads the articles (under the same `max_chars` bound as the run)."""
    if fmt == "json":
        from ..sanitize import json_text

        return json_text(digest.model_dump_json(indent=2)) + "\n"  # C1 controls as \u escapes
    if fmt == "html":
        from ..errors import SummarizerError
        from ..load import load_article
        from .html import render_html

        def text_for(article):
            try:
                return load_article(article.path, max_chars).text
            except SummarizerError:
                return None

        return render_html(digest, text_for)
    from .markdown import digest_markdown

    return digest_markdown(digest)
