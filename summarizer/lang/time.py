"""Calendar words and the wording of time phrases.

Sources: the Gregorian calendar; AP style ("Sept."); evals/GUIDELINES.md §9 and §13 and the dev
gold (evals/tools/weigh_libs.py) for bounds and future markers. Used by dates.py, chunk.py, load.py,
rules.py, verify/ (dates of a summary sentence) and the attribution's frames (time words).
"""

from __future__ import annotations

#: Calendar.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

#: Calendar.
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")

#: Regex: a part of a month ("in mid-March", "at the end of June", "by the start of May 2025";
#: dates.py; calendar, fields9).
MONTH_PART_RE = (rf"(?:in |since |by |until )?(?:early|mid|late)[- ](?:{'|'.join(MONTHS)})(?: \d{{4}})?"
                 rf"|(?:at|by|until|before) the (?:end|start|beginning|middle) of (?:{'|'.join(MONTHS)})(?: \d{{4}})?")

#: Calendar: the three-letter abbreviations (jan..dec), in month order.
MONTH_ABBREVIATIONS = tuple(m[:3] for m in MONTHS)

#: Abbreviations a news text uses for months (AP style writes "Sept."); a regex alternation.
MONTH_ABBREVIATIONS_RE = "|".join((*MONTH_ABBREVIATIONS[:8], "sept", *MONTH_ABBREVIATIONS[8:]))
#: Regex: labels that put a date on an article's dateline ("PUBLISHED: 08:53 EST, 14 April 2013", "Last
#: updated on 3 May 2016", "date 2023-11-17"); load.find_published (session 30).
DATELINE_LABELS_RE = r"published|updated|posted|last\s+updated|date|dated|first\s+published|modified"

#: Prepositions that measure a claim from another dated event, not on its day ("a premium over
#: Friday's closing price", "up 3% from Monday's close", "since Monday's vote"); "at", "in",
#: "during" place it on that day ("said at Wednesday's hearing"), and "before"/"after" may too
#: ("moments before Wednesday's vote"). English grammar; read on the BASIL sentences with a
#: possessive weekday (session 8, agree9; digest/tables.py).
RELATIVE_DAY_PREPOSITIONS = ("since", "over", "from", "than")

#: Prepositions that make a date a bound or a range, not the day of the event ("through Feb. 15",
#: "until Friday"): such a phrase stays raw (evals/GUIDELINES.md §9; found by
#: evals/tools/weigh_libs.py on the dev gold).
DATE_BOUNDS = ("through", "until", "till", "by", "before", "after", "since", "as of")

#: Regex: wording that puts the clause before a time phrase in the future, so a weekday means
#: the next such day ("due to be arraigned ... on Thursday"; GUIDELINES §13, dev gold).
FUTURE_MARKERS_RE = (r"\bwill\b|\w['’]ll\b|\bshall\b|\bdue to\b|\bscheduled (?:to|for)\b|\bset to\b|\bexpected to\b|"
                     r"\bplans? to\b|\b(?:planned|set|slated) for\b|\bgoing to\b|\bupcoming\b"
                     # date10: a present "be" with a word of schedule or forecast ("The vote is expected on
                     # Monday", "The suspect is due in court on Monday", "The dividend is payable on June 15"),
                     # a present "expect" ("Forecasters expect the storm to reach the coast on Sunday")
                     r"|\b(?:is|are)\s+(?:(?:now|still|also)\s+)?(?:expected|due|scheduled|slated|planned|forecast|payable)\b"
                     r"|\b(?:expects?|anticipates?)\b|\b(?:forecast|projected) to\b"
                     # lead, session 9 (a BASIL story): a present intention right before the day ("Ms. Doe
                     # plans on Thursday to put forward two motions"), and an infinitive after a request or an
                     # order ("asked the members to return to the capitol on Friday")
                     r"|\b(?:plans|intends|hopes|aims|vows|promises)\s+$"
                     r"|\b(?:asks?|asked|tells?|told|urges?|urged|invites?|invited|orders?|ordered)\s+(?:[\w'’-]+\s+){1,5}?to\s+[a-z]+\b"
                     # read11b (a BASIL story): a possible or withdrawn occasion ("if the park reopens, the
                     # festival could take place on Tuesday", "the vote would not be held this Tuesday")
                     r"|\b(?:could|might|may|would)\s+(?:not\s+)?(?:still\s+)?(?:take\s+place|be\s+held|go\s+ahead)\b")

