"""The cross-article stage's working set on disk: what alignment needs of every claim, as tables
in the `ClaimStore`'s SQLite file, so memory does not grow with the number of articles.

`ClaimIndex(store)` reads the numbered store once, article by article, and writes per claim
(global index `g`, in article then claim order, as `align.features` numbers them):

* `claims`: the claim's `pairs.Features` (pickled, without its IDF weights), its source and
  whether it refutes; `df`: in how many claims each content word is (the IDF weights are
  computed from it when a claim is read back);
* `keys`: the blocking keys (`pairs.block_keys`); `pairs()` joins them in SQL (keys held by
  2..cap claims, claims of different texts) into the sorted candidate pairs;
* `names`: the names each claim mentions (storylines); `atext`: each article's claims'
  lower-cased text (`classify`'s place check);
* `timeline`, `quantities`: the rows of those sections with their sort keys, read back in
  order by `iter_timeline()` / `iter_quantities()`.

`index[g]` reads one claim's Features back (a bounded LRU in front); `iter(index)` streams them.
"""

from __future__ import annotations

import pickle
from collections import OrderedDict
from typing import Iterator

from .. import thresholds
from ..schema import ARTICLE_VOICE
from .idf import batch_size, idf as idf_weight
from .pairs import Features, block_keys, features
from .schema import QuantityRow, TimelineEntry
from .store import ClaimStore
from .tables import quantity_rows, timeline_rows

_SCHEMA = """
CREATE TABLE claims (g INTEGER PRIMARY KEY, aid TEXT, cid TEXT, start INTEGER, sha TEXT, source TEXT, refutes INTEGER,
                     feat BLOB);
CREATE TABLE df (word TEXT PRIMARY KEY, n INTEGER) WITHOUT ROWID;
CREATE TABLE keys (key TEXT, g INTEGER, sha TEXT);
CREATE TABLE names (name TEXT, g INTEGER, sha TEXT, seq INTEGER);
CREATE TABLE atext (aid TEXT PRIMARY KEY, text TEXT) WITHOUT ROWID;
CREATE TABLE timeline (date TEXT, aid TEXT, start INTEGER, seq INTEGER, body TEXT);
CREATE TABLE quantities (norm TEXT, day TEXT, value REAL, seq INTEGER, body TEXT);
"""


class ArticleText:
    """article id -> its claims' lower-cased text, read on demand (what `classify` is given)."""

    def __init__(self, db, size: int = 256):
        self._db, self._cache, self._size = db, OrderedDict(), size

    def get(self, aid: str, default: str = "") -> str:
        if aid in self._cache:
            self._cache.move_to_end(aid)
            return self._cache[aid]
        row = self._db.execute("SELECT text FROM atext WHERE aid = ?", (aid,)).fetchone()
        text = row[0] if row else default
        self._cache[aid] = text
        if len(self._cache) > self._size:
            self._cache.popitem(last=False)
        return text

    __getitem__ = get


