"""The digest's cross-article stage over claims kept on disk (digest/claimindex.py,
digest/streamalign.py, digest/stream.py) gives what the in-memory align gives, section by
section, and the streamed JSON is the Digest's own text. Fast: rules-baseline claims."""

from __future__ import annotations

import hashlib
from pathlib import Path

from summarizer import thresholds
from summarizer.digest.align import align
from summarizer.digest.build import summary_basis, build_stored, dedupe, to_digest_article
from summarizer.digest.claimindex import ClaimIndex
from summarizer.digest.idf import reweigh
from summarizer.digest.jsonout import iter_digest_json
from summarizer.digest.pairs import candidate_pairs, features
from summarizer.digest.store import ClaimStore
from summarizer.digest.streamalign import align_stored
from summarizer.digest.tables import quantity_table, timeline
from summarizer.eval.systems import rules_baseline
from summarizer.load import Article, load_article
from summarizer.schema import Usage

ROOT = Path(__file__).resolve().parents[1]

TEXTS = [  # agreements, a denial, a refutation, a number conflict, another day, another place, a rebuttal
    "Storm hits coast\n\nThe storm destroyed the old harbour bridge in Eastport on Monday, police said.\n",
    "Bridge lost\n\nPolice said the storm destroyed the old harbour bridge in Eastport on Monday.\n",
    "Mayor to resign\n\nThe mayor of Brackton will resign at the end of the month, said Ann Hart, a council member.\n",
    "Mayor stays\n\nThe mayor of Brackton will not resign at the end of the month, said Peter Lowe, her spokesman.\n",
    "Report\n\nThe Harbour Gazette reported that Governor Lisa Monte met the developer Tom Reyes in Norfolk in 2008.\n",
    "Denial\n\nGovernor Lisa Monte's office said the Harbour Gazette report about Tom Reyes was false.\n",
    "Quake\n\nHealth Minister Ana Ruiz said at least 40 people were killed in the earthquake near Valdora on Tuesday.\n",
    "Quake toll\n\nThe Red Cross said at least 62 people were killed in the earthquake near Valdora on Tuesday.\n",
    "Apology\n\nThe aide Mara Quill apologized on Saturday for the post about the two girls, said Ivo Brandt.\n",
    "Apology\n\nThe aide Mara Quill apologized on Friday for the post about the two girls, said Lena Ortiz.\n",
    "Floods\n\nForty homes were flooded in Kelso on Sunday, the fire service said.\n",
    "Floods\n\nForty homes were flooded in Tarnow on Sunday, the fire service said.\n",
    "Pier\n\nThe Harbor Gazette reported on Monday that the Dunmore Guild was softening its stance on the pier, "
    "two aides said. The Dunmore Guild initially pushed back against the newspaper's story, its chairman Ivo Dane said.\n",
    "Storm hits coast\n\nThe storm destroyed the old harbour bridge in Eastport on Monday, police said.\n",  # a copy
    # two roles for one person; an outcome already done against one expected (digest5)
    "Order\n\nThe clerk said that Lena Varga, then an assistant county attorney, signed the dock order in 1991.\n",
    "Dock order\n\nRecords show that Ms. Varga, then a county attorney, signed the dock order in 1991, the clerk said.\n",
    "Charges\n\nThe port director Tomas Reyl was expected to be charged with fraud, two officials said.\n",
    "Update\n\nThe Dunmore Ledger said Reyl has already been quietly charged by a grand jury.\n",
]


def _articles():
    out = []
    for i, text in enumerate(TEXTS, 1):
        art = Article(text=text, path=f"mem/{i}.txt", sha256=hashlib.sha256(text.encode()).hexdigest())
        out.append(to_digest_article("", rules_baseline(art)))
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        out.append(to_digest_article("", rules_baseline(load_article(str(p), 10**6))))
    return out


def _stored(arts, tmp_path):
    store = ClaimStore(str(tmp_path))
    for k in reversed(range(len(arts))):  # arrival order is not input order
        store.add(k, arts[k])
    return store


