"""Places: the nouns and prepositions of a place phrase.

Sources: general administrative and geographic nouns, English prepositions of place; no place
names. Used by fields.py (claim fields) and digest/pairs.py (places a claim mentions).
"""

from __future__ import annotations

#: Common nouns that head a place phrase ("the Vale region", "Cook County"): general administrative and geographic nouns,
#: and the heads of town and street names ("Cedar Springs", "Elm Street": "he" never refers to them).
PLACE_NOUNS = frozenset("""region regions city cities state states province provinces county counties district districts area areas border borders town towns village villages capital country countries island islands coast valley river mountains oblast territory territories republic municipality neighborhood neighbourhood suburb suburbs peninsula sea ocean gulf bay lake basin parish borough prefecture canton zone airport port base plant strait
springs heights falls beach creek canyon harbor harbour square avenue street""".split())

#: Venues that are also organisations (lang.ORG_HEADS, read22: "The Velmora Ballet Theatre says ..." is a
#: company, never the "she" after it): what happens "at the Velmora Ballet Theatre" still happens in a
#: place, so places.place_of does not drop them as organisation names (the lead, session 21).
VENUE_NOUNS = frozenset("theatre theater opera ballet museum gallery".split())

#: Parts of a settlement after its name ("Brenton city centre", "the Kelso town hall"): with PLACE_NOUNS,
#: what may follow a place's name inside the place (places.place_of; session 14).
PLACE_PART_NOUNS = frozenset("centre center downtown outskirts".split())

#: Lower-case words inside a place phrase ("Norland's western Vale region", "the Gulf of Mexico"): compass words, articles, of/and.
PLACE_INNER_WORDS = frozenset("""the of and de del la le northern southern eastern western central north south east west northeastern northwestern southeastern southwestern northeast northwest southeast southwest upper lower greater border""".split())

#: Prepositions that put a capitalised word after them in the role of a place.
PLACE_PREPOSITIONS = ("in", "near", "at", "outside", "from", "to", "into")
#: Prepositions of location: a capitalised run right after one is a place, not a person ("trapped
#: at Bar Hill"; attribution/names.py). Not "from"/"to" ("a letter from Jane Doe").
LOCATIVE_PREPOSITIONS = ("in", "at", "near", "outside")
#: Prepositions whose object is where something is, comes from or goes: a body named after one is a place, no
#: speaker ("... escaped from Harlow Zoo ...": summary_sources; lead34).
WHENCE_PREPOSITIONS = LOCATIVE_PREPOSITIONS + ("from", "of", "into", "to")
#: Participles that put an organisation somewhere ("a startup based in Austin", "headquartered in
#: Ohio"): the name after them and a locative preposition is a place (attribution/names.py; session 10, over11).
SEAT_PARTICIPLES = ("based", "headquartered", "located")

#: Regex: prepositions before a place name in a claim's evidence (fields.py).
PLACE_PHRASE_PREPOSITIONS_RE = ("in|near|at|into|outside|across|around|from|toward|towards"
                                # "to" after a verb of travel: the journey's end ("flew to Beijing"; read20)
                                "|(?:flew|travell?ed|moved|returned|headed|relocated|sailed|drove)\\s+(?:back\\s+)?to"
                                # a compass point and "of" ("35km north of Kelso"; read14)
                                "|(?:north|south)(?:east|west)?\\s+of|(?:east|west)\\s+of")
#: Nouns of a settlement that a place name may follow without "of" ("in the capital Tervan", "in
#: the town Hallam"; fields.py; read14). Lower-case only: "the City Council" is no place.
SETTLEMENT_NOUNS = ("capital", "city", "town", "village")
#: Nouns before "from"/"in" + a name that make the name a source, a publication or an actor, no
#: place ("pressure from Acme Corp.", "an article in The Daily Planet", "a story in the Courier";
#: fields.py, with the statement and support nouns).
NOT_PLACE_BEFORE_NOUNS = frozenset("""pressure opposition resistance backlash pushback help funding donations
money approval permission article articles story stories piece column op-ed editorial book books
broadcast program show podcast newsletter headline
call calls appeal appeals request requests invitation plea vote votes""".split())  # ("answering a call from Rosa Diaz"; read11a)

