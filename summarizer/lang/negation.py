"""Negation and unconfirmed reports: negators, lexical negatives, refusals, negated quantifiers,
litotes, the nouns a court or official grants or refuses ("denied a motion" is an act, not a
denial), and the markers of unconfirmed reports and allegations.

Sources: English grammar for negators, FactBank and the UW factuality guidelines (the dev data's
devdata/factuality), evals/GUIDELINES.md §6 and §14. Split out of certainty.py (hedges, modals,
futures) so each reads in one sitting; the lists are unchanged. Used by rules.py,
attribution/certainty.py, verify/ (negation on one side).
"""

from __future__ import annotations

#: Negators spelled as the first word of a name when capitalised inside a sentence before another
#: capitalised word ("The No Limits Trust bought the mill", "the No Name Cafe"): a name, no negation,
#: as "Will Harper" is no modal (lang.NAME_LIKE_MODALS; attribution/text.words; fact22). Not at the
#: start of a sentence ("No Tarvin workers were hurt" negates).
NAME_LIKE_NEGATORS = frozenset({"No"})

#: Negators of the clause's event.
NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without", "nobody", "nothing", "none"})

#: Verbs and adjectives whose infinitive complement did not happen ("failed to pass", "was unable
#: to pay"). Lexical negatives ("refused", "declined") keep their own verb's certainty: the
#: refusal is an act that happened (evals/GUIDELINES.md §14).
NEGATIVE_VERBS = frozenset("fail fails failed failing unable".split())
#: Verbs that leave their object in a state ("left thousands of customers unable to call"): the
#: object's inability is the result, the leaving happened (modality.negated; left18, a telecoms story)
CAUSATIVE_STATE_VERBS = frozenset("leave leaves left leaving make makes made making render renders rendered".split())

#: Verbs of refusal before an infinitive: the infinitive's event did not happen ("Police declined
#: to comment", "The tenants refused to leave"), as with "failed to" (`negated`; UW/FactBank rate
#: it counterfactual). With a noun object the refusal keeps its verb ("refused the offer": an act,
#: GUIDELINES §14). Not "declined to $5 million" / "to record lows" (a fall): a verb must follow.
REFUSAL_VERBS = frozenset("decline declines declined declining refuse refuses refused refusing".split())
#: Words after "declined to" that end a fall, not open an infinitive.
REFUSAL_NOT_VERBS = frozenset("record".split())

#: Regex (case-insensitive): a sentence that only says the account before it could not be checked ("The report could
#: not be independently verified.", "Neither claim could be confirmed."): that account is `unconfirmed`, and the note is
#: no claim of its own (attribution/certainty.py, picks.py; lead35).
VERIFICATION_NOTE_RE = (r"\s*(?:it|they|this|that|(?:the|this|that|these|those|neither|its|their)(?:\s+[\w'’-]+){1,2})\s+(?:could|can|has|have|had|was|were)"
                        r"(?:\s+not|n[o’']t)\s+(?:yet\s+)?(?:be|been)\s+(?:independently\s+)?(?:verified|confirmed)(?:\s+by\s+[^.!?]{1,40})?[.!]?\s*$")
#: Words that mark a report as unconfirmed (`unconfirmed`).
UNCONFIRMED_MARKERS = ("unconfirmed", "unverified", "reportedly", "purportedly", "allegedly",
                       "rumor", "rumour", "could not be verified", "could not be independently verified",
                       "not been verified", "not been independently verified", "not been confirmed",
                       "could not be confirmed", "cannot be verified", "were not able to verify",
                       "reports suggest", "reports suggesting",
                       # British hearsay with no source: "It's understood Mr Doe wrote to ..."
                       "it is understood", "it's understood", "it is believed", "it's believed",
                       "it is thought", "it's thought",
                       # the same belief negated ("but it is not thought anyone was hurt"; read37 left it the outlet's)
                       "it is not thought", "it's not thought", "it was not thought", "it is not believed", "it was not believed",
                       # a toll or a death feared, not known: "a ferry sinking feared to have cost 30 lives", "are feared dead" (read31)
                       "feared to have", "feared dead",
                       # hearsay put as what someone did by repute: "X is then supposed to have thrown a stone ..." (read36;
                       # present tense only: "was supposed to have finished by May" is an expectation)
                       "is supposed to have", "are supposed to have", "is then supposed to have", "are then supposed to have")

