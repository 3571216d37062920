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
BARE_SUBORDINATORS_RE = ("because|although|whereas|unless|since|as if|as though|despite|in spite of"  # not "though": also "effective though costly"
                         r"|so that|in order that|so(?=\s+(?:it|he|she|they|we|i|you|(?-i:[A-Z][a-z]+))\s+(?:could|would|can|might|may)\b)|(?<!,\s)so(?=\s+(?!(?:many|much|few|little|far|long|too|very|well)\b)(?:[a-z]+\s+){1,4}?[a-z]+\s+(?:could|would|can|might|may)\b)")  # (a noun phrase, no comma: not a result's ", so"; read34)
#: ("as if"/"as though" open a manner comparison, "walked past as if nothing had happened": the
#: main clause asserts the walking; "despite"/"in spite of" a concession, "found the gate locked,
#: despite a sign saying it should be open": the sign's "should" is not the finding's; cert8)
#: ("so that"/"in order that" and "so it could" open a purpose: "reordered transactions so that it
#: could charge more fees" asserts the reordering; the purpose's modal is not the clause's; session 15; "so Ann could": read32)

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

#: Adjectives of "It would be fair to say that ...", "It would be true to say ...": the outlet's
#: modest way of asserting, not a hedge on the event (attribution/modality.py; read12b, a BBC story).
ASSERTING_WOULD_ADJECTIVES = frozenset("fair true safe right accurate".split())
#: Words before "to say that" that make it the outlet's own assertion ("It is fair to say that ...",
#: "Needless to say ...", "Suffice it to say ..."), not a purpose infinitive (modality.py; shapes23).
ASSERTING_INFINITIVE_LEADS = ASSERTING_WOULD_ADJECTIVES | frozenset("needless it".split())
#: Words that open the subject of an inverted condition after "should" ("X is the first choice should
#: the board decide not to renew ..."): a negation inside it is the condition's (modality.py; read12b).
INVERTED_CONDITION_SUBJECTS = frozenset("the they he she it we you a an this that these those its his her their".split())

#: Regex: degree words between a hedge adverb and the participle of an appositive ("a farmer perhaps
#: best known for ..."; attribution/certainty.py; the lead's reading, session 23).
APPOSITIVE_HEDGE_DEGREES_RE = r"best|most|better|widely|well"
#: The adverbs of likelihood among HEDGE_WORDS ("a farmer perhaps best known for ...";
#: attribution/certainty.py's hedged appositive).
HEDGE_ADVERBS = frozenset("""likely unlikely possibly probably perhaps maybe potentially presumably apparently
seemingly""".split())
#: Adverbs and adjectives of likelihood.
HEDGE_WORDS = frozenset("""likely unlikely possibly probably perhaps maybe potentially presumably
apparently seemingly possible probable potential expected prospective proposed planned
projected forecast""".split())

#: Verbs (and adjectives of readiness or will) that put their infinitive in the future or in
#: someone's intentions ("plans to build", "is willing to meet"; UW/FactBank: the infinitive's
#: event is not asserted). "favored/tipped to win" (fact12): a forecast of the contest.
#: Not "vowed/pledged to" (cert8: a pledge is a commitment that happened, GUIDELINES §6 "a plan
#: reported as a ... pledge, promise ... keeps the certainty of its attribution" and §14; no
#: factuality event moved when they left, the 0.002 gain that brought them in is gone).
FUTURE_VERBS = frozenset("""plan plans planned planning expect expects expected intend intends intended
aim aims aimed hope hopes hoped seek seeks sought want wants wanted propose proposes proposed
threaten threatens threatened threatening consider considers considering prepare prepares preparing poised set
scheduled due slated going try tries tried trying attempt attempts attempted seem seems seemed appear
appears appeared prepared ready
seeking hoping aiming intending
willing eager keen determined reluctant favored favoured tipped
certain sure bound""".split())

#: Regex (lower case): reported speech that opens with a pronoun subject and its own future act, "(that)
#: she would highlight ...", "he will sign", "they'll appeal"; not a copula or perfect ("it would be",
#: "he would have"): the source's plan (GUIDELINES §14, "Ryan said ... he would remove"; attr15).
OWN_FUTURE_ACT_RE = (r"\W*(?:that\s+)?(?:he|she|they|we|i)(?:\s+(?:would|will)|['’]ll)\s+(?:(?:also|still|then|soon)\s+)?"
                     r"(?!be\b|have\b)[a-z]+\b")
