"""Numbers in words: units, currencies, quantifiers and approximators.

Sources: SI and US customary units, ISO 4217 currency codes, English grammar for quantifiers and
number words. Used by quantity.py, rules.py, verify/numbers.py.
"""

from __future__ import annotations

#: Units of measure after a number: word -> canonical unit (None: not a unit on its own). SI and US
#: customary units, currencies written out, and the counts news writes as units (percent, points).
UNITS = {
    "km": "km", "kilometers": "km", "kilometres": "km", "kilometer": "km", "kilometre": "km",
    "miles": "miles", "mile": "miles", "percent": "percent", "per cent": "percent", "%": "percent",
    "pounds": "pounds", "lbs": "pounds", "tons": "tons", "tonnes": "tonnes", "hours": "hours", "hour": "hours",
    "minutes": "minutes", "seconds": "seconds", "days": "days", "weeks": "weeks", "months": "months",
    "years": "years", "meters": "m", "metres": "m", "meter": "m", "metre": "m", "feet": "feet",
    "foot": "feet", "inches": "inches", "kg": "kg", "kilograms": "kg", "grams": "g", "liters": "l",
    "litres": "l", "gallons": "gallons", "barrels": "barrels", "acres": "acres", "hectares": "hectares",
    "dollars": "USD", "euros": "EUR", "points": "points", "votes": None,
    "dollar": "USD", "euro": "EUR", "pound": "pounds",  # before a noun: "a 200 million pound credit facility" (left17)
    "pct": "percent", "percentage points": "points",  # newswire: "4 pct", "4 percentage points"
    "mph": "mph", "kph": "km/h", "km/h": "km/h", "mm": "mm", "millimeters": "mm", "millimetres": "mm", "cm": "cm",
    "centimeters": "cm", "centimetres": "cm",  # speeds and rainfall ("150 mph winds", "50mm of rain")
    "light years": "light years", "light-years": "light years", "light year": "light years",  # astronomy (genre43)
    "decades": "decades", "decade": "decades", "centuries": "centuries", "century": "centuries",  # "for two decades" (genre44)
    "st": "stone", "stone": "stone",  # a weight in stones, "lost 19st" (glued only: quantity.py; real49)
    "ft": "feet", "lb": "pounds",  # abbreviations glued or spaced, "about 7ft tall", "58lb (26kg)" (real54)
    "gigabytes": "GB", "gigabyte": "GB", "terabytes": "TB", "terabyte": "TB", "megabytes": "MB", "megabyte": "MB",  # data (genre44)
}

#: A unit of points after a number: "1 percentage point" (group pp), "25 basis points", "50 bps" (central-bank
#: rates; quantity.py; left21, after wild20's s02). A plain "points" is in UNITS.
POINT_UNITS_RE = r"\s*(?:(?P<pp>percentage\s+points?)|basis\s+points?|bps)\b"

#: Adjectives of a dimension after a measurement ("about 7ft tall", "a wall 3m high", "10 miles long"): the measure
#: describes no noun there, it counts itself (quantity.py; real54; general English).
DIMENSION_ADJECTIVES = frozenset({"tall", "high", "long", "wide", "deep", "thick", "across", "broad"})

#: Financial instruments named by their term ("two-year government bonds", "the 10-year note", "three-month bills"):
#: the term names the instrument, no measured amount of the claim (quantity.py; genre43, a central bank story).
TENOR_INSTRUMENTS = frozenset("""bond bonds note notes gilt gilts treasury treasuries bill bills bund bunds yield yields
swap swaps""".split())

#: An age at death after its verb ("has died aged 87", "died on Sunday aged 91", "died at the age of 87", "died at
#: 87 on Tuesday", not "died at 4 sites"):
#: background to the death, no count of the claim (rules.kind; left21, after wild20's s08 obituary).
DIED_AGED_RE = r"\b(?:died|dies)\s+(?:(?:on|last)\s+[A-Z]?[a-z]+\s+)?(?:aged|at\s+the\s+age\s+of|at(?=\s+\d{1,3}(?:[,;]|\.(?!\d)|$|\s+(?:on|in|after|last|this|from|following|of|while|surrounded)\b)))\s+\d{1,3}\b"

