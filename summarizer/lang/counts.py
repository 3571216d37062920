"""How news prose qualifies a count (digest/counts.py): bounds with a direction, and the verbs
that tell a count has changed since an earlier one.

Source: general English news usage ("at least 15 people were killed", "the toll rose to 17",
"fewer than 200 seats"); written for conf9's clusters of invented stories, no topic words.
"""

from .numbers import NUMBER_TENS, NUMBER_UNITS


#: A lower bound before a number: any value at or above it is compatible ("at least 15" / 17),
#: one below it is not ("at least 15" / 12).
NUMBER_LOWER_BOUNDS = ("more than", "at least", "over", "upwards of", "no fewer than", "no less than")
#: Regex: a bound before a number ("more than $1 million", "nearly 30"): a bound is compatible with
#: other values, so two of them are no number conflict (digest/classify.py; general English;
#: moved here from alignment.py in digest51).
NUMBER_BOUNDS_RE = r"more than|less than|fewer than|at least|at most|up to|over|under|nearly|almost"

#: An upper bound before a number: compatible with values at or below it ("up to 200" / 150).
NUMBER_UPPER_BOUNDS = ("less than", "fewer than", "at most", "up to", "under", "no more than")
#: Verbs of change before "to <number>" ("rose to 16", "has climbed to 17"): the count is an update
#: of an earlier one, shown as an update rather than a conflict.
COUNT_UPDATE_VERBS = ("rose", "risen", "rises", "climbed", "climbs", "increased", "increases", "grew",
                      "grown", "jumped", "swelled", "fell", "dropped", "declined", "reached")

#: Words after a count that make it a running total ("has sold nearly 12,000 permits since the
#: program began", "so far", "to date"): not comparable with the count of one event.
COUNT_CUMULATIVE_MARKERS = ("since", "so far", "to date", "in total", "altogether", "in all")

#: Nouns of intent after "no" whose infinitive is what is negated ("had no plans to close the
#: plant" negates closing the plant; "no reference to sexual orientation" is no infinitive).
#: General English (digest/nounneg.py).
NEGATED_INTENT_NOUNS = ("plan", "plans", "intention", "intentions", "intent", "desire", "wish")

#: Words right after a number that make its count an addition to another ("would test 60 more
#: homes", "30 additional officers"): not another version of that count (conf11).
COUNT_INCREMENT_WORDS = ("more", "additional", "extra", "further", "other")

#: A word before a count that makes it the source's own set ("its own tests at 12 homes", "their
#: own survey of 300 voters"): another set than another source's count (conf11).
COUNT_OWN_MARKERS = ("own",)

#: A figure revised by its source: a verb of revision, then (within four words) a noun for a
#: figure, then "to" and the new value ("raised the death toll ... to 19", "revised the number of
#: exposed accounts to 5 million", "lowered its estimate of the damage to $2 million"). The
#: earlier figure, told elsewhere, is shown against it (digest/figures.py, revision_clash; conf11).
REVISION_VERBS = ("raised", "raises", "lowered", "lowers", "revised", "revises", "corrected", "corrects",
                  "updated", "updates", "cut", "cuts", "reduced", "reduces", "increased", "increases")
#: The figure nouns a revision names.
REVISION_FIGURE_NOUNS = ("toll", "estimate", "estimates", "number", "figure", "count", "tally", "total", "tallies")
#: Regex: "put" as a verb of estimating: a figure noun after it, then "at" and a number ("Police put the crowd at
#: about 5,000", "Officials put the number at 80", "The insurer puts the damage at $2 million"): the subject's
#: estimate, its claim (attribution/verb_frames.py; lead34). Not a price or rate set ("put the price at").
PUT_AT_FIGURE_RE = (r"(?:it|(?:the|its|their|his|her|our)\s+(?:[a-z-]+\s+){0,2}(?:toll|tolls|number|numbers|figure|figures|"
                    r"total|count|tally|estimate|crowd|turnout|attendance|cost|costs|damage|losses|bill)"
                    r"(?:\s+(?:of|to|from|in|for)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?)?)\s+at\s+"  # ("the number of homes destroyed at 40"; "it": "Officials put it at 71%", long44)
                    r"(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|at\s+least\s+|up\s+to\s+|"
                    r"(?:closer|close|nearer)\s+to\s+|fewer\s+than\s+|less\s+than\s+)?"  # ("at closer to 1,600": lead35)
                    r"(?:[$£€]?\d|(?:" + "|".join(sorted({*NUMBER_UNITS, *NUMBER_TENS} - {"zero"})) + r")\b)")  # ("the toll at one"; genre44)
