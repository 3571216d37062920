"""Word lists of cue shapes read on real news (session 43, attr52; issue 12): reports that "emerged" with a
"that" clause, a question word opening an infinitive inside a scene-setting opener. English."""

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
