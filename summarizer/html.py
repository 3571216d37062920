"""Render a `Digest` as one self-contained HTML page.

    html = render_html(digest, texts)

`texts(article)` returns the decoded text the article's claims were grounded in (the same
string whose `[start:end]` the evidence offsets index), or None when it is not available;
the page then shows each quote on its own instead of highlighted in context.

The page loads nothing: no external script, style, font or image, and a
Content-Security-Policy meta forbids any load, so it can be mailed, archived or opened
from disk. Everything that comes from an article or a model (headlines, paths, claims,
quotes, the article text itself) is escaped with `html.escape`, so markup in an article is
shown as text and never runs. Claims are `<details>` elements: they open without
JavaScript; the small inline script only opens a claim when a link points at it and adds
"expand / collapse all" buttons.

Anchors: an article is `#a1`, a claim is `#a1-c3` (article id, dash, claim id), so every
statement of the digest links to the claims it rests on.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from html import escape

from .digest_schema import ClaimRef, Digest, DigestArticle
from .schema import ARTICLE_VOICE, CERTAINTIES, Claim

__all__ = ["render_html", "CONTEXT_CHARS", "CSP"]

#: Characters of article text shown on each side of a highlighted quote (~300 in all).
CONTEXT_CHARS = 150

#: Nothing may be loaded from anywhere; inline style and the page's own script only.
CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
       "img-src data:; base-uri 'none'; form-action 'none'")

_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]")


def esc(value: object) -> str:
    """Escape for text and for double-quoted attribute values alike."""
    return escape("" if value is None else str(value), quote=True)


def _slug(value: str) -> str:
    return _ID_UNSAFE.sub("_", value) or "_"


def claim_anchor(article_id: str, claim_id: str) -> str:
    """The element id of a claim: `a1-c3`."""
    return f"{_slug(article_id)}-{_slug(claim_id)}"


def _num(value: float) -> str:
    if not math.isfinite(value):
        return str(value)
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    if abs(value) < 1:
        return f"{value:.4g}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


class _Page:
    """Lookups shared by the sections: claims by ref, back-links from claims to statements."""

    def __init__(self, digest: Digest, texts: Callable[[DigestArticle], str | None]):
        self.d = digest
        self.articles = {a.id: a for a in digest.articles}
        self.claims: dict[tuple[str, str], Claim] = {
            (a.id, c.id): c for a in digest.articles for c in a.claims}
        self.texts: dict[str, str | None] = {}
        for a in digest.articles:
            try:
                self.texts[a.id] = texts(a)
            except Exception:  # a missing or unreadable file must not sink the page
                self.texts[a.id] = None
        self.used_in: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
        self._index()

    def _use(self, refs: Iterable[ClaimRef], label: str, anchor: str) -> None:
        for r in refs:
            uses = self.used_in[(r.article, r.claim)]
            if (label, anchor) not in uses:
                uses.append((label, anchor))

    def _index(self) -> None:
        d = self.d
        self._use(d.summary_refs, "summary", "sec-summary")
        for i, c in enumerate(d.conflicts, 1):
            self._use((s.ref for s in c.sides), f"conflict {i}", f"conflict-{i}")
        for i, a in enumerate(d.agreements, 1):
            self._use(a.claims, f"agreement {i}", f"agreement-{i}")
        for i, t in enumerate(d.timeline, 1):
            self._use([t.ref], "timeline", f"timeline-{i}")
        for i, q in enumerate(d.quantities, 1):
            self._use([q.ref], "quantities", f"quantity-{i}")
        for s in d.storylines:
            self._use(s.claims, f"storyline “{s.title}”", f"storyline-{_slug(s.id)}")

    # -- small pieces -------------------------------------------------------------------

    def ref(self, r: ClaimRef) -> str:
        """A link to a claim; its tooltip names the article and the claim."""
        claim = self.claims.get((r.article, r.claim))
        art = self.articles.get(r.article)
        if claim is None:
            return (f'<span class="ref missing" title="claim not found in the digest">'
                    f'{esc(r.article)}·{esc(r.claim)}</span>')
        tip = f"{art.headline if art else r.article}: {claim.text}"
        return (f'<a class="ref" href="#{claim_anchor(r.article, r.claim)}" title="{esc(tip)}">'
                f'{esc(r.article)}·{esc(r.claim)}</a>')

    def refs(self, refs: Iterable[ClaimRef]) -> str:
        links = [self.ref(r) for r in refs]
        return f'<span class="refs">{"".join(links)}</span>' if links else ""

    def who(self, name: str, article_id: str | None = None) -> str:
        if name == ARTICLE_VOICE:
            art = self.articles.get(article_id or "")
            outlet = f" ({art.path.rsplit('/', 1)[-1]})" if art else ""
            return f'<span class="who voice">the article{esc(outlet)}</span>'
        return f'<span class="who">{esc(name)}</span>'

    def article_link(self, article_id: str) -> str:
        art = self.articles.get(article_id)
        label = (art.headline or art.path) if art else article_id
        return f'<a class="art" href="#{_slug(article_id)}">{esc(label)}</a>'

    @staticmethod
    def badge(certainty: str) -> str:
        cls = certainty if certainty in CERTAINTIES else "unknown"
        return f'<span class="badge cert-{cls}" title="certainty">{esc(certainty)}</span>'

    @staticmethod
    def kind(kind: str) -> str:
        return f'<span class="kind" title="claim kind">{esc(kind)}</span>'

    def unit_for(self, r: ClaimRef, value: float | None) -> str | None:
        claim = self.claims.get((r.article, r.claim))
        if claim is None or value is None:
            return None
        return next((q.unit for q in claim.quantities if q.value == value and q.unit), None)

    # -- evidence -----------------------------------------------------------------------

    def locate(self, article_id: str, claim: Claim) -> tuple[int, int] | None:
        """Where the claim's quote is in the article text, trusting offsets only if they match."""
        text = self.texts.get(article_id)
        ev = claim.evidence
        if text is None or not ev.quote:
            return None
        if 0 <= ev.start <= ev.end <= len(text) and text[ev.start:ev.end] == ev.quote:
            return ev.start, ev.end
        i = text.find(ev.quote)
        return (i, i + len(ev.quote)) if i >= 0 else None

    def excerpt(self, article_id: str, claim: Claim) -> str:
        text = self.texts.get(article_id)
        span = self.locate(article_id, claim)
        if text is None or span is None:
            note = ("article text not available" if text is None
                    else "quote not found in the current article text (file changed?)")
            return (f'<blockquote class="excerpt alone"><mark>{esc(claim.evidence.quote)}</mark>'
                    f'</blockquote><p class="note">{note}</p>')
        start, end = span
        a, b = _widen(text, start, end, CONTEXT_CHARS)
        before = ("…" if a > 0 else "") + text[a:start]
        after = text[end:b] + ("…" if b < len(text) else "")
        return (f'<blockquote class="excerpt">{esc(_tidy(before))}<mark>{esc(text[start:end])}</mark>'
                f'{esc(_tidy(after))}</blockquote>')

    def full_text(self, art: DigestArticle) -> str:
        """The whole article once, escaped, with every evidence span marked and linked."""
        text = self.texts.get(art.id)
        if text is None:
            return ""
        spans = sorted((s[0], s[1], c.id) for c in art.claims
                       if (s := self.locate(art.id, c)) and s[1] > s[0])
        groups: list[list] = []  # [start, end, [claim ids]] with overlaps merged
        for s, e, cid in spans:
            if groups and s < groups[-1][1]:
                groups[-1][1] = max(groups[-1][1], e)
                groups[-1][2].append(cid)
            else:
                groups.append([s, e, [cid]])
        out, pos = [], 0
        for s, e, cids in groups:
            out.append(esc(text[pos:s]))
            out.append(f'<mark title="{esc(", ".join(cids))}">{esc(text[s:e])}</mark>')
            out.append("".join(f'<a class="sup" href="#{claim_anchor(art.id, c)}">{esc(c)}</a>'
                               for c in cids))
            pos = e
        out.append(esc(text[pos:]))
        return (f'<details class="fulltext"><summary>Full article text '
                f'<span class="muted">({len(text):,} characters, {len(spans)} quoted spans)</span>'
                f'</summary><div class="text">{"".join(out)}</div></details>')


