"""Figures told bare inside one article (issue 15; within52): a source answers the figure just told
with its own, naming nothing it counts, or says nobody did what another side counts. Each rule
needs a link stronger than a shared word:

* a figure with no counted noun of its own, told through a pronoun, "there were" or "put the
  number at" ("He said it came to $2,150."; "<Name> says there were fewer than ten."; "The
  authority put the number at about a dozen."; lang.BARE_FIGURE_RE) against the nearest of the
  BARE_REACH claims before it of another side that gives a figure of the same kind (money against
  money, a count against a count) which the bare figure does not meet (a bound: "fewer than ten"
  against 23; "more than 20" meets 23) (`bare_figure`); one of the two may be the article's own
  voice, not both;
* "no <thing> had <done>" against "<n> <things> had <done>" of another side told before it anywhere
  in the article (the same noun and verb; lang.NONE_DID_RE, COUNT_DID_RE) (`none_did`);
* a position denied ("the reservoir was never above its safe level") against another side's
  figure past it ("The reservoir ... was 1.4 meters above its safe operating level"): the same
  position word, the same content word after it, and the denied clause's subject word in the
  other claim, told before it anywhere in the article (`never_past`);
* a witness of no such thing ("heard no siren") against another side telling that thing as the
  subject of a past act ("the sirens on the river bank sounded at 5 a.m."), within WITHIN_REACH
  (`perceived_none`).

Near misses: the same figure, or one the bound meets; a figure of another kind (money against a
count); a bare figure with nothing of another side before it; "there were ten buses" (a noun of
its own); no one doing another act ("no student had applied"); hearing none of another thing;
"never below" against "above" (one account: negposition.py); a position denied of another subject.
"""

from __future__ import annotations

import re

from .. import lang, thresholds
from ..schema import ARTICLE_VOICE
from .classify import Judgment
from .figureclash import other_side
from .pairs import STOP, Features, stem

__all__ = ["bare_figure", "bare_figures", "never_past", "none_did", "perceived_none"]

_BARE = re.compile(lang.BARE_FIGURE_RE, re.I)
_NONE_DID = re.compile(lang.NONE_DID_RE, re.I)
_COUNT_DID = re.compile(lang.COUNT_DID_RE, re.I)
_PERCEIVED_NONE = re.compile(lang.PERCEIVED_NONE_RE, re.I)
_THING_DID = re.compile(lang.THING_DID_RE, re.I)
_WORDS = {**lang.NUMBER_UNITS, **lang.NUMBER_TENS, "a dozen": 12}
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_MONEY = frozenset(lang.CURRENCY_SIGNS.values())
_NEVER_PAST = re.compile(lang.NEVER_PAST_RE, re.I)
#: How many claims back a bare figure looks for the figure it answers (the nearest of another side).
BARE_REACH = 2


def _noun(word: str) -> str:
    """A noun's stem, one for its singular and plural ("sirens", "siren")."""
    w = stem(word.lower())
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def _question(f: Features) -> bool:
    return "?" in f.claim.text


def _bare(text: str) -> tuple[float, str, str] | None:
    """(value, kind, bound) of a bare figure: kind "money" or "count"; None when there is none."""
    m = _BARE.search(text)
    if m is None:
        return None
    fig = m.group("fig").lower()
    money = fig[:1] in "$£€"
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", fig)
    if digits:
        value = float(digits.group(0).replace(",", ""))
        value *= next((k for w, k in _SCALE.items() if w in fig), 1)
    elif " ".join(fig.split()) in _WORDS:
        value = float(_WORDS[" ".join(fig.split())])
    else:
        return None
    bound = " ".join((m.group("bound") or "").lower().split())
    return value, "money" if money else "count", bound


def _meets(told: float, value: float, bound: str) -> bool:
    """Whether `told` meets a bare figure `value` with its bound (equal for none)."""
    if bound in lang.UPPER_BOUNDS:
        return told < value or (bound in ("at most", "no more than") and told == value)
    if bound in lang.LOWER_BOUNDS:
        return told > value or (bound == "at least" and told == value)
    return told == value


def _figures(f: Features, kind: str) -> list[float]:
    """The figures of a claim of one kind: money, or counts of a thing (no unit of time or measure)."""
    out = []
    for q in f.claim.quantities:
        if kind == "money" and q.unit in _MONEY:
            out.append(q.value)
        elif kind == "count" and q.unit is None and q.counted and not any(ch.isdigit() for ch in q.counted):
            out.append(q.value)
    return out