#: Time words that may end a subject phrase ("this week", "Monday"; attribution/frames.py; calendar).
TIME_WORDS = frozenset("""week weekend month year morning afternoon evening night today yesterday tonight
monday tuesday wednesday thursday friday saturday sunday""".split())
#: Regex: relative day phrases (dates.py; resolved against the article's date).
RELATIVE_DAYS_RE = (r"overnight|yesterday|today|tonight|(?:last|this|next) (?:week|weekend|month|year|season)"
                    r"|(?:earlier|later) this (?:week|month|year)"
                    r"|over the weekend|the (?:next|following|previous) (?:day|morning|afternoon|evening|night)"
                    r"|the (?:day|morning|afternoon|evening|night) (?:before|after) the [a-z]+(?:['’]s [a-z]+)?"
                    r"|the (?:day|morning|afternoon|evening|night) (?:before|after)(?!\s+[A-Za-z])"
                    r"|(?:(?:in|during|for|by) )?fiscal (?:year )?(?:19|20)\d\d"
                    r"|(?:(?:in|during|for) )?the (?:19|20)\d\d(?:[-–/]\d\d(?:\d\d)?)? (?:school|fiscal|academic|tax|budget) year"
                    r"|(?:by|at|until|before) the end of (?:the|this|next) (?:week|month|year|decade)"
                    r"|in the (?:first|second|third|fourth|final) quarter(?: of (?:19|20)\d\d)?"
                    r"|(?:in |by |until )?(?:early|mid|late)[- ](?:19|20)\d\d"
                    r"|(?:(?:last|this|next) |(?:in|during) the )(?:spring|summer|autumn|fall|winter)(?: of (?:19|20)\d\d)?"
                    r"|(?:(?:in|during|since|by) )?the (?:19|20)\d0s"
                    r"|(?:over|in|during|for) the (?:past|last|next|coming) (?:hour|day|week|month|year|decade"
                    r"|(?:(?:two|three|four|five|six|seven|several|few|\d+) )?(?:hours|days|weeks|months|years|decades))"
                    r"|in recent (?:days|weeks|months|years)"
                    r"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+) (?:days?|weeks?|months?|years?|decades?) (?:ago|later|earlier)"
                    r"|in (?:\d+|a few|several|two|three) (?:days|weeks|months|years)")
#: Words of a relative time phrase that date a day or a part of one ("overnight", "yesterday", "this
#: morning", "two days ago", "over the weekend"): two counts so dated, in articles not known to be of
#: one day, may be of two days (digest/counts.py). A week, month or year named from the article's
#: day ("this week", "earlier this year") is one period for the articles of one story. Calendar.
DAY_RELATIVE_WORDS = frozenset("""overnight yesterday today tonight morning afternoon evening night day days
weekend hour hours""".split())
#: Periods counted from the article's day, as (year, month, week, day) offsets from it; None where
#: the phrase does not fix that unit ("last month" may be of last year in January). Two claims that
#: date one event by two of these that differ on the year or the month both fix (the week or the day
#: too for articles of one day: "departed earlier this month" / "left last year") give two times for it
#: (digest/timeclash.py). Calendar.
RELATIVE_PERIOD_OFFSETS = {
    "last year": (-1, None, None, None), "this year": (0, None, None, None),
    "earlier this year": (0, None, None, None), "later this year": (0, None, None, None),
    "last month": (None, -1, None, None), "this month": (0, 0, None, None),
    "earlier this month": (0, 0, None, None), "later this month": (0, 0, None, None),
    "last week": (None, None, -1, None), "this week": (None, None, 0, None),
    "earlier this week": (None, None, 0, None), "later this week": (None, None, 0, None),
    "today": (0, 0, 0, 0), "tonight": (0, 0, 0, 0), "this morning": (0, 0, 0, 0),
    "this afternoon": (0, 0, 0, 0), "this evening": (0, 0, 0, 0),
    "yesterday": (None, None, None, -1), "last night": (None, None, None, -1),
}
#: Parts of a day as hours (from, to; past midnight counts on: 29 = 5 a.m. the next day), for two
#: times of one event on one day ("at 11 a.m." / "Tuesday afternoon"; digest/timeclash.py). "night"
#: begins before "evening" ends: "Tuesday evening" / "Tuesday night" meet. Calendar, clock.
DAY_PART_HOURS = {"morning": (5, 12), "afternoon": (12, 18), "evening": (17, 22), "night": (19, 29),
                  "tonight": (19, 29), "noon": (12, 12.5), "midday": (11.5, 13), "midnight": (23.5, 24.5)}
