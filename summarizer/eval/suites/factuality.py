"""Factuality suite on MEANTIME and UW (devdata/factuality, train + dev): are events the
annotators judged uncertain or negated shown as `stated` facts?

The sentences carry no article ids, but sentences of one article are consecutive within a split
file, so consecutive sentences (by `sentence_index`, per dataset and split) are grouped into short
documents of `DOC_SENTENCES` sentences, one sentence per paragraph, and each system runs on them.
For every event in a class below, the claim whose evidence holds the event word is found; the
suite reports how many such events have a claim (`shown`) and the share of those shown as `stated`.

Classes (the cut is ours; the labels are the datasets'):
- uncertain: MEANTIME `probable_*`/`possible_*`; UW -1.0 < value < 2.0 (crowd mean below
  "probably happened"; UW's own `probable` band starts at 1.0 and reaches 2.4, where one worker
  in five said "probably" and four said "certainly": those are not uncertain events).
- negated: MEANTIME `certain_neg`; UW value <= -1.0 (`probably_not` and `counterfactual`).
- factual (a control, lower is not better): MEANTIME `certain_pos`; UW value >= 2.6. Its
  `stated` share shows how much a system over-hedges.
`underspecified` MEANTIME events are left out.

    python -m summarizer.eval.suites.factuality --sample 40 --systems rules,sentences
"""

from __future__ import annotations

import re
import time

from ..devdata import devdata_dir
from .common import Report, main, make_article, rate, read_jsonl, score_systems

DOC_SENTENCES = 8
UW_UNCERTAIN_BELOW = 2.0
UW_NEGATED_AT_MOST = -1.0
UW_FACTUAL_FROM = 2.6


def event_class(ev: dict) -> str | None:
    if ev["dataset"] == "meantime":
        lab = ev["label"]
        if lab.startswith(("probable", "possible")):
            return "uncertain"
        if lab == "certain_neg":
            return "negated"
        if lab == "certain_pos":
            return "factual"
        return None
    v = ev["value"]
    if v <= UW_NEGATED_AT_MOST:
        return "negated"
    if v < UW_UNCERTAIN_BELOW:
        return "uncertain"
    if v >= UW_FACTUAL_FROM:
        return "factual"
    return None


def _event_offset(sentence: str, tokens: list[str], i: int) -> int | None:
    """Char offset of token i in the detokenised sentence: the n-th occurrence of that word."""
    word = tokens[i]
    n = sum(1 for t in tokens[:i] if t == word)
    hits = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", sentence)]
    if not hits:
        hits = [m.start() for m in re.finditer(re.escape(word), sentence)]
    return hits[min(n, len(hits) - 1)] if hits else None


def load(sample: int = 0) -> list[dict]:
    """Documents: {name, text, events: [(offset, class, event)]}. `sample` > 0 keeps that many,
    spread evenly over the list (MEANTIME and UW both represented)."""
    base = devdata_dir() / "factuality"
    events = read_jsonl(base / "meantime.jsonl") + read_jsonl(base / "uw.jsonl")
    sents: dict[tuple, dict] = {}
    for ev in events:
        key = (ev["dataset"], ev["split"], ev["sentence_index"])
        sents.setdefault(key, {"sentence": ev["sentence"], "tokens": ev["tokens"], "events": []})["events"].append(ev)
    docs: list[dict] = []
    groups: dict[tuple, list] = {}
    for key in sorted(sents):
        groups.setdefault(key[:2], []).append(key)
    for (ds, split), keys in groups.items():
        for k in range(0, len(keys), DOC_SENTENCES):
            text, evs = "", []
            for key in keys[k:k + DOC_SENTENCES]:
                s = sents[key]
                base_off = len(text)
                text += s["sentence"] + "\n\n"
                for ev in s["events"]:
                    cls = event_class(ev)
                    off = _event_offset(s["sentence"], s["tokens"], ev["event_token_index"])
                    if cls and off is not None:
                        evs.append((base_off + off, cls, ev))
            docs.append({"name": f"{ds}-{split}-{keys[k][2]}", "text": text, "events": evs})
    if sample and sample < len(docs):
        docs = [docs[i * len(docs) // sample] for i in range(sample)]
    return docs


def score(docs: list[dict], fn) -> dict:
    c: dict[str, dict[str, int]] = {k: {"events": 0, "shown": 0, "stated": 0, "negated_or_denied": 0}
                                    for k in ("uncertain", "negated", "factual")}
    by_ds: dict[str, dict[str, int]] = {}
    seconds = 0.0
    for d in docs:
        t0 = time.perf_counter()
        pred = fn(make_article(d["text"], d["name"]))
        seconds += time.perf_counter() - t0
        for off, cls, ev in d["events"]:
            row = c[cls]
            row["events"] += 1
            claim = next((cl for cl in pred.claims if cl.evidence.start <= off < cl.evidence.end), None)
            if claim is None:
                continue
            row["shown"] += 1
            stated = claim.certainty == "stated"
            row["stated"] += stated
            row["negated_or_denied"] += claim.certainty in ("negated", "denied")
            ds = by_ds.setdefault(f"{ev['dataset']}:{cls}", {"shown": 0, "stated": 0})
            ds["shown"] += 1
            ds["stated"] += stated
    out = {"documents": len(docs), "seconds_per_document": round(seconds / max(1, len(docs)), 3)}
    for cls, row in c.items():
        out[cls] = {**row, "stated_share": rate(row["stated"], row["shown"])}
    both = {k: c["uncertain"][k] + c["negated"][k] for k in ("shown", "stated")}
    out["uncertain_or_negated_stated_share"] = rate(both["stated"], both["shown"])
    out["by_dataset"] = {k: {**v, "stated_share": rate(v["stated"], v["shown"])} for k, v in sorted(by_ds.items())}
    return out


def run(settings, *, sample: int | None = None, systems: list[str] | tuple[str, ...] = ("rules", "sentences"),
        **options) -> Report:
    """Score `systems` on the dev data (`sample`: that many, spread evenly; None/0: all)."""
    docs = load(sample or 0)
    results = score_systems(systems, settings, lambda fn: score(docs, fn))
    lines = ["| system | uncertain or negated as stated | uncertain as stated (shown/events) | "
             "negated as stated (shown/events) | negated shown as negated/denied | factual as stated (control) | docs | s/doc |",
             "|---|---|---|---|---|---|---|---|"]
    for name, r in results.items():
        u, n, f = r["uncertain"], r["negated"], r["factual"]
        lines.append(f"| {name} | {r['uncertain_or_negated_stated_share']} | {u['stated_share']} ({u['shown']}/{u['events']}) | "
                     f"{n['stated_share']} ({n['shown']}/{n['events']}) | {n['negated_or_denied']} | "
                     f"{f['stated_share']} ({f['shown']}/{f['events']}) | {r['documents']} | {r['seconds_per_document']} |")
    return Report(suite="factuality", sample=sample, doc_sentences=DOC_SENTENCES, systems=results,
                  markdown="\n".join(lines))


if __name__ == "__main__":
    raise SystemExit(main(run, "Factuality suite on MEANTIME + UW (devdata/factuality)."))
