"""Judged digest precision (issue 15): every predicted agreement and conflict read against the three
articles, not against the gold digests (which list only the 3-8 key facts of a cluster).

    python evals/tools/judge_digest.py [--gold evals/digest_gold] [--system code]   # report
    python evals/tools/judge_digest.py --add      # append unjudged items to the files (right: null)
    python evals/tools/judge_digest.py --show     # print unjudged items with their quotes

Judgements live in `evals/digest_judgements/<cluster_id>.json`, one entry per predicted item, keyed
by its quotes (outlet + exact evidence quote + offsets), so they survive claim-id changes:

    {"cluster_id": "...", "agreements": [{"quotes": [{"outlet", "quote", "start", "end"}, ...],
                                          "right": true|false|null, "reason": "one line"}],
                          "conflicts": [{"sides": [{"outlet", "source", "quote", "start", "end"}, ...],
                                         "right": ..., "reason": "..."}]}

Agreement right = the quoted claims state the same proposition (same event/fact, compatible
details; evals/digest_gold/README.md). Conflict right = the sides are incompatible accounts or values
of the same thing by different sources. `right: null` = not judged yet. The report runs the system
on the gold clusters (as the digest suite does), and prints per cluster and in total: predicted,
judged, right, judged precision = right / judged, the gold-based precision, the unjudged items, and
how many right agreements match no gold agreement. Reads ../shared/devdata in place.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from summarizer.eval.suites import digest as suite  # noqa: E402

JUDGED = ROOT / "evals" / "digest_judgements"
#: Reason prefixes the report counts: "mixed" (wrong only because one quote of a larger group is
#: another fact or source), "fragment" (a quote that states nothing alone), "clause" (right, the
#: shared fact stated in a relative clause or apposition of one quote).
TAGS = ("mixed", "fragment", "clause")


def item_key(kind: str, entry: dict) -> tuple:
    """The quotes that identify a predicted item (order-free)."""
    parts = entry["quotes"] if kind == "agreements" else entry["sides"]
    return tuple(sorted((p["outlet"], p["start"], p["end"], p["quote"]) for p in parts))


def predicted(cluster: dict, run) -> dict:
    """The cluster's predicted agreements and conflicts as judgement entries (without a verdict)."""
    (al, _, _), arts, basil = suite.digest_for(cluster, run)

    def ev(ref):
        claim = next(c for c in arts[ref.article].claims if c.id == ref.claim)
        return basil[ref.article]["outlet_code"], claim

    items = {"agreements": [], "conflicts": []}
    for a in al.agreements:
        qs = []
        for ref in a.claims:
            o, c = ev(ref)
            qs.append({"outlet": o, "quote": c.evidence.quote, "start": c.evidence.start, "end": c.evidence.end})
        items["agreements"].append({"quotes": qs})
    for k in al.conflicts:
        sides = []
        for s in k.sides:
            o, c = ev(s.ref)
            sides.append({"outlet": o, "source": s.attributed_to, "quote": c.evidence.quote,
                          "start": c.evidence.start, "end": c.evidence.end})
        items["conflicts"].append({"sides": sides, "reason_given": k.reason})
    return items


def gold_hits(items: dict, gold: dict) -> tuple[list[bool], list[bool], int, int]:
    """Whether each predicted item overlaps some gold item (not one-to-one: for the 'gold lacks'
    count), and the suite's one-to-one matched counts (agreements, conflicts)."""
    pa = [[(q["outlet"], q["start"], q["end"]) for q in a["quotes"]] for a in items["agreements"]]
    pc = [[(s["outlet"], s["start"], s["end"]) for s in k["sides"]] for k in items["conflicts"]]
    ha = [any(suite.agreement_matches(p, g) for g in gold["agreements"]) for p in pa]
    hc = [any(suite.conflict_matches(p, g) for g in gold["conflicts"]) for p in pc]
    one_a = suite.one_to_one(pa, gold["agreements"], suite.agreement_matches)
    one_c = suite.one_to_one(pc, gold["conflicts"], suite.conflict_matches)
    return ha, hc, one_a, one_c


