"""Figures and accounts disputed inside one article (issue 15; within49): the article tells a
source's figure, then a record or another side that gives another one, often in other words and
with no name shared. A rule here needs a link stronger than a shared name:

* a record shown against a source ("The mayor said the city hired <n1> officers." / "Payroll
  records, obtained by the <Paper>, show that <n2> officers joined the force."): a claim whose
  subject is a record (lang.RECORD_NOUNS) that shows (lang.RECORD_VERBS) a count of the same
  counted noun, a percent of the same thing (two content words shared after the verb) or another
  month of the same event (two content words shared), against the nearest earlier claim of a
  named source of another side (WITHIN_REACH claims back) that gives a different one;
* a figure given as a correction of the one just told ("The union says the figure is closer to
  <n2>", "the shortfall was closer to <n2>", lang.CORRECTED_FIGURE_RE): against the nearest of the CORRECTED_REACH claims before it of
  another side giving a count of the same unit with another value (when the correction names its
  counted noun, "the real number of jobs at risk was <n2>", or its subject, "the shortfall was closer to
  <n2>": the nearest earlier count of that noun, or told with that subject);
* a rebuttal naming the account's owner by a description ("disputed the company's account"):
  the owner is the earlier source the article calls by that description (its source is "the
  company", or one claim names the source and "the company" together), not the claim told just
  before (`described_owner`, read by disputes.rebuttal);
* a denial of one's own act in a gerund ("<Co> denied paying any ransom") against another side
  telling that act with the denier as its subject ("said <Co> had paid it"), its object a pronoun
  or a shared word (`gerund_denial`);
* an opinion about figures ("called the figures misleading") is no rebuttal of them unless it
  calls them untrue (`figures_opinion`, lang.FIGURE_FALSITY_RE).

Near misses: a record showing the same figure, another counted noun, another act on the same noun
("<n> officers retired"), another event's month; two sources who add to each other; a
"closer to" that corrects nothing told before.
"""

from __future__ import annotations

import re

from .. import lang, thresholds
from ..schema import ARTICLE_VOICE
from .classify import Judgment, part_of, side_of
from .countacts import acts_apart
from .measure_frames import verbs_after_apart
from .pairs import STOP, Features, head_noun, same_source, source_words, stem
from .sourcenames import source_head

__all__ = ["described_owner", "figure_clashes", "figures_opinion", "gerund_denial", "other_side"]

_RECORD = re.compile(r"\b(?:" + "|".join(lang.RECORD_NOUNS) + r")\b[^.;:?!]{0,60}?\b(?:"
                     + "|".join(lang.RECORD_VERBS) + r")\b(?:\s+that\b)?", re.I)
_CORRECTED = re.compile(lang.CORRECTED_FIGURE_RE, re.I)
_FALSITY = re.compile(lang.FIGURE_FALSITY_RE, re.I)
_MONTHS = re.compile(r"\b(?:" + "|".join(m.capitalize() for m in lang.MONTHS) + r")\b")
_QUESTION = re.compile(r"\?\s*[”\"]?\s*$")
_TOKS = re.compile(r"[a-z]+")
_FUNCTION = frozenset(lang.FUNCTION_WORDS)
_NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")
#: How many words of a claim may come before its record subject ("But a complaint log ...").
RECORD_OPENING_WORDS = 4
#: Content words a record's shown clause shares with a source's claim for a percent or a month.
SHOWN_SHARED = 2
#: Content words a record's shown clause shares with a source's claim more than WITHIN_REACH
#: claims back for a month ("its last safety inspection in March" / "the ship's last safety
#: inspection took place in November": last, safety, inspection).
FAR_SHOWN_SHARED = 3
#: How many claims back a corrected figure ("the figure is closer to <n>") looks for the figure.
CORRECTED_REACH = 2
_SCALES = {"million": 1e6, "billion": 1e9}


def _other_side(g: Features, r: Features) -> bool:
    """Two sides: not one source, not one side's head ("the <Town> Nurses' Union" is not "the <Town>
    Health Trust", though both names hold the town: same_source would join them)."""
    return not (g.source == r.source or part_of(g, r)
                or (g.source != ARTICLE_VOICE and side_of(g.source) == side_of(r.source))
                or (same_source(g, r) and source_head(g.source) == source_head(r.source)))


def _stems(text: str, drop: set[str], stop=STOP) -> set[str]:
    return {stem(t) for t in _TOKS.findall(text.lower()) if len(t) > 2 and t not in stop} - drop


def _numbers(text: str) -> set[float]:
    return {float(n.replace(",", "")) for n in _NUM.findall(text)}


def _record_tail(f: Features) -> str:
    """The words a record shows, when the claim's subject is a record ("Payroll records, obtained
    by the <Paper>, show that <n> officers joined ..." -> "<n> officers joined ..."), else ''."""
    m = _RECORD.search(f.claim.text)
    if m is None or len(f.claim.text[:m.start()].split()) > RECORD_OPENING_WORDS:
        return ""
    return f.claim.text[m.end():]


