"""Words read out for someone else (read32, issue 12): "A teammate read a quote from Rivera:" before a
quotation (in the same sentence or the next). The colon introduces Rivera's words, not the reader's, nor those of whoever spoke last: the
author named after "from"/"by" is the source. The frame is a colon frame whose source is that name; the
reader, the verb (lang.RELAYING_VERBS_RE) and the noun (lang.RELAYED_WORDS_NOUNS_RE) make the shape."""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span

_RELAYED = re.compile(r"\s*[A-Z][\w'’-]*(?:\s+[\w'’.-]+){0,5}?\s+(?:" + lang.RELAYING_VERBS_RE + r")\s+(?:an?|the|this|one)\s+"
                      r"(?:[a-z]+\s+)?(?P<cue>" + lang.RELAYED_WORDS_NOUNS_RE + r")\s+(?:from|by)\s+"
                      r"(?P<src>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*|the\s+[a-z]+)\s*:(?:[\s.]*$|\s*(?P<q>[“\"]))")


def relayed_words_frame(text: str, sp: Span, frame_cls):
    """A colon frame for "<reader> read a quote from <Name>:" whose source is the name, or None."""
    m = _RELAYED.match(text, sp.start, sp.end)
    if m is None or m.group("src").split()[0].lower() in lang.NOT_NAMES - {"the"} \
            or m.group("src").startswith("the ") and m.group("src").split()[1] not in lang.ORG_HEADS | lang.PERSON_NOUNS:
        return None
    content = [(m.start("q"), sp.end)] if m.group("q") else []  # the quotation in the same sentence, or the next one's
    return frame_cls((m.start("src"), m.end("src")), (m.start("cue"), m.end("cue")), "direct", content, "colon")


def relayed_intro(sentence: str) -> bool:
    """The sentence is only "<reader> read a quote from <Name>:" (its quotation follows): no claim of its own."""
    m = _RELAYED.match(sentence)
    return m is not None and not m.group("q")
