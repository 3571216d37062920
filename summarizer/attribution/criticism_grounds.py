"""A criticism with no critic named, and what it is for (PolNeAR half A; attr59): "For her part, <Name> has faced sharp
criticism for failing to address the violence ...", "The agency has been criticized for failing to ..." -- the failing
is what unnamed critics hold against the subject, not the outlet's fact (GUIDELINES §6: a passive report with no
source is "unnamed sources"). Only a gerund after "for" ("criticized for the floods" names no statement), and never
with an agent ("criticism from farmers", "criticized by the council": the agent's frame or the outlet's). Tried by
analysis.py after the noun cues, so a sentence with a frame of its own never comes here ("Farmers criticized the mayor
for failing to ..." is the farmers')."""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span
from .text import outside

_GROUND = re.compile(r"\b(?:" + lang.CRITICISM_PASSIVE_LEADS_RE + r"(?P<verb>" + lang.CRITICISM_PASSIVES_RE + r")|(?P<light>" + lang.CRITICISM_RECEIVED_RE + r")\s+"
                     r"(?:[a-z]+\s+){0,2}?(?P<noun>" + lang.CRITICISM_NOUNS_RE + r"))\s+for\s+(?P<next>[a-z]{3,}ing)\b")


def criticism_ground(text: str, sp: Span, quotes) -> tuple[None, tuple[int, int], tuple[int, int]] | None:
    """(None, cue span, content span) of a criticism with no critic named and its "for <gerund>" ground, or None."""
    m = _GROUND.search(text, sp.start, sp.end)
    if m is None or not outside(m.start(), quotes):
        return None
    subject = text[sp.start:m.start()].split(",")[-1].split()  # (after an opener: "For her part, <Name> has faced ...")
    if not subject or len(subject) > 6 or text[sp.start:m.start()].count(",") > 1 \
            or any(w.lower() in lang.SUBORDINATORS for w in text[sp.start:m.start()].split()):
        return None  # "Though the agency faced criticism for ..., it ...", "<Name>, who has been criticized for ...,": not the main clause
    cue = m.span("verb") if m.group("verb") else m.span("noun")
    if len(text[m.start("next"):sp.end].split()) < 3:
        return None
    return None, cue, (m.start("next"), sp.end)