#: Regex (lower case, the whole sentence): the outlet saying that it could not check something named before ("The
#: claim could not be independently verified.", "The footage has not been verified by this newspaper."): the outlet's
#: own `negated` statement about its checking, no hearsay with no source; "Reports that A could not be verified" (a
#: content of its own) and "The video, which could not be verified, shows A" stay hearsay (genre44).
VERIFICATION_FAILED_RE = (r"\W*(?:the|this|that|these|those|such|its|their|his|her|the\s+[a-z]+'s)\s+(?:[a-z-]+\s+){0,3}?"
                          r"(?:claims?|footage|videos?|images?|photos?|photographs?|pictures?|accounts?|reports?|figures?"
                          r"|toll|numbers?|counts?|statements?|assertions?|allegations?|recordings?|posts?|documents?|letters?"
                          r"|messages?)\s+(?:could|can|has|have|had|was|were|is|are)(?:\s*not|n't)\s+(?:yet\s+)?(?:be|been)\s+"
                          r"(?:independently\s+)?(?:verified|confirmed)(?:\s+independently)?(?:\s+by\s+[\w' -]{1,40})?\W*")

#: Regex: a clause whose subject is the allegations themselves ("Among the allegations in the
#: indictment were ...", "The accusations include ..."): their content is contested, `claimed`
#: (GUIDELINES §6 rule 3, as "alleged").
ALLEGATION_SUBJECT_RE = r"\W*(?:among\s+)?(?:the\s+)?(?:allegations|accusations)\b"

#: Sources that are rules, laws or rulings already issued ("The rules issued Thursday said the
#: policies would affect all couples"): what they say will apply is `reported`, not a forecast
#: (GUIDELINES §14, not speculative (a)).
RULE_NOUNS = frozenset("""rule rules regulation regulations law laws ruling rulings statute statutes decree
decrees directive directives guidance ordinance ordinances""".split())

#: Cues of a warning: what a source warns of is a position it holds (GUIDELINES §5: a warning is a
#: `statement`), so the claim keeps its frame's certainty ("The fund warned that the exit will
#: raise questions" -> `reported`, as the gold labels warnings), not the forecast's.
WARNING_CUES = frozenset("warn warns warned warning caution cautions cautioned cautioning".split())

#: Existential claims with no named claimant ("There are claims that the strikes hit a school",
#: "There have been allegations that ..."): a contesting frame, `claimed` (GUIDELINES §6 rule 3:
#: "There are claims that" -> `claimed`, attributed to unnamed sources).
CLAIM_MARKERS = ("there are claims", "there were claims", "there have been claims", "there had been claims",
                 "there are allegations", "there were allegations", "there have been allegations",
                 "there had been allegations",
                 # the prosecution's case, told to a court before it is made ("A detective told the court it will be
                 # alleged the accused entered the yard"; British and Irish court reporting, read39): an allegation, not a forecast
                 # (not "It is alleged that ...": hearsay with no one alleging, `unconfirmed`, test_bat9b)
                 "it will be alleged", "it will be further alleged", "it will also be alleged")

#: Regex (lower case) on "<text before the passive report>|<text after it>": a passive report that is an act the
#: outlet tells, no hearsay -- its subject a possessive's noun opening the sentence ("Her absence was reported that
#: evening", "His car's theft was reported ..."), or the report made to the police, or "reported missing"
#: (attribution/certainty_marks.unconfirmed; read39). "Fires were reported in the hills" stays hearsay. So is a
#: possessive's noun opening a clause after a comma ("..., where his condition is described as stable"; genre40), but
#: not before an infinitive (", where her state is thought to be grave": a belief, hearsay).
REPORT_MADE_RE = (r"^\W*(?:her|his|their|its)\s+(?:[\w'-]+\s+){0,2}[\w-]+\s*\|"
                  r"|,\s*(?:where|and|while)\s+(?:her|his|their|its)\s+(?:[\w'-]+\s+){0,2}[\w-]+\s*\|(?!\s*(?:to|be)\b)"
                  r"|\|\s+(?:to\s+(?:the\s+)?police|missing)\b"
                  # a report made to a body that rules on it ("The infraction has been reported to the <sport's> Federation";
                  # real50): the act of reporting, no hearsay ("Fires were reported to the north of the city" stays hearsay)
                  r"|\|\s+to\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,4}(?:authorities|federation|regulator|commission|association"
                  r"|ombudsman|watchdog|governing\s+body|prosecutors?|inspectors?)\b")

