"""A commitment one article says was not given, against another article's plan to do it (issue 15; conflict58).

"We regret the impact on the coast and we will pay the full cost of the cleanup," <the operator's manager> said. /
"No, <Operator> has not agreed to pay for the cleanup: we have asked them in writing ...": the second denies what
the first announces, but shares too few words with it for the negation rules (similarity 0.25), and its "not" is
of "agreed", a verb the first never writes. Here each side is read on its own:

* the denial: "<Name> has / have / had not (yet) <verb of commitment> to <verb> <object>" (lang.UNGIVEN_COMMITMENT_VERBS:
  "agreed", "committed", "promised" ...), the object up to a clause break; its head is the object's last word;
* the plan: "will / would / is going to <verb> ... <head>" (no negation after the modal), or "has agreed / agreed /
  promised to <verb> ...", the same verb (its stem) and the object's head within the clause;
* the plan's claim names the denial's <Name> (in its words or its source: "<Operator>'s head of operations").

Near misses: the plan negated ("will not pay"), another verb ("will pay for the repairs" / "has not agreed to
review"), another object ("pay the fines" / "pay for the cleanup"), another actor not named in the plan's claim,
one article.
"""

from __future__ import annotations

import re

from .. import lang
from .classify import Judgment
from .pairs import Features, stem

__all__ = ["commitment_conflicts", "denied_commitment", "plan_of"]

_DENIED = re.compile(r"\b((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)\s+(?:has|have|had)\s+(?:not|never)\s+(?:yet\s+)?(?:"
                     + "|".join(sorted(lang.UNGIVEN_COMMITMENT_VERBS)) + r")\s+to\s+([a-z]+)\b([^:;,.!?]*)")
_PLAN = re.compile(r"\b" + lang.PLAN_MODALS_RE + r"\s+(?!not\b|never\b)([a-z]+)\b([^:;.!?]*)", re.I)
_BREAK = re.compile(lang.PLAN_OBJECT_BREAKS_RE)
_WORD = re.compile(r"[a-z]+")


def denied_commitment(f: Features) -> tuple[str, str, str, str] | None:
    """(the actor's name, lower-cased; the verb's stem; the object's head; the verb as written) of the claim's one
    denied commitment."""
    found = list(_DENIED.finditer(f.claim.text))
    if len(found) != 1:
        return None
    m = found[0]
    obj = _WORD.findall(_BREAK.split(m.group(3).lower())[0])
    if not obj:
        return None
    return m.group(1).lower(), stem(m.group(2).lower()), obj[-1], m.group(2).lower()


def plan_of(f: Features, verb: str, head: str) -> bool:
    """The claim plans `verb` (a stem) on a thing whose head is `head` (module doc)."""
    for m in _PLAN.finditer(f.claim.text):
        if stem(m.group(1).lower()) == verb and head in _WORD.findall(_BREAK.split(m.group(2).lower())[0]):
            return True
    return False


def commitment_conflicts(feats, taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """Pairs of claims of two articles: a commitment one denies, the plan the other tells (module doc); `taken`:
    pairs already judged."""
    denials, plans = [], []  # one pass: the streamed digest's index is read once, only the two kinds kept
    for f in feats:
        if (d := denied_commitment(f)) is not None:
            denials.append((f, d))
        if _PLAN.search(f.claim.text):
            plans.append(f)
    out = []
    for neg, (who, verb, head, written) in denials:
        for other in plans:
            if other.article == neg.article or other.sha == neg.sha or tuple(sorted((neg.index, other.index))) in taken:
                continue
            named = who in other.claim.text.lower() or who in (other.claim.attributed_to or "").lower()
            if named and plan_of(other, verb, head):
                out.append((neg, other, Judgment("assertion", f"{neg.source} negates what {other.source} says",
                                                 about=f"whether {who.title()} will {written} ({head})")))
    return out
