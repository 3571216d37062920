"""Clause shapes a hedge or negation is read in (modality.py asks these): a relative clause ("the
shares which it does not own", "solutions that will make ..."), a contact relative ("the cuts he wants
the council to pass"), a finite verb of the main clause, an infinitive, an inverted condition ("should
the board decide ..."). Split from modality.py at its 400-line bound; a move, no change."""

from __future__ import annotations

import re

from .. import lang
from .embedded_speech import told_inside
from .object_relatives import noun_after_past, present_after_subject


def contact_relative(w: list[str], i: int) -> bool:
    """w[i] is the verb of a relative clause with no "that" after a determiner's noun ("continue to be
    the cuts he wants the council to pass"); not after a preposition ("At the time he planned to ...")."""
    return i >= 3 and w[i - 1] in lang.SUBJECT_PRONOUNS and w[i - 3] in lang.DETERMINERS and w[i - 2].isalpha() \
        and w[i - 2] not in lang.FUNCTION_WORDS and not (i >= 4 and w[i - 4] in lang.PREPOSITIONS)


#: A determiner's noun, then the subject of a relative clause with no "that": a name after a plural
#: noun ("the companies Brandt hopes to lure") or a second determiner's noun ("the firms the mayor
#: wants"); the next word (the relative clause's verb) is looked at only for its case.
_CONTACT_SUBJECT = re.compile(r"\b((?i:" + "|".join(sorted(lang.DETERMINERS - {"a", "an"})) + r")\s+(?:[a-z]+s(?<!ss)\s+"
                              r"(?:[A-Z][\w'’-]+\s+){1,3}|[a-z]+\s+(?:" + "|".join(sorted(lang.DETERMINERS - {"a", "an"}))
                              + r")\s+[a-z]+\s+))(?=([a-z]+)\s)")


def contact_pronoun(clause: str) -> str:
    """The clause with a contact relative's named subject written as "he" ("The companies Brandt
    hopes to lure include ..." -> "The companies he hopes to ..."), so that `contact_relative`
    reads the relative clause's hope or wish as its own, not the main clause's (attr15)."""
    def pronoun(m: re.Match) -> str:
        ws = m.group(1).split()
        if ws[1].lower() in lang.FUNCTION_WORDS or ws[-1].lower() in lang.FUNCTION_WORDS or m.group(2) in lang.FUNCTION_WORDS:
            return m.group(0)
        return f"{ws[0]} {ws[1]} he "
    return _CONTACT_SUBJECT.sub(pronoun, clause)


def finite(w: list[str], i: int) -> bool:
    """w[i] is a verb of the main clause: not inside a relative or subordinate clause opened in the
    four words before ("at a time when both sides are weighing talks", "where troops have struggled
    to ..."), and an -ing form only after a form of "be" ("is seeking a recount"; "lawsuits seeking
    records" and "..., seeking a deal" are modifiers)."""
    if any(x in lang.SUBORDINATORS or x in lang.RELATIVE_SUBJECTS or x == "where" for x in w[max(0, i - 4):i]):
        return False
    if w[i].endswith("ing"):
        j = i - 1 if i and not manner_adverb(w[i - 1]) else i - 2
        return j >= 0 and w[j] in lang.BE_FORMS
    return True


def manner_adverb(x: str) -> bool:
    """An adverb that may sit between a verb and its infinitive ("tried hard to", "moved quickly to")."""
    return x in lang.INFINITIVE_ADVERBS or (x.endswith("ly") and len(x) > 4 and x not in lang.FUNCTION_WORDS)


def inverted_condition(w: list[str], i: int) -> bool:
    """w[i] follows an inverted condition's "should" and its subject ("..., should the board decide
    not to renew", "should they fail to agree"; English grammar; read12b, a BBC sport story)."""
    return any(w[k] == "should" and w[k + 1] in lang.INVERTED_CONDITION_SUBJECTS and w[k - 1] not in lang.SUBJECT_PRONOUNS
               for k in range(1, i - 1))


def in_relative(w: list[str], i: int) -> bool:
    """w[i] is the verb (or its auxiliary's next word) right after a relative pronoun subject, or
    after a relative pronoun and a pronoun subject."""
    j = i - 1
    if j > 1 and w[j] == "rather" and w[j - 1] in lang.AUXILIARY_VERBS:
        j -= 1  # "those who would rather not attend": the relative's own negation (real53)
    if j > 0 and w[j] in lang.AUXILIARY_VERBS:
        j -= 1
    if j > 0 and w[j] in lang.SUBJECT_PRONOUNS and j < i:
        j -= 1  # an object relative with a pronoun subject: "the shares which it does not own" (cert8)
    return (i > 0 and w[i - 1] in lang.RELATIVE_SUBJECTS) or (j < i - 1 and j >= 0 and w[j] in lang.RELATIVE_SUBJECTS)


