"""Disputes inside one article answered by a short reply (issue 15; within47): a named source
answers the account another side gave just before, in set words that name nothing of it:

* it cannot be done, by a pronoun for it (lang.INABILITY_REPLY_RE): "Now they're saying I can do
  it with an order," the governor said. ... "You obviously cannot do that," <Name> said. The
  answered claim says "can" or "could" and a verb, not negated (lang.ABILITY_RE);
* nothing has been decided (lang.UNDECIDED_REPLY_RE): "The union said the plant would be shut next
  year. 'No decision has been made about any site,' a company spokesman said." The answered
  claim tells an act to come, not negated (lang.FUTURE_ACT_RE); a reply that names its own
  matter ("no decision has been made on the budget") must share a content word with it;
* the thing worked as it should (lang.WORKED_RE, not negated): "<Name> cited problems with a
  ballot scanner. The clerk said the scanner had been checked and worked properly." The answered
  claim names a fault (lang.FAULT_WORDS, not negated) and shares a content word with the reply.

The answered claim is the nearest earlier one (WITHIN_REACH claims back at most; a generic
undecided reply: REPLY_GENERIC_REACH) of another side that fits; not a question, not a part of the
reply. Two sources who add to each other ("the plant will close"; "no jobs will be lost in
sales") use none of these words, and a reply of the same side answers no one.
"""

from __future__ import annotations

import re

from .. import lang, thresholds
from ..schema import ARTICLE_VOICE
from .classify import Judgment, part_of, side_of
from .pairs import STOP, Features, negator, same_source, source_words, stem
from .predicates import shared_about

__all__ = ["replies", "reply_kind"]

_INABLE = re.compile(lang.INABILITY_REPLY_RE, re.I)
_ABLE = re.compile(lang.ABILITY_RE, re.I)
_UNDECIDED = re.compile(lang.UNDECIDED_REPLY_RE, re.I)
_FUTURE = re.compile(lang.FUTURE_ACT_RE, re.I)
_WORKED = re.compile(lang.WORKED_RE, re.I)
_FAULT = re.compile(r"\b(?:" + "|".join(lang.FAULT_WORDS) + r")\b", re.I)
_QUESTION = re.compile(r"\?\s*[”\"]?\s*$")
_TOKS = re.compile(r"[a-z]+(?:['’][a-z]+)?")
#: The most claims back an undecided reply that names no matter of its own reaches ("No decision
#: has been made," he said): the account right before, or one clause further.
REPLY_GENERIC_REACH = 2
#: The fewest content words an inability reply's paraphrase shares with the claim that it can be done.
CARRIED_SHARED = 2
_CANNOT = re.compile(lang.CANNOT_VERB_RE, re.I)
#: The words of the set replies themselves, not a matter they share with the account.
_REPLY_WORDS = frozenset(stem(w) for w in lang.REPLY_SET_WORDS)


def _negated_before(text: str, start: int, reach: int = 3) -> bool:
    """A negator among the `reach` words before character `start` ("had not worked properly")."""
    return any(negator(t) for t in _TOKS.findall(text[:start].lower())[-reach:])


def reply_kind(f: Features) -> str | None:
    """"inable", "undecided" or "worked" when the claim is such a reply by a named source, else None."""
    if f.source == ARTICLE_VOICE or _QUESTION.search(f.claim.text):
        return None
    text = f.claim.text
    if _INABLE.search(text):
        return "inable"
    if _UNDECIDED.search(text):
        return "undecided"
    m = _WORKED.search(text)
    if m is not None and not _negated_before(text, m.start()):
        return "worked"
    return None


def _own_matter(r: Features) -> set[str]:
    """The content words of the matter the undecided reply names, up to the end of its clause
    ("about any site" -> {"site"}), besides the set words."""
    m = _UNDECIDED.search(r.claim.text)
    tail = re.split(r"[,.;:“”\"]", r.claim.text[m.end():], maxsplit=1)[0] if m else ""
    return {stem(t) for t in _TOKS.findall(tail.lower()) if len(t) > 3} - _REPLY_WORDS - STOP


