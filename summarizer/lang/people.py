"""Who can speak: pronouns, titles, person and organisation nouns, words that are not names.

Sources: English grammar (pronouns), style-book lists of courtesy and job titles (AP style),
PolNeAR's sources (devdata/attribution) for person and organisation nouns, the seed articles for
institutional speakers. Used by rules.py, attribution/ (names, frames), verify/ (names, speakers).
"""

from __future__ import annotations

from .grammar import PREPOSITIONS
from .time import MONTHS, WEEKDAYS

#: Regex: nouns that head an institutional speaker ("the defence ministry", "police"; seed).
SOURCE_ROLES_RE = (r"ministry|forces|officials|authorities|army|military|governor|spokesman|spokeswoman|"
                   r"government|administration|commanders|media|air force|mayor|minister|president|bloggers?|"
                   r"press secretary|secretary|spokesperson|officials?|sources?|agency|office|police|guard")

#: Subjects that cannot name a speaker on their own: pronouns and bare institutional references.
PRONOUN_SUBJECTS = ("it", "he", "she", "they", "we", "i", "this", "that", "the ministry", "the city",
                    "the agency")

#: Words a reporting clause may put in the subject slot that are not speakers (calendar + seed).
NOT_SPEAKERS = frozenset((*WEEKDAYS, *MONTHS, "today", "yesterday", "also", "previously", "earlier", "later"))

#: Personal pronouns that can be a source, by what they can refer to.
PERSON_PRONOUNS = frozenset({"he", "she"})

#: Pronouns that refer to a group.
GROUP_PRONOUNS = frozenset({"they", "we"})

#: Pronouns that refer to a thing or an organisation.
THING_PRONOUNS = frozenset({"it"})

#: Pronouns of the speaker and the addressee.
SPEAKER_PRONOUNS = frozenset({"i", "you"})

#: Every pronoun that can be a source (attribution/).
PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS | SPEAKER_PRONOUNS

#: Title abbreviations before a person's name (style-book lists): their full stop ends no name
#: ("according to Dr. Jane Roe", "said Maj. Ann Lee"; attribution/according_to.py with DOTTED_TITLES).
TITLE_ABBREVIATIONS = frozenset("mr mrs ms dr prof sen rep gov lt gen col maj capt sgt adm rev cllr".split()) | frozenset("sra srta mme mlle".split())  # (Spanish "Sra.", "Srta.", French "Mme.", "Mlle."; intl38)

#: Academic and professional title abbreviations of central European names, as written before the name with their
#: full stop ("Ing. Pavel Kral", "Mgr. Ana Horak", "Dipl.-Ing. Karl Weber", "Mag. Eva Huber"), case as written: the
#: stop ends no sentence before a capitalised name (chunk.py; intl38 left "Ing." splitting its sentence).
ACADEMIC_TITLE_ABBREVIATIONS = frozenset("Ing Mgr Mag Bc JUDr MUDr RNDr PhDr PaedDr Dipl Doc".split())

#: Courtesy and job titles before a person's name (style-book lists).
PERSON_TITLES = TITLE_ABBREVIATIONS | frozenset("""miss
president senator representative governor secretary minister judge justice general colonel
major captain sergeant admiral mayor chairman chairwoman chair speaker ambassador pope king queen
prince princess sheriff detective officer professor congressman congresswoman councilman councilor councillor
councilwoman commissioner attorney spokesman spokeswoman director chief""".split())

#: Title abbreviations that are titles only with their full stop ("said Del. Jane Roe of the
#: islands": a delegate to Congress; "Sens. Roe and Doe"), not words of a name ("Del Harmon");
#: attribution/subjects.py reads the name on past the stop (attr14a, a PolNeAR half-A story).
DOTTED_TITLES = frozenset("del dels sens reps govs atty supt cmdr insp det pvt cpl msgr".split())

#: Title abbreviations and the noun of the role they stand for ("Sen. Jane Doe" is "the senator";
#: attribution/names.py: a description resolves only to a person the article describes so).
TITLE_NOUN_OF = {"sen": "senator", "rep": "congressman", "gov": "governor", "gen": "general",
                 "lt": "lieutenant", "col": "colonel", "capt": "captain", "sgt": "sergeant",
                 "adm": "admiral", "prof": "professor", "dr": "doctor", "rev": "reverend", "atty": "attorney",
                 "supt": "superintendent", "det": "detective", "insp": "inspector", "cmdr": "commander"}

