"""A tag's tail that names only the medium the words were given in (intl38, session 31).

"A, the ministry said in a bulletin on its messaging channel." is the ministry's as "A, the ministry
said in a statement." is; frame_parts.final_alone kept a tail of at most six words, so wire copy's
longer medium ("in a statement posted on its channel", "in a televised address to the nation")
left the sentence the outlet's fact. `medium_tail(tail)`: the tail opens "in/on/via (a determiner)
(up to two modifiers) <medium noun>" ("in remarks carried by state television"), then at most MEDIUM_TAIL_REST words that each open or
continue a place-of-publication phrase, no comma, quotation mark or clause.
"""

from __future__ import annotations

import re

from .. import lang

#: The most words after the medium noun (measured on the 23,784 real sentences of flipall).
MEDIUM_TAIL_REST = 7
_HEAD = re.compile(r"\s*(?:" + lang.MEDIUM_TAIL_OPENERS_RE + r")\s+(?:(?:" + "|".join(sorted(lang.MEDIUM_TAIL_DETERMINERS)) + r")\s+)?"
                   r"(?:[a-z][\w-]*\s+){0,2}?(?:" + "|".join(sorted(lang.MEDIUM_TAIL_NOUNS)) + r")\b", re.I)


def medium_tail(tail: str) -> bool:
    """`tail` (what follows the saying verb, to the sentence's end) names only a medium."""
    m = _HEAD.match(tail)
    if not m:
        return False
    rest = re.sub(r"[.!]?[\"”’']*\s*$", "", tail[m.end():])
    if re.search(r"[,;:“”\"(]", rest):
        return False
    words = rest.split()
    if not words:
        return True
    if len(words) > MEDIUM_TAIL_REST or words[0].lower() not in lang.MEDIUM_TAIL_LINKS:
        return False
    # no clause: no relative or subordinating word, no second saying verb
    return not any(w.lower() in lang.MEDIUM_TAIL_BREAKERS for w in words)


#: An addressee of up to four words (a name, "the <Name> daily", "state television") before a medium.
_ADDRESSEE = re.compile(r"\s*(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+(?=\s+(?:" + lang.MEDIUM_TAIL_OPENERS_RE + r")\s)")


def addressee_then_medium(tail: str) -> bool:
    """After "told": the addressee, then only a medium ("..., X told the Norvan daily in an interview
    published on Monday.")."""
    m = _ADDRESSEE.match(tail)
    return bool(m) and not re.search(r"[,;:“”\"]", m.group(0)) \
        and not any(w.lower() in lang.MEDIUM_TAIL_BREAKERS for w in m.group(0).split()) and medium_tail(tail[m.end():])
