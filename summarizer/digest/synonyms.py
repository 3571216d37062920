"""Cross-article alignment: agreement in other words for one predicate (issue 15).

Two outlets state one fact with a synonym for its predicate or quality: "The company said a
faulty software update caused the failure" / "Nimbra said a flawed software update was behind
the disruption"; "Crews expect to finish repairs by Tuesday" / "Repairs should be completed by
Tuesday"; "Norway has objected vehemently to the treaty" / "the treaty, which
Norway has fiercely opposed". Their content words differ in the one word that carries the
proposition, so their similarity stays under AGREE_SIM.

`synonym_similarity(f1, f2)`: pairs.similarity with each content word of a group of
lang.NEWS_SYNONYMS read as its group (by stem: "flawed" and "faulty" are one word), each group
weighing as its rarest member in the claim, and the source's own name counted when the other
claim names it (measured.said_words: "Zipp said it opposed the measure" / "Zipp ... objected to
the ban").

`synonym_agreement(f1, f2)` (align.judge_pair, for pairs the other rules leave unjudged): the two
claims use different words of one group (a word of the group in each that the other lacks), their
synonym similarity reaches AGREE_SIM, they share SYNONYM_OTHERS words besides the groups (names
and numbers included: "Farrow diverted $3.4 million from county accounts" / "Farrow siphoned about
$3.4 million from county funds"; one shared word is too little: "Officials blamed a faulty valve
for the leak" / "The agency blamed a defective pump for the fire"), and none of the reasons that keep close claims apart
(figured.py's): a name clash, a negation in one only, another day, a place swap, opposite
predicates, different counts, two speakers. Its score (for grouping) is the claims' own similarity.
"""

from __future__ import annotations

import math

from .. import lang, thresholds
from .classify import Judgment, counts_differ
from .figures import days_apart, other_counts
from .measured import said_words
from .pairs import Features, names_clash, place_swap, similarity, stem
from .predicates import opposite
from .purity import different_speakers

__all__ = ["GROUP_OF", "synonym_agreement", "synonym_pairs", "synonym_similarity"]

#: stem -> its group's key ("=" and the group's first stem).
GROUP_OF: dict[str, str] = {}
for _group in lang.NEWS_SYNONYMS:
    _stems = [stem(w) for w in _group.split()]
    for _s in _stems:
        GROUP_OF.setdefault(_s, "=" + _stems[0])


def _vector(f: Features, other: Features) -> dict[str, float]:
    out: dict[str, float] = {}
    for w, x in said_words(f, other).items():
        k = GROUP_OF.get(w, w)
        out[k] = max(out.get(k, 0.0), x)
    return out


def synonym_similarity(f1: Features, f2: Features) -> float:
    """IDF-weighted cosine of the two claims' content words, synonyms as one word (module doc)."""
    v1, v2 = _vector(f1, f2), _vector(f2, f1)
    num = sum(v1[w] * v2[w] for w in v1.keys() & v2.keys())
    den = math.sqrt(sum(x * x for x in v1.values()) * sum(x * x for x in v2.values()))
    return num / den if den else 0.0


def _read(words) -> set[str]:
    """Words with each synonym read as its group."""
    return {GROUP_OF.get(w, w) for w in words}


def _linked(f1: Features, f2: Features) -> bool:
    """A word of a group in each claim that the other claim does not hold itself."""
    return _linked_words(f1.words, f2.words)


def _linked_words(w1: frozenset[str], w2: frozenset[str]) -> bool:
    g1 = {GROUP_OF[w] for w in w1 - w2 if w in GROUP_OF}
    g2 = {GROUP_OF[w] for w in w2 - w1 if w in GROUP_OF}
    return bool(g1 & g2)


def synonym_agreement(f1: Features, f2: Features) -> Judgment | None:
    """An agreement of two claims that say one thing with synonyms, or None (module doc)."""
    if f1.sha == f2.sha or not _linked(f1, f2):
        return None
    syn = synonym_similarity(f1, f2)
    if syn < thresholds.AGREE_SIM or names_clash(f1, f2):
        return None
    v1, v2 = _vector(f1, f2), _vector(f2, f1)
    if len({w for w in v1.keys() & v2.keys() if w[0] != "="}) < thresholds.SYNONYM_OTHERS:
        return None  # "blamed a faulty valve for the leak" / "blamed a defective pump for the fire"
    if bool(_read(f1.neg_targets) & _read(f2.words)) != bool(_read(f2.neg_targets) & _read(f1.words)):
        return None  # one negates what both say ("No illnesses have been reported" / "not aware of any sick infants": both)
    if days_apart(f1, f2) or place_swap(f1, f2) or opposite(f1, f2) or counts_differ(f1, f2) \
            or other_counts(f1, f2) or different_speakers(f1, f2):
        return None
    return Judgment("agreement", f"the same in other words (synonym similarity {syn:.2f})", score=similarity(f1, f2))


def synonym_pairs(feats) -> list[tuple[int, int]]:
    """Pairs (i < j) of claims of different texts that use different words of one group, in (i, j)
    order. Blocking (pairs.candidate_pairs) keys on names, numbers and words of five letters or
    more, and the speaker's name is no word of his claim: "The agency said a defective rail caused
    the derailment" / "Officials blamed a faulty rail for the accident" share only "rail", and are
    otherwise never judged. A group held by more than ALIGN_BLOCK_CAP claims blocks nothing."""
    by_group: dict[str, list[tuple[int, bytes, frozenset[str]]]] = {}
    for f in feats:
        for w in f.words:
            if w in GROUP_OF:
                by_group.setdefault(GROUP_OF[w], []).append((f.index, f.sha, f.words))
    out = set()
    for members in by_group.values():
        if len(members) > thresholds.ALIGN_BLOCK_CAP:
            continue
        for x, (i, sha, w1) in enumerate(members):
            for j, sha2, w2 in members[x + 1:]:
                if sha2 != sha and i != j and _linked_words(w1, w2):
                    out.add((min(i, j), max(i, j)))
    return sorted(out)
