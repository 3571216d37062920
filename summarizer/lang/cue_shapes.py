"""Shapes of English news sentences whose cue stands out of its usual place (session 39, attr48):
a cleft ("It was <X> who first said A"), a pseudo-cleft ("What <X> told the council was that A"),
an attempt to convince ("<X> has tried to convince residents that A"), an answer that goes further
("<X> went further, telling the council that A"), the writer's modal belief ("I would predict ...",
"I must admit that ..."), a statement quoted from someone in a relative ("<Paper> quoted a statement
from <spokesman>, who said A"). English grammar; read on invented text (tests/test_attr48.py).
Also (session 42, attr51) an account pointed back to and dismissed, the writer's past belief, a described name after a
quotation closed mid-sentence, counts noted down, a past intention given up, a prepared speech's tag, a source's clause
after a spaced dash; (session 43, attr52) reports that "emerged" with a "that" clause, a question word opening an infinitive inside a
scene-setting opener, words that are no cue for their subject (a skill learned, a response told by its act, a request
for comment); (session 44, attr53) the writer told something by no one named ("We're told that ..."), a spouse named
by a possessive. The four lists were four modules named by session; one module now."""

#: Regex: the verb of a cleft's "It was" ("It was <X> who said A"; attribution/focus_frames.py).
CLEFT_BE_RE = r"was|is|had\s+been|has\s+been"
#: Regex: adverbs between a cleft's "who" and its cue ("It was <X> who first said A").
CLEFT_ADVERBS_RE = r"first|also|later|then|originally|initially|publicly|once|again|earlier"
#: Regex: verbs of trying before "to convince" / "to persuade" ("has tried to convince residents that A";
#: attribution/focus_frames.py): the statement was made to them, as after "tried to argue".
TRYING_VERBS_RE = r"tried|tries|try|trying|sought|seeks|seeking|attempted|attempts|attempting|worked|works|working"
#: Regex: answers with no object that go beyond what was said before, ahead of a saying or telling
#: participle ("<X> went further, telling the council that A"; attribution/relations.py).
FURTHER_ANSWERS_RE = r"(?:went|goes|go|has\s+gone|had\s+gone)\s+(?:a\s+step\s+|even\s+|much\s+|still\s+)?further|(?:hit|fired|pushed|struck)\s+back"
#: Modals between the writer's "I" and a belief cue ("I would predict", "I must admit"; attribution/cues.py).
WRITER_MODALS_RE = r"would|must|should|will|can|have\s+to|had\s+to"
#: Cues of the writer conceding a belief ("I must admit that A", "I confess that A"): the writer's claim.
WRITER_CONCEDING_CUES = frozenset("admit confess concede acknowledge".split())
#: Cues that stay a wish after a modal ("we might wish that ...", "I would hope that ..."): GUIDELINES, the outlet's.
WRITER_WISH_CUES = frozenset("wish hope".split())
#: Nouns of a statement quoted from someone ("quoted a statement from <X>, who said A"; attribution/focus_frames.py).
QUOTED_STATEMENT_NOUNS_RE = r"(?:a\s+|the\s+)?(?:statement|remarks|comments|comment|spokesman|spokeswoman|spokesperson)"
#: Forms of "feel" whose clause may follow with no "that" ("A few voters felt the mayor was not
#: doing enough"): a belief when a short subject and a finite verb follow (attribution/focus_frames.py).
FEELING_CUES = frozenset("feel feels felt".split())
#: Participles of a wrong one judges done to oneself: after FEELING_CUES the subject's view of what was done, not a
#: sensation ("Many voters felt betrayed when the mayor ...", "felt misled by the board"; PolNeAR half A; attr59). Not
#: "felt sick", "felt tired", "felt cold": a state of the body, the outlet's. English usage.
JUDGED_FEELINGS = frozenset("""betrayed misled cheated deceived abandoned insulted slighted ignored snubbed duped
disrespected humiliated vindicated wronged shortchanged""".split())
#: Finite verbs that close such a clause's subject ("felt the council was", "felt they had"; not "felt the ground shake").
CLAUSE_FINITE_VERBS = frozenset("""is are was were has have had will would could should can may might must do does did
isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't couldn't shouldn't can't didn't doesn't""".split())
#: Regex: the prepositions and relative cues of a quoted statement ("quoted a statement from <X>, who said A").
QUOTED_FROM_PREPOSITIONS_RE = r"from|by|of"
#: Regex: the cues of that relative ("who said", "who told reporters").
QUOTED_RELATIVE_CUES_RE = r"said|says|told"
#: Regex: the verbs that open the outlet's clause after a denial's object ("<X> denies A and two inquiries have
#: cleared her", "and the auditors found ..."; attribution/focus_frames.py).
OWN_CLAUSE_VERBS_RE = r"have|has|had|were|was|are|is|found|cleared|showed|say|said"
#: Regex: relative openers: no outlet's clause after "and that" / "and which" (a second relative), and no denial
#: inside a relative ("the approach that he rejected ... and ..."; attribution/focus_frames.py).
RELATIVE_OPENERS_RE = r"that|which|who|whom|whose"

