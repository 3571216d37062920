"""One act told on two days by two articles, one source's or two (issue 15; conflict51).

"The county council ... said its inspectors would visit on Monday." / "County council inspectors
will visit the zoo on Tuesday, the council says."; "The zoo will reopen on Wednesday, it said." /
"The zoo will reopen on Thursday, the statement said."; "Its board will discuss the list at its
meeting on March 14." / "The trust's board meets on March 21."; "... expected its answer by March
31" / "He expects its answer by April 30". classify's day rule stops at one source in two outlets
("a source does not contradict itself"), though two outlets giving one source's two days is a
disagreement of the outlets; and a meeting or a deadline dated in two wordings is seldom similar
enough to be judged as days. Here every two claims of two articles that each date an act to one
day are compared:

* the day: "on" or "by" and a weekday or a month's day ("on Monday", "by March 31"), the claim's
  only day; both days of one kind (two weekdays, or two month-days), and different; not another
  week's ("next Monday": lang.OTHER_WEEK_LEADERS);
* the act: the words of the day's clause after its last saying verb ("said its inspectors would
  visit"); one of the last two content words before the day, in lower case (a name is a place or
  a party, not an act: "near <Village> on Thursday" / "in <Village> on Friday"), is the same in both (by `act_stem`,
  which strips -ing, -ed, -s: "meeting" / "meets", "expected" / "expects"), and the two clauses
  share another content word (who acts or what is acted on: "inspectors", "zoo", "board",
  "answer");
* not two things: a content word right before the shared act word in each (auxiliaries and modals
  aside) that differs is another subject ("the library will reopen" / "the pool will reopen"); a
  content word after the act word in both that differs is another object ("discuss the budget" /
  "discuss the plan");
* not two occasions ("another", "again", ordinals), not a negation in the clause, and each article
  dates the act to one day only;
* not two phases: a word of lang.PHASE_WORDS right before the act word in one clause and not the same in
  the other ("stopped working on Tuesday" / "were still working from paper on Thursday": digest52).

conflict55: an act whose verb stands far from its day is one act too when both clauses move one thing onto or into
one named thing: "The crane, operated by <Firm>, fell onto the cargo ship <Name> during high winds on Sunday
afternoon." / "A container crane run by <Firm> collapsed onto the cargo ship <Name> at the Port of <Town> on Saturday
evening." (`same_motion`: "onto"/"into" and the same name after it at most four lower-case words on, and a
lower-case content word shared before the verbs: "crane"); two movers ("a truck" / "a bus" crashed into one bridge)
or two targets are not.
"""

from __future__ import annotations

import re

from .. import lang
from .classify import Judgment
from .pairs import STOP, Features
from .phases import act_stem
from .sourcenames import time_voice
from .statedays import same_state

__all__ = ["act_stem", "day_acts", "day_act_conflicts", "same_motion"]

_WEEKDAY = "|".join(lang.WEEKDAYS)
_DAY = re.compile(r"\b(?:on|by)\s+(?:(?P<wd>" + _WEEKDAY + r")|(?P<mo>" + lang.MONTH_ABBREVIATIONS_RE
                  + r")[a-z]*\.?\s+(?P<dd>\d{1,2}))\b(?![,.]?\d)", re.I)
_TOK = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_OCCASION = re.compile(r"\b(?:" + "|".join(sorted(lang.OCCASION_ORDINALS | lang.REPEAT_MARKERS)) + r")\b", re.I)
_OTHER_WEEK = re.compile(r"\b(?:" + "|".join(lang.OTHER_WEEK_LEADERS) + r")\s+$", re.I)
_SAYING = frozenset(lang.REPORTING_VERBS)
_TIME_WORDS = lang.TIME_WORDS | frozenset(lang.WEEKDAYS) | frozenset(lang.MONTHS)
_AUX = lang.AUXILIARY_VERBS | lang.MODALS | {"to"}
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:but|while|whereas)\b|\s[–—]\s")


def _negated(tokens: list[str]) -> bool:
    return any(t.lower() in lang.NEGATORS or t.lower().endswith(("n't", "n’t")) for t in tokens)