def _widen(text: str, start: int, end: int, n: int) -> tuple[int, int]:
    """Take about `n` characters each side, not cutting a word in half."""
    a, b = max(0, start - n), min(len(text), end + n)
    if a > 0:
        m = re.search(r"\s", text[a:start])
        if m:
            a += m.end()
    if b < len(text):
        tail = text[end:b]
        m = re.search(r"\s\S*$", tail)
        if m and m.start() > 0:
            b = end + m.start()
    return a, b


def _tidy(s: str) -> str:
    return re.sub(r"\n\s*\n\s*(\n\s*)+", "\n\n", s)


# -- sections -------------------------------------------------------------------------


def _header(p: _Page) -> str:
    d = p.d
    n_claims = sum(len(a.claims) for a in d.articles)
    dates = sorted(a.published for a in d.articles if a.published)
    facts = [f"{len(d.articles)} article{'s' if len(d.articles) != 1 else ''}",
             f"{n_claims} claims"]
    if dates:
        facts.append(dates[0] if dates[0] == dates[-1] else f"{dates[0]} – {dates[-1]}")
    facts.append(f"model {d.model}")
    warn = ""
    if d.warnings:
        items = "".join(f"<li>{esc(w)}</li>" for w in d.warnings)
        warn = (f'<details class="warnings"><summary>{len(d.warnings)} warning'
                f'{"s" if len(d.warnings) != 1 else ""}</summary><ul>{items}</ul></details>')
    return (f'<header class="top" id="sec-summary"><p class="eyebrow">News digest</p>'
            f'<h1>What the sources say</h1>'
            f'<p class="meta">{" · ".join(esc(f) for f in facts)}</p>'
            f'<p class="lead">{esc(d.summary)} {p.refs(d.summary_refs)}</p>{warn}</header>')


