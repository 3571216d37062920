"""Counts and acts told in other words inside one article (issue 15; within53). Each rule needs a
link stronger than a shared word:

* a part past the whole: "<n> of its members were hurt" (a body's count of its own people, lang.
  MEMBERS_DID_RE) against another side's "<m> <people> injured" just before or after it (within
  WITHIN_REACH), the same act by sense ("hurt" / "injuring"), n above m, and the whole's noun the
  body's kind of people (a word of the body's name: "dock workers" / "the <Town> Dockers' Union")
  or "people" (`members_past_whole`);
* one thing out of service for two lengths of time: "<the system> was down for 31 hours" / "<the
  system> was out for 52 hours" (lang.OUT_FOR_RE), the same subject noun and unit, two sides,
  within WITHIN_REACH; an approximation ("about") keeps the figure, another bound ("more than")
  meets more than one (`out_for_clash`);
* an act not done since a date ("had not had a full safety inspection since March 2022", lang.
  NOT_SINCE_RE) against another side's telling of it done later ("the crane had been inspected in
  January"; lang.DONE_IN_RE), anywhere in the article: the same act by its root, a word of the
  first's subject before the act in the other; a month alone is read as the latest such month,
  after a date told with its year (`not_since`);
* an act told as never made by its noun ("no promise of money had been made") against another
  side's account of that act ("the state had promised $4 million"), anywhere before it in the
  article, when the one who denies is the one said to have acted (a word of the denier's name
  before the act's verb: "the state" / "The state's higher education department") (`act_unmade`).

Near misses: a part the whole holds ("two of its members were hurt" against three); another act
("five of its members were questioned"); people of another kind ("three passengers were hurt");
two things out of service ("the ward was closed for 52 hours"); a bound both figures meet; an act
denied by one who is not said to have acted ("the mayor had promised"), or by the act's own side;
an act done before the date ("inspected in January 2022" against "since March 2022") or another
act ("the cables were replaced in January").
"""

from __future__ import annotations

import re

from .. import lang, thresholds
from ..schema import ARTICLE_VOICE
from .classify import Judgment
from .figureclash import other_side
from .pairs import STOP, Features, negator, stem
from .reference import lemma
from .senses import sense

__all__ = ["act_unmade", "members_past_whole", "not_since", "out_for_clash", "within_counts"]

_MEMBERS = re.compile(lang.MEMBERS_DID_RE, re.I)
_OUT_FOR = re.compile(lang.OUT_FOR_RE, re.I)
_NO_ACT = re.compile(lang.NO_ACT_MADE_RE, re.I)
_NOT_SINCE = re.compile(lang.NOT_SINCE_RE)  # case kept: a month is capitalised
_DONE_IN = re.compile(lang.DONE_IN_RE)
_MONTH = {m.lower(): k for k, m in enumerate(lang.MONTHS, 1)}
_WORDS = {**lang.NUMBER_UNITS, **lang.NUMBER_TENS}
_WORD = re.compile(r"[a-z]+")
_BE = lang.AUXILIARY_FORMS
_ENDINGS = re.compile(r"(?:" + "|".join(lang.ACT_ENDINGS) + r")$")


def _value(s: str) -> float | None:
    s = s.lower().replace(",", "")
    if s[:1].isdigit():
        return float(s)
    return float(_WORDS[s]) if s in _WORDS else None


def _sense(w: str) -> str:
    return sense(w, lemma)


def _acts_on(text: str, counted: str) -> set[str]:
    """Senses of the verbs a count of `counted` stands after or undergoes ("injuring three dock
    workers", "three workers were injured")."""
    out = set()
    for m in re.finditer(r"(?P<pre>[a-z]+)?\s*(?:about\s+)?[\w,]+\s+" + re.escape(counted) + r"\b(?:\s+(?:were|was|had\s+been|"
                         r"have\s+been)\s+(?:\w+ly\s+)?(?P<post>[a-z]+))?", text, re.I):
        for w in (m.group("pre"), m.group("post")):
            if w and w.lower() not in _BE:
                out.add(_sense(w))
    return out


def members_past_whole(x: Features, y: Features) -> Judgment | None:
    """One side counts more of its own people who underwent an act than another counts in all."""
    if not other_side(x, y) or ARTICLE_VOICE in (x.source, y.source):
        return None
    for part, whole in ((x, y), (y, x)):
        for m in _MEMBERS.finditer(part.claim.text):
            n = _value(m.group("n"))
            if n is None:
                continue
            verb = _sense(m.group("verb"))
            body = {w for w in _WORD.findall(part.source.lower()) if len(w) >= 4}
            for q in whole.claim.quantities:
                if q.unit is not None or not q.counted or any(ch.isdigit() for ch in q.counted) or q.value >= n:
                    continue
                kind = [w for w in _WORD.findall(q.counted.lower()) if len(w) >= 4]
                if not (kind == ["people"] or any(b.startswith(k) or k.startswith(stem(b)) for k in kind for b in body)):
                    continue
                if verb in _acts_on(whole.claim.text, q.counted):
                    return Judgment("assertion", f"in one article, {whole.source}: {q.value:,.0f} {q.counted}; "
                                                 f"{part.source}: {n:,.0f} of its {m.group('noun')}", about="how many")
    return None


