"""English function words: connectives, subordinators, auxiliaries, words a phrase never ends with.

Source: general English grammar (closed word classes). Used by picks.py, fields.py, quantity.py,
attribution/ (subject and clause boundaries), verify/ (content words, negation scope).
"""

from __future__ import annotations

#: Openers that keep a clause from standing alone as a claim (picks.needs_model): the clause split's connectors + pronouns.
DEPENDENT_OPENERS = tuple("which who whom whose adding saying while though although he she it they we i this these those its his her their".split())

COORDINATORS = ("and", "but")  # "and rescuers ..." stands alone once the coordinator is dropped (picks.as_sentence)
#: Words after a comma that open a clause, not a description of the name before it ("Jane Doe,
#: a lawyer, and ..."; attribution/apposition.py; general English).
CLAUSE_COORDINATORS = frozenset("and but or nor so yet then".split())
#: Regex: words after an addressee's comma that open what was told ("told X, that ..."; attribution/apposition.py).
TOLD_CLAUSE_OPENERS_RE = "that|to|how|what|why|whether|if"

#: Conjunctions a cut sentence cannot end on ("..., and"; verify's completeness check).
ENDING_CONJUNCTIONS = ("and", "or", "but")
#: Words a leading place phrase cannot start with once cut ("of Kent and" -> "Kent"; fields.py).
PLACE_LEADING_JOINERS = ("of", "and")
#: Words after a denial, claim or stance verb that make it a participle, not a cue ("dismissed as minor",
#: "rejected by voters", "blamed for delays"; attribution/subjects.py, fix5).
PARTICIPLE_FOLLOWERS = ("as", "by", "for")

#: Pronouns that open a relative clause inside a description ("the line for small towns that has long been
#: seen as ..."; attribution/apposition.description, lead28; English grammar).
RELATIVE_PRONOUNS = frozenset("that which who".split())
#: Connectives and relative words that end a subject noun phrase when reading leftwards from a cue.
CLAUSE_WORDS = frozenset("""that which who whom whose where when while because although though
if unless since after before as and but or so than whether what how why""".split())

#: Words that open a subordinate clause: a hedge or negation inside it does not govern the
#: main clause's event.
SUBORDINATORS = frozenset("""which who whom whose although though because since while whereas
unless if when whenever after before until as once""".split())

#: English function words: articles, prepositions, conjunctions, determiners, pronouns,
#: auxiliaries, negation particles (general English grammar; not content for the support check).
FUNCTION_WORDS = frozenset("""
a an the and or but nor so yet for of in on at to from by with without within into onto upon
over under above below about after before since until till during through throughout across
along among amongst around against between beyond near off out up down via per than then
as if while whilst when where whereas whether because although though unless once both either
neither each every all any some many much more most few fewer less least several such other
another same own only just also even still already again ever too very quite rather almost
i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his
himself she her hers herself it its itself they them their theirs themselves one ones
this that these those there here what which who whom whose why how
is am are was were be been being have has had having do does did doing done
will would shall should can could may might must ought not no never none n't
moreover however meanwhile therefore thus hence including include includes included
""".split())

#: English auxiliaries.
AUXILIARIES = frozenset("do does did has have had is are was were will would could should can may might must".split())

#: Words that open a new clause or a new subject: a negation's scope ends there (English grammar).
CLAUSE_BREAKS = frozenset("""but while whereas although though which who whom whose because and so yet as after
when if before since until than he she they we i""".split())

#: Words a complete phrase or sentence never ends with (prepositions, articles, conjunctions, auxiliaries): a field ending in one was cut.
DANGLING_WORDS = frozenset("""a an the of in on at to for from with by into onto over under about as than and or but nor that which who whom whose what where when while if because although though is are was were be been being has have had do does did will would could should may might must can shall its his her their our my your this these those said says""".split())

