"""Model verification of what the code check cannot decide (issue 14): plumbing through the
HTTP path against the local fault server (tests/fault_server.py), in process so the test can
choose the server's answer (the summary it returns and the SupportJudgment label).

The summary the server returns has one sentence of each kind:
CLEAR (the code accepts it outright: never asked), LEXICAL (rejected on coverage alone, its
score in the band: asked, may be kept), HARD (a number the article lacks: never asked, never
kept) and FAR (rejected on coverage far below the band: never asked).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import tests.fault_server as fs
from summarizer import thresholds
from summarizer.load import load_bytes
from summarizer.pipeline import Pipeline
from summarizer.settings import Settings
from summarizer.verify import verify
from summarizer.verify.model import SupportJudgment, borderline, enabled, lexical_rejection, numbered_article

from .fault_server import FaultServer

DOC = ("Flooding closed 12 schools in Riverton on Monday after the river burst its banks.\n"
       "Crews pumped water out of the main square overnight, the fire service said.\n"
       "The regional council approved 40 new pumps for the district and promised a review of the flood defences.\n"
       "Officials said the river would fall by Wednesday.\n")
CLEAR = "Flooding closed 12 schools in Riverton on Monday after the river burst its banks."
ACCEPTED = "The council approved new pumps for the district after floods shut schools in Riverton."
LEXICAL = "Crews pumped water out of the square overnight while volunteers handed out sandbags."
HARD = "Flooding closed 15 schools in Riverton on Monday."
FAR = "Officials expect the water to recede quickly, and schools reopen soon."
TITLE = SupportJudgment.__name__


def test_the_sentences_are_what_this_file_says():
    """The band and the lexical/hard split, on verify's own verdicts: a coverage rejection is
    marked as such (`Verdict.check`), a hard one is not, whatever the reason's wording."""
    low, high = thresholds.MODEL_VERIFY_BAND
    clear, acc, lex, hard, far = (verify(DOC, s) for s in (CLEAR, ACCEPTED, LEXICAL, HARD, FAR))
    assert clear.supported and clear.score >= high and not borderline(clear)
    assert acc.supported and low <= acc.score < high and borderline(acc)
    assert not lex.supported and lexical_rejection(lex) and borderline(lex)
    assert not hard.supported and not lexical_rejection(hard) and not borderline(hard)
    assert not far.supported and lexical_rejection(far) and far.score < low and not borderline(far)
    assert far.reason.startswith("only ") and lex.reason.startswith("words found nowhere")  # both reasons
    assert lex.check == far.check == "coverage" and hard.check == "" and clear.check == ""


def test_auto_is_on_for_an_endpoint_off_for_the_bundled_model():
    assert not enabled(Settings.from_env(env={}))
    assert enabled(Settings.from_env(env={}, base_urls=("http://127.0.0.1:9/v1",), model="stub"))
    assert enabled(Settings.from_env(env={"SUMMARIZER_MODEL_VERIFY": "on"}))
    assert not enabled(Settings.from_env(env={"SUMMARIZER_MODEL_VERIFY": "off"}, model="stub"))
    assert not enabled(Settings.from_env(env={}, model="stub", model_verify="off"))
    with pytest.raises(Exception, match="model-verify"):
        Settings.from_env(env={"SUMMARIZER_MODEL_VERIFY": "sometimes"})


def test_the_flags_reach_the_settings():
    from summarizer.cli import build_parser
    from summarizer.cli.common import settings_from_args

    p = build_parser()
    s = settings_from_args(p.parse_args(["summarize", "x.txt", "--model-verify", "on"]))
    assert s.model_verify == "on" and s.backend == "local" and enabled(s)
    s = settings_from_args(p.parse_args(["summarize", "x.txt", "--model", "m", "--model-verify", "off"]))
    assert not enabled(s)
    a = p.parse_args(["digest", "d/", "--pair-judge"])
    assert settings_from_args(a, pair_judge=a.pair_judge).pair_judge
    a = p.parse_args(["digest", "d/"])
    assert not settings_from_args(a, pair_judge=a.pair_judge).pair_judge


def test_numbered_article_keeps_the_supporting_sentences_within_its_budget():
    text, spans = numbered_article(DOC, [], 10_000)
    assert text.count("\n") == 3 and text.startswith("[1] Flooding") and len(spans) == 4
    third = DOC.index("The regional")
    small, kept = numbered_article(DOC, [(third, third + 20)], 150)
    assert "[1] The regional council" in small and len(kept) < 4 and kept[0][0] == third


