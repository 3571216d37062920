"""A cue whose object is a pronoun, then "and" and a second verb of its subject: "Belmark denies
that and says the dam will be filled slowly": the denial's content is "that" (what was said
before), not the second clause; the second verb is a frame of its own ("and says", cues.py).
A session-16 lead story's shape (left18)."""

from __future__ import annotations

import re

from .. import lang

#: "that"/"it"/"this", then "and" and a verb of saying: the first cue's object ends at the pronoun
_PRONOUN_THEN_AND = re.compile(r"\s*(?:that|it|this)\b(?=\s+and\s+([a-z]+)\b)")


def pronoun_object_end(text: str, a: int, b: int) -> int:
    """The end of a content [a, b) that is only a pronoun object before "and" + a verb of saying; b
    otherwise ("denies that it broke the deal": a that-clause, unchanged)."""
    m = _PRONOUN_THEN_AND.match(text, a, b)
    return m.end() if m is not None and m.group(1) in lang.SPEECH_VERBS else b
