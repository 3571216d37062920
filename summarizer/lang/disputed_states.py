"""Words of a state one side of an article asserts and another side's record or account answers in other words
(digest/withinstates.py): a protected status denied / a register's listing; a departure told as one's own choice /
a vote to remove; knowledge denied / a warning received; an act done "without its instruction" / its own people's
order; an act denied before a far bound / told for a near day. General English news usage, no topic words.
"""

from __future__ import annotations

from .time import MONTHS, WEEKDAYS

#: Regex (case-insensitive): a protected or listed status denied ("the facade was not protected", "the house is not
#: listed"); groups "noun", "state".
STATUS_DENIED_RE = (r"\b(?P<noun>[a-z][a-z-]{2,})\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:not|never)\s+"
                    r"(?:been\s+)?(?P<state>protected|listed|registered|heritage-listed|landmarked)\b")
#: Regex (case-insensitive): a register or body telling that status ("the register has listed the facade since 1987",
#: "the facade has been on the state heritage register since 1987", "is protected").
STATUS_RECORDED_RE = (r"\b(?:has|have|had|was|were|is|are|been)\s+(?:\w+ly\s+)?(?:listed|protected|registered|heritage-listed|landmarked)\b"
                      r"|\bon\s+(?:the|a|its)\s+(?:[a-z-]+\s+){0,3}(?:register|registry|list)\b")
#: Regex (case-insensitive): a departure told as one's own choice ("leaving was his decision alone", "resigned of his
#: own accord", "stepped down voluntarily").
OWN_CHOICE_RE = (r"\b(?:was|is)\s+(?:his|her|their|its|my|our)\s+(?:own\s+)?(?:decision|choice)\b"
                 r"|\bof\s+(?:his|her|their|its|my|our)\s+own\s+(?:accord|volition|free\s+will)\b"
                 r"|\b(?:resigned|left|quit|stepped\s+down)\s+voluntarily\b")
#: Regex (case-insensitive): another side telling the departure forced ("the board had voted on Tuesday to remove
#: him", "he was forced out", "asked him to resign").
FORCED_OUT_RE = (r"\bvoted\s+(?:[\w’'-]+\s+){0,4}?to\s+(?:remove|dismiss|oust|fire|sack|replace)\b"
                 r"|\b(?:was|were|had\s+been|has\s+been)\s+(?:forced\s+out|ousted|fired|sacked|dismissed|pushed\s+out)\b"
                 r"|\bforced\s+(?:him|her|them)\s+(?:out|to\s+resign|to\s+step\s+down)\b"
                 r"|\basked\s+(?:him|her|them)\s+to\s+(?:resign|step\s+down|leave)\b")
#: Regex (case-insensitive): a person's own knowledge denied ("he knew nothing of the shortfall", "had no knowledge
#: of", "was not aware").
KNOWLEDGE_DENIED_RE = (r"\b(?:knew|had\s+known)\s+nothing\s+(?:of|about)\b|\b(?:did\s+not|didn['’]t|never)\s+know\b"
                       r"|\bhad\s+no\s+knowledge\b|\bwas\s+(?:not\s+aware|unaware)\b")
#: Regex (case-insensitive): a person told warned ("was warned in writing on Aug. 14 that ...", "had been briefed").
PERSON_WARNED_RE = r"\b(?:was|were|had\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?(?:warned|informed|briefed|alerted)\b"
#: Regex (case-insensitive): an act told done without the side's own order ("started the work without its
#: instruction").
WITHOUT_ORDER_RE = (r"\bwithout\s+(?:its|their|his|her|our|my)\s+(?:own\s+)?(?:instruction|instructions|permission|approval|"
                    r"authori[sz]ation|consent|order|orders)\b")
#: Regex (case-insensitive): an order given ("told a subcontractor in writing to take down", "instructed the crew
#: to"); group "verb".
ORDER_GIVEN_RE = r"\b(?P<verb>told|instructed|ordered|directed)\s+(?:(?!not\b|never\b)[\w’'-]+\s+){1,5}?to\s+[a-z]+"
#: Regex (case-insensitive): an act denied before a far bound ("the pool will not reopen before the end of the
#: month", "cannot reopen until next month"); groups "noun", "verb".
NOT_BEFORE_FAR_RE = (r"\b(?P<noun>[a-z][a-z-]{2,})\s+(?:will|would|could|can|may)\s*(?:not|n['’]t)\s+(?P<verb>[a-z]{3,})\s+"
                     r"(?:before|until)\s+(?:the\s+end\s+of\s+(?:the\s+|this\s+|next\s+)?(?:month|year)|next\s+(?:month|year)|"
                     r"(?:" + "|".join(m for m in MONTHS if len(m) > 3) + r")\b|the\s+(?:spring|summer|autumn|fall|winter)|at\s+least\s+\w+\s+(?:weeks|months))")
#: Regex (case-insensitive): the act told for a near day ("the pool would reopen on Monday", "will reopen
#: tomorrow"); groups "noun", "verb".
ON_NEAR_DAY_RE = (r"\b(?P<noun>[a-z][a-z-]{2,})\s+(?:will|would|could|should|is\s+to|was\s+to)\s+(?P<verb>[a-z]{3,})\s+"
                  r"(?:on\s+(?:" + "|".join(WEEKDAYS) + r")|tomorrow|today|this\s+week|within\s+days)\b")
#: Minutes in a unit of a short span ("within five minutes" / "25 minutes later"; digest/withinstates.py).
SPAN_UNIT_MINUTES = {"second": 1 / 60, "seconds": 1 / 60, "minute": 1, "minutes": 1, "hour": 60, "hours": 60}
#: Regex (case-insensitive): an act told done within a span ("staff cleared the pool within five minutes"); groups
#: "n", "unit".
WITHIN_SPAN_RE = r"\bwithin\s+(?:about\s+|around\s+)?(?P<n>\d{1,3}|[a-z]+)\s+(?P<unit>" + "|".join(sorted(SPAN_UNIT_MINUTES, key=len, reverse=True)) + r")\b"
#: Regex (case-insensitive): a record's span between two moments ("the first call at 10:07 a.m. and the last
#: swimmer out ... at 10:32 a.m., 25 minutes later"); groups "n", "unit".
LATER_SPAN_RE = r"\b(?P<n>\d{1,3}|[a-z]+)\s+(?P<unit>" + "|".join(sorted(SPAN_UNIT_MINUTES, key=len, reverse=True)) + r")\s+later\b"
#: Regex (case-insensitive), after lang.OWN_ESTIMATE_RE: an own count told by "was" with no verb ("its own count from
#: aerial surveys was 61 containers"); group "noun" (digest/withinestimates.own_estimate; within59).
OWN_COUNT_IS_RE = (r"[^.;]{0,40}?\b(?:was|is|were|are|stood\s+at|came\s+to)\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?"
                   r"\d[\d,]*\s+(?P<noun>[a-z]+)\b")
#: Verbs by which a record tells what it holds, besides lang.RECORD_VERBS ("the incident log ... records the first call
#: at 10:07 a.m."; digest/withinstates.span_recorded).
RECORD_TELLING_VERBS = ("records", "recorded", "notes", "noted", "logs", "logged")
#: Regex: courtesy titles before a person's name ("Mr Kallis", "Ms. Brandt"; digest/withinstates.knew_warned).
COURTESY_TITLE_RE = r"(?:(?:Mr|Ms|Mrs|Dr|Miss)\.?\s+)?"
