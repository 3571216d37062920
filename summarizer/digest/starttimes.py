"""Cross-article alignment: one event's start told at two times that cannot meet, by a definite
subject and a verb of beginning (issue 15, conflict49).

"The outage began shortly after 5 a.m." / "The failure began around 3 a.m."; "The sample was taken
on June 14" / "The sample was collected on June 12". timeclash.py asks the two claims to share a
rare word besides the event and time words; these share only the shape: a definite subject ("The
<noun>", at the claim's start or right after "said"), a past verb of beginning or happening
(lang.START_VERBS, lang.HAPPENING_VERBS) or a passive participle of taking a sample
(lang.SAMPLE_TAKING_PARTICIPLES), and right after it a time: a clock time (an approximator, lang.
CLOCK_APPROXIMATORS_RE, widens it to an hour either side) or a day ("on June 14", "early on Tuesday").
A finding and its day (conflict50): "The bacteria were detected in routine tests on Monday" / "The
bacteria turned up in tests taken early on Tuesday" (lang.FINDING_PARTICIPLES after "was"/"were",
lang.TURNING_UP_VERBS), up to five lower-case words between (no name, no comma), the same subject noun.

One event: the same subject noun; or, for verbs of beginning, two singular subject nouns one
article names both of (an article calling its story's event "the outage" and "the failure"). Not
one event: a participle and a verb of beginning; other participles ("was tested on June 20");
two occasions ("first", "again", "another": lang.OCCASION_ORDINALS, lang.REPEAT_MARKERS); a
forecast ("will begin"); two days named for two clock times.
"""

from __future__ import annotations

import re

from .. import lang
from .pairs import Features, stem
from .reference import lemma

__all__ = ["start_clash", "start_time"]

_MONTHS = "|".join(lang.MONTHS)
_WEEKDAYS = "|".join(lang.WEEKDAYS)
_VERBS = "|".join(sorted((re.escape(v).replace(r"\ ", r"\s+") for v in lang.START_VERBS | lang.HAPPENING_VERBS), key=len, reverse=True))
_DAY = r"(?:(?:early|late)\s+)?on\s+(?:(?P<wd>" + _WEEKDAYS + r")|(?P<mon>" + _MONTHS + r")\s+(?P<d>\d{1,2})\b)"
_SHAPE = re.compile(
    r"(?:^|\bsaid\s+(?:that\s+)?)[Tt]he\s+(?P<subj>(?:[a-z][a-z-]*\s+)?[a-z][a-z-]*)\s+"
    r"(?:(?P<verb>" + _VERBS + r")|(?:was|were)\s+(?P<part>" + "|".join(sorted(lang.SAMPLE_TAKING_PARTICIPLES)) + r"))\s+"
    r"(?:(?P<lead>" + lang.CLOCK_APPROXIMATORS_RE + r")\s+)?"
    r"(?:(?P<h>\d{1,2})(?::(?P<mm>\d\d))?\s*(?P<ap>[ap])\.?\s*m\b\.?"
    r"|" + _DAY + r")", re.I)
#: "closed overnight for the first time on Monday": the first day of what the verb tells
_FIRST = re.compile(r"\b(?P<verb>[a-z]{3,}ed)\s+(?:[a-z]+\s+){0,2}?for\s+the\s+first\s+time\s+" + _DAY, re.I)
#: "The bacteria were detected in routine tests on Monday", "The bacteria turned up in tests taken early on
#: Tuesday": a finding and its day, a few lower-case words (no name, no comma) between (conflict50)
_FOUND = re.compile(
    r"(?:^|\bsaid\s+(?:that\s+)?)[Tt]he\s+(?P<subj>(?:[a-z][a-z-]*\s+)?[a-z][a-z-]*)\s+"
    r"(?:(?:was|were)\s+(?:" + "|".join(sorted(lang.FINDING_PARTICIPLES)) + r")|"
    + "|".join(sorted(re.escape(v).replace(r"\ ", r"\s+") for v in lang.TURNING_UP_VERBS)) + r")\s+"
    r"(?:[a-z][a-z-]*\s+){0,5}?(?i:" + _DAY + ")")