def _answers(kind: str, g: Features, r: Features, back: int) -> bool:
    """Whether `g`, `back` claims before the reply `r`, is the account the reply answers."""
    text = g.claim.text
    shared = (g.words & r.words) - _REPLY_WORDS - source_words(g.source) - source_words(r.source)
    if kind == "inable":
        return any(not _negated_before(text, m.start(), 2) for m in _ABLE.finditer(text))
    if kind == "undecided":
        if g.negated or not any(not _negated_before(text, m.start(), 2) for m in _FUTURE.finditer(text)):
            return False
        return bool(shared) or (len(_own_matter(r)) <= 1 and back <= REPLY_GENERIC_REACH)
    return bool(shared) and any(not _negated_before(text, m.start()) for m in _FAULT.finditer(text))


def _other_side(g: Features, r: Features) -> bool:
    return not (g.source == r.source or same_source(g, r) or (g.source != ARTICLE_VOICE and side_of(g.source) == side_of(r.source)))


def reply(fs: list[Features], i: int, taken=frozenset()) -> tuple[Features, Features, Judgment] | None:
    """Claim `i` of one article (in text order) answers the account of another side before it:
    (the account, the reply, judgment), or None."""
    r = fs[i]
    kind = reply_kind(r)
    if kind is None:
        return None
    for back, g in enumerate(reversed(fs[max(0, i - thresholds.WITHIN_REACH):i]), start=1):
        if part_of(g, r) or not _other_side(g, r) or _QUESTION.search(g.claim.text) \
                or tuple(sorted((g.index, r.index))) in taken:
            continue
        if _answers(kind, g, r, back):
            told = {"inable": "says it cannot be done", "undecided": "says nothing has been decided",
                    "worked": "says it worked"}[kind]
            return g, r, Judgment("assertion", f"in one article, {r.source} {told}, against {g.source}",
                                  about=shared_about(g, r, source_words(g.source) | source_words(r.source)))
    return _carried(fs, i, taken) if kind == "inable" else None


def _carried(fs: list[Features], i: int, taken) -> tuple[Features, Features, Judgment] | None:
    """An inability reply right after its speaker's own paraphrase of it ("<Name> said the mayor
    cannot close the park by decree. 'You obviously cannot do that,' <Name> said."): the account
    it answers is a claim of another side anywhere in the article saying it can (the modal the
    paraphrase negates: "can", not "could", which only supposes), sharing CARRIED_SHARED content
    words or more with the paraphrase (the reply itself names nothing)."""
    r = fs[i]
    carrier = next((g for g in reversed(fs[max(0, i - REPLY_GENERIC_REACH):i])
                    if not _other_side(g, r) and _CANNOT.search(g.claim.text)), None)
    if carrier is None:
        return None
    speakers = source_words(r.source)
    # the modal the paraphrase negates: "cannot" answers "can", "could not" answers "could"
    modal = "could" if _CANNOT.search(carrier.claim.text).group(0).lower().startswith("could") else "can"
    best = None
    for j, g in enumerate(fs):
        if j == i or g is carrier or not _other_side(g, r) or not _other_side(g, carrier) \
                or _QUESTION.search(g.claim.text) or tuple(sorted((g.index, r.index))) in taken:
            continue
        shared = (g.words & carrier.words) - speakers - source_words(g.source) - source_words(carrier.source)
        if len(shared) >= CARRIED_SHARED and any(not _negated_before(g.claim.text, m.start(), 2) and m.group(0).lower().startswith(modal + " ")
                                                 for m in _ABLE.finditer(g.claim.text)):
            if best is None or abs(j - i) < best[0]:
                best = (abs(j - i), g)
    if best is None:
        return None
    g = best[1]
    pair = (g, r) if g.claim.evidence.start < r.claim.evidence.start else (r, g)
    return pair[0], pair[1], Judgment("assertion", f"in one article, {r.source} says it cannot be done, against {g.source}",
                                      about=shared_about(g, carrier, speakers | source_words(g.source)))


def replies(fs: list[Features], taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """Every such reply in one article's claims (in text order)."""
    return [found for i in range(1, len(fs)) if (found := reply(fs, i, taken)) is not None]
