"""A speaker named before a participle of speaking and a colon, with no verb of saying (session 28, read30;
issue 12): "Harbour boss Tom Vell, speaking to Sports Hour: “I'm proud of my crew. ...”" (sports and
broadcast copy, where the quotation often runs over several paragraphs). The quotation is the named
speaker's; before this rule no frame was found and every sentence of it was shown in the outlet's voice."""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span

#: the subject (a capitalised first word, at most eight words), a comma, a participle of speaking
#: (lang.COLON_SPEAKING_PARTICIPLES), a short phrase with no quotation or clause mark, a colon and the
#: opening quotation mark
_SPEAKING_COLON = re.compile(r"\W*([A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,7}?)\s*,\s+(" + "|".join(lang.COLON_SPEAKING_PARTICIPLES)
                             + r")\s+[a-z][^,;:“”\"]{1,70}?:\s*(?=[“\"])")


def speaking_colon_frame(text: str, sp: Span, frame_cls, classify):
    """The frame of '<Subject>, speaking to <someone>: "..."' (the quotation to the sentence's end)."""
    m = _SPEAKING_COLON.match(text, sp.start, sp.end)
    if m is None or m.end() >= sp.end - 3:
        return None
    who = m.group(1)
    ws = who.split()
    if ws[0].lower() in lang.NOT_NAMES or not (classify(who) in ("person", "org") or ws[-1].lower() in lang.PERSON_NOUNS):
        return None  # "Earlier, speaking to ...:" (no one), "The weather, talking of which: ..."
    return frame_cls(m.span(1), m.span(2), "direct", [(m.end(), sp.end)], "colon")
