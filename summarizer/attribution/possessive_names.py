"""What a possessive next to a capitalised name tells of it (read18, a BBC story about a comedian):
- "the St Trinian's star", "the Moon Harbour's cast": a name owned after "the" is a title, a team
  or a place, never a person "he" or "she" refers to (English puts no article before a person's
  name in the possessive: "Kemp's car", not "the Kemp's car");
- "Kemp was asked about his fee", "Brand lost his temper": a one-word name followed, within three
  lower-case words and no determiner, by "his" or "her" is a person ("he" may be Kemp), as an age
  after the name shows one ("Doe, 44, left"); the possessive also tells the person's gender (one
  vote, tidy20: "Vale would discuss her history ... in his eyes" gave "his" to Vale), "her" only
  before a word that is no function word ("Vale thanked her for it": an object, someone else), and
  not when a preposition follows the name ("reached out to X on Burma during her first year")."""

from __future__ import annotations

import re

from .. import lang

#: "the" right before the name, and the name in the possessive before a lower-case noun.
_THE_BEFORE = re.compile(r"(?:^|\W)the\s+$", re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"['’]s\s+[a-z]")
_PERSONAL_POSSESSIVES = "|".join(k for k, v in lang.SUBJECT_PRONOUN_OF.items() if v in ("he", "she"))
_OWN_POSSESSIVE_AFTER = re.compile(r"((?:\s+[a-z][a-z'’-]*){1,3}?)\s+(" + _PERSONAL_POSSESSIVES + r")\b")
#: The word after a possessive "her" ("her history"); not "her for", "her that" (an object pronoun).
_WORD_AFTER = re.compile(r"\s+([a-z]+)")


def possessed_title(seg: str, at: int, raw: str) -> bool:
    """The name `raw` found at `at` in the sentence `seg` is 'the <Name>'s <noun>'."""
    end = at + len(raw)
    if seg[at:end] != raw:
        return False
    return _THE_BEFORE.search(seg[:at]) is not None and _POSSESSIVE_AFTER.match(seg, end) is not None


def own_possessive_after(seg: str, end: int) -> bool:
    """A person's "his"/"her" follows the name ending at `end`: 'Kemp was asked about his fee'."""
    m = _OWN_POSSESSIVE_AFTER.match(seg, end)
    return m is not None and not any(w in lang.DETERMINERS for w in m.group(1).split())


def own_possessive_gender(seg: str, end: int) -> str | None:
    """"m" or "f" when a person's own "his"/"her" follows the one-word name ending at `end`
    ('Kemp lost his temper'; 'Vale would discuss her history'), else None."""
    m = _OWN_POSSESSIVE_AFTER.match(seg, end)
    if m is None or any(w in lang.DETERMINERS for w in m.group(1).split()) or m.group(1).split()[0] in lang.PREPOSITIONS:
        return None  # (a name after which a preposition comes is no subject: "on Burma during her first year")
    if m.group(2) == "his":
        return "m"
    nxt = _WORD_AFTER.match(seg, m.end())
    return "f" if nxt is not None and nxt.group(1) not in lang.FUNCTION_WORDS else None
