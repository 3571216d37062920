"""What a figure with no noun of its own measures (numbers37, on earnings, economics and property copy):
the subject of a verb of change or of "to be" right before it ("revenue rose 12%", "Turnout was 61%",
"House prices in <Town> have fallen 4%"), the object of a verb that sets a level ("held rates at 4.25%",
"lowered its forecast to between $1.10 and ..."), and the noun of the figure it continues ("earnings of
$1.10 to $1.25", "rose 12% to $4.1 billion in the third quarter, up from $3.66 billion"). Called from
quantity.quantities where the figure would otherwise count itself ("12%"): an analyst reads the noun
first, and the digest can only set two outlets' figures against each other when they name one.

A subject is kept only when it reads as a noun phrase: its last word lower-case (a name is no measure:
"<Company> fell 3%" keeps "3%") unless it opens the sentence, no function word, no verb form.
"""

from __future__ import annotations

import re

from . import lang
from .countable import FUNCTION
from .noun_phrases import is_verbish

__all__ = ["baseline_time", "measured"]

_WORD = r"[A-Za-z][\w'’-]*"
_APPROX = r"(?:(?:" + lang.APPROXIMATORS_RE + r"|just|only|a\s+further)\s+)?"
_CHANGE = "|".join(sorted(lang.MEASURE_CHANGE_VERBS))
_SET = "|".join(sorted(lang.MEASURE_SETTING_VERBS))
_PERFECT = "|".join(sorted(lang.PERFECT_AUXILIARIES))
_LINK = lang.MEASURE_VERB_LINKS_RE
_CLOSE = "|".join(sorted(lang.MEASURE_CLOSE_VERBS))  # "shares closed down 44 percent": a direction needed (conflict55)
_TAIL = (rf"\s+(?:(?:{_PERFECT})\s+)?(?:(?:{_CHANGE})\s+(?:(?:{lang.MEASURE_DIRECTIONS_RE})\s+)?|(?:{_CLOSE})\s+(?:{lang.MEASURE_DIRECTIONS_RE})\s+)"
         rf"(?:(?:{_LINK})\s+)?{_APPROX}$")
#: "<np> of|in <Name> fell 3%": the noun phrase before a named place or company
_SUBJECT_NAMED = re.compile(rf"(?P<np>(?:{_WORD}\s+){{0,2}}{_WORD})\s+(?:of|in)\s+(?:[A-Z][\w'’-]*\s+){{0,2}}[A-Z][\w'’-]*{_TAIL}")
_SUBJECT = re.compile(rf"(?P<np>(?:{_WORD}\s+){{0,2}}{_WORD}){_TAIL}")
_DETS = "|".join(sorted(lang.PARTITIVE_DETERMINERS))
_OBJECT = re.compile(rf"\b(?:{_SET})\s+(?:(?:{_DETS})\s+)?(?P<np>(?:{_WORD}\s+){{0,2}}{_WORD})"
                     rf"\s+(?:{_LINK})\s+(?:between\s+)?{_APPROX}$")
#: What joins a figure to the one before it whose noun it shares: a range ("$1.10 to $1.25", "20mm to
#: 30mm"; one unit), or a change's new level or its baseline ("12% to $4.1 billion", "... in the third
#: quarter, up from $3.66 billion", "$310 million, or 84 cents a share, from $402 million").
_RANGE = re.compile(r"\s*(?:" + lang.RANGE_JOINERS_RE + r"|-|–)\s*$")
_CONTINUED = re.compile(r"(?:\s+(?:" + lang.MEASURE_PERIOD_PREPOSITIONS_RE + r")\s+[^,;()\d]{1,40}?)?(?:\s*,\s*or\s+[^,;()]{1,30},)?\s*,?\s*"
                        r"(?:(?:[a-z]+\s+)?(?:" + lang.MEASURE_DIRECTIONS_RE + r")\s+)?(?:" + lang.MEASURE_BASELINE_LINKS_RE + r")\s+" + _APPROX + "$")
_PERIOD = frozenset(u.rstrip("s") for u in lang.TIME_UNITS) | lang.PERIOD_NOUNS
#: A sum restated after "or" ("$310 million, or 84 cents a share"); money units: the signs' codes and cents.
_OR_RESTATED = re.compile(r"\s*,\s*or\s+" + _APPROX + "$")
_MONEY_UNITS = frozenset(lang.CURRENCY_SIGNS.values()) | {"cents"}