#: Regex (lower case, from the sentence's start): reports that came out, told as hearsay with no source that speaks
#: ("Reports emerged from some survivors that ...", "Reports have surfaced that ..."): `unconfirmed`, as "reports
#: suggest" (attribution/certainty_marks.unconfirmed; attr52). Not "Reports of a fire emerged on Monday" (no "that"
#: clause), nor a subordinate "after reports emerged that ..." (the main clause decides).
EMERGED_REPORTS_RE = (r"\W*(?:(?:but|and|yet|now|then)\s+)?(?:(?:new|fresh|further|more|unconfirmed|local|media|press)\s+)?"
                      r"(?:reports|rumou?rs)\s+(?:have\s+|had\s+|also\s+|later\s+|soon\s+)?(?:emerged|surfaced)\b[^.;:“”\"]{0,80}?\bthat\s")

#: Question words that open an infinitive, no finite clause, before "to" ("the vote on whether to approve the plan",
#: "a guide on how to apply"; attribution/frame_parts.py; English grammar).
INFINITIVE_QUESTION_WORDS = frozenset("whether how what where when".split())
#: Regex: a response told by the act it was, after a comma and an adverb of order ("responded, first by dropping
#: supplies"; attribution/cue_subjects.py). Not "responded by using the example of <city> to prove that ...": an
#: argument, so no comma-less form.
RESPONSE_BY_ACT_RE = (r"(?i:respond|responds|responded|reacted|reacts|react)\s*,\s+(?:first|then|initially|also|quickly|immediately)"
                      r"\s+by\s+[a-z]+ing\b")
#: Regex: a request for comment, the reporter's routine act ("asked <Body> for a response"; attribution/cue_subjects.py).
FOR_COMMENT_RE = r"(?i:ask|asks|asked)\s+(?:[\w'’.-]+\s+){1,6}?for\s+(?:an?\s+)?(?:response|comment|reaction)s?\b"
#: Regex: "learned/learnt to <verb>", a skill acquired, no finding (attribution/cue_subjects.py).
SKILL_LEARNED_RE = r"(?i:learn|learns|learned|learnt|learning)\s+to\s+[a-z]"

#: Regex (lower case, from the sentence's start): the writer told a thing by no one named, in the present or perfect
#: ("We're told that ...", "I am told the board met ...", "We have been told that ..."): hearsay with no source that
#: speaks, `unnamed sources` / `unconfirmed`, as "It is understood that ..." (attribution/certainty_marks.unconfirmed;
#: attr53). Not an instruction ("We're told to wait"), nor a source named by "by" ("We were told by the mayor that"),
#: nor the past ("I was told ...": an event the writer lived; not measured).
WRITER_TOLD_RE = (r"\W*(?:(?:but|and|yet|now|so)\s+)?(?:we|i)(?:\s+are|\s+am|['’]re|['’]m|\s+have\s+been|['’]ve\s+been)"
                  r"\s+(?:also\s+|now\s+|often\s+|repeatedly\s+)?told\s+(?!to\b|by\b|about\b|of\b)")

#: Regex (a frame's whole source, any case): a pronoun fused with "are/am" ("We're", "I'm", "They're"): the subject of a
#: passive before a participle cue ("We're told to wait", "I'm asked to believe ..."), never a name that speaks
#: (attribution/analysis.py; attr54). "We're told that ..." is WRITER_TOLD_RE's hearsay, read before this.
BE_CONTRACTION_SOURCE_RE = r"(?i:we|i|you|they)['’](?i:re|m)"
#: Nouns of a dimension that "according to" sorts by ("differences according to age", "ranked according to size"):
#: the way a thing varies, no source speaks (attribution/according_to.py, read with lang.CONFORMITY_NOUNS; attr54).
DIMENSION_NOUNS = frozenset("""age ages gender sex income incomes size sizes region regions race ethnicity class
height weight rank seniority experience ability need needs wealth occupation nationality location distance""".split())

