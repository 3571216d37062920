"""Who was told what, and when, disputed inside one article (issue 15; within55). Each rule needs a
link stronger than a shared word: the same group, the body named as the source, a clock time or a date
on each side that cannot both hold.

* told, and not reached: one side says a group has been told ("Patients in the trial have been told to
  stop taking <drug>"), another says some of that group have not yet been reached / told ("some patients
  at his hospital have not yet been reached"; lang.NOT_REACHED_RE): the same noun, the first told whole
  (no "some", "many", a number before it) (`told_unreached`);
* told, and learned from a public medium: one side says it told a body ("it told the national drug
  regulator on the day ..."), the body (the other claim's source) says it first learned of the thing
  from a public medium ("from the company's press release"; lang.LEARNED_FROM_RE, PUBLIC_MEDIUM_NOUNS)
  (`learned_elsewhere`);
* no call before a time: "the town's emergency office received no call from the authority before 6:40
  a.m." (lang.NO_CALL_BEFORE_RE) against the named body's own "warned the town at 4 a.m.": a verb of
  warning and an earlier clock time, the body ("the authority") a word of that side's source (`no_call_before`);
* a first call before the act: "received the first call about the animal at 9:52 a.m." (lang.FIRST_CALL_RE)
  against another side's onset of the act at a later time ("got out at about 10:20 a.m."; lang.ONSET_AT_RE),
  ten minutes or more later (`first_call_before`);
* an end told before its date: "the board had told investigators on Oct. 28 that the trial was over"
  against another side's "the safety board stopped the trial on Oct. 30": the same noun, the telling's day
  before the ending's (`over_before`).

Near misses: the group told in part ("some patients have been told"), another group, one side; a body
told that learned from someone directly ("from the company's chief executive"); a warning at a later time
than the "no call before"; a body that is no word of the warning side's source; a first call after the
onset; an end told on a later day, or of another thing.
"""

from __future__ import annotations

import re

from .. import lang
from ..schema import ARTICLE_VOICE
from .classify import Judgment, ordered_pair as _pair
from .figureclash import other_side
from .pairs import STOP, Features, source_words, stem

__all__ = ["first_call_before", "learned_elsewhere", "no_call_before", "over_before", "told_unreached", "within_notice"]

_NOT_REACHED = re.compile(lang.NOT_REACHED_RE, re.I)
_TOLD_GROUP = re.compile(lang.TOLD_GROUP_RE, re.I)
_LEARNED_FROM = re.compile(lang.LEARNED_FROM_RE, re.I)
_MEDIA = frozenset(lang.PUBLIC_MEDIUM_NOUNS)
_TELLING = re.compile(r"\b(?:" + "|".join(lang.TELLING_VERBS) + r")\s+(?:the\s+|its\s+)?(?P<obj>(?:[a-z-]+\s+){0,3}[a-z-]+)", re.I)
_CLOCK = re.compile(lang.CLOCK_TIME_RE, re.I)
_NO_CALL = re.compile(lang.NO_CALL_BEFORE_RE, re.I)
_WARNING = frozenset(lang.WARNING_VERBS)
_FIRST_CALL = re.compile(lang.FIRST_CALL_RE, re.I)
_ONSET = re.compile(lang.ONSET_AT_RE, re.I)
_MONTH = r"(?P<mon>" + "|".join(lang.MONTHS) + "|" + lang.MONTH_ABBREVIATIONS_RE + r")\.?\s+(?P<d>\d{1,2})\b"
_OVER_TOLD = re.compile(r"\btold\s+(?:[a-z]+\s+){0,3}?on\s+" + _MONTH + r",?\s+that\s+the\s+(?P<noun>[a-z]+)\s+"
                        r"(?:was|were|had\s+been|has\s+been)\s+(?:" + "|".join(lang.OVER_WORDS) + r")\b", re.I)
