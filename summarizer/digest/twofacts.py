"""Cross-article alignment: a claim that says two things agrees with each outlet on one (issue 15,
session 24, agree25).

News copy packs several facts into one sentence ("The fund will take about $4.1 billion from the
road budget, along with another $1.2 billion set aside for bridges"; "The mayor said in a radio
interview that the charter is quite clear and that the council cannot overrule it"), and another
outlet gives each in a sentence of its own. Agreement groups (align.join_groups) put each claim in
one group: the packed sentence joins the group of one fact, and its agreement with the other
outlet on the other fact is judged but shown nowhere.

`second_agreements(feats, judged, groups)`: the agreeing pairs (i, j) of two texts that no group
holds together and that share a specific anchor no other member of either claim's group holds: an
amount (a number of AMOUNT_MIN or more that is not a year), or a run of RUN_WORDS content words in
the same order in both (local.content_sequence) with RUN_RARE of them rare in the batch and no name
or description ("charter is quite clear"). Each gives one more two-claim agreement, on what that pair
shares. A pair whose anchor its groups already carry is the same agreement told again and gives none.
On the 23 non-held-out agreement gold clusters (session 24) the rule adds two agreements, both gold.
"""

from __future__ import annotations

from .. import thresholds
from .local import DESCRIPTORS, content_sequence, lemma
from .pairs import stem

__all__ = ["amounts", "runs", "second_agreements"]

#: The smallest figure that names an amount on its own (not "two weeks", "15 states").
AMOUNT_MIN = 100
#: Years are dates, not amounts.
_YEARS = (1800, 2100)
#: A shared run: this many content words in a row in both claims, this many of them rare.
RUN_WORDS = 3
RUN_RARE = 2


def amounts(f) -> set[str]:
    """The claim's amounts, as pairs.py writes numbers among its words ("#2.5e+09")."""
    out = set()
    for w in f.words:
        if not w.startswith("#"):
            continue
        try:
            v = float(w[1:])
        except ValueError:  # a tally ("#97-1")
            continue
        if v >= AMOUNT_MIN and not (v == int(v) and _YEARS[0] <= v <= _YEARS[1]):
            out.add(w)
    return out


def _lemmas(f) -> list[str]:
    return [lem for _, lem in content_sequence(f)]


def _rare(w: str, f1, f2) -> bool:
    ws = [f.weights[s] for f in (f1, f2) for s in f.words if lemma(s) == w]
    return bool(ws) and min(ws) >= thresholds.ANCHOR_MIN_WEIGHT


def runs(f1, f2) -> set[tuple[str, ...]]:
    """Runs of RUN_WORDS content lemmas in the same order in both claims, RUN_RARE of them rare in
    the batch and no name, number, month or description."""
    s1, s2 = _lemmas(f1), _lemmas(f2)
    in2 = {tuple(s2[k:k + RUN_WORDS]) for k in range(len(s2) - RUN_WORDS + 1)}
    names = {lemma(stem(t)) for t in f1.mentions | f2.mentions}
    out = set()
    for k in range(len(s1) - RUN_WORDS + 1):
        t = tuple(s1[k:k + RUN_WORDS])
        if t in in2 and sum(1 for w in t if w[0] not in "#@" and w not in names and w not in DESCRIPTORS
                            and _rare(w, f1, f2)) >= RUN_RARE:
            out.add(t)
    return out


def second_agreements(feats, judged, groups: list[list[int]]) -> list[list[int]]:
    """Two-claim agreements on an anchor the groups left out (module doc), in judged order."""
    where: dict[int, list[int]] = {}
    for k, g in enumerate(groups):
        for i in g:
            where.setdefault(i, []).append(k)
    out, seen = [], set()
    for i, j, jd in judged:
        key = (min(i, j), max(i, j))
        if jd.kind != "agreement" or key in seen:
            continue
        seen.add(key)
        f1, f2 = feats[i], feats[j]
        if f1.sha == f2.sha or set(where.get(i, ())) & set(where.get(j, ())):
            continue
        mates = [feats[m] for m in {m for k in where.get(i, []) + where.get(j, []) for m in groups[k]} - {i, j}]
        shared = amounts(f1) & amounts(f2)
        if shared and not any(shared & amounts(m) for m in mates):
            out.append(list(key))
            continue
        held = [set(_lemmas(m)) for m in mates]
        if any(not any(set(t) <= h for h in held) for t in runs(f1, f2)):
            out.append(list(key))
    return out
