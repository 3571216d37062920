"""Speech events and acts: verbs that are cues in "X said that ..." shapes but, with a noun-phrase
object or a place, time or topic phrase and no clause, narrate an event in the outlet's own voice
("Chen answered questions from analysts for an hour", "The storm claimed 12 lives", "The judge
denied bail", "The council called the meeting to order").

Sources: PolNeAR's annotation guidelines (devdata/attribution/README.md: an attribution cites a
statement or a state of mind; the annotators leave "She spoke about her long ties to rural
parishes", "Lindqvist noted the scar's origin", "Mr. Ferrand compares his troubles to those of
the late founder" in the outlet's voice, PolNeAR dev half A) and the session-9 voice10
battery (tests/test_voice10.py). Used by attribution/speech_events.py.
"""

from __future__ import annotations

#: Verbs whose object or phrase, with no clause after them, is an event the outlet narrates: the
#: act of answering, comparing, describing, noting, writing, testifying, speaking,
#: questioning, arguing or explaining, not what was said (tests/test_voice10.py; PolNeAR half A).
#: Not "cite": "Maliar also cited the missile launches, numbering around 250" gives the source's
#: figures (evals/gold), though PolNeAR half A leaves "cited the figure at the forum" unattributed.
EVENT_SPEECH_VERBS = frozenset("""answer answers answered respond responds responded reply replies replied
compare compares compared describe describes described note notes noted write writes wrote
testify testifies testified speak speaks spoke question questions questioned argue argues argued
explain explains explained claim claims claimed""".split())
#: Of those, the verbs that also take a clause with no "that" ("noted sales remain strong",
#: "argued the bill would fail"): an event only when a determiner, a number or a preposition
#: opens what follows ("noted the rise in cases"; attribution/speech_events.py).
BARE_CLAUSE_EVENT_VERBS = frozenset("""note notes noted argue argues argued explain explains explained claim claims
claimed""".split())
#: Verbs that are acts only with a count or an indefinite object ("conceded two goals",
#: "maintained a home"); "conceded defeat" and "maintained his innocence" stay reports.
COUNTED_ACT_VERBS = frozenset("""concede concedes conceded maintain maintains maintained""".split())
#: Objects that make "claim" a report, not a taking ("claimed responsibility for the attack",
#: "claimed credit", "claimed victory": a statement of the claimant's; news usage, AP style).
CLAIM_SPEECH_OBJECTS = frozenset("responsibility credit victory".split())
#: Words after the verb that make it a stance, not an event ("argued for lower taxes", "spoke
#: out against the plan"): PolNeAR counts a stance as an attribution.
STANCE_PREPOSITIONS = frozenset("for against out".split())
#: Words that open a clause in a content: a "that", a question word whose clause the speaker
#: answers is kept out (only "explained how ..." with no "that" is narration; PolNeAR half A).
CONTENT_CLAUSE_OPENERS = frozenset("that whether if".split())
#: Prepositions that open the topic of a speech event, before its object ("spoke about the
#: outbreak"; PolNeAR's cues "spoke about", "has questions about"; attribution/speech_events.py).
TOPIC_PREPOSITIONS = frozenset("about on".split())
#: Words that end the object phrase of a speech event: subordinators and prepositions of time and
#: place that are adverbials, never inside a noun phrase ("noted the rise in cases | during a
#: briefing"; English grammar; PolNeAR half A contents stop before them: "spoke about | her long
#: ties to rural parishes" | "while at the state farmers' convention"). "in" and "on" end it
#: before a determiner, a number or a name ("| in a briefing", "| on Monday", "| with a 4-2 win"),
#: not in "the rise in cases"; "for" before a length of time (attribution/speech_events.py).
EVENT_PHRASE_CUTS = frozenset("""at during before after since until amid following throughout while when where
overnight earlier later yesterday today tonight""".split())
#: Prepositions that end the object phrase only before a determiner, a number or a name.
EVENT_PLACE_PREPOSITIONS = frozenset("in on with".split())
#: Prepositions that open the one spoken to or answered right after a speech event's verb
#: ("responded to the criticism", "spoke with reporters", "testified before the committee",
#: "answered with a three-pointer"): no content (PolNeAR half A: "responded | that ...").
ADDRESSEE_PREPOSITIONS = frozenset("to with before for".split())
#: Question words: a content that opens with one names a topic ("explained how the sensors work",
#: "explained why he backs ..."; PolNeAR half A leaves the latter unattributed); English grammar.
EVENT_QUESTION_WORDS = frozenset("how why what when where who which whom".split())
#: Forms of "call" (attribution/speech_events.py: "called a recess"; English inflection).
CALL_FORMS = frozenset("call calls called calling".split())
#: Words after which a verb is the subject's next act, not a clause's ("... and was sent off").
EVENT_COORDINATED_LEADS = frozenset("and or , to".split())
#: Words after a plural-looking word that make it a verb in the present tense ("noted the law
#: requires the ...", "... argues that ...", "... says no ..."; English grammar).
PRESENT_VERB_FOLLOWERS = frozenset("to that no not".split())
#: Words after an "-ed" word that make it a participle, not a past tense ("the forum viewed by
#: millions", "a law passed in 2010"; English grammar).
PARTICIPLE_PHRASE_FOLLOWERS = frozenset("by in of into as ,".split())
#: Words besides determiners, numbers and prepositions that open an object or topic phrase ("about
#: the outbreak", "more than 200 calls", "both sides"; attribution/speech_events.py).
EVENT_OBJECT_OPENERS = frozenset("about into through ahead more all both some several nearly".split())

