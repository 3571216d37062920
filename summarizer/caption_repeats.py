"""A photo caption that only repeats the body: no claim of its own (GUIDELINES §2, issue 12; real48).

News pages copied as text run their photo captions into the article: a Daily Mail page ends each caption with a stop set
apart from its last word ("... for more than two years ."), or opens it with a short label ("No comment: <Name> told
<Paper> she had no idea ..."). Sessions 26 and 34 kept such a sentence as the outlet's claim, since a caption may tell
something the body does not ("Around 300 cameras were switched off in <month> ."). One whose words all stand in the
rest of the article tells nothing new: it is a repeat of a body sentence, shown twice (real47's Left), and no claim.
"""

from __future__ import annotations

import re

from . import lang
from .attribution.labels import spaced_stop_caption
from .attribution.scope_cuts import caption_label_end
from .picks import captioned_page

#: The share of a caption's content words that the rest of the article must hold for the caption to be a repeat.
REPEAT_SHARE = 0.8
#: The fewest content words a caption needs to be read as a repeat (a short line is left alone).
REPEAT_MIN_WORDS = 4

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*\d|\d")


def _content(text: str) -> list[str]:
    words = [re.sub(r"['’]s$", "", w.lower()).rstrip("'’.,") for w in _WORD.findall(text)]
    return [w for w in words if w and w not in lang.FUNCTION_WORDS and (len(w) > 2 or w[0].isdigit())]


def is_caption(text: str, start: int, end: int) -> bool:
    """text[start:end] is a page's photo caption by its form: a spaced closing stop in a page that otherwise closes
    its sentences on the word, or a caption's label on a page of labelled captions."""
    return spaced_stop_caption(text, start, end) or (caption_label_end(text, start, end) is not None and captioned_page(text))


def repeated_caption(text: str, start: int, end: int) -> bool:
    """text[start:end] is a photo caption (`is_caption`) whose content words, names and numbers all but stand
    (REPEAT_SHARE) in the rest of the article: a repeat of the body, never a claim of its own."""
    if not is_caption(text, start, end):
        return False
    label = caption_label_end(text, start, end)  # (a label's words are the caption's own: "No comment: ...")
    words = _content(text[label or start:end])
    if len(words) < REPEAT_MIN_WORDS:
        return False
    rest = set(_content(text[:start] + " " + text[end:]))
    return sum(w in rest for w in words) >= REPEAT_SHARE * len(words)
