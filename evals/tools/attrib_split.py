"""Attribution suite on two halves of PolNeAR dev (split by a hash of article_id), plus the
misses and false attributions of the `sentences` view, for tuning with held-out honesty.

    python evals/tools/attrib_split.py                 # both halves, rules + sentences
    python evals/tools/attrib_split.py --misses 20     # also print 20 misses / false attributions (tune half)
    python evals/tools/attrib_split.py --cues          # gold cue lemmas the analysis misses, by count
    python evals/tools/attrib_split.py --systems rules,sentences,code --misses 30 --of code   # the bundled path's errors
    python evals/tools/attrib_split.py --systems code --of code --dump /tmp/a_before.json   # every half-A claim, to compare
    python evals/tools/attrib_split.py --systems code --of code --flips /tmp/a_before.json  # claims whose voice changed since
    python evals/tools/attrib_split.py --systems code --of code --stated-why            # why attributed claims show `stated` (counts)
    python evals/tools/attrib_split.py --systems code --of code --stated-why --stated-list 40   # and 40 of half A's

Half "A" (tune): sha1(article_id) even; half "B" (held out): odd. Nothing in the repository
stores article texts; this reads ../shared/devdata in place.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
from collections import Counter

from summarizer.eval.suites import attribution as suite
from summarizer.eval.suites.common import make_article, systems_for
from summarizer.schema import ARTICLE_VOICE


def half(article_id: str) -> str:
    return "A" if int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % 2 == 0 else "B"


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--misses", type=int, default=0)
    p.add_argument("--fp", type=int, default=0, help="false attributions to print")
    p.add_argument("--cues", action="store_true")
    p.add_argument("--half", default="A")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--systems", default="rules,sentences", help="systems scored (rules, sentences, code)")
    p.add_argument("--of", default="sentences", help="the system whose misses / false attributions are printed")
    p.add_argument("--dump", default="", help="write every claim of --half (system --of) with its gold to this JSON file")
    p.add_argument("--flips", default="", help="a --dump file of an earlier commit: print the claims whose voice changed")
    p.add_argument("--stated-why", action="store_true",
                   help="break the attributed claims shown `stated` (system --of) down by cause and feature, per half (counts)")
    p.add_argument("--stated-list", type=int, default=0,
                   help="with --stated-why: also print that many of half A's (the tune half; never B's)")
    args = p.parse_args()
    from summarizer.settings import Settings

    names = [x.strip() for x in args.systems.split(",") if x.strip()]
    fns, closers = systems_for(sorted(set(names) | {args.of}, key=(names + [args.of]).index), Settings.from_env())
    fns = {name: _memo(fn) for name, fn in fns.items()}
    pairs = suite.load(0)
    halves = {"A": [x for x in pairs if half(x[0]["article_id"]) == "A"],
              "B": [x for x in pairs if half(x[0]["article_id"]) == "B"]}
    print("| half | system | articles | bal. acc. | attributed found | own voice kept | named source (n) | named (chain) | attributed as stated | of them, speech cue |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    whole_rows = []
    for h in ("A", "B", "all"):
        ps = pairs if h == "all" else halves[h]
        for name in names:
            r = suite.score(ps, fns[name])
            for rows, x in ((None, r), (whole_rows, {**r["whole_statement_gold"], "articles": r["articles"]})):
                line = (f"| {h} | {name} | {x['articles']} | {x['balanced_accuracy']} | {x['attributed_recall']} | "
                        f"{x['own_voice_recall']} | {x['named_source_accuracy']} ({x['named_source_n']}) | "
                        f"{x['named_source_accuracy_chain']} | {x['attributed_shown_stated']} | {x.get('attributed_shown_stated_speech', '')} |")
                print(line) if rows is None else rows.append(line)
    print("\nwhole-statement gold (the suite's second reading):")
    print("\n".join(whole_rows))
    if args.stated_why:
        _stated_why(halves, fns[args.of], args.stated_list)
    if args.misses or args.fp or args.cues or args.dump or args.flips:
        misses, fps, cue_miss, cue_all, rows = [], [], Counter(), Counter(), []
        for art, rels in halves[args.half]:
            pred = fns[args.of](make_article(art["text"], art["article_id"]))
            for cl in pred.claims:
                rel = suite.gold_relation(rels, cl.evidence.start, cl.evidence.end)
                said = cl.attributed_to != ARTICLE_VOICE
                rows.append({"article_id": art["article_id"], "start": cl.evidence.start, "end": cl.evidence.end,
                             "quote": " ".join(cl.evidence.quote.split()), "attributed_to": cl.attributed_to,
                             "certainty": str(cl.certainty), "gold_attributed": rel is not None,
                             "gold_source": ((rel or {}).get("source") or {}).get("text", "")})
                if rel is not None:
                    cue = (rel.get("cue") or {}).get("text", "").lower()
                    cue_all[cue] += 1
                    if not said:
                        cue_miss[cue] += 1
                        misses.append((art["article_id"], cl.evidence.quote, cue, (rel.get("source") or {}).get("text", "")))
                elif said:
                    fps.append((art["article_id"], cl.evidence.quote, cl.attributed_to))
        if args.dump:
            import json
            with open(args.dump, "w", encoding="utf-8") as f:
                json.dump(rows, f, indent=0)
            print(f"\nwrote {len(rows)} claims of half {args.half} to {args.dump}")
        if args.flips:
            _print_flips(args.flips, rows)
        rnd = random.Random(args.seed)
        if args.cues:
            print(f"\nmissed {sum(cue_miss.values())} of {sum(cue_all.values())}; cue: missed/all")
            for c, n in cue_miss.most_common(60):
                print(f"  {c!r}: {n}/{cue_all[c]}")
        for m in rnd.sample(misses, min(args.misses, len(misses))):
            print("\nMISS", m[0], "| cue:", repr(m[2]), "| src:", repr(m[3]), "\n   ", " ".join(m[1].split())[:400])
        for m in rnd.sample(fps, min(args.fp, len(fps))):
            print("\nFALSE", m[0], "| ours:", repr(m[2]), "\n   ", " ".join(m[1].split())[:400])
    for x in closers:
        x.close()
    return 0


def _memo(fn):
    """The system's output per article, computed once (the halves and "all" score the same articles)."""
    seen: dict = {}

    def run(article):
        key = (article.path, article.sha256)
        if key not in seen:
            seen[key] = fn(article)
        return seen[key]
    return run


