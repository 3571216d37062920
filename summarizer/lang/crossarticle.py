"""Words for comparing claims of two articles (issue 15; conflict52): a given name's short forms,
common nouns that stand for a place the other article names, verbs that put a cost on a thing, what a
deadline is for; (session 44, conflict53) a report's due date, a peak reading and the words that make it a forecast,
a length of time a decision covers, a pronoun's possessive, the openers of a name's description."""

#: A given name and its common short forms, each family one tuple (English usage; digest/sourcelist.py:
#: "Bill <Surname>" and "William <Surname>" listed as two sources of one agreement, the lead's Left of
#: session 42). Only families where the short form is widely used in news.
GIVEN_NAME_FORMS = (
    ("william", "bill", "billy", "will"), ("robert", "bob", "rob", "bobby"), ("richard", "dick", "rick", "rich"),
    ("james", "jim", "jimmy"), ("thomas", "tom", "tommy"), ("michael", "mike"), ("joseph", "joe"),
    ("charles", "chuck", "charlie"), ("edward", "ed", "ted", "eddie"), ("elizabeth", "liz", "beth", "betsy"),
    ("katherine", "kathy", "kate"), ("catherine", "cathy", "kate"), ("margaret", "maggie", "peggy"),
    ("patricia", "pat", "patty"), ("jennifer", "jenny", "jen"), ("christopher", "chris"), ("daniel", "dan", "danny"),
    ("david", "dave"), ("donald", "don"), ("ronald", "ron"), ("anthony", "tony"), ("andrew", "andy", "drew"),
    ("benjamin", "ben"), ("samuel", "sam"), ("steven", "steve"), ("stephen", "steve"), ("timothy", "tim"),
    ("gregory", "greg"), ("matthew", "matt"), ("nicholas", "nick"), ("jonathan", "jon"), ("lawrence", "larry"),
    ("gerald", "jerry"), ("kenneth", "ken"), ("alexander", "alex"), ("frederick", "fred"), ("susan", "sue"),
    ("deborah", "debbie", "deb"), ("rebecca", "becky"), ("victoria", "vicky"), ("theodore", "ted"),
)

#: Common nouns an article uses, after "the", for a place or a named thing the other article names
#: ("rose 1.2 meters in the town" / "rose nearly two meters in <Town>"; "The <Name> River rose" / "The
#: river rose"): digest/countnames.py, for two counts of one thing only.
PLACE_COMMON_NOUNS = frozenset(
    "town city village county district region state country province borough suburb township valley island "
    "river lake reservoir dam bridge port harbor harbour airport station hospital school prison mine plant "
    "factory mill park zoo stadium".split())

#: Verbs that put a sum on a thing: "The trip cost the council $9,200" / "The trip cost $6,400 in all"
#: (digest/totals.py).
COST_VERBS = frozenset("cost costs totaled totalled totals".split())

#: Nouns that name an amount, not the thing it is the amount of: "puts the cost of <thing> at" reads the word after
#: "of" (English usage; digest/sumframes.valued_thing, digest55).
AMOUNT_NOUNS = frozenset("cost costs price bill value".split())

#: Totals of parts, not of time: "$6,400 in all" is the whole of one thing, not a count since a start
#: (digest/totals.py; counts.running_total reads lang.COUNT_CUMULATIVE_MARKERS).
WHOLE_SUM_MARKERS = ("in all", "in total", "altogether", "all told")

#: What a deadline is for, one kind of act a tuple (digest/deadlines.py: "have until Sept. 1 to ask the
#: board for a review" / "requests must reach it by Sept. 8").
DEADLINE_ACT_CLASSES = (
    ("ask", "asks", "request", "requests", "requested", "apply", "applies", "application", "applications"),
    ("appeal", "appeals", "challenge", "challenges", "contest"),
    ("pay", "pays", "payment", "payments", "repay"),
    ("file", "files", "filing", "submit", "submits", "submission", "submissions", "lodge"),
    ("register", "registers", "registration", "enrol", "enroll", "enrolment", "enrollment"),
    ("respond", "responds", "response", "responses", "reply", "replies", "answer", "answers", "comment", "comments"),
    ("vote", "votes", "ballot", "ballots"),
    ("leave", "vacate", "evacuate"),
)

