"""The optional LLM pair judgment (issue 15): plumbing only, against the local stub server.

The stub answers a PairJudgment with the schema's first enum value ("agree"), so every code
conflict is overruled (removed) and every code agreement kept; the calls are cached.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from summarizer.digest.judge import ENV, PairJudgment, pair_judge
from summarizer.settings import Settings

from .fault_server import FaultServer
from .test_digest import STORY


def test_judge_is_off_unless_asked():
    class P:
        settings = Settings.from_env(env={}, base_urls=("http://127.0.0.1:9/v1",), model="stub")
        cache = None

    assert pair_judge(P()) is None  # an endpoint alone does not switch it on
    P.settings = Settings.from_env(env={ENV: "1"})  # the bundled model: never
    assert P.settings.pair_judge and pair_judge(P()) is None
    P.settings = Settings.from_env(env={ENV: "1"}, base_urls=("http://127.0.0.1:9/v1",), model="stub")
    assert pair_judge(P()) is not None
    assert Settings.from_env(env={}, pair_judge=True).pair_judge  # the --pair-judge flag


def test_pair_judgment_through_the_stub_is_schema_checked_cached_and_only_removes(tmp_path):
    d = tmp_path / "articles"
    d.mkdir()
    for name, text in STORY.items():
        (d / name).write_text(text, encoding="utf-8")
    env = dict(os.environ, **{ENV: "1"})
    with FaultServer() as srv:
        common = ["--model", "stub", "--base-url", srv.url, "--cache-dir", str(tmp_path / "cache")]
        runs = []
        for i in range(2):
            out = tmp_path / f"d{i}.json"
            p = subprocess.run([sys.executable, "-m", "summarizer", "digest", str(d), "-o", str(out), *common],
                               capture_output=True, env=env, timeout=300)
            assert p.returncode == 0, p.stderr
            runs.append((json.loads(out.read_text()), srv.requests, [t for _, t in srv.log]))
            srv.reset()
    (doc, _, titles), (doc2, second, _) = runs
    assert titles.count(PairJudgment.__name__) >= 2  # the conflicts and the agreement were judged
    assert doc["conflicts"] == []  # "agree" overrules every code conflict ...
    assert any("40 people" in a["text"] for a in doc["agreements"])  # ... and keeps the agreement
    assert second == 0 and doc2["agreements"] == doc["agreements"]  # all from the cache
