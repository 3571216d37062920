"""A rebuttal told in two sentences, inside one article (issue 15; within53).

News often tells one reply in two sentences: a short rejection, then what the speaker says instead
("<Name> rejected that account. She said no one was told to ignore the alarm ..."; "The
university denies this. It says no post will be cut."), or the speaker's act told in the article's
voice, then the words ("The hospital's director, <Name>, disputed the log. He said no ambulance was
turned away ..."). The pair rules find one of the two sentences; a reader (and the gold) may point
at either. Here:

* `record_disputed`: "<who> disputed / rejected / denied / challenged the <record>" where the record
  heads an earlier claim's source ("a dispatch log obtained by the <Paper>": the first claim told
  from it) answers that claim;
* `continued_rebuttals`: for each rejecting pair (account, reply) already found, the reply's
  neighbour by the same speaker (the next sentence, or the one just before that is no nearer the
  account) that gainsays (a negator: "She said no one was told ...") or denies by a pointer ("The
  university denies this.") is a side of the same dispute; the reason rejects, so
  onedispute.one_conflict_per_dispute shows both sentences as one conflict of three sides.

Near misses: a neighbour of the same speaker that gainsays nothing ("She said the company was
cooperating with investigators"), or gainsays another matter (no content word of the account:
"<Name> said that no decision had been taken on an appeal"); one that answers nothing ("He said he had not seen the log");
a neighbour of another speaker; a record no earlier claim is told from ("disputed the forecast");
the record's own side disputing it.
"""

from __future__ import annotations

import re

from .. import lang
from ..schema import ARTICLE_VOICE
from .classify import Judgment
from .askedreplies import told_from
from .figureclash import other_side
from .pairs import STOP, Features, source_words, stem

__all__ = ["continued_rebuttals", "record_disputed", "record_disputes"]

_REJECTS = re.compile(r"\b(?:" + lang.REJECTING_REASON_RE + r")\b")
_NON_ANSWER = re.compile(lang.NON_ANSWER_RE, re.I)
_POINTER = re.compile(r"^\W*" + lang.POINTER_DENIAL_RE + r"\W*$", re.I)
_GAINSAYS = re.compile(r"(?:\b(?:" + "|".join(lang.GAINSAYING_NEGATORS) + r")\b|n['’]t\b)", re.I)
_DISPUTED = re.compile(r"^(?P<who>[^.;:\"“”]{3,160}?),?\s+(?:flatly\s+|strongly\s+)?(?:" + "|".join(lang.RECORD_DISPUTE_VERBS)
                       + r")\s+(?:the|th[oe]se|th[ia][st])\s+(?:(?:" + "|".join(lang.READING_NOUNS) + r")\s+of\s+the\s+)?"
                       r"(?P<noun>[a-z]{3,})(?:\s+(?:on|last|this)\s+[A-Za-z]+)?\s*[.,;]", re.I)
_WORD = re.compile(r"[a-z]+")


def record_disputed(fs: list[Features], i: int, taken=frozenset()) -> tuple[Features, Features, Judgment] | None:
    """Claim `i` disputes a record an earlier claim is told from ("disputed the log")."""
    y = fs[i]
    m = _DISPUTED.search(y.claim.text)
    if m is None or "?" in y.claim.text:
        return None
    noun = m.group("noun").lower()
    x = told_from(fs[:i], noun)  # the record as a whole: the first claim told from it (askedreplies)
    if x is None or "?" in x.claim.text or tuple(sorted((x.index, y.index))) in taken \
            or x.claim.certainty in ("denied", "negated") or noun in _WORD.findall(y.source.lower()):
        return None
    who = y.source if y.source != ARTICLE_VOICE else " ".join(m.group("who").split())
    return x, y, Judgment("assertion", f"in one article, {who} rebuts {x.source}", about=noun)


def _speaker(r: Features, n: Features) -> bool:
    """`n` is told by the speaker of `r`: the same source, or `r` (the article's voice) names it."""
    if n.source == ARTICLE_VOICE:
        return False
    if n.source == r.source:
        return True
    return r.source == ARTICLE_VOICE and n.source.split()[-1].lower() in _WORD.findall(r.claim.text.lower())


_RISE, _FALL = frozenset(lang.NUMBER_RISE_VERBS), frozenset(lang.NUMBER_FALL_VERBS)


def _reversed(account: Features, n: Features) -> bool:
    """One tells a rise, the other a fall, neither both ("have fallen 30 percent" / "rose")."""
    a, b = set(_WORD.findall(account.low)), set(_WORD.findall(n.low))
    return any(p & a and q & b and not (q & a or p & b) for p, q in ((_RISE, _FALL), (_FALL, _RISE)))


def _gainsays(n: Features, account: Features) -> bool:
    """`n` gainsays: a pointer denial, a negation, or the account's trend told the other way ("visits
    have fallen 30 percent" / "It says visits rose in each of the last two years")."""
    text = n.claim.text
    if "?" in text or _NON_ANSWER.search(text):
        return False
    return bool(_POINTER.search(text)) or (n.claim.certainty in ("negated", "denied") and bool(_GAINSAYS.search(text))) \
        or _reversed(account, n)


def _about_it(account: Features, n: Features) -> bool:
    """`n` speaks of the account's matter: a content word of the account (its sources' names aside)
    in `n` ("the wind alarm" / "ignore the alarm"); "no decision had been taken on an appeal"
    after a rebuttal of a letter's date speaks of another matter."""
    names = {stem(w) for w in source_words(account.source) | source_words(n.source)}
    return any(len(w) >= 4 and w not in STOP for w in (account.words & n.words) - names)


def continued_rebuttals(fs: list[Features], found, taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """For each rejecting pair of `found` (claims of `fs`), the reply's neighbour that carries on the
    reply: (account, neighbour, judgment)."""
    pos = {f.index: k for k, f in enumerate(fs)}
    have = {frozenset((x.index, y.index)) for x, y, _ in found}
    out = []
    for x, r, jd in found:
        if not _REJECTS.search(jd.reason) or x.index not in pos or r.index not in pos:
            continue
        a, b = sorted((pos[x.index], pos[r.index]))
        account, reply = fs[a], fs[b]
        if reply is not r:
            continue  # the rebuttal told first ("denies X, which <Name> had said"): nothing carries on
        for k in (b + 1, b - 1):
            if not a < k < len(fs):
                continue
            n = fs[k]
            key = frozenset((account.index, n.index))
            if key in have or tuple(sorted(key)) in taken or not _speaker(r, n) or not other_side(account, n) \
                    or not _gainsays(n, account) or not (_POINTER.search(n.claim.text) or _about_it(account, n)):
                continue
            have.add(key)
            out.append((account, n, Judgment("assertion", f"in one article, {n.source} rejects {account.source}",
                                             about=jd.about)))
    return out


def record_disputes(fs: list[Features], taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """Every record disputed in one article's claims (text order), the record's claim first."""
    return [found for i in range(1, len(fs)) if (found := record_disputed(fs, i, taken)) is not None]
