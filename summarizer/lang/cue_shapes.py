"""Shapes of English news sentences whose cue stands out of its usual place (session 39, attr48):
a cleft ("It was <X> who first said A"), a pseudo-cleft ("What <X> told the council was that A"),
an attempt to convince ("<X> has tried to convince residents that A"), an answer that goes further
("<X> went further, telling the council that A"), the writer's modal belief ("I would predict ...",
"I must admit that ..."), a statement quoted from someone in a relative ("<Paper> quoted a statement
from <spokesman>, who said A"). English grammar; read on invented text (tests/test_attr48.py)."""

#: Regex: the verb of a cleft's "It was" ("It was <X> who said A"; attribution/focus_frames.py).
CLEFT_BE_RE = r"was|is|had\s+been|has\s+been"
#: Regex: adverbs between a cleft's "who" and its cue ("It was <X> who first said A").
CLEFT_ADVERBS_RE = r"first|also|later|then|originally|initially|publicly|once|again|earlier"
#: Regex: verbs of trying before "to convince" / "to persuade" ("has tried to convince residents that A";
#: attribution/focus_frames.py): the statement was made to them, as after "tried to argue".
TRYING_VERBS_RE = r"tried|tries|try|trying|sought|seeks|seeking|attempted|attempts|attempting|worked|works|working"
#: Regex: answers with no object that go beyond what was said before, ahead of a saying or telling
#: participle ("<X> went further, telling the council that A"; attribution/relations.py).
FURTHER_ANSWERS_RE = r"(?:went|goes|go|has\s+gone|had\s+gone)\s+(?:a\s+step\s+|even\s+|much\s+|still\s+)?further|(?:hit|fired|pushed|struck)\s+back"
#: Modals between the writer's "I" and a belief cue ("I would predict", "I must admit"; attribution/cues.py).
WRITER_MODALS_RE = r"would|must|should|will|can|have\s+to|had\s+to"
#: Cues of the writer conceding a belief ("I must admit that A", "I confess that A"): the writer's claim.
WRITER_CONCEDING_CUES = frozenset("admit confess concede acknowledge".split())
#: Cues that stay a wish after a modal ("we might wish that ...", "I would hope that ..."): GUIDELINES, the outlet's.
WRITER_WISH_CUES = frozenset("wish hope".split())
#: Nouns of a statement quoted from someone ("quoted a statement from <X>, who said A"; attribution/focus_frames.py).
QUOTED_STATEMENT_NOUNS_RE = r"(?:a\s+|the\s+)?(?:statement|remarks|comments|comment|spokesman|spokeswoman|spokesperson)"
#: Forms of "feel" whose clause may follow with no "that" ("A few voters felt the mayor was not
#: doing enough"): a belief when a short subject and a finite verb follow (attribution/focus_frames.py).
FEELING_CUES = frozenset("feel feels felt".split())
#: Finite verbs that close such a clause's subject ("felt the council was", "felt they had"; not "felt the ground shake").
CLAUSE_FINITE_VERBS = frozenset("""is are was were has have had will would could should can may might must do does did
isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't couldn't shouldn't can't didn't doesn't""".split())
#: Regex: the prepositions and relative cues of a quoted statement ("quoted a statement from <X>, who said A").
QUOTED_FROM_PREPOSITIONS_RE = r"from|by|of"
#: Regex: the cues of that relative ("who said", "who told reporters").
QUOTED_RELATIVE_CUES_RE = r"said|says|told"
#: Regex: the verbs that open the outlet's clause after a denial's object ("<X> denies A and two inquiries have
#: cleared her", "and the auditors found ..."; attribution/focus_frames.py).
OWN_CLAUSE_VERBS_RE = r"have|has|had|were|was|are|is|found|cleared|showed|say|said"
#: Regex: relative openers: no outlet's clause after "and that" / "and which" (a second relative), and no denial
#: inside a relative ("the approach that he rejected ... and ..."; attribution/focus_frames.py).
RELATIVE_OPENERS_RE = r"that|which|who|whom|whose"