#: Parts of the day that are a time on their own, with no day word before them ("at noon",
#: "tonight"; digest/timeclash.py). Clock.
DAY_PARTS_ALONE = frozenset("tonight noon midday midnight".split())
#: Words of a clock time, not of what it dates ("at 10 a.m."; digest/timeclash.py). Clock.
CLOCK_WORDS = frozenset("at a.m p.m am pm".split())
#: Ordinals that tell one occasion of a kind from another ("the first hearing" / "the second
#: hearing": two times are two occasions; digest/timeclash.py). English grammar.
OCCASION_ORDINALS = frozenset("first second third fourth fifth sixth final".split())
#: Words that tell a repeated occasion ("another poll", "met again"; digest/timeclash.py). English grammar.
REPEAT_MARKERS = frozenset("another again".split())
#: Verbs that tell an event took place, after a pronoun for it ("It happened on Wednesday evening";
#: digest/pronounday.py). English.
HAPPENING_VERBS = frozenset({"happened", "occurred", "took place", "unfolded"})
#: Words before a part of the day that make it a time of the event ("Tuesday afternoon", "this
#: morning", "late evening"), not a noun of another sense ("a night of protest"). English grammar.
DAY_PART_LEADS = frozenset("""monday tuesday wednesday thursday friday saturday sunday this that
yesterday tomorrow last late early""".split())
#: Regex: a year a time phrase may name after a bound ("since 2010", "until 2030"; dates.py; calendar).
BOUNDED_YEAR_RE = r"(?:since|until|through|by|before|after) (?:19|20)\d\d"
#: Words of FINAL_TAIL_STARTERS that open no time phrase after a source ("by", "of": more of the source;
#: attribution/according_to.py; English grammar; left16).
SOURCE_TAIL_NON_TIME = frozenset("by of to from with via told".split())
#: Regex: a span of years ("between 2011 and 2019", "from 2015 to 2020"): the claim's time is the span
#: (dates.py; English grammar; left16).
YEAR_SPAN_RE = r"(?:between (?:19|20)\d\d and|from (?:19|20)\d\d (?:to|until|through)) (?:19|20)\d\d|from (?:19|20)\d\d[-–](?:19|20)\d\d"  # "From 2008-2011" (real54)
#: Nouns of events and of published findings whose description tells the claim's own time ("The
#: storm, which hit on Monday, killed 12 people", "The study, published on Monday, found ...";
#: dates.py keeps a time phrase there; fields9, general news English; lead34: "In the memo, sent to staff on
#: Tuesday, X wrote ..." dates the memo's words).
TIMED_EVENT_NOUNS = frozenset("""storm hurricane typhoon cyclone tornado earthquake quake tremor flood floods fire
blaze wildfire explosion blast attack attacks bombing shooting crash collision raid strike strikes protest protests
riot clash clashes vote election referendum meeting summit hearing trial ruling verdict decision report study
survey poll findings announcement statement speech match game race outbreak accident derailment eruption
memo letter email""".split())
#: Nouns of a text or an occasion that a month or a year written before them dates ("In an August speech, ...", "In her
#: 2003 book, ... she noted ...", "At a June rally, ..."): with TIMED_EVENT_NOUNS and the statement nouns, the claim's time
#: when the sentence names no other (dated_nouns.py; real56's Left, real57; general news English).
DATED_OCCASION_NOUNS = frozenset("""book books memoir autobiography essay article interview rally visit trip tour appearance
address debate session conference broadcast podcast testimony remarks post tweet call""".split())
#: Determiners and possessives before such a date and its noun ("in an August speech", "in her 2003 book"; dated_nouns.py) and
#: before "overnight" used as an adjective ("the overnight test"; noun_times.py; real57).
DATED_NOUN_DETERMINERS = ("a", "an", "the", "this", "that", "his", "her", "its", "their", "our", "my", "your")

