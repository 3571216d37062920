"""Where an attributed statement stops and the outlet's voice takes over again (issue 12).

`contrast_cut(text, fr, quotes)`: an "according to X" phrase or a frame in the middle of the
sentence ("A, X said, B") attributes the statement it sits in, not a contrasting clause the
outlet adds after it: in "According to the survey, turnout rose, but the result was never
certified" and "The dam, the agency said, held, although engineers will inspect it" the part
after ", but" / ", although" is the outlet's. A contrast inside a quotation stays the speaker's,
and so does a participle after it ("..., while cutting its costs": no clause of its own).

`runs_on(text, rel, start, end, quotes)`: a sentence that goes on with the previous sentence's
indirect statement in its tense ("X said the bridge would carry ... . It would also need ...").
Quotations over several sentences and paragraphs, colon quotations and transcripts are followed
in `analysis`; "She also wants ..." and "Y, he added, ..." have frames of their own.
"""

from __future__ import annotations

import re

from .. import lang
from .text import outside

#: A contrasting clause after a comma ("..., but ...", "..., although ...").
_CONTRAST = re.compile(r",\s+(?:" + lang.CONTRAST_OPENERS_RE + r")\s+(?!to\b)(?![a-z]+ing\b)")
#: The fewest words after the contrast's opener for it to be a clause of its own.
CONTRAST_MIN_WORDS = 3


def contrast_cut(text: str, fr, quotes):
    """The frame (frames.Frame) with its last content span cut before a contrasting clause,
    for an according-to phrase before its content and for an indirect frame in the middle of the
    sentence; any other frame, or None, as it is."""
    if fr is None or not fr.content:
        return fr
    a, b = fr.content[-1]
    if fr.position == "according" and a > fr.cue_span[0] or fr.position == "middle" and fr.kind == "indirect":
        for m in _CONTRAST.finditer(text, a, b):
            if outside(m.start(), quotes) and len(text[m.end():b].split()) >= CONTRAST_MIN_WORDS:
                fr.content = [*fr.content[:-1], (a, m.start())]
                break
    return fr


#: Modals of reported speech in the past ("said the bridge would ..."): the tense that keeps the
#: next sentence in the speaker's voice ("It would also ...").
BACKSHIFT_MODALS_RE = "would|could|might"
#: The longest subject (words) before the modal of a run-on sentence ("The new line would ...").
RUN_ON_SUBJECT_WORDS = 5
_BACKSHIFT = re.compile(r"\b(?:" + BACKSHIFT_MODALS_RE + r")\b")
#: A sentence opener, its subject, then the modal, "also" and a verb ("But it would also need repairs").
_RUN_ON = re.compile(r"\s*(?:(?:But|And|Yet|Still|However|Instead),?\s+)?((?:[\w'’-]+\s+){1,%d}?)(?:%s)"
                     r"\s+(?:(?:still|not|then|only|even|never)\s+)*(also)\s+[a-z]+" % (RUN_ON_SUBJECT_WORDS,
                                                                                           BACKSHIFT_MODALS_RE))


def runs_on(text: str, rel, start: int, end: int, quotes) -> bool:
    """The sentence [start, end) goes on with the previous sentence's indirect statement `rel`
    (relations.Relation): the statement reports a future or a possibility in the past tense
    ("The engineer said the bridge would carry 40,000 cars a day.") and the sentence's main clause
    is in the same tense and goes on with "also": a short subject, the modal and "also" ("But it
    would also need repairs within a decade."): still the engineer's. Without "also" the outlet
    may be the one weighing the plan ("A delay would cost the region dearly."; on PolNeAR dev half
    A the modal alone gave one more claim and one more false attribution, and one more false one
    on half B). Not after a quotation or a belief, not a sentence with a quotation, a conditional
    ("If ..., it would ...") or a subject with a comma."""
    if rel is None or rel.kind not in ("indirect", "according_to"):
        return False
    content = " ".join(text[a:b] for a, b in rel.content)
    if not _BACKSHIFT.search(content) or re.search(r"[“”\"]", text[start:end]):
        return False
    m = _RUN_ON.match(text, start, end)
    if m is None or "," in m.group(1) or not outside(start, quotes):
        return False
    first = m.group(1).split()[0].lower()
    return first not in lang.CLAUSE_WORDS
