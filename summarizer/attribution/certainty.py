"""`certainty_for`: how firmly a span is asserted, from the words that govern its main clause."""

from __future__ import annotations

import re

from .. import lang
from .relations import QUOTES_ARE_POSITIONS, Attributions, Relation
from .certainty_marks import RELATIVE_OPENER, anonymous, claim_withheld, before_relative_hearsay, own_future_act, denies, future_conjunct, negated_cue, negators, quoted_future, silence, unconfirmed, uncontracted, unverified, without_hedged_participles
from .contrast import disputed
from .documents import document_source
from .clause_shapes import modal_nouns_out
from .embedded_speech import uttered_out
from .writer_asides import asides_out
from .modality import compared, conceded_rest, in_embedded, inability, negated, negated_implication, speculative
from .pending import effort, negated_forecast, not_yet, object_infinitive, pending
from .text import words
from .main_clause import content_of, main_clause
from .restrictive_hearsay import restrictive_start
from .past_intentions import given_up
from .inner_scopes import inner_hedges_out, inner_negations_out
from .cue_subjects import bench_ruling_words, undisputed_words


#: a leading condition: "If the vote passes, taxes rise" asserts the rise only under the condition
_CONDITION = re.compile(rf"^\W*(?:{lang.CONDITIONAL_OPENERS_RE})\b(?!\s+(?:{'|'.join(sorted(lang.ELLIPTIC_IF_WORDS))})\b)(?:[^,]*,|\s+[a-z]+ed\b)", re.I)  # "If convicted he faces ..."


#: "It wasn't (quite) A, but B": a denied description conceded before the asserted clause (lead40)
_NOT_QUITE = re.compile(r"(?:" + lang.CONCEDED_NEGATION_RE + r")\s[^,;:“”\"]{1,80},\s+but\s+(?=\S)")
#: A compound of three or more hyphenated words ("ready-to-eat", "hard-to-reach"), or a modal and "be" made one adjective
#: ("would-be recruits": aspiring ones; real47): one word to the modal checks.
_COMPOUND = re.compile(r"\b[A-Za-z]+(?:-[A-Za-z]+){2,}\b|\b(?i:would|could|might|should)-be\b")


#: A set-off hedged add-on (lang.HEDGED_ADDON_RE) and a main clause's own prospect (lang.OWN_PROSPECT_RE; genre46).
_HEDGED_ADDON = re.compile(lang.HEDGED_ADDON_RE)
_OWN_PROSPECT = re.compile(lang.OWN_PROSPECT_RE, re.I)
_MEANING_GLOSS = re.compile(lang.MEANING_GLOSS_RE, re.I)  # (real53)


def certainty_for(text: str, start: int, end: int, attributions: Attributions | None = None,
                  kind: str | None = None) -> str:
    """`own_certainty` of the span; a stated part that continues the clause before it with no
    subject or finite verb of its own ("X is expected to fund A, and to acquire B", "X may sell
    A, and winding down B") keeps the governing clause's hedge or negation."""
    out = own_certainty(text, start, end, attributions, kind)
    if out in ("stated", "reported") and (nxt := _NEXT_SENTENCE.match(text, end)) and _CHECK_NOTE.fullmatch(nxt.group(1)):
        return "unconfirmed"  # "X said A. The report could not be independently verified.": A unchecked (lead35)
    if out == "stated" and (el := _ELLIPTIC.match(text, start, end)) and not _finite(words(text[el.end():end])):
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


def _finite(ws: list[str]) -> bool:
    """A finite verb after the "-ing" word, before any relative clause: the word was an adjective of a subject
    ("..., but outgoing finance chief Jo Doe offered ...": the lead, session 40), no gerund going on."""
    ws = ws[:next((i for i, w in enumerate(ws) if w == "that" or w in lang.RELATIVE_PRONOUNS_RE.split("|")), len(ws))]
    return any(w in lang.AUXILIARY_VERBS or w in lang.BE_FORMS or w in lang.MODALS or lang.is_past_form(w, min_len=4) for w in ws)


