"""Organisations by their names and descriptions, and documents that stand for their makers.

Sources: news English, written while reading short articles written for session 8 (bat9c,
tests/bat9c_battery.txt): company and institution names end with a noun of their trade
("Brightline Foods", "St. Agnes Hospital", "Signal Media"), which a person's name never does;
"the agency" stands for an "Administration" or a "Commission" (US federal agencies, AP style);
"the statement" for whoever issued it. Used by attribution/names.py.
"""

from __future__ import annotations

#: Last words of an organisation's name, never of a person's ("Norvale Pharmaceuticals", "Corvex
#: Semiconductor", "St. Agnes Hospital"); with lang.ORG_HEADS, a name classified as a person but
#: ending with one of these is an organisation ("it" and "the company" may refer to it).
ORG_NAME_ENDINGS = frozenset("""hospital hospitals clinic clinics foods pharmaceuticals pharma semiconductor
semiconductors airlines airways motors industries holdings technologies systems labs laboratories energy
media partners capital brands entertainment communications solutions therapeutics logistics insurance
school schools academy college church hotel hotels stores markets district league
rentals vacations travel tours properties realty homes services consulting
housing estates freight shipping transport construction investments
chemicals chemical petroleum mining resources electronics software networks telecom
zoo zoos aquarium terminal terminals biologics biosciences biotech diagnostics genomics appliances""".split())  # (read12a: "Sea Glass Vacations", a rental agent;
#: attr17: "Fresh Lane Housing" said ... "It also said": a landlord, not "he"; wild20: "The plant's owner,
#: Arvo Chemicals, said ... It said ...": the company, not the fire service named before; lead34: "Harlow Zoo" is
#: no person, and "the zoo said" is that zoo; lead35: "<Name> Terminals said ... It said": the port operator)

#: Last words of a campaigning or aid body's name, never of a person's ("<Name> International", "Human Rights Watch"):
#: the name is an organisation, no "he" or "she" (attribution/name_kinds.classify; coref54: "he said" after "The
#: <Body>'s <Title>, <Name>, ..., <Aid Body> International reported" was given to the body).
BODY_NAME_FINAL_WORDS = frozenset("international watch".split())

#: Nouns that describe a business or club in an apposition after its name ("Marlow Outfitters, the
#: outdoor clothing chain,", "Fernleaf, a startup that ..."): with lang.ORG_HEADS, they make the name
#: an organisation (attribution/referents.apposed_kind; session 11, stated12). News English.
ORG_DESCRIPTION_NOUNS = frozenset("""chain retailer airline carrier maker manufacturer startup developer insurer
lender utility nonprofit charity franchise brand publisher broadcaster distributor supplier operator producer
automaker carmaker drugmaker chipmaker conglomerate business""".split())

#: Heads of an organisation's name that a description may name differently: "the agency" may be
#: the Food and Drug Administration or a Commission; "the hospital" a clinic; "the school" a college.
DESCRIPTION_NAME_HEADS = {
    "agency": ("administration", "commission", "service", "bureau", "authority", "board"),  # ("the <X> Safety Board": genre44)
    "airline": ("airlines", "airways", "air"), "carrier": ("airlines", "airways", "air"),  # (stated12)
    "club": ("fc", "sc", "afc", "united"), "team": ("fc", "sc", "afc", "united"),
    "hospital": ("clinic",),
    "school": ("college", "university", "academy", "institute"),  # "the school" for Lakeside College (session 9)
}

#: Documents that "the <noun>" refers back to, standing for whoever issued them ("In a statement,
#: Acme said ... The statement also said ..."; a report or a study stays a source of its own).
ISSUED_DOCUMENT_NOUNS = frozenset("statement letter release email memo post tweet announcement".split())
#: Nouns of a written text quoted as its own source that the next sentence calls "it" ("Ms Holt's citation
#: stated: ... It said: ..."; attribution/spokespersons.py `document_it`; news English; read29).
SPEAKING_TEXT_NOUNS = frozenset("""nomination citation statement letter report note tribute message notice post tweet
    email memo release announcement document submission petition application entry obituary""".split())
