"""A quotation credited after a colon with a name and nothing else (read39; issue 12): '"We got the mix
wrong": Brixo Foods chief executive Lena Marsh.' -- a web page's pull-quote or caption, where the
quotation is the named person's. Before this rule no frame was found (no verb follows the name) and the
sentence went to the speaker of the sentence before it."""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span

#: A quotation in double marks (apostrophes inside: "haven't"), a colon, then a capital.
_QUOTE_COLON = re.compile(r"\s*([“\"][^“”\"]{3,300}?[”\"])\s*:\s+(?=[A-Z])")
#: After the quotation and its colon: up to eight words, capitalised ones and lower-case title nouns
#: ("chief executive", "spokeswoman"), closing the sentence with a stop and nothing after it.
_CREDIT = re.compile(r"((?:[A-Z][\w'’.&-]*\s+|[a-z]+\s+(?=[A-Z\w])){0,7}[A-Z][\w'’-]*)\s*\.?\s*$")


def credited_quote_frame(text: str, sp: Span, frame_cls, classify):
    """The frame of '"<quotation>": <Name phrase>.', or None when the sentence has no such shape or the
    words after the colon are no name (a clause, a title alone)."""
    cap = _QUOTE_COLON.match(text, sp.start, sp.end)
    if cap is None:
        return None
    m = _CREDIT.match(text, cap.end(), sp.end)
    if m is None or m.end() != sp.end and text[m.end():sp.end].strip():
        return None
    who = m.group(1)
    words = who.split()
    lower = [w for w in words if w[0].islower()]
    if any(w not in lang.PERSON_NOUNS and w not in lang.IDENTIFYING_NOUNS for w in lower) \
            or words[0].lower() in lang.NOT_NAMES or not sum(w[0].isupper() for w in words[-2:]) == 2 \
            or classify(" ".join(words[-2:])) != "person":
        return None  # "'Go': Then the crowd left." (a clause); "'No': The Times." (no person's name)
    colon = text.rindex(":", cap.start(), cap.end())
    return frame_cls(m.span(1), (colon, colon + 1), "direct", [(cap.start(1), cap.end(1))], "final")
