"""Counts and routes disputed inside one article in other words (issue 15; within55):

* a count answered in the next sentence: "The <Board> lowered the grades of 142 students ..., the school
  said" / "The board says 58 students at the school had a grade changed ...": two named sides, one
  sentence right after the other, the same counted noun with two values (counts.number_conflict's every
  check) and a content word shared besides the counted noun and the sources' names ("grade"), where the
  two wordings share too little for the cross-source floor (`next_count`);
* a count of a compound's head told by its modifier: "close seven of its 19 branch libraries" / "the
  plan would close nine branches": the one counted noun ("branches") is the other's first word
  ("branch libraries"), the same verb right before both counts, two sides within WITHIN_REACH claims
  (`modifier_count`);
* a route set against another: "the <animal> had left through a service gate, not through the fence"
  against another side's "the <animal> had ... got out through the panel": "through <A>, not through
  <B>" (lang.NOT_THROUGH_RE), another side's "through <C>" with C's head neither A's nor a word of A,
  the subject's noun shared (`other_route`).

Near misses: the next sentence's count of another noun, or sharing no word; a compound counted by its
head, not its modifier ("branch libraries" / "libraries" is counts.py's), another verb ("close seven"
/ "open nine"); a route the same as A, a route of another subject, one side.
"""

from __future__ import annotations

import re

from .. import lang, thresholds
from ..schema import ARTICLE_VOICE
from .classify import Judgment
from .counts import number_conflict, text_before
from .figureclash import other_side
from .nounneg import spelling
from .pairs import STOP, Features, names_clash, source_words, stem
from ..quantity import readable

__all__ = ["modifier_count", "next_count", "other_route", "within_replies"]

_WORD = re.compile(r"[a-z]+")
_NOT_THROUGH = re.compile(lang.NOT_THROUGH_RE, re.I)
_THROUGH = re.compile(r"\bthrough\s+(?:the|a|an|its|their)\s+(?P<route>(?:[a-z-]+\s+){0,2}?[a-z-]+)\b", re.I)


def _named(x: Features) -> bool:
    return x.source != ARTICLE_VOICE and "?" not in x.claim.text and x.claim.certainty not in ("denied", "negated")


def _next(fs: list[Features], i: int) -> int | None:
    """The claim told right after claim `i`'s sentence: the first later claim that starts after it ends."""
    end = fs[i].claim.evidence.end
    return next((j for j in range(i + 1, len(fs)) if fs[j].claim.evidence.start >= end), None)


def next_count(fs: list[Features], i: int, taken=frozenset()):
    """Claim `i` and the next sentence's claim, two named sides, count one noun with two values."""
    j = _next(fs, i)
    if j is None:
        return None
    x, y = fs[i], fs[j]
    if not (_named(x) and _named(y) and other_side(x, y)) or tuple(sorted((x.index, y.index))) in taken:
        return None
    found = number_conflict(x, y, names_clash(x, y), least=0.0)
    if found is None:
        return None
    q1, q2 = found
    drop = {stem(w) for w in _WORD.findall(f"{q1.counted} {q2.counted} {x.source} {y.source}".lower())}
    drop = {spelling(w)[:6] for w in drop}
    shared = {spelling(w)[:6] for w in x.words if w not in STOP} & {spelling(w)[:6] for w in y.words if w not in STOP}
    if not any(len(w) >= 4 and w.isalpha() for w in shared - drop):
        return None
    return x, y, Judgment("numbers", f"in one article, {x.source}: {readable(q1.value, q1.unit)}; {y.source}: "
                                     f"{readable(q2.value, q2.unit)}", about=q1.counted, values=(q1.value, q2.value))


def _verb_before(f: Features, value: float) -> str:
    words = _WORD.findall(text_before(f, value).lower())
    return stem(words[-1]) if words and words[-1] not in STOP and len(words[-1]) >= 3 else ""


def modifier_count(x: Features, y: Features) -> Judgment | None:
    """One side counts "<modifier> <head>s" ("seven ... branch libraries"), the other "<modifier>s" ("nine
    branches"), after the same verb, with another value."""
    if not (_named(x) and _named(y) and other_side(x, y)):
        return None
    for q1 in x.claim.quantities:
        for q2 in y.claim.quantities:
            if q1.unit is not None or q2.unit is not None or q1.value == q2.value or q1.value in y.values or q2.value in x.values:
                continue
            c1, c2 = q1.counted.lower().split(), q2.counted.lower().split()
            if not ((len(c1) >= 2 and len(c2) == 1 and stem(c2[0]) == stem(c1[0]))
                    or (len(c2) >= 2 and len(c1) == 1 and stem(c1[0]) == stem(c2[0]))):
                continue
            v1, v2 = _verb_before(x, q1.value), _verb_before(y, q2.value)
            if v1 and v1 == v2:
                return Judgment("numbers", f"in one article, {x.source}: {readable(q1.value, None)} {q1.counted}; {y.source}: "
                                           f"{readable(q2.value, None)} {q2.counted}", about=min(q1.counted, q2.counted, key=len),
                                values=(q1.value, q2.value))
    return None


def _route(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def other_route(fs: list[Features], i: int, taken=frozenset()):
    """Claim `i` says "through <A>, not through <B>"; the nearest claim of another side with a route
    "through <C>" that is not A, sharing the subject's noun (a content word before "through" in both)."""
    y = fs[i]
    m = _NOT_THROUGH.search(y.claim.text)
    if m is None or y.source == ARTICLE_VOICE:
        return None
    mine = set(_route(m.group("route")))
    subject = {stem(w) for w in _WORD.findall(y.claim.text[:m.start()].lower()) if len(w) >= 4 and w not in STOP} \
        - {stem(w) for w in source_words(y.source)}
    for d in range(1, len(fs)):
        for j in (i - d, i + d):
            if not 0 <= j < len(fs):
                continue
            x = fs[j]
            if not _named(x) or not other_side(x, y) or _NOT_THROUGH.search(x.claim.text):
                continue
            for t in _THROUGH.finditer(x.claim.text):
                theirs = _route(t.group("route"))
                before = {stem(w) for w in _WORD.findall(x.claim.text[:t.start()].lower())}
                if theirs and theirs[-1] not in mine and subject & before:
                    if tuple(sorted((x.index, y.index))) in taken:
                        return None
                    jd = Judgment("assertion", f"in one article, {x.source}: through {t.group('route')}; {y.source}: through "
                                               f"{m.group('route')}, not {m.group('other')}", about="which way")
                    return (x, y, jd) if j < i else (y, x, jd)
    return None


def within_replies(fs: list[Features], taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """Every such pair in one article's claims (text order), the earlier claim first."""
    out = [found for i in range(len(fs)) for rule in (next_count, other_route) if (found := rule(fs, i, taken)) is not None]
    for i, x in enumerate(fs):
        for y in fs[i + 1:i + 1 + thresholds.WITHIN_REACH]:
            if tuple(sorted((x.index, y.index))) not in taken and (jd := modifier_count(x, y)) is not None:
                out.append((x, y, jd))
    return out
