"""`certainty_for`: how firmly a span is asserted, from the words that govern its main clause."""

from __future__ import annotations

import re

from .. import lang
from .relations import QUOTES_ARE_POSITIONS, Attributions, Relation
from .text import words

# -- certainty ---------------------------------------------------------------------------------

_CLAUSE_CUT = re.compile(rf",\s*(?=(?:{lang.SUBORDINATE_CUT_RE})\b)|;|\s[—–]\s|\((?=[^)]*\))", re.I)
#: a reason, concession or condition inside the sentence, to its comma or end ("closed because the
#: owners could not pay", "that because X, Y did not"); "because of" is a preposition; after
#: "and"/"but" it opens a coordinated clause (`_COORDINATED`)
_INNER_SUBORDINATE = re.compile(rf"(?<!\band)(?<!\bbut)\s(?:{lang.BARE_SUBORDINATORS_RE})\b(?!\s+of\b)[^,;]*", re.I)


_COORDINATED = re.compile(r",?\s+but\s+|\s+and\s+(?=(?:" + lang.CONTRASTIVE_SUBORDINATORS_RE + r"|that)\b)|,\s+yet\s+", re.I)


def _content(text: str, start: int, end: int, rel: Relation | None) -> str:
    """The words of [start, end) a source asserts (its relation's content), or all of them."""
    spans = [(max(start, s), min(end, e)) for s, e in rel.content] if rel else [(start, end)]
    spans = [(s, e) for s, e in spans if e > s] or [(start, end)]
    return " ".join(text[s:e] for s, e in spans)


#: a leading condition: "If the vote passes, taxes rise" asserts the rise only under the condition
_CONDITION = re.compile(rf"^\W*(?:{lang.CONDITIONAL_OPENERS_RE})\b[^,]*,", re.I)


def _main_clause(text: str, start: int, end: int, rel: Relation | None) -> str:
    """The words of [start, end) that can govern its event: the reporting frame removed (its
    own words are the source's act, not the claim's), subordinate and parenthetical clauses cut."""
    seg = re.sub(r"\([^)]*\)", " ", _content(text, start, end, rel))
    # ", which ... ," / ", who ... ," inside the sentence: cut to the next comma
    seg = re.sub(r",\s*(?:which|who|whom|whose)\b[^,]*,", ",", seg, flags=re.I)
    # a leading subordinate clause: "Although X may ..., Y did" -> "Y did"
    seg = re.sub(rf"^\W*(?:{lang.LEADING_SUBORDINATORS_RE})\b[^,]*,", "",
                 seg, flags=re.I)
    seg = re.sub(rf",\s*(?:{lang.PARENTHETICAL_ADVERBS_RE})\s*,", "", seg, flags=re.I)
    seg = _INNER_SUBORDINATE.sub(" ", seg)
    parts = _CLAUSE_CUT.split(seg)
    seg = parts[0] if parts else seg
    # a second coordinated clause ("A happened, but B did not", "A happened and though X said
    # Y, B failed", "said that A happened and that B must follow"): the first clause, when it
    # is one, is the main one
    m = _COORDINATED.search(seg)
    if m and len(re.findall(r"\w+", seg[:m.start()])) >= 4:
        seg = seg[:m.start()]
    return seg


def certainty_for(text: str, start: int, end: int, attributions: Attributions | None = None,
                  kind: str | None = None) -> str:
    """`own_certainty` of the span; a stated part that continues the clause before it with no
    subject or finite verb of its own ("X is expected to fund A, and to acquire B", "X may sell
    A, and winding down B") keeps the governing clause's hedge or negation."""
    out = own_certainty(text, start, end, attributions, kind)
    if out == "stated" and _ELLIPTIC.match(text, start, end):
        head = _sentence_start(text, start)
        governing = own_certainty(text, head, start, attributions, kind) if head < start else out
        if governing in ("speculative", "negated"):
            return governing
    return out


