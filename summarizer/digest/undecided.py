"""Alignment: a plan against "no decision" (issue 15). One article's claim that something will be
done ("<X> said it would appeal", "further increases were likely", "We will appeal") and another
article's claim that nothing has been decided about it ("no decision had been made on whether to
appeal", "has not decided whether to appeal", "is undecided about ...") are two versions: a
version conflict, one per undecided claim. The undecided thing and the plan share a content word
(not a name of the source's); the plan stands within the words before it."""

from __future__ import annotations

import re

from .. import lang
from .classify import Judgment
from .pairs import STOP, Features, source_words, stem

__all__ = ["plan_conflicts", "undecided_of"]

_UNDECIDED = re.compile(lang.UNDECIDED_RE, re.I)
_PLAN = re.compile(r"\b(?:" + lang.PLAN_MARKERS_RE + "|" + lang.PLAN_EXTRA_RE + r")\b", re.I)
_WORD = re.compile(r"[a-z]+")


def _content(text: str) -> set[str]:
    return {stem(w) for w in _WORD.findall(text.lower()) if len(w) >= 4 and w not in STOP}


def _phrase(text: str) -> str:
    m = _UNDECIDED.search(text)
    return (m.group("a") or m.group("b") or m.group("c") or "") if m else ""


def undecided_of(text: str) -> set[str]:
    """Stems of what the claim says is not decided, or an empty set."""
    return _content(_phrase(text))


def _planned(f: Features, what: set[str]) -> int:
    """How many words of `what` stand within six words before or after a plan marker of the claim."""
    best = 0
    for m in _PLAN.finditer(f.claim.text):
        near = _WORD.findall(f.claim.text[:m.start()].lower())[-6:] + _WORD.findall(f.claim.text[m.end():].lower())[:6]
        best = max(best, len(_content(" ".join(near)) & what))
    return best


def plan_conflicts(feats: list[Features], taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """(plan, undecided, Judgment) per undecided claim: the plan of another article sharing the most
    words of what is undecided, then the most names, then the first (module doc)."""
    out = []
    for u in feats:
        what = undecided_of(u.claim.text) - {stem(w) for w in source_words(u.source)}
        if not what:
            continue
        best = None
        for p in feats:
            if p.article == u.article or undecided_of(p.claim.text) or p.negated:
                continue
            n = _planned(p, what)
            if not n or tuple(sorted((p.index, u.index))) in taken:
                continue
            rank = (-n, -len(p.mentions & u.mentions), p.index)
            if best is None or rank < best[0]:
                best = (rank, p)
        if best is not None:
            p = best[1]
            about = " ".join(w for w in _WORD.findall(_phrase(u.claim.text).lower()) if stem(w) in what)
            out.append((p, u, Judgment("assertion", f"{p.source}: planned; {u.source}: no decision made", about=about)))
    return out
