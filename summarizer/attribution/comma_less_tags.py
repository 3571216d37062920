"""An inverted tag with its comma missing (issue 12, shapes33): "The depot will stay open said the mayor on
Monday." / "The fares will rise said Ada Pell." English puts the speaker after "said" only in a tag, so a
sentence that ends with "said" and a name (or "the" and a person or body noun), at most a short time or place
phrase after it, is that speaker's statement even with no comma before the cue. The content before must be a
clause of its own (CONTENT_MIN_WORDS words or more, no quotation, no comma-set tag already read by the main
rules) and nothing in the tag may be a verb or a clause word ("... what the mayor said Quill liked" is no tag).
"""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span
from .text import outside

#: The fewest words of the content before a comma-less tag.
CONTENT_MIN_WORDS = 4

#: (not "told": "The head of the board told Jane Doe." has its subject before the verb)
_CUES = "|".join(sorted(set(lang.PLAIN_SAYING_RE.split("|")) - {"told"}))
_TAG = re.compile(r"(?<=[a-z0-9])\s+(?P<cue>" + _CUES + r")\s+"
                  r"(?P<subj>the\s+[a-z]+|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
                  r"(?:\s+(?:" + "|".join(lang.INTRODUCTORY_WORDS[:3]) + r")\s+[A-Z]?[a-z]+|\s+(?:" + lang.RELATIVE_DAYS_RE + r"))?\s*(?:[.!]|,\s+(?P<more>(?:but|and)\s+[^“”\"]{12,}))?\s*$")  # ("..., but <clause>.": read35)


def comma_less_tag_frame(text: str, sp: Span, quotes, frame_cls):
    """The frame of a sentence closed by an inverted tag with no comma before its cue, or None."""
    seg_end = sp.end
    m = _TAG.search(text, sp.start, seg_end)
    if m is None or not outside(m.start("cue"), quotes) or any(sp.start <= s < m.start() for s, e, *_ in quotes):
        return None
    subj = m.group("subj").split()
    if subj[0] == "the" and not (subj[1] in lang.PERSON_NOUNS or subj[1] in lang.ORG_HEADS):
        return None  # "... said the word": an object, no speaker
    if subj[0] != "the" and (subj[0].lower() in lang.FUNCTION_WORDS or subj[0].lower().rstrip(".") in lang.WEEKDAYS + lang.MONTHS):
        return None  # "... said Monday", "... said It": no name
    content = text[sp.start:m.start()]
    words = re.findall(r"[\w'’-]+", content)
    if len(words) < CONTENT_MIN_WORDS or "," in content or words[-1] in lang.FUNCTION_WORDS | lang.PERSON_PRONOUNS:
        return None  # ("what she said Quill ...", "The man that said Quill": no clause before the tag)
    a, b = m.span("subj")
    more = [(m.start("more"), sp.end)] if m.group("more") else []  # "A said Keller, but B.": B is his too
    return frame_cls((a, b - (text[b - 1] == ".")), m.span("cue"), "indirect", [(sp.start, m.start())] + more, "final")
