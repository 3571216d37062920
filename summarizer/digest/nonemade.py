"""None of a thing against a count of it (issue 15; digest44).

"No arrests have been made, a police spokeswoman said" / "Two men were arrested on <day>, <the
detective> said"; "No injuries were reported" / "<n> workers were injured": one claim says none of
an act's nouns were made, reported, filed or recorded ("there have been no <noun>s"), another
(from another side) tells people or things that underwent the act (a passive of the same root:
"arrests" / "were arrested", "charges" / "have been charged"; "deaths" / a verb of a toll: "two of
them have died") with a count. Not when the count is
negated ("no one was arrested" asserts nothing) nor when the "no" claim is itself about another
time ("no arrests had been made by Sunday" against "arrested on Monday" is a sequence: a day
named in the "no" claim and another in the count's claim part them).
"""

from __future__ import annotations

import re

from .. import lang
from ..quantity import readable
from ..rules import numbers as _numbers
from .classify import Judgment, side_of
from .pairs import Features, negator

__all__ = ["none_against_count", "none_conflicts", "none_judgment"]

_NONE = re.compile(lang.NONE_MADE_RE)
_PASSIVE = re.compile(lang.PASSIVE_PARTICIPLE_RE)
_TOLL = re.compile(r"\b(?:" + "|".join(lang.TOLL_VERBS) + r")\b", re.I)


def _root(word: str) -> str:
    return word[:5]


def _none_of(f: Features) -> str:
    """The noun of which the claim says none were made ("arrests"), or ''."""
    m = _NONE.search(f.claim.text)
    return (m.group(1) or m.group(2)) + "s" if m else ""


def _counted_act(f: Features) -> set[str]:
    """Roots of passives the claim tells of a count ("Two men were arrested"), not negated."""
    if not f.claim.quantities and not _numbers(f.claim.text):  # "Two of them have died" holds a count too
        return set()
    out = set()
    for m in _PASSIVE.finditer(f.claim.text):
        if not any(negator(w) for w in f.claim.text[:m.start()].lower().split()[-4:]):
            out.add(_root(m.group(1)))
    for m in _TOLL.finditer(f.claim.text):  # "two of them have died" tells deaths
        if not any(negator(w) for w in f.claim.text[:m.start()].lower().split()[-4:]):
            out.add(_root("deaths"))
    return out


def none_against_count(f1: Features, f2: Features) -> tuple[Features, Features, str] | None:
    """(the "none" claim, the counting claim, the noun as written: "arrests"), or None (module doc)."""
    for n, c in ((f1, f2), (f2, f1)):
        noun = _none_of(n)
        if noun and _root(noun) in _counted_act(c) and not (n.days and c.days and not n.days & c.days):
            return n, c, noun
    return None


def none_judgment(f1: Features, f2: Features) -> Judgment | None:
    """The version conflict of a "none" claim and a count (values in the pair's order, so that one
    "none" against counts in two articles merges into one conflict: conflict_groups), or None."""
    if side_of(f1.source) == side_of(f2.source):
        return None
    found = none_against_count(f1, f2)
    if not found:
        return None
    n, c, noun = found
    q = c.claim.quantities[0] if c.claim.quantities else None
    told = f"{readable(q.value)} {q.counted}" if q else readable(_numbers(c.claim.text)[0].value)
    return Judgment("assertion", f"{n.source}: none; {c.source}: {told}", about=noun,
                    values=("none", told) if n is f1 else (told, "none"))


def none_conflicts(feats, taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """Pairs of a "none" claim and a count in another article that blocking did not pair (a toll
    and "no deaths linked" share few words): (none claim, count claim, judgment)."""
    nones = [f for f in feats if _none_of(f)]
    out = []
    for n in nones:
        for c in feats:
            if c.article == n.article or tuple(sorted((n.index, c.index))) in taken:
                continue
            jd = none_judgment(n, c)
            if jd is not None:
                out.append((n, c, jd))
    return out
