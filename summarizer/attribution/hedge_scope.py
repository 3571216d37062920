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


def attributive_hedge(w: list[str], i: int) -> bool:
    """w[i] is a hedging adverb between a determiner and an adjective before its noun ("another, potentially more
    serious, blood clot in 2013", "a possibly fatal error"): the noun's quality is hedged, not the clause's event (the
    lead, session 43). Not "likely" (graded_before_noun), not before a verb ("the council possibly voted")."""
    if w[i] not in lang.HEDGE_ADVERBS or w[i] in ("likely", "unlikely") or not i:
        return False
    if w[i - 1] not in lang.DETERMINERS | lang.INDEFINITE_ARTICLES | lang.SINGULAR_DETERMINERS or w[i - 1] == "that":
        return False  # ("that" opens a clause as often: "He said that probably saved lives")
    k = i - 2
    while k >= 0 and w[k].endswith("ly") or k >= 0 and w[k] in ("also", "not", "still"):
        k -= 1
    if k >= 0 and w[k] in lang.BE_FORMS:
        return False  # a predicate's noun: "it was also a potentially lost opportunity" is the hedged claim itself
    j = i + 1
    while j < len(w) and w[j] in lang.GRADING_ADVERBS:
        j += 1
    return j + 1 < len(w) and w[j].isalpha() and w[j] not in lang.FUNCTION_WORDS and w[j + 1].isalpha() \
        and w[j + 1] not in lang.FUNCTION_WORDS


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


def standing_rule(w: list[str], i: int) -> bool:
    """w[i], a positive "must", "can" or "have to", states a rule in force: the clause names a recurrence ("Drivers over 70
    must renew their licence every three years", "Tenants can claim the rebate each year") or the rule itself
    ("must be insured by law", "can apply under the current rules", "now have to comply with ..."). What applies again and again is asserted,
    not a possibility (GUIDELINES §14 "Not speculative: (a)"; real49). Not "must have" (an inference), not a
    negation ("cannot", "must not"), not a one-off duty ("The council must decide by Friday"). Also "will/would now be
    allowed (required, eligible, ...) to": what a rule lets or makes people do from now on (lead46); not "will now
    receive the aircraft next month" (a future event)."""
    if w[i] in ("will", "would") and w[i + 1:i + 3] == ["now", "be"] and w[i + 3:i + 4] and w[i + 3] in lang.IN_FORCE_PARTICIPLES:
        return True
    if w[i] not in lang.STANDING_MODALS or w[i + 1:i + 2] and (w[i + 1] in lang.NOT_STANDING_AFTER or w[i + 1] in lang.MODALS):
        return False
    if w[i] == "can" and (w[i + 1:i + 2] and w[i + 1].endswith("ly") or i and w[i - 1] in lang.POINTING_SUBJECTS):
        return False  # "That can easily cut a fifth off the bill each year": a possibility, not a permission
    if any(y in ("every", "each") and any(z in lang.RECURRENCE_UNITS for z in w[k + 1:k + 4]) for k, y in enumerate(w)):
        return True
    return re.search(lang.STANDING_RULE_RE, " ".join(w)) is not None


#: How many words back from an "if" a relative pronoun is looked for (inner_condition).
RELATIVE_REACH = 9


def inner_condition(w: list[str], i: int) -> bool:
    """w[i] == "if" conditions less than the clause: an elliptic "if" and a participle after a noun ("an 85% chance
    of survival if treated": the figure is asserted, under its stated condition), or an "if" inside a relative clause
    opened after a noun, no clause break between ("help for those who contact the office if they are struggling":
    the contacting's condition), or in what a state of mind is about ("worried about the flock's survival if ..."; real49). Not "if" after a modal or a verb's clause ("would resign if asked" keeps its
    modal; "The plant closes if sales fall" is conditional)."""
    nxt = w[i + 1] if i + 1 < len(w) else ""
    if i > 0 and lang.is_past_form(nxt, min_len=4) and nxt not in lang.AUXILIARY_VERBS and w[i - 1] not in lang.FUNCTION_WORDS \
            and not any(y in lang.MODALS or y.endswith(("'d", "'ll")) for y in w):  # not "said that, if elected, he'd ..."
        return True
    for j in range(i - 1, max(0, i - RELATIVE_REACH) - 1, -1):
        if w[j] in ("about", "over") and (any(y in lang.STATE_ADJECTIVES for y in w[max(0, j - 2):j])
                                          or j == 0 and w[1:2] and (w[1] in lang.DETERMINERS or w[1].endswith("'s"))
                                          and not any(y in lang.AUXILIARY_VERBS for y in w[1:i])):
            return True  # "are worried about the flock's survival if the ram does not return": the worry's content (alone: a belief's)
        if w[j] in lang.CONDITION_RELATIVES:
            return j > 0 and w[j - 1] not in lang.ASKING_VERBS and w[j - 1] not in lang.PHRASE_PREPOSITIONS
        if w[j] in lang.CLAUSE_BREAKS - lang.SUBJECT_PRONOUNS - {"and", "i"}:
            return False
    return False