def _nav(p: _Page) -> str:
    d = p.d
    items = [("failed", "Failed", len(d.failed)), ("conflicts", "Conflicts", len(d.conflicts)),
             ("agreements", "Agreements", len(d.agreements)), ("timeline", "Timeline", len(d.timeline)),
             ("quantities", "Quantities", len(d.quantities)), ("storylines", "Storylines", len(d.storylines)),
             ("articles", "Articles", len(d.articles))]
    links = "".join(f'<a href="#sec-{k}">{label} <span class="count">{n}</span></a>'
                    for k, label, n in items if n or k in ("conflicts", "articles"))
    return f'<nav class="toc">{links}</nav>'


def _section(key: str, title: str, body: str, intro: str = "", extra: str = "") -> str:
    intro_html = f'<div class="intro"><p>{intro}</p>{extra}</div>' if intro else ""
    return f'<section id="sec-{key}"><h2>{title}</h2>{intro_html}{body}</section>'


def _failed(p: _Page) -> str:
    if not p.d.failed:
        return ""
    rows = "".join(f'<li><code class="path">{esc(f.path)}</code> <span class="muted">exit {f.exit_code}</span>'
                   f'<div class="err">{esc(f.error)}</div></li>' for f in p.d.failed)
    return _section("failed", "Articles that could not be read",
                    f'<ul class="failed">{rows}</ul>',
                    "These files were skipped: nothing in this digest comes from them.")