def other_side(g: Features, r: Features) -> bool:
    """Two claims of two sides (`_other_side`), for the other within-article rules (statediffs.py)."""
    return _other_side(g, r)


def _usable(x: Features) -> bool:
    return x.source != ARTICLE_VOICE and not _QUESTION.search(x.claim.text) \
        and x.claim.certainty not in ("denied", "negated") and not _record_tail(x)


def _count_clash(x: Features, y: Features, tail: str):
    """(q1, q2): a count of `x` and one `y`'s record shows, of one thing, different values."""
    shown = _numbers(tail)
    shared = _stems(x.claim.text, source_words(x.source)) & _stems(tail, set())
    for q2 in y.claim.quantities:
        if q2.value not in shown:
            continue
        for q1 in x.claim.quantities:
            if q1.unit != q2.unit or q1.value == q2.value or q1.value in y.all_numbers or q2.value in x.all_numbers:
                continue
            if q1.unit == "percent":
                if len(shared) >= SHOWN_SHARED:
                    return q1, q2
            elif head_noun(q1.counted) and head_noun(q1.counted) == head_noun(q2.counted) \
                    and not acts_apart(x, q1, y, q2) and not verbs_after_apart(x, q1, y, q2):
                return q1, q2
    return None


def _month_clash(x: Features, tail: str, need: int = SHOWN_SHARED) -> tuple[str, str] | None:
    m1, m2 = set(_MONTHS.findall(x.claim.text)), set(_MONTHS.findall(tail))
    if not m1 or not m2 or m1 & m2:
        return None
    drop = {stem(m.lower()) for m in m1 | m2} | source_words(x.source)
    # function words only: "the first report ... in August" / "the first such report ... in February"
    if len(_stems(x.claim.text, drop, _FUNCTION) & _stems(tail, drop, _FUNCTION)) < need:
        return None
    return sorted(m1)[0], sorted(m2)[0]


def shown_figure(fs: list[Features], i: int, taken=frozenset()) -> tuple[Features, Features, Judgment] | None:
    """Claim `i`'s record shows another figure or month than an earlier named source gave."""
    y = fs[i]
    tail = _record_tail(y)
    if not tail:
        return None
    for back, x in enumerate(reversed(fs[:i]), 1):
        if not _usable(x) or not _other_side(x, y) or tuple(sorted((x.index, y.index))) in taken:
            continue
        if back > thresholds.WITHIN_REACH:  # farther back: a month of one event told in three shared words
            months = _month_clash(x, tail, FAR_SHOWN_SHARED)
            if months:
                return x, y, Judgment("assertion", f"in one article, {x.source}: {months[0]}; a record shows {months[1]}",
                                      about="when")
            continue
        qs = _count_clash(x, y, tail)
        if qs:
            q1, q2 = qs
            return x, y, Judgment("numbers", f"in one article, {x.source}: {q1.value:g}; a record shows {q2.value:g}",
                                  about=q2.counted, values=(q1.value, q2.value))
        months = _month_clash(x, tail)
        if months:
            return x, y, Judgment("assertion", f"in one article, {x.source}: {months[0]}; a record shows {months[1]}",
                                  about="when")
    return None


def _value(text: str) -> tuple[float, str | None]:
    n = float(_NUM.search(text).group(0).replace(",", ""))
    low = text.lower()
    for w, k in _SCALES.items():
        if w in low:
            n *= k
    return n, ("percent" if ("percent" in low or "%" in low) else None)


def corrected_figure(fs: list[Features], i: int, taken=frozenset()) -> tuple[Features, Features, Judgment] | None:
    """Claim `i` gives a figure as a correction ("the figure is closer to <n>", "the real number of
    jobs at risk was <n>") of another side's count told before: the nearest of the CORRECTED_REACH
    claims before, or, when the correction names what it counts, the nearest earlier claim
    counting the same noun."""
    y = fs[i]
    m = _CORRECTED.search(y.claim.text)
    if m is None or y.source == ARTICLE_VOICE or not (m.group("real") or m.group("fix")):
        return None
    noun = m.group("noun")
    if noun and (not m.group("fix") or noun in STOP):
        return None  # "the shortfall was 6 million" is a count, not a correction
    value, unit = _value(m.group("num"))
    what = head_noun((m.group("what") or "").split(" ")[0])  # "of jobs at risk" counts jobs
    reach = i if (what or noun) else CORRECTED_REACH  # the thing named: the nearest count of it, however early
    for x in reversed(fs[max(0, i - reach):i]):
        if not _usable(x) or not _other_side(x, y) or tuple(sorted((x.index, y.index))) in taken:
            continue
        if noun and not re.search(r"\b" + noun + r"\b", x.claim.text, re.I):
            continue  # "the shortfall was closer to <n2>": a count told with "shortfall"
        for q in x.claim.quantities:
            if what and head_noun(q.counted) != what:
                continue
            if q.value != value and (q.unit == "percent") == (unit == "percent") and value not in x.all_numbers:
                return x, y, Judgment("numbers", f"in one article, {x.source}: {q.value:g}; {y.source}: {value:g}",
                                      about=q.counted, values=(q.value, value))
    return None


