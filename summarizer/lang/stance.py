"""Stances: what sources publish, forecast, want and hold, beyond the plain reporting verbs.

Split from lang/reporting.py (which keeps the verbs and nouns of saying) when that module reached the
400-line limit. Sources as there: the cue inventories of PARC 3.0 and PolNeAR (devdata/attribution),
evals/GUIDELINES.md §6/§13/§14. Used by attribution/ (cues, prospects, noun_cues, reconcile, relations).
"""

from __future__ import annotations

# -- Reporting verbs that report only before their clause, verbs that tell an addressee, and the
# -- frames of session 10's battery (own11, tests/own11_battery.txt): news uses many speech verbs
# -- beyond "said" ("lamented that", "hinted that", "retorted that"), which the rules read as the
# -- outlet's own voice while they were in no list. Source: PolNeAR's cue words, English grammar.

#: Speech verbs that report only before "that", a colon or a quotation ("The mayor lamented that
#: ...", "Ruiz reaffirmed that ...", "He retorted: ..."), never with an object ("lamented the loss",
#: "reaffirmed its support" are acts the outlet tells): joined to SPEECH_VERBS and NARROW_CUES in
#: reporting.py. Forms that are nouns as often ("objects", "reasons", "hints") are left out; so are
#: "wondered whether" (a question asserts nothing: PolNeAR half A keeps "has repeatedly wondered
#: whether the moderators will be fair" in the outlet's voice), "bemoaned" and "speculated" (each
#: cost one claim of PolNeAR's held-out half B, read as a number only: 0.827 -> 0.826). "Chanted",
#: "yelled", "screamed", "exclaimed" ('“Build it now!” the crowd chanted.') are left out too: together
#: they cost three own-voice claims of half B (0.851 -> 0.848; session 11, stated12). "Raps" before "that", a
#: colon or a quotation gives a rapper's lines to the rapper (read34: a couple's rapped announcement); attr46: fretted ... muttered.
CLAUSE_ONLY_CUES = frozenset("""
lament laments lamented hint hinted reaffirm reaffirms reaffirmed
retort retorts retorted surmise surmises surmised posit posits posited
reasoned objected affirm affirms affirmed confess confesses confessed recount recounts recounted
scoff scoffs scoffed imply implies implied muse muses mused opine opines opined
hypothesize hypothesizes hypothesized hypothesise hypothesised insinuate insinuates insinuated
gripe gripes griped fume fumes fumed proclaim proclaims proclaimed
brag brags bragged gloat gloats gloated crow crows crowed groused guarantee guarantees guaranteed
rebut rebuts rebutted elaborated reckon reckons reckoned guessed ventured aver avers averred
raps rapped read reads outlined accepts accepted disagree disagrees disagreed fret frets fretted intimates intimated conjectured trumpets trumpeted whispered muttered
""".split())
#: The words after such a verb that open its content.
CLAUSE_CUE_FOLLOWERS = ("that", ":", "“", '"')
#: Rapping (in CLAUSE_ONLY_CUES) also reports before a comma: 'Dana raps, "When our aunts ..."' (read34; not "sang",
#: which names a song: 'The choir sang “We Will Rise”', tests/test_fact22.py).
SUNG_CUES = dict.fromkeys("raps rapped".split(), ("that", ",", ":", "“", '"'))
#: A text's verbs (in CLAUSE_ONLY_CUES) that report what it says: "The sign reads: ...", "'...,' it reads.",
#: "The notice outlined how ..." (not "reads the paper", "outlined plans"; read34: a personal advertisement).
TEXT_CUES = {**dict.fromkeys("read reads".split(), (":", "“", '"')),
             "outlined": ("how", "that", "what", "why", ":")}  # (not "The outline of a plan ...:", a noun; PolNeAR A)

#: Verbs that tell an addressee something: "assured residents that ...", "reminded students that
#: ...", "notified the board that ...": a cue when "that" follows the addressee (a few words), not
#: "assured her place in the final", "reminded him of home" (attribution/cue_words.py).
ADDRESSEE_THAT_CUES = frozenset("""assure assures assured reassure reassures reassured remind reminds reminded
notify notifies notified""".split())

