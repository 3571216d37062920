"""1. overhead: the pipeline on the bundled model vs raw llama-cpp-python on the same prompts.

The pipeline runs one seed (all five with --all-seeds) with no cache; every call it makes to
llama-cpp-python is recorded (messages, response_format/grammar, max_tokens, seed,
repeat_penalty, temperature, including the loop retry) and replayed at once — interleaved,
so that load from others on a shared machine hits both sides alike — on a second, fresh
`llama_cpp.Llama` built with the pipeline's parameters, through `create_chat_completion`
(plain dicts). The replay's time is subtracted from the pipeline's; model loading is timed
apart on both sides. Ratio: pipeline seconds / raw seconds (goal <= 1.10).
"""

from __future__ import annotations

from .common import Options, Result, bundled_run, say, seeds_for

NAME = "overhead"


def run(opts: Options) -> list[Result]:
    seeds = seeds_for(opts)
    b = bundled_run(seeds, replay=True)
    raw = b.raw_seconds or 0.0
    ratio = b.pipeline_seconds / raw
    outside = b.pipeline_seconds - b.llama_seconds
    claims = sum(len(r.claims) for r in b.results)
    n = len(b.calls)
    say(f"  pipeline {b.pipeline_seconds:.2f}s ({b.llama_seconds:.2f}s inside llama-cpp, {outside:.2f}s ours) "
        f"vs raw {raw:.2f}s over {n} calls; identical outputs {b.raw_identical}/{n}; "
        f"model load {b.pipeline_load_seconds:.2f}s (pipeline) / {b.raw_load_seconds:.2f}s (raw)")
    return [
        Result(NAME, "pipeline_s / raw_s", ratio, "<= 1.10",
               note=f"{b.pipeline_seconds:.1f}s vs {raw:.1f}s, {n} calls, outputs identical {b.raw_identical}/{n}, "
                    f"{claims} claims kept, {len(seeds)} seed(s)",
               details={"pipeline_s": b.pipeline_seconds, "raw_s": raw, "llama_inside_pipeline_s": b.llama_seconds,
                        "ours_s": outside, "calls": n, "identical_outputs": b.raw_identical,
                        "load_pipeline_s": b.pipeline_load_seconds, "load_raw_s": b.raw_load_seconds,
                        "seeds": [str(x) for x in b.seeds]}),
        Result(NAME, "non-llama share of pipeline time", outside / b.pipeline_seconds,
               note=f"{outside:.2f}s of {b.pipeline_seconds:.2f}s: grounding, instructor, tokenize, chunking"),
    ]