#: Nouns after which a figure counts the dead ("the death toll"): a count of people killed or dead.
DEATH_FIGURE_WORDS = ("toll", "death", "deaths", "dead", "fatalities")
#: Words near a count of people that make it a count of the dead ("14 people died", "killed 14").
DEATH_WORDS = ("died", "dead", "killed", "deaths", "death", "die", "dies", "fatalities", "perished")

#: Verbs of asking before a sum or count ("requested $5.7 billion", "sought 400 officers"): what is
#: asked for is no version of what is given, spent or moved ("$3.6 billion from military
#: construction"); session 10, the lead, BASIL cluster 48.
COUNT_REQUEST_VERBS = ("requested", "requests", "request", "demanded", "demands", "sought", "seeks", "asked",
                       "asks", "proposed", "proposes", "wanted", "wants", "seeking", "demanding", "requesting")

#: Nouns of a numbered part of a text or a place, in lower case before digits ("under section 3 of
#: the act", "count 2 of the indictment", "in room 114"): the number names the part, it counts
#: nothing (quantity.py; read11b, a BASIL story; capitalised ones, "Article 5", are names already;
#: rules.kind reads them in either case: "listed on Schedule 1", read12a).
DESIGNATION_NOUNS = frozenset("""section sections article chapter clause paragraph subsection title part rule count
room gate page exhibit amendment schedule flight junction platform exit pier terminal""".split())  # "Flight 9525" (read31);
# "at junction 13 of the <road>", "from platform 4" (real46)
#: Nouns of a grade or step named by a small number after them, in lower case ("level one modules", "a tier two
#: area", "phase three of the works"): the number names the grade, it counts nothing (countable.py; real49).
GRADE_NOUNS = frozenset("level levels tier tiers phase stage grade category".split())
#: Words of a stretch of time besides the time units ("in the first quarter", "in the period"):
#: money "in" them is not an amount of them (quantity.py; read11b, a BASIL story).
PERIOD_NOUNS = frozenset("quarter period stretch span half".split())
#: Verbs and nouns of a contest's result before its score ("beat Oakdale 3-1", "lost 2-0 to",
#: "a 4-1 win"): the score "3-1" counts no news quantity, the claim stays an event (rules.kind;
#: read12a, a CNN football round-up; a range "25-30%" has no such word and stays a count).
SCORE_WORDS = frozenset("""beat beats beating won win wins winning lost lose loses losing drew draw draws drawing
defeated defeat defeats defeating thrashed edged trailed led leading victory loss scoreline""".split())
#: Verbs of harm to people and of moving them whose count, even in words, makes a claim a count
#: ("injuring nine people", "three soldiers were killed", "killed two"): GUIDELINES §5 rule 3,
#: "people killed/injured/evacuated" (rules.kind; kind15). Not verbs of things destroyed or taken:
#: "two crucial bridges" only qualify the event (§5). Not "died" ("who died three months ago"), not
#: arrests ("police arrested two men": an event, test_reading_outputs_lead9).
HARMED_PEOPLE_VERBS = frozenset("""kill kills killed killing injure injures injured injuring wound wounds wounded
wounding hurt hurting evacuate evacuates evacuated evacuating displace displaces displaced displacing""".split())
#: Words between a count in words and the verb that make the count the sentence's subject ("Two were
#: intercepted", "nine people were injured": the count is what the claim says; kind15).
COUNTED_SUBJECT_VERBS = ("were", "was", "have been", "had been", "are")
#: Words after a count that make it what a vehicle carried ("<n> passengers were on board"; digest/rarecounts.py).
ABOARD_WORDS = ("on board", "aboard", "onboard")

