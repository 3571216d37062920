"""Render results: terminal text, JSON, JSON lines, Markdown (files are written by outputs.py)."""

from __future__ import annotations

import json

from .outputs import MD_MARKER, write_atomic  # noqa: F401 - write_atomic: imported from here too
from .sanitize import json_text, md, terminal
from .schema import ArticleSummary


def to_json(result: ArticleSummary, indent: int | None = 2) -> str:
    return json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=indent)


def render(results: list[ArticleSummary], fmt: str) -> str:
    if fmt in ("json", "jsonl"):
        return json_text(_render_json(results, fmt))
    if fmt == "md":
        return MD_MARKER + "\n" + "\n---\n\n".join(to_markdown(r) for r in results)
    return terminal("\n".join(to_text(r) for r in results))  # the article's escapes never reach a terminal


def _render_json(results: list[ArticleSummary], fmt: str) -> str:
    if fmt == "json":
        if len(results) == 1:
            return to_json(results[0]) + "\n"
        return json.dumps([r.model_dump(mode="json") for r in results], ensure_ascii=False, indent=2) + "\n"
    return "".join(to_json(r, indent=None) + "\n" for r in results)


def _pos(c) -> str:
    return f"[{c.evidence.start}:{c.evidence.end}, {c.evidence.match}]"


def to_markdown(r: ArticleSummary) -> str:
    """Every value from the article (or the model) goes through `md`: no HTML, links or images."""
    lines = [f"# {md(r.headline)}", "", f"*{md(r.source.path)}* · {md(r.model)}"
             + (f" · {md(r.published)}" if r.published else ""), "", md(r.summary), "", f"## Claims ({len(r.claims)})", ""]
    for c in r.claims:
        meta = ", ".join(md(x) for x in (c.kind, c.certainty, c.when, c.where) if x)
        lines.append(f"- **{md(c.attributed_to)}** ({meta}): {md(c.text)}")
        lines.append(f"  > {md(c.evidence.quote)}  `{_pos(c)}`")
    if r.rejected_claims:
        lines += ["", f"<details><summary>{len(r.rejected_claims)} rejected claims</summary>", ""]
        lines += [f"- {md(x.text)} — *{md(x.reason)}*" for x in r.rejected_claims]
        lines += ["", "</details>"]
    if r.warnings:
        lines += ["", "Warnings: " + "; ".join(md(w) for w in r.warnings)]
    return "\n".join(lines) + "\n"


def to_text(r: ArticleSummary) -> str:
    """Plain text for the terminal; rich adds colour when stdout is a terminal (see cli)."""
    out = [r.headline, "=" * min(len(r.headline), 80), r.summary, ""]
    for c in r.claims:
        meta = " · ".join(x for x in (c.kind, c.certainty, c.when, c.where) if x)
        out.append(f"{c.id} [{meta}] {c.attributed_to}: {c.text}")
        out.append(f"     “{c.evidence.quote}” {_pos(c)}")
    u = r.usage
    out.append("")
    out.append(f"{len(r.claims)} claims kept, {len(r.rejected_claims)} rejected · {r.model} · "
               f"{u.calls} calls, {u.prompt_tokens}+{u.completion_tokens} tokens, {u.cached} cached")
    out += [f"warning: {w}" for w in r.warnings]
    return "\n".join(out) + "\n"
