"""A denial against an admission reported of the same person (issue 15; digest44).

"<Name> denied knowingly taking any banned substance" / "According to the agency, <Name> has
admitted taking <the drug>"; "<Name> denied taking any money" / "<Name> has admitted moving the
money": one claim has the person deny an act (a gerund after "denied"), another (from another
source) has the same person admit it ("admitted", "has admitted", "admitted to"). The act is one
when the gerunds share a sense or the words after them share a content word. No pair when either
verb is negated ("did not deny", "has not admitted") or the two claims come from one side.
"""

from __future__ import annotations

import re

from .pairs import STOP, Features, negator, stem
from .senses import sense

__all__ = ["admission_clash"]

_GERUND = r"(?:to\s+)?(?:[a-z]+ly\s+)?([a-z]+ing)\b((?:\s+[\w'’-]+){0,6})"
_DENIED = re.compile(r"\b([A-Z][\w'’-]+)\s+(?:(?:has|had)\s+)?denied\s+" + _GERUND)
_ADMITTED = re.compile(r"\b([A-Z][\w'’-]+)\s+(?:(?:has|had)\s+)?admitted\s+" + _GERUND)


def _acts(f: Features, rx: re.Pattern) -> list[tuple[str, str, frozenset[str]]]:
    """(name, gerund's sense, content stems after it) for each act the claim's name denies or admits."""
    out = []
    for m in rx.finditer(f.claim.text):
        before = f.claim.text[:m.start()].lower().split()[-2:]
        if any(negator(w) for w in before) or m.group(1).lower() not in f.mentions:
            continue
        words = frozenset(stem(w) for w in re.findall(r"[a-z]+", m.group(3).lower()) if len(w) >= 4 and w not in STOP)
        out.append((m.group(1).lower(), sense(m.group(2).lower(), stem), words))
    return out


def admission_clash(f1: Features, f2: Features) -> tuple[Features, Features, str] | None:
    """(the denying claim, the admitting claim, the name) when one denies what the other says the
    same person admitted (module doc), else None."""
    for n, a in ((f1, f2), (f2, f1)):
        for name, act, words in _acts(n, _DENIED):
            for name2, act2, words2 in _acts(a, _ADMITTED):
                if name == name2 and (act == act2 or words & words2):
                    return n, a, name
    return None
