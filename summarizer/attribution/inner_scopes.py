"""Negations and hedges whose scope is a part inside the main clause, not the main clause itself (GUIDELINES §14: "a negation
inside a subordinate clause belongs to that clause's own claim"; "criticised him for not meeting them": the reason's).

`inner_negations_out(w)` gives a clause's words with such negators blanked, so that `modality.negated` reads only the
main clause's own: a noun's content clause ("poured money into the story that there is no shortage"), a relative
clause with a pronoun subject ("the gangs they refuse to name", "hammers that you can't lift", "the reason he's not
releasing"), a decision's content ("the decision not to charge"), a failure after a preposition ("criticised for
failing to act"), a proof's goal ("to prove that the buses posed no risk") and "little or no" (a small amount).
`inner_hedges_out(w)` does the same for `modality.speculative`: a readiness after a noun ("assembled a team ready to
end ..."), an effort after a reflexive ("tripped over himself trying to ..."), plans named after a verb's particle
("dialing back plans to cut ...") and "were to" inside an embedded question ("modeled what would happen if X were to").
Session 49 (real58; issue 12: real57's Left *certainty*); an opening participle of saying (session 50, real59)."""

from __future__ import annotations

import re

from .. import lang
from .clause_shapes import relative_that
from .modality import in_embedded

#: What a blanked negator is replaced with: no word list holds it, and the clause keeps its length.
_BLANK = "·"
#: Nouns whose content a negated or scant frame asserts ("left little doubt that this was not ...").
_ASSERTING_NOUNS = frozenset({"doubt", "doubts"})


def _negator(x: str) -> bool:
    return x in lang.CLAUSE_NEGATORS or x.endswith("n't") or x in lang.NEGATIVE_QUANTIFIERS \
        or x in lang.NEGATIVE_VERBS or x in lang.REFUSAL_VERBS


def inner_negations_out(w: list[str], clause: str, cue: str | None = None) -> list[str]:
    """`w` (the words of `clause`, text.words) with every negator of an inner part blanked (see the module's
    docstring). A comma, a dash or a quotation mark between two words ends a noun phrase: "..., it is not ..." opens a
    clause of its own, no relative. `cue`: the cue word when `clause` is what a source says (it opens after the cue,
    so a "that" near its start is the saying's: "[declared] in December that he would not run", "[told] the court
    that ..."); an addressee's cue ("told", "warned") leaves no pronoun relative at all ("[told] Americans across the
    country they will never ...")."""
    toks = list(re.finditer(r"[\w'’]+|n[’']t", clause))
    if len(toks) != len(w):
        return w
    broken = [i > 0 and bool(re.search(r"[,;:()\"“”—–]|\s-+\s", clause[toks[i - 1].end():t.start()])) for i, t in enumerate(toks)]
    relatives = cue is None or not _saying(cue) or cue not in lang.CONTENT_ADDRESSEE_VERBS and cue not in lang.DIRECTIVE_VERBS
    first_that = next((j for j, x in enumerate(w) if x == "that"), len(w)) if cue is not None else -1
    commas = [i > 0 and bool(re.search(r"[,;:()—–]|\s-+\s", clause[toks[i - 1].end():t.start()])) for i, t in enumerate(toks)]
    return [_BLANK if _negator(x) and (_inner(w, i, broken, relatives, first_that) or _opening_saying(w, i, commas)) else x
            for i, x in enumerate(w)]


def _inner(w: list[str], i: int, broken: list[bool], relatives: bool = True, first_that: int = -1) -> bool:
    x = w[i]
    if x == "not" and i and w[i - 1] in lang.DECISION_NOUNS and w[i + 1:i + 2] == ["to"]:
        return True  # "the prosecutors' decision not to charge him": the decision's content (the decision was made)
    if x == "failing" and i and w[i - 1] in lang.GERUND_PREPOSITIONS and w[i + 1:i + 2] == ["to"]:
        return True  # "faced criticism for failing to address ...": the reason's failure, as "for not meeting" (§14)
    if x == "no" and i and w[i - 1] in ("have", "has", "had") and w[i + 1:i + 2] == ["business"] and w[i + 2:i + 3] and w[i + 2].endswith("ing"):
        return True  # "the courts have no business deciding ...": a judgement of what is fitting, no event negated (real59)
    if x == "no" and i >= 2 and w[i - 1] == "or" and w[i - 2] in ("little", "few"):
        return True  # "pay little or no tax": a small amount, no negated event
    return _in_content(w, i, broken) or relatives and _pronoun_relative(w, i, broken, first_that)


