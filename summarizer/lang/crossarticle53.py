"""Words for comparing claims of two articles, session 44 (issue 15; conflict53): a report's due date, a peak
reading, a length of time a decision covers."""

#: A report, review or inquiry whose due date two articles give ("said it would inspect the hospital and report
#: by May 1" / "his report will be published by May 15"; "his review would be finished by April 15"):
#: digest/deadlines.py, one more kind of act beside lang.DEADLINE_ACT_CLASSES.
DUE_REPORT_WORDS = frozenset("report review reviews findings inquiry investigation audit".split())

#: A future modal before "by <date>" that makes the date a due date for a report ("would report by May 1"):
#: digest/deadlines.py (only with a word of lang.DUE_REPORT_WORDS in the clause).
DUE_FUTURE_WORDS = frozenset("will would shall expects expected plans plan".split())

#: Words before a measure that tell its peak ("Gusts reached 45 mph", "gusts of up to 70 mph", "peaked at 3.1
#: meters"): two articles' peaks of one measured thing conflict (digest/peaks.py). A bound of a limit or a
#: forecast is no peak (lang.PEAK_FORECAST_WORDS).
PEAK_MARKERS_RE = r"(?:reached|reaching|peaked\s+at|peaking\s+at|topped(?:\s+out\s+at)?|topping|of\s+up\s+to|up\s+to|as\s+high\s+as)"

#: Words that make a peak a forecast, a limit or a warning, not a reading (digest/peaks.py).
PEAK_FORECAST_WORDS = frozenset("could can may might would will expected forecast forecasts forecasters predicted "
                                "warned warning warnings limit limits allowed permitted designed rated built".split())

#: Verbs that give how long a decision, a freeze or a ban runs ("The freeze covers one year", "the ban will
#: last two years", "the deal runs for three years"): digest/lengths.py.
LENGTH_VERBS_RE = r"(?:covers|cover|will\s+cover|would\s+cover|lasts|will\s+last|would\s+last|runs\s+for|will\s+run\s+for|would\s+run\s+for|applies\s+for|will\s+apply\s+for)"

#: Units of a length of time, in months (digest/lengths.py: "one year" and "12 months" are one length).
LENGTH_UNIT_MONTHS = {"year": 12, "years": 12, "month": 1, "months": 1}

#: A subject pronoun and its possessive ("They pay ..., and their tuition is not frozen": digest/possessor.py).
PRONOUN_POSSESSIVES = {"they": "their", "he": "his", "she": "her", "it": "its"}

#: Words that open a piece describing a name after a comma ("<Name>, whose album ... sold ...,", "<Name>, the
#: singer behind ...,"): digest/describedonly.py (a number opens one too: "<Name>, 31,").
DESCRIPTION_OPENERS = frozenset("who whose which the a an".split())
