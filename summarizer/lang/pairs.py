"""Words of the summary pairing checks (summary_pairs.py; session 37, model46): the currency an exchange rate is
quoted against, the prepositions that open a noun's complement, the words that open a noun phrase or a clause.
Source: English grammar (closed classes) and financial news usage ("the pound fell against the dollar to $1.26").
"""

from __future__ import annotations

#: The currency named after "against the" in an exchange-rate sentence -> its ISO 4217 code (financial news usage).
RATE_CURRENCIES = {"dollar": "USD", "greenback": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "yen": "JPY"}

#: Words before a quoted rate: "against the dollar", "versus the euro" (regex alternation).
RATE_AGAINST_RE = r"against|versus|vs\.?"

#: Prepositions that open a noun's complement whose object is a thing, not a time ("a ban on", "an inquiry into").
COMPLEMENT_PREPOSITIONS_RE = r"on|against|into|over|for"

#: Determiners and possessives a complement's object may open with ("a ban on the ...", "an appeal against her ...").
COMPLEMENT_DETERMINERS_RE = r"the|a|an|its|their|his|her"

#: Words right before a noun phrase whose first word may be a name used as a modifier ("with EU issues").
NOUN_PHRASE_LEADS_RE = r"[Tt]he|[Aa]n?|its|their|with|in|on|of|for|about"

#: Conjunctions and subordinators that open a clause with its own subject ("..., after water poured through").
CLAUSE_OPENERS_RE = r"and|but|after|as|when|while|because"
