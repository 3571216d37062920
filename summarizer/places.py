"""Where a claim happened (issue 12 item 3): the place a news sentence names, or none.

`place_of(evidence)` finds the first place phrase after a place preposition ("in", "near", "at",
"into" ...) and keeps it only when its context says it is the claim's place, not a person's
employer or home town, a publication, a text, an event, an organisation's initials, a
nationality adjective or the object of a verb ("believe in", "votes from"). Every name it returns
passes `fields.place_in` (a place noun phrase that occurs in the evidence).

Moved out of fields.py (session 25, the lead) when fields.py reached the 400-line limit; the rules
are the ones fields.py held, with the session-25 context checks added (`_not_the_claims_place`).
Word lists: lang/places.py.
"""

from __future__ import annotations

import re

from . import dates, lang
from .letters import fold
from .fields import place_in

_COMPASS = "|".join(sorted(lang.COMPASS_ADJECTIVES | lang.PLACE_PREMODIFIERS))
_OF_PLACE_NOUNS = "|".join(sorted(lang.OF_PLACE_NOUNS))

#: "in/near/at/into ... <Proper Name>": where a news sentence names a place. The name may carry
#: "the", several capitalised words, "of", and a place noun ("region", "province", ...).
_PLACE_PHRASE = re.compile(
    rf"\b(?i:{lang.PLACE_PHRASE_PREPOSITIONS_RE})\s+"  # "In Springfield, ..." opens a sentence too
    # the name may follow a compass word or a place noun with "of" ("in northern Kelso", "in the
    # eastern Vale region", "across the coastal province of Valdoria", "in the town of San Elio")
    rf"(?:(?:the\s+)?(?:(?:{_COMPASS})\s+)?(?:[A-Z][\w'’-]*\s+)(?:{_OF_PLACE_NOUNS})\s+of\s+(?=[A-Z])"  # "in the southern Ruritanian city of Velmora" (read33)
    rf"|(?:the\s+)?(?:{_COMPASS})\s+|(?:the\s+)?(?:[a-z]+\s+)?(?:{_OF_PLACE_NOUNS})\s+of\s+"
    rf"|the\s+(?:{'|'.join(lang.SETTLEMENT_NOUNS)})\s+(?=[A-Z])"  # "in the capital Tervan" (read14)
    rf"|the\s+(?:{'|'.join(lang.SETTLEMENT_NOUNS)}),\s+(?=[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}\s*[,.;)]))?"  # "to the capital, Velmora," (left21)
    rf"((?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|(?:{lang.PLACE_NAME_WORDS_RE})\b))*)")  # "of" is no prefix of "office"


#: Words that may follow a place name (the name then stands alone as a noun phrase).
_AFTER_PLACE = lang.PLACE_FOLLOWERS


def _verb_after(word: str) -> bool:
    """A verb after a place name ends the subject the name closes ("Voters in Clark County will
    decide", "Officials in Brookfield plan to hire", "Residents in Kelso voted"): the name stands
    alone (fields9)."""
    return word in lang.MODALS or word in lang.AUXILIARY_VERBS or _adverb(word) or word in lang.BE_FORMS or word in lang.FUTURE_VERBS \
        or word in lang.HOPE_VERBS or word in lang.IRREGULAR_VERBS or len(word) > 4 and word.endswith("ed")


def _adverb(word: str) -> bool:
    """An adverb in -ly after a place name: "Voters in Kelso frequently backed ..." (read15)."""
    return len(word) > 5 and word.endswith("ly") and word not in lang.PLACE_NOT_ADVERB_LY


