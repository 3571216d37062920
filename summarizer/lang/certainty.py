"""Certainty: hedges, modals, negation and denial, unconfirmed reports.

Sources: the modal/hedge inventories of FactBank and the UW factuality guidelines (the dev data's
devdata/factuality), evals/GUIDELINES.md §6 and §14, English grammar for negators, the seed articles
for the first regexes. Used by rules.py, attribution/certainty.py, verify/ (negation on one side).
"""

from __future__ import annotations

#: Regex: wording that marks a report as unconfirmed (seed).
HEDGES_RE = (r"unconfirmed|unverified|could not (?:be )?(?:independently )?verif|reportedly|"
             r"rumou?r|purportedly|not been (?:independently )?(?:confirmed|verified)")

#: Regex: wording of a denial (seed).
DENIALS_RE = r"denied|denies|deny|rejected the claim|dismissed (?:the )?(?:claim|report)s?"

#: Modal verbs and hedges that make the clause they govern speculation or a forecast
#: (FactBank/UW: "possible", "probable" and future events): `speculative`.
MODALS = frozenset({"may", "might", "could", "would", "should", "will", "can", "shall", "must", "wo", "'ll", "’ll"})

#: Of those, the ones that assert ability or obligation rather than possibility when positive.
#: ("can", "must", "should" are hedges only in a few readings; kept separate so rules can decide.)
NON_EPISTEMIC_MODALS = frozenset({"shall"})

#: Regex: subordinators that open a clause the main clause does not assert, with or without a
#: comma before them ("The plant closed because the owners could not pay": the closure is the
#: claim's event, the modal belongs to the reason; English grammar). Used by
#: attribution/certainty.py to cut the main clause.
BARE_SUBORDINATORS_RE = "because|although|whereas|unless|since|as if|as though|despite|in spite of"  # not "though": also "effective though costly"
#: ("as if"/"as though" open a manner comparison, "walked past as if nothing had happened": the
#: main clause asserts the walking; "despite"/"in spite of" a concession, "found the gate locked,
#: despite a sign saying it should be open": the sign's "should" is not the finding's; cert8)

#: Relative pronouns that are the subject of the verb after them ("what was to be a plant",
#: "chips, all of which can run older software"): that verb's modal or negation is the relative
#: clause's, not the main clause's (English grammar; attribution/certainty.py). Not "that", which
#: is also a demonstrative subject ("that could change").
RELATIVE_SUBJECTS = frozenset("what which who whom".split())

#: Regex: adverbs set off by commas inside a clause ("The rules, though, would not apply"): they
#: open no clause, so they are dropped before the main clause is cut (English grammar).
PARENTHETICAL_ADVERBS_RE = "though|however"

#: Regex: openers of a leading condition ("If the vote passes, taxes rise", "Unless the strike
#: ends, the plant closes"): the main clause holds only under it, `speculative` (GUIDELINES §14
#: "if … conditions"; English grammar).
CONDITIONAL_OPENERS_RE = "if|unless"

#: Hedges that make a clause speculative even when it is negated ("are not likely to alter":
#: a hedged forecast of a non-event is speculative; evals/GUIDELINES.md §6).
EPISTEMIC_HEDGES = frozenset("""may might could likely unlikely possibly probably perhaps maybe
presumably apparently seemingly""".split())

#: Adverbs and adjectives of likelihood.
HEDGE_WORDS = frozenset("""likely unlikely possibly probably perhaps maybe potentially presumably
apparently seemingly possible probable potential expected prospective proposed planned
projected forecast""".split())

#: Verbs (and adjectives of readiness or will) that put their infinitive in the future or in
#: someone's intentions ("plans to build", "is willing to meet"; UW/FactBank: the infinitive's
#: event is not asserted).
#: Not "vowed/pledged to" (cert8: a pledge is a commitment that happened, GUIDELINES §6 "a plan
#: reported as a ... pledge, promise ... keeps the certainty of its attribution" and §14; no
#: factuality event moved when they left, the 0.002 gain that brought them in is gone).
FUTURE_VERBS = frozenset("""plan plans planned planning expect expects expected intend intends intended
aim aims aimed hope hopes hoped seek seeks sought want wants wanted propose proposes proposed
threaten threatens threatened threatening consider considers considering prepare prepares preparing poised set
scheduled due slated going try tries tried trying attempt attempts attempted seem seems seemed appear
appears appeared prepared ready
seeking hoping aiming intending
willing eager keen determined reluctant
certain sure bound""".split())