#: Words that make a "by <date>" a deadline: obligation before the date ("must reach it by Sept. 8",
#: "has to pay by May 3", "the deadline is"): digest/deadlines.py.
DEADLINE_OBLIGATION_WORDS = frozenset("must deadline needs need required due".split())

#: Words that tell a deadline changed or another one: "extended the deadline to Sept. 8", "a new deadline",
#: "the original deadline" (digest/deadlines.py: two dates of a change are no conflict).
DEADLINE_CHANGE_WORDS = frozenset("extended extends extend extension moved pushed postponed delayed new original "
                                  "previous earlier later revised second another again".split())

#: Prepositions before a place a count is told in ("in <Town>" / "in the town": digest/countnames.py).
COUNT_PLACE_PREPOSITIONS = ("in", "at", "near", "outside", "across")

#: Who must meet a deadline, read from the words right before these ("Students have until", "requests must":
#: digest/deadlines.py).
DEADLINE_HOLDER_RE = r"(?:ha(?:ve|s|d)\s+until|must|needs?\s+to|ha(?:ve|s)\s+to)"

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

# -- how long a process takes (digest/lengths.py, conflict54) -------------------------------------------------

#: Units of a time a process takes, in days ("at least three months" / "within six weeks" compared as 90 / 42 days).
DURATION_UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30, "year": 365, "years": 365}

#: What bounds a duration: "at least three months" is a lower bound, "within six weeks" an upper one; a duration with
#: none of these (or "about") is a point.
DURATION_LOWER_BOUNDS_RE = r"at\s+least|more\s+than|no\s+less\s+than|not\s+less\s+than"
#: ... and the upper bounds.
DURATION_UPPER_BOUNDS_RE = r"within|up\s+to|no\s+more\s+than|less\s+than|under"

#: Modals of a forecast before the process's verb ("the river should recover within six weeks").
DURATION_MODALS_RE = r"should|will|would|could|may|might|can|(?:is|are)\s+expected\s+to|(?:is|are)\s+likely\s+to"

#: The verb of a time a process takes ("it would take at least three months for the river to recover").
DURATION_TAKE_RE = r"take|takes|took|taking"

# -- what a sum of money is the value of (digest/sumvalues.py, conflict55) ----------------------------------------

#: Verbs that give a thing's value right before a sum ("the satellite cost $65 million", "was worth about $48
#: million", "losses could reach $62 million").
SUM_VALUE_VERBS = frozenset("cost costs totaled totalled totals total reach reached reaches worth".split())
#: Verbs that set a figure on a thing before "at" ("puts growers' losses ... at about $38 million").
SUM_ESTIMATE_VERBS = frozenset("put puts putting estimated estimates estimate estimating valued values value".split())
#: Words between a thing and its value verb: auxiliaries, modals and "now"/"already" ("could reach", "was worth").
SUM_VERB_HELPERS = frozenset("is was are were be been being has have had will would could may might should can "
                             "now already still".split())
#: Words that end the phrase naming a thing before its value verb (the clause before it).
SUM_THING_BREAKS = frozenset("that said says say which who and but while as when because if".split())
#: Prepositions inside the phrase naming a thing ("losses to growers", "the cost of the bridge").
SUM_THING_PREPOSITIONS = frozenset("of to from for in on at by with against over about into".split())
#: Bounds before a sum: a floor ("more than $1 million") and a ceiling ("up to $62 million").
SUM_LOWER_BOUNDS_RE = r"more\s+than|at\s+least|over|no\s+less\s+than|not\s+less\s+than"
#: ... the ceilings.
SUM_UPPER_BOUNDS_RE = r"up\s+to|less\s+than|under|at\s+most|nearly|almost|no\s+more\s+than|not\s+more\s+than|just\s+under"
#: A rate after a sum ("$5 million a year to the town", "$190 a night", "annually"): no thing's whole value.
SUM_RATE_AFTER_RE = (r"\s+(?:(?:a|an|per|each|every)\s+(?:year|month|week|day|night|hour)|annually|yearly|monthly|weekly"
                     r"|daily)\b")

# -- one count of acts told by the act's noun and by its doers (digest/actcounts.py, conflict55) --------------------

#: Verbs that give a thing's count of acts told by the act's noun ("the petition had about 8,500 signatures").
ACT_COUNT_HOLD_VERBS = frozenset("had has have drew draws gathered collected received attracted got".split())

