"""Quantities in a claim sentence: what is counted, how many, in which unit (issues 12 item 3, 15).

    quantities("Floods destroyed 40 homes in Kelso.")
    -> [{"value": 40.0, "unit": None, "counted": "homes"}]

A row is kept only when it says something a reader can check in the sentence itself:

* `counted` is a noun phrase of the sentence, copied from it verbatim: the words after the
  number (and its unit) up to the first function word, verb or punctuation mark
  ("117 armoured trucks over ..." -> "armoured trucks"; "1,000 square kilometers of
  territory" -> "territory"). When no noun follows ("killing at least four and injuring
  about 30") there is no row: a bare number with a verb is not a count we can name. A
  measurement with a unit and nothing after it counts itself ("39.6 million cubic meters").
* dates ("Aug. 6", "6 August", "the 6th"), clock times ("10:30", "3 p.m."), ages
  ("45-year-old", "aged 45", "Smith, 45,"), years (1900-2100, "the 1990s"), ordinals and
  designations (a number glued to a name or code: "Su-34", "Boeing 737", "Article 5",
  "Flight 370", "No. 3") are never counts.
* decimals stay whole: "39.6 million" and the "39. 6" a bad splitter leaves are one number.

The word lists (function words, units, months, quantifier words: closed classes of English,
not topic vocabulary) live in summarizer/lang/.
"""

from __future__ import annotations

import re

from . import lang, measure_subjects, ratios, running_totals
from .attribution.name_kinds import plural_people
from .countable import FUNCTION, MONTHS, NUMBER_WORD as _NUMBER_WORD, not_a_count
from .noun_phrases import is_verbish, noun_before_of, noun_phrase, np_ends
from .rules import Number, numbers, readable  # noqa: F401 (readable: the digest's display of values)
from .verify.numbers import spelled_value

__all__ = ["MONTHS", "is_noun_phrase_of", "quantities"]

UNITS = lang.UNITS
_TEMPERATURE = re.compile(lang.TEMPERATURE_RE)
CURRENCY = lang.CURRENCY_SIGNS
_CURRENCY_WORD = re.compile(lang.CURRENCY_WORD_RE)
#: Units that are money: the signs' codes and the written-out currencies (lang/currencies.py).
_MONEY = frozenset(CURRENCY.values()) | {c for c in lang.CURRENCY_WORDS.values() if c} | frozenset(lang.CURRENCY_COUNTRIES.values()) \
    | {w if w.endswith("s") or w in lang.CURRENCY_WORDS.values() else w + "s" for w, c in lang.CURRENCY_WORDS.items() if c is None}
QUANTIFIERS = lang.QUANTIFIERS

_WORD_UNITS = {w: n for w, n in lang.NUMBER_UNITS.items() if 1 <= n <= 9}
_OF_DETERMINERS = "|".join(w + r"\s+" for w in lang.OF_DETERMINERS)  # "the\s+|a\s+|..."
#: A partitive after a count: "of" and a determiner or a possessive name ("four of the documents", "3,000 of Jane
#: Doe's emails", "all three billion of its accounts"), then the counted noun (not a count: "five of the 12 jurors").
_PARTITIVE = re.compile(r"\s+of\s+(?:(?:" + "|".join(sorted(lang.PARTITIVE_DETERMINERS)) + r")\s+|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*['’]s\s+)")
#: ... unless a total follows: digits, a spelled number ("Seven of the nine members"), after a possessive or a
#: period's ordinal ("12 of the region's 15 districts", "two of its last 20 matches"; numbers37)
_TOTAL_LEAD = r"(?:[a-z][\w-]*['’]s\s+|(?:" + "|".join(sorted(lang.PERIOD_ORDINALS)) + r")\s+)?"
_PARTITIVE_NUMBER = re.compile(r"[\d$€£¥]|" + _TOTAL_LEAD + r"(?:\d|(?:" + _NUMBER_WORD + r")\b)")
#: The total after a partitive ("160 of the 300 seats", "five of the 12 jurors"): the first count counts the
#: same noun (session 15: the share was dropped and only the total shown).
_PART_OF_TOTAL = re.compile(_TOTAL_LEAD + r"(?:\d[\d,]*|(?:" + _NUMBER_WORD + r"))\s+(?=[a-z])")
#: A share of a count compared ("27% fewer heart attacks"): "fewer", or "more"/"less" before a plural
#: noun (not "20% more expensive", "more serious"): the noun after it is what the share is of.
_COMPARED_COUNT = re.compile(r"\s+(?:fewer\s+|(?:more|less)\s+(?=(?:[a-z]+\s+)?[a-z]+(?<!ou)(?<!s)s\b))")
_OUT_OF = re.compile(r"\s+(?:out\s+)?of\s+(?=\d)")  # "won 41 out of 60 seats": 41 seats too (shapes35; a share only up to 10); "nine of 12 recommendations" (real54), "eight of 10 farms" (lead45)


