"""Every response schema the pipeline sends must be one llama.cpp accepts as a grammar.

llama.cpp turns a string's `maxLength` into a grammar repetition and refuses one over 1,000
characters; llama-cpp-python's OpenAI-compatible server then dies on the request (its process
aborts: every later call is "connection refused"). A 1,200-character summary bound did exactly
that. The model test builds each schema's grammar with the bundled llama.cpp and samples one
token, in a child process so an abort is seen as an exit code instead of killing pytest.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from summarizer.digest.judge import PairJudgment
from summarizer.errors import UsageError
from summarizer.extract import claims_model, summary_model
from summarizer.picks import Rewrite
from summarizer.settings import MAX_SCHEMA_CHARS, Settings
from summarizer.verify.model import SupportJudgment


def _settings() -> list[Settings]:
    return [Settings.from_env(env={}),
            Settings.from_env(env={}, base_urls=("http://127.0.0.1:1",), model="m")]


def _schemas() -> dict[str, dict]:
    out = {}
    for s in _settings():
        out[f"{s.backend} summary"] = summary_model(s.summary_chars).model_json_schema()
        out[f"{s.backend} claims"] = claims_model(s.max_claims_per_call, None, s.claim_quote_chars,
                                                  s.claim_text_chars).model_json_schema()
    out["verify"] = SupportJudgment.model_json_schema()
    out["pair judge"] = PairJudgment.model_json_schema()
    out["rewrite"] = Rewrite.model_json_schema()
    return out


def _max_lengths(node) -> list[int]:
    if isinstance(node, dict):
        found = [node["maxLength"]] if isinstance(node.get("maxLength"), int) else []
        return found + [n for v in node.values() for n in _max_lengths(v)]
    if isinstance(node, list):
        return [n for v in node for n in _max_lengths(v)]
    return []


def test_no_schema_bound_passes_what_llama_cpp_accepts():
    for name, schema in _schemas().items():
        assert max(_max_lengths(schema), default=0) <= MAX_SCHEMA_CHARS, name


def test_a_longer_bound_is_a_usage_error():
    for field in ("summary_chars", "claim_quote_chars", "claim_text_chars"):
        with pytest.raises(UsageError, match=field):
            Settings.from_env(env={}, **{field: MAX_SCHEMA_CHARS + 200})


_CHILD = r"""
import json, sys
from llama_cpp import Llama, LlamaGrammar
model, schemas = sys.argv[1], json.loads(sys.stdin.read())
llm = Llama(model, n_ctx=256, n_threads=1, verbose=False)
for name, schema in schemas.items():
    if name == "probe over the limit" and len(sys.argv) < 3:
        continue
    g = LlamaGrammar.from_json_schema(json.dumps(schema), verbose=False)
    llm.create_completion("{", grammar=g, max_tokens=1)
    print("ok", name, flush=True)
"""


def _run_child(schemas: dict, *extra: str) -> subprocess.CompletedProcess:
    from summarizer.llm import bundled_model_path
    return subprocess.run([sys.executable, "-c", _CHILD, str(bundled_model_path()), *extra],
                          input=json.dumps(schemas), capture_output=True, text=True, timeout=300)


@pytest.mark.model
def test_llama_cpp_builds_a_grammar_for_every_schema_we_send():
    schemas = _schemas()
    done = _run_child(schemas)
    assert done.returncode == 0, done.stderr[-500:]
    assert sorted(line[3:] for line in done.stdout.splitlines()) == sorted(schemas)


@pytest.mark.model
def test_the_limit_is_real_one_bound_over_it_kills_the_process():
    """The check above could pass vacuously if llama.cpp accepted any bound: it does not."""
    over = {"type": "object", "required": ["s"],
            "properties": {"s": {"type": "string", "maxLength": MAX_SCHEMA_CHARS + 200}}}
    done = _run_child({"probe over the limit": over}, "probe")
    assert done.returncode != 0 and "ok probe" not in done.stdout
