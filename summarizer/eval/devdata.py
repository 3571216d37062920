"""The development data labelled outside this project (/work/shared/devdata; README there).

The data is read in place, never copied into the repository: from `$SUMMARIZER_DEVDATA`, else
`<repo root>/../shared/devdata`. Every reader streams its JSON Lines file lazily (one record,
a dict, at a time), so the 12,784 UW events never sit in memory at once. A missing directory
or file is an InputError raised when the reader is called, not when it is first iterated.

Gold for dev-data articles (evals/GUIDELINES.md §13) names its source `devdata:<folder>/<id>`:
the record whose `article_uuid`, `article_id` or `id` is <id> and that carries a `text`, in one
of the JSON Lines files of `<devdata>/<folder>/` (records may hold their articles in an
`articles` list, as BASIL clusters do). `load_devdata_article` loads that text exactly as the
tool loads an article given as bytes, so gold offsets and sha256 (of the UTF-8 text) hold.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from ..errors import InputError
from ..load import Article, load_bytes

__all__ = ["DEVDATA_PREFIX", "attribution_article", "attribution_articles", "attribution_relations",
           "basil_article", "basil_clusters", "devdata_dir", "factuality_events", "faithfulness_pairs",
           "is_devdata_ref", "load_devdata_article", "project_root"]

ENV = "SUMMARIZER_DEVDATA"
FACTUALITY_SETS = ("meantime", "uw")
DEVDATA_PREFIX = "devdata:"
_ID_KEYS = ("article_uuid", "article_id", "id")


def project_root() -> Path:
    """The directory holding the summarizer package (the repository in a checkout)."""
    return Path(__file__).resolve().parents[2]


def devdata_dir() -> Path:
    """`$SUMMARIZER_DEVDATA`, else `<repo root>/../shared/devdata` (which may not exist)."""
    env = (os.environ.get(ENV) or "").strip()  # spaces around a pasted path are not part of it
    return Path(env) if env else project_root().parent / "shared" / "devdata"


def _existing_dir() -> Path:
    d = devdata_dir()
    if not d.is_dir():
        how = f"${ENV} points at {d}" if os.environ.get(ENV) else f"looked for {d}; set ${ENV} to its location"
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
    path = _existing_dir() / relative
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


# -- gold sources: devdata:<folder>/<id> ------------------------------------------------------------


def is_devdata_ref(path: str) -> bool:
    return path.startswith(DEVDATA_PREFIX)


@lru_cache(maxsize=8)
def _folder_texts(folder: Path) -> dict[str, str]:
    """id -> text for every record with a text in folder/*.jsonl (read once per folder)."""
    out: dict[str, str] = {}

    def take(rec: dict) -> None:
        text = rec.get("text")
        if isinstance(text, str):
            for k in _ID_KEYS:
                if isinstance(rec.get(k), str):
                    out.setdefault(rec[k], text)
        for sub in rec.get("articles") or ():
            if isinstance(sub, dict):
                take(sub)

    for f in sorted(folder.glob("*.jsonl")):
        for rec in _records(f):
            take(rec)
    return out


def load_devdata_article(ref: str, max_chars: int = 1_000_000) -> Article:
    """The article a `devdata:<folder>/<id>` reference names; InputError if it cannot be found."""
    if not is_devdata_ref(ref):
        raise InputError(f"{ref}: not a {DEVDATA_PREFIX}<folder>/<id> reference")
    folder, sep, rec_id = ref[len(DEVDATA_PREFIX):].partition("/")
    if not sep or not folder or not rec_id or ".." in folder:
        raise InputError(f"{ref}: expected {DEVDATA_PREFIX}<folder>/<id>")
    d = _existing_dir() / folder
    if not d.is_dir():
        raise InputError(f"{ref}: development data folder {d} not found (set {ENV})", path=str(d))
    text = _folder_texts(d).get(rec_id)
    if text is None:
        raise InputError(f"{ref}: no record with that id and a text in {d}/*.jsonl")
    return load_bytes(text.encode("utf-8"), ref, max_chars)