def bare_figure(fs: list[Features], i: int, taken=frozenset()) -> tuple[Features, Features, Judgment] | None:
    """Claim `i` gives a bare figure against the nearest earlier figure of the same kind of another side."""
    y = fs[i]
    bare = _bare(y.claim.text)
    if bare is None or _question(y) or y.claim.certainty in ("denied", "negated"):
        return None
    value, kind, bound = bare
    for x in reversed(fs[max(0, i - BARE_REACH):i]):
        if ARTICLE_VOICE == x.source == y.source or not other_side(x, y) or _question(x):
            continue
        told = _figures(x, kind)
        if not told:
            continue
        if tuple(sorted((x.index, y.index))) in taken or x.claim.certainty in ("denied", "negated"):
            return None
        if any(_meets(t, value, bound) for t in told) or value in x.all_numbers:
            return None
        shown = f"{bound} {value:,.0f}".strip()
        return x, y, Judgment("assertion", f"in one article, {x.source}: {told[0]:,.0f}; {y.source}: {shown}",
                              about="how many" if kind == "count" else "how much")
    return None


def none_did(x: Features, y: Features) -> Judgment | None:
    """One side counts those who did an act; the other says no one of them did it (either order)."""
    if not other_side(x, y):
        return None
    for a, b in ((x, y), (y, x)):
        for m in _NONE_DID.finditer(b.claim.text):
            for c in _COUNT_DID.finditer(a.claim.text):
                if _noun(c.group("noun")) == _noun(m.group("noun")) \
                        and stem(c.group("verb").lower()) == stem(m.group("verb").lower()) and c.group("n") != "0":
                    return Judgment("assertion", f"in one article, {a.source}: {c.group('n')} {c.group('noun')} "
                                                 f"{c.group('verb')}; {b.source}: none", about=c.group("noun"))
    return None


def perceived_none(x: Features, y: Features) -> Judgment | None:
    """One side tells a thing's act ("the sirens sounded"); a later one heard or saw none of it."""
    if not other_side(x, y) or ARTICLE_VOICE in (x.source, y.source) or x.claim.certainty in ("denied", "negated"):
        return None
    for m in _PERCEIVED_NONE.finditer(y.claim.text):
        for t in _THING_DID.finditer(x.claim.text):
            if _noun(t.group("noun")) == _noun(m.group("noun")):
                return Judgment("assertion", f"in one article, {x.source}: the {t.group('noun')} {t.group('verb')}; "
                                             f"{y.source}: no {m.group('noun')}", about=m.group("noun"))
    return None


def _content(text: str) -> str:
    """The stem of the first content word of `text` (within four words), or ''."""
    return next((stem(w) for w in re.findall(r"[a-z][a-z'’-]*", text.lower())[:4] if w not in STOP), "")


def never_past(x: Features, y: Features) -> Judgment | None:
    """`y` denies that a thing was ever past a position (`never above its safe level`) that `x`, of
    another side, gives a figure past (`was 1.4 meters above its safe operating level`)."""
    if not other_side(x, y) or x.claim.certainty in ("denied", "negated"):
        return None
    for m in _NEVER_PAST.finditer(y.claim.text):
        subj, pos, after = m.group("subj").lower(), m.group("pos").lower(), _content(m.group("rest"))
        if subj in STOP or not after or not re.search(r"\b" + subj + r"\b", x.claim.text, re.I):
            continue
        for o in re.finditer(r"\d[\d,.]*\s+(?:[a-z]+\s+){0,2}?" + pos + r"\s+([^.;:]{0,40})", x.claim.text, re.I):
            if _content(o.group(1)) == after:
                return Judgment("assertion", f"in one article, {x.source}: {pos}; {y.source}: never {pos}", about=subj)
    return None


def bare_figures(fs: list[Features], taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """Every such dispute in one article's claims (text order), the earlier claim first; one per pair."""
    out, seen = [], set()  # `taken` may be a table of judged pairs (streamalign): asked with `in`, never copied
    for i, y in enumerate(fs):
        found = bare_figure(fs, i, taken)
        if found is None and not _question(y):
            for k in range(i - 1, -1, -1):  # "no <thing> had <done>" is linked by its noun and verb: any earlier claim
                x = fs[k]
                if _question(x) or tuple(sorted((x.index, y.index))) in seen or tuple(sorted((x.index, y.index))) in taken:
                    continue
                jd = none_did(x, y) or never_past(x, y) or (perceived_none(x, y) if i - k <= thresholds.WITHIN_REACH else None)
                if jd is not None:
                    found = (x, y, jd)
                    break
        if found is not None and tuple(sorted((found[0].index, found[1].index))) not in seen \
                and tuple(sorted((found[0].index, found[1].index))) not in taken:
            seen.add(tuple(sorted((found[0].index, found[1].index))))
            out.append(found)
    return out