#: The sentence right after a span (past its closing marks), in its paragraph or the next.
_NEXT_SENTENCE = re.compile(r"[.!?\"'”’)]*\s+([^\n.!?]{10,160}[.!?])")
_CHECK_NOTE = re.compile(lang.VERIFICATION_NOTE_RE, re.I)


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
    - `claimed`: a source's report that a second source in the same sentence disputes, pointing
      back at it ("X said A, though workers disputed that"; contrast.disputed).
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
    if rel is not None and cue in lang.DENIAL_VERBS and not negated_cue(text, rel) \
            and (denies(words(text[rel.cue_span[1]:end] if rel.cue_span else low))
                 or rel.cue_span and re.search(r"\b(?:" + "|".join(sorted(lang.PASSIVE_BE_FORMS)) + r")\s+$", text[start:rel.cue_span[0]])
                 and denies(words(text[start:rel.cue_span[0]])[-4:])):  # "The allegations were denied by the firm" (left45)
        return "denied"  # not "The mayor did not deny that ...": no one denies (fields9)
    if rel is not None and rel.content and (m := re.match(lang.UNTRUE_ACCOUNT_RE, text[rel.content[0][0]:end], re.I)) \
            and rel.content[0][0] + m.end() > start:
        return "denied"  # "A spokeswoman said the allegation was simply not true" (read12b), not "..., but he hoped ..."
    if rel is not None and cue in lang.CLAIM_VERBS and claim_withheld(text, rel):
        return "negated"  # "They did not accuse anyone of wrongdoing": no claim was made (§14: the silence is the claim; cert41)
    if rel is not None and disputed(text, rel.start, end):
        return "claimed"  # "X said A, though workers disputed that": one side's account, contested
    if rel is not None and re.match(lang.NOTHING_FIRST_RE, rel.source.lower()):
        return "negated"  # "No group has claimed responsibility": the claim was not made (cert8)
    if any(m in low for m in lang.CLAIM_MARKERS) or re.match(lang.ALLEGATION_SUBJECT_RE, low):
        return "claimed"  # "There are claims that ...": a contesting frame with no claimant (§6 rule 3)
    hedge_low = low if (rs := restrictive_start(text, start, end)) is None else " ".join(text[start:rs].lower().replace("’", "'").split())
    if unconfirmed(before_relative_hearsay(without_hedged_participles(_RELATIVE_TAIL.sub(",", hedge_low)))) or any(unverified(m.group(0)) for m in _RELATIVE_TAIL.finditer(hedge_low)):
        marked = any(m in low for m in lang.UNCONFIRMED_MARKERS)
        if rel is not None and rel.cue and any(m in uncontracted(low) for m in lang.PASSIVE_ALLEGATIONS) \
                and not marked and not anonymous(rel, low):  # (an anonymous source's hearsay is unconfirmed: genre44's Left)
            return "claimed"  # "X is alleged to have happened, per Jane Doe": her allegation
        if not (rel is not None and rel.kind == "according_to" and not marked and not anonymous(rel, low)):
            return "unconfirmed"  # (not "Turnout was reported at 48%, according to preliminary figures": the figures report it; left45)
    if rel is not None and anonymous(rel, low):
        return "unconfirmed"  # "..., a person familiar with the matter said", "sources said" (AP style)
    if rel is not None and rel.cue_span and silence(text, start, rel):
        return "negated"
    clause = _DASH_ASIDE.sub(" ", _SET_OFF_NEGATION.sub(",", main_clause(asides_out(uttered_out(text)), start, end, rel)))  # (read31)  # ", no longer designated <its call sign>,"
    w = modal_nouns_out(words(_COMPOUND.sub(lambda m: m.group(0).replace("-", ""), clause)))  # (not the noun of "a can of paint": read31)
    # ("ready-to-eat salads", "soon-to-be rules": one adjective, no "ready to" of a readiness; genre46)
    if (rest := conceded_rest(low)) is not None or (nq := _NOT_QUITE.match(low)) and (rest := low[nq.end():]):
        # "They may have lost the final, but have ...", "It wasn't quite a threat, but X offered ...": the part after "but" (read30, lead40)
        clause, w = rest, words(rest)
    if cue in lang.PLEDGE_VERBS and w[:1] == ["to"] and "if" in w:
        w = w[:w.index("if")]  # "The union vowed to strike if the talks fail": the pledge's own condition (fact12)
    position = rel is not None and (kind == "statement" or _warning(text, rel, cue) or re.search(lang.EVALUATIVE_WOULD_RE, clause.lower())
                                    or re.search(lang.DEGREE_JUDGEMENT_RE, clause.lower())  # 'X was "not tough enough"' (shapes23)
                                    or re.search(lang.NEGATED_STANCE_RE, clause.lower().replace("’", "'"))  # "said it was not beholden" (attr57)
                                    or (QUOTES_ARE_POSITIONS and rel.kind == "direct"))
    if rel is not None and rel.kind == "belief" and cue in lang.INTENTION_CUES | lang.FUTURE_VERBS and not given_up(text, rel) \
            and (re.match(r"\s*to\b", text[rel.content[-1][0]:rel.content[-1][1]])
                 or cue in ("plan", "plans") and re.match(r"\W*(?:a|an|another)\s", text[rel.content[-1][0]:rel.content[-1][1]])  # "They plan a march" (read11a)
                 or object_infinitive(cue + " " + text[rel.content[-1][0]:rel.content[-1][1]])):
        return "speculative"  # an intention: "The company plans to build ...", "Its owners intend the hotel to reopen"
    if rel is not None and rel.source_span and rel.cue_span and rel.source_span[1] <= rel.cue_span[0] \
            and _future_act(words(_DASH_ASIDE.sub(" ", text[rel.source_span[1]:rel.cue_span[0]]).rsplit(",", 1)[-1])[-5:]):
        return "speculative"  # "The witness will testify that ...": the statement is still to come
    if rel is not None and rel.kind != "direct" and cue in lang.FORECAST_VERBS | lang.DESIRE_VERBS | lang.HOPE_VERBS:
        return "speculative"  # a source's forecast, wish or hope: "The bank forecast inflation at 3 percent" (§14); "hopes it won't close" (lead39)
    if rel is not None and _rule_source(rel) and not negated(w, clause) and not any(x in lang.EPISTEMIC_HEDGES for x in w):
        return "claimed" if cue in lang.CLAIM_VERBS else "reported"  # what a rule says applies: no forecast (§14 (a))
    if position and rel.kind == "direct" and (quoted_future(w) or quoted_future(w, lang.QUOTED_HEDGE_MODALS)) \
            and not negated(future_conjunct(w), clause):
        return "speculative"  # "'I'll fix every pothole,' she says"; not "'We will not back down'" (resolve)
    if position and rel.kind == "indirect" and own_future_act(text[rel.content[-1][0]:rel.content[-1][1]]) and not negated(w, clause):
        return "speculative"  # "She said she would highlight good care": the source's own plan (§14, "Ryan said ... he would remove")
    if not position:
        if any(q in low.replace("it's ", "it is ") for q in lang.OPEN_QUESTIONS + lang.SEEMING_CLAUSES):
            return "speculative"  # "Whether they act remains to be seen", "It's not clear who will pay": not asserted either way
        ws = modal_nouns_out(words(main)) if (main := _HEDGED_ADDON.sub("", clause)) != clause and len(main.split()) >= 4 \
            and not _OWN_PROSPECT.search(main) else w
        # ("An amber warning was issued, with up to 120mm expected": the add-on's hedge, not the issuing's; genre46)
        if any(x in lang.EPISTEMIC_HEDGES and not inability(ws, i) and not compared(ws, i) and not in_embedded(ws, i) for i, x in enumerate(ws)) \
                and speculative(inner_hedges_out(ws)) and not negated_implication(ws) or negated_forecast(w):
            return "speculative"  # (also "A ruling is not expected before June": fact12)
        if re.search(lang.EXPECTING_LITOTE_RE, clause.lower().replace("’", "'")):
            return "speculative"  # "he wouldn't be surprised if the share rose": an expectation, nothing denied (real59)
        nc, nw = (g, modal_nouns_out(words(g))) if (g := _MEANING_GLOSS.sub("", clause)) != clause and len(g.split()) >= 4 else (clause, w)
        # ("..., meaning it has no use": the closing gloss's own negation; its hedge still counts, genre46; real53)
        if (negated(inner_negations_out(nw, nc, cue if rel is not None else None), nc) or not_yet(nw)) and not re.search(lang.TOLD_NOT_RE, (cue + " " + " ".join(nw)).strip()):  # an order given
            return "negated"  # (also "has yet to rule", "stopped short of banning": fact10)
        if speculative(inner_hedges_out(ws if nc == clause else nw)) or object_infinitive(clause) or effort(clause) or pending(w, rel is not None) \
                or _CONDITION.match(content_of(text, start, end, rel)):
            return "speculative"  # (pending: "is searching for", "awaits", "is slated for", "faces up to": fact10)
    if rel is not None and (cue in lang.CLAIM_VERBS or cue in lang.CLAIM_CUES
                            or cue in lang.SUGGESTING_VERBS and not document_source(rel.name)  # "the mayor suggested" (read11a)
                            or _CLAIM_CONTENT.match(
            text, rel.content[0][0], rel.content[0][1]) is not None
                            or _CLAIMING_AFTER_ACT.match(text, rel.content[0][0], rel.content[0][1]) is not None):
        return "claimed"  # (also "Prosecutors repeated their allegation that ...": the content is a claim)
    if rel is None:
        # an unattributed denial in the outlet's voice: "The company denied the report."
        if any(x in lang.DENIAL_VERBS and denies(w[i + 1:]) and not negators(w[max(0, i - 3):i]) and not undisputed_words(w, i) and not bench_ruling_words(w, i)
               and not (i and w[i - 1] in lang.PASSIVE_BE_FORMS and "by" not in w[i + 1:i + 4]) for i, x in enumerate(w[:8])):
            return "denied"  # not a passive with no agent: "the jurors were dismissed" (fact10)
        return "stated"
    return "reported"


