"""Number conflicts (counts.py): counts that are no version of one another.

* a count inside the claim's own source as written ("..., two people briefed on the recorder
  said") says who speaks, not what happened (`in_source`);
* a figure that names an account ("the 18 percent claim") cites another's count (`cited_figure`);
* two counts of one noun by what the counted undergo or do, when each names it: a passive
  participle after the count ("<n> people were taken to hospital" / "killed <m> people"), the
  verb right before it or one of having ("had about <n> people on board"): different senses, different
  counts (`acts_apart`; "were killed" / "killed", "died" / "were killed" are one sense).
"""

from __future__ import annotations

import re

from .. import lang
from ..rules import numbers as _numbers
from ..schema import ARTICLE_VOICE
from .pairs import Features, STOP, stem
from .reference import lemma
from .senses import phrases_as_words, sense

__all__ = ["act_of", "acts_apart", "cited_figure", "in_source", "tallied"]

_AUX = lang.AUXILIARY_VERBS | lang.BE_FORMS
_HAVE = frozenset(("had", "has", "have"))
_APPROX = re.compile(r"(?:\b(?:" + lang.APPROXIMATORS_RE + r")\s+)+$", re.I)


def _spans(f: Features, value: float) -> list[tuple[int, int]]:
    return [(n.start, n.end) for n in _numbers(f.claim.text) if round(n.value, 6) == round(value, 6)]


_CITED = re.compile(r"(?:-|\s+)?(?:percent|per\s+cent|%|million|billion)?[\s-]*(?:" + "|".join(lang.CITED_FIGURE_NOUNS) + r")\b", re.I)


def cited_figure(f: Features, q) -> bool:
    """Every mention of the count's number names an account ("called the 18 percent claim a campaign
    number": lang.CITED_FIGURE_NOUNS right after it): another's figure cited, not a count the claim
    gives (digest48)."""
    spans = _spans(f, q.value)
    return bool(spans) and all(_CITED.match(f.claim.text, e) for _, e in spans)


def in_source(f: Features, q) -> bool:
    """Every mention of the count's number stands inside the claim's source as the claim writes it."""
    src = (f.claim.attributed_to or "").strip()
    if not src or src == ARTICLE_VOICE:
        return False
    at = f.claim.text.lower().find(src.lower())
    spans = _spans(f, q.value)
    # a number joined to a word is a modifier of the source ("the 47-page indictment"), no count of its speakers
    return at >= 0 and bool(spans) and all(at <= s and e <= at + len(src) and f.claim.text[e:e + 1] != "-"
                                           for s, e in spans)


def _sense(w: str) -> str:
    return sense(w, lambda x: lemma(stem(x)))


def _act(f: Features, q) -> str:
    """The sense of what the counted undergo or do (module doc), or ''."""
    text = f.claim.text
    for s, e in _spans(f, q.value):
        after = text[e:]
        m = re.match(r"\s+" + re.escape(q.counted.split()[-1]) + r"\b", after) if q.counted else None
        rest = after[m.end():] if m else after
        words = re.findall(r"[a-z]+", phrases_as_words(rest).lower())[:4]  # "were caught up in": "affected"
        i = next((k for k, w in enumerate(words) if w not in _AUX), len(words))
        if 0 < i < len(words) and set(words[:i]) & lang.BE_FORMS \
                and lang.is_past_form(words[i], min_len=3, irregular=lang.IRREGULAR_FORMS):
            return _sense(words[i])  # "<n> people were taken to hospital"; not a perfect ("have died")
        # the verb right before the number ("killed nine people"); past an approximator only a
        # verb of having ("had about <n> people on board"): "burned about <n> hectares" /
        # "destroyed <m> hectares" are one measure of a fire
        before = re.findall(r"[a-z]+", text[:s].lower())[-1:]
        if before and before[0] in lang.TALLY_VERBS:
            return ""  # "witnesses had counted 11 shots": how many, no act
        if before and before[0] not in STOP and before[0] not in _AUX \
                and lang.is_past_form(before[0], min_len=3, irregular=lang.IRREGULAR_FORMS):
            return _sense(before[0])
        have = re.findall(r"[a-z]+", _APPROX.sub("", text[:s]).lower())[-1:]
        if have and have[0] in _HAVE:
            return "have"
        return ""
    return ""


def act_of(f: Features, q) -> str:
    """The sense of what the count's counted undergo or do, or '' (`_act`): rarecounts.py."""
    return _act(f, q)


def tallied(f: Features, q) -> bool:
    """The count follows a verb of counting or hearing ("witnesses had counted 11 shots"): how many
    there were, no act of its own."""
    for s, _ in _spans(f, q.value):
        before = re.findall(r"[a-z]+", f.claim.text[:s].lower())[-1:]
        if before and before[0] in lang.TALLY_VERBS:
            return True
    return False


def acts_apart(f1: Features, q1, f2: Features, q2) -> bool:
    """Both counts name what their counted undergo or do, in different senses (module doc)."""
    a1, a2 = _act(f1, q1), _act(f2, q2)
    return bool(a1 and a2) and a1 != a2
