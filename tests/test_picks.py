"""The bundled model's claims task (summarizer.picks, prompts/rewrite.v1.md): code makes a claim of
each sentence or clause, the model only rewrites the parts that do not stand alone; the
capable-model path still asks for the full draft (claims.v1)."""

from __future__ import annotations

import pytest

from summarizer import picks
from summarizer.chunk import Span, split_sentences
from summarizer.document import Document
from summarizer.load import load_bytes
from summarizer.pipeline import Pipeline
from summarizer.prompting import load_prompt
from summarizer.schema import Usage
from summarizer.settings import Settings

TEXT = ("Officials said on Monday that 12 people died in the floods, and rescuers were still searching "
        "the rubble late into the night. \"We will rebuild the bridge,\" Mayor Anna Berg said, adding that "
        "it would reopen in May. Residents gathered at the town hall for hours.")


def sentences() -> list[Span]:
    return list(split_sentences(TEXT))


def test_the_bundled_schema_asks_only_for_the_text():
    schema = picks.Rewrite.model_json_schema()
    assert set(schema["properties"]) == {"text"} and schema["required"] == ["text"]
    assert schema["properties"]["text"]["maxLength"] == picks.MAX_TEXT_CHARS
    for field in ("quote", "kind", "source", "certainty", "when", "where"):
        assert field not in schema["properties"]


def test_candidates_are_exact_spans_sentence_first_then_clauses():
    s0 = sentences()[0]
    cands = picks.candidates(TEXT, (s0,))
    quotes = [c.quote(TEXT) for c in cands]
    assert quotes == [TEXT[s0.start:s0.end], "Officials said on Monday that 12 people died in the floods",
                      "and rescuers were still searching the rubble late into the night."]
    for c in cands:
        assert TEXT[c.start:c.end] == c.quote(TEXT) == c.quote(TEXT).strip()


@pytest.mark.parametrize("k", [0, 1, 2])
def test_each_part_resolves_to_its_exact_span(k):
    doc = Document.from_article(load_bytes(TEXT.encode(), "a.txt"))
    sent = sentences()[k]
    for part in picks.claim_parts(TEXT, sent):
        d = picks.draft(part.quote(TEXT), "A claim.")
        loc = doc.locate(d.quote, hint=sent)
        assert (loc.start, loc.end, loc.match) == (part.start, part.end, "exact")
        # neutral labels: code decides them from the evidence
        assert (d.kind, d.source, d.certainty, d.when, d.where) == ("event", "article", "stated", None, None)


def test_a_compound_sentence_gives_its_clauses_a_simple_one_itself():
    s0, s1, s2 = sentences()
    assert [p.quote(TEXT) for p in picks.claim_parts(TEXT, s0)] == [
        "Officials said on Monday that 12 people died in the floods",
        "and rescuers were still searching the rubble late into the night."]
    assert [p.quote(TEXT) for p in picks.claim_parts(TEXT, s2)] == [TEXT[s2.start:s2.end]]
    # direct speech: the old string enum had to leave such sentences out (llama.cpp escaping)
    assert picks.claim_parts(TEXT, s1)[0].quote(TEXT).startswith('"We will rebuild the bridge,"')


@pytest.mark.parametrize("part, text, model", [
    ("and rescuers were still searching the rubble late into the night.",
     "Rescuers were still searching the rubble late into the night.", False),
    ("Officials said on Monday that 12 people died in the floods", "Officials said on Monday that 12 people died in the floods.", False),
    ("adding that it would reopen in May.", "Adding that it would reopen in May.", True),
    ("which was closed on Monday;", "Which was closed on Monday.", True),
    ("He said the bridge would reopen.", "He said the bridge would reopen.", True),
    ("“They left,” she said.", "“They left,” she said.", True),
])
def test_a_part_as_a_sentence_and_whether_it_needs_the_model(part, text, model):
    assert picks.as_sentence(part) == text
    assert picks.needs_model(part) is model


def test_the_prompt_system_part_never_changes():
    p = load_prompt("rewrite")
    a = p.messages(sentence="One, adding two.", part="adding two.")
    b = p.messages(sentence="He left.", part="He left.")
    assert a[0] == b[0]  # a constant prefix: llama-cpp-python reuses its KV cache between calls
    assert b[1]["content"] == "Sentence: He left.\nPart: He left."
    assert load_prompt("claims").version == 1  # the capable models' prompt is unchanged


class Recorder:
    def __init__(self, rewrite: str = "Mayor Anna Berg said the bridge would reopen in May."):
        self.calls = []
        self.rewrite = rewrite

    def complete(self, response_model, messages):
        self.calls.append((response_model, messages))
        fields = set(response_model.model_fields)
        if fields == {"text"}:
            return response_model.model_validate({"text": self.rewrite}), Usage(calls=1)
        if "claims" in fields:
            return response_model.model_validate({"claims": []}), Usage(calls=1)
        return response_model.model_validate({"headline": "", "summary": ""}), Usage(calls=1)

    def close(self):
        pass


