"""Negation, speculation and their scope, read in a clause's words (certainty.py decides the label from these): "not",
"never", "could", "may"; whether the word is in a relative clause, an infinitive, a comparison, an effort, an inability."""

from __future__ import annotations

import re

from .. import lang
from .clause_shapes import (inner_report, named_relative, raised_question, news_content, manner_adverb, object_relative, prepositional_relative, relative_that, contact_relative, finite,
                            in_relative, in_relative_that, infinitive, inverted_condition, subordinate_perfect, listed_after_with, contact_clause_modal,
                            reported_after, shown_modal, plan_subject, figure_forecast)
from .complements import complement_that, secured_result
from .affirming_negations import affirming_negation, doubt_denied, rhetorical_modal
from .hedge_scope import attributive_hedge, graded_before_noun, hoped_negation, question_condition, standing_rule, inner_condition, never_before, past_group_finding, past_period, going_somewhere, participle_adjunct as _participle_adjunct, due_to_cause, negative_subject
from .text import words

def inability(w: list[str], i: int) -> bool:
    """w[i] is "could" of a past inability ("could not explain", "couldn't afford"), a negation like
    "cannot"/"unable to" (GUIDELINES §14), not "could not have" (a hedge on a past event)."""
    return w[i] in ("could", "couldn't") and w[i + 1:i + 2] != ["have"] and \
        (w[i] == "couldn't" or w[i + 1:i + 2] == ["not"] or negative_subject(w, i)) and w[i + 1 + (w[i] == "could"):][:1] != ["have"]


def in_embedded(w: list[str], i: int) -> bool:
    """w[i] (a modal or negator) is inside an embedded question or a relative clause opened by a
    wh-word in the EMBEDDED_SPAN words before it, not at the clause's start: "on how the
    government would treat ...", "to see what changes lawmakers will add", "couples whose home
    states don't recognize ...". A wh-word opening the clause ("What he will do is unclear") is
    its subject: that clause's modal still counts; so does a question asked ("was asked how the
    war would end", like "asked whether": the content of a question is not asserted)."""
    first = 0
    while first < len(w) and w[first] in lang.CLAUSE_COORDINATORS:
        first += 1  # "and how many will take part": the wh-word still opens the clause
    for j in range(i - 1, max(first + 1, i - lang.EMBEDDED_SPAN) - 1, -1):
        if w[j] in lang.EMBEDDING_WH or w[j] == "which" and w[j - 1] in lang.QUESTION_WHICH_VERBS:  # ("identified which ...": lead49)
            # the nearest wh-word; a question asked is embedded only if its asking is
            return in_embedded(w, j - 1) if w[j - 1] in lang.ASKING_VERBS else True
        if w[j] in lang.PERSON_WH and w[j - 1] in lang.PHRASE_PREPOSITIONS:
            return True  # "a list of who can and cannot vote": the question's own negation (read19)
    return False


