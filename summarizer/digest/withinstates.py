"""Disputes inside one article where a state one side asserts is answered by another side's record or account in
other words (issue 15; within59, from blind58's within-outlet misses). Each rule needs a link stronger than a shared
word (lang/disputed_states.py):

* a status denied / a register's listing: "<Company> has said the facade was not protected." against another side's
  (a register's, the outlet's voice allowed) "The state register ... has listed the arcade's facade since 1987": the
  denied noun is a word of the other claim (`status_recorded`);
* one's own choice / a vote to remove: "<Name> also said leaving was his decision alone." against another side's
  "the board had voted on Tuesday evening to remove him" (`choice_forced`);
* knowledge denied / a warning received: "<Name> has said he knew nothing of the shortfall ..." against another
  side's "<Name>, who resigned ..., was warned in writing on Aug. 14 that ...": the warned person is the speaker
  (his surname opens the other claim) (`knew_warned`);
* "without its instruction" / its own people's order: "<Company> has said <X> started the work without its
  instruction." against another side's "A site manager for <Company> told a subcontractor in writing to take
  down ...": the company's name stands before the order (`order_denied`);
* an act denied before a far bound / told for a near day: "The council says the pool will not reopen before the end
  of the month." against another side's "<Company> had said ... that the pool would reopen on Monday": one noun, one
  verb (`near_day_denied`);
* a span bound / a record's longer span: "The company has also said staff cleared the pool within five minutes."
  against a record's (the outlet's voice allowed when a record is the subject: lang.RECORD_NOUNS before
  lang.RECORD_VERBS or "records") "The fire service's incident log ... records the first call at 10:07 a.m. and the
  last swimmer out ... at 10:32 a.m., 25 minutes later": the later span longer than the bound (`span_recorded`).

Near misses: one side on both; the answering claim negated before its word ("has never listed", "did not vote to
remove"); another noun listed; another person warned; another body's order, or an order "not to"; another verb or
noun for the near day. Every rule reads the claims within WITHIN_REACH of each other either way.
"""

from __future__ import annotations

import re

from .. import lang, thresholds
from ..schema import ARTICLE_VOICE
from .classify import Judgment, ordered_pair as _pair
from .classify import side_of
from .pairs import Features, same_source, stem
from .sourcenames import source_head

__all__ = ["span_recorded", "choice_forced", "knew_warned", "near_day_denied", "order_denied", "status_recorded", "within_states"]

_STATUS_DENIED = re.compile(lang.STATUS_DENIED_RE, re.I)
_STATUS_RECORDED = re.compile(lang.STATUS_RECORDED_RE, re.I)
_OWN_CHOICE = re.compile(lang.OWN_CHOICE_RE, re.I)
_FORCED = re.compile(lang.FORCED_OUT_RE, re.I)
_KNEW_NOTHING = re.compile(lang.KNOWLEDGE_DENIED_RE, re.I)
_WARNED = re.compile(lang.PERSON_WARNED_RE, re.I)
_WITHOUT_ORDER = re.compile(lang.WITHOUT_ORDER_RE, re.I)
_ORDERED = re.compile(lang.ORDER_GIVEN_RE, re.I)
_NOT_BEFORE = re.compile(lang.NOT_BEFORE_FAR_RE, re.I)
_NEAR_DAY = re.compile(lang.ON_NEAR_DAY_RE, re.I)
_WITHIN_SPAN = re.compile(lang.WITHIN_SPAN_RE, re.I)
_LATER_SPAN = re.compile(lang.LATER_SPAN_RE, re.I)
_RECORD_TELLS = re.compile(r"\b(?:" + "|".join(lang.RECORD_NOUNS) + r")\b(?:,[^,]{1,80},)?\s+(?:" + "|".join(lang.RECORD_VERBS)
                           + "|" + "|".join(lang.RECORD_TELLING_VERBS) + r")\b", re.I)
_NEGATION = re.compile(r"\b(?:not|never|no)\b|n[’']t\b", re.I)
#: How many words before an answer's match a negation reaches it ("has never listed", "did not vote to remove"; not
#: "two board members, who asked not to be named, told ... that the board had voted to remove him").
_NEG_WORDS = 4
_TITLES = lang.COURTESY_TITLE_RE


def other_side(g: Features, r: Features) -> bool:
    """Two sides (figureclash.other_side without its cut-of-one-sentence test: "the pool would reopen on Monday" holds
    no content word the denial lacks, weekdays being stop words, yet is another side's account)."""
    return not (g.source == r.source or (g.source != ARTICLE_VOICE and side_of(g.source) == side_of(r.source))
                or (same_source(g, r) and source_head(g.source) == source_head(r.source)))


def _named(x: Features) -> bool:
    return x.source != ARTICLE_VOICE and "?" not in x.claim.text


def _near(fs: list[Features], i: int):
    for d in range(1, thresholds.WITHIN_REACH + 1):
        for j in (i - d, i + d):
            if 0 <= j < len(fs):
                yield j, fs[j]


def _answer(fs, i: int, pattern: re.Pattern, *, named: bool = False):
    """(j, claim, match): the nearest claim of another side holding `pattern`, not negated before it."""
    x = fs[i]
    for j, y in _near(fs, i):
        m = pattern.search(y.claim.text)
        if m is None or "?" in y.claim.text or not other_side(x, y) or (named and not _named(y)) \
                or _NEGATION.search(" ".join(y.claim.text[:m.start()].split()[-_NEG_WORDS:])):
            continue
        yield j, y, m