#: Common nouns that head a description of a person or group who speaks ("officials said").
PERSON_NOUNS = frozenset("""official officials spokesman spokeswoman spokesperson analyst analysts
expert experts aide aides lawyer lawyers attorney attorneys agent agents adviser advisers advisor advisors
source sources witness witnesses resident residents critic critics supporter supporters ally allies
opponent opponents rival rivals advocate advocates voter
voters leader leaders member members candidate nominee president minister governor senator
secretary mayor chairman chief director economist economists researcher researchers scientist
scientists investigator investigators prosecutor prosecutors police officer officers people
man woman person friend friends neighbor neighbors activist activists organizer organizers
democrats republicans strategist strategists observers historian author authors reporter
reporters executive executives manager spokespeople representatives representative
defendant defendants plaintiff plaintiffs judge judges juror jurors detective detectives deputy deputies
sheriff trooper troopers coroner victim victims suspect suspects survivor survivors rescuer rescuers
firefighter firefighters paramedic paramedics doctor doctors nurse nurses physician physicians surgeon
surgeons patient patients teacher teachers student students pupil pupils principal superintendent dean professor
professors parent parents worker workers employee employees engineer engineers coach coaches captain
player players striker goalkeeper pitcher quarterback owner owners founder founders farmer farmers
lawmaker lawmakers legislator legislators senators regulator regulators commissioner commissioners
inspector inspectors auditor auditors clerk councilor councillor councilman councilwoman trustee trustees
diplomat diplomats negotiator negotiators ambassador envoy commander commanders soldier soldiers
protester protesters demonstrator demonstrators scholar scholars advocate advocates
host hosts anchor anchors presenter presenters commentator commentators columnist columnists pundit pundits
blogger bloggers speaker agent agents guide guides pastor neighbour neighbours landlord landlords tenant tenants colleague colleagues
trainer trainers referee referees chair chairwoman chairperson treasurer
photographer photographers artist artists dancer dancers forecaster forecasters meteorologist meteorologists hydrologist
hydrologists seismologist seismologists volcanologist volcanologists epidemiologist epidemiologists statistician statisticians
pollster pollsters mogul moguls tycoon tycoons billionaire billionaires magnate magnates businessman businessmen businesswoman
entrepreneur entrepreneurs investor investors comedian comedians actor actors actress actresses""".split())  # news roles (bat9a, bat9b batteries; media roles: the lead, session 11;
# read12a: "said the striker's agent, Jane Doe"; professions, read23: "the photographer said" after "photographer
# Jane Doe"; not "writer", which names the first person's source, "the writer"; "chair Jane Doe": the lead,
# session 26; not "midfielder": "the former <club> midfielder said" then no longer resolved to the player; the
# sciences of weather, rivers, quakes and polls: "..., forecasters added." was the outlet's, lead37; the wealthy, the stage: lead48)


#: Nouns of kin, which name a person after a possessive ("asks his father", "said her mum";
#: attribution/subjects.py; general English).
KIN_NOUNS = frozenset("""father mother dad mum mom parents son daughter brother sister wife husband
partner cousin uncle aunt grandmother grandfather grandson granddaughter nephew niece widow widower
fiance fiancee family boyfriend girlfriend""".split())

#: Endings of plural nouns for people by what they do ("insurers", "lobbyists", "residents"), which
#: can be the subject of a denial or claim verb though not listed in PERSON_NOUNS (grammar; fix5).
AGENT_PLURAL_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ents")

#: Plural nouns of people outside PERSON_NOUNS that open a sentence capitalised like a surname ("Delegates questioned
#: ..."): never the antecedent of a "he"/"she" (attribution/resolution.py; left43). Not in PERSON_NOUNS, whose
#: members are also antecedents of "they" ("Delegates ... heard that X ... , they said" is X's).
PLURAL_PEOPLE_NOUNS = frozenset("""delegates candidates graduates nominees attendees detainees evacuees inmates refugees
retirees""".split())

