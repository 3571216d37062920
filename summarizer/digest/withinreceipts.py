"""Acts one side of an article tells and another side denies in other words (issue 15; within56). Each
rule needs a link stronger than a shared word: the recipient named on both sides, the denied cause's own
words, the same thing and a span or a day on each side that cannot both hold.

* sent, and never received: one side says it wrote / sent to a body ("Residents ... said they had written to
  the agency in August"), another side says that body received no such thing ("the agency had received no
  such letter", "the company had no record of ever receiving the letter"; lang.RECEIPT_DENIED_RE): the
  recipient after "to" a word of the denial's text or its source, the nearest earlier claim within
  WITHIN_REACH (`receipt_denied`);
* a cause denied in passing: "the line had stopped because a sensor ... had tripped its brake, not because
  of a power failure" (lang.NOT_BECAUSE_RE) against another side's "a power failure ... had stopped the
  line": the denied cause's words (two or more, in order) and a content word outside them shared,
  anywhere in the article (`cause_not_because`);
* a cause denied by a verb: "denied that corrosion caused the collapse" (lang.DENIED_THAT_CAUSED_RE) against
  another side's "a steel hanger ... had corroded through" within WITHIN_REACH: a word of the same root
  (its first CAUSE_PREFIX letters) (`cause_denied_that`);
* a reopening within a span against closed for at least a longer one: "expected to reopen the road within
  three weeks" / "the road would stay closed for at least four months": the same noun (`closed_longer`);
* stopped on a day, done up to a later one: "had stopped paying some families' hotel bills on Wednesday" /
  "every displaced household's hotel bill had been paid up to Friday": one verb, the noun before it shared,
  the later weekday after (`stopped_before`);
* handed out within a span, nothing for a longer one: "staff had passed water and blankets into every cabin
  within the first hour" / "they received nothing for more than three hours" (`nothing_for`).

* found on a day, reported long before: "its own engineers had found the cracks during a routine check on
  Monday morning" / "residents had reported cracks in the car park walls ... as early as last March" (the
  article's voice allowed on the second side: it reads the released emails): the same noun
  (`reported_earlier`).

* people moved out counted by two sides in two sentences running: "City officials evacuated 212 residents" /
  the next sentence's "340 people had been moved out" (lang.DISPLACEMENT_WORDS on both; one count of
  "people", the other of a person noun; MOVED_RATIO apart) (`people_moved`).

* a measure put at another figure: "About 40,000 cubic meters of rock came down, the agency said." /
  "<Name>, a geologist ..., put the volume at about 120,000 cubic meters." (lang.PUT_MEASURE_AT_RE; the same
  unit, MOVED_RATIO apart, within WITHIN_REACH; the estimate may be told in the article's voice)
  (`put_measure`).

Near misses: a letter sent to another body than the denier; the denier's own side; a denied cause another
side never gave, or gave in other words; a reopening later than the closure's bound, or of another thing;
paid up to an earlier day, or another thing paid; handed out later than the span of nothing.
"""

from __future__ import annotations

import re

from .. import lang, thresholds
from ..schema import ARTICLE_VOICE
from .classify import Judgment, ordered_pair as _pair
from .figureclash import other_side
from .pairs import STOP, Features, source_words, stem
from ..quantity import readable

__all__ = ["cause_denied_that", "cause_not_because", "closed_longer", "day_order", "nothing_for", "people_moved", "put_measure", "receipt_denied", "reported_earlier", "stopped_before", "within_receipts"]

_RECEIPT_DENIED = re.compile(lang.RECEIPT_DENIED_RE, re.I)
_SENT_TO = re.compile(r"\b(?:" + "|".join(lang.SENDING_VERBS) + r")\b(?:\s+[a-z'’-]+){0,3}?\s+to\s+(?:the\s+|its\s+|their\s+)?"
                      r"(?P<who>(?:[A-Za-z'’-]+\s+){0,2}[A-Za-z'’-]+)", re.I)
