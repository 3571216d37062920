"""A quotation with no frame after a sentence that presents it: "Here's how he's explained it in the
past." / "This is what Kemp told the inquiry:" then '"I know, I know. I'm rich ..."' (read18, a BBC
story: every quoted paragraph after such a line was the outlet's). The speaker of the lead-in's
cue speaks the quotation; a pronoun is resolved as the cue's subject would be."""

from __future__ import annotations

import re

from .. import lang

_LEAD_IN = re.compile(
    r"(?:" + lang.LEAD_IN_OPENERS_RE + r")\s+(?:" + lang.LEAD_IN_WH_RE + r")\s+"
    r"(?P<who>(?:he|she|they)|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
    r"(?:\s*(?:" + lang.LEAD_IN_AUXILIARIES_RE + r"))*\s+(?P<cue>" + "|".join(sorted(lang.CUE_VERBS, key=len, reverse=True))
    + r")\b[^.!?:\"“]*[.:]?\s*$",
    re.IGNORECASE)


def lead_in(sentence: str) -> tuple[int, int] | None:
    """The speaker's span in a lead-in sentence ("Here's how she's described it before."), else None."""
    m = _LEAD_IN.match(sentence.strip())
    if m is None:
        return None
    off = len(sentence) - len(sentence.lstrip())
    return off + m.start("who"), off + m.end("who")


def lead_in_speaker(text: str, lo: int, start: int, res) -> tuple[int, int, str] | None:
    """The last sentence of text[lo:start] (before a quotation at `start`) as a lead-in: the speaker's
    span in `text` and the name it resolves to, else None. `res` is the article's names.Resolver."""
    before = text[lo:start].rstrip()
    cut = max(before.rfind(". ", 0, len(before) - 1), before.rfind("\n", 0, len(before) - 1))
    first = lo + (cut + 1 if cut >= 0 else 0)
    span = lead_in(text[first:lo + len(before)])
    if span is None:
        return None
    a, b = first + span[0], first + span[1]
    return a, b, res.resolve(text[a:b], a)
