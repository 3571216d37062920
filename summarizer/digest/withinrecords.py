"""Disputes inside one article where one side's claim is answered by another side's record or account in other
words (issue 15; within58, from blind57's within-outlet misses). Each rule needs a link stronger than a shared word:

* nobody hurt / someone hurt: "<Company> has said no one was hurt." against another side's (the outlet's own
  reading of a record included) "a rider was taken to hospital with burns" (lang.NO_ONE_HURT_RE,
  lang.SOMEONE_HURT_RE), within WITHIN_REACH either way (`hurt_denied`);
* a credential held / its lapse: "All of our batteries are certified to the highest standard." against another side's
  "The supplier's certificate ... lapsed in March" (lang.CREDENTIAL_HELD_RE, lang.CREDENTIAL_LAPSED_RE): the
  credential's word and the lapsed noun share their first ROOT letters, within CREDENTIAL_REACH (`credential_lapsed`);
* told / "not from <Name>": "<Officer> said <Name> had told the city about every fire" against another side's
  "staff had learned of the fire \"from a resident's video, not from <Name>\"" (lang.NOT_FROM_RE,
  lang.TOLD_VERBS): the teller's name (its further capitalised words aside) right before the telling verb (`not_from_teller`);
* known later than warned: "The department has said it first learned of the problem on Oct. 12" against another
  side's (a record's, the outlet's voice allowed) "an engineer warned colleagues ... on Sept. 28"
  (lang.FIRST_LEARNED_RE, lang.WARNED_ON_RE): the warning's day before the first-known day, of one kind
  (withinreceipts.day_order: two weekdays of one week, or two dates) (`warned_before`);
* acts counted as events: "<Company> has taken 1,500 scooters off the streets after three of them caught fire"
  against another side's "had attended seven fires" (lang.ACT_EVENT_NOUNS: the act's event noun is the other
  count's noun), MOVED_RATIO apart; told as an assertion (the act's count is no claim quantity) (`events_counted`);
* a figure relayed from another body: "We estimate that about 11 tonnes of pellets went into the sea." and, next,
  "<Company> has told us 2 tonnes." (lang.RELAYED_FIGURE_RE): one speaker's claims, but the second side is the body
  named; the same unit, MOVED_RATIO apart, the claim right before (`relayed_figure`);
* a blame answered: "The department has blamed a software update ..." against another side's "the update had worked
  as designed" (lang.WORKED_AS_MEANT_RE): the working noun is a word of what was blamed (`blame_answered`).

Near misses: the same side on both, a person told hurt in a negation ("was not taken to hospital"), a credential of
another root, a credential denied ("is not certified"), another teller "not from", a telling verb negated, another
noun working as designed, or one that "had not worked as designed"; a warning on the first-known day or after it.
"""

from __future__ import annotations

import re

from .. import lang, thresholds
from ..quantity import readable
from ..schema import ARTICLE_VOICE
from .classify import Judgment, ordered_pair as _pair
from .figureclash import other_side
from .pairs import Features
from .withinreceipts import MOVED_RATIO, day_order
from .withinstates import within_states  # a status denied / listed, own choice / voted out, knew nothing / warned, ... (within59)

__all__ = ["blame_answered", "credential_lapsed", "events_counted", "relayed_figure", "hurt_denied", "not_from_teller", "warned_before", "within_records"]

_NO_ONE_HURT = re.compile(lang.NO_ONE_HURT_RE, re.I)
_HURT = re.compile(lang.SOMEONE_HURT_RE, re.I)
_HELD = re.compile(lang.CREDENTIAL_HELD_RE, re.I)
_LAPSED = re.compile(lang.CREDENTIAL_LAPSED_RE, re.I)
_NOT_FROM = re.compile(lang.NOT_FROM_RE)
_WORKED = re.compile(lang.WORKED_AS_MEANT_RE, re.I)
_FIRST_LEARNED = re.compile(lang.FIRST_LEARNED_RE, re.I)
_WARNED_ON = re.compile(lang.WARNED_ON_RE, re.I)
_NUMBER = r"\d[\d,]*|" + "|".join(sorted(lang.NUMBER_UNITS, key=len, reverse=True))
_ACTED = re.compile(r"\b(?P<n>" + _NUMBER + r")\s+(?:of\s+(?:them|its|their|the)\s+(?:[a-z-]+\s+)?|[a-z-]+\s+)?(?:had\s+|have\s+)?(?P<act>"
                    + "|".join(a.replace(" ", r"\s+") for a in lang.ACT_EVENT_NOUNS) + r")\b", re.I)