#: Units whose figure a subject or an object can own: shares, points, money, temperatures; not a distance
#: or a weight ("The plane was 35 km from the airport" measures no plane).
_LEVELS = lang.MEASURE_LEVEL_UNITS | frozenset(lang.TEMPERATURE_UNITS.values())


def measured(text: str, start: int, unit: str, last: tuple[int, str, str] | None, money: bool = False) -> str:
    """The noun phrase the figure starting at `start` (its currency sign included) measures, or ''.
    `last`: (end, unit, counted) of the sentence's last figure with a unit whose row names a noun;
    `money`: the unit is a currency."""
    before = text[:start]
    if last is not None and last[0] <= start:
        between = text[last[0]:start]
        if _RANGE.fullmatch(between) and last[1] == unit or _CONTINUED.fullmatch(between):
            return last[2]
        if restates(text, start, last, money):
            return last[2]  # "$310 million, or 84 cents a share": the sum restated per share (numbers43)
    if not money and unit not in _LEVELS:
        return ""
    for rx in (_SUBJECT_NAMED, _SUBJECT, _OBJECT):
        m = rx.search(before)
        if m:
            np = _clean(text, m.start("np"), m.group("np"), subject=rx is not _OBJECT)
            if np:
                return np
    return ""


def restates(text: str, start: int, last: tuple[int, str, str], money: bool) -> bool:
    """The sum starting at `start` restates the last one after "or" ("$310 million, or 84 cents a share")."""
    return money and last[0] <= start and last[1] in _MONEY_UNITS and _OR_RESTATED.fullmatch(text[last[0]:start]) is not None


def _clean(text: str, at: int, np: str, subject: bool) -> str:
    """The noun phrase's last run of content words, or '' when it is none (a name, a pronoun, a period)."""
    words = list(re.finditer(r"\S+", np))
    if len(words) > 1 and words[-1].group(0).lower() in lang.SUBJECT_EXTENT_ADVERBS:
        words.pop()  # "the count of thefts nationwide | has gone down by 14%" (real53)
    keep = []
    for w in reversed(words):
        low = w.group(0).lower()
        modifier = keep and low.endswith("ing") and low not in FUNCTION  # "operating margin", "housing costs"
        if not keep and w is words[-1] and len(words) > 1 and low.endswith("ed") and re.match(r"\s+(?:" + "|".join(sorted(lang.BE_FORMS)) + r")\b", text[at + w.end():]):
            continue  # "the amount of grain shipped was up by 12.5%": a participle after the noun, a reduced relative (real54)
        if low in FUNCTION or low in lang.BE_FORMS or is_verbish(low) and not modifier or not re.fullmatch(r"[A-Za-z][\w'’-]*", w.group(0)):
            if keep and low in lang.SUBJECT_PRONOUNS:
                return ""  # "The amount I get is $1.1 million": a relative clause's verb, no noun
            break
        keep.append(w)
    if not keep:
        return ""
    keep.reverse()
    first, head = keep[0], keep[-1].group(0)
    lo = at + first.start()
    while first.group(0)[:1].isupper() and (name := re.search(r"(?<![\w'’-])([A-Z][\w'’-]*)\s+$", text[:lo])) and name.group(1).lower() not in FUNCTION:
        lo = name.start(1)  # a name's words before the window's first ("Hong | Kong's main index"; real52)
    opening = re.fullmatch(r"\s*[\"“‘']?\s*(?:(?:The|A|An)\s+)?", text[:lo]) is not None
    if head[0].isupper() and not (subject and opening):
        return ""  # "<Company> fell 3%": a name is no measure
    if head.lower().rstrip("s") in _PERIOD or head.lower() in lang.PRONOUN_SUBJECTS:
        return ""
    return text[lo:at + keep[-1].end()]


#: A change's baseline right before a time phrase: "from", then at most a figure and a few words ("fell to $310
#: million from $402 million a year earlier", "up from 55% four years ago", "rose 4.8% from a year earlier").
_BASELINE = re.compile(r"\b(?:" + lang.MEASURE_BASELINE_FROM_RE + r")\s+(?:[$£€]?\d[\d.,]*(?:\s*%|(?:\s+[a-z]+){0,3})\s+)?$")
_LAPSE = re.compile(r"\b(?:" + lang.MEASURE_LAPSE_ENDS_RE + r")$", re.I)


def baseline_time(text: str, start: int, phrase: str) -> bool:
    """The time phrase at `start` ("a year earlier", "four years ago") dates a change's baseline, not the claim
    (dates.find_phrase skips it: the digest's table dated the new figure to the old period)."""
    return _LAPSE.search(phrase) is not None and _BASELINE.search(text[:start]) is not None
