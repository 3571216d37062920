"""The batch: paths in (files, directories, globs, stdin), outcomes out, failures isolated."""

from __future__ import annotations

import concurrent.futures as cf
import glob
import hashlib
import logging
import os
import sys
import threading
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..errors import SummarizerError
from ..load import Article, load_article
from ..outputs import is_own_output
from ..pipeline import Pipeline
from ..schema import ArticleSummary
from ..settings import MAX_CONCURRENCY

log = logging.getLogger("summarizer")

# -- inputs -----------------------------------------------------------------------------------


def iter_paths(inputs: Iterable[str], stdin=None, skip: Iterable[str | os.PathLike[str]] = ()) -> Iterator[str]:
    """Files, directories (recursively, sorted) and globs; '-' reads one path per line from stdin.
    Folders in `skip` (the cache's: its database files were read as three failing articles when
    it sat inside an input folder) are not walked into."""
    skipped = {os.path.realpath(d) for d in skip}
    for item in inputs:
        if item == "-":
            for line in (stdin or sys.stdin):
                # NUL-separated too (`find -print0 | summarize digest -`, as `xargs -0` reads): a
                # path never holds a NUL, and one held was an internal error (ValueError)
                for name in line.rstrip("\r\n").split("\0") if "\0" in line else [line.rstrip("\r\n")]:
                    if name.strip():
                        yield name
            continue
        if any(ch in item for ch in "*?[") and not os.path.exists(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                yield item  # reported as missing, like any other bad path
            yield from matches
            continue
        p = Path(item)
        if p.is_dir():
            # a folder that cannot be listed (permissions) is yielded itself, so it fails as an
            # article does (load_article names the cause); os.walk alone skips it in silence, and
            # an unreadable input folder read "no articles given"
            unreadable: list[OSError] = []
            for root, dirs, files in os.walk(p, followlinks=False, onerror=unreadable.append):
                yield from _failed_folders(unreadable)
                if skipped and os.path.realpath(root) in skipped:
                    log.warning("%s: skipped, it is this tool's cache folder", root)
                    dirs[:] = []
                    continue
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if f.startswith("."):
                        continue
                    if is_own_output(Path(root) / f):  # a digest written into its input folder
                        log.warning("%s: skipped, it is this tool's own output", Path(root) / f)
                        continue
                    yield str(Path(root) / f)
            yield from _failed_folders(unreadable)
        else:
            yield item


def _failed_folders(errors: list[OSError]) -> Iterator[str]:
    while errors:
        e = errors.pop(0)
        if e.filename:
            yield os.fspath(e.filename)


# -- the batch ------------------------------------------------------------------------------


@dataclass
class Outcome:
    index: int
    path: str
    result: ArticleSummary | None = None
    error: SummarizerError | None = None


def run_batch(paths: Iterable[str], pipeline: Pipeline, *, on_done: Callable[[Outcome], None] | None = None,
              distinct: bool = True) -> Iterator[Outcome]:
    """Summarize every path, at most `concurrency` at once, yielding outcomes as they finish.

    Paths are consumed lazily and at most 2 x concurrency articles are in flight, so 10,000
    paths never mean 10,000 texts in memory. A failure is an Outcome, never an exception.
    `distinct` (the digest): the same file or the same text counts once, warned (`_Sources`).
    """
    s = pipeline.settings
    workers = 1 if s.backend == "local" else min(s.concurrency, MAX_CONCURRENCY)  # (a Settings built by hand too)
    seen = _Sources()

    def one(i: int, path: str, article: Article) -> Outcome:
        try:
            return Outcome(i, path, result=pipeline.run(article))
        except SummarizerError as e:
            return Outcome(i, path, error=e)

    # Articles are loaded here, in order (a bounded read each), so which of two identical texts
    # counts is decided by position, not by thread timing. On Ctrl-C (or the consumer closing
    # us) the queue is cancelled and the requests in flight are abandoned instead of waited
    # for; what finished is in the cache.
    with abandoned_on_error(cf.ThreadPoolExecutor(max_workers=workers, thread_name_prefix="summarize")) as pool:
        pending: set[cf.Future] = set()
        ready: list[Outcome] = []  # failed to load: no thread needed
        it = (t for t in enumerate(paths) if not distinct or seen.first_path(t[1]))
        exhausted = False
        while pending or ready or not exhausted:
            while not exhausted and len(pending) < 2 * workers and not ready:
                try:
                    i, path = next(it)
                except StopIteration:
                    exhausted = True
                    break
                try:
                    article = load_article(path, s.max_chars)
                except SummarizerError as e:
                    ready.append(Outcome(i, path, error=e))
                    break
                if distinct and not seen.first_text(article):  # the same text under another name
                    continue
                pending.add(pool.submit(one, i, path, article))
            done: set[cf.Future] = set()
            if pending and not ready:
                done, pending = wait_first(pending)
            outs, ready = ready + [f.result() for f in done], []
            for out in outs:
                if on_done:
                    on_done(out)
                yield out


# -- waiting on worker threads, interruptibly ---------------------------------------------------

#: How often a thread waiting on workers wakes up. CPython runs signal handlers (Ctrl-C's
#: KeyboardInterrupt) only in the main thread, between bytecodes; a wait with no timeout is
#: woken by a signal only when the kernel delivered it to that very thread, so a SIGINT that
#: lands on a worker (sent to it, or routed there) waited for a request in flight (minutes).
WAKE_SECONDS = 0.2


def wait_first(pending: set[cf.Future]) -> tuple[set[cf.Future], set[cf.Future]]:
    """`cf.wait(pending, return_when=FIRST_COMPLETED)`, waking every WAKE_SECONDS so that a
    pending signal handler runs within that time whichever thread the signal reached."""
    while True:
        done, left = cf.wait(pending, timeout=WAKE_SECONDS, return_when=cf.FIRST_COMPLETED)
        if done:
            return done, left


def result_of(future: cf.Future):
    """`future.result()`, waiting as `wait_first` does."""
    wait_first({future})
    return future.result()


@contextmanager
def abandoned_on_error(pool: cf.ThreadPoolExecutor) -> Iterator[cf.ThreadPoolExecutor]:
    """The pool, joined when the block ends normally; on an exception (Ctrl-C, a consumer
    that stops early) its queue is cancelled and its calls in flight are abandoned, not
    joined: `with ThreadPoolExecutor()` would wait for each of them (up to --timeout per
    attempt) while the user waits for Ctrl-C to act."""
    finished = False
    try:
        yield pool
        finished = True
    finally:
        pool.shutdown(wait=finished, cancel_futures=not finished)


class _Sources:
    """Distinct sources: the same file (path or inode) and the same text (sha256 of the text
    with Unicode normalized and whitespace collapsed) count once, with a warning."""

    def __init__(self):
        self._lock = threading.Lock()
        self._files: dict[object, str] = {}
        self._texts: dict[str, str] = {}

    def first_path(self, path: str) -> bool:
        if path == "-":
            return True
        try:
            st = os.stat(path)
            key: object = (st.st_dev, st.st_ino)
        except OSError:
            key = os.path.realpath(path)
        except ValueError:  # a NUL in the name (load_article refuses it)
            key = path
        return self._first(self._files, key, path, "the same file")

    def first_text(self, article: Article) -> bool:
        norm = " ".join(unicodedata.normalize("NFC", article.text).split())
        key = hashlib.sha256(norm.encode("utf-8")).hexdigest()
        return self._first(self._texts, key, article.path, "the same text")

    def _first(self, seen: dict, key: object, path: str, why: str) -> bool:
        with self._lock:
            first = seen.get(key)
            if first is None:
                seen[key] = path
                return True
        log.warning("%s: duplicate of %s (%s); counted once", path, first, why)
        return False
