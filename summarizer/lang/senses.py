"""Word senses the digest compares by meaning, not spelling (issue 15, conf10; agree10's synonyms
merged in by agree11: one list, WORD_SENSES).

Two outlets rarely tell one event in one word: "laid off 1,200 workers" / "900 employees will
lose their jobs", "the plant would not close" / "the factory will shut", "did not find" / "found".
Read by digest/senses.py (nounneg.py, denials.py, counts.py compare words through it); the conf11 lists at
the end by digest/predicates.py (states), eventdates.py (dates, spans) and measured.py (units).

Sources: the past tenses and past participles are the standard table of English irregular verbs
(any grammar reference, e.g. the Cambridge Grammar of English's list), cut to verbs news prose
uses of events; the sense groups are near-synonyms of news verbs of change and of the nouns they
count, as the AP Stylebook and any thesaurus give them, each group one meaning in news usage (a
word with two news senses is in no group: "fall" is a drop in figures and a collapse). No topic words.
"""

from __future__ import annotations

#: Irregular past tenses and past participles -> the base form ("found" -> "find", "laid" -> "lay").
IRREGULAR_FORMS = {form: base for base, forms in (line.split(":") for line in """
arise:arose arisen
beat:beaten
become:became
begin:began begun
bite:bit bitten
break:broke broken
bring:brought
build:built
buy:bought
catch:caught
choose:chose chosen
come:came
deal:dealt
dig:dug
draw:drew drawn
drive:drove driven
eat:ate eaten
fall:fell fallen
feed:fed
feel:felt
fight:fought
find:found
flee:fled
fly:flew flown
forbid:forbade forbidden
freeze:froze frozen
give:gave given
go:went gone
grow:grew grown
hang:hung
hear:heard
hide:hid hidden
hold:held
keep:kept
know:knew known
lay:laid
lead:led
leave:left
lend:lent
lose:lost
make:made
mean:meant
meet:met
pay:paid
ride:rode ridden
ring:rang rung
rise:rose risen
run:ran
see:saw seen
seek:sought
sell:sold
send:sent
shake:shook shaken
shoot:shot
shrink:shrank shrunk
sink:sank sunk
slide:slid
speak:spoke spoken
spend:spent
stand:stood
steal:stole stolen
stick:stuck
sting:stung
strike:struck stricken
swear:swore sworn
sweep:swept
swim:swam swum
take:took taken
teach:taught
tear:tore torn
tell:told
think:thought
throw:threw thrown
wake:woke woken
wear:wore worn
win:won
withdraw:withdrew withdrawn
write:wrote written
""".strip().splitlines()) for form in forms.split()}

#: Words of one meaning in news prose, one group a line, the first word naming the group: the one
#: list of word senses, read by digest/senses.py (conflicts and counts: nounneg.py, denials.py,
#: counts.py; "the plant would not close" / "the factory will shut", each caller lemmatising the
#: words its own way) and by digest/synonyms.py (agreements: "Farrow diverted $3.4 million" /
#: "Farrow siphoned about $3.4 million", every form listed, matched by stem). A word marked "~" has
#: another common sense in news prose ("fire" a blaze and a dismissal, "cut" a reduction and a
#: wound, "close" to shut and near): compared by sense for conflicts and counts, where a
#: contradiction or a count must come with it, never read as a synonym for an agreement, where
#: it alone would join unrelated claims. Verbs of change and the nouns they count (conf10), then
#: words outlets use for one another when they state one fact (agree10; general English news
#: language, AP Stylebook and any thesaurus). No topic words.
WORD_SENSES = tuple(tuple(line.split()) for line in """
~close ~shut
~law ~legislation
~halt ~stop ~suspend halted halting suspended suspending
~reduce ~cut ~lower ~slash
~increase ~raise ~hike
~climb ~rise ~jump
~fall ~drop ~decline ~slide ~tumble ~dropped ~dropping ~slid
~injure ~hurt ~wound ~harm
~kill ~die
~collapse ~cave
~fail ~malfunction
~plant ~factory
~handgun ~gun ~pistol ~firearm
~fire ~blaze
~gather ~rally ~assemble ~rallied ~rallying
finish finished finishing complete completed completing completion
reach reached reaching arrive arrived arriving arrival
faulty flawed defective
flawless flawlessly perfect perfectly
buyback buybacks repurchase repurchases repurchased repurchasing
diverted diverting siphoned siphoning embezzled embezzling misappropriated
illness illnesses sick sickened
opposed opposes opposing opposition objected objecting objection objections
arrested arresting detained detaining custody
dismissed dismissing ousted ousting sacked sacking
resigned resigning resignation quit quitting
pledged pledging promised promising vowed vowing
sponsored sponsoring sponsor introduced introducing
banned banning prohibited prohibiting barred barring
profit profits earnings
revenue revenues sales
largest biggest
remain remains remained remaining stay stays stayed staying
sparked sparking ignited igniting started starting ~began ~begun ~begin ~begins ~beginning
downed fallen toppled
corroded corroding corrosion rusted rusting
""".strip().splitlines())