def negated(w: list[str], clause: str = "") -> bool:
    for i, x in enumerate(w):
        if in_relative(w, i) or in_embedded(w, i) or object_relative(w, i):
            continue  # "a plant which did not open": the relative clause's own negation
        if (x in lang.CLAUSE_NEGATORS or x.endswith("n't")) and (inner_report(w, i) or hoped_negation(w, i, clause)):
            continue  # "retained an attorney to protest that the shop had not paid": the protest's content (shapes23); "hopes it won't" (lead39)
        if (x in lang.CLAUSE_NEGATORS or x.endswith("n't")) and in_relative_that(w, i):
            continue  # "in the 37 states that do not recognize ...": the relative clause's own negation (read11b)
        if x == "not" and w[i + 1:i + 2] and w[i - 1:i] == ["to"] and i >= 2 and w[i - 2] in lang.DECISION_NOUNS:
            continue  # "announced his decision to not run again": the decision's content, the act happened
        if x == "not" and infinitive(w, i + 1) and any(y in lang.PAYING_VERBS for y in w[max(0, i - 8):i - 1]):
            continue  # "paid households $300 not to install the meters": the purpose's negation, the payment happened (left18)
        if x == "not" and w[i + 1:i + 2] and w[i + 1].endswith("ing") and any(y in lang.GERUND_PREPOSITIONS for y in w[max(0, i - 3):i - 1]):
            continue  # "angry over his agents not being paid": the negation of a gerund with its own subject (read11b)
        if x in ("not", "never") and i and w[i - 1] in lang.GERUND_PREPOSITIONS and _gerund_after(w, i + 1):
            continue  # "criticised him for not meeting them": the gerund's negation
        if x == "no" and w[i + 1:i + 2] and w[i + 1] in lang.LITOTE_NOUNS:
            continue  # "The mayor is no stranger to controversy": familiar with it
        if x == "no" and w[i + 1:i + 2] and w[i + 1][:1].isdigit():
            continue  # "from No. 3 to No. 2": the abbreviation of "number", no negation
        if x == "no" and w[i + 1:i + 2] and w[i + 1] in lang.BOUND_COMPARATIVES and w[i + 2:i + 3] == ["than"]:
            continue  # "employs no more than 50 people", "no later than Friday": a bound (fact10)
        if x == "no" and i and w[i - 1] in lang.SPARING_VERBS and w[i + 1:i + 2] and w[i + 1] in lang.SPARED_NOUNS:
            continue  # "The coach wasted no time, benching three starters": he acted at once (read11a)
        if (x == "no" and w[i + 1:i + 2] == ["one"] or x in ("nobody", "nothing")) and any(
                w[k] == "than" and w[k - 1] in lang.COMPARATIVE_DEGREE for k in range(i + 2, min(len(w), i + 12))):
            continue  # "No one felt the cuts more than the nurses": the nurses did, most (read11a)
        if x == "no" and re.search(r"\bno-no", clause, re.I) and (w[i + 1:i + 2] == ["no"] or i and w[i - 1] == "no"):
            continue  # "a diplomatic no-no": a noun for a thing not done, no negation (read13b)
        if x == "no" and i + 1 < len(w) and w[i + 1] == "one":
            if not re.search(r"\bno one\s*-", clause, re.I) and not doubt_denied(w, i):  # ("No one doubts ...": real54; "denies": attr55)
                return True  # "No one was hurt"; "no one-time gains" is a compound, not a pronoun
            continue
        if x == "nor" and i == 0:
            return True  # "Nor do analysts expect ..."
        if (x in lang.CLAUSE_NEGATORS or x.endswith("n't")) and (any(y in lang.INNER_CONDITION_WORDS for y in w[1:i])
                                                                 or inverted_condition(w, i)):
            continue  # "raised the threat of a prosecutor if Congress feels it is not ...": the condition's (cert8;
            # read12b: "X is the first choice should the board decide not to renew ...")
        if x in lang.CLAUSE_NEGATORS or x.endswith("n't"):
            nxt = w[i + 1] if i + 1 < len(w) else ""
            if x == "not" and (nxt in lang.NOT_LIMITERS or w[i + 2:i + 3] and w[i + 2] in lang.NOT_LIMITERS and (nxt.endswith("ing") or nxt == "the")) or affirming_negation(w, i, clause):
                continue  # "not only ...", "not merely ...", "was not speaking only about X", "not the only one": no negated event (and "wasn't just", "never go out of fashion", ", and not trucks": attr56)
            if nxt in lang.HEDGE_AFTER_NOT or re.match(lang.NOT_FIRST_TIME_RE, " ".join(w[i + 1:i + 4])):
                continue  # "won't necessarily win": left open (a hedge); "isn't the first time": it happened before (read15)
            if x == "not" and nxt in lang.BELIEF_PASSIVES and w[i + 2:i + 4] == ["to", "be"]:
                continue  # "injuries were not thought to be life-threatening": a hedged assessment, no negated event
            if (x == "not" or x.endswith("n't")) and ((w[i + 2:i + 3] or [""])[0] if nxt in lang.BE_FORMS else nxt) in lang.LITOTES or x == "not" and nxt in ("a", "an") and w[i + 2:i + 3] and w[i + 2] in lang.LITOTE_NOUNS:
                continue  # "The dismissal was not unexpected": it was expected; "not a stranger to it": familiar; "hasn't been shy about": outspoken
            if nxt in lang.EAGER_CAN_NOT_VERBS and (x in lang.NEGATED_CAN_FORMS
                                                    or x == "not" and i and w[i - 1] in ("can", "could")):
                continue  # "one star cannot wait for the kick-off": eagerness, nothing negated
            if "until" in w[i + 1:i + 1 + lang.NOT_UNTIL_SPAN] and not _modal_negation(w, i):
                continue  # "It wasn't until May that the plant opened", "did not open until May": it happened then
            if x == "not" and i and w[i - 1] == "if":
                continue  # "many, if not most, of the stalls": an elliptic aside (cert8)
            if x == "not" and re.match(lang.NOT_DEGREE_RE, " ".join(w[i + 1:i + 4])):
                continue  # "Not long ago, ...", "not far from the border": a time or place, not a negation
            if x == "never" and (nxt == "before" and i and w[i - 1] in ("like", "as") or never_before(w, i)):
                continue  # "winning like never before", "grew as it never grew before" (real49): a comparison
            if x == "not" and nxt == "guilty" and (any(v in lang.VERDICT_VERBS for v in w[max(0, i - 3):i]) or w[i + 2:i + 3] in (["verdict"], ["verdicts"], ["plea"], ["pleas"])):
                continue  # "pleaded not guilty", "was found not guilty", "a not guilty verdict" (read34): a plea or verdict's name
            return True
        if x == "no" and w[i + 1:i + 3][-1:] == ["of"] and w[i + 1] in lang.SIGN_NOUNS \
                and w[i + 3:i + 4] and w[i + 3] in lang.CEASING_GERUNDS:
            continue  # "show no sign of stopping": the event goes on
        if x == "no" and i and (w[i - 1] in ("with", "of") or w[i - 1] in lang.NEGATION_APPROXIMATORS or listed_after_with(w, i) or _participle_adjunct(w, i)):  # "almost no tax"
            continue  # "with no prior career of his own": a noun phrase's negation, not the event's; ", speaking no Norse" (real54)
        if x in lang.NEGATIVE_QUANTIFIERS and i + 1 < len(w) and w[i + 1] not in lang.AFFIRMING_NEGATED_NOUNS and not (x == "nobody" and doubt_denied(w, i)):
            # "no evidence was found" negates; "there is no doubt" does not
            return True
        if x == "unable" and any(y in lang.CAUSATIVE_STATE_VERBS for y in w[max(0, i - 6):i - 1]):
            continue  # "left thousands of customers unable to call": a state caused in the object (left18)
        if x in lang.NEGATIVE_VERBS and w[i + 1:i + 2] == ["to"] and not in_relative_that(w, i) and "what" not in w[max(0, i - 8):i - 1] and w[i - 1:i] != ["never"] \
                and not inverted_condition(w, i) \
                and not (x == "failing" and "with" in w[max(0, i - 7):i - 1] and w[i - 1] not in lang.PREPOSITIONS | {"of"}):
            return True  # not the relative's "firms that fail to" (read12b), "what X failed to do" (lead42), a "with" add-on's "failing to" (real52)
        if x in lang.REFUSAL_VERBS and _refusal(w, i) and not named_relative(clause, x):
            return True  # "Police declined to comment": the comment did not happen
    return False


