"""What a sum of money is the amount of, read from the words right before it (issue 15; digest55).

totals.cost_of reads "<thing> cost(s) <sum>" ("The trip cost $9,200"). Outlets put one amount in other frames too:

* an estimate: "puts the cost of repairing the tower at $19 million" (the thing after "the cost of": "repair",
  the stem of "the repairs would cost about $7 million"), "puts growers' losses from the frost at about $38
  million" (the noun after the verb and a possessive: "losses");
* a ceiling reached: "losses to growers could reach $62 million" (the noun before a prepositional phrase of one
  or two words, a modal and a verb of reaching: lang.SUM_REACH_VERBS);
* a value: "The satellite, built for the agency, was worth about $48 million" (the noun before a copula and
  "worth", an appositive set off by commas between), which "the satellite cost $65 million to build" prices too.

`valued_thing(before)` gives the thing's stem from the text before the sum (the clause unbroken by ";" or ":";
an approximator allowed before the sum), or None; a pronoun, a stop word or a word under three letters is none.
"""

from __future__ import annotations

import re

from .. import lang
from .pairs import STOP, stem

__all__ = ["valued_thing"]

_APPROX = r"(?:(?:" + lang.APPROXIMATORS_RE + r")\s+)?(?:up\s+to\s+)?[$£€]?\s*$"
_PUT_AT = re.compile(r"\b(?:" + lang.COST_ESTIMATE_VERBS_RE + r")\s+(?:the\s+|its\s+|their\s+|[a-z]+['’]s?\s+)?(?:total\s+)?"
                     r"(?P<noun>[a-z]+)(?:\s+of\s+(?:the\s+)?(?P<of>[a-z]+))?[^,;:$£€]*?\s+at\s+" + _APPROX, re.I)
_REACH = re.compile(r"\b(?P<noun>[a-z]+)(?:\s+(?:to|of|for|from)\s+[a-z'’]+(?:\s+[a-z'’]+)?)?\s+(?:(?:"
                    + "|".join(sorted(lang.MODALS - {"'ll", "’ll", "wo"})) + r")\s+)?(?:" + lang.SUM_REACH_VERBS_RE + r")\s+" + _APPROX, re.I)
_WORTH = re.compile(r"\b(?P<noun>[a-z]+)(?:,[^,;:]{1,80},)?\s+(?:" + "|".join(lang.COPULA_FORMS) + r")\s+worth\s+" + _APPROX, re.I)


def _ok(noun: str | None) -> str | None:
    if not noun:
        return None
    noun = noun.lower()
    if noun in STOP or noun in lang.SUBJECT_PRONOUNS or len(noun) < 3:
        return None
    return stem(noun)


def valued_thing(before: str) -> str | None:
    """The stem of what the sum right after `before` is the amount of, in an estimate, a ceiling or a value frame
    (module doc), or None."""
    m = _PUT_AT.search(before)
    if m:
        noun = m.group("noun").lower()
        return _ok(m.group("of")) if noun in lang.AMOUNT_NOUNS else _ok(noun)
    for rx in (_REACH, _WORTH):
        m = rx.search(before)
        if m:
            return _ok(m.group("noun"))
    return None