#: Common irregular English verb forms (and a few regular ones that follow a count as verbs):
#: a counted noun phrase stops there ("12 missiles hit ...").
IRREGULAR_VERBS = frozenset({
    "hit", "hits", "left", "went", "came", "got", "lost", "won", "fell", "rose", "ran", "saw", "met",
    "set", "put", "cut", "led", "took", "made", "gave", "told", "held", "fought", "shot", "struck",
    "flew", "fled", "sank", "stood", "sought", "brought", "bought", "thought", "knew", "became",
    "remain", "remains", "face", "faces", "need", "needs", "live", "lives", "work", "die", "sum",
    "burst", "swept", "tore", "shook", "hurt", "shut", "froze", "sped", "spread",  # past forms that end a counted phrase (session 14)
})

#: Regex: connectives a subject phrase may start with before the speaker ("while the ministry
#: said"; rules.py; seed).
LEADING_CONNECTIVES_RE = "while|although|though|as|after|when|but|and|meanwhile"
#: Regex: connectives after a comma that start a new clause (extract.py, picks.py: where a sentence
#: splits into clauses).
CLAUSE_CONNECTIVES_RE = "and|but|while|whereas|though|although|which|adding|saying|who"
#: Adverbs that, after a connective, open a parenthetical pair of commas rather than a clause
#: ("available for journalistic, and thus public, scrutiny"; "a cheap, but not free, option").
PARENTHETICAL_ADVERBS = ("thus", "therefore", "hence", "so", "not", "perhaps", "possibly", "often", "usually",
                         "sometimes", "also", "even", "more", "less", "most", "very", "equally")
#: Adverbs between a coordinator and a verb with no subject of its own ("..., and rather reprised
#: ...", "..., and then left", "..., and now serves on ..."; picks.py: such a part continues the
#: clause before). English grammar.
CLAUSE_ADVERBS = frozenset("""rather also then later instead still again soon thus therefore now currently
                           already previously recently""".split())