_GERUND_ALONE = re.compile(r"[a-z]{3,}ing(?=\s*(?:[,;.)]|and\b|or\b|$))")
#: "five and a half years" (spaced; "two-and-a-half months" is read as a compound) and "200-plus seizures": the
#: figure's own tail, read before its unit or noun (real54).
_SPACED_HALF = re.compile(r"\s+and\s+an?\s+half\b", re.I)
_PLUS = re.compile(r"-?plus\b(?=\s+[a-z])", re.I)
#: A converted figure in brackets right after a measurement ("58lb (26kg) of ...") or the bracket's close after
#: the converted one ("26kg) of ..."): the noun after it is what both measure (real54).
_CONVERSION = re.compile(r"\s*\((?:[^()\d]{0,3}\d[^()]{0,20})\)|\)")

#: "within four points of <Club>", "within 50 miles of the city": the "of" phrase is where the measure is taken from (real46)
_IN_DEFINITE = re.compile(r"\s+in\s+(?:" + "|".join(d for d in lang.OF_DETERMINERS if d not in ("a", "an")) + r")\s")
_WITHIN = re.compile(r"\bwithin\s+(?:(?:" + lang.APPROXIMATORS_RE + r")\s+)?$", re.I)


def _sign_width(text: str, start: int) -> int:
    """How far before a number its currency sign starts: 1 ("£4,000"), 2 (a tokenized "£ 4,000"), else 0."""
    return 1 if start > 0 and text[start - 1] in CURRENCY else 2 if start > 1 and text[start - 1] == " " and text[start - 2] in CURRENCY else 0


def _currency_word(text: str, n) -> tuple[str, str] | None:
    """A currency written out after the number n ("4 million Swedish crowns", "20,000 rupees"): (unit,
    unit text), the ISO code when the word or its country names one, else the plural word as written.
    "won" only after a large sum and before no object ("12 won seats", "1,200 won the vote": the verb)."""
    m = _CURRENCY_WORD.match(text, n.end)
    if m is None:
        return None
    word = m.group(2)
    one = word[:-1] if word.endswith("s") and word not in ("naira",) else word
    code = lang.CURRENCY_WORDS[word] or lang.CURRENCY_COUNTRIES.get(((m.group(1) or "").lower(), one))
    if m.group(1) and code is None:
        return None  # "40 Blue francs": not a country's adjective we know (every CURRENCY_COUNTRIES value is a code)
    if word == "won" and (not re.search(r"\d{4}|\d,\d{3}|(?:million|billion|trillion)$", text[n.start:n.end], re.I)
                          or re.match(r"\s+(?:" + "|".join(sorted(lang.DETERMINERS)) + r"|\w+ed|\w+s)\b", text[m.end():])):
        return None
    return code or (one + "s" if one + "s" in lang.CURRENCY_WORDS else word), text[n.end:m.end()]


