"""What a sum of money is the value of, read from the words right before it: the one reader of money frames
(issue 15; digest55, conflict55, joined in conflict56).

Outlets put one amount in several frames:

* a value verb after the thing: "<thing> [helpers] <value verb> [bound] $X" (lang.SUM_VALUE_VERBS: "the satellite
  cost $65 million", "losses to growers could reach $62 million", "The satellite, built for the agency, was worth
  about $48 million"; lang.SUM_VERB_HELPERS between the thing and the verb; a comma-closed aside before the helpers
  skipped); the thing is the phrase back to the clause's start (lang.SUM_THING_BREAKS: "said", "that"; a comma);
* an estimate: "<estimate verb> <thing> at [bound] $X" (lang.SUM_ESTIMATE_VERBS: "puts growers' losses from the
  frost at about $38 million", "puts the cost of repairing the tower at $19 million").

`frame_words(tokens)` gives the words naming the thing (tokens of the text before the sum, bounds and approximators
already dropped), or None; `thing_of(words)` gives its head's stem and its modifiers' stems (the head: the last word
before the first preposition; a possessive's owner a modifier: "growers' losses from the frost": head "losses",
modifiers growers, frost; an amount noun's owner or its "of" phrase is the thing: "the footbridge's cost", "the cost
of the footbridge": head "footbridge", conflict56). sumvalues.sum_value reads both; `valued_thing(before)` (totals.cost_of, for "the cost
of <X>") gives one stem, an amount noun's thing read after its "of" ("the cost of repairing the tower": "repair",
the stem of "the repairs would cost about $7 million"). A pronoun, a stop word or a word under three letters is no
thing.
"""

from __future__ import annotations

import re

from .. import lang
from .pairs import STOP, stem

__all__ = ["frame_words", "thing_of", "tokens", "valued_thing"]

_TOK = re.compile(r"[A-Za-z][A-Za-z'’-]*|,")
_TAIL = re.compile(r"(?:(?:" + lang.APPROXIMATORS_RE + r")\s+)?(?:up\s+to\s+)?[$£€]?\s*$", re.I)
_CLAUSE = re.compile(r"[;:]")
#: How far back (tokens, "at" included) an estimate verb is looked for: "puts the cost of clearing and rebuilding the
#: road at" (digest55's regex read any comma-free stretch; 16 tokens keep every reading it gave on the dev data).
_ESTIMATE_REACH = 16


def tokens(text: str) -> list[str]:
    """Words and commas of `text` (the frames' tokens)."""
    return _TOK.findall(text)


def thing_of(words: list[str]) -> tuple[str, frozenset[str]] | None:
    """(the head's stem, the modifiers' stems) of the phrase `words` naming a thing, or None."""
    while words and words[0].lower() in lang.DETERMINERS:
        words = words[1:]
    if not words or any(w == "," for w in words):
        return None
    pre = []
    for k, w in enumerate(words):
        if w.lower() in lang.SUM_THING_PREPOSITIONS:
            post = words[k + 1:]
            break
        pre.append(w)
    else:
        post = []
    if not pre:
        return None
    if pre[-1].lower() in lang.AMOUNT_NOUNS:  # an amount names its thing by an owner or after "of" (conflict56)
        if len(pre) > 1 and re.search(r"['’]s?$", pre[-2]):  # "the footbridge's cost": the footbridge
            pre = pre[:-1]
            pre[-1] = re.sub(r"['’]s?$", "", pre[-1])
        elif len(pre) == 1 and words[1:2] and words[1].lower() == "of" and post:  # "the cost of the footbridge"
            return thing_of(post)
    head = pre[-1].lower()
    if head in STOP or head in lang.SUBJECT_PRONOUNS or head.endswith(("'", "’", "'s", "’s")) or len(head) < 3 \
            or head in lang.SUM_VERB_HELPERS or (len(words) > 1 and pre[-1][:1].isupper() and pre[-1] != words[0]):
        return None
    mods = frozenset(stem(re.sub(r"['’]s?$", "", w.lower())) for w in pre[:-1] + post
                     if w.lower() not in STOP and w.lower() not in lang.DETERMINERS and len(w) > 2)
    return stem(head), mods


def _value_frame(before: list[str]) -> list[str] | None:
    """The words naming the thing in "<thing> [helpers] <value verb>" ending `before`, or None."""
    if not before or before[-1].lower() not in lang.SUM_VALUE_VERBS:
        return None
    k = len(before) - 1
    while k > 0 and before[k - 1].lower() in lang.SUM_VERB_HELPERS:
        k -= 1
    if k == len(before) - 1 and before[-1].lower() == "worth":
        return None  # "worth" needs its copula ("was worth"); a bare "worth $5" modifies another noun
    head = before[:k]
    if head and head[-1] == ",":  # "The satellite, built for the agency, was worth": skip the aside
        opening = [j for j in range(len(head) - 1) if head[j] == ","]
        if not opening:
            return None
        head = head[:opening[-1]]
    start = max([j + 1 for j, w in enumerate(head) if w == "," or w.lower() in lang.SUM_THING_BREAKS], default=0)
    return head[start:]


def _estimate_frame(before: list[str]) -> list[str] | None:
    """The words naming the thing in "<estimate verb> <thing> at" ending `before`, or None."""
    if not before or before[-1].lower() != "at":
        return None
    for k in range(len(before) - 2, max(-1, len(before) - _ESTIMATE_REACH), -1):
        if before[k].lower() in lang.SUM_ESTIMATE_VERBS:
            return before[k + 1:-1]
        if before[k] == ",":
            return None
    return None


def frame_words(before: list[str]) -> list[str] | None:
    """The words naming the thing whose value the sum right after the tokens `before` gives (a value or an estimate
    frame, module doc), or None."""
    words = _value_frame(before)
    return words if words is not None else _estimate_frame(before)


def valued_thing(before: str) -> str | None:
    """The stem of what the sum right after the text `before` is the amount of (module doc), or None; an amount
    noun ("the cost of repairing the tower") names the thing after its "of"."""
    words = frame_words(tokens(_TAIL.sub("", _CLAUSE.split(before)[-1])))
    if not words:
        return None
    while words and words[0].lower() in lang.DETERMINERS:
        words = words[1:]
    if len(words) > 2 and words[0].lower() in lang.AMOUNT_NOUNS and words[1].lower() == "of":
        # the act or thing named first after "of" ("the cost of repairing the tower": "repairing", not "tower")
        after = [w for w in words[2:4] if w.lower() not in lang.DETERMINERS]
        noun = after[0].lower() if after else ""
        ok = noun and noun not in STOP and noun not in lang.SUBJECT_PRONOUNS and len(noun) > 2 and noun.isalpha()
        return stem(noun) if ok else None
    thing = thing_of(words)
    return thing[0] if thing else None
