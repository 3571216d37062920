"""Sources without a plain "X said": documents and data, unnamed people, posts, possessed verdicts.

Written for session 8 (bat9b, issue 12) from a battery of news sentences across courts, business,
health, science, elections, local government, sports, disasters, technology and crime (tests/
test_bat9b.py), checked against the cue classes of PARC 3.0 and PolNeAR (devdata/attribution) and
AP style on anonymous sources. Used by attribution/ (cues, documents, relations, certainty,
insertions, according).
"""

from __future__ import annotations

#: Documents that speak for themselves when they say, show or allege ("The filing shows ...",
#: "The memo, dated March 3, says ...", "The lawsuit, filed Monday, claims ...", "Minutes of the
#: meeting show ..."): court papers, letters, minutes (GUIDELINES §6 "Documents as sources"; PolNeAR
#: cues of documents). With lang.FINDING_NOUNS, the heads of a document's or finding's phrase. An
#: autopsy, an inquest and tests find too ("An autopsy showed the man drowned", "Tests showed the
#: water held lead"; session 9, left10), and a post-mortem examination ("Post-mortem examinations found
#: <Name> died from ..."; read40).
SOURCE_DOCUMENT_NOUNS = frozenset("""filing memo memos memorandum letter letters petition petitions lawsuit lawsuits
suit complaint indictment affidavit motion appeal brief paper papers minutes transcript transcripts emails
returns findings ruling rulings order warrant application statement
autopsy autopsies inquest inquests tests examination examinations post-mortem post-mortems""".split())
#: (Not images, photos, footage or video: what they show is the outlet's account of what was seen;
#: the seed gold labels "Video footage released on Wednesday showed rockets striking ..." `article`.)
#: Verbs by which a document gives its content (with lang.FINDING_VERBS; PolNeAR cues): what it
#: says, states, reads, argues or alleges.
DOCUMENT_VERBS = frozenset("""say says said state states stated read reads argue argues argued contend contends
contended claim claims claimed charge charges charged allege alleges alleged accuse accuses accused
demand demands demanded note notes noted cite cites cited""".split())
#: Regex: participles that open a phrase set off by commas after a document's noun (", dated March
#: 3,", ", signed by 300 employees,", ", filed Monday,"; English grammar).
DOCUMENT_PARTICIPLES_RE = (r"dated|signed|filed|written|sent|issued|submitted|released|published|obtained|"
                           r"reviewed|seen|posted|made public|unsealed|taken|circulated")
#: Regex: participles that name a document's title ("The memo, titled “Next Steps,” says ...";
#: attribution/documents.py).
TITLE_PARTICIPLES_RE = r"titled|entitled|called|named|headlined"
#: Wording of a source's anonymity in its own phrase ("a person familiar with the matter", "two
#: officials who spoke on condition of anonymity", "who asked not to be named"; AP style on
#: anonymous sources): what such a source says is `unconfirmed` (README "Certainty"). "with
#: knowledge of" is the same wording ("aides with knowledge of the plan", "people with direct
#: knowledge of the talks"; read12c).
ANONYMITY_MARKERS = ("familiar with", "with knowledge of", "with direct knowledge of", "with firsthand knowledge of",
                     "knowledgeable about", "anonymity", "anonymously", "not authorized to", "not authorised to",
                     "asked not to be named", "declined to be named", "declined to be identified",
                     "asked not to be identified", "requested not to be named", "close to the",
                     "who could not be named", "not be named", "unnamed", "anonymous",
                     "present at the", "briefed on", "wish to be named", "want to be named", "wish to be identified",
                     "want to be identified")  # "two people present at the meeting", "officials briefed on the plan" (session 14)
