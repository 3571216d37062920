"""Shared pieces: results, options, paths, a clean environment, the bundled-model run."""

from __future__ import annotations

import copy
import os
import shutil
import sys
import sysconfig
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@dataclass
class Options:
    quick: bool = False
    all_seeds: bool = False
    bundled: bool = False
    seed: str | None = None  # bundled-model benchmarks: the seed whose file name starts with this


@dataclass
class Result:
    bench: str
    metric: str
    value: float | None
    goal: str = ""  # e.g. "<= 1.10"; "" = informational
    unit: str = ""
    note: str = ""
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def met(self) -> bool | None:
        if not self.goal or self.value is None:
            return None
        op, _, num = self.goal.partition(" ")
        target = float(num)
        return self.value <= target if op == "<=" else self.value >= target

    def status(self) -> str:
        return {None: "-", True: "met", False: "MISSED"}[self.met]

    def show(self) -> str:
        v = "n/a" if self.value is None else f"{self.value:.3f}" if abs(self.value) < 100 else f"{self.value:,.0f}"
        goal = f" (goal {self.goal}: {self.status()})" if self.goal else ""
        return f"  -> {self.metric} = {v}{(' ' + self.unit) if self.unit else ''}{goal}" + \
               (f"  [{self.note}]" if self.note else "")


def say(msg: str) -> None:
    print(msg, flush=True)


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without our settings' variables, so nothing configures a run but its flags."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("OPENAI_", "SUMMARIZER_")) and k not in ("PYTHONPROFILEIMPORTTIME",)}
    env.update(extra)
    return env


def summarize_cmd() -> list[str]:
    """The real console script (not a pyenv/asdf shim in front of it), else `python -m summarizer`."""
    script = Path(sysconfig.get_path("scripts")) / "summarize"
    if script.exists():
        return [str(script)]
    found = shutil.which("summarize")
    return [found] if found else [sys.executable, "-m", "summarizer"]


_SYL = ("bar", "cal", "dun", "fen", "gar", "hol", "kel", "lor", "mar", "nor",
        "pen", "ros", "sal", "tor", "vel", "wen", "ash", "bel", "cor", "dal")


