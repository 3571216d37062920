"""Words of short replies inside one article (digest/replies.py, digest/onesentence.py; within47):
a reply by pronoun that says it cannot be done, that no decision has been made, that a thing
worked as it should. English news usage; no names or topics of any dev article."""

#: Time words between "a claim by <owner>" and "that" ("a claim by an aide earlier Thursday that
#: ..."; digest/onesentence.py): the owner ends before them. English grammar.
BY_OWNER_TIME_WORDS = ("earlier", "later", "last", "on", "this", "in")
#: Regex (case-insensitive): a reply that the thing just said cannot be done, by a pronoun for it
#: ("You obviously cannot do that", "That can't be done", "he could not do it"; digest/replies.py).
INABILITY_REPLY_RE = (r"\b(?:can\s*not|can['’]t|could\s+not|couldn['’]t)\s+(?:(?:\w+ly|just|simply)\s+)?do\s+(?:that|it|this|so)\b"
                      r"|\b(?:that|it|this)\s+(?:\w+ly\s+)?(?:can\s*not|can['’]t|could\s+not|couldn['’]t)\s+be\s+done\b")
#: Regex (case-insensitive): what that reply answers: "can" or "could" and a verb, not negated
#: ("I can do it with an order", "the board could end the program").
ABILITY_RE = r"\b(?:can|could)\s+(?:(?:\w+ly|just|simply)\s+)?(?!not\b|n['’]t\b|be\s+done\b)[a-z]{2,}\b"
#: Regex (case-insensitive): a reply that nothing has been decided ("No decision has been made
#: about any site", "no final decision has been taken", "has not yet decided"; digest/replies.py).
UNDECIDED_REPLY_RE = (r"\bno\s+(?:final\s+|firm\s+)?decisions?\s+(?:has|have|had)\s+(?:yet\s+)?been\s+(?:made|taken|reached)\b"
                r"|\bno\s+(?:final\s+|firm\s+)?decisions?\s+(?:was|were)\s+(?:made|taken|reached)\b"
                r"|\b(?:has|have|had)\s+(?:not|n['’]t)\s+(?:yet\s+)?(?:been\s+)?decided\b|\bhasn['’]t\s+(?:yet\s+)?decided\b")
#: Regex (case-insensitive): what that reply answers: an act said to come ("would be shut next
#: year", "will close the plant", "plans to move").
FUTURE_ACT_RE = (r"\b(?:will|would|shall|is\s+to|are\s+to|was\s+to|were\s+to|plans?\s+to|planned\s+to|intends?\s+to|"
                 r"(?:is|are|was|were)\s+going\s+to)\s+(?:\w+ly\s+)?(?!not\b|n['’]t\b)[a-z]{2,}\b")
#: Regex (case-insensitive): a reply that a device or system worked as it should ("the scanner
#: had been checked and worked properly", "the alarm functioned as designed").
WORKED_RE = (r"\b(?:worked|works|work|was\s+working|were\s+working|functioned|functions|operated|performed)\s+"
             r"(?:(?:just|exactly|perfectly)\s+)?(?:properly|correctly|normally|fine|as\s+designed|as\s+intended|"
             r"as\s+(?:it|they)\s+should(?:\s+have)?)\b")
#: Words by which the account just told says the thing did not work ("citing problems with a
#: ballot scanner", "the pump failed"); matched as whole words. English news usage.
FAULT_WORDS = ("problem", "problems", "trouble", "troubles", "failure", "failures", "failed", "fault", "faults",
               "faulty", "malfunction", "malfunctions", "malfunctioned", "glitch", "glitches", "defect", "defects",
               "defective", "broke", "broken", "breakdown")
#: Regex (case-insensitive): a paraphrase saying a thing cannot be done, its verb named ("cannot
#: close the park by decree"), not "cannot do that" itself (digest/replies.py, the carried reply).
CANNOT_VERB_RE = r"\b(?:can\s*not|can['’]t|could\s+not|couldn['’]t)\s+(?:\w+ly\s+)?(?!do\s+(?:that|it|this|so)\b)[a-z]{3,}"
#: The words of the set replies themselves, not a matter a reply shares with the account it answers.
REPLY_SET_WORDS = ("decision", "decisions", "made", "taken", "reached", "final", "firm", "decided", "yet", "any", "worked",
                   "working", "properly", "correctly", "normally", "designed", "intended", "checked", "obviously")
#: Regex (case-sensitive, anchored at an answer's start): a bare answer to a "When ...?" question opening on a
#: time phrase ("In April, ...", "On Oct. 30, according to ...", "Not before the inspectorate has finished ...";
#: summarizer/question_folds.py). English grammar.
WHEN_ANSWER_OPENER_RE = (r"(?:(?:Not|Only|Just|Shortly|Soon|Some\s+time|Sometime)\s+)?(?:In|On|At|By|Before|After|Since|Until|Till|During|Around"
                         r"|Early|Late|Last|Next|This|Within|Over|Between|From)\b")
#: Adverbs between a question's subject and its participle ("When was the line last inspected?",
#: "When was it first reported?"): they stay with the participle. English grammar.
PARTICIPLE_ADVERBS = frozenset("last first ever never finally fully formally officially originally previously recently "
                               "actually really still again also".split())
#: Regex: the auxiliaries and modals a "When ...?" / "How long ...?" question opens its subject with
#: (summarizer/question_folds.py). English grammar.
QUESTION_AUXILIARIES_RE = r"was|were|is|are|will|would|can|could|did|does|do|has|have|had|should|must"
#: Regex: the verbs that tell a reply after "Asked whether <clause>," ("..., he said: "Not yet, ..."":
#: question_folds.asked_whether; digest59). English grammar.
ASKED_REPLY_VERBS_RE = r"said|replied|answered|says|replies|answers"
#: Regex: the reply words that quotation opens on, told as the clause ("Yes") or its negation ("No", "Not yet"):
#: question_folds.asked_whether (digest59). English grammar.
ASKED_REPLY_WORDS_RE = r"Not\s+yet|No|Yes"
#: Words that open a question's subject noun phrase ("When will the pool reopen?"): question_folds.py.
QUESTION_SUBJECT_OPENERS = frozenset("the its their this that".split())
#: Particles that may follow a question's verb ("When will the lift start up again?"): question_folds.py.
VERB_PARTICLES = frozenset("to into up down out off back".split())
#: Words opening what follows an answer's time phrase that are no clause of its own ("In 1987, when ...",
#: "On Oct. 30, according to ..."): question_folds.py. English grammar.
ANSWER_TAIL_OPENERS = frozenset("according when which while as after before once where".split())
#: Regex: a negated time answer's opening ("Not before ...", "Not until ..."): question_folds.py.
NEGATED_TIME_OPENER_RE = r"Not\s+(?=(?:before|until|till|since)\b)"
#: Verbs whose object is the duration itself ("How long will the inquiry take?" / "It will take three months"; no
#: "for" before the duration): question_folds.py.
DURATION_OBJECT_VERBS = frozenset("take takes last lasts".split())
