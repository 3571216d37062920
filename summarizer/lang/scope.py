"""Scope of hedges and negation: constructions of English news prose that keep a modal, "if",
"expected" or a negator from deciding a claim's certainty (an elliptic "if", an aside before the
predicate, a measured capacity, an event measured against a forecast). Added in session 7
(cert8), each list with its source. Used by attribution/certainty.py and attribution/modality.py.
"""

from __future__ import annotations

#: Words after "if" that make it an elliptic aside, not a condition of the clause ("has the power,
#: if necessary, to close the border", "what steps, if any, are taken", "many, if not most,
#: voters", "If anything, rates rose": the clause is asserted; English grammar, cert8).
ELLIPTIC_IF_WORDS = frozenset("necessary needed possible any anything not ever required appropriate warranted compared".split())

#: Regex: a concession set off by commas inside the clause, before its predicate goes on ("X,
#: though free to leave, should remain", "The plan, if approved, would ..."): an aside to drop
#: before the main clause is cut, not the clause's end (English grammar, cert8).
INNER_ASIDE_OPENERS_RE = "though|although|even though|while|if|unless|once"

#: Nouns after "sought"/"seeking" that make it an idiom of going somewhere ("Thousands sought
#: shelter in schools", "sought refuge in the church": they went there; English idiom, cert8).
SHELTER_NOUNS = frozenset("shelter refuge cover sanctuary safety".split())

#: Participles of expectation and plan that an event can be measured against ("rose as
#: expected", "fell more than forecast") or that report a past plan ("had planned to open"):
#: then no hedge of the event (attribution/modality.py; GUIDELINES §14 (b); cert8).
EXPECTATION_PARTICIPLES = frozenset("""expected planned forecast anticipated predicted projected scheduled
hoped intended wanted meant aimed""".split())

#: Verbs of capacity: "can" before one of them and a number states a measured ability, not a
#: possibility ("The stadium can hold 80,000 fans", "The jet can fly 9,000 miles": GUIDELINES §6
#: "can (possibility)"; MEANTIME rates such capacities certain; cert8).
CAPACITY_VERBS = frozenset("""hold holds carry seat accommodate store fly travel reach produce generate process
handle house fit lift run last cover""".split())
#: Verbs of a skill or of memory: "can/could" before one of them (or after ABILITY_ADVERBS) states an ability, not a
#: possibility ("She can speak four languages", "he could even remember the gear he used"; modality.capacity; real50).
ABILITY_VERBS = frozenset("remember recollect speak understand".split())
#: Words that keep such a "can/could" a possibility: a condition or a time still to come ("She can speak at the meeting
#: next week", "Voters could remember this if prices rise").
ABILITY_BREAKERS = frozenset("if unless next tomorrow soon later when".split())
#: Adverbs between "can/could" and such a verb ("could even remember", "can still recall", "can now speak").
ABILITY_ADVERBS = frozenset("even still now both always clearly vividly barely hardly just".split())

#: Words that open a condition inside the clause ("a threat to appoint a prosecutor if Congress
#: feels the agency is not open"): a negation after one is the condition's, not the main
#: clause's; the "if" keeps the claim `speculative` (English grammar, cert8).
INNER_CONDITION_WORDS = frozenset("if unless".split())

#: Participles of perception after "could be"/"can be" ("Columns of prisoners could be seen
#: trudging through the desert", "Smoke can be seen for miles"): what was seen is stated, not a
#: possibility (English idiom, cert8).
PERCEPTION_PARTICIPLES = frozenset("seen heard felt smelled spotted".split())

#: Prepositions that negate only their object ("reopened the harbour without the new pier",
#: "talks go on without costly delays"): the negation reaches the words after them, not
#: the clause before (the digest's negation reach, digest/negreach.py; English grammar, agree25).
NEGATING_PREPOSITIONS = frozenset({"without"})

#: Verbs of finding out that, as a purpose infinitive before "if"/"whether", make the question the purpose's, not a
#: hedge of the clause ("Tests were run to determine if the clerk was fit", "a hearing that was to decide whether
#: ...": the tests were run), after a past form of the act done for it (not "has 14 days to decide whether": a
#: question still open; English grammar; attribution/modality.py; read31).
FINDING_OUT_VERBS = frozenset("determine decide establish assess see check find learn test gauge judge verify confirm".split())

