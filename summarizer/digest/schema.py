"""The digest's JSON contract: what `summarize digest -o digest.json` writes.

Every statement points at the claims it rests on with a `ClaimRef` (article id + claim id),
so a reader can always get from the digest back to the article's own words.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..schema import Claim, Usage, Warnings


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ClaimRef(_Model):
    article: str = Field(description="Article id, e.g. 'a1'.")
    claim: str = Field(description="Claim id within that article, e.g. 'c3'.")


class DigestArticle(_Model):
    id: str
    path: str
    sha256: str
    headline: str
    published: str | None = None
    summary: str
    claims: list[Claim]
    warnings: Warnings = Field(default_factory=list)


class Storyline(_Model):
    id: str
    title: str = Field(description="Label made from the words the grouped claims share.")
    claims: list[ClaimRef]
    articles: list[str]


class Agreement(_Model):
    text: str = Field(description="A representative wording of the shared claim.")
    claims: list[ClaimRef]
    sources: list[str] = Field(description="Who reports it (attributed_to of each claim).")
    articles: list[str]
    quotes: list[str] = Field(default_factory=list, description="Each claim's evidence quote, in `claims` order.")


class ConflictSide(_Model):
    ref: ClaimRef
    attributed_to: str
    text: str
    quote: str
    value: float | None = None


class Conflict(_Model):
    kind: Literal["numbers", "assertion"]
    topic: str
    reason: str
    sides: list[ConflictSide] = Field(min_length=2)


class EventVersion(_Model):
    source: str = Field(description="Who gives this version (attributed_to of the claim).")
    article: str
    ref: ClaimRef
    stance: Literal["agrees", "asserts", "denies", "counts"]
    text: str
    quote: str
    values: list[float] = Field(default_factory=list)
    account: int = Field(0, ge=0, description=(
        "In a disputed event, which account this claim gives: claims joined by agreements share a "
        "number (1, 2, ...), the two sides of a conflict never do; 0 when the event is not disputed or "
        "the claim's agreements reach both sides."))


class Event(_Model):
    """Who claims what: claims of several articles linked by agreements or conflicts."""
    id: str
    title: str
    disputed: bool = Field(description="True when the versions conflict (numbers or accounts).")
    articles: list[str]
    versions: list[EventVersion]


class TimelineEntry(_Model):
    date: str
    text: str
    attributed_to: str
    ref: ClaimRef
    quote: str


class QuantityRow(_Model):
    counted: str
    value: float
    unit: str | None = None
    bound: str | None = None  # "more than", "about", "at least" ...: the value is a bound or an estimate, as the claim says
    attributed_to: str
    when: str | None = None
    ref: ClaimRef


class FailedArticle(_Model):
    path: str
    error: str
    exit_code: int


class Digest(_Model):
    summary: str
    summary_refs: list[ClaimRef] = Field(default_factory=list)
    articles: list[DigestArticle]
    storylines: list[Storyline]
    agreements: list[Agreement]
    conflicts: list[Conflict]
    timeline: list[TimelineEntry]
    quantities: list[QuantityRow]
    events: list[Event] = Field(default_factory=list)
    failed: list[FailedArticle] = Field(default_factory=list)
    model: str
    usage: Usage = Field(default_factory=Usage)
    warnings: Warnings = Field(default_factory=list)
