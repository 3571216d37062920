"""Words of figures and trends disputed inside one article (digest/counterfigures.py; within51): a
source's figure against the earlier record it names ("the filings were wrong"), a figure told
through a pronoun ("it is closer to 30 weeks"), "the number of <things>" cut against the same
number risen, two counts past one threshold of time. English news usage; no names or topics of any
dev article."""

#: Regex (case-insensitive): a figure with its currency, scale and the word after it; groups
#: "cur", "n", "scale", "unit".
FIGURE_RE = (r"(?P<cur>[$£€])?(?P<n>\d[\d,]*(?:\.\d+)?)(?:\s*(?P<scale>million|billion|thousand)\b)?"
             r"(?:\s+(?P<unit>[a-z]+))?")
#: Words between a figure and the verb it is the object of ("spent about $2 million", "gave no
#: more than $900,000"): skipped when the verb before a figure is read.
FIGURE_APPROXIMATORS = ("about", "around", "roughly", "nearly", "almost", "some", "only", "just", "no", "more", "less",
                        "than", "at", "least", "most", "over", "under", "up", "to", "approximately", "an", "estimated")
#: Regex (case-insensitive): a record named by its noun and called untrue ("the filings were
#: wrong", "the records are inaccurate"); group "rec" the record noun.
RECORD_WRONG_RE = (r"\bthe\s+(?:[a-z]+\s+){0,2}?(?P<rec>records?|reports?|logs?|data|figures|statistics|documents?|filings?|"
                   r"minutes|ledger|accounts|register|spreadsheet)\s+(?:were|was|are|is|had\s+been|have\s+been)\s+"
                   r"(?:simply\s+|plainly\s+|just\s+)?(?:wrong|incorrect|inaccurate|mistaken|in\s+error|false|untrue)\b")
#: Regex (case-insensitive): a figure given through a pronoun as a correction of the one just told
#: ("The union says it is closer to 30 weeks", "that was more like 40"); group "fig" the figure.
PRONOUN_CORRECTION_RE = (r"\b(?:it|that)\s+(?:is|was|would\s+be|had\s+been|has\s+been)\s+(?:actually\s+|really\s+)?"
                         r"(?:closer\s+to|nearer(?:\s+to)?|more\s+like)\s+(?P<fig>[$£€]?\d[\d,.]*)")
#: Regex (case-insensitive): "the number of <things>" (or amount, level, volume, count); group
#: "what" the words after "of", up to a verb, a preposition or a clause break.
NUMBER_OF_RE = (r"\bthe\s+(?:total\s+)?(?:number|amount|level|volume|count)\s+of\s+(?P<what>[a-z]+(?:[ -][a-z]+){0,3}?)"
                r"(?=\s+(?:since|in|at|by|over|from|for|during|this|last|each|every|because|after|before|has|have|had|"
                r"was|were|is|are|rose|fell|grew|dropped|declined|increased|decreased|climbed|went|shrank|doubled|"
                r"halved)\b|\s*[,.;:]|$)")
#: Verbs that make a number smaller, before "the number of" ("cut the number of operations").
NUMBER_CUT_VERBS = ("cut", "cuts", "reduced", "reduces", "lowered", "halved", "slashed", "decreased", "shrank", "trimmed")
#: Verbs of a number growing, before it ("increased the number of") or after it ("the number ... rose").
NUMBER_RISE_VERBS = ("rose", "risen", "increased", "grew", "grown", "climbed", "doubled", "tripled", "raised", "jumped")
#: Verbs of a number falling, after it ("the number of operations fell").
NUMBER_FALL_VERBS = ("fell", "fallen", "dropped", "declined", "decreased", "shrank", "shrunk", "halved", "slumped")
#: Regex (case-insensitive): a count of those who did an act past a threshold of time ("1,150 of
#: them had waited more than a year", "310 patients have waited longer than a year"); groups "n",
#: "verb", "dur".
THRESHOLD_COUNT_RE = (r"\b(?P<n>\d[\d,]*)\s+(?:of\s+(?:them|those|these)\s+|(?:[a-z]+\s+){0,2}?)(?:had|have|has)\s+(?:been\s+)?"
                      r"(?P<verb>[a-z]{3,}ed)\s+(?:for\s+)?(?:(?:more|longer)\s+than|at\s+least|over)\s+"
                      r"(?P<dur>(?:a|an|one|two|three|four|five|six|\d+)\s+(?:day|week|month|year)s?)\b")
