"""Reporting: the verbs and nouns by which a source says, claims or thinks something.

Sources: the cue inventories of attribution annotation guidelines (PARC 3.0, PolNeAR, whose
cue words are in devdata/attribution: "an attribution is any citing of a statement or description
of someone's internal state"), and the seed articles for the first list. Used by rules.py,
attribution/ (frames, cues), fields.py, verify/ (words a summary paraphrases freely).
"""

from __future__ import annotations

from .stance import ADDRESSEE_THAT_CUES, CLAUSE_CUE_FOLLOWERS, CLAUSE_ONLY_CUES, SUNG_CUES, TEXT_CUES

#: Cue forms that are only past participles ("written", not "wrote"): a cue only after an
#: auxiliary ("has written"); after a noun they open a reduced relative clause ("a letter written
#: before his death"; lead, session 9, a BASIL story; English grammar).
PARTICIPLE_ONLY_CUES = frozenset("written spoken shown sworn".split())
#: Verbs that introduce reported speech (seed; cf. the cue words of PolNeAR, devdata/attribution).
REPORTING_VERBS = (
    "said", "says", "say", "told", "stated", "states", "announced", "announces", "reported", "reports",
    "claimed", "claims", "alleged", "alleges", "asserted", "asserts", "added", "warned", "warns",
    "urged", "urges", "denied", "denies", "confirmed", "confirms", "described", "describes",
    "estimated", "estimates", "noted", "argued", "argues", "highlighted", "emphasized", "emphasised",
    "acknowledged", "cited", "informed", "accused", "insisted",
)