def load_judgements(cid: str) -> dict:
    p = JUDGED / f"{cid}.json"
    if p.exists():
        return json.loads(p.read_text(encoding="utf-8"))
    return {"cluster_id": cid, "agreements": [], "conflicts": []}


def write_judgements(doc: dict) -> None:
    JUDGED.mkdir(parents=True, exist_ok=True)
    (JUDGED / f"{doc['cluster_id']}.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n",
                                                      encoding="utf-8")


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "n/a"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--gold", type=Path, default=suite.default_gold_dir())
    p.add_argument("--system", default="code")
    p.add_argument("--add", action="store_true", help="append unjudged items (right: null) to the files")
    p.add_argument("--show", action="store_true", help="print the unjudged items")
    args = p.parse_args(argv)
    gold = suite.load_gold(args.gold)
    run, pipe = suite.make_system(args.system)
    tot = {k: [0, 0, 0, 0] for k in ("agreements", "conflicts")}  # predicted, judged, right, gold-matched (1:1)
    lacks = 0
    tags: dict[str, int] = {}  # reason prefixes ('mixed:', 'clause:', 'fragment:') by kind and verdict
    cross: dict[str, int] = {}  # agreements: gold-overlapping or not x judged right or wrong
    try:
        for cl in suite.load_clusters():
            cid = cl["cluster_id"]
            if cid not in gold:
                continue
            items = predicted(cl, run)
            ha, hc, one_a, one_c = gold_hits(items, gold[cid])
            doc = load_judgements(cid)
            known = {kind: {item_key(kind, e): e for e in doc[kind]} for kind in ("agreements", "conflicts")}
            line = [cid[:8]]
            for kind, hits, one in (("agreements", ha, one_a), ("conflicts", hc, one_c)):
                n = judged = right = 0
                for it, hit in zip(items[kind], hits):
                    j = known[kind].get(item_key(kind, it))
                    n += 1
                    if j is None and args.add:
                        j = {**it, "right": None, "reason": ""}
                        j.pop("reason_given", None)
                        doc[kind].append(j)
                        known[kind][item_key(kind, it)] = j
                    if j is None or j["right"] is None:
                        if args.show:
                            print(f"  UNJUDGED {cid[:8]} {kind[:5]}{' gold' if hit else ''}: " + " || ".join(
                                f"{q['outlet']}{'[' + q['source'] + ']' if 'source' in q else ''} {q['quote']}"
                                for q in it.get("quotes") or it["sides"]))
                        continue
                    judged += 1
                    right += bool(j["right"])
                    lacks += kind == "agreements" and bool(j["right"]) and not hit
                    tag = next((t for t in TAGS if j["reason"].startswith(t + ":")), "")
                    if tag:
                        key = f"{kind} {'right' if j['right'] else 'wrong'} '{tag}:'"
                        tags[key] = tags.get(key, 0) + 1
                    key = f"{kind} {'gold' if hit else 'no-gold'} {'right' if j['right'] else 'wrong'}"
                    cross[key] = cross.get(key, 0) + 1
                t = tot[kind]
                t[0] += n
                t[1] += judged
                t[2] += right
                t[3] += one
                line.append(f"{kind[:5]} {n} pred, {judged} judged, {right} right ({_ratio(right, judged)}),"
                            f" gold {one} ({_ratio(one, n)})")
            print("  ".join(line))
            if args.add:
                write_judgements(doc)
    finally:
        if pipe is not None:
            pipe.close()
    print(f"\n{args.gold} ({len(gold)} clusters, system {args.system})")
    for kind, (n, judged, right, one) in tot.items():
        print(f"{kind}: predicted {n}, judged {judged} (unjudged {n - judged}), right {right}: "
              f"judged precision {_ratio(right, judged)}; gold-based precision {one}/{n} = {_ratio(one, n)}")
    print(f"right agreements that match no gold agreement: {lacks}")
    for key in sorted(cross):
        print(f"  {key}: {cross[key]}")
    for key in sorted(tags):
        print(f"  tagged {key}: {tags[key]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
