"""Every word list the rules use, in one place, each with where it came from.

English only. Lists are lower-case unless noted; the modules that use them build their regular
expressions from these, so a word added here reaches every rule that needs it. Sources:
"calendar" is the Gregorian calendar; "seed" means the list was written by hand while reading the
seed articles (seeds/) and the gold set (evals/gold), and should be checked against the dev data
(../shared/devdata) before it grows; "AP style" is the Associated Press Stylebook's list of
abbreviations used before names and dates.
"""

from __future__ import annotations

# -- calendar -------------------------------------------------------------------------------------

#: Calendar.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: Calendar.
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
#: Calendar: the three-letter abbreviations (jan..dec), in month order.
MONTH_ABBREVIATIONS = tuple(m[:3] for m in MONTHS)
#: Abbreviations a news text uses for months (AP style writes "Sept."); a regex alternation.
MONTH_ABBREVIATIONS_RE = "|".join((*MONTH_ABBREVIATIONS[:8], "sept", *MONTH_ABBREVIATIONS[8:]))

# -- sentence splitting ---------------------------------------------------------------------------

#: Abbreviations that end in a full stop without ending the sentence (AP style titles, Latin,
#: company suffixes, country initials; seed). Month abbreviations are added by chunk.py.
#: The second line (titles and their plurals before names: "Sens. Jon Tester", "the Rev. Al
#: Sharpton", "Del. Stacey Plaskett", "Cong.") was found by evals/tools/weigh_libs.py on the
#: dev data (PolNeAR, BASIL), where the splitter cut attributions after them.
ABBREVIATIONS = (
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "maj", "col", "capt", "sgt", "cpl", "adm",
    "gov", "sen", "rep", "pres", "st", "no", "vs", "inc", "corp", "ltd", "co", "jr", "sr",
    "sens", "reps", "govs", "gens", "rev", "msgr", "fr", "del", "cong", "cmdr", "pvt", "supt", "atty",
    "e.g", "i.e", "etc", "approx", "est", "u.s", "u.k", "u.n", "a.m", "p.m",
)

# -- page furniture (chunk.py) -------------------------------------------------------------------

#: Regexes (case-insensitive) for the start of a line that is page furniture, not news: share
#: buttons, newsletter prompts, comment disclaimers, copyright lines (seed articles' web pages).
FURNITURE_LINE_STARTS = (
    r"scroll down for (the )?video", r"the comments posted here are not from", r"kindly refrain from using",
    r"(share|tweet|email|print) (this|on)\b", r"share this (article|story)",
    r"(sign up|subscribe)\b.{0,60}\b(newsletter|updates|alerts)", r"click here\b", r"follow us on\b",
    r"advertisement\s*$", r"read more\s*:", r"related (articles|stories|coverage)\s*:?",
    r"(all )?rights reserved", r"copyright ©?", r"©",
)
#: Regexes for furniture that may stand anywhere in a line ("(Agency) – All rights reserved"; seed).
FURNITURE_ANYWHERE_PHRASES = (
    r"all rights reserved", r"the comments posted here are not from", r"scroll down for (the )?video",
    r"sign up for our newsletter", r"share this (article|story)",
)

# -- reporting and hedging (rules.py) -------------------------------------------------------------

#: Verbs that introduce reported speech (seed; cf. the cue words of PolNeAR, devdata/attribution).
REPORTING_VERBS = (
    "said", "says", "say", "told", "stated", "states", "announced", "announces", "reported", "reports",
    "claimed", "claims", "alleged", "alleges", "asserted", "asserts", "added", "warned", "warns",
    "urged", "urges", "denied", "denies", "confirmed", "confirms", "described", "describes",
    "estimated", "estimates", "noted", "argued", "argues", "highlighted", "emphasized", "emphasised",
    "acknowledged", "cited", "informed", "accused", "insisted",
)
#: Regex: wording that marks a report as unconfirmed (seed).
HEDGES_RE = (r"unconfirmed|unverified|could not (?:be )?(?:independently )?verif|reportedly|"
             r"rumou?r|purportedly|not been (?:independently )?(?:confirmed|verified)")