#: Nouns that head an organisation's name or description ("the ministry", "the Post").
ORG_HEADS = frozenset("""ministry department agency company campaign committee party government
administration office court police army military council commission newspaper paper network
group organization organisation union board bank firm corporation university institute
foundation association service bureau post times news journal tribune herald inc corp co ltd
center centre house senate congress parliament assembly state city county team club federation
coalition alliance fund authority authorities council survey poll study report magazine website
station channel outlet press groups studies polls surveys companies agencies organizations organisations unions firms committees newspapers networks
slide slides document documents data memo memos analysis analyses records figures
unit units subsidiary subsidiaries division divisions staff staffers management leadership
media television radio broadcaster broadcasters outlets charity charities
theatre theater opera orchestra ballet museum gallery
panel panels tribunal inquiry jury watchdog regulator airline airlines league leagues
trust trusts society societies guild guilds cooperative cooperatives consortium syndicate""".split())  # documents speak too: "one slide says", "documents show" (PolNeAR dev, half A)
#: ("charity": "said the Hope for the Homeless charity" and "the charity said" name an organisation; read16;
#: "theatre" ... "gallery": "The Velmora Ballet Theatre says ..." is a company, never the "she" after it; read22)
#: ("panel" ... "leagues": "The panel, led by X, said ..." has a source; bodies that rule, judge and run; lead27)
#: ("trust" ... "syndicate": bodies that own, serve or trade; "The trust claims ..." had no source where "The trust
#: says ..." had one, since "claims" after an unknown noun reads as a plural noun; left43)

#: Descriptions that refer back to an organisation named earlier ("the agency said").
ORG_ANAPHORS = ORG_HEADS | frozenset({"it"})

#: Words that begin a sentence capitalised but are not names.
NOT_NAMES = frozenset("""the a an in on at and but as it its he she they we i you this that these
those there his her their our my after before despite however meanwhile according while during
some several also both if when with for from by to of or so yet because although though since
until unless whether what which who whom whose where why how then now today yesterday tomorrow
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december not no one many most more other another each
every all any none such instead still even just only here unlike over amid""".split())

#: Honorifics (AP style).
HONORIFICS = frozenset("mr mrs ms dr sir lord lady".split())
#: The courtesy titles that open a person's name: no word before them in a run of capitals is part
#: of it ("Enter Ms. Doe — ..."; attribution/names.py; the lead's reading, session 23).
COURTESY_TITLES = frozenset("mr mrs ms dr".split())

#: Pronouns: never names, whatever their case (English grammar).
PRONOUNS_NOT_NAMES = frozenset("i me my we us our you your he him his she her it its they them their this that these those "
                               "there here who what which".split())

#: Third-person pronouns: a claim may name whom they stand for (English grammar).
THIRD_PERSON_PRONOUNS = ("he", "she", "it", "its", "his", "her", "hers", "him", "they", "their", "theirs", "them")

#: Capitalised words that are titles, institutions or compass words, not names on their own
#: ("President", "Council", "North"; AP style titles plus headline-case common nouns).
TITLE_WORDS = frozenset("""
president vice prime minister ministers secretary chancellor governor mayor senator senate
congressman congresswoman representative judge justice chief officer director chairman
chairwoman chair ceo spokesman spokeswoman spokesperson general commander captain king queen
prince princess duke duchess pope bishop reverend father professor doctor dr mr mrs ms miss sir
dame lord lady jr jnr sr snr council parliament government department ministry office court police
army navy party league cup club university college school hospital company group committee commission
north south east west northern southern eastern western central new old great
""".split())

#: Words of a speaker phrase that name no one in particular: "a spokesman", "officials",
#: "in a statement". The rest of the phrase ("the Foreign Minister") must be in the article's
#: supporting text for a summary sentence to be shown with that speaker.
SPEAKER_FILLER = frozenset("""statement spokesman spokeswoman spokesperson official officials source sources
report reports their there said says told according unnamed anonymous""".split())

