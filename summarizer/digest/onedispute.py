"""One dispute, one conflict: several sources rejecting the same account (issue 15, conf26).

"A former president says the county will not pay" (one outlet) and "two former presidents have a
message: the county won't pay" (another) both negate the mayor's claim that she would make the
county pay; a spokesman and his lawyer both call one newspaper report false. The pair rules
(classify.py, refutations.py, disputes.py) each give one conflict per pair, so one dispute came out
as two or three conflicts, each repeating the account. Here conflicts that reject, deny, negate or
correct (by the reasons those rules write, `_REJECTS`) and share a side (one claim, by article and
claim id) are merged into one conflict with every side, up to CONFLICT_MAX_SIDES. A conflict of
another kind that shares a side (two roles, two values, two times) stays apart: one claim can be
in two disputes.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from .. import lang, thresholds
from .schema import Conflict

__all__ = ["one_conflict_per_dispute"]

_REJECTS = re.compile(r"\b(?:" + lang.REJECTING_REASON_RE + r")\b")


def _rejects(c: Conflict) -> bool:
    return c.kind == "assertion" and not c.topic.endswith(("(when)", "(where)")) and _REJECTS.search(c.reason) is not None


#: A run of capitalised words (a title and a name: "Chairman <Given> <Surname>"), of which only the last is kept.
_NAME_RUN = re.compile(r"\b(?:[A-Z][\w.'’-]*\s+)+([A-Z][\w.'’-]*)")


def _said_alike(reason: str) -> str:
    """A reason with each name cut to its last word: "<Given> <Surname> denies what Chairman <Name> said (...)" and
    "<Other given form> <Surname> denies what <Name> said (...)" (two outlets naming two speakers in their own forms) say one
    thing, shown once (the lead, session 47)."""
    return _NAME_RUN.sub(r"\1", reason)


def _refs(c: Conflict) -> set[tuple[str, str]]:
    return {(s.ref.article, s.ref.claim) for s in c.sides}


def one_conflict_per_dispute(conflicts: Iterable[Conflict]) -> Iterator[Conflict]:
    """The conflicts in order, each rejecting conflict that shares a side with an earlier rejecting
    one merged into it (module doc)."""
    kept: list[Conflict] = []
    for c in conflicts:
        if not _rejects(c):
            kept.append(c)
            continue
        refs = _refs(c)
        k = next((n for n, d in enumerate(kept) if _rejects(d) and refs & _refs(d)), None)
        if k is None:
            kept.append(c)
            continue
        d = kept[k]
        have = _refs(d)
        new = [s for s in c.sides if (s.ref.article, s.ref.claim) not in have]
        if len(d.sides) + len(new) > thresholds.CONFLICT_MAX_SIDES:
            kept.append(c)
            continue
        reason = d.reason if _said_alike(c.reason) in {_said_alike(r) for r in d.reason.split("; ")} else d.reason + "; " + c.reason
        kept[k] = d.model_copy(update={"sides": d.sides + new, "reason": reason})
    yield from kept
