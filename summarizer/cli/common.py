"""What every subcommand shares: backend/cache options, Settings from arguments, logging,
the output format chosen from `-o`'s extension, and the one-line error message."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import PurePath

from .. import MODES

EXIT_CODES = ("Exit codes: 0 ok, 2 bad input/usage, 3 backend unavailable, 4 backend failed after "
              "retries, 5 invalid model output, 6 some articles in a batch failed, 7 eval gate failed, "
              "8 environment/I/O error, 130 interrupted.")


def add_backend_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("model backend")
    g.add_argument("--model", help="model name on an OpenAI-compatible endpoint (default: the bundled model, offline)")
    g.add_argument("--base-url", action="append", dest="base_urls", metavar="URL",
                   help="OpenAI-compatible endpoint; repeat to spread calls over several (default: $OPENAI_BASE_URL)")
    g.add_argument("--mode", choices=MODES,
                   help="instructor mode (default: json_schema in process, tools over HTTP)")
    g.add_argument("--temperature", type=float)
    g.add_argument("--timeout", type=float, help="seconds per request, in total (default 120)")
    g.add_argument("--article-timeout", type=float, metavar="SECONDS",
                   help="seconds per article over all its requests (default: no bound beyond --timeout per request)")
    g.add_argument("--max-chars", type=int, help="refuse articles longer than this (default 1,000,000)")
    g.add_argument("--threads", type=int,
                   help="bundled model: CPU threads (default: the free cores, $SUMMARIZER_THREADS)")
    g.add_argument("--attempts", type=int, dest="max_attempts",
                   help="attempts per request on transport errors (default 6)")
    g.add_argument("--model-verify", choices=("auto", "on", "off"),
                   help="ask the model about summary sentences the code check cannot decide (default auto: "
                        "on with --base-url/--model, off for the bundled model; $SUMMARIZER_MODEL_VERIFY)")
    c = p.add_argument_group("cache")
    c.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    c.add_argument("--cache-dir", help="cache directory (default: $SUMMARIZER_CACHE_DIR or ~/.cache/summarizer)")
    p.add_argument("-v", "--verbose", action="store_true", help="log calls, tokens, cache hits and retries to stderr")


def settings_from_args(args: argparse.Namespace, **extra):
    from ..settings import Settings

    return Settings.from_env(
        model=args.model,
        base_urls=tuple(args.base_urls) if args.base_urls else None,
        mode=args.mode,
        temperature=args.temperature,
        timeout=args.timeout,
        article_timeout=args.article_timeout,
        max_chars=args.max_chars,
        max_attempts=args.max_attempts,
        threads=args.threads,
        model_verify=getattr(args, "model_verify", None),
        use_cache=False if args.no_cache else None,
        cache_dir=args.cache_dir,
        verbose=args.verbose or None,
        **extra,
    )


def setup_logging(verbose: bool) -> None:
    logging.basicConfig(format="summarizer: %(message)s", stream=sys.stderr,
                        level=logging.INFO if verbose else logging.WARNING)
    for handler in logging.getLogger().handlers:  # log lines name paths and quote articles
        if type(handler) is logging.StreamHandler:  # ours (basicConfig's), not a test's capture
            handler.setFormatter(_TerminalSafe("summarizer: %(message)s"))
    logging.getLogger("summarizer").setLevel(logging.DEBUG if verbose else logging.WARNING)
    for noisy in ("httpx", "openai", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    logging.getLogger("instructor").setLevel(logging.CRITICAL)  # we report its retries ourselves


class _TerminalSafe(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        from ..sanitize import terminal

        return terminal(super().format(record))


def output_format(explicit: str | None, output: str | None, formats: tuple[str, ...], default: str) -> str:
    """`--format` if given, else the `-o` file's extension when it names one of `formats`."""
    if explicit:
        return explicit
    ext = PurePath(output).suffix.lstrip(".").lower() if output else ""
    return ext if ext in formats else default


def one_line(e: BaseException) -> str:
    """The error on one line, with the API key (if any) redacted."""
    msg = " ".join(str(e).split()) or type(e).__name__
    key = os.environ.get("OPENAI_API_KEY")
    if key and len(key) >= 8:
        msg = msg.replace(key, "[redacted]")
    return msg


def say(message: str) -> None:
    from ..sanitize import terminal

    if sys.stderr is not None:
        print(f"summarize: {terminal(message)}", file=sys.stderr)