#: Regex: subordinators after a comma that cut a clause off the main one (attribution/certainty.py).
SUBORDINATE_CUT_RE = "which|who|whom|whose|although|though|because|since|while|whereas|unless|when|after|before|until|once|as"
#: Regex: a time subordinator with its degree word or lapse after a comma (", shortly before investigators were
#: set to question her", ", days after ...", read16; ", a day after an audit found ...", cert41): cuts the clause off as SUBORDINATE_CUT_RE does.
DEGREE_TIME_SUBORDINATOR_RE = r"(?:shortly|just|soon|long|right|well|only|moments|minutes|hours|days|weeks|months|years|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+(?:minute|hour|day|week|month|year)s?)\s+(?:before|after)"
#: Regex: subordinators that open a leading subordinate clause ("Although X may ..., Y did";
#: attribution/certainty.py).
LEADING_SUBORDINATORS_RE = "although|though|because|since|while|whereas|unless|if|when|after|before|as|once|despite|in spite of"
#: Determiners (fields.py: a field may start with one).
DETERMINERS = frozenset("the a an its his her their our my your this these those".split())
#: Words before an adjective that make it qualify a noun ("a possible deal"; attribution/certainty.py).
NOUN_MARKERS = frozenset("a an the in of for on at to any its their his her our your this that these those about over with from into amid against through".split())
#: Prepositions that open an adverbial before a subject ("After the vote, ..."; attribution/frames.py).
PREPOSITIONS = frozenset("in at on during after before following since from with by for under over amid despite".split())
#: Prepositions whose object never opens a clause as its subject: a name right after one is no
#: speaker of the verb that follows ("a note to Pam posted on her blog"; attribution/frames.py; the
#: lead's reading of a tuned cluster, session 23).
OBJECT_ONLY_PREPOSITIONS = ("to", "for", "from", "with", "about", "against", "toward", "towards")
#: Prepositions that open a phrase coordinated into a sentence ("..., and of a 1990 ruling that
#: ..."), which is no clause of its own (picks._no_subject).
PHRASE_PREPOSITIONS = PREPOSITIONS | frozenset("of about against between into through toward towards without within across among".split())
#: Irregular past participles of a passive ("was told", "is thought"; attribution/frames.py).
PASSIVE_PARTICIPLES = frozenset("said told written shown known thought found seen sought felt".split())
#: Auxiliaries and modals before a verb (attribution/frames.py).
AUXILIARY_VERBS = frozenset("have has had is are was were will would could can may might should do does did be been".split())
#: Determiners before a word that make it a noun ("the report", "his claims"; attribution/frames.py).
NOUN_DETERMINERS = ("the", "a", "an", "his", "her", "their", "its", "our", "this", "that")
#: Determiners of a described source ("the company", "another official"; attribution/frames.py).
DESCRIPTION_DETERMINERS = ("the", "a", "an", "his", "her", "its", "their", "one", "another")
#: Adverbs that split an infinitive and are no -ly form ("to better explain"; attribution/subjects.py):
#: a cue after "to" and one of them has no subject of its own (English grammar).
SPLIT_INFINITIVE_ADVERBS = frozenset("better best more fully".split())
#: Words that end a subject phrase's leading adverbial ("But he said"; attribution/frames.py).
LEADING_ADVERBIALS = ("but", "and", "so", "yet", "then", "meanwhile", "still", "now", "however", ",")  # ("Then the mayor said": attr14b)
#: Additive openers before a sentence's subject ("Plus the governor wants ..."; attribution/subjects.py,
#: relations.py; attr14b): no part of the speaker's name, and no opener that makes the report the outlet's.
ADDITIVE_OPENERS = frozenset({"plus"})
#: Demonstratives: as determiners they point back ("confirmed that the ...", "denied those
#: reports"), so they open no clause with a subject of its own (attribution/relations.py; English).
DEMONSTRATIVES = frozenset("this that these those".split())
#: Focus adverbs that may open a subject ("Even some members say ..."; attribution/subjects.py;
#: English grammar): no part of the speaker.
FOCUS_ADVERBS = frozenset("even only just".split())
#: Comparatives that, before "than" and a count, quantify a subject ("More than a dozen farmers
#: said", "fewer than 10 members say"; attribution/subjects.py; English grammar).
COMPARATIVE_QUANTIFIERS = frozenset("more fewer less".split())
#: Words that open the count after such a "than" (a digit counts too).
QUANTITY_LEADS = frozenset("""a an one two three four five six seven eight nine ten eleven twelve
dozen dozens hundred hundreds thousand thousands half""".split())
#: Words that open an introductory phrase cut at its comma ("In July, the group said";
#: attribution/frames.py).
INTRODUCTORY_WORDS = ("in", "at", "on", "during", "after", "before", "last", "this", "with", "from",
                      "since", "by", "for", "under", "over", "speaking", "asked", "earlier", "later")
#: Regex (case-sensitive): sentence-initial adverbs and adverbials before a speaker's name ("But
#: Smith, ...", "In a statement, ..."; attribution/frames.py).
INTRO_PHRASES_RE = (r"But|And|So|Yet|Still|Meanwhile|Now|However|Instead|Also|Plus|Later|Earlier|Then|"
                    r"Separately|Previously|In (?:a|an|his|her|their|its) [\w\s'’.-]{1,40}|On \w+|Last \w+|"
                    r"(?:In|At(?! (?:least|most) )|During|After|Before) [\w\s'’.-]{1,40}|Among other things|Above all|In addition|Most of all|"
                    r"In (?:response|reply|answer) to [^,;:“”\"]{1,160}")