def _conflicts(p: _Page) -> str:
    if not p.d.conflicts:
        return _section("conflicts", "Conflicts", '<p class="empty">No conflicting claims found.</p>')
    cards = []
    for i, c in enumerate(p.d.conflicts, 1):
        sides = []
        for s in c.sides:
            value = ""
            if s.value is not None:
                unit = p.unit_for(s.ref, s.value)
                value = (f'<div class="value">{esc(_num(s.value))}'
                         f'{f" <small>{esc(unit)}</small>" if unit else ""}</div>')
            sides.append(
                f'<div class="side"><div class="side-head">{p.who(s.attributed_to, s.ref.article)}'
                f'{p.ref(s.ref)}</div>{value}<p class="side-text">{esc(s.text)}</p>'
                f'<blockquote class="quote">{esc(s.quote)}</blockquote>'
                f'<div class="from">in {p.article_link(s.ref.article)}</div></div>')
        cards.append(
            f'<article class="card conflict" id="conflict-{i}"><div class="card-head">'
            f'<span class="kind">{esc(c.kind)}</span><h3>{esc(c.topic)}</h3></div>'
            f'<p class="reason">{esc(c.reason)}</p><div class="sides">{"".join(sides)}</div></article>')
    return _section("conflicts", "Conflicts", "".join(cards),
                    "Where sources disagree. Each side links to the claim and the article's own words.")


def _agreements(p: _Page) -> str:
    if not p.d.agreements:
        return ""
    items = []
    for i, a in enumerate(p.d.agreements, 1):
        sources = "".join(f'<span class="chip">{esc(s)}</span>' for s in dict.fromkeys(a.sources))
        arts = ", ".join(p.article_link(x) for x in a.articles)
        items.append(f'<li class="card agreement" id="agreement-{i}"><p class="stmt">{esc(a.text)}</p>'
                     f'<div class="sub"><span class="label">Reported by</span> {sources}</div>'
                     f'<div class="sub"><span class="label">In</span> {arts} {p.refs(a.claims)}</div></li>')
    return _section("agreements", "Agreements", f'<ul class="plain">{"".join(items)}</ul>',
                    "Claims that more than one source makes.")


def _timeline(p: _Page) -> str:
    if not p.d.timeline:
        return ""
    items = "".join(
        f'<li id="timeline-{i}"><time>{esc(t.date)}</time><div class="tl-body">'
        f'<p>{esc(t.text)} {p.ref(t.ref)}</p><p class="sub">{p.who(t.attributed_to, t.ref.article)}: '
        f'<q>{esc(t.quote)}</q></p></div></li>'
        for i, t in enumerate(p.d.timeline, 1))
    return _section("timeline", "Timeline", f'<ol class="timeline">{items}</ol>')


def _quantities(p: _Page) -> str:
    if not p.d.quantities:
        return ""
    rows = "".join(
        f'<tr id="quantity-{i}"><td data-label="Counted">{esc(q.counted)}</td>'
        f'<td class="num" data-label="Value">{esc(_num(q.value))}</td>'
        f'<td data-label="Unit">{esc(q.unit or "")}</td>'
        f'<td data-label="Who">{p.who(q.attributed_to, q.ref.article)}</td>'
        f'<td class="nowrap" data-label="When">{esc(q.when or "")}</td>'
        f'<td data-label="Claim">{p.ref(q.ref)}</td></tr>'
        for i, q in enumerate(p.d.quantities, 1))
    table = ('<div class="table-wrap"><table><thead><tr><th>Counted</th><th class="num">Value</th>'
             '<th>Unit</th><th>Who claims it</th><th>When</th><th>Claim</th></tr></thead>'
             f'<tbody>{rows}</tbody></table></div>')
    return _section("quantities", "Quantities", table)


def _storylines(p: _Page) -> str:
    if not p.d.storylines:
        return ""
    cards = []
    for s in p.d.storylines:
        claims = []
        for r in s.claims:
            c = p.claims.get((r.article, r.claim))
            text = esc(c.text) if c else '<span class="muted">(claim not found)</span>'
            who = p.who(c.attributed_to, r.article) + ": " if c else ""
            claims.append(f"<li>{who}{text} {p.ref(r)}</li>")
        arts = ", ".join(p.article_link(a) for a in s.articles)
        cards.append(f'<article class="card storyline" id="storyline-{_slug(s.id)}"><h3>{esc(s.title)}</h3>'
                     f'<div class="sub"><span class="label">Articles</span> {arts}</div>'
                     f'<ul class="claims-list">{"".join(claims)}</ul></article>')
    return _section("storylines", "Storylines", "".join(cards))


