"""Words of states and tallies disputed inside one article (digest/statediffs.py; within50): a
vote's tally said to be wrong, a cause denied by name ("not by the engines"), a thing said to be
off against the same thing said to be on. English news usage; no names or topics of any dev
article."""

#: Regex (case-insensitive): a vote's tally ("a 5-2 vote", "by 4–3", "a 6-1 decision"); groups
#: "a" and "b" are its two numbers.
VOTE_TALLY_RE = r"\b(?P<a>\d{1,2})\s*[-–—]\s*(?P<b>\d{1,2})\s+(?:vote|decision|ruling|verdict|majority|margin)\b"
#: Words of a vote itself, not of what was voted on (dropped before two tallies' claims are
#: compared for a shared word).
VOTE_WORDS = ("vote", "votes", "voted", "tally", "decision", "majority", "margin")
#: Regex (case-insensitive): words saying a tally is not the one recorded or told ("the minutes
#: should show", "a tally one trustee says is wrong", "was in fact").
TALLY_DISPUTE_RE = (r"\bshould\s+(?:have\s+)?(?:show|shown|read|record|recorded|say|said)\b|\b(?:wrong|incorrect|"
                    r"inaccurate|mistaken|misrecorded|in\s+fact|actually|really)\b")
#: Regex (case-insensitive): a cause told in a claim ("caused by", "blamed ... on", "due to").
CAUSE_FRAME_RE = (r"\b(?:caused\s+by|blamed\b[^.;:?!]{0,60}?\bon|blames\b[^.;:?!]{0,60}?\bon|due\s+to|because\s+of|"
                  r"the\s+result\s+of|resulted\s+from|the\s+cause\s+was|brought\s+on\s+by)\b")
#: Regex (case-insensitive): a cause named and set aside right after the claim's own cause
#: (", not by the engines", ", not the weather"); group "noun" is the set-aside cause's last word.
NOT_CAUSE_RE = (r"[,;]\s+(?:and\s+)?not\s+(?:by\s+|from\s+|because\s+of\s+|due\s+to\s+|through\s+)?"
                r"(?:the|a|an|any|its|their)\s+(?:[a-z]+\s+){0,2}?(?P<noun>[a-z]{4,})\b")
#: Regex: what may not follow "running", "working", "operating" for them to tell a machine's
#: state: a complement makes them a person's act ("running for office", "working on a bill").
NO_COMPLEMENT_RE = (r"(?![ \t]+(?:for|on|out|with|to|towards?|as|at|in|a|an|the|his|her|their|its|ads|again|"
                  r"against|up|through|from|under|into)\b)")
#: Regex (case-insensitive): a thing told to be off ("cut power to", "had not been switched on",
#: "was switched off", "shut down"); a negated "on" state counts as off.
OFF_STATE_RE = (r"\b(?:cut\s+(?:the\s+)?(?:power|electricity|supply)|(?:switched|turned|shut|powered)\s+off|(?:shut|powered)\s+down|"
                r"de-?energi[sz]ed|(?:had|has|have|was|were|is|are)\s*(?:not|n[o’']t)\s+(?:been\s+)?"
                r"(?:switched\s+on|turned\s+on|activated|recording|live|(?:running|working|operating)" + NO_COMPLEMENT_RE + r")\b)")
#: Regex (case-insensitive): the same kind of thing told to be on, after a form of "be" ("the
#: camera had been recording", "the line was still live"); group "subj" ends right before it.
ON_STATE_RE = (r"(?P<subj>\b(?:the|its|their|his|her|a)\s+[^.;:?!,]{0,40}?)\s+(?:had\s+been|has\s+been|have\s+been|was|were|is|are)"
               r"\s+(?:still\s+|in\s+fact\s+|actually\s+)?(?:switched\s+on|turned\s+on|activated|recording|live|energi[sz]ed|"
               r"(?:running|working|operating)" + NO_COMPLEMENT_RE + r")\b")
#: Words telling that an "on" state came back after it was off ("live again", "restored"): no
#: clash with the earlier "off".
STATE_RESTORED_WORDS = ("again", "restored", "reconnected", "back", "resumed", "before", "until", "later")
#: Regex (case-insensitive): a count told as smaller than another side's ("only 23 students had
#: been admitted"); groups "n" (the count) and "verb" (the act counted, a past participle).
ONLY_COUNT_RE = (r"\bonly\s+(?P<n>\d[\d,]*)\s+(?:[a-z]+\s+){0,2}?[a-z]+s\s+(?:had\s+been|have\s+been|has\s+been|were|was)\s+"
                 r"(?:[a-z]+ly\s+)?(?P<verb>[a-z]{3,}ed)\b")
#: Regex (case-insensitive): a count of an act ("admitted 64 applicants", "64 applicants were
#: admitted"); groups "n" and "verb" (or "verb2" in the passive).
ACT_COUNT_RE = (r"\b(?P<verb>[a-z]{3,}ed)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?(?P<n>\d[\d,]*)\s+"
                r"(?:[a-z]+\s+){0,2}?[a-z]+s\b|\b(?P<n2>\d[\d,]*)\s+(?:[a-z]+\s+){0,2}?[a-z]+s\s+(?:had\s+been|have\s+been|"
                r"were)\s+(?P<verb2>[a-z]{3,}ed)\b")
#: Regex (case-insensitive): a figure set against another source's figure for the same thing in
#: one sentence ("gave about $1.8 million, ..., far less than the $4.2 million in the auditor's
#: report"; "well above the 300 given in the council's own figures"): group "n2" the other figure,
#: "rec" the record or source it is in (ending in a record noun, or "by" a source).
COMPARED_FIGURE_RE = (r"\b(?:far|much|well|significantly|considerably)?\s*(?:less|fewer|more|lower|higher|smaller|larger|"
                      r"below|above)\s+(?:than\s+)?the\s+(?P<n2>[$£€]?\d[\d,.]*(?:\s*(?:million|billion|percent))?)\s+"
                      r"(?:\w+\s+){0,2}?(?:(?:given|cited|reported|stated|claimed|listed)\s+)?(?:in|by)\s+"
                      r"(?P<rec>(?:the|a|an|its|their)\s+[^.;:?!,]{0,50}?\b(?:report|records|audit|accounts|figures|"
                      r"filing|filings|statement|data|documents|minutes|ledger|review|survey)\b)")