#: Regex: a source's evaluation put as "would" ("said it would be a mistake to close the library",
#: "maintain that raising the fee would amount to a tax", "would constitute obstruction"): a
#: position held (GUIDELINES §14 statement scope: it keeps its frame's certainty), not a forecast;
#: not a forecast amount ("would amount to $3 million"; attribution/certainty.py; read12c).
EVALUATIVE_WOULD_RE = (r"\bwould\s+(?:(?:be|seem)\s+(?:a\s+|an\s+)?(?:(?:big|huge|grave|serious|terrible|real|tragic)\s+)?"
                       r"(?:mistake|error|disaster|blunder|betrayal|travesty|tragedy|disgrace|shame|wrong|unfair|unwise|"
                       r"foolish|reckless|irresponsible|premature|dangerous|unacceptable|outrageous)\b"
                       r"|(?:amount\s+to|constitute)\s+(?![\d$£€]|about\b|nearly\b|more\b|less\b|roughly\b|some\b|around\b|over\b|almost\b))")
#: Speech acts a first person performs by naming them after a verb of wishing ("I want to thank the
#: crews", "We wish to apologise"): the thanks are given, no wish (English usage; read18's d2, left19).
PERFORMED_WISH_ACTS = frozenset("""thank apologise apologize congratulate welcome acknowledge commend salute
express recognise recognize stress emphasise emphasize remind reassure assure""".split())
#: The verbs of wishing (present tense) before a PERFORMED_WISH_ACTS verb.
PERFORMING_WISH_VERBS = frozenset("want wish".split())

#: Of FUTURE_VERBS, the verbs of seeming: before a verb of speech or evaluation ("seemed to suggest",
#: "appeared to blame") they hedge a position, which GUIDELINES §14 leaves at its frame's certainty
#: ("an ad that seems to contrast ..." is `stated`; attribution/modality.py; read12c).
SEEMING_VERBS = frozenset("seem seems seemed appear appears appeared".split())
#: The verbs of a position after them: suggesting, hinting, blaming, judging (not a factual speech
#: act: "The mayor appeared to confirm the plan" stays `speculative`, fields9).
POSITION_TAKING_VERBS = frozenset("""suggest hint imply blame criticize criticise accuse fault praise endorse
back defend dismiss mock question contrast compare liken equate""".split())
#: Of FUTURE_VERBS, the adjectives that schedule their infinitive only after a form of "be" ("The
#: pair is due to be arraigned"); elsewhere "due to" is a preposition of cause ("were hospitalized
#: due to the fire", "trading was suspended due to the turmoil": the event happened; English grammar).
BE_ONLY_FUTURE = frozenset({"due", "certain", "sure", "bound"})  # "is certain to pass" (fields9), not "make sure to"
#: Nouns of a prospect after their preposition, before an infinitive ("is on track to finish", "is
#: in talks to buy", "is in line to become", "is on course to win"; modality.py; fields9, English).
PROSPECT_PHRASES = {"track": "on", "course": "on", "talks": "in", "line": "in",
                    "pace": "on", "negotiations": "in", "discussions": "in"}  # "is on pace to sell", "in negotiations to star" (fact12)

#: Wh-words that open an embedded question or a relative clause inside the clause ("on how the
#: government would treat ...", "couples whose home states don't recognize ..."): a modal or
#: negation within EMBEDDED_SPAN words after one is that clause's, not the main clause's (English
#: grammar; attribution/modality.py).
EMBEDDING_WH = frozenset("how what whose where why when whether".split())
#: Wh-words of a person, which embed a question only after a preposition ("a list of who can and
#: cannot donate"; after a noun "who" opens a relative clause: attribution/modality.py; read19).
PERSON_WH = frozenset("who whom".split())
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
AFFIRMING_NEGATED_NOUNS = frozenset("doubt question one secret avail contest denying".split())  # "made no secret of": cert8;
# "to no avail": the push happened (session 23); "pleaded no contest", "it was no contest": a plea, a rout (read31)