#: Regex (lower case): an embedded question a wondering or a topic preposition opens ("a passing wonder about how
#: <X> is said to be ...", "wondered why ...", "the debate over whether ..."): a passive hearsay inside it is the
#: question's topic, not the outlet's hedge on the main clause (attribution/certainty_marks.unconfirmed_main; attr54).
WONDERED_QUESTION_RE = r"\b(?:about|over|wonder|wonders|wondered|wondering)\s+(?:how|why|whether|what)\s"

#: Regex: "one (of them)," and the words that introduce its name in an apposition ("with one, known as the <Name>,
#: telling ...", "with one of them, called <Name>, saying ..."; attribution/with_participles.py; attr54).
ONE_OF_GROUP_RE = r"one(?:\s+of\s+(?:them|those|these))?,\s+(?:(?:known|referred\s+to)\s+as\s+|called\s+|named\s+)?"
#: Regex: lower-case words inside an organisation's name ("Network Pushing for Normalization of Education").
NAME_JOINERS_RE = r"of|for|and|on|the"
#: Regex: prepositions of a short place phrase after bare plural speakers ("staff members at the clinic said";
#: attribution/contrast.py; attr54).
SPEAKER_PLACE_PREPOSITIONS_RE = r"at|in|from|of|for"

#: Regex: a spouse noun after a possessive pronoun, with its modifiers of a past or broken marriage ("his ex-wife",
#: "her former husband", "his wife"; attribution/spouses.py; English).
SPOUSE_NOUNS_RE = r"(?:ex-|former\s+|estranged\s+|late\s+)?(?:wife|husband|spouse)"

#: Regex: an account pointed back to by "that/those/these/such" that a source dismisses ("rubbished those claims",
#: "dismissed these reports"; not "rejected the claims", which may be insurance claims; attribution/relations.py).
POINTED_ACCOUNT_RE = r"\s*(?:that|those|these|such)\s+(?:[a-z]+\s+)?(?:claims?|reports?|story|stories|accounts?)\b"
#: Past forms of the writer's belief cues ("I always felt my church would shun me": the writer's past belief, not the
#: outlet's fact; attribution/cues.py, only before a clause, PAST_BELIEF_CLAUSE_RE; real50).
WRITER_PAST_BELIEF_CUES = frozenset("thought believed felt suspected feared assumed".split())
#: Regex: a clause after such a past cue: up to four words, then a finite auxiliary or modal ("my church would",
#: "that the plan was"); not "I felt a sharp pain in my chest".
PAST_BELIEF_CLAUSE_RE = r"\s+(?:that\s+)?(?:[\w'’-]+\s+){1,4}?(?:would|could|might|should|was|were|had|is|are|will)\b"
#: Regex: determiners of a short description between a quotation closed mid-sentence and the name it describes ('He
#: "is much better," his daughter, <Name>, told <paper>'; attribution/apposition.QUOTE_DESCRIBED).
QUOTE_DESCRIPTION_DETERMINERS_RE = r"his|her|their|its|the|a|an"
#: Number words that may open a counted object noted down ("has noted three names": a record, no statement;
#: attribution/bare_findings.no_report).
COUNT_WORDS = frozenset("two three four five six seven eight nine ten dozens hundreds thousands".split())
#: Past forms of intention cues whose intention a sentence can tell as given up ("intended to open <film> on <date>, but
#: production was halted": GUIDELINES §14 (b); attribution/past_intentions.py).
GIVEN_UP_INTENTIONS = frozenset("intended planned aimed wanted".split())
#: Words of a time or place that may follow a prepared speech's tag ('"...," <Name> is expected to say on Monday.';
#: attribution/speaking_leads.expected_tag).
EXPECTED_TAG_FOLLOWERS = frozenset("on at in tonight today tomorrow later".split())
#: Regex: cues of a source's clause after a spaced dash ("<A> this year - the UN says <B>"; second_predicates.py).
DASH_SOURCE_CUES_RE = r"says|said|reports|reported|estimates|estimated"
#: Regex (case-insensitive): the whole object of a denial verb that points back at an account or a record and ends the
#: sentence ("The union disputes this.", "<Name> disputed the log.", "The trust rejects that report."): the denial is the
#: source's claim, not the outlet's narration (attribution/relations.py; within55).
POINTED_BACK_OBJECT_RE = (r"\s*(?:this|that|(?:the|that|this|these|those)\s+(?:[a-z]+\s+)?(?:log|logs|records?|reports?|accounts?|claims?|"
                          r"figures?|data|minutes|memo|findings?|version|story|allegations?))\s*[.!]?\s*")
