"""A state told on two days is no conflict of days (issue 15; digest54).

"A 38-year-old man ... was in critical condition on Sunday evening" / "A 38-year-old man remained in critical
condition on Monday": a state lasts, so the day a claim gives it is a day it held, not the day it began; two
days are both true. A claim tells a state when a form of "be", "remain" or "stay" (lang.LASTING_STATE_VERBS,
"still" allowed after it) is followed by "in" and a state's words ("in critical condition", "in custody", "in
a coma"). Two claims that tell the same state (a content word of the phrase after "in" shared) are apart
from the date rules (via phases.phases_apart). Near misses: an act on two days ("collapsed near the finish on
Sunday" / "on Monday") still conflicts; two states of other words ("in custody" / "in critical condition"),
or a state in one claim only, are left to the date rules.

conflict58: a lasting position ("The ship was anchored in <Sound> on Wednesday" / "... on Thursday";
lang.LASTING_POSITION_PARTICIPLES after a form of "be") is a state too; an act that puts a thing there ("was towed
into port on Wednesday") is not.
"""

from __future__ import annotations

import re

from .. import lang
from .pairs import STOP

__all__ = ["same_state"]

_STATE_IN = re.compile(r"\b(?:" + "|".join(sorted(lang.LASTING_STATE_VERBS)) + r")\s+(?:still\s+)?in\s+"
                       r"(?:(?:a|an|the)\s+)?([a-z]+(?:\s+[a-z]+)?)", re.I)
#: conflict58: a position that lasts ("was anchored in <Sound> on Wednesday", "is still moored at the quay"): the
#: participle is the state's word.
_POSITION = re.compile(r"\b(?:" + "|".join(sorted(lang.LASTING_STATE_VERBS)) + r")\s+(?:still\s+)?("
                       + "|".join(sorted(lang.LASTING_POSITION_PARTICIPLES)) + r")\s+" + lang.LASTING_POSITION_PREPOSITIONS_RE + r"\b", re.I)


def _states(text: str) -> set[str]:
    """The content words of each state the text tells after "<be/remain/stay> in"; a lasting position's participle."""
    out: set[str] = set()
    for m in _STATE_IN.finditer(text):
        out |= {w for w in m.group(1).lower().split() if w not in STOP and w not in lang.PREPOSITIONS}
    return out | {m.group(1).lower() for m in _POSITION.finditer(text)}


def same_state(f1, f2) -> bool:
    """Both claims tell one state (module doc)."""
    return bool(_states(f1.claim.text) & _states(f2.claim.text))