def _person_descriptions(text: str) -> list[tuple[int, int]]:
    """The spans of `dates.descriptions` that describe a person: a "who" clause, or an appositive
    headed by a person noun or an occupation in its first words ("a cardiologist at ...", "a tax
    consultant at the firm ... who advised ..."). A description of a thing keeps its place ("The
    festival, held in Kelso, drew ..."; fields9)."""
    out = [(m.start(), m.end()) for rx in (lang.HOME_TOWN_APPOSITION_RE, lang.BIOGRAPHY_APPOSITION_RE, lang.SEAT_APPOSITION_RE, lang.LIFE_RELATIVE_RE, lang.MADE_APPOSITION_RE)
           for m in re.finditer(rx, text)]  # (read38; real54; a body's seat: real55; "who served in": real57)
    for a, b in dates.descriptions(text):
        words = re.findall(r"[a-z]+", text[a:b].lower())[:6]
        head = next((words[i - 1] for i, w in enumerate(words) if i > 1 and re.fullmatch(lang.RELATIVE_PREPOSITIONS_RE, w)),
                    words[-1] if words else "")  # the noun before the first preposition: "a tax consultant at"
        if words[:1] == ["who"] or head in lang.PERSON_NOUNS or head.endswith(lang.PERSON_NOUN_ENDINGS):
            out.append((a, b))
    return out


def _in_quoted_title(evidence: str, at: int) -> bool:
    """`at` lies inside a short quotation whose words are all capitalised but for function words: a title (up to
    twelve words: a book title and its subtitle, read36)."""
    for q in re.finditer(r"[\"“]([^\"“”]{2,80})[\"”]", evidence):
        words = q.group(1).split()
        if q.start(1) <= at < q.end(1) and len(words) <= 12 and all(w[:1].isupper() or w.lower() in lang.FUNCTION_WORDS for w in words):
            return True
    return False


#: "wrote last week in", "was quoted in", "published in": a text verb, up to three words, then the
#: preposition: what follows is where the text appeared (a publication), not the claim's place.
_TEXT_VERB_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(lang.TEXT_APPEARING_VERBS))})(?:\s+[a-z]+){{0,3}}\s+$")
_PRONOUNS = "|".join(sorted(lang.SUBJECT_PRONOUNS | {"who", "I"}))
#: "according to Jo Kell at", "reported by Jo Kell at": a source named with where it works.
_SOURCE_AT = re.compile(r"\b(?:[Aa]ccording\s+to|by)\s+(?:[A-Z][\w.'’-]*\s+){1,3}$")


