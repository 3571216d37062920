"""Error analysis of the support check (`summarizer.verify`) on the faithfulness dev pairs.

    python evals/tools/verify_errors.py --split tune --reasons          # which check rejects faithful pairs, per dataset
    python evals/tools/verify_errors.py --split tune --show fn --dataset FaithBench --n 10
    python evals/tools/verify_errors.py --split heldout --audit          # hard rule: accepted pairs whose number / name
                                                                         # the article lacks (prints only the token)

`--show fn` prints faithful pairs rejected (claim, reason); `--show fp` unfaithful pairs accepted
(claim, and the article sentences that support it). Only the tuning half should be read; the
held-out half is for `--audit` and the suite's table. Reads ../shared/devdata in place; nothing
of it is written to the repository.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict

from summarizer.eval.suites.verify import load_pairs
from summarizer.rules import number_values
from summarizer.verify import verify

_CAP = re.compile(r"(?<![.!?:;\"“(]\s)(?<!^)\b([A-Z][a-z]+(?:[A-Z][a-z]+)?)\b")


def audit_tokens(document: str, claim: str) -> list[str]:
    """An independent look at the hard rule: digits and number words of the claim whose value
    the article lacks (rules.numbers), and capitalised words inside a sentence of the claim
    that the article never writes (any case). Noisy on names (a capitalised common word), so
    it is read, not counted as a failure."""
    out = [f"number {v:g}" for v in sorted(number_values(claim, words=True) - number_values(document, words=True))]
    doc_words = set(re.findall(r"[a-z]+", document.lower()))
    for m in _CAP.finditer(claim):
        w = m.group(1).lower()
        if w not in doc_words and not any(d.startswith(w[:5]) for d in doc_words if len(w) >= 6):
            out.append(f"name {m.group(1)}")
    return out


def reason_kind(reason: str) -> str:
    r = re.sub(r"^sentence \d+ of \d+: ", "", reason)
    for key in ("number", "name", "date", "negation", "roles", "speaker", "words found nowhere", "only"):
        if r.startswith(key):
            return key
    return r.split(":")[0][:30]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--split", default="tune", choices=("tune", "heldout", "all"))
    p.add_argument("--dataset", default=None)
    p.add_argument("--reasons", action="store_true")
    p.add_argument("--audit", action="store_true")
    p.add_argument("--show", choices=("fn", "fp"))
    p.add_argument("--kind", default=None, help="with --show fn: only rejections of this kind")
    p.add_argument("--n", type=int, default=10)
    p.add_argument("--skip", type=int, default=0)
    a = p.parse_args(argv)
    rows = [r for r in load_pairs(a.split) if a.dataset is None or r["dataset"].startswith(a.dataset)]
    reasons: dict[str, Counter] = defaultdict(Counter)
    shown = 0
    for r in rows:
        v = verify(r["document"], r["claim"])
        if a.audit and v.supported:
            bad = audit_tokens(r["document"], r["claim"])
            if bad:
                print(r["dataset"], r["label"], bad)
        if not v.supported:
            reasons[(r["dataset"], "faithful" if r["label"] else "unfaithful")][reason_kind(v.reason)] += 1
        want = (a.show == "fn" and r["label"] and not v.supported and (a.kind is None or reason_kind(v.reason) == a.kind)) \
            or (a.show == "fp" and not r["label"] and v.supported)
        if want:
            shown += 1
            if shown <= a.skip:
                continue
            if shown > a.skip + a.n:
                continue
            print(f"--- {r['dataset']} {r['doc_id']} label={r['label']}")
            print("CLAIM:", r["claim"][:600])
            print("VERDICT:", v.reason)
            for s, e in v.spans[:3]:
                print("  SUP:", r["document"][s:e][:300])
    if a.reasons:
        for key in sorted(reasons):
            print(key, dict(reasons[key].most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