#: Adverbs of hearsay that open a relative clause (", who allegedly organised the attack"): the
#: relative clause is the hedged report, not the sentence it ends (attribution/analysis.py; read21).
HEARSAY_ADVERBS = ("reportedly", "allegedly", "purportedly", "supposedly")
#: Regex: "rumour(s)" as the object or topic of a verb ("did not comment on market rumours", "shares rose
#: on rumours of a bid"): no hedge on the claim; only a rumour as the frame is one ("rumours that X",
#: "rumours suggest X", "according to rumours", "X is rumoured to"; cert41).
RUMOUR_TOPIC_RE = (r"(?<!according to )(?<!according to the )(?<!there are )(?<!there were )(?<!there have been )\brumou?rs?\b"
                   r"(?!\s+(?:that|say|says|said|suggest\w*|ha(?:ve|s|d)\s+it|(?:are|were|is|was)\s+(?:circulating|swirling|rife|that)"
                   r"|circulat\w*|swirl\w*|abound\w*|persist\w*)\b)")
#: Regex: a belief whose content is a possible event, not an evaluation ("Police believe the man may have fled",
#: "analysts believe the bank could cut rates"; not "believe the plan may be a mistake", nor a counterfactual
#: "could have avoided", nor a past belief "believed he could win"): the content's kind
#: decides (rules.kind: `act` a forecast -> plan, else event), its certainty the content's (GUIDELINES §14; cert41).
BELIEF_POSSIBILITY_RE = (r"\bbelieves?\s+(?:that\s+)?(?:[\w'’-]+\s+){1,5}?(?:may|might|could)\s+"
                         r"(?:(?<!could\s)have\s+(?!no\b|an?\b|the\b)[a-z]+|be\s+[a-z]+(?:ed|en|wn)\b|(?P<act>(?!be\b|have\b|not\b|well\b)[a-z]+))")
#: Regex: a passive of hearsay before an infinitive, inside an object relative clause ("the campaign
#: that Jane Doe was said to have called ..."; attribution/certainty_marks.py; English grammar).
HEARSAY_PASSIVE_RE = r"(?:is|are|was|were)\s+(?:said|believed|thought|understood|alleged|rumou?red)\s+to\b"
#: Participles of a reduced hearsay passive after a noun ("the theory said to explain ...", "a hall believed to date
#: from ..."): no closing "X said" when "to <verb>" follows (attribution/analysis.py; English grammar; real46).
HEARSAY_PARTICIPLES = frozenset("said believed thought known reported".split())

#: Passive allegations and hearsay (PolNeAR cues "was accused of", "is alleged to"; FactBank: "is
#: said/believed to" report an unnamed source's view): unconfirmed, or `claimed` when the sentence
#: names whose allegation it is ("..., per Jane Doe"; attribution/certainty.py).
PASSIVE_ALLEGATIONS = ("is alleged to", "are alleged to", "was alleged to", "were alleged to",
                       "is accused of", "are accused of", "was accused of", "were accused of",
                       "is said to", "are said to", "is believed to", "are believed to",
                       "was said to", "were said to", "was believed to", "were believed to",
                       # an agentless belief (PolNeAR cues "is thought", "it is believed"; FactBank)
                       "is thought to", "are thought to", "was thought to", "were thought to",
                       "is rumored to", "are rumored to", "is rumoured to", "are rumoured to",
                       # British hearsay with no source, as "it is understood" ("The coach is understood
                       # to have agreed terms"; lead26)
                       "is understood to", "are understood to", "was understood to", "were understood to",
                       # an estimate with no estimator ("some 300 people are estimated to have died"; read32)
                       "is estimated to", "are estimated to", "was estimated to", "were estimated to",
                       "it is believed", "it was believed", "it is thought", "it was thought",
                       "it is feared", "it was feared", "it is alleged", "it was alleged", "it is said",
                       # a hedge before an adjective or participle ("are feared trapped", "are believed
                       # dead"; FactBank; session 8, bat9b)
                       "is feared", "are feared", "was feared", "were feared",
                       "believed dead", "believed killed", "believed missing", "believed drowned")