#: Words of a stretch of time ("in the five weeks", "in the first quarter"): money "in" them is not
#: an amount of them (read11b, a BASIL story).
_PERIOD_WORDS = frozenset(u.rstrip("s") for u in lang.TIME_UNITS) | lang.PERIOD_NOUNS


def _whole_numbers(text: str) -> list[Number]:
    """`rules.numbers`, with a spelled number of several words read as one ("five hundred",
    "two thousand", "three hundred and fifty", "five thousand two hundred"; it gave 5 "hundred
    people" and 100 "people"); "and" joins only after a scale word ("five and six" is two)."""
    pieces: list[tuple[int, int]] = []
    for m in _SPELLED_RUN.finditer(text):
        start = m.start()
        for j in _AND.finditer(m.group(0)):
            if not _SCALE_END.search(m.group(0), 0, j.start()):
                pieces.append((start, m.start() + j.start()))
                start = m.start() + j.end()
        pieces.append((start, m.end()))
    out: list[Number] = []
    for n in numbers(text):
        piece = next(((a, b) for a, b in pieces if a <= n.start < b), None)
        if piece is None or not text[n.start].isalpha():
            out.append(n)
            continue
        if out and out[-1].start == piece[0]:
            continue  # the rest of a run already read
        value = spelled_value(re.findall(r"[a-z]+", text[piece[0]:piece[1]].lower()))
        lead = text[piece[0]:n.start].strip().lower()  # ("One hundred-eighteen visits": "One" opening the run is no count of its own)
        out.append(Number(value, piece[0], piece[1]) if value is not None and (piece[0] == n.start or lead == "one" and value > 1) else n)
    return out


_SPELLED_RUN = re.compile(rf"\b(?:{_NUMBER_WORD})(?:(?:\s+|\s+and\s+|(?<=hundred)-)(?:{_NUMBER_WORD}))*\b", re.I)
_AND = re.compile(r"\s+and\s+", re.I)
_SCALE_END = re.compile(r"\b(?:hundred|" + lang.LARGE_SCALES_RE + r")$", re.I)