@pytest.fixture
def answers(monkeypatch):
    """What the server answers: the summary (all five sentences) and the judgment's label."""
    state = {"label": "supported", "summary": " ".join([CLEAR, LEXICAL, HARD, FAR])}
    build = fs.build_answer

    def answer(schema, messages):
        props = (schema or {}).get("properties", {})
        if {"label", "reason", "sentences"} <= set(props):  # a SupportJudgment
            return {"label": state["label"], "reason": "The article says so in sentence 2.", "sentences": [2]}
        if {"headline", "summary"} <= set(props):
            return {"headline": "Flooding closed schools in Riverton", "summary": state["summary"]}
        return build(schema, messages)

    monkeypatch.setattr(fs, "build_answer", answer)
    return state


def run(srv, cache_dir, **kw):
    s = Settings.from_env(env={}, base_urls=(srv.url,), model="stub", api_key="sk-test", timeout=5.0,
                          max_attempts=2, retry_max_seconds=5.0, max_reasks=1, cache_dir=cache_dir, **kw)
    with Pipeline(s) as p:
        return p.run(load_bytes(DOC.encode(), "floods.txt"))


def asked(srv) -> int:
    return sum(t == TITLE for _, t in srv.log)


def test_only_the_borderline_sentence_is_asked_and_a_hard_rejection_stands(answers, tmp_path):
    with FaultServer() as srv:
        out = run(srv, tmp_path / "c")
        assert asked(srv) == 1  # LEXICAL only: not CLEAR, not HARD, not FAR
        off = run(srv, tmp_path / "c-off", model_verify="off")
    assert CLEAR in out.summary and LEXICAL in out.summary  # the model kept the paraphrase ...
    assert HARD not in out.summary and FAR not in out.summary  # ... "supported" never overrules a number
    assert any("number 15" in w for w in out.warnings)
    assert out.usage.calls == off.usage.calls + 1  # counted in the article's usage
    assert LEXICAL not in off.summary  # without the model the code's verdict stands


def test_the_model_may_reject_a_sentence_the_code_accepted(answers, tmp_path):
    answers.update(label="unsupported", summary=" ".join([CLEAR, ACCEPTED]))
    with FaultServer() as srv:
        out = run(srv, tmp_path / "c")
        assert asked(srv) == 1
    assert ACCEPTED not in out.summary
    assert any(w.startswith("summary sentence dropped: model: unsupported") for w in out.warnings)


def test_a_second_run_is_served_from_the_cache(answers, tmp_path):
    with FaultServer() as srv:
        first = run(srv, tmp_path / "c")
        srv.reset()
        second = run(srv, tmp_path / "c")
        assert srv.requests == 0  # no request reached the server
    assert second.summary == first.summary and LEXICAL in second.summary
    assert second.usage.calls == 0 and second.usage.cached == first.usage.calls


def test_off_makes_no_call(answers, tmp_path):
    answers.update(summary=" ".join([CLEAR, ACCEPTED, LEXICAL]))
    with FaultServer() as srv:
        out = run(srv, tmp_path / "c", model_verify="off")
        assert asked(srv) == 0 and srv.requests > 0
    assert ACCEPTED in out.summary and LEXICAL not in out.summary  # the code alone decided


def test_a_malformed_answer_is_asked_again(answers, tmp_path):
    with FaultServer(script=["ok", "schema"]) as srv:  # the summary call, then the judgment's first try
        out = run(srv, tmp_path / "c")
        assert asked(srv) == 2 and srv.counts["schema"] == 1
    assert LEXICAL in out.summary and out.usage.reasks >= 1


def test_an_answer_that_never_fits_the_schema_leaves_the_codes_verdict(answers, tmp_path):
    with FaultServer(match={"Sentence: Crews pumped": "schema"}) as srv:  # every try of this judgment
        out = run(srv, tmp_path / "c")
        assert asked(srv) == 2  # the call and its one re-ask (max_reasks=1)
    assert LEXICAL not in out.summary and CLEAR in out.summary  # fails safe: the code rejected it
    assert any("summary sentence dropped: words found nowhere" in w for w in out.warnings)
    assert out.usage.calls >= 3  # the failed judgment's attempts are counted too


