"""What a possessive next to a capitalised name tells of it (read18, a BBC story about a comedian):
- "the St Trinian's star", "the Moon Harbour's cast": a name owned after "the" is a title, a team
  or a place, never a person "he" or "she" refers to (English puts no article before a person's
  name in the possessive: "Kemp's car", not "the Kemp's car");
- "Kemp was asked about his fee", "Brand lost his temper": a one-word name followed, within three
  lower-case words and no determiner, by "his" or "her" is a person ("he" may be Kemp), as an age
  after the name shows one ("Doe, 44, left")."""

from __future__ import annotations

import re

from .. import lang

#: "the" right before the name, and the name in the possessive before a lower-case noun.
_THE_BEFORE = re.compile(r"(?:^|\W)the\s+$", re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"['’]s\s+[a-z]")
_PERSONAL_POSSESSIVES = "|".join(k for k, v in lang.SUBJECT_PRONOUN_OF.items() if v in ("he", "she"))
_OWN_POSSESSIVE_AFTER = re.compile(r"((?:\s+[a-z][a-z'’-]*){1,3}?)\s+(?:" + _PERSONAL_POSSESSIVES + r")\b")


def possessed_title(seg: str, at: int, raw: str) -> bool:
    """The name `raw` found at `at` in the sentence `seg` is 'the <Name>'s <noun>'."""
    end = at + len(raw)
    if seg[at:end] != raw:
        return False
    return _THE_BEFORE.search(seg[max(0, at - 200):at]) is not None and _POSSESSIVE_AFTER.match(seg, end) is not None


def own_possessive_after(seg: str, end: int) -> bool:
    """A person's "his"/"her" follows the name ending at `end`: 'Kemp was asked about his fee'."""
    m = _OWN_POSSESSIVE_AFTER.match(seg, end)
    return m is not None and not any(w in lang.DETERMINERS for w in m.group(1).split())


#: An article right before a name ("the <Name>", "a <Name>"), or an article and one lower-case word ("an overseas <Name>").
_ARTICLE_BEFORE = re.compile(r"(?:^|\W)(?:the|an?)\s+$", re.IGNORECASE)
_ARTICLE_WORD_BEFORE = re.compile(r"(?:^|\W)(?:the|an?)\s+[a-z][\w'’-]*\s+$", re.IGNORECASE)
#: A lower-case word right after the name.
_WORD_AFTER = re.compile(r"\s+([a-z][a-z'’-]*)\b")


def attributive_name(seg: str, at: int, raw: str) -> bool:
    """The name `raw` found at `at` in the sentence `seg` is a thing's name after an article: "the Sith
    Lord", "The Down Under alter ego", or one that modifies a noun after an article and a word ("an
    overseas Moon Patrol convention"): a film's, a character's or a slogan's name, never the person a
    later "he" or "she" means (read22). Not a title's name ("the Rev. Jane Doe"); after an article and a
    word, not a name before a verb ("the embattled Jane Doe has resigned", "the late Jane Doe wrote")."""
    end = at + len(raw)
    if seg[at:end] != raw or raw.split()[0].lower().rstrip(".") in lang.PERSON_TITLES | lang.HONORIFICS:
        return False
    if _ARTICLE_BEFORE.search(seg[max(0, at - 200):at]):
        return True
    nxt = _WORD_AFTER.match(seg, end)
    if _ARTICLE_WORD_BEFORE.search(seg[max(0, at - 200):at]) is None or nxt is None:
        return False
    w = nxt.group(1)
    return not (w in lang.AUXILIARY_VERBS or w in lang.SPEECH_VERBS or w in lang.NOT_NAMES or w.endswith("ed"))