#: Of FUTURE_VERBS, the adjectives that schedule their infinitive only after a form of "be" ("The
#: pair is due to be arraigned"); elsewhere "due to" is a preposition of cause ("were hospitalized
#: due to the fire", "trading was suspended due to the turmoil": the event happened; English grammar).
BE_ONLY_FUTURE = frozenset({"due", "certain", "sure", "bound"})  # "is certain to pass" (fields9), not "make sure to"
#: Nouns of a prospect after their preposition, before an infinitive ("is on track to finish", "is
#: in talks to buy", "is in line to become", "is on course to win"; modality.py; fields9, English).
PROSPECT_PHRASES = {"track": "on", "course": "on", "talks": "in", "line": "in"}

#: Wh-words that open an embedded question or a relative clause inside the clause ("on how the
#: government would treat ...", "couples whose home states don't recognize ..."): a modal or
#: negation within EMBEDDED_SPAN words after one is that clause's, not the main clause's (English
#: grammar; attribution/modality.py).
EMBEDDING_WH = frozenset("how what whose where why when whether".split())
#: How many words after such a wh-word its clause is taken to reach (attribution/modality.py).
EMBEDDED_SPAN = 5
#: Verbs of asking and wondering before such a wh-word: the question is the clause's content, which
#: is not asserted ("was asked how the war would end", "analysts wonder how strong the recovery will
#: be": `speculative`, as "asked whether" is).
ASKING_VERBS = frozenset("ask asks asked asking wonder wonders wondered wondering inquire inquires inquired".split())

#: Regex: subordinators led by "even", "especially" or "particularly" that open a clause after a comma ("..., even though taxes
#: would normally be small", "..., even if the merger is not completed"): cut like "though"
#: (English grammar; attribution/certainty.py).
EVEN_SUBORDINATORS_RE = r"(?:even|especially|particularly)\s+(?:though|if|as|when|after|before|while|because)"
#: Regex: a negative apposition set off by commas ("Eleven people, none of them tourists, died"):
#: it negates the apposition, not the clause (English grammar).
APPOSITIVE_NONE_RE = r"(?:none|neither|not one|not all|no one)\s+of\s+(?:them|whom|which|those|these)"

#: Words after a negator within which "until" makes the event happen later, not fail ("It wasn't
#: until May that the plant opened", "The store did not open until noon"; English grammar).
NOT_UNTIL_SPAN = 4
#: Nouns after "no" that affirm the clause rather than negate it ("there is no doubt that ...",
#: "there was no question that ..."), and "no one" (a pronoun, handled apart; English idiom).
AFFIRMING_NEGATED_NOUNS = frozenset("doubt question one secret".split())  # "made no secret of": cert8

#: Regex: what after "not" makes a time or place phrase, not a negation of the event ("Not long
#: ago, prices were the highest in the world", "a town not far from the border"; English idiom).
NOT_DEGREE_RE = r"(?:(?:that|so|too) )?(?:long (?:ago|after|before|afterwards?|since)|far (?:from|away|off|behind))\b"

#: Regex: prepositions that may open a relative clause before "which"/"whom" (", of which half may
#: be sold", ", under which the firm would pay"): the clause is the relative's (English grammar;
#: attribution/certainty.py).
RELATIVE_PREPOSITIONS_RE = "of|in|on|under|by|for|from|with|to|at|through|during|after|before|without"
#: Regex: relative pronouns that open a non-restrictive clause after a comma (", which ...,", ", of
#: whom ..."; English grammar; attribution/certainty.py).
RELATIVE_WORDS_RE = "which|who|whom|whose"