#: Verbs that move a running total to a new figure ("bringing the total to 164"; summarizer/running_totals.py), also down
#: ("brings down the total count of prisoners at the fort to 212", "cutting the number ... to 40"; real55).
TOTAL_RAISING_VERBS = frozenset("""bringing taking raising pushing lifting brings takes raises pushes lifts brought took raised pushed
lifted reducing reduces reduced lowering lowers lowered cutting cuts""".split())
#: Determiners before a running total's noun ("the total", "its tally"; summarizer/running_totals.py).
TOTAL_DETERMINERS = frozenset("the its their his her".split())
#: Nouns of a running total ("the total", "the death toll", "the tally"; summarizer/running_totals.py).
TOTAL_NOUNS = frozenset("total toll tally count number".split())
#: Prepositions of a short phrase between a running total's noun and "to" ("the total in the outbreak
#: to 57", "the total since March to 164"; running_totals.py; English grammar; session 15).
TOTAL_PHRASE_PREPOSITIONS = frozenset("in from since for across at".split())  # ("at the old fort": real55)
#: Nouns of charges counted one by one ("one count of fraud": a count of 1; summarizer/running_totals.py).
CHARGE_COUNT_NOUNS = frozenset("count charge felony misdemeanor".split())

#: Regex: a rate between a sum and what it is in ("£2,114 per month in housing benefit", "$900 a
#: week in wages"): skipped, the money still counts the noun after "in" (quantity.py; left17).
MONEY_RATE_RE = r"\s+(?:a|an|per|each)\s+(?:day|night|week|fortnight|month|quarter|year|hour)\b"

#: Vague counts of a plural noun ("dozens of arrests", "hundreds of marchers") and the values each
#: can stand for, read loosely (a writer may call 130 "dozens"): a given count outside the span
#: tells the same thing with another value (digest/vaguecounts.py, conf26). English usage.
VAGUE_COUNT_SPANS = {"dozens": (24, 150), "hundreds": (100, 2000), "thousands": (1000, 20000),
                     "tens of thousands": (10000, 200000), "hundreds of thousands": (100000, 2000000)}

#: Regex (case-insensitive): a charge and the word that opens what it charges ("charged X with
#: accepting $40,000", "to charges that he took $60,000", "accused of taking"): a count after it is the
#: alleged act's, which the day of the charge or the plea does not date (digest/counts.py; the lead,
#: session 26; English court and news usage).
CHARGE_COMPLEMENT_RE = (r"\b(?:charged|accused|accusing|indicted|convicted|charges?|charging|allegations?|alleging|indictment)\b"
                        r"[^.;:]{0,60}?\b(?:with|of|that)\b")

#: Verbs by which another source has or gives its own number for the figure just given ("The harbour
#: master had a higher count: 41", "gave a lower figure of 12"), before FIGURE_OTHER_ADJECTIVES and
#: alignment.FIGURE_NOUNS (digest/corrections.py; digest30, a CNN set). English news usage.
FIGURE_HOLDING_VERBS = ("had", "has", "gave", "gives", "cited", "cites", "offered", "offers", "reported", "reports")
#: Adjectives that mark such a figure as another than the one just given. English news usage.
FIGURE_OTHER_ADJECTIVES = ("higher", "lower", "different", "larger", "smaller", "bigger", "greater")