def _future_act(between: list[str]) -> bool:
    """The words between a source and its cue put the speech act in the future ("will", "is
    expected to", "plans to"): nothing has been asserted yet."""
    return any(w == "will" or w.endswith("'ll") or w == "to" and i and between[i - 1] in lang.FUTURE_VERBS
               and not re.fullmatch(lang.TRYING_VERBS_RE, between[i - 1])  # "tried to argue that": argued (lead42)
               for i, w in enumerate(between))


def _rule_source(rel: Relation) -> bool:
    """The source is a rule, law or ruling already issued ("The rules issued Thursday said the
    policies would affect all couples"): its "will"/"would" says what applies from now on, not a
    forecast (GUIDELINES §14, not speculative (a))."""
    w = words(rel.source)
    return any(x in lang.RULE_NOUNS and (i + 1 == len(w) or w[i + 1].endswith("ed") or w[i + 1] in lang.FUNCTION_WORDS)
               for i, x in enumerate(w[:4]))  # "The rules issued ...", not "Law enforcement authorities"


#: A frame's content that opens with a short addressee or object and a coordinated verb of warning ("to his
#: board and warned that ..."): the frame's first verb ("wrote") only carried the warning.
_THEN_WARNED = re.compile(r"\s*(?:[\w'’-]+\s+){0,6}?and\s+(?:also\s+)?([a-z]+)\s+that\b")


