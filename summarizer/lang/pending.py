"""Prospects, pursuits, schedules and not-yet events: constructions of English news prose whose
event has not happened (yet) although no modal or negator says so ("has yet to rule", "is
searching for the driver", "awaits the governor's signature", "is slated for closure", "faces up
to ten years", "is on the verge of bankruptcy", "stopped short of banning"). Added in session 9 (fact10) from a battery of newswire sentences written for
tests/test_fact10.py, each list with its source. Used by attribution/pending.py.
"""

from __future__ import annotations

#: Forms of "have" and "be" before "yet to" + a verb ("The court has yet to rule", "The retailer
#: is yet to turn a profit"): the event has not happened so far, like "not yet" (`negated`,
#: GUIDELINES §14 "not yet"; English grammar).
YET_TO_LEADS = frozenset("has have had is are was were remains remain remained".split())

#: Verbs of searching and waiting before "for" and a noun phrase, in the progressive ("Police are
#: searching for the driver", "The team is still looking for its first win"): the goal is not
#: reached, `speculative` like "sought an injunction" (GUIDELINES §14 "an effort or pursuit whose
#: goal has not happened"; FactBank/UW rate the sought event uncertain).
PURSUIT_FOR_VERBS = frozenset("looking searching hunting waiting pushing angling vying".split())

#: Verbs of awaiting with a noun phrase object ("The bill awaits the governor's signature", "The
#: case is awaiting a ruling"): the awaited event has not happened (as PURSUIT_FOR_VERBS; English).
AWAIT_VERBS = frozenset("await awaits awaiting".split())

#: Verbs of weighing or pursuing an option with a noun phrase object, added to the seeking verbs
#: of lang/certainty.py INTENTION_OBJECT_VERBS ("The company is exploring a sale of its unit",
#: "Prosecutors are pursuing charges"): -ing forms after "be" only (fact10; English).
OPTION_VERBS = frozenset("exploring eyeing pursuing".split())

#: Participles of a schedule after "be" and before "for" + a noun phrase ("The vote is scheduled
#: for Thursday", "The factory is slated for closure"): the event is planned, `speculative`, as
#: "is scheduled to vote" is (lang/certainty.py FUTURE_VERBS; English).
SCHEDULE_PARTICIPLES = frozenset("scheduled slated set due planned".split())

#: Verbs of exposure to a penalty or cost ("The treasurer faces up to ten years in prison", "The
#: charge carries a fine of up to $75,000"): with a bound of possibility after them the penalty
#: is a possible outcome, `speculative` (court reporting; UW rates it uncertain).
EXPOSURE_VERBS = frozenset("face faces facing carry carries carrying".split())
#: Regex: the bound of possibility after such a verb (within its next words).
EXPOSURE_BOUNDS_RE = r"up to|a maximum(?: of)?|as (?:many|much|long) as|(?:a )?possible|potential"
#: Of EXPOSURE_VERBS, the forms of "carry", which also state a capacity ("The ferry carries up to
#: 600 passengers": lang/scope.py CAPACITY_VERBS): an exposure only with a penalty noun after them.
CARRY_FORMS = frozenset("carry carries carrying".split())
#: Penalty nouns that make "carries up to ..." an exposure ("carries a fine of up to $10,000", "a
#: maximum sentence of five years"; court reporting).
PENALTY_NOUNS = frozenset("fine fines sentence sentences penalty penalties term terms prison jail".split())

#: Prepositions and adverbs after "be due" that schedule its subject ("The senator is due in court
#: on Monday", "The report is due out in March", "The crew is due back on Friday"); "due to" is a
#: cause or an infinitive, read elsewhere (English grammar).
DUE_FOLLOWERS = frozenset("in at back home out on by before".split())
#: Degree adverbs before "due to" that make it a cause ("The drop was largely due to rising rates": a share of a cause,
#: never of a schedule; English grammar; attr57).
CAUSE_SHARE_ADVERBS = frozenset("largely partly mostly entirely primarily mainly chiefly solely partially wholly".split())
#: Endings of a noun after "due to" that no verb of a schedule has ("due to staff shortages" no, "due to concerns",
#: "due to the illness", "due to congestion", "due to rising costs"; "-ss", "-us" and "-is" words may be verbs:
#: "due to address", "due to focus"; English morphology; attr57).
CAUSE_NOUN_ENDINGS_RE = r"(?:[^su]s|tion|sion|ity|ness|ism|ings?)$"