#: The groups as digest/senses.py reads them: every word, the mark aside (the agreements' view of
#: the same list: lang/paraphrase.py).
SENSE_GROUPS = tuple(tuple(w.lstrip("~") for w in g) for g in WORD_SENSES)

#: Phrases of one meaning written as one word before words are compared: (regex, the word). A
#: job lost is one sense whichever side tells it ("laid off 1,200 workers", "900 employees will
#: lose their jobs", "job cuts"); a machine that "broke down" failed.
PHRASE_SENSES = (
    (r"\b(?:lay|lays|laid|laying)\s+off\b|\b(?:lose|loses|lost|losing)\s+(?:their|his|her|its|your|our|the)?\s*jobs?\b"
     , "layoff"),
    (r"\b(?:break|breaks|broke|broken|breaking)\s+down\b", "fail"),
    (r"\b(?:shut|shuts|shutting)\s+down\b", "close"),
    # conf12: where an event is: "will take place in Vienna" / "will be held in Geneva"
    (r"\b(?:take|takes|took|taken|taking)\s+place\b", "held"),
    # conflict47: people "caught up in" a disruption were affected by it ("were caught up in the delays" / "were affected")
    (r"\bcaught\s+up\s+in\b", "affected"),
)

#: Particles of phrasal verbs, passed over between a verb and its object ("did not knock out the
#: water plant": the object is "water plant"; digest/nounneg.py). English.
PHRASAL_PARTICLES = frozenset({"out", "off", "up", "down", "away", "back", "over"})

#: Modal auxiliaries of a forecast ("would not lose", "will not close"): a forecast negated is no
#: account of what happened (digest/nounneg.py: "the team would not lose" / "the team lost").
FORECAST_MODALS = frozenset({"will", "would", "won't", "wouldn't", "won’t", "wouldn’t", "shall"})

#: Words before the figure of an elliptical reply that counts again ("the clerk said only 40 were";
#: digest/onesentence.py). English.
REPLY_COUNT_LIMITERS = frozenset({"only", "just", "merely", "about", "nearly", "some"})


# -- conf11 (issue 15): states, spans of time and measures the digest sets against each other ------
# States, spans of time and measures the digest sets against each other (issue 15, conf11).
#
# Two sources who disagree often say it with one predicate word and its opposite ("the water is
# safe" / "the water is not safe" / "is unsafe"; "turnout was higher" / "lower"), with two dates or
# ranges for one event ("held the seat from 1991 to 2023" / "from 1989 to 2023", "primaries in
# late July" / "held on June 10"), or with one measure in two units ("met for three hours" /
# "lasted 90 minutes"). Read by digest/predicates.py (states), digest/eventdates.py (dates,
# spans) and digest/measured.py (units).
#
# Sources: general English grammar (copulas, the negative prefixes un-/in-/il-/im-/ir-/non-/dis-,
# comparatives); antonyms as any thesaurus gives them, cut to predicates news prose says of a
# thing or an event; the SI and US customary unit definitions (NIST Handbook 44, Appendix C) for
# the unit scales. No topic words.

#: Copulas (and "remain"/"stay", which keep a state): "X is safe", "X remains closed".
COPULA_FORMS = ("is", "are", "was", "were", "be", "been", "being", "remains", "remain", "remained",
                "stays", "stay", "stayed", "'s", "’s")

#: Modals of a plain future: a state after them is told ("the bridge will remain closed"); after
#: any other modal it is hedged ("could be unsafe") and not read.
STATE_FUTURE_MODALS = frozenset({"will", "'ll", "’ll", "wo"})

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

#: The words of STATE_OPPOSITES that tell a position against a level or a count ("never above its safe level" /
#: "below its safe level" say one thing: digest/negposition.py). General English.
POSITION_WORDS = frozenset({"above", "below", "higher", "lower", "more", "fewer", "less"})

#: Words of a phase before an act word ("stopped working", "were still working", "began selling"): the
#: phase is what a day dates, and another phase (or a lasting state) is another act ("stopped working on
#: Tuesday" / "still working from paper on Thursday": digest/dayacts.py, digest52). General English.
PHASE_WORDS = frozenset("still stop stops stopped start starts started begin begins began begun resume resumes resumed "
                        "keep keeps kept cease ceases ceased continue continues continued".split())

#: Verbs that tell a lasting state before "in" ("was in critical condition", "remained in custody", "stays in
#: hospital"): the state's day is a day it held, not when it began (digest/statedays.py; English grammar).
LASTING_STATE_VERBS = frozenset("is are was were been remain remains remained stay stays stayed".split())