_ENDING = "|".join(v.replace(" ", r"\s+") for v in lang.ENDING_VERBS)
_WORD = re.compile(r"[a-z]+")
#: The least gap (minutes) between a first call and the onset another side gives for the act: "about"
#: widens a time by a few minutes either side.
ONSET_GAP = 10


def _asserts(x: Features) -> bool:
    return x.source != ARTICLE_VOICE and "?" not in x.claim.text and x.claim.certainty not in ("denied", "negated")


def _minutes(text: str) -> int | None:
    """A clock time with "a.m." / "p.m." as minutes after midnight, or None."""
    m = _CLOCK.search(text)
    if m is None or not 1 <= int(m.group("h")) <= 12:
        return None
    return (int(m.group("h")) % 12 + (12 if m.group("ap").lower() == "p" else 0)) * 60 + int(m.group("mm") or 0)


def _nearest(fs: list[Features], i: int):
    """The other claims of the article, nearest to claim `i` first (earlier first on a tie)."""
    for d in range(1, len(fs)):
        for j in (i - d, i + d):
            if 0 <= j < len(fs):
                yield j, fs[j]


def _told_whole(x: Features, noun: str) -> bool:
    """`x` says the group `noun` names has been told: the noun within the words before "have been told",
    with no part quantifier or number just before it."""
    m = _TOLD_GROUP.search(x.claim.text)
    if m is None:
        return False
    before = _WORD.findall(x.claim.text[max(0, m.start() - 60):m.start()].lower())
    for k, w in enumerate(before):
        if stem(w) == noun:
            prev = x.claim.text[:m.start()].lower().split()
            lead = before[k - 1] if k else (prev[-len(before) - 1] if len(prev) > len(before) else "")
            return lead not in lang.PART_QUANTIFIERS and not re.search(r"\d", lead)
    return False


def told_unreached(fs: list[Features], i: int, taken=frozenset()):
    """Claim `i` says some of a group have not been reached / told; the nearest claim of another side that
    says the whole group has been told."""
    y = fs[i]
    m = _NOT_REACHED.search(y.claim.text)
    if m is None or y.source == ARTICLE_VOICE or "?" in y.claim.text:
        return None
    word = (m.group("noun") or m.group("noun2")).lower()
    noun = stem(word)
    for j, x in _nearest(fs, i):
        if _asserts(x) and other_side(x, y) and not _NOT_REACHED.search(x.claim.text) and _told_whole(x, noun):
            return _pair(fs, i, j, Judgment("assertion", f"in one article, {x.source}: the {word} have been told; {y.source}: "
                                                          f"some not yet reached", about=f"whether the {word} were told"), taken)
    return None


def learned_elsewhere(fs: list[Features], i: int, taken=frozenset()):
    """Claim `i`: a body first learned of a thing from a public medium; the nearest claim of another side
    that says it told that body (the body's name word after the verb of telling)."""
    y = fs[i]
    m = _LEARNED_FROM.search(y.claim.text)
    if m is None or y.source == ARTICLE_VOICE or not _MEDIA & set(_WORD.findall(m.group("from").lower())):
        return None
    heads = {w for w in source_words(y.source) if len(w) >= 4 and w not in STOP}
    for j, x in _nearest(fs, i):
        if not _asserts(x) or not other_side(x, y) or _LEARNED_FROM.search(x.claim.text):
            continue
        if any(heads & set(_WORD.findall(t.group("obj").lower())) for t in _TELLING.finditer(x.claim.text)):
            return _pair(fs, i, j, Judgment("assertion", f"in one article, {x.source}: it told {y.source}; {y.source}: "
                                                          f"it first learned of it from {m.group('from').strip()}",
                                            about=f"whether {y.source} was told"), taken)
    return None


