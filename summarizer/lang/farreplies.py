"""Words of replies told far from what they answer inside one article (digest/farreplies.py;
within48): standing by an account, calling a named report false, denying that someone said a
thing, naming another winner. English news usage; no names or topics of any dev article."""

#: Regex (case-insensitive): a source stands by its own account ("We stand by our reporting",
#: "the paper stood by its story", "stands firmly by the article").
STAND_BY_RE = (r"\b(?:stand|stands|stood|standing)\s+(?:firmly\s+|fully\s+|squarely\s+)?by\s+"
               r"(?:our|its|his|her|their|my|the|this|that)\s+(?:\w+\s+)?"
               r"(?:reporting|report|reports|story|stories|article|articles|account|statement|claims?|findings|journalism)\b")
#: Words of accuracy an account is said to have or lack, and the negative form of each
#: ("accurate" / "inaccurate"; "true" / "false", "untrue").
ACCURACY_NEGATIVES = {"accurate": ("inaccurate",), "true": ("untrue", "false"), "correct": ("incorrect",),
                      "truthful": ("untruthful",)}
#: Regex (case-insensitive): a quoted reply that calls what was just told false by a pointer
#: ("that is 'categorically false'", "It's completely untrue", "this is a lie").
POINTER_FALSE_RE = (r"\b(?:that|it|this)\s*(?:is|was|['’]s)\s+[‘’'\"“”]?\s*(?:\w+ly\s+)?[‘’'\"“”]?\s*"
                    r"(?:false|untrue|not\s+true|a\s+lie|lies|fabricated|a\s+fabrication|nonsense)\b")
#: Verbs by which a source denies an account it names ("denied the Ledger report").
DENYING_VERBS = ("denied", "denies", "deny", "disputed", "disputes", "rejected", "rejects", "dismissed", "dismisses",
                 "refuted", "refutes", "challenged")
#: Nouns of a published account owned by a named outlet or person ("the Ledger report", "an
#: article published by the Ledger").
PUBLISHED_ACCOUNT_NOUNS = ("report", "reports", "story", "article", "account", "piece", "allegations", "claims")
#: Regex (case-insensitive): a report's content told after its owner ("an article published by
#: <Owner> on Thursday saying that ...", "<Owner> reported that ...").
CONTENT_TELLING_RE = r"\b(?:saying|said|reported|reporting|claiming|alleging|stating|asserting)\s+(?:\w+\s+){0,2}?that\b"
#: Verbs of speaking whose negation denies that someone said a thing ("did not state that", "never
#: told anyone that"), and their forms in the account ("had told prosecutors about").
SAID_DENIED_VERBS = ("state", "stated", "say", "said", "tell", "told", "claim", "claimed", "testify", "testified",
                "mention", "mentioned", "allege", "alleged", "assert", "asserted")
#: Regex (case-insensitive): a winner named ("<Name> clearly won", "a solid win for <Name>",
#: "<Name> was the winner"); group 1 or 2 or 3 is the winner.
WINNER_RE = (r"\b([A-Z][\w’'-]+)\s+(?:(?:clearly|easily|narrowly|plainly|obviously)\s+)?won\b"
             r"|\b(?:win|victory)\s+for\s+([A-Z][\w’'-]+)"
             r"|\b([A-Z][\w’'-]+)\s+(?:was|is)\s+the\s+(?:clear\s+|obvious\s+)?winner\b")
