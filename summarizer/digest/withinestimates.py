"""Disputes inside one article told by one side's act and another side's account of it in other words (issue 15;
within57). Each rule needs a link stronger than a shared word: the same verb after two counts, a message and its
denied receipt on days apart, a participle of the same root as a denied act's noun, the denier's own name.

* a rival estimate: one side counts a thing, another side "said its own estimate was that <n> <noun> had <verb>"
  (lang.OWN_ESTIMATE_RE): the same verb right after both counts (auxiliaries aside), the nouns may differ
  ("farmed salmon" / "fish"), MOVED_RATIO apart, the nearest earlier claim within WITHIN_REACH (`own_estimate`);
* a message sent on a day, none received until a later one: "had texted every affected customer on Sunday morning"
  / "they received no message until Monday evening" (lang.MESSAGING_VERBS, lang.NONE_UNTIL_RE): the receipt's day
  one to three days after the message's, or the same day at a later part of it (`none_until`);
* a routine act denied, told done: "the company had not carried out the monthly net inspections" / "the nets had been
  inspected every month" (lang.NOT_CARRIED_OUT_RE): the participle of the act's root (its first ROOT letters)
  (`not_carried_out`);
* one of ours denied: "The <man> taken to hospital on Monday was not one of our customers" / another side's next
  claims placing the man on the denier's network ("lives on <Street>, a street on <Owner>'s network"): the denier's
  name as a possessive and a word of the denied person shared (`not_one_of_ours`).

Near misses: the same count, another verb after the counts, no "own" estimate; a message on the same day part or
later than the receipt, or another side's message on no day; a
participle of another root, the act told negated; another owner's name, or no word of the person shared.
"""

from __future__ import annotations

import re

from .. import lang, thresholds
from ..quantity import readable
from ..schema import ARTICLE_VOICE
from .classify import Judgment, ordered_pair as _pair
from .figureclash import other_side
from .pairs import STOP, Features, source_words, stem
from .withinreceipts import MOVED_RATIO, day_order

__all__ = ["none_until", "not_carried_out", "not_one_of_ours", "own_estimate", "within_estimates"]

_OWN = re.compile(lang.OWN_ESTIMATE_RE, re.I)
_OWN_IS = re.compile(lang.OWN_ESTIMATE_RE + lang.OWN_COUNT_IS_RE, re.I)
_WORD = re.compile(r"[A-Za-z][a-z'’-]*")
_DAY = r"(?P<day>" + lang.WEEKDAY_OR_DATE_RE + r")(?:\s+(?P<part>" + "|".join(lang.DAY_PART_ORDER) + r"))?"
_MESSAGED = re.compile(r"\b(?P<verb>" + "|".join(v.replace(" ", r"\s+") for v in lang.MESSAGING_VERBS) + r")\b(?:\s+[a-z'’-]+){0,5}?\s+on\s+"
                       + _DAY + r"\b", re.I)
_NONE_UNTIL = re.compile(lang.NONE_UNTIL_RE, re.I)
_NOT_DONE = re.compile(lang.NOT_CARRIED_OUT_RE, re.I)
_ONE_OF_OURS = re.compile(lang.NOT_ONE_OF_OURS_RE, re.I)
_PARTICIPLE = re.compile(r"\b(?:" + lang.PASSIVE_LINKS_RE + r")\s+(?P<verb>[a-z]{5,}ed)\b", re.I)
_NEGATION = re.compile(r"\b(?:not|never|no)\b|n[’']t\b", re.I)
#: The letters a denied act's noun and another side's participle share at the start ("inspections" / "inspected").
ROOT = 6
#: The most days a receipt "until <day>" may stand after the message's day and be read as the same week's.
UNTIL_REACH_DAYS = 3


def _nearest(fs: list[Features], i: int, reach: int):
    for d in range(1, reach + 1):
        for j in (i - d, i + d):
            if 0 <= j < len(fs):
                yield j, fs[j]


def _lemma(verb: str) -> str:
    v = verb.lower()
    return lang.IRREGULAR_PARTICIPLES.get(v) or stem(re.sub(r"(?:ing|ed|d)$", "", v) or v)


def _asserts(x: Features) -> bool:
    return x.source != ARTICLE_VOICE and "?" not in x.claim.text and x.claim.certainty not in ("denied", "negated")


def _verb_after(f: Features, q) -> str:
    """The lemma of the first word after a count's noun that is no auxiliary ("48,000 farmed salmon escaped",
    "71,000 fish had escaped": "escap"), or ""."""
    m = next((m for m in re.finditer(r"(?<![\w.])" + re.escape(q.counted) + r"(?![\w])", f.claim.text)
              if re.search(r"\d", f.claim.text[max(0, m.start() - 12):m.start()])), None)  # the counted one, not "fish farms"
    if m is None:
        return ""
    words = [w.lower() for w in _WORD.findall(f.claim.text[m.end():])[:4]]
    verb = next((w for w in words if w not in lang.AUXILIARY_FORMS), "")
    return _lemma(verb) if verb.endswith("ed") or verb in lang.IRREGULAR_PARTICIPLES else ""


