"""Reporting clauses in place: what may follow a cue (addressees, tails, told-clauses), "as X said"
and "by one estimate" forms, intentions, positions taken and defended.

Split from lang/reporting.py (the 400-line limit); same sources: PolNeAR and PARC 3.0 cue
inventories, GUIDELINES §6. Used by attribution/ (frames, cues, subjects, certainty).
"""

from __future__ import annotations

from .reporting import ACCUSATION_VERBS, EVALUATION_VERBS

#: Final-tail starters that may open a clause of their own after an addressee ("told reporters
#: he planned to stay"; attribution/frames.py `_addressee_tail`).
TAIL_CLAUSE_OPENERS = frozenset("to as when while about of then also again once".split())

#: Words that open a clause of circumstance after a final cue ('“...,” Jane Doe said as she marched
#: ...'): the quotation before is still the cue's content (attribution/frames.py).
TAIL_SUBORDINATORS = frozenset("as while after before when during at in on".split())
#: Nouns of a law, measure or plan: as a subject of "seeks to", "aims to", "wants to" they state its purpose, no one's
#: wish or belief ("The law seeks to end ..." is the outlet's account of the law; attribution/clause_shapes.py; lead36).
LEGISLATION_NOUNS = frozenset("""law laws bill bills measure measures act legislation reform reforms plan plans policy
policies scheme schemes rule rules proposal proposals programme programs program treaty deal agreement budget amendment
regulation regulations initiative project strategy""".split())
#: Cues of an intention: "X plans to / wants to / would like to / hopes to ..." is speculative
#: (attribution/certainty.py; FactBank's intention predicates).
INTENTION_CUES = frozenset("""plan plans planned intend intends intended expect expects expected want wants wanted
hope hopes hoped like aim aims aimed seek seeks sought""".split())
#: Regex: nouns of an estimate or account after "by" ("..., by one estimate.", "by some accounts", "By his own
#: admission, ..."; attribution/frames.py; PolNeAR cue "by").
ESTIMATE_NOUNS_RE = "estimates?|counts?|calculations?|tally|tallies|accounts?|measures?|reckoning|admissions?"
#: Verbs of revising a published figure ("edged up its forecast", "cut its growth estimates"): issuing a
#: revised forecast is a speech act of its maker (GUIDELINES §13; attribution/verb_frames.py, stated42).
REVISING_VERBS = frozenset("""raise raises raised cut cuts lower lowers lowered trim trims trimmed revise revises revised
edge edges edged nudge nudges nudged upgrade upgrades upgraded downgrade downgrades downgraded slash slashes slashed""".split())
#: Regex: what a maker revises after "its"/"their" and up to three words ("its growth forecast for ...").
REVISED_FIGURES_RE = "forecasts?|estimates?|projections?|outlook|guidance|predictions?"
#: Regex: participles of "As stated in X, ..." / "As reported by X, ..." (attribution/frames.py).
AS_REPORTED_VERBS_RE = "stated|reported|noted|said|described|outlined|written|quoted"
#: Finite verbs of "As X noted, ..." / "As we saw in 2009, ...": the clause after the comma is X's
#: (GUIDELINES §6: the sentence names a source; PolNeAR dev, half A; attribution/cues.py).
AS_SAID_VERBS = frozenset("""said says noted notes pointed points wrote writes reported reports argued argues warned
warns predicted predicts explained explains observed observes acknowledged acknowledges put saw see sees
knew know knows stressed stresses emphasized emphasizes suggested suggests found finds showed shows
report write note explain told tells""".split())  # ("As Lund told me,": lead28) (plural subjects: "As my colleagues Jane Doe and John Roe report from X,"; read11a)
#: Words that may open a short adverbial between that verb and the comma ("As she said on Monday,", "As the mayor put it,";
#: not "As the firm saw sales drop,": an object follows, the clause is no report).
AS_SAID_TAILS = frozenset("out in on at last this earlier during before after recently often repeatedly it from me us reporters".split())
#: Regex: openers before "As X noted, ..." ("After all, as we saw ..."; attribution/cues.py).
AS_SAID_OPENERS_RE = r"And|But|Yet|So|After all|Indeed"
#: Regex: auxiliaries and adverbs between the subject and the verb of "As X (has) noted" (attribution/cues.py).
AS_SAID_LEADS_RE = r"has|have|had|also|already|long|often|repeatedly|once"
#: Quantifiers that open an unnamed but real source of "As many experts have pointed out, ..."
#: (attribution/cues.py; English grammar).
AS_SAID_QUANTIFIERS = frozenset("many some most several both other others".split())
#: Verbs of belief that such a quantifier standing for people holds as a position ("Some felt it was unfair",
#: "Many believe the plan will fail": the group's view, not the outlet's; attribution/cue_words.py,
#: subjects.py; news English; read30).
GROUP_BELIEF_VERBS = frozenset("believe believed think thought feel felt fear feared suspect suspected doubt doubted".split())
#: Regex: determiners of such an estimate ("by one estimate", "by their count").
ESTIMATE_DETERMINERS_RE = "one|some|many|most|all|his|her|their|its|the|an?"

