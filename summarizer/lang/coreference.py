"""Word lists of the coreference rules (attribution/coreference.py; coref48, session 39): what a person acts
through after a possessive name, and the kin who share a family name. English."""

from __future__ import annotations

#: What a person heads and acts through, after a possessive name ("District Attorney Jo Marsh's office reviewed it, and
#: she determined ..."): that person is the clause's actor, a "he"/"she" after it may be them (attribution/coreference).
PERSONAL_OFFICE_NOUNS = frozenset("office administration cabinet chambers staff team campaign".split())
#: Kin nouns that share the family name of their relative ("When Edwin Pike died, his son, Ronald, took over": Ronald
#: Pike; attribution/coreference). Not a wife, husband, in-law or cousin, whose name may differ.
SURNAME_KIN_NOUNS = frozenset("son daughter brother sister father grandson granddaughter".split())
#: Quantifying pronouns that stand alone as a plural subject ("Some have suggested ...", "Many argue ..."): a group,
#: never the antecedent of "he"/"she" (attribution/coreference.plural_quantifier).
PLURAL_QUANTIFIER_SUBJECTS = frozenset("some many most several both others few all".split())
#: Nouns of who leads a body, after its name in a description ("the al-Wefaq leader", "the Reform chief"): a
#: description of the article's main speaker when no one else holds it (attribution/coreference.led_by_speaker).
LEADER_NOUNS = frozenset("leader chief head boss chairman chairwoman chair founder".split())
#: How someone spoke, as a whole predicate ("..., the party leader was more blunt."): the sentence introduces the
#: quotations that follow as that person's (attribution/coreference.manner_lead). Not "critical" (a patient's state).
SPEAKING_MANNER_ADJECTIVES = frozenset("blunt blunter candid frank franker forthright outspoken scathing emphatic explicit forceful".split())
#: Heads of a description of a public body ("the tax authority", "the food agency"): after ", but" in a sentence
#: whose subject is a body's acronym, that body (attribution/coreference.sentence_body).
PUBLIC_BODY_HEADS = frozenset("authority agency regulator watchdog department ministry body".split())
#: Degree words between "was" and a manner of speaking ("was even more blunt"; attribution/coreference.manner_lead).
MANNER_DEGREE_WORDS = frozenset("even much far rather more less still equally".split())
#: Finite auxiliaries and forms of "be" right after a subject ("<Firm> is recalling", "<Brand> has ..."): a verb, so the
#: name before it acts (attribution/coreference: brand_of_goods, sentence_firm, sentence_body).
SUBJECT_AUXILIARIES = frozenset("is are was were has have had will would".split())
#: Lower-case nouns that describe a person by standing or relation rather than by office, written before the name
#: ("club legend Ray Parlour", "Hollywood veteran Jo Marr", "<Name>'s neighbor Tisha Crear"): a description, no part
#: of the name (attribution/name_completion). Not an office ("spokeswoman", "director"): whom the person speaks for.
DESCRIBED_ROLE_NOUNS = frozenset("""legend veteran star icon great stalwart favourite favorite hero newcomer neighbor
neighbour widow widower survivor""".split())
#: Titles written before a surname alone after the full name ("Sheikh Salman" after "Sheikh Ali Salman"), besides
#: lang.PERSON_TITLES (attribution/name_completion.titled_full).
SHORT_FORM_TITLES = frozenset("sheikh imam rabbi ayatollah emir cardinal bishop archbishop pastor".split())
#: A plural title before two names joined by "and" and the title of each ("Senators Jo Marr and Tom Hale":
#: attribution/name_completion.plural_title_pair).
PLURAL_TITLE_OF = {"senators": "Senator", "sens.": "Sen.", "sens": "Sen.", "representatives": "Representative",
                   "reps.": "Rep.", "reps": "Rep.", "governors": "Governor", "govs.": "Gov.", "professors": "Professor",
                   "drs.": "Dr.", "drs": "Dr.", "judges": "Judge", "justices": "Justice", "mayors": "Mayor"}
