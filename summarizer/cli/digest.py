"""`summarize digest PATH... -o digest.{md,json,html}`: the CLI side of summarizer.digest."""

from __future__ import annotations

import argparse
import contextlib
import sys

from .common import add_backend_options, output_format, say, settings_from_args, setup_logging
from .summarize import emit

FORMATS = ("md", "json", "html")
DESCRIPTION = ("Summarize many articles (files, directories, globs; '-' reads paths from stdin) "
               "and write one digest: agreements, conflicts, timeline, quantities by source.")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("-o", "--output", metavar="FILE", help="digest.md, digest.json or digest.html (atomic write)")
    p.add_argument("-f", "--format", choices=FORMATS, help="default: from the -o extension, else md")
    p.add_argument("--concurrency", type=int, help="articles in flight (default 8 over HTTP; the bundled model runs one at a time)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar even on a terminal")
    p.add_argument("--pair-judge", action="store_true", default=None,
                   help="ask an OpenAI-compatible endpoint to judge each linked pair ($SUMMARIZER_PAIR_JUDGE=1)")
    p.add_argument("--digest-summary", choices=("auto", "model", "sections"), default=None,
                   help="who writes the overall summary: the model (a support-checked reduce) or code, from the "
                        "sections; auto (default): the model over HTTP, the sections with the bundled model")
    add_backend_options(p)


def _progress_bar(enabled: bool):
    if not enabled:
        return None, None
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    bar = Progress(TextColumn("[bold]digest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[failed]} failed"),
                   TimeElapsedColumn(), TimeRemainingColumn(), transient=True)
    task = bar.add_task("articles", total=None, failed=0)
    failed = [0]

    def tick(outcome):
        if outcome.error is not None:
            failed[0] += 1
        bar.update(task, advance=1, failed=failed[0])

    return bar, tick


def run(args: argparse.Namespace) -> int:
    setup_logging(args.verbose)
    from ..digest import iter_paths, render_digest
    from ..digest.build import stored_digest
    from ..errors import BatchIncomplete, InputError
    from ..pipeline import Pipeline

    from ..outputs import check_output, check_stdout, refuse_inputs

    settings = settings_from_args(args, concurrency=args.concurrency, pair_judge=args.pair_judge,
                                  digest_summary=args.digest_summary)
    fmt = output_format(args.format, args.output, FORMATS, "md")
    if args.output:  # before any work: never over an input, never a place that cannot be written
        refuse_inputs(args.output, args.paths)
        check_output(args.output)
    else:
        check_stdout()
    bar, tick = _progress_bar(sys.stderr.isatty() and not args.no_progress)
    with Pipeline(settings) as pipe, contextlib.ExitStack() as stack:
        if bar:
            stack.enter_context(bar)
        # the digest's long sections stay in its on-disk store until written (memory flat in N)
        paths = _Counted(iter_paths(args.paths, skip=[settings.cache_dir] if settings.use_cache else []))
        try:
            digest = stack.enter_context(stored_digest(paths, pipe, progress=tick if bar else None))
        except InputError:
            if paths.count:
                raise
            raise nothing_found(args.paths) from None
        if bar:
            bar.stop()
        if fmt == "json" and args.output:  # in pieces, read from disk: never one string, never one list
            from ..digest.jsonout import iter_digest_json
            from ..outputs import write_output
            from ..sanitize import json_text

            refuse_inputs(args.output, digest.paths())
            write_output(args.output, (json_text(chunk) for chunk in iter_digest_json(digest)))
        else:
            whole = digest.materialize()
            emit(render_digest(whole, fmt, max_chars=settings.max_chars), args.output, inputs=list(digest.paths()))
        ok, failed = digest.n_articles, digest.failed
    say(f"digest of {articles(ok)}" + (f"; {len(failed)} failed" if failed else "")
        + (f" → {args.output}" if args.output else ""))
    for f in failed:  # an error that names its file already is not prefixed with it again
        say(f"failed: {f.error}" if str(f.error).startswith(f"{f.path}:") else f"failed: {f.path}: {f.error}")
    if failed:
        raise BatchIncomplete(f"{len(failed)} of {ok + len(failed)} articles failed")
    return 0


def articles(n: int) -> str:
    return f"{n} article" if n == 1 else f"{n} articles"


class _Counted:
    """An iterator of paths that counts what it gave."""

    def __init__(self, it):
        self._it, self.count = iter(it), 0

    def __iter__(self):
        return self

    def __next__(self):
        item = next(self._it)
        self.count += 1
        return item


def nothing_found(inputs: list[str]):
    """The error for a digest that found no file to read: what was looked at, and what is skipped."""
    from ..errors import InputError

    where = ", ".join("the paths on standard input" if i == "-" else i for i in inputs)
    return InputError(f"no article files found in {where} (folders are read with their subfolders; "
                      "hidden files and this tool's own outputs are skipped)", path=inputs[0] if inputs else None)
