"""Cross-article alignment: agreement on the same figure said of the same thing (issue 15).

Wire copy restates a fact around its figure in other words: "The deal values Pell at $38 a
share" / "Pell shareholders will receive $38 for each share they own"; "hackers stole the
personal data of 2.3 million patients" / "Personal information belonging to about 2.3 million
Meridian Health patients was taken"; "traced to a church gathering on Feb. 22" / "linked the
first infections to a Feb. 22 church event". The two claims share few words (similarity 0.2 to
0.35, under classify's thresholds), but the figure and the word beside it are the proposition.

`figure_agreement(f1, f2)` (align.judge_pair, for pairs classify.py, local.py and quoted.py
leave unjudged): a figure both claims write, rare in the batch (IDF weight from
ANCHOR_MIN_WEIGHT): a number of FIGURE_MIN or more that is no year, no ordinal ("the 14th
Amendment") and no modifier ("a 225-page
report", an age: reference.describing_numbers), or a calendar day ("Aug. 3"), or the weekday both
give their event (pairs.event_days: not a report's "said Friday"; WEEKDAY_NEAR_RARE rare words
near it in both, similarity from WEEKDAY_SIM: "final statements on Friday" / "Final statements are set for Friday"); a content word rare
in the batch, no number, within NUMBER_NEAR_WORDS content words of the figure in both claims
(what the figure is of), or two words of one group of lang.FIGURE_SENSE_GROUPS there ("with 140
dead" / "gunmen massacred 140 people", similarity from FIGURE_GROUP_SIM); similarity from FIGURE_SIM; and none of the reasons that keep close
claims apart (quoted.py's): a name clash, a negation in one only, another day, a place swap,
opposite predicates, different counts, two speakers. Its score (for grouping) is the claims'
similarity, so it joins a group after whole-claim agreements.
"""

from __future__ import annotations

import re

from .. import lang, thresholds
from ..rules import numbers
from .classify import Judgment, counts_differ
from .figures import days_apart, other_counts
from .pairs import Features, names_clash, place_swap, similarity, stem
from .predicates import opposite
from .purity import different_speakers
from .reference import describing_numbers, name_numbers

__all__ = ["figure_agreement", "figures_near"]

_WORD = re.compile(r"[a-z][a-z'’-]*")
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
_ORDINAL = re.compile(r"(?:" + lang.ORDINAL_SUFFIXES_RE + r")\b")  # "the 14th Amendment" names a thing
_MONTH_DAY = re.compile(r"\b(" + lang.MONTH_ABBREVIATIONS_RE + r")[a-z]*\.?\s+(\d{1,2})\b")
_WEEKDAY = re.compile(r"\b(" + "|".join(lang.WEEKDAYS) + r")\b")
#: A weekday both claims give their event ("closing statements on Friday" / "Closing statements are
#: set for Friday"; not a report's "said Friday") ties them with this many rare words near it in
#: both (a calendar day or a number with one), at similarity WEEKDAY_SIM or more (a date's floor is
#: FIGURE_SIM): a weekday recurs in a week's news (digest32).
WEEKDAY_NEAR_RARE = 2
WEEKDAY_SIM = 0.3


#: stem -> its group in lang.FIGURE_SENSE_GROUPS
_GROUP = {stem(w): k for k, g in enumerate(lang.FIGURE_SENSE_GROUPS) for w in g.split()}


def _near(f: Features, start: int, end: int) -> set[str]:
    """The claim's content words (stems, no numbers) within NUMBER_NEAR_WORDS of a span."""
    low = f.claim.text.lower()
    before = [w for w in (stem(t) for t in _WORD.findall(low[:start])) if w in f.words]
    after = [w for w in (stem(t) for t in _WORD.findall(low[end:])) if w in f.words]
    k = thresholds.NUMBER_NEAR_WORDS
    return set(before[-k:] + after[:k])