def day_acts(f: Features) -> list[tuple[str, list[tuple[str, str]], str]]:
    """(day key, the clause's content words before the day in order as (stem, "=" before the stem
    of a capitalised word; the subject before it or ""), the day as written) for each day the claim dates an act to (module doc)."""
    cached = getattr(f, "_day_acts", None)
    if cached is not None:
        return cached
    text, out = f.claim.text, []
    for m in _DAY.finditer(text):
        if _OTHER_WEEK.search(text[:m.start()][-30:]):
            continue
        key = ("w:" + m.group("wd").lower()) if m.group("wd") else f"m:{m.group('mo').lower()[:3]} {int(m.group('dd'))}"
        written = _TOK.findall(_CLAUSE_BREAK.split(text[:m.start()])[-1])
        toks = [t.lower() for t in written]
        cut = max((k for k, t in enumerate(toks) if t in _SAYING), default=-1)
        toks, written = toks[cut + 1:], written[cut + 1:]
        if _negated(toks):
            continue
        content = []
        for k, t in enumerate(toks):
            if t in STOP or t in _TIME_WORDS or t in lang.SUBJECT_PRONOUNS or len(t) <= 2:
                continue
            j = k - 1
            while j >= 0 and toks[j] in _AUX:
                j -= 1
            before = toks[j] if j >= 0 else ""
            subject = act_stem(before) if before and before not in STOP and before not in lang.SUBJECT_PRONOUNS else ""
            if before in lang.PHASE_WORDS:
                subject = "^" + act_stem(before)  # "stopped working" / "still working": the phase is the act (digest52)
            if toks[k - 1:k] in (["and"], ["or"]) or toks[k + 1:k + 2] in (["and"], ["or"]):
                subject = "&"  # one of a list of things ("with shells and rockets on Wednesday"): no act (lead42)
            content.append((act_stem(t) if written[k].islower() else "=" + act_stem(t), subject))
        if len(content) >= 2:
            out.append((key, content, m.group(0)[3:].strip() if m.group(0)[:2].lower() == "on" else m.group(0)))
    f._day_acts = out
    return out


_MOTION = re.compile(r"\b(?P<verb>[a-z]{3,})\s+(?:onto|into)\s+(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,4}"
                     r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,3})")


def _motion(f: Features) -> tuple[str, set[str]] | None:
    """(the named target, the lower-case content words before the verb) of the claim's one "<verb> onto/into ...
    <Name>" clause, or None."""
    found = list(_MOTION.finditer(f.claim.text))
    if len(found) != 1:
        return None
    m = found[0]
    before = [t for t in _TOK.findall(f.claim.text[:m.start()]) if t.islower()]
    words = {act_stem(t) for t in before if t not in STOP and t not in _SAYING and t not in _AUX and len(t) > 2}
    return m.group("name"), words


def same_motion(f1: Features, f2: Features) -> bool:
    """Both claims move one thing onto or into one named thing (module doc, conflict55)."""
    m1, m2 = _motion(f1), _motion(f2)
    return bool(m1 and m2 and m1[0] == m2[0] and m1[1] & m2[1])


def same_act(c1: list[tuple[str, str]], c2: list[tuple[str, str]]) -> bool:
    """The two clauses tell one act (module doc): a shared act word among the last two content
    words of each, another shared word, no other subject right before it, no other object."""
    w1, w2 = [w for w, _ in c1], [w for w, _ in c2]
    for act in [w for w in w1[-2:] if w in w2[-2:] and not w.startswith("=")]:
        k1, k2 = len(w1) - 1 - w1[::-1].index(act), len(w2) - 1 - w2[::-1].index(act)
        if not (set(w1) - {act}) & (set(w2) - {act}):
            continue
        s1, s2 = c1[k1][1], c2[k2][1]
        if "&" in (s1, s2):
            continue  # "pounded <X> with shells and rockets on <day>" / "attacks with rockets and shells on <day>"
        if s1 and s2 and s1 != s2 or s1 != s2 and "^" in s1[:1] + s2[:1]:
            continue  # "the library will reopen" / "the pool will reopen"; "stopped working" / "still working" (phases.py)
        o1, o2 = w1[k1 + 1:], w2[k2 + 1:]
        if o1 and o2 and not set(o1) & set(o2):
            continue  # "discuss the budget" / "discuss the plan"
        return True
    return False


def day_act_conflicts(feats, taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """Pairs of claims of two articles dating one act to two days (module doc); `taken`: pairs
    already judged."""
    told: list[tuple[Features, str, list[str], str]] = []
    for f in feats:
        if len(f.days) != 1 or _OCCASION.search(f.claim.text):
            continue
        acts = day_acts(f)
        if len(acts) == 1:
            told.append((f, *acts[0]))
    out = []
    for x in range(len(told)):
        f1, d1, c1, w1 = told[x]
        for y in range(x + 1, len(told)):
            f2, d2, c2, w2 = told[y]
            if f1.article == f2.article or f1.sha == f2.sha or d1 == d2 or d1[:2] != d2[:2]:
                continue
            if tuple(sorted((f1.index, f2.index))) in taken or not (same_act(c1, c2) or same_motion(f1, f2)):
                continue
            if same_state(f1, f2):
                continue  # "was in critical condition on Sunday" / "remained in critical condition on Monday" (digest54)
            out.append((f1, f2, Judgment("assertion", f"{time_voice(f1, w1)}: {w1}; {time_voice(f2, w2)}: {w2}", about="when",
                                         values=(w1, w2))))
    # an article dating one act to two days of its own tells two occasions
    for f, d, c, _w in told:
        others = {d2 for g, d2, c2, _ in told if g.article == f.article and g.index != f.index and d2 != d and same_act(c, c2)}
        if others:
            out = [t for t in out if f.index not in (t[0].index, t[1].index)]
    return out
