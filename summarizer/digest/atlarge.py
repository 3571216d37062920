"""One span at large told in two units by two articles (issue 15; conflict51).

"A jaguar escaped from its enclosure ... and roamed the grounds for about 40 minutes before keepers
recaptured it" / "The jaguar, <Name>, was loose for nearly two hours". measured.measure_clash
compares two units of one dimension only for measures tied by a content word near both, and the
two spans share none ("roamed the grounds" / "loose"); their subject ("jaguar") is far from the
first. Here a span is a time measure after "for" ("for about 40 minutes") whose clause tells that
its subject was at large (lang.AT_LARGE_WORDS: "loose", "roamed", "on the run", "missing" ...),
with no negation; two claims' spans clash when

* the words before the at-large word of each (the subject's clause) share a content word (not a
  day, not a number): one subject ("A jaguar escaped" / "The jaguar, <Name>, was loose");
* the two spans, in one unit, are at least SPAN_RATIO apart (two loose readings of one span,
  "about 90 minutes" / "nearly two hours", are not), and no bound of one is met by the other
  ("more than an hour" / "two hours");
* neither claim tells another occasion ("again", "a second", lang.OCCASION_ORDINALS).
"""

from __future__ import annotations

import re

from .. import lang
from ..rules import numbers
from .pairs import STOP, Features, stem

__all__ = ["at_large_spans", "span_clash"]

#: Two spans of one subject closer than this ratio are one span told loosely.
SPAN_RATIO = 1.5

_UNITS = {u: s for u, (dim, s) in lang.UNIT_SCALES.items() if dim == "time"}
_FOR = re.compile(r"\bfor\s+(?:(?:" + lang.APPROXIMATORS_RE + r")\s+)?(?:an?\s+)?$", re.I)
_UNIT_AFTER = re.compile(r"\s*-?\s*([a-z]+?)s?\b", re.I)
_AT_LARGE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in lang.AT_LARGE_WORDS) + r")\b", re.I)
_BREAK = re.compile(r"[;:]|\b(?:" + "|".join(sorted(lang.SUBORDINATORS)) + r")\s+(?=\w)", re.I)
_LOWER = re.compile(r"\b(?:" + "|".join(lang.NUMBER_LOWER_BOUNDS) + r")\s+(?:an?\s+)?$", re.I)
_UPPER = re.compile(r"\b(?:" + "|".join(lang.NUMBER_UPPER_BOUNDS) + r")\s+(?:an?\s+)?$", re.I)
_OCCASION = re.compile(r"\b(?:" + "|".join(sorted(lang.OCCASION_ORDINALS | lang.REPEAT_MARKERS)) + r")\b", re.I)
_TOK = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_NOT_SUBJECT = frozenset(lang.WEEKDAYS) | frozenset(lang.MONTHS) | lang.TIME_WORDS


def at_large_spans(f: Features) -> list[tuple[float, str, str, frozenset[str]]]:
    """(seconds, bound: "lower" / "upper" / "", the span as written, the subject's content stems)
    for each span at large the claim tells (module doc)."""
    text, out = f.claim.text, []
    if _OCCASION.search(text):
        return out
    spans = [(n.value, n.start, n.end) for n in numbers(text)]
    spans += [(1.0, m.start(1), m.end(1)) for m in re.finditer(r"\bfor\s+(?:(?:" + lang.APPROXIMATORS_RE + r")\s+)?(an?)\s+(?=[a-z])", text, re.I)]
    for value, start, end in spans:
        lead = _FOR.search(text[:start])
        unit = _UNIT_AFTER.match(text, end)
        if not lead or not unit or unit.group(1).lower() not in _UNITS:
            continue
        clause = _BREAK.split(text[:lead.start()])[-1]
        at = None
        for at in _AT_LARGE.finditer(clause):
            pass
        if at is None or any(t.lower() in lang.NEGATORS or t.lower().endswith(("n't", "n’t")) for t in _TOK.findall(clause)):
            continue
        subject = frozenset(stem(t.lower()) for t in _TOK.findall(clause[:at.start()])
                            if t.lower() not in STOP and t.lower() not in _NOT_SUBJECT and len(t) > 2)
        head = text[:lead.end()]
        bound = "lower" if _LOWER.search(head) else "upper" if _UPPER.search(head) else ""
        out.append((value * _UNITS[unit.group(1).lower()], bound, text[lead.start():unit.end()].strip(), subject))
    return out


def _meets(s1: float, b1: str, s2: float) -> bool:
    return (b1 == "lower" and s2 >= s1) or (b1 == "upper" and s2 <= s1)


def span_clash(f1: Features, f2: Features) -> tuple[str, str, str] | None:
    """(first span as written, second, the subject word) when two claims tell one span at large
    far apart (module doc), else None."""
    if f1.article == f2.article:
        return None
    for s1, b1, w1, subj1 in at_large_spans(f1):
        for s2, b2, w2, subj2 in at_large_spans(f2):
            shared = subj1 & subj2
            if not shared or max(s1, s2) < SPAN_RATIO * min(s1, s2) or _meets(s1, b1, s2) or _meets(s2, b2, s1):
                continue
            key = sorted(shared)[0]
            return w1, w2, next((t.lower() for t in _TOK.findall(f1.claim.text) if stem(t.lower()) == key), key)
    return None
