"""Words of counts and acts told in other words inside one article (issue 15; within53;
digest/withincounts.py). General English news usage; no topic words."""

#: Nouns of the people a body has ("five of its members were hurt"): a count of them is a part of
#: the body's people.
MEMBER_NOUNS = ("members", "staff", "employees", "workers")
#: Regex (case-insensitive): "<n> of its / their <members> were <done>"; groups "n", "noun", "verb".
MEMBERS_DID_RE = (r"\b(?P<n>\d[\d,]*|[a-z]+)\s+of\s+(?:its|their)\s+(?P<noun>" + "|".join(MEMBER_NOUNS) + r")\s+"
                  r"(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?(?P<verb>[a-z]{3,})\b")
#: Words of a thing out of service for a time ("the system was down for 31 hours", "the line was
#: out for two days").
OUT_OF_SERVICE_WORDS = ("down", "out", "offline", "closed", "shut", "dark", "unavailable", "suspended")
#: Regex (case-insensitive): "<subject> was <out of service> for <n> <unit of time>"; groups "subj",
#: "state", "bound", "n", "unit". A bound other than an approximation ("more than") is read by
#: the module (it meets more than one figure).
OUT_FOR_RE = (r"\b(?P<subj>[a-z]{3,})\s+(?:was|were|had\s+been|has\s+been|went)\s+(?P<state>" + "|".join(OUT_OF_SERVICE_WORDS)
              + r")\s+for\s+(?P<bound>about\s+|nearly\s+|almost\s+|roughly\s+|around\s+|more\s+than\s+|over\s+|"
              r"less\s+than\s+|under\s+|at\s+least\s+|up\s+to\s+)?(?P<n>\d[\d,]*(?:\.\d+)?|[a-z]+)\s+"
              r"(?P<unit>minutes?|hours?|days?|weeks?|months?)\b")
#: Approximations a figure of time may carry and still be one figure ("about 31 hours").
APPROXIMATIONS = ("about", "nearly", "almost", "roughly", "around")
#: Regex (case-insensitive): an act told as never done, by its noun ("no promise of money had been
#: made", "no offer was ever made"); group "noun".
NO_ACT_MADE_RE = (r"\bno\s+(?P<noun>[a-z]{4,})\s+(?:of\s+[a-z]+\s+)?(?:had|has|have|was|were)\s+(?:ever\s+)?(?:been\s+)?"
                  r"(?:made|given|offered)\b")
#: Regex (case-insensitive): an act not done since a date ("had not had a full safety inspection
#: since March 2022", "has not been audited since 2019"); groups "act", "month", "year".
NOT_SINCE_RE = (r"\bnot\s+(?:(?:had|been|seen|received|undergone|passed)\s+)?(?:(?:an?|any|the)\s+)?(?:[a-z]+\s+){0,2}?"
                r"(?P<act>[a-z]{4,})\s+since\s+(?:(?P<month>[A-Z][a-z]+)\s+)?(?P<year>(?:19|20)\d\d)\b")
#: Regex (case-insensitive): an act dated by a month or a year ("had been inspected in January",
#: "was audited last March", "checked in May 2023"); groups "act", "month", "year".
DONE_IN_RE = (r"\b(?P<act>[a-z]{4,})\s+(?:in|last)\s+(?:(?P<month>[A-Z][a-z]+)(?:\s+(?P<year>(?:19|20)\d\d))?|"
              r"(?P<year2>(?:19|20)\d\d))\b")