class ClaimIndex:
    def __init__(self, store: ClaimStore, cache: int = 256, idf_cache: int = 8192):
        self.db = store.db
        self.db.executescript(_SCHEMA)
        self._cache: OrderedDict[int, Features] = OrderedDict()
        self._cache_size = cache
        # word -> IDF weight, fixed once the index is built: a claim read back (a pair's, a
        # group's) looks its words up here and asks the `df` table only for the others
        self._idf: OrderedDict[str, float] = OrderedDict()
        self._idf_size = idf_cache
        self.n = 0
        self._build(store)
        self.article_text = ArticleText(self.db)

    # -- building --------------------------------------------------------------------------------

    def _build(self, store: ClaimStore) -> None:
        db, g, seq, texts = self.db, 0, 0, set()
        for a in store.iter_articles():
            pairs = [(a, c) for c in a.claims]
            feats = features(pairs)
            for f in feats:
                f.index, f.weights = g + f.index, {}
                db.execute("INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           (f.index, f.article, f.claim.id, f.claim.evidence.start, f.sha, f.source, int(f.refutes),
                            pickle.dumps(f, protocol=5)))
                db.executemany("INSERT INTO df VALUES (?, 1) ON CONFLICT(word) DO UPDATE SET n = n + 1",
                               ((w,) for w in f.words))
                db.executemany("INSERT INTO keys VALUES (?, ?, ?)", ((k, f.index, f.sha) for k in block_keys(f)))
                db.executemany("INSERT INTO names VALUES (?, ?, ?, ?)",
                               ((s, f.index, f.sha, k) for k, s in enumerate(f.name_seqs | f.names)))
            g += len(feats)
            texts |= {f.sha for f in feats}
            db.execute("INSERT INTO atext VALUES (?, ?)", (a.id, " ".join(f.low for f in feats)))
            for key, e in timeline_rows(pairs):
                seq += 1
                db.execute("INSERT INTO timeline VALUES (?, ?, ?, ?, ?)", (*key, seq, e.model_dump_json()))
            for key, r in quantity_rows(pairs):
                seq += 1
                db.execute("INSERT INTO quantities VALUES (?, ?, ?, ?, ?)", (*key, seq, r.model_dump_json()))
        self.n = g
        self.weigh_n = batch_size(g, len(texts))  # idf.py: short articles
        db.execute("CREATE INDEX keys_key ON keys (key, g)")
        db.execute("CREATE INDEX names_name ON names (name)")
        db.execute("CREATE INDEX claims_source ON claims (source)")
        db.execute("CREATE INDEX claims_aid ON claims (aid, start)")
        db.commit()

    # -- features ---------------------------------------------------------------------------------

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, g: int) -> Features:
        f = self._cache.get(g)
        if f is not None:
            self._cache.move_to_end(g)
            return f
        row = self.db.execute("SELECT feat FROM claims WHERE g = ?", (g,)).fetchone()
        if row is None:
            raise IndexError(g)
        f = self._weigh([pickle.loads(row[0])])[0]
        self._cache[g] = f
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return f

    def __iter__(self) -> Iterator[Features]:
        yield from self._select("SELECT feat FROM claims WHERE g > ? ORDER BY g LIMIT ?")

    def refuters(self) -> Iterator[Features]:
        """The claims with a refutation cue whose source is named (what `refutations` starts from)."""
        yield from self._select("SELECT feat FROM claims WHERE g > ? AND refutes = 1 ORDER BY g LIMIT ?")

    def by_source(self) -> "SourceClaims":
        return SourceClaims(self)

    def article_claims(self, aid: str) -> list[Features]:
        """One article's claims, in index order."""
        return [self[g] for (g,) in self.db.execute("SELECT g FROM claims WHERE aid = ? ORDER BY g", (aid,))]

    def by_article(self) -> Iterator[list[Features]]:
        """Each article's claims in turn (index order), one article in memory at a time."""
        fs: list[Features] = []
        for f in self:
            if fs and f.article != fs[0].article:
                yield fs
                fs = []
            fs.append(f)
        if fs:
            yield fs

    def positions(self, ids) -> dict[int, int]:
        """Each claim's place in its article (0, 1, ... by evidence start, then index), for `ids`."""
        out: dict[int, int] = {}
        ids = sorted(ids)
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            out.update(self.db.execute(
                "SELECT c.g, (SELECT COUNT(*) FROM claims o WHERE o.aid = c.aid AND (o.start < c.start OR "
                f"(o.start = c.start AND o.g < c.g))) FROM claims c WHERE c.g IN ({','.join('?' * len(chunk))})", chunk))
        return out

    def _select(self, sql: str, batch: int = 256) -> Iterator[Features]:
        last = -1
        while True:
            fs = self._weigh([pickle.loads(b) for (b,) in self.db.execute(sql, (last, batch)).fetchall()])
            if not fs:
                return
            yield from fs
            last = fs[-1].index

    def _weigh(self, fs: list[Features]) -> list[Features]:
        """IDF weights over the whole batch, as `pairs.features` computes them; each word's
        weight is computed once per build while it stays in the bounded `_idf` cache."""
        idf, weight = self._idf, {}
        for w in {w for f in fs for w in f.words}:
            if w in idf:
                idf.move_to_end(w)
                weight[w] = idf[w]
        words = sorted({w for f in fs for w in f.words} - weight.keys())
        n = self.weigh_n
        for i in range(0, len(words), 500):
            chunk = words[i:i + 500]
            for w, k in self.db.execute(f"SELECT word, n FROM df WHERE word IN ({','.join('?' * len(chunk))})", chunk):
                weight[w] = idf[w] = idf_weight(n, k)
        while len(idf) > self._idf_size:
            idf.popitem(last=False)
        for f in fs:
            f.weights = {w: weight[w] for w in f.words}
        return fs

    # -- candidate pairs ------------------------------------------------------------------------

    def pairs(self, cap: int = thresholds.ALIGN_BLOCK_CAP) -> int:
        """Write the candidate pairs (`pairs.candidate_pairs`: claims of different texts sharing
        a key held by 2..cap claims) to the `pairs` table; their number."""
        db = self.db
        db.execute("DROP TABLE IF EXISTS pairs")
        db.execute("CREATE TABLE pairs (i INTEGER, j INTEGER, PRIMARY KEY (i, j)) WITHOUT ROWID")
        db.execute("""INSERT OR IGNORE INTO pairs
            SELECT k1.g, k2.g FROM (SELECT key FROM keys GROUP BY key HAVING COUNT(*) BETWEEN 2 AND ?) b
            JOIN keys k1 ON k1.key = b.key JOIN keys k2 ON k2.key = b.key AND k2.g > k1.g
            WHERE k1.sha != k2.sha""", (cap,))
        db.commit()
        return db.execute("SELECT COUNT(*) FROM pairs").fetchone()[0]

    def is_pair(self, i: int, j: int) -> bool:
        """(i, j), i < j, is a candidate pair."""
        return self.db.execute("SELECT 1 FROM pairs WHERE i = ? AND j = ?", (i, j)).fetchone() is not None

    def iter_pairs(self, batch: int = 4096) -> Iterator[tuple[int, int]]:
        """The candidate pairs in (i, j) order, `batch` rows fetched at a time."""
        last = (-1, -1)
        while True:
            rows = self.db.execute("SELECT i, j FROM pairs WHERE (i, j) > (?, ?) ORDER BY i, j LIMIT ?",
                                   (*last, batch)).fetchall()
            if not rows:
                return
            yield from rows
            last = rows[-1]

    # -- the sections that are rows ------------------------------------------------------------

    def iter_timeline(self) -> Iterator[TimelineEntry]:
        return read_rows(self.db, "SELECT body FROM timeline ORDER BY date, aid, start, seq", TimelineEntry)

    def iter_quantities(self) -> Iterator[QuantityRow]:
        return read_rows(self.db, "SELECT body FROM quantities ORDER BY norm, day, value, seq", QuantityRow)

    def timeline_span(self) -> tuple[str, str] | None:
        row = self.db.execute("SELECT MIN(date), MAX(date) FROM timeline").fetchone()
        return (row[0], row[1]) if row and row[0] else None