#: Capitalised words that are not a name on their own (rules.names, the rules baseline):
#: sentence-initial function words, titles and the institutional words of the seed articles' speakers.
COMMON_CAPS = frozenset({
    "the", "a", "an", "in", "on", "at", "and", "but", "as", "it", "its", "he", "she", "they",
    "this", "that", "these", "those", "there", "his", "her", "their", "after", "before",
    "despite", "however", "meanwhile", "according", "while", "during", "some", "several",
    "unconfirmed", "having", "at", "with", "when", "if", "also", "both", "president",
    "minister", "ministry", "mayor", "general", "chief", "deputy", "foreign", "defense",
    "defence", "army", "forces", "air", "force", "national", "guard",
})
#: Personal pronouns: a source that is only one of these names no one (eval/suites/attribution.py,
#: PolNeAR's pronoun sources; English grammar).
PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "his", "their"})
#: Words that make a title a lesser one: "the president" is not "Vice President John Roe"
#: (attribution/names.py).
LESSER_TITLE_PREFIXES = frozenset("vice deputy assistant associate acting".split())

#: Personal pronouns that are a clause's subject (a part holding one is a clause, not a list
#: item: attribution/text.py `list_item`).
SUBJECT_PRONOUNS = frozenset("he she they it we i you".split())
#: Regex: particles inside a multi-word name ("Bank of England", "Ludwig van Beethoven",
#: "Abu al-..."; attribution/names.py).
NAME_PARTICLES_RE = "of|the|for|and|de|van|von|al"
#: Lower-case particles between the capitalised words of a person's name ("Tarif bin Omar", "Pedro de la Vega"; the name
#: a description after it is about goes on over them: passing_descriptions.py; real48).
NAME_INNER_PARTICLES = frozenset("bin bint ibn de la le da di del della van von der den du dos das".split())
#: Lower-case particles joined by a hyphen to the capitalised rest of a name ("Ahmed al-Masri",
#: "Abdel Fattah el-Sisi"): letters.py reads them capitalised.
HYPHENED_NAME_PARTICLES = ("al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ud", "ul")
#: Lower-case particles before the capitalised rest of a name, as a word ("bin Salman", "ibn
#: Rushd", "bint Ali", "ould Abdel"): letters.py reads them capitalised.
SPACED_NAME_PARTICLES = ("bin", "ibn", "bint", "ould")
#: Lower-case particles inside persons' names in many languages ("President dos Vales", "Ana da Silva",
#: "Karl von Ebb"): a source's name goes on over one to its capitalised word (attribution/source_extent.py; read27).
PERSON_NAME_PARTICLES = frozenset("da das de del della der di do dos du la le van von".split())
#: Regex (whole string): speakers too generic to count as a named source (ground.py; seed, GUIDELINES §6).
GENERIC_SOURCES_RE = (r"article|the article|unconfirmed reports?|unnamed sources|reports?|officials?|authorities|witnesses|"
                      r"residents|analysts|experts|sources|media|local media|state media|military bloggers?|the writer")

#: The source shown for the writer's own first-person belief ("I think the plan will fail"): a
#: columnist's or editorial's opinion, not the outlet's established fact (evals/GUIDELINES.md §6,
#: "The writer"; PolNeAR counts the author as a source; attribution/cues.py).
WRITER_SOURCE = "the writer"
#: Subjects by which the writer speaks in the first person (English grammar; "you" is left out:
#: "Let's say you think ..." addresses the reader).
FIRST_PERSON_SUBJECTS = ("i", "we")

#: Regex: adjectives between a name and an institutional role ("the Defense Ministry", "the
#: City Council"; rules.py; seed).
SOURCE_MODIFIERS_RE = "defen[cs]e|foreign|interior|emergency|regional|city|state"