def _opening_saying(w: list[str], i: int, commas: list[bool]) -> bool:
    """w[i] is inside a participle of saying that opens the clause before its subject, up to its comma ("Saying the plan
    was not ready, the mayor delayed the vote": what was said, the delay happened; real59). Not a phrase with no comma
    after it ("Saying nothing is a choice") nor a participle after a subject ("The mayor, saying ..., did not"). `commas`:
    a comma, dash or parenthesis before each word (quotation marks may stand inside the phrase: 'Saying "nothing is
    settled", ...')."""
    return i > 0 and w[0] in lang.OPENING_SAYING_PARTICIPLES and not any(commas[1:i + 1]) and any(commas[i + 1:])


def _in_content(w: list[str], i: int, broken: list[bool]) -> bool:
    """w[i] is inside the "that" clause of a content noun that is an object ("ignore the fact that ...", "into the
    narrative that ..."), or of a verb of proving after "to" ("to prove that ..."), back to a "but", a break or a
    coordinated verb phrase ("and did not ...": the main clause's own)."""
    for j in range(i - 1, max(0, i - 16), -1):
        if broken[j + 1] or w[j] in ("but", "yet") or w[j] in ("and", "or") and (w[j + 1] in lang.AUXILIARY_VERBS or _negator(w[j + 1])):
            return False
        if w[j] != "that":
            continue
        before = w[j - 1]
        if before in lang.PROVING_VERBS and j >= 2 and w[j - 2] == "to":
            return True
        return (before in lang.CONTENT_CLAUSE_NOUNS or before in lang.COMPLEMENT_NOUNS) and before not in _ASSERTING_NOUNS \
            and _object(w, j - 1, broken)
    return False


def _object(w: list[str], n: int, broken: list[bool]) -> bool:
    """The noun w[n] is an object: its phrase (a determiner or a possessive, up to five words back, or none) follows a
    preposition or a verb, not a coordinator or the clause's start ("and the initial predictions that ... never came
    true": a subject, whose own verb may be negated after its content)."""
    k = n - 1
    while k >= max(0, n - 5) and not broken[k + 1]:
        x = w[k]
        if x in lang.PREPOSITIONS or x in lang.CLAUSE_PREPOSITIONS:
            return True
        if x in lang.DETERMINERS or x.endswith("'s"):
            return k >= 1 and not broken[k] and w[k - 1].isalpha() and (w[k - 1] not in lang.FUNCTION_WORDS or w[k - 1] in lang.CLAUSE_PREPOSITIONS)
        if x in lang.FUNCTION_WORDS:
            return False
        k -= 1
    return False