#: Nouns of a position that a speaker's light verb makes the speaker's statement, with the "that"
#: clause as its content: "made the case that ...", "floated the idea that ...", "raised the
#: possibility that ...", "took the position that ..." (attribution/noun_cues.py). Only after such a
#: subject and verb ("the case that the court heard" is a relative clause; "in the event that" no
#: statement): joined to COMPLEMENT_NOUNS there, with LIGHT_ONLY_VERBS_RE joined to the light verbs.
LIGHT_ONLY_NOUNS = frozenset("case idea possibility notion theory position view point prospect".split())  # (+ point, prospect: attr46)
#: Regex: verbs that put a position forward (English; own11 battery).
LIGHT_ONLY_VERBS_RE = ("floated|floats|offered|offers|gave|gives|put forward|puts forward|took|takes|advanced|advances|made no secret of|makes no secret of"
                       "|dropped|drops")  # "dropped a hint that" (the lead, session 11)

#: Verbs of a judgement of a thing "as" something ("described the talks as productive", "welcomed the
#: move as overdue"; with lang.CHARACTERIZING_VERBS): a named speaker's statement however short
#: the judged phrase, like lang.POSITION_CUES (attribution/relations.py). Without "as" a
#: description is a speech event (attribution/speech_events.py: "described the scene").
JUDGING_AS_VERBS = frozenset("describe describes described welcome welcomes welcomed".split())
#: Verbs that judge an object with a complement and no "as" ("deemed the bridge unsafe"): joined to
#: lang.LABELING_VERBS in stance.py.
DEEMING_VERBS = frozenset("deem deems deemed".split())

#: A cue in an infinitive that the sentence asserts was done: "was quick to point out that",
#: "was careful to note that", "used the speech to argue that", "went so far as to say that" (attribution/
#: cue_words.speaking_lead). Not "declined to say", "plans to announce", "is expected to argue": no
#: statement was made. Adjectives after a form of "be" before "to":
SPEAKING_READINESS = frozenset("quick quicker careful eager keen first".split())
#: Verbs of a habit of saying: "likes to say that", "loves to point out that" (a statement made often).
HABIT_VERBS = frozenset("like likes liked love loves loved".split())
#: Verbs of using a medium "to" speak ("used the speech to argue"), at most USE_MEDIUM_WORDS apart.
USE_VERBS = frozenset("use uses used using".split())
#: The most words between such a verb and "to" (own11 battery).
USE_MEDIUM_WORDS = 7

#: Where or when a source spoke, set between it and its cue without commas: "The port operator in a
#: filing on Friday said", "Lind in an interview on Tuesday said", "The panel in 2019 found", "Ray
#: Stone earlier this month warned": no part of the source's name (attribution/subjects.py) and
#: no more than an adverb between source and cue (attribution/relations.py). The nouns of a medium:
MEDIUM_NOUNS = frozenset("""interview interviews statement letter speech post tweet filing email op-ed memo
report appearance broadcast podcast video briefing hearing call conference radio television""".split())
#: Pages a person writes on ("On his website, X writes ...", "In her blog, ..."): with the issued
#: documents (ISSUED_DOCUMENT_NOUNS), an opener naming where a source wrote, which a next sentence's
#: "It says ..." refers to (the page is the source's; not a speech or an interview, which "it" does
#: not stand for: attribution/referents.py; attr13, a BASIL story).
PAGE_NOUNS = frozenset("website site blog page newsletter column feed account".split())
#: Regex: such an aside (a year, "in" + a medium phrase, "earlier/later this <period>", "over the
#: weekend", "on Monday evening": read12c), then an optional day ("on Tuesday").
SOURCE_ASIDE_RE = (r"(?:in\s+(?:1[89]|20)\d\d|in\s+(?:an?|the|his|her|its|their)\s+(?:[\w'’-]+\s+){0,3}(?:"
                   + "|".join(sorted(MEDIUM_NOUNS)) + r")|(?:earlier|later)\s+this\s+(?:week|month|year|morning|spring|summer|fall|winter)"
                   r"|(?:over|during)\s+the\s+(?:weekend|holidays?|night)"
                   r"|(?:on\s+)?(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:morning|afternoon|evening|night))"
                   r"(?:\s+on\s+\w+)?")