#: Participles of a position that lasts, after a form of "be" and before "in" / "at" ("was anchored in <Sound> on
#: Wednesday" / "... on Thursday", "is moored at the quay"): a state, its day a day it held (digest/statedays.py;
#: conflict58). An act that puts a thing there ("was towed to", "was arrested in") is none.
LASTING_POSITION_PARTICIPLES = frozenset("anchored moored docked berthed parked stationed stranded grounded".split())

#: Participles of force before "open" ("some of them broken open", "a safe forced open"): "open" tells what was done
#: to a thing's shell, not that a place or a service is open, so it is no opposite of "closed" (digest/predicates.py;
#: conflict58: containers "broken open" / two beaches "closed"). "thrown open to the public" does open a place.
FORCED_OPEN_PARTICIPLES = frozenset("broken burst forced ripped torn prised pried split blown smashed cracked slit".split())

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
                              "expected", "likely", "now", "also", "only", "still", "tentatively", "officially",
                              "to", "of", "until", "in", "on", "for"})

#: Units of one dimension and their size in its base unit (second, meter, square meter,
#: kilogram), singular as digest/measured.measures() reads them ("hours" -> "hour").
UNIT_SCALES = {
    "second": ("time", 1.0), "minute": ("time", 60.0), "hour": ("time", 3600.0), "day": ("time", 86400.0),
    "week": ("time", 604800.0), "month": ("time", 2629800.0), "year": ("time", 31557600.0),
    "decade": ("time", 315576000.0),
    "meter": ("length", 1.0), "metre": ("length", 1.0), "kilometer": ("length", 1000.0), "kilometre": ("length", 1000.0),
    "km": ("length", 1000.0), "mile": ("length", 1609.344), "foot": ("length", 0.3048), "feet": ("length", 0.3048),
    "yard": ("length", 0.9144), "inch": ("length", 0.0254), "centimeter": ("length", 0.01),
    "centimetre": ("length", 0.01), "millimeter": ("length", 0.001), "millimetre": ("length", 0.001),
    "acre": ("area", 4046.8564), "hectare": ("area", 10000.0),
    "kilogram": ("mass", 1.0), "kg": ("mass", 1.0), "pound": ("mass", 0.45359237), "tonne": ("mass", 1000.0),
    "page": ("pages", 1.0),
    "degree": ("temperature", 1.0),
}

#: Dimensions whose measures count no noun of their own ("fell about 40 kilometers offshore", "reached 31
#: degrees Celsius"): two values in one unit are compared as measures, not left to counts (digest/measured.py).
PLAIN_MEASURE_DIMENSIONS = frozenset({"length", "temperature"})

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
#: old"): no measure of what the claim tells (digest/measured.py).
MEASURE_OFFSET_WORDS = frozenset({"after", "before", "ago", "later", "earlier", "old", "since", "from", "into"})

# -- conf12 (session 11): one event told in two places -----------------------------------------------

#: Prepositions before the place of an event ("was born in Lisbon", "the fire started in the
#: kitchen", "will be held in Geneva"; digest/eventdates.place_clash). English.
EVENT_AT_PREPOSITIONS = frozenset({"in", "at", "near", "inside", "outside"})
#: Determiners before a common-noun place ("in the kitchen"): a place without one ("held in
#: custody", "in office", "in contempt") is a state, not where the event was. English.
PLACE_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their"})
#: Past participles of an event told with its place that IRREGULAR_FORMS leaves out ("born" is not
#: read as "bear" there: another sense); digest/eventdates.place_clash. English.
EVENT_AT_PARTICIPLES = frozenset({"born"})

# -- conf12 (session 11): a thing called like another and unlike it ---------------------------------

#: Regex (case-insensitive): a claim that one thing is like another ("the deal is similar to one
#: approved in 2019", "It simply mirrors federal law", "signed similar legislation"), and one that
#: it differs ("the deal differs from the 2019 merger", "is different from"): digest/predicates.py
#: `comparison_clash` sets the two against each other when they compare the same thing. English.
LIKENESS_RE = (r"\b(?:is|was|are|were)\s+(?:\w+ly\s+)?(?:similar\s+to|like|the\s+same\s+as|identical\s+to|modell?ed\s+on)\b"
               r"|\bmirror(?:s|ed)?\b|\bsimilar\s+(?!to\b)[a-z]+")
#: Regex (case-insensitive): a claim that one thing differs from another ("the deal differs from the
#: 2019 merger", "is different from", "is unlike"); the other side of LIKENESS_RE. English.
DIFFERENCE_RE = (r"\bdiffer(?:s|ed)?\b|\b(?:is|was|are|were)\s+(?:\w+ly\s+)?(?:different\s+from|unlike|not\s+like|not\s+the\s+same\s+as)\b")
