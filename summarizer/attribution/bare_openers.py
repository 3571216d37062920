"""The subject after an opening phrase with no comma ("On Friday the minister said", "After the
vote she said", "In a TV interview Jane Doe declared"): the phrase says when or where, the words
that end it speak (lead27: British and agency copy often drop the comma; before this only a
capitalised run was read there, so "On Friday the minister said ..." had no source at all).
Word lists in summarizer.lang."""

from __future__ import annotations

from .. import lang
from .frame_shapes import np_head_speaks
from .text import Tok

#: Most words of the subject after its determiner ("the Ministry of Public Works").
SUBJECT_WORDS = 6

_NO_SUBJECT_BEFORE = lang.PREPOSITIONS | lang.OBJECT_LEADS  # "In an interview with the minister": an object


def subject_after_opener(phrase: list[Tok]) -> list[Tok] | None:
    """The subject that ends `phrase` (a preposition first, no comma), or None."""
    dets = [x for x in range(2, len(phrase) - 1) if phrase[x].low in lang.DETERMINERS and phrase[x].text.islower()
            and phrase[x - 1].low not in _NO_SUBJECT_BEFORE]
    if dets:
        d = dets[-1]
        np = phrase[d:]
        words = " ".join(t.text for t in np)
        if len(np) - 1 <= SUBJECT_WORDS and all(t.text.isalpha() or t.text in ("'s", "’s") for t in np[1:]) \
                and (np_head_speaks(words) or any(t.text[:1].isupper() for t in np[1:])):
            return np  # "On Friday the minister", "After the vote the Ministry of Health"
    last = phrase[-1]
    if len(phrase) >= 3 and last.text.islower() and last.low in lang.PERSON_PRONOUNS | lang.GROUP_PRONOUNS \
            and phrase[-2].low not in _NO_SUBJECT_BEFORE and phrase[-2].low not in lang.CLAUSE_WORDS:
        return [last]  # "After a second flood in March she"
    run: list[Tok] = []
    for t in reversed(phrase[2:]):  # "In a TV interview Trump declared" -> "Trump"
        if (t.text[:1].isupper() and t.low not in lang.WEEKDAYS and t.low not in lang.MONTHS) or t.text == "." and run:
            run.insert(0, t)
        else:
            break
    return run or None  # (never right after the opening word: "After Jane Doe said it, ..." is a clause)