#: A match report's actions before "from" only ("a challenge from Tom Reddin", "a cross from Lewis
#: Abara"): the player who made it, no place (wild20). Not before "in" ("The film was shot in New
#: Mexico", "the Red Cross in Geneva"). Used by places.place_of.
PLAYER_ACTION_NOUNS = frozenset("pass passes cross crosses header headers shot shots tackle challenge save saves foul "
                                 "try tries goal goals score scores penalty penalties kick kicks duties".split())  # (lead36: a rugby report)
#: Verbs with a particle "in" before a person ("bring in Jane Doe", "sworn in", "weighed in"): the
#: name after the particle is no place (fields.py).
PHRASAL_IN_VERBS = frozenset("""bring brings brought bringing call calls called calling swear swears swore
sworn swearing weigh weighs weighed weighing chime chimes chimed step steps stepped fill fills filled
usher ushers ushered""".split())

#: Regex: lower-case words inside a place name ("the Gulf of Mexico", "Cook County"; fields.py).
PLACE_NAME_WORDS_RE = "of|region|province|state|city|county|district|oblast|area"
#: Words that may follow a place name (the name then stands alone as a noun phrase; fields.py).
PLACE_FOLLOWERS = frozenset("""and or but on in at to for with by from of is was were are has have had said says
after before over as since during when where which who that this last next early late overnight
while until because although though unless yesterday today tonight tomorrow earlier near outside""".split())  # a subordinate clause after it (read17: "at Bar Hill while ..."); a day ("arrived in Kelso yesterday"; read20); a larger
# place ("at <Village> near <Town>": the village, the nearer name; real55)
#: Words in -ly after a place name that are no adverb ("in the Courier weekly ...", "in the Kelso daily
#: edition"): an adverb after the name ("voters in Kelso frequently ...") lets it stand alone (fields.py; read15).
PLACE_NOT_ADVERB_LY = frozenset("daily weekly fortnightly monthly quarterly yearly nightly hourly family".split())

#: Demonym suffixes, longest first ("Nigerian" -> "Nigeri-a", "British" -> "Brit-ain"; verify/checks.py;
#: English morphology).
DEMONYM_SUFFIXES = ("ians", "ian", "ans", "an", "ish", "ese", "i")

#: Compass words of a place name ("North Korea", "Western Australia"): titles elsewhere (TITLE_WORDS), but
#: part of the name when a name follows, so checked against the article; each with the forms that name
#: the same direction ("Western Australia" = "west Australian"; verify/words.py, verify/checks.py; English).
COMPASS_FORMS = {
    "north": ("northern",), "south": ("southern",), "east": ("eastern",), "west": ("western",),
    "northern": ("north",), "southern": ("south",), "eastern": ("east",), "western": ("west",),
}

#: First words of a capitalised run that make it a place, not a person ("North Norland", "Eastern
#: Vale"; attribution/names.py): compass words and the usual place-name prefixes (English), and the
#: Spanish and Portuguese article and saint words that open place names ("Los Altos", "San Marcos",
#: "Santa Ana"; read16: "Los Angeles" was read as a person, and "the attorney" resolved to it).
PLACE_PREFIXES = frozenset("""north south east west northern southern eastern western central upper lower
greater new los las san santa""".split())

#: Regex: a compass direction word ("south", "southwest", "northeastern", "westward"; quantity.py:
#: "200 miles southwest of X" measures a distance, the direction is not what is counted).
COMPASS_WORD_RE = r"(?:north|south)(?:east|west)?(?:ern|erly|ward)?|(?:east|west)(?:ern|erly|ward)?"