#: Verbs of effort whose infinitive is the goal, not yet reached ("Crews are working to restore
#: power", "The firm moved quickly to block the bid", "Rescuers raced to reach the village"):
#: `speculative`, like "tried to" and "sought to" in FUTURE_VERBS (FactBank/UW: the goal event is
#: not asserted). Only before "to" + a lower-case verb ("moved to London" is a move).
EFFORT_VERBS = frozenset("""work works worked working fight fights fought fighting struggle struggles
struggled struggling strive strives strove striving scramble scrambles scrambled scrambling race races
raced racing push pushes pushed pushing lobby lobbies lobbied lobbying campaign campaigns campaigned
campaigning battle battles battled battling move moves moved moving rush rushes rushed rushing
organize organizes organized organizing press presses pressed pressing""".split())

#: Verbs of seeking, wanting and weighing whose noun phrase object is the event sought, wanted or
#: weighed, not had ("The university sought an injunction", "The mayor wants a recount", "The
#: board is considering a sale"; -ing forms only after "be": "considering its size" is a
#: preposition, "lawsuits seeking records" a modifier): `speculative`, as
#: "sought to obtain an injunction" is (FactBank/UW). Not "planned"/"considered"/"proposed" (a
#: plan, a judgement or a proposal whose act happened, GUIDELINES §14) nor demands ("called for",
#: a statement's position); "plan(s)" is also a noun ("a retirement plan offered").
#: Also "need(s)" with a noun object ("The bank still needs the regulator's approval": not had
#: yet, as "needs to" is; cert8; the past "needed" reports what was lacking and is left out).
INTENTION_OBJECT_VERBS = frozenset("""seek seeks seeking sought want wants considering weighing
mulling need needs""".split())

#: Verbs of hoping and wishing before a clause ("The town hopes the bridge reopens", "They hoped
#: that the storm would pass"): the hoped-for event is not asserted, `speculative`, as "hopes to"
#: is (FUTURE_VERBS; FactBank/UW).
HOPE_VERBS = frozenset("hope hopes hoped hoping wish wishes wished".split())

#: Participles of purpose after "be" and before an infinitive ("The fence is designed to keep deer
#: out", "The fee was meant to cover repairs"): the purpose's event is not asserted, as with
#: "intended to" (FUTURE_VERBS).
PURPOSE_PARTICIPLES = frozenset("designed meant".split())

#: Adjectives of condition after "be", with their preposition ("The sale is subject to regulatory
#: approval", "The loan is contingent on a guarantee"): the clause holds only under the condition,
#: `speculative` (GUIDELINES §14 "if … conditions").
CONDITION_HEADS = {"subject": ("to",), "contingent": ("on", "upon"), "conditional": ("on", "upon")}

#: Adverbs that may stand between a verb of effort and its infinitive ("worked hard to meet", "is
#: still struggling to sell", "moved again to block"); -ly adverbs count too (English grammar).
INFINITIVE_ADVERBS = frozenset("hard still also again long now first once repeatedly".split())

#: Verbs of wanting and expecting whose object's infinitive is the wanted or expected event
#: ("The city wants the state to pay", "Analysts expect prices to rise"): `speculative`, as
#: "wants to pay" is (FactBank/UW: the complement is not asserted). Speech acts and causatives
#: ("urged X to", "ordered X to", "allowed X to") are not here: their act happened (GUIDELINES §14).
OBJECT_FUTURE_VERBS = frozenset("""want wants wanted expect expects expected intend intends intended
wish wishes wished prefer prefers preferred need needs""".split())

#: Present-tense need and obligation before an infinitive ("Investors need to see", "Tenants have
#: to leave"): the event is required, not asserted, so `speculative`. The past ("needed to",
#: "had to cancel") reports what was done and is left to the verb (English grammar; UW).
OBLIGATION_VERBS = frozenset("need needs have has ought".split())

#: Forms of "be" that, before a to-infinitive, schedule or intend the event ("The board is to vote
#: next week", "The aim is to cut costs", "if prices were to fall"): `speculative` (English grammar:
#: "be to" future and purpose).
BE_TO_FORMS = frozenset("is are am was were".split())

#: Infinitives that "be to" takes as an idiom of a fact, not of the future ("is to blame").
BE_TO_IDIOMS = frozenset("blame".split())