def quantities(text: str) -> list[dict]:
    """Quantities of a claim sentence: [{value, unit, counted}], counted a verbatim noun phrase."""
    out: list[dict] = []
    at: list[tuple[int, int]] = []  # each entry's number span
    bare: list[Number] = []  # plain counts with no noun of their own ("10 to 15 militants", "kill 80,000 in ...")
    last = None  # the last figure with a unit whose row names a noun: (end, unit, counted), for measure_subjects
    skip_to = -1  # the end of a ratio read whole ("a 3 to 1 margin": its second number has no row; real57)
    for n in _whole_numbers(text):
        if n.start < skip_to:
            continue
        if (rat := ratios.ratio(text, n.start, n.end, n.value)) and is_noun_phrase_of(rat[1], text):
            skip_to = rat[0]
            out.append({"value": n.value, "unit": None, "counted": rat[1]})
            at.append((n.start, n.end))
            continue
        if not_a_count(text, n.start, n.end, n.value):
            continue
        name_word = re.search(r"\b([A-Z][a-z]+)\s+$", text[:n.start])
        if text[n.start].isalpha() and name_word and name_word.group(1).lower() not in QUANTIFIERS | FUNCTION:
            continue  # a name's numeral: "World War Two" (not "Another four people", "Some five hundred")
        if text[n.start].isupper() and text[:n.start].strip() and not re.search(r"[.!?:;\"“]\s*$", text[:n.start]) \
                and re.match(r"[\s-]+[A-Z][a-z]", text[n.end:]):
            continue  # a numeral opening a name mid-sentence: "the Six Nations Championship", "the Big Ten"
        if text[n.start:n.end].lower() == "dozen" and any(m.end < n.start and not text[m.end:n.start].strip()
                                                          for m in numbers(text[:n.start])):
            continue  # "three dozen": counted once, as 36
        spaced_half = _SPACED_HALF.match(text, n.end) if not re.match(r"\s+and\s+an?\s+half\s+\w+\s+(?:ago|later|earlier)\b", text[n.end:], re.I) else None
        if spaced_half or (plus := _PLUS.match(text, n.end)):  # "five and a half years", "200-plus seizures": one figure (real54)
            n = Number(n.value, n.start, (spaced_half or plus).end())
        unit = None
        sign = _sign_width(text, n.start)
        if sign:
            unit = CURRENCY[text[n.start - sign]]
        rest = text[n.end:]
        adjectival = rest.startswith("-")  # "a 1,250-square-kilometer buffer zone", "a 10-point lead"
        m_unit = re.match(r"[\s-]*(%|per\s?cent\b|light[\s-]years?\b|(?:square|cubic)?[\s-]*[A-Za-z]+\b(?:/h\b)?)", rest, re.I)
        unit_text = ""
        m_temp = _TEMPERATURE.match(text, n.end)  # "40C", "40°C", "40 degrees Celsius": a temperature
        if m_temp and unit is None:
            unit = lang.TEMPERATURE_UNITS[(m_temp.group(1) or m_temp.group(2)).lower()]
            unit_text, rest, adjectival = text[n.end:m_temp.end()], text[m_temp.end():], False
        m_points = re.match(lang.POINT_UNITS_RE, rest, re.I)
        if m_points and unit is None:  # "1 percentage point", "25 basis points", "50 bps": a unit of two words (left21)
            unit, unit_text, rest, m_unit = "percentage points" if m_points.group("pp") else "basis points", rest[:m_points.end()], rest[m_points.end():], None
        cw = _currency_word(text, n) if unit is None else None
        if cw:  # "4 million Swedish crowns": money written out (left19)
            unit, unit_text = cw
            rest, m_unit = text[n.end + len(unit_text):], None
        if m_unit and unit is None:
            raw = m_unit.group(1).lower()
            pre = re.match(r"(square|cubic)[\s-]*", raw)
            word = raw[pre.end():] if pre else raw
            word = re.sub(r"\s+", " ", word)
            if word in UNITS and UNITS[word] and not (word == "st" and not rest.startswith("st")):  # "10 St James's": no stones
                unit = UNITS[word] if not pre else f"{pre.group(1)} {UNITS[word]}"
                unit_text = rest[:m_unit.end()]
                rest = rest[m_unit.end():]
        counted = ""
        if unit and not adjectival:
            # "39.6 million cubic meters of water"; "$84,000 in taxpayer funds" (money counts what it is in)
            of_in = r"(?:worth\s+)?of|in|worth" if unit in _MONEY else r"of"  # "$2 billion worth of bonds"
            rated = rest[m.end():] if unit in _MONEY and (m := re.match(lang.MONEY_RATE_RE, rest)) else rest
            if (conv := _CONVERSION.match(rated)) and re.match(rf"\s+(?:{of_in})\s", rated[conv.end():]):
                rated = rated[conv.end():]  # "58lb (26kg) of pills", "26kg) of pills": a conversion in brackets before the noun (real54)
            m_of = re.match(rf"\s+(?:{of_in})\s+(?:{_OF_DETERMINERS})?", rated)  # also "£950 a month in rent" (left17)
            if m_of and not _WITHIN.search(text, 0, n.start - (sign if unit in _MONEY else 0)):  # "within seven days of the filing": a reference
                counted = noun_phrase(rated[m_of.end():]) or (_GERUND_ALONE.match(rated, m_of.end()) or [""])[0]  # "300 hours of training and" (real54)
                if counted and re.match(r"\s+in\s", rated) and (counted.split()[-1].lower().rstrip("s") in _PERIOD_WORDS
                                                                 or counted.split()[0].lower() in lang.PAYMENT_FORMS or _IN_DEFINITE.match(rated)):
                    counted = ""  # "lost $6 billion in the five weeks ...": a stretch of time; "in cash and stock": a form of payment; "in the federal budget": where it is (digest59)
            if not counted and unit == "percent" and (re.search(r"\b(?:a|an)\s+$", text[:n.start], re.I)
                                                       or re.match(r"\s+(?:" + "|".join(lang.PERCENT_NOUNS) + r")\b", rest)):
                counted = noun_phrase(rest.lstrip()) if rest[:1].isspace() else ""  # "an 85% chance", "six percent support"
            if not counted and unit == "percent" and (m_cmp := _COMPARED_COUNT.match(rest)):
                counted = noun_phrase(rest[m_cmp.end():])  # "27% fewer heart attacks", "12% more votes" (numbers43)
            if not counted and unit not in lang.TIME_UNITS and unit != "percent" and not m_temp:
                # the noun the measure describes: "150 mph winds", "a £300million profit"
                counted = noun_phrase(rest.lstrip()) if rest[:1].isspace() else ""
                if counted and (re.fullmatch(lang.COMPASS_WORD_RE, counted.split()[0].lower()) or counted.split()[0].lower() in ("away", "apart")
                                   or counted.split()[0].lower() in lang.DIMENSION_ADJECTIVES):
                    counted = ""  # "200 miles southwest of the town", "48 light years away": a distance, counted as itself
                if counted and counted.split()[0].lower() in lang.PREPOSITIONS | lang.PLACE_TAIL_STARTERS | set(lang.OBJECT_ONLY_PREPOSITIONS):
                    counted = ""  # "four points behind <Club>": a place, not what is measured (numbers37); "towards a surgery" (genre45)
                if counted and unit in _MONEY and plural_people(counted.split()[0]):
                    counted = ""  # "the $4.1 billion analysts had expected": a relative's subject, no sum of people (left44)
            if not counted and unit in _MONEY:
                # the noun the money is an amount of: "profits of £300million", "taxes of just £20"
                m_noun = re.search(r"\b([a-z][a-z-]{2,}s?)\s+of\s+(?:(?:" + lang.APPROXIMATORS_RE + r"|just|only)\s+)?(?:[^\w\s] ?)?$",
                                   text[:n.start])
                counted = noun_before_of(m_noun)
            if not counted:
                # "a sentence of nine years", "a rise of 17%", "gusts of 90 km/h": the noun the measure is of (digest34, numbers37)
                counted = noun_before_of(re.search(r"\b([a-z][a-z-]{2,}s?)\s+of\s+(?:(?:" + lang.APPROXIMATORS_RE
                                                   + r"|just|only)\s+)?$", text[:n.start]))
                m_in = re.match(r"\s+in\s+(?=[a-z])", rest) if unit in lang.TIME_UNITS else None
                if not counted and m_in and not re.match(r"(?:" + _OF_DETERMINERS + r")", rest[m_in.end():]):
                    counted = noun_phrase(rest[m_in.end():])  # "three years in prison" (not "in a row")
            if not counted and unit in _MONEY and re.match(r"\s*[,)]", rest):
                # a sum in commas restating the noun before it: "the cost of a meal, about $6.50," (read11a)
                m_app = re.search(r"\bthe\s+([a-z][^,;:“”\"()]{2,60}?)\s*[,(]\s*(?:(?:" + lang.APPROXIMATORS_RE + r")\s+)?[^\w\s]?$",
                                  text[:n.start])
                counted = m_app.group(1) if m_app else ""
            lo = n.start - (sign if unit in _MONEY else 0)
            if not counted and unit not in lang.TIME_UNITS:  # "revenue rose 12%", "held rates at 4.25%" (numbers37)
                counted = measure_subjects.measured(text, lo, unit, last, money=unit in _MONEY)
            if not counted:
                # a measurement counts itself: "39.6 million cubic meters", "$16 million"
                counted = re.split(r"[”\"’]", text[lo:n.end + len(unit_text)])[0].strip()  # '$5.6” billion' -> '$5.6'
        elif adjectival and re.match(rf"-({'|'.join(_WORD_UNITS)})\b", rest, re.I) \
                and text[n.start].isalpha():
            # "eighty-four days": one number, not 80 "eighty-four days"
            m_w = re.match(r"-(\w+)", rest)
            value = n.value + _WORD_UNITS[m_w.group(1).lower()]
            counted = noun_phrase(rest[m_w.end():].lstrip())
            if pc := re.match(r"\s+per\s?cent\b(?:\s+of\s+(?:the\s+)?)?", rest[m_w.end():], re.I):
                unit, counted = "percent", noun_phrase(rest[m_w.end() + pc.end():]) if pc.group(0).rstrip().endswith(("of", "the")) else ""
                counted = counted or text[n.start:n.end + m_w.end() + pc.end()].strip()  # "Sixty-two percent of Republicans" (real57)
            if counted and is_noun_phrase_of(counted, text) \
                    and not re.search(r"\b(?:" + lang.AND_SCALES_RE + r")\s+and\s+$", text[:n.start], re.I):
                out.append({"value": value, "unit": unit, "counted": counted})
            continue
        elif adjectival and re.match(r"-dozen\s+[a-z]", rest, re.I):  # "two-dozen actions": 24, like "two dozen" (read13b)
            counted = noun_phrase(rest[len("-dozen"):].lstrip())
            if counted and is_noun_phrase_of(counted, text):
                out.append({"value": n.value * 12, "unit": unit, "counted": counted})
            continue
        elif adjectival:
            # "a 13-year path", "a 47-page indictment": the whole compound is the noun phrase
            whole = text[n.end:]
            m_adj = re.match(r"-[\w-]*", whole)
            np = noun_phrase(whole[m_adj.end():].lstrip()) if m_adj else ""
            timed = UNITS.get(m_adj.group(0)[1:].lower() + "s") if m_adj else None
            if timed in lang.TIME_UNITS:  # "a 90-minute debate" (read11a); "a two-year freeze" (left18: the gold's "a two-year ... investigation")
                unit = timed
                np = np or (re.match(r"\s*([a-z]{3,})\b", whole[m_adj.end():]) or [None, ""])[1]
            if timed in lang.TIME_UNITS and np and np.split()[-1].lower() in lang.TENOR_INSTRUMENTS:
                continue  # "the yield on two-year government bonds": the bond's name, no amount (genre43)
            if np and np.split()[-1][:1].isupper() and re.match(r"\s+of\s+(?:the\s+)?[A-Z]", whole[whole.find(np, m_adj.end()) + len(np):]):
                np = ""  # "The three-year <Name> of the <Name> study": cut inside a name (real54; "a 20-year Navy veteran" keeps its row)
            if np:
                lo = n.start - sign
                counted = text[lo:text.index(np, n.end + m_adj.end()) + len(np)]
        else:
            m_more = re.match(r"\s+(?:more|fewer|other)\s+(?=[a-z])", rest)
            counted = noun_phrase(rest[m_more.end():] if m_more else rest.lstrip())  # "25 more police officers", "16 other people" (real49)
            m_part = _PARTITIVE.match(rest)
            if not counted and m_part and not _PARTITIVE_NUMBER.match(rest, m_part.end()):
                counted = noun_phrase(rest[m_part.end():])  # "about 3,000 of the agency's emails", "four of the documents"
                after = rest[m_part.end() + len(counted):] if rest[m_part.end():].startswith(counted) else ""
                if counted and not np_ends(after):
                    counted = ""  # "12 of the new short-haul, twin-engine jets", "20 of its larger 777 planes": cut short
            elif not counted and (m_part or (m_part := _OUT_OF.match(rest))) and (m_total := _PART_OF_TOTAL.match(rest, m_part.end())):
                counted = noun_phrase(rest[m_total.end():])  # "160 of the 300 seats": 160 seats (session 15); "41 out of 60 seats"
                after = rest[m_total.end() + len(counted):] if rest[m_total.end():].startswith(counted) else ""
                if counted and not np_ends(after):
                    counted = ""
            if not counted and text[n.start].isdigit() and not rest[:1].isalpha() and not re.match(r"\s*(?:" + lang.RANGE_JOINERS_RE + r"|-|–)\s*\d", rest):
                # (digits only: "a mother of three" counts children the sentence does not name)
                # "a venue count of roughly 2,118 (including ...)": the noun the count is of
                counted = noun_before_of(re.search(r"\b((?:[a-z][a-z-]+\s+)?[a-z][a-z-]{2,}s?)\s+of\s+(?:(?:" + lang.APPROXIMATORS_RE
                                                    + r"|just|only)\s+)?$", text[:n.start]))
            m_doz = re.match(r"dozens?\s+", counted, re.I)
            if m_doz:  # "three dozen lawmakers"
                value = n.value * 12
                counted = counted[m_doz.end():]
                if counted and is_noun_phrase_of(counted, text):
                    out.append({"value": value, "unit": unit, "counted": counted})
                continue
        if unit is None and counted.lower().startswith("times") and (mult := ratios.multiplier(text, n.end)) is not None:
            unit, counted = "times", mult  # "three times the rate of other adults": what is multiplied (real57)
        cw = counted.split()
        if unit is None and len(cw) >= 2 and (re.fullmatch(r"[a-z]+[^s]s|[a-z]*men|people|children", cw[-2])) \
                and re.fullmatch(r"[a-z]{3,}", cw[-1]) and not re.search(r"(?:s|ing|ed)$", cw[-1]) \
                and re.match(r"\s+(?:" + _OF_DETERMINERS + r")", text[text.find(counted, n.end) + len(counted):]):
            counted = counted[:counted.rindex(cw[-1])].rstrip()  # "the two men continue the ...": the verb is no part of the noun (real46)
        if counted and counted.split()[-1].lower() in lang.TIME_WORDS:
            counted = counted[:counted.rindex(counted.split()[-1])].rstrip()  # "700 million today": a time, not what is counted (real46)
        if not counted or not is_noun_phrase_of(counted, text):
            if not counted and unit is None and not adjectival:
                bare.append(n)
            continue
        m_span = re.match(r"(\w+)\s+(?=[a-z])", counted) if unit is None else None
        if m_span and m_span.group(1).lower() + "s" in lang.TIME_UNITS:  # "a two year hiatus": 2 years of hiatus (digest34)
            unit, counted = m_span.group(1).lower() + "s", counted[m_span.end():]
        half = spaced_half or re.match(r"[\s-]+and[\s-]+an?[\s-]+half\b", text[n.end:], re.I)  # "two-and-a-half months": 2.5 (read13a)
        value = n.value + 0.5 if half else n.value
        if m_temp and re.search(r"(?:\bminus\s+|[-−])$", text[:n.start], re.I):
            value = -value  # "minus 5C", "-5°C": below zero
        out.append({"value": value, "unit": unit, "counted": counted})
        at.append((n.start, n.end))
        if unit and not re.search(r"\d", counted) and not (last and measure_subjects.restates(text, n.start - sign, last, unit in _MONEY)):
            last = (n.end + len(unit_text), unit, counted)
    rows = _shared(text, out, at, bare)
    return rows + running_totals.extra_rows(text, rows)  # "bringing the total to 164", "one count of fraud"