#: Cue verbs in the 3rd person that count even when capitalised like a noun ("Trump Says ..."; attribution/cues.py; seed).
CAPITALISED_CUE_VERBS = ("says", "warns", "claims", "wants", "fears", "vows", "urges")
#: Regex: words between a coordinator and the next verb ("and also said", "but later told", "and now expects"; attribution/cues.py; seed).
COORDINATED_VERB_LEADS_RE = "also|has|have|had|then|later|now"
#: Regex: words between a subject and its verb ("X has repeatedly said"; attribution/cues.py; seed).
VERB_LEADS_RE = "also|has|have|had|again|publicly|repeatedly"
#: Regex: words between a subject and a verb of evaluation (attribution/cues.py): those above, a
#: manner or time adverb and a weekday ("X sharply criticized Y", "X has already harshly
#: criticized Y", "X on Tuesday assailed Y"; read13b, BASIL stories; English grammar).
EVALUATION_VERB_LEADS_RE = (VERB_LEADS_RE + "|already|[a-z]{2,}ly|(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")
#: Verbs with an addressee or a medium that a short tail may follow ("told reporters"; attribution/frames.py; seed).
ADDRESSEE_VERBS = ("told", "tells", "asked", "asks", "wrote", "writes")
#: Speech verbs whose next noun is always the addressee, never an inverted subject: "..., Jane
#: Doe's aide, told Reuters that ..." (attribution/frames.py; English).
ADDRESSEE_ONLY_VERBS = ("told", "tells")
#: Participles of those verbs: an addressee follows, then the words ("..., telling reporters: “...”";
#: attribution/frames.py).
ADDRESSEE_PARTICIPLES = ("telling",)
#: Their past forms, for "X did A, telling Y that B" -> "X did A." + "X told Y that B." (drafts.py; attr14b).
ADDRESSEE_PAST = {"telling": "told"}
#: Past participles that open a phrase about the speaker being questioned ("Asked about the plan,
#: Jane Doe said ..."; attribution/relations.py; news style).
QUESTIONED_PARTICIPLES = frozenset("asked pressed questioned interviewed challenged".split())
#: Words after "told X" that open a clause of its own ("told reporters that ...", "told them to
#: leave", "asked whether"; attribution/frames.py): without them the tail is the addressee.
TOLD_CLAUSE_WORDS = frozenset("that to if whether how why what when where who".split())

#: Endings of past-tense speech verbs ("said", "told", "wrote"; attribution/cues.py; seed).
PAST_TENSE_ENDINGS = ("ed", "id", "ld", "ote")
#: Regex: words between a possessive source and its verb ("X's spokesman has said"; attribution/frames.py; seed).
AUXILIARY_LEADS_RE = "also|has|had|have|was|is"
#: Words after "call" that make it "call for/on", not a naming or a phone call ("call for calm";
#: attribution/subjects.py; seed; two quote marks included).
CALL_ON_FOLLOWERS = ("for", "on", "it", "that", "“", '"')
#: Regex: "said that X is a ...": an identity statement (rules.py kind; seed).
IDENTITY_STATEMENT_RE = "said that .* (is|are|was) (a|an)"

