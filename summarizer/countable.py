"""Numbers that count nothing: years, dates, clock times, ages, ordinals, designations ("Boeing
737", "Su-34", "No. 3"), scores, street numbers and shares ("1 in 4 residents").

Split from quantity.py (the 400-line limit): `not_a_count` is asked of every number before
quantity.py looks for the noun phrase it counts.
"""

from __future__ import annotations

import re

from . import lang

UNITS = lang.UNITS
#: A counted noun phrase ends before any of these: function words, reporting verbs, time adverbs,
#: weekdays ("three debates Monday at Hofstra", "30 people Tuesday": lead12).
FUNCTION = lang.FUNCTION_WORDS | lang.COUNTED_PHRASE_ENDS | frozenset(lang.WEEKDAYS)
#: Month names and the abbreviations news uses ("Aug.", "Sept."), lower-case.
MONTHS = frozenset((*lang.MONTHS, *lang.MONTH_ABBREVIATIONS, "sept"))
QUANTIFIERS = lang.QUANTIFIERS
SCALE_WORD = re.compile(r"\s*(?:" + lang.LARGE_SCALES_RE + r")\b", re.I)
_TEMPERATURE = re.compile(lang.TEMPERATURE_RE)  # "40C", "104F": a temperature, not a designation
#: every spelled number word, longest first
NUMBER_WORD = "|".join(sorted([*lang.NUMBER_UNITS, *lang.NUMBER_TENS, "hundred", *lang.LARGE_SCALE_VALUES],
                               key=len, reverse=True))

#: a sum written with a scale word and a currency ("fined Velta 6.5 million euros"): no designation after a name (left18)
_SUM_AFTER = re.compile(r"(?:\s+(?:" + lang.LARGE_SCALES_RE + r"))?\s+(?:" + "|".join(w for w, u in UNITS.items() if u in lang.CURRENCY_SIGNS.values()) + r")\b", re.I)
#: A share right after the number: "gave Labour 44% of the vote" is no designation like "Boeing 737" (wild20).
_SHARE_AFTER = re.compile(r"\s*(?:%|per\s?cent\b)", re.I)
SMALL_WORD = "|".join(w for w, n in lang.NUMBER_UNITS.items() if 1 <= n <= 10)  # "one in five", "nine out of 10"

