"""One-to-one matching of predicted to gold claims, and the comparison of two sources.

Claim matching is one-to-one. Every (predicted, gold) pair gets:

- evidence overlap: |intersection of the two evidence spans| / |shorter span| (0..1);
- evidence IoU: |intersection| / |union| (0..1), which ranks an exact span above a wider one;
- text similarity: rapidfuzz `token_set_ratio` of the normalised texts (0..100);
- text order similarity: rapidfuzz `token_sort_ratio` (guards against `token_set_ratio`
  scoring 100 whenever one text's words are a subset of the other's, e.g. "Officials said");
- quantity agreement: the sets of quantity values are equal (both empty counts as equal).

A pair is *eligible* when its evidence overlaps and its texts are at least loosely alike
(overlap > 0 and similarity >= SHARED_EVIDENCE_MIN_SIMILARITY), or when its texts alone are
alike (similarity >= TEXT_MIN_SIMILARITY and order similarity >= TEXT_MIN_SORT_SIMILARITY:
the same fact quoted from another place, e.g. a sub-headline repeated in the body). Among
eligible pairs the assignment maximises first the number of matches, then the total score
(scipy's `linear_sum_assignment` when scipy is importable; otherwise a greedy pass over
pairs by descending score with ties broken by predicted then gold index). The report names
the matcher used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from .. import lang
from ..ground import normalize
from ..schema import ARTICLE_VOICE, Claim
# the matcher's thresholds (documented in evals/README.md)
from ..thresholds import (ATTRIBUTION_MIN_SIMILARITY, SHARED_EVIDENCE_MIN_SIMILARITY, TEXT_MIN_SIMILARITY,
                          TEXT_MIN_SORT_SIMILARITY)

#: score = W_IOU * IoU + W_SET * token_set/100 + W_RATIO * ratio/100 + W_QTY * quantities_equal
W_IOU, W_SET, W_RATIO, W_QTY = 0.45, 0.35, 0.10, 0.10

# -- pairwise measures -----------------------------------------------------------------------------


def _norm(s: str) -> str:
    return default_process(normalize(s))


def _overlap(a: Claim, b: Claim) -> tuple[float, float]:
    """(overlap / shorter span, IoU) of two claims' evidence spans."""
    a0, a1, b0, b1 = a.evidence.start, a.evidence.end, b.evidence.start, b.evidence.end
    inter = max(0, min(a1, b1) - max(a0, b0))
    shorter = min(a1 - a0, b1 - b0)
    union = max(a1, b1) - min(a0, b0)
    if inter <= 0 or shorter <= 0:
        return 0.0, 0.0
    return inter / shorter, inter / union


def qty_values(c: Claim) -> frozenset[float]:
    return frozenset(round(q.value, 6) for q in c.quantities)


@dataclass(frozen=True)
class Pair:
    p: int
    g: int
    score: float
    overlap: float
    similarity: float


def _pair(p: Claim, g: Claim, i: int, j: int) -> Pair | None:
    overlap, iou = _overlap(p, g)
    pt, gt = _norm(p.text), _norm(g.text)
    sim = fuzz.token_set_ratio(pt, gt)
    eligible = (overlap > 0 and sim >= SHARED_EVIDENCE_MIN_SIMILARITY) or (
        sim >= TEXT_MIN_SIMILARITY and fuzz.token_sort_ratio(pt, gt) >= TEXT_MIN_SORT_SIMILARITY)
    if not eligible:
        return None
    qty = qty_values(p) == qty_values(g)
    score = W_IOU * iou + W_SET * sim / 100 + W_RATIO * fuzz.ratio(pt, gt) / 100 + W_QTY * qty
    return Pair(i, j, round(score, 9), overlap, sim)


def default_matcher() -> str:
    try:
        import scipy.optimize  # noqa: F401
    except Exception:  # noqa: BLE001 - scipy is optional; any import failure means "not available"
        return "greedy"
    return "hungarian"