def _claim(p: _Page, art: DigestArticle, c: Claim) -> str:
    facts = [f'<span><span class="label">Said by</span> {p.who(c.attributed_to, art.id)}</span>']
    if c.when:
        facts.append(f'<span><span class="label">When</span> {esc(c.when)}</span>')
    if c.where:
        facts.append(f'<span><span class="label">Where</span> {esc(c.where)}</span>')
    for q in c.quantities:
        facts.append(f'<span class="chip">{esc(_num(q.value))}{" " + esc(q.unit) if q.unit else ""} '
                     f'{esc(q.counted)}</span>')
    ev = c.evidence
    facts.append(f'<span class="muted">{esc(ev.match)} match, characters {ev.start:,}–{ev.end:,}</span>')
    used = p.used_in.get((art.id, c.id), [])
    used_html = ("" if not used else '<div class="used"><span class="label">Used in</span> ' +
                 ", ".join(f'<a href="#{a}">{esc(label)}</a>' for label, a in used) + "</div>")
    return (f'<details class="claim" id="{claim_anchor(art.id, c.id)}"><summary>'
            f'<span class="tags">{p.badge(c.certainty)}{p.kind(c.kind)}</span>'
            f'<span class="ctext">{esc(c.text)}</span>'
            f'<span class="cwho">{p.who(c.attributed_to, art.id)} · {esc(c.id)}</span></summary>'
            f'<div class="claim-body">{p.excerpt(art.id, c)}<div class="facts">{"".join(facts)}</div>'
            f'{used_html}</div></details>')


def _articles(p: _Page) -> str:
    blocks = []
    for art in p.d.articles:
        meta = [f'<code class="path">{esc(art.path)}</code>']
        if art.published:
            meta.append(f"published {esc(art.published)}")
        meta.append(f"{len(art.claims)} claims")
        warn = "".join(f'<p class="note">{esc(w)}</p>' for w in art.warnings)
        claims = "".join(_claim(p, art, c) for c in art.claims) or '<p class="empty">No claims.</p>'
        blocks.append(
            f'<article class="card doc" id="{_slug(art.id)}"><header><span class="aid">{esc(art.id)}</span>'
            f'<h3>{esc(art.headline or art.path)}</h3><p class="meta">{" · ".join(meta)}</p></header>'
            f'<p class="summary">{esc(art.summary)}</p>{warn}<div class="claims">{claims}</div>'
            f'{p.full_text(art)}</article>')
    tools = ('<span class="tools" hidden><button type="button" data-open="1">Expand all claims</button>'
             '<button type="button" data-open="0">Collapse all</button></span>')
    return _section("articles", "Articles", "".join(blocks),
                    "Open a claim to see its evidence highlighted in the article's own text.", tools)


def render_html(digest: Digest, texts: Callable[[DigestArticle], str | None]) -> str:
    """One self-contained HTML5 page for `digest`; `texts(article)` gives its source text or None."""
    p = _Page(digest, texts)
    body = "".join([_header(p), _nav(p), "<main>", _failed(p), _conflicts(p), _agreements(p),
                    _timeline(p), _quantities(p), _storylines(p), _articles(p), "</main>",
                    f'<footer>Generated by summarizer · {esc(digest.model)} · self-contained page, '
                    f'loads nothing from the network</footer>'])
    n = len(digest.articles)
    return (
        "<!doctype html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>News digest: {n} article{'s' if n != 1 else ''}</title>"
        f"<style>{_CSS}</style></head>\n<body>{body}<script>{_JS}</script></body></html>\n")


