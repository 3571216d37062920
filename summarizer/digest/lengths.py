"""How long one decision runs, told with two lengths by two articles (issue 15; conflict53).

"The freeze covers one year, the board said in a statement." / "The freeze covers the next two academic years, the
board's chair says.": a length of time gives no quantity the count rules compare ("one year" is read as no
count), so the two were judged none (similarity 0.37). Here a claim's length is read on its own: "the <noun>"
(or "<noun>") right before a verb of running (lang.LENGTH_VERBS_RE: "covers", "will last", "runs for"), then "the
next/first/coming" at most, a number (digits or a spelled cardinal below twenty), at most one word ("academic"),
and "year(s)" or "month(s)" (lang.LENGTH_UNIT_MONTHS; since conflict55 weeks and days too, lang.DURATION_UNIT_DAYS).
Two articles' lengths of the same noun (its stem) conflict when the months differ beyond a rounding between units
(measured.UNIT_TOLERANCE); "one year" / "12 months" agree; two nouns (the freeze / the contract), a names clash, a
negation or one article are not compared.

conflict54 added how long a process takes, with its bounds: "it would take at least three months for the river to
recover" / "the river should recover within six weeks" ("take <duration> for <noun> to <verb>", "<noun> <modal>
<verb> within/in <duration>": the same noun and verb by stem). A lower bound ("at least", "more than"), an upper one
("within", "up to") or a point (none, "about", "in") in days (lang.DURATION_UNIT_DAYS); two lengths conflict when no
length meets both (at least 90 days / within 42), a rounding between units aside (measured.UNIT_TOLERANCE: about
40 days / six weeks); two lower or two upper bounds always can.
"""

from __future__ import annotations

import re

from .. import lang
from .classify import Judgment
from .measured import UNIT_TOLERANCE
from .pairs import STOP, Features, names_clash, stem

__all__ = ["duration_of", "durations_apart", "length_conflicts", "length_of"]

_NUM = r"(?P<n>\d{1,3}|" + "|".join(sorted(lang.NUMBER_UNITS, key=len, reverse=True)) + r")"
_LENGTH = re.compile(r"\b(?P<noun>[A-Za-z][a-z-]+)\s+" + lang.LENGTH_VERBS_RE + r"\s+(?:the\s+(?:next|first|coming)\s+)?"
                     + _NUM + r"\s+(?:[a-z-]+\s+)?(?P<unit>" + "|".join(lang.DURATION_UNIT_DAYS) + r")\b", re.I)
_NEG = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.I)
_CLAUSE_BREAK = re.compile(r"[;,]|\b(?:and|but)\b")


def length_of(f: Features) -> tuple[str, float, str] | None:
    """(the noun's stem, the length in months, the length as written) of the claim's one length, or None (days and
    weeks since conflict55, a week 7/30 of a month: "will last six weeks" / "will last two months")."""
    found = list(_LENGTH.finditer(f.claim.text))
    if len(found) != 1 or _NEG.search(f.claim.text):
        return None
    m = found[0]
    noun = m.group("noun").lower()
    if noun in STOP:
        return None
    n = m.group("n").lower()
    value = int(n) if n.isdigit() else lang.NUMBER_UNITS[n]
    unit = m.group("unit").lower()
    months = lang.LENGTH_UNIT_MONTHS.get(unit) or lang.DURATION_UNIT_DAYS[unit] / lang.DURATION_UNIT_DAYS["month"]
    return stem(noun), value * months, f.claim.text[m.start("n"):m.end()]


_UNITS = "|".join(lang.DURATION_UNIT_DAYS)
_BOUND = r"(?:(?P<lo>" + lang.DURATION_LOWER_BOUNDS_RE + r")|(?P<hi>" + lang.DURATION_UPPER_BOUNDS_RE + r")|about|around|in)\s+"
_DURATION = _NUM + r"\s+(?P<unit>" + _UNITS + r")\b"
_TAKES = re.compile(r"\b(?:" + lang.DURATION_TAKE_RE + r")\s+(?:" + _BOUND + r")?" + _DURATION
                    + r"\s+for\s+(?:the\s+|its\s+|their\s+)?(?P<noun>[a-z][a-z-]+)\s+to\s+(?P<verb>[a-z]+)\b", re.I)
_WITHIN = re.compile(r"\b(?P<noun>[a-z][a-z-]+)\s+(?:" + lang.DURATION_MODALS_RE + r")\s+(?P<verb>[a-z]+)\s+" + _BOUND
                     + _DURATION, re.I)

