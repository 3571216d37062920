"""Figures and trends disputed inside one article (issue 15; within51): the article tells one side's
figure or trend, then another side's that cannot be true with it. Each rule needs a link stronger
than a shared word:

* a source's figure against the earlier record it names ("Opponents have spent $3.4 million,
  according to filings ..." / "the group had spent $2.1 million and ... the rest of the money in
  the filings was spent by a separate fund"; "... had given 'no more than $900,000' ... and that
  the filings were wrong"): the later claim names the noun of the earlier claim's record source,
  gives a figure of the same kind (currency, percent or the word after it) with another value, and
  either calls the record untrue (lang.RECORD_WRONG_RE) or gives its figure as the object of the
  same verb ("spent" / "spent") (`record_answered`);
* a figure given through a pronoun as a correction of the one just told ("The average wait is 23
  weeks, the trust says." / "The union says it is closer to 30 weeks."): the claim right before, of
  another side, with a figure of the same kind (`pronoun_correction`);
* "the number of <things>" cut against the same number risen ("The hospital has cut the number of
  planned operations since October" / "the number of planned operations rose by 4 percent"), two
  sides within WITHIN_REACH (`number_trend_clash`);
* two counts of one act past one threshold of time ("<n1> of them had waited more than a year" /
  "<n2> patients have waited more than a year"), two sides within WITHIN_REACH (`threshold_clash`).

Near misses: a source adding a figure of another thing (another verb, no record called untrue); a
record named after the figure (a claim may only answer what was told before it); "it is closer to"
a figure of another kind (weeks / percent); the number of one thing cut and of another risen; two
counts past two thresholds; two sources who give the same figure.
"""

from __future__ import annotations

import re

from .. import lang, thresholds
from ..schema import ARTICLE_VOICE
from .classify import Judgment
from .figureclash import other_side
from .pairs import STOP, Features, stem

__all__ = ["counter_figures", "figures_of", "number_trend_clash", "pronoun_correction", "record_answered", "threshold_clash"]

_FIGURE = re.compile(lang.FIGURE_RE, re.I)
_RECORD_WRONG = re.compile(lang.RECORD_WRONG_RE, re.I)
_PRONOUN_FIX = re.compile(lang.PRONOUN_CORRECTION_RE, re.I)
_NUMBER_OF = re.compile(lang.NUMBER_OF_RE, re.I)
_THRESHOLD = re.compile(lang.THRESHOLD_COUNT_RE, re.I)
_APPROX = frozenset(lang.FIGURE_APPROXIMATORS)
_RECORDS = frozenset(lang.RECORD_NOUNS)
_CUT = frozenset(lang.NUMBER_CUT_VERBS)
_RISE = frozenset(lang.NUMBER_RISE_VERBS)
_FALL = frozenset(lang.NUMBER_FALL_VERBS)
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_WORD = re.compile(r"[a-z]+")
#: Words of a figure's kind that say nothing of what it counts (the word after "$2 million and").
_NO_UNIT = frozenset(STOP) | frozenset(lang.FUNCTION_WORDS)


def figures_of(text: str) -> list[tuple[float, str, str]]:
    """Each figure of a claim as (value, kind, verb before it): kind is the currency sign,
    "percent", or the word after the number; the verb is the word before it past approximators
    and quotes ("had given 'no more than $900,000'" -> "given"). Years and clock times are left out."""
    out = []
    for m in _FIGURE.finditer(text):
        if text[m.end():m.end() + 1] in (":",) or (m.start() and text[m.start() - 1] in ":.,"):
            continue
        raw = m.group("n").replace(",", "")
        try:
            v = float(raw)
        except ValueError:
            continue
        unit = (m.group("unit") or "").lower()
        if not m.group("cur") and not m.group("scale") and re.fullmatch(r"(?:19|20)\d\d", raw):
            continue  # a year
        v *= _SCALE.get((m.group("scale") or "").lower(), 1)
        kind = m.group("cur") or ("percent" if unit == "percent" or text[m.end("n"):m.end("n") + 1] == "%" else
                                  (unit if unit not in _NO_UNIT and not m.group("scale") else ""))
        before = [w for w in _WORD.findall(text[:m.start()].lower())[-6:]]
        while before and before[-1] in _APPROX:
            before.pop()
        out.append((v, kind, before[-1] if before else ""))
    return out


