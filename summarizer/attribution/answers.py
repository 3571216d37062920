"""The person a question was put to answers it: after "X asked Y, “...?”" or "... to ask Y if ...", the
next sentence's answer ("His response: ...", "He replied", "She signaled she had"; lang.ANSWERING_VERBS,
lang.RESPONSE_NOUNS) is Y's, not the questioner's (read24, a BASIL story: the interviewer, whose gender
the article never shows, took the answer); so is '“...,” she replied.' after "X asked whether Y had ..." (long44). A pronoun that goes on otherwise ("He said ...") is left to
the resolver's other rules."""

from __future__ import annotations

import re

from .. import lang

#: An asking verb, then a name, then the question: a quotation ending with "?" or an "if"/"whether" clause.
_ASKED = re.compile(r"\b(?:" + "|".join(sorted(lang.ASKING_VERBS)) + r")\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)"
                    r"(?:\s*,\s*[“\"][^“”\"]{1,300}\?\s*[”\"]|\s+(?:if|whether)\s)")
#: An asking verb, "whether"/"if", then a name as the clause's subject ("Quell asked whether Voss had ever seen ..."):
#: the question is put to that person (a court's or a news conference's question; long44).
_ASKED_WHETHER = re.compile(r"\b(?:" + "|".join(sorted(lang.ASKING_VERBS)) + r")\s+(?:if|whether)\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)\s+[a-z]")
#: A quotation that opens its sentence right before the pronoun ('“Not that I remember,” she replied.').
_QUOTE_FIRST = re.compile(r"(?:^|[.?!][”\"’]?\s+|\n)([“\"][^“”\"]{1,300}[,?!]\s*[”\"]\s*)$")


def answerer(text: str, pos: int, low: str, mentions, gender_of) -> str | None:
    """The person asked in the sentence right before `pos` (the pronoun `low`, "he" or "she"), as the
    article last named them; None when that sentence puts no question to a named person, or the person
    is shown as of the other gender."""
    k = max(text.rfind(e, 0, pos) for e in (". ", "? ", "\n", ".” ", '." ', "?” ", '?" '))
    if k < 0 or pos - k > 4:  # the pronoun opens its sentence, or follows a quotation that does (long44)
        q = _QUOTE_FIRST.search(text, max(0, pos - 320), pos)
        if q is None:
            return None
        k = max(text.rfind(e, 0, q.start(1)) for e in (". ", "? ", "\n", ".” ", '." ', "?” ", '?" '))
        if k < 0 or q.start(1) - k > 4:
            return None
    nxt = re.match(r"\w+\s+(\w+)", text[pos:pos + 40])
    if nxt is None or nxt.group(1).lower() not in lang.ANSWERING_VERBS | lang.RESPONSE_NOUNS:
        return None  # an answer: "His response:", "He replied", "She signaled she had" (not "He said ...")
    j = max(text.rfind(e, 0, k) for e in (". ", "\n", ".” ", '." '))
    found = sorted([*_ASKED.finditer(text, max(0, j), k + 2), *_ASKED_WHETHER.finditer(text, max(0, j), k + 2)], key=lambda m: m.start())
    if not found:
        return None
    name = found[-1].group(1)
    other = {"he": "f", "she": "m"}[low]
    hits = [m for m in mentions if m.pos < pos and m.kind == "person" and (m.name == name or m.name.endswith(" " + name))]
    if not hits or gender_of(hits[-1].name) == other:
        return None
    return hits[-1].name