def _gerund_after(w: list[str], j: int) -> bool:
    """A gerund at w[j], over up to two adverbs ("for not more aggressively fighting", "for not meeting them"; cert8)."""
    k = j
    while k < len(w) and k - j < 2 and (w[k].endswith("ly") or w[k] in ("more", "less")):
        k += 1
    return k < len(w) and w[k].endswith("ing")


def _modal_negation(w: list[str], i: int) -> bool:
    """w[i], a negator, negates a modal ("won't", "would not", "cannot"): "won't resume until
    prices rise" is a negated forecast, unlike the past "did not open until May"."""
    x = w[i]
    if x.endswith("n't"):
        return x[:-3] in lang.MODALS or x in lang.NEGATED_CONTRACTIONS or x == "can't"
    return x == "cannot" or (i > 0 and w[i - 1] in lang.MODALS)


def _refusal(w: list[str], i: int) -> bool:
    """w[i], a verb of refusal, is the clause's verb before an infinitive: not a noun ("the decline
    to ..."), not a participle aside ("..., refusing to pay, ..."; "is refusing to" counts)."""
    if not infinitive(w, i + 1) or w[i + 2] in lang.REFUSAL_NOT_VERBS or (i and w[i - 1] in lang.NOUN_MARKERS):
        return False
    j = i - 1
    while j >= 0 and w[j].endswith("ly"):
        j -= 1
    if j >= 0 and (w[j] in lang.MODALS or w[j].endswith(("'ll", "’ll"))):
        return False  # "Tenants say they will refuse to leave": a stated intent, not a refusal that happened (left45)
    return not w[i].endswith("ing") or (i > 0 and w[i - 1] in lang.BE_FORMS)


