"""The digest's alignment across articles: stop words, refutation, opposite predicates.

Sources: general English news language; "a distortion" in the refutation regex comes from a
dev-data campaign statement (BASIL, devdata/multidoc). No topic words. Used by digest/pairs.py and
digest/classify.py.
"""

from __future__ import annotations

#: Words that say nothing about a claim's proposition (besides FUNCTION_WORDS and the calendar):
#: reporting verbs, day words, courtesy titles, small number words.
ALIGN_STOP_WORDS = frozenset({
    "said", "says", "say", "told", "tell", "added", "stated", "according", "reported", "reports",
    "announced", "today", "yesterday", "week", "year", "years", "also", "mr", "mrs", "ms", "dr", "new",
    "one", "two", "three", "would", "could", "what", "how", "why", "very", "much", "many", "because",
    "being", "into", "onto", "over", "under", "last", "first", "time", "way", "like",
})

#: Adjectives that open place and institution names and are stop words elsewhere ("New York",
#: "New Zealand", "New Jersey"; digest/pairs.py keeps one when a name part follows; English).
NAME_OPENERS = frozenset({"new"})
#: Capitalised words that do not name anyone or anywhere on their own: titles and offices (AP
#: style), sentence-initial function words and quantity words ("Dozens of residents protested"),
#: party and chamber words shared by every political story.
ALIGN_NOT_NAMES = frozenset({
    "president", "sen", "senator", "rep", "representative", "gov", "governor", "secretary", "minister",
    "mayor", "chief", "officials", "official", "general", "gen", "judge", "justice", "speaker", "leader",
    "however", "meanwhile", "although", "though", "even", "both",
    "dozens", "hundreds", "thousands", "millions", "scores", "several", "some", "many", "most", "few",
    "republican", "republicans", "democrat", "democrats", "democratic", "party", "house", "state",
    # the first word of a two-word title ("Vice President", "Prime Minister", "Deputy Director"):
    # a title like the second, not a name ("Vice" + a surname was a digest topic; read13b)
    "vice", "prime", "deputy",
})

#: Of those, the chamber words that end a longer name right after a name word ("White House",
#: "Opera House"): part of that name there, not the chamber (digest/pairs.py; read13a, a BASIL story
#: whose storylines read "White" and "White Counsel Robert Bauer"; English).
NAME_HEAD_CHAMBER_WORDS = frozenset({"house"})

#: Courtesy titles and role words left out when two source names are compared ("President Obama"
#: and "Mr. Obama" are one source).
SOURCE_TITLES = frozenset({"mr", "mrs", "ms", "dr", "president", "sen", "senator", "rep", "gov", "the",
                           "spokesman", "spokeswoman", "former", "editor", "chief"})

#: Tokens that negate or deny what is near them ("did not pass", "denied the report", "are
#: inaccurate", "categorically false"); English negators plus denial words.
NEGATION_TOKENS = frozenset({"not", "never", "no", "nor", "neither", "none", "nothing", "nobody", "without",
                             "deny", "denies", "denied", "denial", "inaccurate", "untrue", "false", "falsely",
                             "cannot"})

#: Regex (case-insensitive): one source calls another's account false (denial and refutation
#: vocabulary of English news; "a distortion" comes from a dev-data campaign statement).
REFUTATION_RE = (
    r"\b(?:den(?:y|ies|ied|ial)|false(?:ly|hood)?|untrue|not true|distort\w*|lie|lies|lying|lied|fabricat\w*|"
    r"inaccura\w+|mislead\w*|baseless|bogus|debunk\w*|disput\w+|refut\w+|reject\w*|mischaracteri[sz]\w*|"
    r"smear\w*|dismiss\w*|wrong|incorrect|no evidence|unfounded|erroneous\w*|made up|not accurate)\b")