def never_before(w: list[str], i: int) -> bool:
    """w[i] == "never" in a comparison with its own pronoun subject, "as/like <pronoun> never <verb> before" closing
    the clause ("volunteering is booming as it never did before": it is, more than ever; real49).
    Not "before" opening a time phrase ("as it never reopened before the war")."""
    k = next((k for k in range(i + 2, min(len(w), i + 4)) if w[k] == "before"), None)
    return k is not None and i > 1 and w[i - 2] in ("like", "as") and w[i - 1] in lang.SUBJECT_PRONOUNS \
        and (k + 1 == len(w) or w[k + 1] in lang.CLAUSE_BREAKS)


def past_group_finding(w: list[str], i: int) -> bool:
    """w[i] == "likely" in a past comparison of a group ("Children who had taken the drug were more likely to be
    overweight", "Boys were particularly likely to drop out"): what a study measured, not a hedge on an event to
    come (as "were the most likely to report problems", read19; real49): the group is defined by a relative clause
    ("children who had ...", "those that ..."). Not the present ("are more likely to win"), nor a named side's chance
    told in the past ("Republicans were more likely to win the seat, analysts said": a forecast backshifted)."""
    return w[i] == "likely" and i > 1 and w[i + 1:i + 2] == ["to"] and w[i - 2] in lang.RANKING_PAST_BE \
        and (w[i - 1] in lang.COMPARATIVE_DEGREE or w[i - 1] in lang.GROUP_DEGREE_ADVERBS) \
        and any(y in lang.GROUP_DEFINERS for y in w[:i - 2])


def past_period(w: list[str]) -> bool:
    """The sentence opens on a past period named by a war, a decade or a century ("During World War I, soldiers would
    take refuge in the caves"; lang.PAST_PERIOD_OPENER_RE): a habitual "would" after it is no hedge (GUIDELINES §6;
    real50), as after "During the war"."""
    return re.match(lang.PAST_PERIOD_OPENER_RE, " ".join(w[:7])) is not None


def going_somewhere(w: list[str], i: int) -> bool:
    """w[i] is "going" before "to" and a place named by a bare noun ("had stopped going to church", "is going to
    school"; lang.BARE_DESTINATIONS): a movement or a habit, no "going to" future (English grammar; real50)."""
    return w[i] == "going" and w[i + 1:i + 2] == ["to"] and w[i + 2:i + 3] != [] and w[i + 2] in lang.BARE_DESTINATIONS \
        and not any(x in lang.TIME_TO_COME_WORDS for x in w)  # ("is going to court next week": a plan)


def participle_adjunct(w: list[str], i: int) -> bool:
    """w[i], "no", is the object of a participle that opens an adjunct ("arrived in Norland, speaking no Norse", "left
    the court showing no emotion"): the adjunct's negation, not the main clause's event; not a progressive ("is showing
    no sign") nor after a negation earlier in the sentence (attribution/modality.negated; real54)."""
    return i >= 2 and w[i - 1].endswith("ing") and len(w[i - 1]) > 4 and w[i - 2] not in lang.BE_FORMS | lang.AUXILIARY_VERBS \
        and not any(x.endswith("n't") or x in lang.CLAUSE_NEGATORS or x in lang.MODALS for x in w[:i - 1]) and w[0] not in ("whether", "if")
    # (not in the content of "He did not say whether he would ..., taking no questions": a question's content, a modal before
    # it; the first version flipped that sentence from `negated` to `speculative`: flipall)


def due_to_cause(w: list[str], i: int) -> bool:
    """w[i] is "due" of a cause after "be", not of a schedule: a share adverb before it ("was largely due to rising
    rates") or a noun after "to" that no verb of a schedule is ("were due to illness", "is due to concerns", "was due
    to congestion"). "The ship was due to arrive", "is due to address the council", "were due to sit the test" keep
    their schedule (`speculative`, GUIDELINES §14 "due to"; attr57)."""
    if w[i] != "due" or w[i + 1:i + 2] != ["to"] or i + 2 >= len(w):
        return False
    if i and w[i - 1] in lang.CAUSE_SHARE_ADVERBS or i > 1 and w[i - 2:i] == ["in", "part"]:
        return True
    nxt = w[i + 2]
    return re.search(lang.CAUSE_NOUN_ENDINGS_RE, nxt) is not None and (len(nxt) >= 6 or "ing" not in nxt)  # (not "bring", "sing")


def negative_subject(w: list[str], i: int) -> bool:
    """w[i], "could", follows a subject that opens with a negative quantifier ("Neither he nor his brothers could be
    located", "Nobody could explain it", "None of the firms could say"): a past inability, as "could not be reached"
    (GUIDELINES §14; real59, a UW newswire document). Not "could have" (a hedge on a past event) and not a subject
    further than eight words back."""
    if w[i] != "could" or w[i + 1:i + 2] == ["have"] or not 0 < i <= 8:
        return False
    first = w[0]
    return first in ("neither", "nobody", "none") or first == "no" and w[1:2] == ["one"]
