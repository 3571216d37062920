"""How long one decision runs, told with two lengths by two articles (issue 15; conflict53).

"The freeze covers one year, the board said in a statement." / "The freeze covers the next two academic years, the
board's chair says.": a length of time gives no quantity the count rules compare ("one year" is read as no
count), so the two were judged none (similarity 0.37). Here a claim's length is read on its own: "the <noun>"
(or "<noun>") right before a verb of running (lang.LENGTH_VERBS_RE: "covers", "will last", "runs for"), then "the
next/first/coming" at most, a number (digits or a spelled cardinal below twenty), at most one word ("academic"),
and "year(s)" or "month(s)" (lang.LENGTH_UNIT_MONTHS). Two articles' lengths of the same noun (its stem) conflict
when the months differ; "one year" / "12 months" agree; two nouns (the freeze / the contract), a names clash, a
negation or one article are not compared.
"""

from __future__ import annotations

import re

from .. import lang
from .classify import Judgment
from .pairs import STOP, Features, names_clash, stem

__all__ = ["length_conflicts", "length_of"]

_NUM = r"(?P<n>\d{1,3}|" + "|".join(sorted(lang.NUMBER_UNITS, key=len, reverse=True)) + r")"
_LENGTH = re.compile(r"\b(?P<noun>[A-Za-z][a-z-]+)\s+" + lang.LENGTH_VERBS_RE + r"\s+(?:the\s+(?:next|first|coming)\s+)?"
                     + _NUM + r"\s+(?:[a-z-]+\s+)?(?P<unit>" + "|".join(lang.LENGTH_UNIT_MONTHS) + r")\b", re.I)
_NEG = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.I)


def length_of(f: Features) -> tuple[str, int, str] | None:
    """(the noun's stem, the length in months, the length as written) of the claim's one length, or None."""
    found = list(_LENGTH.finditer(f.claim.text))
    if len(found) != 1 or _NEG.search(f.claim.text):
        return None
    m = found[0]
    noun = m.group("noun").lower()
    if noun in STOP:
        return None
    n = m.group("n").lower()
    value = int(n) if n.isdigit() else lang.NUMBER_UNITS[n]
    return stem(noun), value * lang.LENGTH_UNIT_MONTHS[m.group("unit").lower()], f.claim.text[m.start("n"):m.end()]


def length_conflicts(feats, taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """Pairs of claims of two articles giving one thing's length two values (module doc); `taken`: pairs judged."""
    told = [(f, d) for f in feats if (d := length_of(f)) is not None]
    out = []
    for x in range(len(told)):
        f1, (n1, m1, w1) = told[x]
        for f2, (n2, m2, w2) in told[x + 1:]:
            if f1.article == f2.article or f1.sha == f2.sha or n1 != n2 or m1 == m2:
                continue
            if tuple(sorted((f1.index, f2.index))) in taken or names_clash(f1, f2):
                continue
            out.append((f1, f2, Judgment("assertion", f"{f1.source}: {w1}; {f2.source}: {w2}", about="how long",
                                         values=(w1, w2))))
    return out
