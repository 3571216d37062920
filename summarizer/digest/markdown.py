"""The digest as Markdown: what `summarize digest -o digest.md` writes."""

from __future__ import annotations

from .schema import Digest


def digest_markdown(d: Digest) -> str:
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
