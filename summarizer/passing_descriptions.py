"""Descriptions a sentence gives of a name in passing (GUIDELINES §3): an appositive or a relative
clause on a name as one more claim in the outlet's voice ("Marlow, a town ..." -> "Marlow is a town
..."). Split from drafts.py (the 400-line limit)."""

from __future__ import annotations

import re

from . import lang, rules
from .attribution.text import quote_spans
from .part_sentences import as_sentence
from .standalone import words_of


# -- descriptions given in passing (GUIDELINES §3: an appositive or relative clause that adds
# information is its own claim; the outlet describes, whoever speaks in the sentence) ----------

#: ", a city 24 miles south of ...", ", one of the earliest ...", ", who ordered ...", ", which was
#: liberated ...", ", where ...": the opener of a description after a name and its comma
_DESCRIBED = re.compile(r",\s+(?:(?P<app>an?|one\s+of)|(?P<rel>" + "|".join(lang.DESCRIBING_RELATIVES) + r"))\s+(?=\S)")
_WORD = re.compile(r"[A-Za-z][\w'’.&/-]*")
_DESC_END = re.compile(r"\s*(?:,(?!\d{3})(?<!\d,(?=\s\d{4}\b))|[;:(]|\s[–—-]\s|\s?--|[–—])")  # where a description stops: a comma (not "June 4, 2012": read33), dash (" -- " too: lead37), ;, : or (
_LIST_ITEM_BEFORE = r"\band\s+(?:an?|one)\s+$|,\s+(?:\d+|" + "|".join(lang.NUMBER_UNITS) + r")\s+$"  # a list's item (read31)


def _head(sentence: str, comma: int) -> int | None:
    """Where the name before `comma` starts ("the Pine County region", "Jane Doe", "the Lakeside
    Harbor/Valley Post Morning tracking poll"), or None when no proper name ends there:
    up to two lower-case nouns right after capitalised words, the capitalised words, a leading
    "the". A time ("Last year, ...", "on 2 March, which": read39) or a sentence's opener ("In 2019, ...") is no name."""
    words = list(_WORD.finditer(sentence[:comma]))
    if not words or words[-1].end() != comma:
        return None
    i, lower = len(words) - 1, 0
    while i >= 0 and words[i].group(0)[0].islower() and lower < 2 and _noun_like(words[i].group(0)) \
            and (i == len(words) - 1 or not sentence[words[i].end():words[i + 1].start()].strip()):
        i, lower = i - 1, lower + 1
    if i >= 0 and lower and sentence[words[i].end():words[i + 1].start()].strip():
        return None  # "counted 14 cars, a record ...": no name before the nouns
    caps = i
    while i >= 0 and (words[i].group(0)[0].isupper() or i < caps and i >= 1 and words[i].group(0) in lang.NAME_INNER_PARTICLES
                      and (words[i - 1].group(0)[0].isupper() or words[i - 1].group(0) in lang.NAME_INNER_PARTICLES)) \
            and (i == caps or not sentence[words[i].end():words[i + 1].start()].strip(" .")
                 or words[i].group(0)[0].isupper() and re.fullmatch(r"\s+\d{1,4}\s+", sentence[words[i].end():words[i + 1].start()])):
        i -= 1  # (over a name's particles, "Tarif bin Omar", and a number, "Pellby 2012 Festival": real48)
    if i == caps:
        return None
    first = i + 1
    while first <= caps and words[first].group(0).lower() in lang.FUNCTION_WORDS - {"the"} | {"according"}:
        first += 1  # "In Easton, where ...", "According to ...": the sentence's opener is no part of the name
    head = [w.group(0).lower() for w in words[first:]]
    if first > caps or not rules.names(" ".join(w.group(0) for w in words[first:caps + 1])) \
            or any(w in lang.TIME_WORDS for w in head) or head[-1:] == head and head[0] in lang.MONTHS and re.search(r"\b\d{1,2}\s+$", sentence[:words[first].start()]) \
            or head[-1:] == head and (head[0] in lang.MONTHS or head[0] in lang.WEEKDAYS) and re.search(r"\b(?:" + "|".join(sorted(lang.PHRASE_PREPOSITIONS | {"until"})) + r")\s+$", sentence[:words[first].start()], re.I):
        return None  # (nor "its panel in December, which voted ...": a time after a preposition; genre44)
    if i >= 1 and words[i].group(0).lower() in lang.ROLE_TIME_WORDS and words[i - 1].group(0).lower() == "the" and first == i + 1:
        first = i - 1  # "The former Dorrin mayor, who ...": the role's time word is the name's (the lead, session 23)
    elif i >= 0 and words[i].group(0).lower() == "the" and first == i + 1:
        if i >= 1 and words[i - 1].group(0)[0].isupper() and not sentence[words[i - 1].end():words[i].start()].strip() \
                and not (i >= 2 and words[i - 2].group(0).lower() in lang.LOCATIVE_PREPOSITIONS):
            return None  # "by Open the Books, a group ...", "Save the Children, which": a name opening on a capitalised verb; "the Books" is no name of its own (not "In Dalton the Mill Museum, which": a place before it; the lead, session 47)
        first = i
    before = sentence[:words[first].start()]
    if re.search(r"[A-Z][\w.'’-]*\s+(?:of|for|&|and|de)\s+(?:the\s+)?$|[A-Z][\w.'’-]*,\s*$|[A-Z][\w.'’-]*,\s+(?:[a-z][\w'’-]*\s+){1,3}of\s+(?:[a-z][\w'’-]*\s+){0,4}$|" + _LIST_ITEM_BEFORE, before) \
            or first == 0 and first == caps and words[0].group(0).lower().endswith("ly"):
        return None  # "Bank of America, one of ...", "Hyattsville, Md., who ...", "Ann Roe, niece of <Name>, who" (hers or the niece's: read35), "Conversely, a ...": part of a name, or none; a list's item ("Three men, two Danes and a Swede, who": read31)
    ordinal = re.search(r"(?:\b[Tt]he\s+|\b[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['’]s\s+)?\b\d+(?:st|nd|rd|th)\s+$", before) \
        if first == caps else None  # (and a possessive name before it: "New Halden's 11th District, which ...": lead49)
    return ordinal.start() if ordinal else words[first].start()  # "the 18th Amendment, which ...": the ordinal is the name's (read13a)