#: Past participles with no "-ed" that open a description of a noun ("the bridge, built in 1920,";
#: "Jane Doe, born in 1960,"; dates.py: a time phrase there is the noun's, not the claim's; English grammar).
DESCRIPTION_PARTICIPLES = frozenset("""born built known held led made won chosen shown taken given begun set put
cut hit sold paid sent found kept bought brought caught taught written drawn done""".split())  # (written ...: "The report,
#: written by the finance director, Jo Roe, says", attribution/apposition.authored_subject; lead34)
#: Month names that are also a name or a verb: a month only next to a date word (verify/words.py).
AMBIGUOUS_MONTHS = ("may", "march")
#: Relative day words that mean the publication day itself (dates.py; calendar).
SAME_DAY_WORDS = ("today", "tonight")
#: Words before "May"/"March" that make it a month, not a name or verb (verify/words.py).
MONTH_LEADERS = ("in", "on", "since", "last", "next", "early", "late", "mid", "until", "by", "of")

#: Regex: wording that makes a sentence a plan for the rules baseline's claim kind (rules.kind; seed).
#: "ordered" counts only as an order to do something (rules.kind: "ordered X to ...").
#: A schedule or a promise ("is due to be arraigned", "is set to", "is prepared to sign", "promising
#: to lift", "vowed to"): plans by GUIDELINES §5 (gold gate kind 0.670 -> 0.677, session 9).
#: "next" only before a coming period ("next week", "next Tuesday", "next spring"), not "the next
#: day" (narration) or "the next highest vote-getter" (lead's read of a BASIL story, session 9).
#: "'ll" is "will" ("we'll keep going" is a plan as "we will keep going" is; read12a).
#: "she's prepared to" is "she is prepared to"; "(not) likely to", "unlikely to" forecast a concrete
#: development (§5 rule 1: "are not likely to alter the campaign"; kind15).
PLAN_MARKERS_RE = ("will|['’]ll|plans? to|intends?|expected to|to be held|(?:is|are|was|were|['’]s|['’]re) (?:due|set|scheduled|prepared) to|"
                   "(?:un)?likely to|"
                   "(?:promis|pledg)(?:e|es|ed|ing) to|vow(?:s|ed|ing)? to|(?<!the )next (?:week|month|year|season|session|"
                   "term|spring|summer|fall|autumn|winter|weekend|" + "|".join(w.lower() for w in WEEKDAYS + MONTHS) + ")")

#: Regex: a measured comparison of likelihood ("twice as likely to", "about five times more likely
#: to", "40 percent less likely to", "were the most likely to"): a finding about a group's rate, not a forecast, so its "likely
#: to" is no plan marker (rules.kind; attribution/modality.compared reads its certainty the same way;
#: English grammar; read19, a study's findings).
MEASURED_LIKELY_RE = (r"\b(?:\d[\d.,]*\s*(?:percent|per cent|%)?|twice|half|[a-z]+\s+times|\d[\d.,]*\s+times)"
                      r"\s+(?:more|less|as)\s+(?:un)?likely\s+to\b"
                      r"|\b(?:was|were)\s+(?:the\s+)?(?:most|least)\s+likely\s+to\b")  # a past ranking (lang.RANKING_SUPERLATIVES)
#: Regex: an unmeasured comparison of likelihood; no plan marker in a finding's sentence ("People who X may be
#: more likely to develop Y, a study found"), still one alone ("The bill is more likely to pass"; rules.kind; cert41).
COMPARED_LIKELY_RE = r"\b(?:more|less)\s+(?:un)?likely\s+to\b"