#: Regex: wording of a denial (seed).
DENIALS_RE = r"denied|denies|deny|rejected the claim|dismissed (?:the )?(?:claim|report)s?"
#: Regex: verbs of a claim the writer does not vouch for (seed).
CLAIM_VERBS_RE = r"claimed|claims|claim|alleged|alleges|allegedly|asserted|asserts|insisted"
#: Regex: nouns that head an institutional speaker ("the defence ministry", "police"; seed).
SOURCE_ROLES_RE = (r"ministry|forces|officials|authorities|army|military|governor|spokesman|spokeswoman|"
                   r"government|administration|commanders|media|air force|mayor|minister|president|bloggers?|"
                   r"press secretary|secretary|spokesperson|officials?|sources?|agency|office|police|guard")
#: Subjects that cannot name a speaker on their own: pronouns and bare institutional references.
PRONOUN_SUBJECTS = ("it", "he", "she", "they", "we", "i", "this", "that", "the ministry", "the city",
                    "the agency")
#: Openers that keep a clause from standing alone as a claim (picks.needs_model): the clause split's connectors + pronouns.
DEPENDENT_OPENERS = tuple("which who whom whose adding saying while though although he she it they we i this these those its his her their".split())
COORDINATORS = ("and", "but")  # "and rescuers ..." stands alone once the coordinator is dropped (picks.as_sentence)
#: Words a reporting clause may put in the subject slot that are not speakers (calendar + seed).
NOT_SPEAKERS = frozenset((*WEEKDAYS, *MONTHS, "today", "yesterday", "also", "previously", "earlier", "later"))

# -- time (dates.py) -------------------------------------------------------------------------------

#: Prepositions that make a date a bound or a range, not the day of the event ("through Feb. 15",
#: "until Friday"): such a phrase stays raw (evals/GUIDELINES.md §9; found by
#: evals/tools/weigh_libs.py on the dev gold).
DATE_BOUNDS = ("through", "until", "till", "by", "before", "after", "since")
#: Regex: wording that puts the clause before a time phrase in the future, so a weekday means
#: the next such day ("due to be arraigned ... on Thursday"; GUIDELINES §13, dev gold).
FUTURE_MARKERS_RE = (r"\bwill\b|\w['’]ll\b|\bshall\b|\bdue to\b|\bscheduled (?:to|for)\b|\bset to\b|\bexpected to\b|"
                     r"\bplans? to\b|\b(?:planned|set|slated) for\b|\bgoing to\b|\bupcoming\b")

# -- attribution and certainty (summarizer/attribution) -------------------------------------------
# General English: reporting and attitude verbs, titles, heads of organisation names, modals,
# hedges and negators. Sources: the cue inventories of attribution annotation guidelines
# (PARC 3.0, PolNeAR: "an attribution is any citing of a statement or description of someone's
# internal state"), the modal/hedge inventories of FactBank and the UW factuality guidelines,
# style-book lists of courtesy and job titles. None names a topic, place or person.


#: Verbs of saying (PARC/PolNeAR cues): the speaker states, writes or reports the content.
SPEECH_VERBS = frozenset("""
say says said saying tell tells told telling add adds added adding note notes noted noting
state states stated announce announces announced announcing report reports reported
write writes wrote written writing explain explains explained explaining
reply replies replied respond responds responded tweet tweets tweeted tweeting
declare declares declared insist insists insisted insisting assert asserts asserted
argue argues argued arguing warn warns warned warning acknowledge acknowledges acknowledged
admit admits admitted confirm confirms confirmed suggest suggests suggested suggesting
recall recalls recalled predict predicts predicted estimate estimates estimated
promise promises promised promising vow vows vowed pledge pledges pledged urge urges urged
ask asks asked complain complains complained contend contends contended
concede concedes conceded stress stresses stressed emphasize emphasizes emphasized emphasizing
emphasise emphasises emphasised indicate indicates indicated reveal reveals revealed
disclose discloses disclosed maintain maintains maintained testify testifies testified
mention mentions mentioned comment comments commented observe observes observed
conclude concludes concluded continue continues continued agree agrees agreed
repeat repeats repeated reiterate reiterates reiterated counter counters countered
boast boasts boasted caution cautions cautioned signal signals signaled signalled
remark remarks remarked describe describes described inform informs informed brief briefs briefed
highlight highlights highlighted cite cites cited commend commends commended liken likens likened compare compares compared retweet retweets retweeted
reveal revealed learn learned learnt point points pointed discover discovered tout touts touted joke jokes joked quip quips quipped shout shouts shouted
write wrote posted told advised charged replied answered explained
""".split())