def town(i: int) -> str:
    """A distinct place name per i (8,000 of them)."""
    return (_SYL[i % 20] + _SYL[(i // 20) % 20] + _SYL[(i // 400) % 20]).capitalize()


def varied_article(i: int) -> str:
    """Like tests.fault_server.make_article, but every article has its own town and date.

    make_article's articles all report a different number of schools closed "on Monday":
    every pair of them is a number conflict for the digest, whose output then grows as n².
    These articles have numbers, places and dates like news, without that pairing. (Before
    the fix these benchmarks led to, summarizer.dates.resolve read "1 January 2000" as
    1999-01-20; the dates are written "January 1, 2000", which it always read right.)
    """
    import datetime

    d = datetime.date(2000, 1, 1) + datetime.timedelta(days=i)
    place = town(i)
    return (f"Flooding closed {i % 17 + 3} schools in {place} on {d:%B} {d.day}, {d.year}. "
            f"Crews pumped water out of the main square in {place} overnight. "
            f"The regional council approved {i % 11 + 10} new pumps for the district.\n")


def write_stub_articles(directory: Path, n: int, start: int = 0, varied: bool = False) -> list[str]:
    """n short, unique, groundable articles, one file each: tests.fault_server.make_article,
    or `varied_article` (own town and date each)."""
    from tests.fault_server import make_article

    make = varied_article if varied else make_article
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        p = directory / f"{i:05d}.txt"
        p.write_text(make(i), encoding="utf-8")
        paths.append(str(p))
    return paths


# -- the bundled model, once per process --------------------------------------------------------


@dataclass
class BundledRun:
    seeds: list[str]
    settings: Any
    results: list[Any]            # ArticleSummary per seed
    texts: list[str]
    pipeline_seconds: float       # Pipeline.run over the seeds, model already loaded
    pipeline_load_seconds: float  # building the client (loading the GGUF)
    llama_seconds: float          # time inside llama-cpp-python during those runs
    calls: list[dict]             # kwargs of every create_chat_completion the pipeline made
    outputs: list[str]            # the raw content each call returned (before any post-processing)
    article_tokens: list[int]
    # with replay: each call re-run right after it on a second, fresh Llama (same parameters),
    # so that load on a shared machine hits both sides alike
    raw_seconds: float | None = None
    raw_load_seconds: float | None = None
    raw_identical: int = 0


_BUNDLED: dict[tuple[str, ...], BundledRun] = {}


def bundled_run(seeds: list[Path], replay: bool = False) -> BundledRun:
    """Run the pipeline on the bundled model, no cache, recording every llama call's kwargs.

    With `replay`, every call is also made, right after the pipeline's, on a second fresh
    `llama_cpp.Llama` (the pipeline's parameters): raw llama-cpp-python on the same prompts,
    the same grammar and the same sequence of calls (so the same prompt-prefix reuse). Its
    time is subtracted from the pipeline's.
    """
    key = tuple(str(s) for s in seeds)
    if key in _BUNDLED and (_BUNDLED[key].raw_seconds is not None or not replay):
        return _BUNDLED[key]
    from summarizer.llm import bundled_model_path
    from summarizer.load import load_article
    from summarizer.pipeline import Pipeline
    from summarizer.settings import Settings

    settings = Settings.from_env(env=clean_env(), use_cache=False)
    assert settings.backend == "local", settings
    calls: list[dict] = []
    outputs: list[str] = []
    spent = [0.0]
    results, texts, toks = [], [], []
    pipe_s = 0.0
    raw = None
    raw_spent, raw_load, identical = [0.0], None, [0]
    if replay:
        import llama_cpp

        t0 = time.perf_counter()
        raw = llama_cpp.Llama(model_path=bundled_model_path(), n_ctx=settings.n_ctx, n_threads=None,
                              seed=settings.seed, verbose=False)
        raw_load = time.perf_counter() - t0
    with Pipeline(settings) as pipe:
        t0 = time.perf_counter()
        client = pipe.client  # loads the model
        load_s = time.perf_counter() - t0
        llama = client.llama
        original = llama.create_chat_completion_openai_v1

        def recording(*args: Any, **kw: Any):
            assert not args
            calls.append(copy.deepcopy(kw))
            t = time.perf_counter()
            response = original(**kw)
            spent[0] += time.perf_counter() - t
            content = (response.choices[0].message.content or "") if response.choices else ""
            outputs.append(content)
            if raw is not None:
                t = time.perf_counter()
                again = raw.create_chat_completion(**copy.deepcopy(calls[-1]))
                raw_spent[0] += time.perf_counter() - t
                identical[0] += (again["choices"][0]["message"]["content"] or "") == content
            return response

        llama.create_chat_completion_openai_v1 = recording  # instance attribute shadows the method
        for seed in seeds:
            article = load_article(str(seed))
            say(f"  bundled pipeline: {seed.name} ({article.chars} chars) ...")
            t = time.perf_counter()
            before = raw_spent[0]
            results.append(pipe.run(article))
            pipe_s += time.perf_counter() - t - (raw_spent[0] - before)
            texts.append(article.text)
            toks.append(len(llama.tokenize(article.text.encode("utf-8"), add_bos=False)))
    if raw is not None:
        raw.close()
    run = BundledRun([str(s) for s in seeds], settings, results, texts, pipe_s, load_s, spent[0],
                     calls, outputs, toks, raw_spent[0] if replay else None, raw_load, identical[0])
    _BUNDLED[key] = run
    return run


def seeds_for(opts: Options) -> list[Path]:
    if opts.seed:
        picked = [s for s in SEEDS if s.name.startswith(opts.seed)]
        if not picked:
            raise SystemExit(f"no seed named {opts.seed}*")
        return picked
    return SEEDS if opts.all_seeds else SEEDS[:1]
