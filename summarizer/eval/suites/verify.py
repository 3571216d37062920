"""The support check as a classifier on human-labelled (document, claim) pairs.

Data: `faithfulness/pairs.jsonl` of the development data (`../shared/devdata` from the
repository root, or `$SUMMARIZER_DEVDATA`): pairs from SummEval, QAGS, XSumFaith, FaithBench,
SummEdits, CLIFF, FactCC, Polytope and Goyal21, each labelled supported or not by people
outside this project. A system says "supported" or not; per dataset we report the true
positive rate (faithful pairs kept), the false positive rate (unfaithful pairs accepted) and
their balanced accuracy, and the mean over the datasets that hold both labels.

Systems:
- `ground`: today's lexical check, `ground.ground_text` (supported when it returns None);
- `verify`: `summarizer.verify.verify` in summary mode (code only);
- `verify+model`: the same, with the borderline verdicts settled by the model
  (`summarizer.verify.model`); scored when the settings switch model verification on
  (`--base-url`/`--model`, or `--model-verify on` for the bundled model). Its calls go
  through the cache and are counted in the report (`usage`).

Documents are split in two halves by a hash of (dataset, doc_id): `tune` (rules were looked
at and thresholds set on it) and `heldout` (reported). `--sample N` takes a fixed, stratified
sample (the same N/datasets pairs of each dataset every run) for CI.

    summarize eval --suite verify [--sample N] [--base-url URL --model M]
    python -m summarizer.eval.suites.verify [--sample N] [--split heldout|tune|all]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections import defaultdict

from ..devdata import faithfulness_pairs

SYSTEMS = ("ground", "verify")
MODEL_SYSTEM = "verify+model"


def _half(dataset: str, doc_id: str) -> str:
    h = hashlib.sha1(f"{dataset}\0{doc_id}".encode()).digest()[0]
    return "heldout" if h % 2 else "tune"


def load_pairs(split: str = "heldout", sample: int | None = None) -> list[dict]:
    rows = [r for r in faithfulness_pairs()
            if split == "all" or _half(r["dataset"], str(r["doc_id"])) == split]
    if sample:
        by_ds: dict[str, list[dict]] = defaultdict(list)
        for r in rows:
            by_ds[r["dataset"]].append(r)
        per = max(1, sample // len(by_ds))
        rows = []
        for ds in sorted(by_ds):
            # a fixed order (hash of the pair), both labels as balanced as the data allows
            items = sorted(by_ds[ds], key=lambda r: hashlib.sha1((r["doc_id"] + r["claim"]).encode()).hexdigest())
            pos = [r for r in items if r["label"]]
            neg = [r for r in items if not r["label"]]
            k = min(len(pos), per // 2)
            take = pos[:k] + neg[:per - k]
            take += pos[k:k + per - len(take)]
            rows.extend(take)
    return rows


def _model_classifier(settings):
    """verify, then the model on the borderline verdicts; returns (predict, verifier, close)."""
    from ...cache import Cache
    from ...llm import make_client
    from ...verify.model import ModelVerifier

    client, cache = [], Cache.from_settings(settings)

    class _Lazy:  # the model loads only when a call misses the cache
        def complete(self, *a, **kw):
            if not client:
                client.append(make_client(settings))
            return client[0].complete(*a, **kw)

    verifier = ModelVerifier(_Lazy(), cache, settings)

    def close():
        cache.close()
        for c in client:
            c.close()

    return (lambda doc, claim: verifier(doc, claim).supported), verifier, close


def _classifier(name: str):
    if name == "ground":
        from ...ground import Source, ground_text

        return lambda doc, claim: ground_text(Source(doc), claim) is None
    if name == "verify":
        from ...verify import verify

        return lambda doc, claim: verify(doc, claim).supported
    raise ValueError(f"unknown system {name!r} (known: {', '.join(SYSTEMS)})")


def _absent_number(document: str, claim: str) -> bool:
    """An independent look (rules.numbers): a number of the claim, in digits or words, that the
    article lacks (in digits or words). A number glued to a word by a hyphen ("Under-17") is
    read on both sides."""
    from ...rules import number_values

    def unglue(text: str) -> str:
        return re.sub(r"(?<=[A-Za-z])-(?=\d)", " - ", text)

    return bool(number_values(unglue(claim), words=True) - number_values(unglue(document), words=True))


def score(rows: list[dict], predict) -> dict:
    """Per-dataset TPR, FPR and balanced accuracy, and their mean over two-label datasets;
    `accepted_absent_number`: pairs accepted although a number of the claim (digits or words) is not
    in the article (by rules.numbers, which the check under test does not use)."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # tp, fn, fp, tn
    absent = 0
    for r in rows:
        yes = predict(r["document"], r["claim"])
        absent += bool(yes and _absent_number(r["document"], r["claim"]))
        c = counts[r["dataset"]]
        c[(0 if yes else 1) if r["label"] else (2 if yes else 3)] += 1
    out = {}
    for ds, (tp, fn, fp, tn) in sorted(counts.items()):
        tpr = tp / (tp + fn) if tp + fn else None
        fpr = fp / (fp + tn) if fp + tn else None
        ba = (tpr + 1 - fpr) / 2 if tpr is not None and fpr is not None else None
        out[ds] = {"n": tp + fn + fp + tn, "pos": tp + fn, "neg": fp + tn, "tpr": tpr, "fpr": fpr, "ba": ba}
    bas = [d["ba"] for d in out.values() if d["ba"] is not None]
    return {"datasets": out, "mean_ba": sum(bas) / len(bas) if bas else None, "accepted_absent_number": absent}