def not_a_count(text: str, start: int, end: int, value: float) -> bool:
    """Dates, times, ages, years, ordinals and designations."""
    before, after = text[:start], text[end:]
    prev = re.search(r"([A-Za-z][\w'’]*)\.?\s*$", before)
    prev_word = prev.group(1) if prev else ""
    low_prev = prev_word.lower()
    if value == int(value) and 1900 <= value <= 2100 and not SCALE_WORD.match(after) and text[start].isdigit() \
            and "," not in text[start:end]:
        return True  # a year (not "2,000 containers")
    if value == 100 and re.match(lang.DEGREE_PERCENT_RE, after, re.I):
        return True  # "They are 100 percent wrong", "I'm 100% sure": a degree, no count (real57's Left; real59)
    if re.match(lang.ERA_AFTER_RE, after) or re.search(lang.ERA_BEFORE_RE, before):
        return True  # an era's year: "a circa 600 AD coin", "in 44 BC", "AD 79" (real48)
    if value == int(value) and 1500 <= value < 1900 and re.fullmatch(r"\d{4}", text[start:end]) and (
            re.match(r"\s+[A-Z]|\s*(?:[,.;:)]|$)", after) or low_prev in lang.DATE_BOUNDS + ("in", "of", "from")):
        return True  # an earlier year ("an 1898 Supreme Court ruling", "in 1865"), not "about 1500 people"
    if re.match(r"-(?:" + lang.FRACTION_WORDS_RE + r")\b", after, re.I) \
            or text[start].isalpha() and re.match(r"\s+(?:" + lang.FRACTION_WORDS_RE + r")\s+of\s+(?!\d|the\s+year\b)", after, re.I) \
            and low_prev not in lang.PERIOD_ORDINALS:  # not "the first two quarters of 1990": periods
        return True  # a fraction: "a two-thirds vote", "three-quarters of voters", "three quarters of the votes"
    if re.match(r"(?:" + lang.ORDINAL_SUFFIXES_RE + r")\b|s\b|'s\b|’s\b", after) and not stone_weight(text, start, end):
        return True  # ordinal (6th) or decade (90s); not a weight in stones ("lost 19st", real49)
    if re.search(lang.STONE_BEFORE_POUNDS_RE, before) and re.match(lang.POUNDS_AFTER_STONE_RE, after):
        return True  # the pounds of a weight in stones ("15st 4lbs": one weight, 15 stone; real49)
    if re.match(rf"\s*(?::\d|[ap]\.?m\b\.?|{lang.CLOCK_WORDS_RE})", after, re.I):
        return True  # a clock time
    if re.match(r"\s*\(?[a-z]\)?\(?\d", after) or re.search(r"\b[a-z]\d+(?:,\d+)*,$", before):
        return True  # a code, not a count: "501 c3 groups", "501(c)(3)", the "5" of "c3,4,5" (lead41)
    if re.search(r"[\d:/]$|\d-$", before) or before.endswith(":") or re.match(r"/\d|-\d", after):
        return True  # 9/11, 24/7, a 97-1 vote, 2-0: dates, scores and tallies
    share = re.search(r"(\S*)\s+(?:[1-9]|10|" + SMALL_WORD + r")\s+(?:in|out\s+of)\s+(?:every\s+)?$", " " + before, re.I)
    if value <= 10 and re.match(r"\s+(?:in|out\s+of)\s+(?:every\s+)?(?:\d|(?:" + NUMBER_WORD + r")\b)", after, re.I) \
            or share and share.group(1).rstrip(".").lower() not in MONTHS:  # not "Nov. 3 in 14 states"
        return True  # a share, "1 in 4 residents", "nine out of 10 doctors": no count of either
    if value == 1 and low_prev in ("no", "not") and text[start:end].lower() == "one":
        return True  # "no one likes ...", "not one of them": nobody, no count (lead40)
    if low_prev in MONTHS and value <= 31:
        return True  # Aug. 6
    if re.match(r"\s*(?:of\s+)?(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b", after, re.I) \
            and value <= 31:
        return True  # 6 August
    if re.match(r"[\s-]*years?[\s-]*old\b|-year-old|-month-old", after, re.I) or low_prev in lang.AGE_WORDS:
        return True  # an age
    if re.search(r"\bages?\s+of\s+$", before, re.I):
        return True  # "at the age of 67", "a mean age of 61": an age (numbers37)
    if re.match(r"-(?:" + lang.STOREY_WORDS_RE + r")\b", after, re.I):
        return True  # "a 14-storey block": the building described, as a height (numbers37)
    if re.match(r"-(?:" + lang.HEIGHT_UNITS_RE + r")-\d", after, re.I) or re.search(r"\d-(?:" + lang.HEIGHT_UNITS_RE + r")-$", before, re.I):
        return True  # a height before a noun, "a 6-foot-2 guard": a description, as an age is (digest34)
    if re.search(r"[A-Z][a-z]+,\s*$", before) and re.match(r"\s*,", after):
        return True  # "John Smith, 45," an age after a name
    if re.search(r"(?:" + lang.NUMBER_SIGNS_RE + r")\.?\s*$", before) and not re.search(r"\b[Nn]o\s+$", before):
        return True  # No. 3, #2
    if prev_word and prev_word[0].isupper() and low_prev not in QUANTIFIERS and re.search(r"[A-Za-z][\w'’]*\s*$", before) \
            and not _SUM_AFTER.match(after) and not _SHARE_AFTER.match(after) \
            and not ((low_prev in FUNCTION or low_prev.endswith("ly") or low_prev in lang.COUNT_CUMULATIVE_MARKERS)
                     and not before[:prev.start()].strip(" \"“‘'(")) \
            and not (low_prev == "minus" and _TEMPERATURE.match(text, end)):  # (an opening adverb: "Altogether 45 ...", "Nearly 40 ..."; real54)
        return True  # Boeing 737, Article 5, Flight 370, Route 66; not a sentence's first word "Between 10 and 15", nor "Minus 4 degrees" (digest54)
    if low_prev in lang.DESIGNATION_NOUNS and prev_word.islower() and text[start].isdigit() and re.fullmatch(r"\s+", before[prev.end(1):]):
        return True  # "under section 3 of the act", "count 2 of the indictment": a part's number
    if low_prev in lang.GRADE_NOUNS and prev_word.islower() and value <= 10 and re.fullmatch(r"\s+", before[prev.end(1):]):
        return True  # "mostly level one modules", "a tier two area", "phase three of the works": a grade's name (real49)
    if low_prev == "number" and re.fullmatch(r"\s+", before[prev.end(1):]):
        return True  # "the number two oil producer", "number 10 in the charts": a rank (read14)
    if re.search(r"\d['’]$", before) or re.match(r"['’]\s?\d{1,2}(?:\.\d)?(?:\"|”|''|\s*(?:in|inches)\b)", after):
        return True  # a height in feet and inches: 6'3" (read14)
    if re.search(r"[A-Za-z]-$", before) or re.match(r"-?[A-Za-z]\b|[A-Z]{2,}\b", after) and not _TEMPERATURE.match(text, end):
        return True  # Su-34, F-16, G7, 737MAX (not a temperature: "40C", "104F")
    if re.match(r"-[A-Z]", after):
        return True  # "7-Eleven", "3-D": a name (fields9)
    glued = re.match(r"[a-z]+\b", after)
    if glued and glued.group(0) not in UNITS and not re.fullmatch(lang.SCALE_ABBREVIATIONS_RE, glued.group(0), re.I):
        return True  # "the 49ers", "76ers": a name, not a count (units "5km", scales "8m" stay counts)
    if text[start].isalpha() and value <= 10 and re.search(r"\b(?i:the)\s+$", before) and _pronoun_numeral(after):
        return True  # "where the two overlap", "..., the two banks said": the numeral names things already counted (left18)
    spoke = re.match(r"\s+[a-z]+\s+([a-z]+)\b", after)
    if value == 1 and text[start].isalpha() and spoke and spoke.group(1) in lang.SPEECH_VERBS:
        return True  # "One witness said ...": a speaker picked out, no count (read35)
    if re.match(r"\s+(?:(?:[A-Z][\w'’.-]*|\d+(?:" + lang.ORDINAL_SUFFIXES_RE + r"))\s+){1,3}(?:" + lang.STREET_NOUNS_RE + r")\b", after):
        return True  # a street address: "131 West 23rd Street", "10 Downing Street"
    return False