# -- how many were in one place (digest/placecounts.py, conflict56) --------------------------------------------------

#: Prepositions of being in a place after "were": "About 150 people were on the bridge", "visitors were in the zoo".
PLACE_COUNT_PREPOSITIONS = ("in", "on", "at", "inside", "aboard")
#: Words after a place's head that end its phrase ("were on the bridge when it fell", "in the zoo at the time").
PLACE_COUNT_PLACE_ENDS = frozenset("when while as at on in during and after before because until".split())
#: Bounds opening a count: a ceiling ("No more than 90"), a floor ("at least 40"), told before a figure (English usage;
#: digest/placecounts.py, heading_answers.py).
COUNT_CEILINGS_RE = r"no\s+more\s+than|not\s+more\s+than|up\s+to|fewer\s+than|less\s+than|at\s+most|as\s+many\s+as"
#: ... the floors.
COUNT_FLOORS_RE = r"no\s+fewer\s+than|no\s+less\s+than|more\s+than|at\s+least|over|upwards\s+of"
#: A negation in a count's claim, not the "no" of a bound ("No more than 90" is a ceiling, "were not in the hall" a
#: negation).
COUNT_NEGATION_RE = r"\b(?:not|never|no)\b(?!\s+(?:more|fewer|less)\s+than)|n['’]t\b"

# -- how many did one act (digest/doercounts.py, conflict57) -----------------------------------------------------------

#: Past forms of acts a count of people does, not ending in "-ed" nor in senses.IRREGULAR_FORMS ("204 students sat
#: exams").
DOER_COUNT_PASTS = frozenset("sat swam sang wore ate rode".split())
#: Words right after an act's object that end it without narrowing who did it ("sat the exams at the school",
#: "sat exams this year", a comma or a full stop): any other word ("sat exams in science", "for a second time")
#: may tell a part of the doers.
DOER_COUNT_OBJECT_ENDS = frozenset("at this last on when during after before".split())

# -- a negated verb's subject past a relative clause (digest/nounneg.py, conflict57) -----------------------------------

#: Words opening a relative clause between a subject and its negated verb ("the sprinklers in the shed where the fire
#: began did not work").
SUBJECT_RELATIVE_WORDS = frozenset("that which who whom whose where when".split())
#: Regex: a verb negated in the past, one occasion ("had not been broadcast", "was not filmed", "did not inspect", "has
#: never <done>"): group 1 the verb (digest/habits.py: no denial of a habit told in the present; digest57).
PAST_NEGATED_VERB_RE = r"\b(?:had|has|have|was|were|did)(?:\s+(?:not|never)|n['’]t)\s+(?:been\s+|yet\s+been\s+)?([a-z]{3,})\b"
#: Regex: an adjective that makes the noun after it a peak reading ("measured a highest wave of about 6 meters",
#: "the strongest gust was 70 mph"): digest/peaks.py reads "<adjective> <noun> of|was|at <n>" as that noun's peak
#: (conflict58).
PEAK_ADJECTIVES_RE = r"(?:highest|strongest|biggest|largest|tallest|maximum|peak|top)"
#: Verbs of a commitment not (yet) given, after "has not" / "have not" / "had not" ("Kestrel has not agreed to pay
#: for the cleanup"): against another article's "<it/we/Name> will pay (the full cost of) the cleanup" the plan is
#: denied (digest/commitments.py; conflict58).
UNGIVEN_COMMITMENT_VERBS = frozenset("agreed committed offered promised pledged undertaken".split())
#: Regex: the words between a peak adjective's noun and its figure ("a highest wave of about 6 meters", "the
#: strongest gust was 70 mph"; digest/peaks.py, conflict58).
PEAK_ADJECTIVE_LINKS_RE = r"(?:of|was|were|at)\s+(?:about\s+|around\s+|nearly\s+)?"
#: Regex: the preposition of a report's due time ("a full report within 10 days", "its findings in the next six
#: weeks"): digest/measured.py reads such a measure as the report's, no measure of another claim's act (conflict58).
DUE_WITHIN_RE = r"(?:within|in|by|inside)\s+(?:the\s+(?:next\s+)?)?"
#: Regex: a plan told with a modal or a commitment ("will pay", "is going to pay", "has agreed to pay"):
#: digest/commitments.py (conflict58).
PLAN_MODALS_RE = r"(?:will|would|(?:is|are)\s+going\s+to|(?:has|have)\s+agreed\s+to|agreed\s+to|promised\s+to|pledged\s+to)"
#: Regex: words that end the object of a denied commitment or a plan ("pay for the cleanup and the repairs"):
#: digest/commitments.py (conflict58).
PLAN_OBJECT_BREAKS_RE = r"\b(?:and|but|because|if|when|while|unless|until)\b"
#: Regex: an auxiliary between "No <noun>" and its verb ("No driver had lost ..."), and a past passive's auxiliary
#: ("penalty points had been added", "red cards were shown"): digest/nonethings.py (conflict58).
NONE_THING_AUX_RE = r"(?:had|has|have|was|were)"
PAST_PASSIVE_BE_RE = r"(?:(?:had|have|has)\s+been|were|was)"  # the past passive's auxiliary (digest/nonethings.py)
#: Regex: the prepositions after a lasting position's participle ("anchored in", "moored at", "anchored off"):
#: digest/statedays.py (conflict58).
LASTING_POSITION_PREPOSITIONS_RE = r"(?:in|at|off|near)"
#: Regexes: a person kept from work ("has been placed on administrative leave", "was suspended", "is off duty") and
#: the same person still or again at work ("was still on duty", "is back at work", "has returned to duty"): two
#: articles telling these of one subject conflict (digest/dutystates.py; conflict58). "On duty" alone tells the time
#: of an event ("was on duty at the time"), no state now: "still", "back" or "returned" is needed.
DUTY_OFF_RE = (r"(?:(?:placed|put|sent)\s+on|on)\s+(?:[a-z]+\s+)?leave|suspended(?:\s+from\s+(?:duty|work))?|off\s+duty"
               r"|relieved\s+of\s+(?:his|her|their)\s+duties")
