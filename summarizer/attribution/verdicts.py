"""Frames of a possessed verdict and of a post, with no verb of saying (session 8, bat9b; issue 12):

- "The chief executive's message to investors: the worst is over.", "Her verdict — the company had
  broken the law.", "The governor's response was blunt: the recount was a waste of money." (a
  possessor, a noun of a verdict or message, lang.VERDICT_NOUNS or lang.STATEMENT_NOUNS, a short
  phrase after it, then a colon or a dash: what follows is the possessor's);
- "Senator Jane Doe on Twitter: the bill is a giveaway." (a name, "on" a network, lang.POST_PLACES,
  then a colon).

Tried by cues.extra_frame for a sentence the main rules leave without a frame.
"""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span
from .text import outside

_NOUNS = "|".join(sorted((lang.VERDICT_NOUNS | lang.STATEMENT_NOUNS) - {"bottom", "line"}, key=len, reverse=True)) + r"|bottom\s+line"
_VERDICT = re.compile(
    r"\W*(?P<poss>(?:His|Her|Their|Its)(?=\s)|(?:[Tt]he\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s?"
    r"|[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*['’]s?)"
    r"\s+(?:[a-z][\w-]*\s+)?(?P<noun>" + _NOUNS + r")"
    r"(?:\s+(?:" + lang.VERDICT_PREPOSITIONS_RE + r")\s+[^:;—–“”\"]{1,40}?)?"
    r"(?:\s+(?:was|is|were|are)\s+(?:[a-z]+\s+)?[a-z]+)?"
    r"\s*(?::|\s(?:—|–|--))\s*(?=\S)")
_POST = re.compile(r"\W*(?P<src>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*|[Tt]he\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+)"
                   r"\s+(?P<cue>(?:(?:" + lang.POST_VERBS_RE + r")\s+)?(?:on|in)\s+(?:a\s+post\s+on\s+)?(?i:"
                   + "|".join(sorted(lang.POST_PLACES)) + r"))\s*:\s*(?=\S)")


def verdict_frame(text: str, sp: Span, quotes) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]] | None:
    """(source span, cue span, content span) of "X's message: ...", "Her verdict — ...", "X on
    Twitter: ...", or None (inside quotations; content under three words)."""
    m = _VERDICT.match(text, sp.start, sp.end)
    if m is not None and outside(m.start("poss"), quotes) and len(text[m.end():sp.end].split()) >= 3 \
            and m.group("poss").split()[0].lower() not in lang.NOT_NAMES - set(lang.POSSESSIVE_DETERMINERS) - {"the"} \
            and not set(re.findall(r"\w+", m.group("poss").lower())) & (set(lang.WEEKDAYS) | set(lang.MONTHS) | lang.TIME_WORDS):
        # (not "Monday's verdict: guilty", "This year's message: ...")
        poss = m.group("poss")
        end = m.start("poss") + len(re.sub(r"['’]s?$", "", poss))
        return (m.start("poss"), end), (m.start("noun"), m.end("noun")), (m.end(), sp.end)
    m = _POST.match(text, sp.start, sp.end)
    if m is not None and outside(m.start("src"), quotes) and len(text[m.end():sp.end].split()) >= 3:
        return (m.start("src"), m.end("src")), (m.start("cue"), m.end("cue")), (m.end(), sp.end)
    return None
