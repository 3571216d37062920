"""The replay server (evals/tools/replay_server.py): a capable model right by construction.

Fast, no model: every test talks HTTP to the server on 127.0.0.1 through the real library path
(Settings → Pipeline → openai client → instructor), or sends it a request by hand.
"""

from __future__ import annotations

import json
import re
import sys
import urllib.request
from pathlib import Path

import pytest

from summarizer.chunk import chunk_text
from summarizer.extract import DraftSummary, claims_model
from summarizer.pipeline import Pipeline

try:  # the layout of issue 11 renamed the module
    from summarizer.prompting import load_prompt
except ImportError:  # pragma: no cover - before the layout landed
    from summarizer.prompts import load_prompt
from summarizer.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "evals" / "tools"))

import replay_eval  # noqa: E402
import replay_server as rs  # noqa: E402

SEED_WITH_MANY_CLAIMS = "002_134ab5d532fff9e9"  # 49 gold claims in one 6000-character window
SEED_WITH_NUMBERS = "000_b10c69cf49bb0f5e"


@pytest.fixture(scope="module")
def articles() -> list[rs.GoldArticle]:
    return rs.load_gold()


def _article(articles, stem: str) -> rs.GoldArticle:
    return next(a for a in articles if a.stem == stem)


def _case(stem: str):
    load_gold_set = replay_eval._api()["load_gold_set"]
    return next(c for c in load_gold_set(ROOT / "evals" / "gold") if c.stem == stem)


def _settings(url: str, **kw) -> Settings:
    return Settings.from_env(env={}, base_urls=(url,), model=rs.MODEL_ID, use_cache=False, **kw)


