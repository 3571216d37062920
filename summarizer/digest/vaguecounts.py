"""One count told loosely by one source and as a figure by another, the two apart (issue 15, conf26).

"Riot police scuffled with marchers near the docks, amid dozens of arrests." / "More than 300
people were arrested.": the same count (arrests) given as "dozens" and as more than 300. counts.py
compares two figures; here a vague count of a plural noun (lang.VAGUE_COUNT_SPANS, read loosely:
"dozens" may stand for up to 150) is set against a figure of the same thing, exact or bounded
("more than 300", "up to 40": counts.bound), and the two clash when they cannot meet.

The same thing: the vague count's noun is the figure's counted noun ("dozens of arrests" / "212
arrests"), or the verb right after the figure's people names it ("300 people were arrested"), or
both count people followed by one verb ("dozens of people were hurt" / "90 people were hurt").
A vague count of a kind of people ("thousands of Ruritanians", "dozens of students": a name of
origin written with a capital, or a noun of people) is the same count only with the same verb
("thousands of Ruritanians marched" is not "three Ruritanians were killed"; digest29, a CNN set)
and a word of the scene besides them shared ("riots", a place: "500,000 Ruritanians live in the north"
is not "thousands of Ruritanians live in a camp"; digest30).
Not the same count: an addition or another set ("300 more people", "another 300"), a figure or a
vague count in a negated claim, claims dated apart (counts.dated_apart), names
that clash (classify passes `clash`).
"""

from __future__ import annotations

import re

from .. import lang
from .counts import another_set, bound, dated_apart, figures_in
from .pairs import Features, head_noun, stem
from .reference import lemma

__all__ = ["vague_clash", "vague_counts"]

_VAGUE = re.compile(r"\b(" + "|".join(sorted(lang.VAGUE_COUNT_SPANS, key=len, reverse=True))
                    + r")\s+of\s+(?:[a-z-]+\s+){0,2}?([a-z-]+s)\b(?:\s+(?:" + "|".join(sorted(lang.BE_FORMS))
                    + r"))?\s*([a-z]+)?", re.I)
_PEOPLE = head_noun("people")
_REPEATED = re.compile(r"\b(?:" + "|".join(sorted(lang.REPEAT_MARKERS)) + r")\b", re.I)


def _same(a: str, b: str) -> bool:
    """One word is the other with an ending ("arrests" / "arrested"), five letters shared at least."""
    x, y = lemma(stem(a.lower())).rstrip("s"), lemma(stem(b.lower())).rstrip("s")
    n = min(len(x), len(y))
    return n >= 5 and x[:n] == y[:n]


def vague_counts(f: Features) -> list[tuple[tuple[float, float], str, str, str]]:
    """(span, noun, the verb after it or '', as written) for each vague count of the claim."""
    out = []
    for m in _VAGUE.finditer(f.claim.text):
        out.append((lang.VAGUE_COUNT_SPANS[m.group(1).lower()], m.group(2).lower(), (m.group(3) or "").lower(),
                    f.claim.text[m.start():m.end(2)]))
    return out


def _verb_after(f: Features, counted: str) -> str:
    m = re.search(r"(?<![\w.])" + re.escape(counted) + r"(?![\w])", f.claim.text)
    words = re.findall(r"[a-z]+", f.claim.text[m.end():].lower())[:3] if m else []
    return next((w for w in words if w not in lang.BE_FORMS and w not in lang.AUXILIARY_VERBS), "")


def _verbs_before(f: Features, counted: str) -> list[str]:
    """The two words before the count of `counted` ("killed two immigrants and three Ruritanians")."""
    for n in figures_in(f.claim.text):
        m = re.search(r"(?<![\w.])" + re.escape(counted) + r"(?![\w])", f.claim.text[n.start:])
        if m:
            return re.findall(r"[a-z]+", f.claim.text[:n.start].lower())[-2:]
    return []


def _same_verb(a: str, b: str) -> bool:
    """One verb, or two words of death ("were killed" / "died": lang.DEATH_WORDS)."""
    return a == b or _same(a, b) or (a in lang.DEATH_WORDS and b in lang.DEATH_WORDS)


def _same_scene(fv: Features, fq: Features, told: set[str]) -> bool:
    """The two claims share a word besides the people counted and the verb (a place, the event:
    "riots", "Marrowfield"): "500,000 Ruritanians live in the north" and "thousands of Ruritanians
    live in a camp by the border" share only those and count two sets (digest30, cnn29)."""
    drop = {stem(w) for w in told if w} | {w for w in told if w}
    return any(w not in drop and not w.startswith("#") for w in fv.words & fq.words)


def _people_kind(written: str, noun: str) -> bool:
    """A vague count of a kind of people: a capitalised noun (a name of origin or membership) or a
    noun of people (lang.PERSON_NOUNS, lang.AGENT_PLURAL_ENDINGS)."""
    last = written.split()[-1] if written.split() else ""
    return last[:1].isupper() or noun in lang.PERSON_NOUNS or noun.endswith(lang.AGENT_PLURAL_ENDINGS)


def _written(f: Features, q) -> str:
    for n in figures_in(f.claim.text):
        if round(n.value, 6) == round(q.value, 6):
            m = re.search(r"(?<![\w.])" + re.escape(q.counted) + r"(?![\w])", f.claim.text[n.start:])
            end = n.start + m.end() if m else n.end
            b = bound(f, q.value)
            lead = re.search(r"(\S+\s+\S+\s+)$", f.claim.text[:n.start]) if b else None
            return ((lead.group(1) if lead else "") + f.claim.text[n.start:end]).strip()
    return q.counted


def _one_way(fv: Features, fq: Features) -> tuple[str, str, str] | None:
    if fv.negated or fq.negated or _REPEATED.search(fv.claim.text) or _REPEATED.search(fq.claim.text):
        return None
    for (lo, hi), noun, verb, written in vague_counts(fv):
        for q in fq.claim.quantities:
            if q.unit or another_set(fq, q) or not head_noun(q.counted):
                continue
            counted = head_noun(q.counted)
            after = _verb_after(fq, q.counted)
            if not (_same(counted, noun) or (counted == _PEOPLE and after and _same(after, noun))
                    or (counted == _PEOPLE == head_noun(noun) and verb and after and _same(verb, after))):
                continue
            if _same(counted, noun) and _people_kind(written, noun) and not (
                    verb and any(_same_verb(verb, w) for w in [after, *_verbs_before(fq, q.counted)] if w)
                    and _same_scene(fv, fq, {noun, verb, after, *_verbs_before(fq, q.counted)})):
                continue  # "thousands of Ruritanians marched" / "killed three Ruritanians": two sets
            b = bound(fq, q.value)
            qlo, qhi = (q.value, float("inf")) if b == "lower" else (0.0, q.value) if b == "upper" else (q.value, q.value)
            if qhi < lo or qlo > hi:
                return written, _written(fq, q), noun
    return None


def vague_clash(f1: Features, f2: Features) -> tuple[str, str, str] | None:
    """(f1's count as written, f2's, the counted noun): a vague count and a figure of one thing
    that cannot meet (module doc), or None."""
    if dated_apart(f1, f2):
        return None
    found = _one_way(f1, f2)
    if found:
        return found
    found = _one_way(f2, f1)
    return (found[1], found[0], found[2]) if found else None