#: conflict58: "Glidewell expects the scooters to return in at least six weeks" (the noun after "expect(s)", "in"
#: before a bound) and "The scooters will be back on the streets within two weeks" ("be back", one place phrase at
#: most, read as "return").
_EXPECTS = re.compile(r"\bexpect(?:s|ed)?\s+(?:the\s+|its\s+|their\s+)?(?P<noun>[a-z][a-z-]+)\s+to\s+(?P<verb>[a-z]+)\s+"
                      r"(?:in\s+(?=" + lang.DURATION_LOWER_BOUNDS_RE + r"|" + lang.DURATION_UPPER_BOUNDS_RE + r"))?" + _BOUND + _DURATION, re.I)
_BACK = re.compile(r"\b(?P<noun>[a-z][a-z-]+)\s+(?:" + lang.DURATION_MODALS_RE + r")\s+be\s+back(?:\s+(?:on|in|at)\s+(?:the\s+)?[a-z]+)?\s+"
                   + _BOUND + _DURATION, re.I)


def duration_of(f: Features) -> tuple[str, str, float, float, str] | None:
    """(the noun's stem, the verb's stem, the fewest days, the most days, the duration as written) of the claim's
    one process duration ("take at least three months for the river to recover": river, recover, 90, inf), or None."""
    takes = list(_TAKES.finditer(f.claim.text))  # "it would take at least three months for ...": no "<noun> would <verb>"
    takes += list(_EXPECTS.finditer(f.claim.text)) + list(_BACK.finditer(f.claim.text))
    found = takes + [m for m in _WITHIN.finditer(f.claim.text) if not any(m.start() < t.end() and t.start() < m.end() for t in takes)]
    if len(found) != 1:
        return None
    m = found[0]
    clause = _CLAUSE_BREAK.split(f.claim.text[:m.start()])[-1] + f.claim.text[m.start():m.end()]
    if _NEG.search(clause):  # "... to recover and that anglers should not eat ...": another clause's negation
        return None
    noun, verb = m.group("noun").lower(), m.group("verb").lower() if "verb" in m.re.groupindex else "return"  # "be back"
    if noun in STOP or verb in STOP:
        return None
    n = m.group("n").lower()
    days = (int(n) if n.isdigit() else lang.NUMBER_UNITS[n]) * lang.DURATION_UNIT_DAYS[m.group("unit").lower()]
    lo, hi = (days, float("inf")) if m.group("lo") else (0.0, days) if m.group("hi") else (days, days)
    start = min(k for k in (m.start("lo"), m.start("hi"), m.start("n")) if k >= 0)
    return stem(noun), stem(verb), lo, hi, f.claim.text[start:m.end("unit")]


def durations_apart(f1: Features, f2: Features) -> bool:
    """Both claims tell how long a process takes, of two things or two acts ("for the marsh to reopen" / "the marsh
    should recover within"; "the marsh" / "the heath"): their times are no measures of one thing (conflict55: read
    before measured.measure_clash, which ties two lengths by one word near both)."""
    d1, d2 = duration_of(f1), duration_of(f2)
    return d1 is not None and d2 is not None and d1[:2] != d2[:2]


def _told_apart(told, differ, taken, found=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """Pairs of `told` (feature, what is measured, its value, the words) from two articles that measure one thing
    and whose values `differ`, not judged before (`taken`: a set or the streamed digest's table of judged pairs,
    which answers `in` only; `found`: pairs already shown), nor two names that clash."""
    out = []
    for x in range(len(told)):
        f1, k1, v1, w1 = told[x]
        for f2, k2, v2, w2 in told[x + 1:]:
            if f1.article == f2.article or f1.sha == f2.sha or k1 != k2 or not differ(v1, v2):
                continue
            if (pair := tuple(sorted((f1.index, f2.index)))) in taken or pair in found or names_clash(f1, f2):
                continue
            out.append((f1, f2, Judgment("assertion", f"{f1.source}: {w1}; {f2.source}: {w2}", about="how long",
                                         values=(w1, w2))))
    return out


def _no_length_meets_both(b1: tuple[float, float], b2: tuple[float, float]) -> bool:
    """Two bounds (fewest days, most days) that no one length meets, a rounding between units aside ("about 40
    days" / "six weeks")."""
    return max(b1[0], b2[0]) > min(b1[1], b2[1]) * (1 + UNIT_TOLERANCE)


def length_conflicts(feats, taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """Pairs of claims of two articles giving one thing's length two values (module doc); `taken`: pairs judged.
    Then how long a process takes, with its bounds (conflict54)."""
    lengths = [(f, n, m, w) for f in feats if (d := length_of(f)) is not None for n, m, w in [d]]
    out = _told_apart(lengths, lambda m1, m2: abs(m1 - m2) > min(m1, m2) * UNIT_TOLERANCE, taken)  # "six weeks" / "42 days"
    durations = [(f, (n, v), (lo, hi), w) for f in feats if (d := duration_of(f)) is not None for n, v, lo, hi, w in [d]]
    return out + _told_apart(durations, _no_length_meets_both, taken, {tuple(sorted((a.index, b.index))) for a, b, _ in out})
