"""One outcome's place in a run, told with two ordinals by two articles (issue 15; digest55).

"It was the second failure in Corvane's four launches." / "It was the company's first failure in four launches.":
an ordinal is no count (countable.not_a_count), and the two claims are close enough to agree (digest54's strict
xfail). Here a claim's place in a run is read as "<ordinal> <noun> in [<owner's>] <n> <plural noun>" (an ordinal
of lang.OCCASION_ORDINALS but "final"; the run's size a number word or digits). Two articles' places conflict when
the noun (its stem), the run's size and its plural noun are the same and the ordinals differ. Not one article, not
a names clash, not another run ("in four launches" / "in six launches"), not another outcome ("the second
failure" / "the first success").
"""

from __future__ import annotations

import re

from .. import lang
from .pairs import Features, names_clash, stem

__all__ = ["ordinal_clash", "places_in_run"]

_ORDINALS = sorted(lang.OCCASION_ORDINALS - {"final"})
_PLACE = re.compile(r"\b(?P<ord>" + "|".join(_ORDINALS) + r")\s+(?P<noun>[a-z]+)\s+in\s+(?:[A-Za-z]+['’]s\s+|the\s+|its\s+|their\s+)?"
                    r"(?P<n>\d{1,3}|" + "|".join(sorted(lang.NUMBER_UNITS, key=len, reverse=True)) + r")\s+(?P<run>[a-z]+s)\b", re.I)


def places_in_run(f: Features) -> set[tuple[str, str, str, str, str]]:
    """(ordinal, the noun's stem, the run's size, the run's noun stem, the place as written) of each place in a run
    the claim tells."""
    out = set()
    for m in _PLACE.finditer(f.claim.text):
        out.add((m.group("ord").lower(), stem(m.group("noun").lower()), m.group("n").lower(), stem(m.group("run").lower()),
                 f"{m.group('ord').lower()} {m.group('noun').lower()} in {m.group('n').lower()} {m.group('run').lower()}"))
    return out


def ordinal_clash(f1: Features, f2: Features) -> tuple[str, str, str] | None:
    """(one side's place as written, the other's, what is placed) or None (module doc)."""
    if f1.article == f2.article or names_clash(f1, f2):
        return None
    for o1, n1, c1, r1, w1 in places_in_run(f1):
        for o2, n2, c2, r2, w2 in places_in_run(f2):
            if (n1, c1, r1) == (n2, c2, r2) and o1 != o2:
                return w1, w2, w1.split()[1]
    return None
