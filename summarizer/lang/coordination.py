"""Words of coordinated and subordinate clause shapes whose second part is read apart from the first: a finding in a
time or cause clause, an object relative's subject, hearsay or a forecast coordinated after an act, a battery that
"charged" (English grammar; attribution/main_clause.py, sentence_checks.py, cue_words.py, speech_splits.py; left44)."""

from .grammar import PHRASE_PREPOSITIONS
from .negation import HEARSAY_ADVERBS

#: Regex: subordinators of a time or cause clause whose own subject reports or finds ("resigned after / when /
#: because an audit found that ...": the clause's hedge and negation are its own; attribution/main_clause.py).
REPORTED_TIME_SUBORDINATORS_RE = "after|before|when|once|until|because"
#: Regex: determiners of an object noun before a relative "that" ("sold the land that it could not use").
OBJECT_DETERMINERS_RE = "a|an|the|some|its|their|his|her"
#: Regex: quantifiers and determiners that open the relative clause's own subject ("that most customers would not").
RELATIVE_SUBJECT_LEADS_RE = "most|many|some|few|the|these|those|its|their|his|her|our"
#: Regex: a verb phrase of hearsay coordinated after the subject's own act, from "and"/"but" ("met in 2019 and were
#: reported to have married", "... and reportedly earned ..."; attribution/sentence_checks.py). The verb phrase is a
#: lookahead: the hearsay starts after the coordinator.
COORDINATED_HEARSAY_RE = (r"\s(?:and|but)\s+(?=(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:reported|said|believed|"
                          r"thought|understood|alleged|rumou?red)\s+to|" + "|".join(HEARSAY_ADVERBS) + r")\s)")
#: Regex: adverbs between "and" and a coordinated verb of saying or forecasting ("and then said", "and now expects";
#: speech_splits.py).
JOINT_ADVERBS_RE = "then|also|later|now"
#: Prepositions after "charged" that make it a movement or a battery's charging, not a charge laid ("charged in 40
#: minutes", "charged into the crowd"): all but those of a charge ("charged with theft", "against", "of", "about";
#: attribution/cue_words.py).
CHARGING_PREPOSITIONS = PHRASE_PREPOSITIONS - frozenset("with against of about".split())
#: Possessive pronouns that stand for a noun left out of a coordinated clause ("the mayor signed her order on Friday,
#: and the governor signed his on Monday", "... signed hers"; standalone.py, the lead, session 48). English grammar.
INDEPENDENT_POSSESSIVES = ("hers", "theirs", "mine", "ours")
#: Regex: ", and its practice in the <Country>, with <X> ...": a coordinator, a possessive and a noun phrase (group 1),
#: then a comma and a preposition that goes on with the verb before ("equate A, and B, with C"): a second object, no
#: clause (part_shapes.no_subject; English grammar; lead49).
COORDINATED_OBJECT_RE = r"\W*(?:and|or)\s+((?:its|his|her|their|our)\s+[^,;:]{1,60}),\s+(?:with|to|from|into|as|against)\s"
