"""2. tokens: what a summary costs in prompt and completion, per mode.

Bundled backend (json_schema mode, a llama.cpp grammar): prompt tokens per article token
(the article tokenized with the model's own tokenizer) and completion tokens per kept claim,
from the usage the pipeline reports (every attempt counted).

Stub server, for each instructor mode (tools, json, json_schema, md_json): the stub does not
tokenize, so prompt size is the characters of each request's payload — messages plus
tools/tool_choice/response_format, as JSON — divided by the article's characters. Schema
overhead is the characters of JSON schema sent per call: the tools array (tools), the
response_format (json_schema), or what instructor added to the messages (json, md_json:
their messages minus the tools-mode messages of the same call).
"""

from __future__ import annotations

import json

from .common import SEEDS, Options, Result, bundled_run, clean_env, say, seeds_for

NAME = "tokens"
MODES = ("tools", "json", "json_schema", "md_json")
PAYLOAD_KEYS = ("messages", "tools", "tool_choice", "response_format")


def _chars(obj) -> int:
    return len(json.dumps(obj, ensure_ascii=False))


def bundled(opts: Options) -> list[Result]:
    b = bundled_run(seeds_for(opts))
    prompt = sum(r.usage.prompt_tokens for r in b.results)
    completion = sum(r.usage.completion_tokens for r in b.results)
    claims = sum(len(r.claims) for r in b.results)
    art_tokens = sum(b.article_tokens)
    art_chars = sum(len(t) for t in b.texts)
    payload = sum(_chars({k: kw[k] for k in PAYLOAD_KEYS if kw.get(k) is not None}) for kw in b.calls)
    schema = [_chars(kw["response_format"]) for kw in b.calls if kw.get("response_format")]
    calls = sum(r.usage.calls for r in b.results)
    say(f"  bundled: {prompt} prompt + {completion} completion tokens over {calls} calls for {art_tokens} "
        f"article tokens, {claims} claims kept; schema {sum(schema) / max(1, len(schema)):.0f} chars/call")
    return [
        Result(NAME, "bundled: prompt tokens / article token", prompt / art_tokens,
               note=f"{prompt} / {art_tokens}; {calls} calls (one per sentence + summary)",
               details={"prompt_tokens": prompt, "article_tokens": art_tokens, "calls": calls}),
        Result(NAME, "bundled: completion tokens / kept claim", completion / max(1, claims),
               note=f"{completion} / {claims} (rejected claims and the summary count too)",
               details={"completion_tokens": completion, "claims": claims}),
        Result(NAME, "bundled: payload chars / article char", payload / art_chars,
               note=f"json_schema; schema {sum(schema) / max(1, len(schema)):.0f} chars/call "
                    f"(incl. the quote enum)",
               details={"payload_chars": payload, "article_chars": art_chars,
                        "schema_chars_per_call": sum(schema) / max(1, len(schema))}),
    ]


def stub(opts: Options) -> list[Result]:
    from summarizer.load import load_article
    from summarizer.pipeline import Pipeline
    from summarizer.settings import Settings

    from .stub import BenchServer

    articles = [load_article(str(p)) for p in SEEDS]
    art_chars = sum(a.chars for a in articles)
    per_mode: dict[str, list[dict]] = {}
    kept: dict[str, int] = {}
    with BenchServer(record=True) as srv:
        for mode in MODES:
            srv.reset()
            settings = Settings.from_env(env=clean_env(), base_urls=(srv.url,), model="stub", use_cache=False,
                                         mode=mode)
            with Pipeline(settings) as pipe:
                kept[mode] = sum(len(pipe.run(a).claims) for a in articles)
            per_mode[mode] = list(srv.bodies)
    base_msgs = [_chars(b["messages"]) for b in per_mode["tools"]]
    out = []
    for mode in MODES:
        bodies = per_mode[mode]
        payload = sum(_chars({k: b[k] for k in PAYLOAD_KEYS if b.get(k) is not None}) for b in bodies)
        if mode == "tools":
            schema = [_chars(b.get("tools")) for b in bodies]
        elif mode == "json_schema":
            schema = [_chars(b.get("response_format")) for b in bodies]
        else:  # written into the messages by instructor
            schema = [_chars(b["messages"]) - m for b, m in zip(bodies, base_msgs)]
        per_call = sum(schema) / max(1, len(schema))
        say(f"  stub {mode:11s}: {len(bodies)} calls, payload {payload} chars for {art_chars} article chars "
            f"= {payload / art_chars:.2f}; schema {per_call:.0f} chars/call; {kept[mode]} claims kept")
        out.append(Result(NAME, f"stub {mode}: payload chars / article char", payload / art_chars,
                          note=f"{len(bodies)} calls over 5 seeds; schema {per_call:,.0f} chars/call; "
                               f"{kept[mode]} claims kept",
                          details={"calls": len(bodies), "payload_chars": payload, "article_chars": art_chars,
                                   "schema_chars_per_call": per_call, "claims_kept": kept[mode]}))
    return out


def run(opts: Options) -> list[Result]:
    return bundled(opts) + stub(opts)
