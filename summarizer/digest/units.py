"""Cross-article alignment: one measure in two units, or in one unit written as a modifier
(issue 15, conf11).

"Negotiators met for three hours on Monday" / "Monday's meeting ... lasted just 90 minutes";
"The pipeline will run 12 miles" / "30 kilometers"; "The drought lasted three years" / "18
months"; "a 52-page indictment" / "The 51-page indictment". counts.py compares counts of one
head noun in one unit; a measure's unit is its own noun, so two units never meet there, and a
modifier ("52-page") has no counted noun of its own. Here each claim's measures
(measured.measures: value, unit, the content words near it) are brought to one base unit per
dimension (lang.UNIT_SCALES) and two measures of one dimension clash when they differ by more
than UNIT_TOLERANCE (in one unit, by anything; a bound is met: "more than two hours" allows 150 minutes, not 45) and they
measure one thing: a content word near both (not a name, not a number), or a name both claims
give with similarity from NUMBER_SIM (the source's name counted when the other claim names it:
measured.said_similarity). One unit on both sides is left to counts.py unless one side writes
the measure as a modifier ("52-page"). Guards: a negation on one side only, another day, another
place, a clash of names.
"""

from __future__ import annotations

import re

from .. import lang, thresholds
from .counts import _bound
from .figures import days_apart
from .pairs import Features, names_clash, place_swap, stem

__all__ = ["measure_clash"]

#: Two values of one dimension closer than this share (of the larger) are one measure rounded
#: ("12 miles" / "about 19 kilometers": 19.3 km).
UNIT_TOLERANCE = 0.1


def _modifier(f: Features, unit: str) -> bool:
    return re.search(r"\w-" + re.escape(unit) + r"s?\b", f.claim.text.lower()) is not None


def _offset(f: Features, value: float, unit: str) -> bool:
    """The measure dates something from another time or gives an age ("three days after the
    plea", "two years ago", "66 years old"): lang.MEASURE_OFFSET_WORDS right after it."""
    for m in re.finditer(r"[-\s]" + re.escape(unit) + r"s?\b\W*(\w+)", f.claim.text.lower()):
        if m.group(1) in lang.MEASURE_OFFSET_WORDS:
            return True
    return False


def _measured_noun(f: Features, unit: str) -> str:
    """The noun a measure is of, when the claim says it ("eight weeks of severance pay", "two
    days' notice"): its stem, else ''."""
    m = re.search(r"[-\s]" + re.escape(unit) + r"s?(?:['’]\s+|\s+of\s+(?:the\s+|a\s+|an\s+)?)([a-z]+)", f.claim.text.lower())
    return stem(m.group(1)) if m else ""


def _base(unit: str) -> tuple[str, float] | None:
    return lang.UNIT_SCALES.get(unit)


def _meets(f: Features, value: float, base: float, other: float) -> bool:
    """The other value (in base units) meets this measure's bound ("more than two hours")."""
    b = _bound(f, value)
    return (b == "lower" and other >= base) or (b == "upper" and other <= base)


def measure_clash(f1: Features, f2: Features) -> tuple[str, str, str] | None:
    """(measure of one side as written, of the other, what is measured) or None (module doc)."""
    from .measured import measures, said_similarity  # measured.py reads classify.py, which reads this

    m1, m2 = measures(f1), measures(f2)
    if not m1 or not m2 or names_clash(f1, f2):
        return None
    if bool(f1.neg_targets & f2.words) != bool(f2.neg_targets & f1.words) or days_apart(f1, f2) or place_swap(f1, f2):
        return None
    names = {stem(t.lower()) for t in f1.mentions | f2.mentions}
    for (v1, u1), near1 in m1.items():
        for (v2, u2), near2 in m2.items():
            d1, d2 = _base(u1), _base(u2)
            if not d1 or not d2 or d1[0] != d2[0]:
                continue
            if _offset(f1, v1, u1) or _offset(f2, v2, u2):
                continue  # "three days after that guilty plea" / "two years ago"
            n1, n2 = _measured_noun(f1, u1), _measured_noun(f2, u2)
            if n1 and n2 and n1 != n2:
                continue  # "two days' notice" / "eight weeks of severance pay"
            if u1 == u2 and not (_modifier(f1, u1) or _modifier(f2, u2)):
                continue  # one unit, two counts: counts.py
            b1, b2 = v1 * d1[1], v2 * d2[1]
            # in one unit any difference is one; across units a rounding is not ("12 miles" / "about 19 km")
            close = v1 == v2 if u1 == u2 else abs(b1 - b2) <= UNIT_TOLERANCE * max(b1, b2)
            if close or _meets(f1, v1, b1, b2) or _meets(f2, v2, b2, b1):
                continue
            tied = {w for w in near1 & near2 if not w.startswith("#") and w not in names}
            shared_names = (f1.names & f2.names)
            if not tied and not (shared_names and said_similarity(f1, f2, [(v1, u1), (v2, u2)]) >= thresholds.NUMBER_SIM):
                continue
            about = sorted(tied)[0] if tied else sorted(shared_names)[0]
            return f"{v1:g} {u1}{'s' if v1 != 1 and not u1.endswith('s') else ''}", \
                f"{v2:g} {u2}{'s' if v2 != 1 and not u2.endswith('s') else ''}", about
    return None
