"""Disputes inside one article (issue 15, conf12): a claim of innocence against the charge it answers.

"Marlow's lawyer said his client maintains her innocence", "Shah said he did nothing wrong",
"Kovac denied any wrongdoing" (lang.INNOCENCE_RE) answer a charge without repeating a word of it,
so no shared word pairs them with it. The charge is a claim of the same article that charges the
person the innocence is claimed for: the person named in the eight words after a verb of charging, before any relative
pronoun ("accused councillor Dev Shah of", "accused the chief executive of Tallis, Mara Quinn, of",
lang.CHARGE_ACTIVE_RE), or before its passive or finding ("She was also
accused of", "Grimm was expected to be indicted on", "after she tested positive for":
lang.CHARGE_PASSIVE_RE; a claim opening with "He" / "She" is the article's person). Not a charge:
one negated ("the FBI hasn't accused him"), one told by the person's own side ("Grimm's lawyer
said he is expected to be indicted"), or one of another person ("accusing a Houston woman").
A charge told by a speaker the claim describes as speaking for the person ("<Name>, an attorney for
two of the <group>, said officers had sought charges") is still the charge answered, but it
is not that speaker's: the reason says the speaker tells of it (digest34).
The nearest charge of another side is taken, earlier first on a tie, one per claim of innocence
(disputes.within_article calls it with its `two_sides`). A charge of another matter is not
answered: the claim of innocence and the charge each name someone the other does not (a plea "in
Y's death" against a charge of shooting Z; co-defendants' pleas against his charge; multi27).
"""

from __future__ import annotations

import re

from .. import lang
from .classify import Judgment
from .denials import tokens as _toks  # lower-case tokens, a possessive's 's cut
from .pairs import STOP, Features, negator, source_words

__all__ = ["innocence_disputes", "claims_innocence", "charges", "own_side"]

_INNOCENCE = re.compile(lang.INNOCENCE_RE, re.I)
_ACTIVE = re.compile(r"\b(?:" + lang.CHARGE_ACTIVE_RE + r")\s+((?:[\w’'.-]+,?\s+){1,8})", re.I)
_RELATIVE = lang.CLAUSE_OPENING_WORDS  # a relative clause is another's ("accusing a Houston woman who ...")
_PASSIVE = re.compile(r"\b(?:" + lang.CHARGE_PASSIVE_RE + r")", re.I)
_PRONOUN_START = re.compile(r"^\W*(?:he|she)\b", re.I)


def claims_innocence(f: Features) -> frozenset[str]:
    """The name tokens of the person a claim of innocence speaks for: the names it mentions besides
    its speaker's ("his client maintains her innocence"), else a plural noun right before it as
    its subject ("The brewers were doing nothing wrong": "brewers"; digest30), else the speaker ("Kovac
    denied any wrongdoing"); empty when the claim claims no innocence."""
    m = _INNOCENCE.search(f.claim.text)
    if not m:
        return frozenset()
    own = source_words(f.source)
    group = _GROUP.search(f.claim.text[:m.start()])
    return frozenset(f.mentions - own) or (frozenset({group.group(1).lower()}) if group else frozenset()) \
        or frozenset(own & f.mentions) or frozenset(own) \
        or frozenset(w for w in _toks(f.source) if w not in STOP)  # "The senator said he is innocent"


#: "The brewers were ...", "These men are ...": a plural noun of people as the subject right before a
#: claim of innocence (its determiner opening the claim or its clause).
_GROUP = re.compile(r"(?:^|[,;:]\s+|\bthat\s+)\W*(?:" + "|".join(sorted(lang.DETERMINERS)) + r")\s+([a-z]+(?:men|s))\s+(?:"
                    + "|".join(sorted(lang.BE_FORMS | lang.AUXILIARY_VERBS)) + r")?\s*$", re.I)
_TOLD_CHARGE = re.compile(lang.CHARGE_COMPLEMENT_RE, re.I)


_SPEAKS_FOR = "|".join(sorted(lang.SPEAKS_FOR_NOUNS))
#: "an attorney for two of the <group>", "a spokesman of <Name>", "<Name>'s attorney": who the claim's speaker speaks for.
_FOR = re.compile(r"\b(?:" + _SPEAKS_FOR + r")\s+(?:for|of)\s+((?:[\w’'-]+\s+){0,4}[\w’'-]+)|\b([\w-]+)['’]s\s+(?:" + _SPEAKS_FOR + r")\b", re.I)


