"""A proposal made public: "Norland and Vesta unveiled a proposal for closer cooperation that would
create a shared coast guard", "The harbor board presented a plan to rebuild the sea wall" (attr21,
issue 12).

Making a proposal public is a speech act of its maker (GUIDELINES §13 lists "proposes" among the
verbs of public communication; "announced a proposal for" was already read so), so what the
proposal would do is the maker's, not the outlet's fact. "unveiled" and the like are no cue verbs
elsewhere ("Workers unveiled a statue": an act), so the frame needs the verb (lang.PROPOSING_VERBS_RE),
a determiner, at most two modifiers and a proposal's noun (lang.PROPOSAL_NOUNS) followed by "for",
"to", "that" or "which", after a subject that opens the sentence (a capitalised noun phrase of at
most six words with no verb or comma, or "the ..." after an opener), optionally after an opening
phrase of at most six words and its comma ("Ahead of the summit, ...").
"""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span

_PROPOSED = re.compile(
    r"\W*(?:[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,5},\s+)?(?P<src>[A-Za-z][\w'’.&-]*(?:\s+[\w'’.&-]+){0,5}?)\s+"
    r"(?:(?:also|jointly|formally|recently|have|has|had)\s+){0,2}(?P<cue>" + lang.PROPOSING_VERBS_RE + r")\s+"
    r"(?P<obj>(?:a|an|the|its|their|his|her|this|that)\s+(?:[\w'’-]+\s+){0,2}?(?P<noun>[a-z]+))\s+(?:for|to|that|which)\s+(?=\S)")


def proposal_frame(text: str, sp: Span, frame_cls):
    """A frame for "X unveiled a proposal for/to/that ...", or None. The content is the proposal
    (from its determiner to the sentence's end)."""
    m = _PROPOSED.match(text, sp.start, sp.end)
    if m is None or m.group("noun") not in lang.PROPOSAL_NOUNS:
        return None
    words = m.group("src").lower().split()
    opens = m.group("src")[:1].isupper() or words[0] == "the" and m.start("src") > sp.start  # ("Ahead of X, the board ...")
    if not opens or words[0] in lang.FIRST_PERSON_SUBJECTS or len(text[m.end():sp.end].split()) < 2 \
            or any(w in lang.AUXILIARY_VERBS or w in lang.BE_FORMS for w in words):
        return None
    return frame_cls((m.start("src"), m.end("src")), (m.start("cue"), m.end("cue")), "indirect",
                     [(m.start("obj"), sp.end)], "initial")