#: Verbs of going on that take a cue's -ing form as their object ("The candidate keeps saying that
#: ...", "Officials continued insisting that ..."): the cue is the clause's main verb (attribution/
#: cue_words.py, subjects.py; English grammar; bat9a battery).
CONTINUATIVE_VERBS = frozenset("keep keeps kept keeping continue continues continued".split())
#: Conceding and contesting verbs that are cues only before "that", ":" or a quotation (in lang.CLAUSE_ONLY_CUES too):
#: "she accepted that the office was short of staff", "Keane disagrees that he was unlucky"; "... and accepted gifts"
#: is an act, no "and said" frame (attribution/cues.py; English grammar; long44).
CONCEDING_CUES = frozenset("accepts accepted disagree disagrees disagreed".split())
#: Verbs of taking a turn right before an infinitive cue: "Sawle interrupted to say that ...", "She rose to add",
#: "He phoned to insist" (the subject speaks; attribution/speaking_leads.py; English grammar; long44).
TURN_VERBS = frozenset("interrupted interrupts interjected intervened intervenes rose rises paused pauses phoned rang".split())
#: Verbs of trying right before an infinitive cue: "<X> tried to argue that A", "attempted to make the case that A",
#: "is trying to convince <Y> that A" (the attempt is the speaking: the statement was made; attribution/speaking_leads.py,
#: noun_cues.py; attr47). Not after a modal, "to" or a negation ("will try to argue", "plans to try to", "did not try
#: to"): no statement made yet.
ATTEMPT_VERBS = frozenset("try tries tried trying attempt attempts attempted attempting".split())
#: Words of an effort's outcome in a verbless "but" phrase after a call or a claim ("urged a ban, but to no avail", "but
#: without success", "but in vain"): the outlet's remark on the effort, cut from the content (attribution/frame_scope.py; attr47).
EFFORT_OUTCOME_WORDS = frozenset("vain avail success luck result results effect without".split())
#: Regex: who a position is put to between "made the case"/"made the point" and "that" ("made the case to the board that",
#: "to reporters that", "to members of the board that"): a determiner, an object pronoun, a name or a plural noun of
#: people, at most four words (attribution/noun_cues.py; attr47). Not an infinitive ("the case to cut taxes that ...").
ADDRESSEE_RE = (r"(?:(?:the|a|an|his|her|their|its|our|this|these|those|both|all)\s+(?:[\w'’.-]+\s+){0,2}[\w'’.-]+|him|her|them|us|me"
                r"|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}|[a-z]+(?:ers|ents|ists|ians|ors|als|ees|ants)(?:\s+of\s+(?:[\w'’-]+\s+){0,1}[\w'’-]+)?)")
#: Adverbs that may open a verbless qualifier after "but" before its preposition ("but only in the old town", "but not
#: for the staff"; attribution/frame_scope.py; attr47).
QUALIFIER_ADVERBS = frozenset("not only also even mostly mainly".split())
#: Regex: such a lead between a light verb's subject and the verb ("has tried to make the case that"; noun_cues.py).
ATTEMPT_LEAD_RE = r"(?:(?:is|was|are|were|been)\s+)?(?:tried|tries|trying|attempted|attempts|attempting)\s+to"


#: Speech acts whose content is a plan, a charge or a judgement rather than a "that" clause
#: ("X vowed to appeal", "X accused Y of lying", "X blamed Y for the impasse", "X slammed the plan
#: as ..."; GUIDELINES §6: pledged, urged, accused, criticized are attributed to the speaker): a
#: sentence that is a named source, such a cue and its content is the source's statement however
#: short the content (attribution/relations.py; session 9, pol10).
POSITION_CUES = frozenset("""vow vows vowed pledge pledges pledged promise promises promised
urge urges urged""".split()) | ACCUSATION_VERBS | (EVALUATION_VERBS - frozenset("question questions questioned".split())) \
    | frozenset("accuse blame criticize criticise condemn praise commend".split())  # after a lead-in: "used the speech to criticize" (attr13)
