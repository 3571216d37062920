"""A description subject of a speech verb coordinated after its own act: "The bakery raised its prices and added that
flour had become dearer" (the bakery's statement, as "Jane Roe welcomed the ruling and said that ..." is hers). cues.py's
coordinated frame needs a name or a listed head noun (lang.ORG_HEADS, PERSON_NOUNS) as the subject; here any
"The <noun>" subject speaks, because the coordinated verb of saying takes a "that" clause and the subject did the act
before it (a finite past verb right after the noun phrase). Tried by cues.extra_frame when nothing else framed the
sentence (left44).
"""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span
from .text import outside

#: The coordinated verb of saying (a past form; a finding verb's "and showed that" is a fact's consequence, no speech).
_SAID = sorted(w for w in lang.SPEECH_VERBS if lang.is_past_form(w) and w not in lang.FINDING_VERBS)
_OPEN = re.compile(r"\s*(?:(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+)?(?:[Tt]he|[Tt]his|[Ii]ts|[Tt]heir)\s+")
_COORDINATED = re.compile(r"(?P<act>[^,;:“”\"()]{3,150}?)\s+(?:and|but)\s+(?:(?:also|then|later)\s+)?(?P<cue>"
                          + "|".join(_SAID) + r")\s+(?=that\s+\S)")


def _verb(word: str, nxt: str) -> bool:
    """The act's verb: a past form, or a form like "cut", "set", "put" with its object's determiner or count next."""
    return lang.is_past_form(word) or nxt.lower() in lang.DETERMINERS or nxt.lower() in lang.POSSESSIVE_DETERMINERS or nxt.lower() in lang.NUMBER_UNITS \
        or nxt[:1].isdigit()


def described_speaker_frame(text: str, sp: Span, quotes, frame_cls):
    """"The <noun ...> <past verb> A and said/added/warned that B": a frame of the noun phrase over "that B"; None
    otherwise (a capitalised or listed subject is cues.py's, a verb of finding or a passive is no speech act)."""
    m = _OPEN.match(text, sp.start, sp.end)
    if m is None or not outside(m.start(), quotes):
        return None
    words = list(re.finditer(r"[^\s]+", text[m.end():sp.end]))[:5]
    k = next((x for x, w in enumerate(words) if x and _verb(w.group(0), words[x + 1].group(0) if x + 1 < len(words) else "")), None)
    if k is None or any(not re.fullmatch(r"[a-z][a-z-]*", w.group(0)) or w.group(0) in lang.FUNCTION_WORDS
                        or w.group(0) in lang.BE_FORMS for w in words[:k + 1]):
        return None  # ("The bill was passed and ..."; a capitalised word is a name, cues.py's)
    src_end = m.end() + words[k - 1].end()
    act = _COORDINATED.match(text, src_end + 1, sp.end)
    if act is None or act.group("act").split()[0] in lang.SPEECH_VERBS or not outside(act.start("cue"), quotes):
        return None  # "The bakery said A and added that B": one speaker's frame, the main rules'
    lead = re.match(r"\s*(?:(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+)?", text[sp.start:sp.end]).end()
    cue = (act.start("cue"), act.end("cue"))
    return frame_cls((sp.start + lead, src_end), cue, "indirect", [(cue[1] + 1, sp.end)], "initial")
