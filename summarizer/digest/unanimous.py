"""A split vote against a unanimous one (issue 15; digest44, blind43's left shape).

"The three-judge panel ruled 2-1 that ..." / "an appeals panel unanimously rejected the bid": one
claim gives a split tally ("<a>-<b>", both above zero) beside a word of deciding (a voting verb,
"ruled", "ruling", "decision"), the other says the decision was unanimous (not negated: "was not
unanimous" agrees with a split), and the two share a content word rare in the batch besides the
tally (the body or what it decided: "panel"). counts.tally_conflict compares two tallies; this
compares a tally with a word.
"""

from __future__ import annotations

import re

from .. import lang, thresholds
from .pairs import Features, negator

__all__ = ["unanimity_clash"]

_TALLY = re.compile(r"(?<![\w.$-])(\d{1,2})-(\d{1,2})(?![\w-])")
_UNANIMOUS = re.compile(r"\bunanimous(?:ly)?\b", re.I)
_DECIDING = frozenset(lang.EVENT_VERB_CLASSES[0]) | lang.DECIDING_WORDS


def _split_tally(f: Features) -> str:
    """A split tally beside a word of deciding, or ''."""
    for m in _TALLY.finditer(f.claim.text):
        a, b = int(m.group(1)), int(m.group(2))
        near = re.findall(r"[a-z]+", f.claim.text[:m.start()].lower())[-3:] + re.findall(r"[a-z]+", f.claim.text[m.end():].lower())[:3]
        if a > 0 and b > 0 and any(w in _DECIDING for w in near):
            return m.group(0)
    return ""


def _unanimous(f: Features) -> bool:
    m = _UNANIMOUS.search(f.claim.text)
    return m is not None and not any(negator(w) for w in f.claim.text[:m.start()].lower().split()[-3:])


def unanimity_clash(f1: Features, f2: Features) -> tuple[Features, str, Features] | None:
    """(the tally's claim, the tally, the unanimous claim), or None (module doc)."""
    for t, u in ((f1, f2), (f2, f1)):
        tally = _split_tally(t)
        if tally and _unanimous(u) and not _split_tally(u):
            shared = {w for w in t.words & u.words if not w.startswith("#")}
            if any(min(t.weights[w], u.weights[w]) >= thresholds.ANCHOR_MIN_WEIGHT for w in shared):
                return t, tally, u
    return None