#: Words that may open an unnamed group named after an inverted cue with no determiner ('"...," said
#: several local fishermen', "..., said two county officials"; English news style; attribution/inverted.py;
#: also a subject group "they" may mean, "Several senior officials expressed doubts": referents.py, session 23).
GROUP_QUANTIFIERS = frozenset("several some many few most other both".split())
#: Words that open examples of a group set off by a comma ("His allies, including the whip, said";
#: attribution/among_those.group_before_examples, lead28).
EXAMPLE_LEADS_RE = r"including|among\s+them|such\s+as|notably"
#: Nouns that count a share of a group of people before "of" ("58 percent of those asked said", "two-thirds
#: of respondents say", "a majority of voters said"; attribution/shares.py, lead28): the share speaks.
SHARE_HEADS = frozenset("percent % pct majority minority half third thirds quarter quarters fifth fifths most".split())
#: Words that no modifier of such a group can be ("said to employ 230 workers", "said residents and
#: ...": an infinitive or a joined phrase, no group; attribution/inverted._unnamed_group, attrB22).
GROUP_MODIFIER_BREAKERS = frozenset({"to", "and", "or"})
#: Head nouns of an unnamed source ("sources said", "according to sources at the hospital", "two
#: company insiders"; AP style).
ANONYMOUS_HEADS = frozenset("source sources insider insiders".split())
#: Regex: reports that name no one ("according to several reports", "according to media reports", "local news reports
#: said"): hearsay, `unconfirmed` (GUIDELINES §6 rule 2, "reports suggesting"; attribution/certainty_marks.anonymous; genre45).
UNNAMED_REPORTS_RE = r"(?:(?:several|some|many|multiple|numerous|other|various|unconfirmed|earlier|recent)\s+)?(?:(?:local|national|foreign|international|media|news|press)\s+){0,2}reports"
#: Where a post appears: "X on Twitter: ...", "X wrote on Facebook: ..." (a social network's name
#: or the kind of post; PolNeAR cues of tweets).
POST_PLACES = frozenset("""twitter x facebook instagram threads bluesky tiktok linkedin truth social youtube
telegram""".split())
#: Nouns of a verdict or message a possessor gives before a colon or a dash ("The mayor's
#: message: ...", "Her verdict — ...", "The coach's explanation for the loss: ..."; PolNeAR cues of
#: colon frames).
VERDICT_NOUNS = frozenset("""message verdict answer explanation conclusion response reply advice view take
assessment argument point warning prediction diagnosis prescription plea reasoning bottom line
retort rejoinder summary pitch case""".split())
#: Cues that contest what they give, beyond lang.CLAIM_VERBS: the nouns of a claim ("repeated their
#: allegation that ...", "stood by its claim that ..."; noun_cues.py) and "charge" of a document
#: ("The indictment charges that ..."): `claimed` (GUIDELINES §6 rule 3).
CLAIM_CUES = frozenset("""claim claims allegation allegations accusation accusations assertion assertions
contention contentions charge charges charged charging""".split())
#: Wording of anonymity in the claim's own sentence, whatever the source's phrase ("Officials,
#: speaking on condition of anonymity, said ..."; AP style).
ANONYMITY_CLAUSES = ("anonymity", "anonymously", "not authorized to speak", "not authorised to speak",
                     "asked not to be named", "declined to be named", "declined to be identified",
                     "asked not to be identified", "requested not to be named",
                     # "who did not wish to be named", "would not want to be identified" (genre40: a police brief's neighbour)
                     "wish to be named", "want to be named", "wish to be identified", "want to be identified")
#: Regex: words that end a run of modifiers before a document's noun ("The man in the video said"
#: is the man's; "the claims that were made"; English grammar; attribution/documents.py).
MODIFIER_BREAKERS_RE = r"to|that|which|who|and|or"
#: Regex: prepositions that open a phrase after a document's noun ("Minutes of the meeting", "a
#: report by the auditor", "records from the court"; attribution/documents.py).
DOCUMENT_TAIL_PREPOSITIONS_RE = r"of|from|by|in|on"
#: Regex: prepositions of what a statement is about, between a statement's "from/by <source>" and its verb ("A
#: release from the mayor about the planned closure said ..."; attribution/documents.py statement_topic).
TOPIC_PREPOSITIONS_RE = r"about|on|over|regarding|concerning"
#: Regex: verbs of a finding or document after its content, at the sentence's end ("...,
#: district data show."; attribution/documents.py).
FINAL_FINDING_VERBS_RE = r"show|shows|showed|suggest|suggests|indicate|indicates|say|says"
#: Regex: prepositions of a short phrase after a verdict's noun ("The coach's explanation for the
#: loss: ..."; attribution/verdicts.py).
VERDICT_PREPOSITIONS_RE = r"to|for|on|about|of|after|in"
#: Regex: verbs of a post before "on Twitter:" ("X wrote on Facebook: ..."; attribution/verdicts.py).
POST_VERBS_RE = r"wrote|said|posted|tweeted"