_GERUND_DENIAL = re.compile(r"\b(?:" + "|".join(lang.GERUND_DENYING_VERBS) + r")\s+(?:ever\s+|having\s+)?([a-z]{2,}?)(?:ing)\b([^.;:?!]{0,60})")
_OBJECT_PRONOUNS = frozenset(lang.PERSON_OBJECT_PRONOUNS) | {"it"}
#: How many words after the other claim's verb its object is looked for ("had paid it to delete").
GERUND_OBJECT_WORDS = 4


def _bases(g: str) -> set[str]:
    """Base forms a gerund's stem may stand for ("pay" -> pay; "tak" -> take; "stopp" -> stop)."""
    return {g, g + "e"} | ({g[:-1]} if len(g) > 2 and g[-1] == g[-2] else set())


def gerund_denial(fs: list[Features], i: int, taken=frozenset()) -> tuple[Features, Features, Judgment] | None:
    """Claim `i` denies its own act in a gerund ("<Co> denied paying any ransom"); another side
    tells that act with the denier named as its subject ("said <Co> had paid it to delete the
    files"), the object a pronoun or sharing a content word: (earlier, later, judgment), or None."""
    n = fs[i]
    m = _GERUND_DENIAL.search(n.claim.text)
    if m is None or n.source == ARTICLE_VOICE:
        return None
    bases = _bases(m.group(1))
    obj = _stems(m.group(2), set())
    names = [w for w in re.findall(r"[A-Z][\w’'-]+", n.source) if w.lower() not in STOP]
    if not names:
        return None
    act = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?([a-z]+)\b((?:\s+[\w’'-]+){0,"
                     + str(GERUND_OBJECT_WORDS) + r"})")
    for d in range(1, len(fs)):
        for j in (i - d, i + d):
            if not 0 <= j < len(fs) or tuple(sorted((fs[i].index, fs[j].index))) in taken:
                continue
            a = fs[j]
            if not _usable(a) or not _other_side(a, n):
                continue
            for h in act.finditer(a.claim.text):
                verb = h.group(1)
                if lang.IRREGULAR_FORMS.get(verb, re.sub(r"(?:ed|s)$", "", verb)) not in bases | {b.rstrip("e") for b in bases}:
                    continue
                after = h.group(2).lower().split()
                if (after and after[0] in _OBJECT_PRONOUNS) or obj & _stems(h.group(2), set()):
                    pair = (a, n) if j < i else (n, a)
                    return pair[0], pair[1], Judgment("assertion", f"in one article, {n.source} denies {m.group(1)}ing; "
                                                                   f"{a.source} says it did", about=m.group(1) + "ing")
    return None


def figure_clashes(fs: list[Features], taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """Every such figure dispute in one article's claims (text order), one per later claim."""
    out = []
    for i in range(len(fs)):
        found = shown_figure(fs, i, taken) or corrected_figure(fs, i, taken) or gerund_denial(fs, i, taken)
        if found is not None:
            out.append(found)
    return out


def figures_opinion(text: str, noun: str) -> bool:
    """A rebuttal pointing at figures ("called the figures misleading") with no word calling them
    untrue: an opinion about them, not a rebuttal."""
    return noun.rstrip("s") in {n.rstrip("s") for n in lang.FIGURE_OBJECT_NOUNS} and not _FALSITY.search(text)


def described_owner(fs: list[Features], i: int, fits) -> Features | None:
    """The claim a rebuttal answers when it names the account's owner by a description ("disputed
    the company's account"): the nearest earlier claim `fits(g)` lets through whose source is
    that description, or is named in one claim of the article together with it ("<Name> chief
    executive ... on the company's website"), sharing a content word with the rebuttal."""
    r = fs[i]
    m = re.search(r"\bthe\s+(" + "|".join(lang.DESCRIBED_OWNER_HEADS) + r")['’]s?\s+(?:\w+\s+)?(?:"
                  + "|".join(lang.PUBLISHED_ACCOUNT_NOUNS) + r"|version|explanation)\b", r.claim.text, re.I)
    if m is None:
        return None
    head = m.group(1).lower()
    desc = re.compile(r"\bthe\s+" + head + r"\b", re.I)
    words = _stems(r.claim.text, source_words(r.source) | {stem(head)})
    for g in reversed(fs[:i]):
        if g.source == ARTICLE_VOICE or not fits(g):
            continue
        name = source_head(g.source) or ""
        described = head in g.source.lower().split() or (name and any(
            desc.search(f.claim.text) and re.search(r"\b" + re.escape(name) + r"\b", f.claim.text, re.I) for f in fs))
        if described and words & _stems(g.claim.text, source_words(g.source)):
            return g
    return None
