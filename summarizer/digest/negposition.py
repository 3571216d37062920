"""A negated position and its opposite told plainly are one account, not two (issue 15; digest51).

"The reservoir was never above its safe level" / "The reservoir is now 3 meters below its safe level":
the negation reaches the shared words ("safe level"), but what it denies ("above") is the opposite
of what the other claim states ("below"), so the two say the same thing of the level. A negator
("not", "never", "n't"), at most two words, then a word of one side of lang.STATE_OPPOSITES'
position lines ("above" / "below", "higher" / "lower", "more" / "fewer less"); the other claim holds
a word of the other side, not negated, and the first content word after each is the same. "was never
above its safe level" / "was 1.4 meters above its safe level" still conflict (the same word).
"""

from __future__ import annotations

import re

from .. import lang
from .pairs import STOP, Features, stem

__all__ = ["negated_opposite"]

#: The position words: each word -> the words of the other side (lang.STATE_OPPOSITES' lines of words
#: grammar counts as function words: "above" / "below", "more" / "fewer less", "higher" / "lower").
_OTHER = {w: frozenset(b) for a, b in lang.STATE_OPPOSITES for w in a if w in lang.POSITION_WORDS} \
    | {w: frozenset(a) for a, b in lang.STATE_OPPOSITES for w in b if w in lang.POSITION_WORDS}
_NEGATED = re.compile(r"(?:\b(?:not|never)|n['’]t)\s+(?:[a-z]+\s+){0,2}?(" + "|".join(sorted(_OTHER)) + r")\b", re.I)
_WORD = re.compile(r"[a-z][a-z'’-]*")


def _next_content(text: str) -> str:
    """The stem of the first content word in `text` (within four words), or ''."""
    for w in _WORD.findall(text.lower())[:4]:
        if w not in STOP:
            return stem(w)
    return ""


def negated_opposite(neg: Features, other: Features) -> bool:
    """`neg` denies a position whose opposite `other` states of the same thing (module doc)."""
    for m in _NEGATED.finditer(neg.claim.text):
        word, after = m.group(1).lower(), _next_content(neg.claim.text[m.end():])
        if not after:
            continue
        for o in re.finditer(r"\b(?:" + "|".join(sorted(_OTHER[word])) + r")\b", other.claim.text, re.I):
            before = other.claim.text[:o.start()].lower().split()[-3:]
            if not any(w in ("not", "never") or w.endswith(("n't", "n’t")) for w in before) \
                    and _next_content(other.claim.text[o.end():]) == after:
                return True
    return False
