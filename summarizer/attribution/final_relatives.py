"""A named speaker's relative clause that closes the sentence (session 41, issue 12; branch attr50): 'They include
Senator <Name>, who said Tuesday, "<quote>"', "Among them was <Name>, who told reporters that A". What the
relative clause says is the named person's; the main clause before it (who is included, who was there) stays the
outlet's. Not a relative clause in the middle ("<Name>, who said that A, left early": the clause has no end of its
own before the main verb) and not one without a quotation, a colon or "that" after its cue."""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span

_CUES = "|".join(sorted(lang.SECOND_FRAME_CUES_RE.split("|")))
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,5}"
_WHEN = r"(?:\s+(?:on\s+|last\s+|this\s+)?(?i:" + "|".join(sorted(lang.WEEKDAYS)) + r"|" + lang.FINAL_RELATIVE_WHEN_RE + r")\b)?"
_FINAL_RELATIVE = re.compile(r"(?:,|\b(?:" + lang.FINAL_RELATIVE_LEADS_RE + r"))\s+(?P<subj>" + _NAME + r"),\s+who\s+(?:has\s+|had\s+|also\s+)?(?P<cue>" + _CUES + r")\b"
                             + _WHEN + r"(?:(?P<quote>,?\s*(?=[“\"]))|(?P<that>\s+that\s+)|(?P<colon>:\s*))")


def final_relative_frame(text: str, sp: Span, frame_cls):
    """The frame of a sentence that closes with ", <Name>, who said (when), "...": the quotation or clause is hers."""
    for m in _FINAL_RELATIVE.finditer(text, sp.start, sp.end):
        rest = text[m.end():sp.end]
        if len(rest.split()) < 4 or re.search(r"[“\"]", text[sp.start:m.start()]):
            continue
        if m.group("that") and "," in rest:
            continue  # "<Name>, who said that A, left early": the main verb follows the clause
        kind = "direct" if m.group("quote") or re.match(r"\s*[“\"]", rest) else "indirect"
        return frame_cls(m.span("subj"), m.span("cue"), kind, [(m.end(), sp.end)], "middle")
    return None
