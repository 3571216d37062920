"""A speaker counted among a group that spoke (session 27, read29; issue 12): "Mayor Ann Coil and councillor
Rob Dale were among the members who said they would back the plan", "Jazz drummer Ola Penn was among those
paying tribute, posting: "..."". The subject of "was/were among" is the source of what the group said; the
group is only how the article counts them."""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span

_CUES = "|".join(sorted(lang.SECOND_FRAME_CUES_RE.split("|")))
_PARTICIPLES = "|".join(lang.TRIBUTE_PARTICIPLES)
_AMONG = re.compile(r"(?:(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+)?(?P<subj>[A-Z][^,;:“”\"]{1,80}?)\s+" + lang.AMONG_GROUP_RE + r"\s+"
                    r"(?:who\s+(?:have\s+|had\s+)?(?P<cue>" + _CUES + r")(?:\s+that)?\b"
                    r"|" + lang.TRIBUTE_ACT_RE + r"\s*,\s*(?P<part>" + _PARTICIPLES + r")\b\s*(?:on\s+[A-Z]\w+\s*)?[:,]?)\s*")


def among_those_frame(text: str, sp: Span, frame_cls):
    """The frame of a sentence whose subject "was among those who said ..." / "... paying tribute, writing: ..."."""
    m = _AMONG.match(text, sp.start, sp.end)
    if m is None or m.end() >= sp.end - 5:
        return None
    cue = m.span("cue") if m.group("cue") else m.span("part")
    quoted = text[m.end():m.end() + 1] in "“\"'‘"
    if quoted:
        return frame_cls(m.span("subj"), cue, "direct", [(m.end(), sp.end)], "initial")
    # "... were among the members who said they would ...": the count among the group is part of the report
    return frame_cls(m.span("subj"), cue, "indirect", [(m.end("subj"), cue[0]), (m.end(), sp.end)], "initial")
