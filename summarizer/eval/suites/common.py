"""What the dev-data suites share: where the data is, the systems, the command line.

Systems (`--systems`):
- `rules`: the `rules` baseline (summarizer.eval.systems), code only, fast.
- `sentences`: code only: every body sentence of the article is a claim, labelled with
  `attributed_to` and `certainty` by the attribution analysis. It tells how good the analysis
  itself is, independent of which sentences a system picks.
- `code`: the bundled path's claims without the model: on the bundled backend code makes every
  claim (summarizer.picks) and the model writes only the headline and summary, which these suites
  do not score; so `code` gives the bundled model's figures on every article in seconds.
- `model`: the full pipeline on the configured backend (bundled model by default: ~100 s per
  article on 2 cores).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

from ...errors import InputError
from ...load import Article
from ...schema import ArticleSummary

SYSTEMS = ("rules", "sentences", "code", "model")


def read_jsonl(path: Path) -> list[dict]:
    """Every record of a JSON Lines file. A missing dev-data folder or file is an InputError
    (exit 2) saying where it looked and how to point elsewhere, not an internal error."""
    from ..devdata import ENV, devdata_dir

    if not Path(path).is_file():
        base = devdata_dir()
        where = (f"dev data directory not found: {base}" if not base.is_dir()
                 else f"dev data file not found: {path}")
        how = f"${ENV} points there" if os.environ.get(ENV) else f"set ${ENV} to the dev data's location"
        raise InputError(f"{where} ({how})", path=str(path))
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def make_article(text: str, name: str) -> Article:
    return Article(text=text, path=name, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())


def sentence_view(article: Article) -> ArticleSummary:
    """Every body sentence as one claim, labelled by the attribution analysis (code only)."""
    from ..systems import sentences_baseline

    return sentences_baseline(article)


def systems_for(names: list[str], settings) -> tuple[dict[str, Callable[[Article], ArticleSummary]], list]:
    """name -> function(Article) -> ArticleSummary, and the objects to close afterwards."""
    from ..systems import rules_baseline

    out: dict[str, Callable[[Article], ArticleSummary]] = {}
    closers: list = []
    for n in names:
        if n == "rules":
            out[n] = rules_baseline
        elif n == "sentences":
            out[n] = sentence_view
        elif n == "code":  # the bundled path's claims (code makes them all), no model call
            from ...pipeline import Pipeline

            from ..systems import NoModel

            pipe = Pipeline(settings.replace(use_cache=False), client=NoModel())
            closers.append(pipe)
            out[n] = pipe.run
        elif n == "model":
            from ...pipeline import Pipeline

            pipe = Pipeline(settings)
            closers.append(pipe)
            out[n] = pipe.run
        elif n in ("gold", "lead3"):
            continue  # no gold replay for dev data; lead3 shows no claims
        else:
            raise SystemExit(f"unknown system {n!r}; choose from {', '.join(SYSTEMS)}")
    return out, closers


def score_systems(names: list[str] | tuple[str, ...], settings,
                  score: Callable[[Callable[[Article], ArticleSummary]], dict]) -> dict[str, dict]:
    """name -> `score(system)` for each named system; the model's pipeline is closed afterwards."""
    fns, closers = systems_for(list(names), settings)
    try:
        return {name: score(fn) for name, fn in fns.items()}
    finally:
        for x in closers:
            x.close()


class Report(dict):
    """A suite's result: a dict (JSON-ready) with `to_markdown()` and `to_json()`."""

    def to_markdown(self) -> str:
        return self["markdown"] + "\n"

    def to_json(self) -> str:
        return json.dumps({k: v for k, v in self.items() if k != "markdown"}, indent=1) + "\n"


def rate(num: int, den: int) -> float | None:
    return round(num / den, 3) if den else None


def main(run: Callable, description: str, argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--sample", type=int, default=0, help="articles/documents to score (0 = all)")
    p.add_argument("--systems", default="rules,sentences", help=f"comma-separated: {', '.join(SYSTEMS)}")
    p.add_argument("--format", choices=("md", "json"), default="md")
    p.add_argument("--model", help="model name on an OpenAI-compatible endpoint")
    p.add_argument("--base-url", action="append", dest="base_urls")
    args = p.parse_args(argv)
    from ...settings import Settings

    settings = Settings.from_env(model=args.model, base_urls=tuple(args.base_urls) if args.base_urls else None)
    systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    report = run(settings, sample=args.sample, systems=systems)
    sys.stdout.write(report.to_json() if args.format == "json" else report.to_markdown())
    return 0