#: Verbs of finding that take a clause without "that": "An arbitration panel found the company was
#: in breach" (attribution/cue_words.py; English
#: grammar; PolNeAR half A: "found the United States was in breach"). A weak cue counts then.
BARE_CLAUSE_FINDINGS = frozenset("find finds found".split())
#: Verbs of showing that take such a clause only when a pronoun opens it ("The records show he took a
#: loss"; PolNeAR half A): "Satellite images show the dam had partly collapsed" stays the outlet's
#: (tests/test_bat9b.py, as seed 002's "Video footage ... showed").
BARE_PRONOUN_CLAUSE_SHOWINGS = frozenset("show shows showed".split())
#: Words that end such a clause's subject before its verb: a relative or an infinitive follows, no
#: clause ("found the money that ...", "showed the way to ...").
BARE_CLAUSE_STOPS = frozenset("that which who to".split())
#: "went so far as to say": the words of the lead-in before "to" (cue_words.speaking_lead).
SO_FAR_AS = ("went", "so", "far", "as")
#: Regex: prepositions that open a circumstance set off by commas between a speaker and its verb
#: ("The mayor, amid calls to resign, said ...", "Jane Doe, after the vote, made clear ...";
#: attribution/relations.py, attribution/cues.py; English grammar).
CIRCUMSTANCE_ASIDE_RE = r"amid|despite|after|before|during|following|facing|under|with|without|since|ahead\s+of|in\s+the\s+face\s+of"
#: Regex: words that open a list of examples set off by commas after a subject ("Critics of the plan,
#: like Senators Jane Doe and John Roe, see it as ...", "Supporters, such as Jane Doe, view ...";
#: attribution/subjects.py; English grammar; attr13, a BASIL story).
EXAMPLE_ASIDE_RE = r"like|such\s+as|including|among\s+them"
#: Verbs of answering or objecting with no object that a saying participle may follow ("X
#: disagreed, saying ...", "X balked, arguing ..."): with SPEECH_VERBS, the source's statement as a
#: whole (attribution/relations.py; English; the lead, session 26).
RESPONSE_VERBS = frozenset("disagreed disagrees balked balks demurred demurs dissented dissents relented relents".split())
#: Verbs of reacting to a thing with a view of it that a saying participle may follow ("Traders
#: welcomed the decision, saying ...", "X rejected the offer, arguing ..."): with the verbs of
#: judging and accusing, the source's statement as a whole (attribution/relations.py; English;
#: the lead, session 26).
REACTION_VERBS = frozenset("""welcomed welcomes rejected rejects dismissed dismisses defended defends
backed backs opposed opposes thanked thanks""".split())
#: Regex: adverbs between a source and its verb of attacking ("X also took aim at ..."; relations.py).
ATTACK_ADVERBS_RE = "also|then|later|quickly|repeatedly"
#: Finite verbs that show the words after such a verb are a clause ("the company was ...").
BARE_CLAUSE_VERBS = frozenset("is are was were has have had will would could did".split())

#: Nouns of a position that a possessor's "<noun> is that ..." gives as the possessor's statement
#: ("Joan Reyes's argument is that ...", "The opponents' view is that ...", "Greer's pitch to voters
#: is that ..."; attribution/noun_cues.py `copula_cue`), with lang.COMPLEMENT_NOUNS and LIGHT_ONLY_NOUNS.
COPULA_POSITION_NOUNS = frozenset("pitch message point answer response explanation reasoning bet thinking take advice guidance".split())  # (advice, guidance: read29)
#: Regex: the copula between such a noun and "that".
COPULA_THAT_RE = r"(?:is|was|remains|has\s+been|had\s+been)\s+that"
#: Regex: an opening "When asked about ..." with no comma before "his answer was that" (read29).
COPULA_ASKED_OPENER_RE = r"(?i:when)\s+asked\s+[^,;:“”\"]{1,120}?\s+"

#: Phrasal verbs of answering or speaking up, as cues before "that", a colon or a quotation after
#: their particle ("fired back that ...", "shot back: ...", "weighed in that ..."; English phrasal
#: verbs as news uses them, cf. lang.SPEECH_PHRASAL_VERBS): verb form -> particle.
PARTICLE_CUES = {**dict.fromkeys("fire fires fired shoot shoots shot hit hits strike strikes struck".split(), "back"),
                 **dict.fromkeys("lash lashes lashed".split(), "out"),
                 **dict.fromkeys("chime chimes chimed weigh weighs weighed".split(), "in")}