#: (read11b: "Among other things, Jane Roe claimed X asked her for ..." read "..., Jane Roe claimed X asked"
#: as a frame closing the opener, with "asked" its cue; read12b: "In response to the accusation that
#: the firm cleared forests, the firm said ...", whose opener may be long and hold a "that" clause; "At least" opens a count)
#: Regex: an opener that answers something ("In response to the claim that it misled investors, the
#: bank said ..."): what it answers may be a whole clause with "that", yet the sentence is still the
#: speaker's reply (attribution/relations.py `_prepositional_opener`; read12b, a BBC story).
RESPONSE_OPENER_RE = r"(?:in\s+(?:response|reply|answer)|responding|replying)\s+to\s"
#: Regex: one spaced dash after a clause of three words or more, and no other dash before it: what
#: follows is a clause of its own ("Farmers and shops rarely agree - unions say that ..."; read12b, a
#: BBC story; attribution/frames.py); a pair of dashes around an aside is not ("Jane Doe — a lawyer — said").
AFTER_DASH_CLAUSE_RE = r"^[^-—–]*\w+\s+\w+\s+[^-—–]*\w\s+[-—–]\s*$"
#: Verbs whose "which" points back at the whole clause before it, not at the noun before the comma
#: ("The league holds an option on Diaz, which means that he cannot leave": no claim "Diaz means ...";
#: drafts.py descriptions; read12b, a BBC sport story; English grammar).
SENTENTIAL_RELATIVE_VERBS = frozenset("means meant implies implied suggests suggested".split())
#: Function words of the support check's overlap (ground.py: not counted as shared content).
SUPPORT_STOP_WORDS = frozenset(
    "about above after again against also among been before being between both but could does doing "
    "down during each from further have having here into itself just more most once only other over "
    "same should some such than that their theirs them then there these they this those through under "
    "until very were what when where which while will with would your said says".split())

#: Openers of a clause that is not a sentence and whose speaker or subject is the previous
#: clause's ("..., which he said ..."; picks.py).
ATTACHED_OPENERS = frozenset("which who whom whose adding saying".split())
#: Wh-words that open an embedded question, never a sentence, after a coordinator ("... to voice concerns
#: over the move, and how his experience could help": the second object of the clause before; read13a,
#: a BASIL story; picks.py via standalone.cannot_stand). Not "what"/"when" ("and when it rained, ...").
COORDINATED_QUESTION_OPENERS = frozenset("how why whether".split())
#: Common irregular past forms (English): a clause that opens with one has lost its subject to the
#: clause before it ("..., and drew criticism from ...", picks.claim_parts).
IRREGULAR_PAST = frozenset("""drew said told wrote spoke began found kept sent spent built paid heard meant
brought bought thought knew became took made gave held fought struck sought won lost left went came got
ran saw met led fled stood rose fell grew threw broke chose sold""".split())
#: Concessive openers: the clause states something of its own once the opener is dropped (picks.py).
CONCESSIVE_OPENERS = frozenset("though although while whereas".split())
#: Regex: words after a comma where a cut text may be shortened ("..., saying ..."; fields.py).
SHORTENING_BOUNDARIES_RE = "and|but|while|whereas|saying|according"

#: Determiners that can open a speaking subject ("the group", "many experts", "another slide",
#: "one official"; attribution/subjects.py).
SUBJECT_DETERMINERS = frozenset("the a an many some most several another one each both".split())
#: Words after which a determiner opens an object, not a subject ("In an interview with the minister",
#: "a visit to the plant"; attribution/bare_openers.py; English grammar; lead27).
OBJECT_LEADS = frozenset("of to and or than".split())
#: Words between a second subject and its cue that are no part of the subject ("..., although local media
#: have reported ...": a perfect's auxiliary; attribution/contrast.py; English grammar; session 14).
PERFECT_AUXILIARIES = ("have", "has", "had", "also")
#: Forms of "be" (attribution/subjects.py: "X are afraid that").
BE_FORMS = frozenset("is are was were am been being be".split())
#: Finite forms of "be" after a subject's noun: a cue verb's -ed form right before one is a participle
#: modifying the noun ("the dose recommended is two tablets"; English grammar; attribution/cue_words.py).
FINITE_BE_FORMS = frozenset("is are was were".split())
#: Quantifying determiners: a cue word right after one is an adjective or a noun ("some pointed
#: advice"; attribution/subjects.py).
QUANTIFYING_DETERMINERS = frozenset("some any many more most few several no much".split())