#: Nouns of an imminent event after "be on the ... of" ("The company is on the verge of
#: bankruptcy", "on the brink of collapse"): the event has not happened, `speculative` (English).
BRINK_NOUNS = frozenset("verge brink cusp threshold".split())

#: Participles of purpose after "be" and before "at" + a gerund ("The law is aimed at curbing
#: emissions"): a purpose not yet an outcome, as "is designed to" (lang/certainty.py
#: PURPOSE_PARTICIPLES; English).
PURPOSE_AT_PARTICIPLES = frozenset("aimed targeted geared directed".split())
#: Adverbials that may stand between a participle of purpose and its infinitive ("was designed in
#: part to test", "is intended primarily to treat"; English grammar).
PURPOSE_ADVERBIALS_RE = r"(?:at least )?in (?:large |small )?part|(?:[a-z]+ly)|first and foremost"

#: Forms of "stop" before "short of" + a gerund ("The company stopped short of banning the app"):
#: the gerund's event did not happen, like "failed to" (`negated`; English idiom).
STOP_SHORT_VERBS = frozenset("stop stops stopped stopping".split())

#: Regex: a leading non-finite clause of inability or refusal set off by a comma ("Unable to find
#: a buyer, the owner closed the restaurant", "Failing to reach a deal, the sides will meet again",
#: "Not wanting to wait, residents left"): its negation is the aside's, the main clause follows the
#: comma (English grammar; attribution/certainty.py).
LEADING_NEGATIVE_ASIDE_RE = (r"(?:unable|failing|refusing|declining|having\s+failed|never\s+having|"
                             r"not\s+(?:wanting|knowing|having|being|willing|content))\b")

#: Regex: a leading purpose phrase set off by a comma ("In an attempt to keep its customers, the
#: bank cut its fees", "In a bid to cut costs, ...", "In order to win, ...", "To ease crowding,
#: ..."; up to four modifiers: "In a costly and possibly futile attempt to ...", read13b): its
#: infinitive is the purpose, the main clause follows the comma (English grammar;
#: attribution/certainty.py).
LEADING_PURPOSE_RE = r"(?:in\s+(?:an?|their|its|his|her|our)\s+(?:[\w-]+\s+){0,4}\w+\s+to|in\s+order\s+to|so\s+as\s+to|to)\s+[a-z]+\b"

# -- session 11 (fact12): from a battery of newswire sentences written for tests/test_fact12.py --

