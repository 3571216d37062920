"""Who a pronoun or a short name is, where the plain "last fitting name" reading goes wrong (session 39, coref48;
names.Resolver and name_forms use these):

- `office_actor`: "District Attorney Jo Marsh's office reviewed the case, and she determined ...": the person whose
  office acts is the clause's actor (a possessive name before an office noun, lang.PERSONAL_OFFICE_NOUNS).
- `aside_possessive`: "Quill, in his account, did not mention it": a one-word name with a personal possessive in a
  comma aside right after it is a person.
- `opens_as_subject`: the sentence opens with the person as its subject through such an aside or a possessive
  ("Teller's own plans are unclear."): a "he" right after it is that person, not the speaker quoted before.
- `kin_bound`: "His cousin Sami Rudd agreed ... He had asked his cousin for money": the person introduced as
  someone's cousin is not the "he" whose cousin the clause names.
- `given_name_full`: "Ronald said" after "Ronald Pike": the one person named in full with that given name;
  `kin_surname`: "When Edwin Pike died, his son, Ronald, took over": the son's family name.
- `named_kin`: "her mother said" after "said Rita Marr, Lily's mom": the relative the article named, of the owner
  the possessive can mean (his / her).
"""

from __future__ import annotations

import re

from .. import lang

_OFFICE_AFTER = re.compile(r"['’]s\s+(?:[a-z]+\s+)?(" + "|".join(sorted(lang.PERSONAL_OFFICE_NOUNS)) + r")\b")
_PERSONAL_POSSESSIVE = r"(?:his|her)"
_ASIDE_POSSESSIVE = re.compile(r",\s+(?:[a-z]+\s+){1,2}" + _PERSONAL_POSSESSIVE + r"\s+[a-z]+(?:\s+[a-z]+)?,\s+[a-z]")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s")


def office_actor(text: str, at: int, name: str, pos: int, mentions=()) -> bool:
    """The person `name` at `at` is written "<name>'s (own) office" and the pronoun at `pos` follows in the same
    sentence, after "and" ("... was handed to <Title> <Name>'s office on May 2, and he determined ..."); not when a
    person opens that sentence as its subject ("Knight called <Name>'s office, and he ...": Knight goes on)."""
    end = at + len(name)
    if _OFFICE_AFTER.match(text, end) is None or _SENTENCE_END.search(text, end, pos):
        return False
    start = max([x.end() for x in _SENTENCE_END.finditer(text, max(0, at - 400), at)] or [max(0, at - 400)])
    if any(start <= m.pos < at and m.salient and m.kind in ("person", "name") for m in mentions):
        return False
    return re.search(r",?\s+and\s+(?:then\s+)?$", text[max(end, pos - 16):pos]) is not None


#: A "who" clause set off by dashes or commas right after a name, then a lower-case word (the name's own verb:
#: "with Jane Roe — who has called for X — criticising the plan", "Jane Roe, who ran the fund, said").
_WHO_ASIDE = re.compile(r"\s*(?:(?:--|[—–])\s*who\b[^—–\n]{1,160}?(?:--|[—–])|,\s+who\b[^,;:.\n]{1,120},)\s+([a-z]+)\b")


def acts_past_aside(text: str, at: int, name: str) -> bool:
    """The person `name` at `at` is followed by a "who" aside and then a verb of theirs ("with Jane Roe — who has
    called for higher taxes — criticising the plan. '...,' she said"): that person acts, as the subject of the
    clause; a "she" just after may be her though another woman spoke before."""
    m = _WHO_ASIDE.match(text, at + len(name))
    return m is not None and m.group(1) not in lang.FUNCTION_WORDS


def also_acts(text: str, at: int, name: str, pos: int, mentions=()) -> bool:
    """`acts_past_aside` or `office_actor`: the two ways a person named just before a pronoun acts that the plain
    "a verb right after the name" check (name_forms._acts) misses."""
    return acts_past_aside(text, at, name) or office_actor(text, at, name, pos, mentions)


def aside_possessive(seg: str, end: int) -> bool:
    """A comma aside with "his"/"her" right after the name ending at `end`, then the verb: "Quill, in his account,
    did ..."; not "Quill, his lawyer, said" (an apposition: another person)."""
    return _ASIDE_POSSESSIVE.match(seg, end) is not None


def opens_as_subject(text: str, start: int, end: int, name: str) -> bool:
    """The sentence text[start:end] opens with the last word of `name` as its subject's possessor or set off by such
    an aside: "Teller's own plans are unclear.", "Quill, in his account, did not mention it." (not "Teller's lawyer
    said": the lawyer is another person)."""
    last = name.split()[-1:]
    if not last:
        return False
    m = re.match(r"\W*(?:[A-Z][\w.'’-]*\s+){0,3}?" + re.escape(last[0]) + r"(?=['’]s\s|,)", text[start:end])
    if m is None:
        return False
    after = start + m.end()
    pos = re.match(r"['’]s\s+(?:own\s+)?([a-z]+)\s+[a-z]", text[after:end])
    if pos is not None:
        return pos.group(1) not in lang.KIN_NOUNS | lang.PERSON_NOUNS | lang.PERSON_TITLES | lang.SPEAKS_FOR_NOUNS
    return aside_possessive(text[:end], after)