#: Regex: a pronoun's contracted "is" / "are" before a participle of PASSIVE_ALLEGATIONS ("He's
#: accused of killing ...", "they're said to be ..."): read as "is" / "are" so the allegation is
#: seen (read16: "He's accused of killing his friend" was the outlet's `stated`). Group 1 is the
#: pronoun, group 2 the contraction; "he's been accused" ("has") is not matched.
CONTRACTED_BE_RE = (r"\b(he|she|it|who|that|there|they|we|you)(['’](?:s|re))\s+"
                    r"(?=(?:alleged|accused|said|believed|thought|understood|rumou?red|feared)\b)")
#: Regex: a short time or frequency phrase between "be" and the participle of a passive allegation ("The
#: agency was last year accused of ...", "is widely believed to"): group 1 the form of "be" (the phrase is
#: dropped so lang.PASSIVE_ALLEGATIONS are seen; attribution/certainty_marks.py; English grammar; read30).
ALLEGATION_INSERT_RE = (r"\b(is|are|was|were)\s+(?:also|once|previously|repeatedly|widely|often|long|last\s+(?:year|month|week)"
                        r"|this\s+(?:year|month|week)|in\s+\d{4})\s+(?=(?:alleged|accused|said|believed|thought|understood|rumou?red|feared)\b)")
#: Passive reports with no source ("fires have been reported at a depot") are unconfirmed
#: too, unless a "by ..." names who reported them.
PASSIVE_REPORTS = ("has been reported", "have been reported", "were reported", "was reported",
                   "is reported", "are reported", "were also reported", "was also reported",
                   # a proposal floated by no one named ("A £4million deal has been mooted"; British sports news, read23)
                   "has been mooted", "have been mooted", "was mooted", "were mooted", "is being mooted",
                   # a description with no describer ("The intruder was described as short and bearded"; police and witness
                   # accounts, crime news; read32)
                   "is described as", "was described as",
                   # a disclosure with no discloser ("It was also revealed the clerk had sold keys to ..."; Daily Mail
                   # crime copy, read33): only with the dummy "it", not "The donor was revealed as ..."
                   "it was revealed", "it was also revealed", "it has been revealed", "it has also been revealed") + PASSIVE_ALLEGATIONS

#: `attributed_to` of an unconfirmed report whose sentence names no source (GUIDELINES §6).
UNNAMED_SOURCES = "unnamed sources"

#: Regex: negation cues (English grammar; "No 1" is a rank, not a negation).
NEGATION_CUES_RE = (r"not|no(?!\.?\s*\d)|never|none|nobody|nothing|neither|nor|without|cannot|unable|"
                    r"den(?:y|ies|ied|ying)|refus(?:e|es|ed|ing) to|fail(?:s|ed|ing)? to|"
                    r"reject(?:s|ed|ing)?|no longer|lack(?:s|ed|ing)?")

#: Hedge adjectives that, after a determiner or preposition, qualify a noun, not the clause
#: (attribution/certainty.py; FactBank's noun-modifying hedges).
NOUN_HEDGES = frozenset("possible probable potential prospective proposed planned projected expected forecast".split())

#: Words that negate the clause's verb ("did not", "never", "cannot"; attribution/certainty.py;
#: English grammar); "n't" endings count too.
CLAUSE_NEGATORS = frozenset({"not", "n't", "never", "cannot"})

#: Negation particles (verify/checks.py: a negation on one side only; English grammar).
NEGATION_PARTICLES = ("not", "no", "never", "n't", "none", "nor")

