"""Render a `Digest` as one self-contained HTML page.

    html = render_html(digest, texts)

`texts(article)` returns the decoded text the article's claims were grounded in (the same
string whose `[start:end]` the evidence offsets index), or None when it is not available;
the page then shows each quote on its own instead of highlighted in context.

The markup is a Jinja2 template, `templates/digest.html.j2` (with `macros.html.j2` and
`cards.html.j2`); this module gives it the lookups it needs (`_Page`). Jinja2 is imported on
the first render only, so the command line and the JSON and Markdown outputs never load it.

The page loads nothing: no external script, style, font or image, and a
Content-Security-Policy meta forbids any load, so it can be mailed, archived or opened
from disk; the stylesheet and script (`templates/digest.css`, `digest.js`) are inlined.
Everything that comes from an article or a model (headlines, paths, claims, quotes, the
article text itself) is escaped: the environment autoescapes, and its `finalize` escapes
each value with `html.escape` as before (so `'` stays `&#x27;`), so markup in an article is
shown as text and never runs. Claims are `<details>` elements: they open without
JavaScript; the small inline script only opens a claim when a link points at it and adds
"expand / collapse all" buttons.

Anchors: an article is `#a1`, a claim is `#a1-c3` (article id, dash, claim id), so every
statement of the digest links to the claims it rests on.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import NamedTuple

from ..outputs import HTML_MARKER
from ..schema import ARTICLE_VOICE, CERTAINTIES, Claim
from .htmltext import claim_anchor, esc, number, slug, tidy, widen
from .schema import ClaimRef, Digest, DigestArticle

__all__ = ["render_html", "CONTEXT_CHARS", "CSP"]

#: Characters of article text shown on each side of a highlighted quote (~300 in all).
CONTEXT_CHARS = 150

#: Nothing may be loaded from anywhere; inline style and the page's own script only.
CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
       "img-src data:; base-uri 'none'; form-action 'none'")


class Excerpt(NamedTuple):
    """A quote in its context; `note` says why there is no context (then before/after are "")."""

    before: str
    quote: str
    after: str
    note: str | None = None


class FullText(NamedTuple):
    """An article's text cut at its evidence spans: (text before, marked text, claim ids)..., tail."""

    groups: list[tuple[str, str, list[str]]]
    tail: str
    chars: int
    spans: int


def _outlet_names(paths: dict[str, str]) -> dict[str, str]:
    """Each article's file name, with as many of its folders as tell it from another article's
    file of the same name (`a/x.txt`, `b/x.txt`): one `x.txt` label for two outlets misled."""
    parts = {k: p.split("/") for k, p in paths.items()}
    by_name: dict[str, list[str]] = defaultdict(list)
    for k, ps in parts.items():
        by_name[ps[-1]].append(k)
    names = {}
    for k, ps in parts.items():
        rivals = [parts[o] for o in by_name[ps[-1]] if o != k]
        n = 1
        while n < len(ps) and any(r[-n:] == ps[-n:] for r in rivals):
            n += 1
        names[k] = "/".join(ps[-n:])
    return names


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
        self.outlets = _outlet_names({a.id: a.path for a in digest.articles})
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
            self._use((v.ref for v in e.versions), f"event “{e.title}”", f"event-{slug(e.id)}")
        for i, t in enumerate(d.timeline, 1):
            self._use([t.ref], "timeline", f"timeline-{i}")
        for i, q in enumerate(d.quantities, 1):
            self._use([q.ref], "quantities", f"quantity-{i}")
        for s in d.storylines:
            self._use(s.claims, f"storyline “{s.title}”", f"storyline-{slug(s.id)}")

    # -- lookups for the template ---------------------------------------------------------

    def claim(self, r: ClaimRef) -> Claim | None:
        return self.claims.get((r.article, r.claim))

    def tip(self, r: ClaimRef, claim: Claim) -> str:
        """A claim link's tooltip: the article's headline and the claim."""
        art = self.articles.get(r.article)
        return f"{art.headline if art else r.article}: {claim.text}"

    def outlet(self, article_id: str) -> str | None:
        """The file name that stands for the outlet when an article speaks in its own voice."""
        return self.outlets.get(article_id)

    def link_label(self, article_id: str) -> str:
        art = self.articles.get(article_id)
        return (art.headline or art.path) if art else article_id

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

    def excerpt(self, article_id: str, claim: Claim) -> Excerpt:
        text = self.texts.get(article_id)
        span = self.locate(article_id, claim)
        if text is None or span is None:
            note = ("article text not available" if text is None
                    else "quote not found in the current article text (file changed?)")
            return Excerpt("", claim.evidence.quote, "", note)
        start, end = span
        a, b = widen(text, start, end, CONTEXT_CHARS)
        before = ("…" if a > 0 else "") + text[a:start]
        after = text[end:b] + ("…" if b < len(text) else "")
        return Excerpt(tidy(before), text[start:end], tidy(after))

    def full_text(self, art: DigestArticle) -> FullText | None:
        """The whole article once, cut at every evidence span (overlapping spans merged)."""
        text = self.texts.get(art.id)
        if text is None:
            return None
        spans = sorted((s[0], s[1], c.id) for c in art.claims
                       if (s := self.locate(art.id, c)) and s[1] > s[0])
        merged: list[list] = []  # [start, end, [claim ids]]
        for s, e, cid in spans:
            if merged and s < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
                merged[-1][2].append(cid)
            else:
                merged.append([s, e, [cid]])
        groups, pos = [], 0
        for s, e, cids in merged:
            groups.append((text[pos:s], text[s:e], cids))
            pos = e
        return FullText(groups, text[pos:], len(text), len(spans))


@lru_cache(maxsize=1)
def _template():
    """The page template, compiled once per process (Jinja2 is imported here, not at load)."""
    import jinja2
    from markupsafe import Markup

    def finalize(value: object) -> object:
        # Every {{ value }} passes here before autoescape: escaped the way the page always
        # was (html.escape, None as ""); macro output is already Markup and left alone.
        return value if hasattr(value, "__html__") else Markup(esc(value))

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("summarizer.digest", "templates"),
        autoescape=True, undefined=jinja2.StrictUndefined, finalize=finalize,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters.update(slug=slug, number=number, thousands="{:,}".format)
    assets = {name: Markup(env.loader.get_source(env, name)[0]) for name in ("digest.css", "digest.js")}
    env.globals.update(
        anchor=claim_anchor, asset=assets.__getitem__, voice=ARTICLE_VOICE, certainties=CERTAINTIES,
        marker=Markup(HTML_MARKER), csp=Markup(CSP))
    return env.get_template("digest.html.j2")


def render_html(digest: Digest, texts: Callable[[DigestArticle], str | None]) -> str:
    """One self-contained HTML5 page for `digest`; `texts(article)` gives its source text or None."""
    return _template().render(d=digest, p=_Page(digest, texts))