#: A temperature right after a number: "40C", "40°C", "104 °F", "40 degrees Celsius", "40 degrees C"
#: (SI and US usage; a bare capital C or F counts only glued to the number or after a degree sign:
#: "40 C-130s" or "40 F-16s" are aircraft). Group 1: C or F; group 2: the scale written out.
TEMPERATURE_RE = r"(?:(?<=\d)|\s?°\s?|\s?°?\s?degrees?\s+)(?:([CF])(?![\w-])|(Celsius|Fahrenheit|centigrade)\b)"
#: The unit shown for each temperature scale of TEMPERATURE_RE (quantity.py; SI and US usage).
TEMPERATURE_UNITS = {"c": "°C", "f": "°F", "celsius": "°C", "centigrade": "°C", "fahrenheit": "°F"}

#: Nouns before "of" + a sum that say nothing of what the money is ("to the tune of $2 billion",
#: "a total of $5", "the sum of £11m"; quantity.py: the sum then counts itself).
VAGUE_AMOUNT_NOUNS = frozenset("tune sum sums amount amounts total totals figure region excess upwards".split())
#: Nouns of a part before "of <figure>" ("part of £1,400 offered for ...", "a portion of $2 million"): a share of the sum,
#: not the noun the sum is of, so the figure's row names no noun from them (noun_phrases.noun_before_of; real54).
PART_NOUNS = frozenset("part parts portion portions share fraction half".split())

#: Nouns a percentage stands right before as their measure, with no article ("netted just six percent
#: support", "25 percent tariffs on steel"): what the row counts (quantity.py). A closed list: after a
#: bare "5 percent" most words are no such noun ("rose 5 percent despite ...", "8 percent cheaper").
#: English news usage (polls, trade, finance, pay; digest13, a BASIL poll line).
PERCENT_NOUNS = frozenset("""support approval disapproval stake share shares tariff tariffs tax taxes duty duties
rate rates raise raises cut cuts increase increases rise rises drop drops decline declines discount discounts
chance chances interest turnout majority lead margin stakes ownership pay fee fees levy surcharge
commission return returns growth unemployment inflation vote""".split())

#: Units of time: "24 hours later" counts the time itself, not the word after it (quantity.py).
TIME_UNITS = frozenset({"hours", "minutes", "seconds", "days", "weeks", "months", "years"})
#: Words that make a year a bound of a stretch, not the day of the claim ("has fired 900 shells since
#: the siege began in 2019"; digest/rowcontext.bound_year: no timeline entry, no `when` for its rows).
YEAR_BOUND_WORDS = ("since", "until", "till")
#: Regex: words before the earlier side of a comparison of years ("dropped from 52 in 2008 to 47 in 2009",
#: "up 17% compared with 2008", "more than in 2008"): a year after them, in a claim that names another year,
#: is not the claim's day (digest/rowcontext.compared_year; digest34).
YEAR_COMPARE_RE = r"compared\s+(?:with|to)|than"
#: Regex: ... and the word before a change's starting value ("from 52 in 2008 to 47"): a value must stand
#: between it and the year, so a span ("ran from 2013 to 2015") keeps its first year.
YEAR_CHANGE_FROM_RE = r"from"

#: Currency signs written before a number (ISO 4217 codes).
CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}

#: Words that may stand right before a number without making it a designation ("About 40",
#: "Nearly 12,000", "a 13-year path"): quantifiers, articles, prepositions, conjunctions.
QUANTIFIERS = frozenset({
    "a", "an", "about", "around", "nearly", "almost", "approximately", "roughly", "some", "over", "under",
    "more", "fewer", "less", "at", "only", "just", "another", "all", "the", "those", "these", "up",
    "estimated", "by", "of", "and", "to", "with", "than", "least", "most", "exactly", "precisely",
    "barely", "but", "in", "on", "for", "from", "as", "after", "since", "while", "when", "if", "though",
    "although", "even", "still", "also",
})

#: Regex: words that make the number after them an approximation ("about 1,500").
APPROXIMATORS_RE = (r"about|around|approximately|roughly|nearly|almost|some|over|more than|less than|"
                    r"fewer than|at least|up to|close to|just under|just over|estimated")

#: Spelled cardinals below twenty, with their values (English). Used by verify/numbers.py, rules.py, quantity.py.
NUMBER_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
#: Spelled tens (English). Used by verify/numbers.py and rules.py.
NUMBER_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
               "eighty": 80, "ninety": 90}
#: Scale words and the abbreviations news writes after a number ("£1.5m", "$2bn", "3tn"; verify/numbers.py).
SCALE_WORDS = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
               "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3, "tn": 1e12}