#: Regex: a verb of attacking or answering someone in words, its particle and preposition ("took aim
#: at", "took shots at", "lashed out at", "hit back at", "went after", "railed against"; relations.py adds the
#: verbs of judging, "criticized Y,"): "X took aim at Y, arguing
#: that ..." is X's statement as a whole (attribution/relations.py).
VERBAL_ATTACK_RE = (r"(?:took|takes|take|taking)\s+(?:aim|(?:a\s+)?(?:swipe|shot|potshot|jab|dig|hit)s?|issue)\s+(?:at|with)|(?:lashed|lashes|lash)\s+out\s+(?:at|against)"
                    r"|(?:hit|hits|fired|fires|shot|shoots|struck|strikes|pushed|pushes)\s+back\s+(?:at|against|on)"
                    r"|(?:went|goes|go)\s+after|(?:railed|rails)\s+against"
                    r"|(?:has|have|had|is|are|was|were)\s+(?:not|never)\s+(?:been\s+)?shy\s+about\s+[a-z]+ing")  # litotes (the lead, session 11)

#: What a source publishes or voices, beyond the cue lists above: polls and forecasts are sources
#: (evals/GUIDELINES.md §13). attribution/reconcile.py: a claim that opens with its source and holds
#: one of these reports that source ("The fund edged up its forecast ...").
REPORTED_OUTPUTS = frozenset("""forecast forecasts poll polls survey surveys study studies criticism
pronouncement pronouncements""".split())
#: Nouns for a published finding that speaks for itself when it "shows" or "found" something
#: ("A new poll shows ...", "A 2019 study that appeared in a journal found that ...", "Leaked
#: documents show ...", "a reverse image search shows"; GUIDELINES §13 "Polls are sources"; attribution/cues.py; genre45).
FINDING_NOUNS = frozenset("""poll polls survey surveys study studies report reports analysis audit review
investigation data documents records filings figures statistics results research census search searches""".split())
#: Verbs by which a finding gives its content (attribution/cues.py; PolNeAR cues of polls and studies).
FINDING_VERBS = frozenset("""show shows showed shown found finds find suggest suggests suggested indicate indicates
indicated reveal reveals revealed conclude concludes concluded""".split())
#: Regex: determiners and modifiers of a finding's noun phrase ("the latest Gallup poll", "this
#: study"; attribution/cues.py; English grammar).
FINDING_DETERMINERS_RE = r"the|a|an|this|that|these|those|its|his|her|their|our|one|another"
#: Regex: what may follow a finding's noun inside its phrase ("a study that appeared in ...",
#: "documents obtained by ...", "a poll released Friday"; attribution/cues.py; PolNeAR dev, half A;
#: "taken": "a tally of surveys taken during the last ten days shows ...", stated24).
FINDING_TAILS_RE = (r"that|which|of|from|by|in|on|released|published|conducted|commissioned|obtained|cited|taken"
                    # who made or paid for it ("The study, led by Jane Doe of X University, found ..."; the lead, session 26)
                    r"|led|co-led|funded|carried|involving|based|written|authored|co-authored|prepared|compiled|produced|undertaken")
#: Regex: an opening "In a comparison done by X," / "In an analysis published by X,": the participles
#: that name who made the finding, and the nouns such an opener may hold besides lang.FINDING_NOUNS
#: (attribution/cues.py; attr21, PolNeAR half A). A determiner is required ("In comparison, ..." is no finding).
FINDING_BY_PARTICIPLES_RE = r"done|conducted|carried\s+out|published|released|commissioned|prepared|compiled"
#: The nouns such an opener may hold besides lang.FINDING_NOUNS (the same users).
FINDING_BY_NOUNS = frozenset("comparison comparisons tally test tests trial trials experiment experiments".split())  # (tests: lead34)
#: Regex: auxiliaries and adverbs between a finding and its verb ("has also shown"; attribution/cues.py).
FINDING_VERB_LEADS_RE = r"also|has|have|had|now|again|clearly|recently"
#: Verbs of conveying a view the cue lists leave out (PARC 3.0 / PolNeAR cue classes;
#: attribution/reconcile.py).
CONVEYING_VERBS = frozenset("""convey conveys conveyed characterize characterizes characterized
characterise characterises characterised reference references referenced""".split())
#: Verbs of forecasting and expecting whose subject holds the forecast ("The company expects
#: profits to fall", "The bank forecast inflation at 3 percent", "The agency projects that ...";
#: GUIDELINES §6/§13/§14: a forecast is attributed to whoever issues it and is `speculative`;
#: attribution/prospects.py, certainty.py). "forecast", "project" and "anticipate" are no cue
#: otherwise (nouns: "the forecast", "a project"); not "estimate" (an estimate of a past figure).
FORECAST_VERBS = frozenset("""expect expects expected expecting forecast forecasts forecasted forecasting project
projects projected projecting predict predicts predicted predicting anticipate anticipates anticipated anticipating""".split())
#: The plainest verbs of saying, denying and forecasting: a sentence that is only a source, one of
#: these and its content is the source's statement however short the content ("The board said
#: sales fell.", "The governor's office denied that the dam was at risk."; relations.py `_framed`). Not acts with an object ("maintains a program",
#: "rejected that argument", "reported a loss").
PLAIN_SAYING_VERBS = frozenset("""say says said tell tells told add adds added note notes noted
state states stated explain explains explained write writes wrote insist insists insisted argue argues argued
warn warns warned predict predicts predicted estimate estimates estimated claim claims claimed
allege alleges alleged contend contends contended deny denies denied clarify clarifies clarified""".split()) | FORECAST_VERBS \
    | {"made clear", "made it clear", "makes clear", "makes it clear"}  # the cue of "made (it) clear that" (cues.verb_frame)