#: Verbs whose subject is what a figure after them measures when the figure has no noun of its own
#: ("revenue rose 12%", "Unemployment rose by 0.2 percentage points", "Turnout was 61%", "The rate stood
#: at 4%"): summarizer/measure_subjects.py (numbers37, earnings and economics copy). English news usage.
MEASURE_CHANGE_VERBS = frozenset("""rose risen rises rise fell fallen falls fall dropped drops declined declines gone went
climbed climbs increased increases grew grown grows jumped jumps eased eases narrowed narrows widened widens
slid slides slipped slips gained gains surged surges tumbled tumbles sank sunk plunged plunges soared soars
edged edges dipped dips shrank shrunk shrinks expanded expands decreased decreases was were is are stood stands
contracted contracts reached reaches hit hits topped tops peaked peaks""".split())
#: Verbs whose object is what a figure after "at", "to" or "by" measures ("held rates at 4.25%", "kept
#: the dividend at 22 cents", "lowered its forecast to $1.10"): measure_subjects.py. English news usage.
MEASURE_SETTING_VERBS = frozenset("""held holds kept keeps left leaves set sets raised raises cut cuts lowered
lowers lifted lifts trimmed trims reduced reduces hiked hikes increased increases boosted boosts hold keep leave
set raise cut lower lift trim reduce hike increase boost""".split())
#: Regex: the word between a verb of change or setting and its figure ("rose by 2%", "fell to $3 million",
#: "held rates at 4%"), and a direction after a copula ("was up 3%"): measure_subjects.py. English.
MEASURE_VERB_LINKS_RE = r"by|to|at"
#: Regex: a direction after a copula or before a baseline ("was up 3%", "down from 4%"): measure_subjects.py.
MEASURE_DIRECTIONS_RE = r"up|down"
#: Verbs of a trading day's close, a figure's change only with a direction after them ("shares closed down 44
#: percent", "the index ended up 2%"; not "closed 12 branches"): measure_subjects.py (conflict55). English.
MEASURE_CLOSE_VERBS = frozenset("closed closes ended ends finished finishes".split())
#: Regex: the word before a change's new level or its baseline ("12% to $4.1 billion", "up from $3.66
#: billion"), and the prepositions of a period between the two figures ("in the third quarter"). English.
MEASURE_BASELINE_LINKS_RE = r"to|from"
#: Regex: prepositions of a period between a figure and its baseline ("in the third quarter"): measure_subjects.py.
MEASURE_PERIOD_PREPOSITIONS_RE = r"in|for|during|over"
#: Units of a level a subject or object can own: shares and points (money and temperatures are added
#: by measure_subjects.py); not a distance or a weight ("The plane was 35 km from the airport").
MEASURE_LEVEL_UNITS = frozenset({"percent", "percentage points", "basis points", "points"})
#: Regex: the word of a building's floors glued to a number before a noun ("a 14-storey block", "a
#: 30-story tower", "a six-floor car park"): a description of the building, as a height is of a
#: person, not a count (countable.py; numbers37). British and US spellings.
STOREY_WORDS_RE = r"stor(?:e?y|ied)|floor"
#: Regex: the word before a change's baseline ("from $402 million a year earlier"): a lapse after it dates the
#: baseline, not the claim (measure_subjects.baseline_time). Not "than": date10 reads "lower than four years ago"
#: as the claim's time. English.
MEASURE_BASELINE_FROM_RE = r"from"
#: Regex: the last word of a lapse of time counted back from the article's day ("a year earlier", "four years
#: ago"): measure_subjects.baseline_time. English.
MEASURE_LAPSE_ENDS_RE = r"ago|earlier"
#: Units of a share, a rate's points or a coin, not of a physical measure: a figure in one of them is never a
#: measure alone of what another claim measures in that unit (digest/measure_frames.bare_measure; numbers43). English.
SHARE_AND_COIN_UNITS = frozenset({"percent", "percentage points", "basis points", "cents"})
#: Verbs of a toll: of people counted, "<n> died" and "<n> were killed" tell one count
#: (digest/measure_frames.same_frame; numbers43). English.
TOLL_VERBS = ("die", "died", "kill", "killed")
#: Verbs of counting or perceiving a count ("witnesses had counted 11 shots", "heard six shots"): the
#: count after one tells how many of the thing there were, not another act done to it, so it is no act
#: apart from "fired six shots" (digest/countacts.acts_apart, counts._verbs_apart; digest44). English.
TALLY_VERBS = frozenset({"counted", "tallied", "heard", "recorded", "logged"})
#: Words that may stand between an event's verb and a day phrase before the place ("shot on Saturday night
#: on Mill Lane": "on", "late", "early", "last"): digest/eventdates.places_of walks back over them to the
#: verb (digest44). English.
TIME_LINK_WORDS = frozenset(("on", "late", "early", "last"))
#: Regex: "none of a noun was made": "No <noun>s have (yet) been made / reported / filed / recorded / brought"
#: (group 1 the noun) or "There have been no <noun>s" (group 2): digest/nonemade.py (digest44). English.
NONE_MADE_RE = (r"\b[Nn]o\s+([a-z]{4,})s\s+(?:have|has|had|were|was)\s+(?:yet\s+)?(?:been\s+)?"
                r"(?:made|reported|filed|recorded|brought)\b|\b[Tt]here\s+(?:have|has|had)\s+been\s+no\s+([a-z]{4,})s\b")