#: Verbs that make their content a claim the speaker alone vouches for (`claimed`).
CLAIM_VERBS = frozenset("claim claims claimed claiming allege alleges alleged alleging contend contends contended "
                     "assert asserts asserted accuse accuses accused insist insists insisted".split())

#: Verbs by which a source denies the content (`denied`).
DENIAL_VERBS = frozenset("""deny denies denied denying dismiss dismisses dismissed reject rejects rejected
refute refutes refuted dispute disputes disputed""".split())

#: Verbs of internal state, intention and accusation (PolNeAR counts these as attribution):
#: the content is what the source believes, wants, fears or holds against someone.
ATTITUDE_VERBS = frozenset("""
believe believes believed think thinks thought feel feels felt fear fears feared
hope hopes hoped want wants wanted expect expects expected worry worries worried
doubt doubts doubted suspect suspects suspected know knows knew plan plans planned
intend intends intended wish wishes wished prefer prefers preferred seek seeks sought
accuse accuses accused blame blames blamed criticize criticizes criticized criticise criticised
condemn condemns condemned praise praises praised demand demands demanded call calls called
propose proposes proposed support supports supported oppose opposes opposed
consider considers considered see sees saw find finds found show shows showed shown
hoping fearing expecting wanting demanding urging push pushes pushed pushing press presses pressed pressing speak speaks spoke speaking""".split())

#: Every cue verb form.
CUE_VERBS = SPEECH_VERBS | CLAIM_VERBS | DENIAL_VERBS | ATTITUDE_VERBS

#: Attitude verbs whose subject is often not a source ("call" a meeting, "find" a seat):
#: they count as cues only when followed by "that", a quotation or "for"/"on"/"of".
WEAK_CUES = frozenset("call calls called see sees saw find finds found show shows showed shown "
                   "support supports supported oppose opposes opposed consider considers considered "
                   "know knows knew continue continues continued add adds added ask asks asked point points pointed "
                   "report reports reported note notes noted feel feels felt want wants wanted "
                   "plan plans planned seek seeks sought expect expects expected push pushes pushed pushing press presses pressed pressing speak speaks spoke speaking".split())

#: Words between a subject and its cue that do not change who speaks ("he also said").
CUE_MODIFIERS = frozenset("also has have had later previously earlier again then further still "
                       "repeatedly publicly privately recently once first long would will did does do "
                       "is was are were been being already even only just often never not".split())

#: Words that may follow a sentence-final cue without starting a clause ("..., she said on
#: Tuesday.", "..., he said in a statement."): prepositions, time words and adverbs.
FINAL_TAIL_STARTERS = frozenset("""on in at during after before last this yesterday today tonight earlier later
recently monday tuesday wednesday thursday friday saturday sunday to of about from by while when as
with through via afterward afterwards then again also privately publicly repeatedly once morning
evening night week month year told""".split())

#: Cue forms that are just as often plural nouns ("medical claims", "its plans for").
NOUN_CUES = frozenset("""claims plans hopes fears calls demands views doubts worries reports shows promises
warnings remarks comments charges notes estimates finds statements accounts threats pledges vows
proposals supports thoughts wants wishes claim plan hope fear call demand view doubt worry report show
promise warning remark comment charge note estimate find statement account threat pledge vow proposal
support thought want wish""".split())

#: Noun phrases that stand for a statement of their source ("Smith's statement").
STATEMENT_NOUNS = frozenset("statement statements remarks comments comment report reports letter tweet "
                         "tweets post speech testimony memo release announcement interview claim "
                         "claims account view views argument message op-ed column editorial ruling "
                         "decision order complaint lawsuit filing indictment verdict opinion".split())

#: Personal pronouns that can be a source, by what they can refer to.
PERSON_PRONOUNS = frozenset({"he", "she"})
GROUP_PRONOUNS = frozenset({"they", "we"})
THING_PRONOUNS = frozenset({"it"})
SPEAKER_PRONOUNS = frozenset({"i", "you"})
PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS | SPEAKER_PRONOUNS

