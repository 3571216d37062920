"""Word lists of cue shapes read on real news (session 44, attr53; issue 12): the writer told something by no one
named ("We're told that ..."), a spouse named by a possessive. English."""

from __future__ import annotations

#: Regex (lower case, from the sentence's start): the writer told a thing by no one named, in the present or perfect
#: ("We're told that ...", "I am told the board met ...", "We have been told that ..."): hearsay with no source that
#: speaks, `unnamed sources` / `unconfirmed`, as "It is understood that ..." (attribution/certainty_marks.unconfirmed;
#: attr53). Not an instruction ("We're told to wait"), nor a source named by "by" ("We were told by the mayor that"),
#: nor the past ("I was told ...": an event the writer lived; not measured).
WRITER_TOLD_RE = (r"\W*(?:(?:but|and|yet|now|so)\s+)?(?:we|i)(?:\s+are|\s+am|['’]re|['’]m|\s+have\s+been|['’]ve\s+been)"
                  r"\s+(?:also\s+|now\s+|often\s+|repeatedly\s+)?told\s+(?!to\b|by\b|about\b|of\b)")

#: Regex: a spouse noun after a possessive pronoun, with its modifiers of a past or broken marriage ("his ex-wife",
#: "her former husband", "his wife"; attribution/spouses.py; English).
SPOUSE_NOUNS_RE = r"(?:ex-|former\s+|estranged\s+|late\s+)?(?:wife|husband|spouse)"