#: Words before a weekday or a time word that belong to the time phrase ("last Monday", "early Tuesday";
#: dates.py _PHRASE, in this order).
WEEKDAY_LEADERS = ("on", "last", "this", "next", "early", "late")
#: Words right before a weekday that make it another week's day or a recurring one ("next Tuesday's vote",
#: "a year ago Friday", "every Monday"): not the day an article tells its own event on (digest/eventday.py).
OTHER_WEEK_LEADERS = ("next", "last", "previous", "following", "coming", "past", "ago", "every", "each")
#: Words before an event noun that make it another event than the one dated ("two days after a hearing",
#: "ahead of the vote"; digest/eventday.py).
OTHER_EVENT_LEADS = ("after", "before", "since", "until", "following", "ahead of", "preceding", "prior to")
#: Parts of a day after a weekday ("Monday morning"; dates.py _PHRASE; calendar).
DAY_PARTS = ("morning", "afternoon", "evening", "night")
#: Words besides prepositions, determiners, day parts, days, months and numbers that a phrase of date alone may
#: hold before a speaker ("In the small hours of Monday, May 4, police say ..."; attribution/time_openers.py; read31).
DATE_PHRASE_WORDS = frozenset("early late small wee hours dawn dusk of".split())
#: Words left before a time phrase cut off a subject ("Trump this week" -> "Trump"; attribution/subjects.py; seed).
TIME_PHRASE_LEADERS = ("this", "last", "next", "on", "late", "early")
#: Prepositions before "the" and a time word between a subject and its cue ("The mayor over the
#: weekend wrote", "The board during the night voted"): no part of the name (attribution/subjects.py; read12c).
TIME_SPAN_PREPOSITIONS = frozenset("over during throughout in on at".split())
#: A time phrase of three words between a subject and its cue ("Jane Doe at the time said",
#: "the mayor at that point said"): no part of the name (attribution/subjects.py).
SUBJECT_TIME_PHRASE = (frozenset("at in by".split()), frozenset("the that this".split()), frozenset("time moment point outset".split()))

#: Regex: a time phrase right after a noun phrase, which ends the phrase ("close seven of its 19 branch libraries
#: next year", "three of the five plants this week"): a deictic word and a period (noun_phrases.np_ends, for a
#: partitive count's noun in quantity.py; blind53). Not "next to", "last of", "this one".
NP_TIME_TAIL_RE = (r"(?:this|last|next)\s+(?:year|month|week|weekend|season|quarter|spring|summer|autumn|fall|winter|"
                   + "|".join(WEEKDAYS + MONTHS) + r")\b")
#: Regex: a time phrase closing a sentence after a final cue, set off by a comma ("..., she said
#: on Tuesday, several hours after the vote.", "..., shortly before the hearing began."): an
#: adverbial, not a clause of its own (attribution/frames.py reads the cue as the sentence's).
TIME_TAIL_RE = (r",\s+(?:(?:just|only|shortly|soon|not\s+long|hours|days|weeks|minutes|moments|months|years)\s+"
                r"|(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|few|some|\d+)\s+"
                r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+))(?:after|before|later|earlier)\b[^“”\";]*$")

#: Words that open a time phrase before a time word ("last year", "next week", "this month";
#: quantity.py ends a counted noun phrase there).
RELATIVE_TIME_LEADERS = frozenset("last next this every".split())
#: Words that open a short time phrase after a cue ("said in 2014, according to ...", "said on
#: Monday, according to ..."; attribution/frames.py; session 10, the lead).
TIME_PHRASE_OPENERS = frozenset("in on last this earlier later".split())

#: Regex: words that open a time phrase at the head of a coordinated part ("..., and on Monday
#: expressed ...", "..., and later said ..."; picks.py; English grammar).
COORDINATED_TIME_LEADS_RE = "on|last|this|that|later|earlier"

#: Verbs of a scheduled event that, in the present tense before a day, tell the coming one ("The
#: trial begins Monday", "The Hawks play the Rams on Sunday", "The new tariffs take effect June
#: 1", "Tickets go on sale Monday"; dates.py; news English, the date10 battery). Base forms; dates.py
#: adds "-s"/"-es".
SCHEDULE_VERBS = ("begin", "start", "open", "reopen", "close", "end", "meet", "vote", "play", "host", "face",
                  "visit", "return", "resume", "expire", "arrive", "launch", "debate", "take", "go", "kick",
                  "roll", "rise", "travel", "convene", "run", "hold", "air", "premiere", "land", "report", "release")

