"""An aside set off by a pair of dashes between a speaker and the cue, in two shapes the
insertion and statement rules did not read (read17, faithfulness documents of session 16):

- "X - who has lived there for decades - also criticised Y": a modifier ("also", "later")
  after the closing dash; the aside is a description of the speaker as it is without the modifier;
- "X from Y - part of Z - and a co-author of the report, said: ...": the dash pair goes on
  with ", and <a description>," up to the comma before the cue; the whole run is the insertion.
"""

from __future__ import annotations

import re

from .. import lang
from .writer_asides import asides_out  # noqa: F401 (the comma aside's reader, for relations.py at its 400-line bound)

_DASH = r"(?:--?|[–—])"
_MODIFIERS = r"(?:(?:" + "|".join(sorted(lang.CUE_MODIFIERS)) + r")\s+)*"
#: "between" (source to cue) that is a dash pair, then modifiers: read as ", aside, modifiers".
_PAIR_THEN_MODIFIERS = re.compile(r"^\s+" + _DASH + r"\s+(.+?)\s+" + _DASH + r"(\s+" + _MODIFIERS + r")$")
#: "between" that is a dash pair, then "and <description>," and modifiers: read as ", aside, and description,".
_PAIR_THEN_AND_COMMA = re.compile(r"^\s+" + _DASH + r"\s+(.+?)\s+" + _DASH + r"\s+(and\s+[a-z][^,;:“”\"–—]{0,150}),(\s+" + _MODIFIERS + r")$")
#: "between" that is a comma and a description with no comma closing it ("Ivo Lund, a farmer said",
#: "Jane Roe, head of climate, energy and transport policy at X said"; open_apposition.py).
_OPEN_DESCRIPTION = re.compile(r"^(,\s+(?:a|an|[a-z]+\s+of)\s(?:[^;:“”\"–—,]|,\s+(?=[a-z]))+?)\s+$")
#: A dash pair, then "and <lower-case description>" to the end (the comma before the cue).
_PAIR_THEN_AND = re.compile(r"\s" + _DASH + r"\s[^;:“”\"–—]{1,150}?\s" + _DASH + r"\s+and\s+([a-z][^,;:“”\"–—]{0,150})$")


def dashed_description(between: str) -> str:
    """`between` (a frame's text from its source to its cue) with a dash pair and the modifiers
    after it written as commas around the aside (", who ..., also "), so the rules that read
    comma-set descriptions read it; otherwise unchanged."""
    between = _OPEN_DESCRIPTION.sub(r"\1, ", between)  # "Ivo Lund, a farmer said": no closing comma (open_apposition)
    between = _PAIR_THEN_AND_COMMA.sub(r", \1 \2,\3", between)  # "X - part of Z - and a co-author of Y, said"
    return _PAIR_THEN_MODIFIERS.sub(r", \1,\2", between)


def dash_pair_opener(seg: str, close: int, opener: int, inner: str) -> tuple[int, str]:
    """Where an insertion that closes with the comma at `close` opens when no comma opens it:
    at the first dash of a dash pair that goes on with "and <description>" ("X - part of Z -
    and a co-author of the report, said"); the description is the insertion's text to check.
    Unchanged (`opener`, `inner`) otherwise."""
    m = _PAIR_THEN_AND.search(seg, 0, close)
    if m is None or 0 <= opener < m.start():
        return opener, inner  # (a comma inside the pair, "part of City, University of X", is no opener)
    return m.start(), m.group(1)


#: A dash pair (and "and <description>," after it) inside a frame before a colon.
_FRAME_ASIDE = re.compile(r"\s" + _DASH + r"\s[^;:“”\"–—]{1,150}?\s" + _DASH + r"\s+(?:and\s+[a-z][^,;:“”\"–—]{0,150},\s*)?")


def without_dash_asides(part: str) -> str:
    """A frame before a colon with its dash-set asides dropped ("X from Y - part of Z - and a
    co-author of the study, said:" -> "X from Y said:"), for the frame-alone test."""
    return _FRAME_ASIDE.sub(" ", part)