def _usable(f: Features) -> bool:
    return f.source != ARTICLE_VOICE and f.claim.certainty not in ("denied", "negated") and "?" not in f.claim.text


def _record_noun(source: str) -> str:
    """The record noun of a source told as a record ("filings released by the <Board>" -> "filings")."""
    words = [w.lower() for w in _WORD.findall(source.lower())]
    return next((w for w in words if w in _RECORDS), "")


def _stem1(noun: str) -> str:
    return noun[:-1] if noun.endswith("s") else noun


def record_answered(fs: list[Features], i: int, taken=frozenset()) -> tuple[Features, Features, Judgment] | None:
    """Claim `i`, of a source that is no record, names an earlier claim's record ("the filings") and
    gives another figure of the same kind, calling the record untrue or with the same verb."""
    y = fs[i]
    if not _usable(y) or _record_noun(y.source):
        return None
    wrong = {_stem1(m.group("rec").lower()) for m in _RECORD_WRONG.finditer(y.claim.text)}
    named = {_stem1(w) for w in _WORD.findall(y.low) if w in _RECORDS}
    ys = [f for f in figures_of(y.claim.text) if f[1]]
    if not named or not ys:
        return None
    for x in reversed(fs[:i]):
        rec = _stem1(_record_noun(x.source))
        if not rec or rec not in named or not _usable(x) or not other_side(x, y) \
                or tuple(sorted((x.index, y.index))) in taken:
            continue
        for v1, k1, verb1 in figures_of(x.claim.text):
            for v2, k2, verb2 in ys:
                if k1 != k2 or v1 == v2 or v1 in {f[0] for f in ys}:
                    continue
                if rec in wrong or (verb1 and verb1 == verb2 and verb1 not in STOP):
                    return x, y, Judgment("assertion", f"in one article, {x.source}: {_told(v1, k1)}; "
                                                       f"{y.source}: {_told(v2, k2)}", about=rec)
        return None  # only the nearest earlier claim of that record
    return None


def _told(v: float, kind: str) -> str:
    n = f"{v / 1e6:g} million" if v >= 1e6 else f"{v:,.0f}" if v == int(v) else f"{v:g}"
    return f"{kind}{n}" if kind in ("$", "£", "€") else f"{n} {kind}".strip()


def pronoun_correction(fs: list[Features], i: int, taken=frozenset()) -> tuple[Features, Features, Judgment] | None:
    """Claim `i` corrects the figure just told through a pronoun ("it is closer to 30 weeks")."""
    y = fs[i]
    m = _PRONOUN_FIX.search(y.claim.text)
    if m is None or not _usable(y) or i == 0:
        return None
    fixed = [f for f in figures_of(y.claim.text[m.start("fig"):]) if f[1]][:1]
    x = fs[i - 1]
    if not fixed or not _usable(x) or not other_side(x, y) or tuple(sorted((x.index, y.index))) in taken:
        return None
    v2, k2, _ = fixed[0]
    for v1, k1, _ in figures_of(x.claim.text):
        if k1 == k2 and v1 != v2:
            return x, y, Judgment("assertion", f"in one article, {x.source}: {_told(v1, k1)}; {y.source}: "
                                               f"closer to {_told(v2, k2)}", about=k2)
    return None