def in_relative_that(w: list[str], i: int) -> bool:
    """w[i] follows a relative "that" over auxiliaries and adverbs ("solutions that will make ...",
    "areas that would otherwise not have")."""
    j = i - 1
    while j >= 0 and i - j <= 4 and (w[j] in lang.AUXILIARY_VERBS or w[j] in lang.RELATIVE_ADVERBS
                                     or w[j].endswith("n't") or w[j].endswith("ly")):
        j -= 1
    if j >= 2 and w[j] in lang.CUE_VERBS and (w[j - 1] in lang.SUBJECT_PRONOUNS or w[j - 1].endswith("s") and w[j - 1] not in lang.FUNCTION_WORDS) \
            and (k := next((k for k in range(j - 1, max(-1, j - 4), -1) if w[k] == "that"), None)) is not None:
        j = k  # "bills that they contend will help", "a deal that union leaders say could cost": the relative's (lead39)
    return j >= 0 and (w[j] == "that" and relative_that(w, j) or _object_relative_that(w, j))


def _complement_of_a_verb(w: list[str], n: int) -> bool:
    """The "that" after w[n] opens the content of a verb of saying or persuading before it, with only adjuncts
    and an addressee between ("said in June that ...", "said in a statement released on Monday that ...",
    "persuade the board that ..."), back to an auxiliary or another "that"; or no verb at all before the noun
    (the words are a frame's content, its verb left out). Another past verb alone makes it a relative ("passed
    a bill that the mayor will sign")."""
    past = False
    for k, x in reversed(list(enumerate(w[:n + 1]))):
        if x in lang.CUE_VERBS or x in lang.PERSUADING_VERBS:
            return True
        if x == "that" or x in lang.AUXILIARY_VERBS or x in lang.BE_FORMS or present_after_subject(w, k):
            return False  # (a present verb after the opening noun phrase: "The law gives residents ...", attr58)
        past = past or lang.is_past_form(x)
    return not past or bool(w) and w[0] in lang.PREPOSITIONS  # "[said] in a statement released on Monday that ..."


def _object_relative_that(w: list[str], k: int) -> bool:
    """w[k] ends the subject of an object relative "that" ("steps that the mayor can take", "the homes that
    they will build"): "that" after a noun (not the words' first noun phrase: a frame's content may open with
    its addressee), then a pronoun or a determiner and at most two words. Not a
    complement ("fears that the plant will close") nor a clause after an addressee ("told the council that
    the mayor will resign"): those are the content (English grammar; lead37)."""
    for size in (1, 2, 3):
        j = k - size + 1
        if j < 2 or w[j - 1] != "that":
            continue
        subject = w[j:k + 1]
        if not (size == 1 and subject[0] in lang.SUBJECT_PRONOUNS or size > 1 and subject[0] in lang.DETERMINERS
                and all(x.isalpha() and x not in lang.FUNCTION_WORDS for x in subject[1:])):
            continue
        noun = w[j - 2]
        if j < 5 or noun in lang.COMPLEMENT_NOUNS or noun in lang.PROSPECT_NOUNS or _complement_of_a_verb(w, j - 2):
            return False
        return relative_that(w, j - 1)
    return False


def object_relative(w: list[str], i: int) -> bool:
    """w[i], a negator after an auxiliary, is in an object relative clause with a noun subject: "with
    a force that the incumbent did not", "a contract in which the county did not require bids",
    "did everything the old one did not" (read11a, BASIL debate stories; English grammar)."""
    k = i - 1
    if k < 2 or w[i] not in ("not", "never") and not w[i].endswith("n't") or w[k] not in lang.AUXILIARY_VERBS:
        return False
    for j in range(k - 1, max(-1, k - 5), -1):
        between = w[j + 1:k]
        if not 1 <= len(between) <= 3 or any(x in lang.AUXILIARY_VERBS or x in lang.MODALS for x in between):
            continue
        if w[j] in ("which", "whom") and j and w[j - 1] in lang.RELATIVE_PREPOSITION_WORDS:
            return True
        # "that"/no pronoun: only with the verb left out ("a force that the incumbent did not", "did
        # everything the old one did not last season"): "the ground that the plaintiff did not have
        # standing" is a complement clause, the claim's own (a UW event of factuality half A)
        elliptic = i + 1 == len(w) or w[i + 1] in lang.RELATIVE_TIME_LEADERS or w[i + 1] in lang.TIME_WORDS
        if elliptic and (w[j] == "that" and relative_that(w, j) or w[j] in lang.RELATIVE_HEAD_PRONOUNS and between[0] in lang.DETERMINERS):
            return True
    return False