def _pronoun_numeral(after: str) -> bool:
    """After "the two": a verb, so the numeral is a pronoun ("the two overlap.", "the two have met"),
    or a plural noun and a verb of saying ("the two banks said"): the sentence's frame names who
    speaks, no count (a lead16 merger story)."""
    ws = re.findall(r"[A-Za-z'’]+|[.,;:!?]", after)[:3]
    if not ws or ws[0] in ".,;:!?":
        return False
    w1, rest = ws[0].lower(), [w.lower() for w in ws[1:]]
    if w1 in lang.AUXILIARY_VERBS or w1 in lang.MODALS:
        return True
    if rest and rest[0] in lang.SPEECH_VERBS and w1.endswith("s"):
        return True
    return not w1.endswith("s") and w1 not in lang.FUNCTION_WORDS and (not rest or rest[0] in ".,;:!?") \
        and w1 not in lang.PERSON_NOUNS


def stone_weight(text: str, start: int, end: int) -> bool:
    """The number at [start, end) is a weight in stones written with a glued "st" ("has lost 19st", "weighed 34st",
    British usage; real49): a number that cannot take the ordinal "st" (not ending in 1, or ending in 11), or any
    number after a verb of weight ("weighed 21st"). "the 21st century", "1st place" stay ordinals."""
    if not re.match(r"st\b", text[end:]):
        return False
    digits = text[start:end]
    return not digits.endswith("1") or digits.endswith("11") or re.search(lang.WEIGHT_VERBS_RE + r"\s+(?:a\s+|an\s+)?(?:[a-z]+\s+)?$", text[:start], re.I) is not None
