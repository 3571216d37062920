"""An opener of when a speaker spoke that a date and a lapse of time make ("In May, six weeks after the
sale closed, Jane Doe said ..."; read26): no content of its own, so the sentence is the speaker's
statement as after a short opener (relations._framed)."""

from __future__ import annotations

import re

from .. import lang

#: Most words a time-lapse phrase may hold ("six weeks after the second harbour survey closed").
LAPSE_WORDS = 12
#: Most words of the date phrase before it ("In March", "Late on Friday").
DATE_WORDS = 5

_LEAD = re.compile(r"(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+", re.I)
_LAPSE = re.compile(lang.TIME_LAPSE_RE, re.I)


def time_lapse_opener(opener: str) -> bool:
    """'In March, four months after the treatment ended,' or 'But on Friday, two days before the vote,':
    a short date phrase and a comma-ended lapse of time after it, no quotation, no semicolon."""
    s = _LEAD.sub("", opener.strip(), count=1)
    if not s.endswith(",") or re.search(r"[“”\";:]", s):
        return False
    pieces = [p.strip() for p in s[:-1].split(",")]
    if len(pieces) != 2:
        return False
    date, lapse = pieces
    dw = date.split()
    if not dw or len(dw) > DATE_WORDS or dw[0].lower() not in lang.PREPOSITIONS | {"late", "early"}:
        return False
    if not any(w.lower() in lang.MONTHS or w.lower() in lang.WEEKDAYS or w.lower() in lang.TIME_WORDS or re.fullmatch(r"\d{4}", w)
               for w in dw[1:]):
        return False
    return _LAPSE.match(lapse) is not None and len(lapse.split()) <= LAPSE_WORDS


#: Most words of a phrase of date alone before a speaker ("In the small hours of Monday, May 4,").
DATE_OPENER_WORDS = 10
_DATE_TOKEN = re.compile(r"\d{1,4}(?:" + lang.ORDINAL_SUFFIXES_RE + r")?")


def date_opener(opener: str) -> bool:
    """'In the small hours of Monday, May 4,': a comma-ended opener that says only when (a preposition or
    "early"/"late" first; a day, a month or a day part in it; nothing but time words, numbers, prepositions and
    determiners): no content of its own, so the speaker's frame after it is the sentence's statement (read31)."""
    s = _LEAD.sub("", opener.strip(), count=1)
    if not s.endswith(",") or re.search(r"[“”\";:]", s):
        return False
    words = [w.lower() for w in re.findall(r"[\w'’]+", s)]
    if not words or len(words) > DATE_OPENER_WORDS or words[0] not in lang.PREPOSITIONS | {"late", "early"}:
        return False
    timed = {*lang.MONTHS, *lang.WEEKDAYS, *lang.TIME_WORDS, *lang.DAY_PARTS}
    return any(w in timed for w in words) and all(
        w in timed or w in lang.PREPOSITIONS or w in lang.DETERMINERS or w in lang.DATE_PHRASE_WORDS or _DATE_TOKEN.fullmatch(w)
        for w in words)


def colon_after(text: str, at: int) -> bool:
    """A colon right after the cue ("wrote: “...”", "said in a statement: “...”"): a quotation the frame
    introduces, the speaker's whatever opens the sentence before the source ("And Jane Doe, who played
    with her in 2008, wrote: “Proud of you.”"; read26)."""
    return re.match(r"(?:\s+(?:in|on|to)\s+[^,;:“”\"]{1,40}?)?\s*:", text[at:at + 60]) is not None


#: A lapse of time read as a frame's subject ("..., and two days ahead of the final predicted the side ...": no
#: subject, the time phrase of a verb whose subject is the clause's before "and"; read30).
_LAPSE_SUBJECT = re.compile(r"(?:(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+)?" + lang.TIME_LAPSE_SUBJECT_RE, re.I)


def lapse_subject(source: str) -> bool:
    """The source text of a frame is a lapse of time ("two days ahead of their match with the Hoops"), no speaker."""
    return _LAPSE_SUBJECT.match(source.strip()) is not None
