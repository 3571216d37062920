"""A later account correcting an earlier report by name of its words (issue 15; the lead, session 26).

"The blaze began in the main hall, not in a storage shed as first reported." corrects every claim
that puts the blaze in a storage shed, in any article and whoever tells it: news prose marks such a
correction with "not <the earlier words> as (first | initially | earlier | previously | originally)
reported" (or "thought", "stated", "believed", "said"), or names the earlier account's source ("was last
inspected in March 2021, not in May 2024 as the council has said"; a year is one of the corrected words). The correction is paired with a claim, of
any source (a fire service correcting its own chief's first account too), that holds every content word of the corrected phrase and is not itself negated there
and shares one more word with the correction, by sense ("blaze" / "fire"): the same event (classify's
negation rules need a close similarity, which a sentence telling the correct version and the earlier
one in passing does not reach).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lang
from .pairs import STOP, Features, stem
from .senses import sense

__all__ = ["first_report_clash"]

#: "not <phrase> as first reported": group 1 the corrected phrase (at most eight words).
_CORRECTED = re.compile(r"\bnot\s+((?:[\w'’-]+\s+){0,7}?[\w'’-]+),?\s+as\s+(?:" + lang.FIRST_REPORT_ADVERBS_RE
                        + r")\s+(?:" + lang.FIRST_REPORT_VERBS_RE + r")\b", re.I)
#: "not <phrase> as <the council> has said": the earlier account named by its source (digest47); no comma
#: before "as" ("was not inspected in May, as the council has said" agrees with the council).
_CORRECTED_BY = re.compile(r"\bnot\s+((?:[\w'’-]+\s+){0,7}?[\w'’-]+)\s+as\s+(?:[\w'’-]+\s+){1,4}?(?:has\s+|had\s+)?(?:"
                           + lang.FIRST_REPORT_VERBS_RE + r")\b", re.I)
_TOKS = re.compile(r"[a-z][a-z'’-]*")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _senses(text: str) -> set[str]:
    """The text's content words by sense ("blaze" and "fire" one)."""
    return {sense(w, stem) for w in _TOKS.findall(text.lower()) if len(w) >= 3 and w not in STOP}


@lru_cache(maxsize=4096)
def _corrected_in(text: str) -> tuple[str, frozenset[str]] | None:
    m = _CORRECTED.search(text) or _CORRECTED_BY.search(text)
    if m is None:
        return None
    words = frozenset(stem(w) for w in _TOKS.findall(m.group(1).lower()) if len(w) >= 3 and w not in STOP
                      and w not in lang.PREPOSITIONS) | {"#" + y for y in _YEAR.findall(m.group(1))}
    return (m.group(1), words) if words else None


def corrected_phrase(f: Features) -> tuple[str, frozenset[str]] | None:
    """The phrase the claim says was reported wrongly, and its content stems; None if it says none
    (read once per claim text: classify asks for every candidate pair)."""
    return _corrected_in(f.claim.text)


def first_report_clash(f1: Features, f2: Features) -> tuple[Features, Features, str] | None:
    """(correcting claim, corrected claim, the corrected phrase) when one claim corrects the
    other's words, else None."""
    for a, b in ((f1, f2), (f2, f1)):
        found = corrected_phrase(a)
        if found is None or corrected_phrase(b) is not None:
            continue
        phrase, words = found
        if not words <= b.words:
            continue
        shared = (_senses(a.claim.text) - _senses(phrase)) & _senses(b.claim.text)
        if shared and not re.search(r"\bnot\s+(?:[\w'’-]+\s+){0,3}" + re.escape(phrase.split()[0]), b.claim.text, re.I):
            return a, b, phrase
    return None
