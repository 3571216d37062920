"""A speaker whose name is also an English word, in a quotation's closing tag ('"...," Only told her before the
holiday'; issue 12, attr54; real53's "Only told her"). The subject rules skip a capitalised function word
(lang.NOT_NAMES: "Only", "Will", "Still"), so the tag had no frame and the quotation went to the last speaker.

Read as a name only when the article also writes the word capitalised in the middle of a sentence, where an English
word is not capitalised (the analysis's `mid_caps`: "..., and Only moved into the home", "<Given> <Middle> Only"),
and only right after a quotation that opens the sentence and closes with its punctuation.
"""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span

_TAG = re.compile(r"[,.!?…]\s*[”\"]\s+([A-Z][a-z]+)\s+(" + lang.PLAIN_SAYING_RE + r"|asked|replied|wrote)\b")


def word_name_frame(text: str, sp: Span, quotes, mid_caps: frozenset, frame_cls):
    """The closing tag's frame when its subject is a word the article writes as a name, else None."""
    if text[sp.start:sp.start + 1] not in ("“", '"'):
        return None
    m = _TAG.search(text, sp.start, sp.end)
    if m is None or m.group(1).lower() not in lang.NOT_NAMES or m.group(1) not in mid_caps \
            or any(s < m.start(1) < e for s, e, _ in quotes):
        return None
    return frame_cls((m.start(1), m.end(1)), (m.start(2), m.end(2)), "direct", [(sp.start, m.start(1))], "final")
