"""Scope of hedges and negation: constructions of English news prose that keep a modal, "if",
"expected" or a negator from deciding a claim's certainty (an elliptic "if", an aside before the
predicate, a measured capacity, an event measured against a forecast). Added in session 7
(cert8), each list with its source. Used by attribution/certainty.py and attribution/modality.py.
"""

from __future__ import annotations

#: Words after "if" that make it an elliptic aside, not a condition of the clause ("has the power,
#: if necessary, to close the border", "what steps, if any, are taken", "many, if not most,
#: voters", "If anything, rates rose": the clause is asserted; English grammar, cert8).
ELLIPTIC_IF_WORDS = frozenset("necessary needed possible any anything not ever required appropriate warranted compared".split())

#: Regex: a concession set off by commas inside the clause, before its predicate goes on ("X,
#: though free to leave, should remain", "The plan, if approved, would ..."): an aside to drop
#: before the main clause is cut, not the clause's end (English grammar, cert8).
INNER_ASIDE_OPENERS_RE = "though|although|even though|while|if|unless|once"

#: Nouns after "sought"/"seeking" that make it an idiom of going somewhere ("Thousands sought
#: shelter in schools", "sought refuge in the church": they went there; English idiom, cert8).
SHELTER_NOUNS = frozenset("shelter refuge cover sanctuary safety".split())

#: Participles of expectation and plan that an event can be measured against ("rose as
#: expected", "fell more than forecast") or that report a past plan ("had planned to open"):
#: then no hedge of the event (attribution/modality.py; GUIDELINES §14 (b); cert8).
EXPECTATION_PARTICIPLES = frozenset("""expected planned forecast anticipated predicted projected scheduled
hoped intended wanted meant aimed""".split())

#: Verbs of capacity: "can" before one of them and a number states a measured ability, not a
#: possibility ("The stadium can hold 80,000 fans", "The jet can fly 9,000 miles": GUIDELINES §6
#: "can (possibility)"; MEANTIME rates such capacities certain; cert8).
CAPACITY_VERBS = frozenset("""hold holds carry seat accommodate store fly travel reach produce generate process
handle house fit lift run last cover""".split())

#: Words that open a condition inside the clause ("a threat to appoint a prosecutor if Congress
#: feels the agency is not open"): a negation after one is the condition's, not the main
#: clause's; the "if" keeps the claim `speculative` (English grammar, cert8).
INNER_CONDITION_WORDS = frozenset("if unless".split())

#: Participles of perception after "could be"/"can be" ("Columns of prisoners could be seen
#: trudging through the desert", "Smoke can be seen for miles"): what was seen is stated, not a
#: possibility (English idiom, cert8).
PERCEPTION_PARTICIPLES = frozenset("seen heard felt smelled spotted".split())

#: Prepositions that negate only their object ("reopened the harbour without the new pier",
#: "talks go on without costly delays"): the negation reaches the words after them, not
#: the clause before (the digest's negation reach, digest/negreach.py; English grammar, agree25).
NEGATING_PREPOSITIONS = frozenset({"without"})
