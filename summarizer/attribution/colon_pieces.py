"""Two shapes of a sentence's start that hide its reporting clause (stated24). (1) A run-in subhead
in capitals ("THE LOANS Back when ..., X said that ..."): `SUBHEAD`, which relations._framed strips
from a frame's opener. (2) A sentence whose clause after a colon opens a reporting clause of its
own ("The ruling set off a new quarrel on Friday: farmers said the board had mishandled the audit"):
two pieces, the outlet's
account before the colon and the speaker's statement after it, read one by one by analysis.py (as
contrast.contrast_pieces does for "..., but B said ..."). Without the cut the frame rules, which
read a sentence from its start, find no speaker after the colon and the statement is shown as the
outlet's own fact (issue 12; stated24, PolNeAR half A).

Not cut: a colon after a cue ("The mayor said: ..."), a colon inside a quotation, a colon that opens
a quotation or a list, a tail whose subject is longer than lang.COLON_CLAUSE_SUBJECT_WORDS words or holds a function word ("what officials said
was ..."), or whose content after the cue has fewer than three words.
"""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span

#: A run-in subhead in capitals before a sentence's first word ("THE LOANS Back when she ..."): a
#: section's label that lost its line, no part of the sentence's opener (relations._framed; stated24).
SUBHEAD = re.compile(r"^(?:[A-Z][A-Z'’&-]+\s+)+(?=[A-Z][a-z])")

_SAYING = "|".join(sorted(lang.COLON_CLAUSE_CUES, key=len, reverse=True))
#: After ": ": a short subject, perhaps an auxiliary or "also", a verb of saying, then its content.
#: The subject may be set off from its verb by a description in commas ("...: Ann Holt, director of the trust, says
#: that ..."; real55's Left, attr56).
_CLAUSE = re.compile(r":\s+(?P<subj>(?:[A-Za-z][\w'’.-]*\s+){0," + str(lang.COLON_CLAUSE_SUBJECT_WORDS - 1) + r"}?[A-Za-z][\w'’.-]*)"
                     r"(?:\s+|,\s+[^,;:“”\"()]{2,80}?,\s+)(?:(?:also|have|has|had)\s+)?(?P<cue>" + _SAYING + r")\s+(?P<rest>\S)")


def colon_pieces(text: str, sp: Span, quotes: list[tuple[int, int, int]] = ()) -> list[Span]:
    """`sp` cut after each colon that opens a reporting clause with its own subject (see the
    module docstring); the whole span when there is none."""
    out, start = [], sp.start
    for m in _CLAUSE.finditer(text, sp.start, sp.end):
        if any(s <= m.start() < e for s, e, _ in quotes):
            continue  # inside a quotation
        head = text[start:m.start()]
        words = re.findall(r"[A-Za-z][\w'’-]*", head)
        if not words or words[-1].lower() in lang.SPEECH_VERBS | lang.COLON_SPEECH_NOUNS:
            continue  # "The mayor said: ...", "She gave a short reply: ..."
        subj = m.group("subj").split()
        if any(w.lower() in lang.FUNCTION_WORDS - lang.DETERMINERS for w in subj) \
                or any(w.lower() in lang.SPEECH_VERBS | lang.AUXILIARY_VERBS for w in subj):
            continue  # "...: what officials said was ...", "...: it is said that ..."
        if subj[0].lower() not in lang.DETERMINERS | lang.SUBJECT_PRONOUNS and not subj[0][:1].isupper() \
                and not (len(subj) == 1 and subj[0].endswith("s")):
            continue  # a subject: a determiner, a pronoun, a name or a bare plural ("officials")
        if len(text[m.start("rest"):sp.end].split()) < 3:
            continue
        out.append(Span(start, m.start() + 1))
        start = m.start("subj")
    out.append(Span(start, sp.end))
    return [p for p in out if p.end > p.start]
