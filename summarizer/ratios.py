"""Ratios and multipliers among a claim's numbers (issue 12 item 3; real56's Left, real57).

"by a 3 to 1 margin" is one figure of a margin, not a range of margins from 3 to 1: a second number lower than the
first after "to", both before a noun and after a determiner, is a ratio (`ratio`); the row counts the whole phrase,
as "a 3-to-1 margin" did ("3 to 1 margin"), and the second number has no row of its own. "three times the rate of
other adults" multiplies a rate: the row's unit is "times" and it counts what is multiplied ("rate of other adults";
`multiplier`), not 'times'. "arrested three times in a year" keeps 'times' (occasions counted).
"""

from __future__ import annotations

import re

from . import lang
from .noun_phrases import noun_phrase
from .verify.numbers import spelled_value

__all__ = ["multiplier", "ratio"]

_NUMBER = r"\d+(?:\.\d+)?|" + "|".join(sorted(w for w, n in lang.NUMBER_UNITS.items() if 1 <= n <= 20))
#: "a 3 to 1 margin", "by a two to one vote": a determiner, the first number (matched at its start), "to", the second
_RATIO = re.compile(r"\s+to\s+(" + _NUMBER + r")\s+(?=[a-z])", re.I)


def _value(word: str) -> float | None:
    return float(word) if word[:1].isdigit() else spelled_value([word.lower()])


def ratio(text: str, start: int, end: int, value: float) -> tuple[int, str] | None:
    """(end of the ratio's noun phrase, the phrase counted) when the number at start:end opens a ratio "<n> to <m>
    <noun>" with m below n, after "a"/"an"/"the" ("a 3 to 1 margin"); else None. Not "from 10 to 5 percent" (a
    fall: no determiner), "10 to 15 militants" (a range rises), "52 to 48." (no noun)."""
    m = _RATIO.match(text, end)
    if m is None or not re.search(r"\b(?i:a|an|the)\s+$", text[:start]):
        return None
    second = _value(m.group(1))
    if second is None or second >= value:
        return None
    np = noun_phrase(text[m.end():])
    if not np or np.split()[0].lower() in lang.UNITS:
        return None  # "a 3 to 1 percent ...": a unit, no ratio's noun
    stop = m.end() + len(np)
    return stop, text[start:stop]


#: "times" after a number and before what it multiplies: "the"/"its" and a noun, "as many/much" and a noun, a comparative.
_THE_OR_POSSESSIVE = "|".join(("the",) + lang.POSSESSIVE_DETERMINERS)
_TIMES = re.compile(r"\s+times\s+(?:(?:" + _THE_OR_POSSESSIVE + r")\s+|as\s+(?:many|much)\s+|(?:" + "|".join(sorted(lang.MULTIPLIER_COMPARATIVES)) + r")\b)", re.I)


def multiplier(text: str, end: int) -> str | None:
    """What the number ending at `end` multiplies when "times" follows it: the noun phrase after "the" with its "of"
    phrase ("three times the rate of other adults" -> "rate of other adults"), after "as many/much" ("three times as
    many people" -> "people"); "" after a comparative or with no noun ("three times more likely": nothing counted);
    None when "times" counts occasions ("arrested three times in a year")."""
    m = _TIMES.match(text, end)
    if m is None:
        return None
    if not re.search(r"(?:\s|^)(?:" + _THE_OR_POSSESSIVE + r"|many|much)\s+$", m.group(0), re.I):
        return ""
    head = noun_phrase(text[m.end():])
    if not head:
        return ""
    after = m.end() + len(head)
    of = re.match(r"\s+of\s+(?:(?:other|all|the)\s+)?", text[after:])
    tail = noun_phrase(text[after + of.end():]) if of else ""
    return text[m.end():after + of.end() + len(tail)] if tail else head

