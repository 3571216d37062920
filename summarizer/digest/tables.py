"""The digest's sections that are rows, one per claim or quantity: the timeline and the quantity
table. Each row comes with its sort key, so the on-disk path (claimindex.py) can sort them in
SQL and read them back in the same order as the lists built here."""

from __future__ import annotations

import re

from ..ground import normalize
from ..quantity import is_noun_phrase_of
from ..schema import Claim
from .schema import ClaimRef, QuantityRow, TimelineEntry

_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _ref(aid: str, c: Claim) -> ClaimRef:
    return ClaimRef(article=aid, claim=c.id)


def quantity_rows(claims) -> list[tuple[tuple, QuantityRow]]:
    """(sort key, row) for every quantity by who claims it, in claim order; a row whose `counted`
    is not a noun phrase of its claim (a model's or an older cache's output) is never shown."""
    rows = [QuantityRow(counted=q.counted, value=q.value, unit=q.unit, attributed_to=c.attributed_to,
                        when=c.when, ref=_ref(a.id, c))
            for a, c in claims for q in c.quantities if is_noun_phrase_of(q.counted, c.text)]
    return [((normalize(r.counted), r.when or "", r.value), r) for r in rows]


def quantity_table(claims) -> list[QuantityRow]:
    return [r for _, r in sorted(quantity_rows(claims), key=lambda t: t[0])]


def timeline_rows(claims) -> list[tuple[tuple, TimelineEntry]]:
    """(sort key, entry) for every claim dated to a day, in claim order."""
    return [((c.when, a.id, c.evidence.start),
             TimelineEntry(date=c.when, text=c.text, attributed_to=c.attributed_to, ref=_ref(a.id, c),
                           quote=c.evidence.quote))
            for a, c in claims if c.when and _DAY.fullmatch(c.when)]


def timeline(claims) -> list[TimelineEntry]:
    return [e for _, e in sorted(timeline_rows(claims), key=lambda t: t[0])]