def _trend(text: str) -> dict[str, int]:
    """What "the number of <things>" does in a claim: +1 risen, -1 cut or fallen, by its head noun."""
    out = {}
    low = text.lower()
    for m in _NUMBER_OF.finditer(low):
        what = m.group("what").split()
        before = _WORD.findall(low[:m.start()])[-2:]
        after = _WORD.findall(low[m.end():])[:2]
        way = (-1 if any(w in _CUT for w in before) or any(w in _FALL for w in after) else
               1 if any(w in _RISE for w in before + after) else 0)
        if way:
            out[" ".join(what)] = way
    return out


def number_trend_clash(x: Features, y: Features) -> Judgment | None:
    """Two sides tell the same "number of <things>" going two ways (cut / rose)."""
    if not other_side(x, y):
        return None
    t1, t2 = _trend(x.claim.text), _trend(y.claim.text)
    for what, way in t1.items():
        if t2.get(what, way) != way:
            return Judgment("assertion", f"in one article, {x.source}: the number of {what} "
                                         f"{'fell' if way < 0 else 'rose'}; {y.source}: it "
                                         f"{'fell' if way > 0 else 'rose'}", about=what)
    return None


def _threshold_counts(text: str) -> set[tuple[float, str, str]]:
    return {(float(m.group("n").replace(",", "")), stem(m.group("verb").lower()), m.group("dur").lower())
            for m in _THRESHOLD.finditer(text)}


def threshold_clash(x: Features, y: Features) -> Judgment | None:
    """Two sides count those who did one act past one threshold of time with two values."""
    if not other_side(x, y):
        return None
    for n1, v1, d1 in _threshold_counts(x.claim.text):
        for n2, v2, d2 in _threshold_counts(y.claim.text):
            if v1 == v2 and d1 == d2 and n1 != n2 and n1 not in y.all_numbers and n2 not in x.all_numbers:
                return Judgment("assertion", f"in one article, {x.source}: {n1:,.0f}; {y.source}: {n2:,.0f} "
                                             f"(past {d1})", about=d1)
    return None


def counter_figures(fs: list[Features], taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """Every such dispute in one article's claims (text order), the earlier claim first; one per pair."""
    out, seen = [], set()

    def add(found):
        if found is None:
            return
        key = tuple(sorted((found[0].index, found[1].index)))
        if key not in seen and key not in taken:
            seen.add(key)
            out.append(found)

    for i, y in enumerate(fs):
        add(record_answered(fs, i, taken))
        add(pronoun_correction(fs, i, taken))
        if not _usable(y):
            continue
        for x in fs[max(0, i - thresholds.WITHIN_REACH):i]:
            if _usable(x):
                jd = number_trend_clash(x, y) or threshold_clash(x, y)
                if jd is not None:
                    add((x, y, jd))
    return out


def told_as_inside(feats, sides, inside, told) -> list | None:
    """A number dispute one article tells whole, shown beside the group of its values that shows it
    across articles (conflict_groups.iter_conflicts; within51): the group's two sides come from two
    articles, one of which also tells the other value (a pair of that article for the same key);
    its two claims as (value, claim) sides, or None. Not when those values from that article are
    already told. A group of more sides shows such a pair too when two of its values are the pair's and its sides
    are not both the pair's claims (blind58: 14 / 23 taken to hospital, told in one wire's lead and next paragraph,
    grouped with another outlet's 23 and two other counts; within59)."""
    if len(sides) < 2 or len(sides) == 2 and sides[0][1].article == sides[1][1].article:
        return None
    values = {v for v, _ in sides}
    shown = {f.article for _, f in sides}
    claims = {f.index for _, f in sides}
    for i, j, v1, v2 in inside:
        pair = sorted([(v1, feats[i]), (v2, feats[j])], key=lambda t: t[0])
        if feats[i].article in shown and (len(sides) == 2 and {v1, v2} == values or len(sides) > 2 and {v1, v2} <= values
                                          and not {i, j} <= claims) and v1 != v2 \
                and frozenset((f.article, v) for v, f in pair) not in told:
            return pair
    return None
