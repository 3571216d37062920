"""Cross-article alignment (issue 15, conf9): one event of a kind told on two calendar dates
("it discovered the breach on March 3" / "first learned of the breach on March 10"), for
classify.py. figures.same_kind_day reads weekdays; a date of the month is read here the same way:
a verb of one class (lang.EVENT_VERB_CLASSES) among the EVENT_DATE_REACH content words before each claim's
date, and a content word the two share besides the verbs (what the event was about).
"""

from __future__ import annotations

import re

from .. import lang
from .pairs import STOP, Features, stem

__all__ = ["same_kind_date"]

EVENT_DATE_REACH = 4
_CLASS = {stem(w): n for n, c in enumerate(lang.EVENT_VERB_CLASSES) for w in c}
_DATE = re.compile(r"\b(?:" + lang.MONTH_ABBREVIATIONS_RE + r")[a-z]*\.?\s+\d{1,2}\b", re.I)


def _kinds(f: Features) -> set[int]:
    out = set()
    for m in _DATE.finditer(f.claim.text):
        before = [w for w in re.findall(r"[a-z]+", f.claim.text[:m.start()].lower()) if w not in STOP][-EVENT_DATE_REACH:]
        out |= {_CLASS[stem(w)] for w in before if stem(w) in _CLASS}
    return out


def same_kind_date(f1: Features, f2: Features) -> bool:
    """The two claims date one kind of event by a date of the month and share what it was about."""
    if not _kinds(f1) & _kinds(f2):
        return False
    return any(w not in _CLASS and not w.startswith("#") for w in f1.words & f2.words)
