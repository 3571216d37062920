"""The public JSON contract: what `summarize --format json` prints and gold files hold.

Every model here is what a *user* reads. What the LLM is asked to fill in lives in
`summarizer.extract` (smaller, bounded models); the grounding step turns those drafts into
these, adding offsets the model never reports.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

def unique_lines(lines: list[str]) -> list[str]:
    """Each line once, where it first came: the same warning from two windows, two dropped
    summary sentences or a claim grounded twice (its fallback) is shown once."""
    return list(dict.fromkeys(lines))


#: A warnings list as every output holds it: no line twice, first-seen order.
Warnings = Annotated[list[str], AfterValidator(unique_lines)]

#: The closed claim taxonomy (documented in README.md "Claim kinds").
ClaimKind = Literal["event", "quantity", "statement", "plan", "background"]
CLAIM_KINDS: tuple[str, ...] = ClaimKind.__args__  # type: ignore[attr-defined]

#: How firmly the article (or its source) asserts the claim, following its hedges
#: (documented in README.md "Certainty"; decided by `attribution.certainty_for`).
Certainty = Literal["stated", "reported", "claimed", "unconfirmed", "denied", "speculative", "negated"]
CERTAINTIES: tuple[str, ...] = Certainty.__args__  # type: ignore[attr-defined]

#: How a quote was found in the source: byte-for-byte, after whitespace/quote/dash
#: normalisation, or by fuzzy alignment above the documented threshold.
MatchKind = Literal["exact", "normalized", "fuzzy"]

#: `attributed_to` value when the outlet states something in its own voice.
ARTICLE_VOICE = "article"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(_Model):
    quote: str = Field(description="Exactly text[start:end] of the decoded source.")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    match: MatchKind


class Quantity(_Model):
    value: float
    unit: str | None = Field(default=None, description="Unit of measure, e.g. 'km', 'percent'; null for plain counts.")
    counted: str = Field(description="What is counted or measured, e.g. 'damaged homes'.")


class Claim(_Model):
    id: str
    kind: ClaimKind
    text: str = Field(description="One standalone sentence.")
    attributed_to: str = Field(description=f"Who asserts it; '{ARTICLE_VOICE}' for the outlet's own voice.")
    certainty: Certainty
    evidence: Evidence
    quantities: list[Quantity] = Field(default_factory=list)
    when: str | None = Field(default=None, description="ISO date if resolvable, else the raw phrase.")
    where: str | None = None


class RejectedClaim(_Model):
    text: str
    quote: str
    attributed_to: str | None = None
    reason: str


class Source(_Model):
    path: str
    sha256: str
    chars: int


class Usage(_Model):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    calls: int = 0
    cached: int = 0
    reasks: int = 0
    retries: int = 0

    def add(self, other: "Usage") -> "Usage":
        return Usage(**{k: getattr(self, k) + getattr(other, k) for k in type(self).model_fields})


class ArticleSummary(_Model):
    headline: str
    summary: str
    claims: list[Claim]
    source: Source
    model: str
    usage: Usage = Field(default_factory=Usage)
    warnings: Warnings = Field(default_factory=list)
    rejected_claims: list[RejectedClaim] = Field(default_factory=list)
    published: str | None = Field(default=None, description="Article date (ISO) if found in the text.")