def prepositional_relative(w: list[str], i: int) -> bool:
    """w[i] (a modal) is in a relative clause opened by a preposition and "which"/"whom", its subject between them
    ("four crashes in which the fault may have been a factor"): the relative's hedge, not the main clause's (genre46;
    as object_relative for a negator)."""
    for j in range(i - 1, max(0, i - 6), -1):
        if w[j] in ("which", "whom"):
            return w[j - 1] in lang.RELATIVE_PREPOSITION_WORDS and 1 <= i - j - 1 <= 4
        if w[j] in lang.AUXILIARY_VERBS or w[j] in lang.MODALS:
            return False
    return False


def relative_that(w: list[str], j: int) -> bool:
    """w[j] == "that" opens a relative clause: a noun before it ("a proposal that", "to areas
    that"), not a verb of saying or thinking ("said that", "warned that") nor "so"/"such"."""
    before = w[j - 1] if j else ""
    if not before.isalpha() or before in lang.THAT_CLAUSE_VERBS or before in lang.FUNCTION_WORDS \
            or (before.endswith("ed") and len(before) > 4):
        return False
    if j == 1 or before.endswith("s") and w[j - 2].endswith("ing") and w[j - 2] not in lang.SAYING_PARTICIPLES:
        return True  # a sentence's first noun and "that": "Life that can ... is rare"; "dropping provisions that would ..."
    return any(x in lang.DETERMINERS or x in lang.NOUN_MARKERS or x in lang.QUANTIFYING_DETERMINERS
               or x[:1].isdigit() or x in lang.NUMBER_UNITS or x in lang.NUMBER_TENS  # "12 new orders that will ..." (lead37)
               for x in w[max(0, j - 3):j - 1]) or "of" in w[max(0, j - 4):j - 1] or noun_after_past(w, j)  # "the existence of newly found
    # letters that could ...": a noun after "of" and its modifiers, no determiner of its own (basil45)


def infinitive(w: list[str], j: int) -> bool:
    """w[j] is "to" and a verb follows it (not a determiner, pronoun or number: "to the city")."""
    if j + 1 >= len(w) or w[j] != "to":
        return False
    nxt = w[j + 1]
    return nxt.isalpha() and (nxt not in lang.FUNCTION_WORDS or nxt in ("be", "have", "do"))


def reduced_relative_not(phrase: list, x: int) -> bool:
    """"Experts not involved in the study said": "not" and a past participle right after a noun
    (tokens `phrase`, "not" at x) is a relative clause cut short (who were not involved), no
    clause of the subject's own (subjects.py; the lead, session 26; English grammar)."""
    return 0 < x < len(phrase) - 1 and phrase[x + 1].low.endswith("ed") and phrase[x - 1].text.isalpha() \
        and phrase[x - 1].low not in lang.FUNCTION_WORDS and not phrase[x - 1].low.endswith("ed")


def predicate_not_subject(phrase: str) -> bool:
    """A verb's past form and a preposition opening what the subject reader took for a subject
    ("appeared in court in Tarne", "sat with reporters"): a predicate, no noun phrase that speaks.
    Not "retired Gen. Jane Doe" nor "elected officials" (no preposition after the verb)."""
    words = phrase.split()
    return len(words) > 1 and words[0].islower() and lang.is_past_form(words[0]) and words[1] in lang.PREPOSITIONS


def verb_inside(phrase: str) -> bool:
    """What the subject reader took for the subject of a bare closing cue holds the clause's own verb
    ("The hearing closed at noon with no verdict given out.", "The talks ended early with no ruling
    announced."): a lower-case past form after the first word, then a preposition or an adverb; no
    name in it (lead28)."""
    words = phrase.split()
    if any(w[:1].isupper() for w in words[1:]):
        return False
    return any(lang.is_past_form(w) and (nxt in lang.PREPOSITIONS or nxt.endswith("ly") or nxt in lang.TIME_WORDS)
               for w, nxt in zip(words[1:], words[2:]))