#: Words that open a subordinate clause whose "could/would/might have" is that clause's counterfactual, not a hedge of
#: the main clause ("He died moments before he would have been sent off", "more than she could have hoped"; with a
#: relative "that": "the years that she could have lived"; attribution/clause_shapes.py; English grammar; read31).
COUNTERFACTUAL_CLAUSE_OPENERS = frozenset("before after until than".split())

#: Gerunds and participles of uttering after which a quotation inside a clause is the words uttered, whose "no" or
#: "don't" is theirs, not a negation of the clause ("raped her while telling her '... don't mean it'", "despite her
#: shouting: 'No, no.'"; attribution/embedded_speech.py; English grammar; read31).
UTTERANCE_GERUNDS = frozenset("""shouting screaming yelling crying chanting whispering pleading begging muttering
""".split())
#: The same for a gerund of telling, only with a person told as its object ("telling her '...'"; not "saying '...'",
#: whose quotation is a content the factuality suite scores: half B lost two negated events with it).
TELLING_GERUNDS = frozenset("telling".split())

#: Regex: what may stand between a speaker and "rule out" for the speaker to leave a step open ("did not", "won't",
#: "refused to", "has not yet"; attribution/ruling_out.py; English grammar; read31).
RULE_OUT_NEGATION_RE = (r"(?:(?:did|does|do|would|will|could|can|has|have|had)\s+(?:not|never)(?:\s+yet)?"
                        r"|(?:did|does|do|would|wo|could|ca|has|have|had)n[’']t|cannot|(?:decline[sd]?|refuse[sd]?)\s+to)")
#: Regex: adverbs before or after that negation ("also would not", "did not entirely rule out"; the same use).
RULE_OUT_ADVERBS_RE = "also|still|so far|yet|completely|entirely|fully"
#: Texts besides lang.DOCUMENT_NOUNS and lang.RULE_NOUNS that "do not rule out" something by not forbidding it, no
#: speakers ("The charter does not rule out ..."; attribution/ruling_out.py; read31's scan of CNN texts).
RULE_OUT_TEXT_NOUNS = frozenset("constitution charter treaty code bill act".split())
#: Forms a modal shares with a noun ("a can of paint", "his will", "the might of"): after a determiner no hedge
#: (attribution/clause_shapes.py; English grammar; read31).
MODAL_NOUN_FORMS = frozenset("can will might may".split())

#: Regex: prepositions that open a relative clause with "which" and no comma ("a phone service on which parents
#: could leave messages", "a deal under which the firm will pay"): the clause's modal is the relative's,
#: not the main clause's (attribution/certainty.py; English grammar, read33). Not "in which": "a scenario in which
#: X would ..." and a belief's "... the battle in which they will be ..." carry the hedge of the whole sentence
#: (with "in", factuality half A showed 4 more uncertain events as `stated`, 0.148 -> 0.151; B unchanged).
WHICH_RELATIVE_PREPOSITIONS_RE = "on|through|by|under"
#: Regex: a charge whose object is a gerund of planning or trying ("was charged with plotting to rob a bank",
#: "convicted of conspiring to defraud"): the plan is what the charge names, not a hedge of the clause, which
#: states the charge (attribution/certainty.py; court and crime news, read33). Not "accused of": an allegation.
CHARGE_GERUND_RE = r"\b(?:charged\s+with|convicted\s+of|arrested\s+for|jailed\s+for)\s+[a-z]{4,}ing\s+to\s+[a-z]+"

#: Nouns of doubt a participle raises before "whether" (", raising questions whether the plan is legal",
#: ", prompting doubts whether ..."): the question is the participle's, not a hedge of the clause before
#: it, which is asserted (English grammar; attribution/clause_shapes.py `raised_question`; read37).
RAISED_QUESTION_NOUNS = frozenset("question questions doubt doubts".split())

#: Nouns of news or information whose "that" clause, after a preposition, is what the news said ("acted on a
#: tip that the courier was due to arrive", "after reports that the mill will close"): a hedge there is the
#: news's content, not the main clause's, which is asserted (attribution/clause_shapes.py `news_content`; read38).
NEWS_CONTENT_NOUNS = frozenset("tip hint word report reports rumour rumours rumor rumors information intelligence news warning warnings".split())

#: Words right after a document's noun that name who it is from ("a letter from <Name>", "a note signed by
#: <Name>"): a later "the letter" is that sender's (attribution/referents.py `issuer`; read38).
DOCUMENT_SENDER_RE = r"\s+(?:from|by|(?:sent|written|signed)\s+by)\s+"

