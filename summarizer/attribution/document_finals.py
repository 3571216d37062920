"""A finding told by a document at the sentence's end, over a frame at its start (left16).

"Scientists have discovered a new species of frog, a study shows.": the sentence opens with a
frame of its own (Scientists discovered ...), but the outlet's source for all of it is the study
named at the end, after a comma, with a finding verb ("shows", "suggests", "found"). The outer
voice is the document's: the frame becomes the final one, its content the words before the comma.
Only a document or finding noun (lang.FINDING_NOUNS, lang.DOCUMENT_NOUNS) counts: "..., a spokesman
said" after an initial frame is left to the frame rules (frames.py).
"""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span

#: A consequence participle the outlet sets off after the frame, to the sentence's end (lang.CONSEQUENCE_TAIL_RE).
CONSEQUENCE_TAIL = re.compile(lang.CONSEQUENCE_TAIL_RE + r"$")
#: A release participle opening what stands between a finding's noun and its verb ("figures released on Friday").
_RELEASED = re.compile(r"^\s+(?:" + "|".join(sorted(lang.RELEASE_PARTICIPLES)) + r")\b", re.I)
_NOUNS = "|".join(sorted(lang.FINDING_NOUNS | lang.DOCUMENT_NOUNS))
_VERBS = "|".join(sorted(lang.FINDING_VERBS))
#: ", a study shows." / ", new research suggests." / ", the agency's report found.": a finding's final frame
_FINAL = re.compile(r",\s+(?P<src>(?:(?:" + "|".join(sorted(lang.DETERMINERS)) + r")\s+)?(?:[\w'’-]+\s+){0,3}?(?:" + _NOUNS
                    + r"))\s+(?P<cue>" + _VERBS + r")\s*[.!?]?[\"”’']*\s*$", re.I)


def outer_document_frame(text: str, sp: Span, fr, frame_cls):
    """The final document frame of sentence `sp` when it follows the initial frame `fr`; else `fr`."""
    m = _FINAL.search(text, sp.start, sp.end)
    if m is None or fr.cue_span[0] >= m.start():
        return fr
    return frame_cls((m.start("src"), m.end("src")), (m.start("cue"), m.end("cue")), "indirect", [(sp.start, m.start())], "final")


#: A source whose head is a finding's noun ("a survey released by the chamber", "new research by
#: the bank", "a study published in a journal"): its noun within its first four words.
_FINDING_SOURCE = re.compile(r"(?:[\w'’-]+\s+){0,3}?(?:" + "|".join(sorted(lang.FINDING_NOUNS)) + r")\b", re.I)


def content_first(text: str, r, start: int) -> bool:
    """The span at `start` opens with the relation's one content part, and the relation has a source
    and a cue: the shape of a final frame's statement (this module's and frame_parts.final_alone's)."""
    return bool(r.source_span and r.cue_span) and len(r.content) == 1 and not text[start:r.start].strip()


def final_finding_alone(text: str, r, start: int, end: int) -> bool:
    """"Prices rose in March, a survey released by the chamber on Monday suggests.": the span is
    the content, then a final frame whose source is a finding (a survey, study, report) and whose
    cue a finding verb ("shows", "suggests", "found"), with at most a short time or place between
    them and after: the finding's statement whole, however long its source (attr17). A speaker's
    final frame is `frame_parts.final_alone`'s."""
    if not content_first(text, r, start):
        return False
    (s0, s1), (c0, c1) = r.source_span, r.cue_span
    if not (r.end <= s0 < c0) or text[c0:c1].lower() not in lang.FINDING_VERBS \
            or not _FINDING_SOURCE.match(text, s0, s1) or re.search(r"\w", text[r.end:s0]) or not re.search(r",\s*$", text[r.start:s0]):
        return False
    between, tail = text[s1:c0], text[c1:end]
    tail = "." if CONSEQUENCE_TAIL.match(tail) else tail  # "A, the survey showed, raising hopes of B": an aside (genre44)
    between = _RELEASED.sub(" ", between)  # "A, figures released on Friday showed": the release's time, no clause (genre44)
    return _short(between) and _short(re.sub(r"[.!?][\"”’']*\s*$", "", tail))


def _short(gap: str) -> bool:
    """Nothing, or a short time or place: no clause, comma or quotation."""
    ws = re.findall(r"[\w’'-]+", gap)
    return not ws or len(ws) <= 4 and not re.search(r"[,;:“”\"]", gap) and ws[0].lower() in lang.FINAL_TAIL_STARTERS
