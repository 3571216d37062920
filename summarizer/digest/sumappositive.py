"""A sum of money set off by commas after the thing it is the amount of (issue 15; digest56).

"The jackpot of the rerun draw, about $4.6 million, was won by a single ticket" / "Saturday's jackpot, $6.4
million, went to one ticket": the sum is an appositive of the noun phrase right before its opening comma, and the
clause goes on with a lower-case verb after its closing comma. sumvalues.sum_value reads the frames with a value
verb or an estimate verb; this one gives it the words naming the thing: the phrase back to the clause's start
(a comma, lang.SUM_THING_BREAKS), a day's or month's possessive left out ("Saturday's jackpot" is the jackpot of
a day, no owner: two articles' days are read by their dates elsewhere). Not read: a list of sums ("$4 million,
$6 million and ..."), an appositive closed by the sentence's end, a capitalised word after the closing comma.
"""

from __future__ import annotations

import re

from .. import lang

__all__ = ["apposed", "appositive_thing"]

_TIME_OWNER = re.compile(r"^(?:" + "|".join(lang.WEEKDAYS + lang.MONTHS + lang.TIME_OWNER_WORDS) + r")['’]s?$", re.I)
_GOES_ON = re.compile(r"^\s*,\s+([a-z]+)\b")


def appositive_thing(before: list[str], after: str) -> list[str] | None:
    """The words naming the thing when the sum stands between two commas after it (module doc): `before` is the
    sentence's tokens before the sum (approximators removed; "," a token), `after` the text after the sum."""
    if len(before) < 2 or before[-1] != ",":
        return None
    m = _GOES_ON.match(after)
    if m is None or m.group(1) in lang.COORDINATORS or m.group(1) == "or" or m.group(1) in lang.SUBJECT_PRONOUNS:
        return None
    head = before[:-1]
    start = max([j + 1 for j, w in enumerate(head) if w == "," or w.lower() in lang.SUM_THING_BREAKS], default=0)
    words = [w for w in head[start:] if not _TIME_OWNER.match(w)]
    return words or None


_APPOSED = re.compile(r",\s+(?:(?:" + lang.APPROXIMATORS_RE + r")\s+)?[$£€]\s?\d[\d,]*(?:\.\d+)?(?:\s+(?:million|billion|thousand|trillion))?"
                      r"\s*,\s+[a-z]+", re.I)


def apposed(text: str) -> bool:
    """The text holds a sum set off by commas and followed by a lower-case word (the claim's quantity may then count
    the noun before it: "The jackpot of the rerun draw, about $4.6 million, was won" counts "rerun draw")."""
    return _APPOSED.search(text) is not None
