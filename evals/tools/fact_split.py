"""Factuality suite on two halves of the MEANTIME + UW documents, plus a dump of the events the
`code` system shows as `stated` against the annotators, for tuning with held-out honesty.

    python evals/tools/fact_split.py                        # both halves and all, rules + code
    python evals/tools/fact_split.py --systems code --halves A   # the tune half only
    python evals/tools/fact_split.py --dump 40              # also 40 uncertain events shown as stated (tune half)
    python evals/tools/fact_split.py --dump 40 --cls negated
    python evals/tools/fact_split.py --dump 40 --cls factual --not-stated   # over-hedged controls
    python evals/tools/fact_split.py --why --no-table       # why uncertain/negated events are still stated (tune half)
    python evals/tools/fact_split.py --sources --no-table --systems code [--half B]   # those in reported speech, by attribution outcome
    python evals/tools/fact_split.py --where --no-table --systems code --half B   # events by where they sit in the claim (counts only)
    python evals/tools/fact_split.py --stated-why --no-table --systems code [--stated-examples 5]
        # uncertain/negated events shown stated, by the cue nearest the event (counts A and B; examples A only)

Half "A" (tune): the suite's documents with an even index; half "B" (held out): odd index. The
documents are the suite's own (consecutive sentences, `DOC_SENTENCES` per document). Nothing
in the repository stores the sentences; this reads ../shared/devdata in place.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter

from summarizer.attribution import analyze
from summarizer.attribution.certainty import main_clause
from summarizer.eval.suites import factuality as suite
from summarizer.eval.suites.common import make_article, rate, systems_for
from summarizer.settings import Settings

try:
    from fact_why import examples as why_examples, stated_cases, table as why_table
except ImportError:  # run as a module from the repository root
    from evals.tools.fact_why import examples as why_examples, stated_cases, table as why_table


def halves(docs: list[dict]) -> dict[str, list[dict]]:
    return {"A": docs[0::2], "B": docs[1::2], "all": docs}


_SOURCE_WORDS = re.compile(r"[\"“”]|\b(?:said|says|say|told|according to|reported|announced|added)\b", re.I)
_MODALS = {"may", "might", "could", "would", "should", "will", "can", "must", "'d", "'ll", "wo", "ca", "shall"}


def why(ev: dict, quote: str) -> str:
    """Where an event shown as stated sits: a sentence a source speaks in (quotation marks or a
    reporting verb: attribution's to find), an event embedded under a factual main clause
    (a to-infinitive, a noun, a gerund, a clause opened by a relative or subordinating word:
    the claim's certainty follows its main clause), or elsewhere."""
    if _SOURCE_WORDS.search(quote):
        return "sentence with quotation marks or a reporting verb (attribution)"
    t = [x.lower() for x in ev["tokens"]]
    i, pos = ev["event_token_index"], ev["event_pos"]
    if any(x in _MODALS for x in t[max(0, i - 4):i]):
        return "modal right before the event (a relative or subordinate clause)"
    if pos.startswith("VB") and "to" in t[max(0, i - 2):i]:
        return "to-infinitive under a main verb or noun"
    if pos.startswith("NN"):
        return "noun (nominal event)"
    if pos == "VBG":
        return "gerund"
    if any(x in ("who", "which", "that", "if", "unless", "until", "once", "before", "whether", "when", "because")
           for x in t[:i]):
        return "after a relative or subordinating word"
    return "other (main clause or unclassified)"


def why_stated(docs: list[dict], fn) -> Counter:
    out: Counter = Counter()
    for d in docs:
        pred = fn(make_article(d["text"], d["name"]))
        for off, cls, ev in d["events"]:
            cl = next((c for c in pred.claims if c.evidence.start <= off < c.evidence.end), None)
            if cls != "factual" and cl is not None and cl.certainty == "stated":
                out[why(ev, cl.evidence.quote)] += 1
    return out


def source_sentences(docs: list[dict], fn, show: bool = False) -> Counter:
    """Uncertain/negated events shown as `stated` in a sentence with quotation marks or a
    reporting verb (why()'s attribution row), by what the attribution analysis made of them:
    no relation touches the claim (a frame or quotation missed), a relation's content holds the
    event but the claim is not given to it (the span lookup), or a relation touches the claim
    and the event lies outside its content (a subject or relative clause: the outlet's)."""
    out: Counter = Counter()
    for d in docs:
        t = d["text"]
        pred, rels = fn(make_article(t, d["name"])), analyze(t).relations
        for off, cls, ev in d["events"]:
            cl = next((c for c in pred.claims if c.evidence.start <= off < c.evidence.end), None)
            if cls == "factual" or cl is None or cl.certainty != "stated" or not _SOURCE_WORDS.search(cl.evidence.quote):
                continue
            s, e = cl.evidence.start, cl.evidence.end
            if any(a <= off < b for r in rels for a, b in r.content):
                k = "event in a relation's content, claim not given to it (lookup)"
            elif any(r.footprint[1] > s and r.footprint[0] < e for r in rels):
                k = "relation on the claim, event outside its content"
            else:
                k = "no relation on the claim (frame or quotation missed)"
            out[k] += 1
            if show:
                print(f"[{k[:11]}] {ev['event_word']!r}: {' '.join(cl.evidence.quote.split())[:200]}")
    return out


def where_counts(docs: list[dict], fn) -> dict:
    """Uncertain and negated events by where they sit in the claim whose evidence holds them (the
    suite counts a miss wherever the event is; GUIDELINES label a claim by its main clause): the
    head verb of the claim's main clause (the words `main_clause` keeps: no relative, subordinate
    or cut clause, no reporting frame; a verb, not a gerund, not after "to"), inside the main clause
    but embedded (a noun, a to-infinitive, a gerund: "rejected the offer", "urged X to take steps"),
    or outside it. For each: events shown, shown as `stated`, the share. Counts only (session 9, fact10)."""
    shown: Counter = Counter()
    stated: Counter = Counter()
    for d in docs:
        t = d["text"]
        pred, at = fn(make_article(t, d["name"])), analyze(t)
        for off, cls, ev in d["events"]:
            cl = next((c for c in pred.claims if c.evidence.start <= off < c.evidence.end), None)
            if cls == "factual" or cl is None:
                continue
            seg = main_clause(t, cl.evidence.start, cl.evidence.end, at.relation_for(cl.evidence.start, cl.evidence.end))
            if not re.search(r"(?<!\w)" + re.escape(ev["event_word"]) + r"(?!\w)", seg):
                k = "outside the main clause"
            else:
                tk, i = [x.lower() for x in ev["tokens"]], ev["event_token_index"]
                head = ev["event_pos"].startswith("VB") and ev["event_pos"] != "VBG" and "to" not in tk[max(0, i - 2):i]
                k = "main clause, head verb" if head else "main clause, embedded"
            shown[k] += 1
            stated[k] += cl.certainty == "stated"
    return {k: (shown[k], stated[k], rate(stated[k], shown[k])) for k in sorted(shown)}


def combined(a: dict, b: dict) -> dict:
    """The suite's figures over both halves, from each half's counts (no second run)."""
    out = {"documents": a["documents"] + b["documents"]}
    for cls in ("uncertain", "negated", "factual"):
        row_ = {k: a[cls][k] + b[cls][k] for k in ("events", "shown", "stated", "negated_or_denied")}
        out[cls] = {**row_, "stated_share": rate(row_["stated"], row_["shown"])}
    both = [out[c]["stated"] for c in ("uncertain", "negated")], [out[c]["shown"] for c in ("uncertain", "negated")]
    out["uncertain_or_negated_stated_share"] = rate(sum(both[0]), sum(both[1]))
    return out


def row(name: str, h: str, r: dict) -> str:
    u, n, f = r["uncertain"], r["negated"], r["factual"]
    return (f"| {h} | {name} | {r['uncertain_or_negated_stated_share']} | {u['stated_share']} ({u['shown']}/{u['events']}) | "
            f"{n['stated_share']} ({n['shown']}/{n['events']}) | {f['stated_share']} ({f['shown']}/{f['events']}) | {r['documents']} |")


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--systems", default="rules,code")
    p.add_argument("--dump", type=int, default=0, help="events to print from the tune half")
    p.add_argument("--cls", default="uncertain", choices=("uncertain", "negated", "factual"))
    p.add_argument("--not-stated", action="store_true", help="dump events NOT shown as stated")
    p.add_argument("--half", default="A")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--no-table", action="store_true")
    p.add_argument("--why", action="store_true", help="count stated uncertain/negated events by construction")
    p.add_argument("--sources", action="store_true",
                   help="count the stated uncertain/negated events in reported-speech sentences by attribution outcome")
    p.add_argument("--show", action="store_true", help="with --sources: print those sentences (tune half only!)")
    p.add_argument("--halves", default="A,B", help="halves to score (A,B also prints their sum, all)")
    p.add_argument("--where", action="store_true",
                   help="uncertain/negated events by where they sit in their claim (main clause or not), with --half")
    p.add_argument("--stated-why", action="store_true",
                   help="uncertain/negated events shown stated by the cue nearest the event (both halves, counts)")
    p.add_argument("--stated-examples", type=int, default=0, help="with --stated-why: that many per class, half A only")
    args = p.parse_args()
    docs = suite.load(0)
    parts = halves(docs)
    fns, closers = systems_for([s for s in args.systems.split(",") if s], Settings.from_env().replace(use_cache=False))
    try:
        if not args.no_table:
            print("| half | system | uncertain or negated as stated | uncertain as stated (shown/events) | "
                  "negated as stated (shown/events) | factual as stated (control) | docs |")
            print("|---|---|---|---|---|---|---|")
            for name, fn in fns.items():
                scored = {h: suite.score(parts[h], fn) for h in args.halves.split(",")}
                if len(scored) == 2:
                    scored["all"] = combined(*scored.values())
                for h, r in scored.items():
                    print(row(name, h, r))
        if args.why:
            fn = fns.get("code") or next(iter(fns.values()))
            print(f"\nuncertain/negated events shown as stated (half {args.half}), by where the event sits:")
            for k, n in why_stated(parts[args.half], fn).most_common():
                print(f"  {n:4}  {k}")
        if args.sources:
            fn = fns.get("code") or next(iter(fns.values()))
            print(f"\nuncertain/negated events shown as stated in reported-speech sentences (half {args.half}):")
            for k, n in source_sentences(parts[args.half], fn, args.show).most_common():
                print(f"  {n:4}  {k}")
        if args.where:
            fn = fns.get("code") or next(iter(fns.values()))
            print(f"\nuncertain/negated events by where they sit in their claim (half {args.half}): shown, stated, share")
            for k, (n, st, r) in where_counts(parts[args.half], fn).items():
                print(f"  {k:28} {n:5} {st:5} {r}")
        if args.stated_why:
            fn = fns.get("code") or next(iter(fns.values()))
            cases = {h: stated_cases(parts[h], fn) for h in ("A", "B")}
            print("\nuncertain/negated events shown as stated, by the cue nearest the event (fact_why.py):")
            print("\n".join(why_table(cases)))
            if args.stated_examples:
                print("\n".join(why_examples(cases["A"], args.stated_examples)))  # never half B's
        if args.dump:
            fn = fns.get("code") or next(iter(fns.values()))
            found = []
            for d in parts[args.half]:
                pred = fn(make_article(d["text"], d["name"]))
                for off, cls, ev in d["events"]:
                    if cls != args.cls:
                        continue
                    cl = next((c for c in pred.claims if c.evidence.start <= off < c.evidence.end), None)
                    if cl is None or (cl.certainty == "stated") == args.not_stated:
                        continue
                    found.append((ev, cl))
            rnd = random.Random(args.seed)
            print(f"\n{len(found)} {args.cls} events shown {'not ' if args.not_stated else ''}as stated (half {args.half})")
            for ev, cl in rnd.sample(found, min(args.dump, len(found))):
                print(f"\n[{ev['dataset']} {ev.get('label')} {ev.get('value')}] event={ev['event_word']!r}"
                      f"\n  SENT: {ev['sentence']}\n  EVID: {' '.join(cl.evidence.quote.split())}"
                      f"\n  -> {cl.certainty} / {cl.attributed_to} / {cl.kind}")
    finally:
        for x in closers:
            x.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
