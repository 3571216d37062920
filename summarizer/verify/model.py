"""Optional model verification of what the code check cannot decide (issue 14).

`summarizer.verify.verify` decides every sentence by code. Most of its decisions are clear: a
number, name or date the article lacks, a negation flip or swapped roles (the *hard* checks),
or a coverage far from its threshold. Between them lies a band where the code is little
better than a coin: on devdata/faithfulness (tune half) the sentences it accepts with 75-95% of
their content words found are faithful only 30-49% of the time, and those it rejects on
coverage alone with 60-75% found are faithful 20-25% of the time (evals/RESULTS.md, "Model
verification"; `thresholds.MODEL_VERIFY_BAND`). Only verdicts in that band go to the model:

- a sentence the code *accepts* with a score in the band: the model may reject it;
- a sentence the code *rejects only for lexical reasons* (coverage, words found nowhere in the
  article) with a score in the band: the model may keep it (a faithful paraphrase).

Used for an article's summary sentences (pipeline.py) and the digest's overall summary
(digest/build.py); claims are not sent (their claim-mode check is strict by design).
A hard rejection is never sent and never overruled. The answer is schema-checked
(`SupportJudgment`, through instructor: a malformed answer is re-asked), goes through the
same cache as every call (`extract.cached_call`, prompt prompts/verify.v1.md) and is counted
in the article's usage. When the call fails, the code's verdict stands.

Switched by `Settings.model_verify` ("auto": on for an OpenAI-compatible endpoint, off for
the bundled model, which did not help: evals/RESULTS.md). With the bundled model and no
verification, nothing settles the band, so a `BandRejecter` drops the bundled model's acceptances
in it (they were mostly wrong: session 22); the verify suite scores the code alone, unchanged.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, Field

from .. import thresholds
from ..chunk import split_sentences
from ..errors import SummarizerError
from ..schema import Usage
from . import Verdict, verify

log = logging.getLogger("summarizer")

__all__ = ["SupportJudgment", "ModelVerifier", "BandRejecter", "borderline", "lexical_rejection", "model_verifier"]


class SupportJudgment(BaseModel):
    label: Literal["supported", "unsupported", "contradicted"]
    reason: str = Field(min_length=1, max_length=200, description="One short sentence tied to the article.")
    sentences: list[int] = Field(default_factory=list, max_length=3,
                                 description="Numbers of the article sentences that support or contradict it.")


def lexical_rejection(verdict: Verdict) -> bool:
    """The code rejected the text on its words alone, no hard check failed (`Verdict.check`)."""
    return not verdict.supported and verdict.check == "coverage"


def borderline(verdict: Verdict) -> bool:
    """The code cannot decide: an acceptance or a lexical rejection with a score in the band."""
    low, high = thresholds.MODEL_VERIFY_BAND
    if verdict.supported:
        return verdict.score < high
    return lexical_rejection(verdict) and verdict.score >= low


def numbered_article(text: str, spans: list[tuple[int, int]], budget: int) -> tuple[str, list[tuple[int, int]]]:
    """The article as numbered sentences ("[1] ...") within `budget` characters: all of it when
    it fits, else the code's supporting sentences and their neighbours first, then the lead.
    Returns the text and each number's span in the article."""
    sents = [(sp.start, sp.end) for sp in split_sentences(text) if text[sp.start:sp.end].strip()]
    if sum(e - s + 6 for s, e in sents) > budget:
        near = {i for i, (s, e) in enumerate(sents) for a, b in spans if s < b and a < e}
        order = sorted(near) + sorted({j for i in near for j in (i - 1, i + 1) if 0 <= j < len(sents)} - near)
        seen = set(order)
        order += [i for i in range(len(sents)) if i not in seen]
        keep, used = set(), 0
        for i in order:
            n = sents[i][1] - sents[i][0] + 6
            if used + n > budget and keep:
                continue
            keep.add(i)
            used += n
        sents = [sents[i] for i in sorted(keep)]
    lines = [f"[{k}] {' '.join(text[s:e].split())}" for k, (s, e) in enumerate(sents, 1)]
    return "\n".join(lines), sents