#: A source rebutting the account told just before it, naming it only by a pointer back ("AARP
#: pushed back against the newspaper's story", "Democrats pushed back hard on that notion", "his
#: team denied the claims", "called the report an outrageous distortion"): rebuttal verbs of
#: English news. Used by digest/disputes.py.
REBUTTAL_VERB_RE = (r"(?:den(?:y|ies|ied)|disput(?:e|es|ed)|reject(?:s|ed)?|refut(?:e|es|ed)|contest(?:s|ed)?|"
                    r"dismiss(?:es|ed)?|push(?:es|ed)? back(?: hard| strongly| sharply)?(?: on| against)?|"
                    r"disagree(?:s|d)? with)")
#: Nouns such a pointer ends on besides ACCOUNT_NOUNS (general English news: "that notion", "the
#: accusations", "dismissed that criticism").
REBUTTAL_OBJECT_NOUNS = frozenset({
    "notion", "idea", "suggestion", "accusation", "accusations", "charge", "charges", "portrayal", "depiction",
    "reports", "characterizations", "insinuation", "implication", "criticism", "criticisms"})
#: Determiners that make such an object point back ("that notion", "the story"); English grammar.
REBUTTAL_POINTERS = ("that", "this", "those", "these", "such", "the")
#: An object followed by one of these states the account in the same claim ("rejected the
#: notion that ..."): not a pointer back (English grammar).
REBUTTAL_CONTENT_LEADS = ("that", "of", "claiming", "saying", "about", "by", "from")
#: Adverbs left off the refuter's name before the verb ("AARP initially", "his team had also"),
#: besides -ly words and grammar.AUXILIARIES (English grammar).
REBUTTAL_SUBJECT_TAILS = ("also", "then", "later", "again", "now")

#: A day right after one of these verbs dates a statement, not the event ("said Thursday", "wrote
#: on Friday", "denied late Monday"): besides lang.REPORTING_VERBS, writing and refutation verbs of
#: English news. Used by digest/pairs.event_days.
REPORT_DAY_VERBS = ("wrote", "writes", "tweeted", "disputed", "disputes", "rejected", "rejects", "dismissed",
                    "dismisses", "refuted", "refutes", "responded", "responds")
#: ... and the words allowed between such a verb and its day ("said late Friday").
REPORT_DAY_LEADERS = ("on", "late", "early")

#: Who speaks for a person: "Moore's campaign", "Grimm's lawyer", "the senator's office" are that
#: person's side in a dispute (digest/classify.refutations: one conflict per pair of sides).
#: General English news roles.
SPEAKS_FOR_NOUNS = frozenset({
    "campaign", "lawyer", "lawyers", "attorney", "attorneys", "spokesman", "spokeswoman", "spokesperson",
    "office", "team", "aide", "aides", "staff", "representative", "representatives", "camp", "allies"})

#: Nouns for what a source said: "BuzzFeed's description", "the Post story", "his account".
ACCOUNT_NOUNS = frozenset({
    "report", "reports", "reporting", "reported", "story", "stories", "article", "account", "accounts",
    "description", "claim", "claims", "allegation", "allegations", "piece", "version", "characterization",
    "characterisation", "statement", "statements", "coverage", "comments", "remarks", "testimony",
    "assertion", "assertions", "rationale", "argument", "arguments", "reasoning", "explanation",
    "contention", "figures", "concerns"})

#: Prepositions before an -ing form that make it a mention, not an assertion ("the reasons he
#: gave for vetoing the bill", "accused of lying"): such a word is no predicate of the claim.
GERUND_MENTION_PREPOSITIONS = frozenset("""for of by about from after before without against despite
over into""".split())