#: Negative quantifiers that negate the event they govern ("no evidence was found"; attribution/certainty.py; FactBank).
NEGATIVE_QUANTIFIERS = ("no", "nobody", "nothing", "neither", "none")

#: Words before "no" that make it a small amount, not a negation ("paid almost no tax": some
#: tax was paid; attribution/certainty.py; English grammar).
NEGATION_APPROXIMATORS = frozenset("almost nearly virtually practically".split())

#: Verbs of instruction: "told him not to swear" reports an instruction that was given, so its
#: "not" is the instruction's, not a negation of the claim (attribution/certainty.py).
DIRECTIVE_VERBS = frozenset("""tell tells told ask asks asked urge urges urged order orders ordered warn warns
warned advise advises advised instruct instructs instructed beg begs begged remind reminds reminded""".split())

#: Regex: an instruction given with "not to" ("told him not to swear": the order happened;
#: attribution/certainty.py), the frame's cue and its clause read together.
#: ... and their participles ("sent a letter asking the council not to close it": the sending happened; real53).
TOLD_NOT_RE = r"\b(?:" + "|".join(sorted(DIRECTIVE_VERBS)) + r"|(?:tell|ask|urg|order|warn|advis|instruct|begg|remind)ing)(?: \w+){0,3} not to\b"

#: Regex: a clause whose subject is a negative quantifier ("No deaths have been reported"): a passive
#: report of nothing is a negation, not an unconfirmed report (attribution/certainty.py).
NOTHING_FIRST_RE = r"\W*(?:no|none|nothing|nobody|neither)\b"

#: Words after "not" that limit rather than negate ("not only", "not just", "not least";
#: attribution/certainty.py; FactBank). "not yet" negates: the event has not happened so far.
NOT_LIMITERS = ("only", "just", "least", "merely", "simply", "solely",
                # a partial negation asserts the rest ("is not universally shared": some share it;
                # "are not purely ceremonial": they are ceremonial and more; cert8)
                "purely", "exclusively", "universally", "wholly", "entirely",
                # a comment adverb: "Not surprisingly, he plans to ..." negates nothing (session 10, the lead)
                "surprisingly", "unexpectedly", "unsurprisingly", "coincidentally", "incidentally")
#: A word after a negation that leaves the event open rather than denies it: "won't necessarily
#: translate into votes" (it may or may not: a hedge; attribution/modality.py; English idiom; read15).
HEDGE_AFTER_NOT = frozenset({"necessarily"})
#: Passive belief participles that, after "not" and before "to be", hedge an assessment rather than negate
#: an event: "injuries were not thought to be life-threatening" (attribution/modality.py; English idiom; left16).
BELIEF_PASSIVES = frozenset("thought believed considered".split())
#: Regex: what follows a negation that affirms the event: "it isn't the first time a ferry has run
#: aground" (it happened before; attribution/modality.py; English idiom; read15).
NOT_FIRST_TIME_RE = r"(?:the|its|their|his|her)\s+first\s+time\b|the\s+only\b"  # also "is not the only insurer raising prices": others do too (left18)
#: Words after a clause-opening "Not" that invert the clause and affirm it ("Not since 1990 has the
#: river risen so high": it has, the most since; English grammar; read16).
NOT_SINCE_WORDS = frozenset({"since"})
#: Verbs after a negated "can" that make an idiom of eagerness, not a negation ("fans cannot wait
#: for the kick-off", "she can't wait to start": they want it; English idiom; read13c).
EAGER_CAN_NOT_VERBS = frozenset({"wait"})
#: One-word negated forms of "can" before those verbs (English spelling, both apostrophes).
NEGATED_CAN_FORMS = frozenset("cannot can't couldn't can’t couldn’t".split())
#: Negated adjectives that affirm ("not unexpected", "not unusual": litotes, English idiom; the
#: double negative states the event, attribution/modality.py).
LITOTES = frozenset("""unexpected unusual uncommon unlike unknown unheard unreasonable unprecedented
unfamiliar unaware unrelated unimportant unsurprising shy""".split())  # ("hasn't been shy about": outspoken; the lead, session 47)
#: Nouns that make a negation affirm the same way: "is not a stranger to", "is no stranger to" (it
#: is familiar; English idiom; lead12, a PolNeAR story).
LITOTE_NOUNS = frozenset({"stranger", "strangers"})