#: The four compass points (fields.py: a phrase may end with one, unlike other inner place words).
COMPASS_POINTS = frozenset({"north", "south", "east", "west"})
#: Endings of a capitalised adjective of origin before a place noun ("the Spanish border area", "the
#: Mexican coast"): no place name of its own (places.place_of; English morphology; session 14).
ADJECTIVAL_PLACE_ENDINGS = ("ish", "ese", "ian", "can")
#: Endings of adjectives of nationality ("Nigerian", "British", "Chinese", "Iraqi"; verify/__init__.py).
DEMONYM_ENDINGS = ("ian", "ish", "ese", "an", "i")
#: Endings of a capitalised word of a creed or movement written before nouns ("Islamist militants",
#: "Marxist rebels"): an adjective like a nationality's, no storyline of its own (digest/storylines.py; digest34).
MOVEMENT_ENDINGS = ("ist",)
#: Endings of a nationality word written before a person's full name ("American Jane Roe says ...",
#: "Canadian", "British", "Chinese", "Korean"): no part of the name (attribution/name_kinds.py; read15).
#: Narrower than DEMONYM_ENDINGS so that titles ("Chairman", "Dean") stay.
NATIONALITY_BEFORE_NAME_ENDINGS = ("ican", "ian", "ish", "ese", "ean")

#: Regex: the last word of a street name ("Elm Street", "Fifth Avenue"): a number before the name
#: is a house number, not a count (quantity.py; English).
STREET_NOUNS_RE = "Street|St\\.|Avenue|Ave\\.|Road|Rd\\.|Boulevard|Blvd\\.|Lane|Drive|Square|Place"

#: Compass and size adjectives before a place name ("in northern Kelso", "in the eastern Vale
#: region"; fields.py; English grammar).
COMPASS_ADJECTIVES = frozenset("""northern southern eastern western central north south east west northeastern
northwestern southeastern southwestern northeast northwest southeast southwest upper lower greater""".split())
#: Lower-case words before a place name that describe a part of it ("in downtown Detroit", "in rural
#: Ohio"; fields.py reads the name after them, like a compass word; fields9, English).
PLACE_PREMODIFIERS = frozenset("downtown suburban rural coastal".split())
#: Place nouns that name a place with "of" ("the province of Valdoria", "the town of San Elio";
#: fields.py): PLACE_NOUNS without the ones "of" makes something else ("the border of", "a plant of").
OF_PLACE_NOUNS = PLACE_NOUNS - frozenset("border borders plant base zone".split())

#: Nouns of places and built things that a person's name may label ("the Santa Rita dam", "the
#: John Roe bridge", "the Mary Lee hospital"; attribution/names.py: such a name is no person a
#: pronoun refers to). English news vocabulary of infrastructure, not of any one topic.
NAMED_THING_NOUNS = PLACE_NOUNS | frozenset("""dam dams bridge bridges road highway tunnel hospital school
university college stadium arena mine reactor station prison museum church mosque temple library factory
refinery pipeline building tower park reservoir canal levee dike terminal hall center centre""".split())

