"""Two counts of one rare noun under the wording floor (counts.number_conflict; digest44).

"The officer fired six shots, she said." / "<Lawyer> said two witnesses had counted 11 shots.";
"about 140,000 customers remained without electricity" / "More than 210,000 customers ... had no
power": short claims, or claims worded apart, that count one plain noun rare in the batch (IDF
weight >= ANCHOR_MIN_WEIGHT) share too few words for NUMBER_SIM, yet tell two versions of one
count. Read only when the two values are near (at most twice the other: "About 2,000 people had
to leave" is no version of a toll of four) and both are exact and told as counts: not hedged by a
modal among the five words before ("could cost as many as 1,300 jobs"), approximate or a bound
("nearly two dozen permits" is compatible with 23; "about 140,000" / "more than 210,000"
is left to the wording floor) nor a reference to those already counted ("the two riders were
teammates" / "Four riders crashed"). number_conflict's other checks (acts,
bounds, days, places) run before this one.

Same event (digest45): the two counts must tell one event by something both claims hold, not by
the noun alone: one day both name (or one year both counts are of: digest48) ("on Friday" / "on Friday"), one act both counts name ("fired
<n> shots" / "fired <m> shots", or one side only says how many there were: "had counted <m>
shots"), or one place both name; and never two articles dated apart. Reports of one story over
several days count one noun on different nights and by different sides ("<n> <things> shot down" /
"<m> <things> launched"): none of these holds there. One load (digest49): both counts are what a vehicle
carried, one "on board" / "aboard" and the other so too or "with" / "carrying" it ("arriving ... with
<n1> passengers" / "<n2> passengers were on board"): the one trip the story is about.

One toll (digest49, `one_count`): two near, unhedged counts of one counted noun (people, the same
noun) that undergo one harm (lang.HARMED_PEOPLE_VERBS by sense: "injuring <n1> people" / "<n2> people
were hurt") are two versions of the event's toll, however common the noun and however few words the
claims share; other harms ("killing" / "were hurt"), claims naming years and none in common, or
values far apart are not.
"""

from __future__ import annotations

import re

from .. import lang, thresholds
from ..rules import numbers as _numbers
from .countacts import act_of, tallied
from .figures import amount_only, figures_of
from .pairs import Features, head_noun, stem
from .reference import lemma
from .senses import sense

__all__ = ["one_count", "rare_noun"]


def _noun(q) -> bool:
    return not amount_only(q.counted) and not _numbers(q.counted)


_LOOSE = re.compile(r"\b(?:" + lang.APPROXIMATORS_RE + "|" + "|".join(lang.NUMBER_LOWER_BOUNDS + lang.NUMBER_UPPER_BOUNDS)
                    + "|" + "|".join(("the",) + lang.POSSESSIVE_DETERMINERS) + r")\s*$", re.I)


def _loose(f: Features, value: float) -> bool:
    """The count is hedged by a modal among the five words before it ("could cost as many as 1,300
    jobs"), approximate or a bound ("nearly 30", "more than 210,000"), or a reference to
    people or things already counted ("the two men", "its 1,400 workers")."""
    for n in figures_of(f.claim.text):
        if round(n.value, 6) == round(value, 6):
            before = f.claim.text[:n.start]
            return any(w in lang.MODALS for w in re.findall(r"[a-z]+", before.lower())[-5:]) \
                or _LOOSE.search(re.sub(r"[$£€]$", "", before)) is not None
    return True


def same_event(f1: Features, q1, f2: Features, q2) -> bool:
    """The two counts tell one event by a day, an act or a place both claims hold (module doc)."""
    if f1.published and f2.published and f1.published != f2.published:
        return False
    if f1.days & f2.days or f1.places & f2.places:
        return True
    a1, a2 = act_of(f1, q1), act_of(f2, q2)
    if bool(a1 and a1 == a2) or tallied(f1, q1) and bool(a2) or tallied(f2, q2) and bool(a1):
        return True
    if _load(f1, q1) and _load(f2, q2) and (_load(f1, q1, aboard=True) or _load(f2, q2, aboard=True)):
        return True  # "with <n1> passengers" / "<n2> passengers were on board" (digest49)
    y1, y2 = _count_year(f1, q1), _count_year(f2, q2)
    return bool(y1) and y1 == y2  # "31 homicides in the city in 2025" / "counted 38 homicides ... in 2025" (digest48)


#: A year the count is of: "in <year>" at most four words after the counted noun, no comma between.
_COUNT_YEAR = re.compile(r"^(?:\s+[\w'’-]+){0,4}?\s+(?:in|during|for)\s+((?:19|20)\d\d)\b(?!\s*-)")