_NOUN_HEDGES = lang.NOUN_HEDGES
_NOUN_MARKERS = lang.NOUN_MARKERS


def compared(w: list[str], i: int) -> bool:
    """"51 percent less likely", "twice as likely", "than was possible before" (real52): a measured comparison, no hedge."""
    if w[i] == "likely" and i > 1 and w[i - 1] in lang.RANKING_SUPERLATIVES and w[i + 1:i + 2] == ["to"] \
            and (w[i - 2] in lang.RANKING_PAST_BE or w[i - 2] == "the" and i > 2 and w[i - 3] in lang.RANKING_PAST_BE):
        return True  # "residents were the most likely to report problems": a past ranking (read19)
    return w[i] in ("likely", "unlikely") and i > 0 and w[i - 1] in lang.COMPARATIVE_DEGREE \
        and any(x[:1].isdigit() or x in lang.COMPARISON_MEASURES for x in w[max(0, i - 4):i - 1]) or past_group_finding(w, i) \
        or w[i] == "possible" and ("than" in w[max(0, i - 5):i] or w[i - 1:i] == ["as"])  # (not "the more likely to pass")


def capacity(w: list[str], i: int) -> bool:
    """"can" of a measured capacity ("The stadium can hold 80,000 fans"), "can/could" of skill or memory (lang.ABILITY_VERBS; real50)."""
    if w[i] in ("can", "could") and [x for x in w[i + 1:i + 4] if x not in lang.ABILITY_ADVERBS][:1] in [[v] for v in lang.ABILITY_VERBS]:
        return not any(x in lang.ABILITY_BREAKERS for x in w[i:]) and "for" not in w[i + 2:i + 5]  # ("can speak for his son": a right)
    nxt = w[i + 1:i + 3]
    if w[i] != "can" or not nxt or nxt[0] not in lang.CAPACITY_VERBS and nxt[-1] not in lang.CAPACITY_VERBS:
        return False
    return any(x[:1].isdigit() for x in w[i + 2:i + 8])


def _measured(w: list[str], i: int) -> bool:
    """w[i], an expectation participle, is what the event is measured against ("rose as expected",
    "went ahead as originally planned", "fell more than analysts had forecast"): the event
    happened (English grammar, cert8)."""
    return "as" in w[max(0, i - 2):i] or "than" in w[max(0, i - 4):i]


def _past_plan(w: list[str], i: int) -> bool:
    """w[i] is a plan or hope in the past perfect ("The council had planned to open the pool in
    May", "had been scheduled to expire"): a past intention reported as past, not a forecast
    (GUIDELINES §14, not speculative (b))."""
    return w[i - 1:i] == ["had"] or w[max(0, i - 2):i] == ["had", "been"] or i > 1 and w[i - 1] in lang.FIRST_PLAN_ADVERBS and w[i - 2] in ("was", "were", "had")  # "was originally scheduled" (real49)


def _narrative_would(w: list[str], i: int) -> bool:
    """"would later", "would go on to": the future of a past narrative ("He would later become
    mayor"), an event that happened (English grammar, cert8)."""
    return w[i] == "would" and (w[i + 1:i + 2] == ["later"] or w[i + 1:i + 3] == ["go", "on"] or _habitual_would(w, i))


def _habitual_would(w: list[str], i: int) -> bool:
    """"During the war, families would hide in the cellar.": a sentence set in a past period
    (lang.HABITUAL_PAST_OPENERS) whose "would" tells what was done again and again, no speech verb
    before it and no condition or time to come (lang.HABITUAL_BREAKERS) in it (GUIDELINES §6; left20)."""
    return (any(tuple(w[:len(o)]) == o for o in lang.HABITUAL_PAST_OPENERS) or past_period(w)) and not any(x in lang.HABITUAL_BREAKERS for x in w) \
        and not any(x in lang.SPEECH_VERBS or x in lang.REPORTING_VERBS for x in w[:i])


