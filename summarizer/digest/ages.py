"""Cross-article alignment: one person's age told two ways (issue 15, multi27).

News prose gives an age in an apposition after the name ("the guard Lena Ortiz, 32, was
arrested"; "Ortiz, a 31-year-old forward, ...") or before it ("the 73-year-old Ortiz"). Two
articles that give one named person two ages disagree on a number, though no count of a thing
is shared (counts.py reads none: an age is no count). A future or changing age ("who turns 31
in May", "will be 70") is not read, and a name is one person only by its last word, which both
claims must name.

`ages(f)`: name token -> age (1-120) of each plain age in the claim; `age_clash(f1, f2)`: (the
name as written, age in f1, age in f2) for a name both claims age differently, or None.
"""

from __future__ import annotations

import re

from .pairs import Features, names_clash

__all__ = ["age_clash", "ages"]

_NAME = r"([A-Z][\w’'-]+)"
_AFTER = re.compile(_NAME + r",\s+(?:an?\s+)?(\d{1,3})(?:,|-year-old\b)")      # "Ortiz, 32," / "Ortiz, a 31-year-old"
_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(\d{1,3})-year-old\s+(?:[a-z][\w-]*\s+){0,2}" + _NAME)  # "the 73-year-old Ortiz"


def ages(f: Features) -> dict[str, tuple[int, str]]:
    """name token (lower case, a name the claim mentions) -> (age, the name as written)."""
    out: dict[str, tuple[int, str]] = {}
    text = f.claim.text
    found = [(m.group(1), m.group(2)) for m in _AFTER.finditer(text)] + \
            [(m.group(2), m.group(1)) for m in _BEFORE.finditer(text)]
    for name, age in found:
        key = re.sub(r"['’]s$", "", name.lower())
        if key in f.mentions and 1 <= int(age) <= 120:
            out.setdefault(key, (int(age), name))
    return out


def age_clash(f1: Features, f2: Features) -> tuple[str, int, int] | None:
    """(name, age in f1, age in f2): one named person given two ages, or None."""
    a1, a2 = ages(f1), ages(f2)
    if not a1 or not a2 or names_clash(f1, f2):
        return None
    for key in sorted(a1.keys() & a2.keys()):
        (v1, name), (v2, _) = a1[key], a2[key]
        if v1 != v2:
            return name, v1, v2
    return None