#: Answers that, quoted before a noun, name a side ('the lone "no" vote', 'the “yes” camp';
#: attribution/certainty.py; the lead's reading, session 23).
POLAR_ANSWERS = ("no", "yes", "nay", "aye")
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
#: Participles of an effort or a hope that open an adjunct after a comma ("The mayor, seeking to calm
#: residents, held a news conference", "..., hoping that the story would spread"): the adjunct's goal
#: is not the main clause's event (attribution/certainty.py; read11a, BASIL stories; English grammar).
EFFORT_PARTICIPLES = frozenset("seeking hoping trying aiming attempting striving looking wanting".split())

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
                  "it is still unclear", "it was still unclear", "it is unknown", "it was unknown", "it is also unknown", "it is likewise unknown", "it is also unclear", "it is likewise unclear",
                  "too close to call")  # "The result is too close to call" (fact12)

#: Modals of a forecast or a plan in a direct quotation ("'I'll fix every pothole,' she says", "'The
#: line will open in March,' the minister said"): a quoted future event is a plan or forecast, not an
#: opinion, so it is `speculative` (GUIDELINES §14: "As president, I'll end ..." -> `speculative`).
#: "will be" + an adjective or noun ("It will be a disaster") stays an opinion.
QUOTED_FUTURE_MODALS = frozenset("will shall 'll wo".split())
#: Modals of possibility read the same way in a quotation's main clause ("'Prices may rise by
#: spring,' the analyst said"; gold: "'Trump the dealmaker may emerge here ...,' Graham said" ->
#: `speculative`); "may be" + an adjective or noun stays an opinion ("It may be a mistake").
QUOTED_HEDGE_MODALS = frozenset("may might".split())
#: Predicates of a forecast after "be" and before "to" in a quotation's main clause ("The audit is
#: expected to appear in May", "Results are likely to be published"): speculative like a quoted
#: "will" (GUIDELINES §14 "expected to", "likely", "due to"; attribution/certainty_marks.py; shapes23).
QUOTED_FORECAST_PREDICATES = frozenset("expected likely unlikely due scheduled slated".split())
#: Regex: subjects that open a reason clause after a bare "as" ("as the audit had not been
#: announced", "as it had not filed"; attribution/certainty.py; English grammar; shapes23).
AS_REASON_SUBJECTS_RE = "the|its|his|her|their|our|this|these|those|he|she|it|they|we"
#: Regex: the auxiliaries negated inside such a reason clause ("as the audit had not", "as it was not";
#: attribution/certainty.py; English grammar; shapes23).
AS_REASON_AUXILIARIES_RE = "does|do|did|could|can|would|will|has|have|had|is|are|was|were"  # (NEGATED_AUXILIARIES_RE and "be")
#: Verbs of intending after a quoted "I"/"we" ("I intend to use ...", "We plan to sue"): the
#: speaker's plan, speculative like a quoted "will" (GUIDELINES §14; read13b, BASIL stories).
QUOTED_INTENTION_VERBS = frozenset("intend plan aim".split())
#: Personal pronoun subjects before a future progressive ("I will be making a decision"; not "It
#: will be interesting": attribution/certainty_marks.py; read13b).
PERSONAL_SUBJECTS = frozenset("i we he she they you".split())
#: Verbs of thinking and saying after such a modal that make it a manner of speaking ("one might
#: expect them to matter", "you may say it was luck"): the quotation stays an opinion.
RHETORICAL_HEDGE_VERBS = frozenset("""expect think say argue wonder imagine assume suppose call add
recall note""".split())

#: Openers of the content of a negated speech act ("Officials have not said when they would
#: reopen it", "would not say whether ..."): nothing is asserted but the silence, `negated`, as
#: GUIDELINES §14 "The <X> campaign did not say where its ad would air" (article, `negated`);
#: also a reply with no content ("A spokesman did not respond to requests for comment").
SILENCE_CONTENT_OPENERS = frozenset("when where what whether how why who which if that to on".split())

#: Prepositions before a negated gerund ("criticised him for not meeting the strikers", "by never
#: paying"): the negation is the gerund's, a reason or manner, not the main clause's (English).
GERUND_PREPOSITIONS = frozenset("for by without after before despite of about from on over".split())  # "on": cert8; "over": read11b

#: Verbs of a plea or verdict before "not guilty": the plea or verdict happened, it is not a
#: negated event ("pleaded not guilty", "was found not guilty"; attribution/certainty.py; court
#: reporting style).
VERDICT_VERBS = frozenset("plead pleads pleaded pleading pled found finds declared ruled".split())

