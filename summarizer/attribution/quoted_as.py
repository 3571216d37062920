"""Words an outlet or agency relays with "quoted ... as saying" (lead35, issue 12): "The state news agency quoted a
ministry spokesman as calling the accusation “absurd” and saying the country would respond." The spokesman is the
source of what follows "as" (the agency only carries it), as "according to" names who says it. The frame's source is
the quoted person; its content is the rest of the sentence after "as saying (that)", or, after a participle of
calling or accusing, the participle's whole predicate."""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span

_PARTICIPLES = "|".join(sorted(lang.SAYING_PARTICIPLES | lang.LABELLING_PARTICIPLES, key=len, reverse=True))
_QUOTED_AS = re.compile(r"\s*(?:[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,6}?)\s+(?P<cue>" + "|".join(sorted(lang.QUOTING_VERBS)) + r")\s+"
                        r"(?P<src>[^,;:“”\"()]{2,80}?)\s+as\s+"
                        r"(?P<part>" + _PARTICIPLES + r")\b\s*(?:that\b\s*)?")


def quoted_as_frame(text: str, sp: Span, frame_cls):
    """The frame of "<outlet> quoted <X> as saying <Y>" whose source is X, or None."""
    m = _QUOTED_AS.match(text, sp.start, sp.end)
    if m is None or len(text[m.end():sp.end].split()) < 3:
        return None
    content = m.end() if m.group("part") == "saying" else m.start("part")  # ("as calling it absurd": the calling too)
    return frame_cls((m.start("src"), m.end("src")), (m.start("cue"), m.end("cue")), "indirect", [(content, sp.end)], "initial")


#: '"...," <Outlet> quoted <X> as saying.': the frame closing a quotation (real46: the quotation was the outlet's own)
_QUOTED_AS_TAIL = re.compile(r"(?<=[,.!?])\s*[”\"’']\s*(?:[A-Za-z][\w'’.-]*(?:\s+[\w'’.-]+){0,6}?)\s+(?P<cue>"
                             + "|".join(sorted(lang.QUOTING_VERBS)) + r")\s+(?P<src>[^,;:“”\"()]{2,60}?)\s+as\s+(?:"
                             + _PARTICIPLES + r")(?:\s+(?:on|in|at)\s+[^,;:“”\"()]{2,30}?)?\s*[.!]\s*$")


def quoted_as_tail_frame(text: str, sp: Span, frame_cls):
    """The frame of '"<Y>," <outlet> quoted <X> as saying.' whose source is X and content the quotation, or None."""
    m = _QUOTED_AS_TAIL.search(text, sp.start, sp.end)
    if m is None or len(text[sp.start:m.start()].split()) < 3 or m.group("src").lower() in lang.SUBJECT_PRONOUN_OF_OBJECT.keys() | lang.SUBJECT_PRONOUN_OF.keys():
        return None  # ("quoted her as saying": the pronoun's person may be no one named; the reading before stands)
    return frame_cls((m.start("src"), m.end("src")), (m.start("cue"), m.end("cue")), "direct", [(sp.start, m.start() + 1)], "final")
