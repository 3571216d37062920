"""align.py's alignment over claims kept on disk: memory flat in the number of articles.

`align_stored(index)` takes a `claimindex.ClaimIndex` and runs the same steps as `align.align`
(the same classify, refutations and grouping functions, in the same order), but:

* the candidate pairs come from SQL over the index's blocking keys (`ClaimIndex.pairs`), read
  back in (i, j) order a batch at a time; each claim's Features are read back when a pair or a
  group needs them (a bounded LRU);
* the judged pairs go to a table (`JudgedPairs`), read back for each grouping step;
* agreements, conflicts and events go to tables as they are made, with their sort keys, and
  are read back in order, one at a time, when the digest is written (`StoredAlignment`);
* storylines are ranked in SQL over the index's `names` table.

What stays in memory per claim: a few bytes (union-find arrays, the events' stance), and the
claim indexes of the groups being built. The output for small inputs is the same as align's
(tests/test_streamalign.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Iterator

from .align import iter_agreements, iter_conflicts, iter_events, judge_pair
from .quoted import quote_pairs
from .synonyms import synonym_pairs
from .totals import cost_pairs
from .commonnouns import common_nouns
from .storylines import adjective_only, article_order, inside_longer_names_only, first_uncovered, merge_same_titles, name_as_written, party_tag, sentence_initial_only
from .classify import Judgment
from .refutations import refutations
from .disputes import within_article
from .versions import outcome_conflicts, role_conflicts
from .schedules import merge_schedules, schedule_clashes, schedule_conflicts
from .eventday import event_day_conflicts
from .clockevents import clock_conflicts
from .dayacts import day_act_conflicts
from .deadlines import deadline_conflicts
from .peaks import peak_conflicts
from .lengths import length_conflicts
from .sumvalues import sum_value_conflicts
from .actcounts import act_count_conflicts
from .placecounts import place_count_conflicts
from .doercounts import doer_count_conflicts, done_count_conflicts
from .notbefore import not_before_conflicts
from .commitments import commitment_conflicts
from .nonethings import none_thing_conflicts
from .dutystates import duty_conflicts
from .nonemade import none_conflicts
from .series import series_conflicts
from .claimindex import ClaimIndex, read_rows
from .schema import Agreement, ClaimRef, Conflict, Event, Storyline

__all__ = ["JudgedPairs", "StoredAlignment", "align_stored"]


class JudgedPairs:
    """The judged pairs (i, j, Judgment) in the order they were judged, in a table. Each pair once
    (`unique`); `(lo, hi) in judged` is what refutations asks."""

    unique = True

    def __init__(self, db):
        self.db = db
        db.execute("DROP TABLE IF EXISTS judged")
        db.execute("CREATE TABLE judged (seq INTEGER PRIMARY KEY, i INTEGER, j INTEGER, lo INTEGER, hi INTEGER, "
                   "kind TEXT, reason TEXT, about TEXT, vals TEXT, score REAL, UNIQUE (lo, hi))")
        self.n = 0

    def add(self, i: int, j: int, jd: Judgment) -> None:
        cur = self.db.execute("INSERT OR IGNORE INTO judged (i, j, lo, hi, kind, reason, about, vals, score) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                              (i, j, min(i, j), max(i, j), jd.kind, jd.reason, jd.about, json.dumps(list(jd.values)),
                               jd.score))
        self.n += cur.rowcount

    def kind_of(self, key) -> str | None:
        """"agreement", "clash" (any other judgment) or None for the pair (lo, hi)."""
        row = self.db.execute("SELECT kind FROM judged WHERE lo = ? AND hi = ?", key).fetchone()
        return None if row is None else "agreement" if row[0] == "agreement" else "clash"

    def __contains__(self, key) -> bool:
        return self.kind_of(tuple(key)) is not None

    def __len__(self) -> int:
        return self.n

    def __iter__(self) -> Iterator[tuple[int, int, Judgment]]:
        last = 0
        while True:
            rows = self.db.execute("SELECT seq, i, j, kind, reason, about, vals, score FROM judged WHERE seq > ? "
                                   "ORDER BY seq LIMIT 2048", (last,)).fetchall()
            if not rows:
                return
            for _seq, i, j, kind, reason, about, vals, score in rows:
                yield i, j, Judgment(kind, reason, about, tuple(json.loads(vals)), score)
            last = rows[-1][0]


@dataclass
class StoredAlignment:
    """Alignment whose long sections are tables, read back in order when written."""
    db: object
    storylines: list[Storyline]
    pairs: int
    n_agreements: int
    n_conflicts: int
    n_events: int

    def iter_agreements(self) -> Iterator[Agreement]:
        return read_rows(self.db, "SELECT body FROM out_agreements ORDER BY k1, k2, text, seq", Agreement)

    def iter_conflicts(self) -> Iterator[Conflict]:
        return read_rows(self.db, "SELECT body FROM out_conflicts ORDER BY seq", Conflict)

    def iter_events(self) -> Iterator[Event]:
        rows = self.db.execute("SELECT body FROM out_events ORDER BY k1, k2, k3, title, seq")
        for n, (body,) in enumerate(rows, 1):
            yield Event.model_validate_json(body).model_copy(update={"id": f"e{n}"})


def align_stored(index: ClaimIndex, judge=None) -> StoredAlignment:
    db = index.db
    n_pairs = index.pairs()
    judged = JudgedPairs(db)
    # as align.align: a role conflict stands for its pair's judgment (only claims giving a role are held)
    roles = {(min(f1.index, f2.index), max(f1.index, f2.index)): (f1.index, f2.index, jd)
             for f1, f2, jd in role_conflicts(index, index.article_text)}
    for i, j in index.iter_pairs():
        found = roles.pop((min(i, j), max(i, j)), None)
        if found is not None:
            judged.add(*found)
            continue
        jd = judge_pair(index[i], index[j], index.article_text, judge)
        if jd.kind != "none":
            judged.add(i, j, jd)
    for i, j in sorted(set(quote_pairs(index)) | set(synonym_pairs(index)) | set(cost_pairs(index))):  # as align.align: quoted words, synonyms
        if not index.is_pair(i, j) and (i, j) not in roles:
            jd = judge_pair(index[i], index[j], index.article_text, judge)
            if jd.kind != "none":
                judged.add(i, j, jd)
    for found in roles.values():
        judged.add(*found)
    for f1, f2, jd in refutations(index.refuters(), judged, by_source=index.by_source(),
                                  article_claims=index.article_claims):
        judged.add(f1.index, f2.index, jd)
    found = []  # within one article: every pair it gives is inside that article, so `judged` is `taken`
    for fs in index.by_article():
        found += [(f1.index, f2.index, jd) for f1, f2, jd in within_article(fs, judged)]
    for i, j, jd in found:
        judged.add(i, j, jd)
    # an outcome against its expectation: only claims holding either pattern are kept in memory
    for f1, f2, jd in outcome_conflicts(index, judged):
        judged.add(f1.index, f2.index, jd)
    # one event on two weekdays; one series counted twice; "no <noun>s" against a count (nonemade.py)
    for find in (event_day_conflicts, series_conflicts, none_conflicts, clock_conflicts, day_act_conflicts, deadline_conflicts,
                 peak_conflicts, length_conflicts, sum_value_conflicts, act_count_conflicts, not_before_conflicts,
                 place_count_conflicts, doer_count_conflicts, done_count_conflicts, commitment_conflicts,
                 none_thing_conflicts, duty_conflicts):
        for f1, f2, jd in find(index, judged):
            judged.add(f1.index, f2.index, jd)
    scheduled = schedule_conflicts(index, judged)  # a schedule's day for one body (schedules.py)
    for f1, f2, jd in scheduled:
        judged.add(f1.index, f2.index, jd)
    db.commit()

    db.executescript("""
        DROP TABLE IF EXISTS out_agreements; DROP TABLE IF EXISTS out_conflicts; DROP TABLE IF EXISTS out_events;
        CREATE TABLE out_agreements (k1 INTEGER, k2 INTEGER, text TEXT, seq INTEGER, body TEXT);
        CREATE TABLE out_conflicts (seq INTEGER PRIMARY KEY, body TEXT);
        CREATE TABLE out_events (k1 INTEGER, k2 INTEGER, k3 INTEGER, title TEXT, seq INTEGER, body TEXT);
    """)
    n_agree = n_conf = n_events = 0
    for n_agree, (key, a) in enumerate(iter_agreements(index, judged), 1):
        db.execute("INSERT INTO out_agreements VALUES (?, ?, ?, ?, ?)", (*key, n_agree, a.model_dump_json()))
    for n_conf, c in enumerate(merge_schedules(iter_conflicts(index, judged), schedule_clashes(scheduled)), 1):
        db.execute("INSERT INTO out_conflicts VALUES (?, ?)", (n_conf, c.model_dump_json()))
    for n_events, (key, e) in enumerate(iter_events(index, judged), 1):
        db.execute("INSERT INTO out_events VALUES (?, ?, ?, ?, ?, ?)", (*key, n_events, e.model_dump_json()))
    db.commit()
    return StoredAlignment(db, stored_storylines(index), n_pairs, n_agree, n_conf, n_events)


def stored_storylines(index: ClaimIndex) -> list[Storyline]:
    """align.storylines over the index's `names` table: names (multiword first) mentioned by
    several articles, ranked by articles then claims; one whose claims are all in a bigger one
    already listed is dropped."""
    db = index.db
    ranked = db.execute("SELECT name, COUNT(DISTINCT sha) AS s, COUNT(*) AS c FROM names GROUP BY name "
                        "HAVING s >= 2 ORDER BY s DESC, c DESC, name")
    claims = ((key, [g for (g,) in db.execute("SELECT g FROM names WHERE name = ? ORDER BY g", (key,))])
              for key, _s, _c in ranked)
    common = common_nouns(f.claim.text for f in index)  # digest34
    out = first_uncovered((key, idx) for key, idx in claims if key not in common and not party_tag(key) and not sentence_initial_only(key, (index[g] for g in idx))
                          and not adjective_only(_name_surface(db, key), [index[g] for g in idx])
                          and not inside_longer_names_only(_name_surface(db, key), [index[g] for g in idx]))
    result = []
    for n, (key, idx) in enumerate(out, 1):
        rows = []
        for i in range(0, len(idx), 500):
            chunk = idx[i:i + 500]
            rows += db.execute(f"SELECT g, aid, cid, start FROM claims WHERE g IN ({','.join('?' * len(chunk))})",
                               chunk).fetchall()
        rows.sort(key=lambda r: (article_order(r[1]), r[3], r[0]))
        title = name_as_written(_name_surface(db, key), (index[r[0]] for r in rows))
        result.append(Storyline(id=f"s{n}", title=title, claims=[ClaimRef(article=a, claim=c) for _, a, c, _ in rows],
                                articles=sorted({r[1] for r in rows}, key=article_order)))
    return merge_same_titles(result)


def _name_surface(db, key: str) -> str:
    """A name token as the multiword name it mostly comes in ("white" -> "white house"), when
    that name holds it in at least half of its claims (align.storylines' `surface`)."""
    if " " in key:
        return key
    counts: dict[str, list[int]] = {}
    for name, n, first in db.execute("SELECT name, COUNT(*), MIN(g) FROM names WHERE instr(name, ' ') > 0 "
                                     "AND instr(name, ?) > 0 GROUP BY name", (key,)):
        if key in name.split():
            counts[name] = [n, first]
    if not counts:
        return key
    q, (n, _) = min(counts.items(), key=lambda kv: (-kv[1][0], kv[1][1], kv[0]))
    total = db.execute("SELECT COUNT(*) FROM names WHERE name = ?", (key,)).fetchone()[0]
    return q if n * 2 >= total else key
