"""A person's name as the article gives it, past what is written before it or left off it (session 41, coref50;
names.Resolver, name_forms and resolution use these):

- `without_nationality`: "For South African Tim Flack, ..." -> "Tim Flack" (a nationality, of one word or a compass
  word and one, before a given name and a surname is no part of the name, nor a place).
- `described_person`: "club legend Ray Parlour", "<Name>'s neighbor Tisha Crear", "The OU's Prof John Domingue" ->
  the name (with a title written right before it): a description by standing or relation, or an owner's possessive
  before a title, describes that person; GUIDELINES §6 names the source in the fullest form of the NAME, as its
  later "Parlour said" is. An office ("transit director <Name>", "police spokeswoman <Name>") is left out too
  (session 43, coref52: the lead's policy); the digest reads it back as whom the person speaks for
  (digest/affiliation.py).
- `titled_full`: "Prof Gibb", "Sheikh Salman" after "Prof Kenneth Gibb", "Sheikh Ali Salman": the one fuller form
  written with that title.
- `plural_title_pair`: "Senators Jo Marr and Tom Hale" -> "Senator Jo Marr and Senator Tom Hale": a plural title
  belongs to each of the pair (lang.PLURAL_TITLE_OF).
- `born_description`: "the Mexican-born journalist" is read as "the journalist" (the journalist named before).
- `described_subject`: "She" after "The woman the neighbours complained about was questioned by police." (no one
  named): that description.
- `named_with_head`: the one capitalised name ending in a head noun ("the federation"; moved from resolution.py).
"""

from __future__ import annotations

import re

from .. import lang
from .name_kinds import classify
from .source_parts import timeless_source
from .title_forms import bare_surname_run, described_titled, given_after_title, office_run_source, office_surname, titled_fuller

