"""One event told on two weekdays by two articles (issue 15; digest36).

`event_day_conflicts(feats, taken)`: an article dates a noun phrase to a weekday ("The budget
hearing on Monday was meant to ...", "Monday's budget hearing"), and another article of the
cluster names that noun phrase too and tells its own event on one other weekday, never naming the
first one. The two sentences may share no word next to their days (classify.other_event_day
needs one), so the pair is found per article: each of the two articles names one weekday only
(a day after "next", "last", "ago", "every" ... is another week's: lang.OTHER_WEEK_LEADERS),
and the other article's noun phrase is not another event's ("two days after a hearing":
lang.OTHER_EVENT_LEADS). The other side is that article's first claim dated to its day (its
lede, which dates the story's event). One conflict per dated claim and other article.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .. import lang
from .classify import Judgment
from .pairs import STOP, Features

__all__ = ["dated_phrases", "event_day_conflicts", "told_days"]

_DAY = "|".join(lang.WEEKDAYS)
_PART = r"(?:\s+(?:" + "|".join(lang.DAY_PARTS) + r"))?"
_WORD = r"[a-z][a-z-]*"
# "the <np> on Monday (night)" / "the <np> Monday night" (not "Monday's"); "Monday('s| night's) <np>"
_NP_DAY = re.compile(r"\b[Tt]he\s+((?:" + _WORD + r"\s+){0,3}" + _WORD + r")\s+(?:on\s+)?(?i:(" + _DAY + r"))"
                     + _PART + r"\b(?!['’])")
_DAY_NP = re.compile(r"\b(?i:(" + _DAY + r"))" + _PART + r"['’]s\s+((?:" + _WORD + r"\s+){0,3}" + _WORD + r")\b")
_OTHER_WEEK = re.compile(r"\b(?:" + "|".join(lang.OTHER_WEEK_LEADERS) + r")\s+(?:\w+\s+)?$", re.I)
_OTHER_WEEK_AFTER = re.compile(r"^\s*(?:" + "|".join(lang.OTHER_WEEK_LEADERS) + r")\b", re.I)
_OTHER_EVENT = re.compile(r"\b(?:" + "|".join(lang.OTHER_EVENT_LEADS) + r")\s+(?:(?:" + "|".join(lang.NOUN_DETERMINERS) + r")\s+)?(?:\w+\s+){0,2}$",
                          re.I)
_WEEKDAY = re.compile(r"\b(" + _DAY + r")\b", re.I)
_NOT_EVENT = frozenset(lang.ACCOUNT_NOUNS) | frozenset(lang.DAY_PARTS) | frozenset(lang.DAY_RELATIVE_WORDS)


def told_days(text: str) -> set[str]:
    """The weekdays a text names as its own days (lower-cased): not one after "next", "last",
    "ago" ... ("next Tuesday's debate", "a month ago Thursday") nor before "ago"."""
    out = set()
    for m in _WEEKDAY.finditer(text):
        if _OTHER_WEEK.search(text[:m.start()][-30:]) or _OTHER_WEEK_AFTER.search(text[m.end():]):
            continue
        out.add(m.group(1).lower())
    return out


def _phrase(words: str) -> tuple[str, ...]:
    """The content words of a noun phrase, its head last; () when it ends on no event noun."""
    ws = [w for w in words.lower().split() if w not in STOP]
    if not ws or ws[-1] in _NOT_EVENT or len(ws[-1]) < 4:
        return ()
    return tuple(ws)


def _cut(words: str) -> str:
    """The noun phrase of "<Day>'s <words>": cut before a verb ("hearing ran late", "vote was close")."""
    out = []
    for w in words.split():
        if w in lang.AUXILIARIES or w in lang.FUNCTION_WORDS or (out and lang.is_past_form(w)):
            break
        out.append(w)
    return " ".join(out)


def dated_phrases(text: str) -> list[tuple[tuple[str, ...], str]]:
    """Noun phrases a claim dates to a weekday: ("budget", "hearing"), "monday" for "The budget
    hearing on Monday" or "Monday's budget hearing"; not another week's day ("next Monday's")."""
    out = []
    for m in _NP_DAY.finditer(text):
        np = _phrase(m.group(1))
        if np and not _OTHER_WEEK.search(text[:m.start()][-30:]) and not re.search(r"\b(?:" + "|".join(
                lang.OTHER_WEEK_LEADERS) + r")\b", m.group(1), re.I):
            out.append((np, m.group(2).lower()))
    for m in _DAY_NP.finditer(text):
        np = _phrase(_cut(m.group(2)))
        if np and not _OTHER_WEEK.search(text[:m.start()][-30:]):
            out.append((np, m.group(1).lower()))
    return out


def _names_event(text: str, np: tuple[str, ...]) -> bool:
    """`text` names the noun phrase (its words in order, the head last) as an event of its own,
    not as another one before or after it ("two days after a hearing")."""
    rx = re.compile(r"\b" + r"\s+(?:\w+\s+)?".join(re.escape(w) for w in np) + r"\b", re.I)
    return any(not _OTHER_EVENT.search(text[:m.start()][-40:]) for m in rx.finditer(text))


def event_day_conflicts(feats, taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """Pairs (dated claim, other article's first claim on its own day): see the module docstring."""
    days: dict[str, set[str]] = defaultdict(set)
    first: dict[tuple[str, str], Features] = {}
    texts: dict[str, list[str]] = defaultdict(list)
    dated: list[tuple[Features, tuple[str, ...], str]] = []
    for f in feats:
        text = f.claim.text
        own = told_days(text)
        days[f.article] |= own
        texts[f.article].append(text)
        for d, _near in f.event_days:
            key = (f.article, d)
            if d in own and (key not in first or f.claim.evidence.start < first[key].claim.evidence.start):
                first[key] = f
        dated += [(f, np, d) for np, d in dated_phrases(text) if d in {e for e, _ in f.event_days}]
    out, seen = [], set()
    for f, np, d1 in dated:
        if days[f.article] != {d1}:
            continue  # the dated claim's article names another day too
        for art, ds in sorted(days.items()):
            if art == f.article or len(ds) != 1 or d1 in ds:
                continue
            d2 = next(iter(ds))
            other = first.get((art, d2))
            if other is None or other.sha == f.sha or (f.index, art) in seen:
                continue
            if not any(d2 in told_days(t) and _names_event(t, np) for t in texts[art]):
                continue  # the other article dates no such event to its day
            if tuple(sorted((f.index, other.index))) in taken:
                continue
            seen.add((f.index, art))
            out.append((other, f, Judgment("assertion", f"{other.source}: {d2.title()}; {f.source}: {d1.title()}",
                                           about=" ".join(np) + " (when)", values=(d2, d1))))
    return out