#: Courtesy and job titles before a person's name (style-book lists).
PERSON_TITLES = frozenset("""mr mrs ms miss dr prof sen rep gov lt gen col maj capt sgt adm rev
president senator representative governor secretary minister judge justice general colonel
major captain sergeant admiral mayor chairman chairwoman chair speaker ambassador pope king queen
prince princess sheriff detective officer professor congressman congresswoman councilman
councilwoman commissioner attorney spokesman spokeswoman director chief""".split())

#: Common nouns that head a description of a person or group who speaks ("officials said").
PERSON_NOUNS = frozenset("""official officials spokesman spokeswoman spokesperson analyst analysts
expert experts aide aides lawyer lawyers attorney attorneys adviser advisers advisor advisors
source sources witness witnesses resident residents critic critics supporter supporters voter
voters leader leaders member members candidate nominee president minister governor senator
secretary mayor chairman chief director economist economists researcher researchers scientist
scientists investigator investigators prosecutor prosecutors police officer officers people
man woman person friend friends neighbor neighbors activist activists organizer organizers
democrats republicans strategist strategists observers historian author authors reporter
reporters executive executives manager spokespeople representatives representative""".split())

#: Nouns that head an organisation's name or description ("the ministry", "the Post").
ORG_HEADS = frozenset("""ministry department agency company campaign committee party government
administration office court police army military council commission newspaper paper network
group organization organisation union board bank firm corporation university institute
foundation association service bureau post times news journal tribune herald inc corp co ltd
center centre house senate congress parliament assembly state city county team club federation
coalition alliance fund authority authorities council survey poll study report magazine website
station channel outlet press groups studies polls surveys companies agencies organizations organisations unions firms committees newspapers networks""".split())

#: Descriptions that refer back to an organisation named earlier ("the agency said").
ORG_ANAPHORS = ORG_HEADS | frozenset({"it"})

#: Words that begin a sentence capitalised but are not names.
NOT_NAMES = frozenset("""the a an in on at and but as it its he she they we i you this that these
those there his her their our my after before despite however meanwhile according while during
some several also both if when with for from by to of or so yet because although though since
until unless whether what which who whom whose where why how then now today yesterday tomorrow
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december not no one many most more other another each
every all any none such instead still even just only here""".split())

#: Connectives and relative words that end a subject noun phrase when reading leftwards from a cue.
CLAUSE_WORDS = frozenset("""that which who whom whose where when while because although though
if unless since after before as and but or so than whether what how why""".split())

# -- certainty ----------------------------------------------------------------------------------

#: Modal verbs and hedges that make the clause they govern speculation or a forecast
#: (FactBank/UW: "possible", "probable" and future events): `speculative`.
MODALS = frozenset({"may", "might", "could", "would", "should", "will", "can", "shall", "must", "wo", "'ll", "’ll"})
#: Of those, the ones that assert ability or obligation rather than possibility when positive.
#: ("can", "must", "should" are hedges only in a few readings; kept separate so rules can decide.)
NON_EPISTEMIC_MODALS = frozenset({"can", "must", "should", "shall"})
#: Hedges that make a clause speculative even when it is negated ("are not likely to alter":
#: a hedged forecast of a non-event is speculative; evals/GUIDELINES.md §6).
EPISTEMIC_HEDGES = frozenset("""may might could likely unlikely possibly probably perhaps maybe
presumably apparently seemingly""".split())
#: Adverbs and adjectives of likelihood.
HEDGE_WORDS = frozenset("""likely unlikely possibly probably perhaps maybe potentially presumably
apparently seemingly possible probable potential expected prospective proposed planned
projected forecast""".split())
#: Verbs that put their infinitive in the future or in someone's intentions ("plans to build").
FUTURE_VERBS = frozenset("""plan plans planned planning expect expects expected intend intends intended
aim aims aimed hope hopes hoped seek seeks sought want wants wanted propose proposes proposed
threaten threatens threatened consider considers considering prepare prepares preparing poised set
scheduled due slated going try tries tried trying attempt attempts attempted seem seems seemed appear
appears appeared prepared ready""".split())

#: Negators of the clause's event.
NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without", "nobody", "nothing", "none"})
#: Verbs whose infinitive complement did not happen ("failed to pass"). Lexical negatives
#: ("refused", "declined") keep their own verb's certainty (evals/GUIDELINES.md §14).
NEGATIVE_VERBS = frozenset("fail fails failed failing".split())

