"""Ablations behind evals/RESULTS.md: the bundled model under one settings change at a time.

    python evals/tools/ablate.py NAME [NAME...]     # names below; prints one row per variant

Each variant shares the cache with `summarize eval`, so re-running one is cheap.
"""

from __future__ import annotations

import sys
import time

from summarizer.eval import default_gold_dir, evaluate_system, load_gold_set
from summarizer.pipeline import Pipeline
from summarizer.settings import Settings

VARIANTS = {
    "current": {},
    "two-claims": {"max_claims_per_call": 2},
    "free-quote": {"quote_choices": False},
    "trust-labels": {"trust_model_labels": True},
    "three-sentences": {"sentences_per_call": 3, "max_claims_per_call": 4},
    "repeat-penalty": {"repeat_penalty": 1.15},
    "initial-task": {"sentences_per_call": 3, "max_claims_per_call": 4, "quote_choices": False,
                     "repeat_penalty": 1.15},
}
COLS = ("claim_precision", "claim_recall", "claim_f1", "kind_accuracy", "attribution_accuracy",
        "certainty_accuracy", "grounding_rate", "rejected_claim_rate", "rouge_l")


def main(names: list[str]) -> None:
    cases = load_gold_set(default_gold_dir())
    print("| variant | " + " | ".join(COLS) + " | calls | completion tok | s |")
    print("|---" * (len(COLS) + 4) + "|")
    for name in names:
        settings = Settings.from_env(**VARIANTS[name])
        t0 = time.time()
        with Pipeline(settings) as p:
            rep = evaluate_system(name, lambda case: p.run(case.article), cases, role="model")
        d = rep.model_dump()
        cells = [f"{d.get(c):.3f}" if isinstance(d.get(c), float) else str(d.get(c)) for c in COLS]
        print(f"| {name} | " + " | ".join(cells) + f" | {d.get('calls')} | {d.get('completion_tokens')} | {time.time() - t0:.0f} |",
              flush=True)


if __name__ == "__main__":
    main(sys.argv[1:] or list(VARIANTS))
