"""Where a frame's source as written starts and ends, corrected after the frame is read (read27, issue 12):

- an opening participle phrase is no part of the source ("Replying to the stories, the Department for Ports
  and Roads said ...": the department);
- a role followed by the person's name in commas before the cue is that person ("In October the former
  Port Minister, Ada Crane, said ...": Ada Crane, not "Port Minister");
- a name goes on over a lower-case particle ("President dos Vales said ...": not "President").
"""

from __future__ import annotations

import re

from .. import lang

#: An opening participle phrase up to its comma, then the subject proper (a determiner or a capital).
_PARTICIPLE_OPENER = re.compile(r"[A-Z][a-z]+ing\s+[^,;:“”\"]{1,60},\s+(?=(?:the|a|an|[A-Z])\b)")
#: A person's name of two to four capitalised words set off by commas, then the cue.
_APPOSED_NAME = re.compile(r",\s+((?:[A-Z][a-z]{0,3}\.\s+)*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s*$")
#: A lower-case name particle and the capitalised word after it.
_PARTICLE_TAIL = re.compile(r"\s+(?:" + "|".join(sorted(lang.PERSON_NAME_PARTICLES)) + r")\s+[A-Z][\w'’-]+")


def corrected_source(text: str, source: tuple[int, int], cue: tuple[int, int]) -> tuple[int, int]:
    """The source span of a frame whose cue is at `cue`, corrected as the module says."""
    a, b = source
    m = _PARTICIPLE_OPENER.match(text, a, b)
    if m is not None and m.end() < b:
        a = m.end()
    if b <= cue[0]:
        named = _APPOSED_NAME.match(text, b, cue[0])
        if named is not None and text[a:b].split()[-1:] and text[a:b].split()[-1].lower() in lang.PERSON_NOUNS | lang.PERSON_TITLES:
            return named.start(1), named.end(1)
        tail = _PARTICLE_TAIL.match(text, b, cue[0])
        if tail is not None and text[a:b][:1].isupper():
            b = tail.end()
    return a, b