#: Words of a sentence that gainsays what another side told (digest/continued.py: "She said no one
#: was told ...", "nobody was hurt"; a contraction of "not" is read beside them).
GAINSAYING_NEGATORS = ("no", "not", "never", "none", "nothing", "neither", "nor", "nobody")
#: Verbs of a record disputed ("<Name> disputed the log"; digest/continued.py), present and past.
RECORD_DISPUTE_VERBS = ("disputed", "disputes", "rejected", "rejects", "challenged", "challenges", "denied", "denies")
#: Auxiliary and linking forms that stand between a count and the verb it undergoes ("three workers
#: were injured"): no verb of the act themselves.
AUXILIARY_FORMS = frozenset({"was", "were", "been", "had", "have", "has", "is", "are"})
#: Endings cut to find an act's root in its noun and its verb ("inspection" / "inspected",
#: "checks" / "checked"), longest first.
ACT_ENDINGS = ("ation", "ion", "ing", "ed", "es", "s")
#: Nouns of a reading of a record ("<Name> rejected that reading of the memo"; digest/continued.py):
#: the record after "of" is what is disputed.
READING_NOUNS = ("reading", "account", "version", "interpretation", "description", "characterisation",
                 "characterization", "summary")
#: Regex (case-insensitive): a thing denied to be the cause of an event ("The update was not the
#: cause of the outage", 'the valve "was not the main source of the leak"', "the pump did not cause
#: the flood"); group "noun" (digest/withincauses.py).
CAUSE_DENIED_RE = (r"\b(?:the|its|our|their|this|that)\s+(?P<noun>[a-z]{3,})[\"“”']?\s+[\"“”']?(?:(?:was|is|has\s+been|had\s+been)"
                   r"\s+not\s+(?:the\s+)?(?:\w+\s+)?(?:cause|source|reason)\s+(?:of|for)|(?:did\s+not|didn['’]t|never)\s+cause)\b")
#: Verbs of a thing failing or causing an event ("the update failed", "a valve ... had failed", "the
#: pump broke down", "the controller caused the shutdown"): what a cause denial gainsays.
FAILURE_VERBS = ("failed", "fails", "failing", "broke", "malfunctioned", "caused", "leaked", "collapsed", "crashed",
                 "overheated", "ruptured", "burst", "jammed", "seized")
#: Nouns by which a source names another's figure ("nearly three times the company's figure", "twice
#: the council's estimate"; digest/withincauses.py).
OWNER_FIGURE_NOUNS = ("figure", "estimate", "count", "number", "total", "tally")
#: Regex (case-insensitive): a whole short sentence that denies a thing by its noun alone, answering
#: what was just said ("<Name> denies any coordination.", "The firm denied any wrongdoing."); group
#: "noun" (digest/withincauses.py).
BARE_NOUN_DENIAL_RE = (r"^\W*(?:the\s+|a\s+)?(?:[\w'’.&-]+\s+){0,4}?(?:flatly\s+|strongly\s+)?(?:denies|denied|rejects|rejected)"
                       r"\s+any\s+(?P<noun>[a-z]{4,})\s*[.!]?\W*$")
#: Regex (case-insensitive): no one of a body's people will lose a job ("no library worker would lose
#: their job", "no employee will lose his job"; digest/withincauses.py).
NO_JOB_LOST_RE = (r"\bno\s+(?:[a-z]+\s+)?(?:worker|employee|staff\s+member|member\s+of\s+staff|one|nurse|teacher|officer)\s+"
                  r"(?:would|will|is\s+going\s+to|was\s+going\s+to)\s+lose\s+(?:their|his|her|a|any|the)\s+jobs?\b")
#: Regex (case-insensitive): a count of jobs to go ("42 jobs would go", "about 300 jobs will be cut");
#: group "n".
JOBS_GO_RE = (r"\b(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:[a-z]+\s+)?jobs\s+(?:would|will|could|are\s+to|were\s+to)\s+"
              r"(?:go|be\s+(?:cut|lost|axed|shed|eliminated))\b")
