"""Signals of a summary text for the support check's acceptance decision, computed from what
`summarizer.verify.hard_checks` returns per sentence (`verify.facts.Facts`). Used by
evals/tools/fit_verify.py (session 3, issue 14): a logistic regression over them, fitted on the
tune half of devdata/faithfulness. Not used by the package (evals/RESULTS.md, "session 3").

Per sentence: `cover` (share of its content words in its <= 3 supporting sentences), `best1`
(in the best one alone), `nsup` (how many it needed), `novel` (found nowhere in the article),
`elsewhere` (in the article, not in the support), `copied` (share of its word trigrams in the
article), `longest` (longest copied run / length), `splice` (article sentences its trigrams
come from), `lead` / `spread` (where its support is), `content` (log content words); from the
extractive fragments (Grusky et al. 2018: greedy longest copied stretches of >= 2 words):
`frag_cover`, `density` (mean squared fragment length), `switches` (two long fragments of
different article sentences joined), `swaps` (one article stretch with other words in a gap),
`frag_sents`. A text's: content-weighted means, `min_cover`, `min_best1`, `sentences`.
"""

from __future__ import annotations

import math

from summarizer.verify.article import Article
from summarizer.verify.facts import Facts


def _ngrams(art: Article) -> dict[tuple[str, str, str], int]:
    """The article's word trigrams (lower case), each with the index of the first sentence
    holding it; kept on the analysis (computed once per article)."""
    got = getattr(art, "trigram_index", None)
    if got is None:
        got = {}
        for i, s in enumerate(art.sents):
            low = [t.low for t in s.toks]
            for k in range(len(low) - 2):
                got.setdefault((low[k], low[k + 1], low[k + 2]), i)
        art.trigram_index = got
    return got


def _index(art: Article) -> tuple[list[str], list[int], dict[str, list[int]]]:
    """The article's lower-case tokens in order, the sentence of each, and where each word is."""
    got = getattr(art, "token_index", None)
    if got is None:
        low = [t.low for s in art.sents for t in s.toks]
        sent_of = [i for i, s in enumerate(art.sents) for _ in s.toks]
        where: dict[str, list[int]] = {}
        for p, w in enumerate(low):
            where.setdefault(w, []).append(p)
        got = art.token_index = (low, sent_of, where)
    return got


def fragments(low: list[str], art: Article) -> list[tuple[int, int, int, int]]:
    """The sentence's copied stretches, greedily longest first from the left (Grusky et al.'s
    extractive fragments): (start, length, article position, article sentence), length >= 2."""
    alow, sent_of, where = _index(art)
    out, i = [], 0
    while i < len(low):
        best, at = 0, -1
        for p in where.get(low[i], ()):
            k = 1
            while i + k < len(low) and p + k < len(alow) and low[i + k] == alow[p + k]:
                k += 1
            if k > best:
                best, at = k, p
        if best >= 2:
            out.append((i, best, at, sent_of[at]))
            i += best
        else:
            i += 1
    return out


def sentence_features(f: Facts) -> dict[str, float]:
    """The signals of one sentence (shares are of its content stems, or of its trigrams)."""
    n = max(f.n, 1)
    art = f.art
    best = f.order[0].stems if f.order else frozenset()
    low = [t.low for t in f.toks]
    tri = [(low[k], low[k + 1], low[k + 2]) for k in range(len(low) - 2)]
    grams = _ngrams(art) if art is not None else {}
    hits = [grams.get(g) for g in tri]
    copied = sum(h is not None for h in hits)
    run = longest = 0
    for h in hits:
        run = run + 1 if h is not None else 0
        longest = max(longest, run)
    n_sents = max(len(art.sents), 1) if art is not None else 1
    idx = sorted(art.sents.index(s) for s in f.order) if f.order and art is not None else []
    novel = len(f.novel_stems)
    frags = fragments(low, art) if art is not None else []
    nl = max(len(low), 1)
    in_frag = sum(b for _, b, _, _ in frags)
    switches = swaps = 0
    for (a1, b1, p1, s1), (a2, b2, p2, s2) in zip(frags, frags[1:]):
        gap = a2 - (a1 + b1)
        if gap <= 1 and s1 != s2 and b1 >= 3 and b2 >= 3:
            switches += 1  # two copied stretches of different article sentences joined
        if s1 == s2 and 0 < gap <= 2 and p2 - (p1 + b1) == gap:
            swaps += 1  # the same sentence around it, other words in the gap: a word swapped
    return {
        "frag_cover": in_frag / nl,
        "density": sum(b * b for _, b, _, _ in frags) / nl,
        "switches": float(switches),
        "swaps": float(swaps),
        "frag_sents": float(len({x for _, b, _, x in frags if b >= 3})),
        "cover": f.score,
        "best1": len(f.stems & best) / n if f.stems else 1.0,
        "nsup": float(len(f.order)),
        "novel": novel / n,
        "elsewhere": len(f.missing_stems) / n - novel / n,
        "copied": copied / len(tri) if tri else 0.0,
        "longest": (longest + 2) / len(low) if tri and longest else 0.0,
        "splice": float(len({h for h in hits if h is not None})),
        "lead": idx[0] / n_sents if idx else 1.0,
        "spread": (idx[-1] - idx[0]) / n_sents if idx else 0.0,
        "content": math.log1p(f.n),
    }


#: features of a text: content-weighted means of its sentences', and these
_MIN = ("cover", "best1")


def features(facts: list[Facts]) -> dict[str, float]:
    """The text's signals: each sentence feature as a mean weighted by content words, the
    lowest cover of a sentence, the number of sentences and of content words."""
    per = [(max(f.n, 1), sentence_features(f)) for f in facts]
    total = sum(w for w, _ in per)
    out = {k: sum(w * d[k] for w, d in per) / total for k in per[0][1]}
    for k in _MIN:
        out[f"min_{k}"] = min(d[k] for _, d in per)
    out["sentences"] = math.log(len(facts))
    out["content"] = math.log1p(sum(f.n for f in facts))
    return out
