"""Cross-article alignment: a sentence that lists several amounts agrees on each (issue 15,
session 24, agree25).

News copy packs several figures into one sentence ("The fund will take about $4.1 billion from the
road budget, along with another $1.2 billion set aside for bridges"), and another outlet gives each
figure in a sentence of its own ("... $4.1 billion from road projects"; "... tap $1.2 billion from
the bridge fund and $300 million from a reserve"). Agreement groups (align.join_groups) put each
claim in one group: the listing sentence joins the group of its first figure, and its agreement
with the other outlet on the second figure is judged but shown nowhere.

`amount_pairs(feats, judged, groups)`: the agreeing pairs (i, j) of two texts that no group holds
together and that share an amount (a number of AMOUNT_MIN or more that is not a year), when no
other member of either claim's group holds that amount: one more two-claim agreement each, on
what that pair shares. A pair whose amount its groups already carry is the same agreement told
again and gives none.
"""

from __future__ import annotations

__all__ = ["amount_pairs", "amounts"]

#: The smallest figure that names an amount on its own (not "two weeks", "15 states").
AMOUNT_MIN = 100
#: Years are dates, not amounts.
_YEARS = (1800, 2100)


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


def amount_pairs(feats, judged, groups: list[list[int]]) -> list[list[int]]:
    """Two-claim agreements on an amount the groups left out (module doc), in judged order."""
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
        shared = amounts(f1) & amounts(f2)
        if not shared:
            continue
        mates = {m for k in where.get(i, []) + where.get(j, []) for m in groups[k]} - {i, j}
        if any(shared & amounts(feats[m]) for m in mates):
            continue
        out.append(list(key))
    return out