#: Last words of names of events and periods, not places ("around the First World War", "at the
#: World Cup", "during the Cold War"; fields.py; general English).
EVENT_NAME_HEADS = frozenset("""war wars cup games olympics olympiad championship championships festival summit
revolution crisis era convention tournament conference open expo marathon awards prix session sessions""".split())  # ("in Executive Session": real57)
#: Names of faiths said alone that do not end in "-ism" ("draws from Christianity, Judaism and ..."): a belief, no place
#: (places.py, which also skips any one word in "-ism"; real51).
FAITH_NAMES = frozenset("christianity islam christendom shinto wicca".split())
#: Names of feasts and holidays said alone ("at Easter", "over Christmas"): a time, no place (places.py; real50).
HOLIDAY_NAMES = frozenset("easter christmas thanksgiving halloween passover ramadan diwali hanukkah eid lent advent".split())
#: Last words of names of days and holidays of three or more words, or after a possessive ("Harvest
#: Remembrance Day", "Founders' Day", "Mother's Day"): no person "he" or "she" refers to (attribution/name_kinds.py;
#: read27: "he says" went to a memorial day named before it). Two words alone may be a person ("Doris Day").
HOLIDAY_NAME_HEADS = frozenset("day eve".split())
#: First words of names of storms and operations, never places nor persons ("from Hurricane Sandy",
#: "during Operation Desert Storm"; fields.py, attribution/name_kinds.py; session 10, the lead).
NAMED_EVENT_FIRST_WORDS = frozenset("hurricane typhoon cyclone tropical storm tornado operation tour tours".split())
#: Words of the names of public programmes, never persons ("the Social Security system", "Medicare
#: Advantage"; attribution/name_kinds.py; session 10, the lead: "he said" went to "Social Security").
PROGRAMME_NAME_WORDS = frozenset("security medicare medicaid obamacare".split())
#: Last words of names of texts, not places ("outlined in the Constitution", "under the Clean Air
#: Act", "in the Paris Accord"; fields.py; session 10, the lead).
TEXT_NAME_HEADS = frozenset("""constitution charter treaty act acts amendment amendments accord accords code
agreement agreements pact bible koran quran torah record article section chapter clause""".split())
#: Endings of a one-word capitalised plural of people, not a place ("complaints from Republicans",
#: "support among Democrats", "Catholics"; fields.py; session 10, the lead).
PEOPLE_PLURAL_ENDINGS = ("ans", "ats", "ists", "ites")
#: Last words of names of publications, not places ("reported in the New England Journal of
#: Medicine", "wrote in the Daily Ledger"; fields.py; the mastheads of English news; fields9).
PUBLICATION_HEADS = frozenset("""journal times post gazette herald tribune chronicle magazine review ledger
courier dispatch telegraph guardian bulletin newsletter""".split())

#: Heads of a role "of" a field before "at" an employer ("head of luxury at Euromonitor", "director of
#: research at Acme"): where the person works, not a place of the claim (places.place_of; read12a).
ROLE_OF_HEADS = frozenset("head director chief professor manager editor president dean chair".split())
#: Initials that name a place (a country or a union of countries), unlike an organisation's ("in
#: the FBI", "the House GOP's plan": places.place_of; read12c, BASIL stories).
PLACE_ACRONYMS = frozenset("US USA UK EU UAE DRC PRC ROK DPRK GB NYC LA DC".split())

#: Verbs that say where a text appeared ("wrote last week in X", "was quoted in X", "published in X"):
#: the name after "in"/"at" is a publication, not the claim's place (places._not_the_claims_place;
#: the lead, session 25, from the `where` of the BASIL claims). "reported" is not here: "the case
#: was reported in Kelso" names a place.
TEXT_APPEARING_VERBS = frozenset("""wrote writes write writing written quoted published publishes printed
op-ed column""".split())  # not "appeared": "appeared in court in Kelso"
#: Verbs whose "in" takes an object, not a place: "I trust in Providence", "believe in the Silver
#: Rule", "specialized in ..." (places._not_the_claims_place; the lead, session 25). No nouns: "defend
#: faith in Velmora" is faith in a place.
#: "trust" is a noun too ("hospital trusts in Kelso"): IN_OBJECT_AFTER_PRONOUN holds it.
IN_OBJECT_WORDS = frozenset("""believe believes believed believing
specialize specializes specialized specializing specialise specialises specialised specialising
invest invests invested investing participate participates participated participating
engage engages engaged engaging result results resulted resulting
""".split())
#: Nouns of trust whose "in" names what is trusted when a possessive holds them ("putting our faith in God", real54;
#: not "defend faith in Arden", lead25: a bare noun's "in" may be a place).
TRUST_NOUNS = frozenset("faith belief confidence trust".split())
#: Nouns of a channel a speaker talks through ("via video link from Geneva", "speaking by phone from Honolulu"): the
#: "from" names where the speaker was (read39), not an origin (places._not_the_claims_place; lead45).
CHANNEL_NOUNS = frozenset("link phone telephone satellite videolink line".split())
#: Verbs whose "in" takes an object only after a subject pronoun: "I trust in Providence" (a verb),
#: "the hospital trust in Kelso" (a noun: a place follows; places._not_the_claims_place).
IN_OBJECT_AFTER_PRONOUN = frozenset("trust trusts trusted".split())
#: Endings of a one-word nationality adjective ("Norwegian", "Danish", "Maltese"); before a
#: lower-case noun it is no place ("in Norwegian organized fraud"; places._not_the_claims_place).
DEMONYM_ADJECTIVE_ENDINGS = ("ian", "ish", "ese")
#: Languages and nationality adjectives not ending so ("shows in French that reach ...", "talks held in Dutch"):
#: a language after "in" is no place (places._not_the_claims_place; real55, a network's languages). Closed class.
LANGUAGE_WORDS = frozenset("french dutch greek thai czech welsh arabic hebrew latin basque swiss scots cantonese mandarin".split())