#: Words after "be" and before "to" + a verb that put the event just ahead ("The bank is about to
#: name a chief executive"): imminent, not yet happened, `speculative` like "is set to" (English).
IMMINENT_TO_WORDS = frozenset({"about"})
#: Forms of "stand" before "to" + a verb of gain or loss ("The airline stands to lose $80 million"):
#: a possible outcome, `speculative` (English idiom; not "stands to the left of", no verb after "to").
STAND_TO_VERBS = frozenset("stand stands stood standing".split())
#: Verbs after "stand(s) to" that make it the idiom of a possible outcome (English).
STAND_TO_OUTCOMES = frozenset("lose gain benefit make win profit suffer earn collect pocket reap".split())
#: Nouns of a threat after "be at/in" and before "of" ("The clinic is at risk of closing", "The
#: species is in danger of extinction"): the event may happen, `speculative` (English; as BRINK_NOUNS).
RISK_NOUNS = {"risk": "at", "danger": "in"}
#: Progressive verbs of readiness before "for" + a noun phrase ("The town is bracing for a second
#: storm", "Hospitals are preparing for a surge"): the awaited event has not happened, as
#: PURSUIT_FOR_VERBS (English).
READINESS_FOR_VERBS = frozenset("bracing preparing girding gearing".split())
#: Adjectives after "be" or "remain" that leave the subject's outcome open ("The appeal is pending",
#: "The striker is doubtful for Saturday's match", "The plant's future is uncertain"): `speculative`
#: (English; "released pending trial" is a preposition, no "be" before it; "Doctors are unsure what
#: caused it": an open question like "It is not clear"). Not "unknown": MEANTIME rates "The exact
#: reason for the drop is unknown" factual, and the claim's other events with it (fact12, half A). Not "undecided" or
#: "unresolved": "Voters remain undecided" is a state that holds.
OPEN_OUTCOME_ADJECTIVES = frozenset("pending doubtful uncertain unclear unsure".split())
#: Nouns after "be/remain a" that leave the subject open ("The origin of the signal remains a
#: mystery", "The captain is a doubt for Sunday's final"): `speculative` (English, sports usage).
OPEN_OUTCOME_NOUNS = frozenset("mystery doubt".split())
#: Words after a negated participle of expectation that make it a forecast of a non-event ("A
#: ruling is not expected before June", "is not expected to change"): `speculative`, as GUIDELINES
#: §6 reads "not likely to alter" (a hedged forecast of a non-event); not "The storm was not
#: expected" (it came, unexpected).
NEGATED_FORECAST_FOLLOWERS = frozenset("to before until soon for".split())
#: Capitalised modal forms that are also first names: before another capitalised word they name a
#: person ("Will Harper sold his stake", "May Chen was named chief"), not a modal (English names).
NAME_LIKE_MODALS = frozenset({"May", "Will"})
#: Forms of "remain" that stand for "be" before OPEN_OUTCOME_ADJECTIVES ("The case remains pending").
REMAIN_FORMS = frozenset("remain remains remained".split())
#: Adverbs of a near miss before a past verb ("The ferry nearly sank", "The goalkeeper almost
#: scored"): the event did not happen, `negated` like "failed to" (English; MEANTIME rates "nearly
#: broke that record" certain_neg). Not after "be" ("was nearly destroyed": a degree of damage done).
NEAR_MISS_ADVERBS = frozenset("nearly almost".split())
#: Irregular past forms read after a near-miss adverb (regular ones end in "-ed"; English).
NEAR_MISS_IRREGULAR_PASTS = frozenset("sank broke lost won hit ran struck caught came fought drove flew froze".split())
#: Verbs of a change in amount: after "nearly" a degree, not a near miss ("Sales nearly doubled":
#: fact10's guard; English). A figure within the next words makes any verb a degree ("nearly
#: reached 10 percent").
DEGREE_VERBS = frozenset("doubled tripled quadrupled halved".split())
#: Certainty adverbs that a near-miss adverb turns into a hedge ("has almost certainly peaked":
#: `speculative`; English).
NEAR_CERTAINTY_ADVERBS = frozenset("certainly surely definitely".split())
#: Adjectives of an open outcome that open an inverted clause before "be" ("Still unresolved is the
#: question of who will pay", "Unclear is whether ..."): `speculative` (English inversion).
INVERTED_OPEN_ADJECTIVES = frozenset("unresolved undecided unclear uncertain unknown".split())
#: Adverbs that may stand before such an inverted adjective ("Still unresolved is ...").
INVERSION_ADVERBS = frozenset("still also yet now as".split())
#: Adjectives of nearness after "be" and before "to" + a gerund ("The club is close to signing a
#: striker"): the event is near, not yet happened, `speculative` (English; not "close to the river").
NEARNESS_WORDS = frozenset("close near".split())
#: Verbs of a pledge before "to": an "if" after their infinitive is the pledge's own condition
#: ("The union vowed to strike if the talks fail"): the pledge happened and keeps its frame's
#: certainty (GUIDELINES §6 "a plan reported as a ... pledge, promise ... keeps the certainty of its
#: attribution"; fact12).
PLEDGE_VERBS = frozenset("vow vows vowed pledge pledges pledged promise promises promised".split())
#: Verbs of aiming before "for" + a noun phrase, with or without "be" ("The hospital aims for a full
#: reopening by May"): the goal is not reached, `speculative` (English; as PURSUIT_FOR_VERBS).
AIM_FOR_VERBS = frozenset("aim aims aiming".split())
#: Progressive verbs of seeking before "to" + a verb ("The airline is looking to sell its cargo
#: arm"): a goal, `speculative` like "seeking to" (English business usage).
LOOKING_TO_VERBS = frozenset({"looking"})
#: Participles of direction after "be" and before "for" + a noun phrase ("The bill is headed for a
#: vote", "The council is poised for a showdown"): the event is ahead, `speculative`, as
#: SCHEDULE_PARTICIPLES (English).
HEADED_FOR_PARTICIPLES = frozenset("headed heading poised bound".split())
#: Phrases between an effort verb and its infinitive ("Engineers are racing against time to shore
#: up the dam"; "Aides are working hard behind the scenes to secure a deal": real50): the effort's goal is still
#: ahead (English idiom; modality.effort).
EFFORT_INSERTS_RE = (r"(?:hard\s+)?(?:against\s+(?:time|the\s+clock)|behind\s+the\s+scenes|a?round\s+the\s+clock"
                     r"|day\s+and\s+night|flat\s+out)")