_RELAYED = re.compile(lang.RELAYED_FIGURE_RE)
_BLAMED = re.compile(r"\bblame[sd]?\s+(?:a|an|the|its|their)\s+(?P<what>(?:[a-z-]+\s+){0,3}[a-z-]+)", re.I)
_NEGATION = re.compile(r"\b(?:not|never|no)\b|n[’']t\b", re.I)
#: The letters a credential's word and a lapsed noun share at the start ("certified" / "certificate").
ROOT = 5
#: How many claims apart a credential and its lapse may stand: the link (a credential's root and a lapse verb) is
#: specific enough to reach past a release's quoted lines (twice WITHIN_REACH).
CREDENTIAL_REACH = 2 * thresholds.WITHIN_REACH


def _near(fs: list[Features], i: int, reach: int = 0):
    """(j, claim) within `reach` (WITHIN_REACH) of claim `i`, the nearest first, earlier before later at one distance."""
    for d in range(1, (reach or thresholds.WITHIN_REACH) + 1):
        for j in (i - d, i + d):
            if 0 <= j < len(fs):
                yield j, fs[j]


def _named(x: Features) -> bool:
    return x.source != ARTICLE_VOICE and "?" not in x.claim.text


def hurt_denied(fs: list[Features], i: int, taken=frozenset()):
    """Claim `i`: a named side says nobody was hurt; the nearest claim of another side telling someone hurt."""
    x = fs[i]
    if not _named(x) or _NO_ONE_HURT.search(x.claim.text) is None:
        return None
    for j, y in _near(fs, i):
        m = _HURT.search(y.claim.text)
        if m is None or "?" in y.claim.text or not other_side(x, y) or _NO_ONE_HURT.search(y.claim.text) \
                or _NEGATION.search(y.claim.text[:m.start()]):
            continue
        return _pair(fs, i, j, Judgment("assertion", f"in one article, {x.source}: no one hurt; {y.source}: {m.group(0)}",
                                        about="whether anyone was hurt"), taken)
    return None


def credential_lapsed(fs: list[Features], i: int, taken=frozenset()):
    """Claim `i`: a named side says a thing holds a credential; the nearest claim of another side telling that
    credential lapsed."""
    x = fs[i]
    m = _HELD.search(x.claim.text)
    if m is None or not _named(x) or _NEGATION.search(x.claim.text[:m.end()]) or _LAPSED.search(x.claim.text):
        return None
    root = m.group("cred").lower()[:ROOT]
    for j, y in _near(fs, i, CREDENTIAL_REACH):
        n = _LAPSED.search(y.claim.text)
        if n is None or "?" in y.claim.text or not other_side(x, y) or n.group("noun").lower()[:ROOT] != root \
                or _NEGATION.search(y.claim.text[:n.end()]):
            continue
        return _pair(fs, i, j, Judgment("assertion", f"in one article, {x.source}: {m.group('cred')}; {y.source}: the "
                                                     f"{n.group('noun')} lapsed", about=f"whether the {m.group('cred')} holds"), taken)
    return None


def not_from_teller(fs: list[Features], i: int, taken=frozenset()):
    """Claim `i`: a named side says a thing was learned "not from <Name>"; the nearest claim of another side saying
    <Name> had told it."""
    y = fs[i]
    m = _NOT_FROM.search(y.claim.text)
    if m is None or not _named(y):
        return None
    told = re.compile(r"\b" + re.escape(m.group("who")) + r"(?:\s+[A-Z][A-Za-z’'-]+)*\s+(?:had\s+|has\s+|have\s+)?(?:" + "|".join(lang.TOLD_VERBS) + r")\b")
    for j, x in _near(fs, i):
        t = told.search(x.claim.text)
        if t is None or not _named(x) or not other_side(x, y) or _NOT_FROM.search(x.claim.text) \
                or _NEGATION.search(x.claim.text[:t.end()]):
            continue
        return _pair(fs, i, j, Judgment("assertion", f"in one article, {x.source}: {m.group('who')} told; {y.source}: not from "
                                                     f"{m.group('who')}", about=f"whether {m.group('who')} told"), taken)
    return None


