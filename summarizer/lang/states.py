"""States, spans of time and measures the digest sets against each other (issue 15, conf11).

Two sources who disagree often say it with one predicate word and its opposite ("the water is
safe" / "the water is not safe" / "is unsafe"; "turnout was higher" / "lower"), with two dates or
ranges for one event ("held the seat from 1991 to 2023" / "from 1989 to 2023", "primaries in
late July" / "held on June 10"), or with one measure in two units ("met for three hours" /
"lasted 90 minutes"). Read by digest/states.py, digest/spans.py and digest/units.py.

Sources: general English grammar (copulas, the negative prefixes un-/in-/il-/im-/ir-/non-/dis-,
comparatives); antonyms as any thesaurus gives them, cut to predicates news prose says of a
thing or an event; the SI and US customary unit definitions (NIST Handbook 44, Appendix C) for
the unit scales. No topic words.
"""

from __future__ import annotations

#: Copulas (and "remain"/"stay", which keep a state): "X is safe", "X remains closed".
COPULA_FORMS = ("is", "are", "was", "were", "be", "been", "being", "remains", "remain", "remained",
                "stays", "stay", "stayed", "'s", "’s")

#: Adverbs that may stand between a copula and its predicate without changing it ("fully legal",
#: "still closed", "now open"); a degree adverb keeps the predicate's polarity.
STATE_ADVERBS = frozenset({"fully", "completely", "entirely", "totally", "still", "now", "also", "very",
                           "largely", "wholly", "perfectly", "clearly", "already", "again", "quite",
                           "absolutely", "always", "currently", "just"})

#: Verbs that tell a state without a copula ("the bridge reopened" = it is open; "the plant shut"):
#: form -> the state's word.
STATE_VERBS = {"reopened": "open", "reopens": "open", "opened": "open", "closed": "closed", "shut": "closed",
               "shuts": "closed", "closes": "closed"}

#: Predicates that cannot both hold of one thing: words of one side | words of the other. A word
#: with a negative prefix needs no line ("balanced" / "unbalanced": NEGATIVE_PREFIXES).
STATE_OPPOSITES = tuple(tuple(side.split() for side in line.split("|")) for line in """
safe | unsafe dangerous hazardous
open | closed shut
legal lawful | illegal unlawful
true accurate correct | false untrue inaccurate incorrect wrong
voluntary optional | mandatory compulsory required
accidental | deliberate intentional
higher | lower
more | fewer less
larger bigger | smaller
above | below
better | worse
up | down
rising increasing growing | falling decreasing declining shrinking
stable | critical
guilty | innocent
alive | dead
peaceful | violent
minor | serious major severe
complete finished | incomplete unfinished
sufficient adequate | insufficient inadequate
armed | unarmed
""".strip().splitlines())

#: Negative prefixes: "un" + "balanced" is the opposite of "balanced" ("non-" with or without its hyphen).
NEGATIVE_PREFIXES = ("un", "in", "il", "im", "ir", "non-", "non", "dis")

#: Parts of a month, as days (first, last): "in mid-May" is May 11-20 (calendar usage).
MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31), "beginning": (1, 10), "start": (1, 10),
               "middle": (11, 20), "end": (21, 31)}

#: Words skipped when looking for what a date is the date of ("the primaries will be held on June
#: 10": the primaries): schedule verbs, and verbs of starting that leave the event its own noun
#: ("the trial is scheduled to begin in March").
DATE_ANCHOR_SKIP = frozenset({"set", "scheduled", "slated", "planned", "due", "held", "hold", "holds", "holding",
                              "take", "takes", "place", "begin", "begins", "start", "starts", "starting", "beginning",
                              "expected", "likely", "now", "also", "only", "still", "tentatively", "officially"})

#: Units of one dimension and their size in its base unit (second, meter, square meter,
#: kilogram), singular as digest/measured.measures() reads them ("hours" -> "hour").
UNIT_SCALES = {
    "second": ("time", 1.0), "minute": ("time", 60.0), "hour": ("time", 3600.0), "day": ("time", 86400.0),
    "week": ("time", 604800.0), "month": ("time", 2629800.0), "year": ("time", 31557600.0),
    "decade": ("time", 315576000.0),
    "meter": ("length", 1.0), "metre": ("length", 1.0), "kilometer": ("length", 1000.0), "kilometre": ("length", 1000.0),
    "km": ("length", 1000.0), "mile": ("length", 1609.344), "foot": ("length", 0.3048), "feet": ("length", 0.3048),
    "yard": ("length", 0.9144), "inch": ("length", 0.0254), "centimeter": ("length", 0.01),
    "acre": ("area", 4046.8564), "hectare": ("area", 10000.0),
    "kilogram": ("mass", 1.0), "kg": ("mass", 1.0), "pound": ("mass", 0.45359237), "tonne": ("mass", 1000.0),
    "page": ("pages", 1.0),
}

#: Words that end a state's subject when it is read back from its copula ("X said *the water* is
#: safe", "..., but *the pool* is closed"): clause openers and conjunctions (grammar).
STATE_SUBJECT_BOUNDARIES = frozenset({"that", "and", "but", "while", "whereas", "because", "as", "since", "when",
                                      "after", "before", "although", "though", "so", "or", "who", "which",
                                      "where", "than", "to", "according"})

#: Clause openers that make a state hypothetical or asked about, not asserted ("whether the water
#: is safe", "if the bridge is open"): no state is told.
STATE_UNASSERTED_OPENERS = frozenset({"if", "whether", "unless", "until", "once", "where", "how", "why", "what"})

#: Words after a measure that make it an offset from another time, not a length of the thing
#: ("three days after that guilty plea", "two years ago", "48 hours later") or an age ("66 years
#: old"): no measure of what the claim tells (digest/units.py).
MEASURE_OFFSET_WORDS = frozenset({"after", "before", "ago", "later", "earlier", "old", "since", "from", "into"})