#: (not "questioned": a question asserts nothing of its asker's; with it, PolNeAR's held-out half B
#: fell 0.826 -> 0.825. Not "threatened" as a cue either: "One Republican threatened to make X
#: testify" is the outlet's in PolNeAR's half A, and it gained nothing on half B.)

#: "X defended the plan", "X defended her remarks": defending a position or a decision is
#: a speech act (PolNeAR cues "defended the remark, saying", "is defending"); defending a town or a
#: title is not, so the verb is a cue only before one of DEFENDED_POSITIONS (attribution/cue_words.py;
#: session 9, pol10).
DEFENCE_VERBS = frozenset("defend defends defended defending".split())
#: What a speaker defends in words: a plan, a decision, a record, remarks, oneself.
DEFENDED_POSITIONS = frozenset("""plan plans decision decisions policy policies remark remarks comment comments
record move moves ruling rulings law laws proposal proposals bill bills tariff tariffs change changes program
programs programme deal budget approach strategy vote votes choice statement statements action actions
response handling position stance tweet tweets ad ads practice practices spending cuts order orders
nomination nominee pick reform reforms measure measures agreement rule rules himself herself themselves
itself""".split())

#: Verbs of asking and pressing a person, and what follows that person: "pressed the chair on why
#: ...", "asked Congress for $32 billion", "urged him to ...": a request or a question put to someone
#: is a speech act of the asker (PolNeAR cues "had pressed him on", "asking"; attribution/cue_words.py;
#: session 9, pol10). The person is a name or an object pronoun (not "pressed the button for").
ADDRESSED_CUES = {**dict.fromkeys("press presses pressed pressing".split(), ("on", "for", "to", "about")),
                  **dict.fromkeys("ask asks asked asking".split(), ("for", "to", "about", "whether", "why", "how", "if"))}
#: Object pronouns of persons and groups (English grammar).
OBJECT_PRONOUNS = frozenset("him her them me us".split())
#: Regex: a sentence that presents the quotation after it ("Here's how she's described it before.",
#: "This is what she told the inquiry:"): its openers, then "how"/"what", then the speaker and a cue
#: (attribution/lead_ins.py; read18, a BBC story that quoted a comedian's old post under such a line).
LEAD_IN_OPENERS_RE = r"here['’]s|here\s+is|this\s+is|that['’]s|that\s+is"
#: Regex: the question words of a lead-in, before its speaker ("how he put it", "what she told them").
LEAD_IN_WH_RE = r"how|what"
#: Regex: the auxiliaries between the speaker and the cue of a lead-in ("how he's explained it").
LEAD_IN_AUXILIARIES_RE = r"['’]s|['’]d|['’]ve|has|have|had|once|previously|recently"

#: Openers of a phrase that sets a statement against someone's account ("..., despite the claim in a
#: union leaflet", "contrary to the claims of the council"): English grammar (digest/onesentence.py,
#: conf24). The others than "contrary to" set it against only a negated statement.
DESPITE_ACCOUNT_OPENERS = ("despite", "in spite of", "notwithstanding", "contrary to")
#: ... of them, the one that contradicts by itself, with no negation in the statement.
CONTRARY_ACCOUNT_OPENERS = ("contrary to",)
#: Nouns of a contestable account after such an opener ("despite the claim in ...", "contrary to the
#: council's assertions"); not "statements", "comments" or "concerns", which need not assert the
#: opposite ("despite the concerns of residents"): English news vocabulary.
CONTRARY_ACCOUNT_NOUNS = ("claim", "claims", "assertion", "assertions", "allegation", "allegations", "contention",
                          "insistence", "suggestion")