#: Noun-phrase openers after "plans" that make it the verb of a noun subject ("The district plans a
#: new high school"): a plan, `speculative` (English; read11a's "They plan a march" after a pronoun).
PLAN_OBJECT_OPENERS = frozenset("a an another".split())
#: Idioms after "be" or "remain" (or "hang(s)") of an option or outcome still open ("A new stadium is in the works", "The proposal is under consideration", "The fate
#: of the merger is up in the air", "hangs in the balance", "The team is in the running for the
#: title", "is in the market for", "is on track for", "is in line for", "is nearing completion"):
#: the event has not happened, `speculative` (English news idioms; fact12). Not "under way", "on
#: hold": those hold. Not "on the table": "A loaded gun was on the table" is a place (fact12's guard).
OPEN_PHRASES = ("in the works", "in the pipeline", "under consideration", "under review",
                "up in the air", "in the balance", "in the running for", "in the market for", "on track for",
                "in line for", "nearing")
#: OPEN_PHRASES that name a process under way rather than an outcome to come: "The board announced
#: that the mayor was under review" states, on the board's word, that a review is going on
#: (`reported`, read24); in the outlet's own voice they stay `speculative` as fact12 read them.
PROCESS_UNDER_WAY_PHRASES = frozenset({"under review", "under consideration"})
#: Verbs that stand for "be" before "in the balance" ("The future of the league hangs in the balance").
HANG_FORMS = frozenset("hang hangs hung hanging".split())

#: Words after "is"/"was" that keep a plan noun heading the subject a plan ("The plan is to ...", "Its plan to
#: <x> is expected to fail", "is set to", "is due to", "is likely to", "is going to"; English grammar;
#: attribution/clause_shapes.plan_subject, genre39).
PLAN_BE_FOLLOWERS = frozenset("to set due expected likely going".split())


#: Regex: a claim that nothing has been decided about a thing, the thing in a named group ("no
#: decision had been made on whether to <act>", "has not decided whether to <act>", "remains undecided
#: about <act>"; English news usage; digest/undecided.py, digest43).
UNDECIDED_RE = (r"\bno\s+(?:final\s+)?decision\s+(?:has|had|have)\s+(?:yet\s+)?been\s+(?:made|taken|reached)\s+"
                r"(?:on|about|over|as\s+to)\s+(?:whether\s+(?:or\s+not\s+)?(?:to\s+)?)?(?P<a>[^,.;:]+)"
                r"|\b(?:has|have|had)\s+(?:not|n['’]t)\s+(?:yet\s+)?decided\s+(?:whether|if)\s+(?:to\s+)?(?P<b>[^,.;:]+)"
                r"|\b(?:is|are|was|were|remains?|remained)\s+undecided\s+(?:on|about)\s+(?:whether\s+(?:to\s+)?)?(?P<c>[^,.;:]+)")

#: Regex: a plan besides lang.PLAN_MARKERS_RE for digest/undecided.py: "would <act>" and "<acts>
#: were likely" (a likely act with no "to"; digest43).
PLAN_EXTRA_RE = r"would|(?:is|are|was|were)\s+likely"
