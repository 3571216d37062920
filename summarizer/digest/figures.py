"""Cross-article alignment (issue 15): what two claims' figures and days say, for classify.py.

* sums of money: a quantity whose `counted` is the amount itself ("$3.6 billion") says nothing of
  what it pays for, so two are compared by the words around them (`same_amount_of`); a value after
  a bound ("more than $1 million") is compatible with others (`bounded`);
* one kind of event on two days in other words (`same_kind_day`: "the motto passed Tuesday" / "On
  Wednesday, the House voted ... the motto");
* whether two claims count their subject differently (`other_counts`: "Two children have been
  hospitalized" / "three people have been hospitalized");
* whether two agreeing claims are of two days (`days_apart`): a report's day ("said Sunday") is
  not the event's day, nor is the day of another clause of a long claim.

Word lists: lang/alignment.py, lang/numbers.py; thresholds: summarizer/thresholds.py.
"""

from __future__ import annotations

import re

from .. import lang, thresholds
from ..rules import numbers
from .pairs import STOP, Features, event_days, head_noun, stem
from .sumyears import count_year
from .ratenouns import rate_noun_verb

__all__ = ["amount_only", "bounded", "claim_when", "count_key", "days_apart", "figures_of", "listed_part", "near_words", "other_counts", "revision", "revision_clash", "same_amount_of", "same_rate_verb",
           "same_kind_day", "within_bounds"]

WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*")

_SCALE = frozenset(lang.SCALE_WORDS)
_BOUND = re.compile(r"\b(?:" + lang.NUMBER_BOUNDS_RE + r")\s+$", re.I)


def amount_only(counted: str) -> bool:
    """The quantity's `counted` is the amount itself ("$3.6 billion"), not a noun it counts."""
    return all(w in _SCALE for w in re.findall(r"[a-z]+", counted.lower()))


def _at(f: Features, counted: str) -> re.Match | None:
    return re.search(r"(?<![\w.])" + re.escape(counted) + r"(?![\w])", f.claim.text)


def bounded(f: Features, counted: str) -> bool:
    """The value is a bound ("more than $1 million", "nearly 30 people"), compatible with others."""
    m = _at(f, counted)
    head = f.claim.text[:m.start()] if m else ""
    return bool(_BOUND.search(re.sub(r"[$£€]$", "", head)))


def near_words(f: Features, counted: str) -> set[str]:
    """The claim's NUMBER_NEAR_WORDS nearest content words (stems) on each side of the quantity."""
    m = _at(f, counted)
    if m is None:
        return set()
    before = [w for w in (stem(t) for t in WORD.findall(f.claim.text[:m.start()].lower())) if w in f.words]
    after = [w for w in (stem(t) for t in WORD.findall(f.claim.text[m.end():].lower())) if w in f.words]
    return set(before[-thresholds.NUMBER_NEAR_WORDS:] + after[:thresholds.NUMBER_NEAR_WORDS])


def same_amount_of(f1: Features, c1: str, f2: Features, c2: str) -> bool:
    """Two sums of money are the same thing when the words around them are (at least two content
    words rare in the batch near both amounts: "to shift $2.1 billion from highway
    repair projects" / "the highway repair budget, to the tune of $2.0 billion")."""
    shared = near_words(f1, c1) & near_words(f2, c2)
    return sum(min(f1.weights[w], f2.weights[w]) >= thresholds.ANCHOR_MIN_WEIGHT for w in shared) >= 2 \
        or same_rate_verb(f1, c1, f2, c2)


#: A sum's rate tail: "a year", "per month", "each year", "annually", then the clause's end.
_RATE_TAIL = re.compile(lang.RATE_TAIL_RE, re.I)
_APPROX_BEFORE = re.compile(r"(?:\s+(?:" + lang.APPROXIMATORS_RE + r"))?\s*[$£€]?$", re.I)


def same_rate_verb(f1: Features, c1: str, f2: Features, c2: str) -> bool:
    """Two sums of money as one rate of one act: the same verb right before each (an approximator
    between allowed) and a rate tail ending the clause after each ("the cuts would save about $31
    million a year." / "the plan is meant to save $27 million a year."); not "pay $5 million a year in
    rent" (the clause goes on) nor "save" against "cost" (digest46); or one a rate a noun tells ("put the yearly saving
    ... at $1.9 million": ratenouns.py, digest53)."""
    if rate_noun_verb(f1.claim.text, c1, f2.claim.text, c2):
        return True
    verbs = []
    for f, c in ((f1, c1), (f2, c2)):
        m = _at(f, c)
        if m is None or not _RATE_TAIL.match(f.claim.text, m.end()):
            return False
        head = _APPROX_BEFORE.sub("", f.claim.text[:m.start()])
        words = re.findall(r"[a-z]+", head.lower())[-1:]
        if not words or words[0] in STOP or len(words[0]) < 3:
            return False
        verbs.append(stem(words[0]))
    return verbs[0] == verbs[1]


