"""Cross-article alignment: agreement on the same measure said of the same thing (issue 15).

News prose writes one measure two ways: as a count with its unit ("was sentenced to 12 years in
prison", "declared three days of mourning", "began investigating Grimm two years ago", "took
thousands of websites offline for about four hours") or as a hyphenated modifier of a noun
("received a 12-year prison sentence", "a three-day period of mourning", "a two-year FBI
investigation", "the four-hour disruption that took down thousands of websites"). The modifier
reads as a description (reference.describing_numbers: "a 225-page report"), and numbers under
FIGURE_MIN are no figure at all (figured.py), so the two claims, which share the measure, its
unit and the word it is said of, agree on nothing.

`measures(f)`: the claim's measures, (value, unit) -> the content words near it: a number (digits
or a number word, no year, no ordinal) followed by its unit noun, after a hyphen or a space
("12-year", "12 years"; "6%" and "6 percent" are one unit), the unit as a singular lemma
("years" -> "year").

`measure_agreement(f1, f2)` (align.judge_pair, for pairs the other rules leave unjudged): a
measure both claims state, with a content word rare in the batch (IDF weight from
ANCHOR_MIN_WEIGHT; no number, not the unit, no word of a name: "pardoned two turkeys named Mac
and Cheese" / "Mac and Cheese, the two turkeys" name the birds, not what was done) within NUMBER_NEAR_WORDS content words of it in both
(what it is a measure of: "prison", "mourning", "investigation"); similarity from FIGURE_SIM (the
source's own name counted when the other claim names it, and the measure one word however it is
written: `said_similarity`); and
none of the reasons that keep close claims apart (figured.py's): a name clash, a negation in one
only, another day, a place swap, opposite predicates, different counts, two speakers. Its score
(for grouping) is the claims' similarity.
"""

from __future__ import annotations

import math
import re

from .. import lang, thresholds
from ..quantity import FUNCTION
from ..rules import numbers
from .classify import Judgment
from .counts import bound
from .figured import told_apart
from .figures import days_apart
from .pairs import Features, names_clash, place_swap, similarity, stem
from ..quantity import readable

__all__ = ["measure_agreement", "measure_clash", "measures", "said_similarity", "said_words"]

_UNIT = re.compile(r"\s*(%)|(?:-|\s+)([a-z]{3,})\b")
_WORD = re.compile(r"[a-z][a-z'’]*")
_SPELT = re.compile(r"[a-z0-9][a-z0-9'’-]*")  # pairs.features' words: "six-month" is one
_YEAR = (1800, 2100)


def _singular(w: str) -> str:
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def _clause(tokens: list[str]) -> list[str]:
    """The tokens up to the first word that opens another clause (lang.SUBORDINATORS)."""
    for n, t in enumerate(tokens):
        if t in lang.SUBORDINATORS:
            return tokens[:n]
    return tokens


def _near(f: Features, start: int, end: int, skip: str) -> set[str]:
    """The claim's content words (stems) within NUMBER_NEAR_WORDS of a span in its own clause, the
    unit aside: "two years after the bank moved its records" measures the time between two
    events, not the bank ("The bank will offer customers two years of free credit monitoring")."""
    low = f.claim.text.lower()
    k = thresholds.NUMBER_NEAR_WORDS
    before = [s for s in (stem(t) for t in reversed(_clause(_WORD.findall(low[:start])[::-1]))) if s in f.words]
    after = [s for s in (stem(t) for t in _clause(_WORD.findall(low[end:]))) if s in f.words and s != skip]
    return set(before[-k:] + after[:k])


def measures(f: Features) -> dict[tuple[float, str], set[str]]:
    """(value, unit) -> content words near it, for each measure the claim states (module doc)."""
    cached = getattr(f, "_measures", None)
    if cached is not None:
        return cached
    out: dict[tuple[float, str], set[str]] = {}
    spelt: dict[tuple[float, str], set[str]] = {}
    text = f.claim.text
    for start, end, value, unit, unit_word in _measure_spans(text):
        out.setdefault((value, unit), set()).update(_near(f, start, end, stem(unit_word)))
        # the words that write it ("six-mo" for "six-month"; "six", "months"; "#12")
        span = text[start:end].lower()
        ws = {stem(t) for t in _SPELT.findall(span)} | {stem(t) for t in _WORD.findall(span)} | {f"#{value:g}"}
        spelt.setdefault((value, unit), set()).update(ws & f.words)
    f._measures, f._spelt = out, spelt
    return out


