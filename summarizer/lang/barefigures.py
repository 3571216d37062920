"""Words of figures told bare inside one article (digest/barefigures.py; within52): a figure whose
thing counted is only the figure just told ("He said it came to $2,150", "there were fewer than
ten", "X put the number at about a dozen"), and "no <thing> had <done>" against a count of those
who did. English news usage; no names or topics of any dev article."""

from .senses import POSITION_WORDS

#: Regex (case-insensitive): a figure with no counted noun of its own, told of the figure just
#: before through a pronoun, "there were", or "put the number at"; group "bound" a bound before the
#: figure, group "fig" the figure (digits, a currency sign, or a number word), group "put" set when
#: the figure is put at by a subject named in the claim.
BARE_FIGURE_RE = (r"(?:\b(?:it|that|the\s+(?:bill|cost|total|sum|amount))\s+(?:came|comes|come|amounted|amounts)\s+to"
                  r"|\bthere\s+(?:were|are|had\s+been|have\s+been)"
                  r"|(?P<put>\bput(?:s)?\s+(?:the|that|this|its|their)\s+(?:number|figure|total|count|tally|toll)\s+at))\s+"
                  r"(?:(?P<bound>fewer\s+than|less\s+than|more\s+than|at\s+most|at\s+least|no\s+more\s+than|under|over)\s+)?"
                  r"(?:(?:only|just|about|around|roughly|some|nearly|almost|closer\s+to)\s+)?"
                  r"(?P<fig>[$£€]\d[\d,]*(?:\.\d+)?(?:\s*(?:million|billion|thousand)\b)?|\d[\d,]*(?:\.\d+)?|a\s+dozen|[a-z]+)"
                  r"(?=\s*(?:[.,;!?\"”]|$|\s+(?:in\s+all|in\s+total|altogether|at\s+most|or\s+so)\b))")
#: Bounds that a figure must stay under ("fewer than ten": 23 is past it, 8 is not).
UPPER_BOUNDS = ("fewer than", "less than", "at most", "no more than", "under")
#: Bounds that a figure must stay over ("more than 20": 23 meets it, 12 does not).
LOWER_BOUNDS = ("more than", "at least", "over")
#: Regex (case-insensitive): "no <thing> (at <place>) had <done>" (the act nobody did); groups
#: "noun" and "verb".
NONE_DID_RE = (r"\bno\s+(?P<noun>[a-z]{3,})\b(?:\s+(?:at|in|from|of|on)\s+(?:the\s+)?(?:[A-Za-z'’-]+\s+){0,2}?[A-Za-z'’-]+)?"
               r"\s+(?:had|has|have|was|were)\s+(?:ever\s+)?(?:been\s+)?(?P<verb>[a-z]{3,})\b")
#: Regex (case-insensitive): "<n> <things> had <done>" (a count of those who did an act); groups
#: "n", "noun" and "verb".
COUNT_DID_RE = (r"\b(?P<n>\d[\d,]*)\s+(?:(?:more|other|further)\s+)?(?P<noun>[a-z]{3,})\s+(?:had|has|have|were|was)\s+"
                r"(?:already\s+)?(?:been\s+)?(?P<verb>[a-z]{3,})\b")
#: Regex (case-insensitive): a witness of no such thing ("heard no siren", "saw no flames"); group
#: "noun".
PERCEIVED_NONE_RE = r"\b(?:heard|saw|seen|noticed|felt|smelled)\s+no\s+(?P<noun>[a-z]{3,})\b"
#: Regex (case-insensitive): "the <things> (on the <place>) <did>" — a thing told as the subject of a
#: past act ("the sirens on the river bank sounded"); groups "noun" and "verb".
THING_DID_RE = (r"\bthe\s+(?P<noun>[a-z]{3,})(?:\s+(?:on|in|at|near|by|along|of)\s+(?:the\s+)?(?:[a-z'’-]+\s+){0,2}?[a-z'’-]+)?"
                r"\s+(?:were\s+|was\s+)?(?P<verb>[a-z]{3,}ed|rang|went\s+off|blew|shone)\b")
#: Regex (case-insensitive): a whole short sentence that denies what was just said, its object only
#: a pointer back ("The trust denies this.", "<Name> denied it."; picks.py keeps it as a claim of
#: three or four words, like "That is not true."; disputes.rebuttal pairs it with the account before).
POINTER_DENIAL_RE = (r"(?:the\s+|a\s+)?(?:[a-z][\w'’.-]*\s+){0,2}?[a-z][\w'’.-]*\s+(?:flatly\s+|strongly\s+)?"
                     r"(?:denies|denied|disputes|disputed)\s+(?:this|that|it)")
#: Regex (case-insensitive): a reply told as the answer to a question about a thing an earlier
#: source is ("Asked about the rotas, <Name> said ..."); group "noun" the thing asked about.
ASKED_ABOUT_RE = r"^\W*(?:when\s+)?asked\s+(?:about|of)\s+(?:the|those|these|that|this)\s+(?:[a-z'’-]+\s+)?(?P<noun>[a-z]{4,})\s*,"
#: Words of a reply that gainsays an account: a negator or a word of every case ("every theatre had
#: been open", "There was no instruction").
GAINSAYING_WORDS = ("no", "not", "never", "none", "nothing", "every", "all", "n't", "neither", "nor")
#: Regex (case-insensitive): a reply that answers nothing ("declined to comment", "had not seen it",
#: "could not say"): no rebuttal of the account asked about.
NON_ANSWER_RE = (r"\b(?:declin\w*|refus\w*|would\s+not|wouldn['’]t|could\s+not|couldn['’]t|did\s+not|didn['’]t|had\s+not|hadn['’]t|"
                 r"has\s+not|hasn['’]t|was\s+not|wasn['’]t)\s+(?:to\s+)?(?:yet\s+)?(?:comment|say|know|seen|see|read|aware|able|discuss|confirm)\b"
                 r"|\bno\s+comment\b|\bnot\s+(?:seen|read)\b")
#: Regex (case-insensitive): a thing denied ever to have been past a position ("the reservoir was
#: never above its safe level"; lang.POSITION_WORDS); groups "subj" (the word before the verb),
#: "pos" and "rest" (the words after the position word).
NEVER_PAST_RE = (r"\b(?P<subj>[a-z]{3,})\s+(?:was|were|is|are|had\s+been|has\s+been)\s+(?:not|never)\s+(?:once\s+)?(?P<pos>"
                 + "|".join(sorted(POSITION_WORDS)) + r")\s+(?P<rest>[^.;:]{0,40})")
