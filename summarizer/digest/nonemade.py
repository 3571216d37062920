"""None of a thing against a count of it (issue 15; digest44).

"No arrests have been made, a police spokeswoman said" / "Two men were arrested on <day>, <the
detective> said"; "No injuries were reported" / "<n> workers were injured": one claim says none of
an act's nouns were made, reported, filed or recorded ("there have been no <noun>s"), another
(from another side) tells people or things that underwent the act (a passive of the same root:
"arrests" / "were arrested", "charges" / "have been charged") with a count. Not when the count is
negated ("no one was arrested" asserts nothing) nor when the "no" claim is itself about another
time ("no arrests had been made by Sunday" against "arrested on Monday" is a sequence: a day
named in the "no" claim and another in the count's claim part them).
"""

from __future__ import annotations

import re

from .pairs import Features, negator

__all__ = ["none_against_count"]

_NONE = re.compile(r"\b[Nn]o\s+([a-z]{4,})s\s+(?:have|has|had|were|was)\s+(?:yet\s+)?(?:been\s+)?"
                   r"(?:made|reported|filed|recorded|brought)\b|\b[Tt]here\s+(?:have|has|had)\s+been\s+no\s+([a-z]{4,})s\b")
_PASSIVE = re.compile(r"\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+([a-z]{4,}ed)\b")


def _root(word: str) -> str:
    return word[:5]


def _none_of(f: Features) -> str:
    """The noun of which the claim says none were made ("arrests"), or ''."""
    m = _NONE.search(f.claim.text)
    return (m.group(1) or m.group(2)) + "s" if m else ""


def _counted_act(f: Features) -> set[str]:
    """Roots of passives the claim tells of a count ("Two men were arrested"), not negated."""
    if not f.claim.quantities:
        return set()
    out = set()
    for m in _PASSIVE.finditer(f.claim.text):
        if not any(negator(w) for w in f.claim.text[:m.start()].lower().split()[-4:]):
            out.add(_root(m.group(1)))
    return out


def none_against_count(f1: Features, f2: Features) -> tuple[Features, Features, str] | None:
    """(the "none" claim, the counting claim, the noun as written: "arrests"), or None (module doc)."""
    for n, c in ((f1, f2), (f2, f1)):
        noun = _none_of(n)
        if noun and _root(noun) in _counted_act(c) and not (n.days and c.days and not n.days & c.days):
            return n, c, noun
    return None