def _measure_spans(text: str) -> list[tuple[int, int, float, str, str]]:
    """(start, end, value, unit, unit word) of each measure the text writes. A measure in two units of one
    dimension, the larger first ("in 2 hours 14 minutes", "6 feet 2 inches"), is one measure in the smaller
    unit (134 minutes), not two (digest54: "2 hours" / "14 minutes" were two versions of one race time); a
    value after "minus" is below zero ("minus 6 degrees")."""
    out: list[tuple[int, int, float, str, str]] = []
    for n in numbers(text):
        if _YEAR[0] <= n.value <= _YEAR[1] and n.value == int(n.value):
            continue
        m = _UNIT.match(text, n.end)
        if m is None:
            continue
        unit = "percent" if m.group(1) else _singular(m.group(2).lower())
        if unit in FUNCTION:
            continue  # "12 of them" (an ordinal's ending, "14th", has no hyphen or space: no unit)
        value = -n.value if _MINUS.search(text, 0, n.start) else n.value
        if out and _COMPOUND_GAP.fullmatch(text, out[-1][1], n.start):
            s0, _, v0, u0, _ = out[-1]
            d0, d1 = _base(u0), _base(unit)
            if d0 and d1 and d0[0] == d1[0] and d0[1] > d1[1]:
                out[-1] = (s0, m.end(), v0 * d0[1] / d1[1] + value, unit, (m.group(2) or "").lower())
                continue
        out.append((n.start, m.end(), value, unit, (m.group(2) or "").lower()))
    return out


_MINUS = re.compile(r"\bminus\s+\Z", re.I)
_COMPOUND_GAP = re.compile(r",?\s+(?:and\s+)?")


def said_words(f: Features, other: Features, keys=()) -> dict[str, float]:
    """The claim's weighted content words, with its own source's name words that the other claim
    holds as content ("Gov. Tomas Reyl announced a three-day period of mourning", given to Reyl /
    "Governor Tomas Reyl declared three days of mourning"): who speaks is then what is said. Each
    measure of `keys` is one word, however the claim writes it ("six-month" / "six months")."""
    out = dict(f.weights)
    for t in f.mentions:
        s = stem(t.lower())
        if s not in out and s in other.words:
            out[s] = other.weights[s]
    measures(f)
    for key in keys:
        ws = f._spelt.get(key, set())
        weight = max((out.pop(w) for w in ws if w in out), default=thresholds.ANCHOR_MIN_WEIGHT)
        out[f"={key[0]:g} {key[1]}"] = weight
    return out


def said_similarity(f1: Features, f2: Features, keys=()) -> float:
    """pairs.similarity over `said_words`: IDF-weighted cosine, the speakers' names included, each
    measure of `keys` one word."""
    v1, v2 = said_words(f1, f2, keys), said_words(f2, f1, keys)
    num = sum(v1[w] * v2[w] for w in v1.keys() & v2.keys())
    den = math.sqrt(sum(x * x for x in v1.values()) * sum(x * x for x in v2.values()))
    return num / den if den else 0.0


def _rare(w: str, f1: Features, f2: Features) -> bool:
    return min(f1.weights.get(w, 0.0), f2.weights.get(w, 0.0)) >= thresholds.ANCHOR_MIN_WEIGHT


def measure_agreement(f1: Features, f2: Features) -> Judgment | None:
    """An agreement on a shared measure and the word it is said of, or None (module doc)."""
    if f1.sha == f2.sha:
        return None
    m1, m2 = measures(f1), measures(f2)
    names = {stem(t.lower()) for t in f1.mentions | f2.mentions}
    tied = sorted(k for k in m1.keys() & m2.keys()
                  if any(not w.startswith("#") and w not in names and _rare(w, f1, f2) for w in m1[k] & m2[k]))
    if not tied:
        return None
    sim = similarity(f1, f2)
    if max(sim, said_similarity(f1, f2, tied)) < thresholds.FIGURE_SIM or names_clash(f1, f2):
        return None
    if told_apart(f1, f2):
        return None
    value, unit = tied[0]
    return Judgment("agreement", f"the same measure said of the same thing: {readable(value, unit)}", score=sim)


