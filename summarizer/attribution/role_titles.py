"""A role noun naming a speaker ("the congressman said", "the congresswoman added", "the lawmaker
told reporters") stands for the last person the article named before with a title of that role,
written as an abbreviation or in full ("Rep. Jane Doe", "Representative Jane Doe", "Sen. John
Roe"; lang.TITLE_NOUN_OF, lang.TITLE_ROLE_NOUNS). No such person: None, and the noun stays the
source (read24; shapes23 left "the congressman" unresolved after "Rep.").

`speaking_holder`: a role noun of a title as a speaker ("the governor said") that the resolver read
as no single holder of that title (a pair "lawmakers and Gov. Tom Roe", a daughter who shares the
governor's surname) is the last person holding that title who has spoken as a source before it:
"Gov. Ann Lee said ... Lawmakers and Gov. Tom Roe vowed ... As proof, the governor said ..." is Lee
(read25). Only for those two misreadings: tried first before the resolver's own reading, and then
for any reading that held no such title, it moved PolNeAR half B's named sources 0.963 -> 0.954."""

from __future__ import annotations

import re

from .. import lang

#: "the congressman", "The lawmaker": a definite article and one lower-case role noun.
_ROLE = re.compile(r"[Tt]he\s+([a-z]+)")
#: An opening subordinate clause closed by its comma right before the role noun's phrase ("As far as whether <X> still
#: senses ..., the senator ..."; English grammar: the description takes up the clause's person).
_OPENING_CLAUSE = re.compile(r"\s*(?:" + "|".join(sorted(lang.SUBORDINATORS | {"as"})) + r")\b(?i:[^.;:!?“”\"]){4,200},\s*$", re.I)
#: The subject of such a clause: its first name, of one to three capitalised words, with a lower-case verb after it
#: (no "and": "As Ada Moss and Tom Reed spoke" names two).
_CLAUSE_NAME = re.compile(r"(?<=\s)([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
#: "the Vermont senator", "The Democratic governor": one capitalised word, a place or party, before the role noun;
#: the holder of the title as for "the senator" (attr53; the lead's Left, session 43).
_PLACED_ROLE = re.compile(r"[Tt]he\s+[A-Z][a-z]+\s+([a-z]+)")


def _before_name(name: str) -> str:
    """The capitalised word right before a long name's given name and surname ("Justice" of "Harlow County Supreme Court
    Justice Ann Pike", a middle initial passed over), or "" (coref58: the title after a court's or body's name)."""
    words = [w for w in name.split() if not re.fullmatch(r"[A-Z]\.", w)]
    return words[-3] if len(words) >= 4 and words[-3][:1].isupper() else ""


def role_nouns(title: str) -> frozenset:
    """The role nouns a title word before a name stands for ("Rep." -> congressman, congresswoman, ...)."""
    t = title.lower().rstrip(".")
    return frozenset({t, lang.TITLE_NOUN_OF.get(t, t), *lang.TITLE_ROLE_NOUNS.get(t, ())})


def titled_holder(source: str, pos: int, mentions, gender_of, text: str = "") -> str | None:
    """The name of the last person mentioned before `pos`, not in a headline, whose title names the
    role noun of `source` ("the congressman" -> "Rep. Ned Vale"); a noun of one gender is never a
    person the article shows as of the other ("the congresswoman" is no "he"). With no such title: the one person
    named in an opening subordinate clause of the same sentence ("As far as whether Reed still senses ..., the
    Vermont senator acknowledged ...": Reed; attr53)."""
    m = _ROLE.fullmatch(" ".join(source.split())) or _PLACED_ROLE.fullmatch(" ".join(source.split()))
    if m is None:
        return None
    noun = m.group(1)
    other = "m" if noun in lang.FEMALE_NOUNS else "f" if noun in lang.MALE_NOUNS else None
    fits = [x for x in mentions if x.pos < pos and x.kind == "person" and not x.headline and len(x.name.split()) >= 3
            and (noun in role_nouns(x.name.split()[0]) or noun in role_nouns(_before_name(x.name)))
            and (other is None or gender_of(x.name) != other)]
    if fits or not text or noun not in lang.PERSON_NOUNS:  # (the fallback: a person's role, not "the Cuban government")
        return max(fits, key=lambda x: x.pos).name if fits else None
    start = max(text.rfind(". ", 0, pos) + 2, text.rfind("\n", 0, pos) + 1)
    subj = _CLAUSE_NAME.search(text, start + 1, pos)
    if not _OPENING_CLAUSE.match(text, start, pos) or subj is None or not re.match(r"\s+(?!(?:and|or|nor)\b)[a-z]", text[subj.end():pos]):
        return None
    last = subj.group(1).split()[-1]  # the clause's subject: "Reed" of "whether Reed still senses", not an object after it
    full = [x.name for x in mentions if x.pos < pos and x.kind == "person" and not x.headline and x.name.split()[-1] == last
            and len(x.name.split()) >= 2 and (other is None or gender_of(x.name) != other)]
    return full[0] if len(set(full)) == 1 else None  # (one person of that surname, named in full)


def _noun(source: str) -> str | None:
    """The role noun of "the <noun>" when it is one a title before a name stands for, else None."""
    m = _ROLE.fullmatch(" ".join(source.split()))
    if m is None:
        return None
    noun = m.group(1)
    if any(noun in role_nouns(t) for t in lang.TITLE_NOUN_OF) or any(noun in v for v in lang.TITLE_ROLE_NOUNS.values()):
        return noun
    return None


def holds_role(source: str, name: str) -> bool:
    """False when `source` is such a role noun and `name` is not one person with a title of that role."""
    noun = _noun(source)
    return noun is None or " and " not in name and any(noun in role_nouns(w) for w in name.split()[:-1])


def speaking_holder(source: str, pos: int, mentions, gender_of) -> str | None:
    """The resolved name of the last source before `pos` that is one person with a title of the role
    noun of `source` anywhere before its surname ("Arkansas Gov. Ann Lee"); None if none spoke."""
    noun = _noun(source)
    if noun is None:
        return None
    other = "m" if noun in lang.FEMALE_NOUNS else "f" if noun in lang.MALE_NOUNS else None
    fits = [x for x in mentions if x.pos < pos and x.source and x.kind == "person" and not x.headline
            and " and " not in x.name and len(x.name.split()) >= 3
            and any(noun in role_nouns(w) for w in x.name.split()[:-2]) and (other is None or gender_of(x.name) != other)]
    return max(fits, key=lambda x: x.pos).name if fits else None
