"""Where the code-only support check cannot decide: the score band of verify/model.py.

For every (document, summary) pair of devdata/faithfulness in a half (`tune`, where the band
was chosen, or `heldout`), `summarizer.verify` in summary mode gives a verdict. Hard
rejections (a number, name, date, negation, roles or speaker) are set aside; the rest are the
code's lexical decisions: accepted, or rejected on coverage alone. Per score bin this prints
how many are faithful: where the share is far from what the code decided, the code cannot
decide and a model may (thresholds.MODEL_VERIFY_BAND).

    PYTHONPATH=. python evals/tools/verify_band.py [--split tune|heldout]
"""

from __future__ import annotations

import argparse
import collections

from summarizer import thresholds
from summarizer.eval.suites.verify import load_pairs
from summarizer.verify import verify
from summarizer.verify.model import borderline, lexical_rejection

EDGES = (0.0, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.999, 1.01)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--split", choices=("tune", "heldout"), default="tune")
    a = p.parse_args(argv)
    rows = load_pairs(a.split)
    bins: dict = collections.defaultdict(lambda: [0, 0])
    hard = [0, 0]
    band = [0, 0]
    for r in rows:
        v = verify(r["document"], r["claim"])
        kind = "accepted" if v.supported else "lexical" if lexical_rejection(v) else None
        if kind is None:
            hard[r["label"]] += 1
            continue
        b = max(i for i, e in enumerate(EDGES) if v.score >= e)
        bins[kind, b][r["label"]] += 1
        if borderline(v):
            band[r["label"]] += 1
    print(f"split {a.split}: {len(rows)} pairs; hard rejections: {hard[0]} unfaithful, {hard[1]} faithful")
    print("| code decision | score | unfaithful | faithful | faithful share | code right |")
    print("|---|---|---|---|---|---|")
    for kind in ("lexical", "accepted"):
        for b in range(len(EDGES) - 1):
            n0, n1 = bins[kind, b]
            if n0 + n1:
                share = n1 / (n0 + n1)
                right = share if kind == "accepted" else 1 - share
                hi = "1.00" if EDGES[b + 1] > 1 else f"{EDGES[b + 1]:.2f}"
                print(f"| {kind} | {EDGES[b]:.2f}-{hi} | {n0} | {n1} | {share:.2f} | {right:.2f} |")
    low, high = thresholds.MODEL_VERIFY_BAND
    print(f"\nband {low:.2f}-{high:.2f}: {band[0] + band[1]} pairs sent to the model "
          f"({band[0]} unfaithful, {band[1]} faithful) of {len(rows)}")


if __name__ == "__main__":
    main()