#: Opposite predicates: pairs of general-English word starts. A claim with a word of one side and
#: a claim with a word of the other, about the same named thing, give incompatible accounts.
#: Stems of five letters or more match as prefixes; shorter ones only as whole words (+s/ed/ing).
#: A phrase of one side holding a word of the other ("withdrew its support") is that side only.
OPPOSITE_PREDICATES = (
    (("stabili", "halt", "stopp", "stall", "ceas", "froze", "frozen", "held", "hold", "repel", "repuls",
      "contain"), ("advanc", "continu", "progress", "gain", "push", "broke through", "moving forward")),
    (("rise", "rose", "risen", "increas", "grew", "grow", "climb", "jump", "soar"),
     ("fell", "fall", "drop", "declin", "decreas", "shrank", "shrink", "plung")),
    (("won", "win", "wins", "victor"), ("lost", "lose", "loses", "defeat")),
    (("approv", "pass", "accept", "agreed to", "endors", "back"),
     ("reject", "block", "veto", "refus", "oppos", "voted against", "fail")),
    (("guilty", "convict"), ("innocent", "acquit", "not guilty", "cleared")),
    (("admit", "acknowledg", "confirm"), ("deni", "deny")),
    (("open",), ("closed", "shut")),
    # one departure told two ways ("X said he was fired" / "Y said he resigned"; conf6)
    (("fired", "ousted", "forced out", "sacked", "pushed out"), ("resign", "quit", "stepped down", "step down", "retire")),
    (("alive", "surviv"), ("dead", "died", "killed")),
    (("support", "backer"), ("withdrawn support", "withdrawn its support", "withdrawn their support", "withdrew support",
                             "withdrew its support", "withdrew their support", "pulled its support",
                             "dropped its support", "dropped their support", "no longer support")),
)
#: Words that join two clauses of one sentence: a claim splits there when its clauses are
#: compared one by one (digest/classify.clause_match), besides punctuation and dashes.
CLAUSE_CONNECTIVES = ("and", "but", "while", "whereas", "although", "though")

#: Opposites as whole words (verify/checks.py: a summary sentence that says one side where its
#: supporting article sentence says the other, and not its own side, flips what the article says;
#: "profits rose" / "profits fell"). General English, each line one pair: words of one side | the
#: other's. Verbs in their past and present forms only, where a noun would also match ("growth
#: forecast" is not a rise); no order or age words ("first", "before", "new"), which name different
#: things more often than opposite ones. ("defeated" is not on the losing side: "A defeated B" is A's win.)
ANTONYM_PAIRS = tuple(tuple(side.split() for side in line.split("|")) for line in """
increased increases rose risen rises grew grown surged jumped | decreased decreases fell fallen falls dropped drops declined declines shrank plunged slumped tumbled
win won wins victory | lose lost loses
right | wrong
public publicly | private privately secret secretly
boy boys men man male husband father son | girl girls women woman female wife mother daughter
open opened opens | close closed closes shut
accept accepted accepts approve approved approves allow allowed allows | reject rejected rejects ban banned bans deny denied refuse refused block blocked
support supported supports backed | oppose opposed opposes
start started starts begin began begun | end ended ends finish finished stop stopped
arrive arrived | leave left depart departed
buy bought buys | sell sold sells
hire hired | fire fired sack sacked
include included | exclude excluded
legal lawful | illegal unlawful
guilty convicted | innocent acquitted
alive survived | dead died killed
strong stronger | weak weaker
cheap cheaper | expensive
largest biggest | smallest
best | worst
success successful | failure failed
defends defend defended | attack attacked attacks
""".strip().splitlines())

#: Nouns that count the same kind of thing (digest/classify: "15 bills" and "some 16 measures" are
#: two counts of one thing). General English near-synonyms, one class a line; singular forms.
COUNT_NOUN_CLASSES = tuple(frozenset(line.split()) for line in """
bill measure legislation resolution
people person individual
soldier troop
death fatality
child kid
worker employee staffer
""".strip().splitlines())

#: Rank words that make another office of the same role ("assistant district attorney" is not
#: "district attorney"; AP style titles). A person given the role with one and without it by two
#: outlets is given two jobs (digest/versions.py).
RANK_MODIFIERS = frozenset({"assistant", "deputy", "vice", "associate", "lieutenant", "under"})

#: Nouns that end a role phrase in an apposition ("Moore, then a district attorney,"; AP style
#: job titles, lower-case as appositions write them).
ROLE_NOUNS = frozenset("""attorney director secretary governor president chairman chairwoman manager
editor counsel commissioner minister judge sheriff prosecutor superintendent chief principal officer
administrator treasurer speaker leader whip mayor senator congressman congresswoman ambassador
general spokesman spokeswoman adviser advisor aide""".split())