def _than_would(w: list[str], i: int) -> bool:
    """w[i] is the modal or the "if" of a comparison with what would be ("a bill much higher than
    it would be if they were single", "more than if it was open"): the standard the fact is
    measured against, not a hedge on it (English grammar; read11b, a BASIL story)."""
    if w[i] in ("would", "could"):
        return "than" in w[max(0, i - 2):i]
    return w[i] == "if" and "than" in w[max(0, i - 4):i]


def _conceded(w: list[str], i: int) -> bool:
    """"The crew may have lost the regatta, but have won three races since": a past "may/might have" granted
    before "but" and a verb of the same subject (no subject of its own after "but"), as "although they were
    beaten ..." is; what the sentence asserts comes after "but" (read30)."""
    if w[i] not in ("may", "might") or w[i + 1:i + 2] != ["have"]:
        return False
    j = next((k for k in range(i + 3, min(len(w), i + 20)) if w[k] == "but"), None)
    return j is not None and w[j + 1:j + 2] != [] and w[j + 1] in lang.AUXILIARY_VERBS - {"be", "been"}


def conceded_rest(low: str) -> str | None:
    """The asserted part of a concessive "may/might have" sentence (`_conceded`): the words after its "but"."""
    w = words(low)
    if not any(x in ("may", "might") and _conceded(w, i) for i, x in enumerate(w)) or " but " not in low:
        return None
    return low.split(" but ", 1)[1]


def _relative_report(w: list[str], i: int) -> bool:
    """w[i] is inside what a relative clause's subject said ("calls from farmers who said the losses
    could run into millions"): the relative clause's report, not the main clause's (read12c)."""
    j = next((j for j in range(i - 1, max(1, i - 12), -1) if w[j] in lang.SPEECH_VERBS), None)  # the nearest speech verb
    return j is not None and j > 1 and w[j] in lang.REPORTING_VERBS and in_relative(w, j)