# --- acts of authority and evidence that speaks for no one (session 10, over11; issue 12: the
# outlet's own voice given to a source; tests/test_over11.py) -------------------------------------
#: Forms of "declare" (attribution/speech_events.py: "declared a state of emergency"; English inflection).
DECLARE_FORMS = frozenset("declare declares declared declaring".split())
#: What an authority declares into being: a declaration of one of these is an act the outlet
#: reports, not an assertion ("The governor declared a state of emergency", "The city declared a
#: curfew", "The firm declared bankruptcy"; news usage). "declared that ..." and "declared the
#: election a fraud" (no such noun) stay reports.
DECLARED_NOUNS = frozenset("""emergency emergencies bankruptcy insolvency disaster disasters curfew curfews holiday
quarantine lockdown candidacy independence ceasefire cease-fire truce moratorium pandemic epidemic outbreak
martial strike strikes lockout""".split())
#: States an authority orders by declaring a place so ("declared the harbor closed", "declared the
#: beach off-limits"); "declared the building safe" is a finding and stays a report.
DECLARED_STATES = frozenset("closed open reopened off-limits".split())
#: Forms of "reject" (a vote or decision on a measure: "The Senate rejected a bill"; English inflection).
REJECT_FORMS = frozenset("reject rejects rejected rejecting".split())
#: Measures put to a vote or a decision: rejecting one is an act, not a denial of an account
#: (GUIDELINES §14 "Regulators rejected the merger"; legislature and regulator usage).
VOTED_MEASURES = frozenset("""bill bills measure measures amendment amendments ordinance ordinances merger mergers
nomination nominations budget budgets resolution resolutions referendum offer offers contract contracts deal
deals""".split())
#: Forms of "request": with a sum of money as the object it is a budget act, the sum asked for, no statement ("The mayor
#: requested $5.7 billion for the bridge": the outlet's fact; the lead's Left, session 49; attr59). News English.
REQUEST_FORMS = frozenset("request requests requested requesting".split())
#: Regex: words before a sum asked for ("requested an additional $40 million"; attribution/speech_events.py; attr59).
SUM_ADDED_LEADS_RE = r"(?:an?\s+)?(?:additional|extra|further|another)"
#: Forms of "recall": with a count it takes goods back ("recalled 80,000 cans"), not a memory.
RECALL_FORMS = frozenset("recall recalls recalled recalling".split())
#: Goods a maker or seller recalls with no count before them ("The firm recalled cars that may have faulty brakes",
#: "recalled its heaters"; the lead's Left, session 48; attr58): a recall of goods, no memory. News English.
RECALLED_GOODS = frozenset("""car cars vehicle vehicles truck trucks suv suvs model models product products item items
unit units device devices toy toys crib cribs seat seats airbag airbags battery batteries phone phones laptop laptops
charger chargers heater heaters cooker cookers stroller strollers helmet helmets tire tires tyre tyres drug drugs
pill pills medicine medicines vaccine vaccines can cans jar jars bottle bottles package packages packet packets bag
bags box boxes food foods meat beef pork chicken eggs lettuce salad salads sandwich sandwiches snack snacks cookie
cookies cereal formula appliance appliances meal meals soup soups""".split())
#: Cue verbs by which evidence or an event points to something ("The defeat underscored the power
#: of the lobby"): a subject that cannot speak and is no document or finding makes them the outlet's
#: own reading, not a source's statement (English usage). Not "signal": "The gun-rights lobby has
#: signaled that it will ..." is a speech act (GUIDELINES §13) whose subject the lists may not know
#: (a BASIL story read in session 10, over11).
EVIDENTIAL_VERBS = frozenset("""underscore underscores underscored underline underlines underlined highlight highlights
highlighted illustrate illustrates illustrated demonstrate demonstrates demonstrated""".split())
#: Forms of "agree": "agreed to a settlement / a meeting / the terms" accepts a thing (an act);
#: "agreed to pay" and "agreed that" stay commitments and reports (GUIDELINES §14).
AGREE_FORMS = frozenset("agree agrees agreed agreeing".split())
#: Forms of "admit": with a count of people it lets them in ("admitted 4,000 freshmen", "admitted
#: 30 patients"), not an admission.
ADMIT_FORMS = frozenset("admit admits admitted admitting".split())
#: Speech acts that, negated with a noun object, tell that nothing was said ("did not admit wrongdoing",
#: "has not confirmed the figure": the outlet's `negated` fact; attribution/speech_events.py, left16).
OBJECT_SPEECH_ACTS = frozenset("""admit admits admitted acknowledge acknowledges acknowledged confirm confirms
confirmed deny denies denied disclose discloses disclosed reveal reveals revealed""".split())
#: Whom an institution admits (with ADMIT_FORMS and a count; school, hospital and border news usage).
ADMITTED_NOUNS = frozenset("""patients students freshmen applicants refugees migrants members children people
residents visitors inmates""".split())
#: Forms of "maintain" (English inflection; attribution/speech_events.py).
MAINTAIN_FORMS = frozenset("maintain maintains maintained maintaining".split())
#: Positions and places kept ("maintained its lead", "maintains a home"): with MAINTAIN_FORMS an
#: act; "maintained his innocence" stays a claim (sports, markets and polls usage; session 10, over11).
KEPT_POSITIONS = frozenset("lead edge advantage ranking grip hold majority home homes residence office offices".split())
#: Forms of "add": "added bus service to the campus", "added two names to the list" put a thing
#: somewhere (an act), with no clause after the object.
ADD_FORMS = frozenset("add adds added adding".split())
#: Finding verbs that, after a subject that cannot speak and is no document or finding ("The toll
#: showed how quickly ..."), are the outlet's inference. Not "suggest"/"indicate"/"reveal": PolNeAR
#: half A gives "the truck story suggests the government understands ..." to the story (one wrong
#: flip, and one attributed claim fewer on half B; session 10, over11).
EVIDENCE_FINDING_VERBS = frozenset("""show shows showed shown""".split())
#: Pronouns that open the clause of "has shown it can ...": with EVIDENCE_FINDING_VERBS after a subject
#: that is no document or finding, the subject shows something of itself by what it does, no statement
#: (English usage; PolNeAR half A "It has shown it knows how"; attribution/speech_events.py, attr19).
SHOWN_SELF_PRONOUNS = frozenset("it he she they".split())
#: Forms of "confirm": "The Senate confirmed Judge Ann Moss to the appeals court", "confirmed her as
#: chair" appoint a named person (an act); "confirmed that ..." and "confirmed the report" stay reports.
CONFIRM_FORMS = frozenset("confirm confirms confirmed confirming".split())
#: Forms of "post" (a cue in "posted on Twitter that ..."), and the results posted: "posted a loss of
#: $20 million", "posted its best record in a decade" is a result, not speech (business and sports usage).
POST_FORMS = frozenset("post posts posted posting".split())
#: Results a company or team posts (with POST_FORMS an act: "posted a loss", "posted a 10-2 record";
#: business and sports usage; session 10, over11).
POSTED_RESULTS = frozenset("""loss losses profit profits gain gains deficit surplus record records win wins
time times score scores growth decline revenue revenues earnings""".split())
#: Prepositions after a person confirmed ("confirmed Judge Ann Moss to the appeals court", "confirmed
#: her as chair"): an appointment (legislature usage; session 10, over11).
APPOINTMENT_PREPOSITIONS = ("to", "as")