_NOT_BECAUSE = re.compile(lang.NOT_BECAUSE_RE, re.I)
_NUM = r"(?P<n>\d{1,3}|" + "|".join(sorted(lang.NUMBER_UNITS, key=len, reverse=True)) + r")"
_UNITS = "|".join(sorted(lang.SPAN_UNIT_HOURS, key=len, reverse=True))
_CLOSED = re.compile(r"\b(?P<noun>[a-z][a-z-]+)\s+(?:" + lang.DURATION_MODALS_RE + r")\s+(?:" + lang.KEPT_SHUT_RE + r")\s+(?:"
                     + "|".join(w.replace(" ", r"\s+") for w in lang.CLOSED_WORDS) + r")\s+for\s+(?:"
                     + lang.DURATION_LOWER_BOUNDS_RE + r")\s+" + _NUM + r"\s+(?P<unit>" + _UNITS + r")\b", re.I)
_REOPEN = re.compile(r"\b(?:" + "|".join(lang.REOPENING_VERBS) + r")\s+(?:the\s+|its\s+)?(?P<noun>[a-z][a-z-]+)\s+(?:within|in)\s+"
                     r"(?:the\s+next\s+)?" + _NUM + r"\s+(?P<unit>" + _UNITS + r")\b", re.I)
_STOPPED_ON = re.compile(lang.STOPPED_ON_RE, re.I)
_DONE_UP_TO = re.compile(lang.DONE_UP_TO_RE, re.I)
_NOTHING_FOR = re.compile(lang.NOTHING_FOR_RE, re.I)
_HANDED_WITHIN = re.compile(r"\b(?:" + "|".join(lang.HANDING_VERBS) + r")\b[^.;]{0,80}?\bwithin\s+(?:the\s+first\s+(?P<one>"
                            + _UNITS + r")|(?:the\s+first\s+)?" + _NUM + r"\s+(?P<unit>" + _UNITS + r"))\b", re.I)
_DENIED_CAUSED = re.compile(lang.DENIED_THAT_CAUSED_RE, re.I)
_REPORTED_EARLY = re.compile(lang.REPORTED_EARLY_RE, re.I)
_FOUND_ON = re.compile(lang.FOUND_ON_RE, re.I)
_DISPLACED = re.compile(r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in lang.DISPLACEMENT_WORDS) + r")\b", re.I)
_PUT_AT = re.compile(lang.PUT_MEASURE_AT_RE, re.I)
_PEOPLE = frozenset(("people", "persons"))
_WORD = re.compile(r"[a-z]+")
#: The least ratio between two counts of people moved out that is another count, not a rounding.
MOVED_RATIO = 1.1
#: The letters a cause's noun and another side's word for it share at the start ("corrosion" / "corroded").
CAUSE_PREFIX = 5


def _asserts(x: Features) -> bool:
    return x.source != ARTICLE_VOICE and "?" not in x.claim.text and x.claim.certainty not in ("denied", "negated")


def _hours(m: re.Match) -> float | None:
    n = m.group("n").lower()
    value = int(n) if n.isdigit() else lang.NUMBER_UNITS.get(n)
    return None if value is None else value * lang.SPAN_UNIT_HOURS[m.group("unit").lower()]


def _nearest(fs: list[Features], i: int, reach: int | None = None):
    for d in range(1, len(fs) if reach is None else reach + 1):
        for j in (i - d, i + d):
            if 0 <= j < len(fs):
                yield j, fs[j]


def _stems(text: str, drop: set[str]) -> set[str]:
    return {stem(w) for w in _WORD.findall(text.lower()) if len(w) >= 3 and w not in STOP and w not in drop}


def receipt_denied(fs: list[Features], i: int, taken=frozenset()):
    """Claim `i`: a body received no such thing; the nearest earlier claim of another side (within WITHIN_REACH)
    that wrote / sent to that body (a word of the recipient in the denial's text or source)."""
    y = fs[i]
    m = _RECEIPT_DENIED.search(y.claim.text)
    if m is None or y.source == ARTICLE_VOICE or "?" in y.claim.text:
        return None
    denier = {w.lower() for w in _WORD.findall(y.claim.text[:m.start()].lower()) if len(w) >= 4 and w not in STOP} \
        | {w for w in source_words(y.source) if len(w) >= 4 and w not in STOP}
    for j in range(i - 1, max(-1, i - 1 - thresholds.WITHIN_REACH), -1):
        x = fs[j]
        if not _asserts(x) or not other_side(x, y) or _RECEIPT_DENIED.search(x.claim.text):
            continue
        for s in _SENT_TO.finditer(x.claim.text):
            named = re.split(lang.RECIPIENT_END_RE, s.group("who"))[0]
            who = {w.lower() for w in _WORD.findall(named.lower()) if len(w) >= 4 and w not in STOP}
            if who & denier:
                return _pair(fs, i, j, Judgment("assertion", f"in one article, {x.source}: sent to {named}; {y.source}: "
                                                              f"received no such {m.group('thing')}",
                                                about=f"whether the {m.group('thing')} was received"), taken)
    return None


