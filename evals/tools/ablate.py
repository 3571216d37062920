"""Ablations behind evals/RESULTS.md: the bundled model under one settings change at a time.

    python evals/tools/ablate.py NAME [NAME...]     # names below; prints one row per variant
    python evals/tools/ablate.py --gold DIR NAME    # on another gold directory (e.g. a 2-file subset)

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
    # the bundled model writes the whole draft claim, one sentence per call (claims.v1): the
    # task before issue 16's "parts" task
    "full-task": {"claims_task": "full"},
    # no model call at all: every sentence/clause as it stands, the lead as the summary
    # (what the code alone gives; the model's rewrites and summary are what "current" adds)
    "code-only": {"_client": "none"},
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


class NoModel:
    """Answers every call with empty text: parts stand as they are, the summary falls back to the lead."""

    def complete(self, response_model, messages):
        from summarizer.schema import Usage

        fields = set(response_model.model_fields)
        value = {"claims": []} if "claims" in fields else {f: "" for f in fields}
        return response_model.model_validate(value), Usage()

    def close(self) -> None:
        pass


def main(names: list[str]) -> None:
    gold = default_gold_dir()
    if names[:1] == ["--gold"]:
        gold, names = names[1], names[2:]
    names = names or list(VARIANTS)
    cases = load_gold_set(gold)
    print("| variant | " + " | ".join(COLS) + " | calls | completion tok | s |")
    print("|---" * (len(COLS) + 4) + "|")
    for name in names:
        changes = dict(VARIANTS[name])
        client = NoModel() if changes.pop("_client", None) == "none" else None
        settings = Settings.from_env(**changes)
        t0 = time.time()
        with Pipeline(settings, client=client) as p:
            rep = evaluate_system(name, lambda case: p.run(case.article), cases, role="model")
        d = rep.model_dump()
        cells = [f"{d.get(c):.3f}" if isinstance(d.get(c), float) else str(d.get(c)) for c in COLS]
        print(f"| {name} | " + " | ".join(cells) + f" | {d.get('calls')} | {d.get('completion_tokens')} | {time.time() - t0:.0f} |",
              flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
