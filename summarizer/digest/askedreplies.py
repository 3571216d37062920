"""A reply to a question about a record, inside one article (issue 15; within52): "Asked about the
rotas, the trust's director, <Name>, said every theatre had been open ..." answers the claim whose
source is that record ("Three of the 11 theatres have stood empty ..., according to rotas seen by
the <Paper>"), however far back. The link is the noun asked about, the head of the earlier claim's
source (in its first SOURCE_HEAD_WORDS words); the first claim told from that record (its main
finding) is the one answered (`asked_reply`); the reply must gainsay (a negator or a word of every case, lang.GAINSAYING_WORDS)
and answer something (lang.NON_ANSWER_RE: "declined to comment", "had not seen it" answer nothing).

Near misses: a reply that adds to the record ("said the trust was hiring nurses"); one that answers
nothing; a question about a thing no earlier source is ("Asked about the next meeting" after "two
people familiar with the meeting"); the reply of the record's own side.
"""

from __future__ import annotations

import re

from .. import lang
from ..schema import ARTICLE_VOICE
from .classify import Judgment
from .figureclash import other_side
from .pairs import Features

__all__ = ["asked_replies", "asked_reply"]

_ASKED = re.compile(lang.ASKED_ABOUT_RE, re.I)
_NON_ANSWER = re.compile(lang.NON_ANSWER_RE, re.I)
_GAINSAYS = re.compile(r"(?:\b(?:" + "|".join(w for w in lang.GAINSAYING_WORDS if w.isalpha()) + r")\b|n['’]t\b)", re.I)
_WORD = re.compile(r"[a-z]+")
#: How many first words of a source may hold the noun asked about ("an internal memo seen by ...").
SOURCE_HEAD_WORDS = 3


def asked_reply(fs: list[Features], i: int, taken=frozenset()) -> tuple[Features, Features, Judgment] | None:
    """Claim `i` answers a question about the record an earlier claim's source is, and gainsays it."""
    y = fs[i]
    m = _ASKED.search(y.claim.text)
    if m is None or "?" in y.claim.text:
        return None
    answer = y.claim.text[m.end():]
    if not _GAINSAYS.search(answer) or _NON_ANSWER.search(answer):
        return None
    noun = m.group("noun").lower()
    x = told_from(fs[:i], noun)
    if x is None or not other_side(x, y) or "?" in x.claim.text or tuple(sorted((x.index, y.index))) in taken:
        return None
    return x, y, Judgment("assertion", f"in one article, {y.source} answers {x.source}", about=noun)


def told_from(earlier: list[Features], noun: str) -> Features | None:
    """The record as a whole: the first claim told from it (its main finding), `noun` the head of its source ("rotas
    seen by the <Paper>", "an internal memo"; not "two people familiar with the meeting"), or None. Also
    continued.record_disputed ("<Name> disputed the log")."""
    return next((x for x in earlier if x.source != ARTICLE_VOICE
                 and noun in _WORD.findall(x.source.lower())[:SOURCE_HEAD_WORDS]), None)


def asked_replies(fs: list[Features], taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """Every such reply in one article's claims (text order), the record's claim first."""
    return [found for i in range(1, len(fs)) if (found := asked_reply(fs, i, taken)) is not None]
