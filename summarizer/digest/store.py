"""Finished articles on disk while the batch runs, read back in bounded batches.

`ClaimStore` is the digest's working set of `DigestArticle`s (each with its claims) in a
SQLite file (stdlib `sqlite3`) in a temporary directory, keyed by the article's position in
the input, so a digest of 10,000 articles does not hold 10,000 articles' claims while the
batch runs. The cross-article stage reads them back in input order with `iter_articles`
(`batch` at a time) or by id with `get`. The interface is small on purpose: the digest's
synthesis (build.py, align.py) can move to it piece by piece.

One writer (the thread that consumes the batch's outcomes); reads after the writes.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from typing import Iterable, Iterator

from .schema import DigestArticle


class ClaimStore:
    """`add(index, article)` during the batch; `iter_articles()` / `get(ids)` afterwards.

    Articles come back with their digest id (`a1`, `a2`, ... in input order over the
    articles that succeeded), assigned by `number()` once the batch is over.
    """

    def __init__(self, directory: str | None = None):
        self._dir = tempfile.mkdtemp(prefix="summarizer-claims-", dir=directory)
        self._db = sqlite3.connect(os.path.join(self._dir, "claims.sqlite"), check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=OFF")
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.execute("CREATE TABLE articles (idx INTEGER PRIMARY KEY, id TEXT, sha TEXT, path TEXT, "
                         "kept INTEGER NOT NULL DEFAULT 1, body TEXT NOT NULL)")
        self._n = 0

    def add(self, index: int, article: DigestArticle) -> None:
        """Keep one finished article (its position in the input: `index`)."""
        self._db.execute("INSERT INTO articles (idx, id, sha, path, body) VALUES (?, ?, ?, ?, ?)",
                         (index, article.id or None, article.sha256, article.path, article.model_dump_json()))
        self._n += 1

    def number(self, dedupe: bool = False, keep_ids: bool = False) -> list[str]:
        """Give the articles their digest ids, a1..aN in input order (`keep_ids`: the ids they
        came with). `dedupe`: the same text twice (same sha256) is ONE source, the first in
        input order; the others are left out, with a warning each (returned)."""
        warnings = []
        if dedupe:
            rows = self._db.execute(
                "SELECT d.idx, d.path, k.path FROM articles d JOIN (SELECT sha, MIN(idx) AS m FROM articles GROUP BY sha) f "
                "ON d.sha = f.sha AND d.idx > f.m JOIN articles k ON k.idx = f.m ORDER BY d.idx").fetchall()
            self._db.executemany("UPDATE articles SET kept = 0, id = NULL WHERE idx = ?", ((r[0],) for r in rows))
            warnings = [f"{path}: same text as {first}; counted once" for _, path, first in rows]
            self._n -= len(rows)
        if not keep_ids:
            rows = self._db.execute("SELECT idx FROM articles WHERE kept = 1 ORDER BY idx").fetchall()
            self._db.executemany("UPDATE articles SET id = ? WHERE idx = ?",
                                 ((f"a{n}", idx) for n, (idx,) in enumerate(rows, 1)))
        self._db.execute("CREATE INDEX IF NOT EXISTS articles_id ON articles (id)")
        self._db.commit()
        return warnings

    @property
    def db(self) -> sqlite3.Connection:
        """The connection: the cross-article stage (digest/claimindex.py) keeps its tables here."""
        return self._db

    def __len__(self) -> int:
        return self._n

    def __bool__(self) -> bool:
        return self._n > 0

    def iter_articles(self, batch: int = 256) -> Iterator[DigestArticle]:
        """Every article in input order, at most `batch` decoded rows fetched at a time."""
        last = -1
        while True:
            rows = self._db.execute("SELECT idx, id, body FROM articles WHERE idx > ? AND kept = 1 "
                                    "ORDER BY idx LIMIT ?",
                                    (last, batch)).fetchall()
            if not rows:
                return
            for idx, aid, body in rows:
                yield self._load(aid, body)
            last = rows[-1][0]

    def get(self, ids: Iterable[str]) -> list[DigestArticle]:
        """The articles with these digest ids, in the order asked (unknown ids are skipped)."""
        ids = list(ids)
        found: dict[str, DigestArticle] = {}
        for i in range(0, len(ids), 500):  # SQLite's limit on bound parameters
            chunk = ids[i:i + 500]
            marks = ",".join("?" * len(chunk))
            for aid, body in self._db.execute(f"SELECT id, body FROM articles WHERE kept = 1 AND id IN ({marks})", chunk):
                found[aid] = self._load(aid, body)
        return [found[i] for i in ids if i in found]

    @staticmethod
    def _load(aid: str | None, body: str) -> DigestArticle:
        a = DigestArticle.model_validate_json(body)
        return a.model_copy(update={"id": aid}) if aid and a.id != aid else a

    def close(self) -> None:
        db, self._db = self._db, None
        if db is not None:
            db.close()
            shutil.rmtree(self._dir, ignore_errors=True)

    def __enter__(self) -> "ClaimStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
