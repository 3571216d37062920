"""A negated occasion is no denial of a habit (issue 15; digest57, digest56's Left; one reader since within58).

"<Operator> said the first draw had not been broadcast." and "<Broadcaster> said it broadcasts the draw as
<Operator> supplies it." share the verb, and one of them negates it, but the first denies one occasion in the past
and the second tells what the broadcaster does as a rule: no version of the same event, and the digest showed
"<Operator> negates what <Broadcaster> says". `habit_against_occasion(neg, other, verb)` is the one reader of the
shape, for classify.py's four negation branches (across articles, through `habit_only`) and for nounneg's phrase
denials (within and across articles): the negated text's verb is told in the past in a passive ("had not been
<verb>", "was not <verb>ed", "has never been"; not an active "did not cover" against "covers", a state denied: the
lead's merge, int48), and the other text tells that verb only in the present third person ("broadcasts",
"publishes", "films": the forms built from the participle's root, "filmed" -> "film"), after no determiner (not "the broadcasts", a noun). A past form or a bare form in
the other text ("it broadcast the draw live") keeps the conflict. `verb` (a predicate's lemma, nounneg) asks for
that verb's occasion only.
"""

from __future__ import annotations

import re

from .. import lang
from .pairs import Features

__all__ = ["habit_against_occasion", "habit_only"]

_PAST_NEGATED = re.compile(lang.PAST_NEGATED_VERB_RE)
_WORDS = re.compile(r"[a-z'’]+")


def _root(participle: str) -> str:
    """The verb's bare root from its participle ("filmed" -> "film", "stopped" -> "stop", "closed" -> "clos",
    "paid" -> "pay"; "broadcast" stays)."""
    if participle in lang.IRREGULAR_PARTICIPLES:
        return lang.IRREGULAR_PARTICIPLES[participle]
    r = re.sub(r"(?:ed|d)$", "", participle) if participle.endswith("ed") else participle
    return r[:-1] if len(r) >= 4 and r[-1] == r[-2] and r[-1] not in "sl" else r


def _forms(root: str, participle: str) -> tuple[set[str], set[str]]:
    """(every form of the verb, its present third-person forms)."""
    habit = {root + "s", root + "es"} - {participle}
    other = {root, root + "e", root + "ed", root + "d", root + "ing", root + root[-1] + "ed", root + root[-1] + "ing",
             root[:-1] + "ing" if root.endswith("e") else root + "ing", participle}
    return habit | other, habit - other


def habit_against_occasion(neg: str, other: str, verb: str = "") -> bool:
    """`neg` negates a past occasion of a verb (`verb`'s, when given) that `other` tells only as a present habit
    (module doc)."""
    for m in _PAST_NEGATED.finditer(neg.lower()):
        if not re.search(r"\bbeen\b|^(?:was|were)\b", m.group(0)) or verb and not m.group(1).startswith(verb):
            continue  # an active "did not cover" against "covers" is a state denied, no occasion (conf10; the merge, int48)
        every, habit = _forms(_root(m.group(1)), m.group(1))
        words = _WORDS.findall(other.lower())
        told = [(k, w) for k, w in enumerate(words) if w in every]
        return bool(told) and all(w in habit and (k == 0 or words[k - 1] not in lang.DETERMINERS) for k, w in told)
    return False


def habit_only(neg: Features, other: Features) -> bool:
    """`neg`'s claim negates a past occasion of a verb that `other`'s tells only as a present habit (module doc)."""
    return habit_against_occasion(neg.claim.text, other.claim.text)
