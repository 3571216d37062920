"""The command line: parse arguments, call the library, turn typed errors into one line.

    summarize FILE... [--format text|json|jsonl|md] [-o OUT]       one or more articles
    summarize digest PATH... -o digest.{md,json,html}             many articles, one digest
    summarize eval [--gold DIR] [--format json|md]                score against gold labels

Heavy modules (pydantic models, openai, llama_cpp) are imported only once a command runs,
so `--help` stays fast. Exit codes are documented in summarizer/errors.py and README.md.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from . import __version__

FORMATS = ("text", "json", "jsonl", "md")


def _common(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("model backend")
    g.add_argument("--model", help="model name on an OpenAI-compatible endpoint (default: the bundled model, offline)")
    g.add_argument("--base-url", action="append", dest="base_urls", metavar="URL",
                   help="OpenAI-compatible endpoint; repeat to spread calls over several (default: $OPENAI_BASE_URL)")
    g.add_argument("--mode", choices=("tools", "json", "json_schema", "md_json"),
                   help="instructor mode (default: json_schema in process, tools over HTTP)")
    g.add_argument("--temperature", type=float)
    g.add_argument("--timeout", type=float, help="seconds per request (default 120)")
    g.add_argument("--max-chars", type=int, help="refuse articles longer than this (default 1,000,000)")
    g.add_argument("--attempts", type=int, dest="max_attempts",
                   help="attempts per request on transport errors (default 6)")
    c = p.add_argument_group("cache")
    c.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    c.add_argument("--cache-dir", help="cache directory (default: $SUMMARIZER_CACHE_DIR or ~/.cache/summarizer)")
    p.add_argument("-v", "--verbose", action="store_true", help="log calls, tokens, cache hits and retries to stderr")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="summarize",
        description="Grounded, typed claims from news articles. Subcommands: digest, eval.",
        epilog="Exit codes: 0 ok, 2 bad input/usage, 3 backend unavailable, 4 backend failed after "
               "retries, 5 invalid model output, 6 some articles in a batch failed, 7 eval gate failed.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="article text files, or - for stdin")
    p.add_argument("-f", "--format", choices=FORMATS, default=None, help="output format (default: text)")
    p.add_argument("-o", "--output", metavar="FILE", help="write the result here (atomically) instead of stdout")
    p.add_argument("--version", action="version", version=f"summarizer {__version__}")
    _common(p)
    return p


def settings_from_args(args: argparse.Namespace, **extra):
    from .settings import Settings

    return Settings.from_env(
        model=args.model,
        base_urls=tuple(args.base_urls) if args.base_urls else None,
        mode=args.mode,
        temperature=args.temperature,
        timeout=args.timeout,
        max_chars=args.max_chars,
        max_attempts=args.max_attempts,
        use_cache=False if args.no_cache else None,
        cache_dir=args.cache_dir,
        verbose=args.verbose or None,
        **extra,
    )


def setup_logging(verbose: bool) -> None:
    logging.basicConfig(format="summarizer: %(message)s", stream=sys.stderr,
                        level=logging.INFO if verbose else logging.WARNING)
    logging.getLogger("summarizer").setLevel(logging.DEBUG if verbose else logging.WARNING)
    for noisy in ("httpx", "openai", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    logging.getLogger("instructor").setLevel(logging.CRITICAL)  # we report its retries ourselves


def cmd_summarize(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    setup_logging(args.verbose)
    from .errors import BatchIncomplete, SummarizerError
    from .load import load_article
    from .pipeline import Pipeline
    from .render import render, write_atomic

    settings = settings_from_args(args)
    fmt = args.format or ("md" if (args.output or "").endswith(".md") else
                          "json" if (args.output or "").endswith(".json") else
                          "jsonl" if (args.output or "").endswith(".jsonl") else "text")
    results, failed = [], []
    with Pipeline(settings) as pipe:
        for name in args.files:
            try:
                article = load_article(name, settings.max_chars)
                results.append(pipe.run(article))
            except SummarizerError as e:
                if len(args.files) == 1:
                    raise
                failed.append((name, e))
                print(f"summarize: {_one_line(e)}", file=sys.stderr)
    if results:
        out = render(results, fmt)
        if args.output:
            write_atomic(args.output, out)
        else:
            _print(out, fmt)
    if failed:
        raise BatchIncomplete(f"{len(failed)} of {len(args.files)} articles failed: "
                              + ", ".join(n for n, _ in failed))
    return 0


def _print(out: str, fmt: str) -> None:
    sys.stdout.write(out)
    sys.stdout.flush()


def _one_line(e: BaseException) -> str:
    msg = " ".join(str(e).split()) or type(e).__name__
    key = os.environ.get("OPENAI_API_KEY")
    if key and len(key) >= 8:
        msg = msg.replace(key, "[redacted]")
    return msg


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] == "digest":
            from .digest_cli import cmd_digest

            return cmd_digest(argv[1:])
        if argv and argv[0] == "eval":
            from .eval_cli import cmd_eval

            return cmd_eval(argv[1:])
        return cmd_summarize(argv)
    except KeyboardInterrupt:
        print("summarize: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as e:
        from .errors import SummarizerError

        if isinstance(e, SummarizerError):
            print(f"summarize: {_one_line(e)}", file=sys.stderr)
            return e.exit_code
        if os.environ.get("SUMMARIZER_DEBUG"):
            raise
        print(f"summarize: internal error: {type(e).__name__}: {_one_line(e)} "
              "(set SUMMARIZER_DEBUG=1 for a traceback)", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