def match_claims(pred: list[Claim], gold: list[Claim], method: str | None = None) -> list[Pair]:
    """One-to-one matching of predicted to gold claims (see the module docstring)."""
    pairs = [pp for i, p in enumerate(pred) for j, g in enumerate(gold) if (pp := _pair(p, g, i, j))]
    if not pairs:
        return []
    method = method or default_matcher()
    if method == "hungarian":
        import numpy as np
        from scipy.optimize import linear_sum_assignment

        # A match is worth more than any total of scores (each score <= 1), so the
        # assignment maximises the number of matches first, then their total score.
        big = float(len(pred) + len(gold) + 1)
        weight = np.zeros((len(pred), len(gold)))
        by_cell = {}
        for pp in pairs:
            weight[pp.p, pp.g] = big + pp.score
            by_cell[(pp.p, pp.g)] = pp
        rows, cols = linear_sum_assignment(weight, maximize=True)
        chosen = [by_cell[(r, c)] for r, c in zip(rows.tolist(), cols.tolist()) if (r, c) in by_cell]
    elif method == "greedy":
        chosen, used_p, used_g = [], set(), set()
        for pp in sorted(pairs, key=lambda x: (-x.score, x.p, x.g)):
            if pp.p not in used_p and pp.g not in used_g:
                chosen.append(pp)
                used_p.add(pp.p)
                used_g.add(pp.g)
    else:
        raise ValueError(f"unknown matching method {method!r}")
    return sorted(chosen, key=lambda x: (x.p, x.g))


_WHO_PREFIX = re.compile(r"^(?:the|a|an)\s+")


def _who(s: str) -> str:
    s = _WHO_PREFIX.sub("", normalize(s))
    s = re.sub(r"'s\b", "", s)
    s = default_process(s)
    # a courtesy title is no part of who speaks: "Mr. Doe" is "John Doe" (NYT style writes every
    # later mention so; without this "Mr. Obama" and "President Obama" were two sources)
    return re.sub(r"^(?:" + "|".join(sorted(lang.HONORIFIC_FORMS | {"dr"})) + r")\s+(?=\w)", "", s)


def attribution_matches(pred: str, gold: str) -> bool:
    """Same source: 'article' only matches 'article'; else token_set_ratio >= 80 or containment,
    of the sources as written or of their names before a description ("Mr. Doe, the law
    professor" is "John Doe")."""
    if _same_who(pred, gold):
        return True
    heads = pred.split(",")[0], gold.split(",")[0]
    return heads != (pred, gold) and ARTICLE_VOICE not in heads and _same_who(*heads)


def _same_who(pred: str, gold: str) -> bool:
    p, g = _who(pred), _who(gold)
    if ARTICLE_VOICE in (p, g):
        return p == g
    if not p or not g:
        return p == g
    if _titled_as(pred, gold):
        return True
    if fuzz.token_set_ratio(p, g) >= ATTRIBUTION_MIN_SIMILARITY:
        return True
    return re.search(rf"\b{re.escape(p)}\b", g) is not None or re.search(rf"\b{re.escape(g)}\b", p) is not None


def norm_when(s: str | None) -> str | None:
    return " ".join(s.split()).lower() if s and s.strip() else None


def _titled_as(pred: str, gold: str) -> bool:
    """A gold source written as a definite description by a title noun alone ("The governor", "the senator") and a
    predicted person's name that holds that title before the name ("New Jersey Gov. Chris Christie", "Sen. Ann
    Vale"): the same person, named as GUIDELINES asks (no unresolved definite descriptions; the fullest form the
    article gives; session 39, coref48). Not a name without the title ("Chris Christie"): the scorer cannot know it."""
    m = re.fullmatch(r"(?i:the)\s+([a-z]+)", " ".join(gold.split()))
    if m is None or not pred[:1].isupper():
        return False
    noun = m.group(1).lower()
    words = pred.split()
    titles = {lang.TITLE_NOUN_OF.get(w.lower().rstrip("."), w.lower().rstrip(".")) for w in words[:-1] if w[:1].isupper()}
    return noun in lang.PERSON_TITLES and noun in titles and len(words) >= 2