#: Regex: verbs whose "at" names a target, not a place ("hit out at <player>", "shouted at the crowd", "pointed at
#: the clock"): the name after it is no claim's `where` (places._not_the_claims_place; read34, a pundit's criticism).
AT_TARGET_VERBS_RE = (r"(?:hit|hits|hitting|lash|lashed|lashes|lashing)\s+out|shouted|shouting|yelled|yelling"
                      r"|looked|looking|pointed|pointing|aimed|aiming|swiped|swiping|sneered|jabbed|snapped|barked|glared")

#: Regex: a home town set off after a person's name, perhaps "formerly of" and a nearer place (", formerly of
#: <Village>, near <Town>,"; ", of <Village>, near <Town>,"): the person's home, not where the claim happened
#: (places.py; read38).
HOME_TOWN_APPOSITION_RE = (r"(?<=[a-z\d]),\s+(?:(?:formerly|originally|previously)\s+)?of\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
                           r",\s+(?:near|outside)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?=,)")

#: Regex: a life-history participle set off by commas ("The dancer, raised in <State> and <State>, left ...", "<Name>,
#: born in <Town>, ..."): only a person is born or raised, so the place is the person's, no claim's (places.py; real54).
BIOGRAPHY_APPOSITION_RE = r",\s+(?:born|raised|bred|educated|brought\s+up|born\s+and\s+raised)\s+(?:in|near|on)\s+[^,;:.!?]{1,80}(?=,)"
#: Regex: a body's seat set off by commas ("sold its steel division, based in <Town>, to <Buyer>"): where the body sits, not
#: where the claim happened (places.py; real55). "The festival, held in Kelso, ..." (an event's place) is no seat.
SEAT_APPOSITION_RE = r",\s+(?:(?:which\s+is|that\s+is)\s+)?(?:based|headquartered)\s+(?:in|near|at)\s+[^,;:.!?]{1,80}(?=,)"
#: Regex: a made thing's origin set off by commas, with a larger place after it ("the <car>, made in <Town>, in northern
#: <Country>, would cost ..."): where it was made, not where the claim happened (places.py; real57). "The bridge, built in
#: <Town>, collapsed" (a built thing stays where it was built) keeps its place.
MADE_APPOSITION_RE = (r",\s+(?:made|manufactured|assembled|produced|grown|brewed)\s+(?:in|near|at)\s+[^,;:.!?]{1,60}"
                      r"(?:,\s+(?:in|near)\s+[^,;:.!?]{1,60})?(?=,)")
