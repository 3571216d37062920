"""Conflicts told twice: a claim's clash with a sentence and with a part claim of that same
sentence (its apposition or relative clause made a claim of its own) is one clash; the digest
shows the sentence's."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from .schema import Conflict


def nested(f_part, f_whole) -> bool:
    """`f_part`'s evidence lies inside `f_whole`'s (same article, other claim): a part claim of
    one sentence ("Ada Bell served from 1952 to 1960" of "..., after Ada Bell, who served from
    1952 to 1960")."""
    p, w = f_part.claim.evidence, f_whole.claim.evidence
    return f_part.index != f_whole.index and f_part.sha == f_whole.sha and w.start <= p.start and p.end <= w.end


def without_part_repeats(feats, found: list[tuple[int, int, Conflict]]) -> Iterator[Conflict]:
    """One conflict per account: a conflict of claim X with a part claim of sentence S is dropped
    when X's conflict with S itself, on the same topic, is there (the same clash told twice)."""
    by_side: dict[tuple[int, str], list[int]] = defaultdict(list)
    for i, j, c in found:
        by_side[(i, c.topic)].append(j)
        by_side[(j, c.topic)].append(i)
    for i, j, c in found:
        if any(nested(feats[k], feats[w]) for k, o in ((j, i), (i, j)) for w in by_side[(o, c.topic)]):
            continue
        yield c
