"""The HTML digest's "Who claims what" section (issue 15): each event as a card with the
outlets side by side (one column per article), each version with its source, stance and
quote; in a disputed event the conflicting quotes are highlighted (<mark>).

`events_section(page)` takes the page object of html.py (its public `who`, `ref` and
`article_link`) and returns escaped HTML; nothing from an article is ever inserted unescaped.
"""

from __future__ import annotations

from .htmltext import esc, number, slug

__all__ = ["events_section"]


def _version(page, v, aid: str, disputed: bool) -> str:
    conflicting = disputed and v.stance != "agrees"
    quote = f"<mark>{esc(v.quote)}</mark>" if conflicting else esc(v.quote)
    values = "".join(f'<span class="chip">{esc(number(x))}</span>' for x in v.values) if v.stance == "counts" else ""
    return (f'<div class="version stance-{esc(v.stance)}"><div class="side-head">{page.who(v.source, aid)}'
            f'<span class="badge stance">{esc(v.stance)}</span>{page.ref(v.ref)}</div>'
            f'{values}<blockquote class="quote">{quote}</blockquote></div>')


def events_section(page) -> str:
    events = page.d.events
    if not events:
        return ""
    cards = []
    for e in events:
        cols = []
        for aid in e.articles:
            items = "".join(_version(page, v, aid, e.disputed) for v in e.versions if v.article == aid)
            cols.append(f'<div class="side outlet"><div class="from">{page.article_link(aid)}</div>{items}</div>')
        flag = '<span class="kind disputed">disputed</span>' if e.disputed else '<span class="kind">agreed</span>'
        cards.append(f'<article class="card event" id="event-{slug(e.id)}"><div class="card-head">{flag}'
                     f'<h3>{esc(e.title)}</h3></div><div class="sides">{"".join(cols)}</div></article>')
    intro = ("Each event with the outlets side by side: who says what, in their own words. "
             "Highlighted quotes are the versions that conflict.")
    return (f'<section id="sec-events"><h2>Who claims what</h2><div class="intro"><p>{intro}</p></div>'
            f'{"".join(cards)}</section>')
