"""A speaker named before a participle of speaking and a colon, with no verb of saying (session 28, read30;
issue 12): "Harbour boss Tom Vell, speaking to Sports Hour: “I'm proud of my crew. ...”" (sports and
broadcast copy, where the quotation often runs over several paragraphs). The quotation is the named
speaker's; before this rule no frame was found and every sentence of it was shown in the outlet's voice.
Also a described person shouting, yelling or chanting (at someone) before a colon and a quotation, anywhere in the
sentence ("Then came a woman yelling at the pair: '...'"; attr49): the words shouted are hers."""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span

#: the subject (a capitalised first word, at most eight words), a comma, a participle of speaking
#: (lang.COLON_SPEAKING_PARTICIPLES), a short phrase with no quotation or clause mark, a colon and the
#: opening quotation mark
_SPEAKING_COLON = re.compile(r"\W*([A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,7}?)\s*,\s+(" + "|".join(lang.COLON_SPEAKING_PARTICIPLES)
                             + r")\s+[a-z][^,;:“”\"]{1,70}?:\s*(?=[“\"])")


#: a message sent in: a subject ending in a capitalised name (an apposed one after a comma: "A reader in Tarne, Jo
#: Hale,"), "emails" or "texts", a colon and the opening quotation mark (a live blog's reader; long44). Not in the cue
#: lists: "emails"/"texts" are plural nouns as often (contrast.py reads a tail's first saying word as a cue).
_SENT_IN = re.compile(r"\W*(?:[A-Z][^:;,“”\"]{0,60},\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),?\s+(emails|texts)\s*:\s*(?=[“\"])")


#: a described person (a determiner, at most two lower-case words, a person noun), a gerund of uttering
#: (lang.UTTERANCE_GERUNDS), perhaps a short phrase ("at the couple"), a colon and the opening quotation mark.
_UTTERED_COLON = re.compile(r"\b((?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]he)\s+(?:[a-z][\w'’-]*\s+){0,2}([a-z][\w-]*))\s+("
                            + "|".join(sorted(lang.UTTERANCE_GERUNDS)) + r")(?:\s+[a-z][^,;:“”\"]{0,40}?)?\s*:\s*(?=[“\"‘'])")


def uttered_colon_frame(text: str, sp: Span, frame_cls):
    """The frame of '... a woman yelling at the pair: "..."' (module docstring), or None."""
    m = _UTTERED_COLON.search(text, sp.start, sp.end)
    if m is None or m.end() >= sp.end - 3 or m.group(2).lower() not in lang.PERSON_NOUNS:
        return None
    return frame_cls(m.span(1), m.span(3), "direct", [(m.end(), sp.end)], "colon")


def speaking_colon_frame(text: str, sp: Span, frame_cls, classify):
    """The frame of '<Subject>, speaking to <someone>: "..."' (the quotation to the sentence's end), or of
    '<Subject> emails: "..."'."""
    if (m := _SENT_IN.match(text, sp.start, sp.end)) is not None and m.end() < sp.end - 3 and m.group(1).split()[0].lower() not in lang.NOT_NAMES:
        return frame_cls(m.span(1), m.span(2), "direct", [(m.end(), sp.end)], "colon")
    m = _SPEAKING_COLON.match(text, sp.start, sp.end)
    if m is None or m.end() >= sp.end - 3:
        return uttered_colon_frame(text, sp, frame_cls)
    who = m.group(1)
    ws = who.split()
    if ws[0].lower() in lang.NOT_NAMES or not (classify(who) in ("person", "org") or ws[-1].lower() in lang.PERSON_NOUNS):
        return None  # "Earlier, speaking to ...:" (no one), "The weather, talking of which: ..."
    return frame_cls(m.span(1), m.span(2), "direct", [(m.end(), sp.end)], "colon")
