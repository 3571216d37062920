"""Cross-article alignment: one thing's state told two ways (issue 15, conf11).

"The water department said the tap water is safe to drink" / "A residents' group said the tap
water is not safe to drink"; "... the budget is balanced" / "... is unbalanced"; "Turnout ... was
higher than in 2021" / "was lower"; "The bridge reopened to traffic" / "The bridge remains closed
to traffic". Each claim's states are read as (subject, predicate word, negated): a copula
(lang.COPULA_FORMS, "remains" too) with what stands before it back to a clause boundary as the
subject, and the first word after it (past "not", "never", "no longer" and the adverbs of
lang.STATE_ADVERBS) as the predicate; or a verb that tells a state (lang.STATE_VERBS: "reopened"
-> open). Two states clash when their subjects are one thing (the same head noun, the words
before the head of one within the other's) and their predicates cannot both hold: the same word
negated on one side only, or opposite words (lang.STATE_OPPOSITES, or a word and its negative
prefix: "effective" / "ineffective") on the same polarity.

Not read: a state after a modal other than "will" ("could be unsafe"), in a condition or an
embedded question ("whether the water is safe"), with a pronoun or a negative quantifier as its
subject ("it is safe", "no one was hurt"): the subject must name the thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lang
from .pairs import Features, stem

__all__ = ["State", "states", "state_clash", "states_apart"]

_TOK = re.compile(r"[a-z0-9][a-z0-9'’-]*|[,;:()“”\"]")
_COPULA = frozenset(lang.COPULA_FORMS)
_NEGATORS = frozenset({"not", "never", "n't", "no"})
_MODALS = lang.MODALS - {"will", "'ll", "’ll", "wo"}
_BOUNDARY = lang.STATE_SUBJECT_BOUNDARIES | frozenset(lang.REPORTING_VERBS) | lang.MODALS
_DETERMINERS = lang.DETERMINERS
_PRONOUNS = lang.PRONOUNS_NOT_NAMES | lang.SUBJECT_PRONOUNS
_NONE = frozenset({"no", "none", "nobody", "nothing", "neither", "few"})
_OPPOSITE = {}
for _pos, _neg in lang.STATE_OPPOSITES:
    for _w in _pos:
        _OPPOSITE.setdefault(_w, set()).update(_neg)
    for _w in _neg:
        _OPPOSITE.setdefault(_w, set()).update(_pos)
_AUX = lang.AUXILIARY_VERBS | lang.BE_FORMS


@dataclass(frozen=True)
class State:
    subject: tuple[str, ...]   # the subject's words, lower-cased, determiners dropped
    head: str                  # the subject's head noun (stem): the word before its first preposition
    word: str                  # the predicate word as written, lower-cased
    negated: bool

    def told(self) -> str:
        return " ".join(self.subject) + (" not " if self.negated else " ") + self.word


def _subject(toks: list[str], end: int) -> tuple[str, ...] | None:
    """The subject read back from token `end` (exclusive) to a boundary; None when it is a
    pronoun, a negative quantifier, hypothetical or governed by a hedging modal."""
    words: list[str] = []
    i = end - 1
    while i >= 0 and len(words) < 8:
        t = toks[i]
        if t in lang.STATE_UNASSERTED_OPENERS:
            return None
        if t in _MODALS:
            return None
        if not t[0].isalnum() or t in _BOUNDARY or t in _AUX or t in lang.STATE_ADVERBS:
            if words or t not in _AUX | {"will", "not"} | lang.STATE_ADVERBS:
                break
            i -= 1
            continue
        words.insert(0, t)
        i -= 1
    # a condition or an embedded question anywhere in the clause before ("even if there was proof
    # that Mr. Moore was guilty", "doubts about where he was born")
    for t in reversed(toks[max(0, i - 8):i + 1]):
        if t in lang.REPORTING_VERBS:
            break
        if t in lang.STATE_UNASSERTED_OPENERS or t in _MODALS:
            return None
    while words and words[0] in _DETERMINERS:
        words.pop(0)
    if not words or words[0] in _PRONOUNS or words[0] in _NONE or any(w in _NONE for w in words):
        return None
    return tuple(words)


def _head(subject: tuple[str, ...]) -> str:
    """The head noun: the last word before the first preposition ("the vote on the bill": vote)."""
    cut = next((k for k, w in enumerate(subject) if k and (w in lang.PREPOSITIONS or w in ("of", "to"))), len(subject))
    return stem(re.sub(r"['’]s$", "", subject[cut - 1]))


def states(f: Features) -> list[State]:
    """The states the claim tells (module doc), computed once per claim."""
    cached = getattr(f, "_states", None)
    if cached is not None:
        return cached
    toks = _TOK.findall(f.claim.text.lower())
    out = []
    for i, t in enumerate(toks):
        if t in _COPULA:
            j, neg = i + 1, False
            while j < len(toks) and (toks[j] in _NEGATORS or toks[j] in lang.STATE_ADVERBS or toks[j] in ("longer", "been", "be")):
                neg = neg or toks[j] in _NEGATORS
                j += 1
            if j >= len(toks) or not toks[j][0].isalpha() or toks[j] in _AUX:
                continue
            word, start = toks[j], i
            # "has not been reopened": the negation may stand before the copula
            k, hedged = i - 1, False
            while k >= 0 and toks[k] in _AUX | _NEGATORS | {"will"}:
                neg = neg or toks[k] in _NEGATORS
                hedged = hedged or toks[k] in _MODALS  # "could have been contaminated"
                k -= 1
            if hedged:
                continue
            start = k + 1
        elif t in lang.STATE_VERBS and i and toks[i - 1] not in _COPULA | _AUX | _NEGATORS | lang.STATE_ADVERBS:
            word, neg, start = lang.STATE_VERBS[t], False, i
        else:
            continue
        subject = _subject(toks, start)
        if subject:
            out.append(State(subject, _head(subject), lang.STATE_VERBS.get(word, word), neg))
    f._states = out
    return out


def _one_thing(a: State, b: State) -> bool:
    if a.head != b.head:
        return False
    short, long_ = sorted((a, b), key=lambda s: len(s.subject))
    mods = {stem(w) for w in short.subject[:short.subject.index(next(w for w in short.subject if stem(re.sub(r"['’]s$", "", w)) == short.head))]} \
        if any(stem(re.sub(r"['’]s$", "", w)) == short.head for w in short.subject) else set()
    return mods <= {stem(w) for w in long_.subject}


def opposite_words(w1: str, w2: str) -> bool:
    """Two predicate words that cannot both hold of one thing (module doc)."""
    if w2 in _OPPOSITE.get(w1, ()):
        return True
    for p in lang.NEGATIVE_PREFIXES:
        for a, b in ((w1, w2), (w2, w1)):
            if b.startswith(p) and b[len(p):] == a and len(a) >= 4:
                return True
    return False


def state_clash(f1: Features, f2: Features) -> tuple[State, State] | None:
    """A state of each claim about one thing that cannot both hold, or None."""
    for a in states(f1):
        for b in states(f2):
            if not _one_thing(a, b):
                continue
            if a.word == b.word and a.negated != b.negated:
                return a, b
            if a.negated == b.negated and opposite_words(a.word, b.word):
                return a, b
    return None


def states_apart(f1: Features, f2: Features) -> bool:
    """Both claims tell states, of different things ("the library is open" / "the pool is
    closed"): opposite predicates there are no clash (classify's opposite-word rule asks this)."""
    s1, s2 = states(f1), states(f2)
    return bool(s1 and s2) and not any(_one_thing(a, b) for a in s1 for b in s2)