#: (PAST_MARKERS, the words that put a sentence in the past for SCHEDULE_VERBS, is in verb_forms.py: tidy20.)

#: Words joining the two days of a range ("from March 3 to 5", "between Monday and Wednesday";
#: dates.py keeps such a phrase raw; English).
DAY_RANGE_JOINERS = ("to", "through", "until", "and")

#: Regex: a phrase that counts days from the day of the sentence before ("Two days later", "a
#: week earlier", "the next day", "the night before"; dates.py resolves it from that day; calendar).
ANCHORED_DAYS_RE = (r"(?:(a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (days?|weeks?) (later|earlier)"
                    r"|the (next|following|previous) (?:day|morning|afternoon|evening|night)"
                    r"|the (?:day|morning|afternoon|evening|night) (before|after)(?!\s+[A-Za-z]))")

#: A record's comparison right before "in N years" / "since 2008" ("for the first time in 31 years",
#: "its highest level since 2008"): the span the record is measured over, not the claim's time
#: (dates.find_phrase; session 14; English usage).
#: Regex: the span phrases a record is measured over ("in 31 years", "in a decade", "since 2008").
RECORD_SPAN_PHRASE_RE = r"(?i)in (?:\d+|[a-z]+|a) (?:years?|decades?|months?|weeks?)$|since "
#: Regex: the record itself, right before such a span ("first time", "highest level"; English usage).
RECORD_BEFORE_SPAN_RE = (r"\b(?:(?:first|last)\s+time|(?:highest|lowest|largest|biggest|smallest|worst|best|longest|"
                         r"shortest|fewest|strongest|weakest|sharpest|steepest|deepest|hottest|coldest|wettest|driest|"
                         r"slowest|fastest|quickest|greatest|busiest|warmest)"  # ("the slowest pace since 2021"; genre44)
                         r"(?:\s+[a-z]+(?:['’]s)?){0,4}|(?:first|only)\s+[a-z]+)\s+$")  # ("the highest for a governor's race since")



#: Adverbs that open one occasion of a list after its verb was told once ("cited two times it was
#: used — once by the governor in 1990, and again by his son in 2001"): the year that follows is
#: that occasion's, not the claim's (English grammar; digest15, a BASIL story; digest/occasions.py).
OCCASION_ADVERBS = ("once", "again", "twice", "first", "later")

#: Words that open reported content in the words outside a quotation ("Protesters said 40 people
#: were turned away and called it “a closed affair”"): a number after one is the speaker's, not
#: the frame's (English grammar; digest15; digest/rowcontext.py).
REPORTED_CONTENT_OPENERS = ("that", "said", "says", "saying")


#: Regex: a reported future, the plan or forecast a speaker announces ("Ryan said Tuesday that he would
#: remove ...", "declared that he would not seek re-election", "the announcement that the country would
#: use ..."; GUIDELINES §5 rule 1; kind15): a verb or noun of saying, then in the same clause (no
#: punctuation, no wh-word: "did not say where the rally would be held" is a question) "would" and a verb
#: that is not the counterfactual "would have".
REPORTED_FUTURE_RE = (r"\b(?:say|says|said|told\s+[\w'’.-]+(?:\s+[\w'’.-]+)?|announce[sd]?|declared?|declares|suggest(?:s|ed)?"
                      r"|signall?ed|indicated|announcement|pledge|promise|decision)\s+"
                      r"(?![^.;:,]*?\b(?:where|when|how|why|whether|if|what|who|which)\b[^.;:,]*?\bwould\b)"
                      r"[^.;:,]{0,80}?\bwould\s+(?!have\b)")
#: Regex: a standing situation given with its duration, as established context (GUIDELINES §5 rule 4:
#: "have been conducting operations ... for more than two weeks", "have yet to revise their
#: policies"; §13: "has been critical of Delmar since they both were competing"; kind15): "has/have
#: yet to", or "has/have been" then within the clause "for" a span of weeks or more, or "since" a
#: year or a clause with a pronoun subject. Not a state since a dated event ("closed since the storm
#: hit on Monday": the news).
STANDING_SITUATION_RE = (r"\b(?:has|have)\s+yet\s+to\b"
                         r"|\b(?:has|have)\s+been\b[^.;:,]{0,80}?\b(?:for\s+(?:(?:more\s+than|over|nearly|almost|about|at\s+least)\s+)?"
                         r"(?:\w+\s+)?(?:weeks|months|years|decades)\b|since\s+(?:(?:1[89]|20)\d\d\b|(?:they|he|she|we|it|i)\s))")
