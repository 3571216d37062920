"""Hedges whose scope is less than the clause: an adjective that describes a noun ("a late and somewhat
unlikely addition to the list": the noun is hedged; the sentence still states that the addition is the
frontrunner) and a condition inside a question after a preposition ("his questions about whether X may
serve if he does not prove Y": the question's). Split from modality.py at its 400-line bound (the lead,
session 39). Word lists in summarizer.lang."""

from __future__ import annotations

import re

from .. import lang


def graded_before_noun(w: list[str], i: int) -> bool:
    """w[i] stands between a determiner and its noun over degree adverbs or one coordinated adjective
    ("a somewhat unlikely ally", "a late and unlikely addition"), a content word after it."""
    j = i - 1
    while j >= 0 and w[j] in lang.GRADING_ADVERBS:
        j -= 1
    if j >= 2 and w[j] == "and" and w[j - 1].isalpha() and w[j - 1] not in lang.FUNCTION_WORDS:
        j -= 2
    nxt = w[i + 1] if i + 1 < len(w) else ""
    return 0 <= j < i - 1 and w[j] in lang.DETERMINERS and nxt.isalpha() and nxt not in lang.FUNCTION_WORDS


#: How many words back from an "if" a "whether" after a preposition is looked for (question_condition).
QUESTION_REACH = 14


def question_condition(w: list[str], i: int) -> bool:
    """w[i] == "if" closes a question opened by "whether" after a preposition in the QUESTION_REACH words
    before it, no clause break between ("questions about whether the mayor may serve if he does not
    prove ..."): the condition is the question's, not the clause's."""
    for j in range(i - 1, max(0, i - QUESTION_REACH), -1):
        if w[j] in lang.CLAUSE_BREAKS - lang.SUBJECT_PRONOUNS - {"i", "if"}:
            return False
        if w[j] == "whether":
            return j > 0 and w[j - 1] in lang.PHRASE_PREPOSITIONS
    return False


#: How many words back from a negator a verb of hoping is looked for (hoped_negation).
HOPE_REACH = 8


def hoped_negation(w: list[str], i: int, clause: str = "") -> bool:
    """w[i], a negator, sits in the clause a verb of hoping or wishing governs ("hopes the plant will not close",
    "wished the storm would not come"): the hoped-for non-event is not asserted either way, `speculative` as "hopes
    the plant reopens" is (lang.HOPE_VERBS), not `negated`. Not a negated hope ("does not hope"), nor a name ("Hope
    Hicks, a spokeswoman, did not respond": the verb must be written in lower case in `clause`)."""
    if not any(y in lang.HOPE_VERBS for y in w[max(0, i - HOPE_REACH):i]):
        return False
    return not clause or any(re.search(r"\b" + y + r"\b", clause) for y in lang.HOPE_VERBS)
