"""Whose account a rebuttal that points back answers, when the article names its owner (issue 15, conf26).

"The standards board opened an inquiry into Ms. Voss's allegations. In a radio interview, Mr.
Brill continued to deny the allegations.": the denial points back at "the allegations", and the
sentence just before names whose they are. The account answered is then the owner's own claim,
told earlier in the article ("Mr. Brill had been accused of bullying by Hanna Voss"), not the
nearest accusation of someone else (disputes.rebuttal's default). Read by disputes.rebuttal.

The owner: a capitalised name with a possessive right before the rebuttal's account noun ("Ms.
Voss's allegations", "the Ledger's report"), in one of the WITHIN_REACH claims before the
rebuttal. The owner's claim: the nearest earlier claim of the article whose source is the owner
(its last significant word), or that names the owner as the one who accuses ("accused ... by
Hanna Voss"), sharing a name with the rebuttal besides the owner's; never a claim of the
rebutter's own side, a question, or a reaction to the same account ("an inquiry into the
allegations").
"""

from __future__ import annotations

import re

from .. import thresholds
from .pairs import Features
from .sourcenames import source_head

__all__ = ["account_owner", "owner_claim"]

_WORD = r"[A-Z][\w’'-]*\.?"


def account_owner(fs: list[Features], i: int, noun: str) -> str:
    """The last word of the name owning the account noun `noun` ("allegation") in the nearest of
    the WITHIN_REACH claims before claim `i` that names an owner ("Ms. Voss's allegations" ->
    "voss"), or ''."""
    if not noun:
        return ""
    pat = re.compile(r"\b(" + _WORD + r"(?:\s+" + _WORD + r"){0,3})['’]s?\s+(?:[a-z-]+\s+)?"
                     + re.escape(noun) + r"s?\b")
    for g in reversed(fs[max(0, i - thresholds.WITHIN_REACH):i]):
        m = pat.search(g.claim.text)
        if m:
            head = source_head(m.group(1))
            return head if head and head.isalpha() else ""
    return ""


def owner_claim(fs: list[Features], i: int, owner: str, fits) -> Features | None:
    """The nearest earlier claim of the article that tells `owner`'s account (module doc), among
    those `fits(g)` lets through (the rebuttal's own filters: another side, not a question, not a
    reaction)."""
    r = fs[i]
    by_owner = re.compile(r"\bby\s+(?:[A-Z][\w.’'-]*\s+){0,3}" + re.escape(owner.capitalize()) + r"\b")
    for g in reversed(fs[:i]):
        if not fits(g):
            continue
        if source_head(g.source) != owner and not by_owner.search(g.claim.text):
            continue
        if (g.mentions & r.mentions) - {owner}:
            return g
    return None