def _post(url: str, body: dict) -> dict:
    req = urllib.request.Request(url + "/chat/completions", data=json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as r:
        return json.loads(r.read())


def test_gold_loads_with_every_seed(articles):
    stems = {a.stem for a in articles}
    assert {p.stem for p in (ROOT / "evals" / "gold").glob("*.json")} <= stems
    for a in articles:
        for c in a.claims:  # the evidence the server replays is really in the text it searches
            assert a.text[c["evidence"]["start"]:c["evidence"]["end"]] == c["evidence"]["quote"]


def test_claims_request_gets_every_gold_claim_of_its_window_under_the_requests_tool_name(articles):
    art = _article(articles, SEED_WITH_MANY_CLAIMS)
    win = chunk_text(art.text, 6000, skip_title=True)[0]
    window = art.text[win.start:win.end]
    schema = claims_model(100).model_json_schema()
    with rs.ReplayServer(articles) as srv:
        resp = _post(srv.url, {
            "model": "replay", "messages": load_prompt("claims").messages(text=window),
            "tools": [{"type": "function", "function": {"name": "SomethingElse", "parameters": schema}}],
            "tool_choice": {"type": "function", "function": {"name": "SomethingElse"}},
        })
    call = resp["choices"][0]["message"]["tool_calls"][0]["function"]
    assert call["name"] == "SomethingElse"
    got = json.loads(call["arguments"])["claims"]
    want = [c for c in art.claims if win.start <= c["evidence"]["start"] < win.end]
    assert len(want) >= 40
    assert [(d["quote"], d["text"], d["source"], d["certainty"]) for d in got] == [
        (c["evidence"]["quote"], c["text"], c["attributed_to"], c["certainty"]) for c in want]


def test_claims_past_max_items_are_not_sent_and_counted(articles):
    art = _article(articles, SEED_WITH_MANY_CLAIMS)
    win = chunk_text(art.text, 6000, skip_title=True)[0]
    rep = rs.Replayer(articles)
    out = rep.answer(claims_model(20).model_json_schema(),
                     load_prompt("claims").messages(text=art.text[win.start:win.end]))
    claims_model(20).model_validate(out)  # a schema-checked answer: at most 20
    assert len(out["claims"]) == 20
    assert rep.stats["gold_claims_over_max_items"] == len(
        [c for c in art.claims if win.start <= c["evidence"]["start"] < win.end]) - 20


def test_pipeline_over_http_shows_the_gold_claims_of_a_seed(articles):
    """Perfect output through the real pipeline: what it shows is the gold (evidence spans and
    texts), and with room for every claim in the response model it shows >= 95% of the gold."""
    case = _case(SEED_WITH_MANY_CLAIMS)
    gold = {(g.evidence.start, g.evidence.end, g.text) for g in case.gold.claims}
    with rs.ReplayServer(articles) as srv:
        with Pipeline(_settings(srv.url, max_claims_per_call=64)) as p:
            out = p.run(case.article)
        assert srv.stats["claims_requests"] >= 1 and srv.stats["summary_requests"] == 1
        assert srv.stats["gold_claims_over_max_items"] == 0
    shown = [(c.evidence.start, c.evidence.end, c.text) for c in out.claims]
    assert sum(s in gold for s in shown) >= 0.95 * len(shown)
    assert len(set(shown) & gold) >= 0.95 * len(gold), (len(set(shown) & gold), len(gold))


@pytest.mark.parametrize("mode", ["json", "md_json", "json_schema"])
def test_other_instructor_modes_get_the_same_claims(articles, mode):
    case = _case(SEED_WITH_NUMBERS)
    spans = {}
    with rs.ReplayServer(articles) as srv:
        for m in ("tools", mode):
            with Pipeline(_settings(srv.url, mode=m)) as p:
                out = p.run(case.article)
            spans[m] = [(c.evidence.start, c.evidence.end, c.text) for c in out.claims]
        assert srv.stats["claims_unmatched"] == 0 and srv.stats["summary_unmatched"] == 0
    assert spans["tools"] and spans[mode] == spans["tools"]


def test_summary_request_gets_the_gold_summary_within_its_bound(articles):
    art = _article(articles, SEED_WITH_NUMBERS)
    lead = "\n".join(ln for ln in art.text.splitlines() if ln.strip())[:600]
    rep = rs.Replayer(articles)
    out = DraftSummary.model_validate(rep.answer(DraftSummary.model_json_schema(),
                                                 load_prompt("summary").messages(text=lead)))
    assert out.headline == art.headline
    assert out.summary and art.summary.startswith(out.summary)  # whole sentences, cut to maxLength


def test_digest_request_gets_first_summary_sentences(articles):
    try:
        from summarizer.digest.build import DraftDigest
    except ImportError:  # pragma: no cover - before the layout landed
        from summarizer.digest import DraftDigest

    text = "[a1] Floods close schools. Floods closed 4 schools in Riverton on Monday. Crews pumped water.\n" \
           "[a2] Council buys pumps. The council approved 12 new pumps. It met on Tuesday."
    out = rs.Replayer(articles).answer(DraftDigest.model_json_schema(),
                                       load_prompt("digest").messages(text=text))
    assert out == {"summary": "Floods closed 4 schools in Riverton on Monday. The council approved 12 new pumps."}


def test_perturbation_plan_is_deterministic_and_logged(articles, tmp_path):
    a = rs.plan_perturbations(articles, seed=3, rate=1.0)
    b = rs.plan_perturbations(articles, seed=3, rate=1.0)
    c = rs.plan_perturbations(articles, seed=4, rate=1.0)
    assert [p.as_json() for p in a] == [p.as_json() for p in b] != [p.as_json() for p in c]
    types = {p.type for p in a}
    assert set(rs.CLAIM_TYPES) <= types and types & set(rs.SUMMARY_TYPES)
    by_stem = {x.stem: x for x in articles}
    for p in a:
        assert p.original != p.perturbed
        if p.type == "invented_name":
            assert p.detail in p.perturbed and p.detail.split()[-1].lower() not in by_stem[p.article].text.lower()
        if p.type == "wrong_number":
            assert p.detail and not set(p.detail.split()) & set(rs.NUMBER.findall(by_stem[p.article].text))
        if p.type == "swapped_speaker":
            assert p.perturbed != p.gold["attributed_to"]
        if p.type == "dropped_hedge":
            assert (p.original, p.perturbed) in {(h, "stated") for h in ("reported", "claimed", "unconfirmed")}
    log = tmp_path / "log.json"
    with rs.ReplayServer(articles, perturb=True, seed=3, rate=1.0, log_path=log):
        pass
    rows = json.loads(log.read_text())
    assert [r["item"] for r in rows] == [p.item for p in a]
    assert {"item", "type", "original", "perturbed"} <= set(rows[0])


def test_perturbed_wrong_number_is_not_shown_as_grounded(articles):
    case = _case(SEED_WITH_NUMBERS)
    with rs.ReplayServer(articles, perturb=True, seed=0, rate=1.0, types=("wrong_number",)) as srv:
        with Pipeline(_settings(srv.url)) as p:
            out = p.run(case.article)
        served = [x for x in srv.perturbations if x.served and x.article == case.stem]
    assert len(served) >= 3
    for x in served:
        for wrong in x.detail.split():
            shown = [c.text for c in out.claims if re.search(rf"(?<![\w.,]){re.escape(wrong)}(?!\w)", c.text)]
            assert not shown, (x.perturbed, shown)
        assert any(r.text == x.perturbed for r in out.rejected_claims)  # rejected, with a reason


def test_runner_scores_and_writes_its_section(articles, tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / f"{SEED_WITH_NUMBERS}.json").write_bytes((ROOT / "evals" / "gold" / f"{SEED_WITH_NUMBERS}.json").read_bytes())
    one = [_article(articles, SEED_WITH_NUMBERS)]
    perfect = replay_eval.run_condition("perfect", gold_dirs=[gold], articles=one)
    perturbed = replay_eval.run_condition("perturbed", gold_dirs=[gold], perturb=True, seed=0, articles=one)
    assert perfect.report.claim_precision == 1.0
    scores = replay_eval.score_perturbations([perturbed], perfect)
    assert scores["wrong_number"].served >= 1 and scores["wrong_number"].share == 1.0
    assert sum(s.served for s in scores.values()) >= 10

    args = type("A", (), {"mode": None, "seeds": "0", "rate": 1.0, "gold": str(gold), "max_claims": 0})()
    section = replay_eval.render(perfect, None, [perturbed], scores, args)
    results = tmp_path / "RESULTS.md"
    results.write_text("# Results\n\n## Before\nkeep\n\n" + replay_eval.SECTION + "\nold\n\n## After\nkeep too\n")
    replay_eval.write_section(results, section)
    text = results.read_text()
    assert "old\n" not in text and text.count(replay_eval.SECTION) == 1
    assert "## Before\nkeep" in text and "## After\nkeep too" in text and "| wrong_number |" in text


def test_judge_tells_caught_from_shown():
    from types import SimpleNamespace as NS

    am = replay_eval._api()["attribution_matches"]
    gold = {"text": "The mayor said 40 homes flooded.", "attributed_to": "Ann Lee", "certainty": "reported",
            "evidence": [10, 50]}

    def claim(text, who="Ann Lee", certainty="reported", span=(10, 50)):
        return NS(text=text, attributed_to=who, certainty=certainty, evidence=NS(start=span[0], end=span[1]))

    def out(*claims, rejected=()):
        return NS(claims=list(claims), rejected_claims=[NS(text=t) for t in rejected], summary="")

    def p(kind, perturbed, detail=None, fld="text"):
        return rs.Perturbation(item="a/c1", article="a", claim="c1", type=kind, field=fld, original="",
                               perturbed=perturbed, gold=gold, detail=detail, served=1)

    swap = p("swapped_speaker", "Bo Ray", fld="source")
    assert replay_eval.judge(swap, out(claim(gold["text"], who="Bo Ray")), am) == (False, "shown as 'Bo Ray'")
    assert replay_eval.judge(swap, out(claim(gold["text"])), am) == (True, "corrected")
    assert replay_eval.judge(swap, out(), am) == (True, "absent")
    wrong = p("wrong_number", "The mayor said 41 homes flooded.", detail="41")
    assert replay_eval.judge(wrong, out(claim(wrong.perturbed)), am) == (False, "shown")
    assert replay_eval.judge(wrong, out(claim(gold["text"]), rejected=[wrong.perturbed]), am) == (True, "rejected")
    hedge = p("dropped_hedge", "stated", fld="certainty")
    assert replay_eval.judge(hedge, out(claim(gold["text"], certainty="stated")), am)[0] is False
    assert replay_eval.judge(hedge, out(claim(gold["text"])), am) == (True, "corrected")
    para = p("quote_paraphrase", "The mayor stated 40 homes flooded", fld="quote")
    assert replay_eval.judge(para, out(claim(gold["text"])), am) == (True, "kept")
    assert replay_eval.judge(para, out(claim(gold["text"], span=(60, 90))), am) == (False, "lost")