#: Words before "likely" that make it a measured comparison, not a hedge ("were 51 percent less
#: likely to develop dementia", "twice as likely"; attribution/certainty.py; English grammar).
COMPARATIVE_DEGREE = frozenset("more less most least as equally twice times".split())
#: Words that measure such a comparison ("51 percent less likely", "three times as likely").
COMPARISON_MEASURES = frozenset("percent % twice times half".split())
#: A past ranking by rate: "were (the) most likely to report problems" ranks groups a survey
#: counted, no hedge (not "is the most likely to win": a forecast; attribution/modality.py; read19).
RANKING_SUPERLATIVES = frozenset("most least".split())
#: The past forms of "be" before such a ranking ("were the most likely to ...").
RANKING_PAST_BE = frozenset("was were".split())
#: Regex: a negative subject opening a coordinated clause ("The plane landed safely and no one was
#: injured", "... and no shots were fired"): that clause's own negation, not the first clause's
#: (attribution/certainty.py; English grammar).
NEGATIVE_SUBJECT_RE = r"no\s+one|nobody|none|nothing|no\s+\w+\s+(?:was|were|has|have|had)"

#: Prepositions before "which"/"whom" in a relative clause ("a contract in which the county did not
#: require bids"; attribution/modality.py object_relative; read11a; English grammar).
RELATIVE_PREPOSITION_WORDS = frozenset("in on at by under for from with to of through during after before".split())
#: Pronouns that head a relative clause without "that" ("did everything the old one did not", "all the
#: others had not"; attribution/modality.py; read11a; English grammar).
RELATIVE_HEAD_PRONOUNS = frozenset("everything anything something all what whatever".split())
#: Verbs and nouns of "wasted no time", "spared no expense", "lost no time": the subject acted at once
#: or fully, no negation of the event (attribution/modality.py; read11a, a BASIL story; English idiom).
SPARING_VERBS = frozenset("waste wastes wasted wasting lose loses lost spare spares spared sparing".split())
#: The nouns of those idioms.
SPARED_NOUNS = frozenset("time effort expense opportunity chance".split())
#: "announced its plan to hire 500 workers", "unveiled his plan to build": the announcement happened,
#: the plan is its object (GUIDELINES §6: a plan reported as an announcement keeps the certainty of
#: its attribution; attribution/modality.py; read11a, a BASIL story; "attempt": "The attempt to <V> has included", lead44).
PLAN_NOUNS = frozenset("plan plans intention intent aim bid attempt attempts".split())
#: Prepositions besides lang.PREPOSITIONS that make such a plan noun their object ("critical of
#: the union's plan to strike", "angry about his plans to cut"; attribution/modality.py; read13b).
PLAN_PHRASE_PREPOSITIONS = frozenset("of about against".split())
#: The verbs that announce such a plan.
ANNOUNCING_VERBS = frozenset("announced announces announce unveiled unveils outlined outlines detailed details "
                             "laid lays revealed reveals presented presents described describes".split())
#: Regex: verbs that make a proposal public ("France and Norway unveiled a proposal for ...", "The board
#: presented a plan to ...", "put forward a proposal that ..."), and the nouns of what is proposed: a
#: proposal made public is a speech act of its maker (GUIDELINES §13 "proposes"; §6 a plan reported as
#: a proposal keeps the certainty of its attribution). attribution/proposals.py (attr21, PolNeAR half A).
PROPOSING_VERBS_RE = (r"unveil(?:ed|s)?|outlin(?:ed|es)|present(?:ed|s)|releas(?:ed|es)|float(?:ed|s)|"
                      r"(?:put|puts)\s+forward|(?:laid|lays)\s+out|(?:rolled|rolls)\s+out|submit(?:ted|s)")
#: Regex: auxiliaries and adverbs between the proposal's maker and such a verb (the same users).
PROPOSING_LEADS_RE = r"also|jointly|formally|recently|have|has|had"
#: The nouns of what such a verb makes public (the same users).
PROPOSAL_NOUNS = frozenset("proposal proposals".split())  # (not "plan": "released a plan to hire" is the act, tests/pol10_battery.txt)
#: Regex: light verbs that make an appeal public ("issued a call for", "renewed her plea for";
#: attribution/appeals.py; English grammar; stated24).
APPEAL_VERBS_RE = r"issu(?:ed|es)|sound(?:ed|s)|renew(?:ed|s)|repeat(?:ed|s)|reiterat(?:ed|es)|voic(?:ed|es)"  # (not "made": "made a call for help" is often a telephone call)
#: The nouns of such an appeal (the same users): "a call for", "a plea for", "an appeal for".
APPEAL_NOUNS = frozenset("call calls plea pleas appeal appeals".split())
#: Verbs of deciding on or taking a stand on such a plan ("voted 9-4 to approve a plan to build ...",
#: "had opposed plans to install ..."): the decision or stand happened, the plan is its object
#: (attribution/modality.py; left17).
DECIDING_VERBS = frozenset("approve approved approves adopt adopted adopts reject rejected rejects pass passed "
                           "endorse endorsed endorses ratify ratified ratifies scrap scrapped scraps shelve shelved "
                           "block blocked blocks oppose opposed opposes support supported supports backed "
                           "abandon abandoned abandons dropped foiled thwarted interrupted stopped halted disrupted postponed delayed suspended paused froze cancelled canceled".split())  # (real54: "interrupted an attempt to"; the lead, session 48: "postponed plans to")