#: Prepositions linking such an account noun to whose it is ("the claim by", "in", "of", "from").
ACCOUNT_OWNER_LINKS = ("by", "in", "of", "from")

#: Saying verbs with no content of their own: a claim text that is only a subject, one of these and
#: a short time or place tail ("Jane Doe wrote in a letter on Tuesday.", "The mayor said.") says
#: nothing; its quotation was cut off or is the sentence before (fields.sentence_problem; session 24).
CONTENTLESS_SAYING_VERBS = frozenset("""say says said tell tells told add adds added note notes noted write writes
wrote state states stated explain explains explained ask asks asked""".split())
#: Words right after a saying verb that open its complement, not a tail of time or place ("vowed to
#: rebuild", "spoke about", "said that", "has not said when ..."): a tag or a frame-only claim has none
#: (frame_shapes.quote_tag_only, part_shapes.frame_only).
COMPLEMENT_OPENERS = frozenset("to about of that when where whether why how what if who which".split())
#: Verbs by which a subject has or gives a message that a colon then states ("have a message for the
#: mayor: ...", "sent a warning to the board: ..."; attribution/message_colon.py).
MESSAGE_GIVING_VERBS = frozenset("has have had sent send sends delivered delivers offered offers gave gives issued issues".split())
#: Participles of saying a "with" clause after a main clause may hold, its named subject the speaker
#: ("Critics doubt it, with lecturer Tom Vell telling the BBC ..."; attribution/with_participles.py,
#: contrast.py; news English; read29).
WITH_CLAUSE_PARTICIPLES = ("telling", "saying", "adding", "arguing", "warning", "insisting", "estimating")
#: Participles by which one of those paying tribute gives their words ("X was among those paying tribute,
#: writing: ..."; attribution/among_those.py; news English; read29).
TRIBUTE_PARTICIPLES = ("tweeting", "writing", "posting", "saying", "adding")
#: Participles of speaking set off after a named subject before a colon and a quotation, with no verb of
#: saying ("Harbour boss Tom Vell, speaking to Sports Hour: ..."; attribution/speaking_colon.py; sports and
#: broadcast English; read30).
COLON_SPEAKING_PARTICIPLES = ("speaking", "talking", "writing")
#: Regex: "was/were among" before the group a speaker is counted in ("X was among those who said ...";
#: attribution/among_those.py; news English; read29).
AMONG_GROUP_RE = r"(?:was|were|is|are)\s+(?:also\s+)?among\s+(?:those|the\s+(?:[\w'’-]+\s+){0,3}?[a-z]+s)"
#: Regex: the act of those who pay tribute before the participle that gives their words ("paying tribute,
#: writing: ..."; attribution/among_those.py; news English; read29).
TRIBUTE_ACT_RE = r"(?:paying|sending|offering)\s+(?:tribute|condolences|their\s+respects)"
#: Two-word phrases set off by commas between a subject and its cue, like lang.SENTENCE_ADVERBS ("The policy, for
#: example, states"; attribution/set_off_adverbs.py; English grammar; read29).
SET_OFF_PHRASES = frozenset({"for example", "for instance", "in turn", "in particular"})
#: Participles that follow a plural noun as its short description ("All the firms named have denied ...", "the
#: people involved said"): the noun before is the subject's head (attribution/subjects.py; English; read29).
POSTNOMINAL_PARTICIPLES = frozenset("named involved concerned mentioned affected listed questioned contacted".split())
#: Verbs by which a subject sums up in words a colon then quotes ("She once summed up her method: "..."";
#: attribution/insertions.py `colon_frame`; news English; read29).
COLON_SUMMING_VERBS = frozenset("summed summarised summarized".split())
#: Nouns that hold what follows them as someone's account, not as a fact ("investigating claims of spying",
#: "reports that the plant closed"): a summary that keeps the words and drops the noun states the account as
#: fact (summary_hedges.py; news English; read30).
HEDGE_OF_NOUNS = ("claims", "claim", "allegations", "allegation", "reports", "accusations", "accusation",
                  "rumours", "rumors", "suspicions", "suspicion", "fears")  # ("arrested on suspicion of X" made "arrested for X": lead35)
