"""Cross-article alignment: one thing's one-time act told with two years (issue 15, digest47).

"The bridge, which links the town centre to the park, opened in 1987" / "The bridge opened in 1991
and is one of three footbridges in the town": a thing opens, is built or founded once
(lang.ONCE_ONLY_PAST_FORMS), so one thing told with two years for that act is two accounts. No
count or day is shared (counts.py and the date rules read none). Read: the past form right before
"in <year>"; the two claims use the same form with different years, neither claim names the other's
year, each tells that form once, and the last content word before the form (past a clause set off
by commas) is the same in both: the thing ("bridge"). Acts that recur ("elected in 2019" / "elected in 2023") are not read.

`year_clash(f1, f2)` -> (the act, the thing, year in f1, year in f2) or None (align.judge_pair).
"""

from __future__ import annotations

import re

from .. import lang
from .pairs import STOP, Features, names_clash

__all__ = ["year_clash"]

_ACT = re.compile(r"\b(" + "|".join(lang.ONCE_ONLY_PAST_FORMS) + r")\s+in\s+((?:1[6-9]|20)\d\d)\b", re.I)
_WORD = re.compile(r"[a-z][a-z'’-]*")
#: words telling which of several things of a kind ("the first store" / "the second store", "the new bridge" / "the
#: old bridge"): two such things are two, each with its own year (lead38, from digest47's Left)
_WHICH_ONE = frozenset(lang.OCCASION_ORDINALS | lang.PERIOD_ORDINALS | set(lang.WHICH_ONE_MODIFIERS))


#: A clause set off by commas ("The bridge, which links the town centre to the park, opened"), or an
#: auxiliary, between the thing and its act.
_SET_OFF = re.compile(r",[^,]*,")


def _acts(f: Features) -> dict[str, tuple[str, str]]:
    """act -> (its year, the thing: the last content word before it, past a clause set off by
    commas), for acts the claim tells once."""
    found = [(m.group(1).lower(), m.group(2), m.start()) for m in _ACT.finditer(f.claim.text)]
    out = {}
    for act, year, at in found:
        if sum(a == act for a, _, _ in found) != 1:
            continue
        words = _WORD.findall(_SET_OFF.sub(" ", f.claim.text[:at]).lower())
        before = [w for w in words if len(w) >= 3 and w not in STOP]
        if before:
            k = len(words) - 1 - words[::-1].index(before[-1])
            kind = frozenset(w for w in words[max(0, k - 3):k] if w in _WHICH_ONE)
            out[act] = (year, before[-1] + (" " + " ".join(sorted(kind)) if kind else ""))
    return out


def year_clash(f1: Features, f2: Features) -> tuple[str, str, str, str] | None:
    """(act, thing, year in f1, year in f2) when the two claims give one thing's one-time act two
    years (module doc), else None."""
    a1, a2 = _acts(f1), _acts(f2)
    if not a1 or not a2 or names_clash(f1, f2):
        return None
    for act in sorted(a1.keys() & a2.keys()):
        (y1, w1), (y2, w2) = a1[act], a2[act]
        if y1 == y2 or y1 in f2.claim.text or y2 in f1.claim.text:
            continue
        if w1 == w2:
            return act, w1, y1, y2
    return None
