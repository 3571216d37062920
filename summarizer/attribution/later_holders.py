"""An office written before the article names the person who holds it: "Senator from <State> says ..." as a
subtitle, then "Sen. <Given> <Surname> (R-<State>)" in the body; "The minister said ..." in a lede, then
"<Field> Minister <Given> <Surname>" a paragraph on (coref56's and real56's Left, session 48: coref57).

The resolver reads a description back to a person named before it; with no one named so before, the description
stayed the source (as written), and the same person's later claims went to the name: one person shown as two
speakers. `later_holder` gives the description the one person the rest of the article writes with that office as
a title before the name. None when the resolver already found someone, when the office is no title
(lang.PERSON_TITLES less courtesy titles and abbreviations), when someone holding it is named before the
description, when two people hold it after it, or when the description's place ("from <State>") is not written
near the holder's name."""

from __future__ import annotations

import re

from .. import lang
from .name_kinds import classify

#: "<Office> from <Place>", "the <office>", "The <Field> <office>" (one capitalised word of field before the office).
_DESCRIPTION = re.compile(r"(?:(?i:the)\s+)?(?:([A-Z][a-z]+)\s+)?([A-Za-z][a-z]+)(?:\s+(?:from|of)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?")
_NAME = r"((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)"
_ABBREVIATION_OF = {v: k for k, v in lang.TITLE_NOUN_OF.items()}


def _office(word: str) -> str | None:
    """The office a description's head names, when it is a title written before names ("senator", "minister")."""
    w = word.lower()
    return w if w in lang.PERSON_TITLES and len(w) > 4 and w not in lang.COURTESY_TITLES and w != "major" else None


def _titled(office: str, field: str | None) -> re.Pattern:
    """The office written as a title before a name: "Senator <Name>", "Sen. <Name>", "<Field> Minister <Name>"."""
    forms = [office.capitalize()] + ([_ABBREVIATION_OF[office].capitalize() + r"\.?"] if office in _ABBREVIATION_OF else [])
    lead = (re.escape(field) + r"\s+") if field else r"(?:[A-Z][a-z]+\s+)?"
    return re.compile(r"\b" + lead + r"(?:" + "|".join(forms) + r")\s+" + _NAME)


def _holder(h: re.Match) -> str | None:
    """The titled name a match of `_titled` found ("Sen. Tom Hale", "Agriculture Minister Jo Marr"), None when the words
    after the title are no person's name ("Senator Breaks With Party Leader": a headline)."""
    name = h.group(1)
    if len(name.split()) < 2 or name.split()[0].lower() in lang.FUNCTION_WORDS | lang.PERSON_TITLES or classify(name) != "person":
        return None
    whole = h.group(0).split()
    if whole[0].lower() in lang.LESSER_TITLE_PREFIXES | lang.OTHER_OFFICE_PREFIXES:
        return None  # ("Deputy Minister <Name>", "Former Senator <Name>", "Prime Minister <Name>": not the office the
        # description names)
    return " ".join(whole[1:] if whole[0].lower() in lang.FUNCTION_WORDS else whole)


def later_holder(text: str, source: str, pos: int, got: str) -> str:
    """`got`, the resolver's reading of `source` at `pos`, or the one person written later with the description's
    office as a title when `got` is the description itself (module docstring)."""
    s = " ".join(source.split())
    bare = re.sub(r"(?i)^the\s+", "", s)
    if re.sub(r"(?i)^the\s+", "", " ".join(got.split())).lower() != bare.lower():
        return got
    m = _DESCRIPTION.fullmatch(s)
    if m is None or (office := _office(m.group(2))) is None or m.group(3) is None and not s.lower().startswith("the "):
        return got  # ("Minister said ...": no description; "Senator from <State>", "The minister" are)
    field, place = m.group(1), m.group(3)
    if field and field.lower() in lang.FUNCTION_WORDS:
        field = None
    titled = _titled(office, field)
    end = pos + len(source) if text.startswith(source, pos) else pos
    if any(_holder(h) for h in titled.finditer(text, 0, pos)) or re.search(r"\b" + office + r"\b", text[:pos]):
        return got  # (someone holds it before, or the office is written in lower case before: "Hungary's foreign
        # minister, <Name>, said ... The minister added": the resolver's reading stands)
    names: dict[str, str] = {}
    for h in titled.finditer(text, end):
        if (name := _holder(h)) is None or place and place[:3] not in text[max(end, h.start() - 80):h.end() + 80]:
            continue
        names.setdefault(name.split()[-1], name)
    if len(names) != 1:
        return got
    return next(iter(names.values()))