#: Regex: an embedded question's future ("to see what changes lawmakers will add", "who they will be
#: voting for"): the question's, not a plan the claim states (rules.kind; English grammar; kind15).
#: Not "whether": "unclear whether the methods will work" is still a forecast. Only after a word that
#: takes a question (to see, know, decide, ask, about ...), so that a relative "who" ("spouses who are
#: married will not be able to ...") and "This is how we will be judged" stay plans (read on BASIL).
EMBEDDED_QUESTION_FUTURE_RE = (r"\b(?:see|know|knows|knew|decide|decides|decided|ask|asks|asked|wonder|wonders|about|over|unclear"
                               r"|sure|explain|learn|tell|told|say|said)\s+(?:what|who|whom|how|where|when)\s+(?:[\w'’-]+\s+){1,4}?(?:will|['’]ll)\b")
#: Regex: a concessive clause ("though X said the army would push them out, ..."): what the sentence
#: grants, not what it asserts (rules.kind; English grammar; kind15).
CONCESSION_RE = r"\b(?:even\s+)?(?:though|although|whereas)\b[^,;]*[,;]"
#: Regex: a relative clause after a comma ("..., where patrols have been searching for months"): its
#: duration is the place's, not the claim's (rules.kind; English grammar; kind15).
COMMA_RELATIVE_CLAUSE_RE = r",\s+(?:where|which|who|whom|whose|when)\b[^,;]*"

#: Words that open the time of an expected event after a forecast verb's noun object, and the
#: period words after them ("expect a first cut in June", "expects a decision by March", "predicts a
#: recovery next year"): the object is a forecast event, the subject holds the forecast
#: (attribution/prospects.py; left17).
FORECAST_TIME_LEADS = frozenset("in by next this later before within early late".split())
#: The period words after such a lead (calendar; English).
FORECAST_PERIODS = frozenset([*WEEKDAYS, *MONTHS, *"week month year quarter spring summer autumn fall winter weekend".split()])

#: Regex (case-insensitive): a lapse of time measured from an event, opening a time phrase ("four
#: months after the treatment ended", "two weeks before the vote", "a day after the crash"): with a
#: date phrase before it, an opener of when a speaker spoke, no content of its own
#: (attribution/time_openers.py; read26).
TIME_LAPSE_RE = (r"(?:(?:some|about|nearly|almost|just|barely|only|more than|less than)\s+)?"
                 r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)"
                 r"\s+(?:hours?|days?|weeks?|months?|years?|decades?)\s+(?:after|before|since|into)\s")
#: Regex: a lapse of time that a frame's subject can never be ("two days ahead of the final predicted ...":
#: the time of a verb whose subject came before "and"; attribution/time_openers.py; read30).
TIME_LAPSE_SUBJECT_RE = TIME_LAPSE_RE.replace(r"(?:after|before|since|into)\s", r"(?:after|before|since|into|ahead\s+of)\s")
#: The seasons, a time and never a place when capitalised ("due in the Autumn"; places.py; calendar; read30).
SEASONS = frozenset("spring summer autumn fall winter".split())
#: Regex: endings of an adjective that may stand between a day's possessive and the event it names ("since
#: Wednesday's goalless draw", "before Monday's planned vote"; dates.py; English morphology; read30).
EVENT_ADJECTIVE_ENDINGS_RE = r"less|ful|ous|ive|ed"

#: Adverbs of time that may open a sentence with no comma before its subject's name ("Later Ann Roe
#: said ...", "And earlier Roe told ..."): no part of the name (attribution/subjects.py; English; lead29).
TIME_LEAD_ADVERBS = frozenset("later earlier previously separately recently subsequently afterwards".split())