#: Nouns that tell a person's gender ("spokeswoman Jane Doe", "Mrs. Doe"; attribution/names.py): a
#: pronoun of the other gender does not refer to them (English; AP style courtesy titles).
FEMALE_NOUNS = frozenset("""mrs ms miss madam dame lady spokeswoman chairwoman congresswoman councilwoman
assemblywoman alderwoman businesswoman stateswoman sportswoman anchorwoman policewoman woman girl
mother mom mum grandma wife daughter sister widow grandmother granddaughter aunt niece girlfriend fiancee stepmother
queen princess duchess empress baroness countess actress waitress heiress""".split())
#: The male counterparts of FEMALE_NOUNS.
MALE_NOUNS = frozenset("""mr sir lord spokesman chairman congressman councilman assemblyman alderman businessman
statesman sportsman anchorman policeman man boy father dad grandpa husband son brother widower grandfather
grandson uncle nephew boyfriend fiance stepfather king prince duke emperor baron""".split())
#: Courtesy titles among FEMALE_NOUNS and MALE_NOUNS that are titles only when capitalised ("will
#: miss Jane Doe"; attribution/gender.py).
HONORIFIC_FORMS = frozenset("mr mrs ms miss madam dame lady sir lord".split())
#: Singular third-person pronouns of a man: a subject one right after a name tells which pronoun
#: can refer to that person ("John Doe said he ..."; attribution/gender.py; English grammar).
MALE_PRONOUN_FORMS = frozenset("he him his himself".split())
#: Singular third-person pronouns of a woman ("Jane Doe said she ..."; as MALE_PRONOUN_FORMS).
FEMALE_PRONOUN_FORMS = frozenset("she her hers herself".split())
#: Singular first-person pronouns ("I have not closed a single pier"; digest/denials.py).
FIRST_PERSON_FORMS = frozenset("i me my myself".split())
#: The first person, singular and plural: a quotation holding one is someone speaking (attribution/sentence_checks.py; read27).
SPEAKING_PERSON_FORMS = frozenset("i me my we us our".split())
#: Regex: the subject and reflexive forms of MALE_PRONOUN_FORMS and FEMALE_PRONOUN_FORMS, the ones
#: read after a name (an object or possessive is often someone else's: "X gave support for her
#: comments"; attribution/gender.py).
GENDERED_SUBJECT_PRONOUNS_RE = "he|himself|she|herself"
#: Words between a role noun and a name that make the noun someone else's ("the wife of John Doe",
#: "an aide to John Doe"; attribution/gender.py; English grammar).
ROLE_NOUN_BREAKS = frozenset("of to with for by and".split())
#: Nouns of documents and findings, which "say" things ("the complaint says", "a poll found") but
#: are never what "they" refers to (attribution/names.py; English grammar).
DOCUMENT_NOUNS = frozenset("""poll polls survey surveys study studies report reports complaint complaints
lawsuit lawsuits suit filing filings document documents memo memos letter letters analysis analyses
data records figures statistics slide slides email emails paper papers ruling rulings indictment
indictments statement statements bill bills law laws plan proposal""".split())

#: Determiners before a description that make the capitalised word after it a name ("the minister Smith";
#: attribution/subjects.py; English grammar).
NAME_DETERMINERS = ("the", "a", "an", "his", "her", "its", "their", "our")
#: Abbreviations that end a name ("Jr", "Inc"; attribution/subjects.py; AP style).
NAME_SUFFIXES = ("jr", "sr", "st", "inc", "co", "corp")
#: Regex: company suffixes after a name that NAME_SUFFIXES does not hold, as companies register them ("Acme Ltd",
#: "Acme LLC", "Acme PLC"; attribution/reading_copy.py, genre39).
COMPANY_SUFFIXES_RE = r"Ltd|LLC|L\.L\.C|PLC|plc|LLP"
#: Words after a person's family name that are no family name ("George T. Conway III", "John Doe
#: Jr."): "Mr. Conway" is George T. Conway III (attribution/names.py; session 10, the lead; AP style).
GENERATION_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
#: Lower-case words inside a multi-word name ("Bank of England"; attribution/subjects.py; seed).
NAME_INNER_WORDS = ("of", "the", "for", "and", "de")
#: Answers a model gives for "who said it" that name nobody (pipeline.py; seen in model output; "" included).
NO_SOURCE_ANSWERS = ("", "article", "the article", "none", "unknown", "null")

#: Regex: subject pronouns that stand for a source before a cue ("he said"; attribution/analysis.py; English grammar).
SUBJECT_PRONOUNS_RE = "he|she|they|it"
#: Possessive determiners after "and" that continue a coordinated subject ("X and his aides"; attribution/subjects.py).
POSSESSIVE_DETERMINERS = ("its", "his", "her", "their")

