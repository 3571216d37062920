"""Speakers' names in a caseless text (issue 12; tokens47): where no capital marks a name, English's
places of a speaker still do. reading_copy.names_recased capitalises the words found here, and the
surname wherever the text uses it again, so the rules read them as names:

- the subject of a verb of saying right at a clause's start, one or two words with no determiner
  ("..., smith said.", "paolo meloni said on monday ...", '"...," mura added'): English writes a
  common noun there with a determiner ("the minister said") or in the plural ("residents said");
- the name closing an inverted tag after a comma ("..., said spokesman paolo meloni."), as after a
  closing quotation (reading_copy._tag_names);
- a quotation's signature: a dash and a name closing the quotation's line ('"..." ― carla sanchez').

A word of a role, a title, a kin or group noun, a function word, a pronoun, a month or weekday, a
time adverb, a word ending "-ly", "-ing" or in a plural "-s" is no name (a near-miss stays as it is).
"""

from __future__ import annotations

import re

from .. import lang

#: Words that are no part of a name (as reading_copy's tags), and a caseless text's other near-misses.
NOT_NAME = (lang.FUNCTION_WORDS | lang.PERSON_NOUNS | lang.KIN_NOUNS | lang.PERSON_TITLES | lang.ORG_HEADS
            | lang.PRONOUNS | lang.DOCUMENT_NOUNS | lang.CASELESS_NOT_NAMES | set(lang.WEEKDAYS) | set(lang.MONTHS))
#: Words of a role that may stand before a tag's name ("said spokesman paolo meloni", "said chief inspector ann vell").
_ROLE_WORDS = (lang.PERSON_NOUNS | lang.PERSON_TITLES | lang.KIN_NOUNS) - lang.FUNCTION_WORDS - lang.PRONOUNS
#: The verbs of saying whose subject is read: the past forms of lang.PLAIN_SAYING_VERBS and "says" (not a
#: bare "say", nor a third-person form that is also a plural noun: "questionable medical claims — ...").
_VERBS = sorted(v for v in lang.PLAIN_SAYING_VERBS if " " not in v and (v.endswith("ed") or v in lang.CASELESS_SUBJECT_VERBS))
_WORD = r"[a-z][a-z'’-]*[a-z]"
#: A clause's start: a line's, a sentence's, after a comma, a colon, or a closing quotation mark.
_START = r"(?:^|(?<=\n)|(?<=[.!?;:,]\s)|(?<=[.!?,]['\"”’]\s))"
_SUBJECT = re.compile(_START + r"[ \t]*(" + _WORD + r")(?:\s+(" + _WORD + r"))?\s+(?:" + "|".join(_VERBS) + r")\b", re.M)
#: An inverted tag after a comma (no quotation mark): ", said spokesman paolo meloni." / ", added meloni, 44,"
_INVERTED = re.compile(r",\s+(?:" + "|".join(_VERBS) + r")\s+((?:" + _WORD + r"\s+){0,2}" + _WORD + r")(?=\s*[.,;!?]|\s*$)", re.M)
#: A signature closing a quotation's line: '"..." ― name name' (a dash, one to three words, a stop at most).
_SIGNATURE = re.compile(r"['\"”’][ \t\u00a0]*[―—–-][ \t\u00a0]*(" + _WORD + r"(?:[ \t]+" + _WORD + r"){0,2})[ \t\u00a0]*\.?[ \t\u00a0]*$", re.M)


def _is_name_word(w: str) -> bool:
    """`w` may be a word of a name (module doc)."""
    w = w.lower()
    return (w not in NOT_NAME and not (w.endswith("s") and w[:-1] in NOT_NAME) and w not in lang.PLAIN_SAYING_VERBS
            and not w.endswith(("ly", "ing")) and not (w.endswith("s") and not w.endswith("ss")) and "'" not in w
            and "’" not in w and "-" not in w)


def speaker_names(text: str) -> tuple[set[str], list[int]]:
    """The surnames (lower case) of the module's three places of a speaker, and the offsets of the
    given names before them (capitalised where they stand)."""
    names: set[str] = set()
    given: list[int] = []
    for m in _SUBJECT.finditer(text):
        first, second = m.group(1), m.group(2)
        words = [first] + ([second] if second else [])
        if not all(_is_name_word(w) for w in words):
            continue
        names.add(words[-1])
        if second:
            given.append(m.start(1))
    for rx in (_INVERTED, _SIGNATURE):
        for m in rx.finditer(text):
            words = m.group(1).split()
            while words and words[0] in _ROLE_WORDS:  # "spokesman paolo meloni": the role is no name
                words = words[1:]  # (not "said it couldn't wait": a clause, no tag)
            if not words or len(words) > 2 or not all(_is_name_word(w) for w in words):
                continue
            names.add(words[-1])
            if len(words) == 2:
                given.append(m.start(1) + m.group(1).rfind(words[0], 0, m.group(1).rfind(words[-1])))
    return names, given