# -- one measure in two units, or in one unit written as a modifier (conf11) -------------------------
# Cross-article alignment: one measure in two units, or in one unit written as a modifier
# (issue 15, conf11).
#
# "Negotiators met for three hours on Monday" / "Monday's meeting ... lasted just 90 minutes";
# "The pipeline will run 12 miles" / "30 kilometers"; "The drought lasted three years" / "18
# months"; "a 52-page indictment" / "The 51-page indictment". counts.py compares counts of one
# head noun in one unit; a measure's unit is its own noun, so two units never meet there, and a
# modifier ("52-page") has no counted noun of its own. Here each claim's measures
# (measured.measures: value, unit, the content words near it) are brought to one base unit per
# dimension (lang.UNIT_SCALES) and two measures of one dimension clash when they differ by more
# than UNIT_TOLERANCE (in one unit, by anything; a bound is met: "more than two hours" allows 150 minutes, not 45) and they
# measure one thing: a content word near both (not a name, not a number), or a name both claims
# give with similarity from NUMBER_SIM (the source's name counted when the other claim names it:
# measured.said_similarity). One unit on both sides is left to counts.py unless one side writes
# the measure as a modifier ("52-page"). Guards: a negation on one side only, another day, another
# place, a clash of names.

#: Two values of one dimension closer than this share (of the larger) are one measure rounded
#: ("12 miles" / "about 19 kilometers": 19.3 km).
UNIT_TOLERANCE = 0.1


def _modifier(f: Features, unit: str) -> bool:
    return re.search(r"\w-" + re.escape(unit) + r"s?\b", f.claim.text.lower()) is not None


def _offset(f: Features, value: float, unit: str) -> bool:
    """The measure dates something from another time or gives an age ("three days after the
    plea", "two years ago", "66 years old"): lang.MEASURE_OFFSET_WORDS right after it. A distance's
    "from" is where it is measured from ("12 kilometers from the coast"), no offset (digest54)."""
    if unit in lang.UNIT_SCALES and lang.UNIT_SCALES[unit][0] in lang.PLAIN_MEASURE_DIMENSIONS:
        return False
    for m in re.finditer(r"[-\s]" + re.escape(unit) + r"s?\b\W*(\w+)", f.claim.text.lower()):
        if m.group(1) in lang.MEASURE_OFFSET_WORDS:
            return True
    return False


def _modified_noun(f: Features, unit: str) -> str:
    """The noun a measure written as a modifier describes ("its 170-year history" -> its stem), else ''."""
    m = re.search(r"\w-" + re.escape(unit) + r"s?\s+([a-z]+)", f.claim.text.lower())
    return stem(m.group(1)) if m else ""


def _since_last(f: Features, unit: str) -> bool:
    """The measure is the time since the last such event, not a duration of this one: "the first
    strike at the plant in 26 years", "the last time it flooded in 40 years" ("first" or "last" earlier
    in the clause, then "in <n> <unit>")."""
    low = f.claim.text.lower()
    for m in re.finditer(r"\bin\s+(?:(?:" + lang.APPROXIMATORS_RE + r")\s+)?[\w.,]+[-\s]" + re.escape(unit) + r"s?\b", low):
        clause = re.split(r"[,;:]", low[:m.start()])[-1]
        if re.search(r"\b(?:first|last)\b", clause):
            return True
    return False


def _measured_noun(f: Features, unit: str) -> str:
    """The noun a measure is of, when the claim says it ("eight weeks of severance pay", "two
    days' notice"): its stem, else ''."""
    m = re.search(r"[-\s]" + re.escape(unit) + r"s?(?:['’]\s+|\s+of\s+(?:the\s+|a\s+|an\s+)?)([a-z]+)", f.claim.text.lower())
    return stem(m.group(1)) if m else ""


_DUE = re.compile(r"\b(?:" + "|".join(sorted(lang.DUE_REPORT_WORDS)) + r")\s+" + lang.DUE_WITHIN_RE +
                  r"(?:" + lang.APPROXIMATORS_RE + r"\s+)?[\w.,]+[-\s](\w+?)s?\b")


