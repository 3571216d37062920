"""Two shares alone of different things (counts.number_conflict; moved out of counts.py in digest44).

"cut the risk of strokes by 18 percent" / "of heart attacks by 27 percent": the words just before
each share hold a content word the other claim lacks, both ways. A share after a relative clause
("wage growth, which has run at about 6 percent") is told of the noun before "which", so the words
before "which" count too (blind43: "its forecast for growth next year to <p1> percent" against
"wage growth, which has run at about <p2> percent" were one conflict).
"""

from __future__ import annotations

import re

from .. import lang, thresholds
from .figures import figures_of
from .pairs import STOP, Features, stem
from .reference import lemma
from .senses import phrases_as_words, sense

__all__ = ["things_apart"]


def _sense(w: str) -> str:
    return sense(w, lambda x: lemma(stem(x)))


_FROM = re.compile(r"(?:\bto\s+(?:about\s+|around\s+)?[\d.,]+\s*(?:percent|%)\s+from|[\d.,]+\s*(?:percent|%|(?:"
                   + "|".join(sorted(lang.TIME_UNITS)) + r"))\s*,?\s+(?:up|down)\s+from)\s*$", re.I)  # "now 41 weeks, up from 26 weeks" (digest50)


def _before(f: Features, q) -> list[str]:
    """The NUMBER_NEAR_WORDS words before the share (hyphenated words split), and as many before a
    "which" among the two words more; for the old figure of "to <p1> percent from <p2> percent" or
    "<n> weeks, up from <m> weeks", the words before the new one."""
    m = re.search(r"(?<![\w.])" + re.escape(q.counted) + r"(?![\w])", f.claim.text)
    if m is None:
        return []
    start = m.start()
    for num in figures_of(f.claim.text):
        if round(num.value, 6) == round(q.value, 6):
            start = min(start, num.start)
            break
    n = thresholds.NUMBER_NEAR_WORDS
    text = f.claim.text[:start]
    prior = _FROM.search(text)  # "to 0.9 percent from 1.4 percent": the old figure of one thing
    text = text[:prior.start()] if prior else text
    toks = [w for t in re.findall(r"[a-z][a-z'’-]*", phrases_as_words(text).lower()) for w in t.split("-")]
    near, reach = toks[-n:], toks[-n - 2:]
    if "which" in reach:  # "<noun>, which has run at about <p> percent"
        k = len(toks) - len(reach) + reach.index("which")
        near = toks[max(0, k - n):k] + near
    return near


def things_apart(f1: Features, q1, f2: Features, q2) -> bool:
    """The two shares are of different things (module doc)."""
    def before(f: Features, q) -> set[str]:
        return {_sense(w) for w in _before(f, q) if len(w) >= 4 and w not in STOP}

    def all_of(f: Features) -> set[str]:
        return {_sense(w) for w in re.findall(r"[a-z]+", phrases_as_words(f.claim.text).lower())}

    return bool(before(f1, q1) - all_of(f2)) and bool(before(f2, q2) - all_of(f1))
