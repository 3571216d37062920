"""Error analysis of the digest suite, per gold cluster (issue 15): for each gold agreement and
conflict missed, why (no claim on a side, no candidate pair, the pair's judgment); for each
predicted agreement or conflict that matches no gold item, what it pairs.

    python evals/tools/digest_errors.py [--system sentences] [--half A|B|all] [--only missed|false] [--gold DIR]

Halves: "A" (tune) = clusters whose sha1(cluster_id) is even, "B" (held out) = odd. Reads
../shared/devdata in place; prints claim texts (not stored anywhere).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from summarizer.digest.classify import classify  # noqa: E402
from summarizer.digest.pairs import article_texts, candidate_pairs, features  # noqa: E402
from summarizer.eval.suites import digest as suite  # noqa: E402


def half(cluster_id: str) -> str:
    return "A" if int(hashlib.sha1(cluster_id.encode()).hexdigest(), 16) % 2 == 0 else "B"


def _short(s: str, n: int = 110) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[:n - 1] + "…"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--system", default="sentences")
    p.add_argument("--half", default="all")
    p.add_argument("--only", default="")
    p.add_argument("--cluster", default="")
    p.add_argument("--gold", default="", help="a gold directory (default: the tuned set)")
    args = p.parse_args(argv)
    run, _ = suite.make_system(args.system)
    gold = suite.load_gold(Path(args.gold) if args.gold else suite.default_gold_dir())
    for cl in suite.load_clusters(Path(args.gold) if args.gold else None):
        cid = cl["cluster_id"]
        if cid not in gold or (args.half != "all" and half(cid) != args.half) or not cid.startswith(args.cluster):
            continue
        g = gold[cid]
        (al, _, _), arts, basil = suite.digest_for(cl, run)
        claims = [(a, c) for a in arts.values() for c in a.claims]
        feats = features(claims)
        outlet = {aid: b["outlet_code"] for aid, b in basil.items()}
        pairs = candidate_pairs(feats)
        article_text = article_texts(feats)
        print(f"\n=== {cid[:8]} ({half(cid)}) {g['main_event']}")

        def hits(o, q):
            return [f for f in feats if outlet[f.article] == o
                    and suite._overlap(f.claim.evidence.start, f.claim.evidence.end, q["start"], q["end"])]

        def why(fa, fb):
            key = tuple(sorted((fa.index, fb.index)))
            jd = classify(feats[key[0]], feats[key[1]], article_text)
            cand = "cand" if key in pairs else "NOT-CAND"
            return f"{cand} {jd.kind}: {jd.reason}"

        pa = [suite._spans(a.claims, arts, basil) for a in al.agreements]
        pc = [suite._spans([s.ref for s in c.sides], arts, basil) for c in al.conflicts]
        if args.only != "false":
            for ga in g["agreements"]:
                ok = any(suite.agreement_matches(s, ga) for s in pa)
                print(f"  {'HIT ' if ok else 'MISS'} {ga['id']} {_short(ga['proposition'], 90)}")
                if ok:
                    continue
                hs = [(q["outlet"], hits(q["outlet"], q)) for q in ga["quotes"]]
                for o, fs in hs:
                    print(f"      {o}: " + (" | ".join(f"[{f.source}] {_short(f.claim.text, 90)}" for f in fs) or "NO CLAIM"))
                for i in range(len(hs)):
                    for j in range(i + 1, len(hs)):
                        for fa in hs[i][1]:
                            for fb in hs[j][1]:
                                print(f"        {hs[i][0]}-{hs[j][0]}: {why(fa, fb)}")
            for gc in g["conflicts"]:
                ok = any(suite.conflict_matches(s, gc) for s in pc)
                w = "W" if gc["within_article"] else "X"
                print(f"  {'HIT ' if ok else 'MISS'} {gc['id']} {w} {_short(gc['about'], 90)}")
                if ok:
                    continue
                hs = [(sd["outlet"], sd["source"], hits(sd["outlet"], sd)) for sd in gc["sides"]]
                for o, src, fs in hs:
                    print(f"      {o} <{src}>: " + (" | ".join(f"[{f.source}] {_short(f.claim.text, 90)}" for f in fs)
                                                 or "NO CLAIM"))
                if len(hs) == 2:
                    for fa in hs[0][2]:
                        for fb in hs[1][2]:
                            if fa.sha == fb.sha:
                                print(f"        same article: refutes={fa.refutes}/{fb.refutes}")
                            else:
                                print(f"        {why(fa, fb)}")
        if args.only != "missed":
            for a, sp in zip(al.agreements, pa):
                if not any(suite.agreement_matches(sp, ga) for ga in g["agreements"]):
                    print("  FALSE-AGREE " + " || ".join(
                        f"{outlet[r.article]}[{next(c.attributed_to for c in arts[r.article].claims if c.id == r.claim)}]"
                        f" {_short(q, 80)}" for r, q in zip(a.claims, a.quotes)))
            for c, sp in zip(al.conflicts, pc):
                if not any(suite.conflict_matches(sp, gc) for gc in g["conflicts"]):
                    print(f"  FALSE-CONF ({c.reason}) " + " || ".join(
                        f"{outlet[s.ref.article]}[{s.attributed_to}] {_short(s.quote, 80)}" for s in c.sides))
    return 0


if __name__ == "__main__":
    sys.exit(main())
