"""One event told by two ledes with another day and another count (issue 15; conflict46).

A news story's lede (an article's first claim) tells the story's event. When the ledes of two
articles of a cluster name different days for it and count one thing with different values ("The
bank raised its main rate to 4.75 percent on Thursday, its fourth increase this year" / "The bank
raised rates on Wednesday for the fourth time this year, lifting its main rate to 4.5 percent"),
classify.py finds neither difference: a number conflict needs one day (on two days the counts may
be of two events) and a day conflict needs one count (two counts may be two events). Two ledes of
one cluster that share what the event is (TWOFOLD_MIN_RARE content words rare in the batch, a
name among them) are one event told two ways: both conflicts are given, the count (counts.py's
number_conflict with the day set aside) and the day. Each lede names one day of its own; a lede
naming two days ("said Friday that the crash on Thursday ...") is left out.
"""

from __future__ import annotations

from .. import thresholds
from ..quantity import readable
from .classify import Judgment
from .counts import number_conflict
from .pairs import Features, names_clash, same_source

__all__ = ["lede_pairs", "twofold_conflicts"]

#: Content words rare in the batch (IDF weight >= ANCHOR_MIN_WEIGHT) two ledes share, a name among them.
TWOFOLD_MIN_RARE = 3


def ledes(feats: list[Features]) -> list[Features]:
    """Each article's first claim (by its evidence's offset), in article order."""
    first: dict[str, Features] = {}
    for f in feats:
        if f.article not in first or f.claim.evidence.start < first[f.article].claim.evidence.start:
            first[f.article] = f
    return [first[a] for a in sorted(first)]


def one_event(f1: Features, f2: Features) -> bool:
    """Two ledes share what their event is: TWOFOLD_MIN_RARE rare content words, a name among them."""
    rare = {w for w in f1.words & f2.words if min(f1.weights[w], f2.weights[w]) >= thresholds.ANCHOR_MIN_WEIGHT}
    return len(rare) >= TWOFOLD_MIN_RARE and bool(f1.names & f2.names)


def lede_pairs(feats: list[Features]) -> list[tuple[Features, Features, tuple]]:
    """(lede, lede, (q1, q2)): two articles' ledes, one day each and the days differing, telling one
    event (one_event) with two counts of one thing."""
    out = []
    firsts = ledes(feats)
    for k, f1 in enumerate(firsts):
        for f2 in firsts[k + 1:]:
            if f1.sha == f2.sha or same_source(f1, f2) or len(f1.days) != 1 or len(f2.days) != 1 or f1.days == f2.days:
                continue
            if not one_event(f1, f2):
                continue
            found = number_conflict(f1, f2, names_clash(f1, f2), any_day=True)
            if found:
                out.append((f1, f2, found))
    return out


def twofold_conflicts(feats: list[Features], taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """Two judgments per pair of lede_pairs not yet judged a conflict (`taken`): the counts (once for two
    ledes giving one figure against a third's) and the days."""
    out, shown = [], set()
    for f1, f2, (q1, q2) in lede_pairs(feats):
        if tuple(sorted((f1.index, f2.index))) in taken:
            continue
        about = q2.counted if any(ch.isdigit() for ch in q1.counted) else q1.counted
        # one lede's figure against two ledes giving the other figure is one disagreement, shown once
        # (conflict47: "$2.8 billion" in two ledes, "$3.1 billion" in a third); the days are merged downstream
        key = {(f1.index, q1.value, q2.value), (f2.index, q2.value, q1.value)}
        if not shown & key:
            out.append((f1, f2, Judgment("numbers", f"{readable(q1.value, q1.unit)} vs {readable(q2.value, q2.unit)}",
                                         about=about, values=(q1.value, q2.value))))
        shown |= key
        d1, d2 = next(iter(f1.days)), next(iter(f2.days))
        out.append((f1, f2, Judgment("assertion", f"{f1.source}: {d1.title()}; {f2.source}: {d2.title()}",
                                     about="when", values=(d1, d2))))
    return out