#: Past verbs of showing before "it was possible to ..." ("The trial showed it was possible to cut waste"): a
#: possibility shown, asserted, no hedge (attribution/clause_shapes.shown_modal; read39).
SHOWING_VERBS = frozenset("showed shown proved proven demonstrated established confirmed".split())
#: Verbs of an official decision whose "that" clause's "can/could/may" is a permission given ("A judge ruled the
#: paintings could be sold"): the ruling is made, no hedge (attribution/clause_shapes.shown_modal; read39).
PERMITTING_VERBS = frozenset("ruled rules decided decides".split())

#: Verbs of speech whose object is what was spoken of: negated, with a noun object ("Officials did not mention the cost",
#: "The video does not mention robbery"), the silence is the claim, as before a question (attribution/certainty_marks.silence;
#: genre45).
SILENCE_OBJECT_CUES = frozenset("mention mentions mentioned discuss discusses discussed".split())
#: Regex: a plea of guilty in court English ("admitted 14 counts of fraud", "admits two charges of theft", "admitted
#: two charges at <Court>"): an act entered, not a statement of the defendant's (attribution/frames.py; genre45; the
#: court or time after the charges, attr56). Not "admitted that charges of ..." nor "admitted the charges were true".
ADMITTED_COUNTS_RE = (r"admit(?:s|ted)?\s+(?!that\b)(?:(?:\w+|\d[\d,]*)\s+){0,3}?(?:counts?|charges?|offences?|offenses?)"
                      r"(?:\s+(?:of|at|in|before|on|and|when)\b|\s*[,.;]|\s*$)")
#: Determiners of a preposition's object before a noun in "-ing" ("a report to the meeting said", "papers for the
#: council hearing said": the "-ing" word is a noun, not a verb; attribution/trade_descriptions.py; genre45).
OBJECT_DETERMINERS = frozenset("the a an this that its their his her our".split())
#: Regex: a contrast opener after a quotation's closing comma that opens a clause with a subject of its own ('X said it
#: looked “fair,” while Y said ...'), not a coordinated verb ('..., “...,” but said ...'; extract.py; genre45).
QUOTE_COMMA_CONTRAST_RE = r"(?:while|whereas|but|though|although)\s+(?!(?:also\s+|then\s+)?(?:said|says|adds|told|tells|calls|[a-z]+ed)\b)"
#: Regex: a set-off "with" absolute or a "meaning" gloss inside a list ("..., with gusts of 60mph possible", "...,
#: meaning flooding is expected, and ..."): its hedge is its own, the main clause's event happened
#: (attribution/certainty.py; weather and recall English; genre46). Not "with the aim of ..." (a purpose).
HEDGED_ADDON_RE = (r",\s+(?:with(?!\s+(?:the\s+)?(?:aim|goal|hope|intention|view)\b)\s[^,;:“”\"]*?(?=,|;|[.!?]*\s*$)"
                   r"|meaning\s[^,;:“”\"]*?(?=,\s+and\s))")
#: Regex: "promises / threatens to be": a main clause's own forecast, which the modal checks do not read (HEDGED_ADDON_RE).
OWN_PROSPECT_RE = r"\b(?:promis|threaten)(?:e|es|ed|ing)\s+to\s+be\b"
#: Regex: a "meaning" gloss that closes a sentence ("The drug is listed in the top class, meaning it has no accepted
#: use"; real53): the consequence's negation is its own, the main clause's event happened (attribution/certainty.py; a
#: modal in it still hedges the line, genre46).
MEANING_GLOSS_RE = r",\s+meaning\s+(?!to\b)[^;:“”\"]*?(?:[“\"][^“”\"]*[”\"][^;:“”\"]*?)*[.!?]*\s*$"
#: Degree adverbs between a determiner and a hedge adjective before its noun ("a somewhat unlikely ally",
#: "a highly likely outcome"): the noun is hedged, not the clause (attribution/hedge_scope.py; the lead, session 39).
GRADING_ADVERBS = frozenset("somewhat rather fairly quite very highly most more increasingly seemingly".split())

#: Units of a recurrence after "every"/"each" ("must renew every three years", "can claim each
#: month"): with one, a positive "must"/"can" states a standing rule, what applies again and again,
#: not a possibility (GUIDELINES §14 "Not speculative: (a) a rule ... that says what applies from
#: now on"; attribution/hedge_scope.standing_rule; real49).
RECURRENCE_UNITS = frozenset("year years month months week weeks day days quarter quarters season seasons".split())