#: Phrases that leave the clause's event an open question ("Whether they act remains to be
#: seen", "It is unclear whether ..."): `speculative` (UW/FactBank: the event is not asserted).
OPEN_QUESTIONS = ("remains to be seen", "remain to be seen", "remained to be seen",
                  "it is unclear", "it was unclear", "it is not clear", "it was not clear",
                  "it is not known", "it was not known", "it is not yet clear", "it was not yet clear",
                  "it is not yet known", "it was not yet known",
                  # newswire's "not immediately" (fields9)
                  "it is not immediately clear", "it was not immediately clear", "it is not immediately known",
                  "it was not immediately known", "it remains unclear", "it remained unclear",
                  "it is still unclear", "it was still unclear")

#: Negators of the clause's event.
NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without", "nobody", "nothing", "none"})

#: Verbs and adjectives whose infinitive complement did not happen ("failed to pass", "was unable
#: to pay"). Lexical negatives ("refused", "declined") keep their own verb's certainty: the
#: refusal is an act that happened (evals/GUIDELINES.md §14).
NEGATIVE_VERBS = frozenset("fail fails failed failing unable".split())

#: Verbs of refusal before an infinitive: the infinitive's event did not happen ("Police declined
#: to comment", "The tenants refused to leave"), as with "failed to" (`negated`; UW/FactBank rate
#: it counterfactual). With a noun object the refusal keeps its verb ("refused the offer": an act,
#: GUIDELINES §14). Not "declined to $5 million" / "to record lows" (a fall): a verb must follow.
REFUSAL_VERBS = frozenset("decline declines declined declining refuse refuses refused refusing".split())
#: Words after "declined to" that end a fall, not open an infinitive.
REFUSAL_NOT_VERBS = frozenset("record".split())

#: Words that mark a report as unconfirmed (`unconfirmed`).
UNCONFIRMED_MARKERS = ("unconfirmed", "unverified", "reportedly", "purportedly", "allegedly",
                       "rumor", "rumour", "could not be verified", "could not be independently verified",
                       "not been verified", "not been independently verified", "not been confirmed",
                       "could not be confirmed", "cannot be verified", "were not able to verify",
                       "reports suggest", "reports suggesting",
                       # British hearsay with no source: "It's understood Mr Doe wrote to ..."
                       "it is understood", "it's understood", "it is believed", "it's believed",
                       "it is thought", "it's thought")

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
                 "there had been allegations")

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
                       "it is believed", "it was believed", "it is thought", "it was thought",
                       "it is feared", "it was feared", "it is alleged", "it was alleged", "it is said",
                       # a hedge before an adjective or participle ("are feared trapped", "are believed
                       # dead"; FactBank; session 8, bat9b)
                       "is feared", "are feared", "was feared", "were feared",
                       "believed dead", "believed killed", "believed missing", "believed drowned")
#: Passive reports with no source ("fires have been reported at a depot") are unconfirmed
#: too, unless a "by ..." names who reported them.
PASSIVE_REPORTS = ("has been reported", "have been reported", "were reported", "was reported",
                   "is reported", "are reported", "were also reported", "was also reported") + PASSIVE_ALLEGATIONS

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
TOLD_NOT_RE = r"\b(?:" + "|".join(sorted(DIRECTIVE_VERBS)) + r")(?: \w+){0,3} not to\b"

#: Regex: a clause whose subject is a negative quantifier ("No deaths have been reported"): a passive
#: report of nothing is a negation, not an unconfirmed report (attribution/certainty.py).
NOTHING_FIRST_RE = r"\W*(?:no|none|nothing|nobody|neither)\b"

#: Words after "not" that limit rather than negate ("not only", "not just", "not least";
#: attribution/certainty.py; FactBank). "not yet" negates: the event has not happened so far.
NOT_LIMITERS = ("only", "just", "least", "merely", "simply", "solely",
                # a partial negation asserts the rest ("is not universally shared": some share it;
                # "are not purely ceremonial": they are ceremonial and more; cert8)
                "purely", "exclusively", "universally", "wholly", "entirely")
#: Negated adjectives that affirm ("not unexpected", "not unusual": litotes, English idiom; the
#: double negative states the event, attribution/modality.py).
LITOTES = frozenset("""unexpected unusual uncommon unlike unknown unheard unreasonable unprecedented
unfamiliar unaware unrelated unimportant unsurprising""".split())