def cause_not_because(fs: list[Features], i: int, taken=frozenset()):
    """Claim `i` says a thing happened "not because of <cause>"; the nearest claim of another side that tells the
    cause in the same words and shares a content word outside them."""
    y = fs[i]
    m = _NOT_BECAUSE.search(y.claim.text)
    if m is None or y.source == ARTICLE_VOICE:
        return None
    words = [w for w in _WORD.findall(m.group("cause").lower())]
    if len([w for w in words if w not in STOP]) < 2:
        return None
    phrase = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in words[:-1]) + r"\s+" + re.escape(stem(words[-1])) + r"[a-z]*\b", re.I)
    rest = _stems(y.claim.text[:m.start()], source_words(y.source) | set(words))
    for j, x in _nearest(fs, i):
        t = x.claim.text
        if not _asserts(x) or not other_side(x, y) or _NOT_BECAUSE.search(t) or not phrase.search(t):
            continue
        if rest & _stems(t, source_words(x.source) | set(words)):
            return _pair(fs, i, j, Judgment("assertion", f"in one article, {x.source}: {m.group('cause')} the cause; {y.source}: "
                                                          f"not because of {m.group('cause')}", about="what caused it"), taken)
    return None


def cause_denied_that(fs: list[Features], i: int, taken=frozenset()):
    """Claim `i` denies that a thing caused the event ("denied that corrosion caused the collapse"); the nearest
    claim of another side within WITHIN_REACH with a word of the same root ("had corroded through")."""
    y = fs[i]
    m = _DENIED_CAUSED.search(y.claim.text)
    if m is None or y.source == ARTICLE_VOICE:
        return None
    root = m.group("cause").lower()[:CAUSE_PREFIX]
    for j, x in _nearest(fs, i, thresholds.WITHIN_REACH):
        t = x.claim.text
        if not _asserts(x) or not other_side(x, y) or _DENIED_CAUSED.search(t) or _NOT_BECAUSE.search(t):
            continue
        cause = m.group("cause").lower()
        if any(w.startswith(root) and w not in (cause, cause + "s") for w in _WORD.findall(t.lower())):  # another form of the cause
            # ("had corroded through" / "corrosion"), not the noun named again ("the new stadium opened": digest46; int47)
            return _pair(fs, i, j, Judgment("assertion", f"in one article, {x.source}: {m.group('cause')} told; {y.source}: "
                                                          f"denied that {m.group('cause')} caused it", about="what caused it"), taken)
    return None


def closed_longer(fs: list[Features], i: int, taken=frozenset()):
    """Claim `i`: a thing stays closed for at least a span; the nearest claim of another side that reopens the
    same thing within a shorter span."""
    y = fs[i]
    m = _CLOSED.search(y.claim.text)
    if m is None or y.source == ARTICLE_VOICE or (least := _hours(m)) is None:
        return None
    noun = stem(m.group("noun").lower())
    for j, x in _nearest(fs, i):
        r = _REOPEN.search(x.claim.text)
        if r is None or not _asserts(x) or not other_side(x, y) or stem(r.group("noun").lower()) != noun:
            continue
        most = _hours(r)
        if most is not None and most < least:
            return _pair(fs, i, j, Judgment("assertion", f"in one article, {x.source}: reopen within {r.group('n')} {r.group('unit')}; "
                                                          f"{y.source}: closed for at least {m.group('n')} {m.group('unit')}",
                                            about=f"when the {m.group('noun')} reopens"), taken)
    return None