#: Words that mark a report as unconfirmed (`unconfirmed`).
UNCONFIRMED_MARKERS = ("unconfirmed", "unverified", "reportedly", "purportedly", "allegedly",
                       "rumor", "rumour", "could not be verified", "could not be independently verified",
                       "not been verified", "not been independently verified", "not been confirmed",
                       "could not be confirmed", "cannot be verified", "were not able to verify",
                       "there are claims", "reports suggest", "reports suggesting")
#: Passive reports with no source ("fires have been reported at a depot") are unconfirmed
#: too, unless a "by ..." names who reported them.
PASSIVE_REPORTS = ("has been reported", "have been reported", "were reported", "was reported",
                   "is reported", "are reported", "were also reported", "was also reported")
#: `attributed_to` of an unconfirmed report whose sentence names no source (GUIDELINES §6).
UNNAMED_SOURCES = "unnamed sources"

#: Words that open a subordinate clause: a hedge or negation inside it does not govern the
#: main clause's event.
SUBORDINATORS = frozenset("""which who whom whose although though because since while whereas
unless if when whenever after before until as once""".split())
# -- the support check (verify/) ------------------------------------------------------------------

#: English function words: articles, prepositions, conjunctions, determiners, pronouns,
#: auxiliaries, negation particles (general English grammar; not content for the support check).
FUNCTION_WORDS = frozenset("""
a an the and or but nor so yet for of in on at to from by with without within into onto upon
over under above below about after before since until till during through throughout across
along among amongst around against between beyond near off out up down via per than then
as if while whilst when where whereas whether because although though unless once both either
neither each every all any some many much more most few fewer less least several such other
another same own only just also even still already again ever too very quite rather almost
i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his
himself she her hers herself it its itself they them their theirs themselves one ones
this that these those there here what which who whom whose why how
is am are was were be been being have has had having do does did doing done
will would shall should can could may might must ought not no never none n't
moreover however meanwhile therefore thus hence including include includes included
""".split())
#: Reporting and attribution verbs a summary paraphrases freely ("said" / "told" / "according
#: to"; cf. REPORTING_VERBS and the PolNeAR cue words).
REPORTING_WORDS = frozenset("""
say says said saying tell tells told telling according add adds added adding report reports reported
reporting state states stated stating claim claims claimed announce announces announced note notes
noted explain explained describe describes described mention mentions mentioned highlight highlights
highlighted discuss discusses discussed
""".split())
#: Words of model summaries about the text rather than the news ("Here is a concise summary of
#: the passage:"; FaithBench's model outputs, dev data).
META_WORDS = frozenset("""article articles summary summaries text passage story piece overall additionally
furthermore concise brief short provided given following key main points point details information""".split())
#: Honorifics (AP style).
HONORIFICS = frozenset("mr mrs ms dr sir lord lady".split())
#: Pronouns: never names, whatever their case (English grammar).
PRONOUNS_NOT_NAMES = frozenset("i me my we us our you your he him his she her it its they them their this that these those "
                               "there here who what which".split())
#: Third-person pronouns: a claim may name whom they stand for (English grammar).
THIRD_PERSON_PRONOUNS = ("he", "she", "it", "its", "his", "her", "hers", "him", "they", "their", "theirs", "them")
#: Capitalised words that are titles, institutions or compass words, not names on their own
#: ("President", "Council", "North"; AP style titles plus headline-case common nouns).
TITLE_WORDS = frozenset("""
president vice prime minister ministers secretary chancellor governor mayor senator senate
congressman congresswoman representative judge justice chief officer director chairman
chairwoman chair ceo spokesman spokeswoman spokesperson general commander captain king queen
prince princess duke duchess pope bishop reverend father professor doctor dr mr mrs ms miss sir
dame lord lady jr jnr sr snr council parliament government department ministry office court police
army navy party league cup club university college school hospital company group committee commission
north south east west northern southern eastern western central new old great
""".split())
#: Regex: negation cues (English grammar; "No 1" is a rank, not a negation).
NEGATION_CUES_RE = (r"not|no(?!\.?\s*\d)|never|none|nobody|nothing|neither|nor|without|cannot|unable|"
                    r"den(?:y|ies|ied|ying)|refus(?:e|es|ed|ing) to|fail(?:s|ed|ing)? to|"
                    r"reject(?:s|ed|ing)?|no longer|lack(?:s|ed|ing)?")
