"""One person written with a title in two forms, or with a description before the name (session 45, coref54; the
resolver's last step, name_completion.final_form, uses these):

- `same_title`: "Prof" and "Professor", "Dr" and "Doctor", "Sen." and "Senator" are one title (lang.TITLE_NOUN_OF).
- `given_after_title`: "Sir Milo" after "Sir Milo Varga": a title of knighthood before a given name alone
  (lang.GIVEN_NAME_TITLES) is the one person so titled and named in full before.
- `office_surname`: "former councilor Prentice" after "Dale Prentice": a lower-case office before a bare surname
  (the lead's policy of session 43 leaves the office out of the source) is the person of that surname named before.
- `office_run_source` (coref55): "Hale" after the speaker "New Jersey Gov. Tom Hale": that run, as the source wrote it.
- `described_titled`: "Oncology specialist Professor Nina Harte" (a description opening its sentence, so its first
  word is capitalised) and "NASA's Jane Corliss" (a body's possessive): the person's name from the title on, or after
  the possessive; GUIDELINES §6 names the fullest form of the NAME, the digest reads the body back as affiliation.
"""

from __future__ import annotations

import re

from .. import lang
from .name_kinds import classify

_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*|[A-Z]['’][A-Z][a-z]+")  # "Varga", "O'Brien", "Smith-Jones"
_INITIAL = re.compile(r"[A-Z]\.")


def _title(word: str) -> str:
    """A title word in one spelling: "Prof." -> "professor", "Dr" -> "doctor", "Senator" -> "senator"."""
    w = word.lower().rstrip(".")
    return lang.TITLE_NOUN_OF.get(w, w)


def same_title(a: str, b: str) -> bool:
    """`a` and `b` are the same title, in full or abbreviated ("Prof" and "Professor")."""
    return _title(a) == _title(b)


def _core(words: list[str]) -> bool:
    """One or two given names (or initials) and a surname, each a name word that is no title, person noun, office or
    place word."""
    core = [w for w in words if not _INITIAL.fullmatch(w)]
    return 2 <= len(core) <= 3 and all(_NAME_WORD.fullmatch(w) and w.lower().rstrip(".") not in lang.PERSON_TITLES
                                        | lang.PERSON_NOUNS | lang.NOT_NAMES | lang.ORG_HEADS | lang.PLACE_NOUNS
                                        | lang.HONORIFICS for w in core)


def titled_fuller(name: str, pos: int, by_last: dict) -> str | None:
    """"Prof Quell" after "Professor Ada Quell" (or after "Oncology specialist Professor Ada Quell"): the one fuller form
    before `pos` that writes the same title, in either spelling, then one or two given names and the surname, from
    the title on. None for a courtesy title (name_forms._titled reads "Mr Quell" by gender), when the fuller form
    writes the same title as written (name_completion.titled_full reads it), and when two people fit."""
    words = name.split()
    if len(words) != 2 or words[0].lower().rstrip(".") in (lang.COURTESY_TITLES - {"dr"}) | {"miss"} \
            or _title(words[0]) not in lang.PERSON_TITLES | set(lang.TITLE_NOUN_OF.values()) or not _NAME_WORD.fullmatch(words[1]):
        return None
    found = set()
    for m in by_last.get(words[1], ()):
        mw = m.name.split()
        if m.pos >= pos or m.kind != "person":
            continue
        at = next((i for i, x in enumerate(mw[:-2]) if same_title(x, words[0])), None)
        if at is not None and _core(mw[at + 1:]):
            found.add(" ".join(mw[at:]))
    return found.pop() if len(found) == 1 else None


def given_after_title(name: str, pos: int, by_last: dict) -> str | None:
    """"Sir Milo" -> "Sir Milo Varga", "Dame Ada" -> "Dame Ada Quell": the one person named before `pos` with that
    title of knighthood (lang.GIVEN_NAME_TITLES) and that given name before a surname; None when none or two ("Sir
    Milo Varga" and "Sir Milo Dunn"), or for any other shape ("Sir Varga": a surname)."""
    words = name.split()
    if len(words) != 2 or words[0].lower() not in lang.GIVEN_NAME_TITLES or not _NAME_WORD.fullmatch(words[1]):
        return None
    found = set()
    for ms in by_last.values():
        for m in ms:
            mw = m.name.split()
            if m.pos < pos and m.kind == "person" and len(mw) in (3, 4) and mw[0] == words[0] and mw[1] == words[1] \
                    and _core(mw[1:]):
                found.add(m.name)
    return found.pop() if len(found) == 1 else None


def office_surname(name: str, pos: int, resolve, text: str = "", by_last: dict | None = None) -> str | None:
    """"former councilor Prentice" -> "Dale Prentice": one or two lower-case words ending in an office or person noun
    (lang.ROLE_NOUNS, PERSON_NOUNS, OCCUPATION_NOUNS), after "former" or "ex-" perhaps, before one capitalised
    surname; `resolve` completes the surname alone, and its fuller form (a person named before that ends in the
    surname) is the source. None when the resolver finds no fuller form (the description stays), for a capitalised
    office ("Councilor Prentice": a title, as written; a role noun that is no title and is capitalised only because it
    opens the sentence, "Pupil Prentice ended ...", is read as lower-case; coref55) and for any other shape."""
    words = name.split()
    if not 2 <= len(words) <= 4 or not _NAME_WORD.fullmatch(words[-1]) or words[-1].lower() in lang.NOT_NAMES | lang.PERSON_TITLES:
        return None
    desc = words[:-1]
    if desc[0].lower() in lang.ROLE_DATE_ADJECTIVES | lang.DETERMINERS or desc[0].startswith("ex-"):
        desc = desc[1:] if not desc[0].startswith("ex-") else [desc[0][3:]] + desc[1:]
    offices = lang.ROLE_NOUNS | lang.PERSON_NOUNS | lang.OCCUPATION_NOUNS
    if len(desc) == 1 and len(words) == 2 and by_last is not None \
            and (opened := _opening_role(desc[0], words[1], pos, text, by_last)) is not None:
        return opened  # ("Pupil Vanya ended ..." opening its sentence: a role noun capitalised there only; coref55)
    if not 1 <= len(desc) <= 2 or not all(w.isalpha() and w.islower() and w not in lang.FUNCTION_WORDS for w in desc) \
            or desc[-1] not in offices or desc[-1].endswith("s") and desc[-1][:-1] in offices:
        return None  # ("The officers Dunn": a plural; "said Dunn": no office)
    fuller = resolve(words[-1], pos)
    fw = fuller.split()
    return fuller if len(fw) >= 2 and fw[-1] == words[-1] and _core(fw[-3:] if len(fw) > 3 else fw) \
        and classify(fuller) == "person" else None


def _opening_role(word: str, surname: str, pos: int, text: str, by_last: dict) -> str | None:
    """"Pupil Vanya" -> "Damian Vanya": `word` before `surname` is a role noun capitalised only because it opens a
    sentence ("Pupil Vanya ended ...", "Striker Vanya said ..."): a person or office noun that is no title
    (lang.PERSON_TITLES: "Councilor Vanya" stays), written with a capital nowhere inside a sentence; the one person of
    that surname named in full (a given name and the surname) before `pos`. None otherwise."""
    low = word.lower()
    if not _NAME_WORD.fullmatch(word) or low in lang.PERSON_TITLES or low not in lang.ROLE_NOUNS | lang.PERSON_NOUNS \
            | lang.OCCUPATION_NOUNS or re.search(r"(?<=[\w,;] )" + re.escape(word) + r"\b", text):
        return None
    opened = [m.start() for m in re.finditer(re.escape(word) + r"\s+" + re.escape(surname) + r"\b", text)]
    if not opened or not all(re.search(r"(?:^|[.!?\n])[\"“”'‘’\s]*$", text[max(0, at - 6):at]) for at in opened):
        return None
    fuller = {m.name for m in by_last.get(surname, ()) if m.pos < pos and m.kind == "person" and len(m.name.split()) >= 2
              and m.name.split()[0] != word}
    if len(fuller) != 1:
        return None
    full = fuller.pop()
    return full if _core(full.split()) and classify(full) == "person" else None


def described_titled(name: str) -> str | None:
    """The person's name after a description written before it: "Oncology specialist Professor Nina Harte" ->
    "Professor Nina Harte" (a capitalised first word, as a sentence's first word is, lower-case words after it, then
    an academic or courtesy title: lang.DESCRIBED_BEFORE_TITLES), "NASA's Jane Corliss", "the Met Office's Dr Jane
    Corliss" -> "Jane Corliss", "Dr Jane Corliss" (a capitalised owner's possessive). None when the rest is no
    person's name, after "by" or another function word ("A study by Oncology ..."), for a title that is an office
    ("Senate Majority Leader Jo Marr"), and for any other shape."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    for k in range(1, len(words) - 1):
        w = words[k]
        if w.lower().rstrip(".") in lang.DESCRIBED_BEFORE_TITLES:
            desc = words[:k]
            if desc[0][:1].isupper() and desc[0].isalpha() and len(desc) >= 2 and all(
                    x.isalpha() and x.islower() and x not in lang.FUNCTION_WORDS for x in desc[1:]) \
                    and desc[0].lower() not in lang.FUNCTION_WORDS and _core(words[k + 1:]) and classify(" ".join(words[k:])) == "person":
                return " ".join(words[k:])
            break  # (an owner's possessive before the title perhaps: "the Met Office's Dr Jane Corliss")
    owner = re.fullmatch(r"((?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*)['’]s", " ".join(words[:-2])) if len(words) >= 3 else None
    if owner is None and len(words) >= 4:
        owner = re.fullmatch(r"((?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*)['’]s", " ".join(words[:-3]))
    if owner is None:
        return None
    rest = words[len(owner.group(0).split()):]
    titled = rest[0].lower().rstrip(".") in lang.DESCRIBED_BEFORE_TITLES
    if classify(owner.group(1)) not in ("org", "place") and not owner.group(1).isupper():
        return None  # ("Trump's Mike Pence" is left: a person's possessive may be a family's ("Trump's Ivanka"))
    return " ".join(rest) if _core(rest[1:] if titled else rest) and classify(" ".join(rest)) == "person" else None



def bare_surname_run(name: str, by_last: dict, pos: int, text: str) -> str | None:
    """"Wasser Schultz" after "Debra Wasser Schultz": a surname of two words written bare (no title, no given name)
    after the person was named in full: that one person (name_completion.surname_run reads the titled "Ms Wasser
    Schultz"). Only when the word before the run in the fuller form is a given name: not a party or nationality word
    ("Republican Donald Grump" is no fuller form of "Donald Grump"), a title ("President-elect"), an office, a date
    adjective ("Former") nor a function word, and one the article capitalises inside a sentence somewhere when the fuller
    form opens its sentence ("Supermodel" there is no given name); and only when one such person was named before `pos`."""
    words = name.split()
    if len(words) != 2 or not all(_NAME_WORD.fullmatch(w) for w in words) or words[0].lower() in lang.NOT_NAMES:
        return None
    found = set()
    for m in by_last.get(words[-1], ()):
        mw = m.name.split()
        if m.pos >= pos or m.kind != "person" or len(mw) != 3 or mw[1:] != words:
            continue
        given = mw[0]
        low = given.lower()
        at = text.find(m.name, m.pos)
        opens = at >= 0 and re.search(r"(?:^|[.!?:\"“”\n])\W*$", text[max(0, at - 4):at]) is not None
        if opens and not re.search(r"(?<=[\w,;] )" + re.escape(given) + r"\b", text):
            continue  # ("Supermodel <Given> <Surname>" opening its sentence: a word capitalised there only)
        if _NAME_WORD.fullmatch(given) and not low.endswith(lang.NATIONALITY_BEFORE_NAME_ENDINGS) \
                and not re.fullmatch(lang.BACK_REFERENCE_HEADS_RE, given, re.I) and low.split("-")[0] not in lang.PERSON_TITLES \
                and low not in lang.ROLE_NOUNS | lang.PERSON_NOUNS | lang.OCCUPATION_NOUNS | lang.NOT_NAMES | lang.FUNCTION_WORDS \
                | lang.ROLE_DATE_ADJECTIVES | lang.PLACE_NOUNS | lang.ORG_HEADS:
            found.add(m.name)
    return found.pop() if len(found) == 1 else None


def office_run_source(name: str, pos: int, by_last: dict) -> str | None:
    """"Hale" completed to "Tom Hale" after "New Jersey Gov. Tom Hale said ..." (a run of capitalised words ending in a
    title before the name, five words or more, which the resolver's fuller forms leave out): that run as the source
    wrote it, so one person is one speaker in the file (GUIDELINES §6); "Sen. Tom Hale" is already read so. Only when
    the run was itself a speaker's name before `pos`, names one given name (or initials) and the surname, and one such
    run fits (two offices of one person, or two people, leave the name as it is)."""
    words = name.split()
    if len(words) != 2 or not _core(words):
        return None
    found = set()
    for m in by_last.get(words[-1], ()):
        mw = m.name.split()
        if m.pos >= pos or m.kind != "person" or not m.source or len(mw) < 5 or mw[-2:] != words:
            continue
        office = mw[:-2]
        if _title(office[-1]) in lang.PERSON_TITLES | set(lang.TITLE_NOUN_OF.values()) and _title(office[-1]) not in lang.HONORIFICS \
                and all(re.fullmatch(r"[A-Z][\w.'’-]*", w) for w in office) and not {"and", "&"} & set(mw):
            found.add(m.name)
    return found.pop() if len(found) == 1 else None