#: Nouns of a job or an expert's standing that, with ROLE_NOUNS, make an apposition a plain
#: identifying title ("Ann Brooks, a professor of economics at Yale", "an analyst at the Cato
#: Institute"), no description of its own (drafts.descriptions; GUIDELINES §3; AP style job titles
#: and the sources' identifications in PolNeAR half A).
IDENTIFYING_NOUNS = ROLE_NOUNS | frozenset("""professor economist analyst expert scientist researcher lawyer doctor
physician fellow scholar consultant strategist historian reporter correspondent official member executive
founder partner lecturer instructor specialist engineer representative staffer aide deputy writer diplomat
columnist editor developer""".split())

#: Words of an apposition that say when the role was held ("then", "former"): two roles are
#: compared only when they are held at the same time by these words.
ROLE_TIME_WORDS = frozenset({"then", "now", "former", "current", "currently", "later", "once", "still", "acting", "ex"})

#: "<someone> was expected to be <verb>ed" (a prediction) against "has already been <verb>ed" (an
#: outcome that came first): digest/versions.py. Words that say the outcome already happened.
ALREADY_WORDS = ("already", "previously")
#: ... and words that make a prediction of the same passive verb.
EXPECTED_WORDS = ("expected", "set", "scheduled", "likely", "poised", "due", "about")
#: Adverbs between "was" and such a word ("was widely expected to be ...").
EXPECTED_ADVERBS = ("now", "still", "widely")
#: Words before a capitalised word and its comma that make it no person given a role ("In Dunmore,
#: the county attorney ..."; besides lang.PLACE_PREPOSITIONS).
ROLE_NAME_BLOCKERS = ("of", "and", "or", "but")

#: Verbs that tell one kind of event, one class a line (digest/classify: "the resolution passed
#: Tuesday" and "on Wednesday, the House voted on ..." date one vote). General English.
EVENT_VERB_CLASSES = tuple(frozenset(line.split()) for line in """
vote voted votes voting pass passed passes approve approved approves adopt adopted adopts
apologize apologized apologizes apology apologise apologised
resign resigned resigns resignation
sign signed signs
announce announced announces announcement
arrest arrested arrests
discover discovered discovers learn learned learns learnt detect detected detects
leave leaves leaving left quit quits quitting depart departs departed departure
inform informed informs informing notify notified notifies notifying notification
publish published publishes publication release released releases
meet meets meeting hearing
""".strip().splitlines())

#: Negators that deny a predication in grammar ("Mexico won't pay", "he did not resign"); the
#: contractions of "not" count too (digest/denials.py). Denial words ("false", "denied") are not
#: among them: they deny an account, not a predicate. English grammar.
PREDICATE_NEGATORS = frozenset({"not", "never"})
#: Words skipped between a negated predication's name, its negator and its predicate ("Smith has
#: never been charged", "Mexico is not going to pay"), besides grammar.AUXILIARIES. English grammar.
PREDICATE_FILLERS = frozenset({"be", "been", "being", "going", "ever"})
#: Words that make what follows a condition or a question, not an assertion ("even if he was
#: guilty", "doubts about whether he was born"): such a predication asserts nothing. English grammar.
CONDITION_WORDS = frozenset({"if", "whether", "unless"})
#: Nouns for an account a denial names before its content ("rejected assertions that ...",
#: "said accusations that she misled Congress were false"): general English news, besides ACCOUNT_NOUNS.
DENIED_CONTENT_NOUNS = frozenset({"accusation", "accusations", "suggestion", "suggestions", "notion", "idea",
                                  "charge", "charges", "rumor", "rumors", "rumour", "rumours", "speculation",
                                  "insinuation", "implication"})