#: Regex: conjunctions that open a contrasting clause after a comma ("..., though X said"; attribution/analysis.py
#: _CONTRAST; seed).
CONTRAST_OPENERS_RE = "though|although|while|whereas|but|even as|even though"
#: Regex: a coordinator after a comma that may open a second clause with a reporting frame of its
#: own ("The port reopened, and the ministry said ..."; attribution/analysis.py; English grammar).
FRAME_COORDINATORS_RE = "and"
#: Regex: the plain saying verbs after which "and <Name> said" opens a second reporting clause even
#: without a comma (attribution/contrast.py; read12b, a BBC sport story).
PLAIN_SAYING_RE = "said|says|told|added"
#: Regex: the verbs of a second named frame after "and" with no comma ("A said B and Democrats accused
#: C of D"; attribution/contrast.py; stated24): the plain saying verbs and verbs of taking a side.
SECOND_FRAME_CUES_RE = PLAIN_SAYING_RE + "|accused|accuses|blamed|blames|criticized|criticised|criticizes|argued|argues|insisted|insists|countered|counters"
#: Verbs of saying that open a reporting clause right after a colon ("The ruling set off a quarrel:
#: farmers said the board had erred"; attribution/colon_pieces.py; English grammar; stated24).
COLON_CLAUSE_CUES = frozenset("""said say says told added argued argue argues insisted insist insists warned warn
warns claimed claim claims contended contend contends accused accuse accuses countered counter counters""".split())
#: The longest subject (words) of such a clause ("farmers", "the county's two senators").
COLON_CLAUSE_SUBJECT_WORDS = 5
#: Regex: coordinators after a comma that may open a named clause ending in a colon before a
#: quotation ("..., but Jane Doe hit back: “...”"; attribution/frames.py, picks.py; English grammar).
CLAUSE_COLON_OPENERS_RE = "but|and|while|yet"
#: Regex: prepositions opening a relative clause whose cue introduces a colon quotation ("the mill, of
#: which his father once wrote: “...”", "about which she said:"; attribution/relative_colon.py; left20).
RELATIVE_COLON_PREPOSITIONS_RE = "of|about|on|to|for|in"
#: Regex: adverbs between that clause's subject and its cue ("of which X once wrote:").
RELATIVE_COLON_ADVERBS_RE = "once|later|famously|also|often|then|recently|memorably"
#: Regex: that clause's subject: a capitalised name, a determiner or possessive and up to four words, or a
#: pronoun ("of which his father once wrote:", "about which she said:").
RELATIVE_COLON_SUBJECT_RE = (r"(?:[A-Z][\w'’.-]*|his|her|their|its|the|a|an)(?:\s+[\w'’.-]+){0,4}?|he|she|they|it|I|we")
#: Regex: words opening an aside between a speaking verb and its colon quotation ("X shot back, in
#: reference to Y's record: “...”", ", referring to the audit:"; attribution/frame_shapes.py; read11a,
#: a BASIL debate story; English grammar).
COLON_ASIDE_OPENERS_RE = "in|with|referring|responding|pointing|citing|after|again|once"
#: Regex: contrastive subordinators after "and" that start a coordinated clause ("and though ..."; attribution/certainty.py
#: _COORDINATED; English grammar).
CONTRASTIVE_SUBORDINATORS_RE = "though|although|while|whereas|yet"
#: Words after "call"/"called" that make it a phrasal verb or a naming, not an evaluation ("call for", "call off";
#: attribution/cues.py and attribution/subjects.py; seed).
CALL_PARTICLES = ("a", "an", "for", "on", "off", "in", "up", "back")
#: Regex: a cleft before a name ("It's a price ", "That is the plan "): attribution/frames.py reads
#: "It's a price Jane Doe said she would pay" as Jane Doe's (English grammar).
CLEFT_RE = r"(?:it|that|this)(?:['’]s|\s+(?:is|was))\s+(?:a|an|the)"
#: Regex: pronouns before a contracted "is" ("it's", "that's", "there's"): a clause, no subject noun
#: phrase (attribution/subjects.py; English grammar).
IS_CONTRACTION_SUBJECTS_RE = "it|that|there|this|what|here|he|she"
#: Words that may open a final tail after a cue but do not open a time phrase ("said to", "said of",
#: "said as", "said with", "said by"; attribution/frames.py: only a time phrase may stand between a
#: cue and its "that" clause).
NON_TIME_TAIL_STARTERS = frozenset({"to", "of", "as", "with", "by"})
#: Phrasal verbs of speaking up before an unquoted colon ("The union also weighed in: the strike goes
#: on", "Jane Doe hit back: the report was wrong"; attribution/frames.py; English phrasal verbs of
#: response, as news uses them; not "moved in:", "came out:").
SPEECH_PHRASAL_VERBS = frozenset("""chimed in|chimes in|weighed in|weighs in|hit back|hits back|lashed out|lashes out
spoke out|speaks out|fired back|fires back|shot back|shoots back|struck back|strikes back|pushed back|pushes back
responded|replied|retorted|countered""".replace("\n", "|").split("|"))
#: Regex: capitalised determiners opening an apposed description ("The spokesman, John Doe", "Another
#: lawmaker from Pellston, Jane Roe, said" (read16); attribution/frames.py; seed).
APPOSITION_DETERMINERS_RE = "The|A|An|Another|Its|His|Her|Their"
#: Regex: words that open an appositive after a sentence-initial noun phrase ("X, a division of Y, said";
#: attribution/frames.py _INITIAL_NP; English grammar).
APPOSITIVE_OPENERS_RE = "a|an|the|who|which|whose"
#: Regex: past participles of being questioned that open an aside between a subject and its verb
#: ("The mayor, asked about the vote, said ..."; "Then, the judge, pressed by reporters, said ...") or
#: a sentence before its subject ("Pressed by reporters, the judge said ..."): the subject still
#: speaks (attribution/frame_shapes.py INITIAL_NP, INTRO_NP; picks.py; read24; English grammar).
QUESTIONED_PARTICIPLES_RE = "asked|pressed|questioned|quizzed|challenged|interviewed|contacted|reached"
#: Regex: such a participle opening the sentence, an aside of example after it, and the question
#: put, to its comma ("Asked, for instance, whether the plan would pass, "): what was asked is not
#: asserted, so it governs no certainty of the sentence (attribution/certainty.py; read24).
QUESTIONED_OPENER_RE = (r"^\W*(?:When\s+)?(?:" + QUESTIONED_PARTICIPLES_RE + r")\b(?:\s*,\s*for\s+(?:example|instance)\s*,)?"
                        r"[^,;]{0,200},")
