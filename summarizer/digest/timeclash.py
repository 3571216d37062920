"""Cross-article alignment: one event told at two times that cannot meet (issue 15, conf25).

"The treasurer left her post earlier this month for a bank job" / "She quit the post last year
to go back to teaching"; "He will speak today at 10 a.m. in Harlow" / "Orr spoke Tuesday afternoon
in Harlow". figures.py, eventdates.py and classify.py compare weekdays, dates of the month and
spans of years; here two kinds of time the articles give more loosely are compared:

* a period counted from the article's day ("last year", "earlier this month", "today",
  lang.RELATIVE_PERIOD_OFFSETS) as offsets of year, month, week and day: two clash when they
  differ on the year or the month (the articles of one story are taken to be of one month, as
  counts.py's `_relative_apart` takes them for weeks and longer), or on the week or the day when
  both articles are known to be of one day ("will speak today" in one article and "spoke
  yesterday" in the next day's are one day);
* a time of day (a clock time "at 10 a.m.", a part of the day after a day word "Tuesday
  afternoon", lang.DAY_PART_HOURS) as hours: two clash when the hours do not meet.

One event: the content words just before each time hold a verb or noun of one class
(lang.EVENT_VERB_CLASSES: "left" / "quit", "announcement" / "announce"), or, when neither holds
one, the word next to each time is the same ("published Saturday" / "published Sunday"), and the
two claims share a rare word of the batch besides those words and the time words (what the event
was about: a place, a body, a name). Not one event: objects of the event word that differ ("left the
harbour board last year" / "left the port office this month"), two occasions ("another", "again",
other ordinals). A time after a saying verb ("said last year that ...", "a spokesman said on
Monday") dates the saying, not the event, and is not read.
"""

from __future__ import annotations

import re

from .. import lang, thresholds
from .pairs import REPORT_DAY, STOP, Features, stem

__all__ = ["time_clash", "times_of"]

#: How many content words before a time may name its event.
TIME_EVENT_REACH = 3

_CLASS = {stem(w): n for n, c in enumerate(lang.EVENT_VERB_CLASSES) for w in c}
_PERIOD = re.compile(r"\b(?:" + "|".join(sorted((re.escape(p) for p in lang.RELATIVE_PERIOD_OFFSETS), key=len, reverse=True))
                     + r")\b", re.I)
_CLOCK = re.compile(r"\b(?:at\s+)?(\d{1,2})(?::(\d\d))?\s*([ap])\.?\s*m\b\.?", re.I)
_PART = re.compile(r"\b(?:(" + "|".join(sorted(lang.DAY_PART_LEADS)) + r")\s+)?("
                   + "|".join(sorted(lang.DAY_PART_HOURS, key=len, reverse=True)) + r")\b", re.I)
_WEEKDAY = re.compile(r"\b(?:" + "|".join(lang.WEEKDAYS) + r")\b", re.I)
_TOK_CASED = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_TIME_WORDS = lang.TIME_WORDS | frozenset(w for p in lang.RELATIVE_PERIOD_OFFSETS for w in p.split()) \
    | frozenset(lang.DAY_PART_HOURS) | lang.CLOCK_WORDS
_SAYING = frozenset(lang.REPORTING_VERBS)


def _event(text: str, start: int) -> tuple[frozenset[str], frozenset[str]]:
    """What the time at `start` dates: the classes ("#n") of the event words among the
    TIME_EVENT_REACH content words before it and the nearest content word ("=stem"), empty after a
    saying verb; and the event's object, the content words between its word of a class and the
    time ("left *the harbour board* last year")."""
    # a clock time's letters ("a.m.") are no word of the event ("at 4 a.m. on Sunday" / "at 11:15 p.m. on Saturday": digest51)
    words = [t for t in _TOK_CASED.findall(_CLOCK.sub(" ", text[:start])) if t.lower() not in _TIME_WORDS]
    near = [t for t in words if t.lower() not in STOP][-TIME_EVENT_REACH:]
    if not near or near[-1].lower() in _SAYING or (words and words[-1].lower() in _SAYING) \
            or any(m.start(1) == start for m in REPORT_DAY.finditer(text)):  # "said on Monday"
        return frozenset(), frozenset()
    if _plural_noun(near[-1], words):  # "night raids on Tuesday" / "raids Wednesday": acts repeated, not one event
        return frozenset(), frozenset()
    out = {f"#{_CLASS[stem(t.lower())]}" for t in near if stem(t.lower()) in _CLASS}
    if near[-1].islower():  # a name next to the time ("pressure on Chairman Orr Sunday") is no event
        out.add("=" + stem(near[-1]))
    last = max((k for k, t in enumerate(near) if stem(t.lower()) in _CLASS), default=None)
    objects = frozenset(stem(t.lower()) for t in near[last + 1:]) if last is not None else frozenset()
    return frozenset(out), objects