# -- session 9 (left10): rulings and findings by a person or body ---------------------------------

#: Regex: verbs of an official finding that take an object and its verdict ("The coroner ruled the
#: death a suicide", "The fire marshal ruled the blaze accidental", "Inspectors deemed the building
#: unsafe"; attribution/rulings.py; legal and administrative English).
RULING_VERBS_RE = r"ruled|declared|deemed|pronounced|judged|classified|certified"
#: Regex: auxiliaries and adverbs between a finder and such a verb ("has formally ruled").
RULING_LEADS_RE = r"has|have|had|also|later|formally|officially"
#: Regex: words that may follow the verdict inside the sentence ("ruled the death a homicide on
#: Thursday", "... after an autopsy"; English prepositions and time words).
RULING_TAILS_RE = r"on|in|at|after|before|last|this|earlier|late|early|because|and"
#: Regex: verbs of a finding that take "no evidence ..." ("Investigators found no evidence that the
#: fire was set"; attribution/rulings.py).
FOUND_NONE_VERBS_RE = r"found|find|finds|uncovered|saw|see|sees|turned up|discovered"
#: Regex: nouns of evidence after "no" in such a finding ("no evidence that", "no link between"; a
#: sign only before "that": "found no signs of life" is what searchers saw, the outlet's account).
FOUND_NONE_NOUNS_RE = r"evidence|proof|link|links|connection|connections"
#: Regex: adjectives between "no" and that noun ("no credible evidence"; English usage).
FOUND_NONE_MODIFIERS_RE = r"clear|direct|credible|hard|further|new"
#: Verdicts that close a ruling's object ("ruled the death a homicide", "ruled the map
#: unconstitutional"): the kinds of death a coroner records and the legal or safety status a court,
#: inspector or marshal gives (coroners' verdicts; legal English).
RULING_PREDICATES = frozenset("""suicide homicide accident accidental natural undetermined unconstitutional
constitutional unlawful lawful illegal legal invalid valid void inadmissible admissible unsafe safe unfit fit
incompetent competent arson hoax""".split())

#: Prepositions of place that may open the adverbial after a sentence-final cue ("..., Mr. Doe said
#: inside the library at the community college where ..."; attribution/frames.py only: elsewhere they would
#: read "told him to stay inside" as a final frame; session 10, the lead).
PLACE_TAIL_STARTERS = frozenset("inside beside behind under across around atop beneath".split())
#: Prepositions that open a final cue's adverbial only after a quotation ('“...!” coach Dwayne Porter
#: shouted over the noise of the crowd.'); elsewhere "said over 300 homes ..." is a number (attribution/
#: frames.py; session 11, stated12).
QUOTE_TAIL_STARTERS = frozenset("over above back".split())  # ('"...," she tweeted back.': a reply's particle; lead28)

#: Participles that close a document's name and open its description ("according to a poll released
#: Saturday", "a report published in May": the source is the poll; attribution/frames.py; session 10).
RELEASE_PARTICIPLES = frozenset("released published conducted issued taken posted filed".split())

#: Words that open a clause of the outlet's own in a final frame's tail ('“...,” X said after Y failed
#: to show up', '... at the gala, where Y also spoke'; attribution/relations.py; PolNeAR half A).
TAIL_CLAUSE_WORDS = ("where", "when", "after", "before", "because", "while", "although", "since", "who", "which", "that")