def _noun_like(word: str) -> bool:
    """A lower-case word that may end a name ("region", "tracking poll"): no function word or verb form
    (every "-ed" word, no min_len: "the Acme news feed" is lost, "Roe sped, which" kept out; tidy20)."""
    w = word.lower()
    return not (w in lang.FUNCTION_WORDS or lang.is_past_form(w) or w.endswith("ly"))


def _verb_first(words: list[str]) -> bool:
    """The words open with a verb (after an adverb): "also chairs", "was built", "owns", "founded"."""
    if words[:1] and (words[0] in lang.CLAUSE_ADVERBS or words[0].endswith("ly")):
        words = words[1:]
    if not words:
        return False
    w = words[0]
    return w in lang.AUXILIARY_VERBS or w in lang.BE_FORMS or w in lang.MODALS or lang.is_past_form(w) \
        or w in lang.IRREGULAR_VERBS or w.endswith("s") and not w.endswith("ss")  # (present forms too: "faces")


def _sums_up_clause(words: list[str], name: str) -> bool:
    """An appositive whose head noun sums up the clause before it ("an idea that ...", "a bold move
    which ...", "a step critics ..."): its head within its first three words, before any relative
    word; a name of a plan or text ("the Clean Water Act, a step toward ...") is what it describes."""
    last = (name.split() or [""])[-1].lower()
    if last in lang.TEXT_NAME_HEADS or last in lang.LEGISLATION_NOUNS:
        return False
    for w in words[:3]:
        if w in lang.SUBORDINATORS or w == "that":
            return False
        if w in lang.CLAUSE_SUMMARY_NOUNS:
            return True
    return False


def _noun_phrase(words: list[str]) -> bool:
    """An appositive that is a noun phrase: no auxiliary, modal or finite past verb before any
    relative pronoun ("a food bank that serves ..." is one; "a court ruled that ..." is not; a
    participle before a preposition is a reduced relative: "a group based in Ohio")."""
    for k, w in enumerate(words):
        if w in lang.SUBORDINATORS or w == "that":
            return True
        if w in lang.AUXILIARY_VERBS or w in lang.BE_FORMS or w in lang.MODALS or w.endswith("n't"):
            return False
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if k > 1 and lang.is_past_form(w) and (nxt in lang.DETERMINERS or nxt in lang.PRONOUNS):
            return False  # "a court ruled that ...": a clause
    return True


