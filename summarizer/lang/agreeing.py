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
#: Regex (case-insensitive): after a comma, a speaker calling the account told before it false by a pointer ("While
#: many have speculated that X, <Name> said that was never the case", "..., the firm says that is not true"): the
#: negation reaches the whole account before the comma (digest/negreach.pointer_reach; English news; lead49).
POINTER_NEVER_AFTER_RE = (r",\s+(?:[\w.'’-]+\s+){1,5}?(?:said|says|insisted|insists|added|replied|countered)\s+(?:that\s+)?"
                          r"(?:that|this|it)\s+(?:was|is|had\s+been|has\s+been)\s+(?:never|not)\s+(?:the\s+case|true|so|accurate)\b")
