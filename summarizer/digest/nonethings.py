"""None of a group underwent an act with a thing, against a count of that thing dealt out (issue 15; conflict58).

"No driver lost penalty points because of the fault, the department said." / "The Director confirmed that penalty
points had been added to 140 licences.": the first says the thing ("penalty points") went to no one, the second
that it was dealt out, with a count. nonemade.py reads "No <act noun>s were made" against a passive of the act; here
the claim opens on "No <noun>" (or "None of the <nouns>"), then a verb and a thing named by two words (an adjective
or a noun before its head: "penalty points", "red cards"); another article's claim has that thing as the subject of a
past passive ("had been added", "were shown") and a count, with no negation or modal in it.

Near misses: a thing of one word ("No driver lost points" / "points were added": too common to tie), the thing in
a modal ("could be added"), the count claim negated, two things ("penalty points" / "parking fines"), one article.
"""

from __future__ import annotations

import re

from .. import lang
from .classify import Judgment
from .pairs import Features

__all__ = ["none_thing", "none_thing_conflicts"]

_NONE = re.compile(r"^\W*(?:No|None\s+of\s+the)\s+[a-z]+\s+(?:" + lang.NONE_THING_AUX_RE + r"\s+)?[a-z]+\s+([a-z]+\s+[a-z]+)\b")
_NEG = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.I)


def none_thing(f: Features) -> str | None:
    """The two-word thing the claim says no one of a group got or lost (module doc), or None."""
    m = _NONE.match(f.claim.text)
    if m is None:
        return None
    words = m.group(1).split()
    if any(w in lang.ALIGN_STOP_WORDS or w in lang.PREPOSITIONS for w in words):
        return None
    return m.group(1)


def _dealt(f: Features, thing: str) -> bool:
    """The claim tells `thing` dealt out with a count: "<thing> had been / were <verb>" and a quantity, no negation and
    no modal before it."""
    if not f.claim.quantities or _NEG.search(f.claim.text):
        return False
    m = re.search(r"\b" + re.escape(thing) + r"\s+" + lang.PAST_PASSIVE_BE_RE + r"\s+[a-z]+(?:ed|en|n)\b", f.claim.text, re.I)
    return m is not None


def none_thing_conflicts(feats, taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """Pairs of claims of two articles: none of a group got a thing / the thing dealt out with a count (module doc)."""
    nones, counted = [], []  # one pass: the streamed digest's index is read once, only the two kinds kept
    for f in feats:
        if (t := none_thing(f)) is not None:
            nones.append((f, t))
        if f.claim.quantities and not _NEG.search(f.claim.text):
            counted.append(f)
    out = []
    for neg, thing in nones:
        for other in counted:
            if other.article == neg.article or other.sha == neg.sha or tuple(sorted((neg.index, other.index))) in taken:
                continue
            if _dealt(other, thing):
                out.append((neg, other, Judgment("assertion", f"{neg.source}: none; {other.source}: {thing} given",
                                                 about=thing)))
    return out
