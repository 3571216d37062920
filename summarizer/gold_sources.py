"""Articles of gold files that live in the development data, not in the repository.

Gold for dev-data articles (evals/GUIDELINES.md §13) names its source `devdata:<folder>/<id>`:
the record whose `article_uuid`, `article_id` or `id` is <id> and that carries a `text`, in one
of the JSON-lines files of `<devdata>/<folder>/`. Records may hold their articles in an
`articles` list (BASIL clusters do). The text is loaded exactly as the tool loads an article
given as bytes, so gold offsets and `sha256` (of the UTF-8 text) refer to the same string.

`<devdata>` is `$SUMMARIZER_DEVDATA`, else `../shared/devdata` next to the repository.
The texts are never copied into the repository.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

from .errors import InputError
from .load import Article, load_bytes

DEVDATA_PREFIX = "devdata:"
_ID_KEYS = ("article_uuid", "article_id", "id")


def devdata_dir() -> Path:
    env = os.environ.get("SUMMARIZER_DEVDATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent.parent / "shared" / "devdata"


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
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    take(json.loads(line))
    return out


def load_devdata_article(ref: str, max_chars: int = 1_000_000) -> Article:
    """The article a `devdata:<folder>/<id>` reference names; InputError if it cannot be found."""
    if not is_devdata_ref(ref):
        raise InputError(f"{ref}: not a {DEVDATA_PREFIX}<folder>/<id> reference")
    folder, sep, rec_id = ref[len(DEVDATA_PREFIX):].partition("/")
    if not sep or not folder or not rec_id or ".." in folder:
        raise InputError(f"{ref}: expected {DEVDATA_PREFIX}<folder>/<id>")
    root = devdata_dir()
    d = root / folder
    if not d.is_dir():
        raise InputError(f"{ref}: development data folder {d} not found (set SUMMARIZER_DEVDATA)")
    text = _folder_texts(d).get(rec_id)
    if text is None:
        raise InputError(f"{ref}: no record with that id and a text in {d}/*.jsonl")
    return load_bytes(text.encode("utf-8"), ref, max_chars)