#: Regex: words that make the number after them an approximation ("about 1,500").
APPROXIMATORS_RE = (r"about|around|approximately|roughly|nearly|almost|some|over|more than|less than|"
                    r"fewer than|at least|up to|close to|just under|just over|estimated")
#: Regex: openers of a sentence about the summary itself ("Here is a summary:"; FaithBench outputs).
META_OPENERS_RE = r"here\s+(?:is|are)|below\s+is|the\s+following|in\s+summary|to\s+summari[sz]e|summary\s*:"
#: Verbs that end a claim's subject ("The city council | said ..."; a subset of REPORTING_VERBS).
SUBJECT_ENDING_VERBS = frozenset("""say says said tell tells told announce announces announced claim claims
claimed report reports reported state states stated add adds added warn warns warned deny denies denied
confirm confirms confirmed""".split())
#: English auxiliaries.
AUXILIARIES = frozenset("do does did has have had is are was were will would could should can may might must".split())
#: Words that open a new clause or a new subject: a negation's scope ends there (English grammar).
CLAUSE_BREAKS = frozenset("""but while whereas although though which who whom whose because and so yet as after
when if before since until than he she they we i""".split())
#: Regex (case-insensitive, verbose): photo captions ("X (left) alongside Y", "... poses after
#: ...", "Photo: ...", agency credits; news web pages, issue 14).
CAPTION_RE = r"""
      \((?:far\ |second\ |third\ )?(?:left|right|centre|center|middle|pictured|top|bottom|above|below|inset|front|back)
          (?:\ and\ (?:left|right|centre|center))?\)
    | \b(?:pictured|poses?|posing)\b[^.]{0,60}\b(?:after|with|for|during|alongside|at|outside|in\ front\ of|ahead\ of)\b
    | ^\W*(?:photo|picture|image|video|photograph|credit|source)s?(?:\ credit)?\s*[:|/]
    | \b(?:getty\ images|afp/getty|ap\ photo|pa\ wire|pa\ media|shutterstock)\b
"""
#: Regex (case-sensitive): an agency photo credit, "REUTERS/Jane Doe" (not "Reuters/Ipsos").
AGENCY_CREDIT_RE = r"\b(?:REUTERS|EPA|AFP|AP|PA)/[A-Z]"
#: Regex (verbose): bylines and datelines of a web page ("By Jane Doe, Political Editor").
BYLINE_RE = r"""
      ^\W*[Bb]y\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}\s*(?:,|\||$|and\s+[A-Z]|for\s+[A-Z])
    | \b(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Aa]dditional\ reporting)\ by\ [A-Z]
    | ^\W*(?:[Pp]ublished|[Uu]pdated|[Ll]ast\ updated)\b
"""


# -- quantities (quantity.py) ---------------------------------------------------------------------

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
}
#: Currency signs written before a number (ISO 4217 codes).
CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
#: Common irregular English verb forms (and a few regular ones that follow a count as verbs):
#: a counted noun phrase stops there ("12 missiles hit ...").
IRREGULAR_VERBS = frozenset({
    "hit", "hits", "left", "went", "came", "got", "lost", "won", "fell", "rose", "ran", "saw", "met",
    "set", "put", "cut", "led", "took", "made", "gave", "told", "held", "fought", "shot", "struck",
    "flew", "fled", "sank", "stood", "sought", "brought", "bought", "thought", "knew", "became",
    "remain", "remains", "face", "faces", "need", "needs", "live", "lives", "work", "die", "sum",
})
#: Words that may stand right before a number without making it a designation ("About 40",
#: "Nearly 12,000", "a 13-year path"): quantifiers, articles, prepositions, conjunctions.
QUANTIFIERS = frozenset({
    "a", "an", "about", "around", "nearly", "almost", "approximately", "roughly", "some", "over", "under",
    "more", "fewer", "less", "at", "only", "just", "another", "all", "the", "those", "these", "up",
    "estimated", "by", "of", "and", "to", "with", "than", "least", "most", "exactly", "precisely",
    "barely", "but", "in", "on", "for", "from", "as", "after", "since", "while", "when", "if", "though",
    "although",
})