#: Regex (case-insensitive): a denial verb whose content follows ("denied that ...", "disputed
#: Republican claims that ..."); English news vocabulary.
DENIAL_CONTENT_VERB_RE = r"den(?:y|ies|ied|ying)|disput(?:e|es|ed|ing)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?"
#: Regex (case-insensitive): what calls a stated account false ("... were false", "is not true").
FALSITY_RE = r"false|untrue|inaccurate|baseless|unfounded|wrong|not true|not accurate|a lie|lies|a distortion"

#: Inflection endings dropped from a 6-letter stem (digest/pairs.stem) to match word forms in
#: digest/local.py ("called" / "calling" -> "call": "callin" is "calling" cut at 6 letters; "served"
#: / "serves" -> "serv"; "decide" / "decided" -> "decid"). Longest first; only when 4 letters stay.
#: General English morphology.
LEMMA_SUFFIXES = ("ing", "in", "ed", "es", "s", "e")

#: Nouns that describe who someone is, besides titles and offices (ALIGN_NOT_NAMES, SOURCE_TITLES,
#: ROLE_NOUNS): two claims sharing "the GOP front-runner" or "reporter Jane Roe" share a
#: description, not what is said of them (digest/local.py). General news English.
DESCRIPTOR_NOUNS = frozenset("""nominee candidate front-runner frontrunner hopeful incumbent challenger
rival reporter correspondent anchor host staffer lawmaker lawmakers colleague colleagues""".split())

#: Light verbs: they say little of what happened ("looks like", "made the comments", "wants to"),
#: so they never carry a shared proposition alone (digest/local.py). General English.
LIGHT_VERBS = frozenset("""look looks looked looking make makes made making take takes took taken taking
come comes came coming get gets got getting give gives gave given giving put puts putting keep keeps
kept want wants wanted seem seems seemed show shows showed shown go goes went going""".split())

#: Openings by which a sentence corrects the account told just before it ("In fact, at least 30
#: other countries grant ...", "Actually, arrests have fallen"): general English news
#: (digest/corrections.py). Lower case, matched at the start of a claim, before a comma.
CORRECTION_OPENERS = ("in fact", "actually", "in reality", "in truth", "as a matter of fact", "but in fact",
                      "but actually", "in actuality")
#: POINTER_FALSITY_RE ("That is not true.", "That was never the case") lives in lang/agreeing.py with the one reader
#: of "..., <Name> said that was never the case" built on it (POINTER_NEVER_AFTER_RE; within59).
#: Verbs of trying before a saying verb ("Mayor Pell wrongly sought to imply ..."): the account is still
#: the named person's (digest/corrections.py); English grammar.
ACCOUNT_ATTEMPT_LEADS = ("tried to", "tries to", "try to", "sought to", "seeks to", "attempted to", "wanted to",
                         "wants to")
#: Nouns for a reason someone gave, besides ACCOUNT_NOUNS, and words that judge an account wrong or
#: unconvincing, besides FALSITY_RE ("the excuses for the late audit were unpersuasive", "the
#: explanation was unconvincing"): general English news (digest/corrections.py, conf23).
EXCUSE_NOUNS = ("justification", "justifications", "excuse", "excuses")
#: ... and the words judging it (with FALSITY_RE); the verdict's determiners, the words that link a
#: reason's noun to what it is about, and the finite "be" before the judgement (English grammar)
UNCONVINCING_RE = r"unpersuasive|unconvincing|not persuasive|not convincing|implausible|not credible"
VERDICT_DETERMINERS_RE = r"the|that|this|those|these"  # "the excuses", "that explanation"
VERDICT_LINKS_RE = r"for|of|about|behind"  # "the excuses for the late audit"
VERDICT_BE_RE = r"is|was|are|were"  # "... were unpersuasive"
#: Pronouns that point back at the account just told when a rebuttal verb takes them as its whole
#: object ("Smith disputed that, saying ...", "The company denied it."); English grammar.
REBUTTAL_PRONOUNS = ("it", "this", "that", "those", "these", "them")
#: Words after such a pronoun that close the object (punctuation aside): what follows is no
#: clause of its own ("denied that in a statement", "rejected it as ..."; not "denied that he ...").
REBUTTAL_PRONOUN_FOLLOWERS = ("saying", "and", "but", "in", "on", "as", "at", "outright", "flatly", "strongly")
#: Saying verbs before a pointer back called false ("said the allegations were false", "told
#: reporters that was not true", "saying the report is baseless"); English news.
REBUTTAL_SAYING_RE = r"(?:sa(?:id|ys|ying)|insist(?:s|ed|ing)|maintain(?:s|ed|ing)|respond(?:s|ed|ing)|told\s+[\w’'-]+)"
#: Verbs by which a source opens a statement that rebuts (removed from the refuter's name: "The
#: campaign issued a statement saying ..." -> "The campaign"); English news.
STATEMENT_VERBS = ("issued", "released", "put out", "posted", "sent")
#: Nouns by which a source points back at a number just given ("the figure was closer to 20,000",
#: "police put the number at 12,000"); general English news (digest/corrections.py).
FIGURE_NOUNS = ("figure", "number", "total", "toll", "count", "tally", "estimate", "amount", "cost")
#: Words between such a noun's verb and the number that correct it ("was actually 120", "closer to", "less than").
FIGURE_CORRECTORS = ("actually", "really", "only", "just", "closer to", "nearer to", "nearer", "as high as", "as low as",
                     "more like", "at", "about", "roughly", "around", "less than", "fewer than", "under", "below", "no more than", "more than")
