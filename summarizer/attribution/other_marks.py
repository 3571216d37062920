"""Quotation marks of other outlets, read as English curly marks in the working copy, one for one.

The rules read a quotation by '"', '“' and '”' (and '‘' '’' for single marks). Outlets outside
the US and the UK write «…» (French, Spanish, Italian wires), »…« (German, Danish), „…“ (German,
Polish, Czech, with '“' closing), and ‹…› for a quotation inside one. Read as they are,
'«The dam will hold,» Ana Voss said.' gave the source "» Ana Voss" and '„The dam will hold,“ Ana
Voss said.' gave none (intl38, session 31). `english_marks(text)` puts an opening or closing
curly mark in each of their places, so every offset stays; ground.py already reads them for
evidence quotes.
"""

from __future__ import annotations

import re

_DOUBLE = {"open": "“", "close": "”"}
_SINGLE = {"open": "‘", "close": "’"}
#: A guillemet (double or single, either way round) with what stands on each side of it.
_GUILLEMET = re.compile(r"[«»‹›]")
#: A low opening mark, then up to its closing mark ('“' in German and Polish use, '”' in some
#: Balkan and Hungarian use) within one paragraph.
_LOW_PAIR = re.compile(r"„([^„“”\n]{0,2000})([“”])")


def _side(text: str, i: int) -> str:
    """'open' when the mark at `i` begins a quotation by its place, 'close' when it ends one."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if (before.isspace() or before in "([—–-:") and (after.isalnum() or after in "\"'“‘…"):
        return "open"
    if not before.isspace() and (after.isspace() or not after.isalnum()):
        return "close"
    # spaced on both sides, French style ("« Le pont »"): by the mark's own direction
    return "open" if text[i] in "«‹" else "close"


def english_marks(text: str) -> str:
    """Same length: «», »«, ‹›, „“ as the English curly marks of the same place."""
    if not any(c in text for c in "«»‹›„"):
        return text
    text = _LOW_PAIR.sub(lambda m: "“" + m.group(1) + "”", text)
    text = text.replace("„", "“")  # a low mark left unclosed still opens
    return _GUILLEMET.sub(lambda m: (_DOUBLE if m.group(0) in "«»" else _SINGLE)[_side(text, m.start())], text)