_EVENT_CLASS = {stem(w): n for n, c in enumerate(lang.EVENT_VERB_CLASSES) for w in c}
_INSTITUTIONS = {stem(w) for w in lang.ALIGN_NOT_NAMES}


def same_kind_day(f1: Features, f2: Features) -> bool:
    """One event of a kind told on two days in other words ("The resolution on the motto passed
    Tuesday" / "On Wednesday, the House voted ... on a bill that reaffirmed the motto"): a verb of
    one class (lang.EVENT_VERB_CLASSES) next to each claim's event day, and a rare word of the
    batch shared besides the verbs (what the event was about)."""
    if not day_kinds(f1) & day_kinds(f2):
        return False
    shared = {w for w in f1.words & f2.words if w not in _EVENT_CLASS and w not in _INSTITUTIONS}
    return any(min(f1.weights[w], f2.weights[w]) >= thresholds.ANCHOR_MIN_WEIGHT for w in shared)


def day_kinds(f: Features) -> set[int]:
    """The classes of the event verbs (lang.EVENT_VERB_CLASSES) next to a claim's event days."""
    return {_EVENT_CLASS[w] for _, near in event_days(f.claim.text, thresholds.EVENT_VERB_REACH) for w in near if w in _EVENT_CLASS}


def other_events(f1: Features, f2: Features) -> bool:
    """Each claim's day dates an event of another class ("resigned Monday after her post about the
    parade" / "on Friday apologized for a post about the parade"): two events, each on its own day,
    told with the same background; their days are no conflict (digest14's d03, the lead)."""
    k1, k2 = day_kinds(f1), day_kinds(f2)
    return bool(k1 and k2) and not k1 & k2


_WEEKDAYS = frozenset(lang.WEEKDAYS)


