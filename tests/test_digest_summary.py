"""The digest's overall-summary call (issue 15): bounded to the summary's size, a failure
cached as a failure and counted, and a warning that says what happened.

Against the local OpenAI-compatible stub (tests/fault_server.py), never the bundled model: the
"length" fault answers with finish_reason "length" (the output ran into max_tokens), which is
what a looping model gives.
"""

from __future__ import annotations

from summarizer import thresholds
from summarizer.digest.build import build_digest
from summarizer.digest.schema import DigestArticle
from summarizer.pipeline import Pipeline
from summarizer.schema import Usage
from summarizer.settings import Settings

from .fault_server import FaultServer

#: A substring of the digest prompt's system message: the stub faults only that call.
DIGEST_PROMPT = "short overview of a news story"


def _articles() -> list[DigestArticle]:
    return [DigestArticle(id=f"a{i}", path=f"{i}.txt", sha256=str(i) * 64, headline=f"Headline {i}",
                          summary=f"Officials said {10 * i} people were evacuated on Tuesday.", claims=[])
            for i in (1, 2)]


def _digest(srv: FaultServer, cache) -> object:
    s = Settings.from_env(base_urls=(srv.url,), model="stub", cache_dir=cache, max_attempts=2,
                          retry_max_seconds=5.0)
    with Pipeline(s) as p:
        return build_digest(_articles(), p, [], Usage())


def test_summary_call_is_bounded_to_the_summary_size(tmp_path):
    with FaultServer() as srv:
        d = _digest(srv, tmp_path / "cache")
    assert srv.requests == 1
    assert srv.max_tokens == [thresholds.DIGEST_SUMMARY_MAX_TOKENS]
    assert d.usage.calls == 1


def test_a_looping_summary_call_is_cached_as_a_failure_counted_and_named(tmp_path):
    cache = tmp_path / "cache"
    with FaultServer(match={DIGEST_PROMPT: "length"}) as srv:
        first = _digest(srv, cache)
        paid = srv.requests
        srv.reset()
        second = _digest(srv, cache)
        again = srv.requests
    assert paid == 2  # both attempts ran into the limit
    assert again == 0  # the warm re-run makes no call: the failure is remembered
    # the failed attempts' tokens are counted; the re-run counts one cached call
    assert first.usage.calls == 2 and first.usage.completion_tokens > 0
    assert second.usage.cached == 1 and second.usage.calls == 0
    for d in (first, second):
        warn = " ".join(d.warnings)
        assert "overall summary failed" in warn and "token limit" in warn
        assert "part of the article was skipped" not in warn
        assert "no sentence of the model's overall summary" not in warn
        assert d.summary.startswith("2 articles")  # composed from the sections
    assert "remembered" in " ".join(second.warnings) and "remembered" not in " ".join(first.warnings)


def test_a_transport_failure_is_not_cached(tmp_path):
    cache = tmp_path / "cache"
    with FaultServer(match={DIGEST_PROMPT: "500"}) as srv:
        first = _digest(srv, cache)
        srv.configure(match={})
        second = _digest(srv, cache)
        assert srv.requests == 1  # retried once the server is back
    assert "overall summary failed" in " ".join(first.warnings)
    assert not any("overall summary failed" in w for w in second.warnings)