def kin_bound(text: str, mention_pos: int, name: str, pos: int) -> bool:
    """The pronoun at `pos` heads a clause naming "his/her <kin>", and the person `name` (mentioned at
    `mention_pos`) was introduced as "his/her <kin> <Name>" or "<...>'s <kin>, <Name>": that relative is not the
    pronoun ("His cousin Sami Rudd agreed ... He had asked his cousin for money": not Rudd)."""
    clause = re.split(r"[.!?;]", text[pos:pos + 200], maxsplit=1)[0]
    kin = {m.group(1) for m in re.finditer(r"\b" + _PERSONAL_POSSESSIVE + r"\s+([a-z]+)\b", clause, re.I)} & lang.KIN_NOUNS
    if not kin:
        return False
    first = re.escape(name.split()[0])
    before = r"\b(?:" + _PERSONAL_POSSESSIVE + r"|[A-Z][\w'’-]*['’]s)\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(kin)) + r"),?\s+" + first + r"\b"
    return re.search(before, text[:max(mention_pos, pos)], re.I) is not None


#: A word of a person's name: a capital, then lower-case letters (not "A380", "USA").
_NAME_WORD = re.compile(r"[A-Z][a-z'’-]*[a-z](?:[A-Z][a-z]+)?")


def plain_titled(name: str) -> str:
    """A name without a plural title opening it ("Senators Kirsten Vale" of "Senators Kirsten Vale and Tom Roe"):
    the one person's name ("Kirsten Vale"); other names as they are."""
    words = name.split()
    if len(words) > 2 and words[0].endswith("s") and words[0][:-1].lower() in lang.PERSON_TITLES:
        return " ".join(words[1:])
    return name


def given_name_full(name: str, pos: int, mentions, genders, not_gender: str | None) -> str | None:
    """A one-word name that is the given name of exactly one person named in full before `pos` (two words, the name
    first, after any title), none of whose names ends with it: that full name ("Ronald" -> "Ronald Pike")."""
    if len(name.split()) != 1 or not name[:1].isupper():
        return None
    if any(m.kind == "person" and len(m.name.split()) > 1 and m.name.split()[-1] == name and " and " not in m.name
           for m in mentions if m.pos < pos):
        return None  # a surname the article gave a fuller form of
    found = set()
    for m in mentions:
        words = [w for w in m.name.split() if w.lower().rstrip(".") not in lang.PERSON_TITLES]
        if m.pos < pos and m.kind == "person" and " and " not in m.name and len(words) == 2 and words[0] == name \
                and all(_NAME_WORD.fullmatch(w) for w in words) \
                and (not_gender is None or genders.of(m.name) != not_gender):
            found.add(" ".join(words))
    return found.pop() if len(found) == 1 else None


def kin_surname(text: str, name: str, pos: int, mentions) -> str | None:
    """A one-word given name set off after a kin noun that shares its relative's family name ("When Edwin Pike died
    in 1980, his son, Ronald, took over": "Ronald Pike"), when the sentence's one other person named in full is that
    relative."""
    if len(name.split()) != 1:
        return None
    for m in re.finditer(r"\b(?:his|her|[A-Z][\w'’-]*['’]s)\s+(" + "|".join(sorted(lang.SURNAME_KIN_NOUNS)) + r"),\s+"
                         + re.escape(name) + r",", text[:pos]):
        start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        first_words = {w for w in re.findall(r"\b[A-Z][a-z]+\b", text[start:m.start()])}
        kin = {x.name for x in mentions if x.kind == "person" and x.pos < m.start() and len(x.name.split()) == 2
               and x.name.split()[0] in first_words or x.kind == "person" and start <= x.pos < m.start() and len(x.name.split()) == 2}
        surnames = {k.split()[-1] for k in kin}
        if len(surnames) == 1:
            return f"{name} {surnames.pop()}"
    return None


_KIN_FORMS = {"mother": ("mother", "mom", "mum"), "father": ("father", "dad")}


def named_kin(text: str, source: str, pos: int, genders) -> str | None:
    """"her mother", "his father", "her mom" as a source: the relative the article named before with an owner
    ("said Rita Marr, Lily's mom", "Tom's mother, Gail Vance,") whose gender fits the possessive, the owner named
    last before `pos` when several fit; None when none is named."""
    m = re.fullmatch(r"(his|her)\s+([a-z]+)", " ".join(source.split()), re.I)
    if m is None:
        return None
    kin = next((k for k, forms in _KIN_FORMS.items() if m.group(2).lower() in forms), m.group(2).lower())
    if kin not in lang.KIN_NOUNS:
        return None
    forms = "|".join(_KIN_FORMS.get(kin, (kin,)))
    name = r"((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]+)"
    owner = r"([A-Z][\w'’-]*)['’]s\s+"
    pairs = [(x.group(2), x.group(1)) for x in re.finditer(name + r",\s+" + owner + r"(?:" + forms + r")\b", text[:pos])]
    pairs += [(x.group(1), x.group(2)) for x in re.finditer(owner + r"(?:" + forms + r"),\s+" + name + r",", text[:pos])]
    want = "m" if m.group(1).lower() == "his" else "f"
    pairs = [(o, n) for o, n in pairs if genders.of(o) in (None, want) and len(n.split()) >= 2]
    if not pairs:
        return None
    return max(pairs, key=lambda p: text.rfind(p[0], 0, pos))[1]
