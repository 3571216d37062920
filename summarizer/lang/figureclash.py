"""Words of figures disputed inside one article (digest/figureclash.py; within49): a record that
shows another figure than a source gave, a figure said to be "closer to" another, an account
owned by a description ("the company's account"), an opinion about figures. English news usage;
no names or topics of any dev article."""

#: Nouns of a record whose content an article tells as evidence ("payroll records show that",
#: "the annual report shows", "a complaint log ... shows", "the figures show"): a subject the
#: article lets speak against a source.
RECORD_NOUNS = ("records", "record", "report", "reports", "log", "logs", "data", "figures", "statistics",
                "documents", "document", "filing", "filings", "minutes", "ledger", "accounts", "register", "spreadsheet")
#: Verbs by which such a record tells its content ("show", "reveal", "indicate").
RECORD_VERBS = ("show", "shows", "showed", "shown", "reveal", "reveals", "revealed", "indicate", "indicates",
                "indicated", "list", "lists", "listed")
#: Regex (case-insensitive): a figure given as a correction of one told before ("the figure is closer
#: to 40", "the real number of jobs at risk was 410", "the true total was more like $6 million"):
#: a figure noun called real / true / actual, or a corrective phrase before the number; group
#: "what" is the counted thing when named ("of jobs at risk"), group "noun" a subject noun of the
#: figure ("the shortfall was closer to $6 million"), group "num" the corrected figure.
CORRECTED_FIGURE_RE = (r"\b(?:the|that|this|its|their)\s+(?:(?P<real>real|true|actual|correct|accurate)\s+)?"
                       r"(?:figure|number|total|count|tally|toll|(?P<noun>[a-z]{4,}))(?:\s+of\s+(?P<what>[a-z]+(?:\s+[a-z]+){0,3}?))?\s+"
                       r"(?:is|was|would\s+be|will\s+be)\s+(?:actually\s+|really\s+)?"
                       r"(?P<fix>closer\s+to\s+|nearer(?:\s+to)?\s+|more\s+like\s+|at\s+least\s+|in\s+fact\s+|actually\s+)?"
                       r"(?P<num>[$£€]?\d[\d,.]*(?:\s*(?:million|billion|percent|%))?)")
#: Nouns of a figure an opinion may be about ("called the figures misleading"): such an opinion
#: is no rebuttal of the figures unless it calls them untrue (FIGURE_FALSITY_RE).
FIGURE_OBJECT_NOUNS = ("figures", "figure", "numbers", "number", "statistics", "data", "count", "tally")
#: Regex (case-insensitive): words calling figures untrue, not merely unhelpful ("false",
#: "wrong", "inaccurate", "made up"); "misleading", "a campaign number" are opinions.
FIGURE_FALSITY_RE = (r"\b(?:false|untrue|not\s+true|wrong|inaccurate|incorrect|not\s+accurate|fabricated|made\s+up|"
                     r"invented|bogus|cooked|fake)\b")
#: Heads of a description that owns an account ("disputed the company's account", "rejected the
#: ministry's version") and may stand for a source named before (digest/figureclash.py owner).
DESCRIBED_OWNER_HEADS = ("company", "firm", "ministry", "department", "agency", "council", "board", "trust",
                         "union", "hospital", "school", "university", "club", "government", "police",
                         "authority", "airline", "manufacturer", "retailer", "bank", "insurer", "landlord")
#: Verbs by which a source denies its own act told as a gerund ("<Co> denied paying any ransom",
#: "denies ever taking the money"; digest/figureclash.py gerund_denial).
GERUND_DENYING_VERBS = ("denied", "denies", "deny", "denying")