#: Endings of nouns of a person by occupation, singular and plural ("an epidemiologist at", "a
#: historian at"; fields.py: "at" after them is where someone works, not a place; English morphology).
OCCUPATION_ENDINGS = ("ist", "ists", "ian", "ians")
#: Endings of a singular noun for a person's role ("teacher", "correspondent", "director",
#: "activist", "historian", "assistant"; attribution/analysis.py: a description headed so is one
#: person; English agent-noun suffixes).
PERSON_NOUN_ENDINGS = ("er", "or", "ent", "ist", "ian", "ant")
#: The same without "-ent"/"-ant" ("the agreement", "her retirement"), with "-man"/"-woman": a described speaker after
#: an inverted cue ("..., said a trader.", "..., said a fisherman."; attribution/inverted.py; session 33).
AGENT_SINGULAR_ENDINGS = tuple(e for e in PERSON_NOUN_ENDINGS if e not in ("ent", "ant")) + ("man", "woman")

#: Regex: a speaker before a colon that opens a quotation, up to five capitalised words, a role's
#: lower-case words allowed before the name ("Jane Doe: “...”", "Home team manager Jane Doe: “...”";
#: attribution/frames.py; British sports and court reports).
COLON_SPEAKER_RE = (r"\s*((?:[A-Z][\w'’.-]*\s+){0,3}(?:[a-z][\w-]*\s+){0,2}[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})"
                    r"\s*:\s*[“\"]")
#: The subject pronoun a resolver reads for a possessive determiner ("his admission" -> "he";
#: attribution/noun_cues.py; English grammar).
SUBJECT_PRONOUN_OF = {"its": "it", "his": "he", "her": "she", "their": "they"}
#: The subject pronoun for an object pronoun after "according to" ("according to him / them"; left19).
SUBJECT_PRONOUN_OF_OBJECT = {"him": "he", "them": "they"}

#: Heads of a description that may stand for any organisation named before ("the company" is Acme
#: Corp.); other heads ("the ministry", "the court") resolve only to a name that holds them
#: (attribution/names.py). News English.
GENERIC_ORG_HEADS = frozenset("company firm corporation group organization organisation business conglomerate".split())
#: Plural nouns with no -s that name several speakers ("local media said", "the police said"): no
#: antecedent of a singular "the company" (attribution/resolution.py; English grammar).
PLURAL_COLLECTIVE_NOUNS = frozenset("media police people staff clergy".split())

#: Words that make an organisation's name a public body, a party or an institution, which "the
#: company" or "the firm" never refers to ("Police said ... The company said ..." is the company's,
#: not the police's; session 10, the lead). Nouns of government and civic life in English news.
PUBLIC_BODY_WORDS = frozenset("""ministry department agency government administration office court police
army military navy council commission senate congress parliament assembly state city county authority
authorities party campaign committee university school district church league prosecutors sheriff board bureau regulator watchdog inspectorate""".split())

#: Regex (case-sensitive): a party description set off by commas after a politician's name
#: ("Sen. Jane Doe, Democrat of Ohio, said"; attribution/insertions.py; AP style).
PARTY_DESCRIPTIONS_RE = "Democrat|Republican|Independent"
#: Regex: a description that, after "the" and a place or party word, stands for the person just named
#: ("the Ohio Republican said", "the Dunmore native said"; attribution/resolution.py; news style).
BACK_REFERENCE_HEADS_RE = PARTY_DESCRIPTIONS_RE + "|native"

#: Nouns of a speech act that a colon and a quotation can complete without a saying verb ("X closed
#: with a promise: “...”", "X's response: “...”"; attribution/insertions.py colon_frame; news style).
COLON_SPEECH_NOUNS = frozenset("""promise pledge vow warning message response reply answer question retort
words word comment comments remarks statement plea advice prediction explanation verdict assessment
argument point""".split())
#: Verbs before such a colon by which the subject receives or comes upon the words, which are then
#: not the subject's ("Police found a note: “...”"; attribution/insertions.py colon_frame).
COLON_RECEIVING_VERBS = frozenset("""found find finds received receive receives got get gets read reads saw see
sees discovered heard hears""".split())

#: Nouns for people or a body that stand as a subject with no determiner though singular in form
#: ("..., but management insisted that ...", "..., while staff said ..."; attribution/contrast.py;
#: English grammar: mass and collective nouns).
BARE_SPEAKER_NOUNS = frozenset("management leadership staff police security personnel government media".split())

