"""Who an unnamed spokesperson speaks for (attr17, issue 12): "Harlow Freight cut 300 jobs. A
spokeswoman said the cuts were needed." -- an indefinite "a spokeswoman" with no "for X" after it
speaks for the organisation the sentence before is about, so the source reads "A spokeswoman for
Harlow Freight" (the words as written stay first). Only an organisation mentioned in the sentence
just before (SPOKEN_FOR_CHARS), never a person: a tenant or a mayor named before is no body a
spokeswoman speaks for without the article saying so. Used by resolution.Resolving.resolve."""

from __future__ import annotations

import re

from .. import lang

#: How far back (characters) the organisation may be mentioned: about one sentence.
SPOKEN_FOR_CHARS = 260

#: "A spokeswoman", "a company spokesman" is not taken (it names its body already).
_INDEFINITE = re.compile(r"(?i:an?)\s+([a-z]+)")


def spoken_for(text: str, source: str, pos: int, mentions) -> str | None:
    """`source` ("A spokeswoman") with the organisation it speaks for, or None (`mentions`: the
    resolver's names before it, places after "in"/"at" left out)."""
    m = _INDEFINITE.fullmatch(source)
    if m is None or m.group(1) not in lang.SPEAKER_FOR_BODY_NOUNS:
        return None
    near = [x for x in mentions if x.pos < pos and pos - x.pos <= SPOKEN_FOR_CHARS and not x.headline and x.kind != "place"]
    if not near or near[-1].kind != "org" or re.search(r"[.!?][\"”’']*\s+\S", text[near[-1].pos:pos + 1]) is None:
        return None  # the last name before it is a person's, or it stands in the same sentence
    if len(re.findall(r"[.!?][\"”’']*\s+\S", text[near[-1].pos:pos + 1])) > 1:
        return None  # more than one sentence back
    return f"{source} for {near[-1].name}"