#: What a court, agency or official grants or refuses: "denied a motion", "rejected her request",
#: "refused bail" are acts, not denials of an account (attribution/subjects.py; legal and
#: administrative English).
REQUEST_NOUNS = frozenset("""motion motions request requests application applications bail appeal appeals
permission access entry visa visas petition petitions parole asylum""".split())
#: What a denial verb must have as its object to be a denial (`denied`) rather than an act: "denied
#: the allegations / any wrongdoing / the reports" deny an account; "rejected a media request",
#: "denied bail", "rejected that argument" (a ruling) are acts (GUIDELINES §6, rule 1, and the
#: legal-register note of §13). English vocabulary of accounts and culpability.
DENIAL_OBJECTS = frozenset("""report reports allegation allegations accusation accusations claim claims charge
charges wrongdoing involvement responsibility knowledge rumor rumors rumour rumours suggestion suggestions
story stories account accounts assertion assertions characterization characterizations
insinuation insinuations it this them any""".split())
#: Words that may follow a denial verb's "that" when "that" opens a clause ("denied that his
#: government had ..."), not a noun phrase ("rejected that argument"): determiners and pronouns.
CLAUSE_AFTER_THAT = frozenset("""the a an his her their its our my your he she they it we i you there
this these those any no some""".split())


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

#: Modals of a forecast or a plan in a direct quotation ("'I'll fix every pothole,' she says", "'The
#: line will open in March,' the minister said"): a quoted future event is a plan or forecast, not an
#: opinion, so it is `speculative` (GUIDELINES §14: "As president, I'll end ..." -> `speculative`).
#: "will be" + an adjective or noun ("It will be a disaster") stays an opinion.
QUOTED_FUTURE_MODALS = frozenset("will shall 'll wo".split())
#: Modals of possibility read the same way in a quotation's main clause ("'Prices may rise by
#: spring,' the analyst said"; gold: "'Trump the dealmaker may emerge here ...,' Graham said" ->
#: `speculative`); "may be" + an adjective or noun stays an opinion ("It may be a mistake").
QUOTED_HEDGE_MODALS = frozenset("may might".split())
#: Verbs of thinking and saying after such a modal that make it a manner of speaking ("one might
#: expect them to matter", "you may say it was luck"): the quotation stays an opinion.
RHETORICAL_HEDGE_VERBS = frozenset("""expect think say argue wonder imagine assume suppose call add
recall note""".split())

#: Openers of the content of a negated speech act ("Officials have not said when they would
#: reopen it", "would not say whether ..."): nothing is asserted but the silence, `negated`, as
#: GUIDELINES §14 "The Perry campaign did not say where the ad would run" (article, `negated`);
#: also a reply with no content ("A spokesman did not respond to requests for comment").
SILENCE_CONTENT_OPENERS = frozenset("when where what whether how why who which if that to on".split())

#: Prepositions before a negated gerund ("criticised him for not meeting the strikers", "by never
#: paying"): the negation is the gerund's, a reason or manner, not the main clause's (English).
GERUND_PREPOSITIONS = frozenset("for by without after before despite of about from on".split())  # "on": cert8

#: Verbs of a plea or verdict before "not guilty": the plea or verdict happened, it is not a
#: negated event ("pleaded not guilty", "was found not guilty"; attribution/certainty.py; court
#: reporting style).
VERDICT_VERBS = frozenset("plead pleads pleaded pleading pled found finds declared ruled".split())

#: Words before "likely" that make it a measured comparison, not a hedge ("were 51 percent less
#: likely to develop dementia", "twice as likely"; attribution/certainty.py; English grammar).
COMPARATIVE_DEGREE = frozenset("more less most least as equally twice times".split())
#: Words that measure such a comparison ("51 percent less likely", "three times as likely").
COMPARISON_MEASURES = frozenset("percent % twice times half".split())
#: Regex: a negative subject opening a coordinated clause ("The plane landed safely and no one was
#: injured", "... and no shots were fired"): that clause's own negation, not the first clause's
#: (attribution/certainty.py; English grammar).
NEGATIVE_SUBJECT_RE = r"no\s+one|nobody|none|nothing|no\s+\w+\s+(?:was|were|has|have|had)"