def _count_year(f: Features, q) -> str:
    """The year a count is of ("<n> homicides in the city in 2025" -> "2025"), or ''."""
    m = re.search(r"(?<![\w.])" + re.escape(q.counted) + r"(?![\w])", f.claim.text)
    y = _COUNT_YEAR.match(f.claim.text[m.end():]) if m else None
    return y.group(1) if y else ""


#: After the count: its noun (one word), a form of "be" or none, then "on board" / "aboard".
_ABOARD = re.compile(r"^\s+[a-z][\w-]*(?:\s+(?:" + "|".join(v.replace(" ", r"\s+") for v in lang.COUNTED_SUBJECT_VERBS) + r"))?\s+(?:"
                     + "|".join(w.replace(" ", r"\s+") for w in lang.ABOARD_WORDS) + r")\b", re.I)
_CARRYING = re.compile(r"\b(?:with|carrying)\s+$", re.I)


def _after_counted(f: Features, q, end: int) -> str:
    """The claim's text after the count's number and its counted noun."""
    rest = f.claim.text[end:]
    m = re.match(r"\s+" + re.escape(q.counted) + r"(?![\w])", rest) if q.counted else None
    return rest[m.end():] if m else rest


def _load(f: Features, q, aboard: bool = False) -> bool:
    """The count is what a vehicle carried: "<n> passengers (were) on board / aboard" or, unless
    `aboard`, "with / carrying <n> passengers"."""
    for n in figures_of(f.claim.text):
        if round(n.value, 6) == round(q.value, 6):
            if _ABOARD.match(f.claim.text[n.end:]) or not aboard and _CARRYING.search(f.claim.text[:n.start]):
                return True
    return False


def _harm(f: Features, q) -> str:
    """The sense of the harm the counted undergo (lang.HARMED_PEOPLE_VERBS): the verb right before
    the count ("injuring 14 people", "killed three") or after the counted noun past 'be' ("nine
    people were hurt", "<n> have been injured"), or ''."""
    for n in figures_of(f.claim.text):
        if round(n.value, 6) != round(q.value, 6):
            continue
        before = re.findall(r"[a-z]+", f.claim.text[:n.start].lower())[-1:]
        after = re.findall(r"[a-z]+", _after_counted(f, q, n.end).lower())[:3]
        i = next((k for k, w in enumerate(after) if w not in lang.BE_FORMS and w not in ("had", "have", "has")), len(after))
        for w in before + after[i:i + 1]:
            if w in lang.HARMED_PEOPLE_VERBS:
                w = w[:-3] + "ed" if w.endswith("ing") else w  # "injuring" / "injured"
                return sense(w, lambda x: lemma(stem(x)))
    return ""


def one_toll(f1: Features, q1, f2: Features, q2) -> bool:
    """Two near, unhedged counts of one harm to the counted (module doc)."""
    h = _harm(f1, q1)
    lo, hi = sorted((abs(q1.value), abs(q2.value)))
    y1, y2 = (set(re.findall(r"\b(?:19|20)\d\d\b", f.claim.text)) for f in (f1, f2))
    return bool(h) and h == _harm(f2, q2) and 0 < lo and hi <= 2 * lo and not (y1 and y2 and not y1 & y2) \
        and not _loose(f1, q1.value) and not _loose(f2, q2.value) \
        and not (f1.published and f2.published and f1.published != f2.published)


def one_count(f1: Features, q1, f2: Features, q2) -> bool:
    """The two counts are versions of one count though worded apart: a rare noun (`rare_noun`) or one
    harm's toll (`one_toll`)."""
    return rare_noun(f1, q1, f2, q2) or one_toll(f1, q1, f2, q2)


def rare_noun(f1: Features, q1, f2: Features, q2) -> bool:
    """Two near, unhedged counts of one plain noun rare in the batch, of one event (module doc)."""
    h = stem((re.findall(r"[a-z]+", q1.counted.lower()) or [""])[-1])
    lo, hi = sorted((abs(q1.value), abs(q2.value)))
    return _noun(q1) and _noun(q2) and head_noun(q1.counted) == head_noun(q2.counted) and 0 < lo and hi <= 2 * lo \
        and not _loose(f1, q1.value) and not _loose(f2, q2.value) \
        and min(f1.weights.get(h, 0.0), f2.weights.get(h, 0.0)) >= thresholds.ANCHOR_MIN_WEIGHT \
        and same_event(f1, q1, f2, q2)
