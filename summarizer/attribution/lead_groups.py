"""A sentence's opening "Name verbed people" is a clause, not a group of speakers (wild20, issue 12).

cues._lead_subject reads a capitalised word and one or two lower-case words ending in a noun of
people as a subject ("Local residents said", "Democratic state lawmakers urged"). "Sandoval
thanked voters but warned her supporters ..." has the same look: a name, a past-tense verb and its
object, then a second verb joined by "and"/"but". English grammar tells them apart: a group's
words are followed by its own verb, while the clause's object is followed by a coordinator and the
second verb that the same subject governs. Such an opening is no subject; the leading name is.
"""

from __future__ import annotations

import re

from .. import lang

#: "and"/"but" (an adverb may stand between: "but also warned"), then a lower-case word.
_COORDINATED_VERB = re.compile(r"\s*(?:and|but)\s+(?:(?:also|then|later)\s+)?([a-z]+)\b")


def clause_not_group(words: list[str], after: str) -> int | None:
    """The index in `words` of the past-tense verb when the opening `words` (capitalised words,
    lower-case words, a noun of people) are a name, its verb and that verb's object, and `after`
    (the text that follows) goes on with "and"/"but" and another past-tense or saying verb
    ("Sandoval thanked voters but warned ..."); else None. Only the words before it are the subject."""
    k = next((x for x, w in enumerate(words) if w[:1].islower()), None)
    if k is None or k == 0 or k == len(words) - 1 or not lang.is_past_form(words[k].lower(), min_len=4):
        return None
    m = _COORDINATED_VERB.match(after)
    return k if m is not None and (lang.is_past_form(m.group(1), min_len=4) or m.group(1) in lang.SPEECH_VERBS) else None
