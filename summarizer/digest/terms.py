"""Cross-article alignment: one prison term told with two lengths (issue 15, digest46).

Court news gives the term a defendant was sentenced to in a few shapes: "was sentenced to eight
years in prison", "jailed for eight years", "will spend seven years behind bars", "a six-year
sentence". Two articles that give the term two lengths disagree on a number, though counts.py
reads no shared counted thing ("prison" / "seven years"). Only a term as given is read: a
maximum, a term faced or asked for ("faces up to 20 years", "prosecutors sought 12 years":
lang.PRISON_TERM_OTHER_WORDS) is another figure; a claim with two terms ("eight years, five of
them suspended") is not read; two claims opening with two names tell two defendants; claims dated
apart tell two sentences; and the two claims share two words besides numbers and the term's.

`terms(f)`: the prison terms (years) the claim gives; `term_clash(f1, f2)`: (years in f1, years
in f2) when each gives one term and they differ, or None.
"""

from __future__ import annotations

import re

from .. import lang
from ..rules import numbers
from .pairs import Features, stem

__all__ = ["term_clash", "terms"]

_BEFORE = re.compile(lang.PRISON_TERM_BEFORE_RE, re.I)
_AFTER = re.compile(lang.PRISON_TERM_AFTER_RE, re.I)


def terms(f: Features) -> list[float]:
    """The lengths in years of the prison terms the claim gives, in text order."""
    text, out = f.claim.text, []
    for n in numbers(text, words=True):
        head, tail = text[:n.start], text[n.end:]
        if not (_AFTER.match(tail) or (_BEFORE.search(head) and re.match(r"\s+years?\b", tail))):
            continue
        if any(w in lang.PRISON_TERM_OTHER_WORDS for w in re.findall(r"[a-z]+", head.lower())[-4:]):
            continue  # "faces up to 20 years in prison", "prosecutors had sought 12 years"
        if 0 < n.value <= 100:
            out.append(n.value)
    return out


def term_clash(f1: Features, f2: Features) -> tuple[float, float] | None:
    """(years, years): the one term each claim gives, when they differ and neither claim holds the
    other's number; None when either gives none or two, when both open with names and none alike (two
    defendants), when the claims are dated apart (counts.dated_apart), or when they share
    fewer than two words besides numbers and the term's words."""
    from .counts import dated_apart  # noqa: PLC0415 (counts imports most of the digest's number readers)
    t1, t2 = terms(f1), terms(f2)
    if len(t1) != 1 or len(t2) != 1 or t1 == t2 or t2[0] in f1.values or t1[0] in f2.values:
        return None
    s1, s2 = _subject(f1), _subject(f2)
    if (s1 and s2 and not s1 & s2) or dated_apart(f1, f2):
        return None  # "Lena Ortiz was jailed for six years" / "Tom Beck was jailed for four years"
    # ... and one case: two words alike besides the numbers and the term's own words
    shared = {w for w in f1.words & f2.words if not w.startswith("#")} - _TERM_WORDS
    return (t1[0], t2[0]) if len(shared) >= 2 else None


def _subject(f: Features) -> set[str]:
    """The name the claim opens with ("Anton Varga, the owner of ..." -> {"anton", "varga"}), lower case;
    empty when it opens otherwise ("A building contractor was sentenced ...", "The man whose ...")."""
    m = _OPENING_NAME.match(f.claim.text)
    return {w.lower() for w in m.group(0).split()} if m else set()


_OPENING_NAME = re.compile(r"(?!(?:" + "|".join(lang.OPENING_DETERMINERS) + r")\b)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}")
_TERM_WORDS = frozenset(stem(w) for w in lang.PRISON_TERM_WORDS)
