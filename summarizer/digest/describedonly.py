"""An agreement read only in a named subject's description (issue 15; conflict53).

"<Singer>, 31, whose album "<Title>" sold more than two million copies, parted ways with <Manager> in March." /
"<Full name>, the singer behind the hit album "<Title>", has filed a lawsuit accusing her longtime manager ...":
the two share the singer's name, the album's title and "million(s)" (similarity 0.31) and were shown as one
agreement, yet one tells a parting, the other a lawsuit. Here each claim is cut at its commas (outside quotation
marks): a first piece of at most six words holding a capitalised name, then the pieces that describe it (opening
with a number, "who", "whose", "which", "the", "a", "an": lang.DESCRIPTION_OPENERS), then the predicate. When both
claims describe their subject so, both have a predicate, and the two predicates share no content word
(by sense: digest/senses.py's groups, "shut" = "close") and no number, what they share is the subject alone: no
agreement. Claims without such a description, or whose predicates share a word ("parted ways with" /
"parted ways with"), are untouched (tests); only weak agreements (similarity below AGREE_SIM) are read.
"""

from __future__ import annotations

import re

from .. import lang
from .nounneg import lem
from .pairs import STOP, Features

__all__ = ["description_only", "subject_and_predicate"]

_PIECES = re.compile(r",(?=(?:[^\"“”]*[\"“][^\"“”]*[\"”])*[^\"“”]*$)")
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*")


def subject_and_predicate(text: str) -> tuple[str, str, bool] | None:
    """(the subject with its description, the predicate, whether a description was cut) of a claim opening
    with a described name, or None."""
    pieces = _PIECES.split(text)
    head = pieces[0].split()
    if not 1 <= len(head) <= 6 or not any(w[:1].isupper() and w.lower() not in STOP for w in head):
        return None
    k = 1
    while k < len(pieces) - 1:
        first = pieces[k].split()[:1]
        if not first or not (first[0][:1].isdigit() or first[0].lower() in lang.DESCRIPTION_OPENERS):
            break
        k += 1
    if k == 1 or k >= len(pieces):
        return None
    pred = ",".join(pieces[k:]).strip()
    first = pred.split()[:1]
    if not first or not first[0][:1].islower():
        return None  # the predicate opens with a verb or an auxiliary
    return ",".join(pieces[:k]), pred, True


def _content(text: str) -> set[str]:
    out = set()
    for w in _WORD.findall(_QUOTED.sub(" ", text)):
        if w[:1].isdigit():
            out.add(w.strip(".,"))
        elif w[:1].islower() and len(w) >= 3 and w.lower() not in STOP:
            out.add(lem(w.lower()))
    return out


def description_only(f1: Features, f2: Features) -> bool:
    """What the two claims share lies in a described subject only: their predicates share no word (module doc)."""
    s1, s2 = subject_and_predicate(f1.claim.text), subject_and_predicate(f2.claim.text)
    return s1 is not None and s2 is not None and not (_content(s1[1]) & _content(s2[1]))
