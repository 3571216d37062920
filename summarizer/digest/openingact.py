"""Cross-article alignment: what two claims say alike is another person's act in one claim's opening
time clause (issue 15; conflict50).

"The morning after Orlov made the remarks, the GDU front-runner appeared on a radio show" /
"The GDU front-runner has made many harsh remarks about farmers ...": the two share a title
("the GDU front-runner") and "made ... remarks", but in the first claim "made the remarks" is
Orlov's act, told in a clause that only dates the main clause; the two say different things of
the front-runner. opening.opening_only leaves two shared words or more alone (a vote both tell:
"After the council voted 5-2 to close the dam, <X> called ..." / "The council voted 5-2 to close
the dam" is one fact), and its openers are subordinators only.

`opening_act_only(f1, f2)` (align.judge_pair, on agreements short of AGREE_SIM): one claim opens
with a time clause (a subordinator, lang.LEADING_SUBORDINATORS_RE less the conditions, or "The
<time word> after / before": "The morning after ...", "The day before ...") up to its first comma;
every word the two say alike besides names and their descriptions (reference.said_of) lies in that
clause only, or in the subject both claims open their main clauses with (the first SUBJECT_REACH
words: "the GDU front-runner"), at least one in the clause; and the clause names someone (a name of the claim) that neither the claim's main
clause nor the other claim names: the act is that person's, not what the other claim tells.
"""

from __future__ import annotations

import re

from .. import lang
from .pairs import Features, stem
from .reference import said_of

__all__ = ["opening_act_only"]

#: How many words open a clause as its subject ("the GDU front-runner").
SUBJECT_REACH = 4
_WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*")
_OPENERS = "|".join(w for w in lang.LEADING_SUBORDINATORS_RE.split("|") if w not in lang.CONDITION_WORDS)
_OPENING = re.compile(r"^\W*(?:(?:the|a)\s+(?:" + "|".join(sorted(lang.TIME_WORDS | {"day"})) + r")\s+(?=after|before)|)"
                      r"(?:" + _OPENERS + r")\b([^,]{3,}),\s*(.+)$", re.I | re.S)


def _stems(text: str, f: Features) -> set[str]:
    return {s for s in (stem(w) for w in _WORD.findall(text.lower())) if s in f.words}


def _head(text: str) -> str:
    """The first SUBJECT_REACH words of a clause: where its subject stands."""
    return " ".join(text.split()[:SUBJECT_REACH])


def _only_opening(f: Features, g: Features, shared: set[str]) -> bool:
    m = _OPENING.match(f.claim.text)
    if m is None:
        return False
    opening, main = m.group(1), m.group(2)
    said_main = shared & _stems(main, f)
    if not shared - said_main or not shared - said_main <= _stems(opening, f):
        return False
    # ... besides the subject both open their main clauses with ("the GDU front-runner appeared" /
    # "The GDU front-runner has made ...")
    if not said_main <= _stems(_head(main), f) & _stems(_head(g.claim.text), g):
        return False
    low_main, low_g = main.lower(), g.low
    return any(n in opening.lower() and n not in low_main and n not in low_g for n in f.names)


def opening_act_only(f1: Features, f2: Features) -> bool:
    """What the two claims say alike lies in one claim's opening time clause only, told of someone
    neither the main clause nor the other claim names (module doc)."""
    said = said_of(f1, f2)
    shared = {w for w in f1.words & f2.words if any(w.startswith(s) or s.startswith(w) for s in said)}
    if not shared:
        return False
    return _only_opening(f1, f2, shared) or _only_opening(f2, f1, shared)
