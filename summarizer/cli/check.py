"""`summarize check [--format text|json]`: can this machine run the bundled model, how fast?

Runs the preflight (build features against the CPU's, a canary child process) and a real
generation, free-running and under a JSON grammar, then prints backend, model, threads and
tokens/s. Exit 3 with one line when the model cannot run here.
"""

from __future__ import annotations

import argparse
import sys

from .common import add_backend_options, settings_from_args, setup_logging

DESCRIPTION = "Check that the bundled model runs on this CPU; print backend, model, threads and tokens/s."


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("-f", "--format", choices=("text", "json"), default="text")
    add_backend_options(p)


def run(args: argparse.Namespace) -> int:
    setup_logging(args.verbose)
    from ..check import self_check
    from ..errors import UsageError

    settings = settings_from_args(args)
    if settings.backend != "local":
        raise UsageError("check tests the bundled model; an endpoint is checked by summarizing an article")
    report = self_check(settings)
    sys.stdout.write(report.to_json() if args.format == "json" else report.to_text())
    return 0
