"""A speaker's noun phrase cut from its verb by a stray comma (read33, a Daily Mail page).

Hurried copy puts a comma between a subject and its verb of saying: "The sister of one of the boys
detained, said she thought the club had calmed her brother." The frame finder reads ", said" as an
inverted frame's ("'...,' said X") or looks for a name in apposition, finds neither, and the
sister's belief was the outlet's fact. `comma_split_subject` takes the leading noun phrase as the
subject when all of these hold: it opens the sentence with a determiner (lang.DESCRIPTION_DETERMINERS,
capitalised), holds no comma, quotation mark or bracket, is at most STRAY_SUBJECT_WORDS words, its
head speaks (a person or organisation noun: frame_shapes.np_head_speaks), the cue is a plain verb of
saying (lang.PLAIN_SAYING_VERBS), and the content after the cue opens in lower case (a clause, not a
name: "The plan, said Jane Doe, was ..." is an inverted frame and stays one).
"""

from __future__ import annotations

import re

from .. import lang
from .frame_shapes import np_head_speaks

#: The longest subject, in words, read across a stray comma.
STRAY_SUBJECT_WORDS = 10

_LEAD = re.compile(r"\s*((?:" + "|".join(d.capitalize() for d in lang.DESCRIPTION_DETERMINERS)
                   + r")\s+[^,;:“”\"‘’'()\[\]]{1,90}?)\s*,\s*$")


def comma_split_subject(text: str, start: int, comma_end: int, cue: str, after: str) -> tuple[int, int] | None:
    """The span of the subject in text[start:comma_end] (which ends with the stray comma) of the cue
    `cue`, whose content opens with `after`; None when the shape is not this one."""
    if cue.lower() not in lang.PLAIN_SAYING_VERBS or not after[:1].islower():
        return None
    m = _LEAD.fullmatch(text, start, comma_end)
    if m is None or len(m.group(1).split()) > STRAY_SUBJECT_WORDS or not np_head_speaks(m.group(1)):
        return None
    return m.start(1), m.end(1)
