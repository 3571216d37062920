"""A speech noun and a colon before a quotation as the sentence's whole frame ("Senator Jane Roe
offered a defiant response: “Bring it on.”", "The coach's answer was short: “No.”"): the sentence
is the speaker's statement however short the quotation (read18's d3; left19). Used by relations._framed."""

from __future__ import annotations

import re

from .. import lang

#: Between the source and such a cue: nothing, or a time phrase ("last week", "yesterday"; lang.RELATIVE_DAYS_RE).
_BETWEEN = re.compile(r"\s*(?:(?:" + lang.RELATIVE_DAYS_RE + r")\s*)?")
#: An unquoted message's addressee before its colon (" for the mayor: ").
_ADDRESSEE = re.compile(r"(?:\s+(?:for|to)\s+[^,;:“”\"]{1,40})?\s*:\s*")


def colon_statement(text: str, r, between: str) -> bool:
    """The relation r is a direct quotation after its cue, a speech noun and a colon ("offered a
    defiant response:", "gave a short reply:"), with only the source and the cue before it."""
    if r.kind not in ("direct", "indirect") or not r.cue_span or not r.content:
        return False
    cue = re.findall(r"[a-z]+", text[r.cue_span[0]:r.cue_span[1]].lower())
    gap = _ADDRESSEE.fullmatch(text[r.cue_span[1]:r.start]) if r.kind == "indirect" else \
        re.fullmatch(r"\s*:\s*[“\"]?\s*", text[r.cue_span[1]:r.start])  # unquoted: "had a message for the mayor: ..." (message_colon.py)
    return bool(cue) and cue[-1] in lang.COLON_SPEECH_NOUNS and _BETWEEN.fullmatch(between) is not None and gap is not None
