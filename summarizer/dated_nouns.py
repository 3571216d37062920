"""A date written before a noun of a text or an occasion, as the claim's time (issue 12 item 3; real56's Left, real57).

"In an August speech, the senator said ...", "In her 2003 book, <Title>, she noted ...", "At a June 4 rally, ...":
the month, day or year modifies the noun after it ("speech", "book", "rally"), so `dates.find_phrase`, which reads
time phrases ("in August", "on June 4"), finds none; yet the speech's time is the claim's. `date_before_noun` gives
that date when the sentence names no other time (dates.when_for tries it after find_phrase).

Only after "in", "at" or "during" and a determiner or a possessive ("in an", "at his", "during <Name>'s"), opening the
sentence or a clause after a comma, or right after a verb of saying ("said in a June report"): the phrase then says
where in time the claim was made ("would not run in the 2018 midterm election" dates the election); the noun must be one of an occasion or a text
(lang.TIMED_EVENT_NOUNS, lang.STATEMENT_NOUNS, lang.DATED_OCCASION_NOUNS), with at most one word between ("In a
June television interview"). A date naming a noun elsewhere stays none: "survivors of the Sept. 11 attacks", "the
1998 law bans ...", "a 1920 house".
"""

from __future__ import annotations

import re

from . import lang

__all__ = ["date_before_noun"]

_MONTH = r"(?:" + "|".join(m.title() for m in lang.MONTHS) + r"|(?:" + "|".join(m.title() for m in lang.MONTH_ABBREVIATIONS_RE.split("|")) + r")\.)"
_DATE = _MONTH + r"(?:\s+\d{1,2}(?!\d))?(?:,?\s+(?:19|20)\d\d(?!\d))?|(?:19|20)\d\d(?![\d-])"
_NOUNS = lang.TIMED_EVENT_NOUNS | lang.STATEMENT_NOUNS | lang.DATED_OCCASION_NOUNS
_DETERMINERS = "|".join(lang.DATED_NOUN_DETERMINERS) + r"|[A-Z][\w.'’-]*['’]s?"
_DATED = re.compile(r"\b(?i:in|at|during)\s+(?:" + _DETERMINERS + r")\s+(" + _DATE + r")\s+(?:([a-z][\w-]*)\s+)?([a-z][\w-]*)\b")


def date_before_noun(text: str, skip: list[tuple[int, int]] = ()) -> str | None:
    """The date written before an occasion's or a text's noun after "in/at/during" and a determiner ("In an August
    speech" -> "August", "in her 2003 book" -> "2003"), outside the spans of `skip` (a noun's description: its time
    is the noun's); None when there is none."""
    for m in _DATED.finditer(text):
        if any(a <= m.start(1) < b for a, b in skip):
            continue
        lead = re.search(r"(\w+)?\W*$", text[:m.start()])
        if text[:m.start()].strip(" \"“‘'(") and not text[:m.start()].rstrip().endswith(",") \
                and not (lead and lead.group(1) and lead.group(1).lower() in lang.CUE_VERBS):
            continue  # "would not run in the 2018 midterm election": the object's date, not the claim's (real57)
        noun = m.group(3) if m.group(3) in _NOUNS else m.group(2) if m.group(2) in _NOUNS and m.group(3) not in _NOUNS else None
        if noun is None:
            continue
        return m.group(1)
    return None