def speculative(w: list[str]) -> bool:
    for i, x in enumerate(w):
        if in_relative(w, i) or _relative_report(w, i) or contact_clause_modal(w, i) or prepositional_relative(w, i):
            continue  # "what was to be a plant", "units, all of which may ...", "the thing he must do is" (read32)
        if x in lang.SEEMING_VERBS and w[i + 1:i + 2] == ["to"] and w[i + 2:i + 3] and w[i + 2] in lang.POSITION_TAKING_VERBS:
            continue  # "seemed to suggest that ...", "appeared to blame the referees": a position taken (read12c)
        if _than_would(w, i):
            continue
        if x == "would" and w[i + 1:i + 2] == ["be"] and w[i + 2:i + 3] and w[i + 2] in lang.ASSERTING_WOULD_ADJECTIVES \
                and w[i + 3:i + 5] == ["to", "say"]:
            continue  # "It would be fair to say ...": an outlet's modest assertion (read12b)
        if x in lang.MODALS and x not in lang.NON_EPISTEMIC_MODALS and not in_embedded(w, i) and not capacity(w, i) \
                and not (x in ("could", "can") and w[i + 1:i + 2] == ["be"] and w[i + 2:i + 3] and w[i + 2] in lang.PERCEPTION_PARTICIPLES) \
                and not in_relative_that(w, i) and not _narrative_would(w, i) and not complement_that(w, i, relative_that) \
                and not _conceded(w, i) and not subordinate_perfect(w, i) and not shown_modal(w, i) and not reported_after(w, i) and not secured_result(w, i) and not standing_rule(w, i) and not rhetorical_modal(w, i):
            return True
        if x.endswith("'ll"):
            return True  # "I'll", "we'll"
        if x in lang.HEDGE_AFTER_NOT and i and (w[i - 1] in lang.CLAUSE_NEGATORS or w[i - 1].endswith("n't")):
            return True  # "won't necessarily translate into votes": it may or may not (read15)
        if x in lang.EXPECTATION_PARTICIPLES and (_measured(w, i) or _past_plan(w, i) or figure_forecast(w, i)):
            continue  # "rose as expected", "fell more than forecast", "had planned to open in May" (cert8)
        if x in lang.DONE_ACT_PARTICIPLES and _after_be(w, i) and w[i + 1:i + 2] != ["to"]:
            continue  # "The measure was proposed in February by the mayor": the proposal was made (read12a)
        if x in lang.DONE_ACT_PARTICIPLES and i and w[i - 1] not in lang.DETERMINERS | lang.BE_FORMS and w[i + 1:i + 2] \
                and w[i + 1] in lang.DETERMINERS:
            continue  # "Helen Osei proposed the ban": the verb of a proposal made, an act (§6; cert41)
        if x in lang.HEDGE_WORDS and not compared(w, i) and not shown_modal(w, i) and not attributive_hedge(w, i):
            if x in ("likely", "unlikely") and (i and (w[i - 1] in lang.DETERMINERS or w[i - 1].endswith("'s") and w[i - 1][:-2] not in lang.IS_CONTRACTION_SUBJECTS_RE.split("|")
                                                     or w[i - 1] in lang.PREPOSITIONS | {"of", "among"}) or graded_before_noun(w, i)):  # (not "it's unlikely": read32)
                continue  # "the likely nominee", "Trump's unlikely journey", "among likely voters", "a somewhat unlikely ally": a noun is hedged (cert8)
            if x in _NOUN_HEDGES and (i and (w[i - 1] in _NOUN_MARKERS or i + 1 == len(w) and w[i - 1] not in lang.BE_FORMS)
                                      or _attributive(w, i)):
                continue  # "in possible future talks", "a proposed law", "to meet expected demand": a noun is hedged
            if x in _NOUN_HEDGES and w[i + 1:i + 2] == ["by"] and not _after_be(w, i) and not (i and w[i - 1] in lang.AUXILIARY_VERBS):
                continue  # "well above the 190,000 forecast by analysts": a noun's modifier (cert8)
            if x in _NOUN_HEDGES and w[i + 1:i + 2] == ["to"] and not infinitive(w, i + 1) and not _after_be(w, i):
                continue  # "raised its growth forecast to 1.8 percent": a noun and its new value (cert8)
            return True
        if x in lang.FUTURE_VERBS and infinitive(w, i + 1) and not in_embedded(w, i) and not news_content(w, i) \
                and not (x.endswith("s") and i and w[i - 1] in lang.NOUN_MARKERS) \
                and not (x in lang.PLAN_NOUNS and i and w[i - 1] in lang.POSSESSIVE_DETERMINERS and (i == 1 or w[i - 2] in lang.ANNOUNCING_VERBS)) \
                and not _plan_in_phrase(w, i) and not plan_subject(w, i) and not contact_relative(w, i) \
                and not in_relative_that(w, i) and not going_somewhere(w, i) \
                and (x not in lang.BE_ONLY_FUTURE or _after_be(w, i) and not due_to_cause(w, i)) and not _performed_wish(w, i):
            # "plans to build"; not "that attempts to X were made", "assets that were meant to ..." (a
            # relative clause), "hospitalized due to the fire" (a cause). A participle modifier ("firms
            # seeking to cut costs") still counts: read7b measured its exclusion raising the factuality
            # suite's uncertain-as-stated share (A 0.160 -> 0.164, B 0.193 -> 0.199)
            return True
        if x in lang.PURPOSE_PARTICIPLES and i and w[i - 1] in lang.BE_FORMS and infinitive(w, i + 1) \
                and not in_relative(w, i - 1) and not in_relative_that(w, i):
            return True  # "The fence is designed to keep deer out": a purpose, not yet an outcome
        if x in lang.CONDITION_HEADS and i + 1 < len(w) and w[i + 1] in lang.CONDITION_HEADS[x] \
                and i and (w[i - 1] in lang.BE_FORMS and w[i - 1] != "been" or w[i - 1] == "still" and _after_be(w, i - 1)) and not in_relative(w, i - 1):
            return True  # "The sale is subject to regulatory approval": under the condition ("has been subject to threats": undergone; read33)
        if x in lang.HOPE_VERBS and i + 1 < len(w) and (w[i + 1] == "that" or w[i + 1] in lang.CLAUSE_AFTER_THAT) \
                and not in_relative(w, i):
            return True  # "The town hopes the bridge reopens": the hoped-for event is not asserted
        if x in ("plan", "plans") and i and w[i - 1] in lang.SUBJECT_PRONOUNS and w[i + 1:i + 2] and w[i + 1] in lang.DETERMINERS:
            return True  # "They plan a march to the site": after a pronoun "plan" is the verb (read11a)
        if x in lang.INTENTION_OBJECT_VERBS and finite(w, i) and _sought_object(w, i) and not contact_relative(w, i) \
                and w[i + 1:i + 2] != [] and w[i + 1] not in lang.SHELTER_NOUNS \
                and not (i > 1 and w[i - 2] == "to"):  # "sought shelter in schools": found it; "to meet needs specific to ...": a noun (read12a)
            return True
        if x in lang.PROSPECT_PHRASES and i > 1 and w[i - 1] == lang.PROSPECT_PHRASES[x] and _after_be(w, i - 1) \
                and infinitive(w, i + 1) and not in_relative(w, i):
            return True  # "The project is on track to finish", "The firm is in talks to buy a rival" (fields9)
        if x in lang.OBLIGATION_VERBS and infinitive(w, i + 1) and not (i and w[i - 1] in lang.NOUN_MARKERS) and not standing_rule(w, i) and w[i + 1:i + 4] != ["to", "do", "with"]:
            return True  # "Tenants have to leave", "Investors need to see"; not "the needs to ...", nor "has to do with" (a relation; real51)
        if x in lang.BE_TO_FORMS and infinitive(w, i + 1) and w[i + 2] not in lang.BE_TO_IDIOMS and not in_relative_that(w, i):
            return True  # "The board is to vote next week", "The aim is to cut costs" (not "a hearing that was to ...": read31)
        if x == "whether" and (_indifference(w, i) or "with" in w[max(1, i - 5):i] and w[i - 1] in lang.OPEN_OUTCOME_ADJECTIVES):
            continue  # "The fee is ten pounds, whether the visitor is a child or an adult.": asserted either way (left20);
            # "It caused confusion, with renters unclear whether ...": the question of a "with" phrase (read30; not
            # "with a label showing whether each one is ...": a factuality half-A event went stated with it)
        if x in ("if", "whether") and i > 0 and not (x == "whether" and (w[i - 1] in lang.PHRASE_PREPOSITIONS or raised_question(w, i))) \
                and not in_embedded(w, i) and not (x == "if" and (w[i + 1:i + 2] and w[i + 1] in lang.ELLIPTIC_IF_WORDS or w[i - 1] == "even" and not any(y.endswith("'d") for y in w[:i]) or question_condition(w, i) or inner_condition(w, i) or reported_after(w, i))) \
                and not (i >= 2 and w[i - 2] == "to" and w[i - 1] in lang.FINDING_OUT_VERBS and (any(lang.is_past_form(y, min_len=4) for y in w[max(0, i - 10):i - 2]) or in_relative_that(w, i - 3))):  # "... when reporters asked whether ...": the when-clause's question; "tests were run to determine if ...": a purpose's (read31)
            return True  # not a question after a preposition: "was mum on whether ...", "a debate over whether ..."
    return False