#: ", while <subject> <verb>" between a count and a bare number that shares its noun (`_shared`): a past or present
#: verb of count, not one of a level's change ("while health care added 23,000", not "while profits rose to 4 million";
#: genre44).
_WHILE_VERB = (r"\s+(?:[A-Za-z]+\s+){0,2}[A-Za-z]+,\s+(?:while|whereas)\s+(?:[A-Za-z]+\s+){0,2}(?!(?:"
               + "|".join(sorted(lang.MEASURE_CHANGE_VERBS)) + r")\b)[a-z]+(?:ed|s)\s+")


def _shared(text: str, out: list[dict], at: list[tuple[int, int]], bare: list[Number]) -> list[dict]:
    """A plain count that shares the noun of the count next to it: the low end of a range ("10 to
    15 militants", "between 10 and 15 militants") or a second count after "and" and a verb
    ("infect up to 150,000 residents and kill 60,000 in one outbreak")."""
    add = []
    for n in bare:
        nxt = next((k for k, (a, _) in enumerate(at) if a >= n.end and re.fullmatch(r"\s*(?:" + lang.RANGE_JOINERS_RE + r"|-|–)\s*", text[n.end:a])), None)
        prev = next((k for k, (_, b) in reversed(list(enumerate(at))) if b <= n.start
                     and re.fullmatch(r"(?:\s+(?:[A-Za-z]+\s+){1,3}(?:and|[A-Za-z]+,\s+but)\s+(?:[a-z]+\s+)?|" + _WHILE_VERB + r")(?:(?:" + lang.APPROXIMATORS_RE + r")\s+)?", text[b:n.start])
                     and out[k]["unit"] is None), None)
        k = nxt if nxt is not None else prev
        to = next((x for x, (_, b) in enumerate(at) if b <= n.start and " " not in out[x]["counted"] and re.fullmatch(
            r"\s+" + re.escape(out[x]["counted"]) + r"\s+to\s+", text[b:n.start])), None)  # "by 312 votes to 207" (shapes35)
        k = to if k is None and to is not None else k
        if k is not None and (nxt is not None or not re.match(r"\s*[A-Za-z]", text[n.end:]) or re.match(r"\s+(?:" + lang.ELIDED_COUNT_TAILS_RE + r")\b", text[n.end:])):
            counted, (a, b) = out[k]["counted"], at[k]
            if counted.startswith(text[a:b]):  # "6 to 8 hours": a measurement counting itself is this figure's own (real54)
                counted = text[n.start:n.end] + counted[b - a:]
            add.append(((n.start, n.end), {"value": n.value, "unit": out[k]["unit"], "counted": counted}))
    if not add:
        return out
    rows = sorted([*zip(at, out), *add], key=lambda r: r[0][0])
    return [r for _, r in rows]


