"""An act another article says cannot happen for a time, told by one to happen sooner (issue 15; digest55).

"The council said they would not be able to return home for at least six months." / "She told the court ... that
residents could return within eight weeks.": lengths.duration_of reads the second ("<noun> <modal> <verb> within
<duration>": residents, return, at most 56 days) but not the first, whose negation it skips; `latest_of` reads
the second the same way, one word after the verb allowed ("could move back within six weeks"). Here a negated act
with a lower bound ("<noun> <modal> not [be able to] <verb> [one or two words] for at least <duration>") is the
act's earliest time (return: 180 days at the earliest). The two conflict when the other article's latest time for
the same verb (its stem) comes before it, a rounding between units aside (measured.UNIT_TOLERANCE). The subject is
the same noun, or a subject pronoun on one side ("they" for the residents named elsewhere); two nouns ("the
road" / "the bridge") are two acts. Not one article (within-article disputes are disputes.py's), not a names
clash, not "for about six months" (no bound).
"""

from __future__ import annotations

import re

from .. import lang
from .classify import Judgment
from .measured import UNIT_TOLERANCE
from .pairs import STOP, Features, names_clash, stem

__all__ = ["earliest_of", "latest_of", "not_before_conflicts"]

_NUM = r"(?P<n>\d{1,3}|" + "|".join(sorted(lang.NUMBER_UNITS, key=len, reverse=True)) + r")"
_NOT_FOR = re.compile(r"\b(?P<noun>[a-z][a-z-]+)\s+(?:" + lang.DURATION_MODALS_RE + r")\s+not\s+(?:be\s+able\s+to\s+)?"
                      r"(?P<verb>[a-z]+)\b(?:\s+[a-z]+){0,2}\s+for\s+(?:" + lang.DURATION_LOWER_BOUNDS_RE + r")\s+"
                      + _NUM + r"\s+(?P<unit>" + "|".join(lang.DURATION_UNIT_DAYS) + r")\b", re.I)
_BY = re.compile(r"\b(?P<noun>[a-z][a-z-]+)\s+(?:" + lang.DURATION_MODALS_RE + r")\s+(?P<verb>[a-z]+)(?:\s+[a-z]+)?\s+(?:"
                 + lang.DURATION_UPPER_BOUNDS_RE + r")\s+" + _NUM + r"\s+(?P<unit>" + "|".join(lang.DURATION_UNIT_DAYS) + r")\b", re.I)
_NEG = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.I)
_CLAUSE_BREAK = re.compile(r"[;,]|\b(?:and|but)\b")
_PRONOUNS = frozenset(lang.SUBJECT_PRONOUNS)


def _days(m: re.Match) -> float:
    n = m.group("n").lower()
    return (int(n) if n.isdigit() else lang.NUMBER_UNITS[n]) * lang.DURATION_UNIT_DAYS[m.group("unit").lower()]


def latest_of(f: Features) -> tuple[str, str, float, str] | None:
    """(the subject's stem, the verb's stem, the most days, the bound as written) of the claim's one act with an
    upper bound ("tenants could move back within six weeks": one word after the verb allowed), or None; not
    negated in its clause."""
    found = list(_BY.finditer(f.claim.text))
    if len(found) != 1:
        return None
    m = found[0]
    if _NEG.search(_CLAUSE_BREAK.split(f.claim.text[:m.start()])[-1] + m.group(0)):
        return None
    noun, verb = m.group("noun").lower(), m.group("verb").lower()
    if noun in STOP or verb in STOP:
        return None
    return stem(noun), stem(verb), _days(m), f.claim.text[m.end("verb"):m.end()].strip()


def earliest_of(f: Features) -> tuple[str, str, float, str] | None:
    """(the subject's stem or the pronoun, the verb's stem, the fewest days, the bound as written) of the claim's
    one negated act with a lower bound, or None (module doc)."""
    found = list(_NOT_FOR.finditer(f.claim.text))
    if len(found) != 1:
        return None
    m = found[0]
    noun, verb = m.group("noun").lower(), m.group("verb").lower()
    if verb in STOP or (noun in STOP and noun not in _PRONOUNS):
        return None
    return (noun if noun in _PRONOUNS else stem(noun)), stem(verb), _days(m), "not for " + f.claim.text[m.end("verb"):m.end()].split(" for ", 1)[-1]


def not_before_conflicts(feats, taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """Pairs of claims of two articles: an act not possible for at least one time, and the same act within a
    shorter one (module doc); `taken`: pairs judged (a set, or the streamed digest's table: `in` only)."""
    early = [(f, e) for f in feats if (e := earliest_of(f)) is not None]
    if not early:
        return []
    late = [(f, d) for f in feats if (d := latest_of(f)) is not None]
    out = []
    for f1, (n1, v1, lo, w1) in early:
        for f2, (n2, v2, hi, w2) in late:
            if f1.article == f2.article or f1.sha == f2.sha or v1 != v2:
                continue
            if n1 != n2 and n1 not in _PRONOUNS and n2 not in _PRONOUNS:
                continue
            if hi * (1 + UNIT_TOLERANCE) >= lo:
                continue
            if tuple(sorted((f1.index, f2.index))) in taken or names_clash(f1, f2):
                continue
            out.append((f1, f2, Judgment("assertion", f"{f1.source}: {w1}; {f2.source}: {w2}", about="how long",
                                         values=(w1, w2))))
    return out
