"""A frame inside a leading concessive clause (issue 12, shapes33): "Although Jane Doe says A, she admits
B", "While the union claims A, others saw B", "But while two firms say A, most makers said B".

The concessive clause holds a statement of its own, its subject's (A); the main clause after its comma
is read on its own (its own frame: "she admits B" is Jane Doe's; none: the outlet's, "the inspectors
found three leaks"). `concessive_cut` gives where the main clause starts (contrast.contrast_pieces cuts
the sentence there); `concessive_frame` is the frame of the first piece. The clause ends at the first
comma outside quotations after a content of at least CONTENT_MIN_WORDS words that does not open with a
preposition ("But while critics claim that after the flood of 2019, roads were shut, ...": the comma
after "2019" closes a fronted phrase of the content, not the clause).
"""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span
from .text import outside

#: The fewest words of the concessive clause's content before its closing comma.
CONTENT_MIN_WORDS = 3

_OPENERS = r"even\s+(?:though|as)|" + "|".join(sorted(lang.CONCESSIVE_OPENERS))
_CUES = "|".join(sorted(lang.COLON_CLAUSE_CUES - {"told"}))
_CLAUSE = re.compile(r"\W*(?:(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+)?(?i:" + _OPENERS + r")\s+"
                     r"(?P<subj>(?:[\w'’.&-]+\s+){0,7}?[\w'’.&-]+)\s+(?P<cue>" + _CUES + r")\s+(?:that\s+)?")


def _clause(text: str, sp: Span, quotes) -> tuple[re.Match, int] | None:
    m = _CLAUSE.match(text, sp.start, sp.end)
    if m is None or not outside(m.start("cue"), quotes):
        return None
    subj = m.group("subj").split()
    if len(subj) == 1 and subj[0].islower() and subj[0] not in lang.SUBJECT_PRONOUNS:
        return None  # "But while reports say ...": a bare plural, no one a quotation after it could go on with
    if any(w.lower() in lang.AUXILIARY_VERBS or w.lower() in lang.CLAUSE_WORDS for w in subj[1:]):
        return None  # "While the plan that was said ...": a verb or a clause inside, no plain subject
    first = text[m.end():sp.end].split(None, 1)[:1]
    if not first or first[0].lower() == "to" or first[0].lower() in lang.PREPOSITIONS and not m.group(0).rstrip().endswith("that"):
        return None  # "While prices said to be rising", "While she said on Monday ...": no content right after the cue
    fronted = first[0].lower() in lang.PREPOSITIONS  # "... claim that after the flood, ...": a phrase of the content
    for c in re.finditer(r",\s+", text[m.end():sp.end]):
        at = m.end() + c.start()
        if fronted:
            fronted = False
            continue
        if outside(at, quotes) and len(text[m.end():at].split()) >= CONTENT_MIN_WORDS:
            rest = text[at:sp.end]
            return (m, at) if len(re.findall(r"[A-Za-z]+", rest)) >= CONTENT_MIN_WORDS else None
    return None


def concessive_cut(text: str, sp: Span, quotes) -> int | None:
    """Where the main clause after a leading concessive clause with its own frame starts, or None."""
    found = _clause(text, sp, quotes)
    if found is None:
        return None
    return found[1] + len(re.match(r",\s*", text[found[1]:]).group(0))


def concessive_frame(text: str, sp: Span, quotes, frame_cls):
    """The frame of a piece that is a concessive clause with a frame, cut off by `concessive_cut`."""
    if not re.search(r",\s*$", text[sp.start:sp.end]):
        return None
    found = _clause(text, Span(sp.start, len(text)), quotes)
    if found is None or found[1] > sp.end:
        return None
    m, at = found
    return frame_cls(m.span("subj"), m.span("cue"), "indirect", [(m.end(), at)], "initial")