def _fold(word: str) -> str:
    """A noun's stem with a plural "s" dropped first ("bills" / "bill")."""
    return stem(word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word)


def _lemma(verb: str) -> str:
    v = verb.lower()
    if v in lang.IRREGULAR_PARTICIPLES:
        return lang.IRREGULAR_PARTICIPLES[v]
    return stem(re.sub(r"(?:ing|ed|d)$", "", v) or v)


def day_order(day: str) -> tuple[str, int] | None:
    """A weekday or a month's day (lang.WEEKDAY_OR_DATE_RE) as (kind, rank): two days compare only of one kind
    ("w": the weekday's place in the week; "d": the date's day of the year, months of 31 days; "y": a date with its
    year, "March 3, 2024" after "Dec. 9, 2023" (within59), never against a date without one); None when unread."""
    d = day.lower().strip()
    if d in lang.WEEKDAYS:
        return "w", lang.WEEKDAYS.index(d)
    m = re.match(r"([a-z]+)\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?$", d)
    month = next((k for k, name in enumerate(lang.MONTHS) if m and name.startswith(m.group(1)[:3])), None)
    if month is None:
        return None
    return ("y", int(m.group(3)) * 372 + month * 31 + int(m.group(2))) if m.group(3) else ("d", month * 31 + int(m.group(2)))


def stopped_before(fs: list[Features], i: int, taken=frozenset()):
    """Claim `i`: a thing has been done up to a weekday; the nearest claim of another side (within WITHIN_REACH)
    that stopped doing it to the same thing (the noun before "had been <verb>" among the stopped act's words) on
    an earlier weekday."""
    y = fs[i]
    m = _DONE_UP_TO.search(y.claim.text)
    if m is None or y.source == ARTICLE_VOICE:
        return None
    before = _WORD.findall(y.claim.text[:m.start()].lower())
    thing = _fold(before[-1]) if before else ""  # the thing done: the noun right before "had been <verb>"
    upto = day_order(m.group("day"))
    for j, x in _nearest(fs, i, thresholds.WITHIN_REACH):
        s = _STOPPED_ON.search(x.claim.text)
        if s is None or not _asserts(x) or not other_side(x, y) or _lemma(s.group("verb")) != _lemma(m.group("verb")):
            continue
        stop = day_order(s.group("day"))
        if thing in {_fold(w) for w in _WORD.findall(s.group("what").lower())} and stop and upto and stop[0] == upto[0] and stop[1] < upto[1]:
            return _pair(fs, i, j, Judgment("assertion", f"in one article, {x.source}: stopped {s.group('verb')} on {s.group('day')}; "
                                                          f"{y.source}: {m.group('verb')} up to {m.group('day')}",
                                            about=f"whether it was {m.group('verb')}"), taken)
    return None


def nothing_for(fs: list[Features], i: int, taken=frozenset()):
    """Claim `i`: nothing received for more than a span; the nearest claim of another side (within WITHIN_REACH)
    that handed a thing out within a shorter span."""
    y = fs[i]
    m = _NOTHING_FOR.search(y.claim.text)
    if m is None or y.source == ARTICLE_VOICE or (least := _hours(m)) is None:
        return None
    for j, x in _nearest(fs, i, thresholds.WITHIN_REACH):
        h = _HANDED_WITHIN.search(x.claim.text)
        if h is None or not _asserts(x) or not other_side(x, y) or _NOTHING_FOR.search(x.claim.text):
            continue
        most = lang.SPAN_UNIT_HOURS[h.group("one").lower()] if h.group("one") else _hours(h)
        if most is not None and most < least:
            return _pair(fs, i, j, Judgment("assertion", f"in one article, {x.source}: handed out within {h.group('one') or h.group('n') + ' ' + h.group('unit')}; {y.source}: "
                                                          f"nothing for more than {m.group('n')} {m.group('unit')}",
                                            about="whether anything was handed out"), taken)
    return None