#: Regex (case-insensitive): a count of deaths among a kind of people ("told of 40 deaths among
#: patients on the drug"); group "noun" (the count is the claim's quantity of "deaths").
DEATHS_AMONG_RE = r"\bdeaths\s+(?:among|of)\s+(?:the\s+)?(?P<noun>[a-z]{4,})\b"
#: Regex (case-insensitive): a finder told as having found nothing ('the board had found "no clear
#: pattern"', "the inquiry found no evidence"); group "who" the finder's noun (digest/withincauses.py).
FOUND_NONE_RE = r"\bthe\s+(?P<who>[a-z]{4,})\s+(?:had\s+|has\s+)?found\s+[\"“]?no\b"
#: Verbs of being told or warned ("had been warned twice ... that", "had never been told"; digest/withincauses.py).
TOLD_VERBS = ("told", "warned", "informed", "notified", "advised", "alerted")
#: Regex (case-insensitive): a reopening promised by a month ("the berth will reopen by Dec. 1", "would
#: open again in March"); group "month" (a name or its abbreviation; digest/withincauses.py).
REOPEN_BY_RE = (r"\b(?:will|would|should|is\s+due\s+to|is\s+expected\s+to)\s+(?:re-?open|open\s+again|resume)\s+"
                r"(?:by|on|in|before|early\s+in)\s+(?:early\s+|mid-?)?(?P<month>[A-Z][a-z]{2,8})\b")
#: Regex (case-insensitive): a closure told to last until a month at the earliest ("it will stay shut
#: until February at the earliest", "will not reopen before April"); group "month".
SHUT_UNTIL_RE = (r"\b(?:will|would)\s+(?:(?:stay|remain|be)\s+(?:shut|closed)\s+until|not\s+(?:re-?open|open\s+again|resume)\s+"
                 r"(?:before|until))\s+(?:at\s+least\s+)?(?P<month>[A-Z][a-z]{2,8})\b")
#: Regex (case-insensitive): a subject told as never told or warned ("the plant had never been told
#: its drains were a danger"); group "subj" (digest/withincauses.py).
NEVER_TOLD_RE = (r"\b(?:the|its|our|their)\s+(?P<subj>[a-z]{3,})\s+(?:had|has|was|were)\s+never\s+(?:been\s+)?(?:"
                 + "|".join(TOLD_VERBS) + r")\b")
#: Regex (case-insensitive): a route told against another ("had left through a service gate, not through the
#: fence", "through the roof rather than the door"); groups "route", "other" (digest/withinreplies.py; within55).
NOT_THROUGH_RE = (r"\bthrough\s+(?:the|a|an|its|their)\s+(?P<route>(?:[a-z-]+\s+){0,2}?[a-z-]+),?\s+(?:and\s+)?(?:not|rather\s+than)\s+"
                  r"(?:through\s+)?(?:the|a|an|its|their)\s+(?P<other>(?:[a-z-]+\s+){0,2}?[a-z-]+)")
#: Verbs that record a thing as a kind ("told to record some aggravated assaults as simple assaults"; digest/withinacts.py).
RECORDED_AS_VERBS = ("record", "recorded", "records", "class", "classed", "classify", "classified", "list", "listed", "log",
                     "logged", "count", "counted", "code", "coded", "file", "filed", "enter", "entered")
#: Words that may open what is recorded ("record some aggravated assaults as ...").
RECORDED_AS_LEADS = ("some", "the", "all", "many", "its", "their", "these")
#: Regex (case-insensitive): a denial that any thing was reclassified ("denied that any crime had been reclassified",
#: "no injury had been downgraded"); group "noun" or "noun2".
RECLASSIFIED_DENIED_RE = (r"\b(?:denied|denies|deny|rejected|rejects)\s+that\s+(?:any|a\s+single)\s+(?P<noun>[a-z]+)\s+(?:had|has|have|was|were)\s+"
                          r"(?:been\s+)?(?:reclassified|recategori[sz]ed|relabell?ed|downgraded|recoded|reclassed)\b"
                          r"|\bno\s+(?P<noun2>[a-z]+)\s+(?:had|has|have|was|were)\s+(?:been\s+)?(?:reclassified|recategori[sz]ed|"
                          r"relabell?ed|downgraded|recoded|reclassed)\b")
#: Regex (case-insensitive): a thing paid for by its holder ("My wife paid for her own ticket"); groups "who", "thing".
PAID_OWN_RE = r"\b(?P<who>[a-z]+)\s+(?:paid|pays|had\s+paid|has\s+paid)\s+for\s+(?:her|his|their)\s+own\s+(?P<thing>[a-z]+)"
