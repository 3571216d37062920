"""8. bundled: cold seconds per seed article / seconds per 1,000 free-running tokens, same run.

The denominator is a machine-independent unit measured in the same process while the articles
run: after every model call of the pipeline, a second `llama_cpp.Llama` (same model, same
threads) generates a short burst of tokens with no grammar and EOS banned, and the bursts'
seconds per token, times 1,000, is the unit. Sampling it between the pipeline's calls means
that load from other jobs on a shared machine weighs on both sides alike (a before/after
measurement swung 3x on this machine); using a second Llama leaves the pipeline's KV cache
(its prompt-prefix reuse) untouched. The numerator is `Pipeline.run` on each seed with no
cache (cold), the model already loaded, burst time subtracted. Goal (issue 16): <= 1.25.
Also reported: calls, prompt and completion tokens, completion tokens per kept claim, and the
1-minute load average before and after.
"""

from __future__ import annotations

import json
import os
import time

from .common import Options, Result, clean_env, say, seeds_for

NAME = "bundled"
#: tokens per free-running burst (one burst after each pipeline call, and one before the first)
BURST_TOKENS = 32
FREE_PROMPT = "Write a long news report about the weather in a small town.\n"


class FreeRunning:
    """Bursts of free-running generation on its own Llama; totals seconds and tokens."""

    def __init__(self, settings, threads: int):
        import llama_cpp

        from summarizer.check import no_extra_buffers
        from summarizer.llm import bundled_model_path

        with no_extra_buffers(llama_cpp):
            self.llama = llama_cpp.Llama(model_path=bundled_model_path(), n_ctx=512, n_threads=threads,
                                         n_threads_batch=threads, seed=settings.seed, verbose=False)
        self.llama.create_completion(FREE_PROMPT, max_tokens=1, temperature=0.0)  # prompt in the KV cache
        self.seconds, self.tokens = 0.0, 0

    def burst(self, n: int = BURST_TOKENS) -> float:
        eos = self.llama.token_eos()
        t = time.perf_counter()
        out = self.llama.create_completion(FREE_PROMPT, max_tokens=n, temperature=0.0, logit_bias={eos: -1e9}, seed=0)
        dt = time.perf_counter() - t
        self.seconds += dt
        self.tokens += out["usage"]["completion_tokens"]
        return dt

    def per_1k(self) -> float:
        return self.seconds / max(self.tokens, 1) * 1000

    def close(self) -> None:
        self.llama.close()


def run(opts: Options) -> list[Result]:
    from summarizer.load import load_article
    from summarizer.pipeline import Pipeline
    from summarizer.settings import Settings

    seeds = seeds_for(opts)
    # BENCH_SETTINGS='{"summary_call": false}': one settings change, to measure it (BENCHMARKS.md)
    changes = json.loads(os.environ.get("BENCH_SETTINGS") or "{}")
    settings = Settings.from_env(env=clean_env(), use_cache=False, **changes)
    if changes:
        say(f"  settings changed: {changes}")
    load0 = os.getloadavg()[0]
    with Pipeline(settings) as pipe:
        t = time.perf_counter()
        client = pipe.client
        llama = client.llama
        load_s = time.perf_counter() - t
        free = FreeRunning(settings, llama.n_threads if hasattr(llama, "n_threads") else 1)
        free.burst()
        original = llama.create_chat_completion_openai_v1
        in_bursts = [0.0]

        def with_burst(*args, **kw):
            response = original(*args, **kw)
            in_bursts[0] += free.burst()  # the unit, sampled between the pipeline's calls
            return response

        llama.create_chat_completion_openai_v1 = with_burst  # instance attribute shadows the method
        per, calls, ptok, ctok, kept = [], 0, 0, 0, 0
        for seed in seeds:
            article = load_article(str(seed))
            llama.reset()  # cold: no KV state from the previous article
            before = in_bursts[0]
            t = time.perf_counter()
            res = pipe.run(article)
            dt = time.perf_counter() - t - (in_bursts[0] - before)
            per.append(dt)
            u = res.usage
            calls, ptok, ctok, kept = calls + u.calls, ptok + u.prompt_tokens, ctok + u.completion_tokens, \
                kept + len(res.claims)
            say(f"  {seed.name}: {dt:.1f}s, {u.calls} calls, {u.prompt_tokens} prompt + "
                f"{u.completion_tokens} completion tokens, {len(res.claims)} claims kept")
        per_1k = free.per_1k()
        free_tokens = free.tokens
        free.close()
    load1 = os.getloadavg()[0]
    per_article = sum(per) / len(per)
    ratio = per_article / per_1k
    loads = f"load avg 1-min {load0:.2f} -> {load1:.2f}"
    say(f"  free-running: {per_1k:.1f}s per 1,000 tokens ({free_tokens} tokens in bursts between calls); "
        f"{per_article:.1f}s per article; model load {load_s:.2f}s; {loads}")
    n = len(seeds)
    return [
        Result(NAME, "cold s per seed article / s per 1,000 free tokens", ratio, "<= 1.25",
               note=f"{per_article:.1f}s vs {per_1k:.1f}s, {n} seed(s), {calls} calls, {loads}",
               details={"seconds_per_article": per, "seconds_per_1k_free_tokens": per_1k, "free_tokens": free_tokens,
                        "calls": calls, "prompt_tokens": ptok, "completion_tokens": ctok, "claims_kept": kept,
                        "load_avg_1min": [load0, load1], "model_load_s": load_s,
                        "seeds": [s.name for s in seeds]}),
        Result(NAME, "completion tokens per kept claim", ctok / max(kept, 1),
               note=f"{ctok} completion / {kept} claims kept; {ptok} prompt tokens; {calls} calls"),
    ]
