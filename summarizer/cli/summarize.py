"""`summarize [summarize] FILE... [--format text|json|jsonl|md] [-o OUT]`: one or more articles."""

from __future__ import annotations

import argparse
import sys

from . import progress
from .common import add_backend_options, one_line, output_format, say, settings_from_args, setup_logging

FORMATS = ("text", "json", "jsonl", "md")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="article text files, or - for stdin (a file named like a subcommand: ./digest or -- digest)")
    p.add_argument("-f", "--format", choices=FORMATS, default=None,
                   help="output format (default: from the -o extension, else text)")
    p.add_argument("-o", "--output", metavar="FILE", help="write the result here (atomically) instead of stdout (- is stdout)")
    p.add_argument("--no-progress", action="store_true",
                   help="no progress (steps done per article) even when stderr is a terminal")
    add_backend_options(p)


def run(args: argparse.Namespace) -> int:
    setup_logging(args.verbose)
    from ..digest import run_batch
    from ..errors import BatchIncomplete
    from ..pipeline import Pipeline
    from ..render import render

    from ..outputs import check_output, check_stdout, refuse_inputs

    settings = settings_from_args(args)
    fmt = output_format(args.format, args.output, FORMATS, "text")
    if args.output:  # before any work: never over an input, never a place that cannot be written
        refuse_inputs(args.output, args.files)
        check_output(args.output)
    else:
        check_stdout()
    with Pipeline(settings) as pipe:  # the digest's batch: bounded concurrency, failures isolated
        if progress.wanted(args.no_progress):
            with progress.CallProgress(articles=len(args.files)) as bar:
                pipe.progress = bar
                outcomes = sorted(run_batch(args.files, pipe, distinct=False), key=lambda o: o.index)
        else:
            outcomes = sorted(run_batch(args.files, pipe, distinct=False), key=lambda o: o.index)
    results = [o.result for o in outcomes if o.result is not None]
    failed = [(o.path, o.error) for o in outcomes if o.error is not None]
    for _, e in failed[0 if results else 1:]:  # the first one is main()'s line when nothing is left
        say(one_line(e))
    if not results:  # nothing to write: the batch failed with its articles' own error
        raise failed[0][1]
    emit(render(results, fmt), args.output, inputs=[r.source.path for r in results])
    if failed:
        raise BatchIncomplete(f"{len(failed)} of {len(args.files)} articles failed: "
                              + ", ".join(n for n, _ in failed))
    return 0


def emit(text: str, output: str | None, inputs=()) -> None:
    """Write `text` to the -o file (never over one of `inputs`; see outputs.py), else to stdout."""
    from ..outputs import refuse_inputs, write_output, write_stdout

    if output:
        refuse_inputs(output, inputs)  # again: globs and stdin lists are known only now
        write_output(output, text)
    else:
        write_stdout(text)