#: Determiners and adjectives before such a noun ("the figure", "their actual number"), the verbs
#: after it ("was", "stood"), and the verbs that tell who gives it ("Police put the figure at ...",
#: "Engineers said the number was ..."); English grammar.
FIGURE_DETERMINERS = ("the", "that", "this", "its", "their")
#: ... adjectives between the determiner and the noun
FIGURE_QUALIFIERS = ("real", "actual", "true", "official")
#: ... verbs between the noun and the number
FIGURE_VERBS = ("was", "is", "were", "are", "stood", "stands")
#: ... and verbs before it that tell who gives the number (a regex)
FIGURE_GIVERS_RE = r"said|says|told\s+\S+|put|puts|putting"
#: Regex (case-insensitive): verbs by which a source answers with the opposite of an account when
#: their "that"-clause is negated ("insisted that he had never met the lobbyist", "countered that
#: the plant was not leaking"): a denial of that content (digest/denials.py). English news.
INSIST_VERB_RE = r"insist(?:s|ed|ing)?|maintain(?:s|ed|ing)?|counter(?:s|ed|ing)?|contend(?:s|ed|ing)?"

#: Participles that put a name on a noun ("two turkeys named Mac and Cheese", "a campaign called
#: Clean Air"): the noun before them describes the name (digest/reference.py).
NAMING_PARTICIPLES = frozenset("named called dubbed titled nicknamed known".split())

#: Words between a count and what it counts ("three other women", "two more candidates";
#: digest/local.counted).
COUNT_FILLERS = ("other", "more", "new", "additional", "former", "separate")

#: Words that open an embedded question ("the question of where Obama was born", "asked when the
#: plant would close"): what follows is asked, not asserted (digest/denials.py). English.
EMBEDDED_QUESTION_WORDS = frozenset({"where", "when", "why", "how", "whether", "what"})

# -- conf12 (session 11): a claim of innocence against the charge it answers ------------------------

#: Regex (case-insensitive): a claim of innocence that answers a charge without repeating it ("his
#: client maintains her innocence", "Kovac denied any wrongdoing", "said he did nothing wrong",
#: "pleaded not guilty"); digest/innocence.py sets it against the charge told in the same article.
#: Not "done nothing immoral": only words of culpability. English court and news usage.
INNOCENCE_RE = (r"\b(?:maintain|assert|proclaim|insist|profess)(?:s|ed|ing)?\s+(?:on\s+)?(?:his|her|their|its)\s+innocence"
                r"|\b(?:is|was|are|were)\s+(?:completely\s+|entirely\s+)?innocent\b"
                r"|\b(?:did|done|doing)\s+nothing\s+(?:wrong|illegal|improper|unlawful)\b"
                r"|\bden(?:y|ies|ied|ying)\s+(?:any\s+|all\s+)?wrongdoing\b"
                r"|\bplead(?:s|ed)?\s+not\s+guilty\b")
