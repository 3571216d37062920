"""Two counts of one thing in one place, named in one article and called by a common noun in the other
(issue 15; conflict52).

"The <Name> River rose by 1.2 meters in the town ..." / "The river rose nearly two meters in <Town> on Sunday
morning": pairs.names_clash reads "<Name>" and "<Town>" as two names neither claim shares, and a count
conflict is never looked for. Here, for counts only (classify's number conflict), a name is no other thing
when the other claim calls it by a common noun of lang.PLACE_COMMON_NOUNS:

* a name of several words whose last word is such a noun ("<Name> River") against "the river" in the other;
* a place after a preposition ("in <Town>") against the same preposition, "the" and such a noun ("in the
  town") in the other, the claim itself not writing that noun phrase.

Two names still clash ("in <Town>" / "in <Village>", "The <A> River" / "The <B> River"); a name explained one
way and another left unmatched still clash.
"""

from __future__ import annotations

import re

from .. import lang
from .pairs import Features, names_clash, unmatched_names

__all__ = ["count_clash"]

_PREPS = lang.COUNT_PLACE_PREPOSITIONS


def _explained(t: str, f: Features, g: Features) -> bool:
    """The name token `t` of `f` is called by a common noun in `g` (module doc)."""
    for seq in f.name_seqs:
        words = seq.split()
        if t in words and len(words) >= 2 and words[-1] in lang.PLACE_COMMON_NOUNS \
                and re.search(r"\bthe " + re.escape(words[-1]) + r"\b", g.low):
            return True
    if t in f.places:
        for prep in _PREPS:
            if re.search(r"\b" + prep + r" " + re.escape(t) + r"\b", f.low):
                for m in re.finditer(r"\b" + prep + r" the ([a-z]+)\b", g.low):
                    noun = m.group(1)
                    if noun in lang.PLACE_COMMON_NOUNS and f"{prep} the {noun}" not in f.low:
                        return True
    return False


def count_clash(f1: Features, f2: Features) -> bool:
    """pairs.names_clash, with names the other claim calls by a common noun read as shared (module doc)."""
    if not names_clash(f1, f2):
        return False
    u1 = {t for t in unmatched_names(f1, f2) if not _explained(t, f1, f2)}
    u2 = {t for t in unmatched_names(f2, f1) if not _explained(t, f2, f1)}
    return bool(u1 and u2)
