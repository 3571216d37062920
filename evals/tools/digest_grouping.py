"""Why each gold agreement the digest suite leaves unmatched is missed, by kind (issue 15, digest32):
grouping (a shown agreement holds it but the one-to-one matching gave that agreement to another gold
fact; an agreeing pair was judged but its claims sit in other groups or none) or signal (no pair of
the claims on its quotes was judged an agreement; no claim on a side). Also strict recall (the
suite's one-to-one matching) against lenient recall (a shown agreement counts for every gold fact it
holds on two outlets).

    python evals/tools/digest_grouping.py [-v] SET ...      # SET: tuned, cnn27, agree25, ... (never heldout)

Reads ../shared/devdata in place; -v prints claim texts (not stored anywhere).
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from summarizer.digest import align as _align  # noqa: E402
from summarizer.eval.suites import digest as suite  # noqa: E402

_seen: dict = {}
_iter_agreements = _align.iter_agreements


def _capture(feats, judged):
    judged = list(judged)
    _seen["feats"], _seen["judged"] = feats, judged
    return _iter_agreements(feats, judged)


_align.iter_agreements = _capture


def _matching(pred, gold, ok) -> tuple[dict[int, int], list[list[int]]]:
    """gold index -> predicted index of a maximum one-to-one matching, and each prediction's candidates."""
    adj = [[g for g in range(len(gold)) if ok(p, gold[g])] for p in pred]
    match_g: dict[int, int] = {}

    def augment(p: int, seen: set[int]) -> bool:
        for g in adj[p]:
            if g not in seen:
                seen.add(g)
                if g not in match_g or augment(match_g[g], seen):
                    match_g[g] = p
                    return True
        return False
    for p in range(len(pred)):
        augment(p, set())
    return match_g, adj


def _short(s: str, n: int = 100) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[:n - 1] + "…"


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    names = [a for a in argv if not a.startswith("-")]
    if any("heldout" in n for n in names):
        raise SystemExit("held-out clusters are measured with the suite only, never read")
    run, _ = suite.make_system("code")
    every: collections.Counter = collections.Counter()
    for name in names:
        gdir = suite.default_gold_dir() if name == "tuned" else Path(__file__).resolve().parents[1] / f"digest_gold_{name}"
        gold = suite.load_gold(gdir)
        kinds: collections.Counter = collections.Counter()
        strict = lenient = total = 0
        for cl in suite.load_clusters(gdir if (gdir / suite.CLUSTERS_FILE).exists() else None):
            g = gold.get(cl["cluster_id"])
            if g is None or g.get("conflicts_only"):
                continue
            (al, _, _), arts, basil = suite.digest_for(cl, run)
            feats, judged = _seen["feats"], _seen["judged"]
            outlet = {aid: b["outlet_code"] for aid, b in basil.items()}
            index = {(f.article, f.claim.id): f.index for f in feats}
            groups = [[index[(r.article, r.claim)] for r in a.claims] for a in al.agreements]
            group_of = {i: k for k, grp in enumerate(groups) for i in grp}
            pa = [suite._spans(a.claims, arts, basil) for a in al.agreements]
            ga = g["agreements"]
            match_g, adj = _matching(pa, ga, suite.agreement_matches)
            strict += len(match_g)
            lenient += sum(any(k in adj[p] for p in range(len(pa))) for k in range(len(ga)))
            total += len(ga)
            agree = {(min(i, j), max(i, j)) for i, j, jd in judged if jd.kind == "agreement"}

            def hits(q):
                return [f.index for f in feats if outlet[f.article] == q["outlet"]
                        and suite._overlap(f.claim.evidence.start, f.claim.evidence.end, q["start"], q["end"])]
            for k, gd in enumerate(ga):
                if k in match_g:
                    continue
                hs = {q["outlet"]: hits(q) for q in gd["quotes"]}
                if sum(bool(h) for h in hs.values()) < 2:
                    kind = "signal: no claim on a side"
                elif any(k in adj[p] for p in range(len(pa))):
                    kind = "grouping: a shown agreement holds it, matched to another gold fact"
                else:
                    outs = list(hs)
                    pairs = [(x, y) for a in range(len(outs)) for b in range(a + 1, len(outs))
                             for x in hs[outs[a]] for y in hs[outs[b]] if (min(x, y), max(x, y)) in agree]
                    if not pairs:
                        kind = "signal: no agreeing pair judged"
                    else:
                        gx, gy = group_of.get(pairs[0][0]), group_of.get(pairs[0][1])
                        kind = ("grouping: an agreeing pair judged, " + (
                            "neither claim grouped" if gx is None and gy is None else
                            "one claim in another group, the other in none" if gx is None or gy is None else
                            "the claims in two other groups"))
                kinds[kind] += 1
                if verbose:
                    print(f"  MISS [{name} {cl['cluster_id'][:10]}] {gd['id']}: {kind} :: {_short(gd['proposition'], 80)}")
        print(f"{name}: gold {total}; strict recall {strict} ({strict / max(total, 1):.2f}), lenient {lenient} "
              f"({lenient / max(total, 1):.2f}); missed {sum(kinds.values())}")
        for kind, n in kinds.most_common():
            print(f"   {n:3d}  {kind}")
        every.update(kinds)
    print("all:")
    for kind, n in every.most_common():
        print(f"   {n:3d}  {kind}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
