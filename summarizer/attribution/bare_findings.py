"""A clause with no "that" after a verb of finding whose verb is a plain past form with an object (session 28,
read30; issue 12): "But he found such a scheme created problems for towns" is the finder's statement
(cue_words._bare_clause read only "is", "was", "had", ... as such a clause's verb). A past form before a
preposition or a stop is a participle of the thing found ("found the car parked in a lane") and no clause."""

from __future__ import annotations

from .. import lang
from .text import Tok


def past_verb_with_object(toks: list[Tok], k: int) -> bool:
    """toks[k] is a lower-case past form in "-ed" and an object follows it: a determiner, a possessive or an
    object pronoun, or a lower-case plural noun ("created problems")."""
    w = toks[k].text
    if not (w.islower() and w.endswith("ed") and len(w) > 4) or k + 1 >= len(toks) or w in lang.PASSIVE_PARTICIPLES:
        return False
    nxt = toks[k + 1]
    return nxt.low in lang.NOUN_DETERMINERS or nxt.low in lang.POSSESSIVE_DETERMINERS or nxt.low in lang.OBJECT_PRONOUNS \
        or nxt.text.islower() and nxt.low.endswith("s") and not nxt.low.endswith("ss") and nxt.low not in lang.FUNCTION_WORDS