def naming_participle(text: str, subj: tuple[int, int], cue: str, cue_end: int) -> bool:
    """"A song called “Blue Hill” was played": "called" right after a thing's noun and before the quoted
    name is a participle that names the thing, no speaker calling anything (lead28). The noun is a
    determiner's common noun that is no person or body (attribution's np_head_speaks reads those)."""
    if cue not in lang.NAMING_CALL_VERBS or not re.match(r"\s*[“\"‘']", text[cue_end:cue_end + 3]):
        return False
    after = re.match(r"\s*[“\"‘'][^“”\"]{1,80}[”\"’']\s*,?\s*([\w'’]+)", text[cue_end:cue_end + 120])
    if after and after.group(1).lower() in lang.DETERMINERS:
        return False  # 'The warden called "a disgrace" the state of the lanes': an object follows, she calls it so
    words = text[subj[0]:subj[1]].split()
    return 2 <= len(words) <= 4 and words[0].lower() in lang.DETERMINERS and all(w.islower() for w in words[1:]) \
        and not (words[-1].lower() in lang.PERSON_NOUNS or words[-1].lower() in lang.ORG_HEADS or words[-1].lower() in lang.KIN_NOUNS)


def subordinate_perfect(w: list[str], i: int) -> bool:
    """w[i] is "could/would/might" before "have" inside a clause opened, within eight words before it and not at the
    sentence's head, by a relative "that" or "before/after/until/than" (lang.COUNTERFACTUAL_CLAUSE_OPENERS): that
    clause's counterfactual ("the 30 years that she could have worked", "moments before he would have been sent
    off"; a counted noun before "that": "the 30 more years that ..."), not a hedge of the main clause (GUIDELINES §14: a subordinate clause's modal is its own; read31)."""
    if w[i] not in ("could", "would", "might") or w[i + 1:i + 2] != ["have"]:
        return False
    for j in range(i - 1, max(0, i - 9), -1):
        if w[j] in lang.COUNTERFACTUAL_CLAUSE_OPENERS or w[j] == "that" and (
                relative_that(w, j) or w[j - 1] not in lang.THAT_CLAUSE_VERBS and any(x[:1].isdigit() for x in w[max(0, j - 3):j - 1])):
            return True
        if w[j] in lang.CLAUSE_COORDINATORS:
            return False
    return False


#: Determiners after which "can", "will", "might" and "may" are nouns, never modals ("a can of paint", "his will",
#: "the might of the fleet"); not "this/that will ...", where the modal follows a pronoun.
_NOUN_DETERMINERS = lang.DETERMINERS - {"this", "these", "those"}


def modal_nouns_out(w: list[str]) -> list[str]:
    """The words with a modal's form used as a noun after a determiner ("picked up a can of paint") masked, so
    that no hedge is read in it (read31: an act shown `speculative` for its "can")."""
    return [x if not (i and x in lang.MODAL_NOUN_FORMS and w[i - 1] in _NOUN_DETERMINERS) else "_noun"
            for i, x in enumerate(w)]


def listed_after_with(w: list[str], i: int) -> bool:
    """w[i] ("no") opens a later item of a list that "with no/little/few" began ("a hall with no heating, little
    food and no showers"): the noun phrase's negation, as "with no" alone is, not the event's (read32)."""
    return i >= 2 and w[i - 1] in ("and", "or") and any(w[k] == "with" and w[k + 1] in lang.SCANT_QUANTIFIERS
                                                          for k in range(max(0, i - 10), i - 1))


def contact_clause_modal(w: list[str], i: int) -> bool:
    """w[i] is the modal of a relative clause with no "that" inside the subject of a copula ("the hardest thing a
    coach has to face is a defeat", "the one thing he must do was ..."): the relative clause's, not the claim's
    (read32). "the" and up to two words before the noun; the clause's subject a pronoun or a determiner's noun."""
    j = i - 1
    if j >= 0 and w[j] in lang.SUBJECT_PRONOUNS:
        j -= 1
    elif j >= 1 and w[j - 1] in ("a", "an", "the") and w[j].isalpha() and w[j] not in lang.FUNCTION_WORDS:
        j -= 2
    else:
        return False
    if j < 1 or not w[j].isalpha() or w[j] in lang.FUNCTION_WORDS or w[j] in lang.SPEECH_VERBS or lang.is_past_form(w[j], min_len=4) \
            or w[j] in lang.AUXILIARY_VERBS or w[j] in lang.BE_FORMS:
        return False  # ("The club said the players must ...": a verb, no noun the clause describes)
    k = j - 1
    while k >= max(0, j - 2) and w[k] != "the" and w[k].isalpha() and w[k] not in lang.FUNCTION_WORDS:
        k -= 1
    return k >= 0 and w[k] == "the" and any(x in ("is", "was") for x in w[i + 2:i + 10])


