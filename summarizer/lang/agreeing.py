"""Words that tie two outlets' claims to one fact when little else is worded alike (digest31: the
narrow agreements the CNN sets miss). English news usage, no topic words.
"""

from __future__ import annotations

#: Groups of words that, written next to the same figure, count the same thing ("with 140 dead" /
#: "gunmen massacred 140 people"; "posted bail of $9,000" / "free on $9,000 bond"): one group a
#: string, forms as written, matched by stem (digest/figured.py). Only words whose every sense next
#: to a figure is the one count: deaths (AP style: "killed", "dead", "died", "death toll") and a
#: sum a court sets for release. English news usage.
FIGURE_SENSE_GROUPS = (
    "killed dead died deaths death fatalities slain massacred lives",
    "bail bond bonds",
)

#: Relative words that, after a comma, open a clause saying something of the name before it in
#: passing (", who spoke at ...", ", which ..."): a description, not what a claim states
#: (digest/passing.py).
NONRESTRICTIVE_RELATIVES = ("who", "whom", "whose", "which")

#: Regex: a demonstrative and "be" opening a claim ("This is far from the only ...", "That has been ..."): its subject
#: lies in the sentence before, so it agrees with nothing through its predicate alone (digest/reference.subjectless;
#: English grammar; lead49). Not "It was ...": '"It was a perfect launch," said <Name>' agrees with "the launch went
#: flawlessly" (tests/test_agree10.py), and not inside a quotation (reference.subjectless reads the outlet's words).
POINTER_BE_OPENING_RE = r"(?:this|that)\s+(?:is|was|remains|remained|has\s+been)\s"
#: Regex (case-insensitive): a claim that opens by calling what was just said false, with a
#: pointer back as its subject ("That is not true.", "This claim is simply false", "That's
#: not the case", "That was never the case", "That is not so."). Narrower than FALSITY_RE: "wrong" and "a distortion"
#: also judge (general English news). The one reader of the pointer's falsity: POINTER_NEVER_AFTER_RE below is built
#: on it (picks.py, digest/corrections.py, digest/disputes.py, digest/negreach.py; within59 made the two one).
POINTER_FALSITY_RE = (r"(?:(?:but\s+)?(?:that|this|those|these|it)(?:\s+(?:claim|claims|account|statement|figure|number|"
                      r"assertion|report|story|description|characterization))?\s*(?:\s+is|\s+was|\s+are|\s+were|['’]s|"
                      r"\s+had\s+been|\s+has\s+been)"
                      r"(?:\s+(?:simply|just|flatly|plainly|completely|totally|categorically|absolutely|also))?\s+"
                      r"(?:(?:not|never)\s+(?:true|accurate|correct|the case|what happened)|false|untrue|inaccurate|incorrect|a lie|"
                      r"a falsehood)\b"
                      # "not so" / "never so" closing its clause ("that was not so."), never "not so bad"
                      r"|(?:but\s+)?(?:that|this|it)\s+(?:is|was|had\s+been|has\s+been)\s+(?:not|never)\s+so(?=[^\w\s]|\s*$)"
                      # the negation contracted: "That isn't true", "This wasn't correct"
                      r"|(?:but\s+)?(?:that|this|it)\s+(?:isn|wasn)['’]t\s+(?:true|accurate|correct|the case|what happened)\b)")
#: Regex (case-insensitive): after a comma, a speaker calling the account told before it false by a pointer ("While
#: many have speculated that X, <Name> said that was never the case", "..., the firm says that is not true", "...,
#: <Name> said that claim was false"): the negation reaches the whole account before the comma
#: (digest/negreach.pointer_reach; English news; lead49). The falsity is POINTER_FALSITY_RE's (one reader).
POINTER_NEVER_AFTER_RE = (r",\s+(?:[\w.'’-]+\s+){1,5}?(?:said|says|insisted|insists|added|replied|countered)\s+(?:that\s+)?"
                          + POINTER_FALSITY_RE)