def _not_the_claims_place(evidence: str, m: re.Match, name: str) -> str | None:
    """Why the name after the preposition of `m` is not the claim's place, by its context (the
    session-25 checks; place_of holds the older ones): a publication a text appeared in, a source's
    employer, the object of a verb or noun that takes "in"/"from" ("trust in", "votes from"), a
    text or event named by its head, dotted initials of an organisation, a company cut at "&", a
    nationality adjective before a noun. None when the context says nothing against it."""
    prep = m.group(0).split()[0].lower()
    before = evidence[:m.start()]
    words = name.split()
    if prep in ("in", "at") and _TEXT_VERB_BEFORE.search(before):
        return "a publication"  # "wrote last week in Harbor Weekly", "was quoted in The Ridge"
    if prep == "at" and _SOURCE_AT.search(before):
        return "a source's employer"  # "according to Omar Field at Lumen Fair"
    if prep == "at" and re.search(r"\b(?:" + lang.AT_TARGET_VERBS_RE + r")\s*$", before, re.I):
        return "a target"  # "hit out at Tom Vale", "shouted at the Mayor": whom, not where (read34)
    gov = re.search(r"(?:\b(" + _PRONOUNS + r")\s+)?([A-Za-z]+)\s*$", before)
    if prep == "at" and gov and gov.group(2).lower() in lang.WORK_SPELL_NOUNS | lang.POST_AT_NOUNS:
        return "an employer"  # "including stints at Lobo Pizza and Marten's" (basil45), "partner at <Firm>" (real52)
    if prep == "in" and gov and (gov.group(2).lower() in lang.IN_OBJECT_WORDS
                                 or gov.group(1) and gov.group(2).lower() in lang.IN_OBJECT_AFTER_PRONOUN
                                 or gov.group(2).lower() in lang.TRUST_NOUNS and re.search(r"\b(?:" + "|".join(lang.POSSESSIVE_DETERMINERS + ("our", "my", "your")) + r")\s+\w+\s*$", before, re.I)):
        return "a verb's object"  # "believe in the Silver Rule", "I trust in Providence"
    if words[-1].lower() in lang.TEXT_NAME_HEADS:
        return "a text"  # "in the Bible", "in Article 4", "into the Federal Record"
    if words[0].lower() in lang.PRONOUNS_NOT_NAMES:
        return "a pronoun"  # "will always live in Me", "The Girl in My Dreams": a title's or a quotation's words (read29)
    if prep == "from" and gov and gov.group(2).lower() in lang.DOCUMENT_NOUNS | lang.STATEMENT_NOUNS:
        return "a source"  # "according to data from Marketline", "a statement from Acme": who gives it (lead35)
    if prep == "from" and gov and (_not_a_verb(gov.group(2)) or _noun_in_s(before)) and gov.group(2).lower() not in lang.CHANNEL_NOUNS and not re.match(r"\s+to\s+(?:the\s+)?[A-Z]", evidence[m.end(1):]) \
            and not re.search(r"\bto\s+\w+\s*$", before):  # ("tried to defect from Cuba": an infinitive)
        return "an origin"  # "threats from Tarvia", "distinct from the Union", "Britain's exit from the Union": not where (lead45)
    if prep == "from" and re.search(r"\b(?:apart|aside)\s*$", before, re.I):
        return "an exception"  # "Apart from Lennon and Starr, no one ...": not where (read29)
    if prep == "from" and gov and (gov.group(2).lower() in lang.NUMBER_UNITS or gov.group(2).lower() in lang.PERSON_NOUNS | lang.PLURAL_PEOPLE_NOUNS):
        return "a person's origin"  # "two Danes and one from Niger", "a man from Leeds", "refugees from <Country>": where they come from
        # (read31; real56)
    if re.match(r"[A-Z][\w'’.]*-(?:based|headquartered)\s+[A-Z]", name):
        return "an organisation"  # "worked at Oslo-based Fjell": a firm, its seat a modifier (read39)
    initials = re.fullmatch(r"(?:[Tt]he\s+)?((?:[A-Z]\.){2,5})", name)
    if initials and initials.group(1).replace(".", "") not in lang.PLACE_ACRONYMS:
        return "an organisation's initials"  # "in the N.S.B." (the U.S. stays)
    if re.match(r"\s*&", evidence[m.end(1):]):
        return "a company"  # "from Marlow & Finch"
    joined = re.match(r"\s+and\s+(?:[A-Z][\w'’-]*\s+){0,3}([A-Z][\w'’-]*)", evidence[m.end(1):])
    if joined and joined.group(1).lower() in lang.ORG_HEADS - lang.PLACE_NOUNS - lang.PLACE_PART_NOUNS - {"house"}:
        return "a company"  # "sourced from Delta Timber and Board Group": one name up to its head (read40)
    if joined and joined.group(1).lower() in lang.TEXT_NAME_HEADS:
        return "a text"  # "members in <Name> and <Name> Leave Act benefits": a law's name up to its head (real56)
    if len(words) == 1 and name.endswith(lang.DEMONYM_ADJECTIVE_ENDINGS) and re.match(r"\s+[a-z]", evidence[m.end(1):]):
        return "a nationality adjective"  # "specialized in Norwegian organized fraud"
    if len(words) == 1 and name.lower() in lang.LANGUAGE_WORDS and not re.match(r"\s+[A-Z]", evidence[m.end(1):]):
        return "a language"  # "shows in French that reach ...", "talks held in Dutch." (real55)
    if prep == "in" and re.search(r"\b(?:[Uu]nlike|than)\s*$", before):
        return "a comparison"  # "Unlike in <Country> or <Country>, the decision received support ...": the place compared (real57)
    if prep == "in" and _superlative_domain(before):
        return "a superlative's domain"  # "<Name> is the highest-ranking prosecutor in <Country>", "the highest unemployment levels in
        # <Country>": the place the ranking runs over, not where the claim happened (real55's and real56's Left)
    if _role_phrase(evidence[:m.start()]):
        return "a person's office"  # "<Name>, Chief Inspector of Schools in <Country>, told ...", "A spokesman for US forces in
        # <Country> said ...": the office's place, not the claim's (real55; real54's Left)
    return None