#: Forms of "swear": "swore at a guard" curses someone, no oath and no content (attribution/bare_findings.no_report;
#: real54's strict xfail; attr55). "swore that ..." stays a cue.
SWEARING_FORMS = frozenset("swear swears swore sworn swearing".split())
#: Regex: a negative subject and the words that may stand before its verb ("no one", "nobody has", "none of the
#: engineers seriously"): "No one disputes that ..." makes no denial (attribution/cue_subjects.undisputed; attr55).
NO_ONE_SUBJECT_RE = r"(?i:no\s+one|nobody|none(?:\s+of\s+[^,;:]{1,40})?)\s+(?:(?:has|have|had|would|can|could|really|seriously|ever)\s+)?"
#: Forms of "encourage": a person encouraging a person to act is a speech act, like "urged X to" (PolNeAR's cue;
#: attribution/encouragements.py; attr55).
ENCOURAGING_VERBS = frozenset("encourage encourages encouraged encouraging".split())
#: Participles of knowing (factive: the clause is true) that open an adjunct with its own "that" clause after a comma
#: ("he fought in the war, knowing that back home they didn't have the rights"): that clause's negation is the
#: adjunct's, not the main clause's (attribution/main_clause.py; lead45's Left; attr55). Not "fearing", "believing",
#: "thinking": their clause is uncertain, and the factuality suite counts its event wherever it sits (with them in,
#: uncertain shown `stated` 0.187 -> 0.189: "..., fearing that many firms ... will be insolvent").
KNOWING_PARTICIPLES = frozenset("knowing realizing realising understanding".split())
#: Past cues of a belief or of news heard that a ", but it ..." clause corrects ("Tom Reed had heard that the drug
#: worked, but it wasn't available in his state": "it" is no person, the clause is the outlet's; with the past belief
#: cues WRITER_PAST_BELIEF_CUES; attribution/continuation.py, attr55's Left, attr56).
HEARD_NEWS_CUES = frozenset("heard learned learnt read".split())
#: Regex: words that open a time after a passive's agent ("announced by <title series> <Name> on Monday";
#: attribution/verb_frames.py; attr56).
AGENT_TIME_OPENERS_RE = r"on|in|at|last|this|earlier|late|yesterday|today"


#: Regex: the writer's aside between commas ("whose aide, it should be noted, tried to explain ...", "The figure, it
#: is worth noting, rose"): a comment on the writing, no speaker, no modal or cue of the clause it sits in
#: (attribution/writer_asides.py; English usage; attr57). Not "It should be noted that ..." (a clause of its own).
WRITER_ASIDE_RE = (r",\s*(?:it\s+(?:should|must|may|might|can|could|has\s+to|needs?\s+to|ought\s+to)\s+be\s+"
                   r"(?:noted|said|added|stressed|remembered|recalled|admitted|conceded|emphasi[sz]ed|pointed\s+out|mentioned)"
                   r"|it\s+(?:is|was|'s|’s)\s+(?:worth|fair\s+to\s+say|worth\s+(?:noting|recalling|remembering|mentioning))(?:\s+(?:noting|recalling|remembering|mentioning))?"
                   r"|it\s+bears\s+(?:repeating|noting|mentioning|remembering)|needless\s+to\s+say|it\s+goes\s+without\s+saying)\s*,")
#: Cues by which a thing, not a speaker, brings something to light ("It revealed real flaws in ...", "It showed how weak
#: ... was"): with a bare "it" the resolver could not tie to a document or a speaker, no attribution (the outlet's; an
#: epidemic's "it", real55's Left; attribution/analysis.py; attr57).
THING_REVEALING_CUES = frozenset("""reveal reveals revealed show shows showed shown expose exposes exposed highlight
highlights highlighted underscore underscores underscored demonstrate demonstrates demonstrated""".split())
#: Words of a share before "of" after which a plural cue word is a counted noun ("rated 32 percent of <Party> claims as
#: false", "half of <Party> claims"; attribution/cue_nouns.counted_share; attr57).
SHARE_WORDS = frozenset("percent cent half third quarter".split())
