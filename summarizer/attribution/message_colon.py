"""An unquoted message after a speech noun and a colon: "Two former governors have a message for
the mayor: the region won't pay." The words after the colon are the subject's message (indirect, no
quotation marks); before the colon only the subject, a verb of having or giving, the speech noun and
its addressee. insertions.colon_frame reads the quoted form ("X had a message: “...”"); this is the
form with no marks, which left the message in the outlet's voice, negated (session 24, a tuned
BASIL story). Session 37 (attr46): a lead that sets out several points ("<X> made three promises: A, B and C",
"laid out her case: ...") or gives a manner of speaking ("<X> was blunt: A", "<X> put it this way: A").
"""

from __future__ import annotations

import re

from .. import lang

_GIVING = "(?:" + "|".join(sorted(lang.MESSAGE_GIVING_VERBS | lang.MESSAGE_LISTING_VERBS, key=len, reverse=True)) + ")"
_NOUN = "|".join(sorted(lang.COLON_SPEECH_NOUNS | lang.MESSAGE_LIST_NOUNS, key=len, reverse=True))  # ("made three promises:", attr46)
#: The subject and its verb of giving, then the noun, its addressee and the colon. The subject: a
#: name (titles included), or a description opened by a determiner or a count ("two of the
#: country's former presidents"), at most ten words, no comma.
_MESSAGE = re.compile(
    r"(?P<subj>[\w'’.-]+(?:\s+[\w'’.-]+){0,9}?)\s+(?:(?:also|now|still|already)\s+)?(?P<verb>" + _GIVING + ")"
    + r"\s+(?:[a-z]+\s+){0,2}?(?P<noun>" + _NOUN + r")"  # ("a message", "a clear warning", "one blunt answer")
    + r"(?:\s+(?:" + lang.MESSAGE_TAIL_LINKS_RE + r")\s+[^,;:“”\"]{1,40})?\s*:\s+(?P<content>[^“”\"]+)$")  # ("... on Monday:", attr46)
#: The same with a manner of speaking before the colon: "<X> was blunt: A.", "<X> put it simply: A." (attr46).
_MANNER = re.compile(
    r"(?P<subj>[\w'’.-]+(?:\s+[\w'’.-]+){0,9}?)\s+(?:(?:also|now|still|then)\s+)?(?P<verb>"
    + lang.COLON_MANNER_RE + r")\s*:\s+(?P<content>[^“”\"]+)$")
#: An opening subordinate clause up to its comma ("While the city has said little about it, ").
_OPENER = re.compile(r"\s*(?:(?:" + "|".join(sorted(w for w in lang.SUBORDINATORS if not re.fullmatch(lang.RELATIVE_PRONOUNS_RE, w)))
                     + r")\b[^;:“”\"]{1,160}?,\s+|(?:[A-Z][a-z]+\b[^,;:“”\"]{0,40},\s+))?", re.I)


def message_frame(text: str, sp, quotes, frame_cls, classify):
    """The frame of "X has a message for Y: Z." (Z unquoted, to the sentence's end), or None."""
    seg = text[sp.start:sp.end]
    if re.search(r"[“”\"]", seg) or seg.count(":") != 1:
        return None
    o = _OPENER.match(seg)
    body_at = o.end() if o else 0
    m = _MESSAGE.match(seg, body_at) or _MANNER.match(seg, body_at)
    if m is None or "," in m.group("subj") or len(m.group("content").split()) < 3:
        return None
    subj = m.group("subj")
    ws = subj.split()
    head = ws[-1].lower().strip("'’")
    speaks = classify(subj) in ("person", "org") or head in lang.PERSON_NOUNS or head in lang.ORG_HEADS \
        or head.rstrip("s") in lang.PERSON_NOUNS
    if not speaks or ws[0].lower() in lang.NOT_NAMES and ws[0].lower() not in lang.NUMBER_UNITS and len(ws) == 1:
        return None
    a = sp.start + m.start("subj")
    c = sp.start + m.start("content")  # the cue: from the verb of giving to the noun ("had a message")
    cue_end = m.end("noun") if "noun" in m.re.groupindex else m.end("verb")
    return frame_cls((a, a + len(subj)), (sp.start + m.start("verb"), sp.start + cue_end), "indirect", [(c, sp.end)], "colon")
