"""Word lists of cue shapes read on real news (session 43, attr52; issue 12): reports that "emerged" with a
"that" clause, a question word opening an infinitive inside a scene-setting opener, words that are no cue for
their subject (a skill learned, a response told by its act, a request for comment). English."""

from __future__ import annotations

#: Regex (lower case, from the sentence's start): reports that came out, told as hearsay with no source that speaks
#: ("Reports emerged from some survivors that ...", "Reports have surfaced that ..."): `unconfirmed`, as "reports
#: suggest" (attribution/certainty_marks.unconfirmed; attr52). Not "Reports of a fire emerged on Monday" (no "that"
#: clause), nor a subordinate "after reports emerged that ..." (the main clause decides).
EMERGED_REPORTS_RE = (r"\W*(?:(?:but|and|yet|now|then)\s+)?(?:(?:new|fresh|further|more|unconfirmed|local|media|press)\s+)?"
                      r"(?:reports|rumou?rs)\s+(?:have\s+|had\s+|also\s+|later\s+|soon\s+)?(?:emerged|surfaced)\b[^.;:“”\"]{0,80}?\bthat\s")

#: Question words that open an infinitive, no finite clause, before "to" ("the vote on whether to approve the plan",
#: "a guide on how to apply"; attribution/frame_parts.py; English grammar).
INFINITIVE_QUESTION_WORDS = frozenset("whether how what where when".split())
#: Regex: a response told by the act it was, after a comma and an adverb of order ("responded, first by dropping
#: supplies"; attribution/cue_subjects.py). Not "responded by using the example of <city> to prove that ...": an
#: argument, so no comma-less form.
RESPONSE_BY_ACT_RE = (r"(?i:respond|responds|responded|reacted|reacts|react)\s*,\s+(?:first|then|initially|also|quickly|immediately)"
                      r"\s+by\s+[a-z]+ing\b")
#: Regex: a request for comment, the reporter's routine act ("asked <Body> for a response"; attribution/cue_subjects.py).
FOR_COMMENT_RE = r"(?i:ask|asks|asked)\s+(?:[\w'’.-]+\s+){1,6}?for\s+(?:an?\s+)?(?:response|comment|reaction)s?\b"
#: Regex: "learned/learnt to <verb>", a skill acquired, no finding (attribution/cue_subjects.py).
SKILL_LEARNED_RE = r"(?i:learn|learns|learned|learnt|learning)\s+to\s+[a-z]"
