"""One person kept from work in one article, still at work in another (issue 15; conflict58).

"The officer has been placed on leave, the department said." / "<Lawyer> also said the officer was still on duty.":
two contrary states of one subject in other words; no opposite-word pair holds them ("leave" / "duty"). Each claim's
duty state is read as (the subject's head noun, off or on): "<the|a Name ...> <subject> <aux> [still] <state>" with
lang.DUTY_AUX_RE, and the state from lang.DUTY_OFF_RE ("placed on administrative leave", "suspended", "off duty") or
lang.DUTY_ON_RE ("still on duty", "back at work", "returned to duty"). Two claims of two articles, one off and one on,
with the same subject head and neither negated, conflict.

Near misses: "was on duty at the time" (no "still" / "back": the time of an event), another subject ("the
sergeant"), a negation ("has not been placed on leave"), one article.
"""

from __future__ import annotations

import re

from .. import lang
from .classify import Judgment
from .pairs import Features

__all__ = ["duty_conflicts", "duty_state"]

_STATE = re.compile(r"\b(?:the|a|an)\s+((?:[a-z]+\s+){0,2}[a-z]+)\s*(?P<aside>,[^,]{1,60},\s*)?" + lang.DUTY_AUX_RE
                    + r"\s+(?:still\s+)?(?:(?P<off>" + lang.DUTY_OFF_RE + r")|(?P<on>" + lang.DUTY_ON_RE + r"))\b", re.I)
_NEG = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.I)


def duty_state(f: Features) -> tuple[str, bool, str] | None:
    """(the subject's head noun, True when kept from work, the state as written) of the claim's one duty state."""
    found = list(_STATE.finditer(f.claim.text))
    if len(found) != 1:
        return None
    m = found[0]
    told = f.claim.text[m.start():m.start("aside")] + f.claim.text[m.end("aside"):m.end()] if m.group("aside") else m.group(0)
    if _NEG.search(told):  # "has not been placed on leave"; an aside's "who has not been named" is no negation of it
        return None
    return m.group(1).lower().split()[-1], m.group("off") is not None, (m.group("off") or m.group("on")).lower()


def duty_conflicts(feats, taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """Pairs of claims of two articles telling one subject kept from work and at work (module doc)."""
    off, on = [], []
    for f in feats:
        if (d := duty_state(f)) is not None:
            (off if d[1] else on).append((f, d))
    out = []
    for f1, (h1, _, w1) in off:
        for f2, (h2, _, w2) in on:
            if f1.article == f2.article or f1.sha == f2.sha or h1 != h2 or tuple(sorted((f1.index, f2.index))) in taken:
                continue
            # told as a rejection, so that two outlets' "on leave" against one "still on duty" are one dispute
            # (onedispute.py merges rejections sharing a side)
            out.append((f2, f1, Judgment("assertion", f"{f2.source} negates what {f1.source} says (“{w2}” / “{w1}”)",
                                         about=f"the {h1}")))
    return out
