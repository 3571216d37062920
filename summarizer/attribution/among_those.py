"""A speaker counted among a group that spoke (session 27, read29; issue 12): "Mayor Ann Coil and councillor
Rob Dale were among the members who said they would back the plan", "Jazz drummer Ola Penn was among those
paying tribute, posting: "..."". The subject of "was/were among" is the source of what the group said; the
group is only how the article counts them."""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span

_CUES = "|".join(sorted(lang.SECOND_FRAME_CUES_RE.split("|")))
_PARTICIPLES = "|".join(lang.TRIBUTE_PARTICIPLES)
_AMONG = re.compile(r"(?:(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+)?(?P<subj>[A-Z][^,;:“”\"]{1,80}?)\s+" + lang.AMONG_GROUP_RE + r"\s+"
                    r"(?:who\s+(?:have\s+|had\s+)?(?P<cue>" + _CUES + r")(?:\s+that)?\b"
                    r"|" + lang.TRIBUTE_ACT_RE + r"\s*,\s*(?P<part>" + _PARTICIPLES + r")\b\s*(?:on\s+[A-Z]\w+\s*)?[:,]?)\s*")


def among_those_frame(text: str, sp: Span, frame_cls):
    """The frame of a sentence whose subject "was among those who said ..." / "... paying tribute, writing: ..."."""
    m = _AMONG.match(text, sp.start, sp.end)
    if m is None or m.end() >= sp.end - 5:
        return None
    cue = m.span("cue") if m.group("cue") else m.span("part")
    quoted = text[m.end():m.end() + 1] in "“\"'‘"
    if quoted:
        return frame_cls(m.span("subj"), cue, "direct", [(m.end(), sp.end)], "initial")
    # "... were among the members who said they would ...": the count among the group is part of the report
    return frame_cls(m.span("subj"), cue, "indirect", [(m.end("subj"), cue[0]), (m.end(), sp.end)], "initial")


#: "Of those who attended, most said A" / "Among the 40 tenants polled, many say A" (shapes33): the part of
#: the group the quantifier counts speaks; the source is the whole phrase from "Of" to the quantifier.
_OF_THOSE = re.compile(r"\W*(?:(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+)?(?P<src>(?:Of|Among)\s+(?!course\b)[^,;:“”\"]{3,80}?,\s+"
                       r"(?:(?:" + "|".join(sorted(lang.GROUP_QUANTIFIERS - {"other"})) + r"|all|half|\d+|(?:a|the)\s+majority|"
                       + "|".join(sorted(lang.QUANTITY_LEADS - {"a", "an", "one"})) + r")(?:\s+of\s+them)?))\s+"
                       r"(?:(?:also|have|had)\s+)?(?P<cue>say|" + _CUES + r")\s+(?:that\s+)?")


def of_those_frame(text: str, sp: Span, frame_cls):
    """The frame of "Of those who attended, most said A": the source from "Of" to the quantifier."""
    m = _OF_THOSE.match(text, sp.start, sp.end)
    if m is None or len(text[m.end():sp.end].split()) < 3:
        return None
    return frame_cls(m.span("src"), m.span("cue"), "indirect", [(m.end(), sp.end)], "initial")


#: A group, then examples of it set off by a comma ("His allies, including the whip, Tom Rook, said";
#: "Several firms, among them Vell Co., said"): the group is the subject (lead28).
_GROUP_THEN_EXAMPLES = re.compile(r"\W*((?:(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+)?[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5}?),\s+(?:"
                                  + lang.EXAMPLE_LEADS_RE + r")\s")


def group_before_examples(text: str, start: int, cut: int) -> tuple[int, int] | None:
    """The span of the group a sentence opens with when examples of it follow before the cue ("His
    allies, including the minority leader, Tom Rook, announced ..."): the name in apposition at `cut`
    is one of them, not the speaker. The group's head (the word before its first preposition)
    must be a plural noun of people or bodies."""
    m = _GROUP_THEN_EXAMPLES.match(text, start, cut)
    if m is None:
        return None
    words = m.group(1).split()
    head = words[next((x for x, w in enumerate(words) if x and w.lower() in lang.HEAD_END_PREPOSITIONS), len(words)) - 1].lower()
    if len(words) == 1 and head in lang.AS_SAID_QUANTIFIERS and head not in ("other", "both"):
        pass  # "Others, including <a list of names>, dismissed ...": a quantifier standing for people (attr51)
    elif not (head.endswith("s") and (head in lang.PERSON_NOUNS or head in lang.ORG_HEADS or head.endswith(lang.AGENT_PLURAL_ENDINGS))):
        return None
    lead = re.match(r"(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+", m.group(1))
    return m.start(1) + (lead.end() if lead else 0), m.end(1)
