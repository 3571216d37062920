"""A cue inside a relative clause opened by a preposition, before a colon quotation: "the old
mill, of which his father once wrote: “It was the heart of the town.”", "the harbor, about which
she said: “...”". The quotation is the relative clause's subject's (GUIDELINES §6: the words in
quotation marks belong to who is said to have said or written them), not the outlet's; the
clause before the comma stays the outlet's."""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span
from .text import outside

_RELATIVE_COLON = re.compile(
    r",\s+(?:" + lang.RELATIVE_COLON_PREPOSITIONS_RE + r")\s+(?:which|whom)\s+"
    r"(?P<src>" + lang.RELATIVE_COLON_SUBJECT_RE + r")\s+"
    r"(?:(?:" + lang.RELATIVE_COLON_ADVERBS_RE + r")\s+)?"
    r"(?P<cue>(?:" + "|".join(sorted(lang.SPEECH_VERBS)) + r"))\s*:\s*(?=[“\"])")


def relative_colon(text: str, sp: Span, quotes, frame_cls):
    """The frame of '..., of which X wrote: “...”' (source X, content the quotation), or None."""
    m = _RELATIVE_COLON.search(text, sp.start, sp.end)
    if m is None or not outside(m.start(), quotes) or any(w in lang.SPEECH_VERBS for w in m.group("src").lower().split()[1:]):
        return None
    return frame_cls((m.start("src"), m.end("src")), (m.start("cue"), m.end("cue")), "direct", [(m.end(), sp.end)], "colon")