DUTY_ON_RE = r"(?:still|back)\s+on\s+duty|(?:still|back)\s+at\s+work|still\s+working|returned\s+to\s+(?:work|duty)"  # (above)
#: Regex: the auxiliaries before a duty state ("has been placed", "was still", "remains"): digest/dutystates.py.
DUTY_AUX_RE = r"(?:has\s+been|have\s+been|had\s+been|was|were|is|are|remains|remained|has|had)"
#: Regex: a norm told with a conditional "would" ("who as host would be expected to attend", "would normally
#: attend", "would ordinarily be required to sign"): what someone in a role would do, no report that the act
#: happens or will; group 1 is the act's verb. A negated act against it is no conflict (digest/norms.py; conflict59).
NORM_WOULD_RE = (r"\bwould\s+(?:(?:normally|ordinarily|usually|typically|traditionally|customarily|otherwise)\s+)?"
                 r"(?:(?<=normally\s)|(?<=ordinarily\s)|(?<=usually\s)|(?<=typically\s)|(?<=traditionally\s)"
                 r"|(?<=customarily\s)|(?<=otherwise\s)|be\s+(?:expected|required|supposed|obliged)\s+to\s+)"
                 r"(?:be\s+(?:expected|required|supposed|obliged)\s+to\s+)?([a-z]+)")
#: Regex: a noun that calls what follows a false belief ("the misperception of partisanship", "a misconception that
#: the fund is broke", "the false impression of a rift"): group 1 is what it calls false (digest/misbeliefs.py;
#: conflict59).
MISBELIEF_RE = (r"\b(?:misperceptions?|misconceptions?|misimpressions?|(?:false|mistaken|wrong)\s+(?:impressions?|perceptions?"
                r"|notions?|beliefs?))\s+(?:of|that)\s+((?:[a-z’'-]+\s+){0,5}?[a-z’'-]+)(?=\s+(?:regarding|about|surrounding|over|around"
                r"|in|on|at|with|among|between|among)\b|[,.;:!?\"”’)]|\s*$)")
#: Regex: what a false belief is about, after it ("the misperception of partisanship about my planned trip"):
#: digest/misbeliefs.py (conflict59).
MISBELIEF_SCOPE_RE = r"\s+(?:regarding|about|surrounding|over|around)\s+((?:[a-z’'-]+\s*){1,4})"