#: Words of a source's request to stay unnamed ("a former employee who asked not to be named",
#: "who spoke on condition of anonymity", "who requested anonymity"): a relative clause holding
#: them describes the source and reports nothing (attribution/insertions.py; news style; bat9a).
ANONYMITY_WORDS = frozenset("named identified anonymity anonymous".split())

#: Words before a plural subject that set it apart from the speaker as a third party ("but other
#: paleontologists remain skeptical", "though many economists disagree"; attribution/contrast.py;
#: English grammar, with SUBJECT_DETERMINERS).
THIRD_PARTY_MODIFIERS = frozenset("other outside independent rival local federal state".split())
#: Object pronouns of a person refused something ("denied him parole"; attribution/cue_words.py).
PERSON_OBJECT_PRONOUNS = frozenset("him her them us".split())

#: Heads of "the company"-like references that mean a business ("the company", "the firm";
#: attribution/resolution.py; left16).
COMMERCIAL_HEADS = frozenset("company corporation firm business conglomerate".split())
#: Words of bodies that are no business: "the company" never refers to them ("the Dockers' Union",
#: "the Retail Association"; attribution/resolution.py; English usage; left16).
NON_COMMERCIAL_BODY_WORDS = frozenset("union unions association federation guild chamber foundation society charity".split())
#: Nouns of a person who speaks for a body: "A spokeswoman said" right after a sentence about a
#: company speaks for that company (attribution/spokespersons.py; news English; attr17).
SPEAKER_FOR_BODY_NOUNS = frozenset("spokesman spokeswoman spokesperson".split())

#: Regex: words before a capitalised name that make it a character written or played, not a person
#: who may speak ("for whom the composer wrote the role of Count Ruffo", "played the part of Hamlet",
#: "the title role of Carmen"): "he said" after it is the singer's, never the character's
#: (attribution/names.py; arts reporting; read19).
CHARACTER_LEAD_RE = r"\bthe\s+(?:title\s+|lead\s+|leading\s+)?(?:role|roles|part|character)\s+of\s+$"

#: plural person nouns that do not end in -s (with "-men": "fishermen"): a conflict's source in the
#: plural takes a plural verb in the digest's reasons (digest/reasons.py, session 22)
IRREGULAR_PLURAL_PEOPLE = frozenset({"people", "police", "children"})

#: Role nouns a title before a name stands for, beyond TITLE_NOUN_OF's one noun: "Rep. Jane Doe" and
#: "Representative Jane Doe" are "the congresswoman" or "the congressman" (attribution/role_titles.py;
#: read24; US style books: "Rep." abbreviates "Representative", a member of Congress; a court's "Justice" is "the judge": coref58).
TITLE_ROLE_NOUNS = {"rep": ("congressman", "congresswoman", "representative", "lawmaker"),
                    "representative": ("congressman", "congresswoman", "lawmaker"),
                    "sen": ("senator", "lawmaker"), "senator": ("lawmaker",),
                    "congressman": ("lawmaker", "representative"), "congresswoman": ("lawmaker", "representative"), "justice": ("judge",)}

#: The prepositions (grammar.PREPOSITIONS) and "of": where the head of a noun phrase ends ("critics of the levy", "officials at the council";
#: attribution np_head_speaks, head_before_pp, inverted._group_of, among_those; lead28).
HEAD_END_PREPOSITIONS = PREPOSITIONS | {"of"}
#: Prepositions that tie a role to its body or place in a description ("former president of the society",
#: "an analyst at the bank", "counsel for the town", "a forecaster with the agency"; attribution/apposition.py).
ROLE_PREPOSITIONS = ("of", "at", "for", "with")
#: Regex: the words that open a lower-case description of a person set off before a name ("another officer, Jon
#: Bane,", "a fellow nurse, Ann Roe,"): "the <role>" later is that person (attribution/resolution.py; real47).
ROLE_DESCRIPTION_OPENERS_RE = r"another|an?|one|the|second|fellow"

#: Nouns of a person's standing that a sport page's speaker line ends on before the name, beside PERSON_NOUNS and
#: the "-ist", "-ian", "-man" nouns ("Olympic champion Jane Roe", "Tour winner Tom Vask"; attribution/lead_ins.py).
LABEL_ROLE_NOUNS = frozenset("champion champions winner winners legend legends great greats".split())