#: Regex: a passive of a past participle ("were arrested", "have been charged"; group 1 the participle):
#: digest/nonemade.py (digest44). English.
PASSIVE_PARTICIPLE_RE = r"\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+([a-z]{4,}ed)\b"
#: Words of deciding that make "<a>-<b>" beside them a vote's tally besides the voting verbs ("The panel
#: ruled 2-1"): digest/unanimous.py (digest44). English.
DECIDING_WORDS = frozenset(("ruled", "rules", "ruling", "decision", "verdict"))
#: Verbs of estimating a figure "at" a sum ("put the yearly saving from the closures at $1.9 million", "estimates
#: the annual cost at ..."): digest/ratenouns.py (blind53). English.
ESTIMATE_AT_VERBS = ("put", "puts", "putting", "estimated", "estimates", "estimate", "placed", "places")
#: Adjectives that make a figure noun a rate ("the yearly saving", "the annual cost"), by the period of the rate:
#: digest/ratenouns.py (blind53). English.
RATE_ADJECTIVES = {"yearly": "year", "annual": "year", "monthly": "month", "weekly": "week", "daily": "day"}
#: Determiners before such a rate's noun ("put *the* yearly saving", "*its* annual cost"): digest/ratenouns.py. English.
RATE_NOUN_DETERMINERS = ("the", "its", "their", "his", "her", "our")
#: Adverbs of a rate after a sum ("save $3.4 million annually"), by the period: digest/ratenouns.py. English.
RATE_ADVERBS = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day"}
#: Regex: a rate tail right after a sum, then the clause's end, the period kept ("a year.", "per month;",
#: "annually."): RATE_TAIL_RE's shape with its period named (digest/ratenouns.py). English.
RATE_TAIL_PERIOD_RE = (r"\s+(?:(?:a|per|each|every)\s+(?P<per>year|month|week|day)|(?P<adv>annually|yearly|monthly|weekly|daily))"
                       r"\s*(?:[.;:!?\"\u201d]|$)")
#: Prepositions before "(the next) <n> years" that make it the period a rate is given over ("by 6 percent
#: over two years", "for the next two years"): digest/rates.py (digest45). English.
RATE_SPAN_LEADS = ("over", "for", "during", "in", "across")
#: Words that place such a period in time ("the next two years", "the past three years"): digest/rates.py. English.
RATE_SPAN_QUALIFIERS = ("next", "coming", "past", "last")
#: A period's years in words, two to five: digest/rates.py. English.
RATE_SPAN_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5}
#: Words of comparison right after a percent that leave it a rate ("4 percent more a year"): digest/rates.py. English.
RATE_COMPARATIVES = ("more", "higher", "lower", "less")
#: Determiners that make "<d> year" after a percent a yearly rate ("a year", "each year", "per year"):
#: digest/rates.py (digest45). English.
PER_YEAR_DETERMINERS = ("a", "per", "each", "every")