def read_rows(db, sql: str, model):
    """The rows of a one-column `SELECT body ...` as `model` objects (bodies are their JSON), one
    at a time in the query's order."""
    for (body,) in db.execute(sql):
        yield model.model_validate_json(body)


class SourceClaims:
    """source -> its claims that do not refute (what `refutations` compares a refuter with), read
    from the index when a source's claims are first looked at."""

    def __init__(self, index: ClaimIndex):
        self._index = index
        self._sources: list[tuple[str, _Lazy]] | None = None

    def items(self):
        """Listed once (refutations asks for them once per refuter); each source's claims are
        read from the index the first time they are looked at, then kept."""
        if self._sources is None:
            db = self._index.db
            self._sources = [(s, _Lazy(self._index, s)) for (s,) in db.execute(
                "SELECT source FROM claims WHERE source != ? AND refutes = 0 GROUP BY source ORDER BY MIN(g)",
                (ARTICLE_VOICE,))]
        return iter(self._sources)


class _Lazy:
    def __init__(self, index: ClaimIndex, source: str):
        self._index, self._source, self._items = index, source, None

    def _load(self) -> list[Features]:
        if self._items is None:
            gs = [g for (g,) in self._index.db.execute(
                "SELECT g FROM claims WHERE source = ? AND refutes = 0 ORDER BY g", (self._source,))]
            self._items = [self._index[g] for g in gs]
        return self._items

    def __getitem__(self, k):
        return self._load()[k]

    def __iter__(self):
        return iter(self._load())

    def __len__(self):
        return len(self._load())

    def __add__(self, other):
        return self._load() + list(other)
