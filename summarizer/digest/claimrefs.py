"""How the digest cites a claim: its reference (article, claim id) and its side of a conflict
(source, text, evidence quote, value). Split from align.py (the 400-line limit): the grouping
steps (agreement_groups.py, conflict_groups.py, event_groups.py) share them."""

from __future__ import annotations

from .pairs import Features
from .schema import ClaimRef, ConflictSide


def claim_ref(f: Features) -> ClaimRef:
    return ClaimRef(article=f.article, claim=f.claim.id)


def conflict_side(f: Features, value: float | None = None) -> ConflictSide:
    c = f.claim
    return ConflictSide(ref=claim_ref(f), attributed_to=f.source, text=c.text, quote=c.evidence.quote, value=value)
