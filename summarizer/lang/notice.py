"""Words of who was told what, and when, inside one article (issue 15; within55; digest/withinnotice.py):
a group told against some of it not yet reached, a body told against its first learning of the thing from
a public medium, no call before a clock time against a warning at an earlier one, a first call before the
time another side gives for the act, an end told to someone before the date another side gives for it.
General English news usage; no topic words."""

#: Participles of being told of a thing ("Patients have been told to stop ...", "some have not been reached").
INFORMED_PARTICIPLES = ("told", "informed", "notified", "contacted", "warned", "advised", "alerted", "reached")
#: Words before a group's noun that make it a part of the group ("some patients have been told"): a part
#: told is no whole told.
PART_QUANTIFIERS = ("some", "many", "several", "few", "most", "half", "certain", "other", "others")
INFORMED_RE = "|".join(INFORMED_PARTICIPLES)  # the participles as a regex alternation
#: Regex (case-insensitive): a part of a group not told yet ("some patients at his hospital have not yet
#: been reached", "dozens of families have yet to be contacted"); group "noun" (the group's noun).
NOT_REACHED_RE = (r"\b(?:some|many|several|a\s+few|dozens\s+of|hundreds\s+of|\d[\d,]*)\s+(?:of\s+(?:the|its|their|his|her)\s+)?"
                  r"(?P<noun>[a-z]{3,})\b[^.;]{0,60}?\b(?:have|has|had)\s+(?:still\s+)?(?:not|n['’]t)\s+(?:yet\s+)?(?:been\s+)?(?:"
                  + INFORMED_RE + r")\b|\b(?:some|many|several|a\s+few|dozens\s+of|hundreds\s+of|\d[\d,]*)\s+(?:of\s+(?:the|its|their|his|her)\s+)?"
                  r"(?P<noun2>[a-z]{3,})\b[^.;]{0,60}?\b(?:have|has|had)\s+yet\s+to\s+be\s+(?:" + INFORMED_RE + r")\b")
#: Regex (case-insensitive): a group told ("<noun> ... have been told / informed ..."); group "aux" starts the
#: telling; the noun is read before it by the module.
TOLD_GROUP_RE = r"\b(?P<aux>(?:have|has|had)\s+(?:all\s+|now\s+|already\s+)?been\s+(?:" + INFORMED_RE + r"))\b"
#: Nouns of a public medium a body may learn a thing from ("first learned of the halt from the company's press
#: release"): learning from it is not being told directly.
PUBLIC_MEDIUM_NOUNS = ("release", "news", "media", "newspaper", "newspapers", "reporters", "report", "reports", "website",
                       "television", "radio", "announcement", "broadcast", "post", "posts", "article", "headlines")
#: Regex (case-insensitive): a body first learned of a thing from something ("it first learned of the halt from
#: the company's press release"); groups "what", "from".
LEARNED_FROM_RE = (r"\bfirst\s+(?:learned|learnt|heard|found\s+out|knew|became\s+aware)\s+(?:of|about)\s+(?P<what>[^.;]{1,60}?)\s+"
                   r"(?:from|through|via|in)\s+(?P<from>[^.;]{1,80})")
#: Verbs of telling a body directly ("it told the national drug regulator", "informed the regulator").
TELLING_VERBS = ("told", "informed", "notified", "alerted", "warned", "called", "contacted", "briefed", "tells", "informs",
                 "notifies", "alerts", "warns")
#: Regex: a clock time with "a.m." / "p.m." ("4 a.m.", "6:40 a.m."); groups "h", "mm", "ap".
CLOCK_TIME_RE = r"\b(?P<h>\d{1,2})(?::(?P<mm>[0-5]\d))?\s*(?P<ap>[ap])\.?\s*m\b\.?"
#: Nouns of a warning received ("received no call from the authority before 6:40 a.m.").
CALL_NOUNS = ("call", "calls", "warning", "warnings", "word", "alert", "alerts", "message", "messages", "notice", "notification")
#: Regex (case-insensitive): no warning received before a time ("received no call from the authority before 6:40
#: a.m.", "was not warned until 6:40 a.m."); groups "who" (may be missing), "time" (the clock time's text).
NO_CALL_BEFORE_RE = (r"\b(?:received|got|had|heard|took)\s+no\s+(?:[a-z]+\s+)?(?:" + "|".join(CALL_NOUNS) + r")\s+"
                     r"(?:from\s+(?:the\s+)?(?P<who>(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+)?(?:before|until)\s+(?P<time>\d{1,2}(?::[0-5]\d)?\s*[ap]\.?\s*m\b\.?)"
                     r"|\b(?:was|were)\s+not\s+(?:warned|told|alerted|called|notified)\s+(?:by\s+(?:the\s+)?(?P<who2>(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+)?"
                     r"until\s+(?P<time2>\d{1,2}(?::[0-5]\d)?\s*[ap]\.?\s*m\b\.?)")
#: Verbs of warning someone (the side a "no call before" answers: "it warned the town at 4 a.m.").
WARNING_VERBS = ("warned", "called", "alerted", "told", "notified", "phoned", "contacted", "informed", "warns", "alerts")
#: Regex (case-insensitive): a first call or report at a clock time ("received the first call about the animal at
#: 9:52 a.m."); group "time".
FIRST_CALL_RE = (r"\bthe\s+first\s+(?:emergency\s+|phone\s+|\d{3}\s+)?(?:call|report|sighting|alert|warning)s?\b[^.;]{0,60}?\bat\s+"
                 r"(?P<time>\d{1,2}(?::[0-5]\d)?\s*[ap]\.?\s*m\b\.?)")
#: Regex (case-insensitive): an act's onset at a clock time ("got out at about 10:20 a.m.", "the fire started at
#: 3 a.m."); groups "verb", "time".
ONSET_AT_RE = (r"\b(?P<verb>got\s+out|escaped|broke\s+out|broke\s+loose|started|began|erupted|went\s+missing|disappeared|fled)\s+"
               r"(?:[^.;]{0,40}?\s)?at\s+(?:about\s+|around\s+|approximately\s+|roughly\s+)?(?P<time>\d{1,2}(?::[0-5]\d)?\s*[ap]\.?\s*m\b\.?)")
#: Verbs that end a thing on a date ("the board stopped the trial on Oct. 30").
ENDING_VERBS = ("stopped", "halted", "ended", "closed", "suspended", "cancelled", "canceled", "called off", "shut", "terminated",
                "scrapped", "abandoned")
#: Words that tell a thing over ("told investigators on Oct. 28 that the trial was over").
OVER_WORDS = ("over", "ended", "finished", "stopped", "halted", "closed", "cancelled", "canceled", "called off", "terminated",
              "suspended", "scrapped", "abandoned")