_CSS = """
:root{--bg:#f6f5f1;--card:#fff;--ink:#1c1e22;--muted:#656b75;--line:#e4e1d8;--accent:#2450b8;
--mark:#ffe066;--mark-soft:#fff3b0;--quote:#f4f1e8;
--serif:Charter,"Bitstream Charter","Iowan Old Style",Georgia,Cambria,"Liberation Serif","DejaVu Serif",serif;
--sans:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Liberation Sans",sans-serif;
--mono:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace}
@media (prefers-color-scheme:dark){:root{--bg:#16181c;--card:#1f2227;--ink:#e6e6e3;--muted:#9aa0aa;
--line:#33373e;--accent:#8fb1ff;--mark:#8a6d00;--mark-soft:#4a3f10;--quote:#272a30}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;scroll-padding-top:1rem}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.55 var(--sans);overflow-wrap:break-word}
body>header,nav.toc,main,footer{max-width:940px;margin:0 auto;padding:0 1.25rem}
a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
h1,h2,h3{line-height:1.25;margin:0}
h1{font:700 2rem/1.15 var(--serif);letter-spacing:-.01em;margin:.15rem 0 .35rem}
h2{font-size:1.05rem;text-transform:uppercase;letter-spacing:.08em;color:var(--muted);
border-bottom:1px solid var(--line);padding-bottom:.4rem;margin:2.2rem 0 .9rem}
h3{font-size:1.12rem}
.top{padding-top:2rem;padding-bottom:.5rem}
.eyebrow{margin:0;font-size:.8rem;font-weight:600;text-transform:uppercase;letter-spacing:.12em;color:var(--accent)}
.meta,.muted,.intro,.note,footer{color:var(--muted)}
.meta{margin:0;font-size:.9rem}
.intro{margin:-.4rem 0 1rem;font-size:.93rem;display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between}
.intro p{margin:0}
.lead{font:1.18rem/1.6 var(--serif);margin:1rem 0 0}
.note{font-size:.85rem;margin:.4rem 0}
nav.toc{display:flex;flex-wrap:wrap;gap:.4rem;padding-top:1rem;padding-bottom:.25rem;align-items:center}
nav.toc a{font-size:.88rem;padding:.25rem .7rem;border:1px solid var(--line);border-radius:999px;background:var(--card);color:var(--ink)}
nav.toc a:hover{border-color:var(--accent);text-decoration:none}
.count{color:var(--muted);font-variant-numeric:tabular-nums}
.tools{display:flex;gap:.4rem}.tools[hidden]{display:none}
button{font:inherit;font-size:.82rem;padding:.25rem .7rem;border-radius:6px;border:1px solid var(--line);
background:var(--card);color:var(--ink);cursor:pointer}button:hover{border-color:var(--accent)}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1rem 1.15rem;margin:0 0 1rem}
.card-head{display:flex;gap:.6rem;align-items:center;flex-wrap:wrap}
.reason{margin:.35rem 0 .8rem;color:var(--muted);font-size:.93rem}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:.8rem}
.side{border:1px solid var(--line);border-left:4px solid #d9822b;border-radius:8px;padding:.7rem .85rem;background:var(--bg)}
.side+.side{border-left-color:#7a5cc4}.side+.side+.side{border-left-color:#2f8f83}
.side-head{display:flex;justify-content:space-between;gap:.5rem;align-items:baseline}
.side-head .who{font-weight:700}
.value{font:700 1.7rem/1.1 var(--serif);margin:.35rem 0 .1rem;font-variant-numeric:tabular-nums}
.value small{font:400 .9rem var(--sans);color:var(--muted)}
.side-text{margin:.3rem 0}
.quote,.excerpt{font-family:var(--serif);margin:.5rem 0;padding:.5rem .8rem;background:var(--quote);border-radius:6px}
.quote{font-size:.95rem;font-style:italic}.quote::before{content:"\\201C"}.quote::after{content:"\\201D"}
.from{font-size:.82rem;color:var(--muted)}
ul.plain{list-style:none;margin:0;padding:0}
.stmt{margin:0 0 .45rem;font-weight:600}
.sub{font-size:.88rem;color:var(--muted);margin:.2rem 0}
.label{font-size:.72rem;text-transform:uppercase;letter-spacing:.07em;color:var(--muted);margin-right:.25rem}
.chip{display:inline-block;font-size:.8rem;padding:.05rem .55rem;margin:.1rem .15rem .1rem 0;border-radius:999px;
background:var(--quote);color:var(--ink);border:1px solid var(--line)}
.refs{white-space:normal}
.ref{display:inline-block;font:600 .72rem/1.5 var(--mono);padding:0 .35rem;margin:0 .1rem;border-radius:4px;
background:#e8eefc;color:#2450b8;vertical-align:.12em;white-space:nowrap}
.ref.missing{background:#f3e1e1;color:#8a2b2b}
@media (prefers-color-scheme:dark){.ref{background:#26345a;color:#c5d5ff}}
.timeline{list-style:none;margin:0 0 0 .4rem;padding:0;border-left:2px solid var(--line)}
.timeline li{position:relative;display:grid;grid-template-columns:7.5rem 1fr;gap:.75rem;padding:.35rem 0 .6rem 1rem}
.timeline li::before{content:"";position:absolute;left:calc(-.35rem - 1px);top:.55rem;width:.7rem;height:.7rem;border-radius:50%;
background:var(--card);border:2px solid var(--accent)}
.timeline time{font:600 .9rem var(--mono);padding-top:.15rem;color:var(--ink)}
.tl-body p{margin:0}.tl-body q{font-family:var(--serif);font-style:italic}
.table-wrap{overflow-x:auto;background:var(--card);border:1px solid var(--line);border-radius:10px}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{text-align:left;padding:.5rem .75rem;border-bottom:1px solid var(--line);vertical-align:top}
th{font-size:.72rem;text-transform:uppercase;letter-spacing:.07em;color:var(--muted);background:var(--bg)}
tr:last-child td{border-bottom:0}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}.nowrap{white-space:nowrap}
.claims-list{margin:.5rem 0 0;padding-left:1.1rem}.claims-list li{margin:.25rem 0}
.doc>header{position:relative}
.doc h3{font:700 1.35rem/1.25 var(--serif);margin:.1rem 0 .25rem}
.aid{float:right;font:600 .75rem var(--mono);color:var(--muted);border:1px solid var(--line);border-radius:4px;padding:0 .35rem;margin-left:.5rem}
.path{font:.8rem var(--mono);word-break:break-all}
.summary{font-family:var(--serif);margin:.7rem 0 .9rem}
.claims{border-top:1px solid var(--line)}
details.claim{border-bottom:1px solid var(--line)}
details>summary{cursor:pointer;list-style:none}
details>summary::-webkit-details-marker{display:none}
details.claim>summary{display:grid;grid-template-columns:1.1rem 12.3rem 1fr;grid-template-areas:"arrow tags text" "arrow tags who";
column-gap:.6rem;padding:.6rem .2rem;align-items:start}
details.claim>summary::before{content:"";grid-area:arrow;width:.45rem;height:.45rem;margin-top:.5rem;
border-right:2px solid var(--muted);border-bottom:2px solid var(--muted);transform:rotate(-45deg)}
details.claim[open]>summary::before{transform:rotate(45deg);margin-top:.35rem}
details.claim>summary:hover .ctext{color:var(--accent)}
.tags{grid-area:tags;display:flex;gap:.3rem;align-items:center;padding-top:.1rem}
.ctext{grid-area:text}.cwho{grid-area:who;font-size:.82rem;color:var(--muted)}
.cwho .who{font-weight:600;color:var(--ink)}
.badge{display:inline-block;min-width:6.9rem;white-space:nowrap;text-align:center;font-size:.72rem;font-weight:700;letter-spacing:.03em;
padding:.1rem .45rem;border-radius:999px;text-transform:uppercase}
.cert-stated{background:#dcf2e3;color:#146236}.cert-reported{background:#dfe9fb;color:#1d4b9c}
.cert-claimed{background:#fcebcf;color:#844d00}.cert-unconfirmed{background:#ebe7f4;color:#55458a}
.cert-denied{background:#fbdedb;color:#9e2118}.cert-unknown{background:var(--quote);color:var(--muted)}
@media (prefers-color-scheme:dark){.cert-stated{background:#1d4430;color:#9fe0b6}.cert-reported{background:#1f3357;color:#abc6f5}
.cert-claimed{background:#4d3510;color:#f3c98a}.cert-unconfirmed{background:#352d4f;color:#c9bdf0}
.cert-denied{background:#5a1f1b;color:#f6b0a9}}
.kind{display:inline-block;font:600 .68rem/1.4 var(--mono);text-transform:lowercase;padding:.05rem .4rem;
border:1px solid var(--line);border-radius:4px;color:var(--muted);background:var(--card)}
.claim-body{padding:0 .2rem .85rem 1.7rem}
.excerpt{white-space:pre-wrap;font-size:.98rem;line-height:1.6;margin-top:0;overflow-wrap:anywhere}
mark{background:var(--mark);color:inherit;padding:.05em .1em;border-radius:2px;box-shadow:0 0 0 1px rgba(180,140,0,.25)}
.facts{display:flex;flex-wrap:wrap;gap:.25rem 1rem;font-size:.85rem;align-items:center}
.used{font-size:.85rem;margin-top:.35rem}
details.claim:target>summary,.card:target,li:target,tr:target{background:rgba(255,224,102,.28)}
details.fulltext{margin-top:.9rem}
details.fulltext>summary{font-size:.9rem;font-weight:600;color:var(--accent)}
details.fulltext>summary::before{content:"+ "}details.fulltext[open]>summary::before{content:"\\2212  "}
.fulltext .text{font:1rem/1.65 var(--serif);white-space:pre-wrap;overflow-wrap:anywhere;margin-top:.6rem;
padding:.8rem 1rem;border-left:3px solid var(--line);max-height:32rem;overflow-y:auto}
.fulltext mark{background:var(--mark-soft)}
.sup{font:600 .65rem var(--mono);vertical-align:super;margin-left:.1rem}
.failed{margin:0;padding-left:1.1rem}.failed li{margin:.3rem 0}.err{color:#9e2118;font-size:.9rem}
.warnings{margin-top:.6rem;font-size:.88rem;color:var(--muted)}
.empty{color:var(--muted);font-style:italic}
footer{font-size:.8rem;padding-top:1rem;padding-bottom:2.5rem;border-top:1px solid var(--line);margin-top:2rem}
@media (max-width:640px){
body{font-size:15.5px}
body>header,nav.toc,main,footer{padding:0 .85rem}
h1{font-size:1.6rem}.lead{font-size:1.06rem}
.card{padding:.85rem .85rem;border-radius:8px}
.timeline li{grid-template-columns:1fr;gap:.1rem}
details.claim>summary{grid-template-columns:1rem 1fr;grid-template-areas:"arrow tags" "arrow text" "arrow who";row-gap:.3rem}
.badge{min-width:0}
.table-wrap{background:none;border:0;overflow:visible}
table,tbody,tr,td{display:block}thead{display:none}
tr{background:var(--card);border:1px solid var(--line);border-radius:8px;margin:0 0 .6rem;padding:.35rem .8rem}
td{display:grid;grid-template-columns:5.5rem 1fr;gap:.5rem;padding:.2rem 0;border:0;text-align:left}
td.num{text-align:left}td:empty{display:none}td>*{justify-self:start}
td::before{content:attr(data-label);font-size:.7rem;text-transform:uppercase;letter-spacing:.07em;color:var(--muted);padding-top:.15rem}
.claim-body{padding-left:.4rem}
}
"""

_JS = """
(function(){
  function reveal(){
    var id=decodeURIComponent(location.hash.slice(1));
    var el=id&&document.getElementById(id);
    if(!el)return;
    for(var n=el;n;n=n.parentElement){if(n.tagName==='DETAILS')n.open=true;}
    el.scrollIntoView({block:'start'});
  }
  addEventListener('hashchange',reveal);
  reveal();
  var tools=document.querySelector('.tools');
  if(tools){
    tools.hidden=false;
    tools.addEventListener('click',function(e){
      var b=e.target.closest('button');if(!b)return;
      var open=b.getAttribute('data-open')==='1';
      document.querySelectorAll('details.claim').forEach(function(d){d.open=open;});
    });
  }
})();
"""
