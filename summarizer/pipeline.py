"""One article through every stage: load → chunk → extract → ground → ArticleSummary."""

from __future__ import annotations

import logging

from rapidfuzz import fuzz

from . import dates, rules
from .cache import Cache
from .chunk import chunk_text, content_sentences, split_sentences
from .extract import DraftClaim, DraftSummary, cached_call, claims_model, task_windows
from .ground import Source, check_claim, ground_text, hedged_certainty, normalize
from .llm import LLMClient, make_client
from .load import Article, find_published
from .schema import ARTICLE_VOICE, ArticleSummary, Claim, Evidence, Quantity, RejectedClaim
from .schema import Source as SourceInfo
from .schema import Usage
from .settings import Settings

log = logging.getLogger("summarizer")

DEDUP_SIMILARITY = 85.0


class Pipeline:
    """Holds the client and cache for many articles; `run(article)` does one."""

    def __init__(self, settings: Settings, client: LLMClient | None = None, cache: Cache | None = None):
        self.settings = settings
        self._client = client
        self.cache = cache if cache is not None else Cache.from_settings(settings)

    @property
    def client(self) -> LLMClient:
        if self._client is None:  # lazily: a fully cached run never loads the model
            self._client = make_client(self.settings)
        return self._client

    def close(self) -> None:
        self.cache.close()
        if self._client is not None:
            self._client.close()

    def __enter__(self) -> "Pipeline":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def run(self, article: Article) -> ArticleSummary:
        s = self.settings
        text = article.text
        src = Source(text)
        published = find_published(text)
        warnings = list(article.warnings)
        usage = Usage()

        chunks = chunk_text(text, s.chunk_chars)
        if not chunks:
            warnings.append("no news sentences found (only page furniture?)")
        windows = task_windows(text, chunks, s.sentences_per_call)

        # 1. headline + summary from the lead
        lead = _lead(text, s.lead_chars)
        res = cached_call(_Lazy(self), self.cache, s, DraftSummary, "summary", text=lead)
        usage = usage.add(res.usage)
        headline, summary, w = _grounded_summary(src, res.value, text)
        warnings += w

        # 2. claims, one bounded task per window
        model = claims_model(s.max_claims_per_call)
        kept: list[Claim] = []
        rejected: list[RejectedClaim] = []
        for win in windows:
            res = cached_call(_Lazy(self), self.cache, s, model, "claims",
                              text=text[win.start:win.end], published=published or "unknown")
            usage = usage.add(res.usage)
            for draft in res.value.claims:
                claim, why = _ground_claim(src, draft, win, published)
                if claim is None:
                    rejected.append(RejectedClaim(text=draft.text, quote=draft.quote,
                                                  attributed_to=draft.source, reason=why))
                elif not _duplicate(claim, kept):
                    kept.append(claim)
        kept.sort(key=lambda c: (c.evidence.start, c.evidence.end))
        claims = [c.model_copy(update={"id": f"c{i}"}) for i, c in enumerate(kept, 1)]
        if not claims:
            warnings.append("no claim survived grounding")
        return ArticleSummary(
            headline=headline,
            summary=summary,
            claims=claims,
            source=SourceInfo(path=article.path, sha256=article.sha256, chars=article.chars),
            model=s.model,
            usage=usage,
            warnings=warnings,
            rejected_claims=rejected,
            published=published,
        )


class _Lazy:
    """Defers building the client (loading the model) until a call actually misses the cache."""

    def __init__(self, pipeline: Pipeline):
        self._p = pipeline

    def complete(self, *a, **kw):
        return self._p.client.complete(*a, **kw)


def summarize_article(article: Article, settings: Settings | None = None) -> ArticleSummary:
    """Convenience one-shot: summarize one loaded article with fresh client and cache."""
    with Pipeline(settings or Settings.from_env()) as p:
        return p.run(article)


# -- helpers ---------------------------------------------------------------------------------


def _lead(text: str, limit: int) -> str:
    sents = content_sentences(text, limit)
    out, used = [], 0
    for sp in sents:
        if used + (sp.end - sp.start) > limit and out:
            break
        out.append(text[sp.start:sp.end])
        used += sp.end - sp.start + 1
    return "\n".join(out)


def _grounded_summary(src: Source, draft: DraftSummary, text: str) -> tuple[str, str, list[str]]:
    """Keep the summary sentences whose numbers and names are in the article (2-4 of them)."""
    warnings: list[str] = []
    kept = []
    for sp in split_sentences(draft.summary):
        sent = draft.summary[sp.start:sp.end]
        why = ground_text(src, sent)
        if why:
            warnings.append(f"summary sentence dropped: {why}")
        elif normalize(sent) not in {normalize(k) for k in kept}:
            kept.append(sent)
    kept = kept[:4]
    if not kept:
        lead = content_sentences(text, 600)
        kept = [text[sp.start:sp.end] for sp in lead[1:3] or lead[:1]]
        warnings.append("model summary was not grounded; showing the article's lead instead")
    headline = " ".join(draft.headline.split())
    if not headline or ground_text(src, headline):
        first = content_sentences(text, 200)
        headline = text[first[0].start:first[0].end] if first else ""
        warnings.append("model headline was not grounded; showing the article's first line")
    return headline, " ".join(kept), warnings


def _ground_claim(src: Source, d: DraftClaim, win, published: str | None):
    text = " ".join(d.text.split())
    if len(text) < 12:
        return None, "claim text is empty or too short"
    loc = src.locate(d.quote, hint=win, claim=text)
    if loc is None:
        return None, "quote not found in the article"
    who = " ".join(d.source.split()) or ARTICLE_VOICE
    evidence_sentence = src.sentence_at(loc.start)
    said_by = rules.speaker(src.text[evidence_sentence.start:evidence_sentence.end]) if evidence_sentence else None
    if who.lower() in ("article", "the article", "none", "unknown", "") and said_by:
        who = said_by  # the evidence names its speaker: the outlet is not the source
    elif who.lower() in ("none", "unknown", "the article"):
        who = ARTICLE_VOICE
    why = check_claim(src, text, who, loc)
    if why:
        return None, why
    certainty = hedged_certainty(src, loc, d.certainty)
    if certainty == "stated" and who != ARTICLE_VOICE:
        certainty = "reported"
    context = src.context(loc.start, loc.end)
    when = dates.when_for(d.when, context, src.text[loc.start:loc.end], published)
    where = d.where if d.where and not ground_text(src, d.where) and _in(d.where, context) else None
    return Claim(
        id="c0",
        kind=d.kind,
        text=text,
        attributed_to=who,
        certainty=certainty,
        evidence=Evidence(quote=src.text[loc.start:loc.end], start=loc.start, end=loc.end, match=loc.match),
        quantities=[Quantity(**q) for q in rules.quantities(text)],
        when=when,
        where=where,
    ), ""


def _in(phrase: str, context: str) -> bool:
    return normalize(phrase) in normalize(context)


def _duplicate(c: Claim, kept: list[Claim]) -> bool:
    for k in kept:
        overlap = min(c.evidence.end, k.evidence.end) - max(c.evidence.start, k.evidence.start)
        same_text = fuzz.token_set_ratio(normalize(c.text), normalize(k.text)) >= DEDUP_SIMILARITY
        if same_text and (overlap > 0 or normalize(c.text) == normalize(k.text)):
            return True
    return False