def descriptions(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """(start, end, claim text, kind) of each description the sentence text[start:end] gives of a
    name in passing, outside quotations: an appositive that is more than a title ("Marlow, a town
    40 miles north of the capital" -> "Marlow is a town 40 miles north of the capital."), a relative clause
    on the name ("The region, which was liberated last year" -> "The region was liberated last
    year."; "Easton, where the factory closed" -> "The factory closed in Easton."). The claim of the clause
    that holds it stays as it is: this is one more claim (GUIDELINES §3)."""
    sent = text[start:end]
    quoted = [(a - start, b - start) for a, b, _ in quote_spans(text) if a < end and b > start]
    out = []
    for m in _DESCRIBED.finditer(sent):
        if any(a <= m.start() < b for a, b in quoted):
            continue
        head = _head(sent, m.start())
        if head is None:
            continue
        stop = _DESC_END.search(sent, m.end())
        while stop and stop.group(0).strip() == "," and re.search(r"\b(\w+)$", sent[:stop.start()]) \
                and re.match(r"\s+" + re.escape(re.search(r"\b(\w+)$", sent[:stop.start()]).group(1)) + r"\b", sent[stop.end():], re.I):
            stop = _DESC_END.search(sent, stop.end())  # "to take long, long leaves": a word said twice for stress (real53)
        if stop and "--" in stop.group(0) and sent.count("--", 0, m.start()) % 2 == 0 and "--" in sent[stop.end():]:
            stop = _DESC_END.search(sent, sent.index("--", stop.end()) + 2)  # "who has X -- including Y -- and has Z": an inner aside
        desc_end = stop.start() if stop else len(sent.rstrip().rstrip(".!\"”’'"))
        desc = sent[m.end():desc_end]
        if m.group("app") and stop is None and all(c.split()[:1] and c.split()[0].lower() in lang.PHRASE_PREPOSITIONS
                                                   for c in sent[:m.start()].split(",")):
            continue  # "On Tuesday, in a room in the Capitol, a group of members met ...": the opener's last name, then the
            # sentence's own subject and verb, no apposition (lead44: "The Capitol is a group of ... met ..." was shown)
        if stop and sent[stop.start():stop.end()].strip() == "," and re.search(r"\b[A-Z][\w'’.-]*$", desc) \
                and (m_list := _NAME_LIST_GOES_ON.match(sent, stop.start())):  # "with the Pell Water, Air and Soil Office" (real46)
            stop = _DESC_END.search(sent, m_list.end())
            desc_end = stop.start() if stop else len(sent.rstrip().rstrip(".!\"”’'"))
            tail = re.findall(r"\b[a-z][\w'’-]*", sent[m_list.end():desc_end])
            if len(tail) > 1 or any(lang.is_past_form(w) for w in tail):
                continue  # "Jon Marr, a teacher at Pellby, Ann Roe and Bob Lee signed ...": a list of people, no description
            desc = sent[m.end():desc_end]
        rest = sent[desc_end:].strip(" ,").rstrip(".!\"”’'")
        rw = words_of(rest)
        if m.group("app") and stop and sent[stop.start():stop.end()].strip() == "," and len(rw) >= 2 and ", " not in rest \
                and rw[0] not in lang.PHRASE_PREPOSITIONS and rw[0] not in lang.APPOINTMENT_PREPOSITIONS and rw[0] not in lang.COORDINATORS and not rw[0].endswith("ly") \
                and not (rw[0].endswith("ing") and rw[1] in lang.PHRASE_PREPOSITIONS) \
                and not any(w in lang.TIME_WORDS or _verb_first([w]) and not w.endswith("s") for w in rw):
            desc_end, desc = desc_end + len(sent[desc_end:]) - len(sent[desc_end:].lstrip(" ,")) + len(rest), \
                desc + ", " + rest  # "an outspoken, left-leaning political blogger."
        name = sent[head:m.start()]
        if m.group("rel") and (art := re.search(r"(?:^|(?<=\s))(?:A|An)\s+$", sent[:head])) is not None:
            name = sent[art.start():head] + name  # "A Democratic bill, which would have ...": the article stays (lead50)
        name = name[:1].upper() + name[1:]
        words = words_of(desc)
        verbs = [w for k, w in enumerate(words) if k == 0 or words[k - 1] in lang.SUBORDINATORS | {"that", "also"}
                 or words[k - 1].endswith("ly")]  # a verb right after its relative pronoun
        main_verb = next((w for w in words if w not in lang.AUXILIARY_VERBS and not w.endswith("ly")), "")  # "who has denied"
        spoken = any(w in lang.SPEECH_VERBS or w in lang.EVENT_SPEECH_VERBS for w in verbs) \
            or m.group("rel") in ("who", "which") and main_verb in lang.DENIAL_VERBS  # "who told", "who spoke of", "who denied the charges"
        if len(desc.split()) < 3 or spoken and m.group("rel") != "where" \
                or any(w in lang.SPEECH_VERBS and lang.is_past_form(w) for w in words[:3]):
            continue  # "which said ...", "a staffer who told ...", "where officials said ...": a speaker's claim
        if m.group("app") and any(w in lang.SPEECH_VERBS and lang.is_past_form(w) and k > 1
                                  and words[k - 1] not in lang.SUBORDINATORS | {"that"} for k, w in enumerate(words)):
            continue  # "... the mayoral race, a person familiar with the plan said on Friday": a final frame's subject (read13a)
        if m.group("app") and stop is None and len(words) >= 2 and words[-1] in lang.CUE_VERBS \
                and (not any(w in lang.FUNCTION_WORDS - lang.DETERMINERS or w in lang.SUBORDINATORS for w in words[1:-1])
                     or any(w in lang.RELEASE_PARTICIPLES for w in words[1:-1])):  # "..., a study published on Monday shows."
            continue  # "... in March, a court filing shows.": a final frame in the present, not "March is a court filing
            # shows" (not "Ana Pell, a producer of television shows": a preposition before it makes the word a noun)
        if m.group("app"):
            nouns = re.split(r"\b(?:" + "|".join(sorted(lang.PHRASE_PREPOSITIONS | {"to"})) + r")\b", desc)[0].split()
            plain = [w for w in re.findall(r"[A-Za-z][\w'’-]*", desc) if w[0].islower() and "-" not in w]
            title = nouns and nouns[-1].lower().strip(",") in lang.IDENTIFYING_NOUNS and not any(
                w in lang.SUBORDINATORS or w == "that" or lang.is_past_form(w) for w in plain)
            if not _noun_phrase(words) or title or re.match(r"\W*(?:(?:" + "|".join(sorted(lang.COORDINATORS)) + r")\s+)?(?:"
                                                             + "|".join(sorted(lang.PREPOSITIONS)) + r")\s+[^,]*$", sent[:m.start()], re.I):
                continue  # a clause; a plain title ("a spokeswoman for the agency"); "(But) at the Capitol, a group ... met": a subject
            if _sums_up_clause(words, name):
                continue  # "... from Dover or New Haven, an idea that drew complaints": the clause's, not the name's (lead49)
            claim, kind = f"{name} is {m.group('app')} {desc}", "background"
        elif m.group("rel") == "where":
            if words[0] in lang.FUNCTION_WORDS - lang.DETERMINERS - {"many", "most", "some"} or words[:2] == ["according", "to"]:
                continue  # "where it was raining": no subject of its own; "where according to X, ...": X's (read12b)
            claim, kind = f"{desc[:1].upper() + desc[1:]} in {name[:1].lower() + name[1:] if name.startswith('The ') else name}", \
                rules.kind(desc)
        else:
            origin = re.search(r"\b([a-z]+)\s+from\s+$", sent[:head])  # "a certificate from X, which": the noun's
            src = _SOURCED_RELATIVE.match(desc)
            if src and not (src.group("src").lower() in lang.FUNCTION_WORDS | lang.CLAUSE_ADVERBS or src.group("src").endswith("ly")):
                continue  # "who investigators believe stole ...": a source's clause (said_relatives), no description (shapes36)
            if m.group("rel") == "which" and words[0] in lang.SENTENTIAL_RELATIVE_VERBS:
                continue  # "..., which means that he cannot leave": the whole clause's consequence (read12b)
            if not _verb_first(words) or m.group("rel") == "who" and re.search(
                    r"\b(?:" + "|".join(p for p in lang.PLACE_PREPOSITIONS if "to" not in p) + r")\s+$", sent[:head]) \
                    or m.group("rel") == "which" and origin and not _verb_first([origin.group(1)]) \
                    or m.group("rel") == "which" and _PLACE_OF_NOUN.search(sent[:head]) \
                    or m.group("rel") == "which" and name.split()[0].lower().rstrip(".") in lang.PERSON_TITLES:  # ("the bill
                # backed by Mr. <Name>, which included ...": "which" is no person's, the bill's; lead50)
                continue  # "which he said ...", "whom the board chose", "a developer in Virginia, who", "a certificate
                # from Ostrava, which is the usual kind": the clause is the noun's before the place (and "the plant in Harwick, which")
            claim, kind = f"{name} {desc}", "background"
        out.append((start + head, start + desc_end, as_sentence(claim), "background" if kind != "quantity" else kind))
    return out


#: a description cut at a comma inside a list of capitalised words that ends in "and <Capital>" ("a meteorologist with
#: the Pell Atmospheric, Marine and Soil Services Office", "a teacher at Pellby, Ashford and Dunton schools"): the list goes on
_NAME_LIST_GOES_ON = re.compile(r",\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*(?:,\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)*,?"
                                r"\s+(?:and|&)\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*")
#: a relative that opens with its own source and a verb of saying or belief ("who investigators believe ...",
#: "which critics say ..."): not the outlet's description of the name
_SOURCED_RELATIVE = re.compile(r"(?:the\s+)?(?P<src>[a-z][\w'’-]*|(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*)\s+(?:" + lang.RELATIVE_SOURCE_CUES_RE + r")\s")
_PLACE_OF_NOUN = re.compile(r"\b(?:the|an?)\s+(?:[\w'’-]+\s+){0,3}(?:" + "|".join(lang.LOCATIVE_PREPOSITIONS) + r")\s+$", re.I)