#: Participles that name or label an object with a quotation after a comma ("..., calling it “a
#: victory”", "..., describing the plan as “reckless”"): the sentence is its subject's statement
#: (attribution/frames.py; read12a, a CNN page).
LABELLING_PARTICIPLES = frozenset("calling describing dubbing branding labelling labeling terming".split())
#: Verbs of an outlet relaying someone's words: "<Agency> quoted a spokesman as saying ..." (attribution/quoted_as.py;
#: relations.py; lead35). News English.
QUOTING_VERBS = frozenset("quoted cited quotes cites".split())
#: Regex: the conjunctions of "when asked whether ...", "if asked about ...": the question put to the
#: speaker in a final frame's tail, no clause of the outlet's (attribution/frame_shapes.py; stated12).
ASKED_OPENERS_RE = "when|after|if|as|before"
#: Regex: words that open a list of examples set off after a group that speaks ("Critics, like
#: Senators Jane Roe, Republican of Ohio, and Tom Dee, say"; "Opponents, including Reps. ...,
#: argued"): the group is the source (attribution/apposition.py; attr14a, PolNeAR half A).
EXAMPLE_LIST_OPENERS_RE = "like|including|such as|among them"

#: Nouns of words written on a thing that a quotation tag can name as the writer of what it quotes
#: ('“Rest here,” reads one inscription.', '“Keep out,” reads the sign.'; attribution/written_tags.py; left20).
WRITTEN_THING_NOUNS = frozenset("""sign signs inscription inscriptions plaque plaques banner banners placard placards
poster posters headline headlines caption captions notice notices slogan slogans label labels epitaph graffiti
message messages note notes card cards sticker stickers billboard billboards""".split())
#: Regex: an elliptical subject of a tag after a quotation, standing for the noun of the tag before
#: ('“...,” another says.', '“...,” reads a third.'; attribution/written_tags.py; left20).
ELLIPTICAL_TAG_SUBJECTS_RE = r"another|a\s+(?:second|third|fourth|fifth)|the\s+(?:second|third|fourth|fifth|other|last)|one\s+more"
#: Regex: determiners of a written thing in a quotation tag ('reads one inscription', 'a third sign'; left20).
WRITTEN_THING_DETERMINERS_RE = r"a|an|the|one|another|each|every|a\s+(?:second|third|fourth|fifth)|the\s+(?:second|third|other|last)"
#: Regex: verbs of a written thing's tag ('“...,” one sign reads.', '“...,” another warns.'; left20).
WRITTEN_TAG_VERBS_RE = r"reads|read|says|said|adds|added|warns|warned|declares|declared|proclaims|proclaimed"

#: A hearing and those who sit in it, in court reporting's "The court heard (that) ...", "The inquest
#: was told ...", "Jurors heard ...": what was said there, not the outlet's own finding (wild20;
#: UK and Commonwealth court and inquest copy). Used by attribution/hearings.py.
HEARING_BODIES = frozenset("""court jury jurors inquest tribunal hearing trial magistrates inquiry panel
committee""".split())

#: Those who rule in a case: "A judge dismissed it, saying ...", "The court rejected it" is a ruling on a suit or a
#: motion, an act, not a denial of an account (attribution/cue_nouns.request_refused; real54's Left; attr55).
BENCH_NOUNS = frozenset("judge judges court courts justice justices magistrate magistrates tribunal".split())

#: Words a hearing's frame may hold between its subject and "heard"/"was told" ("The court also
#: heard ..."), and the first words after "heard" that make it no report ("heard evidence from six
#: witnesses", "heard testimony that ...": a noun's clause, left to the outlet as tests/test_bat9a.py has it,
#: "heard about the case"): court reporting (wild20). Used by attribution/hearings.py.
HEARING_ADVERBS_RE = r"also|later|previously|earlier"
HEARD_NOT_REPORT_WORDS = frozenset("evidence testimony arguments from about of".split())  # (the second list of the comment above)
#: Regex: what may stand between a hearer and "heard that" ("Many voters have heard by now that ...",
#: "She had long heard that ..."): the hearers hold the clause as told (attr21; PolNeAR half A). Used by
#: attribution/hearings.py.
HEARD_THAT_LEADS_RE = r"have|has|had|also|already|long|often|probably|likely|all|by\s+now"


