"""Contrasts with no comma before a second speaker's frame, where the claim splitter cuts (attr52). A
"while"/"whereas" ("Ministers have wanted more trees for walkers while conservationists claim forests are bad for
wildlife"): the claim splitter cuts there, as after ", while", so the second speaker's words are a claim of their own (attr52; contrast.py reads the
part after "while" as theirs since attr51). The subject is one or two lower-case words ending in a plural
(the same shape contrast._CONTRAST takes); a clause with no verb of saying after it ("The town grew fast
while prices rose") is not cut, nor a "while" inside a quotation. And a " but" before a body's spokesperson and a
verb of saying ("<Outlet> asked <Body> for a response but its spokesperson said ..."): the request is the outlet's
act, the answer the spokesperson's (contrast._CONTRAST reads the pieces so since read29)."""

from __future__ import annotations

import re

from .. import lang

#: " while <plural> <cue>" / " whereas <adjective> <plural> <cue>" with no comma before it.
_WHILE_FRAME = re.compile(r"(?<![,;])\s+(?:while|whereas)(?=\s+(?:[a-z]+\s+)?[a-z]+s\s+(?:claim|say|"
                          + lang.SECOND_FRAME_CUES_RE + r")\b)")


#: " but its/their spokesperson said" with no comma before it.
_BUT_SPOKESPERSON = re.compile(r"(?<![,;])\s+but(?=\s+(?:" + "|".join(lang.POSSESSIVE_DETERMINERS) + r")\s+(?:"
                               + "|".join(sorted(lang.SPEAKER_FOR_BODY_NOUNS)) + r")\s+(?:" + lang.SECOND_FRAME_CUES_RE + r")\b)")


def contrast_frame_breaks(seg: str) -> list[tuple[int, int]]:
    """(start, end) in `seg` of each such " while" or " but": a first clause of three words or more before it,
    not inside a quotation."""
    out = []
    for m in [*_WHILE_FRAME.finditer(seg), *_BUT_SPOKESPERSON.finditer(seg)]:
        before = seg[:m.start()]
        if before.count("“") != before.count("”") or before.count('"') % 2 or len(before.split()) < 3:
            continue
        out.append((m.start(), m.end()))
    return out