def warned_before(fs: list[Features], i: int, taken=frozenset()):
    """Claim `i`: a named side says when it first knew of a thing; the nearest claim of another side telling a
    warning on an earlier day of the same kind."""
    x = fs[i]
    m = _FIRST_LEARNED.search(x.claim.text)
    if m is None or not _named(x) or (known := day_order(m.group("day"))) is None:
        return None
    for j, y in _near(fs, i):
        w = _WARNED_ON.search(y.claim.text)
        if w is None or "?" in y.claim.text or not other_side(x, y) or _FIRST_LEARNED.search(y.claim.text) \
                or _NEGATION.search(y.claim.text[:w.start("verb")]):
            continue
        warned = day_order(w.group("day"))
        if warned is None or warned[0] != known[0] or warned[1] >= known[1]:
            continue
        return _pair(fs, i, j, Judgment("assertion", f"in one article, {x.source}: first learned of the {m.group('noun')} on "
                                                     f"{m.group('day')}; {y.source}: {w.group('verb')} on {w.group('day')}",
                                        about=f"when the {m.group('noun')} was first known"), taken)
    return None


def _value(n: str) -> float:
    n = n.lower().replace(",", "")
    return float(lang.NUMBER_UNITS[n]) if n in lang.NUMBER_UNITS else float(n)


def events_counted(fs: list[Features], i: int, taken=frozenset()):
    """Claim `i`: a named side counts things that did an act ("three of them caught fire"); the nearest claim of
    another side counting the act's event noun ("seven fires") with a value MOVED_RATIO apart."""
    x = fs[i]
    m = _ACTED.search(x.claim.text)
    if m is None or not _named(x) or _NEGATION.search(x.claim.text[:m.start()]):
        return None
    noun, n1 = lang.ACT_EVENT_NOUNS[" ".join(m.group("act").lower().split())], _value(m.group("n"))
    for j, y in _near(fs, i):
        if not _named(y) or not other_side(x, y) or y.claim.certainty in ("denied", "negated"):
            continue
        q = next((q for q in y.claim.quantities if q.unit is None and (q.counted or "").lower() == noun), None)
        if q is not None and max(n1, q.value) >= MOVED_RATIO * min(n1, q.value) > 0:
            return _pair(fs, i, j, Judgment("assertion", f"in one article, {x.source}: {readable(n1, None)} {m.group('act')}; {y.source}: "
                                                         f"{readable(q.value, None)} {noun}", about=f"how many {noun}"), taken)
    return None


def relayed_figure(fs: list[Features], i: int, taken=frozenset()):
    """Claim `i`: "<Body> has told us <figure>." right after a claim of the same unit that does not name the body,
    the figures MOVED_RATIO apart: the body's figure against the speaker's own."""
    y = fs[i]
    m = _RELAYED.match(y.claim.text)
    if m is None or i == 0 or y.source == ARTICLE_VOICE:
        return None
    x = fs[i - 1]
    if m.group("who").split()[0].lower() in x.claim.text.lower() or "?" in x.claim.text or x.claim.certainty in ("denied", "negated"):
        return None
    for q2 in (q for q in y.claim.quantities if q.unit):
        q1 = next((q for q in x.claim.quantities if q.unit == q2.unit), None)
        if q1 is not None and max(q1.value, q2.value) >= MOVED_RATIO * min(q1.value, q2.value) > 0:
            return _pair(fs, i, i - 1, Judgment("assertion", f"in one article, {x.source}: {readable(q1.value, q1.unit)}; {m.group('who')} "
                                                             f"(as {y.source} tells it): {readable(q2.value, q2.unit)}",
                                                about=q1.counted or q2.counted), taken)
    return None


def blame_answered(fs: list[Features], i: int, taken=frozenset()):
    """Claim `i`: a named side blames a thing; the nearest claim of another side saying that thing worked as meant."""
    x = fs[i]
    m = _BLAMED.search(x.claim.text)
    if m is None or not _named(x) or _NEGATION.search(x.claim.text[:m.start()]):
        return None
    blamed = {w.lower() for w in m.group("what").split() if len(w) >= 4}
    for j, y in _near(fs, i):
        w = _WORKED.search(y.claim.text)
        if w is None or not _named(y) or not other_side(x, y) or w.group("noun").lower() not in blamed \
                or _NEGATION.search(y.claim.text[:w.end()]):
            continue
        return _pair(fs, i, j, Judgment("assertion", f"in one article, {x.source}: blamed the {w.group('noun')}; {y.source}: "
                                                     f"it worked as designed", about=f"whether the {w.group('noun')} was at fault"), taken)
    return None


def within_records(fs: list[Features], taken=frozenset()) -> list[tuple[Features, Features, object]]:
    """Every such pair in one article's claims (text order), the earlier claim first."""
    return [found for i in range(len(fs)) for rule in (hurt_denied, credential_lapsed, not_from_teller, warned_before, events_counted, relayed_figure, blame_answered)
            if (found := rule(fs, i, taken)) is not None] + within_states(fs, taken)