def claim_when(f: Features) -> str | None:
    """The claim's `when`, or None when the claim's text uses it only as a possessive before a noun
    ("approved next year's budget by a 5-2 vote": the budget's year, not the vote's day; digest47)."""
    w = f.claim.when
    if not w:
        return None
    uses = list(re.finditer(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", f.claim.text, re.I))
    return None if uses and all(re.match(r"['’]s?\s+[a-z]", f.claim.text[m.end():]) for m in uses) else w


def days_apart(f1: Features, f2: Features, part1: frozenset[str] | None = None,
               part2: frozenset[str] | None = None) -> bool:
    """The two claims date what they say to different days (an agreement needs one day). A
    weekday that dates a report ("Santorum said Sunday he ...") says when the source spoke, not
    when the event was: it is compared with the other claim's report day only, never with its
    event day ("said Sunday ... his 'phony theology'" / "on Saturday ... described what he called
    the 'phony theology'"). Given the matching part of each claim (`part1`, `part2`: lemmas of a
    window, local.py), an event weekday whose neighbouring words are all outside the part dates
    another clause ("urged lawmakers to move on his jobs bill Wednesday, ... such as a measure to
    reaffirm the motto" / "passing a resolution on Tuesday reaffirming the motto") and is left out.
    Claims that name one day in common are never apart."""
    if not (f1.days and f2.days) or f1.days & f2.days:
        return False

    def dated(f: Features, part: frozenset[str] | None) -> tuple[set[str], set[str]]:
        events = {d for d, _ in f.event_days}
        report = {d for d in f.days if d in _WEEKDAYS and d not in events}
        kept = {d for d, near in f.event_days
                if part is None or not near or any(s.startswith(p) for s in near for p in part)}
        return (set(f.days) - _WEEKDAYS) | kept, report
    d1, r1 = dated(f1, part1)
    d2, r2 = dated(f2, part2)
    if d1 or d2:
        return bool(d1 and d2) and not d1 & d2
    return bool(r1 and r2) and not r1 & r2


def _subject_counts(f: Features) -> dict[str, set[float]]:
    """Plain counts (no unit) that are a subject with its predicate: the counted noun ("two
    children") and the next content word after it in its clause, auxiliaries skipped ("have been
    hospitalized"; not "who has 3 daughters, wrote"): {that word's stem: values}. An adverb is no counted noun ("aged 16 and 13
    respectively, should ...")."""
    out: dict[str, set[float]] = {}
    for q in f.claim.quantities:
        if q.unit or " " in q.counted.strip() or q.counted.lower().endswith("ly"):
            continue
        m = _at(f, q.counted)
        if m is None:
            continue
        clause = re.split(r"[,;:.()—–]", f.claim.text[m.end():], maxsplit=1)[0]  # not past the clause
        nxt = next((w for w in (stem(t) for t in WORD.findall(clause.lower())) if w in f.words), None)
        if nxt is not None:
            out.setdefault(nxt, set()).add(round(q.value, 6))
    return out


def other_counts(f1: Features, f2: Features) -> bool:
    """Both claims count the subject of one predicate they share, with values the other does not
    hold ("Two children have been hospitalized" / "The state health department said three people
    have been hospitalized"): two figures for one thing, never one proposition, though the counted
    nouns differ (so classify's counts_differ, which needs one head noun, lets them through).
    Counts of other things ("Varga, who has more than 9,000 subscribers on her channel" / "wrote
    that the two pupils should ...") do not part them."""
    c1, c2 = _subject_counts(f1), _subject_counts(f2)
    for w in c1.keys() & c2.keys() & f1.words & f2.words:
        if not c1[w] & f2.all_numbers and not c2[w] & f1.all_numbers:
            return True
    return False


def within_bounds(f1: Features, f2: Features) -> bool:
    """Every count of one thing the two claims give differently is a bound in one of them ("had
    burned 18,400 acres" / "scorched more than 18,000 acres"): both can be true, so the counts do
    not part the claims (classify's counts_differ reads them as two values)."""
    differing = [(q1, q2) for q1 in f1.claim.quantities for q2 in f2.claim.quantities
                 if q1.unit == q2.unit and head_noun(q1.counted) and head_noun(q1.counted) == head_noun(q2.counted)
                 and round(q1.value, 6) not in f2.values and round(q2.value, 6) not in f1.values]
    return bool(differing) and all(bounded(f1, q1.counted) or bounded(f2, q2.counted) for q1, q2 in differing)


# -- a figure revised against the figure it revises (conf11) ------------------------------------------
# Cross-article alignment: a figure revised against the figure it revises (issue 15, conf11).
#
# "Officials said 14 people died in the flooding" / "Officials later raised the death toll from the
# flooding to 19"; "the breach exposed 2 million accounts" / "later revised the number of exposed
# accounts to 5 million". The revision names no count of its own (a figure noun, lang.REVISION_
# FIGURE_NOUNS, after a verb of revision, lang.REVISION_VERBS, and "to" before the new value), so
# counts.py never sees it. It is set against the other claim's count of the same thing: a counted
# head noun among the revision's words ("accounts"), a count of people with a word of death near
# it against a death toll (lang.DEATH_FIGURE_WORDS, lang.DEATH_WORDS), or a sum of money with a word
# of the revision's figure near it ("damage ... at $3 million" / "estimate of the storm damage to
# $2 million"). The two values must differ. Unlike a count that "rose to 17" (counts.updates: the
# event went on), a revision is the source's new figure for the same thing: an analyst sees both.

_REVISION = re.compile(r"\b(?:" + "|".join(lang.REVISION_VERBS) + r")\s+((?:[\w'’-]+\s+){0,4}?(?:"
                       + "|".join(lang.REVISION_FIGURE_NOUNS) + r")\b(?:\s+[\w'’,-]+){0,8}?)\s+to\s+(?=[$£€]?\d|about|nearly|almost)", re.I)
_WORD = re.compile(r"[a-z][a-z'’-]*")
_DEATH = frozenset(lang.DEATH_WORDS)


def revision(f: Features) -> tuple[frozenset[str], float, bool] | None:
    """(the revised figure's words as stems, its new value, a sum of money) or None."""
    m = _REVISION.search(f.claim.text)
    if m is None:
        return None
    after = [n for n in numbers(f.claim.text) if n.start >= m.end()]
    if not after:
        return None
    money = f.claim.text[m.end():after[0].start].strip().endswith(("$", "£", "€")) or \
        f.claim.text[after[0].start:after[0].start + 1] in "$£€"
    return frozenset(stem(w) for w in _WORD.findall(m.group(1).lower())), after[0].value, money


def _near(f: Features, q, reach: int = 5) -> set[str]:
    low = f.claim.text.lower()
    at = low.find(q.counted.lower())
    if at < 0:
        return set()
    return {stem(w) for w in _WORD.findall(low[:at])[-reach:] + _WORD.findall(low[at + len(q.counted):])[:reach]} \
        | {w for w in _WORD.findall(low[max(0, at - 40):at + len(q.counted) + 40]) if w in _DEATH}


def revision_clash(f1: Features, f2: Features) -> tuple[Features, Features, float, float] | None:
    """(the earlier claim, the revising claim, the earlier value, the revised value) or None."""
    for rev, other in ((f1, f2), (f2, f1)):
        r = revision(rev)
        if r is None or revision(other) is not None:
            continue
        words, value, money = r
        death = bool(words & {stem(w) for w in lang.DEATH_FIGURE_WORDS})
        for q in other.claim.quantities:
            if round(q.value, 6) == round(value, 6):
                continue
            near = _near(other, q)
            if money:
                same = bool(q.unit) and bool((words - {stem(w) for w in lang.REVISION_FIGURE_NOUNS}) & near)
            elif death:
                same = not q.unit and bool(near & _DEATH)
            else:
                same = not q.unit and (stem(head_noun(q.counted) or "") in words  # "people" counts as "individuals"
                                       or bool({stem(w) for w in _WORD.findall(q.counted.lower())[-1:]} & words))
            if same:
                return other, rev, q.value, value
    return None


_DATE_PHRASE = re.compile(r"\b(?:(\d{1,2})\s+)?(" + "|".join(m.capitalize() for m in lang.MONTHS) + r")\b\.?(?:\s+(\d{1,2})\b)?")


def date_phrases(text: str) -> list[tuple[str, str | None, list[str]]]:
    """(month, day or None, the words right after the date) for each month the text names with a
    capital: at most LOCAL_DATED lower-case words, up to a function word, a capital, a number or a
    mark. What a date names when it modifies a noun ("the June 25 special election"; "by June
    whether to run" names nothing)."""
    out = []
    for m in _DATE_PHRASE.finditer(text):
        words: list[str] = []
        for w in re.findall(r"\S+", text[m.end():])[:thresholds.LOCAL_DATED]:
            word = re.match(r"[a-z][a-z'’-]*", w)
            if word is None or word.group(0) in STOP:
                break
            words.append(word.group(0))
            if word.end() < len(w):
                break  # a mark ends it ("the June 25 special general election, considering")
        out.append((m.group(2).lower(), m.group(1) or m.group(3), words))
    return out


def dated_words(f1: Features, f2: Features, key=stem) -> set[str]:
    """Words both claims write as a date's (the day, "#25", and the words it names: "the June 25
    special election" in both), under `key` (a module's own stemming): the date and the event it
    names, not a proposition the two claims share."""
    out: set[str] = set()
    for m1, d1, w1 in date_phrases(f1.claim.text):
        for m2, d2, w2 in date_phrases(f2.claim.text):
            if m1 == m2:
                if d1 and d1 == d2:
                    out.add(f"#{int(d1):g}")
                out |= {key(w) for w in w1} & {key(w) for w in w2}
    return out


def figures_of(text: str):
    """The text's numbers, less the two sides of a tally or score ("voted 5-4 ... by 4 percent":
    the 4 of the tally is not the share)."""
    return [n for n in numbers(text) if not (text[n.end:n.end + 1] == "-" and text[n.end + 1:n.end + 2].isdigit()
                                              or text[n.start - 1:n.start] == "-" and text[n.start - 2:n.start - 1].isdigit())]


#: Between two counts of one list: a noun or two, then "and" / "plus" / a comma ("61 riders and four staff").
_LIST_GAP = re.compile(r"^\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*(?:,\s*(?:and\s+)?|\s+(?:and|plus)\s+)$")


def listed_part(f: Features, q) -> bool:
    """The count is one part of a breakdown told in a list ("phones of the 61 riders and four staff
    aboard"): a count of a kind of people there is no count of all the people."""
    figs = [n for n in figures_of(f.claim.text)]
    for k, n in enumerate(figs):
        if round(n.value, 6) != round(q.value, 6):
            continue
        if any(_LIST_GAP.match(f.claim.text[a.end:b.start]) for a, b in
               ((figs[k - 1], n) if k else (None, None), (n, figs[k + 1]) if k + 1 < len(figs) else (None, None))
               if a is not None):
            return True
    return False


def count_key(jd, f1: Features, f2: Features) -> str:
    """align.iter_conflicts merges number conflicts by this key, "<head noun>|<unit>|<when>": a share and
    a count of one noun ("52 percent of the vote" / "by 312 votes") are two conflicts (digest37)."""
    unit = next((q.unit for q in f1.claim.quantities if q.value == jd.values[0]), None) or ""
    years = sorted(({count_year(f1, q) for q in f1.claim.quantities} & {count_year(f2, q) for q in f2.claim.quantities}) - {None})
    year = years[0] if years else None  # one year dates both counts, whatever else they date (sumyears.py)
    return f"{head_noun(jd.about)}|{unit}|{f'in {year}' if year else _day_of(f1.claim.when or f2.claim.when or '')}"


_WEEKDAY = re.compile(r"\b(?:" + "|".join(lang.WEEKDAYS) + r")\b", re.I)
_DAY_PART = re.compile(r"\s*\b(?:(?:early|late)\s+)?(?:" + "|".join(lang.DAY_PARTS) + r")\b", re.I)


def _day_of(when: str) -> str:
    """A `when` without its part of the day: "on Thursday morning" and "on Thursday" are one day,
    so one toll told with each is one conflict (digest44)."""
    return _DAY_PART.sub("", when).strip() if _WEEKDAY.search(when) else when
