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
    if span is None and (first == 0 or text[first - 1] == "\n") and text[lo + len(before):start].count("\n"):
        span = label_line(text[first:lo + len(before)])  # a line of its own, then the quotation's paragraph
    if span is None:
        return None
    a, b = first + span[0], first + span[1]
    return a, b, res.resolve(text[a:b], a)


#: A line that only names a speaker before their quoted paragraphs, as BBC sport pages print a pundit's words
#: ("Olympic gold medallist Jane Roe", "Six-time world champion Sir Tom Vask", then '"She timed it well. ..."'):
#: a description in lower case after at most two capitalised words, ending in a noun of a person (a role or an
#: agent's ending), then the name. A crossheading ("Rain in Pellby Valley", "Flooding hits Pellby Valley") has a
#: function word or a verb before its capitals and is none (real48).
_LABEL_LINE = re.compile(
    r"(?:[A-Z][\w'’-]*\s+){0,2}(?:[a-z][\w'’-]*\s+){0,3}(?P<role>[a-z][\w'’-]*)\s+"
    r"(?P<who>(?:(?i:" + "|".join(sorted(lang.HONORIFICS | {"dame", "prof", "professor"})) + r")\.?\s+)?"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})")
_AGENT_ENDING = re.compile(r"[a-z]+(?:ists?|ians?|m[ae]n)")


def label_line(line: str) -> tuple[int, int] | None:
    """The name's span in a line that only names a speaker ("Olympic gold medallist Jane Roe"), else None."""
    m = _LABEL_LINE.fullmatch(line.strip())
    if m is None or not (m.group("role") in lang.PERSON_NOUNS | lang.LABEL_ROLE_NOUNS or _AGENT_ENDING.fullmatch(m.group("role"))) \
            or set(line[:m.start("role")].lower().split()) & lang.FUNCTION_WORDS:
        return None
    off = len(line) - len(line.lstrip())
    return off + m.start("who"), off + m.end("who")