#: What may follow a year after a comma in "on 12 May, 2014" for the year to be the date's: punctuation, the
#: end, or a joining word ("on 12 May, 2014 and ..."); "on 4 May, 2000 visitors came" is a count (dates.py; read38).
COMMA_YEAR_FOLLOWERS_RE = r"[.,;:)]|\s*$|\s+(?:and|or|to|when|after|before|at|in|on|the|a|an)\b"
#: Regex: a restrictive relative clause of taking a role ("the man who became mayor in 2019 has promised ...", "a
#: woman who was elected leader last year says ..."): its verb, up to five words and the time that closes it, when
#: the role was taken, not the claim's time (dates.py; read38 left it; English news usage).
ROLE_TAKING_RELATIVE_RE = (r"\b(?:who|that)\s+(?:became|was\s+(?:elected|appointed|named|chosen|sworn\s+in)|took\s+(?:over|office))\b"
                           r"(?:\s+[\w'’-]+){0,5}?\s+(?:in\s+(?:1[89]|20)\d\d|(?:last|this)\s+(?:year|month|week|spring|summer|autumn|fall|winter)"
                           r"|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                           r"(?:\s+(?:1[89]|20)\d\d)?)\b")
#: Capitalised words that go on a clock time's "a.m." / "p.m." inside its sentence ("at 10 p.m. Eastern time",
#: "9 a.m. GMT", "4 p.m. Local time"; with WEEKDAYS and MONTHS, "at 6 p.m. Friday"): any other capitalised word
#: that a lower-case word follows opens the next sentence ("shortly after 10.40 p.m. <Name> conceded ...";
#: chunk.py, genre40). Clock.
CLOCK_TIME_FOLLOWERS = frozenset("""eastern pacific central mountain atlantic local greenwich gmt utc bst cet cest et est
edt ct cst cdt mt mst mdt pt pst pdt today tonight tomorrow yesterday""".split())

#: Verbs telling when an event began, in the past, after its subject ("The outage began shortly after 5 a.m.",
#: "The fire broke out around midnight"); with HAPPENING_VERBS (digest/starttimes.py; English; conflict49).
START_VERBS = frozenset({"began", "started", "broke out", "erupted"})
#: Participles of taking a sample or a specimen ("The sample was taken / collected / drawn on June 12"): one act
#: told in other words (digest/starttimes.py; English usage; conflict49).
SAMPLE_TAKING_PARTICIPLES = frozenset({"taken", "collected", "drawn", "obtained"})
#: Regex: words before a clock time that keep it approximate ("shortly after 5 a.m.", "around 3 a.m."); the time
#: is then read as an hour either side (digest/starttimes.py; English; conflict49).
CLOCK_APPROXIMATORS_RE = r"shortly\s+(?:after|before)|just\s+(?:after|before)|soon\s+after|around|about|approximately|roughly|nearly|at"
#: Participles telling that a thing was found, after "was"/"were" and its definite subject ("The bacteria were
#: detected in tests on Monday"): one finding told in other words (digest/starttimes.py; English usage; conflict50).
FINDING_PARTICIPLES = frozenset({"detected", "found", "discovered", "identified"})
#: Active verbs telling the same of a thing found ("The bacteria turned up in tests taken on Tuesday";
#: digest/starttimes.py; English usage; conflict50).
TURNING_UP_VERBS = frozenset({"turned up", "showed up", "surfaced"})
#: Words telling that someone or something was at large, out of its place, for a span of time ("roamed the grounds
#: for about 40 minutes", "was loose for nearly two hours", "on the run for three days"): two such spans of one
#: subject are one span told twice (digest/atlarge.py; English usage; conflict51).
AT_LARGE_WORDS = ("loose", "escaped", "roamed", "roaming", "at large", "on the run", "missing", "unaccounted for",
                  "wandered", "wandering")
#: Regex: a race for an office right before a year ("running for president in 2028", "his bid for the governorship
#: in 2026", "a run for the Senate in 2030"): the year is the election's, no time of the claim (noun_times.not_a_time;
#: English usage; lead50).
RACE_FOR_OFFICE_RE = (r"\b(?:(?:run|runs|running|ran|bid|bids|campaign|candidacy|race)\s+for|seek|seeks|seeking|sought)\s+"
                      r"(?:the\s+|a\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:president|presidency|governor|governorship"
                      r"|mayor|senate|congress|office|re-?election|nomination|term|seat|white\s+house)\s+$")