#: A person's office before "in <Place>" opening the sentence or set off after a comma: "<Title> of|for <Body>" ("Chief
#: Inspector of Schools", "A spokesman for US forces"); the words after "of"/"for" are capitalised, "the" or plural nouns.
_ROLE_BEFORE = re.compile(r"(?:^|,)\s*(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}([A-Za-z]+)\s+(?:of|for)\s+"
                          r"(?:(?:the|[A-Z][\w'’.-]*|[a-z]{3,}s)\s+){1,4}$")


def _role_phrase(before: str) -> bool:
    """The text before a place preposition ends in a person's office opening the sentence or an appositive: its head a
    person noun or title, or a capitalised word in an agent's ending ("Inspector", "Director"); not "the number of
    migrants in <Town>" (no person), nor an object ("He met the director of schools in <Town>": no comma or start)."""
    m = _ROLE_BEFORE.search(before)
    if m is None:
        return False
    head = m.group(1)
    return head.lower() in lang.PERSON_NOUNS | lang.PERSON_TITLES or head[:1].isupper() and head.lower().endswith(lang.AGENT_SINGULAR_ENDINGS)


#: A superlative after a word and a determiner, then up to three words before the place preposition.
_THE_OR_POSSESSIVE = "|".join(("the",) + lang.POSSESSIVE_DETERMINERS)
_SUPERLATIVE = re.compile(r"\S\s+(?:" + _THE_OR_POSSESSIVE + r")\s+(?:(?:most|least)\s+[a-z-]+|" + "|".join(sorted(lang.IRREGULAR_SUPERLATIVES))
                          + r"|([a-z]{3,}est)(?:-[a-z]+)?)((?:[\s-]+[a-z]+){0,3})\s*$")


def _superlative_domain(before: str) -> bool:
    """The text before "in <Place>" ends in a superlative ranking a person or a level after the sentence's first words
    ("is the highest-ranking prosecutor", "had the highest unemployment levels", "the best in"): the place bounds the
    ranking. Not "the latest attack in <Town>" (an event: where it happened), not "the interest in" (no superlative), nor a
    sentence opening with the ranked noun ("The highest rainfall in <Region> fell ...": the subject's place)."""
    m = _SUPERLATIVE.search(before)
    if m is None or m.group(1) and m.group(1) in lang.NOT_DOMAIN_EST_WORDS:
        return False
    words = m.group(2).split()
    head = words[-1].lower() if words else ""
    one = head[:-3] + "y" if head.endswith("ies") else head[:-1] if head.endswith("s") else head  # ("the most influential families in")
    return not words or head in lang.PERSON_NOUNS | lang.PERSON_TITLES | lang.RANKED_MEASURE_NOUNS | lang.PLURAL_PEOPLE_NOUNS \
        or one in lang.KIN_NOUNS | lang.PERSON_NOUNS or head.endswith(lang.AGENT_SINGULAR_ENDINGS + lang.OCCUPATION_ENDINGS + lang.AGENT_PLURAL_ENDINGS)


