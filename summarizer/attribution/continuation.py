"""Where an attributed statement stops and the outlet's voice takes over again (issue 12).

`contrast_cut(text, fr, quotes)`: an "according to X" phrase or a frame in the middle of the
sentence ("A, X said, B") attributes the statement it sits in, not a contrasting clause the
outlet adds after it: in "According to the survey, turnout rose, but the result was never
certified" and "The dam, the agency said, held, although engineers will inspect it" the part
after ", but" / ", although" is the outlet's. A contrast inside a quotation stays the speaker's,
and so does a participle after it ("..., while cutting its costs": no clause of its own).
"""

from __future__ import annotations

import re

from .. import lang
from .text import outside

#: A contrasting clause after a comma ("..., but ...", "..., although ...").
_CONTRAST = re.compile(r",\s+(?:" + lang.CONTRAST_OPENERS_RE + r")\s+(?!to\b)(?![a-z]+ing\b)")
#: The fewest words after the contrast's opener for it to be a clause of its own.
CONTRAST_MIN_WORDS = 3


def contrast_cut(text: str, fr, quotes):
    """The frame (frames.Frame) with its last content span cut before a contrasting clause,
    for an according-to phrase before its content and for an indirect frame in the middle of the
    sentence; any other frame, or None, as it is."""
    if fr is None or not fr.content:
        return fr
    a, b = fr.content[-1]
    if fr.position == "according" and a > fr.cue_span[0] or fr.position == "middle" and fr.kind == "indirect":
        for m in _CONTRAST.finditer(text, a, b):
            if outside(m.start(), quotes) and len(text[m.end():b].split()) >= CONTRAST_MIN_WORDS:
                fr.content = [*fr.content[:-1], (a, m.start())]
                break
    return fr