def _warning(text: str, rel: Relation, cue: str) -> bool:
    """The frame's cue is a verb of warning ("The fund warned that ...", "Officials are warning
    residents that ..."), not the noun ("our warning that ...", a noun cue)."""
    if cue not in lang.WARNING_CUES and rel.content and rel.cue_span \
            and (m := _THEN_WARNED.match(text, rel.content[0][0], rel.content[0][1])) and m.group(1) in lang.WARNING_CUES:
        return True  # "X wrote to his board and warned that ...": the second verb is the statement's (basil45)
    if cue not in lang.WARNING_CUES or not rel.cue_span:
        return False
    before = words(text[max(0, rel.cue_span[0] - 20):rel.cue_span[0]])[-1:]
    return not (before and (before[0] in lang.DETERMINERS or before[0] in lang.NOUN_MARKERS))


#: A phrase set off by commas that opens with a negator and describes a noun ("the jet, no longer
#: designated Air Force One, flew ..."): its negation is the phrase's, not the clause's.
_SET_OFF_NEGATION = re.compile(r",\s+(?:no longer|not|never)\s+[^,;:“”\"]{1,60},|" + lang.SET_OFF_RESOLVE_RE  # (and resolve: read36)
                               + r"|" + lang.SET_OFF_HEDGE_RE)  # (", perhaps to her surprise,": the aside's hedge; real51)
#: A where/which/who aside between dashes ("the House – where the levy will pass or fail this spring – said"; read12c).
_DASH_ASIDE = re.compile(r"\s(?:--|—|–)\s+(?:where|which|who|when)\s[^—–;:“”\"]{1,120}?\s(?:--|—|–)\s")


#: ", which/who ... ," or to the end: a hedge there ("..., which he reportedly weighed") is the
#: relative clause's, not the claim's (GUIDELINES §6: a hedge covers what its verb asserts)
_RELATIVE_TAIL = re.compile(rf",\s*{RELATIVE_OPENER}(?:(?!\s[-–—―]\s)[^,;–—―])*", re.I)  # to a dash too


#: A content that opens with a claim noun and its "that" ("their allegation that ...").
_CLAIM_CONTENT = re.compile(r"\W*(?:(?:" + lang.FINDING_DETERMINERS_RE + r")\s+)?(?:[a-z]+\s+)?(?:"
                            + "|".join(sorted(lang.CLAIM_CUES)) + r")\s+that\b", re.I)

#: A content that opens with a short addressee or time phrase and a claiming participle ("to the board,
#: claiming that ...", "on Monday, alleging the plant ..."): the source's act carries its claim (left21).
#: Not a sum or benefit claimed ("claiming housing benefit": lang.CLAIMED_ENTITLEMENTS, a number).
_CLAIMING_AFTER_ACT = re.compile(r"[^,.;:!?\"“”]{0,60},\s+(?:" + "|".join(sorted(lang.CLAIMING_PARTICIPLES)) + r")\s+"
                                 r"(?!\d|[£$€]|(?:\w+\s+)?(?:" + "|".join(sorted(lang.CLAIMED_ENTITLEMENTS)) + r")\b)", re.I)