#: Regex: prepositions that open a scene-setting place phrase before a sentence's source ("In Dorrin,
#: where the pier is closing, Mayor Ana Pell said ...", "At the plant, where 40 workers lost their
#: jobs, the union said ..."): the phrase and its "where"/"when" clause set the scene of the source's
#: statement, so the sentence is the source's (GUIDELINES §6; attribution/scene_setters.py; fact22,
#: factuality half A).
SCENE_PREPOSITIONS_RE = r"In|At|Inside|Outside|Across|Throughout|Near"
#: The plainest verbs of saying, which make a clause a report wherever they stand ("Unhappy: The club's
#: secretary said ...": a caption's label before its own reporting clause; attribution/cues.py; lead27).
SAY_TELL_FORMS = frozenset("said says told tells".split())
#: A noun by which a story refers back to an unnamed speaker it has just introduced ('"...," the source said.'
#: after "one official told the paper ..."): resolved as a person, like "he" (attribution/resolution.py; news
#: English; read30).
SOURCE_BACK_NOUNS = frozenset({"source"})
#: Verbs by which someone voices another person's words ("A teammate read a quote from Rivera:"):
#: the words that follow are the named author's, not the reader's (attribution/quoted_from.py; read32).
RELAYING_VERBS_RE = r"read|reads|shared|shares|posted|posts|recited|recites|quoted|released|releases|issued|relayed|relays"
#: Nouns of another person's words a reader voices ("a quote from", "a statement by"; read32).
RELAYED_WORDS_NOUNS_RE = r"quote|quotation|statement|message|letter|note|passage|poem|tribute"
#: Regex: small words inside a noun phrase of people and their place ("Members of Elm Park in ...";
#: attribution/name_tags.py, read32).
PEOPLE_PHRASE_LINKS_RE = r"of|at|the|in|on"
#: Regex: prepositions before a city and its state ("... in Boulder, Colorado, say"; read32).
CITY_STATE_PREPOSITIONS_RE = r"in|from|near|outside"

#: Regex: a verb of criticism or reply whose manner is then told by "by <saying>" ("X hit out at Y by claiming
#: that ...", "X responded by saying ..."): the whole predicate is the subject's speech (attribution/by_saying.py;
#: read34, a pundit's criticism). Acts that end or open something ("ended the meeting by saying") are not here.
CRITICISM_BY_VERBS_RE = (r"hit out at|hits out at|lashed out at|lashes out at|criticised|criticized|attacked|slammed|blasted"
                         r"|rebuked|responded|replied|reacted|defended")
#: Regex: the gerunds of saying after "by" in such a predicate.
BY_SAYING_GERUNDS_RE = r"saying|claiming|insisting|arguing|suggesting|stating|declaring|warning|pointing out"
#: Regex: verbs by which a subject gives out a text of its own ("The club issued a statement saying ...", "The firm sent
#: a letter to staff saying ..."): the text's "saying" is then the subject's speech (attribution/cues.py; lead36).
STATEMENT_ISSUING_VERBS_RE = (r"issued|issues|released|releases|put\s+out|puts\s+out|posted|posts|sent|sends|sent\s+out|"
                              r"published|publishes|shared|shares|tweeted|tweets|wrote|writes|emailed|emails|gave|gives")
#: Texts a subject gives out, among lang.WORD_CARRIERS (attribution/cues.py; lead36).
ISSUED_TEXTS = frozenset("statement statements letter letters message messages email emails e-mail e-mails tweet tweets "
                         "post posts note notes notice notices release releases memo memos".split())

#: Words a caseless text may set right before a verb of saying at a clause's start that are no
#: name (attribution/caseless_speakers.py: ", smith said" is a name, ", later said" or "someone
#: said" not): time adverbs, indefinite pronouns and nouns of a text that speaks.
CASELESS_NOT_NAMES = frozenset("""later earlier yesterday today tonight tomorrow now then once also
someone somebody anyone anybody everyone everybody nobody noone none all both each either neither
statement release letter memo post tweet note message book article paper website page""".split())
#: The irregular and present forms of saying whose subject a caseless text's speaker may be (with the "-ed"
#: forms of PLAIN_SAYING_VERBS; attribution/caseless_speakers.py: "smith said", "smith says", "smith told").
CASELESS_SUBJECT_VERBS = frozenset("said says told wrote".split())

#: Regex: pronouns that name one of the findings of the sentence before ("..., according to polls. One released …
#: by <Outlet> found ..."; attribution/pronoun_findings.py; the lead's Left, session 49; attr59). English usage.
FINDING_PRONOUNS_RE = r"One|Another|The\s+(?:latest|most\s+recent|newest|first|second|last|other)"