#: Regex (case-insensitive): a charge laid on a person, the person named right after the verb
#: ("accused councillor Dev Shah of", "charged Tessa Marlow, a nurse, with"): the verbs, and the
#: passive or finding form read with the person before it ("was expected to be charged with",
#: "after she tested positive for"); digest/innocence.py. English court and news usage.
CHARGE_ACTIVE_RE = r"charged|accused|accusing|indicted|convicted"
#: Regex (case-insensitive): the passive or finding form of a charge, the person before it ("was
#: expected to be charged with", "after she tested positive for"); digest/innocence.py. English
#: court and news usage.
CHARGE_PASSIVE_RE = r"(?:charged|accused|indicted|convicted)\s+(?:of|with|on|in)\b|tested\s+positive\s+for\b"
#: Heads of a source that speaks as the other side of a dispute ("Critics say the law could open the
#: door to discrimination", "Opponents of the plan say ..."): a denial of "claims that ..." answers
#: them, so one rare word of the denied content they state is enough (digest/denials.denies). English.
CRITIC_HEADS = frozenset({"critics", "critic", "opponents", "opponent", "detractors", "skeptics", "sceptics"})
#: Words that open a clause inside a sentence (relative pronouns, "that", "where", "when"): the
#: person named after a verb of charging stops there ("accusing a Houston woman who had been involved
#: with Grimm", digest/innocence.py), and what an event is of is read after it ("Lieberman, who
#: served in the Senate", digest/eventdates.places_of). English grammar.
CLAUSE_OPENING_WORDS = frozenset({"that", "who", "whom", "whose", "which", "where", "when"})
#: Words after the thing an act was done to ("scored the winning goal in the 88th minute",
#: "introduced the housing bill as ...") that end it (digest/predicates.agents_of). English grammar.
ACT_OBJECT_ENDERS = ("in", "on", "at", "for", "as", "after", "before", "with", "against", "to", "from")
#: Auxiliaries of a past passive ("the goal was scored by", "had been introduced by";
#: digest/predicates.agents_of). English grammar.
PAST_PASSIVE_AUXILIARIES = ("was", "were", "had been", "has been")
#: Relative words that open a restrictive relative clause on a common noun ("couples whose home
#: towns ...", "a brewer who sells ..."; no comma before them): the clause says which things the
#: noun means, not what the claim states (digest/restrictive.py). "that" is left out: after a verb
#: it opens what is said ("announced that ..."). English grammar.
RESTRICTIVE_RELATIVES = ("who", "whose")
#: Words that open a trailing adjunct after a claim's main clause ("..., which began last fall
#: when X's name surfaced as a possible successor"; "... after a three-year project"): the adjunct
#: sets the time or the reason; held there as a possibility only, shared words are not what the
#: claim says (digest/trailing.py). "while" is left out (often a contrast: "A taxes and spends,
#: while B just spends"). English grammar.
TRAILING_ADJUNCT_OPENERS = ("after", "because", "when", "following")
#: A quoted one-word reply and the words that open the question it answers ("when asked whether X
#: was on the shortlist, ... "yes""): the reply asserts what the question asked
#: (digest/answers.py). English grammar.
REPLY_WORDS = ("yes", "no")
#: Words that open the yes-or-no question a reply answers ("asked if ...", "asked whether ...").
#: English grammar.
QUESTION_OPENERS = ("if", "whether")

#: the verbs the digest's conflict templates put after a source, singular -> plural ("the bill's
#: proponents call ..."; digest/reasons.py, session 22)
REASON_VERB_PLURALS = {"calls": "call", "rebuts": "rebut", "negates": "negate", "denies": "deny", "claims": "claim", "corrects": "correct",
                       "contradicts": "contradict", "disputes": "dispute", "says": "say", "rejects": "reject", "stands": "stand", "gives": "give", "tells": "tell", "asserts": "assert"}