#: What a court, agency or official grants or refuses: "denied a motion", "rejected her request",
#: "refused bail" are acts, not denials of an account (attribution/subjects.py; legal and
#: administrative English).
REQUEST_NOUNS = frozenset("""motion motions request requests application applications bail appeal appeals
permission access entry visa visas petition petitions parole asylum
funding funds grant grants coverage permit permits license licence licenses licences merger mergers
loan loans waiver waivers exemption exemptions
offer offers bid bids overture overtures invitation invitations
veto vetoes bill bills amendment amendments nomination nominations resolution resolutions""".split())  # (last line: what a
# legislature votes down, "rejected the governor's veto"; the lead's reading of a tuned cluster, session 23)
#: (Session 12, read13a: what a person turns down, "rejected the overture and went on to win the
#: primary", "declined the invitation": an act, the outlet's narration; a BASIL story.)
#: (Session 9, left10: what a council, board, insurer or regulator grants or refuses: "The council
#: denied funding for the clinic", "The insurer denied coverage", "Regulators rejected the merger".
#: Not "proposal" or "bid": "rejected a proposal to combine the carriers" then showed the combining,
#: which factuality annotators label negated, as `stated` (devdata factuality, half A: 4 events).)
#: What a denial verb must have as its object to be a denial (`denied`) rather than an act: "denied
#: the allegations / any wrongdoing / the reports" deny an account; "rejected a media request",
#: "denied bail", "rejected that argument" (a ruling) are acts (GUIDELINES §6, rule 1, and the
#: legal-register note of §13). English vocabulary of accounts and culpability.
DENIAL_OBJECTS = frozenset("""report reports allegation allegations accusation accusations claim claims charge
charges wrongdoing involvement responsibility knowledge rumor rumors rumour rumours suggestion suggestions
story stories account accounts assertion assertions characterization characterizations
insinuation insinuations criticism criticisms it this them any""".split())
#: Words that may follow a denial verb's "that" when "that" opens a clause ("denied that his
#: government had ..."), not a noun phrase ("rejected that argument"): determiners and pronouns, the indefinite ones
#: too ("denied that anyone had been killed"; genre44).
CLAUSE_AFTER_THAT = frozenset("""the a an his her their its our my your he she they it we i you there
this these those any no some anyone anybody anything everyone everybody everything someone somebody something
nobody nothing each every either neither both all""".split())


# -- cert5 (session 4): reading 12 unseen articles' certainty ----------------------------------

#: Adverbs that may stand between a relative pronoun and its verb ("that would otherwise not have",
#: "which could effectively bar"): the modal or negation after them is still the relative clause's;
#: also skipped after a quoted "will" ("will not now open"; attribution/certainty.py; English grammar).
RELATIVE_ADVERBS = frozenset("""not n't never otherwise also still only then now already effectively
eventually ever even""".split())

#: Verbs that take a "that" clause (the "that" after them opens a complement, not a relative clause:
#: "the report said that could change"; English grammar). -ed forms count as verbs too.
THAT_CLAUSE_VERBS = frozenset("""say says said tell tells told think thinks thought believe believes
know knows show shows mean means suggest suggests indicate indicates argue argues claim claims note
notes add adds warn warns insist insists find finds found say feel feels felt hope hopes fear fears
admit admits acknowledge acknowledges announce announces report reports agree agrees ensure ensures
is are was were be been so such now""".split())

#: Nouns of evidence before "of" that, with "no", negate the evidence, not the event: "show no sign
#: of stopping" says the event goes on (a double negation with a verb of ceasing; English idiom).
SIGN_NOUNS = frozenset("sign signs indication indications hint".split())
#: Gerunds of ceasing after "no sign of" (the event continues: not `negated`).
CEASING_GERUNDS = frozenset("""stopping slowing ending easing abating waning fading relenting
letting ceasing stalling retreating weakening""".split())