# -- conflict47 (issue 15): counts told in other words (digest/countwords.py). English.
#: Regex: verbs of a vote cast one way or the other ("Six of the nine members backed the move and
#: three voted to keep rates unchanged").
VOTE_CAST_VERBS_RE = r"backed|supported|voted|opposed|approved|endorsed|favou?red|rejected|preferred|wanted"
#: Regex: words joining the other side of a vote told in words ("... and three voted against").
VOTE_REST_LINKS_RE = r"and|while|but|with"
#: Regex: verbs by which a ruling orders a payment ("a verdict ordering <Firm> to pay $15 million").
PAYMENT_ORDER_VERBS_RE = r"order(?:s|ed|ing)?|requir(?:es|ed|ing)|direct(?:s|ed|ing)"

#: Adjectives of the state of counted things, told after their noun ("six of the 16 doctor posts vacant", "40 beds
#: empty"): the adjective is what is said of the noun, not part of it; a counted phrase stops before one at its end
#: (noun_phrases.noun_phrase; English usage; conflict49). Not states of people ("four people dead" stays apart from
#: "2,000 people had to leave": the head "people" alone would join the two counts).
COUNTED_STATE_ADJECTIVES = ("vacant", "empty", "unfilled", "unoccupied", "idle", "unused", "unsold", "unpaid",
                            "available", "open", "closed", "offline")

#: Nouns of a record a figure is read from ("the ministry's own figures show six", "its own data",
#: "their own records"): after "own" they name where the count comes from, not the source's own set
#: ("its own tests at 12 homes" is one: COUNT_OWN_MARKERS; digest/counts.another_set; conflict49).
FIGURE_SOURCE_NOUNS = ("figures", "figure", "data", "records", "statistics", "numbers", "count", "tally", "estimate",
                       "estimates", "report", "reports")

#: Verbs that set a ceiling on a change ("would limit yearly rent increases to 4 percent", "caps
#: fare rises to 3 percent"): a change word after them is a noun, its "to <number>" the ceiling,
#: not an update of an earlier count (digest/countsets.updates; digest50).
CEILING_VERBS = ("limit", "limits", "limited", "limiting", "cap", "caps", "capped", "capping", "restrict",
                 "restricts", "restricted", "restricting")
#: Regex: a threshold of time after a count ("310 patients have waited more than a year", "for
#: longer than six months", "for over 18 weeks"): the count is of those past it, a subset of the
#: whole (digest/countsets.past_threshold; digest50). A bare "over" is left out ("hurt over three days").
TIME_THRESHOLD_RE = r"(?:for\s+)?(?:(?:more|longer)\s+than|at\s+least|upwards\s+of)|for\s+over"
#: Adverbs of extent that may follow a change's subject noun ("the count of thefts nationwide has gone down by
#: 14%"): skipped when the noun the figure measures is read (measure_subjects.py; real53). English news usage.
SUBJECT_EXTENT_ADVERBS = frozenset("worldwide nationwide globally nationally overall abroad".split())
#: Present-tense verbs of a standing service ("<firm> supplies heat to about 38,000 homes", "serves 41,000
#: customers", "employs 600 people"): a count they govern is the whole a body serves, not a count of what an event
#: did to some of it (digest/countparts.standing_count; digest56). Not "covers" ("the notice covers 120,000
#: households" is the event's reach). Third person singular only: "supply" in "cut the supply to ..." is a noun.
STANDING_SERVICE_VERBS = frozenset("supplies serves provides delivers heats powers insures employs carries".split())
#: Words that set a pool after a count of the same noun ("draws six balls from 49 numbered balls", "picks five
#: cards out of 52"): the second count is the pool drawn from (digest/countparts.pool_count; digest56).
POOL_LINKS_RE = r"from|out\s+of"
#: Possessives that date a thing rather than own it ("Saturday's jackpot", "last year's budget"), besides the
#: weekdays and months (digest/sumappositive.py; digest56).
TIME_OWNER_WORDS = ("yesterday", "today", "tonight", "last", "next", "this")
#: Regex: "No." (or a mid-sentence "No") before a number abbreviates "number" ("the net of pen No. 7"): no negator
#: (digest/pairs._neg_targets; digest56).
NUMBER_ABBREVIATION_RE = r"\b(?:No|no|NO)\.\s*(?=\d)|(?<=[a-z,]\s)No\s+(?=\d)"
#: Regex: a rate after a count ("310,000 riders a day", "ride each day"): no count told in the past
#: (digest/countparts.event_count; digest56).
COUNT_RATE_PERIOD_RE = r"\b(?:a|an|each|per|every)\s+(?:day|week|month|year|night)\b"
#: Auxiliaries that put a count's clause in the past ("3,300 homes had lost power", "have been without")
#: (digest/countparts.event_count; digest56).
PAST_CLAUSE_AUXILIARIES = ("had", "was", "were", "been")

