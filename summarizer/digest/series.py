"""Two counts of one series by two articles (issue 15; digest36).

`series_conflicts(feats, taken)`: two claims of two articles tie their counts to the same
earlier figure of the same year ("<noun1> dropped to 400 during the last fiscal year, down from
1,600 in 2001" / "There were about 520 <noun2> last year, a third of the 1,600 in 2001") and
give the same recent period ("last year", "last fiscal year") two values that differ by
SERIES_MIN_DIFF or more: one count told twice. The value may have no noun after it ("fallen ...
to 400"): the noun before the change verb (lang.SERIES_CHANGE_VERBS) is what it counts. The two
counted nouns must be one (pairs.head_noun: one noun or a class of lang.COUNT_NOUN_CLASSES /
COUNT_NOUN_SYNONYMS), so two series sharing a baseline ("arrests" / "deportations") stay apart.
"""

from __future__ import annotations

import re

from .. import lang, thresholds
from ..rules import numbers
from ..quantity import readable
from .classify import Judgment
from .counts import compatible
from .pairs import Features, head_noun

__all__ = ["series_conflicts", "series_of"]

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_PERIOD = re.compile(r"\b(" + "|".join(lang.SERIES_PERIOD_LEADS) + r")\s+(?:(?:" + "|".join(lang.SERIES_PERIOD_KINDS)
                     + r")\s+)?(" + "|".join(lang.SERIES_PERIODS) + r")\b", re.I)
_NOUN_AFTER = re.compile(r"^\s*([a-z][a-z-]{2,})\b")
_CHANGE = re.compile(r"\b([a-z][a-z-]{3,})\s+(?:(?:have|has|had)\s+)?(?:[a-z]+ly\s+)?(?:" + "|".join(
    sorted(lang.SERIES_CHANGE_VERBS)) + r")\b")


def _noun_of(text: str, start: int, end: int) -> str:
    """What the figure at text[start:end] counts: the noun after it ("520 arrests"), else the
    subject of the change verb before it in its sentence ("apprehensions have fallen ... to 400")."""
    m = _NOUN_AFTER.match(text[end:])
    if m and m.group(1) not in lang.FUNCTION_WORDS and m.group(1) not in _NOT_NOUNS:
        return m.group(1)
    before = [c for c in _CHANGE.finditer(text[:start])]
    if not before:
        return ""
    # the subject's head: the word before its first preposition ("arrests in the park have
    # fallen"), else its last word ("border apprehensions have fallen"); within its clause
    subject = re.split(r"[,;:()—–]", text[:before[-1].end(1)])[-1].split()[-6:]
    prep = next((k for k, w in enumerate(subject) if k and w.lower() in _PREPOSITIONS), None)
    head = subject[prep - 1] if prep is not None else subject[-1]
    return head if head.islower() and head not in lang.FUNCTION_WORDS else ""


_PREPOSITIONS = lang.PREPOSITIONS | {"of"}


_NOT_NOUNS = frozenset(lang.SCALE_WORDS) | frozenset(lang.SERIES_PERIOD_LEADS) | lang.FUNCTION_WORDS


def series_of(f: Features):
    """(baseline value, baseline year, recent value, its counted noun, the period) of a claim
    that gives one figure of a recent period and one of an earlier year, or None."""
    text = f.claim.text
    periods = {(m.group(1).lower(), m.group(2).lower()) for m in _PERIOD.finditer(text)}
    years = set(_YEAR.findall(text))
    if len(periods) != 1 or len(years) != 1:
        return None
    year = next(iter(years))
    figs = [n for n in numbers(text, words=False)
            if n.value >= 100 and text[n.start:n.end] != year and not _YEAR.fullmatch(text[n.start:n.end].strip())]
    if len(figs) != 2:
        return None
    # the baseline is the figure nearer the year, the recent one the other
    at = text.index(year)
    base, recent = sorted(figs, key=lambda n: abs(n.start - at))
    noun = _noun_of(text, recent.start, recent.end)
    if not noun:
        return None
    return round(base.value, 6), year, round(recent.value, 6), noun, next(iter(periods))


def _period(p: tuple[str, str]) -> tuple[str, str]:
    return ("last" if p[0] == "past" else p[0], p[1])


def series_conflicts(feats, taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """Pairs of claims of two articles counting one series' recent period differently."""
    rows = [(f, s) for f in feats if (s := series_of(f))]
    out = []
    for n, (f1, s1) in enumerate(rows):
        for f2, s2 in rows[n + 1:]:
            if f1.sha == f2.sha or f1.article == f2.article:
                continue
            if s1[0] != s2[0] or s1[1] != s2[1] or _period(s1[4]) != _period(s2[4]):
                continue  # not one baseline of one year, or not one period
            if head_noun(s1[3]) != head_noun(s2[3]):
                continue  # two things counted against one baseline
            v1, v2 = s1[2], s2[2]
            if abs(v1 - v2) < thresholds.SERIES_MIN_DIFF * max(v1, v2) or compatible(f1, v1, f2, v2):
                continue
            if tuple(sorted((f1.index, f2.index))) in taken:
                continue
            # an assertion, not a number conflict: a value with no noun after it has no quantity row
            out.append((f1, f2, Judgment("assertion", f"{f1.source}: {readable(v1, None)} {s1[3]}; "
                                                      f"{f2.source}: {readable(v2, None)} {s2[3]} ({s1[4][0]} {s1[4][1]})",
                                         about=f"{s1[3]} / {s2[3]}" if s1[3] != s2[3] else s1[3])))
    return out