#: Capitalised letters of a member of a legislature written between a constituency and the name ("<Place> East AM
#: <Name>", "<Town> MP <Name>"): an office, no part of the name (attribution/name_completion.office_person).
MEMBER_ACRONYMS = frozenset("AM MP MSP MEP MLA TD MS MHK".split())
#: Occupations written before a name besides lang.ROLE_NOUNS and lang.PERSON_NOUNS ("Journalist <Name>",
#: "photographer <Name>"): a description of the person, no part of the name (attribution/name_completion.office_person).
OCCUPATION_NOUNS = frozenset("""journalist writer novelist poet actor actress singer musician designer architect
broadcaster filmmaker bookkeeper book-keeper boss""".split())  # (coref56: "Book-keeper <Name>", "<Firm>'s UK boss <Name>")
#: Words after a speech verb that name no one spoken to ("admitted Tuesday she ...", "said on Monday he ..."; with
#: lang.TIME_WORDS: attribution/gender, a told clause's pronoun).
NOT_TOLD_WORDS = frozenset("that on in at last this earlier later again also then".split())
#: Short given names and the formal given name they stand for, a small common set (not a nickname dictionary):
#: "Bill <Surname>" and "William <Surname>" in one article are one person when no one else has that surname
#: (attribution/name_completion.one_given_form; coref52).
GIVEN_NAME_SHORT_FORMS = {"bill": "william", "billy": "william", "will": "william", "bob": "robert", "rob": "robert",
                          "jim": "james", "jimmy": "james", "mike": "michael", "tom": "thomas", "dick": "richard",
                          "rick": "richard", "joe": "joseph", "ted": "edward", "ed": "edward", "chuck": "charles",
                          "dave": "david", "dan": "daniel", "steve": "stephen", "tony": "anthony", "ken": "kenneth",
                          "chris": "christopher", "matt": "matthew", "nick": "nicholas", "andy": "andrew",
                          "ron": "ronald", "don": "donald", "sam": "samuel", "ben": "benjamin", "tim": "timothy",
                          "liz": "elizabeth", "beth": "elizabeth", "kate": "katherine", "sue": "susan"}
#: Words that date a role as an adjective before it ("the former treasurer and current candidate": one person's two
#: roles; attribution/subject_checks.role_pair); not "later"/"once", which open a verb phrase ("... and later retired").
ROLE_DATE_ADJECTIVES = frozenset("former current now then acting ex".split())
#: Titles of knighthood written before a given name alone ("Sir Milo" after "Sir Milo Varga": one person, style-book
#: usage; attribution/title_forms.given_after_title; coref54).
GIVEN_NAME_TITLES = frozenset("sir dame".split())
#: Academic and courtesy titles after which a description written before them ("Oncology specialist Professor <Name>",
#: "Paediatric consultant Dr <Name>") is no part of the name (attribution/title_forms.described_titled; coref54).
DESCRIBED_BEFORE_TITLES = frozenset("dr doctor prof professor sir dame mr mrs ms".split())
#: Regex: nouns of a contender in a race ("the GOP front-runner", "the presidential hopeful", "presidential hopeful <Name>":
#: attribution/race_contenders.race_contender; coref51, again in session 48).
RACE_CONTENDER_NOUNS_RE = r"front-?runner|hopeful|nominee|candidate|contender"
#: A party's names as a description and an article write them ("GOP" is "Republican"): eval/suites/attribution's chain
#: matcher (described_names; coref57).
PARTY_SHORT_FORMS = {"gop": "republican", "republicans": "republican", "democrat": "democratic", "democrats": "democratic"}
#: Words before an office's title that make it another office than the bare noun ("Former Senator <Name>", "Shadow
#: Minister <Name>", "Prime Minister <Name>" are no "the minister"): attribution/later_holders (coref57).
OTHER_OFFICE_PREFIXES = frozenset("former shadow ex prime".split())
#: People who act or speak for another, by the nouns an article uses for the same role ("his attorney" is the person
#: named before as "<Name>'s lawyer, <Given> <Surname>"): attribution/person_antecedents.named_agent (coref59; news English).
AGENT_NOUN_GROUPS = (frozenset("attorney attorneys lawyer lawyers counsel".split()),
                     frozenset("spokesman spokeswoman spokesperson".split()),
                     frozenset({"agent"}), frozenset({"publicist"}))