def test_the_verify_suite_scores_verify_plus_model_against_a_perfect_verifier(tmp_path):
    """`summarize eval --suite verify --base-url URL`: verify+model is scored when an endpoint is
    given, its calls are counted, and a verifier that answers with the dev labels
    (evals/tools/verify_oracle.py) fixes borderline pairs without breaking any other."""
    import sys

    from summarizer.errors import InputError
    from summarizer.eval.devdata import devdata_dir
    from summarizer.eval.suites.verify import MODEL_SYSTEM, run as run_suite

    try:
        if not (devdata_dir() / "faithfulness" / "pairs.jsonl").is_file():
            pytest.skip("no dev data here")
    except InputError:
        pytest.skip("no dev data here")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "evals" / "tools"))
    import verify_oracle

    httpd, oracle = verify_oracle.serve(0)
    try:
        url = f"http://127.0.0.1:{httpd.server_address[1]}/v1"
        s = Settings.from_env(env={}, base_urls=(url,), model="oracle", cache_dir=tmp_path / "c", timeout=10.0)
        r = run_suite(s, sample=40, systems=["verify"])
        assert list(r["systems"]) == ["verify", MODEL_SYSTEM]
        code, model = r["systems"]["verify"], r["systems"][MODEL_SYSTEM]
        assert model["asked"] == model["usage"]["calls"] + model["usage"]["cached"] > 0
        assert sum(oracle.stats.values()) == model["usage"]["calls"] and oracle.stats["unknown"] == 0
        assert model["mean_ba"] > code["mean_ba"]
        assert "pairs sent to the model" in r.to_markdown()
        assert "verify+model" not in run_suite(s.replace(model_verify="off"), sample=40, systems=["verify"])["systems"]
    finally:
        httpd.shutdown()


@pytest.mark.server
def test_the_real_server_answers_the_verify_prompt_in_its_schema(llama_server, tmp_path):
    """llama-cpp-python's own server with the bundled model, TOOLS mode: the answer fits
    SupportJudgment (else the code's verdict would stand, with no "model" in its reason), is
    counted, and comes from the cache the second time; a hard rejection is not even sent."""
    from summarizer.cache import Cache
    from summarizer.llm import make_client
    from summarizer.verify.model import ModelVerifier

    s = Settings.from_env(env={}, base_urls=(llama_server,), model="smollm2", api_key="sk-local-test",
                          cache_dir=tmp_path / "c", chunk_chars=1200, max_tokens=256)
    for attempt in range(2):
        client, cache = make_client(s), Cache.from_settings(s)
        mv = ModelVerifier(client, cache, s)
        try:
            v = mv(DOC, LEXICAL)
            assert mv(DOC, HARD).reason.startswith("number 15") and mv.asked == 1
        finally:
            cache.close()
            client.close()
        assert "model" in v.reason and mv.asked == 1
        if attempt == 0:
            assert mv.usage.calls >= 1 and mv.usage.prompt_tokens > 0 and mv.usage.cached == 0
        else:
            assert mv.usage.calls == 0 and mv.usage.cached == 1


def test_the_digest_summary_is_verified_the_same_way(answers, tmp_path, monkeypatch):
    """The digest's overall summary (digest/build.py) is checked against its basis by the same
    verifier: the borderline sentence is asked about and kept, the call is in the digest's usage."""
    from summarizer.digest import digest_paths

    answers.update(summary=CLEAR)  # the articles' summaries: nothing to ask about
    build = fs.build_answer

    def answer(schema, messages):
        if set((schema or {}).get("properties", {})) == {"summary"}:  # the digest reduce (DraftDigest)
            return {"summary": " ".join([CLEAR, LEXICAL])}
        return build(schema, messages)

    monkeypatch.setattr(fs, "build_answer", answer)
    (tmp_path / "floods.txt").write_text(DOC, encoding="utf-8")
    (tmp_path / "floods2.txt").write_text(DOC.replace("Riverton", "Riverton town"), encoding="utf-8")
    out = {}
    with FaultServer() as srv:
        for mode in ("auto", "off"):
            s = Settings.from_env(env={}, base_urls=(srv.url,), model="stub", api_key="sk-test", timeout=5.0,
                                  cache_dir=tmp_path / mode, model_verify=mode)
            srv.reset()
            with Pipeline(s) as p:
                out[mode] = digest_paths([str(tmp_path / "floods.txt"), str(tmp_path / "floods2.txt")], p)
            out[mode + "-asked"] = asked(srv)
    assert LEXICAL in out["auto"].summary and LEXICAL not in out["off"].summary
    assert out["auto-asked"] == 1 and out["off-asked"] == 0  # the digest's sentence, once
    assert out["auto"].usage.calls == out["off"].usage.calls + out["auto-asked"]