#: A word in "-s" after a determiner, a preposition, a past form or a number: a plural noun ("It included apples from
#: <State>", "a tariff imposed on imports from <Country>"), so its "from" is an origin (real57); "The team returns from"
#: and "who travels from" keep their verb.
_NOUN_IN_S = re.compile(r"\b(?:" + "|".join(sorted(lang.NOUN_IN_S_LEADS)) + r"|[a-z]{3,}ed|\d[\d,.]*)"
                        r"\s+(?:[A-Za-z]+\s+)?[a-z]{3,}(?<![su]s)s\s*$")


def _noun_in_s(before: str) -> bool:
    """`_NOUN_IN_S` ends `before`, and no verb of taking or moving comes in its last words: "seized 40 guns from <Town>"
    and "brought the parts from <Town>" take "from" with the verb (where it was done), not the noun."""
    m = _NOUN_IN_S.search(before)
    return m is not None and not any(w in lang.TAKING_FROM_VERBS for w in re.findall(r"[a-z]+", before[:m.end()].lower())[-5:])


def _not_a_verb(word: str) -> bool:
    """A word before "from" that is no verb of moving or taking ("fled", "evacuated", "returning", "came"): a noun or
    an adjective ("threats", "exit", "distinct"), whose "from" names an origin or a comparison, not the claim's
    place. Capitalised words (a name) and present forms in "-s" are left alone; a plural in a noun's ending ("intrusions",
    "shipments") is no verb (real56)."""
    w = word.lower()
    irregular = w in lang.IRREGULAR_VERBS or any(w.startswith(p) and lang.is_past_form(w[len(p):]) for p in lang.VERB_PREFIXES)
    return word.islower() and not (lang.is_past_form(w, min_len=3) or w.endswith("ing") or irregular  # ("withdrew", "retook")
                                   or w in lang.BE_FORMS or w in lang.AUXILIARY_VERBS
                                   or w.endswith("s") and not w.endswith(("ss", "ts", "ats") + lang.PLURAL_NOUN_ONLY_ENDINGS))


#: A part of a city or country after its possessor's name ("in Dorvel's Lemna district"; intl38).
_PART_AFTER = r"\s+(?:" + "|".join(sorted(lang.POSSESSED_PLACE_PARTS)) + r")\b"


def place_of(evidence: str) -> str | None:
    """The first place the evidence names after a place preposition, checked by `place_in`; none
    when the name is a month, a weekday or a possessive ("in Smith's view"). Read on a copy with
    ASCII letters for the others (`letters.fold`: "in Łódź" had no place), given as written."""
    if evidence.isascii():
        return _place_of(evidence)
    folded = fold(evidence)
    found = _place_of(folded)
    at = folded.find(found) if found else -1
    return evidence[at:at + len(found)] if at >= 0 else found


#: "via (a) video link from <place> (in <town>)": where the link came from, not where the hearing was (read39).
_LINK_FROM = re.compile(lang.LINK_FROM_RE, re.I)


