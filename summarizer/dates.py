"""Resolve the time of a claim: "on Wednesday" in an article dated 2024-08-14 → 2024-08-14.

Only phrases that appear in the claim's evidence (or the sentence before it) are used; a
phrase that cannot be pinned to a day is kept raw ("overnight", "last September").
"""

from __future__ import annotations

import datetime as dt
import re

from .lang import MONTH_ABBREVIATIONS_RE, MONTHS, WEEKDAYS

_WEEKDAYS = list(WEEKDAYS)
_MONTHS = list(MONTHS)
_MON = rf"({MONTH_ABBREVIATIONS_RE})[a-z]*\.?"
_PHRASE = re.compile(
    rf"\b((?:on |last |this |early |late )?(?:{'|'.join(_WEEKDAYS)})(?: (?:morning|afternoon|evening|night))?"
    rf"|(?:on )?{_MON} \d{{1,2}}(?!\d)(?:, \d{{4}})?"
    rf"|\d{{1,2}} {_MON}(?: \d{{4}})?"
    r"|\d{4}-\d\d-\d\d"
    r"|overnight|yesterday|today|tonight|last (?:week|month|year)|this (?:week|month|year)"
    rf"|(?:in |last |since )(?:{'|'.join(_MONTHS)})(?: \d{{4}})?"
    r"|in (?:19|20)\d\d)\b",
    re.I,
)


def _date(iso: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


def resolve(phrase: str, published: str | None) -> str:
    """ISO date when `phrase` names a day that `published` pins down; the phrase otherwise."""
    pub = _date(published)
    p = phrase.strip().lower()
    if re.fullmatch(r"\d{4}-\d\d-\d\d", p):
        return p
    if pub is None:
        return phrase.strip()
    for i, wd in enumerate(_WEEKDAYS):
        if re.search(rf"\b{wd}\b", p):
            back = (pub.weekday() - i) % 7
            if p.startswith("last ") and back == 0:
                back = 7
            return (pub - dt.timedelta(days=back)).isoformat()
    m = re.search(rf"\b{_MON} (\d{{1,2}})(?!\d)(?:, (\d{{4}}))?", p) or re.search(rf"\b(\d{{1,2}}) {_MON}(?: (\d{{4}}))?", p)
    if m:
        g = m.groups()
        mon_s, day_s = (g[0], g[1]) if not g[0].isdigit() else (g[1], g[0])
        month = next(i for i, n in enumerate(_MONTHS, 1) if n.startswith(mon_s[:3]))
        year = int(g[2]) if g[2] else pub.year
        try:
            d = dt.date(year, month, int(day_s))
        except ValueError:
            return phrase.strip()
        if not g[2] and d > pub:
            d = d.replace(year=year - 1)
        return d.isoformat()
    if p in ("today", "tonight"):
        return pub.isoformat()
    if p == "yesterday":
        return (pub - dt.timedelta(days=1)).isoformat()
    return phrase.strip()


def find_phrase(text: str) -> str | None:
    m = _PHRASE.search(text)
    return m.group(1) if m else None


def when_for(model_when: str | None, context: str, evidence: str, published: str | None) -> str | None:
    """The claim's `when`: the model's phrase if the context has it, else one found in the evidence."""
    phrase = None
    if model_when and model_when.strip().lower() not in ("null", "none", "unknown", ""):
        if model_when.strip().lower() in context.lower():
            phrase = model_when
    phrase = phrase or find_phrase(evidence)
    return resolve(phrase, published) if phrase else None