# -- fact10 (session 9): bounds that look like negation ----------------------------------------

#: Comparatives after "no" and before "than" that make a bound, not a negation ("employs no more
#: than 50 people", "no fewer than 300 complaints", "no later than Friday"): the event happened
#: within the bound (English grammar; attribution/modality.py).
BOUND_COMPARATIVES = frozenset("""more less fewer later earlier longer shorter greater higher lower bigger smaller
sooner further""".split())
#: Nouns of a choice made, before "to not" + verb ("announced his decision to not run again"): the
#: negation is the choice's content; the announcing happened (English grammar; attribution/modality.py;
#: read11b, a BASIL story).
DECISION_NOUNS = frozenset("decision choice pledge promise vow".split())
#: Verbs of paying someone for a purpose: "paid households $300 not to install the meters": the
#: negation is the purpose infinitive's, the payment happened (modality.negated; left18, an antitrust story)
PAYING_VERBS = frozenset("pay pays paid paying bribe bribes bribed compensate compensates compensated".split())

#: Regex: the content of a source's statement that calls an account named back untrue ("said the
#: allegation was simply not true", "said the accusation was “just not true”"): a denial with a
#: plain verb (GUIDELINES §6 rule 1; attribution/certainty.py; read12b, a BBC world story).
UNTRUE_ACCOUNT_RE = (r"^\W*(?:that\s+)?(?:the|this|that|these|those|such|its|his|her|their)\s+(?:[\w-]+\s+){0,2}"
                     r"(?:allegations?|accusations?|claims?|reports?|suggestions?|charges?|story|stories)\s+"
                     r"(?:was|were|is|are|had\s+been|has\s+been)\s+[\"“]?(?:\w+\s+)?[\"“]?(?:not\s+true|untrue|false|baseless|"
                     r"unfounded|groundless|incorrect|inaccurate|wrong)\b")
#: Words before a quotation of words shown, not asserted: a chant, a sign, a title ('while chanting,
#: "Hands up, don't shoot"', 'signs reading "No more delays"'): a negation or hedge inside it is the
#: slogan's, not the sentence's (attribution/certainty.py; lead12, a PolNeAR story).
SLOGAN_LEADS_RE = r"chant(?:s|ed|ing)?|shout(?:s|ed|ing)?|yell(?:s|ed|ing)?|sang|sing(?:s|ing)?|read(?:s|ing)|titled|entitled|dubbed|slogans?|signs?|banners?|placards?"


#: Regex: a negated auxiliary opening a second predicate joined by "and"/"but" with no comma ("...
#: and has not disclosed its revenue"): second_predicates.py makes it a claim of its own (left18)
NEGATED_AUXILIARY_RE = (r"(?:(?:has|have|had|did|does|do|is|are|was|were)\s+(?:not|never)"
                        r"|(?:has|have|had|did|does|do|is|are|was|were)n['’]t)")

#: Regex: the verbs of the digest's own conflict reasons for a source rejecting an account ("X calls
#: Y's account false", "X negates what Y says", "in one article, X rebuts Y", "X corrects Y"): such
#: conflicts sharing a side are one dispute (digest/onedispute.py, conf26). The templates' words.
REJECTING_REASON_RE = r"calls\b.*\bfalse|negates?|denies|rebuts?|rejects|corrects|contradicts"

#: Regexes of a correction of an earlier report by its words: "not in a shed as first reported",
#: "not Tuesday, as initially thought" (digest/firstreports.py; English news usage).
FIRST_REPORT_ADVERBS_RE = "first|initially|earlier|previously|originally|widely"
#: (the verbs of that report: "as first reported", "as initially thought"; the same source)
FIRST_REPORT_VERBS_RE = "reported|thought|believed|stated|said|claimed|announced|suggested|feared"

