"""A source after a scene-setting place phrase with its own "where"/"when" clause (issue 12; GUIDELINES
§6: a sentence that names a source is the source's): "In Dorrin, where the pier is closing, Mayor Ana
Pell said that the harbor was the best place for a market." The relation's content is then less than
half of the sentence, so `Attributions.relation_for` gave the claim to no one and an uncertain or
negated content was shown as the outlet's `stated` fact (factuality half A: a "where" clause of 20
words before "X insisted that"; fact22). The setter is measured out of the sentence: the relation holds
the claim when its content covers half of what follows the setter. The setter's own clause is split
off as a `background` claim as before.
"""

from __future__ import annotations

import re

from .. import lang

#: "In Dorrin," or "In Dorrin, where ... ,": a place phrase with no clause stop or quotation, then
#: optionally a where/when clause to its last comma; nothing else before the source.
_SETTER = re.compile(r"\W*(?:" + lang.SCENE_PREPOSITIONS_RE + r")\s+[^,;:“”\"]{1,60},"
                     r"\s*(?:where|when)\s[^;:“”\"]{1,240},\s*$")


#: A participial or adjectival opener about the source ("Sitting at the back of the barn, talking to the
#: riders, she says ...", "Ashamed of his height and wary of remarks, Mr Doe says ..."; shapes33): English
#: reads a fronted participle as the main clause's subject's, so it sets the speaker's scene. Not a
#: participle of speaking ("Speaking to X during Y," was measured and dropped in session 28) nor "According".
_PARTICIPLE = re.compile(r"\W*([A-Z][a-z]{3,}(?:ing|ed))\s[^;:“”\"]{8,300},\s*$")
_NOT_SETTERS = frozenset((*lang.COLON_SPEAKING_PARTICIPLES, *lang.SAYING_PARTICIPLES, "according"))


def _setter(opener: str, cue: str) -> bool:
    if _SETTER.match(opener):
        return True
    m = _PARTICIPLE.match(opener)  # (with a verb that reports a clause: not "..., the girls knew", "..., X wrote 600 works")
    return m is not None and m.group(1).lower() not in _NOT_SETTERS and cue.lower() in lang.COLON_CLAUSE_CUES


def scene_setter(text: str, relations, start: int, end: int):
    """The relation whose frame opens right after a scene setter at the start of [start, end) and
    whose content covers at least half of the rest of the span, or None."""
    for r in relations:
        if not r.source_span or not r.cue_span or r.kind == "direct" or r.source_span[0] > r.cue_span[0]:
            continue  # an initial frame only: "<setter> X said that ..."
        s0 = r.source_span[0]
        if not start < s0 < end or not _setter(text[start:s0], text[r.cue_span[0]:r.cue_span[1]]):
            continue
        cov = sum(max(0, min(end, e) - max(s0, s)) for s, e in r.content)
        if cov * 2 >= end - s0:
            return r
    return None