def raised_question(w: list[str], i: int) -> bool:
    """w[i], "whether", follows a noun of doubt that a participle raises (", raising serious questions whether
    ..."; not after a form of "be": "are raising doubts whether" is the clause's own verb): the participle's
    question, the clause before it is asserted (read37)."""
    if not (i >= 2 and w[i - 1] in lang.RAISED_QUESTION_NOUNS):
        return False
    for j in range(i - 2, max(0, i - 5), -1):
        if w[j].endswith("ing") and len(w[j]) > 5:
            return not (j and (w[j - 1] in lang.BE_FORMS or w[j - 1] in lang.SUBJECT_PRONOUNS))
    return False


def news_content(w: list[str], i: int) -> bool:
    """w[i] is inside the "that" clause of a noun of news after a preposition, within eight words ("acted on a tip
    (off) that the courier was due to arrive", "amid reports that ..."): the news's content, not the main clause's (read38)."""
    for j in range(i - 1, max(2, i - 9), -1):
        if w[j] == "that":
            k = j - 1 - (w[j - 1] in ("off", "-off"))  # "a tip off that"
            return k >= 1 and w[k] in lang.NEWS_CONTENT_NOUNS and (w[k - 1] in lang.PREPOSITIONS or k >= 2 and w[k - 1] in
                                                                 ("a", "an", "the") and w[k - 2] in lang.PREPOSITIONS)
    return False


def shown_modal(w: list[str], i: int) -> bool:
    """w[i] is "possible" of "it was possible to" right after a verb of showing ("the trial showed (that) it was
    possible to cut waste"), or "can/could/may" within a short subject after a verb of ruling ("a judge ruled (that)
    the paintings could be sold"): a possibility shown or a permission given, asserted, no hedge (read39)."""
    if w[i] == "possible" and w[i + 1:i + 2] == ["to"]:
        k = i - 2 if w[i - 2:i] in (["it", "was"], ["it", "is"]) else i - 3 if w[i - 3:i] == ["it", "had", "been"] else -1
        return k >= 1 and (w[k - 1] in lang.SHOWING_VERBS or w[k - 1] == "that" and k >= 2 and w[k - 2] in lang.SHOWING_VERBS)
    if w[i] not in ("can", "could", "may"):
        return False
    for j in range(i - 1, max(0, i - 7), -1):
        if w[j] in lang.PERMITTING_VERBS:
            return j < i - 1
        if w[j] in lang.CLAUSE_COORDINATORS or w[j] in lang.MODALS:
            return False
    return False


def inner_report(w: list[str], i: int) -> bool:
    """w[i] is inside the "that" clause of a speech verb that is itself an infinitive or a relative clause's verb ("retained
    an attorney to protest that the shop had not paid", "an agent who wrote that the club had not paid"): the speaker's
    content, not the main clause's event (GUIDELINES §14: a negation inside a subordinate clause is that clause's)."""
    for j in range(i - 1, max(1, i - lang.EMBEDDED_SPAN - 8), -1):
        if w[j] == "that" and w[j - 1] in lang.ENSURING_VERBS and "to" in w[max(0, j - 3):j - 1]:
            return True  # "has taken steps to ensure that privacy is not compromised": the purpose's goal (real49)
        if w[j] == "that" and told_inside(w, j):
            return True  # "would tell residents that ...", "let them know that ...": an act to come, its content (lead44)
        if w[j] == "that" and w[j - 1] in lang.CUE_VERBS:
            return j >= 3 and w[j - 2] == "to" and w[j - 3] not in lang.ASSERTING_INFINITIVE_LEADS \
                or j >= 2 and w[j - 2] in lang.RELATIVE_SUBJECTS  # (not "It is fair to say that ...": the outlet's)
        if w[j] in lang.PERSONAL_SUBJECTS - {"i", "we", "you"} and j >= 3 and w[j - 1] in lang.CUE_VERBS and w[j - 2] == "to" \
                and w[j - 3] not in lang.ASSERTING_INFINITIVE_LEADS:
            return True  # "were asked to declare they are not buying from it": no "that" (read40)
    return False