def _out_for(text: str):
    for m in _OUT_FOR.finditer(text):
        bound = " ".join((m.group("bound") or "").split())
        n = _value(m.group("n"))
        if n is not None and (not bound or bound in lang.APPROXIMATIONS):
            yield stem(m.group("subj").lower()), m.group("unit").lower().rstrip("s"), n


def out_for_clash(x: Features, y: Features) -> Judgment | None:
    """Two sides give one thing two lengths of time out of service."""
    if not other_side(x, y) or x.claim.certainty in ("denied", "negated") or y.claim.certainty in ("denied", "negated"):
        return None
    for s1, u1, n1 in _out_for(x.claim.text):
        for s2, u2, n2 in _out_for(y.claim.text):
            if s1 == s2 and u1 == u2 and n1 != n2:
                return Judgment("assertion", f"in one article, {x.source}: {n1:,.0f} {u1}s; {y.source}: {n2:,.0f} {u2}s",
                                about="how long")
    return None


def act_unmade(fs: list[Features], i: int, taken=frozenset()) -> tuple[Features, Features, Judgment] | None:
    """Claim `i` says an act was never made, by its noun; the account of it before, of the denier."""
    y = fs[i]
    m = _NO_ACT.search(y.claim.text)
    if m is None or "?" in y.claim.text or y.source == ARTICLE_VOICE:
        return None
    act = stem(m.group("noun").lower())
    denier = {w for w in _WORD.findall(y.source.lower()) if w not in STOP and len(w) >= 4}
    for x in reversed(fs[:i]):
        if not other_side(x, y) or "?" in x.claim.text or x.claim.certainty in ("denied", "negated"):
            continue
        words = _WORD.findall(x.claim.text.lower())
        for k, w in enumerate(words):
            if k and w.endswith("ed") and stem(w) == act and not negator(words[k - 1]) \
                    and denier & set(words[max(0, k - 4):k]):  # "the state had promised": the denier acted
                if tuple(sorted((x.index, y.index))) in taken:
                    return None
                # an act against its denial, not a rejection of an account: kept apart from onedispute's merging
                return x, y, Judgment("assertion", f"in one article, {x.source}: {w}; {y.source}: no {m.group('noun')} made",
                                      about=m.group("noun"))
    return None


def _root(w: str) -> str:
    """An act's root for its noun and its verb ("inspection" / "inspected", "checks" / "checked")."""
    w = _ENDINGS.sub("", w.lower())
    return w[:-1] if w.endswith("e") else w


def _subject_words(text: str, end: int) -> set[str]:
    return {w for w in _WORD.findall(text[:end].lower()) if len(w) >= 4 and w not in STOP}


def _pronoun_after(a: Features, b: Features, words: str) -> bool:
    """`b` told after `a`, its act's subject a bare "it" / "they" (auxiliaries aside: "It was serviced in March"
    answering "the machine had not been serviced since 2022"; within57)."""
    toks = _WORD.findall(words)
    return b.claim.evidence.start >= a.claim.evidence.end and bool(toks) and toks[0] in ("it", "they") \
        and all(t in lang.AUXILIARY_FORMS for t in toks[1:])


def not_since(x: Features, y: Features) -> Judgment | None:
    """One side: a thing has not undergone an act since a date; the other: it did, later (either order)."""
    if not other_side(x, y):
        return None
    for a, b in ((x, y), (y, x)):
        for m in _NOT_SINCE.finditer(a.claim.text):
            month = _MONTH.get((m.group("month") or "").lower(), 0)
            if m.group("month") and not month:
                continue
            since = (int(m.group("year")), month)
            subject = _subject_words(a.claim.text, m.start())
            for d in _DONE_IN.finditer(b.claim.text):
                if _root(d.group("act")) != _root(m.group("act")) or b.claim.certainty in ("denied", "negated"):
                    continue
                dm = _MONTH.get((d.group("month") or "").lower(), 0)
                if d.group("month") and not dm:
                    continue
                year = d.group("year") or d.group("year2")
                later = (int(year), dm) > since if year else True  # a month alone: the latest such month
                words = b.claim.text[:d.start()].lower()
                if later and (subject & set(_WORD.findall(words)) or _pronoun_after(a, b, words)) \
                        and not any(negator(w) for w in words.split()[-3:]):
                    return Judgment("assertion", f"in one article, {a.source}: no {m.group('act')} since "
                                                 f"{m.group('month') or ''} {m.group('year')}; {b.source}: "
                                                 f"{d.group(0)}".replace("  ", " "), about=m.group("act"))
    return None


def within_counts(fs: list[Features], taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """Every such pair in one article's claims (text order), the earlier claim first."""
    out = []
    for i, x in enumerate(fs):
        for y in fs[i + 1:i + 1 + thresholds.WITHIN_REACH]:
            if tuple(sorted((x.index, y.index))) in taken:
                continue
            jd = members_past_whole(x, y) or out_for_clash(x, y)
            if jd is not None:
                out.append((x, y, jd))
        found = act_unmade(fs, i, taken)
        if found is not None:
            out.append(found)
        for y in fs[i + 1:]:  # told anywhere in the article
            if tuple(sorted((x.index, y.index))) not in taken and (jd := not_since(x, y)) is not None:
                out.append((x, y, jd))
    return out
