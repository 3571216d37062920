"""Acts told by one side and denied by another in other words, inside one article (issue 15; within55):

* a reclassification: one side says things were recorded as a lesser kind of the same thing ("officers
  were told to record some aggravated assaults as simple assaults": a verb of recording, then "<mod1>
  <head> as <mod2> <head>", one head, two modifiers; lang.RECORDED_AS_VERBS), another side denies that
  any thing was reclassified ("denied that any crime had been reclassified"; lang.RECLASSIFIED_DENIED_RE),
  anywhere in the article, the nearest (`reclassified`);
* paid for by the holder: "My wife paid for her own ticket" (lang.PAID_OWN_RE) against another side's
  "the council paid for flights for the mayor's wife": the same person's noun after "paid for ... for"
  (`paid_own`).

Near misses: "record the assaults as crimes" (two heads: no lesser kind of one thing), a denial by the same
side; another person paid for ("for the mayor's aides"), one side.
"""

from __future__ import annotations

import re

from .. import lang
from ..schema import ARTICLE_VOICE
from .classify import Judgment
from .figureclash import other_side
from .pairs import Features, stem

__all__ = ["paid_own", "reclassified", "within_acts"]

_DENIED = re.compile(lang.RECLASSIFIED_DENIED_RE, re.I)
_RECORDED_AS = re.compile(r"\b(?:" + "|".join(lang.RECORDED_AS_VERBS) + r")\s+(?:(?:" + "|".join(lang.RECORDED_AS_LEADS) + r")\s+)?"
                          r"(?P<mod1>[a-z-]+)\s+(?P<head1>[a-z]+)\s+as\s+(?:an?\s+)?(?P<mod2>[a-z-]+)\s+(?P<head2>[a-z]+)", re.I)
_PAID_OWN = re.compile(lang.PAID_OWN_RE, re.I)


def _asserts(x: Features) -> bool:
    return x.source != ARTICLE_VOICE and "?" not in x.claim.text and x.claim.certainty not in ("denied", "negated")


def _nearest(fs: list[Features], i: int):
    for d in range(1, len(fs)):
        for j in (i - d, i + d):
            if 0 <= j < len(fs):
                yield j, fs[j]


def _recorded_as(x: Features) -> re.Match | None:
    """"<verb of recording> <mod1> <head> as <mod2> <head>": one head, two modifiers."""
    for m in _RECORDED_AS.finditer(x.claim.text):
        if stem(m.group("head1").lower()) == stem(m.group("head2").lower()) and m.group("mod1").lower() != m.group("mod2").lower():
            return m
    return None


def reclassified(fs: list[Features], i: int, taken=frozenset()):
    """Claim `i` denies any thing was reclassified; the nearest claim of another side that tells things
    recorded as a lesser kind of themselves."""
    y = fs[i]
    d = _DENIED.search(y.claim.text)
    if d is None or y.source == ARTICLE_VOICE or "?" in y.claim.text:
        return None
    for j, x in _nearest(fs, i):
        m = _recorded_as(x) if _asserts(x) and other_side(x, y) else None
        if m is None:
            continue
        if tuple(sorted((x.index, y.index))) in taken:
            return None
        jd = Judgment("assertion", f"in one article, {x.source}: {m.group('head1')} recorded as {m.group('mod2')} "
                                   f"{m.group('head2')}; {y.source}: none reclassified", about="whether records were changed")
        return (x, y, jd) if j < i else (y, x, jd)
    return None


def paid_own(fs: list[Features], i: int, taken=frozenset()):
    """Claim `i`: someone paid for their own thing; the nearest claim of another side that says another paid
    for it (the same person's noun after "paid for ... for")."""
    y = fs[i]
    m = _PAID_OWN.search(y.claim.text)
    if m is None or y.source == ARTICLE_VOICE:
        return None
    who = m.group("who").lower()
    paid_for = re.compile(r"\bpaid\s+for\s+(?:[\w’'-]+\s+){1,4}?for\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+['’]s\s+)?"
                          + re.escape(who) + r"\b", re.I)
    for j, x in _nearest(fs, i):
        if not _asserts(x) or not other_side(x, y) or _PAID_OWN.search(x.claim.text) or not paid_for.search(x.claim.text):
            continue
        if tuple(sorted((x.index, y.index))) in taken:
            return None
        jd = Judgment("assertion", f"in one article, {x.source}: another paid for the {who}'s {m.group('thing')}; {y.source}: "
                                   f"the {who} paid for it", about=f"who paid for the {who}'s {m.group('thing')}")
        return (x, y, jd) if j < i else (y, x, jd)
    return None


def within_acts(fs: list[Features], taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """Every such pair in one article's claims (text order), the earlier claim first."""
    return [found for i in range(len(fs)) for rule in (reclassified, paid_own) if (found := rule(fs, i, taken)) is not None]
