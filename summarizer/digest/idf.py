"""IDF weights of the digest's content words, with a floor on the batch for short articles.

`pairs.features` weighs each content word of a claim by log((n + 1) / (df + 1)) + 1 over the n
claims of the batch, and the alignment calls a shared word rare (an anchor) from weight
ANCHOR_MIN_WEIGHT: held by at most about a fifth of the claims. In a batch of two wire briefs of
five or six sentences (n about 11), a word two claims share (the fewest a shared word can have)
weighs ln(12/3) + 1 = 2.39: no shared word is ever rare there, so "$412 million budget ...
Thursday" / "$412 million spending plan Thursday" and a quoted "the final piece" in both never
agree, while the same sentences inside long articles do. `batch_size` counts each article as at
least IDF_MIN_CLAIMS claims (a short article says less, not that its words are common), so a
batch of long articles (the dev clusters) keeps its weights.
"""

from __future__ import annotations

import math

from .. import thresholds

__all__ = ["batch_size", "idf", "reweigh"]


def batch_size(n_claims: int, n_articles: int) -> int:
    """The number of claims weights are taken over: the batch's, or IDF_MIN_CLAIMS an article."""
    return max(n_claims, thresholds.IDF_MIN_CLAIMS * n_articles)


def idf(n: int, df: int) -> float:
    """The weight of a word held by `df` of `n` claims (pairs.features' formula)."""
    return math.log((n + 1) / (df + 1)) + 1.0


def reweigh(feats) -> None:
    """Weights of every claim's words over `batch_size` (in place): the same as pairs.features'
    when the articles are long enough."""
    n = batch_size(len(feats), len({f.sha for f in feats}))
    if n == len(feats):
        return
    df: dict[str, int] = {}
    for f in feats:
        for w in f.words:
            df[w] = df.get(w, 0) + 1
    for f in feats:
        f.weights = {w: idf(n, df[w]) for w in f.words}