def own_side(f: Features, person: frozenset[str]) -> bool:
    """The claim names its speaker as speaking for `person` ("<Name>, an attorney for two of the
    <group>, said officers had sought charges"): it tells of a charge, it does not make it."""
    return any(set(_toks(m.group(1) or m.group(2))) & person for m in _FOR.finditer(f.claim.text))


def _negated_before(text: str, at: int) -> bool:
    return any(negator(t) for t in _toks(text[:at])[-4:])


def charges(f: Features, person: frozenset[str]) -> bool:
    """The claim charges `person` (name tokens): named right after a verb of charging, or in the
    words before a passive or finding (or the claim opens with "He" / "She"); not negated."""
    if f.claim.certainty in ("negated", "denied") or not person:
        return False
    text = f.claim.text
    if len(person) == 1 and next(iter(person)) not in f.mentions and _TOLD_CHARGE.search(text) \
            and next(iter(person)) in _toks(text) and not _negated_before(text, _TOLD_CHARGE.search(text).start()):
        return True  # "The brewers did nothing wrong" / "charges of ... against the brewers"
    for m in _ACTIVE.finditer(text):
        after = _toks(m.group(1))
        after = after[:next((k for k, t in enumerate(after) if t in _RELATIVE), len(after))]
        if set(after) & person and not _negated_before(text, m.start()):
            return True
    for m in _PASSIVE.finditer(text):
        before = text[:m.start()]
        if (set(_toks(before)) & person or _PRONOUN_START.search(before)) and not _negated_before(text, m.start()):
            return True
    return False


def _other_matter(n: Features, a: Features, person: frozenset[str]) -> bool:
    """The claim of innocence and the charge each name someone the other does not: another matter
    ("X has pleaded not guilty in Y's death" / "X is also accused of shooting Z and W"; "X's
    co-defendants, P and Q, also pleaded not guilty" / "X is accused of ...")."""
    if len(person) == 1 and next(iter(person)) in _toks(a.claim.text) and next(iter(person)) not in a.mentions:
        return False  # a group named by a noun ("the brewers") in both: the one matter
    return bool(person - a.mentions) and bool(a.mentions - person - source_words(a.source))


def innocence_disputes(fs: list[Features], taken, two_sides) -> list[tuple[Features, Features, Judgment]]:
    """(earlier, later, judgment) for each claim of innocence of one article (`fs`, in text order)
    and the nearest claim of another side that charges its person."""
    out = []
    for i, n in enumerate(fs):
        person = claims_innocence(n)
        if not person:
            continue
        for d in range(1, len(fs)):
            hit = None
            for j in (i - d, i + d):
                if not 0 <= j < len(fs) or tuple(sorted((n.index, fs[j].index))) in taken:
                    continue
                a = fs[j]
                if two_sides(n, a) and not (source_words(a.source) & person) and charges(a, person) \
                        and not _other_matter(n, a, person):
                    hit = j
                    break
            if hit is not None:
                a = fs[hit]
                why = f"in one article, {n.source} claims innocence against {a.source}'s charge" if not own_side(a, person) \
                    else f"in one article, {n.source} claims innocence against a charge {a.source} tells of"
                about = _person_as_written(n, person)
                out.append((a, n, Judgment("assertion", why, about=about)) if hit < i else
                           (n, a, Judgment("assertion", why, about=about)))
                break
    return out


def _person_as_written(n: Features, person: frozenset[str]) -> str:
    """The person a claim of innocence speaks for, as the claim writes the name nearest before its words of innocence
    ("A lawyer for Mr. Grimm, <Name> of <Firm> Boggs, said that Mr. Grimm “asserts his innocence”" -> "Grimm"; lead38:
    the title was the sorted name words, "Boggs Grimm Patton"); the name words in the claim's order otherwise."""
    m = _INNOCENCE.search(n.claim.text)
    runs = [r.group(0) for r in re.finditer(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*", n.claim.text[:m.start()] if m else "")
            if set(_toks(r.group(0))) & person]
    if runs:
        words = [w for w in runs[-1].split() if w.lower().strip("’'") in person or _toks(w)[:1] and _toks(w)[0] in person]
        return " ".join(words) or runs[-1]
    toks = _toks(n.claim.text)
    return " ".join(w.title() for w in sorted(person, key=lambda w: toks.index(w) if w in toks else len(toks)))
