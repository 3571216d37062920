"""A claim part as the bundled path shows it: `as_sentence` (a dropped "and", a capital, a full
stop, balanced quotation marks), `draft` (a draft claim whose labels code decides), and the
optional model rewrite of a part that cannot stand alone (`needs_model`, `Rewrite`, `Part`).
Split from picks.py (which chooses the parts) when it passed the 400-line limit."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel, Field

from . import lang
from .extract import DraftClaim

#: the standalone text's bound (characters): one short sentence
MAX_TEXT_CHARS = 200


def as_sentence(part: str) -> str:
    """A part as a sentence: whitespace folded, a leading "and"/"but" dropped, trailing clause
    punctuation replaced by a full stop, the first letter capitalized."""
    words = part.split()
    if len(words) > 1 and words[0].lower() in lang.COORDINATORS:
        words = words[1:]
    out = " ".join(words).rstrip(",;:–—- ")
    out = _balanced(out)
    if out and out[-1] not in ".!?\"'”’)":
        out += "."
    return out[:1].upper() + out[1:]


def _balanced(out: str) -> str:
    """Quotation marks of a clause cut from a quoted sentence, balanced: an opening mark with no
    closing one (or the reverse) is dropped rather than shown unmatched."""
    for open_, close in (("“", "”"), ('"', '"')):
        if open_ == close:
            if out.count(open_) % 2:
                out = out.replace(open_, "", 1) if out.startswith(open_) else out[::-1].replace(open_, "", 1)[::-1]
        elif out.count(open_) != out.count(close):
            if out.count(open_) > out.count(close):
                out = out.replace(open_, "", 1)
            else:
                out = out[::-1].replace(close, "", 1)[::-1]
    return out.strip()


def needs_model(part: str) -> bool:
    """Whether the part cannot stand alone: it opens with a pronoun or a subordinating word."""
    words = part.split()
    if len(words) > 1 and words[0].lower() in lang.COORDINATORS:
        words = words[1:]
    first = words[0].lower().strip("\"'“‘(") if words else ""
    return first in lang.DEPENDENT_OPENERS


class Rewrite(BaseModel):
    """The model's whole answer: the part as one standalone sentence."""

    text: str = Field(max_length=MAX_TEXT_CHARS, description="The part as one standalone sentence.")


def draft(quote: str, text: str) -> DraftClaim:
    """A draft claim with neutral labels: code decides kind, source, certainty, when and where.
    Built, not validated: DraftClaim's bounds are for what a model writes, and a long sentence
    taken as it stands may exceed them."""
    return DraftClaim.model_construct(quote=quote, text=" ".join(text.split()), kind="event", source="article",
                                      certainty="stated", when=None, where=None)


@dataclass(frozen=True)
class Part:
    """One claim to ground: `draft`, and the part's own text to try when the model's fails."""

    draft: DraftClaim
    fallback: DraftClaim | None = None