def is_noun_phrase_of(counted: str, sentence: str) -> bool:
    """True when `counted` is copied from `sentence` and reads as a noun phrase: it does not
    start or end with a function word, and holds no verb form or clause break."""
    if not counted or counted not in sentence:
        return False
    words = counted.split()
    first, last = words[0].lower().strip(".,"), words[-1].lower().strip(".,")
    if first in FUNCTION - {"more"} or last in FUNCTION or last in MONTHS:
        return False
    if re.search(r"[,;:()\"“”]", re.sub(r"\d,\s?\d", "", counted)):  # (a tokenized "55, 000": real46)
        return False
    if any(is_verbish(w) for w in words[-1:]) and not re.search(r"\d", counted) and not _nominal_end(counted, sentence):
        return False
    return True


def _nominal_end(counted: str, sentence: str) -> bool:
    """"480 hours of field training are required": an "-ing" noun heads the phrase when a verb follows it."""
    words = counted.split()
    if len(words) == 1 and re.search(r"\b(?:a|an)\s+" + re.escape(counted) + r"\s+of\s", sentence, re.I):
        return True  # "a cut of 50 basis points": a verb's form after an article, before "of", is a noun (numbers43)
    if len(words) == 1 and counted.lower().endswith("ing") and re.search(r"\bof\s+" + re.escape(counted) + r"\b(?!\s+(?:" + "|".join(sorted(lang.DETERMINERS)) + r")\b)", sentence):
        return True  # "300 hours of training and ...": a gerund after "of" with no object is the noun counted (real54)
    nxt = re.match(r"\s+([a-z']+)", sentence[sentence.index(counted) + len(counted):])
    return len(words) >= 2 and words[-1].lower().endswith("ing") and nxt is not None \
        and nxt.group(1) in lang.BE_FORMS | lang.AUXILIARY_VERBS | lang.MODALS

