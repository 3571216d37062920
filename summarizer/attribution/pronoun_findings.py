"""A finding named by a pronoun right after a sentence about findings (the lead's Left, session 49): "Most voters
oppose the plan, according to polls. One released … by <Outlet> found 56 percent against it." -- "One" (or
"Another", "The latest") is one of the polls just named, so the sentence is that poll's finding (GUIDELINES §13: polls
are sources). Only when the sentence before names a finding (lang.FINDING_NOUNS as a word) and the pronoun is followed,
after an optional "released/conducted ... by X" phrase, by a finding verb (lang.FINDING_VERBS). "One found it odd."
after a sentence about voters, or "One released the birds." stay the outlet's. Tried by finding_frames.finding_frame."""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span
from .text import outside

_FINDING_WORD = re.compile(r"\b(?:" + "|".join(sorted(lang.FINDING_NOUNS)) + r")\b", re.I)
#: "One", "Another", "The latest", "The most recent", "The first" ..., then "released this week by X" / "by X" / nothing.
_PRONOUN_FINDING = re.compile(
    r"\s*(?P<src>(?:" + lang.FINDING_PRONOUNS_RE + r")"
    r"(?:\s+(?:(?:" + lang.FINDING_BY_PARTICIPLES_RE + r"|taken)\b[^,;:“”\"()]{0,60}?|by\s+[^,;:“”\"()]{1,60}?))?)"
    r"\s*,?\s+(?:(?:" + lang.FINDING_VERB_LEADS_RE + r")\s+)*(?P<cue>" + "|".join(sorted(lang.FINDING_VERBS)) + r")\b")


def pronoun_finding(text: str, sp: Span, quotes) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int], str] | None:
    """(source span, cue span, content span, kind) of "One released ... by X found ..." right after a sentence that
    names polls, studies or surveys; None otherwise."""
    m = _PRONOUN_FINDING.match(text, sp.start, sp.end)
    if m is None or not outside(m.start("src"), quotes):
        return None
    before = text[max(0, sp.start - 400):sp.start].rstrip()
    cut = max(before.rfind(". ", 0, len(before) - 1), before.rfind("\n", 0, len(before) - 1))
    if not _FINDING_WORD.search(before[cut + 1:]):
        return None
    rest = m.end("cue")
    content = (rest + (text[rest:rest + 1] == " "), sp.end)
    if len(text[content[0]:content[1]].split()) < 3:
        return None
    return (m.start("src"), m.end("src")), (m.start("cue"), m.end("cue")), content, "indirect"