_OCCASION = re.compile(r"\b(?:" + "|".join(sorted(lang.OCCASION_ORDINALS | lang.REPEAT_MARKERS)) + r")\b", re.I)


def start_time(f: Features) -> tuple[str, str, str, tuple] | None:
    """(subject noun, "verb" | participle, the time as written, ("hours", lo, hi) | ("day", day)) or None."""
    text = f.claim.text
    m = _SHAPE.search(text)
    found = _FOUND.search(text) if m is None else None
    if found is not None:  # a finding's day (conflict50)
        if _OCCASION.search(text):
            return None
        return found.group("subj").split()[-1].lower(), "found", text[found.start("wd") if found.group("wd") else found.start("mon"):found.end()], ("day", _day(found))
    if m is None:
        m = _FIRST.search(text)
        if m is None or {w.lower() for w in _OCCASION.findall(text)} != {"first"}:
            return None
        return m.group("verb").lower(), "first", text[m.start() + m.group(0).lower().index("for"):m.end()], ("day", _day(m))
    if _OCCASION.search(text):
        return None
    head = m.group("subj").split()[-1].lower()
    kind = "verb" if m.group("verb") else m.group("part").lower()
    written = text[m.end("verb" if kind == "verb" else "part"):m.end()].strip()
    if m.group("h"):
        h = int(m.group("h"))
        if h > 12:
            return None
        h = h % 12 + (12 if m.group("ap").lower() == "p" else 0) + int(m.group("mm") or 0) / 60
        lead = re.sub(r"\s+", " ", (m.group("lead") or "at").lower())
        lo, hi = (h, h + 1) if lead.endswith("after") else (h - 1, h) if lead.endswith("before") \
            else (h, h + 0.5) if lead == "at" else (h - 1, h + 1)
        return head, kind, written, ("hours", lo, hi)
    return head, kind, written, ("day", _day(m))


def _day(m: re.Match) -> str:
    return (m.group("wd") or f"{m.group('mon')} {m.group('d')}").lower()


def _singular(noun: str) -> bool:
    return not noun.endswith("s") or noun.endswith("ss")


def _one_event(s1: tuple, s2: tuple, article_text: dict[str, str] | None, f1: Features, f2: Features) -> bool:
    (h1, k1, _, _), (h2, k2, _, _) = s1, s2
    if {k1, k2} == {"verb", "first"}:  # "The overnight closures began on Saturday" / "closed ... for the first time on Monday"
        a, b = lemma(stem(h1)), lemma(stem(h2))
        return min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a))
    if k1 == "verb" and k2 == "verb":
        if h1 == h2:
            return True
        if not (_singular(h1) and _singular(h2)) or article_text is None:
            return False
        both = re.compile(r"\b" + re.escape(h1) + r"\b"), re.compile(r"\b" + re.escape(h2) + r"\b")
        return any(both[0].search(article_text.get(a, "")) and both[1].search(article_text.get(a, "")) for a in (f1.article, f2.article))
    if "found" in (k1, k2):
        return k1 == k2 and h1 == h2
    return k1 != "verb" and k2 != "verb" and h1 == h2  # two participles of taking a sample; two findings


def start_clash(f1: Features, f2: Features, article_text: dict[str, str] | None = None) -> tuple[str, str] | None:
    """One event's start at two times that cannot meet (module doc): the two times as written, or None."""
    if f1.article == f2.article:
        return None
    s1, s2 = start_time(f1), start_time(f2)
    if s1 is None or s2 is None or s1[3][0] != s2[3][0] or not _one_event(s1, s2, article_text, f1, f2):
        return None
    t1, t2 = s1[3], s2[3]
    if t1[0] == "day":
        return (s1[2], s2[2]) if t1[1] != t2[1] else None
    if f1.days and f2.days and not f1.days & f2.days:
        return None  # two clock times of two days
    return (s1[2], s2[2]) if t1[2] < t2[1] or t2[2] < t1[1] else None