#: A clause part that continues the previous clause's predicate: a coordinator, then (after an
#: optional -ly adverb) an infinitive or a gerund. A finite verb ("..., and opened two plants")
#: is not governed by the first clause's modal or negation, so it does not inherit.
_ELLIPTIC = re.compile(rf"\W*(?:{'|'.join(lang.COORDINATORS)})\s+(?:[a-z]+ly\s+)?"
                       r"(?:to|[a-z]+ing)\b")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` begins: after the last paragraph break or sentence end."""
    last = 0
    for m in re.finditer(r"\n\s*|[.!?][\"'”’)]*\s+", text[:at]):
        last = m.end()
    return last


def own_certainty(text: str, start: int, end: int, attributions: Attributions | None = None,
                  kind: str | None = None) -> str:
    """The `Certainty` of text[start:end] (README "Certainty"; evals/GUIDELINES.md §6, §14),
    first match wins:

    - `denied`: its source denies it (the relation's cue is a denial verb).
    - `unconfirmed`: it is marked unconfirmed/unverified/reportedly, or reported in the passive
      with no source.
    - `speculative` (hedged): its main clause is hedged (may, might, could, likely, probably),
      even when negated ("not likely to alter" is a hedged forecast, not a negation).
    - `negated`: its main clause says the event did not / will not happen.
    - `speculative`: its main clause is in the future or an intention (will, would, plans to,
      expected to, if ...).
    - `claimed`: its source claims, alleges, asserts or accuses.
    - `reported`: attributed to a source, asserted plainly.
    - `stated`: the outlet's own voice, asserted plainly.

    With `kind="statement"` (an opinion, warning, call or accusation) of a source, a modal or
    negation is part of the position held, so the claim keeps its frame's certainty
    (`reported`/`claimed`); in the outlet's own voice the modal or negation still counts.
    The main clause is the first of coordinated clauses ("A, but B did not"): a negated or
    hedged last clause decides only a claim made of that clause.
    """
    rel = attributions.relation_for(start, end) if attributions is not None else None
    span = text[start:end]
    low = " ".join(span.lower().replace("’", "'").split())
    cue = (rel.cue.lower().split() or [""])[0] if rel else ""
    if rel is not None and cue in lang.DENIAL_VERBS and _denies(words(text[rel.cue_span[1]:end] if rel.cue_span else low)):
        return "denied"
    if unconfirmed(_RELATIVE_TAIL.sub(",", low)):
        if rel is not None and rel.cue and any(m in low for m in lang.PASSIVE_ALLEGATIONS) \
                and not any(m in low for m in lang.UNCONFIRMED_MARKERS):
            return "claimed"  # "X is alleged to have happened, per Jane Doe": her allegation
        return "unconfirmed"
    if rel is not None and rel.cue_span and _silence(text, start, rel):
        return "negated"
    clause = _main_clause(text, start, end, rel)
    w = words(clause)
    position = (kind == "statement" and rel is not None) or (QUOTES_ARE_POSITIONS and rel is not None and rel.kind == "direct")
    if rel is not None and rel.kind == "belief" and cue in lang.INTENTION_CUES | lang.FUTURE_VERBS \
            and re.match(r"\s*to\b", text[rel.content[-1][0]:rel.content[-1][1]]):
        return "speculative"  # an intention: "The company plans to build ...", "X would like to ..."
    if rel is not None and rel.kind != "direct" and cue in lang.FORECAST_VERBS | lang.DESIRE_VERBS:
        return "speculative"  # a source's forecast or wish: "The bank forecast inflation at 3 percent" (§14)
    if position and rel.kind == "direct" and _quoted_future(w) and not _negated(w, clause):
        return "speculative"  # "'I'll fix every pothole,' she says"; not "'We will not back down'" (resolve)
    if not position:
        if any(q in low for q in lang.OPEN_QUESTIONS):
            return "speculative"  # "Whether they act remains to be seen": not asserted either way
        if any(x in lang.EPISTEMIC_HEDGES and not _inability(w, i) and not _compared(w, i) for i, x in enumerate(w)) \
                and _speculative(w):
            return "speculative"
        if _negated(w, clause) and not re.search(lang.TOLD_NOT_RE, (cue + " " + " ".join(w)).strip()):  # an order given
            return "negated"
        if _speculative(w) or _object_infinitive(clause) or _effort(clause) or _CONDITION.match(_content(text, start, end, rel)):
            return "speculative"
    if rel is not None and cue in lang.CLAIM_VERBS:
        return "claimed"
    if rel is None:
        # an unattributed denial in the outlet's voice: "The company denied the report."
        if any(x in lang.DENIAL_VERBS and _denies(w[i + 1:]) for i, x in enumerate(w[:8])):
            return "denied"
        return "stated"
    return "reported"


def _silence(text: str, start: int, rel: Relation) -> bool:
    """The frame is a negated speech act before a question or "that" clause ("have not said when
    ...", "would not say whether ..."): the source asserted nothing; the silence is the claim."""
    before = words(text[max(start, rel.cue_span[0] - 30):rel.cue_span[0]])[-3:]
    after = words(text[rel.cue_span[1]:rel.content[0][1]] if rel.content else "")[:1]
    return any(x in lang.CLAUSE_NEGATORS or x.endswith("n't") for x in before) and \
        bool(after) and after[0] in lang.SILENCE_CONTENT_OPENERS


def _denies(after: list[str]) -> bool:
    """The words after a denial verb make it a denial of an account, not an act: nothing (the
    sentence ends: "X denied."), "that" opening a clause, or an account or culpability noun among
    the next four words ("denied the allegations", "denied any wrongdoing")."""
    if not after:
        return True
    if after[0] == "that":
        return len(after) > 1 and (after[1] in lang.CLAUSE_AFTER_THAT or after[1] in lang.DENIAL_OBJECTS)
    return any(x in lang.DENIAL_OBJECTS for x in after[:4])


#: ", which/who ... ," or to the end: a hedge there ("..., which he reportedly weighed") is the
#: relative clause's, not the claim's (GUIDELINES §6: a hedge covers what its verb asserts)
_RELATIVE_TAIL = re.compile(r",\s*(?:which|who|whom|whose)\b(?:(?!\s[-–—]\s)[^,;–—])*", re.I)  # to a dash too


def unconfirmed(low: str) -> bool:
    if any(m in low for m in lang.UNCONFIRMED_MARKERS):
        return True
    for m in lang.PASSIVE_REPORTS if not re.match(lang.NOTHING_FIRST_RE, low) else ():  # "No deaths were reported"
        i = low.find(m)
        if i >= 0 and not re.match(r"\s+by\b", low[i + len(m):]):
            return True
    return False


def _quoted_future(w: list[str]) -> bool:
    """A future tense in a quotation's main clause ("I'll end ...", "The line will open in March"):
    a plan or forecast; not "will be" + an adjective or noun ("It will be a disaster": an opinion),
    not a relative clause's ("solutions that will make us safer")."""
    for i, x in enumerate(w):
        if x == "and" and i:
            return False  # "We have met them, and I'll say more later": the first clause decides
        if (x in lang.QUOTED_FUTURE_MODALS or x.endswith("'ll")) and not _in_relative(w, i) and not _in_relative_that(w, i) \
                and not (i and w[i - 1] in lang.NOUN_MARKERS) and w[i + 1:i + 2] != ["to"]:  # "the will to"
            nxt = [y for y in w[i + 1:i + 4] if y not in lang.RELATIVE_ADVERBS][:2]
            if nxt and nxt[0] == "be" and not (len(nxt) > 1 and nxt[1].endswith("ed")):
                continue
            return bool(nxt)
    return False


def _inability(w: list[str], i: int) -> bool:
    """w[i] is "could" of a past inability ("could not explain", "couldn't afford"), a negation like
    "cannot"/"unable to" (GUIDELINES §14), not "could not have" (a hedge on a past event)."""
    return w[i] in ("could", "couldn't") and w[i + 1:i + 2] != ["have"] and \
        (w[i] == "couldn't" or w[i + 1:i + 2] == ["not"]) and w[i + 1 + (w[i] == "could"):][:1] != ["have"]


def _negated(w: list[str], clause: str = "") -> bool:
    for i, x in enumerate(w):
        if _in_relative(w, i):
            continue  # "a plant which did not open": the relative clause's own negation
        if x in ("not", "never") and i and w[i - 1] in lang.GERUND_PREPOSITIONS and w[i + 1:i + 2] \
                and w[i + 1].endswith("ing"):
            continue  # "criticised him for not meeting them": the gerund's negation
        if x == "no" and i + 1 < len(w) and w[i + 1] == "one":
            if not re.search(r"\bno one\s*-", clause, re.I):
                return True  # "No one was hurt"; "no one-time gains" is a compound, not a pronoun
            continue
        if x == "nor" and i == 0:
            return True  # "Nor do analysts expect ..."
        if x in lang.CLAUSE_NEGATORS or x.endswith("n't"):
            nxt = w[i + 1] if i + 1 < len(w) else ""
            if nxt in lang.NOT_LIMITERS and x == "not":
                continue  # "not only ...", "not merely ..." is not a negation of the event
            if x == "never" and nxt == "before" and i and w[i - 1] in ("like", "as"):
                continue  # "winning like never before": a comparison, the event goes on
            if x == "not" and nxt == "guilty" and any(v in lang.VERDICT_VERBS for v in w[max(0, i - 3):i]):
                continue  # "pleaded not guilty", "was found not guilty": a plea or verdict that happened
            return True
        if x == "no" and w[i + 1:i + 3][-1:] == ["of"] and w[i + 1] in lang.SIGN_NOUNS \
                and w[i + 3:i + 4] and w[i + 3] in lang.CEASING_GERUNDS:
            continue  # "show no sign of stopping": the event goes on
        if x == "no" and i and (w[i - 1] in ("with", "of") or w[i - 1] in lang.NEGATION_APPROXIMATORS):  # "almost no tax"
            continue  # "with no prior career of his own": a noun phrase's negation, not the event's
        if x in lang.NEGATIVE_QUANTIFIERS and i + 1 < len(w) and w[i + 1] not in ("doubt", "one"):
            # "no evidence was found" negates; "there is no doubt" does not
            return True
        if x in lang.NEGATIVE_VERBS and i + 1 < len(w) and w[i + 1] == "to":
            return True
        if x in lang.REFUSAL_VERBS and _refusal(w, i):
            return True  # "Police declined to comment": the comment did not happen
    return False


def _refusal(w: list[str], i: int) -> bool:
    """w[i], a verb of refusal, is the clause's verb before an infinitive: not a noun ("the decline
    to ..."), not a participle aside ("..., refusing to pay, ..."; "is refusing to" counts)."""
    if not _infinitive(w, i + 1) or w[i + 2] in lang.REFUSAL_NOT_VERBS or (i and w[i - 1] in lang.NOUN_MARKERS):
        return False
    return not w[i].endswith("ing") or (i > 0 and w[i - 1] in lang.BE_FORMS)


_NOUN_HEDGES = lang.NOUN_HEDGES
_NOUN_MARKERS = lang.NOUN_MARKERS


def _compared(w: list[str], i: int) -> bool:
    """"51 percent less likely", "twice as likely": a measured comparison (a finding), not a hedge
    (not "more likely to pass": a hedge on the event)."""
    return w[i] in ("likely", "unlikely") and i > 0 and w[i - 1] in lang.COMPARATIVE_DEGREE \
        and any(x[:1].isdigit() or x in lang.COMPARISON_MEASURES for x in w[max(0, i - 4):i - 1])


def _speculative(w: list[str]) -> bool:
    for i, x in enumerate(w):
        if _in_relative(w, i):
            continue  # "what was to be a plant", "chips, all of which can run ...": the relative's verb
        if x in lang.MODALS and x not in lang.NON_EPISTEMIC_MODALS:
            return True
        if x.endswith("'ll"):
            return True  # "I'll", "we'll"
        if x in lang.HEDGE_WORDS and not _compared(w, i):
            if x in _NOUN_HEDGES and i and (w[i - 1] in _NOUN_MARKERS or i + 1 == len(w) and w[i - 1] not in lang.BE_FORMS):
                continue  # "in possible future talks", "a proposed law": a noun is hedged, not the event
            return True
        if x in lang.FUTURE_VERBS and i + 1 < len(w) and w[i + 1] == "to" \
                and not (x.endswith("s") and i and w[i - 1] in lang.NOUN_MARKERS):  # "that attempts to X were made"
            return True
        if x in lang.PURPOSE_PARTICIPLES and i and w[i - 1] in lang.BE_FORMS and _infinitive(w, i + 1) \
                and not _in_relative(w, i - 1):
            return True  # "The fence is designed to keep deer out": a purpose, not yet an outcome
        if x in lang.CONDITION_HEADS and i + 1 < len(w) and w[i + 1] in lang.CONDITION_HEADS[x] \
                and i and w[i - 1] in lang.BE_FORMS and not _in_relative(w, i - 1):
            return True  # "The sale is subject to regulatory approval": it holds only under the condition
        if x in lang.HOPE_VERBS and i + 1 < len(w) and (w[i + 1] == "that" or w[i + 1] in lang.CLAUSE_AFTER_THAT) \
                and not _in_relative(w, i):
            return True  # "The town hopes the bridge reopens": the hoped-for event is not asserted
        if x in lang.INTENTION_OBJECT_VERBS and _finite(w, i) and _sought_object(w, i):
            return True
        if x in lang.OBLIGATION_VERBS and _infinitive(w, i + 1) and not (i and w[i - 1] in lang.NOUN_MARKERS):
            return True  # "Tenants have to leave", "Investors need to see"; not "the needs to ..."
        if x in lang.BE_TO_FORMS and _infinitive(w, i + 1) and w[i + 2] not in lang.BE_TO_IDIOMS:
            return True  # "The board is to vote next week", "The aim is to cut costs"
        if x in ("if", "whether") and i > 0:
            return True
    return False


def _sought_object(w: list[str], i: int) -> bool:
    """w[i], a verb of seeking or weighing, takes a noun phrase object ("sought an injunction", "is
    weighing a sale"): not its passive ("He is wanted for ...", "was sought by police"), not a
    noun use ("the plans of ..."), not a clause or infinitive after it ("considering that ...")."""
    if i + 1 >= len(w) or (i and (w[i - 1] in lang.PASSIVE_BE_FORMS and not w[i].endswith("ing")
                                  or w[i - 1] in lang.NOUN_MARKERS)):
        return False
    nxt = w[i + 1]
    return nxt in lang.DETERMINERS or nxt in lang.QUANTIFYING_DETERMINERS and nxt != "no" or \
        (nxt.isalpha() and nxt not in lang.FUNCTION_WORDS and nxt not in lang.CLAUSE_BREAKS)


def _finite(w: list[str], i: int) -> bool:
    """w[i] is a verb of the main clause: not inside a relative or subordinate clause opened in the
    four words before ("at a time when both sides are weighing talks", "where troops have struggled
    to ..."), and an -ing form only after a form of "be" ("is seeking a recount"; "lawsuits seeking
    records" and "..., seeking a deal" are modifiers)."""
    if any(x in lang.SUBORDINATORS or x in lang.RELATIVE_SUBJECTS or x == "where" for x in w[max(0, i - 4):i]):
        return False
    if w[i].endswith("ing"):
        j = i - 1 if i and not _manner_adverb(w[i - 1]) else i - 2
        return j >= 0 and w[j] in lang.BE_FORMS
    return True


def _manner_adverb(x: str) -> bool:
    """An adverb that may sit between a verb and its infinitive ("tried hard to", "moved quickly to")."""
    return x in lang.INFINITIVE_ADVERBS or (x.endswith("ly") and len(x) > 4 and x not in lang.FUNCTION_WORDS)


def _in_relative(w: list[str], i: int) -> bool:
    """w[i] is the verb (or its auxiliary's next word) right after a relative pronoun subject."""
    return (i > 0 and w[i - 1] in lang.RELATIVE_SUBJECTS) or \
        (i > 1 and w[i - 2] in lang.RELATIVE_SUBJECTS and w[i - 1] in lang.AUXILIARY_VERBS)


def _in_relative_that(w: list[str], i: int) -> bool:
    """w[i] follows a relative "that" over auxiliaries and adverbs ("solutions that will make ...",
    "areas that would otherwise not have")."""
    j = i - 1
    while j >= 0 and i - j <= 4 and (w[j] in lang.AUXILIARY_VERBS or w[j] in lang.RELATIVE_ADVERBS
                                     or w[j].endswith("n't") or w[j].endswith("ly")):
        j -= 1
    return j >= 0 and w[j] == "that" and _relative_that(w, j)


def _relative_that(w: list[str], j: int) -> bool:
    """w[j] == "that" opens a relative clause: a noun before it ("a proposal that", "to areas
    that"), not a verb of saying or thinking ("said that", "warned that") nor "so"/"such"."""
    before = w[j - 1] if j else ""
    if not before.isalpha() or before in lang.THAT_CLAUSE_VERBS or before in lang.FUNCTION_WORDS \
            or (before.endswith("ed") and len(before) > 4):
        return False
    return any(x in lang.DETERMINERS or x in lang.NOUN_MARKERS or x in lang.QUANTIFYING_DETERMINERS
               for x in w[max(0, j - 3):j - 1])


def _infinitive(w: list[str], j: int) -> bool:
    """w[j] is "to" and a verb follows it (not a determiner, pronoun or number: "to the city")."""
    if j + 1 >= len(w) or w[j] != "to":
        return False
    nxt = w[j + 1]
    return nxt.isalpha() and (nxt not in lang.FUNCTION_WORDS or nxt in ("be", "have", "do"))


_OBJECT_INFINITIVE = re.compile(
    rf"\b({'|'.join(sorted(lang.OBJECT_FUTURE_VERBS))})\s+"
    rf"((?:(?!(?:{'|'.join(sorted(lang.CLAUSE_BREAKS | {'that', 'to'}))})\b)[\w'’.-]+\s+){{1,5}}?)to\s+([a-z]+)\b", re.I)


def _object_infinitive(clause: str) -> bool:
    """A verb of wanting or expecting with an object and its infinitive ("The city wants the state
    to pay", "expects sales to rise"): the wanted event is not asserted. Not a noun or adjective
    ("the expected rise to 5 percent", "its needs to ..."): the word before is no determiner."""
    for m in _OBJECT_INFINITIVE.finditer(clause):
        before = words(clause[:m.start()])[-1:]
        if before and before[0] in lang.NOUN_MARKERS:
            continue
        if _infinitive(["to", m.group(3).lower()], 0):
            return True
    return False


_EFFORT = re.compile(rf"\b(?:{'|'.join(sorted(lang.EFFORT_VERBS))})\s+(?:(?:[a-z]+ly|{'|'.join(sorted(lang.INFINITIVE_ADVERBS))})\s+)?"
                     r"to\s+([a-z]+)\b", re.I)


def _effort(clause: str) -> bool:
    """An effort toward an event ("Crews are working to restore power", "The firm moved quickly to
    block the bid"): the effort happened, its goal is not asserted, as with "tried to" and "sought
    to". The infinitive is a lower-case verb ("moved to London" is a move); not the verb of a
    relative or subordinate clause ("the man who fought to keep it", "as it moved to cut costs")."""
    for m in _EFFORT.finditer(clause):
        w = words(clause[:m.start()]) + words(m.group(0))
        if not _finite(w, len(words(clause[:m.start()]))) or not m.group(1).islower():
            continue
        if _infinitive(["to", m.group(1)], 0):
            return True
    return False

