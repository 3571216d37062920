"""One count of acts told by the act's noun in one article and by the people doing it in another (issue 15;
conflict55).

"A campaign group said its petition against the closures had been signed by more than 12,000 people." / "The
clerk's office said that the campaign's petition had about 8,500 signatures.": counts.py compares counted nouns
("people" / "signatures") and countwords.agent_counts relates an agent noun to its verb ("riders" / "ride"), not a
verb's doers to its act's noun; the two claims share too little to pass the similarity gate (0.11). Here each
claim's count is read with the thing it is a count of:

* "<thing> ... <verb>ed by [bound] <n> <doers>" (a passive with its agent: "had been signed by more than 12,000
  people") gives (thing, the verb, n);
* "<thing> <holding verb> [bound] <n> <act nouns>" (lang.ACT_COUNT_HOLD_VERBS: "had", "drew", "gathered": "the
  petition had about 8,500 signatures") gives (thing, the act noun, n).

The thing is the phrase before the verbs back to the clause's start (sumframes.thing_of: its head "petition"). Two
articles' counts are one when the heads are one stem and the act noun opens with the verb's stem ("signatures" /
"signed", "votes" / "voted", "complaints" / "complained"; four letters at least), and they conflict when no count
meets both (a floor "more than", a ceiling "up to", two counts within measured.UNIT_TOLERANCE one rounded). Two
passives or two act nouns are counts.py's (the same noun); a negation, another act ("signed" / "letters"), another
thing or one article are not compared.
"""

from __future__ import annotations

import re

from .. import lang
from .classify import Judgment
from .measured import UNIT_TOLERANCE
from .pairs import Features, names_clash, stem
from .sumframes import thing_of

__all__ = ["act_count", "act_count_conflicts"]

_NUM = r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)"
_BOUND = r"(?:(?P<bound>" + lang.SUM_LOWER_BOUNDS_RE + "|" + lang.SUM_UPPER_BOUNDS_RE + "|" + lang.APPROXIMATORS_RE + r")\s+)?"
_BY = re.compile(r"\b(?P<verb>[a-z]{3,}ed)\s+by\s+" + _BOUND + _NUM + r"\s+(?P<noun>[a-z]+)\b", re.I)
_HOLD = re.compile(r"\b(?P<verb>" + "|".join(sorted(lang.ACT_COUNT_HOLD_VERBS, key=len, reverse=True)) + r")\s+" + _BOUND
                   + _NUM + r"\s+(?P<noun>[a-z]+)\b", re.I)
_LOWER = re.compile(r"^(?:" + lang.SUM_LOWER_BOUNDS_RE + r")$", re.I)
_UPPER = re.compile(r"^(?:" + lang.SUM_UPPER_BOUNDS_RE + r")$", re.I)
_TOK = re.compile(r"[A-Za-z][A-Za-z'’-]*|,")
_NEG = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.I)
_AUX = lang.AUXILIARY_VERBS | lang.BE_FORMS


def _verb_base(verb: str) -> str:
    """A past participle's base ("signed" -> "sign", "voted" -> "vot", "complained" -> "complain")."""
    base = verb.lower()[:-2]
    return base[:-1] if len(base) > 2 and base[-1] == base[-2] else base


def _thing_before(text: str) -> tuple[str, frozenset[str]] | None:
    """The thing named by the words before a verb (auxiliaries dropped; back to the clause's start)."""
    words = _TOK.findall(text)
    while words and words[-1].lower() in _AUX:
        words.pop()
    start = max([j + 1 for j, w in enumerate(words) if w == "," or w.lower() in lang.SUM_THING_BREAKS], default=0)
    return thing_of(words[start:]) if words[start:] else None


def act_count(f: Features) -> tuple[str, str, str, float, float, str] | None:
    """(the thing's head stem, "by" or "noun", the verb's base or the act noun, the lowest and highest count meant,
    the count as written) of the claim's one count of acts, or None (module doc)."""
    text = f.claim.text
    if _NEG.search(text):
        return None
    found = [("by", m) for m in _BY.finditer(text)] + [("noun", m) for m in _HOLD.finditer(text)]
    if len(found) != 1:
        return None
    how, m = found[0]
    n = float(m.group("n").replace(",", ""))
    lo, hi = n * (1 - UNIT_TOLERANCE / 2), n * (1 + UNIT_TOLERANCE / 2)
    bound = (m.group("bound") or "").lower()
    if bound and _LOWER.match(bound):
        lo, hi = n, float("inf")
    elif bound and _UPPER.match(bound):
        lo, hi = 0.0, n
    thing = _thing_before(text[:m.start()])
    if thing is None:
        return None
    act = _verb_base(m.group("verb")) if how == "by" else m.group("noun").lower()
    return thing[0], how, act, lo, hi, text[m.start("n") if not m.group("bound") else m.start("bound"):m.end()]


def _one_act(a1: tuple, a2: tuple) -> bool:
    """One passive's verb and the other's act noun: the noun opens with the verb's base (four letters at least)."""
    (h1, v1), (h2, v2) = a1, a2
    if h1 == h2:
        return False
    verb, noun = (v1, v2) if h1 == "by" else (v2, v1)
    return len(verb) >= 4 and noun.startswith(verb)


def act_count_conflicts(feats, taken=frozenset()) -> list[tuple[Features, Features, Judgment]]:
    """Pairs of claims of two articles giving one thing's count of acts two values, one by the act's noun and one
    by its doers, no count meeting both (module doc); `taken`: pairs already judged."""
    told = [(f, a) for f in feats if (a := act_count(f)) is not None]
    return range_clashes(told, lambda a1, a2: a1[0] == a2[0] and _one_act(a1[1:3], a2[1:3]), taken)


def range_clashes(told, same, taken=frozenset(), also=None) -> list[tuple[Features, Features, Judgment]]:
    """Pairs of `told` ((claim, (key ..., lowest, highest, the count as written))) of two articles whose keys `same`
    ties and whose ranges no value meets, not judged already (`taken`), no clash of names, and `also` (a further test
    of the two claims) holding: "how many" conflicts (this module's and placecounts.py's)."""
    out = []
    for x in range(len(told)):
        f1, a1 = told[x]
        for f2, a2 in told[x + 1:]:
            if f1.article == f2.article or f1.sha == f2.sha or not same(a1, a2):
                continue
            (lo1, hi1, w1), (lo2, hi2, w2) = a1[-3:], a2[-3:]
            if max(lo1, lo2) <= min(hi1, hi2) or also is not None and not also(f1, f2):
                continue
            if tuple(sorted((f1.index, f2.index))) in taken or names_clash(f1, f2):
                continue
            out.append((f1, f2, Judgment("assertion", f"{f1.source}: {w1}; {f2.source}: {w2}", about="how many",
                                         values=(w1, w2))))
    return out