def own_estimate(fs: list[Features], i: int, taken=frozenset()):
    """Claim `i`: a side's own estimate of a count; the nearest earlier claim of another side within WITHIN_REACH
    counting with the same verb after its count, MOVED_RATIO apart; or, when the estimate is told by "was" with no verb
    ("its own count ... was 61 containers"), counting the same noun (within59)."""
    y = fs[i]
    if not _asserts(y) or _OWN.search(y.claim.text) is None:
        return None
    told = _OWN_IS.search(y.claim.text)  # "its own count from aerial surveys was 61 containers": the noun, no verb (within59)
    for q2 in (q for q in y.claim.quantities if q.unit is None and q.counted and q.value >= 2):
        verb = _verb_after(y, q2)
        noun = q2.counted.lower() if told is not None and told.group("noun").lower() == q2.counted.lower().split()[-1] else ""
        if not verb and not noun:
            continue
        for j in range(i - 1, max(-1, i - 1 - thresholds.WITHIN_REACH), -1):
            x = fs[j]
            if not _asserts(x) or not other_side(x, y):
                continue
            for q1 in (q for q in x.claim.quantities if q.unit is None and q.counted and q.value >= 2):
                if (verb and _verb_after(x, q1) == verb or not verb and q1.counted.lower() == noun) \
                        and max(q1.value, q2.value) >= MOVED_RATIO * min(q1.value, q2.value):
                    return _pair(fs, i, j, Judgment("numbers", f"in one article, {x.source}: {readable(q1.value, None)}; {y.source}: "
                                                               f"{readable(q2.value, None)}", about=q2.counted, values=(q1.value, q2.value)), taken)
    return None


def _when(m: re.Match) -> tuple[tuple[str, int] | None, int]:
    part = (m.group("part") or "").lower()
    return day_order(m.group("day")), lang.DAY_PART_ORDER.index(part) if part else -1


def none_until(fs: list[Features], i: int, taken=frozenset()):
    """Claim `i`: no message received until a day; the nearest claim of another side (within WITHIN_REACH) that sent
    one on an earlier day (one to UNTIL_REACH_DAYS before), or earlier on the same day."""
    y = fs[i]
    m = _NONE_UNTIL.search(y.claim.text)
    if m is None or y.source == ARTICLE_VOICE or "?" in y.claim.text:
        return None
    d2, p2 = _when(m)
    for j, x in _nearest(fs, i, thresholds.WITHIN_REACH):
        s = _MESSAGED.search(x.claim.text)
        if s is None or not _asserts(x) or not other_side(x, y) or _NEGATION.search(x.claim.text[:s.end()]):
            continue
        d1, p1 = _when(s)
        if d1 is None or d2 is None or d1[0] != d2[0]:
            continue
        gap = (d2[1] - d1[1]) % 7 if d1[0] == "w" else d2[1] - d1[1]  # a weekday: the same week's; a date: days on
        if 1 <= gap <= UNTIL_REACH_DAYS or gap == 0 and 0 <= p1 < p2:
            said = " ".join(w for w in (s.group("day"), s.group("part")) if w)
            until = " ".join(w for w in (m.group("day"), m.group("part")) if w)
            return _pair(fs, i, j, Judgment("assertion", f"in one article, {x.source}: {s.group('verb')} on {said}; {y.source}: "
                                                          f"no {m.group('thing')} until {until}", about=f"when the {m.group('thing')} came"), taken)
    return None


def not_carried_out(fs: list[Features], i: int, taken=frozenset()):
    """Claim `i`: a side says an act was not carried out; the nearest claim of another side (within WITHIN_REACH)
    telling the participle of the act's root done, not negated."""
    x = fs[i]
    m = _NOT_DONE.search(x.claim.text)
    if m is None or x.source == ARTICLE_VOICE or "?" in x.claim.text:
        return None
    root = m.group("noun").lower()[:ROOT]
    for j, y in _nearest(fs, i, thresholds.WITHIN_REACH):
        if not _asserts(y) or not other_side(x, y) or _NOT_DONE.search(y.claim.text):
            continue
        p = next((p for p in _PARTICIPLE.finditer(y.claim.text) if p.group("verb").lower()[:ROOT] == root), None)
        if p is not None and not _NEGATION.search(y.claim.text[:p.end()]):
            return _pair(fs, i, j, Judgment("assertion", f"in one article, {x.source}: no {m.group('noun')}; {y.source}: {p.group('verb')}",
                                            about=f"whether the {m.group('noun')} were done"), taken)
    return None


def not_one_of_ours(fs: list[Features], i: int, taken=frozenset()):
    """Claim `i`: a side says a person was not one of its own; a later claim of another side (within WITHIN_REACH)
    that names the side as a possessive and shares a word of the person."""
    x = fs[i]
    m = _ONE_OF_OURS.search(x.claim.text)
    if m is None or x.source == ARTICLE_VOICE or "?" in x.claim.text:
        return None
    owner = {w for w in source_words(x.source) if len(w) >= 4 and w not in STOP}
    person = {stem(w.lower()) for w in _WORD.findall(x.claim.text[:m.start()]) if w.islower() and len(w) >= 3 and w not in STOP}
    for y in fs[i + 1:i + 1 + thresholds.WITHIN_REACH]:
        if not _asserts(y) or not other_side(x, y) or _ONE_OF_OURS.search(y.claim.text):
            continue
        named = [w for w in owner if re.search(r"\b" + re.escape(w) + r"(?:'s|’s)\s", y.claim.text, re.I)]
        shared = person & {stem(w.lower()) for w in _WORD.findall(y.claim.text) if w.islower() and len(w) >= 3 and w not in STOP}
        if named and shared:
            return _pair(fs, i, fs.index(y), Judgment("assertion", f"in one article, {x.source}: not one of our {m.group('group')}; "
                                                                   f"{y.source}: on {named[0].title()}'s side",
                                                      about=f"whether the person was one of its {m.group('group')}"), taken)
    return None


def within_estimates(fs: list[Features], taken=frozenset()) -> list[tuple[Features, Features, object]]:
    """Every such pair in one article's claims (text order), the earlier claim first."""
    return [found for i in range(len(fs)) for rule in (own_estimate, none_until, not_carried_out, not_one_of_ours)
            if (found := rule(fs, i, taken)) is not None]
