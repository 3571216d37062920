"""The writer's aside set off by commas inside a clause ("<Name>, whose aide, it should be noted, tried to
clarify ...", "The figure, it is worth noting, rose"): it comments on the writing, so it names no speaker and its
modal ("should", "must") hedges nothing. `asides_out` blanks it letter for letter (offsets hold) in the copies the
cue reader and the certainty reader read (lang.WRITER_ASIDE_RE; issue 12, attr57). "It should be noted that ..."
opening a sentence is a clause of its own and stays.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lang

_ASIDE = re.compile(lang.WRITER_ASIDE_RE, re.I)


@lru_cache(maxsize=4)
def asides_out(text: str) -> str:
    """`text` with each writer's aside and its two commas blanked to spaces (same length)."""
    return _ASIDE.sub(lambda m: " " * len(m.group(0)), text) if "," in text else text
