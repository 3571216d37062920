"""Cross-article alignment: two remarks of one speaker, each quoted by two outlets, are two
agreements (issue 15, session 17, digest18).

join_groups lets two claims of one article into one agreement group as one fact (purity.one_fact:
neighbours, or a rare word both share with a third claim). Read on BASIL 10: a candidate's
Saturday remark ("It's about some hollow promise, some hollow creed") and his Sunday remark ("And
I think that is a hollow promise"), each quoted by two outlets, made one group of fourteen claims:
one outlet's Sunday sentence shares "phony ideal" with the other outlet's Saturday sentence, so
the two groups joined through it. When each of the two claims of one article has its own
near-verbatim partner (an agreeing pair at PASSAGE_SCORE or more) in one other article of the
group, and pairing each with its own partner beats the crossed pairing, the two outlets quote two
sentences each: two facts, not one. A contiguous quotation several outlets repeat sentence by
sentence is still shown once (passages.py joins such groups after this step, when their claims
are neighbours in every article).

`two_remarks(feats, x, y, group, score)`: x and y of one article are two remarks (module doc);
`score` maps (i, j), i < j, to the agreeing pair's score.
"""

from __future__ import annotations

from .. import thresholds

__all__ = ["two_remarks"]


def two_remarks(feats, x: int, y: int, group: list[int], score: dict[tuple[int, int], float]) -> bool:
    """x and y (claims of one article) each agree near-verbatim with a claim of their own in one
    other article of `group`, better paired so than crossed (module doc)."""
    def s(a: int, b: int) -> float:
        return score.get((min(a, b), max(a, b)), 0.0)

    sha = feats[x].sha
    others = [z for z in group if feats[z].sha != sha]
    for z in others:
        if s(x, z) < thresholds.PASSAGE_SCORE:
            continue
        for w in others:
            if w != z and feats[w].sha == feats[z].sha and s(y, w) >= thresholds.PASSAGE_SCORE \
                    and s(x, z) + s(y, w) > s(x, w) + s(y, z):
                return True
    return False
