"""The batch: paths in (files, directories, globs, stdin), outcomes out, failures isolated."""

from __future__ import annotations

import concurrent.futures as cf
import glob
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..errors import SummarizerError
from ..load import load_article
from ..pipeline import Pipeline
from ..schema import ArticleSummary


# -- inputs -----------------------------------------------------------------------------------


def iter_paths(inputs: Iterable[str], stdin=None) -> Iterator[str]:
    """Files, directories (recursively, sorted) and globs; '-' reads one path per line from stdin."""
    for item in inputs:
        if item == "-":
            for line in (stdin or sys.stdin):
                if line.strip():
                    yield line.rstrip("\r\n")
            continue
        if any(ch in item for ch in "*?[") and not os.path.exists(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                yield item  # reported as missing, like any other bad path
            yield from matches
            continue
        p = Path(item)
        if p.is_dir():
            for root, dirs, files in os.walk(p, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if not f.startswith("."):
                        yield str(Path(root) / f)
        else:
            yield item


# -- the batch ------------------------------------------------------------------------------


@dataclass
class Outcome:
    index: int
    path: str
    result: ArticleSummary | None = None
    error: SummarizerError | None = None


def run_batch(paths: Iterable[str], pipeline: Pipeline, *, on_done: Callable[[Outcome], None] | None = None,
              ) -> Iterator[Outcome]:
    """Summarize every path, at most `concurrency` at once, yielding outcomes as they finish.

    Paths are consumed lazily and at most 2 x concurrency articles are in flight, so 10,000
    paths never mean 10,000 texts in memory. A failure is an Outcome, never an exception.
    """
    s = pipeline.settings
    workers = 1 if s.backend == "local" else s.concurrency

    def one(i: int, path: str) -> Outcome:
        try:
            article = load_article(path, s.max_chars)
            return Outcome(i, path, result=pipeline.run(article))
        except SummarizerError as e:
            return Outcome(i, path, error=e)

    with cf.ThreadPoolExecutor(max_workers=workers, thread_name_prefix="summarize") as pool:
        pending: set[cf.Future] = set()
        it = iter(enumerate(paths))
        exhausted = False
        while pending or not exhausted:
            while not exhausted and len(pending) < 2 * workers:
                try:
                    i, path = next(it)
                except StopIteration:
                    exhausted = True
                    break
                pending.add(pool.submit(one, i, path))
            if not pending:
                break
            done, pending = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
            for f in done:
                out = f.result()
                if on_done:
                    on_done(out)
                yield out
