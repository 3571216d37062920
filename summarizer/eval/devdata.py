"""The development data labelled outside this project (/work/shared/devdata; README there).

The data is read in place, never copied into the repository: from `$SUMMARIZER_DEVDATA`, else
`<repo root>/../shared/devdata`. Every reader streams its JSON Lines file lazily (one record,
a dict, at a time), so the 12,784 UW events never sit in memory at once. A missing directory
or file is an InputError raised when the reader is called, not when it is first iterated.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError

__all__ = ["attribution_article", "attribution_articles", "attribution_relations", "basil_article",
           "basil_clusters", "devdata_dir", "factuality_events", "faithfulness_pairs", "project_root"]

ENV = "SUMMARIZER_DEVDATA"
FACTUALITY_SETS = ("meantime", "uw")


def project_root() -> Path:
    """The directory holding the summarizer package (the repository in a checkout)."""
    return Path(__file__).resolve().parents[2]


def devdata_dir() -> Path:
    """`$SUMMARIZER_DEVDATA`, else `<repo root>/../shared/devdata`; InputError when missing."""
    env = os.environ.get(ENV)
    d = Path(env) if env else project_root().parent / "shared" / "devdata"
    if not d.is_dir():
        how = f"${ENV} points at {d}" if env else f"looked for {d}; set ${ENV} to its location"
        raise InputError(f"dev data directory not found ({how})", path=str(d))
    return d


def _records(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except ValueError as e:
                    raise InputError(f"{path}:{n}: not a JSON line ({e})", path=str(path)) from None


def _jsonl(relative: str) -> Iterator[dict]:
    path = devdata_dir() / relative
    if not path.is_file():
        raise InputError(f"{path}: dev data file not found", path=str(path))
    return _records(path)


def attribution_articles() -> Iterator[dict]:
    """PolNeAR dev articles: article_id, publisher, publication_date, title, text, ..."""
    return _jsonl("attribution/articles.jsonl")


def attribution_relations() -> Iterator[dict]:
    """PolNeAR attribution relations: article_id, source/cue/content with char spans."""
    return _jsonl("attribution/attributions.jsonl")


def basil_clusters() -> Iterator[dict]:
    """BASIL same-event triplets: cluster_id, main_event, dates, articles[{article_uuid, text, ...}]."""
    return _jsonl("multidoc/basil_clusters.jsonl")


def faithfulness_pairs() -> Iterator[dict]:
    """(document, claim, label) pairs from SummEval, QAGS, XSumFaith, FaithBench, ..."""
    return _jsonl("faithfulness/pairs.jsonl")


def factuality_events(dataset: str | None = None) -> Iterator[dict]:
    """MEANTIME then UW event mentions with their factuality label (or only `dataset`)."""
    if dataset is not None and dataset not in FACTUALITY_SETS:
        raise InputError(f"unknown factuality set {dataset!r}; choose from {', '.join(FACTUALITY_SETS)}")
    readers = [_jsonl(f"factuality/{name}.jsonl") for name in FACTUALITY_SETS if dataset in (None, name)]
    return (record for reader in readers for record in reader)


def attribution_article(article_id: str) -> dict:
    """The PolNeAR article with this id; InputError when there is none."""
    found = next((a for a in attribution_articles() if a.get("article_id") == article_id), None)
    if found is None:
        raise InputError(f"no article {article_id!r} in attribution/articles.jsonl")
    return found


def basil_article(article_uuid: str) -> dict:
    """The BASIL article with this article_uuid (inside its cluster); InputError when there is none."""
    found = next((a for c in basil_clusters() for a in c.get("articles", [])
                  if a.get("article_uuid") == article_uuid), None)
    if found is None:
        raise InputError(f"no article {article_uuid!r} in multidoc/basil_clusters.jsonl")
    return found
