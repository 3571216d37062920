"""A rate told by a noun against a rate told by a verb (issue 15; digest53, blind53): "An independent review put
the yearly saving from the closures at $1.9 million" and "the closures would save $3.4 million a year" give two
sums of one rate of one act, which `figures.same_rate_verb` (the same verb before each sum, a rate tail after
each) did not read.

`estimated_rate(f, counted)` is (act, period) for a sum a verb of estimating puts "at" a figure noun made a rate
by its adjective ("put the yearly saving ... at", "estimates the annual cost at": lang.ESTIMATE_AT_VERBS,
lang.RATE_ADJECTIVES); `told_rate(f, counted)` is (act, period) for a sum after a verb with a rate tail ("would
save $3.4 million a year"). `rate_noun_verb` is true when one sum is estimated and the other estimated or told,
of one act (the noun is the verb's own: "saving" / "save", "cost" / "cost") over one period.

Near misses: another act ("the yearly cost" / "save ... a year"); no rate on one side ("put the saving at", "save
$3.4 million" with no tail); two periods ("the monthly saving" / "a year"); a tail the clause goes past ("pay $5
million a year in rent").
"""

from __future__ import annotations

import re

from .. import lang
from .pairs import STOP

__all__ = ["estimated_rate", "rate_noun_verb", "told_rate"]

_APPROX = r"(?:\s+(?:" + lang.APPROXIMATORS_RE + r"))?\s*[$£€]?\s*$"
#: "<estimate verb> the/its <rate adjective> <noun> (of|from|for ... ) at" right before the sum
_ESTIMATED = re.compile(r"\b(?:" + "|".join(lang.ESTIMATE_AT_VERBS) + r")\s+(?:" + "|".join(lang.RATE_NOUN_DETERMINERS) + r")\s+(?P<rate>"
                        + "|".join(lang.RATE_ADJECTIVES) + r")\s+(?P<noun>[a-z]+)(?:\s+(?:of|from|for|to)\s+[^,;:.]{1,60}?)?\s+at"
                        + _APPROX, re.I)
#: A rate tail right after a sum, then the clause's end, its period kept (lang.RATE_TAIL_PERIOD_RE)
_TOLD = re.compile(lang.RATE_TAIL_PERIOD_RE, re.I)


def _at(text: str, counted: str) -> re.Match | None:
    return re.search(r"(?<![\w.])" + re.escape(counted) + r"(?![\w])", text)


def estimated_rate(text: str, counted: str) -> tuple[str, str] | None:
    """(act noun, period) of a sum put at a rate's figure noun ("put the yearly saving ... at $1.9 million")."""
    m = _at(text, counted)
    e = _ESTIMATED.search(text[:m.start()]) if m else None
    return (e.group("noun").lower(), lang.RATE_ADJECTIVES[e.group("rate").lower()]) if e else None


def told_rate(text: str, counted: str) -> tuple[str, str] | None:
    """(verb, period) of a sum right after a verb, a rate tail ending the clause after it ("save $3.4 million a year.")."""
    m = _at(text, counted)
    t = _TOLD.match(text, m.end()) if m else None
    if t is None:
        return None
    head = re.sub(_APPROX, "", text[:m.start()])
    words = re.findall(r"[a-z]+", head.lower())[-1:]
    if not words or words[0] in STOP or len(words[0]) < 3:
        return None
    return words[0], (t.group("per") or lang.RATE_ADVERBS[t.group("adv").lower()]).lower()


def _one_act(noun: str, verb: str) -> bool:
    """The noun names the verb's act: the same word ("cost"), or its -ing form ("saving" / "save", "saves")."""
    verb = re.sub(r"(?:es|s|ed|d)$", "", verb) if len(verb) > 4 else verb
    return noun == verb or noun.endswith("ing") and noun[:-3] in (verb, verb.rstrip("e")) or noun.rstrip("s") == verb


def rate_noun_verb(t1: str, c1: str, t2: str, c2: str) -> bool:
    """One sum is an estimated rate, the other an estimated or told one, of one act over one period (module doc)."""
    e1, e2 = estimated_rate(t1, c1), estimated_rate(t2, c2)
    if not (e1 or e2):
        return False
    o1, o2 = e1 or told_rate(t1, c1), e2 or told_rate(t2, c2)
    if o1 is None or o2 is None or o1[1] != o2[1]:
        return False
    if e1 and e2:
        return o1[0] == o2[0]
    noun, verb = (o1[0], o2[0]) if e1 else (o2[0], o1[0])
    return _one_act(noun, verb)