def _indifference(w: list[str], i: int) -> bool:
    """w[i] == "whether" opens a clause of indifference, "whether A or B" (an "or" follows within a
    dozen words), after a word that does not take a question ("decide whether", "unclear whether",
    "asked whether": lang.WHETHER_QUESTION_TAKERS, lang.ASKING_VERBS) and is no participle or past
    form (a question, as in factuality half A: "a tag showing whether the line is busy or free",
    "is reviewing whether A or B applies")."""
    return 0 < i and "or" in w[i + 1:i + 14] and w[i - 1] not in lang.WHETHER_QUESTION_TAKERS \
        and w[i - 1] not in lang.ASKING_VERBS and w[i - 1] not in lang.PHRASE_PREPOSITIONS and w[i - 1] not in lang.BE_FORMS \
        and not w[i - 1].endswith("ing") and not lang.is_past_form(w[i - 1], min_len=4)  # "a code indicating whether A or B", "is reviewing whether"


def _plan_in_phrase(w: list[str], i: int) -> bool:
    """w[i], a plan noun after a determiner or possessor, is the object of a preposition ("critical
    of the union's plan to strike", "criticized the mayor over his plans to cut ..."): the clause is
    about someone's plan, it does not plan anything itself (read13b, a BASIL gun-control story)."""
    if w[i] not in lang.PLAN_NOUNS or i < 1:
        return False
    if w[i - 1] in lang.DECIDING_VERBS or w[i - 2:i] == ["on", "hold"]:
        return True  # "had opposed plans to install a glass entrance" (left17); "put on hold plans to expand" (lead48)
    if i < 2:
        return False
    owner = w[i - 1]
    if not (owner.endswith(("'s", "s'")) or owner in lang.POSSESSIVE_DETERMINERS or owner in lang.DETERMINERS):
        return False
    k = i - 3 if w[i - 2] in lang.DETERMINERS and i >= 3 else i - 2  # "of [the] union's plan", "over his plans"
    return w[k] in lang.PREPOSITIONS or w[k] in lang.PLAN_PHRASE_PREPOSITIONS or w[k] in lang.DECIDING_VERBS  # "voted to approve a plan to" (left17)