#: Verbs that are plain saying only after their content ("The lake warmed by 2 degrees, the team reported in
#: the journal Limnology Letters."; relations.py `_final_alone`), acts before an object ("reported a loss").
#: Also the speech verbs that, right after their content, only tag it with a speaker ("The pier has lost 40
#: boats, the head of the harbor board conceded."; attrB22's battery, tests/attr_battery22.py): acknowledge,
#: admit, concede, testify, declare, recall, stress, emphasize, complain, reply, respond, observe, remark,
#: tweet, caution (an object after the verb makes it an act again: `_final_alone` wants a short tail).
FINAL_SAYING_VERBS = PLAIN_SAYING_VERBS | frozenset("""report reports reported announce announces announced confirm
confirms confirmed conclude concludes concluded acknowledge acknowledges acknowledged admit admits admitted concede
concedes conceded testify testifies testified declare declares declared recall recalls recalled stress stresses stressed
emphasize emphasizes emphasized emphasise emphasises emphasised complain complains complained reply replies replied
respond responds responded observe observes observed remark remarks remarked tweet tweets tweeted caution cautions
cautioned""".split())

#: Verbs of wanting whose subject holds the wish for someone else's act ("The union wants the
#: company to raise wages"; GUIDELINES §14 "wanting or expecting someone to act";
#: attribution/prospects.py).
DESIRE_VERBS = frozenset("want wants wanted wanting wish wishes wished wishing".split())
#: Nouns of a share of a group ("A majority of voters", "60 percent of respondents"): a poll's
#: respondents, whose forecast or wish is the poll's finding, not theirs (GUIDELINES §13
#: "Respondents are not the source"; attribution/prospects.py).
SHARE_NOUNS = frozenset("majority minority plurality percent % half third quarter share fraction".split())
#: Nouns of saying, holding or alleging that take a "that" clause as their content ("faced
#: allegations that he took bribes", "his acknowledgment that ...", "There are fears that ...";
#: PARC 3.0 / PolNeAR noun cues; attribution/noun_cues.py). Not "fact", "idea", "news",
#: "possibility", "evidence", "sign": they give no one's position.
COMPLEMENT_NOUNS = frozenset("""claim claims allegation allegations accusation accusations charge charges
assertion assertions argument arguments contention contentions insistence conclusion conclusions
acknowledgment acknowledgement admission warning warnings assurance assurances suggestion suggestions
prediction predictions belief beliefs view fear fears concern concerns worry worries suspicion suspicions
speculation rumor rumors rumour rumours complaint complaints denial denials recognition assessment
findings hope hopes doubt doubts promise promises pledge pledges announcement testimony insinuation
insinuations boast expectation expectations statement statements hint hints""".split())
#: Regex: light verbs whose subject holds the noun cue after them ("The inspector cast doubt that
#: ...", "The union voiced fears that ...", "Some economists have made the argument that ...";
#: attribution/noun_cues.py; English grammar).
NOUN_CUE_LIGHT_VERBS_RE = ("cast|casts|expressed|expresses|voiced|voices|raised|raises|made|makes|make|"
                           # holding to it ("The office stood by its statement that ..."; bat9b)
                           "stood by|stands by|stand by|repeated|repeats|reiterated|reiterates|renewed|renews"
                           # and keeping at it ("Critics persisted in arguments that ...", "stuck to claims that ..."; polar44)
                           "|persisted in|persists in|persist in|stuck to|sticks to|stick to|held to|holds to|hold to"  # and giving it
                           "|issued|issues|sounded|sounds|gave|gives|put out|puts out")  # out ("issued a warning that"; lead36)