def _pronoun_relative(w: list[str], i: int, broken: list[bool], first_that: int = -1) -> bool:
    """w[i] follows (over one auxiliary) a subject pronoun that opens a relative clause after a noun, with "that"
    ("hammers that you can't lift") or none ("the gangs they refuse to name", "the reason he's not releasing"). Not a
    pronoun after a break ("..., it is not ..."), a time ("this week he would not ..."), an addressee or a saying's
    "that" ("told the mayor he could not run", "said on Monday that he would not run"), or after a phrase opening the
    clause ("After the storm they did not sail")."""
    k = i - 1
    if k > 0 and w[k] in lang.AUXILIARY_VERBS:
        k -= 1
    if k < 2 or broken[k] or broken[k + 1] or w[k].replace("’", "'").split("'")[0] not in lang.SUBJECT_PRONOUNS or w[k] == "i" and k != i - 1:
        return False
    h = k - 1
    if w[h] in lang.TIME_WORDS or w[h] == "ago" or any(_saying(y) for y in w[max(0, h - 6):h]):
        return False
    if w[h] == "that":
        if h == first_that and h <= 6 or w[h - 1] in lang.TIME_WORDS or w[h - 1] == "ago":
            return False  # a saying's own "that" after its adjuncts or addressee; "concluding some time ago that ..."
        n = w[h - 1]  # (or a bare plural after a preposition: "are like hammers that you can't lift")
        return not broken[h] and (relative_that(w, h) or n.endswith("s") and n.isalpha() and n not in lang.FUNCTION_WORDS
                                  and n not in lang.THAT_CLAUSE_VERBS and h >= 2 and (w[h - 2] in lang.CLAUSE_PREPOSITIONS | {"like", "as"} or w[h - 2] in lang.PREPOSITIONS))
    if not w[h].isalpha() or w[h] in lang.FUNCTION_WORDS or _saying(w[h]) or lang.is_past_form(w[h], min_len=4) or w[h].endswith("ly"):
        return False
    d = next((d for d in range(h - 1, max(-1, h - 3), -1) if w[d] in lang.DETERMINERS), None)
    if d is None or any(broken[d + 1:k + 1]):
        return False
    if d and (w[d - 1] in lang.PREPOSITIONS or w[d - 1] in lang.CLAUSE_PREPOSITIONS):
        p = d - 1
        return p > 0 and not broken[p] and w[p - 1].isalpha() and w[p - 1] not in lang.FUNCTION_WORDS and not _saying(w[p - 1])
    return d > 0 and not broken[d]


def _saying(x: str) -> bool:
    """A verb that takes a content or an addressee: "said", "told", "convinced" (its "that" or pronoun opens a content)."""
    return x not in lang.BE_FORMS and (x in lang.CUE_VERBS or x in lang.THAT_CLAUSE_VERBS or x in lang.CONTENT_ADDRESSEE_VERBS
                                       or x in lang.DIRECTIVE_VERBS)


def inner_hedges_out(w: list[str]) -> list[str]:
    """`w` with every future, effort or "be to" word of an inner part blanked (see the module's docstring)."""
    return [_BLANK if _inner_hedge(w, i) else x for i, x in enumerate(w)]


def _inner_hedge(w: list[str], i: int) -> bool:
    x, to = w[i], w[i + 1:i + 2] == ["to"]
    if x in lang.READINESS_ADJECTIVES and to and i >= 2 and w[i - 1].isalpha() and w[i - 1] not in lang.FUNCTION_WORDS \
            and w[i - 1] not in lang.BE_FORMS and (w[i - 2] in lang.DETERMINERS or i >= 3 and w[i - 3] in lang.DETERMINERS):
        return True  # "hired a crew ready to start work": the crew's readiness, the hiring happened
    if x in lang.FUTURE_VERBS and x.endswith("ing") and to and i >= 2 and w[i - 1] in lang.REFLEXIVE_PRONOUNS \
            and (w[i - 2] in lang.PLAN_PARTICLES or w[i - 2] in lang.PREPOSITIONS or w[i - 2] in lang.CLAUSE_PREPOSITIONS):
        return True  # "has tripped over himself trying to deal with ...": the manner of a past act
    if x in ("plan", "plans") and to and i >= 2 and w[i - 1] in lang.PLAN_PARTICLES and (w[i - 2].endswith("ing") or lang.is_past_form(w[i - 2], min_len=4)):
        return True  # "dialing back plans to cut ...", "scaled back plans to ...": the plans are the object (a noun)
    if x in ("is", "are") and to and i and w[i - 1] in lang.DISPOSITION_NOUNS:
        return True  # "His gut reaction is to tell reporters nothing": a habit, no plan (real59)
    return x in lang.BE_TO_FORMS and to and (in_embedded(w, i) or any(w[k] == "if" and in_embedded(w, k) for k in range(max(0, i - 14), i)))
    # ("modeled what would happen if the city were to ...": the embedded question's own condition)