#: Regex: phrases that put a "must"/"can"/"have to" under a rule in force ("must be insured by law", "can claim
#: under the current rules", "under the scheme", "annually", "have to comply with"): a standing rule (GUIDELINES §14 (a); real49).
STANDING_RULE_RE = (r"\b(?:by\s+law(?!\s*-|\s+enforcement|\s+firms?)|annually|yearly|under\s+(?:the\s+|[a-z]+['’]s\s+)?"
                    r"(?!(?:[a-z.]+\s+)?(?:proposed|draft|planned|pending|suggested)\b)(?:[a-z.]+\s+){0,2}?"  # "under federal law" (attr57)
                    r"(?:law|laws|rules|regulations|scheme|legislation|statute|constitution|treaty|ordinance)|comply\s+with|abide\s+by)\b")

#: Relative pronouns that open a clause an "if" after them may belong to ("help for those who
#: call if they are struggling": the calling's condition, not the help's; real49).
CONDITION_RELATIVES = frozenset("who whom which".split())

#: Adverbs that mark a plan as the first one, since changed ("was originally scheduled for release in 2013", "were
#: initially planned to open in May"): a past intention reported as past (GUIDELINES §14 (b); real49).
FIRST_PLAN_ADVERBS = frozenset("originally initially first previously".split())
#: Degree adverbs of a group's measured likelihood ("were particularly likely to be overweight"; real49).
GROUP_DEGREE_ADVERBS = frozenset("particularly especially significantly considerably".split())
#: Verbs of securing an outcome before "that" in a purpose ("took steps to ensure that data is not shared", "to make
#: sure that no one is left out"): a negation there is the goal's, not the clause's event (clause_shapes.inner_report; real49).
ENSURING_VERBS = frozenset("ensure sure guarantee certain".split())
#: The modals and "have to" forms a standing rule is told with ("must", "can", "have/has to"), and the words after
#: one that make it no rule ("must have known": an inference; "must not", "can also"; hedge_scope.standing_rule; real49).
STANDING_MODALS = frozenset("must can have has".split())
#: (see STANDING_MODALS)
NOT_STANDING_AFTER = frozenset("have not never also".split())
#: Participles after "will now be" that say what a rule lets or makes people do from now on ("Married couples will now be
#: allowed to file jointly, the agency announced"): the rule is in force, not a forecast (GUIDELINES §14 "Not
#: speculative: (a)"; hedge_scope.standing_rule; lead46).
IN_FORCE_PARTICIPLES = frozenset("""allowed permitted required eligible entitled barred banned forbidden prohibited exempt
exempted obliged obligated subject subjected able""".split())
#: Subjects that point back to a thing said before ("That can easily cut ...", "which can ..."): a "can" after one is a
#: possibility, not a permission (hedge_scope.standing_rule; real49).
POINTING_SUBJECTS = frozenset("that this it which".split())
#: Words that define a group by what its members did ("children who had ...", "those that ..."): a past measured
#: likelihood of such a group is a finding (hedge_scope.past_group_finding; real49).
GROUP_DEFINERS = frozenset("who that those whose".split())
#: Regex (on a sentence's first lower-cased words, joined by spaces): an opener naming a past period by a war, a decade
#: or a century ("During World War I, soldiers would ...", "During the Civil War", "In the 1920s", "Throughout the 18th
#: century"): its "would" tells a habit of that past, as "During the war" does (hedge_scope.past_period; real50). Not
#: a decade or century still to come ("In the 2030s", "in the 22nd century").
PAST_PERIOD_OPENER_RE = (r"(?:(?:during|throughout)\s+the\s+(?:[a-z]+\s+){0,2}war\b|(?:during|throughout|in)\s+(?:(?:the\s+)?(?:first|second|great)\s+)?world\s+war\b"
                         r"|(?:during|throughout|in)\s+the\s+(?:(?:1[0-9]|200)\d0s\b|(?:1[0-9]th|eighteenth|nineteenth|seventeenth|sixteenth|middle|dark)\s+(?:century|centuries|ages)\b))")
#: Nouns of a place that English names with no article after "go to" ("going to church", "to school", "to court"): "going
#: to" before one is a movement, no future (hedge_scope.going_somewhere; real50). Not verbs: "going to work" is left out.
BARE_DESTINATIONS = frozenset("church school college university bed hospital prison jail court mass sea market chapel mosque".split())
#: Words of a time still to come that keep "going to <place>" a plan ("is going to court next week"; real50).
TIME_TO_COME_WORDS = frozenset("next tomorrow soon later".split())