def _place_of(evidence: str) -> str | None:
    about_person = _person_descriptions(evidence)
    links = [k.span() for k in _LINK_FROM.finditer(evidence)  # "appeared at <Court> via video link from Elm Prison": the far end (read39)
             if re.search(lang.HEARING_WORDS_RE, evidence[:k.start()], re.I)]
    for m in _PLACE_PHRASE.finditer(evidence):
        if any(a <= m.start(1) < b for a, b in about_person) or any(a <= m.start() < b for a, b in links):
            continue  # "Dr. Gomez, a cardiologist at Lakeside Hospital in Boston, said ...": her place, not the claim's
        name = re.sub(r"[.'’]+$", "", m.group(1))  # "... in the Netherlands.’": the closing quote is no part of it
        if re.search(r"(?:^|\s)(?:[A-Z]\.)+$", m.group(1)):
            name = m.group(1).rstrip("'’")  # "the U.S.", "Washington, D.C.": the abbreviation keeps its stop
        said = re.search(r"([A-Za-z]+)\s+\S+\s*$", evidence[:m.start(1)])
        if said and said.group(1).lower() in lang.STATEMENT_NOUNS | lang.SUPPORT_NOUNS | lang.NOT_PLACE_BEFORE_NOUNS:
            continue  # "comments from Jane Doe", "pressure from Acme", "an article in The Planet": no place
        if said and said.group(1).lower() in lang.PLAYER_ACTION_NOUNS and m.group(0).split()[0].lower() == "from":
            continue  # "a challenge from Tom Reddin": a player (wild20)
        if said and said.group(1).lower() in lang.PHRASAL_IN_VERBS and m.group(0).split()[0].lower() == "in":
            continue  # "wanted to bring in Jane Doe": a particle, not a place
        if _not_the_claims_place(evidence, m, name):
            continue
        if re.search(r"[A-Z][\w'’-]*,\s+one\s+of\s+the\s+[^,;:.!?]*$", evidence[:m.start()]):
            continue  # "the needs of <Country>, one of the poorest countries in <Continent>": the name's description (real54)
        if _in_quoted_title(evidence, m.start(1)):
            continue  # 'The work, "Harbour at Dusk", was found ...': a title, not a place (left16)
        closes = m.group(1).rstrip(".,")[-1:] + evidence[m.end(1):m.end(1) + 1]
        if evidence[max(0, m.start() - 1):m.start()] in ("'", "‘", "“", '"') and any(q in closes for q in "'’”\""):
            continue  # "backing 'In Harbour We Rest' as the town's motto": a quoted title, not a place
        if name.split()[-1].lower() in lang.EVENT_NAME_HEADS | lang.TEXT_NAME_HEADS \
                or len(bare := re.sub(r"^[Tt]he\s+", "", name).split()) > 1 and bare[0].lower() in lang.NAMED_EVENT_FIRST_WORDS:
            continue  # "around the First World War", "at the World Cup", "in the Constitution": no place
        if " " not in name and name.lower().endswith(lang.PEOPLE_PLURAL_ENDINGS):
            continue  # "complaints from Republicans": people, not a place
        acronym = re.fullmatch(r"(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+)*([A-Z]{2,5})(?:['’]s)?(?:\s+[a-z]+){0,2}", name)
        if acronym and acronym.group(1) not in lang.PLACE_ACRONYMS:
            continue  # "in the FBI", "the House GOP's plan": an organisation's initials, no place (read12c)
        if any(w.lower() in lang.PUBLICATION_HEADS | lang.FINDING_NOUNS for w in name.split()[1:]) \
                or any(re.search(r"s['’]$", w) for w in name.split()[:-1]):
            continue  # "in the New England Journal of Medicine", "in the Daily Ledger": a publication (fields9); "from the Pellby
            # Study of Youth Health" (a study), "from Pellby News' Ada Marr" (an owner's person; real47)
        if m.group(0).split()[0].lower() == "from" and re.search(
                r"(?:,|\b(?:[a-z]+(?:" + "|".join(lang.OCCUPATION_ENDINGS + ("er", "ers")) + r")|" + "|".join(sorted(lang.PERSON_NOUNS | lang.KIN_NOUNS))
                + r"))\s*$", evidence[:m.start()]):
            continue  # "Jim Doe, 27, from Leeds", "a taxi driver from Leeds": where a person comes from
        if re.fullmatch(r"[A-Z][\w-]*['’]s(?:\s+[A-Z][\w'’-]*){1,2}", name) and re.match(_PART_AFTER, evidence[m.end(1):]) \
                or re.fullmatch(r"[A-Z][\w-]*['’]s(?:\s+[A-Z][\w'’-]*){1,2}" + _PART_AFTER, name):
            return name.split()[0][:-2]  # "in Dorvel's Lemna district": the possessor is the place (intl38)
        if re.fullmatch(r"[A-Z][\w-]*['’]s", name) and (part := re.match(rf"\s+(?:{_COMPASS})\s+[A-Z][\w'’-]*", evidence[m.end(1):])) \
                and (found := place_in(name + part.group(0), evidence)):
            return found  # "in <Country>'s northern <Region>": the region with its possessor (real54, after real53's Left)
        first = name.split()[-1 if name.lower().startswith("the ") else 0].lower()
        if first in lang.MONTHS or first in lang.MONTH_ABBREVIATIONS or first == "sept" or first in lang.WEEKDAYS or first in lang.HOLIDAY_NAMES and " " not in name \
                or first in lang.SEASONS and len(name.split()) == 1 + name.lower().startswith("the ") \
                or re.search(r"['’]s?$", name.split()[0]) or re.search(r"\d", name.split()[0]):
            continue  # (a season alone, "due in the Autumn" (not "Fall River"), and a word with a digit, "in T20", are no places; read30)
        if " " not in name and (first.endswith("ism") or first in lang.FAITH_NAMES):
            continue  # "draws from Christianity, Judaism and ...": a faith, no place (real51)
        before = re.search(r"([A-Za-z]+)\s+at\s*$", evidence[:m.start() + len(m.group(0).split()[0])], re.I)
        role = re.search(r"\b([a-z]+)\s+of\s+(?:[a-z-]+\s+){1,3}at\s*$", evidence[:m.start() + len(m.group(0).split()[0])])
        if before and (before.group(1).lower() in lang.PERSON_NOUNS or before.group(1).lower().endswith(lang.OCCUPATION_ENDINGS)) \
                or role and role.group(1) in lang.ROLE_OF_HEADS:
            continue  # "analysts at Acme Bank", "an epidemiologist at the University of X", "head of luxury at X": where they work
        nxt = re.match(r"\s+([a-z]+)", evidence[m.end():])
        noun = re.match(r"(?:\s+(?:" + "|".join(sorted(lang.PLACE_NOUNS | lang.PLACE_PART_NOUNS)) + r")\b){1,2}", evidence[m.end():])
        after = re.match(r"\s*(?:$|[,.;:!?)]|([a-z]+)\b)", evidence[m.end() + noun.end():]) if noun else None
        last_cap = m.group(1).split()[-1]
        if nxt and after and (after.group(1) is None or after.group(1) in _AFTER_PLACE) \
                and not last_cap.endswith(lang.ADJECTIVAL_PLACE_ENDINGS):  # not "the Spanish border area": an adjective
            name = m.group(1) + noun.group(0)  # "in Brenton city centre", "in the Carrow valley" (session 14)
        elif nxt and nxt.group(1) not in _AFTER_PLACE and not _verb_after(nxt.group(1)) \
                and not (re.search(r"\b[A-Z][\w'’-]*\s+$", evidence[:m.start()])
                         and re.match(r"\s+[a-z]{3,}(?<![su]s)s\s+(?:" + "|".join(lang.PLACE_VERB_OBJECT_DETERMINERS) + r")\s", evidence[m.end():])):  # "<Center> in Dallas maintains a ..." (real57)
            continue  # "into the Spanish border area", "in Democratic circles": a modifier, not a place
        found = place_in(name, evidence)
        if found:
            return found
    return None


def model_place(where: str | None, evidence: str) -> str | None:
    """A model's `where`, as `fields.place_in` keeps it, unless the evidence's own words say it is
    no place: every occurrence after a place preposition fails `_not_the_claims_place` ("wrote in
    Harbor Weekly"), or its head names a text, an event or a publication ("the Bible", "the
    Liberal National Convention", "the Daily Ledger")."""
    p = place_in(where, evidence)
    if p is None:
        return None
    if p.split()[-1].lower() in lang.EVENT_NAME_HEADS | lang.TEXT_NAME_HEADS | lang.PUBLICATION_HEADS:
        return None
    hits = [m for m in _PLACE_PHRASE.finditer(evidence) if m.group(1).rstrip(".,'’").startswith(p)]
    if hits and all(_not_the_claims_place(evidence, m, m.group(1).rstrip(".,'’")) for m in hits):
        return None
    return p