#: What a court dismisses: "A judge dismissed the lawsuit / the charges" is a ruling, an act in the
#: outlet's voice, not a denial; "X dismissed the charges as politically motivated" (an "as"
#: follows) is one (attribution/cue_words.py; legal English; session 9, pol10).
DISMISS_VERBS = frozenset("dismiss dismisses dismissed".split())
#: The cases, suits and charges a court dismisses (legal English).
DISMISSED_CASE_NOUNS = frozenset("""lawsuit lawsuits suit suits case cases charge charges indictment indictments
complaint complaints count counts""".split())

#: Regex: "called" with a particle of place after a form of "be" ("Paramedics were called to the
#: villa", "Troops were called in"): people summoned, no one's statement (rules.kind; read12a).
SUMMONED_RE = r"called\s+(?:to|in|out|into)\b"

#: Verbs by which a source gives a count as its figure ("Local media have reported at least four deaths",
#: "Health officials confirmed 23 new cases", "The firm announced 1,200 job cuts"): with a number
#: opening the object, the sentence is the source's claim however short the object (relations._framed;
#: GUIDELINES §6: speech acts are the speaker's; session 14).
COUNT_REPORTING_VERBS = frozenset("reported confirmed announced recorded registered logged counted tallied".split())

#: Verbs that tell an experience when a gerund follows ("Neighbours described hearing shouts before dawn",
#: "She recalled seeing smoke"): the gerund's clause is what they tell, so the sentence is theirs, not a
#: speech event with a short object (attribution/speech_events.py; read33, a Daily Mail page).
EXPERIENCE_REPORT_VERBS = frozenset("""describe describes described recall recalls recalled recount recounts
recounted remember remembers remembered""".split())