#: Verbs whose "from" goes with the verb, a source of what is taken or moved ("seized 40 guns from <Town>", "brought the
#: parts from <Town>"): a plural noun between them keeps the place (places._noun_in_s; real57).
TAKING_FROM_VERBS = frozenset("""seize seizes seized take takes took taken remove removes removed rescue rescued evacuate evacuated
steal stole stolen withdraw withdrew withdrawn pull pulled recover recovered confiscate confiscated bring brought move moved
deport deported expel expelled send sent carry carried fly flew flown ship shipped drive drove driven""".split())
#: Determiners that open a verb's object ("<Center> in <City> maintains a program"; places.py: an "-s" word before one is a
#: verb, so the place before it stands alone; real57).
PLACE_VERB_OBJECT_DETERMINERS = ("a", "an", "the", "its", "their", "his", "her")
#: Words before a word in "-s" that make it a plural noun, no verb: determiners, prepositions, "and" (places._noun_in_s; real57).
NOUN_IN_S_LEADS = frozenset("the these those its their his her our some many all more on of for with against by in and".split())
#: Superlatives that do not end in "-est" ("the best <player> in <Country>"; places._superlative_domain; real57).
IRREGULAR_SUPERLATIVES = frozenset("best worst top".split())
#: Words in "-est" that are no superlative ("the interest in <Town>", "a protest in <Town>") and superlatives of time whose
#: noun happened where the claim did ("the latest attack in <Town>"): places._superlative_domain reads past them (real57).
NOT_DOMAIN_EST_WORDS = frozenset("""interest honest modest forest protest request contest harvest conquest inquest arrest unrest
behest manifest digest latest earliest""".split())
#: Nouns of a level or a rate that a superlative ranks within a place ("the highest unemployment levels in <Country>", "the
#: lowest rate in <Country>"): the place bounds the ranking, not the claim (places._superlative_domain; real55's Left, real57).
RANKED_MEASURE_NOUNS = frozenset("level levels rate rates share unemployment score scores number proportion".split())
#: Regex: a restrictive "who" clause of a life history or a service up to the place named ("veterans who served in <Country>
#: or <Country> commit ...", "workers who lived near <Town>"): the place tells which people, not where the claim happened
#: (places.py; real56's Left, real57). Only these verbs: "a man who was shot in <Town>" keeps its place.
LIFE_RELATIVE_RE = (r"\bwho\s+(?:(?:have|had|once|previously|formerly)\s+)?(?:served|lived|live|worked|work|fought|grew\s+up|were\s+born|was\s+born"
                    r"|studied|were\s+deployed|was\s+deployed|were\s+stationed|was\s+stationed)\s+(?:\w+\s+)?(?:in|at|near)\s+(?:the\s+)?"
                    r"[A-Z][\w'’.-]*(?:\s+(?:(?:and|or|of)\s+)?(?:the\s+)?[A-Z][\w'’.-]*)*")

#: Regex (case-insensitive): "via (a) video link from <place> (in <town>)" -- the far end of a link, not where a
#: hearing was (places._place_of; read39, a court report).
LINK_FROM_RE = r"\b(?:via|by|over)\s+(?:an?\s+)?(?:video|live|satellite|audio)\s+(?:link|feed)\s+from\s+[^,;.]*"
#: Regex (case-insensitive): words before such a link that make it a hearing's ("appeared at <Court> via video link
#: from <Prison>"; not "spoke to reporters via video link from <City>": places._place_of; read39).
HEARING_WORDS_RE = r"\b(?:appear\w*|court|hearing|tribunal|inquest)\b"

#: Nouns of a spell of work before "at" ("stints at <Firm> and <Shop>", "a job at <Name>"): the name after is an
#: employer, not where the claim happened (places.py; basil45, a profile's "including stints at ...").
WORK_SPELL_NOUNS = frozenset("stint stints job jobs internship internships apprenticeship shift shifts".split())
#: Nouns of a person's post at a firm before "at" ("<Name>, partner at <Firm>", "a senior fellow at <Institute>"): the
#: name after is an employer, not the claim's place (places.place_of; real52, a lawyer "partner at" a law firm).
POST_AT_NOUNS = frozenset("""partner partners associate associates fellow fellows researcher researchers lecturer lecturers
trader traders banker bankers manager managers worker workers employee employees""".split())
#: Prefixes of a verb whose stem is an irregular past ("withdrew", "retook", "outran", "overtook"): a verb before
#: "from", whose place is where it happened (places._not_a_verb; English morphology; lead45).
VERB_PREFIXES = ("with", "re", "out", "over")

#: Plural endings no verb has: a word before "from" in one is a noun, its "from" an origin ("network intrusions from
#: <Country>", "shipments from <Port>"; places._not_a_verb; real56).
PLURAL_NOUN_ONLY_ENDINGS = ("tions", "sions", "ments", "nesses", "ities")