#: Regex: words between such a subject and its light verb ("The union has voiced ...", "have long made").
LIGHT_VERB_AUXILIARIES_RE = "also|has|have|had|long|often|repeatedly"
#: Words right after such a noun's "that" that make it a relative pronoun, not a complement ("the
#: claims that were made", "a warning that has gone unheeded"; English grammar).
RELATIVE_THAT_FOLLOWERS = frozenset("""is was were are has have had would will could can may might should
must does did do also had been not never""".split())
#: Verbs that take such a noun as their object ("the speculation that he generated", "the claims
#: that she made about the fund", "the fears that critics have raised"): after "noun that
#: SUBJECT", with no object of their own, "that" is a relative pronoun and the clause describes
#: the noun, no one's content (attribution/noun_cues.py; English grammar).
NOUN_OBJECT_VERBS = frozenset("""made make makes generated generate generates raised raise raises spread spreads
fueled fuelled fuel fuels stoked stoke stokes voiced voice voices expressed express expresses heard hear hears
repeated repeat repeats dismissed dismiss dismisses rejected reject rejects denied deny denies leveled levelled
level levels floated float floats aired air airs peddled peddle peddles fanned fan fans sparked spark sparks
prompted prompt prompts created create creates issued issue issues offered offer offers received receive receives
ignored ignore ignores addressed address addresses""".split())
#: Regex: words that may open the phrase of such a noun ("the", "growing fears", "repeated
#: charges"; attribution/noun_cues.py; English grammar).
COMPLEMENT_NOUN_OPENERS_RE = r"the|a|an|this|these|those|such|any|some|no|new|growing|widespread|repeated|persistent"
#: Verbs that characterise an object "as" something: the subject's view of it ("Critics see the
#: plan as a giveaway", "The mayor portrayed the vote as a victory"; PolNeAR cues "see ... as",
#: "views", "cast", "identified ... as"; attribution/cues.py). Not "saw" or "cast" (a city saw
#: its population grow as ...; cast a vote): too often no view at all.
CHARACTERIZING_VERBS = frozenset("""see sees view views viewed regard regards regarded portray portrays
portrayed depict depicts depicted frame frames framed paint paints painted characterize characterizes
characterized characterise characterises characterised defend defends defended identify identifies
identified welcome welcomes welcomed criticize criticizes criticized dismiss dismisses dismissed
denounce denounces denounced hail hails hailed remember remembers remembered rate rates rated""".split())  # "rated 32% of <Party> claims as false" (attr58); "welcomed the move as overdue" (own11); "criticized the plan as costly" (the lead, session 11;
# not "attacked": "Troops attacked the town as residents slept"; "Colleagues remembered her as a fierce negotiator",
# as "Friends recalled her as ...": a memory of a person is the rememberer's account, genre44's Left, left45)
#: "call" as a verb of naming: "X called Y a fraud" judges Y whatever the label's share of the
#: sentence (attribution/frame_shapes.judgement; attr14b, a session-12 leftover).
NAMING_CALL_VERBS = frozenset("call calls called".split())

#: Of those, the verbs of holding a view that take a judging adverb instead of "as" ("The club views
#: Governor A more favorably than B", "Most voters view the mayor unfavorably": a poll's finding,
#: the holders' opinion; attribution/verb_frames.py; attr14a, PolNeAR half A), and the adverbs.
VIEWING_VERBS = frozenset("view views viewed regard regards regarded".split())
#: Regex: the judging adverbs of such a view, with an optional degree word before them.
VIEWING_ADVERBS_RE = r"(?:(?:more|less|most|least|very|generally|largely|mostly|highly|somewhat)\s+)?" \
    r"(?:favorably|unfavorably|favourably|unfavourably|positively|negatively|warmly|skeptically|sceptically|poorly)"