class VerifyReport(dict):
    """The suite's result: a dict (split, pairs, sample, systems -> per-dataset scores) that
    prints itself as the eval CLI expects."""

    def to_markdown(self) -> str:
        return to_markdown(self)

    def to_json(self) -> str:
        return json.dumps(self, indent=2)


def run(settings=None, *, sample: int | None = 300, systems=SYSTEMS, split: str = "heldout",
        **_ignored) -> VerifyReport:
    """Score each system on the pairs. `systems` names outside this suite's (`ground`,
    `verify`) are ignored (none left: both); `settings` is unused (code only, no model)."""
    from ...verify.model import enabled

    systems = [s for s in systems if s in SYSTEMS] or list(SYSTEMS)
    if settings is not None and enabled(settings):
        systems.append(MODEL_SYSTEM)
    rows = load_pairs(split, sample)
    result = VerifyReport(split=split, pairs=len(rows), sample=sample, systems={})
    for name in systems:
        verifier, close = None, None
        if name == MODEL_SYSTEM:
            predict, verifier, close = _model_classifier(settings)
        else:
            predict = _classifier(name)
        t0 = time.perf_counter()
        try:
            res = score(rows, predict)
        finally:
            if close:
                close()
        res["seconds"] = round(time.perf_counter() - t0, 2)
        if verifier is not None:
            res["asked"] = verifier.asked
            res["usage"] = verifier.usage.model_dump()
        result["systems"][name] = res
    return result


def _f(x) -> str:
    return "—" if x is None else f"{x:.2f}"


def to_markdown(result: dict) -> str:
    systems = list(result["systems"])
    datasets = sorted({d for s in result["systems"].values() for d in s["datasets"]})
    head = "| dataset | n (pos/neg) | " + " | ".join(f"{s} BA | {s} TPR | {s} FPR" for s in systems) + " |"
    lines = [head, "|" + "---|" * (2 + 3 * len(systems))]
    for ds in datasets:
        first = result["systems"][systems[0]]["datasets"][ds]
        cells = []
        for s in systems:
            d = result["systems"][s]["datasets"][ds]
            cells += [_f(d["ba"]), _f(d["tpr"]), _f(d["fpr"])]
        lines.append(f"| {ds} | {first['n']} ({first['pos']}/{first['neg']}) | " + " | ".join(cells) + " |")
    lines.append("| **mean BA (two-label datasets)** | | "
                 + " | ".join(f"**{_f(result['systems'][s]['mean_ba'])}** | | " for s in systems) + "|")
    lines.append("| accepted with a number not in the article | | "
                 + " | ".join(f"{result['systems'][s]['accepted_absent_number']} | | " for s in systems) + "|")
    for s in systems:
        if "usage" in result["systems"][s]:
            u = result["systems"][s]["usage"]
            lines.append(f"| {s}: pairs sent to the model | | {result['systems'][s]['asked']} "
                         f"({u['calls']} calls, {u['cached']} cached, {u['reasks']} re-asks) | | |")
    lines.append("")
    lines.append(f"split: {result['split']}, pairs: {result['pairs']}"
                 + "".join(f"; {s}: {result['systems'][s]['seconds']} s" for s in systems))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m summarizer.eval.suites.verify", description=__doc__.split("\n")[0])
    p.add_argument("--sample", type=int, default=None, help="a fixed stratified sample of N pairs (CI: 300)")
    p.add_argument("--split", choices=("heldout", "tune", "all"), default="heldout")
    p.add_argument("--systems", default=",".join(SYSTEMS))
    p.add_argument("-f", "--format", choices=("md", "json"), default="md")
    p.add_argument("--base-url", help="an OpenAI-compatible endpoint: also score verify+model")
    p.add_argument("--model", help="the model at --base-url")
    p.add_argument("--model-verify", choices=("auto", "on", "off"), help="on: verify+model with the bundled model")
    p.add_argument("--cache-dir")
    a = p.parse_args(argv)
    settings = None
    if a.base_url or a.model or a.model_verify:
        from ...settings import Settings

        settings = Settings.from_env(base_urls=(a.base_url,) if a.base_url else None, model=a.model,
                                     model_verify=a.model_verify, cache_dir=a.cache_dir)
    result = run(settings, sample=a.sample, systems=[s for s in a.systems.split(",") if s], split=a.split)
    print(result.to_json() if a.format == "json" else result.to_markdown(), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