_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*|[A-Z]['’][A-Z][a-z]+")  # "Flack", "O'Brien", "Smith-Jones"
_INITIAL = re.compile(r"[A-Z]\.")


def _person_core(words: list[str]) -> bool:
    """`words` are an optional title, a given name, perhaps a middle initial or name, and a surname, each a
    capitalised name word that is no title, role, organisation or place word."""
    words = words[1:] if words and words[0].lower().rstrip(".") in lang.PERSON_TITLES else words
    core = [w for w in words if not _INITIAL.fullmatch(w)]
    return 2 <= len(core) <= 3 and all(_NAME_WORD.fullmatch(w) and w.lower() not in lang.PERSON_TITLES | lang.PERSON_NOUNS
                                        | lang.NOT_NAMES | lang.ORG_HEADS | lang.PLACE_NOUNS | lang.PLACE_PREFIXES
                                        for w in core)


def without_nationality(words: list[str]) -> list[str]:
    """The name after a nationality written before it ("South African Tim Flack", "Chilean Ana Ruiz"): one word with
    a nationality's ending (lang.NATIONALITY_BEFORE_NAME_ENDINGS), after a compass or place prefix perhaps ("South",
    "New"); else `words` as they are (not "South Dunmore Road", not "Chairman Tom Bell", not "Ian Bell")."""
    for k in (1, 2):
        if len(words) < k + 2 or not words[k - 1].lower().endswith(lang.NATIONALITY_BEFORE_NAME_ENDINGS) \
                or len(words[k - 1]) < 5 or words[k - 1].lower() in lang.PERSON_TITLES | lang.ROLE_NOUNS:
            continue
        if k == 2 and words[0].lower() not in lang.PLACE_PREFIXES:
            continue
        if _person_core(words[k:]) and not words[k].lower().rstrip(".") in lang.PERSON_TITLES:
            return words[k:]
    return words


def described_person(name: str) -> str | None:
    """The person's name after a description of standing or relation (`_standing`) or an office (`office_person`)
    written before it; None when neither is there."""
    return _standing(name) or office_person(name)


def _standing(name: str) -> str | None:
    """The person's name that ends a description written before it: after a lower-case noun of standing or relation
    (lang.DESCRIBED_ROLE_NOUNS: "club legend Ray Parlour", "<Name>'s neighbor Tisha Crear"), or after an owner's
    possessive when a title opens the name ("The OU's Prof John Domingue" -> "Prof John Domingue") or a body's right
    before a two-word name ("the Courier's Tom Rudd", "BBC's", "Harlan Steel's"; not a person's: coref54). None when no
    such description is there, for an office ("police spokeswoman Jo Marr", "Rival coach Ada Pike": `office_person`
    reads it), or when the rest is no person's name ("software star Brightline Foods", "Mayor Jo Marr")."""
    words = name.split()
    for k in range(len(words) - 3, -1, -1):
        w = words[k]
        role = w.isalpha() and w.islower() and w in lang.DESCRIBED_ROLE_NOUNS  # (not an office: "transit director
        # <Name>" keeps the body the person speaks for, which the digest matches to "the transit agency")
        owner = re.fullmatch(r"[A-Za-z][\w.-]*['’]s?", w) is not None and w[-1] in "s’'" and (words[k + 1].lower().rstrip(".") in lang.PERSON_TITLES or w[:1].isupper() and k + 3 >= len(words) and (k and words[k - 1].lower() == "the" or re.sub(r"['’]s?$", "", w).isupper() or classify(re.sub(r"['’]s?$", "", " ".join(words[:k + 1]))) == "org"))
        if not (role or owner):
            if w.islower():
                return None  # "Shares of Acme Corp": a lower-case word that is no role
            continue
        tail = words[k + 1:]
        if "by" in words[:k]:
            return None  # "A 2014 study by Loyola professor Jo Marr": the study, not its author (not "Friends of the
            # Park director Jo Marr": a body's name in the description)
        return " ".join(tail) if _person_core(tail) and classify(" ".join(tail)) == "person" else None
    return None


#: A seat of two places before a member's party and letters: "<Place> and <Place> Labour MP Jo Marr" (coref56).
_TWO_PLACE_SEAT = re.compile(r"[A-Z][\w'’-]* and [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*")


def office_person(name: str) -> str | None:
    """The person's name after an office or occupation written before it. A lower-case one (session 43, coref52, the
    lead's policy: "police spokeswoman Jo Marr", "company spokesman Jo Marr", "director Jo Marr", "police Lt. Jo Marr"
    -> "Lt. Jo Marr": a title written right before the name stays; lang.ROLE_NOUNS, lang.PERSON_NOUNS,
    lang.OCCUPATION_NOUNS); a capitalised occupation opening the name, as at a sentence's start (lang.OCCUPATION_NOUNS
    less lang.PERSON_TITLES: "Journalist Jo Marr"; not an office, which may be a title: "Mayor Jo Marr", "Administrator
    Jo Marr", "Prosecutor Jo Marr", nor a title after a body's name: "Senate Minority Leader Jo Marr"), or after a
    member's letters after a constituency ("<Place> East AM Jo Marr", lang.MEMBER_ACRONYMS) (session 42, coref51).
    GUIDELINES §6: the fullest form of the NAME, as the later "Marr said" gives; the digest reads the office back as
    the person's affiliation (digest/affiliation.py). None when the rest is no person's name ("police spokeswoman Acme
    Corp"), after "by" ("a study by Loyola professor Jo Marr": the study), past another lower-case word ("Shares of
    Acme Corp"), and across "and" (two speakers)."""
    words = name.split()
    offices = lang.ROLE_NOUNS | lang.PERSON_NOUNS | lang.OCCUPATION_NOUNS
    roles = lang.OCCUPATION_NOUNS - lang.PERSON_TITLES - lang.SHORT_FORM_TITLES  # (an office may be a title: "Prosecutor
    # Ann Vale", "Treasurer Jo Marr", "Administrator Jo Marr" stay, as the tests of sessions 37 and 44 read them)
    for k in range(len(words) - 3, -1, -1):
        w = words[k]
        lower_office = w.replace("-", "").isalpha() and w.islower() and w in offices  # (and "book-keeper": coref56)
        capital_office = k == 0 and w.replace("-", "").isalpha() and w[:1].isupper() and w[1:].islower() and w.lower() in roles
        member = w in lang.MEMBER_ACRONYMS and k > 0 and words[k - 1][:1].isupper()
        if not (lower_office or capital_office or member):
            if w.islower():
                return None
            continue
        if "by" in words[:k] or "&" in words[:k] or "and" in words[:k] and not (member and _TWO_PLACE_SEAT.fullmatch(" ".join(words[:k - 1]))):
            return None  # (the study's; "Speaker Jo Marr and Harlow AM Al Hale": both speak; not "<A> and <B> Labour MP")
        tail = words[k + 1:]
        if lower_office and (given := _lower_given(tail)) is not None:
            return given  # "department spokesman john Kirk": the given name's capital left off (coref53)
        return " ".join(tail) if _person_core(tail) and classify(" ".join(tail)) == "person" else None
    return None


def _lower_given(tail: list[str]) -> str | None:
    """"john Kirk" after a lower-case office ("department spokesman john Kirk", a capital left off the given name):
    "John Kirk"; None when the lower-case word may be another word: a function, office, title or person word, or one
    of an adverb's, a verb's or a plural's ending ("spokesman also Kirk", "director said Kirk") (coref53)."""
    if len(tail) != 2 or not (tail[0].isalpha() and tail[0].islower() and 3 <= len(tail[0]) <= 10) \
            or tail[0] in lang.FUNCTION_WORDS | lang.NOT_NAMES | lang.ROLE_NOUNS | lang.PERSON_NOUNS | lang.OCCUPATION_NOUNS \
            | lang.PERSON_TITLES | lang.CUE_VERBS or tail[0].endswith(("ly", "ed", "ing", "s")):
        return None
    name = f"{tail[0].capitalize()} {tail[1]}"
    return name if _person_core(name.split()) and classify(name) == "person" else None


def hyphen_variant(name: str, by_last: dict, pos: int) -> str | None:
    """`name` written with the hyphen the article gives the same surname elsewhere ("Prof Dunmore Hale" after "Prof
    Peter Dunmore-Hale" -> "Prof Dunmore-Hale"), or the person written without it ("Prof Dunmore-Hale" after
    "Peter Dunmore Hale" -> "Peter Dunmore Hale"), for the resolver to complete: one person, two spellings
    (coref53). Only when a person of that other spelling is named before `pos` (one, for the second shape) and any
    given name written agrees ("Anna Dunmore Hale" is not "Peter Dunmore-Hale"); None otherwise."""
    words = name.split()
    if not 2 <= len(words) <= 4 and not (len(words) == 1 and "-" in name) or not all(
            _NAME_WORD.fullmatch(w) or _INITIAL.fullmatch(w) or w.lower().rstrip(".") in lang.PERSON_TITLES for w in words):
        return None
    title = words[:1] if words[0].lower().rstrip(".") in lang.PERSON_TITLES else []
    if len(words) - len(title) >= 2 and "-" not in words[-1] + words[-2]:
        joined, given = f"{words[-2]}-{words[-1]}", words[len(title):-2]
        found = [m for m in by_last.get(joined, ()) if m.pos < pos and m.kind == "person"]
        form = " ".join(title + [joined])
    elif words[-1].count("-") == 1 and all(p[:1].isupper() for p in words[-1].split("-")):
        first, last = words[-1].split("-")
        given = words[len(title):-1]
        found = [m for m in by_last.get(last, ()) if m.pos < pos and m.kind == "person" and m.name.endswith(f" {first} {last}")]
        form = found[0].name if len({m.name for m in found}) == 1 else None
    else:
        return None
    others = {w for m in found for w in m.name.split()[:-1]}
    if not found or not form or not all(g in others for g in given if not _INITIAL.fullmatch(g)):
        return None  # ("Anna Dunmore Hale" after "Peter Dunmore-Hale": another person)
    return form


def office_title_form(name: str, text: str) -> str | None:
    """"Police Chief Jo Marr" -> "Chief Jo Marr" when the article also writes that title and surname without the
    capitalised word before the title ("Chief Marr said", "city police Chief Jo Marr"): one person, the title right
    before the name (GUIDELINES §6, coref52's office policy), not two speakers (coref53). None when the article writes
    the title only after that word ("Police Chief Ana Dell" alone stays a two-word title), for a lesser title ("Deputy
    Chief Jo Marr", "Former Chief ...": lang.LESSER_TITLE_PREFIXES, and a time word) and for any other shape."""
    words = name.split()
    if len(words) not in (4, 5) or not (words[0].isalpha() and words[0].istitle()) \
            or words[0].lower() in lang.PERSON_TITLES | lang.LESSER_TITLE_PREFIXES | lang.FUNCTION_WORDS | {"former", "ex", "then"} \
            or words[1].lower().rstrip(".") not in lang.PERSON_TITLES or not _person_core(words[1:]):
        return None
    title, last = words[1].rstrip("."), words[-1]
    shape = re.compile(r"(\S+\s+)?\b" + re.escape(title) + r"\.?\s+(?:[A-Z][\w'’.-]*\s+){0,2}" + re.escape(last) + r"\b")
    if any(m.group(1) is None or m.group(1).strip() != words[0] for m in shape.finditer(text)):
        return " ".join(words[1:])
    return None


def titled_full(name: str, pos: int, by_last: dict) -> str | None:
    """"Prof Gibb" after "Prof Kenneth Gibb", "Sheikh Salman" after "Sheikh Ali Salman": the one fuller form before
    `pos` that writes the same title, one or two given names (or initials) and the surname; None when there is
    none or two ("Sheikh Ali Salman" and "Sheikh Isa Salman"), and for a courtesy title (name_forms._titled reads
    "Mr Doe" by gender)."""
    words = name.split()
    if len(words) != 2 or words[0].lower().rstrip(".") in (lang.COURTESY_TITLES - {"dr"}) | {"miss"}:
        return None
    title = words[0].lower().rstrip(".")
    if title not in lang.PERSON_TITLES and title not in lang.SHORT_FORM_TITLES:
        return None
    found = set()
    for m in by_last.get(words[1], ()):
        mw = m.name.split()
        if m.pos >= pos:
            continue
        at = next((i for i, x in enumerate(mw[:-2]) if x.lower().rstrip(".") == title), None)
        if at is not None and 1 <= len(mw) - at - 2 <= 2 and _person_core(mw[at + 1:]):
            found.add(" ".join(mw[at:]))
    return found.pop() if len(found) == 1 else None


_PLURAL_TITLE_PAIR = re.compile(r"([A-Z][a-z]+\.?)\s+((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+)\s+and\s+((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+)")


def plural_title_pair(name: str) -> str | None:
    """"Senators Jo Marr and Tom Hale" -> "Senator Jo Marr and Senator Tom Hale": a plural title before two names joined
    by "and" is each one's (lang.PLURAL_TITLE_OF); None for any other name."""
    m = _PLURAL_TITLE_PAIR.fullmatch(name)
    if m is None or (single := lang.PLURAL_TITLE_OF.get(m.group(1).lower())) is None:
        return None
    if not (_person_core(m.group(2).split()) and _person_core(m.group(3).split())):
        return None
    return f"{single} {m.group(2)} and {single} {m.group(3)}"


_BORN_DESCRIPTION = re.compile(r"((?i:the))\s+(?:[a-z]+\s+)?[A-Z][\w'’]+-born\s+([a-z]+)")



def born_description(source: str) -> str | None:
    """"the Mexican-born journalist" -> "the journalist": where a person was born describes them; the person noun
    decides who is meant (the journalist the article named), as for "the journalist". None for any other source."""
    m = _BORN_DESCRIPTION.fullmatch(" ".join(source.split()))
    return f"{m.group(1)} {m.group(2)}" if m and m.group(2) not in lang.FUNCTION_WORDS else None


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+")
_DESCRIBED_SUBJECT = re.compile(r"(?:The|A|An)\s+((?:[a-z'’-]+\s+){1,8}?)(?:" + "|".join(sorted(lang.SUBJECT_AUXILIARIES)) + r")\b")


def described_subject(text: str, pos: int, pronoun: str) -> str | None:
    """"She" after "The woman the neighbours complained about was questioned by police." (no person named before):
    the sentence before opens with a person described by a gendered noun of the pronoun's gender (lang.FEMALE_NOUNS,
    lang.MALE_NOUNS) and its clause, as its subject: that description, as written ("the woman the neighbours
    complained about"). None when the noun is of the other gender or of none ("The car ..."), or the description is
    not the subject of the sentence right before."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, pos)]
    if not ends:
        return None  # (the pronoun's own sentence: "The woman was questioned, and she said ...": left as written)
    start = ends[-2] if len(ends) >= 2 else 0
    m = _DESCRIBED_SUBJECT.match(text, start)
    if m is None or m.end() > pos:
        return None
    want = {"she": lang.FEMALE_NOUNS, "he": lang.MALE_NOUNS}[pronoun.lower()]
    words = m.group(1).split()
    if not (words[0] in want or len(words) > 1 and words[1] in want and words[0] not in lang.FEMALE_NOUNS | lang.MALE_NOUNS):
        return None  # ("The elderly man", "The woman the neighbours complained about")
    desc = text[m.start():m.end()].rsplit(None, 1)[0]
    return desc[0].lower() + desc[1:]


def named_with_head(text: str, head: str, start: int, pos: int) -> str | None:
    """The last capitalised name ending in the capitalised `head` between `start` and `pos` ("the Transport and Dock
    Workers Federation" for "the federation"), when it is the only such name there; else None (genre45; moved here
    from resolution.py, coref50)."""
    found = {m.group(1) for m in re.finditer(r"\b((?:[A-Z][\w'’&-]*[ \t]+(?:(?:and|of|for|&)[ \t]+)?){1,6}" + re.escape(head.capitalize())
                                             + r")\b", text[start:pos])}
    return found.pop() if len(found) == 1 else None


def _given(name: str) -> str | None:
    """The given name as written of a person's name of a given name, perhaps a middle initial, and a surname after an
    optional title ("Sen. Bill E. Kraft" -> "Bill"); None for any other shape."""
    words = name.split()
    words = words[1:] if words and words[0].lower().rstrip(".") in lang.PERSON_TITLES else words
    core = [w for w in words if not _INITIAL.fullmatch(w)]
    return core[0] if len(core) == 2 and _person_core(core) else None


def _given_key(name: str) -> tuple[str, str] | None:
    """(formal given name, surname) of such a name ("Sen. Bill Kraft" -> ("william", "Kraft")); None for any other."""
    given = _given(name)
    return None if given is None else (lang.GIVEN_NAME_SHORT_FORMS.get(given.lower(), given.lower()), name.split()[-1])


def one_given_form(name: str, by_last: dict, text: str = "") -> str:
    """`name` in the form its article writes first when the article writes its person with a short given name and
    the formal one ("Bill Kraft" and "William Kraft", lang.GIVEN_NAME_SHORT_FORMS; coref52): one person, when every
    person named with that surname has the same formal given name (not "Bill Kraft" and "Ann Kraft", nor a "Mrs
    Kraft"); else `name` as it is. The same given name with and without a middle initial is left to the resolver
    ("Loretta E. Lynch" stays: flipall, session 43)."""
    key = _given_key(name)
    if key is None:
        return name
    forms = [m for m in by_last.get(key[1], ()) if m.kind == "person" and len(m.name.split()) > 1]
    if any(m.name.split()[0].lower().rstrip(".") in ("mrs", "ms", "miss") for m in forms) \
            or re.search(r"\b(?:Mrs|Ms|Miss)\.?\s+" + re.escape(key[1]) + r"\b", text):
        return name  # (a woman of that surname, perhaps read as one of the forms: another person)
    keyed = [(m.pos, m.name, _given_key(m.name)) for m in forms if m.name.split()[0].lower().rstrip(".") != "mr"]
    if not keyed or any(k is None or k != key for _, _, k in keyed) or len({_given(n) for _, n, _ in keyed} | {_given(name)}) < 2:
        return name
    return min(keyed)[1]


_PLACED_OFFICE = re.compile(r"(?i:the)\s+((?:[A-Z][a-z]+\s+){1,2})([a-z]+)")


def placed_office(source: str, pos: int, text: str, mentions: list, full) -> str | None:
    """"the Calder senator conceded ..." right after "As far as whether Marr still hears ...,": a place's
    office noun (lang.TITLE_NOUN_OF's nouns: senator, governor, ...) stands for the one person named before it in its
    own sentence, else in the sentence before (`full` completes the name) (coref53). None for a nationality or
    party adjective ("the Norlandian president", "the Republican senator": another person may be meant), when two people
    are named there, or when the article gives that person another title ("President <Name>" is no senator)."""
    m = _PLACED_OFFICE.fullmatch(" ".join(source.split()))
    if m is None or m.group(2) not in set(lang.TITLE_NOUN_OF.values()) or any(
            w.lower().endswith(lang.NATIONALITY_BEFORE_NAME_ENDINGS) or w.lower() in lang.PERSON_TITLES | lang.FUNCTION_WORDS
            for w in m.group(1).split()):
        return None
    ends = [e.end() for e in _SENTENCE_END.finditer(text, 0, pos)]
    known = {n.name.split()[-1] for n in mentions if n.kind in ("person", "name") and n.name[:1].isupper()
             and n.name.lower() not in lang.PRONOUNS and _NAME_WORD.fullmatch(n.name.split()[-1])}
    for i, (lo, hi) in enumerate(((ends[-1] if ends else 0, pos), (ends[-2] if len(ends) > 1 else 0, ends[-1] if ends else 0))):
        named = [(w.group(1), w.group(2) or "") for w in re.finditer(r"\b([A-Z][\w'’-]+)\b((?:['’]s\b|\s+[a-z]+){0,2})", text[lo:hi])
                 if w.group(1) in known]
        if named:
            break
    names = {w for w, _ in named}
    acting = {w for w, nxt in named if nxt[:1] not in "'’" and any(
        v in lang.AUXILIARY_VERBS or v.endswith(("s", "ed")) and v not in lang.FUNCTION_WORDS | lang.PREPOSITIONS for v in nxt.split()[:2])}
    joined = any(re.search(r"\b" + re.escape(w) + r"\s+and\s+[A-Z]|[A-Z][\w'’.-]*\s+and\s+(?:[A-Z][\w'’.-]*\s+)?" + re.escape(w) + r"\b",
                           text[lo:hi]) for w, _ in named)
    if joined or len(names) != 1 and (i or len(acting) != 1):
        return None  # ("whether Marr still hears anger at Hale among ...": the one acting, Marr; not across
        # "and" nor in the sentence before)
    last = names.pop() if len(names) == 1 else acting.pop()
    other = [k for k, v in lang.TITLE_NOUN_OF.items() if v != m.group(2)] + ["president", "mayor", "minister"]
    if re.search(r"\b(?i:" + "|".join(re.escape(k) for k in other) + r")\.?\s+(?:[A-Z][\w'’.-]*\s+){0,2}" + re.escape(last) + r"\b", text):
        return None  # ("President Ames ... The Ohio senator said": not him)
    return full(last, pos)


def named_relative(source: str, pos: int, text: str, owner_of) -> str | None:
    """"His ex-wife agreed" after "<Name>'s divorce from wife Ivana" (and "Ivana <Surname>" named): the relative the
    article names right after that kin noun (lang.KIN_NOUNS; "ex-" and "former" are the same relation) in a sentence
    that names the owner, whom `owner_of("he"/"she", pos)` gives (coref53). None when the article names no such
    relative (the description stays the source), when two are named, or when the owner is unresolved."""
    m = re.fullmatch(r"(?i:(his|her))\s+(?:ex-|former\s+)?([a-z]+)", " ".join(source.split()))
    if m is None or m.group(2) not in lang.KIN_NOUNS:
        return None
    owner = owner_of("he" if m.group(1).lower() == "his" else "she", pos)
    if not owner or owner.lower() in lang.PRONOUNS or not _NAME_WORD.fullmatch(owner.split()[-1]):
        return None
    last, found = owner.split()[-1], set()
    for k in re.finditer(r"\b(?:ex-|former\s+)?" + m.group(2) + r",?\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]+){0,2})", text[:pos]):
        start = max((e.end() for e in _SENTENCE_END.finditer(text, 0, k.start())), default=0)
        if not re.search(r"\b" + re.escape(last) + r"\b", text[start:k.start()]):
            continue  # (another person's wife)
        name = k.group(1)
        if len(name.split()) == 1:
            name = f"{name} {last}" if re.search(r"\b" + re.escape(f"{name} {last}") + r"\b", text) else None
        if name and _person_core(name.split()):
            found.add(name)
    return found.pop() if len(found) == 1 else None


def surname_run(name: str, by_last: dict, pos: int) -> str | None:
    """A surname of two words written without the given name after a courtesy title or opening with a particle ("Mr.
    Garza Villar", "Ms Wasser Schultz", "de Corvel", lang.PERSON_NAME_PARTICLES) after the person was named in full ("Ildo Garza Villar",
    "Philippe de Corvel"): that person's name as the article wrote it, when exactly one person so named came before
    `pos` and a given name stands right before the run (coref53). None when the fuller form is only a title or an
    office before the same words ("Dr. Ann Lee" is no fuller form of "Ann Lee", "Press Secretary Jo Marr" none of
    "Jo Marr"; nor a party or nationality word: "Republican Jo Marr"), or when two people end in those words. A bare
    two-word run ("Wasser Schultz") is left: "Jo Marr" after "Republican Jo Marr" has the same shape (flipall)."""
    words = name.split()
    titled = bool(words) and words[0].lower().rstrip(".") in lang.COURTESY_TITLES | {"miss"}
    run = words[1:] if titled else words
    if not 2 <= len(run) <= 3 or not (titled or run[0] in lang.PERSON_NAME_PARTICLES) \
            or not all(_NAME_WORD.fullmatch(w) or w in lang.PERSON_NAME_PARTICLES for w in run):
        return None
    found = set()
    for m in by_last.get(run[-1], ()):
        mw = m.name.split()
        if m.pos >= pos or m.kind != "person" or len(mw) <= len(run) or mw[-len(run):] != run or {"and", "&"} & set(mw):
            continue
        given = mw[-len(run) - 1]
        if _NAME_WORD.fullmatch(given) and not given.lower().endswith(lang.NATIONALITY_BEFORE_NAME_ENDINGS) \
                and not re.fullmatch(lang.BACK_REFERENCE_HEADS_RE, given) and given.lower().rstrip(".") not in lang.PERSON_TITLES | lang.ROLE_NOUNS \
                | lang.PERSON_NOUNS | lang.OCCUPATION_NOUNS | lang.NOT_NAMES and _person_core([given, run[-1]]):
            found.add(m.name)
    return found.pop() if len(found) == 1 else None


def final_form(name: str, pos: int, by_last: dict, text: str, resolve) -> str:
    """The resolver's last step on a resolved name (names.Resolver.resolve): the other spelling of a hyphenated
    surname completed by `resolve` (`hyphen_variant`), then the name without an office written before it
    (`described_person`, `office_title_form`), a plural title's pair, one given name's form (coref50-53)."""
    if (variant := hyphen_variant(name, by_last, pos)) is not None:
        name = resolve(variant, pos)
    name = timeless_source(name) or name  # ("A lawsuit filed this week", "Prosecutors in April": coref55, coref58)
    name = surname_run(name, by_last, pos) or bare_surname_run(name, by_last, pos, text) or office_surname(name, pos, resolve, text, by_last) or name
    name = described_titled(name) or name  # (coref54)
    name = titled_fuller(name, pos, by_last) or given_after_title(name, pos, by_last) or office_run_source(name, pos, by_last) or name
    return described_person(name) or office_title_form(name, text) or plural_title_pair(name) or one_given_form(name, by_last, text)