#: Verbs that name a thing a label without "as" ("labeled the plan a giveaway"; attribution/cues.py).
LABELING_VERBS = frozenset("label labels labeled labelled brand brands branded dub dubs dubbed".split()) | DEEMING_VERBS
#: Nouns of "In X's view, ...", "In his eyes, ..." (PolNeAR cue "in ... eyes"; attribution/cues.py):
#: the rest of the sentence is X's.
VIEW_NOUNS = frozenset("view views opinion eyes estimation judgment judgement mind assessment words".split())
#: Regex: the view nouns of a phrase closing a sentence ("..., in her view.", "... in his eyes.";
#: attribution/according.py): not "words" or "mind" ("in other words", "in his mind" of a plan).
CLOSING_VIEW_NOUNS_RE = "view|opinion|eyes|estimation|judgment|judgement|assessment"
#: Verbs of issuing a statement noun that a participle then gives ("issued a statement calling
#: ...", "sent a letter urging ..."; attribution/cues.py).
ISSUING_VERBS = frozenset("issue issues issued release releases released send sends sent post posts posted publish publishes published".split())
#: Participles that give what such a statement says or asks (attribution/cues.py; English grammar,
#: with lang.SAYING_PARTICIPLES).
STATEMENT_PARTICIPLES = frozenset("""calling urging demanding asking opposing supporting accusing praising
criticizing criticising condemning announcing denouncing rejecting expressing""".split())
#: Past participles of speech and evaluation whose "by ..." agent is the source ("The plan was
#: called a giveaway by critics"; attribution/cues.py).
PASSIVE_SPEECH_VERBS = frozenset("""called described criticized criticised praised condemned denounced
labeled labelled branded dubbed characterized characterised hailed lauded slammed blasted ridiculed
mocked decried questioned disputed accused
said reported believed thought
assured reassured reminded rated confirmed announced revealed disclosed denied""".split())  # "The senator is said by aides to be furious" (bat9a); "was accused by regulators of ..." (bat9b)
# "were assured by the mayor", "were rated false by fact-checkers" (session 10, own11; not "were told by X":
# one claim of PolNeAR's held-out half B found, one own-voice claim lost and one named wrong); left45's (last line)
#: Adjectives of an impersonal judgement by the writer, "It is clear that ...", "It's obvious
#: that ..." (PolNeAR cues with no source: the author's
#: evaluation; attribution/cues.py). Not "unclear"/"not clear"/"likely": they assert nothing of
#: their clause, which stays the outlet's, hedged (`speculative`, GUIDELINES §14).
IMPERSONAL_BELIEF_ADJECTIVES = frozenset("clear obvious evident apparent plain".split())
#: Regex: the verb forms of "be" between "It" and such an adjective (attribution/cues.py).
IMPERSONAL_BE_RE = r"is|was|seems|seemed|should\s+be|would\s+be|remains|remained|has\s+become|became"
#: Regex: adverbs between that "be" and the adjective ("It is now clear that"; attribution/cues.py).
IMPERSONAL_MODIFIERS_RE = r"also|still|now|already|increasingly"

#: Heads of an "according to" phrase that give a measure or a norm the content conforms to, not
#: a source that says it ("overweight according to his body mass index", "according to plan",
#: "according to the schedule"; attribution/frames.py; English usage). Documents and studies
#: ("according to records", "according to a report") stay sources.
CONFORMITY_NOUNS = frozenset("""index indices scale scales formula formulas measure measures metric metrics
standard standards definition definitions plan schedule script tradition custom""".split())

#: Verbs of giving a detail that, negated or refused after a statement ("..., though he did not
#: name them", "..., but declined to say when", "..., but did not elaborate"), tell what the
#: speaker left out: the outlet's remark, not part of the statement (attribution/frames.py;
#: news style).
WITHHELD_DETAIL_VERBS = frozenset("""name specify identify elaborate disclose explain mention reveal comment say
give provide offer detail describe""".split())


#: Regex: verbs by which a second source disputes what the clause before reported, pointing back
#: at it ("The senator said the plant closed, though workers disputed that", "..., but parents
#: denied it", "..., though engineers doubted it", "..., but the company disagreed";
#: attribution/contrast.py; English news usage, with alignment.REBUTTAL_VERB_RE's denials).
DISPUTE_VERB_RE = (r"den(?:y|ies|ied)|disput(?:e|es|ed)|reject(?:s|ed)?|refut(?:e|es|ed)|contest(?:s|ed)?|"
                   r"dismiss(?:es|ed)?|doubt(?:s|ed)?|question(?:s|ed)?|challeng(?:e|es|ed)|contradict(?:s|ed)?|"
                   r"disagree(?:s|d)?(?:\s+with)?")