def reported_earlier(fs: list[Features], i: int, taken=frozenset()):
    """Claim `i`: a thing was reported "as early as" a time past (the article's voice allowed: it reads a
    document); the nearest named claim of another side that found the same thing on a weekday."""
    y = fs[i]
    m = _REPORTED_EARLY.search(y.claim.text)
    if m is None or "?" in y.claim.text:
        return None
    noun = _fold(m.group("noun").lower())
    for j, x in _nearest(fs, i):
        f = _FOUND_ON.search(x.claim.text)
        if f is None or not _asserts(x) or not other_side(x, y) or _fold(f.group("noun").lower()) != noun:
            continue
        return _pair(fs, i, j, Judgment("assertion", f"in one article, {x.source}: found the {f.group('noun')} on {f.group('day')}; "
                                                      f"{y.source}: reported as early as {m.group('when').strip()}",
                                        about=f"when the {f.group('noun')} were first known"), taken)
    return None


def _people_moved(x: Features):
    """(value, noun) of the people a claim counts as moved out, or None."""
    if not _DISPLACED.search(x.claim.text):
        return None
    return next(((q.value, q.counted.lower()) for q in x.claim.quantities
                 if q.counted and q.unit is None and q.counted.lower() in lang.PERSON_NOUNS and q.value >= 2), None)


def people_moved(fs: list[Features], i: int, taken=frozenset()):
    """Claim `i` and the next sentence's claim, two named sides, each count people moved out ("evacuated 212
    residents" / "340 people had been moved out"), one of them as "people", with two values."""
    end = fs[i].claim.evidence.end
    j = next((k for k in range(i + 1, len(fs)) if fs[k].claim.evidence.start >= end), None)
    if j is None:
        return None
    x, y = fs[i], fs[j]
    if not (_asserts(x) and _asserts(y) and other_side(x, y)) or (a := _people_moved(x)) is None or (b := _people_moved(y)) is None:
        return None
    if not ({a[1], b[1]} & _PEOPLE) or max(a[0], b[0]) < MOVED_RATIO * min(a[0], b[0]):
        return None
    return _pair(fs, i, j, Judgment("numbers", f"in one article, {x.source}: {readable(a[0], None)} {a[1]}; {y.source}: "
                                               f"{readable(b[0], None)} {b[1]}", about="people moved out", values=(a[0], b[0])), taken)


def put_measure(fs: list[Features], i: int, taken=frozenset()):
    """Claim `i`: a named estimator puts a measure at a figure with a unit ("put the volume at about 120,000
    cubic meters"); the nearest earlier claim of another side within WITHIN_REACH with a figure in the same
    unit, MOVED_RATIO apart. One of the two may be the article's voice (it tells the estimate), not both."""
    y = fs[i]
    m = _PUT_AT.search(y.claim.text)
    if m is None or "?" in y.claim.text or not re.search(r"\b[A-Z][a-z]", y.claim.text[1:m.start()]):
        return None
    q2 = next((q for q in y.claim.quantities if q.unit and q.unit not in ("$", "%")), None)
    if q2 is None:
        return None
    for j in range(i - 1, max(-1, i - 1 - thresholds.WITHIN_REACH), -1):
        x = fs[j]
        if x.source == ARTICLE_VOICE and y.source == ARTICLE_VOICE or "?" in x.claim.text or not other_side(x, y) \
                or x.claim.certainty in ("denied", "negated"):
            continue
        q1 = next((q for q in x.claim.quantities if q.unit == q2.unit), None)
        if q1 is not None and q1.value and max(q1.value, q2.value) >= MOVED_RATIO * min(q1.value, q2.value):
            return _pair(fs, i, j, Judgment("numbers", f"in one article, {x.source}: {readable(q1.value, q1.unit)}; {y.source}: "
                                                       f"{readable(q2.value, q2.unit)}", about=m.group("noun"), values=(q1.value, q2.value)), taken)
    return None


def within_receipts(fs: list[Features], taken=frozenset()) -> list[tuple[Features, Features, object]]:
    """Every such pair in one article's claims (text order), the earlier claim first."""
    return [found for i in range(len(fs)) for rule in (receipt_denied, cause_not_because, cause_denied_that, closed_longer, stopped_before, nothing_for,
                                                              reported_earlier, people_moved, put_measure)
            if (found := rule(fs, i, taken)) is not None]
