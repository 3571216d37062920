"""A finding told by a document at the sentence's end, over a frame at its start (left16).

"Scientists have discovered a new species of frog, a study shows.": the sentence opens with a
frame of its own (Scientists discovered ...), but the outlet's source for all of it is the study
named at the end, after a comma, with a finding verb ("shows", "suggests", "found"). The outer
voice is the document's: the frame becomes the final one, its content the words before the comma.
Only a document or finding noun (lang.FINDING_NOUNS, lang.DOCUMENT_NOUNS) counts: "..., a spokesman
said" after an initial frame is left to the frame rules (frames.py).
"""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span

_NOUNS = "|".join(sorted(lang.FINDING_NOUNS | lang.DOCUMENT_NOUNS))
_VERBS = "|".join(sorted(lang.FINDING_VERBS))
#: ", a study shows." / ", new research suggests." / ", the agency's report found.": a finding's final frame
_FINAL = re.compile(r",\s+(?P<src>(?:(?:" + "|".join(sorted(lang.DETERMINERS)) + r")\s+)?(?:[\w'’-]+\s+){0,3}?(?:" + _NOUNS
                    + r"))\s+(?P<cue>" + _VERBS + r")\s*[.!?]?[\"”’']*\s*$", re.I)


def outer_document_frame(text: str, sp: Span, fr, frame_cls):
    """The final document frame of sentence `sp` when it follows the initial frame `fr`; else `fr`."""
    m = _FINAL.search(text, sp.start, sp.end)
    if m is None or fr.cue_span[0] >= m.start():
        return fr
    return frame_cls((m.start("src"), m.end("src")), (m.start("cue"), m.end("cue")), "indirect", [(sp.start, m.start())], "final")