#: Regex: verbs of a claim the writer does not vouch for (seed).
CLAIM_VERBS_RE = r"claimed|claims|claim|alleged|alleges|allegedly|asserted|asserts|insisted"

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
encourage encourages encouraged encouraging recommend recommends recommended
ask asks asked complain complains complained contend contends contended
concede concedes conceded stress stresses stressed emphasize emphasizes emphasized emphasizing stressing
emphasise emphasises emphasised indicate indicates indicated reveal reveals revealed
disclose discloses disclosed maintain maintains maintained testify testifies testified
mention mentions mentioned comment comments commented observe observes observed
conclude concludes concluded continue continues continued agree agrees agreed
repeat repeats repeated reiterate reiterates reiterated counter counters countered
boast boasts boasted caution cautions cautioned signal signals signaled signalled
remark remarks remarked describe describes described inform informs informed brief briefs briefed
highlight highlights highlighted cite cites cited commend commends commended liken likens likened compare compares compared retweet retweets retweeted
reveal revealed learn learned learnt point points pointed discover discovered tout touts touted joke jokes joked quip quips quipped shout shouts shouted
write wrote posted told advised charged replied answered explained charge
underline underlines underlined underscore underscores underscored
instruct instructs instructed
request requests requested requesting
clarify clarifies clarified
summarize summarizes summarized summarise summarises summarised retort retorts retorted interject interjects interjected
theorize theorizes theorized theorise theorises theorised
question questioned questioning grumble grumbled grumbling
protest protested protesting plead pleaded pleading
swear swears swore lament laments lamented lamenting
implore implores implored imploring beseech beseeches beseeched besought
""".split()) | CLAUSE_ONLY_CUES | ADDRESSEE_THAT_CUES

#: Verbs that make their content a claim the speaker alone vouches for (`claimed`).
CLAIM_VERBS = frozenset("claim claims claimed claiming allege alleges alleged alleging contend contends contended charge "
                     "assert asserts asserted accuse accuses accused insist insists insisted".split())
#: The participles of CLAIM_VERBS that carry a content after the act that holds them ("The union wrote
#: to the board, claiming that ..."): the content is the subject's claim (attribution/certainty.py; left21).
CLAIMING_PARTICIPLES = frozenset(w for w in CLAIM_VERBS if w.endswith("ing"))
#: "has suggested" by a person or a body contests (GUIDELINES §6 rule 3: `claimed`); evidence that
#: suggests ("Exit polls suggest ...", "The data suggest ...") reports (attribution/certainty.py; read11a).
SUGGESTING_VERBS = frozenset("suggest suggests suggested".split())

#: Verbs by which a source denies the content (`denied`).
DENIAL_VERBS = frozenset("""deny denies denied denying dismiss dismisses dismissed reject rejects rejected
refute refutes refuted dispute disputes disputed rubbishes rubbished""".split())

#: Verbs of internal state, intention and accusation (PolNeAR counts these as attribution):
#: the content is what the source believes, wants, fears or holds against someone.
ATTITUDE_VERBS = frozenset("""
believe believes believed think thinks thought feel feels felt fear fears feared
hope hopes hoped want wants wanted expect expects expected worry worries worried
doubt doubts doubted suspect suspects suspected know knows knew plan plans planned
intend intends intended wish wishes wished prefer prefers preferred seek seeks sought
accuse accuses accused blame blames blamed criticize criticizes criticized criticise criticised criticizing criticising accusing blaming
condemn condemns condemned praise praises praised praising condemning demand demands demanded call calls called attribute attributes attributed
propose proposes proposed proposing support supports supported oppose opposes opposed
consider considers considered see sees saw find finds found show shows showed shown
hoping fearing expecting wanting demanding urging push pushes pushed pushing press presses pressed pressing speak speaks spoke speaking
raise raises raised voice voices voiced express expresses expressed echo echoes echoed
determine determines determined rule rules ruled""".split())

#: Attitude verbs a plural agent noun is the source of, as of a denial or claim verb ("insurers
#: doubted the figures", "shippers blamed the port"; attribution/subjects.py, fix5): beliefs and
#: judgements, not plans or actions ("farmers raised prices" is no attribution).
STANCE_VERBS = frozenset("""believe believes believed think thinks thought fear fears feared worry worries worried
doubt doubts doubted suspect suspects suspected accuse accuses accused blame blames blamed attribute attributes attributed criticize criticizes
criticized criticise criticised condemn condemns condemned""".split())

#: Every cue verb form.
CUE_VERBS = SPEECH_VERBS | CLAIM_VERBS | DENIAL_VERBS | ATTITUDE_VERBS

#: Attitude verbs whose subject is often not a source ("call" a meeting, "find" a seat):
#: they count as cues only when followed by "that", a quotation or "for"/"on"/"of".
WEAK_CUES = frozenset("call calls called see sees saw find finds found show shows showed shown "
                   "support supports supported oppose opposes opposed consider considers considered "
                   "know knows knew continue continues continued add adds added ask asks asked point points pointed "
                   "report reports reported note notes noted feel feels felt want wants wanted "
                   "plan plans planned seek seeks sought expect expects expected push pushes pushed pushing press presses pressed pressing speak speaks spoke speaking "
                   "determine determines determined rule rules ruled".split())

#: Participles of finding and showing that, before a preposition of place, say where a thing was
#: found or shown ("the emails found on his laptop", "documents shown at the hearing"), no finding
#: (attribution/subjects.py; English grammar).
FOUND_PARTICIPLES = frozenset("found shown seen discovered".split())
#: The prepositions of place after them.
FOUND_PLACE_PREPOSITIONS = frozenset("on in at inside near aboard under".split())

#: Weak cues only before these words ("pushed for a vote", not "pushed to the river"; "spoke of").
NARROW_CUES = {**dict.fromkeys("push pushes pushed pushing press presses pressed pressing".split(), ("for", "that")),
               # "the prosecutor determined that ...", "the judge ruled that ...": a finding; "ruled the country" is not
               **dict.fromkeys("determine determines determined rule rules ruled".split(), ("that",)),
               **dict.fromkeys("speak speaks spoke speaking".split(), ("of", "about", "out")),
               # "raised doubts about", "voiced concerns": a stance; "raised taxes" is not
               **dict.fromkeys("raise raises raised voice voices voiced express expresses expressed".split(),
                               ("doubts", "doubt", "concerns", "concern", "questions", "fears", "hopes", "skepticism",
                                "scepticism", "support", "opposition", "confidence", "regret", "alarm", "reservations",
                                "misgivings", "frustration", "anger", "outrage", "dismay", "disappointment",
                                "condolences", "sympathy", "sympathies", "gratitude", "thanks", "sorrow", "solidarity")),
               # "echoed statements by X that ...", "echoed the calls for": repeating a position (PolNeAR dev, half A)
               **dict.fromkeys("echo echoes echoed".split(),
                               ("that", "statements", "remarks", "comments", "calls", "concerns", "criticism",
                                "sentiments", "views", "claims", "warnings", "arguments")),
               # "clarified that ..." reports; "hardly clarified the matter" does not
               **dict.fromkeys("clarify clarifies clarified".split(), ("that", ":", "“", '"')),
               # "states that" is a cue, "state regulators" / "18 states," nouns (PolNeAR dev, half A)
               **dict.fromkeys("state states".split(), ("that", ":", "“", '"')),
               # "Critics charge that ..." (a plural subject's present tense; "charged" is a cue of its own);
               # "in charge of", "a charge of fraud" are nouns (session 9, pol10)
               "charge": ("that",),
               # "pointed out" / "pointed to" report; "some pointed advice" does not
               **dict.fromkeys("point points pointed pointing".split(), ("out", "to")),
               # "questioned whether / why ...", "grumbled that", "protested that", "pleaded for a delay" report;
               # "questioned the witness", "protested the ruling", "pleaded guilty" are acts (session 7, read8a)
               # (not the forms in -s, as often plural nouns: "the questions he was asked")
               **dict.fromkeys("question questioned questioning".split(), ("whether", "why", "how", "if", "that")),
               **dict.fromkeys("grumble grumbled grumbling protest protested protesting".split(), ("that",)),
               **dict.fromkeys("plead pleaded pleading".split(), ("for",)),
               # "lamented that ...", "hinted that ...", "retorted: ..." (lang/stance.py; session 10, own11)
               **dict.fromkeys(CLAUSE_ONLY_CUES, CLAUSE_CUE_FOLLOWERS), **SUNG_CUES, **TEXT_CUES,
               # "boasted that ...", "boasted of ...", "'...,' he boasted." report; "The house boasts the
               # original bathroom", "the town boasts three bakeries" say what a thing has (read20 d2; left21; "brags about": attr46)
               **dict.fromkeys("boast boasts boasted boasting brag brags bragged".split(), ("that", "of", "about", "to", ",", ".", ":", "“", '"')),
               # "he continued, “...”" reports; "protesters continued to march" does not
               **dict.fromkeys("continue continues continued".split(), ("that", ",", ".", ":", "“", '"'))}

#: Regexes of "X quoted Y as saying ..." / "Y was quoted as saying ..." (attribution/frames.py;
#: wire copy in the factuality suite's newswire, half A).
QUOTING_VERBS_RE = "quoted|cited"
#: Regex: "on record" in the place of "quoted" ("X is on record as saying ..."; attribution/according.py;
#: English; the lead, session 26).
ON_RECORD_RE = r"on\s+(?:the\s+)?record"
#: The saying participle after "as" in those frames.
QUOTED_SAYING_RE = "saying|telling|stating"
#: The auxiliaries of the passive "was quoted as saying", and an adverb that may follow them ("he was once
#: quoted as saying"; read26).
QUOTED_PASSIVE_RE = r"(?:was|were|has been|had been|is)(?:\s+(?:once|also|later|earlier|famously|widely|often|previously))?"
#: One-word openers before "X was quoted as saying ..." ("Later, Dr Doe was quoted as saying that ..."; read26).
QUOTED_OPENERS_RE = "later|earlier|once|previously|then|separately|meanwhile"

#: "went on to" before a cue: the subject's next statement ("He went on to add that ...").
GO_ON_FORMS = frozenset("went goes go going".split())
#: Verbs that, with "forward", bring a speaker before the public: "came forward to accuse ...",
#: "stepped forward to say ..." (the cue after "to" is the subject's act; attribution/cue_words.py;
#: read11b, a BASIL story).
FORWARD_VERBS = frozenset("come comes came coming step steps stepped stepping".split())

#: Sentence adverbs that may stand between a subject and its cue without commas ("The city
#: nevertheless insists", "The mayor however said"; English grammar; session 7, read8a).
SENTENCE_ADVERBS = frozenset("however nevertheless nonetheless meanwhile instead therefore too".split())
#: Words between a subject and its cue that do not change who speaks ("he also said"; "has always said": lead27).
CUE_MODIFIERS = frozenset("also has have had later previously earlier again then further still "
                       "repeatedly publicly privately recently once first long would will did does do "
                       "is was are were been being already even only just often never not now "
                       "likewise similarly separately jointly formally subsequently always sometimes".split()) | SENTENCE_ADVERBS

#: Words that may follow a sentence-final cue without starting a clause ("..., she said on
#: Tuesday.", "..., he said in a statement."): prepositions, time words and adverbs.
FINAL_TAIL_STARTERS = frozenset("""on in at during after before last this yesterday today tonight earlier later
recently monday tuesday wednesday thursday friday saturday sunday to of about from by while when as
with through via afterward afterwards then again also privately publicly repeatedly once morning
evening night week month year told ahead amid following late early shortly upon despite near outside
throughout alongside""".split())

#: Cue forms that are just as often plural nouns ("medical claims", "its plans for").
NOUN_CUES = frozenset("""claims plans hopes fears calls demands views doubts worries reports shows promises
warnings remarks comments charges notes estimates finds statements accounts threats pledges vows
proposals supports thoughts wants wishes claim plan hope fear call demand view doubt worry report show
promise warning remark comment charge note estimate find statement account threat pledge vow proposal
support thought want wish rules rule""".split())

#: Verbs of writing a text, before the text's noun ("writing a letter to ...", "penned a column"):
#: an untagged quotation right after such a sentence is that writer's text
#: (attribution/continuation.introduced_speaker; read25).
WRITING_VERBS = frozenset("wrote write writes writing penned pens penning posted posts posting published publishes "
                          "publishing".split())
#: Texts an article reproduces after "Read the full ...:" besides lang.WORD_CARRIERS and
#: lang.STATEMENT_NOUNS (attribution/continuation.shows_text; the lead's reading, session 23).
SHOWN_TEXT_NOUNS = frozenset("rant screed transcript posting missive text exchange remarks".split())
#: Regex: how a sentence that shows a text opens ("Read the full post below:", "Here is her statement:",
#: "The full letter:"; attribution/continuation.shows_text; the lead's reading, session 23).
SHOWS_TEXT_OPENERS_RE = (r"read|see|view|here(?:['’]s|\s+is|\s+are)|below\b|the\s+(?:full|entire|complete)"
                         r"|(?:his|her|their|its)\s+(?:full|entire|complete)?")
#: Noun phrases that stand for a statement of their source ("Smith's statement").
STATEMENT_NOUNS = frozenset("statement statements remarks comments comment report reports letter tweet e-mail email "
                         "tweets post speech testimony memo release announcement interview claim "
                         "claims account view views argument message op-ed column editorial ruling "
                         "decision order complaint lawsuit filing indictment verdict opinion endorsement response".split())

#: Regex: verbs that draw a response (RESPONSE_NOUNS) "from" a person (attribution/name_forms.py; read11a).
RESPONSE_DRAWING_VERBS_RE = "drew|draws|drawing|prompted|brought"
#: Regex: determiners pointing back to an account a source dismisses ("dismissed that criticism";
#: attribution/relations.py; read11a).
POINTING_DETERMINERS_RE = "that|those|these|the|such"
#: Nouns of an answer or a reproach before "from" + a person ("drew a sharp response from Rev. Jane
#: Doe", "criticism from the team captain, John Roe"): that person spoke, and a "he"/"she" quotation
#: right after is theirs (attribution/name_forms.py; read11a, a BASIL story; English news usage).
RESPONSE_NOUNS = frozenset("""response responses reply rebuke retort criticism condemnation objection objections
protest protests complaint complaints praise reaction warning pushback backlash""".split())

#: Nouns of a reproach that a source may dismiss or deny as an account ("Officials dismissed that
#: criticism", "dismissed that charge"; with "that/those/the" before them: attribution/relations.py; read11a).
REPROACH_NOUNS = frozenset("criticism criticisms charge charges accusation accusations suggestion suggestions "
                           "notion idea rumor rumors rumour rumours characterization "
                           "allegation allegations".split())  # "The company rejects the allegations" (attr13; a BASIL story)

#: Verbs of posting and the pictures they post: "posted a photo of her visit", "shared a video of the
#: bridge" is an act, no statement ("posted on Facebook that ..." still is; attribution/cue_words.py; read11a).
POSTING_VERBS = frozenset("post posts posted posting share shares shared sharing tweet tweets tweeted".split())
#: The pictures those verbs post.
MEDIA_NOUNS = frozenset("photo photos photograph photographs picture pictures image images video videos selfie selfies clip clips".split())

#: Adjectives that stand between a determiner and a noun of speech ("his earlier remarks", "the latest
#: report", "her own comments"): the cue-like word after them is the noun (attribution/cue_words.py; read11a).
PRENOMINAL_ADJECTIVES = frozenset("""earlier latest recent previous own public final first last later prior initial
original opening closing new""".split())

#: Cue verbs that are acts when a count or "a/another" follows ("Doe added a third goal", "has
#: observed five of them"): no speech then (attribution/subjects.py).
OBJECT_ACT_CUES = frozenset("add adds added observe observes observed".split())

#: Nouns of backing or words given by someone: "from" after them names a person, not a place
#: ("supportive comments from Jane Doe", "endorsements from analysts"; places.place_of).
SUPPORT_NOUNS = frozenset("support backing endorsements praise criticism condemnation calls questions quotes".split())

#: Verbs of evaluation (PolNeAR cues "criticized", "praised", "slammed"); not "attacked"/"hit", which news also uses for physical acts.
EVALUATION_VERBS = frozenset("""compliment compliments complimented slam slams slammed assail assails assailed blast blasts blasted lambaste lambastes lambasted chide chides chided scold scolds scolded mock mocks mocked ridicule ridicules ridiculed deride derides derided decry decries decried applaud applauds applauded laud lauds lauded hail hails hailed question questions questioned denounce denounces denounced rail rails railed""".split())

#: Verbs of accusing or judging someone that report the subject's position when coordinated
#: with an earlier verb ("X has used the phrase often, and criticized Y for ..."; attribution/cues.py).
ACCUSATION_VERBS = frozenset("""accused accuses blamed blames criticized criticizes criticised criticises condemned
condemns praised praises commended commends""".split())
#: Regex: conjunctions that may open a sentence before its subject ("And he railed against ...";
#: attribution/cues.py).
LEAD_CONJUNCTIONS_RE = "And|But|Yet|So"

#: Participles that open the subject's statement after a comma ("..., arguing the move was needed"), with or without "that".
SAYING_PARTICIPLES = frozenset("""saying arguing insisting noting warning claiming adding explaining contending asserting suggesting stressing acknowledging conceding predicting
accusing alleging complaining stating promising vowing pledging
writing joking quipping""".split())  # (second line: the lead, session 11; third: ", writing: ‘...’" after a post, read18; "joking that she might move abroad": the lead, session 47)
#: Things that carry words, whose "saying" right after them (no comma) opens a reduced relative ("a
#: sign saying the plant must close", "a letter saying ..."): the thing's text, not its subject's
#: speech (attribution/cues.py, "X did A saying B" with no comma; attr15, English grammar).
WORD_CARRIERS = frozenset("""sign signs banner banners placard placards poster posters note notes notice notices letter
letters message messages text texts email emails e-mail e-mails tweet tweets post posts statement statements report
reports headline headlines caption captions label labels ad ads advertisement advertisements billboard billboards
leaflet leaflets flyer flyers petition petitions memo memos document documents video videos survey surveys poll polls
study studies ruling rulings order orders filing filings complaint complaints release releases card cards""".split())
#: Saying participles whose clause, after an act, is what the act's subject said, and their past
#: forms ("rejected the request, saying it had no merit" -> "... said it had no merit"; drafts.py, lead12).
SAYING_PAST = {"saying": "said", "arguing": "argued", "insisting": "insisted", "contending": "contended", "asserting": "asserted",
               "claiming": "claimed", "warning": "warned", "stressing": "stressed", "joking": "joked", "quipping": "quipped"}

#: Reporting and attribution verbs a summary paraphrases freely ("said" / "told" / "according
#: to"; cf. REPORTING_VERBS and the PolNeAR cue words).
REPORTING_WORDS = frozenset("""
say says said saying tell tells told telling according add adds added adding report reports reported
reporting state states stated stating claim claims claimed announce announces announced note notes
noted explain explained describe describes described mention mentions mentioned highlight highlights
highlighted discuss discusses discussed
""".split())

#: Verbs that end a claim's subject ("The city council | said ..."; a subset of REPORTING_VERBS).
SUBJECT_ENDING_VERBS = frozenset("""say says said tell tells told announce announces announced claim claims
claimed report reports reported state states stated add adds added warn warns warned deny denies denied
confirm confirms confirmed""".split())

#: Regex: verbs whose content is a position, not an occurrence, for the claim kind (rules.kind;
#: seed, then GUIDELINES §5 `statement`: opinion, evaluation, accusation, complaint, denial,
#: demand, warning; all forms of each verb).
STATEMENT_VERBS_RE = "|".join("""urge urges urged warn warns warned describe describes described denounce denounces
denounced argue argues argued call calls called accuse accuses accused criticize criticizes criticized criticise
criticised complain complains complained condemn condemns condemned blame blames blamed praise praises praised
demand demands demanded deny denies denied insist insists insisted contend contends contended believe believes
believed highlight highlights highlighted acknowledge acknowledges acknowledged dismiss dismisses dismissed
congratulate congratulates congratulated slam slams slammed blast blasts blasted
recommend recommends recommended caution cautions cautioned
emphasize emphasizes emphasized emphasise emphasises emphasised underline underlines underlined
oppose opposes opposed""".split())
#: Regex: a characterization, a verb that casts something "as" something ("cited the election as a
#: reason", "pointed to the vote as an example of", "commenting on the unrest as a security issue",
#: "hailed the deal as historic"): GUIDELINES §5 statement (an assessment or characterization;
#: kind15; not "as the", which is mostly the conjunction: "referred to X as the two talked"); and doubts
#: or objections raised ("raised doubts about the talks": an assessment).
CHARACTERIZATION_RE = (r"\b(?:cit(?:e|es|ed|ing)|point(?:s|ed|ing)?\s+to|comment(?:s|ed|ing)?\s+on|refer(?:s|red|ring)?\s+to"
                       r"|regard(?:s|ed|ing)?|characteri[sz](?:e|es|ed|ing)|portray(?:s|ed|ing)?|depict(?:s|ed|ing)?"
                       r"|hail(?:s|ed|ing)?|brand(?:s|ed|ing)?|label(?:s|ed|led|ing|ling)?)\s+[^.;:]{1,120}?\bas\s+(?:a|an|one|being)\b"
                       r"|\brais(?:e|es|ed|ing)\s+(?:(?:new|more|further|serious|fresh)\s+)?(?:doubts|concerns|fears|objections)\b")
#: Regex: a negated judgement of degree after "be" ("Holt was "not tough enough"", "the plan isn't
#: bold enough"): an evaluation, a position (GUIDELINES §5 rule 2), so a source's "not" is part of it
#: (§14 scope; rules.kind; shapes23).
DEGREE_JUDGEMENT_RE = (r"\b(?:is|are|was|were|be|been)\s+[“\"]?not\s+(?:[a-z]+ly\s+)?[a-z]{3,}\s+enough\b"
                       r"|\b(?:isn|aren|wasn|weren)['’]t\s+[“\"]?(?:[a-z]+ly\s+)?[a-z]{3,}\s+enough\b")
#: Regex: a warning, a statement even of what will happen ("the agency warned that the merger will raise
#: many questions": GUIDELINES §5 rule 2 names the warning; checked before the plan; kind15).
WARNING_RE = r"\b(?:warn(?:s|ed|ing)?|caution(?:s|ed|ing)?)\s+(?:[\w'’-]+\s+){0,2}?(?:that|of)\b"
#: Regex: forms of those verbs that after a determiner name a thing, not a speech act ("killed in the
#: blast", "the urge to"; English usage; kind15). Not "a call for", "the demand": those are positions.
STATEMENT_VERB_THING_NOUNS_RE = r"\b(?:a|an|the|this|that)\s+(?:blast|blasts|urge|urges)\b"
#: Regex: the -ing forms of those verbs ("..., arguing the move was needed", "are urging X to", "after
#: denying that ..."; kind15: the list held "urge urges urged" but not "urging"), counted only in a
#: participle's place (STATEMENT_PARTICIPLE_LEADS_RE), so that the noun "a storm warning" stays a noun.
STATEMENT_PARTICIPLES_RE = "|".join("""urging warning describing denouncing arguing calling accusing criticizing
criticising complaining condemning blaming praising demanding denying insisting contending highlighting
acknowledging dismissing slamming blasting recommending cautioning emphasizing emphasising underlining""".split())
#: Regex: what stands before a participle of position (English grammar): the sentence's start, a comma
#: or dash, a form of "be" (the progressive "are urging"), or a preposition or adverb that opens an
#: -ing clause ("after denying", "by calling", "while insisting", "also accusing").
STATEMENT_PARTICIPLE_LEADS_RE = (r"^\W*|[,;–—-]\s*|\b(?:be|is|are|was|were|been|being|am|['’]s|['’]re|after|before|by|while"
                                 r"|without|when|in|also|again|repeatedly|publicly|openly|then)\s+")
#: Regex: an agreement with a position ("agreed with X that ..."; a bare "and the engineer agreed" keeps
#: the forecast it agrees with speculative, test_bat9a) and a request
#: that others act ("asked residents to boil water", "a letter asking him to postpone"): GUIDELINES §5
#: statement (a position shared; an appeal). Not "agreed to" (a deal: an event or a plan), "asked
#: about" (a question), the passive "she was asked to give a talk" (the request is not hers) nor a
#: request not yet made ("it might ask the court to hear the case": test_bat9c, speculative).
POSITION_ACTS_RE = (r"\bagree(?:s|d|ing)?\s+with\b"
                    r"|(?<!\bmight )(?<!\bmay )(?<!\bcould )(?<!\bwould )(?<!\bwill )(?<!\bto )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )(?<!\bbeing )"
                    r"\bask(?:s|ed|ing)?\s+(?!about\b|for\b|whether\b|if\b)(?:[\w'’.-]+\s+){1,4}?to\s+[a-z]")

#: Tokens after a statement noun or noun cue that show it is a noun ("claims on-air", "its plans
#: for"; attribution/frames.py).
NOUN_CUE_FOLLOWERS = ("on", "of", "for", "about", "and", "or", "to", ",", ".", "in", "from", "by", "with")
#: Tokens after a weak cue that make it a report ("called for", "noted that"; attribution/frames.py).
WEAK_CUE_FOLLOWERS = ("that", "for", "on", "of", ":", "“", '"', "to", "it", ".", "out", "whether", "how", "why", "if")
#: Verbs and states of mind by which a writer gives a belief of their own in the first person ("I
#: think ...", "We are convinced that ..."; attribution/cues.py; English grammar, PolNeAR's belief
#: cues). Not "say"/"write" (a writer quoting or recalling) and not modals ("we might wish").
WRITER_BELIEF_CUES = frozenset("""think believe know suspect doubt hope fear expect feel wish worry suppose guess assume
presume contend submit agree disagree predict suggest accept recognize recognise understand trust bet
convinced sure certain confident afraid worried concerned""".split())
#: Regex: words between the writer's "I"/"we" and the belief cue ("I really think", "We don't
#: believe"; attribution/cues.py; English grammar).
WRITER_MODIFIERS_RE = r"also|still|really|now|firmly|strongly|truly|always|once|do|does|did|don['’]t|do\s+not|did\s+not|didn['’]t"
#: Regex: the first person with "be" before a state cue ("I'm convinced", "we are sure").
WRITER_BE_RE = r"['’](?:m|re)|\s+(?:am|are)"
#: Cues that report even when followed by punctuation ("..., he added."; attribution/frames.py).
BARE_CUES = ("add", "adds", "added", "note", "notes", "noted", "continue", "continues", "continued",
             "ask", "asks", "asked", "report", "reports", "reported")
#: Bare present cues that close a sentence after a comma and a short lower-case subject ("..., local
#: media report."; attribution/final_bare_cues.py, read17): not "continue"/"ask" ("..., problems continue.").
FINAL_BARE_CUES = frozenset("report reports note notes add adds".split())

#: Adjectives of a state of mind after a form of "be" (PolNeAR cues "are afraid", "were frustrated",
#: "is convinced"; attribution/subjects.py): with "that"/"about" they attribute what follows to the subject.
STATE_ADJECTIVES = frozenset("""afraid concerned worried frustrated incensed angry upset convinced confident
sure certain hopeful optimistic pessimistic skeptical sceptical adamant furious alarmed pleased disappointed
aware unhappy happy eager anxious nervous doubtful emphatic unequivocal categorical insistent""".split())  # (+ a firm statement: attr46)
#: States of belief whose content may follow with no "that" ("Republicans seem confident they have
#: the votes", "The mayor is sure the bridge will reopen"; attribution/cue_words.py; English grammar,
#: PolNeAR's belief cues; attr17). Not feelings ("is afraid the ..." stays with "that"/"about").
CONTACT_BELIEF_ADJECTIVES = frozenset("convinced confident sure certain adamant hopeful optimistic".split())  # (+ adamant hopeful optimistic: lead28)
#: Copulas other than "be" before such a state ("Lund remains hopeful the fair will stay"; attribution/cue_words.py, lead28).
STATE_COPULAS = frozenset("remain remains remained".split())
#: Words that open a clause with no "that" after such a state ("confident the ...", "sure their ...").
CONTACT_CLAUSE_OPENERS = frozenset("the its his her their he she they we i".split())
#: Impersonal subjects of such a state: "It is certain the plan will fail" is the outlet's own hedge.
IMPERSONAL_STATE_SUBJECTS = frozenset("it there this that what".split())

#: What is claimed as money or an entitlement, no account ("was claiming £1,870 a month in disability
#: benefit", "claimed expenses", "claims benefits"): "claim" is an act of asking for payment, no
#: speech (attribution/cue_words.py; left17). Also any figure or currency sign after the verb.
CLAIMED_ENTITLEMENTS = frozenset("""benefit benefits expenses compensation damages refund refunds allowance
allowances subsidy subsidies rebate rebates pension credits reimbursement""".split())
#: Verbs of answering a question put just before ("He replied that ...", "She signaled she had"): with
#: "response"/"reply" (RESPONSE_NOUNS) after a possessive, what makes the pronoun the person asked
#: (attribution/answers.py; read24; English).
ANSWERING_VERBS = frozenset("""replied replies responded responds answered answers signaled signalled indicated
nodded shrugged conceded acknowledged confirmed insisted""".split())