#: Spelled counts that are neither units nor tens ("a hundred", "two dozen"; rules.py's number words).
SMALL_SCALE_VALUES = {"hundred": 100, "dozen": 12}
#: Words before a number that make it an age ("aged 58", "ages 12 to 15"; quantity.py; news style).
AGE_WORDS = ("aged", "age", "ages")
#: Regex: words joining the two ends of a range ("10 to 12", "between 5 and 6"; ground.py).
RANGE_JOINERS_RE = "to|and|or"
#: Spelled scale words that are numbers on their own ("a dozen"; verify/numbers.py), in this order.
COUNT_SCALES = ("hundred", "thousand", "million", "billion", "trillion", "dozen")
#: Regex: words after "one" that make it a pronoun or an idiom, not a count ("one of the", "one
#: day"; verify/numbers.py, found on devdata/faithfulness).
ONE_NOT_A_COUNT_RE = r"of|another|day|way|thing|side|more|in|who|that|which|to|and|or"
#: Reporting verbs and time adverbs that end a counted noun phrase (quantity.py; seed), besides
#: the function words.
COUNTED_PHRASE_ENDS = frozenset({"say", "says", "said", "according", "ago", "later", "earlier", "now",
                                 "like", "unlike", "including", "currently", "still", "already", "each", "apiece",
                                 "worth",  # "14 classes worth 20 credit hours" (read by the lead, session 7)
                                 # adverbs of where or how often a sum runs ("grossing $788.7 million worldwide")
                                 "worldwide", "nationwide", "overseas", "abroad", "annually", "overall", "domestically",
                                 "globally",
                                 # the first word of a complex preposition ("$1 million in broadcast time ahead of
                                 # the caucuses"; digest13, a BASIL campaign story)
                                 "ahead", "instead", "because",
                                 # the adverb that distributes the numbers before it ("aged 16 and 13 respectively";
                                 # the lead's reading of a tuned cluster, session 23; "altogether", "combined",
                                 # "together" and "apart" too added a held-out digest agreement, so they are not here)
                                 "respectively"})

#: Regex: scale words after digits ("1.5 million"; verify/numbers.py).
SCALE_NAMES_RE = "hundred|thousand|million|billion|trillion"
#: Regex: scale abbreviations glued to digits ("£1.5m", "$2bn"; verify/numbers.py; news style).
SCALE_ABBREVIATIONS_RE = "m|bn|mn|k|tn"

#: Regex: words after a decimal a bad splitter broke in two ("39. 6 million"; fields.py; seed).
SPLIT_DECIMAL_UNITS_RE = "percent|per cent|million|billion|trillion|thousand"
#: Regex: what makes a number before it a clock time ("5 o'clock", "10 GMT"; quantity.py; time zones
#: of English news).
CLOCK_WORDS_RE = "o'clock|GMT|UTC|ET|EST|PST|BST"

#: Scale words that are a count after "a" ("a hundred", "a dozen"; verify/numbers.py).
A_COUNT_SCALES = ("hundred", "thousand", "million", "billion", "dozen")
#: Scale words too vague to compare alone ("hundred"; verify/numbers.py).
VAGUE_ALONE_SCALES = ("hundred", "thousand", "million", "billion", "trillion")

#: Regex: scale words after a number ("5 million"; quantity.py _SCALE_WORD).
LARGE_SCALES_RE = "thousand|million|billion|trillion"
#: Scale words and their values (rules.py, the rules baseline's numbers).
LARGE_SCALE_VALUES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
#: Regex: scale words a spelled number continues after with "and" ("two hundred and five"; quantity.py).
AND_SCALES_RE = "hundred|thousand|million|billion"
#: Regex: ordinal suffixes after digits ("21st"; quantity.py: not a count).
ORDINAL_SUFFIXES_RE = "st|nd|rd|th"
#: Regex: signs before a number that make it a label ("No. 5", "nr 3", "#2"; quantity.py; case as written).
NUMBER_SIGNS_RE = "No|Nos|no|nr|#"
#: Determiners after "of" in "5 of the ..." (quantity.py; English grammar), in this order.
OF_DETERMINERS = ("the", "a", "an", "its", "their")
#: Ordinals before a spelled count of quarters or halves that make them periods, not a fraction
#: ("the first two quarters of the year"; quantity.py; English grammar).
PERIOD_ORDINALS = frozenset("first last next past final previous coming".split())
#: Determiners after a count and "of" that make it a partitive ("four of the documents", "3,000
#: of its emails"; quantity.py): the noun after them is what is counted (English grammar).
PARTITIVE_DETERMINERS = frozenset("the its their his her these those our".split())

