"""One measured thing's peak told with two values by two articles (issue 15; conflict53).

"Gusts reached 45 mph at the port on Sunday afternoon, according to the weather service." / "Greywater said gusts
of up to 70 mph hit the crane.": both tell the highest reading of one thing (the gusts), so 45 and 70 cannot both
be right. counts.number_conflict never compares them: "up to 70" is an upper bound that 45 meets, "reached" reads
as a change, and "45 mph" / "gusts" are two counted phrases. Here a claim's peak is read on its own:

* one quantity with a unit (mph, meters, degrees ...), a peak marker right before it (lang.PEAK_MARKERS_RE:
  "reached", "peaked at", "up to", "as high as") and the measured noun right before the marker ("Gusts reached",
  "gusts of up to");
* no word of a forecast, a limit or a warning in the claim (lang.PEAK_FORECAST_WORDS: "could reach up to 70
  mph", "a limit of up to 70 mph"), no negation.

conflict55: the measured noun may stand before a place or a time told with a preposition ("Gusts at the port reached
45 mph"): the head of the clause's subject before its first preposition (sumframes.thing_of) is the noun then; and
a relative clause's noun ("the crane was hit by gusts that reached 70 mph") is read.

conflict58: an adjective of a peak before the noun (lang.PEAK_ADJECTIVES_RE: "measured a highest wave of about 6
meters", "the strongest gust was 70 mph") is the noun's peak too ("waves of up to 9 meters" / "a highest wave of about
6 meters" conflict).

A reading with no peak marker ("winds of 45 mph") is within the other's bound, no conflict; two nouns (gusts /
waves), two units, two named places ("at the quay in <Town>" / "on <Name> Ridge") or one article are not compared.
"""

from __future__ import annotations

import re

from .. import lang
from .classify import Judgment
from .measure_frames import places_apart
from .pairs import STOP, Features, names_clash, stem
from .sumframes import thing_of

__all__ = ["peak_conflicts", "peak_of"]

_PEAK = re.compile(r"\b([A-Za-z][A-Za-z-]*)\s+(?:(?:that|which)\s+)?" + lang.PEAK_MARKERS_RE + r"\s+(?:about\s+|around\s+|nearly\s+)?\$?\d", re.I)
_TOP = re.compile(r"\b" + lang.PEAK_ADJECTIVES_RE + r"\s+([a-z][a-z-]*)\s+" + lang.PEAK_ADJECTIVE_LINKS_RE + r"\$?\d", re.I)
_TOK = re.compile(r"[a-z]+(?:n['’]t)?")
_AT = re.compile(r"\b(?:" + "|".join(lang.COUNT_PLACE_PREPOSITIONS) + r"|on|over|along)\s+((?:[A-Z][a-z]+\s*)+)")
_NOT_PLACE = frozenset(lang.WEEKDAYS) | frozenset(lang.MONTHS)


def _places(f: Features) -> set[str]:
    """Named places after a preposition ("at the quay in <Town>", "on <Name> Ridge"), lower-cased words."""
    return {w.lower() for m in _AT.finditer(f.claim.text) for w in m.group(1).split()} - _NOT_PLACE


def _apart(f1: Features, f2: Features) -> bool:
    """Each claim names a place the other does not mention (measure_frames.places_apart also reads "on")."""
    p1, p2 = _places(f1), _places(f2)
    return places_apart(f1, f2) or bool(p1 - f2.mentions and p2 - f1.mentions)


def peak_of(f: Features) -> tuple[str, str, float, str] | None:
    """(measured noun's stem, unit, value, the figure as written) of the claim's one peak, or None (module doc)."""
    qs = [q for q in f.claim.quantities if q.unit]
    if len(qs) != 1:
        return None
    toks = set(_TOK.findall(f.claim.text.lower()))
    if toks & lang.PEAK_FORECAST_WORDS or toks & set(lang.NEGATORS) or any(t.endswith(("n't", "n’t")) for t in toks):
        return None
    found = [m for m in _PEAK.finditer(f.claim.text) if m.group(1).lower() not in STOP]
    top = [m for m in _TOP.finditer(f.claim.text) if m.group(1).lower() not in STOP]
    q = qs[0]
    if not found and len(top) == 1:  # "measured a highest wave of about 6 meters" (conflict58)
        return stem(top[0].group(1).lower()), q.unit, q.value, f.claim.text[top[0].start():top[0].end()].rsplit(" ", 1)[0] + " " + q.counted
    if len(found) != 1:
        return None
    m = found[0]
    return _measured(f.claim.text, m), q.unit, q.value, f.claim.text[m.start(1):m.end()].rsplit(" ", 1)[0] + " " + q.counted


_WORDS = re.compile(r"[A-Za-z][A-Za-z'’-]*|,")


def _measured(text: str, m: re.Match) -> str:
    """The stem of the noun the peak measures: the word before the marker, or the head of the clause's subject before
    its first preposition ("Gusts at the port reached": "gust"; conflict55)."""
    words = _WORDS.findall(text[:m.end(1)])
    start = max([j + 1 for j, w in enumerate(words) if w == "," or w.lower() in lang.SUM_THING_BREAKS], default=0)
    phrase = words[start:]
    relative = re.match(r"\s+(?:that|which)\b", text[m.end(1):], re.I)
    if not relative and any(w.lower() in lang.SUM_THING_PREPOSITIONS for w in phrase[:-1]) \
            and not any(w.lower() in lang.AUXILIARY_VERBS or w.lower() in lang.BE_FORMS for w in phrase):
        thing = thing_of(phrase)
        if thing is not None:
            return thing[0]
    return stem(m.group(1).lower())


def _one(noun: str) -> str:
    """A plural noun's singular for comparing ("waves" / "a highest wave"; conflict58)."""
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") and len(noun) > 3 else noun


def peak_conflicts(feats, taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """Pairs of claims of two articles giving one thing's peak two values (module doc); `taken`: pairs already judged."""
    told = [(f, p) for f in feats if (p := peak_of(f)) is not None]
    out = []
    for x in range(len(told)):
        f1, (n1, u1, v1, w1) = told[x]
        for f2, (n2, u2, v2, w2) in told[x + 1:]:
            if f1.article == f2.article or f1.sha == f2.sha or _one(n1) != _one(n2) or u1 != u2 or round(v1, 6) == round(v2, 6):
                continue
            if tuple(sorted((f1.index, f2.index))) in taken or names_clash(f1, f2) or _apart(f1, f2):
                continue
            out.append((f1, f2, Judgment("assertion", f"{f1.source}: {v1:g} {u1}; {f2.source}: {v2:g} {u2}",
                                         about="how much", values=(f"{v1:g} {u1}", f"{v2:g} {u2}"))))
    return out
