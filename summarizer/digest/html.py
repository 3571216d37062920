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

from collections import defaultdict
from collections.abc import Callable, Iterable

from ..outputs import HTML_MARKER
from ..schema import ARTICLE_VOICE, CERTAINTIES, Claim
from .assets import CSS as _CSS, JS as _JS
from .htmlevents import events_section
from .htmltext import claim_anchor, esc, number as _num, slug as _slug, tidy as _tidy, widen as _widen
from .schema import ClaimRef, Digest, DigestArticle

__all__ = ["render_html", "CONTEXT_CHARS", "CSP"]

#: Characters of article text shown on each side of a highlighted quote (~300 in all).
CONTEXT_CHARS = 150

#: Nothing may be loaded from anywhere; inline style and the page's own script only.
CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
       "img-src data:; base-uri 'none'; form-action 'none'")

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
        for e in d.events:
            self._use((v.ref for v in e.versions), f"event “{e.title}”", f"event-{_slug(e.id)}")
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
    items = [("failed", "Failed", len(d.failed)), ("events", "Events", len(d.events)),
             ("conflicts", "Conflicts", len(d.conflicts)),
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
    body = "".join([_header(p), _nav(p), "<main>", _failed(p), events_section(p), _conflicts(p), _agreements(p),
                    _timeline(p), _quantities(p), _storylines(p), _articles(p), "</main>",
                    f'<footer>Generated by summarizer · {esc(digest.model)} · self-contained page, '
                    f'loads nothing from the network</footer>'])
    n = len(digest.articles)
    return (
        "<!doctype html>\n"
        '<html lang="en"><head><meta charset="utf-8">' + HTML_MARKER +
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>News digest: {n} article{'s' if n != 1 else ''}</title>"
        f"<style>{_CSS}</style></head>\n<body>{body}<script>{_JS}</script></body></html>\n")
