"""A series of subjects before a cue (session 9, left10; issue 12): "Residents, business owners and
two council members said ...", "Firefighters, paramedics and volunteers said ...", "Two players, an
assistant coach and the team's trainer said ...". subjects.subject_left reads a subject leftwards
and stops at a comma; a comma inside such a series is no clause boundary: the whole series speaks.

A comma is inside a series when what follows it up to the cue is a short run of words holding the
final "and"/"or", and what precedes it back to the clause's start is one short noun phrase: a plural
noun, a noun of a person, or a name at its end; no preposition, subordinator, adverb or time word at
its start ("On Monday, residents and officials said" is an opener and a subject; "The bridge
collapsed, residents and officials said" is content and a subject: "collapsed" ends no noun phrase).
Also a person with a relative named in apposition (`kin_pair`: "Tom Reyes and his wife, Ana,
said"). Not read: two nouns of people after a comma before a final cue ("..., residents and
officials said."): tried, it lowered PolNeAR B's balanced accuracy 0.826 -> 0.825.
"""

from __future__ import annotations

import re

from .. import lang
from .text import Tok

#: At most this many words in one item of the series, and in all the items after a comma.
_ITEM_WORDS, _TAIL_WORDS = 5, 12


def _noun_phrase_end(t: Tok) -> bool:
    w = t.low
    return (t.text[:1].isupper() and w not in lang.WEEKDAYS and w not in lang.MONTHS or w in lang.PERSON_NOUNS
            or w in lang.ORG_HEADS or len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")))


def series_comma(toks: list[Tok], lo: int, k: int, j: int) -> bool:
    """Token k (a comma) separates items of a series of subjects that ends at token j, right
    before the cue; the series starts at or after token lo."""
    tail = toks[k + 1:j + 1]
    if not tail or toks[j].text == "," or len(tail) > _TAIL_WORDS:
        return False
    if not any(t.low in ("and", "or") for t in tail) or any(t.text in ";:()“”\"" or t.low in lang.AUXILIARY_VERBS for t in tail):
        return False
    x = k - 1
    while x >= lo and toks[x].text != ",":
        x -= 1
    item = toks[x + 1:k]
    if not item or len([t for t in item if t.text != "."]) > _ITEM_WORDS or not _noun_phrase_end(item[-1]):  # ("No. 2": one word)
        return False
    if x >= lo and not series_comma(toks, lo, x, j):
        return False  # an opener before the series ("On Monday, residents and officials said")
    first = item[0].low
    return first not in lang.PREPOSITIONS and first not in lang.SUBORDINATORS and first not in lang.CLAUSE_WORDS \
        and first not in lang.LEADING_ADVERBIALS and first not in lang.INTRODUCTORY_WORDS and not first.endswith("ly") \
        and first not in lang.TIME_WORDS and first not in lang.WEEKDAYS and first not in lang.MONTHS \
        and not any(t.low.endswith("ed") and t.text.islower() for t in item) and item[0].text[:1].isalnum()


def series_before(toks: list[Tok], lo: int, k: int, j: int) -> int | None:
    """Token k is the series' final "and"/"or": the index of the nearest comma before it that
    opens the series' last items ("Residents, business owners and ..."), or None."""
    x = k - 1
    while x >= lo and k - x <= _ITEM_WORDS + 1:
        if toks[x].text == ",":
            return x if series_comma(toks, lo, x, j) else None
        x -= 1
    return None


#: "Tom Reyes and his wife, Ana," right before a cue: a person and a relative named in apposition.
_KIN_PAIR = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]+\s+and\s+(?:his|her|their)\s+(?:"
                       + "|".join(sorted(lang.KIN_NOUNS)) + r"),\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*,\s*$")


def kin_pair(text: str, lo: int, cue: int) -> tuple[int, int] | None:
    """The span of "Tom Reyes and his wife, Ana" when it ends, with a comma, right before the cue
    at `cue` (both speak, a couple a later "they" refers to), else None."""
    a = max(lo, cue - 120)
    m = _KIN_PAIR.search(text, a, cue)
    return (m.start(1), m.end(1)) if m else None
