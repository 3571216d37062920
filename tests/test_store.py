"""The digest's on-disk article store (summarizer/digest/store.py): what goes in comes back,
and a digest through the store equals the digest built from the articles held in memory."""

from __future__ import annotations

import os

from summarizer.digest import build_digest, digest_paths, run_batch, to_digest_article
from summarizer.digest.store import ClaimStore
from summarizer.pipeline import Pipeline
from summarizer.schema import Usage
from summarizer.settings import Settings
from tests.fault_server import FaultServer, make_article


def _corpus(tmp_path, n=12):
    paths = []
    for i in range(n):
        p = tmp_path / f"{i:03d}.txt"
        p.write_text(make_article(i), encoding="utf-8")
        paths.append(str(p))
    return paths


def _settings(url, tmp_path):
    return Settings.from_env(env={}, base_urls=(url,), model="stub", use_cache=False, concurrency=4,
                             cache_dir=tmp_path / "cache")


def test_store_round_trip_order_ids_and_cleanup(tmp_path):
    with FaultServer() as srv, Pipeline(_settings(srv.url, tmp_path)) as pipe:
        outs = [o for o in run_batch(_corpus(tmp_path, 6), pipe)]
    arts = {o.index: to_digest_article("", o.result) for o in outs}
    store = ClaimStore(str(tmp_path))
    for i in (4, 0, 5, 2, 1, 3):  # arrival order differs from input order
        store.add(i, arts[i])
    store.number()
    assert len(store) == 6
    back = list(store.iter_articles(batch=4))  # crosses a batch boundary
    assert [a.id for a in back] == [f"a{n}" for n in range(1, 7)]
    assert [a.model_copy(update={"id": ""}) for a in back] == [arts[i] for i in range(6)]
    assert [a.id for a in store.get(["a5", "a2", "a99"])] == ["a5", "a2"]
    assert store.get(["a3"])[0] == back[2]
    where = store._dir
    assert os.path.isdir(where)
    store.close()
    assert not os.path.exists(where)


def test_digest_through_the_store_equals_the_in_memory_digest(tmp_path):
    paths = _corpus(tmp_path)
    with FaultServer() as srv, Pipeline(_settings(srv.url, tmp_path)) as pipe:
        stored = digest_paths(paths, pipe)
        outs = sorted(run_batch(paths, pipe), key=lambda o: o.index)
        usage = Usage()
        for o in outs:
            usage = usage.add(o.result.usage)
        arts = [to_digest_article(f"a{n}", o.result) for n, o in enumerate(outs, 1)]
        in_memory = build_digest(arts, pipe, [], usage)
    assert len(stored.articles) == len(paths)
    assert stored.model_dump(exclude={"usage"}) == in_memory.model_dump(exclude={"usage"})
    assert stored.usage.calls == in_memory.usage.calls


def test_digest_json_in_pieces_is_the_same_text(tmp_path):
    from summarizer.digest.jsonout import iter_digest_json
    from summarizer.digest.schema import FailedArticle
    from summarizer.render import write_atomic

    paths = _corpus(tmp_path, 8)
    with FaultServer() as srv, Pipeline(_settings(srv.url, tmp_path)) as pipe:
        digest = digest_paths(paths, pipe)
    variants = [digest,
                digest.model_copy(update={"failed": [FailedArticle(path="x/ü.txt", error="bad “quote”", exit_code=3)],
                                          "warnings": ["é", "two"], "agreements": [], "timeline": []}),
                digest.model_copy(update={"articles": digest.articles[:1], "summary_refs": []})]
    for d in variants:
        whole = d.model_dump_json(indent=2) + "\n"
        assert "".join(iter_digest_json(d)) == whole
        out = tmp_path / "d.json"
        write_atomic(out, iter_digest_json(d))
        assert out.read_text(encoding="utf-8") == whole