#: Linking verbs whose noun phrase carries the predication ("did not pose a security threat", "was
#: not a hazard to shipping", "does not constitute a breach"): denied, they deny the noun phrase of
#: the subject (digest/nounneg.py, conf32). English grammar (copular and light linking verbs).
LINKING_VERBS = frozenset("""pose poses posed posing constitute constitutes constituted represent
represents represented remain remains remained become becomes became""".split())
#: ... the tense their forms and the auxiliaries before them show: a denial now and an assertion of
#: the past ("is not a member" / "was a member") are two times, not two accounts. English grammar.
PAST_LINKING_FORMS = frozenset("was were did had posed constituted represented remained became".split())
#: (the present forms; same source)
PRESENT_LINKING_FORMS = frozenset("is are am does do has have poses constitutes represents remains becomes".split())
#: Prepositions that carry a noun phrase on ("a threat to national security", "a risk for
#: ferries"): the linked noun phrase's words run on over one of them. English grammar.
LINKED_PHRASE_PREPOSITIONS = frozenset("to for of against".split())
#: Quantifiers of none or little after "with" that open a described noun phrase's list ("with no heating,
#: little food and no showers"; attribution/clause_shapes.listed_after_with, read32).
SCANT_QUANTIFIERS = frozenset("no little few scant hardly barely".split())


#: Verbs of doubting after a negative subject ("Nobody doubts the experiments happened", "No one disputes that the
#: plant closed"): the doubt is denied, so the content is affirmed, no negated event (attribution/modality.py; real54).
DOUBTING_VERBS = frozenset("doubts doubted disputes disputed questions questioned".split())
#: The same after a negative subject, as a cue's verb: no one holds the denial, so no source and no denial ("No one
#: disputes that the levee is old", "Nobody denies that ...": the content is the outlet's, affirmed; attribution/
#: cue_subjects.undisputed; attr55). Present "denies" only: "No one denied the claims" tells of no answer.
NO_ONE_DENIAL_VERBS = DOUBTING_VERBS | frozenset("dispute question doubt deny denies contests".split())
#: Modals between such a subject and its verb ("Nobody would question ...", "No one can deny ..."; attr57).
RHETORICAL_MODALS = frozenset("would could can will".split())
#: Regex: words after "not"/"never" that make an idiom asserting, not denying, its event ("will never go out of
#: fashion": it stays; "will never be the same": it changed; "never fails to": it always does; "can't help but";
#: "couldn't be happier"; attribution/affirming_negations.py, real55's Left).
AFFIRMING_NEGATION_IDIOMS_RE = (r"(?:go|goes|going|went|gone)\s+out\s+of\s+(?:fashion|style)|(?:be|been)\s+the\s+same"
                                r"|(?:fail|fails|failed)\s+to|help\s+but|(?:be|have\s+been)\s+(?:happier|prouder)")
#: Regex: the words that open the noun phrase of an elliptic ", and not <noun phrase>" ("applies to married couples, and
#: not those in partnerships"; attribution/affirming_negations.py; attr56); a capitalised word besides.
ELLIPTIC_NOT_OPENERS_RE = r"the|a|an|those|these|that|this|his|her|their|its|any|all"

#: Regex (lower case): a negated state of mind or standing after "be", and "cannot afford to", in what a source says ("said it
#: was not beholden to anyone", "indicated they were not sure", "has said the state cannot afford to ..."): the source's
#: position (GUIDELINES §14 scope: a statement keeps its frame's certainty), no event denied (real56; attr57); a feeling
#: ("said he wasn't too worried") and a person's "most cannot support it", not "the bridge cannot support ..." (real58). Not "does not support" (a fact of a stance).
NEGATED_STANCE_RE = (r"\b(?:(?:is|are|was|were|am|be|been|['’]m|['’]re)\s+not|(?:isn|aren|wasn|weren)['’]t)\s+(?:(?:so|too|very|entirely|at\s+all|yet|really)\s+)?"
                     r"(?:sure|certain|convinced|beholden|indebted|ashamed|sorry|opposed|interested|persuaded|decided|worried|concerned|afraid|troubled|bothered|alarmed)\b"
                     r"|\b(?:cannot|can['’]t)\s+afford\s+to\b|\b(?:i|we|they|he|she|most|many|some)\s+(?:cannot|can['’]t)\s+(?:support|accept|endorse)\b")  # not "… cannot afford them": a means lacking, a fact
