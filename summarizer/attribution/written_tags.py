"""Quotation tags whose source is a written thing or an elliptical subject: '“Rest here,” reads one
inscription.', '“Keep out,” reads the sign.', '“...,” another says.', '“...,” reads a third.'. The
quotation is the inscription's or the sign's (or the next one's in a series), never the outlet's
(GUIDELINES §6: the words in quotation marks belong to who or what is said to have said or written
them). A document's tag ('“...,” reads a statement from ...') is documents.reads_after_quote_frame."""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span

_DET = r"(?:" + lang.WRITTEN_THING_DETERMINERS_RE + r")"
_THING = r"(?:[\w'’-]+\s+){0,2}?(?:" + "|".join(sorted(lang.WRITTEN_THING_NOUNS, key=len, reverse=True)) + r")\b"
_QUOTE = r"\s*(?P<q>[“\"][^“”\"]{3,}?[”\"])\s*"
_END = r"\s*[.!]?\s*$"

#: '“...,” reads one inscription.' / '“...,” reads a third.' (the cue before its subject)
_READS = re.compile(_QUOTE + r"(?P<cue>reads|read|says|said)\s+(?P<src>" + _DET + r"\s+" + _THING + r"|"
                    + lang.ELLIPTICAL_TAG_SUBJECTS_RE + r")" + _END)
#: '“...,” another says.' / '“...,” one sign reads.' (the subject before its cue)
_SAYS = re.compile(_QUOTE + r"(?P<src>" + _DET + r"\s+" + _THING + r"|" + lang.ELLIPTICAL_TAG_SUBJECTS_RE + r")\s+"
                   r"(?P<cue>" + lang.WRITTEN_TAG_VERBS_RE + r")" + _END)


def written_tag_frame(text: str, sp: Span, quotes, frame_cls):
    """The frame of a quotation tagged by a written thing or an elliptical subject (direct, final), or None."""
    m = _READS.match(text, sp.start, sp.end) or _SAYS.match(text, sp.start, sp.end)
    if m is None:
        return None
    return frame_cls((m.start("src"), m.end("src")), (m.start("cue"), m.end("cue")), "direct",
                     [(m.start("q"), m.end("q"))], "final")