def _stated_why(halves: dict, fn, list_a: int) -> None:
    """Gold-attributed claims shown `stated`, by cause and feature per half (stated_why.py); with
    `list_a`, also that many of half A's claims with their features (half B is never printed)."""
    import stated_why
    rows_by_half, listed = {}, []
    for h in ("A", "B"):
        rows = rows_by_half[h] = []
        for art, rels in halves[h]:
            pred = fn(make_article(art["text"], art["article_id"]))
            for cl in pred.claims:
                rel = suite.gold_relation(rels, cl.evidence.start, cl.evidence.end)
                if rel is None or cl.certainty != "stated":
                    continue
                rows.append(stated_why.row(art["text"], rel, cl))
                if h == "A":
                    listed.append((art["article_id"], rows[-1], cl, rel))
    print("\nattributed claims shown `stated`, by cause and feature (counts):\n")
    print(stated_why.table(rows_by_half))
    for aid, r, cl, rel in listed[:list_a]:
        print(f"\nSTATED {aid} [{cl.evidence.start}] ours: {cl.attributed_to!r} | "
              f"gold: {((rel.get('source') or {}).get('text') or '')!r} cue {((rel.get('cue') or {}).get('text') or '')!r} | "
              + ", ".join(f"{k}={v}" for k, v in r.items() if k != "status") + f"\n    {' '.join(cl.evidence.quote.split())[:400]}")


def _print_flips(path: str, rows: list[dict]) -> None:
    """Claims (same evidence span) whose voice changed since the dump: good = now agrees with gold."""
    import json
    with open(path, encoding="utf-8") as f:
        old = {(r["article_id"], r["start"], r["end"]): r for r in json.load(f)}
    new = {(r["article_id"], r["start"], r["end"]): r for r in rows}
    good = bad = 0
    for key, r in new.items():
        o = old.get(key)
        if o is None or (o["attributed_to"] != ARTICLE_VOICE) == (r["attributed_to"] != ARTICLE_VOICE):
            continue
        ok = (r["attributed_to"] != ARTICLE_VOICE) == r["gold_attributed"]
        good, bad = good + ok, bad + (not ok)
        print(f"\n{'GOOD' if ok else 'BAD '} {key[0]} {o['attributed_to']!r} -> {r['attributed_to']!r} "
              f"(gold: {r['gold_source'] or 'own voice'!r})\n    {r['quote'][:300]}")
    print(f"\nflips: {good} good, {bad} bad; claims only before: {len(old.keys() - new.keys())}, "
          f"only now: {len(new.keys() - old.keys())}")


if __name__ == "__main__":
    sys.exit(main())