#: Verbs of coming to know that take "of"/"about" and a noun phrase ("The clerks first learned on Monday of the
#: deals", "heard about the plan"): an event the outlet narrates, no content stated (attribution/
#: speech_events.py; "learned that ..." stays a report). English grammar; PolNeAR half A (polar44).
LEARNING_FORMS = frozenset("learn learns learned learnt hear hears heard".split())
#: Participles of lang.PASSIVE_SPEECH_VERBS that may also name an act ("The judge was confirmed by the Senate", "His
#: request was denied by the board"): a source only when the subject is an account (attribution/verb_frames.py).
PASSIVE_ACT_SENSES = frozenset("confirmed denied".split())
#: Participles of naming that need their complement before the agent to report speech ("The plan was called a
#: giveaway by critics"); with "by" right after them they name an act ("The vote was called by <Name>", "The strike was
#: called by the union", "She was named by the board"; attribution/verb_frames.py; English usage; lead50).
PASSIVE_NAMING_PARTICIPLES = frozenset("called named dubbed labeled labelled termed branded".split())
#: The participles added to PASSIVE_SPEECH_VERBS in session 36 ("<Name>'s death was confirmed by her son", "The
#: closure was announced by the council"; left45): their agent must follow in the same clause.
PASSIVE_NEWS_VERBS = frozenset("confirmed announced revealed disclosed denied".split())

#: Past forms of acts a thing undergoes once ("the bridge opened in 1987", "a firm founded in
#: 1994"): one thing told with two years for one of them is two accounts (digest/eventyears.py).
#: Acts that recur ("elected", "inspected", "repaired", "reopened") are left out. English.
ONCE_ONLY_PAST_FORMS = ("opened", "built", "founded", "established", "constructed", "completed", "born",
                        "incorporated")
#: Words that open a condition ("the board could revisit the closures if the state's aid figures
#: came in higher"): what the condition holds is not asserted (digest/trailing.py). English grammar.
CONDITION_OPENERS = ("if", "unless")