def no_call_before(fs: list[Features], i: int, taken=frozenset()):
    """Claim `i`: no call / warning (from a body) before a clock time; the nearest claim of another side
    (that body, when named) that warned at an earlier time."""
    y = fs[i]
    m = _NO_CALL.search(y.claim.text)
    if m is None or y.source == ARTICLE_VOICE:
        return None
    t2 = _minutes(m.group("time") or m.group("time2"))
    who = (m.group("who") or m.group("who2") or "").lower().split()
    for j, x in _nearest(fs, i):
        if not _asserts(x) or not other_side(x, y) or _NO_CALL.search(x.claim.text) or not _WARNING & set(_WORD.findall(x.low)):
            continue
        if who and who[-1] not in source_words(x.source):
            continue
        t1 = _minutes(x.claim.text)
        if t1 is not None and t2 is not None and t1 < t2:
            return _pair(fs, i, j, Judgment("assertion", f"in one article, {x.source}: warned at {_CLOCK.search(x.claim.text).group(0)}; "
                                                          f"{y.source}: no call before {m.group('time') or m.group('time2')}",
                                            about="when the warning came"), taken)
    return None


def first_call_before(fs: list[Features], i: int, taken=frozenset()):
    """Claim `i`: the first call or report came at a clock time; the nearest claim of another side that puts
    the act's onset (lang.ONSET_AT_RE) ONSET_GAP minutes or more later."""
    y = fs[i]
    m = _FIRST_CALL.search(y.claim.text)
    if m is None or not _asserts(y):
        return None
    t2 = _minutes(m.group("time"))
    for j, x in _nearest(fs, i):
        o = _ONSET.search(x.claim.text)
        if o is None or not _asserts(x) or not other_side(x, y) or _FIRST_CALL.search(x.claim.text):
            continue
        t1 = _minutes(o.group("time"))
        if t1 is not None and t2 is not None and t1 - t2 >= ONSET_GAP:
            return _pair(fs, i, j, Judgment("assertion", f"in one article, {x.source}: {o.group('verb')} at {o.group('time')}; "
                                                          f"{y.source}: the first call at {m.group('time')}",
                                            about="when it began"), taken)
    return None


def _day(mon: str, d: str) -> tuple[int, int]:
    w = mon.lower()
    return next((k for k, n in enumerate(lang.MONTHS, 1) if n.startswith(w[:3])), 0), int(d)


def over_before(fs: list[Features], i: int, taken=frozenset()):
    """Claim `i`: someone was told on a date that a thing was over; the nearest claim of another side that
    ends that thing on a later date (the same noun after the verb of ending)."""
    y = fs[i]
    m = _OVER_TOLD.search(y.claim.text)
    if m is None or not _asserts(y):
        return None
    noun, told = m.group("noun").lower(), _day(m.group("mon"), m.group("d"))
    ended = re.compile(r"\b(?:" + _ENDING + r")\s+(?:the|its|a)\s+(?:[a-z-]+\s+){0,3}?" + re.escape(noun)
                       + r"\b(?:\s+[a-z]+){0,3}?\s+on\s+" + _MONTH, re.I)
    for j, x in _nearest(fs, i):
        e = ended.search(x.claim.text)
        if e is None or not _asserts(x) or not other_side(x, y) or _OVER_TOLD.search(x.claim.text):
            continue
        day = _day(e.group("mon"), e.group("d"))
        if told[0] and day[0] == told[0] and day[1] > told[1] or 1 <= (day[0] - told[0]) % 12 <= 2 and day[0] != told[0]:
            return _pair(fs, i, j, Judgment("assertion", f"in one article, {x.source}: the {noun} ended on {e.group('mon')} "
                                                          f"{e.group('d')}; {y.source}: told on {m.group('mon')} {m.group('d')} "
                                                          f"that it was over", about=f"when the {noun} ended"), taken)
    return None


def within_notice(fs: list[Features], taken=frozenset()) -> list[tuple[Features, Features, object]]:
    """Every such pair in one article's claims (text order), the earlier claim first."""
    return [found for i in range(len(fs)) for rule in (told_unreached, learned_elsewhere, no_call_before, first_call_before, over_before)
            if (found := rule(fs, i, taken)) is not None]