#: Stems of the words that keep such an account someone's in a summary ("alleged fraud", "were reported",
#: "reportedly", "accused of"; summary_hedges.py; news English; read30).
HEDGE_STEMS = ("alleg", "claim", "report", "rumo", "suspect", "accus", "purport", "suppos")
#: Words of a body named by "the" and its head noun in a "with" clause ("..., with the state government
#: estimating ...", "with the central bank saying ..."): up to two words before the head (lang.ORG_HEADS;
#: attribution/with_participles.py, contrast.py; read35). English.
WITH_CLAUSE_BODY_LEAD_RE = r"the\s+(?:[A-Za-z][\w'’-]*\s+){0,2}"

#: Regex (lower case, matched right after the cue "conclude(s/d)"): a time it finishes by, "by the end of May",
#: "by June", "on Friday", "next week", or the sentence's end: "The audit should conclude before July" tells
#: when an audit ends, no finding (attribution/cue_words.py; read37).
CONCLUDE_AT_TIME_RE = (r"(?:by|on|in|before|after|next|this|later|early|late)\s+(?:the\s+(?:end|close|middle|start)\b|"
                       r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
                       r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|spring|summer|autumn|fall|winter)\b)|[.!?]")


#: Verbs of a claim that may stand in an inverted tag which closes the sentence ("The vote was rigged,
#: claimed Jo Bell." / "..., alleged the lawsuit."; attribution/inverted.py `inverted_claim`, lead31):
#: the content is the speaker's claim. Not mid-clause ("The fire, which began Monday, claimed the lives of four").
INVERTED_CLAIM_VERBS = frozenset({"claimed", "claims", "alleged", "alleges", "contended", "contends"})
#: Regex: cues of a contact relative set off after a clause (", a process Jo Dane said needs to go on"; the
#: relative's speaker speaks only there: attribution/contact_relatives.py, certainty.py; shapes35).
APPOSED_CONTACT_CUES_RE = "said|says|say|believes|believe|believed|thinks|think|thought|hopes|hoped|expects|expected"
#: Regex: participles of a passive accusation or suspicion after a second "and" ("were held and accused of ...",
#: "was arrested and suspected of ..."): the accusation is a hedged report, a claim of its own (second_predicates.py).
PASSIVE_ACCUSED_RE = r"accused\s+of|suspected\s+of|alleged\s+to"
#: Regex: cues of a relative clause's own source after "who" ("Carl Roe, who police say set the fire", "who they
#: allege stole ..."): the relative's content is that source's, a claim of its own (summarizer/said_relatives.py).
RELATIVE_SOURCE_CUES_RE = "say|says|said|allege|alleges|alleged|believe|believes|believed|suspect|suspects|suspected|claim|claims|claimed"

#: Participles of a consequence the outlet adds after a closing frame ("..., figures showed, adding to signs that ...",
#: "..., the ministry said, raising hopes of a cut"): an aside on what the news means, no more of the source's words;
#: "adding" counts only before "to" (attribution/final_tails.py, frame_parts.py; genre44).
CONSEQUENCE_PARTICIPLES = frozenset("""raising fuelling fueling underscoring underlining highlighting reinforcing deepening
heightening intensifying dampening easing boosting stoking compounding sending pushing bringing marking""".split())
#: Regex: such a participle set off after a closing frame, to the sentence's end, with no quotation mark in it.
CONSEQUENCE_TAIL_RE = (r"\s*,\s+(?:adding\s+to|(?:" + "|".join(sorted(CONSEQUENCE_PARTICIPLES)) + r"))\s+(?!that\b)[^“”\"]+")
#: Regex: an aside that compares a figure with what others expected, set off before a closing "according to"
#: ("..., below the $2 billion analysts had expected, according to data from <Firm>"): the data back the
#: expectation, not the sentence's main clause (attribution/according_to.py; business usage; left45).
EXPECTATION_ASIDE_RE = (r",\s*(?:well\s+|slightly\s+|just\s+)?(?:below|above|short\s+of|ahead\s+of|in\s+line\s+with|under|over|beating|missing|topping)"
                        r"\s[^,;]{0,80}?\b(?:expected|forecast|estimated|predicted|anticipated|projected|expecting|forecasting)\s*,\s*$")