#: Regex: the length units of a height written as one compound before a noun ("a 6-foot-2 guard", "a
#: 5-foot-8-inch runner"): its numbers describe someone, as an age does, and count nothing (countable.py;
#: digest34: "6-foot-11" had been read as 6 feet).
HEIGHT_UNITS_RE = r"foot|feet"

#: Regex: fraction words after a hyphenated number word ("two-thirds", "three-quarters",
#: "one-fifth"): the number is a fraction's numerator, not a count (quantity.py).
FRACTION_WORDS_RE = r"halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?"

#: Regex: prepositions after a count whose noun is elided ("kill 80,000 in one outbreak"; quantity.py), and
#: a verb's be-form or participle ("six died and another 40 were hurt", "four were killed and 18 injured"; read35).
ELIDED_COUNT_TAILS_RE = r"in|on|at|over|across|were|was|are|[a-z]{3,}ed"

#: Forms a sum is paid in, not what the money is for: "$2.3 billion in cash and stock" counts the
#: sum itself, unlike "$4 million in damages" (quantity.py; left18, a bank merger story)
PAYMENT_FORMS = frozenset("cash stock stocks shares equity securities".split())

#: Counted nouns of one meaning besides alignment.COUNT_NOUN_CLASSES, one class a line, the plain
#: word first (it names the class; general English news: two outlets counting one crowd, one set
#: of arrests; digest/pairs.head_noun reads both lists).
COUNT_NOUN_SYNONYMS = tuple(tuple(line.split()) for line in """
protester demonstrator
arrest apprehension
""".strip().splitlines())

#: Verbs that tell a series' change to a figure ("have fallen ... to 400", "rose to 12,000"): the
#: noun before them is what the figure after them counts (digest/series.py).
SERIES_CHANGE_VERBS = frozenset("""fallen fell dropped declined decreased shrunk shrank risen rose climbed
grown grew increased jumped doubled tripled halved plunged soared""".split())
#: Words before a recent period a series' figure is given for ("last year", "this quarter";
#: digest/series.py). English.
SERIES_PERIOD_LEADS = ("last", "this", "past")
#: Kinds of year between the lead and the period ("last fiscal year"; digest/series.py). English.
SERIES_PERIOD_KINDS = ("fiscal", "calendar", "financial", "school")
#: The periods a series' recent figure is given for (digest/series.py). English.
SERIES_PERIODS = ("year", "quarter", "month", "season")

#: Regex: an era's mark after or before a year ("a circa 600 AD coin", "in 44 BC", "AD 79"): the number is a year, no
#: count (countable.not_a_count; real48). Capitals only: "600 ads" is a count.
ERA_AFTER_RE = r"\s*(?:A\.D\.|B\.C\.|(?:AD|BC|BCE|CE)\b)"
#: Regex: the era's mark before the year ("AD 79"), as ERA_AFTER_RE (real48).
ERA_BEFORE_RE = r"\b(?:AD|A\.D\.)\s*$"

#: Regexes of a weight in stones and pounds ("15st 4lbs", "18st 10lb"; British usage): the stones glued to "st" before
#: the number, the pounds after it (countable.py: the pounds are part of the one weight; real49).
STONE_BEFORE_POUNDS_RE = r"\d\s?st\s+$"
#: Regex: the pounds after such a stones figure ("4lbs" of "15st 4lbs"; countable.py; real49).
POUNDS_AFTER_STONE_RE = r"\s?(?:lbs?|pounds?)\b"
#: Regex: verbs of weight before a number ("weighed 21st": stones, not an ordinal; countable.py; real49).
WEIGHT_VERBS_RE = r"\b(?:weighs|weighed|weighing|weigh|lost|shed|shedding|losing|gained|piled\s+on)"

#: Comparatives after "<n> times" ("three times more likely", "four times higher"): a multiplier with no noun counted
#: (ratios.py; real57). With "the"/a possessive or "as many/much" the noun after is what is multiplied.
MULTIPLIER_COMPARATIVES = frozenset("more less higher lower larger greater bigger smaller faster slower fewer longer".split())
