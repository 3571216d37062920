"""The digest as Markdown: what `summarize digest -o digest.md` writes."""

from __future__ import annotations

from ..outputs import MD_MARKER
from ..sanitize import md
from .schema import Digest
from .sourcelist import compact
from ..quantity import readable


def digest_markdown(d: Digest) -> str:
    arts = {a.id: a for a in d.articles}

    def cite(ref) -> str:
        return f"[{ref.article}:{ref.claim}]"  # our own ids (a1, c3): nothing to escape

    # every value from an article or the model goes through `md` (summarizer/sanitize.py)
    L = [MD_MARKER, "# Digest", "", md(d.summary), ""]
    if d.failed:
        L += ["## Failed articles", ""] + [f"- {md(f.path)}: {md(f.error)}" for f in d.failed] + [""]
    L += ["## Conflicts", ""]
    for c in d.conflicts or []:
        L.append(f"- **{md(c.topic)}** ({md(c.kind)}): {md(c.reason)}")
        for s in c.sides:
            L.append(f"  - {md(s.attributed_to)} {cite(s.ref)}: “{md(s.quote)}”")
    if not d.conflicts:
        L.append("- none found")
    L += ["", "## Who claims what", ""]
    for e in d.events:
        L.append(f"- **{md(e.title)}** ({'disputed' if e.disputed else 'agreed'}; {', '.join(e.articles)})")
        L += [f"  - {f'account {v.account}: ' if v.account else ''}{md(v.source)} ({v.stance}) {cite(v.ref)}: “{md(v.quote)}”"
              for v in e.versions]
    if not d.events:
        L.append("- none found")
    L += ["", "## Agreements", ""]
    for g in d.agreements:
        L.append(f"- {md(g.text)} — {', '.join(md(x) for x in compact(g.sources))} ({', '.join(cite(r) for r in g.claims)})")
        L += [f"  - {cite(r)}: “{md(q)}”" for r, q in zip(g.claims, g.quotes)]
    if not d.agreements:
        L.append("- none found")
    L += ["", "## Timeline", ""]
    L += [f"- **{md(t.date)}** {md(t.attributed_to)}: {md(t.text)} {cite(t.ref)}" for t in d.timeline] or ["- no dated claims"]
    L += ["", "## Quantities by who claims them", "", "| counted | value | unit | claimed by | when | claim |", "|---|---|---|---|---|---|"]
    L += [f"| {md(q.counted)} | {md(q.bound) + ' ' if q.bound else ''}{readable(q.value)} | {md(q.unit or '')} | {md(q.attributed_to)} | {md(q.when or '')} | {cite(q.ref)} |"
          for q in d.quantities]
    L += ["", "## Storylines", ""]
    L += [f"- **{md(s.title)}** ({len(s.claims)} claims in {', '.join(md(a) for a in s.articles)})"
          for s in d.storylines] or ["- none"]
    L += ["", "## Articles", ""]
    for a in d.articles:
        L += [f"### {md(a.id)}. {md(a.headline)}", "", md(a.path) + (f" · {md(a.published)}" if a.published else ""),
              "", md(a.summary), ""]
        L += [f"- {md(c.id)} {md(c.attributed_to)} ({md(c.certainty)}): {md(c.text)}" for c in a.claims]
        L.append("")
    u = d.usage
    L.append(f"*{len(arts)} article{'' if len(arts) == 1 else 's'} · {md(d.model)} · {u.calls} calls, {u.prompt_tokens}+{u.completion_tokens} tokens, {u.cached} cached*")
    return "\n".join(L) + "\n"