#: Regex: prepositions before a quoted title in a final tail ('said on the show "..."'; attribution/frames.py _TAIL_TITLE; seed).
TITLE_PREPOSITIONS_RE = "on|in|at|to|of|for|with"
#: Regex: an opening participle phrase with no comma before the subject ("Speaking from the car he
#: said:", "Writing on the blog she added"; attribution/frames.py): it leaves the cue in the main clause.
PARTICIPLE_INTRO_RE = (r"\s*[A-Z][a-z]+ing\s+(?:" + "|".join(sorted(PREPOSITIONS | {"to"})) + r")\s[^,;:“”\"]{1,60}$")
#: Forms of "be" before a participle that make it passive ("was called"; attribution/subjects.py; not "am": the seed list).
PASSIVE_BE_FORMS = ("was", "were", "been", "being", "be", "is", "are")
#: Forms of "be" with a contracted negation: a participle after one is a passive too ("The workers weren't
#: told they had been exposed, the lawsuit says": no speech act of the workers; read23).
NEGATED_BE_FORMS = frozenset("isn't aren't wasn't weren't isn’t aren’t wasn’t weren’t".split())
#: Indefinite articles: a coordinated part that opens with one and has no verb before its "that"
#: is a noun phrase ("..., and a sign that prices will rise"; picks.py).
INDEFINITE_ARTICLES = frozenset("a an another".split())
#: Adverbs that may stand between a form of "be" and its participle ("was also charged", "is not
#: supported", "were later accused"; attribution/subjects.py; English grammar).
PASSIVE_ADVERBS = frozenset("also not never later since then still already previously subsequently formally "
                            "officially once first just even now again".split())