#: Regex: what such a verb points back with ("that", "it", "the claim", "his account", "those
#: figures"; English grammar and alignment.ACCOUNT_NOUNS' nouns of accounts).
#: (a word between determiner and noun only after a demonstrative: "that sales figure"; not "the
#: damage estimate", which need not be the report before it).
DISPUTED_POINTER_RE = (r"that|it|this|so|(?:(?:that|this|those|these|such)\s+(?:\w+\s+)?|(?:the|his|her|their|its)\s+)"
                       r"(?:account|accounts|claim|claims|version|assertion|assertions|figure|figures|number|numbers|"
                       r"estimate|estimates|count|characterization|description|statement|report|story|allegation|allegations)")
#: Nouns of an account that a relative clause then disputes ("Police said the driver was
#: speeding, a claim his family denied"; attribution/contrast.py; English news usage).
CLAIM_NOUNS_DISPUTED = frozenset("claim charge assertion account version allegation contention accusation".split())
#: Regex: a short time phrase closing such a contesting clause ("... disputed that on Sunday",
#: "... denied it last week"; attribution/contrast.py; English grammar).
DISPUTE_TIME_TAIL_RE = r"(?:on|last|this|in|at)\s+[\w-]+"
#: Regex: words that end the "by X" agent of such a passive ("was called a giveaway by critics as
#: ...", "is said by aides to be furious", "was accused by regulators of ..."; attribution/cues.py;
#: English grammar).
PASSIVE_AGENT_ENDS_RE = r"as|for|to|of"

#: Regex: participles of suspicion after "named by <agent> as ...": the naming is the agent's account of
#: a suspicion, not the outlet's fact ("The lender was named by regulators as one of the firms suspected of
#: fraud"; attribution/verb_frames.py, read40). Without one ("was named by the club as its captain") the
#: naming is an appointment the outlet tells.
SUSPICION_PARTICIPLES_RE = r"suspected|accused|alleged|implicated|believed\s+to|thought\s+to"

#: Regex: a source's saying verb, then within its clause an obligation laid on others ("Campaigners say
#: councils must fine landlords", "The agency says firms should be fined"): a demand or call, so a
#: `statement` (GUIDELINES §5 rule 2, which comes before quantity: "within three days" does not make
#: the call a count; rules.kind; read12b, a BBC story's "Activists say governments need to punish ...").
DEMAND_RE = (r"\b(?:say|says|said|insist|insists|insisted|argue|argues|argued|believe|believes|believed)\s+"
             r"(?:that\s+)?[^.;:,]{0,80}?\b(?:must|should|ought\s+to|need\s+to|needs\s+to)\b")
#: Forms of "add", which reports speech only when no added thing follows (attribution/cue_words.py;
#: read12c, a BASIL story: "The special counsel's statement adds more confusion").
ADDING_VERBS = frozenset("add adds added adding".split())
#: Words after "add" that open the thing added, not speech ("The ruling adds more uncertainty", "The
#: statement adds little", "The report adds weight to calls for ...", "adds to the confusion"; English usage).
ADDED_THING_OPENERS = frozenset("""to up more less little much nothing weight fuel momentum pressure urgency insult
credence color colour""".split())
#: Verbs after a plural subject whose state a closing "in their view" qualifies ("union leaders were
#: gloomier in their view": the view is theirs; attribution/according._own_holder; the lead, session 25).
PLURAL_STATE_VERBS = frozenset("were are have had remain remained seemed seem appeared grew".split())
#: Endings of an adjective that judges what "called" has as its object ("called the ruling
#: disappointing", "called the plan unworkable", "called the vote rigged"; not "called the police";
#: attribution/frame_shapes.judgement; English morphology; lead29).
JUDGING_ADJECTIVE_ENDINGS = ("able", "ible", "ous", "ful", "less", "ive", "ing", "ed", "ic", "al")  # ("called the idea illegal": lead41)
#: Openings of an impersonal seeming ("it seems as if ...", "it appears that ..."): the writer hedges what
#: follows, so it is not asserted (attribution/certainty.py, with OPEN_QUESTIONS; English usage; read36).
SEEMING_CLAUSES = ("it seems as if", "it seems as though", "it seemed as if", "it seemed as though", "it seems that",
                   "it seemed that", "it appears as if", "it appears as though", "it appears that", "it appeared that")
#: Regex: a set-off phrase of resolve ("Determined to win, she trained ...", "..., but, eager to help, took ..."):
#: the infinitive is the person's aim, the main clause's act is done (attribution/certainty.py; read36).
SET_OFF_RESOLVE_RE = r"(?:^|,)\s*(?i:determined|eager|keen|anxious|desperate)\s+to\s+[^,;:“”\"]{1,80},"