def reported_after(w: list[str], i: int) -> bool:
    """w[i], a modal, is inside what someone said, agreed or announced "that" in a "before/after/until" clause after the
    main clause ("The visit came after the premier agreed that inspectors could travel"): the report's content inside a
    clause the outlet presupposes, no hedge of the main clause (GUIDELINES §6 and §14: the subordinate clause's own; read40)."""
    for j in range(i - 1, 1, -1):
        if w[j] == "that" and w[j - 1] in lang.CUE_VERBS and lang.is_past_form(w[j - 1]):
            return any(w[k] in lang.COUNTERFACTUAL_CLAUSE_OPENERS - {"than"} for k in range(2, j - 1))
        if w[j] in lang.SAYING_PARTICIPLES and w[j - 1] == "as":
            return any(w[k] in lang.COUNTERFACTUAL_CLAUSE_OPENERS - {"than"} for k in range(2, j - 1))  # "... after she was quoted as saying the city would ...": the quotation's content (the lead, session 47)
        if w[j] in lang.CLAUSE_COORDINATORS or w[j] in lang.COORDINATORS:
            return False  # ("..., and it may be cut short": a clause of its own)
    return False


def plan_subject(w: list[str], i: int) -> bool:
    """w[i], a plan noun with its infinitive, heads the clause's subject and a form of "be" after the
    infinitive's phrase is the clause's verb ("I believe the council's plan to build a car park is a
    mistake", "The plan to close the pool was unpopular"): the clause judges the plan, it plans
    nothing (genre39). Not "is to" ("The plan is to ..."), nor a plan after a verb or a preposition."""
    if w[i] not in lang.PLAN_NOUNS or i < 1:
        return False
    k = i - 1 if w[i - 1] in lang.DETERMINERS or w[i - 1] in lang.POSSESSIVE_DETERMINERS else \
        i - 2 if i >= 2 and w[i - 1].endswith(("'s", "’s")) and w[i - 2] in lang.DETERMINERS else -1
    if k < 0 or k and w[k - 1] != "that" and w[k - 1] not in lang.GROUP_BELIEF_VERBS | lang.SPEECH_VERBS:
        return False
    for j in range(i + 3, min(len(w) - 1, i + 12)):
        if w[j] in ("has", "have", "had") and next((x for x in w[j + 1:j + 4] if x not in lang.PERFECT_AUXILIARIES
                                                    and not x.endswith("ly")), "").endswith(("ed", "en")):
            return True  # "The attempt to stop the bill has included ...": a perfect, the clause's own verb (lead44)
        if w[j] in lang.CLAUSE_BREAKS or w[j] in lang.AUXILIARY_VERBS and w[j] not in lang.BE_FORMS:
            return False
        if w[j] in lang.BE_TO_FORMS:  # (the finite forms of "be")
            return w[j + 1] not in lang.PLAN_BE_FOLLOWERS
    return False


def figure_forecast(w: list[str], i: int) -> bool:
    """w[i], a participle of expecting, right after "a figure"/"a number" (lang.FIGURE_NOUNS): the forecast of an
    apposition to a count ("About 1.2 million people live with it, a figure expected to double by 2050"), not of the
    clause that gives the count (genre39)."""
    return i >= 2 and w[i - 1] in lang.FIGURE_NOUNS and w[i - 2] in ("a", "an")


def purpose_of_a_law(subject: str, cue: str) -> bool:
    """"The law seeks to end ...", "The bill wants to ...": a verb of intention after a law's, measure's or plan's noun
    states its purpose; no one holds it as a wish or belief (lang.LEGISLATION_NOUNS; lead36, a BBC page). Not "The
    council seeks to ..." nor "The law firm seeks ..." (a body's head noun last)."""
    words = subject.lower().split()
    return cue in lang.INTENTION_CUES and bool(words) and words[-1].strip(",.") in lang.LEGISLATION_NOUNS


def named_relative(clause: str, verb: str) -> bool:
    """`verb` opens an object relative clause whose subject is a name after a plain noun ("to access billions of
    dollars that Congress refused to give him"): the relative's refusal, not the main clause's (the lead, session 42).
    Not after a noun of saying ("the claim that Congress refused to act": the content)."""
    for m in re.finditer(r"\b([a-z]+)\s+that\s+(?:[A-Z][\w'’.-]*\s+){1,3}" + re.escape(verb) + r"\s+to\b", clause):
        if m.group(1) not in lang.COMPLEMENT_NOUNS and m.group(1) not in lang.FUNCTION_WORDS and m.group(1) not in lang.CUE_VERBS:
            return True
    return False