def status_recorded(fs: list[Features], i: int, taken=frozenset()):
    """Claim `i`: a named side denies a thing's protected status; the nearest claim of another side telling it."""
    x = fs[i]
    m = _STATUS_DENIED.search(x.claim.text)
    if m is None or not _named(x):
        return None
    noun = re.compile(r"\b" + re.escape(m.group("noun").lower()) + r"\b")
    for j, y, s in _answer(fs, i, _STATUS_RECORDED):
        if noun.search(y.claim.text.lower()) and not _STATUS_DENIED.search(y.claim.text):
            return _pair(fs, i, j, Judgment("assertion", f"in one article, {x.source}: the {m.group('noun')} not {m.group('state')}; "
                                                         f"{y.source}: {s.group(0).split()[-1]}", about=f"whether the {m.group('noun')} was {m.group('state')}"), taken)
    return None


def choice_forced(fs: list[Features], i: int, taken=frozenset()):
    """Claim `i`: a named side tells a departure as its own choice; the nearest claim of another side telling it forced."""
    x = fs[i]
    m = _OWN_CHOICE.search(x.claim.text)
    if m is None or not _named(x) or _NEGATION.search(x.claim.text[:m.end()]):
        return None
    for j, y, f in _answer(fs, i, _FORCED, named=True):
        return _pair(fs, i, j, Judgment("assertion", f"in one article, {x.source}: {m.group(0)}; {y.source}: {f.group(0)}",
                                        about="whether the departure was forced"), taken)
    return None


def knew_warned(fs: list[Features], i: int, taken=frozenset()):
    """Claim `i`: a named person denies knowing a thing; the nearest claim of another side opening with his name and
    telling him warned."""
    x = fs[i]
    if _KNEW_NOTHING.search(x.claim.text) is None or not _named(x) or _WARNED.search(x.claim.text):
        return None
    surname = x.source.split()[-1]
    if not surname[:1].isupper():
        return None
    opens = re.compile(r"^" + _TITLES + r"(?:[A-Z][A-Za-z’'-]+\s+){0,2}" + re.escape(surname) + r"\b")
    for j, y, w in _answer(fs, i, _WARNED):
        if opens.match(y.claim.text) and not _KNEW_NOTHING.search(y.claim.text):
            return _pair(fs, i, j, Judgment("assertion", f"in one article, {x.source}: knew nothing; {y.source}: {w.group(0).strip()}",
                                            about=f"what {surname} knew"), taken)
    return None


def order_denied(fs: list[Features], i: int, taken=frozenset()):
    """Claim `i`: a named side says an act was done without its order; the nearest claim of another side telling its
    people ordered it (the side's name before the order)."""
    x = fs[i]
    if _WITHOUT_ORDER.search(x.claim.text) is None or not _named(x):
        return None
    head = x.source.split()[0]
    if not head[:1].isupper() or head.lower() in ("the", "a", "an"):
        return None
    for j, y, o in _answer(fs, i, _ORDERED):
        if re.search(r"\b" + re.escape(head) + r"\b", y.claim.text[:o.start()]) and not _WITHOUT_ORDER.search(y.claim.text):
            return _pair(fs, i, j, Judgment("assertion", f"in one article, {x.source}: without its instruction; {y.source}: "
                                                         f"{o.group('verb')} in its name", about="who ordered it"), taken)
    return None


def near_day_denied(fs: list[Features], i: int, taken=frozenset()):
    """Claim `i`: a named side says a thing will not <verb> before a far bound; the nearest claim of another side
    telling it <verb> on a near day (one noun, one verb)."""
    x = fs[i]
    m = _NOT_BEFORE.search(x.claim.text)
    if m is None or not _named(x):
        return None
    for j, y, n in _answer(fs, i, _NEAR_DAY, named=True):
        if n.group("noun").lower() == m.group("noun").lower() and stem(n.group("verb").lower()) == stem(m.group("verb").lower()):
            return _pair(fs, i, j, Judgment("assertion", f"in one article, {x.source}: not before a later time; {y.source}: "
                                                         f"{n.group(0).split(None, 1)[1]}", about=f"when the {m.group('noun')} will {m.group('verb')}"), taken)
    return None


def _minutes(m: re.Match) -> float | None:
    n = m.group("n").lower()
    value = int(n) if n.isdigit() else lang.NUMBER_UNITS.get(n)
    return None if value is None else value * lang.SPAN_UNIT_MINUTES[m.group("unit").lower()]


def span_recorded(fs: list[Features], i: int, taken=frozenset()):
    """Claim `i`: a named side says an act was done within a span; the nearest claim of another side, a record its
    subject, telling a longer span."""
    x = fs[i]
    m = _WITHIN_SPAN.search(x.claim.text)
    if m is None or not _named(x) or _NEGATION.search(x.claim.text[:m.start()]) or (bound := _minutes(m)) is None:
        return None
    for j, y, s in _answer(fs, i, _LATER_SPAN):
        told = _minutes(s)
        if told is not None and told > bound and _RECORD_TELLS.search(y.claim.text[:s.start()]):
            return _pair(fs, i, j, Judgment("assertion", f"in one article, {x.source}: within {m.group('n')} {m.group('unit')}; "
                                                         f"{y.source}: {s.group(0)}", about="how long it took"), taken)
    return None


def within_states(fs: list[Features], taken=frozenset()) -> list[tuple[Features, Features, object]]:
    """Every such pair in one article's claims (text order), the earlier claim first."""
    return [found for i in range(len(fs)) for rule in (span_recorded, status_recorded, choice_forced, knew_warned, order_denied, near_day_denied)
            if (found := rule(fs, i, taken)) is not None]