@dataclass
class ModelVerifier:
    """`verifier(document, text)` -> Verdict: the code's verdict, settled by the model when the
    code cannot decide. One per article (its `usage` and `calls` add up that article's calls)."""

    client: object
    cache: object
    settings: object
    usage: Usage = field(default_factory=Usage)
    asked: int = 0

    def __call__(self, document, text: str, verdict: Verdict | None = None) -> Verdict:
        doc_text = document if isinstance(document, str) else getattr(document, "text", str(document))
        verdict = verdict if verdict is not None else verify(doc_text, text)
        if not borderline(verdict):
            return verdict
        return self.judge(doc_text, text, verdict)

    def judge(self, doc_text: str, text: str, verdict: Verdict) -> Verdict:
        """Ask the model about a borderline verdict; the code's verdict when the call fails."""
        from ..extract import cached_call

        article, spans = numbered_article(doc_text, verdict.spans, 2 * self.settings.chunk_chars)
        self.asked += 1
        try:
            res = cached_call(self.client, self.cache, self.settings, SupportJudgment, "verify",
                              article=article, sentence=" ".join(text.split()))
        except SummarizerError as e:
            self.usage = self.usage.add(getattr(e, "usage", None) or Usage())
            log.warning("model verification failed (%s); keeping the code's verdict", e)
            return verdict
        self.usage = self.usage.add(res.usage)
        j = res.value
        cited = sorted({spans[k - 1] for k in j.sentences if 1 <= k <= len(spans)})
        if j.label == "supported":
            why = verdict.reason if verdict.supported else f"kept by the model ({verdict.reason})"
            return Verdict(True, verdict.score, f"{why}; model: {j.reason}", cited or verdict.spans)
        return Verdict(False, verdict.score, f"model: {j.label}: {j.reason}", cited or verdict.spans)


def enabled(settings) -> bool:
    """Settings.model_verify resolved: "on", "off", or "auto" (on for an OpenAI-compatible endpoint)."""
    choice = getattr(settings, "model_verify", "off")
    return choice == "on" or (choice == "auto" and settings.backend == "openai")


class BandRejecter:
    """The bundled model's sentences when no model settles the band: an acceptance in it is
    dropped; every other verdict stands. The 135M model writes fluent sentences that borrow most of
    their words from the article and get who did what wrong: of its summary sentences the code
    accepted on 38 articles (the 11 tuned BASIL clusters and the five seeds), the 7 accepted in the
    band were false, invented or garbled 6 times ("Donald Trump, a former president", in 2011;
    "a question that has sparked debate in the GOP", said by no article); the 17 accepted above
    it, 3 times (evals/RESULTS.md "Session 22: the bundled model's summary sentences")."""

    usage = Usage()
    asked = 0

    def __call__(self, document, text: str, verdict: Verdict | None = None) -> Verdict:
        verdict = verdict if verdict is not None else verify(document, text)
        if not (verdict.supported and borderline(verdict)):
            return verdict
        return Verdict(False, verdict.score, f"only {verdict.score:.0%} of its content words are in the article's "
                       f"closest sentences (the bundled model's sentences need {thresholds.MODEL_VERIFY_BAND[1]:.0%}: "
                       "no model here settles the band)", verdict.spans, "band")


def model_verifier(settings, client, cache) -> ModelVerifier | BandRejecter | None:
    """A fresh ModelVerifier for one article (`client`: one that loads the model only when a
    call misses the cache, pipeline.lazy_client); with the bundled model and no verification, a
    BandRejecter; else None."""
    if enabled(settings):
        return ModelVerifier(client, cache, settings)
    return BandRejecter() if settings.backend == "local" else None
