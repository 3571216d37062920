"""Cross-article alignment: how far back a negation reaches (issue 15, session 15, digest16).

pairs.py reads a negation's words in a window around the negator (NEG_WINDOW words each side).
Backwards, the window ran over a coordinated predicate of its own: "his claim that the strike is
a “fight of Moreau's choosing” and may not be winnable" counted "choosing" and "Moreau" as negated, so
the claim read as the negation of what it reports, and a quotation's denial ("the war was not ‘a
war of Obama's choosing’") passed quoted.py's and classify.py's negation checks as an agreement
(BASIL 2).

`neg_start(toks, i, window)`: the first token the negator at `i` reaches: `window` tokens back, but
not past a coordinator ("and", "or", "but") followed only by auxiliaries ("and may not", "but did
not", "and not"): the negated predicate starts after it. A negated subject list ("The mayor and
council did not approve") has a noun after "and" and reads as before. A negating preposition
(lang.NEGATING_PREPOSITIONS: "without") reaches its object only, never back: "the harbour will
reopen for a month so that talks can go on without the costly delays of a strike" negates the
delays, not the reopening or the talks (agree25).

`pointer_reach(text)`: the stems of the account a speaker calls false by a pointer after a comma ("While many have
speculated that the agency offered him the post, <Name> said that was never the case": the claim negates the offer,
so it agrees with "insisting that the agency never offered him the post" and no longer conflicts with it; lead49).
"""

from __future__ import annotations

import re

from .. import lang
from .predicates import stem

__all__ = ["neg_start", "pointer_reach"]

_POINTER_NEVER = re.compile(lang.POINTER_NEVER_AFTER_RE, re.I)
_WORD = re.compile(r"[a-z][a-z'’-]*")


def pointer_reach(text: str) -> set[str]:
    """Stems of the content words before a pointer that calls them false (module doc); none without one."""
    m = _POINTER_NEVER.search(text)
    if m is None:
        return set()
    return {stem(w) for w in _WORD.findall(text[:m.start()].lower())
            if len(w) >= 3 and w not in lang.FUNCTION_WORDS}


def neg_start(toks: list[str], i: int, window: int) -> int:
    """The first of the lower-cased `toks` that the negator at `i` reaches (module doc)."""
    if toks[i] in lang.NEGATING_PREPOSITIONS:  # "without": its object only
        return i
    j = i - 1
    while j >= 0 and toks[j] in lang.AUXILIARY_VERBS:
        j -= 1
    if j >= 0 and toks[j] in lang.ENDING_CONJUNCTIONS:
        return max(0, i - window, j + 1)
    return max(0, i - window)