def figures_near(f: Features) -> dict[str, set[str]]:
    """The claim's figures ("#38", "@aug 3") with the content words near each."""
    cached = getattr(f, "_figures_near", None)
    if cached is not None:
        return cached
    out: dict[str, set[str]] = {}
    text = f.claim.text
    for n in numbers(text, words=False):
        if n.value < thresholds.FIGURE_MIN or _YEAR.fullmatch(text[n.start:n.end]) or _ORDINAL.match(text, n.end):
            continue
        out.setdefault(f"#{n.value:g}", set()).update(_near(f, n.start, n.end))
    for m in _MONTH_DAY.finditer(text.lower()):
        out.setdefault(f"@{m.group(1)[:3]} {int(m.group(2))}", set()).update(_near(f, m.start(), m.end()))
    events = {d for d, _ in f.event_days}  # the event's weekday, not a report's (pairs.event_days)
    if len(set(_WEEKDAY.findall(text.lower()))) > 1:
        events = set()  # a schedule of several days ("... on Tuesday, followed by the Council on Friday"): no one event's day
    for m in _WEEKDAY.finditer(text.lower()):
        if m.group(1) in events:
            out.setdefault(f"@{m.group(1)}", set()).update(_near(f, m.start(), m.end()))
    f._figures_near = out
    return out


def _clock_parts(f: Features) -> set[str]:
    """The figures ("#40") the claim writes only as a part of a clock time ("6:40")."""
    text, clock, other = f.claim.text, set(), set()
    for n in numbers(text, words=False):
        part = text[max(n.start - 1, 0):n.start] == ":" or re.match(r":\d\d", text[n.end:n.end + 3]) is not None
        (clock if part else other).add(f"#{n.value:g}")
    return clock - other


def _weekday(fig: str) -> bool:
    return fig.startswith("@") and " " not in fig


def _rare(w: str, f1: Features, f2: Features) -> bool:
    if w.startswith("@"):  # a calendar day: rare when few claims name it
        return True
    return w in f1.weights and w in f2.weights and min(f1.weights[w], f2.weights[w]) >= thresholds.ANCHOR_MIN_WEIGHT


def told_apart(f1: Features, f2: Features) -> bool:
    """Two claims that share a figure or a measure still say different things: one negates what
    both say, or they differ in day, place, predicate, counts or speakers (figured.py and
    measured.py both ask this before they call a pair an agreement)."""
    if bool(f1.neg_targets & f2.words) != bool(f2.neg_targets & f1.words):
        return True  # one negates what both say
    return bool(days_apart(f1, f2) or place_swap(f1, f2) or opposite(f1, f2) or counts_differ(f1, f2)
                or other_counts(f1, f2) or different_speakers(f1, f2))


def figure_agreement(f1: Features, f2: Features) -> Judgment | None:
    """An agreement on a shared figure and the word it is said of, or None (module doc)."""
    if f1.sha == f2.sha:
        return None
    g1, g2 = figures_near(f1), figures_near(f2)
    shared = set(g1) & set(g2) - describing_numbers(f1, f2) - name_numbers(f1, f2)  # not "Flight 412"
    shared -= _clock_parts(f1) ^ _clock_parts(f2)  # "before 6:40 a.m." / "for 40 years" (conflict52); "at 9:52 a.m." in both stays
    def near_rare(fig: str) -> int:
        return sum(not w.startswith("#") and _rare(w, f1, f2) for w in g1[fig] & g2[fig] & f1.words & f2.words)
    tied = sorted(fig for fig in shared if _rare(fig, f1, f2)
                  and near_rare(fig) >= (WEEKDAY_NEAR_RARE if _weekday(fig) else 1))
    floor, grouped = thresholds.FIGURE_SIM, False
    if not tied:
        # ... or two words of one group of lang.FIGURE_SENSE_GROUPS beside it ("140 dead" / "massacred 140")
        tied = sorted(fig for fig in shared if _rare(fig, f1, f2) and fig.startswith("#")
                      and {_GROUP[w] for w in g1[fig] if w in _GROUP} & {_GROUP[w] for w in g2[fig] if w in _GROUP})
        floor, grouped = thresholds.FIGURE_GROUP_SIM, True
    if not tied:
        return None
    sim = similarity(f1, f2)
    if all(_weekday(fig) for fig in tied):
        floor = max(floor, WEEKDAY_SIM)
    # a count of the dead or a sum of bail, exact in both, is one fact whoever else each claim
    # names (the lawyer beside the bail in one, the accused in the other), unless a place differs
    if sim < floor or (place_swap(f1, f2) if grouped else names_clash(f1, f2)):
        return None
    if told_apart(f1, f2):
        return None
    return Judgment("agreement", f"the same figure said of the same thing: {tied[0]}", score=sim)