def test_the_alignment_on_disk_equals_the_one_in_memory(tmp_path):
    raw = _articles()
    kept, warnings = dedupe(raw)
    kept = [a.model_copy(update={"id": f"a{n}"}) for n, a in enumerate(kept, 1)]
    claims = [(a, c) for a in kept for c in a.claims]
    mem = align(claims)
    # the corpus exercises every section
    assert mem.agreements and mem.events and mem.storylines
    assert {c.kind for c in mem.conflicts} == {"numbers", "assertion"}
    assert any("rebuts" in c.reason for c in mem.conflicts), [c.reason for c in mem.conflicts]
    assert any("“assistant county attorney”" in c.reason for c in mem.conflicts), [c.reason for c in mem.conflicts]
    assert any("already charged" in c.reason for c in mem.conflicts), [c.reason for c in mem.conflicts]
    with _stored(raw, tmp_path) as store:
        assert store.number(dedupe=True) == warnings and warnings  # the copy is one source
        index = ClaimIndex(store, cache=8)  # a small cache: Features are read back from disk
        assert len(index) == len(claims)
        disk = align_stored(index)
        assert disk.pairs == len(candidate_pairs(features(claims)))
        assert list(disk.iter_agreements()) == mem.agreements
        assert list(disk.iter_conflicts()) == mem.conflicts
        assert list(disk.iter_events()) == mem.events
        assert disk.storylines == mem.storylines
        assert list(index.iter_timeline()) == timeline(claims)
        assert list(index.iter_quantities()) == quantity_table(claims)


def test_the_streamed_digest_writes_the_digests_own_json(tmp_path, monkeypatch):
    class _Settings:
        model, backend, concurrency, pair_judge = "rules", "openai", 1, False

    class _Pipe:  # no model: the summary falls back to the sections' summary
        settings = _Settings()

    raw = _articles()
    with _stored(raw, tmp_path) as store:
        store.number(dedupe=True)
        monkeypatch.setattr("summarizer.digest.build._overall_summary", lambda articles, pipeline: ("", [], Usage(), []))
        d = build_stored(store, _Pipe(), [], Usage(), ["w"])
        whole = d.materialize()
        assert d.n_articles == len(whole.articles) == len(raw) - 1
        assert whole.conflicts and whole.timeline and whole.quantities and whole.events
        assert "".join(iter_digest_json(d)) == whole.model_dump_json(indent=2) + "\n"
        assert list(d.paths()) == [a.path for a in whole.articles]


def test_the_summary_is_grounded_in_a_bounded_number_of_articles():
    n = thresholds.DIGEST_GROUND_ARTICLES * 2
    arts = []
    for i in range(n):
        text = f"Town {i}\n\nThe council of Town{i} approved a new bridge on Monday, the mayor said.\n"
        art = Article(text=text, path=f"mem/{i}.txt", sha256=hashlib.sha256(text.encode()).hexdigest())
        arts.append(to_digest_article(f"a{i + 1}", rules_baseline(art)))
    arts[-1] = arts[-1].model_copy(update={"summary": "Volcanic ash closed the airport of Quorn."})
    basis = summary_basis(arts, "Volcanic ash closed the airport of Quorn.")
    assert basis.text.count("[a") == thresholds.DIGEST_GROUND_ARTICLES
    assert f"[a{n}]" in basis.text  # the article that shares the sentence's words
    assert summary_basis(arts[:3]).text.count("[a") == 3  # a small digest: every article


def test_a_claim_read_back_again_asks_the_df_table_nothing(tmp_path):
    """The IDF weights are computed once per build (review leftover: __getitem__ re-read them
    for every claim a pair reads back); the weights are the in-memory ones."""
    raw = _articles()
    kept, _ = dedupe(raw)
    kept = [a.model_copy(update={"id": f"a{n}"}) for n, a in enumerate(kept, 1)]
    mem = features([(a, c) for a in kept for c in a.claims])
    reweigh(mem)  # align's weights (idf.py: each article at least IDF_MIN_CLAIMS claims)
    with _stored(raw, tmp_path) as store:
        store.number(dedupe=True)
        index = ClaimIndex(store, cache=1)  # every read misses the Features cache
        asked: list[str] = []
        index.db.set_trace_callback(lambda sql: asked.append(sql) if "FROM df" in sql else None)
        first = [index[g].weights for g in range(len(index))]
        n_first = len(asked)
        again = [index[g].weights for g in reversed(range(len(index)))]
        index.db.set_trace_callback(None)
        assert n_first > 0 and len(asked) == n_first
        assert first == list(reversed(again)) == [f.weights for f in mem]