#: Endings of adjectives that may be coordinated before a counted noun ("eight top Democratic and
#: Republican leaders", "40 federal and state agencies", "three public and private schools";
#: quantity.py; English morphology).
ADJECTIVE_ENDINGS = ("ic", "al", "an", "ive", "ous", "ish", "ese", "ern", "ate")
#: Suffixes the light stemmer strips, longest first, in this order (verify/words.py; English morphology).
STEM_SUFFIXES = ("ingly", "edly", "ings", "ing", "ed", "es", "s", "ly")

#: Regex: relative words opening a clause after a comma (fields.py: no cut inside one; English grammar).
RELATIVE_PRONOUNS_RE = "who|which|whom|whose|where"
#: Relative pronouns that open a description of the name before them and its comma ("The Oakdale
#: plant, which was built in 1962", "Easton, where ..."): drafts.descriptions (GUIDELINES §3).
DESCRIBING_RELATIVES = ("who", "which", "where")
#: Contracted negations whose stem is not the auxiliary's spelling ("won't say"; attribution/subjects.py; not "can't": a modal).
NEGATED_CONTRACTIONS = frozenset(("won't",))

#: Words a headline never ends on: articles, coordinators, "of", possessive determiners; one that
#: does was cut by its length bound ("... after the"). Other short words may end one ("War Rages
#: on", "Minister Steps Down"); "her" too, an object as often as a possessive ("Council Praises
#: Her"). Nor a form of "be" or "to", whose complement is missing ("... said he is": the model stopped before a
#: quotation; read27), nor "which"/"whose" (", which ." cut its clause: session 33). ground.py; English grammar.
HEADLINE_CUT_ENDINGS = frozenset("a an the of and or but nor its his their our my your is are was were to which whose".split())
#: Regex: modals of reported speech in the past ("said the bridge would ..."), the tense that keeps
#: a next sentence in the speaker's voice ("It would also ..."; attribution/continuation.py; English grammar).
BACKSHIFT_MODALS_RE = "would|could|might"
#: Regex: openers before the subject of such a run-on sentence ("But it would also ..."; attribution/continuation.py).
RUN_ON_OPENERS_RE = "But|And|Yet|Still|However|Instead"
#: Regex: adverbs between its modal and "also" ("would still also ..."; attribution/continuation.py).
RUN_ON_ADVERBS_RE = "still|not|then|only|even|never"

#: Words of a partitive "X of whom/them" besides the quantifying determiners ("both of whom
#: say ...", "one of them said"; attribution/insertions.py; English grammar).
PARTITIVE_WORDS = frozenset("all both one two each none half".split())
#: Prepositions of extent that coordinate with another prepositional phrase in a subject
#: ("observers in the state and around the country"; attribution/subjects.py).
PLACE_SPREAD_PREPOSITIONS = frozenset({"around"})

#: Nouns that end in "-ly", so not adverbs between a subject and its verb ("Jane Roe's family said",
#: "the daily wrote", "a close ally said"; attribution/subjects.py, prospects.py; general English).
LY_NOUNS = frozenset("""family families ally assembly monopoly rally bully daily weekly monthly quarterly
anomaly supply homily folly""".split())

#: Causative verbs that take an object and a bare infinitive ("threatened to make the official
#: testify", "let her speak"): the infinitive is no report of the object (attribution/subjects.py;
#: English grammar).
CAUSATIVE_VERBS = frozenset("make makes made making let lets letting".split())

#: Regex: words that open a series of examples ("companies like Marriott, Apple and Delta",
#: "groups including the union, the league and ..."; attribution/frames.py; English grammar).
SERIES_INTRODUCERS_RE = r"like|including|such\s+as|among\s+them|notably|especially"


#: Regex: words that open a clause inside a noun phrase ("a sign that ...", "a sign of how quickly
#: ..."): the words before them are the phrase's head, with no verb of its own (picks.py; read11b).
NOUN_CLAUSE_OPENERS_RE = r"that|how|why|whether"

