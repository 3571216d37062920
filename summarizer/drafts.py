"""A claim part as the bundled path shows it: `draft` (a draft claim whose labels code decides) and
the optional model rewrite of a part that cannot stand alone (`needs_model`, `Rewrite`, `Part`).
Split from picks.py (which chooses the parts) when it passed the 400-line limit; split again at
the limit: `as_sentence` and `quoted_sentence` are part_sentences.py's, `descriptions`
passing_descriptions.py's, `speech_split` speech_splits.py's (importable from here as before)."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel, Field

from . import lang
from .extract import DraftClaim
from .part_sentences import as_sentence, quoted_sentence  # noqa: F401 (imported from here)
from .passing_descriptions import descriptions  # noqa: F401 (imported from here)
from .speech_splits import speech_split  # noqa: F401 (imported from here)


#: the standalone text's bound (characters): one short sentence
MAX_TEXT_CHARS = 200


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
    #: a description of a name the sentence gives in passing (`descriptions`): its kind, in the
    #: outlet's voice, kept beside the claim of the clause that holds it
    described: str | None = None
    #: who speaks in a speech act split off its sentence ("X did A and said B": `speech_split`) with no frame there
    speaker: str | None = None
    certainty: str | None = None  # that speaker's, when its cue decides it ("who prosecutors allege ...": claimed)