def _report_due(f: Features, unit: str) -> bool:
    """The measure is when a report is due ("asked the company for a full report within 10 days"), not how long the
    thing the other claim measures takes ("expects the scooters to return in at least six weeks"; conflict58)."""
    return any(m.group(1) == unit for m in _DUE.finditer(f.claim.text.lower()))


def _base(unit: str) -> tuple[str, float] | None:
    return lang.UNIT_SCALES.get(unit)


def _meets(f: Features, value: float, base: float, other: float) -> bool:
    """The other value (in base units) meets this measure's bound ("more than two hours")."""
    b = bound(f, value)
    return (b == "lower" and other >= base) or (b == "upper" and other <= base)


#: A temperature's scale ("degrees Celsius") is part of its unit, not what it measures.
_SCALE_WORDS = frozenset(stem(w) for w in lang.TEMPERATURE_UNITS if len(w) > 1)

#: Two versions of one measure are never this many times apart (two years against 48 seconds).
_SCALE_APART = 100


def measure_clash(f1: Features, f2: Features, plain_only: bool = False) -> tuple[str, str, str] | None:
    """(measure of one side as written, of the other, what is measured) or None (module doc). With
    `plain_only` (one source in two articles: "minus 6 degrees, the weather service said" / "Minus 4 degrees
    ..., the weather service says") only distances and temperatures are compared (digest54)."""
    m1, m2 = measures(f1), measures(f2)
    if not m1 or not m2 or names_clash(f1, f2):
        return None
    if bool(f1.neg_targets & f2.words) != bool(f2.neg_targets & f1.words) or days_apart(f1, f2) or place_swap(f1, f2):
        return None
    names = {stem(t.lower()) for t in f1.mentions | f2.mentions}
    for (v1, u1), near1 in m1.items():
        for (v2, u2), near2 in m2.items():
            d1, d2 = _base(u1), _base(u2)
            if not d1 or not d2 or d1[0] != d2[0] or plain_only and d1[0] not in lang.PLAIN_MEASURE_DIMENSIONS:
                continue
            if _report_due(f1, u1) != _report_due(f2, u2):
                continue  # "a full report within 10 days" / "return in at least six weeks" (conflict58)
            if _offset(f1, v1, u1) or _offset(f2, v2, u2) or _since_last(f1, u1) or _since_last(f2, u2):
                continue  # an offset ("<n> days after the plea", "<n> years ago") or the time since the last one
            o1, o2 = _modified_noun(f1, u1), _modified_noun(f2, u2)
            if (o1 and not o2 and o1 not in f2.words) or (o2 and not o1 and o2 not in f1.words):
                continue  # "in its 170-year history" / "spent 30 years in the town's schools": another thing measured
            n1, n2 = _measured_noun(f1, u1), _measured_noun(f2, u2)
            if n1 and n2 and n1 != n2:
                continue  # "two days' notice" / "eight weeks of severance pay"
            if u1 == u2 and not (_modifier(f1, u1) or _modifier(f2, u2)) and d1[0] not in lang.PLAIN_MEASURE_DIMENSIONS:
                continue  # one unit, two counts: counts.py (a distance or a temperature counts no noun: here, digest54)
            b1, b2 = v1 * d1[1], v2 * d2[1]
            # in one unit any difference is one; across units a rounding is not ("12 miles" / "about 19 km")
            close = v1 == v2 if u1 == u2 else abs(b1 - b2) <= UNIT_TOLERANCE * max(b1, b2)
            if close or _meets(f1, v1, b1, b2) or _meets(f2, v2, b2, b1):
                continue
            if max(abs(b1), abs(b2)) > _SCALE_APART * min(abs(b1), abs(b2)):
                continue  # "banned for two years" / "48 seconds behind the winner": two things, not two versions
            tied = {w for w in near1 & near2 if not w.startswith("#") and w not in names and w not in _SCALE_WORDS}
            shared_names = (f1.names & f2.names)
            if not tied and not (shared_names and said_similarity(f1, f2, [(v1, u1), (v2, u2)]) >= thresholds.NUMBER_SIM):
                continue
            about = sorted(tied)[0] if tied else sorted(shared_names)[0]
            return f"{readable(v1)} {u1}{'s' if v1 != 1 and not u1.endswith('s') else ''}", \
                f"{readable(v2)} {u2}{'s' if v2 != 1 and not u2.endswith('s') else ''}", about
    return None
