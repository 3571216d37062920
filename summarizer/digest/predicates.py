"""Cross-article alignment: opposite predicates (issue 15). A claim with a word of one side of
lang.OPPOSITE_PREDICATES and a claim with a word of the other ("stabilised" / "advancing", "rose" /
"fell") may give incompatible accounts; classify.py and disputes.py decide when they do.

`predicates_of(text)` runs once per claim (pairs.features keeps it as `Features.predicates`);
`opposite(f1, f2)` compares two claims' predicates; `predicate_stems(f)` are the claim's content
words that are such predicates (left out when the rest of two claims is compared).
"""

from __future__ import annotations

import re

from .. import lang

__all__ = ["opposite", "predicate_stems", "predicates_of", "word_for"]

OPPOSITES = lang.OPPOSITE_PREDICATES


def _stem_rx(stem: str) -> re.Pattern:
    """A word starting with `stem`; a short stem must be the whole word (+s/ed/ing)."""
    stem = stem.strip()
    tail = r"\w*" if len(stem) >= 5 else r"(?:s|es|ed|d|ing)?\b"
    return re.compile(r"\b" + re.escape(stem) + tail)


_OPP_RX = [([(w.strip(), _stem_rx(w)) for w in pos], [(w.strip(), _stem_rx(w)) for w in neg]) for pos, neg in OPPOSITES]


_MENTION = re.compile(r"\b(?:" + "|".join(sorted(lang.GERUND_MENTION_PREPOSITIONS)) + r")\s+$")


def _asserts(rx: re.Pattern, low: str) -> bool:
    """`rx` matches a word of `low` that is not an -ing form after a preposition ("the reasons
    for vetoing the bill" mentions a veto; it does not say one happened)."""
    return any(not (m.group(0).endswith("ing") and _MENTION.search(low[:m.start()]))
               for m in rx.finditer(low))


def predicates_of(low: str) -> tuple:
    """For each OPPOSITES pair: the first word of either side found in `low` (or None)."""
    out = []
    for pos, neg in _OPP_RX:
        n = next((w for w, rx in neg if _asserts(rx, low)), None)
        rest = low
        if n is not None and " " in n:  # "withdrew its support" is not also "support"
            rest = next(rx for w, rx in neg if w == n).sub(" ", low)
        p = next((w for w, rx in pos if _asserts(rx, rest)), None)
        out.append((p, n))
    return tuple(out)


def word_for(f, stem: str) -> str:
    m = re.search(r"\b" + re.escape(stem) + r"[\w-]*", f.low)
    return m.group(0) if m else stem


def predicate_stems(f) -> set[str]:
    """Content-word stems of the claim that are opposite-predicate words (left out of similarity)."""
    return {w for w in f.words if any(rx.match(w) or w.startswith(p[:6]) for pos, neg in _OPP_RX
                                      for p, rx in pos + neg if p in f.low)}


def opposite(f1, f2) -> tuple[str, str] | None:
    """Opposite predicates (word starts from OPPOSITES) in the two claims, if any."""
    for (a1, b1), (a2, b2) in zip(f1.predicates, f2.predicates):
        if a1 and not b1 and b2 and not a2:
            return a1, b2
        if b1 and not a1 and a2 and not b2:
            return b1, a2
    return None


def topic_of(f1, f2) -> str:
    """What two claims share, for a conflict's title: names first, else their rarest common words."""
    shared = sorted(f1.name_seqs & f2.name_seqs) or sorted(f1.names & f2.names)
    if shared:
        return ", ".join(s.title() for s in shared[:2])
    common = sorted(f1.words & f2.words, key=lambda w: -f1.weights.get(w, 0))
    return ", ".join(word_for(f1, w) for w in common[:3]) or "the same event"  # words, not stems ("certif")
