"""A version conflict's reason reads as English whoever the sources are.

The conflict rules write their reasons from templates with a source's name in the subject
("{x} calls {y}'s account false", "in one article, {x} rebuts {y}"), which read wrongly when the
source is a plural noun phrase ("the bill's proponents calls ...", "unnamed sources's charge").
`fluent` mends both in one place, after the rules, so no rule needs to know the source's number.
"""

from __future__ import annotations

import re

from .. import lang
from ..schema import ARTICLE_VOICE

_POSSESSIVE_S = re.compile(r"\b([A-Za-z]+s)['’]s\b")
#: "article" as a source's name in a reason, not the noun of "in one article", "each article", "the article"
_ARTICLE_AS_SOURCE = re.compile(r"\b" + ARTICLE_VOICE + r"\b(?!\s+(?:that|which|published))")


def plural(source: str) -> bool:
    """A source named by a plural noun phrase: its last word is a lower-case plural noun ("unnamed
    sources", "the bill's proponents", "people", "fishermen"), or a plural of lang.PERSON_NOUNS
    written with a capital ("House Republicans"). A capitalised word ending in s is otherwise a name ("Reuters",
    "Sanders"), and a name is singular."""
    words = re.findall(r"[A-Za-z]+", source)
    if not words:
        return False
    last = words[-1]
    low = last.lower()
    if last.islower() and (low in lang.IRREGULAR_PLURAL_PEOPLE or low.endswith("men")):
        return True  # "fishermen", "police"
    if not low.endswith("s") or low.endswith(("ss", "us", "is")):
        return False
    return last.islower() or low in lang.PERSON_NOUNS


def fluent(reason: str, sources: list[str]) -> str:
    """`reason` with a plural source's verb in the plural and "s's" written "s'"; the outlet's own voice, a source
    named `article`, reads "the outlet" as in the summary line ("negates what the outlet asserts"; lead41)."""
    if ARTICLE_VOICE in sources:
        reason = _ARTICLE_AS_SOURCE.sub(lambda m: m.group(0) if (reason[:m.start()].split() or [""])[-1].lower()
                                        in lang.ARTICLE_NOUN_LEADS else "the outlet", reason)
    for s in sorted({s for s in sources if s and plural(s)}, key=len, reverse=True):
        for v, base in lang.REASON_VERB_PLURALS.items():
            reason = re.sub(r"(?<![\w'’])" + re.escape(s) + r" " + v + r"\b", f"{s} {base}", reason)
    return _POSSESSIVE_S.sub(lambda m: m.group(1) + "’" if "’" in m.group(0) else m.group(1) + "'", reason)


#: A reason of two sides each in the outlet's own voice, "article: <value>; article: <value>" (classify.py's "when" and
#: "where" templates, the first claim's side first).
_TWO_OUTLET_SIDES = re.compile(r"^" + ARTICLE_VOICE + r": (.+?); " + ARTICLE_VOICE + r": (.+)$")


def outlet_sides(reason: str, first: str, second: str) -> str:
    """The reason of two outlets' own accounts with each side's article named ("the outlet (a1): at 11am; the outlet
    (a2): Tuesday afternoon"), which "the outlet: ...; the outlet: ..." left for the reader to guess (lead50); other
    reasons unchanged. `first` and `second` are the two claims' article ids, in the reason's order."""
    m = _TWO_OUTLET_SIDES.match(reason)
    if m is None or first == second:
        return reason
    return f"{ARTICLE_VOICE} ({first}): {m.group(1)}; {ARTICLE_VOICE} ({second}): {m.group(2)}"
