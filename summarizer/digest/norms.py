"""A negated act is no denial of a norm (issue 15; conflict59, on the BASIL set evals/digest_gold_basil59).

"<Name> won't attend the speech." and "<Name>, who as the board's chair would be expected to attend, is out of the
country that week." share the verb and one of them negates it, but the second tells what someone in that
role would do (a conditional "would" of a norm: "would be expected to", "would normally", lang.NORM_WOULD_RE), no
report that the act happens: the two agree rather than conflict, and main showed "the outlet negates what the outlet
says". `norm_only(neg, other)` is read by classify.py's negation branches beside habits.habit_only: the other claim
tells the negated verb only under such a norm. A plain "will attend" or a forecast "is expected to attend" keeps the
conflict.
"""

from __future__ import annotations

import re

from .. import lang
from .pairs import Features

__all__ = ["norm_against_act", "norm_only"]

_NORM = re.compile(lang.NORM_WOULD_RE)
_NEGATED = re.compile(r"(?:\bnot|n['’]t|\bnever)\s+((?:[a-z]+\s+){0,2}[a-z]+)")
_WORDS = re.compile(r"[a-z'’]+")


def _same_verb(word: str, verb: str) -> bool:
    root = verb[:-1] if verb.endswith("e") else verb
    return word == verb or (len(root) >= 3 and word.startswith(root) and word[len(root):] in {"s", "es", "ed", "d", "ing", "e"})


def norm_against_act(neg: str, other: str) -> bool:
    """`other` tells a verb only under a norm's "would" that `neg` negates (module doc)."""
    low = other.lower()
    norms = [m.group(1) for m in _NORM.finditer(low)]
    if not norms:
        return False
    negated = [w for m in _NEGATED.finditer(neg.lower()) for w in m.group(1).split()]
    for verb in norms:
        if not any(_same_verb(w, verb) for w in negated):
            continue
        told = [m.start() for m in re.finditer(r"\b[a-z]+\b", low) if _same_verb(m.group(0), verb)]
        normed = {m.start(1) for m in _NORM.finditer(low) if m.group(1) == verb}
        if set(told) <= normed:  # the verb told nowhere but under the norm
            return True
    return False


def norm_only(neg: Features, other: Features) -> bool:
    """`neg`'s claim negates an act that `other`'s tells only as a norm (module doc)."""
    return norm_against_act(neg.claim.text, other.claim.text)