def _attributive(w: list[str], i: int) -> bool:
    """w[i], a hedge adjective, stands before its noun ("to meet expected redemptions", "proposed
    cuts"): a content word follows, not "to"/"that" or a determiner, and no form of "be" or other
    auxiliary precedes ("sales are expected ...", "has proposed changing ..." are the clause's)."""
    nxt = w[i + 1] if i + 1 < len(w) else ""
    return nxt.isalpha() and nxt not in lang.FUNCTION_WORDS and nxt not in lang.CLAUSE_BREAKS \
        and nxt not in lang.AUXILIARY_VERBS and not _after_be(w, i) and not (i and w[i - 1] in lang.AUXILIARY_VERBS) \
        and not (i and w[i - 1] in lang.SUBJECT_PRONOUNS and w[i - 1] not in ("it", "you") and w[i] in lang.EXPECTATION_PARTICIPLES)
    # ("they expected losses": the verb of an expectation, after its subject; genre46)


def _after_be(w: list[str], i: int) -> bool:
    """A form of "be" stands before w[i], over adverbs ("is due to", "was still due to")."""
    j = i - 1
    while j >= 0 and (manner_adverb(w[j]) or w[j] == "almost"):  # "is almost certain to" (fields9)
        j -= 1
    return j >= 0 and w[j] in lang.BE_FORMS


def _sought_object(w: list[str], i: int) -> bool:
    """w[i], a verb of seeking or weighing, takes a noun phrase object ("sought an injunction", "is
    weighing a sale"): not its passive ("He is wanted for ...", "was sought by police"), not a
    noun use ("the plans of ..."), not a clause or infinitive after it ("considering that ...")."""
    if i + 1 >= len(w) or (i and (w[i - 1] in lang.PASSIVE_BE_FORMS and not w[i].endswith("ing")
                                  or w[i - 1] in lang.NOUN_MARKERS)):
        return False
    nxt = w[i + 1]
    return nxt in lang.DETERMINERS or nxt in lang.QUANTIFYING_DETERMINERS and nxt != "no" or nxt[:1].isdigit() or \
        (nxt.isalpha() and nxt not in lang.FUNCTION_WORDS and nxt not in lang.CLAUSE_BREAKS)


def negated_implication(w: list[str]) -> bool:
    """A negated verb of implying opens the clause before any hedge ("the finding did not mean the
    planet could support life", "does not prove the drug will work"): the hedge is inside what is
    not implied, so the main clause is negated, not speculative (GUIDELINES §14; left17)."""
    for i, x in enumerate(w):
        if x in lang.EPISTEMIC_HEDGES or x in lang.MODALS:
            return False
        if x in lang.IMPLYING_VERBS and any(y in lang.CLAUSE_NEGATORS or y.endswith("n't") for y in w[max(0, i - 2):i]):
            return True
    return False


def _performed_wish(w: list[str], i: int) -> bool:
    """"I want to thank ...", "we wish to apologise": a first person performs the act by naming it
    (lang.PERFORMED_WISH_ACTS; read18's d2, left19), no wish that may not come true."""
    return w[i] in lang.PERFORMING_WISH_VERBS and i >= 1 and w[i - 1] in ("i", "we") \
        and w[i + 1:i + 2] == ["to"] and w[i + 2:i + 3] != [] and w[i + 2] in lang.PERFORMED_WISH_ACTS