#: Regex: a hedge adverb set off by commas with only a phrase of its own, a preposition's or an adverb ("And, perhaps
#: to her surprise, the mayor got a reply", "The ministry notes, perhaps defensively, that ..."): the aside is hedged,
#: not the clause it sits in (attribution/certainty.py; real51). Not ", perhaps, the council will ...".
SET_OFF_HEDGE_RE = r",\s*(?:perhaps|maybe|possibly)\s+(?:(?:to|in|for|out\s+of|with|by)\s+[^,;:“”\"]{1,40}?|[a-z]{3,}ly)(?=,)"

#: Nouns whose "that" clause holds a content the main clause only names ("poured money into the story that there is no
#: shortage", "ignore the fact that ...", "responded to her interjection that not paying ..."): a negation inside is
#: the content's, not the main clause's (attribution/inner_negations.py, with lang.COMPLEMENT_NOUNS; real58).
CONTENT_CLAUSE_NOUNS = frozenset("""narrative narratives story stories fact facts reality idea ideas notion notions myth
premise theory impression perception message interjection remark remarks assumption lie""".split())
#: Verbs of proving after "to" whose "that" clause is a purpose's goal ("to prove that the buses posed no risk"; real58).
PROVING_VERBS = frozenset("prove show demonstrate establish".split())
#: Words a subject pronoun follows as the subject of a content, not of a contact relative ("told the mayor he could
#: not ...", "convinced the board it did not ...") — checked with lang.CUE_VERBS (attribution/inner_negations.py; real58).
CONTENT_ADDRESSEE_VERBS = frozenset("""tell tells told telling remind reminds reminded warn warns warned assure assures assured
convince convinces convinced persuade persuades persuaded inform informs informed promise promises promised show
shows showed""".split())
#: Adjectives of readiness before "to" that, right after a noun, describe it ("a team ready to end ..."; real58).
READINESS_ADJECTIVES = frozenset("ready poised prepared willing eager set".split())
#: Reflexive pronouns: "tripped over himself trying to ..." (a manner after the main act; real58).
REFLEXIVE_PRONOUNS = frozenset("himself herself themselves itself myself ourselves yourself yourselves".split())
#: Particles of a phrasal verb before a noun ("dialing back plans to ...": the plans are its object; real58).
PLAN_PARTICLES = frozenset("back up down off out".split())
#: Prepositions lang.PREPOSITIONS leaves out (it lists those of time and place) that can head an object's phrase
#: ("into the narrative that ...", "like hammers that ..."; attribution/inner_scopes.py; real58).
CLAUSE_PREPOSITIONS = frozenset("of into to through across about among".split())

#: Regex: a negated surprise at what may come, an expectation in litotes ("he wouldn't be surprised if the share rose",
#: "I would not be shocked to see prices fall"): the event is forecast, not denied (GUIDELINES §14 `speculative`;
#: real59, a UW newswire document). Not a past feeling ("He was not surprised by the verdict").
EXPECTING_LITOTE_RE = r"\b(?:would|'d)\s*(?:n't|not)\s+(?:be\s+)?(?:at\s+all\s+|too\s+|very\s+)?(?:surprised|shocked|astonished|amazed|stunned)\s+(?:if|to|when|that)\b"

#: Participles of saying that may open a sentence before its subject ("Saying the plan was not ready, the mayor
#: delayed the vote"): their phrase's negation is what was said, not the main clause's (real59).
OPENING_SAYING_PARTICIPLES = frozenset("""saying arguing insisting noting claiming warning declaring acknowledging
complaining contending stressing explaining asserting maintaining conceding admitting""".split())

#: Nouns of a habit or disposition before a present "is to" ("His gut reaction is to tell reporters nothing", "The
#: bank's practice is to charge a fee"): what the person or body does as a rule, no plan (unlike "The aim is to cut
#: costs", "The board is to vote"; GUIDELINES §14; real59, real58's Left).
DISPOSITION_NOUNS = frozenset("""reaction reactions instinct instincts impulse impulses habit habits tendency reflex
custom practice wont inclination""".split())

#: Regex: a quantifier before a relative's "of whom/which" (", several of whom were believed to be couriers", ", most of
#: which ..."): the relative clause still opens there (attribution/certainty_marks.RELATIVE_OPENER; real59).
RELATIVE_QUANTIFIERS_RE = r"some|several|many|most|all|both|none|one|two|three|few|each|half|any|neither|either|much|part"