def _plural_noun(word: str, words: list[str]) -> bool:
    """The word before a time is a plural noun ("a sequence of night raids", "scores of arrests"):
    lower case, an -s plural, after a lower-case word that is no subject pronoun (not "she speaks",
    nor "published")."""
    low = word.lower()
    if not word.islower() or not low.endswith("s") or low.endswith("ss") or word not in words:
        return False
    k = len(words) - 1 - words[::-1].index(word)
    before = words[k - 1] if k else ""
    return before.islower() and before not in lang.SUBJECT_PRONOUNS


def times_of(f: Features) -> list[tuple[tuple[frozenset[str], frozenset[str]], str, tuple, str]]:
    """((event, object), "period" | "hours" | "weekday", value, as written) for each time (module doc)."""
    cached = getattr(f, "_times", None)
    if cached is not None:
        return cached
    text, out = f.claim.text, []
    for m in _PERIOD.finditer(text):
        out.append((_event(text, m.start()), "period", lang.RELATIVE_PERIOD_OFFSETS[m.group(0).lower()], m.group(0)))
    for m in _CLOCK.finditer(text):
        h = int(m.group(1)) % 12 + (12 if m.group(3).lower() == "p" else 0) + int(m.group(2) or 0) / 60
        if int(m.group(1)) <= 12:
            out.append((_event(text, m.start()), "hours", (h, h + 0.5), m.group(0).strip()))
    for m in _WEEKDAY.finditer(text):
        out.append((_event(text, m.start()), "weekday", (m.group(0).lower(),), m.group(0)))
    for m in _PART.finditer(text):
        part = m.group(2).lower()
        if m.group(1) or part in lang.DAY_PARTS_ALONE:
            out.append((_event(text, m.start()), "hours", lang.DAY_PART_HOURS[part], m.group(0)))
    f._times = out
    return out


_OCCASION = re.compile(r"\b(?:" + "|".join(sorted(lang.OCCASION_ORDINALS | lang.REPEAT_MARKERS)) + r")\b", re.I)


def _two_occasions(f1: Features, f2: Features) -> bool:
    """The claims tell two occasions of a kind: "another" or "again" in one, or other ordinals
    ("the first hearing" / "the second hearing")."""
    o1 = {w.lower() for w in _OCCASION.findall(f1.claim.text)}
    o2 = {w.lower() for w in _OCCASION.findall(f2.claim.text)}
    return bool((o1 | o2) & lang.REPEAT_MARKERS) or (o1 | o2) != (o1 & o2)


def _one_event(e1: frozenset[str], e2: frozenset[str]) -> bool:
    """Event words of one class before both times; the same word only when neither has a word of a
    class ("quit the cabinet earlier this month" / "returned to the cabinet last year": two acts)."""
    if any(w.startswith("#") for w in e1 | e2):
        return any(w.startswith("#") for w in e1 & e2)
    return bool(e1 & e2)


def _apart(kind: str, v1: tuple, v2: tuple, one_day: bool) -> bool:
    if kind == "weekday":
        return v1 != v2
    if kind == "period":  # differ on a unit both fix: the year or month; the week or day only for
        # articles known to be of one day ("today" in one, "yesterday" in the next day's, is one day)
        units = 4 if one_day else 2
        return any(a is not None and b is not None and a != b for a, b in zip(v1[:units], v2[:units]))
    return v1[1] <= v2[0] or v2[1] <= v1[0]  # hours that do not meet


def time_clash(f1: Features, f2: Features) -> tuple[str, str] | None:
    """One event at two times that cannot meet (module doc): the two times as written, or None."""
    t1, t2 = times_of(f1), times_of(f2)
    if not t1 or not t2:
        return None
    one_day = f1.published is not None and f1.published == f2.published
    if _two_occasions(f1, f2):
        return None
    for (e1, o1), k1, v1, w1 in t1:
        for (e2, o2), k2, v2, w2 in t2:
            if k1 != k2 or not _one_event(e1, e2) or not _apart(k1, v1, v2, one_day):
                continue
            if o1 and o2 and not o1 & o2:
                continue  # "left the harbour board last year" / "left the port office this month": two acts
            events = {w[1:] for w in e1 | e2 if w.startswith("=")} | set(_CLASS)
            shared = {w for w in f1.words & f2.words if not w.startswith("#") and w not in events}
            if any(min(f1.weights[w], f2.weights[w]) >= thresholds.ANCHOR_MIN_WEIGHT for w in shared):
                return w1, w2
    return None
