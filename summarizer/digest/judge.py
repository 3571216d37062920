"""Optional LLM judgment of the alignment's linked pairs (issue 15).

Off unless the backend is a capable OpenAI-compatible endpoint (Settings.backend == "openai")
AND `Settings.pair_judge` is set (`--pair-judge`, or `SUMMARIZER_PAIR_JUDGE=1` in the environment,
read by Settings.from_env): the bundled model does not help. Measured in evals/RESULTS.md,
"Session 25: judge26" (evals/tools/pair_judge_signal.py): SmolLM2-135M asked whether two claims
state the same fact, read as log P(yes) - log P(no) in three prompt forms, and a likelihood-ratio
signal: the yes/no forms rank gold agreement pairs at chance, the likelihood signal below the
lexical similarity the code has on both blind sets, and neither adding the pairs it scores high nor
dropping the code's agreements it scores low lifts recall at precision 0.8 on every readable gold
set (at 0.5-1.7 s a pair, 26-209 s a digest). Every judged pair is one more call. The judgment
is schema-checked (instructor, `PairJudgment`), goes through the same cache as every call (`cached_call`,
prompt prompts/align.v1.md), and can only *remove* what the code found: "unrelated" drops
a pair, "agree" drops a code conflict, "conflict" drops a code agreement. It never invents a
link the code did not propose, so a bad answer costs recall, never a false statement. The
model's short reason is kept in the conflict's `reason`.
"""

from __future__ import annotations

import logging
from typing import Literal

from pydantic import BaseModel, Field

from ..errors import SummarizerError

log = logging.getLogger("summarizer")

#: Judged pairs per digest at most (the rest keep the code's judgment).
MAX_JUDGED = 200
ENV = "SUMMARIZER_PAIR_JUDGE"  # read by Settings.from_env, not here


class PairJudgment(BaseModel):
    label: Literal["agree", "conflict", "unrelated"]
    reason: str = Field(max_length=300, description="One short sentence tied to both quotes.")


def pair_judge(pipeline):
    """A `judge(f1, f2, judgment)` for summarizer.digest.align.align, or None when switched off."""
    if pipeline is None or pipeline.settings.backend != "openai" or not pipeline.settings.pair_judge:
        return None
    from ..extract import cached_call
    from ..pipeline import lazy_client

    budget = [MAX_JUDGED]

    def judge(f1, f2, jd):
        if jd.kind == "none" or budget[0] <= 0:
            return None
        budget[0] -= 1
        try:
            res = cached_call(lazy_client(pipeline), pipeline.cache, pipeline.settings, PairJudgment, "align",
                              source_a=f1.source, claim_a=f1.claim.text, quote_a=f1.claim.evidence.quote,
                              source_b=f2.source, claim_b=f2.claim.text, quote_b=f2.claim.evidence.quote)
        except SummarizerError as e:
            log.warning("pair judgment failed (%s); keeping the code's", e)
            return None
        v = res.value
        if v.label == "unrelated" or (v.label == "agree") != (jd.kind == "agreement"):
            return type(jd)("none", f"model: {v.reason}")
        return type(jd)(jd.kind, f"{jd.reason} (model: {v.reason})", jd.about, jd.values)

    return judge
