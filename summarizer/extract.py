"""Extraction: what the LLM is asked for, one bounded task at a time.

The response models here are what instructor sends as the schema. Every string and list is
bounded (the bundled 135M model otherwise copies whole paragraphs into short fields and
repeats itself), `quote` comes first so the model copies before it paraphrases, and the
model is never asked for offsets: grounding finds them.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import re
from typing import Literal
from dataclasses import dataclass

from pydantic import BaseModel, Field, create_model

from . import lang
from .cache import Cache, cache_key
from .errors import ExtractionError, TransportError
from .chunk import Span, Window
from .llm import LLMClient
from .prompting import load_prompt
from .schema import Certainty, ClaimKind, Usage
from .settings import Settings

log = logging.getLogger("summarizer")


class DraftClaim(BaseModel):
    quote: str = Field(max_length=300, description="Exact words copied from the text.")
    text: str = Field(max_length=240, description="The claim as one standalone sentence.")
    kind: ClaimKind
    source: str = Field(max_length=60, description="Who says it, or 'article'.")
    certainty: Certainty
    when: str | None = Field(default=None, max_length=40)
    where: str | None = Field(default=None, max_length=60)


def _bound(model: type[BaseModel], name: str) -> int:
    return model.model_fields[name].metadata[0].max_length


@functools.lru_cache(maxsize=256)
def claims_model(max_claims: int, choices: tuple[str, ...] | None = None,
                 quote_chars: int | None = None, text_chars: int | None = None) -> type[BaseModel]:
    """The response model for one call: at most `max_claims` claims.

    With `choices`, `quote` must be one of them (a JSON-schema enum, which llama.cpp turns
    into grammar): the small model then *selects* its quote from the window's sentences and
    clauses instead of paraphrasing one, and every quote is found exactly. `quote_chars`,
    `text_chars`: the fields' bounds when not DraftClaim's (Settings.claim_quote_chars, a capable
    model's longer quotes); DraftClaim's own leave the schema, and its cache keys, as they were.
    """
    item = DraftClaim
    quote_chars = quote_chars or _bound(DraftClaim, "quote")
    text_chars = text_chars or _bound(DraftClaim, "text")
    if (quote_chars, text_chars) != (_bound(DraftClaim, "quote"), _bound(DraftClaim, "text")):
        item = create_model(
            "DraftClaim",
            __base__=DraftClaim,
            quote=(str, Field(max_length=quote_chars, description="Exact words copied from the text.")),
            text=(str, Field(max_length=text_chars, description="The claim as one standalone sentence.")),
        )
    if choices:
        item = create_model(
            "DraftClaim",
            __base__=item,
            quote=(Literal[choices], Field(description="Exact words copied from the text.")),
        )
    return create_model("Claims", claims=(list[item], Field(max_length=max_claims)))


# (not at a parenthetical pair of commas: "available for journalistic, and thus public, scrutiny")
_CLAUSE = re.compile(rf"(?<=[;:])\s+|\s+[–—]\s+|(?<=,[”\"])\s+(?={lang.QUOTE_COMMA_CONTRAST_RE})|,\s+(?=(?:{lang.CLAUSE_CONNECTIVES_RE})\b)"
                     rf"(?!(?:{lang.CLAUSE_CONNECTIVES_RE})\s+(?:{'|'.join(lang.PARENTHETICAL_ADVERBS)})\s+[\w’'-]+,)"
                     r"(?!(?:while|whereas|though|although)\s+(?:also\s+|still\s+)?[a-z]{3,}ing\b)"  # not "..., while acknowledging X": an
                     # adjunct, no subject (nor "..., while also urging X": read36)
                     r"(?!though\s*,)")  # not "The parts, though, remain ...": a parenthetical "though" (read13b)
CLAUSE_BREAK = _CLAUSE  # where a sentence splits into clauses (also summarizer.picks)
# (after a quotation's closing comma too: 'X said it looked “fair,” while Y said ...'; genre45)


def quote_choices(text: str, sentences: tuple[Span, ...], min_chars: int = 25) -> tuple[str, ...]:
    """Candidate quotes for a window: each sentence, then its clauses long enough to stand alone."""
    out: list[str] = []
    for sp in sentences:
        sent = text[sp.start:sp.end]
        out.append(sent)
        parts = [p.strip() for p in _CLAUSE.split(sent)]
        if len(parts) > 1:
            out += [p for p in parts if len(p) >= min_chars]
    # llama.cpp's schema-to-grammar does not escape '"' inside enum values (0.3.36): leave
    # such sentences out; with no candidate left, the window gets a free-text quote instead.
    return tuple(c for c in dict.fromkeys(out) if '"' not in c and "\\" not in c)


class DraftSummary(BaseModel):
    headline: str = Field(max_length=120, description="At most 12 words.")
    summary: str = Field(max_length=600, description="Two to four sentences.")


@functools.lru_cache(maxsize=16)
def summary_model(max_chars: int) -> type[BaseModel]:
    """The summary call's response model with its summary bounded to `max_chars` characters
    (`Settings.summary_chars`: the bundled model's 600 is DraftSummary itself, so its schema, and
    the cache keys of its answers, stay as they were). A model's summary cut at the bound is
    shown up to its last full sentence (pipeline)."""
    if max_chars == _bound(DraftSummary, "summary"):
        return DraftSummary
    return create_model("DraftSummary", __base__=DraftSummary,
                        summary=(str, Field(max_length=max_chars, description="Two to four sentences.")))


@functools.lru_cache(maxsize=256)
def _schema(model: type[BaseModel]) -> dict:
    """The JSON schema of a response model; the models are cached classes, so is their schema."""
    return model.model_json_schema()


@dataclass
class CallResult:
    value: BaseModel
    usage: Usage


class CachedFailure(BaseModel):
    """A call that failed on its output (it looped into max_tokens, or broke the schema after
    every re-ask), stored under its cache key: the same prompt fails the same way at
    temperature 0, so a re-run does not pay for it again."""
    error: str
    truncated: bool = False


def cached_call(
    client: LLMClient,
    cache: Cache,
    settings: Settings,
    response_model: type[BaseModel],
    prompt_name: str,
    *,
    max_tokens: int | None = None,
    cache_failures: bool = False,
    **values: str,
) -> CallResult:
    """One schema-checked LLM call through the cache. Usage counts every attempt.

    `max_tokens` bounds this call below the settings' bound (and is part of its key). With
    `cache_failures`, an output failure (ExtractionError, or output truncated on every try) is
    cached as a failure under the same key and raised again from the cache, counted as cached.
    Transport failures are never cached."""
    prompt = load_prompt(prompt_name)
    messages = prompt.messages(**values)
    gen = {"max_tokens": max_tokens} if max_tokens else {}
    if not cache.enabled:  # --no-cache: no key to build (the schema dump costs ~1 ms a call)
        value, usage = client.complete(response_model, messages, **gen)
        return CallResult(value, usage)
    keyed = dataclasses.replace(settings, max_tokens=min(max_tokens, settings.max_tokens)) if max_tokens else settings
    key = cache_key(keyed, prompt_hash=prompt.sha256, schema=_schema(response_model), messages=messages)
    hit = cache.get(key, response_model)
    if hit is not None:
        log.debug("cache hit %s… (%s)", key[:12], prompt_name)
        return CallResult(hit, Usage(cached=1))
    if cache_failures:
        failed = cache.get("failed:" + key, CachedFailure)
        if failed is not None:
            log.debug("cached failure %s… (%s)", key[:12], prompt_name)
            err = ExtractionError(failed.error, usage=Usage(cached=1))
            err.truncated = failed.truncated
            raise err
    try:
        value, usage = client.complete(response_model, messages, **gen)
    except (ExtractionError, TransportError) as e:
        if cache_failures and (isinstance(e, ExtractionError) or e.truncated):
            cache.set("failed:" + key, CachedFailure(error=str(e), truncated=e.truncated))
        raise
    cache.set(key, value)
    return CallResult(value, usage)


def task_windows(text: str, chunks: list[Window], sentences_per_call: int) -> list[Window]:
    """Split chunks into windows of at most `sentences_per_call` sentences: one call each."""
    out: list[Window] = []
    for ch in chunks:
        sents = ch.sentences
        for i in range(0, len(sents), sentences_per_call):
            group = sents[i:i + sentences_per_call]
            out.append(Window(group[0].start, group[-1].end, group))
    return out
