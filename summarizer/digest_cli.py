"""`summarize digest PATH... -o digest.{md,json,html}`: the CLI side of summarizer.digest."""

from __future__ import annotations

import argparse
import sys

from .cli import _common, settings_from_args, setup_logging

FORMATS = ("md", "json", "html")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="summarize digest",
        description="Summarize many articles (files, directories, globs; '-' reads paths from stdin) "
                    "and write one digest: agreements, conflicts, timeline, quantities by source.",
        epilog="Exit codes: 0 ok, 2 bad usage, 6 some articles failed (the rest are in the digest).",
    )
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("-o", "--output", metavar="FILE", help="digest.md, digest.json or digest.html (atomic write)")
    p.add_argument("-f", "--format", choices=FORMATS, help="default: from the -o extension, else md")
    p.add_argument("--concurrency", type=int, help="articles in flight (default 8 over HTTP; the bundled model runs one at a time)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar even on a terminal")
    _common(p)
    return p


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


def cmd_digest(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    setup_logging(args.verbose)
    from .digest import digest_paths, iter_paths
    from .errors import BatchIncomplete
    from .pipeline import Pipeline
    from .render import write_atomic

    settings = settings_from_args(args, concurrency=args.concurrency)
    out = args.output or ""
    fmt = args.format or next((f for f in FORMATS if out.endswith("." + f)), "md")
    bar, tick = _progress_bar(sys.stderr.isatty() and not args.no_progress)
    with Pipeline(settings) as pipe:
        if bar:
            with bar:
                digest = digest_paths(iter_paths(args.paths), pipe, progress=tick)
        else:
            digest = digest_paths(iter_paths(args.paths), pipe)
    text = render_digest(digest, fmt)
    if args.output:
        write_atomic(args.output, text)
    else:
        sys.stdout.write(text)
    ok = len(digest.articles)
    print(f"summarize: digest of {ok} articles" + (f"; {len(digest.failed)} failed" if digest.failed else "")
          + (f" → {args.output}" if args.output else ""), file=sys.stderr)
    for f in digest.failed:
        print(f"summarize: failed: {f.path}: {f.error}", file=sys.stderr)
    if digest.failed:
        raise BatchIncomplete(f"{len(digest.failed)} of {ok + len(digest.failed)} articles failed")
    return 0


def render_digest(digest, fmt: str) -> str:
    if fmt == "json":
        return digest.model_dump_json(indent=2) + "\n"
    if fmt == "html":
        from .html import render_html
        from .load import load_article

        def text_for(article):
            try:
                return load_article(article.path).text
            except Exception:
                return None

        return render_html(digest, text_for)
    return digest_markdown(digest)


def digest_markdown(d) -> str:
    arts = {a.id: a for a in d.articles}

    def cite(ref) -> str:
        return f"[{ref.article}:{ref.claim}]"

    L = ["# Digest", "", d.summary, ""]
    if d.failed:
        L += ["## Failed articles", ""] + [f"- `{f.path}`: {f.error}" for f in d.failed] + [""]
    L += ["## Conflicts", ""]
    for c in d.conflicts or []:
        L.append(f"- **{c.topic}** ({c.kind}): {c.reason}")
        for s in c.sides:
            L.append(f"  - {s.attributed_to} {cite(s.ref)}: “{s.quote}”")
    if not d.conflicts:
        L.append("- none found")
    L += ["", "## Agreements", ""]
    L += [f"- {g.text} — {', '.join(g.sources)} ({', '.join(cite(r) for r in g.claims)})" for g in d.agreements] or ["- none found"]
    L += ["", "## Timeline", ""]
    L += [f"- **{t.date}** {t.attributed_to}: {t.text} {cite(t.ref)}" for t in d.timeline] or ["- no dated claims"]
    L += ["", "## Quantities by who claims them", "", "| counted | value | unit | claimed by | when | claim |", "|---|---|---|---|---|---|"]
    L += [f"| {q.counted} | {q.value:g} | {q.unit or ''} | {q.attributed_to} | {q.when or ''} | {cite(q.ref)} |" for q in d.quantities]
    L += ["", "## Storylines", ""]
    L += [f"- **{s.title}** ({len(s.claims)} claims in {', '.join(s.articles)})" for s in d.storylines] or ["- none"]
    L += ["", "## Articles", ""]
    for a in d.articles:
        L += [f"### {a.id}. {a.headline}", "", f"`{a.path}`" + (f" · {a.published}" if a.published else ""), "", a.summary, ""]
        L += [f"- `{c.id}` {c.attributed_to} ({c.certainty}): {c.text}" for c in a.claims]
        L.append("")
    u = d.usage
    L.append(f"*{len(arts)} articles · {d.model} · {u.calls} calls, {u.prompt_tokens}+{u.completion_tokens} tokens, {u.cached} cached*")
    return "\n".join(L) + "\n"