#: Quantifiers that float after a subject, before its verb ("The mayor and the union all urged ...",
#: "They both said ..."): no part of the subject's name (attribution/subjects.py, relations.py).
FLOATING_QUANTIFIERS = frozenset("all both".split())
#: Regex: a verb contracted into a pronoun or a negation ("It's", "there're", "don't"): a clause,
#: though no verb is spelled out (picks.py; English spelling; read12c).
CONTRACTED_VERB_RE = r"\b(?:it|that|there|here|he|she|what|who|where|this|i|we|you|they)['’](?:s|re|ll|d|m|ve)\b|n['’]t\b"
#: Regex: a description set off by commas after a speaker's name ("Jane Doe, a Vermont Democrat,
#: said:", "X, one of the authors of the bill, said:"): not counted in the length of a frame
#: before a colon (picks.py; read12c).
FRAME_APPOSITIVE_RE = r",\s+(?:a|an|the|one|another)\s[^,;:“”\"]{1,80},"
#: Verbs that take an object and a bare infinitive ("helped Jane Doe make her case", "let John Roe
#: speak", "watched Ann Roe sign it"): the name after them is an object, not the clause's subject, so
#: not the person a following "he"/"she" continues (attribution/name_forms.py; English grammar, the
#: causative and perception verbs; attr13, a BASIL story).
OBJECT_INFINITIVE_VERBS = frozenset("""help helps helped helping let lets letting make makes made making
watch watches watched watching see sees saw seeing hear hears heard hearing""".split())

#: Regex: the first half of a correlative "not only A, but (also) B" (read16: '"... not only because
#: they are foreign, but because they are fellow human beings"' was cut at ", but"): the part after
#: ", but" completes it (picks.py via part_shapes.correlative_rest).
NOT_ONLY_RE = r"\bnot\s+(?:only|just|merely|simply)\b"

#: Determiners that open the subject of a contact relative clause after a noun ("a campaign the company
#: said was its largest"; attribution/contact_relatives.py; English grammar; left16).
CONTACT_RELATIVE_DETERMINERS = frozenset("the a an its their his her our this that these those".split())

#: Words after ", but" that go on with a report rather than open the outlet's clause ("said A, but
#: that B", "but also", "but not", "but only", "but rather"; attribution/continuation.py, session 16).
REPORT_CONTINUERS = frozenset("that also not only rather".split())
#: Regex: openers of an alternative set before the subject ("Rather than get upset, she posted ...",
#: "Instead of closing, the shop ..."): no name, the subject follows the comma (attribution/alternative_openers.py; read18).
ALTERNATIVE_OPENERS_RE = r"rather\s+than|instead\s+of"

#: Adverbs of place that open a scene-setting phrase with a preposition after them ("Back at the farm on
#: Monday, X said:", "Safely home at last, ..."; part_shapes._after_scene_opener, read26).
SCENE_PLACE_ADVERBS = frozenset("back home outside inside".split())

#: Regex: the relative words where a source's description starts ("Jane Doe, a biologist who led the study",
#: "the woman whose dog ran off"; attribution/names.py; read26 added "whose").
DESCRIPTION_CUT_WORDS_RE = "who|whose|which|that"
#: Regex: a subtitle's article and the verbs after a programme's or a book's title ("Ferns: The Hidden Valley is to
#: be broadcast ..."; attribution/cues.py, read26).
SUBTITLE_ARTICLES_RE = "The|A|An"
#: Regex: the verbs after such a subtitle (a programme airs, a book is published; attribution/cues.py, read26).
SUBTITLE_VERBS_RE = "is|was|will|has|airs|aired"
#: Prepositions before an account noun (two words back) that make it what a reaction answers or a
#: circumstance ("the reply late Monday to fresh allegations that ...", "amid reports that ..."):
#: the sentence tells no account a rebuttal after it could answer (digest/disputes.tells_noun,
#: digest29; English grammar).
ACCOUNT_OBJECT_PREPOSITIONS = frozenset("""to about against over amid despite after following into on in at by for
from with under since during regarding""".split())