def _run(tmp_path, rec, **extra):
    s = Settings.from_env(env={}, use_cache=False, cache_dir=tmp_path, **extra)
    with Pipeline(s, client=rec) as p:
        return p.run(load_bytes(TEXT.encode(), "a.txt"))


def test_by_default_the_bundled_backend_asks_only_for_the_summary(tmp_path):
    rec = Recorder()
    result = _run(tmp_path, rec)
    assert [set(m.model_fields) for m, _ in rec.calls] == [{"headline", "summary"}]
    # two clauses, the quote with its "adding" clause (a participial clause is no sentence of its
    # own: it stays with the clause it continues), the last sentence
    assert len(result.claims) == 4
    assert "Rescuers were still searching the rubble late into the night." in [c.text for c in result.claims]
    off = Recorder()
    result = _run(tmp_path, off, summary_call=False)
    assert off.calls == [] and len(result.claims) == 4
    assert result.summary and any("lead" in w for w in result.warnings)


def test_with_rewrites_on_the_model_is_asked_only_for_parts_that_do_not_stand_alone(tmp_path):
    rec = Recorder()
    result = _run(tmp_path, rec, rewrite_parts=True)
    asked = [x for m, x in rec.calls if set(m.model_fields) == {"text"}]
    # the first-person quote and the "adding" clause; never the parts that stand alone
    assert [x[1]["content"].split("Part: ")[1] for x in asked] == [
        '"We will rebuild the bridge," Mayor Anna Berg said, adding that it would reopen in May.']
    assert all(x[0]["content"] == load_prompt("rewrite").system for x in asked)
    texts = [c.text for c in result.claims]
    assert "Mayor Anna Berg said the bridge would reopen in May." in texts
    assert "Rescuers were still searching the rubble late into the night." in texts
    for c in result.claims:
        assert TEXT[c.evidence.start:c.evidence.end] == c.evidence.quote and c.evidence.match == "exact"


def test_a_rewrite_that_fails_grounding_falls_back_to_the_part(tmp_path):
    result = _run(tmp_path, Recorder(rewrite="The governor said 900 bridges would reopen in 1999."), rewrite_parts=True)
    quotes = {c.evidence.quote: c.text for c in result.claims}
    part = '"We will rebuild the bridge," Mayor Anna Berg said, adding that it would reopen in May.'
    assert quotes.get(part) == part


def test_a_capable_model_gets_the_full_draft(tmp_path):
    rec = Recorder()
    _run(tmp_path, rec, model="m", base_urls=("http://127.0.0.1:9/v1",))
    claim_calls = [(m, x) for m, x in rec.calls if "headline" not in m.model_fields]
    assert claim_calls
    for model, msgs in claim_calls:
        assert "claims" in model.model_fields and msgs[0]["content"] == load_prompt("claims").system


def test_a_sentence_longer_than_the_model_bounds_still_makes_a_draft():
    long = "The council said " + "that the river rose again " * 14 + "on Monday."
    [part] = picks.claim_parts(long, split_sentences(long)[0])
    d = picks.draft(part.quote(long), picks.as_sentence(part.quote(long)))
    assert d.quote == long and len(d.text) > 300


@pytest.mark.parametrize("line, parts", [
    ("Wed, 14 Aug 2024 16:03:34 PKT", 0),                      # a dateline: no full stop
    ("FLINT, Mich., Oct. 4 (UPI)", 0),
    ("Graham asked.", 0),                                      # too few words to state anything
    ("Is it too much for a country to ask?", 0),               # a question
    ("The council met, and the mayor resigned after the vote.", 1),  # a short clause: the whole sentence
    ("The council met on Monday to vote on the budget, and the mayor resigned after the vote.", 2),
    ("Officials said 12 people died; the storm moved on to the coast overnight.", 2),
    ("Officials said 12 people died; the count for the storm is final?", 0),  # a question, whatever its clauses
])
def test_only_statements_become_claims(line, parts):
    got = picks.claim_parts(line, Span(0, len(line)))
    assert len(got) == parts
    for p in got:
        assert not p.quote(line).rstrip().endswith("?")


def test_a_wire_dateline_is_not_part_of_the_claim():
    text = "Rates rise\n\nLONDON (Reuters) – The central bank raised its main rate to 5 percent on Thursday."
    s = split_sentences(text)[-1]
    [part] = picks.claim_parts(text, s)
    assert part.quote(text).startswith("The central bank raised")