#: Words that float after a plural counted noun and end its phrase: "900 gas-fired plants together emit ...", "the
#: 12 firms combined employ ..." (noun_phrases.noun_phrase; real56).
PLURAL_FLOATING_WORDS = frozenset("together combined alone altogether each".split())

#: Regex: a vote's or a court's tally, before its noun or after its verb ("a surprise 5-4 decision", "a 4-4 ruling",
#: "voted 7-2", "split 11-1"): the sides' numbers count nothing a reader compares (rules._NOT_COUNTS; real56).
TALLY_RE = (r"\b\d{1,3}[-–]\d{1,3}\s+(?:[a-z]+\s+)?(?i:decision|ruling|vote|verdict|majority|split|tie)s?\b"
            r"|\b(?i:voted|votes|vote|ruled|rules|split|splits|decided|sided)\s+\d{1,3}[-–]\d{1,3}\b(?![\w%])")

#: Words that open a rate after a verb's object ("commit suicide each day", "make trips every hour", "per week"): with a
#: bare verb after a plural counted noun they mark that verb as the noun's (noun_phrases.noun_phrase; real56).
RATE_OPENERS = frozenset("each every per a an".split())

#: Regex (case-insensitive): an estimate of a count told by its noun, then "at" and the figure ("The notice puts the number
#: of fish recaptured by Monday evening at 2,400", "Police put the number of people evacuated at about 300"): group
#: "noun" the counted words after "the number of", group "n" the figure (digits; no percent, scale or unit after it).
#: The figure has no noun of its own, so no count row named it (running_totals.py; digest56's Left, digest57).
NUMBER_OF_PUT_AT_RE = (r"\b(?:put|puts|putting|estimates?|estimated|places?|placed)\s+the\s+(?:total\s+)?number\s+of\s+"
                       r"(?P<noun>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,5}?)\s+at\s+(?:(?:about|around|roughly|some|nearly|almost|just\s+over|"
                       r"just\s+under|more\s+than|fewer\s+than|at\s+least)\s+)?(?P<n>\d+(?:,\d{3})*(?:\.\d+)?)"
                       r"(?![\d,.]\d|\d)(?!\s*(?:%|per\s?cent|percent|hundred|thousand|million|billion)\b|[A-Za-z])")

#: Regex (after "100"): a percent of degree before an adjective of judgement or commitment ("They are 100 percent wrong",
#: "I'm 100% sure", "We are 100 percent behind her"): a manner of speaking, no figure counted (real57's Left; real59).
DEGREE_PERCENT_RE = (r"\s*(?:%|per\s?cent)\s+(?:sure|certain|wrong|right|correct|committed|behind|confident|true|false|"
                     r"accurate|honest|serious|clear|convinced|supportive|guilty|innocent|against|on\s+board)\b")