#: Verbs of implying whose negation negates the clause they take ("the finding did not mean the
#: planet could support life": a hedge inside their clause is theirs, the main clause is negated;
#: attribution/modality.py; left17).
IMPLYING_VERBS = frozenset("mean means meant imply implies implied prove proves proved indicate indicates indicated "
                           "guarantee guarantees guaranteed".split())

#: Of HEDGE_WORDS, the participles of an act that happened when they follow a form of "be" in a
#: passive ("The measure was proposed in February by the mayor": the proposal was made; GUIDELINES
#: §6, a proposal keeps its attribution's certainty), unlike "was expected/planned/forecast" (read12a).
DONE_ACT_PARTICIPLES = frozenset({"proposed"})

#: Regex: auxiliaries a negation follows in a contact relative clause ("money the city does not have",
#: "staff it did not need"; attribution/certainty.py `_GAPPED_NEGATION`, off; English grammar; session 15).
NEGATED_AUXILIARIES_RE = "does|do|did|could|can|would|will|has|have|had"

#: Forms of "do" before "not", and their contractions, that negate an active verb of expecting ("did
#: not expect rain", "don't expect a deal": a forecast of a non-event; attribution/pending.py; English).
DO_FORMS = frozenset("do does did".split())
#: Their contracted negations (English).
DO_FORMS_NEGATED = frozenset("don't doesn't didn't don’t doesn’t didn’t".split())

#: Words before "whether" that take it as a question ("decide whether", "unclear whether", "asked whether";
#: with ASKING_VERBS). After any other word a "whether A or B" clause is one of indifference: "The fee is ten
#: pounds, whether the visitor is a child or an adult." asserts the fee either way (attribution/modality.py; left20).
WHETHER_QUESTION_TAKERS = frozenset("""decide decides decided deciding determine determines determined determining
know knows knew known unclear uncertain unsure clear sure see sees saw check checks checked consider considers
considered considering debate debates debated debating question questions questioned doubt doubts doubted
tell tells told examine examines examined investigate investigates investigated assess assesses assessed judge
choose chooses chose weigh weighs weighed weighing review reviews reviewed study studies studied
matter matters mattered depend depends depended depending learn learned find found""".split())
#: Openers of a sentence set in the past whose "would" is a habit of that past ("During the war, families
#: would hide in the cellar."; GUIDELINES §6: a habitual past "would" is no hedge; attribution/modality.py;
#: left20), as word tuples of the sentence's first words.
HABITUAL_PAST_OPENERS = (("during", "the", "war"), ("during", "the", "winter"), ("during", "the", "summer"), ("during", "the", "day"),
                         ("during", "the", "night"), ("during", "those"), ("back", "then"), ("in", "those", "days"),
                         ("as", "a", "child"), ("as", "children"), ("as", "a", "boy"), ("as", "a", "girl"),
                         ("every", "summer"), ("every", "winter"), ("every", "morning"), ("every", "evening"), ("every", "sunday"),
                         ("each", "summer"), ("each", "winter"), ("each", "morning"), ("in", "the", "old", "days"))
#: Words that keep such a "would" a hedge: a condition or a time still to come.
HABITUAL_BREAKERS = frozenset("if unless next future coming".split())

#: Regex: a counterfactual's modal, "have" and a past participle ("would have allowed", "could not have
#: cost"): what follows did not happen; a summary that states it plainly is unsupported (verify/checks.py; read25).
COUNTERFACTUAL_RE = r"\b(?:would|could|might|should)(?:\s+not|n['’]t)?\s+have\s+(?=[a-z]+(?:ed|en|t)\b)"
