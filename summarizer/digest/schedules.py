"""Cross-article alignment, a schedule's day for one body against another account of that body
(issue 15, digest19).

"The repeal vote is expected in the Assembly on Monday, followed by the Council on Tuesday"
(an invented example) names two days, so the rule that compares two claims' days (classify: days
that do not meet) never reads it against "the Council ... voted for the repeal Monday evening":
the schedule names Monday too, for the other body. Here each day of a schedule is the day of the
name just before it ("the Council on Tuesday"); a claim of another article that names that body
(as a name of its own, not part of a longer one: "White House" is not "House"), no other body of
the schedule, one event day that is not the schedule's day for it, and shares a rare word of the
batch with the schedule besides the names and days (the business: "repeal") tells another
version of when that body acted. One conflict per schedule: its closest such claim of each other
article, all shown as one conflict (`merge_schedules`).

`scheduled_days(f)` reads a schedule; `schedule_conflicts(feats, taken)` pairs them (align.align
and streamalign call it after outcome_conflicts, and merge_schedules over their conflicts).
Thresholds: ANCHOR_MIN_WEIGHT.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .. import lang, thresholds
from .classify import Judgment
from .pairs import Features, event_days, same_source, similarity, stem
from .schema import Conflict

__all__ = ["Clash", "merge_schedules", "schedule_clashes", "schedule_conflicts", "scheduled_days"]

_WEEKDAY = "|".join(d.title() for d in lang.WEEKDAYS)
_CAP = r"[A-Z][\w’'.-]*"
#: "... the House on Thursday": a run of capitalised words, "on", a weekday.
_BODY_DAY = re.compile(r"(?<![\w’'-])((?:" + _CAP + r"\s+)*" + _CAP + r")\s+on\s+(" + _WEEKDAY + r")\b")
_DETERMINERS = frozenset(lang.NAME_DETERMINERS)  # "the House", "its Council"
_NOT_BODIES = frozenset(lang.WEEKDAYS) | frozenset(lang.MONTHS) | _DETERMINERS


def scheduled_days(f: Features) -> dict[str, str]:
    """Body (lower-cased) -> its weekday, when the claim gives two or more bodies two or more
    different days ("in the Assembly on Tuesday, followed by the Council on Friday"); else {}."""
    text = f.claim.text
    out: dict[str, str] = {}
    for m in _BODY_DAY.finditer(text):
        words = m.group(1).split()
        while words and words[0].lower() in _NOT_BODIES:
            words = words[1:]
        if not words:
            continue
        name, day = " ".join(words).lower(), m.group(2).lower()
        if out.get(name, day) != day:
            return {}  # one body on two days: no schedule of bodies
        out[name] = day
    return out if len(out) >= 2 and len(set(out.values())) >= 2 else {}


def _names_alone(text: str, name: str) -> bool:
    """`name` stands as a name of its own in `text` (no capitalised word but a determiner or a
    sentence's first word right before it, none right after it)."""
    for m in re.finditer(r"(?<![\w’'-])" + re.escape(name) + r"(?![\w’'-])", text, re.I):
        before = re.findall(r"[\w’'-]+", text[:m.start()])[-1:]
        after = re.findall(r"[\w’'-]+", text[m.end():])[:1]
        if not m.group(0)[0].isupper():
            continue
        if before and before[0][0].isupper() and before[0].lower() not in _DETERMINERS:
            continue
        if after and after[0][0].isupper():
            continue
        return True
    return False


def _mentions(text: str, name: str) -> bool:
    return re.search(r"(?<![\w’'-])" + re.escape(name) + r"(?![\w’'-])", text, re.I) is not None


def _business(s: Features, o: Features, bodies: dict[str, str]) -> bool:
    """The two share a rare word of the batch besides the bodies and the days (what was voted on)."""
    drop = {stem(w) for b in bodies for w in b.split()} | {stem(d) for d in lang.WEEKDAYS}
    return any(min(s.weights.get(w, 0.0), o.weights.get(w, 0.0)) >= thresholds.ANCHOR_MIN_WEIGHT
               for w in (s.words & o.words) - drop if not w.startswith("#"))


def schedule_conflicts(feats, taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """(schedule, other account, judgment): one per schedule claim, its closest account of another
    article that gives one of its bodies another day."""
    schedules = [(f, d) for f in feats if (d := scheduled_days(f))]
    if not schedules:
        return []
    out = []
    for s, bodies in schedules:
        best: dict[str, tuple] = {}  # per other article, its closest account
        for o in feats:
            if o.sha == s.sha or same_source(s, o) or tuple(sorted((s.index, o.index))) in taken:
                continue
            days = {d for d, _ in event_days(o.claim.text)}
            if len(days) != 1:
                continue
            [day] = days
            named = [b for b in bodies if _mentions(o.claim.text, b)]
            if len(named) != 1 or bodies[named[0]] == day or not _names_alone(o.claim.text, named[0]):
                continue
            if not _business(s, o, bodies):
                continue
            sim = similarity(s, o)
            if o.sha not in best or sim > best[o.sha][0]:
                best[o.sha] = (sim, o, named[0], day)
        for _, o, body, day in (best[k] for k in sorted(best, key=lambda k: best[k][1].index)):
            head, tail = _reason_parts(s, o, body, bodies[body], day)
            # the structured clash rides in `values` (schedule_clashes reads it; the reason is for people)
            out.append((s, o, Judgment("assertion", f"{head}; {tail}", about="when", values=(body, bodies[body], day))))
    return out


def _reason_parts(s: Features, o: Features, body: str, scheduled: str, day: str) -> tuple[str, str]:
    """("<schedule's source>, a schedule: the <Body> on <Day>", "<other's source>: <Day>")."""
    return f"{s.source}, a schedule: the {body.title()} on {scheduled.title()}", f"{o.source}: {day.title()}"


@dataclass(frozen=True)
class Clash:
    """One schedule pair as schedule_conflicts found it: the schedule claim (article, claim id),
    the reason's head ("NYT, a schedule: the House on Thursday") and its tail ("Fox: Wednesday")."""
    schedule: tuple[str, str]
    head: str
    tail: str


def schedule_clashes(found: Iterable[tuple[Features, Features, Judgment]]) -> dict[tuple, Clash]:
    """(schedule ref, other ref) -> its Clash, for merge_schedules; `found` is schedule_conflicts'
    output (the judgment's reason is head + "; " + tail)."""
    out = {}
    for s, o, jd in found:
        head, tail = _reason_parts(s, o, *jd.values)
        out[(s.article, s.claim.id), (o.article, o.claim.id)] = Clash((s.article, s.claim.id), head, tail)
    return out


def merge_schedules(conflicts: Iterable[Conflict], clashes: dict[tuple, Clash]) -> Iterator[Conflict]:
    """One conflict per schedule: its clashes with accounts in several articles ("the House on
    Thursday" / Fox's "Wednesday" / HuffPost's "Wednesday") become one conflict of all their sides
    (the schedule's first), told where the first of them was. `clashes` (schedule_clashes) says
    which conflicts are a schedule's: the reason string is never parsed."""
    held: dict[tuple, Conflict] = {}
    order: list[tuple | Conflict] = []
    for c in conflicts:
        clash = None
        if c.kind == "assertion" and len(c.sides) == 2:
            a, b = c.sides
            clash = clashes.get(((a.ref.article, a.ref.claim), (b.ref.article, b.ref.claim)))
        if clash is None:
            order.append(c)
            continue
        key = (clash.schedule, clash.head)
        if key in held:
            prev = held[key]
            held[key] = prev.model_copy(update={"reason": prev.reason + "; " + clash.tail,
                                                "sides": prev.sides + c.sides[1:]})
        else:
            held[key] = c
            order.append(key)
    for x in order:
        yield held[x] if isinstance(x, tuple) else x