#: Written things whose words a page quotes with "it reads" / "the sign read:" (with SPEAKING_TEXT_NOUNS): what
#: a reading "it" stands for, never a person named before (attribution/spokespersons.read_it; read34, an advert).
READ_TEXT_NOUNS = SPEAKING_TEXT_NOUNS | frozenset("""advertisement advert ad ads listing sign banner placard label
    plaque inscription card caption headline poster flyer leaflet profile bio message""".split())

#: Last words of a page section's title that stands alone as the article's first line ("News in
#: brief", "Business News", "Police Blotter", "Sports Roundup", "Education Update"): a label, no
#: organisation a later "the company" or "it" refers to (session 9, left10; news sites' section names).
SECTION_TITLE_WORDS = frozenset("""news brief briefs briefing briefings roundup round-up update updates digest
notes blotter watch report bulletin wrap recap""".split())
#: Regex: lower-case words inside an organisation's capitalised name ("Westgate School of Art and Dance",
#: "Fund for the Arts"; attribution/source_extent.py; English names; read30).
ORG_NAME_INNER_WORDS_RE = r"of|and|for|the|&"

#: Determiners that make a noun phrase singular, so a bare verb form cannot follow its words ("A
#: Tarne Watch report came out": "report" is the noun; a verb would be "reports"; English grammar;
#: attribution/cue_nouns.py, lead29).
SINGULAR_DETERMINERS = frozenset({"a", "an", "this", "that", "each", "every", "another"})

#: Regex: words after the head noun of a description in commas that carry it on to its closing comma
#: (", a maker of home batteries,", ", a startup based in Austin,", ", a charity that counts eels,";
#: attribution/referents.py; English; lead29 added the relative pronouns).
DESCRIPTION_GOES_ON_RE = "of|for|in|based|that|which|who|whose"
#: Nouns by which a story refers back to a news outlet it named ("X told the <Paper> ... , the newspaper reported"):
#: "the newspaper" is the outlet a speaker last told or that last reported (attribution/resolution.py; read34).
OUTLET_BACK_NOUNS = frozenset("""newspaper paper daily tabloid broadcaster station network channel magazine affiliate
    outlet""".split())
#: Regex: a news outlet named after its description ("The centre-left daily Kellsburg Tidende", "the tabloid Dagsnytt",
#: "the business paper Handelsposten"; a press review, genre45): group 1 is the name. "the paper" after it is that
#: outlet (attribution/resolution.py), and the phrase speaks before ", calling it “...”" (frame_shapes.participle_subject).
DESCRIBED_OUTLET_RE = (r"(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,3}(?:" + "|".join(sorted(OUTLET_BACK_NOUNS))
                       + r")\s+((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)")

#: Pieces an outlet publishes that a story names by the outlet ("an article in The <Paper>", "a report by <Site>") and
#: then calls "the article" as the source of what it said: the piece in that outlet (attribution/referents.py; basil45).
PUBLISHED_PIECE_NOUNS = frozenset("article story piece report editorial column".split())

#: Modifiers that make an institution of their own with the noun after them ("the central bank", "the supreme court",
#: "the foreign ministry"): "the central bank" is no bank named in the story that lacks the word ("Oster Bank dropped 9%
#: ... The central bank said ...": the country's central bank; attribution/resolution.py; lead35). News English.
INSTITUTION_MODIFIERS = frozenset("""central supreme constitutional appeals appellate federal foreign interior defence
defense finance health justice""".split())

#: Nouns of goods a firm makes or tests, written before the goods' own one-word name ("the heart pump <Name>", "the
#: weight-loss drug <Name>", "its new app <Name>"): that name is the product, never what "the company" or "it" means
#: (attribution/coreference.brand_of_goods; coref56). News English.
PRODUCT_NOUNS = frozenset("""drug drugs medicine medication vaccine pill pills treatment therapy device devices pump
implant inhaler supplement pesticide weedkiller herbicide chemical compound formula phone smartphone tablet laptop
app software chatbot platform console game car vehicle truck jet aircraft plane engine chip processor robot
product""".split())
