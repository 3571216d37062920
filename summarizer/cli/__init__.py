"""The command line: parse arguments, call the library, turn typed errors into one line.

    summarize FILE... [--format text|json|jsonl|md] [-o OUT]       one or more articles
    summarize digest PATH... -o digest.{md,json,html}             many articles, one digest
    summarize eval [--suite NAME] [--gold DIR] [--format json|md]  score against labels
    summarize check (or --check)                                  can the bundled model run here

One module per command (summarize.py, digest.py, eval.py) registers its arguments on an
argparse subparser; common.py holds what they share. `summarize FILE` needs no subcommand
name; a file named like a subcommand is given as `./digest` or after `--` (`summarize -- digest`).

Heavy modules (pydantic models, openai, llama_cpp) are imported only once a command runs,
so `--help` stays fast. Exit codes are documented in summarizer/errors.py and README.md.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys

from .. import __version__
from . import check, digest, summarize
from . import eval as eval_command
from .common import EXIT_CODES, one_line, say

#: subcommand name -> module with add_arguments(parser) and run(args) -> exit code
COMMANDS = {"summarize": summarize, "digest": digest, "eval": eval_command, "check": check}
_DESCRIPTIONS = {
    "summarize": "Grounded, typed claims from one or more news articles (the default command).",
    "digest": digest.DESCRIPTION,
    "eval": eval_command.DESCRIPTION,
    "check": check.DESCRIPTION,
}


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="summarize",
        description="Grounded, typed claims from news articles. `summarize FILE...` is short for "
                    "`summarize summarize FILE...`; a file named like a subcommand is `./digest` "
                    "or `summarize -- digest`.",
        epilog=EXIT_CODES,
    )
    p.add_argument("--version", action="version", version=f"summarizer {__version__}")
    sub = p.add_subparsers(dest="command", metavar="{summarize,digest,eval,check}")
    for name, module in COMMANDS.items():
        sp = sub.add_parser(name, prog=f"summarize {name}" if name != "summarize" else "summarize",
                            help=_DESCRIPTIONS[name], description=_DESCRIPTIONS[name], epilog=EXIT_CODES)
        module.add_arguments(sp)
        sp.set_defaults(run=module.run)
    return p


def _with_command(argv: list[str]) -> list[str]:
    """argv with the subcommand made explicit: anything that is not a subcommand name (or the
    top-level --help/--version) is the default `summarize` command's arguments."""
    if argv and argv[0] == "--check":  # `summarize --check` is `summarize check`
        return ["check", *argv[1:]]
    if argv and (argv[0] in COMMANDS or argv[0] in ("-h", "--help", "--version")):
        return argv
    return ["summarize", *argv]


def _first_interrupt_only(signum, frame) -> None:
    """Ctrl-C raises KeyboardInterrupt once; a second or third while we stop is ignored."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    process = argv is None  # the real command (not a test calling main): we own the signals
    argv = list(sys.argv[1:] if argv is None else argv)
    if process and signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _first_interrupt_only)
    try:
        args = build_parser().parse_args(_with_command(argv))
        if getattr(args, "output", None) == "-":  # `-o -` is standard output, as for every other tool
            args.output = None
        return args.run(args)
    except KeyboardInterrupt:
        say("interrupted")
        if process:  # requests in flight are abandoned, not joined; finished calls are in the cache
            _exit_now(130)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as e:
        from ..errors import SummarizerError

        if isinstance(e, SummarizerError):
            say(one_line(e))
            return e.exit_code
        if os.environ.get("SUMMARIZER_DEBUG"):
            raise
        say(f"internal error: {type(e).__name__}: {one_line(e)} (set SUMMARIZER_DEBUG=1 for a traceback)")
        return 1


def _exit_now(code: int) -> None:
    for stream in (sys.stderr, sys.stdout):
        try:
            stream.flush()
        except (OSError, ValueError, AttributeError):
            pass
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