#: Clause-only cues (CLAUSE_ONLY_CUES) that close no unquoted tag ("A, she hinted."; attribution/final_bare_cues.py,
#: attr46): a text's or a song's verbs ("..., the sign reads.") and the conceding ones ("..., he accepted.": agreement
#: with someone else's point, not the sentence said).
NO_PLAIN_TAG_CUES = frozenset("read reads raps rapped outlined accepts accepted disagree disagrees disagreed".split())
#: Verbs by which a subject sets out several points before a colon ("<X> made three promises: A, B and C", "laid out
#: her case: ...", "listed their demands: ..."), and the plural or list nouns they take there: joined to
#: MESSAGE_GIVING_VERBS and COLON_SPEECH_NOUNS in attribution/message_colon.py only (attr46; news English).
MESSAGE_LISTING_VERBS = frozenset(["made", "makes", "listed", "lists", "outlined", "outlines", "laid out", "lays out",
                                   "set out", "sets out", "spelled out", "spells out"])
#: The plural or list nouns of those points ("three promises", "her demands", "his case"; news English; attr46).
MESSAGE_LIST_NOUNS = frozenset("""promises pledges vows warnings demands demand reasons case conditions
predictions arguments objections complaints""".split())
#: Regex: a manner of speaking right before a colon that opens the speaker's words ("<X> was blunt: A.", "<X> put it
#: simply: A.", "<X> summed it up: A."; attribution/message_colon.py, attr46). Not "was clear" (a thing can be).
COLON_MANNER_RE = (r"(?:was|is|has\s+been|had\s+been|were|are)\s+(?:(?:very|more|even|quite|equally)\s+)?"
                   r"(?:blunt|blunter|unequivocal|emphatic|candid|frank|direct|succinct|categorical|adamant)"
                   r"|(?:put|puts|summed|sums|summarized|summarised)\s+it(?:\s+(?:up|this\s+way|simply|bluntly|succinctly|plainly|another\s+way|more\s+bluntly))?")
#: Regex: the words that open a phrase between such a noun and its colon: an addressee ("a message for the mayor:")
#: or a time or place ("three promises on Monday:", "at the rally:"; attribution/message_colon.py; attr46).
MESSAGE_TAIL_LINKS_RE = "for|to|on|at|during|last|this"
#: Regex: what may stand between "made (it)" and "clear" in the cue "X made it very clear that ..." ("abundantly",
#: "perfectly", "loud and"; attribution/verb_frames.py; lead40).
CLEAR_INTENSIFIERS_RE = r"very|abundantly|perfectly|crystal|quite|absolutely|entirely|loud\s+and|plain\s+and|so"
#: Regex: a demonstrative subject and a negated "be" conceding a description before ", but" ("It wasn't quite a
#: threat, but ..."; attribution/certainty.py; lead40).
CONCEDED_NEGATION_RE = r"(?:it|this|that)\s+(?:was|is)\s*(?:n't|not)"
#: Regex: a time phrase between a saying participle and its "that" ("warning on Wednesday that ...", "saying late
#: Monday that ..."; speech_splits.py; lead40).
WHEN_THAT_LEADS_RE = r"on|in|at|during|late|early|last|this|earlier|later"
#: Regex: irregular past forms of the verbs that most often follow such a clause's subject ("after X told voters",
#: "before she spoke"; attribution/main_clause.py; lead40).
TIME_CLAUSE_IRREGULAR_PAST_RE = r"told|said|wrote|made|gave|took|went|came|spoke|swore|threw|broke|ran|fled|fell|stole|struck|fought|drove"  # (+ swore ... drove: attr55)
