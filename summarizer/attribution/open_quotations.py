"""A quotation opened and never closed right after a quoted speaker (issue 12, shapes33).

'“A,” said Jane Doe. “B.' / '"A," she said. "B.' followed by the end of the paragraph: the second
quotation opens and its closing mark is missing (a slip, or a quotation the next paragraph would
have gone on with). `text.quote_spans` drops such a stray mark, so the sentence looked like the
outlet's. English leaves no doubt here: a new quotation opening at once after a speaker's own
closed quotation, with no frame of its own, is that speaker's. The reading reaches to the end of
the opener's paragraph only, and only from a sentence right after the speaker's quotation.
"""

from __future__ import annotations

import re

from ..chunk import Span

#: Marks that open a quotation at a sentence's start (straight or curly double quotes).
_OPENER = re.compile(r"\s*[“\"]\s*\S")
#: Any mark that closes (or could close) a double quotation.
_CLOSER = re.compile(r"[”\"]")


def stray_opener(text: str, sp: Span, para_end: int) -> bool:
    """The sentence opens a double quotation whose closing mark never comes in its paragraph."""
    if not _OPENER.match(text, sp.start):
        return False
    first = text.index(text[sp.start:sp.end].lstrip()[0], sp.start)
    return _CLOSER.search(text, first + 1, para_end) is None
