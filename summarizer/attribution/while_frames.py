"""A contrast "while"/"whereas" with no comma before a second speaker's frame ("Ministers have wanted more
trees for walkers while conservationists claim forests are bad for wildlife"): the claim splitter cuts there,
as after ", while", so the second speaker's words are a claim of their own (attr52; contrast.py reads the
part after "while" as theirs since attr51). The subject is one or two lower-case words ending in a plural
(the same shape contrast._CONTRAST takes); a clause with no verb of saying after it ("The town grew fast
while prices rose") is not cut, nor a "while" inside a quotation."""

from __future__ import annotations

import re

from .. import lang

#: " while <plural> <cue>" / " whereas <adjective> <plural> <cue>" with no comma before it.
_WHILE_FRAME = re.compile(r"(?<![,;])\s+(?:while|whereas)(?=\s+(?:[a-z]+\s+)?[a-z]+s\s+(?:claim|say|"
                          + lang.SECOND_FRAME_CUES_RE + r")\b)")


def while_frame_breaks(seg: str) -> list[tuple[int, int]]:
    """(start, end) in `seg` of each such " while": a first clause of three words or more before it, not
    inside a quotation."""
    out = []
    for m in _WHILE_FRAME.finditer(seg):
        before = seg[:m.start()]
        if before.count("“") != before.count("”") or before.count('"') % 2 or len(before.split()) < 3:
            continue
        out.append((m.start(), m.end()))
    return out
