"""Which words are reporting cues: `is_cue` decides whether a verb, a state adjective or a forecast at a token reports
what follows ("said", "are afraid that", "expects X to"), not a noun, an infinitive, a passive or an act. Split from
subjects.py (which finds the cue's subject) when it passed the 400-line limit. Word lists in summarizer.lang."""

from __future__ import annotations

import re

from .. import lang
from .final_bare_cues import closes_final_frame, closes_paper_frame, closes_particle_tag, closes_plain_tag
from .cue_nouns import counted_share, judged_object, quoted_after_time, request_refused, singular_noun_subject
from .prospects import prospect_cue
from .scope_cuts import after_causative, finite_cue_after, it_adjective_to
from .initial_nouns import named_possessive_subject, the_capitalised_subject
from .bare_findings import no_report, past_verb_with_object
from .encouragements import encouraged_person
from .speaking_leads import lead_in_only, speaking_lead  # noqa: F401 (lead_in_only: imported from here)
from .focus_frames import felt_clause
from .text import QUOTE_MARKS, Tok

_PARTICIPLES = lang.PASSIVE_PARTICIPLES
_AUX = lang.AUXILIARY_VERBS
_BE = lang.BE_FORMS | lang.NEGATED_BE_FORMS  # ("isn't worried that": lead40)

def adverb_ly(t: Tok) -> bool:
    """A lower-case "-ly" word that is an adverb, not a noun ("family", "ally", "the daily")."""
    return t.low.endswith("ly") and t.text.islower() and t.low not in lang.LY_NOUNS


#: Every word that can be a cue: verbs, state adjectives ("are afraid that"), forecasts ("forecast",
#: "project": prospects.py), "like" of "would like to".
CUES = lang.CUE_VERBS | lang.STATE_ADJECTIVES | lang.FORECAST_VERBS | {"like"} | lang.DEFENCE_VERBS | frozenset(lang.ADDRESSED_CUES) | frozenset(lang.PARTICLE_CUES) | lang.ENCOURAGING_VERBS


def _state_cue(toks: list[Tok], i: int) -> bool:
    """"X are afraid that ...", "X was also concerned about ...", "X would like to ...": a state
    of mind or a wish of the subject."""
    w = toks[i].low
    prev = toks[i - 1].low if i else ""
    prev2 = toks[i - 2].low if i >= 2 else ""
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if w == "like":
        return prev == "would" and nxt == "to"
    be = prev in _BE or (prev in lang.CUE_MODIFIERS and prev2 in _BE)
    if w in lang.CONTACT_BELIEF_ADJECTIVES and (prev in lang.SEEMING_VERBS or prev in lang.STATE_COPULAS or be) \
            and (_contact_clause(toks, i) or prev in lang.SEEMING_VERBS and nxt == "that"):
        return True  # "Republicans seem confident they have the votes", "The union seems sure that" (attr17)
    return be and nxt in ("that", "about")


def _contact_clause(toks: list[Tok], i: int) -> bool:
    """A clause with no "that" right after the state cue at i: a pronoun or a determiner opens it
    ("confident they have", "sure the bridge will"); not after an impersonal "it"/"there"/"this"
    subject ("It is certain the ...": the outlet's own hedge)."""
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    subj = next((t.low for t in reversed(toks[max(0, i - 4):i]) if t.low not in _BE and t.low not in lang.SEEMING_VERBS
                 and t.low not in lang.CUE_MODIFIERS), "")
    return nxt in lang.CONTACT_CLAUSE_OPENERS and subj not in lang.IMPERSONAL_STATE_SUBJECTS


def _time_then(toks: list[Tok], i: int, followers: tuple[str, ...]) -> bool:
    """'determined this month that', 'ruled on Monday that', 'ruled in 2019 that': a time phrase
    of at most two words, then one of the cue's followers."""
    def when(g: str) -> bool:
        return g in lang.TIME_WORDS or g in lang.MONTHS or re.fullmatch(r"(?:1[89]|20)\d\d|[a-z]{3,}ly", g) is not None  # (a manner: "spoke fondly of"; attr59)
    for k in (2, 3):
        gap = [t.low for t in toks[i + 1:i + k]]
        if i + k < len(toks) and toks[i + k].low in followers and gap and when(gap[-1]) \
                and all(when(g) or g in lang.RELATIVE_TIME_LEADERS or g in ("on", "in") for g in gap):
            return True
    return False


def _owned_then(toks: list[Tok], i: int, followers: tuple[str, ...]) -> bool:
    """'expressed his "deepest condolences"', 'voiced their strong concerns': a possessive, an
    optional quotation mark and adjective, then one of the cue's followers."""
    j = i + 1
    if j >= len(toks) or toks[j].low not in lang.POSSESSIVE_DETERMINERS:
        return False
    j += 1 + (j + 1 < len(toks) and toks[j + 1].text in QUOTE_MARKS)
    if j < len(toks) and toks[j].low not in followers and toks[j].text.islower():
        j += 1
    return j < len(toks) and toks[j].low in followers


#: The most words of a subject between a closing quotation mark and its cue ("coach Dwayne Porter").
QUOTE_SUBJECT_WORDS = 5


def _closes_quotation(toks: list[Tok], i: int) -> bool:
    """A narrow cue (one that reports only before "that", a colon or a quotation: "scoffed",
    "chanted", "ruled") closing a quotation: '“Build it now!” the crowd chanted.', '“Nonsense,”
    scoffed the mayor.', '“...,” the judge ruled on Monday.': the closing mark, at most
    QUOTE_SUBJECT_WORDS words without punctuation, the cue, then the sentence's end, a comma or an
    adverbial (session 11, stated12). Only cues whose content may be a quotation."""
    if not set(lang.NARROW_CUES.get(toks[i].low, ())) & {"that", "“", '"'}:
        return False
    if closes_plain_tag(toks, i):
        return True  # the same cue closing an unquoted sentence: "A, she hinted." (final_bare_cues.py; attr46)
    k = i - 1
    while k >= 0 and i - k <= QUOTE_SUBJECT_WORDS + 1 and toks[k].text[:1].isalnum():
        k -= 1
    if k < 1 or toks[k].text not in ("”", '"', "’", "'") or toks[k - 1].text not in (",", ".", "!", "?", "…"):  # (single: read34)
        return False
    nxt = toks[i + 1].low if i + 1 < len(toks) else "."
    if k == i - 1 and nxt.isalpha():
        return True  # '“I am ruined,” lamented local baker Ada Moss.': inverted right after the mark (read19)
    return nxt in (".", ",", "!", "?", ";") or nxt in lang.FINAL_TAIL_STARTERS or nxt in lang.PLACE_TAIL_STARTERS


def _aux_before_adverbs(toks: list[Tok], i: int) -> bool:
    """An auxiliary, then only adverbs before cue token i ("are already suggesting", "is now
    arguing"): a progressive verb, not a participle clause."""
    k = i - 1
    while k >= 0 and (toks[k].low in lang.CUE_MODIFIERS and toks[k].low not in _AUX or adverb_ly(toks[k])):
        k -= 1
    return k < i - 1 and k >= 0 and toks[k].low in _AUX


def _to_comma(toks: list[Tok]) -> list[Tok]:
    return toks[:next((x for x, t in enumerate(toks) if t.text in ",.;"), len(toks))]


def is_cue(toks: list[Tok], i: int) -> bool:
    w = toks[i].low
    if w in lang.EVALUATION_VERBS and w not in CUES and not w.startswith("question") and i and toks[i - 1].low == "to" and toks[i].text.islower():
        return speaking_lead(toks, i) is not None  # "used blunt language to denounce the ruling" (attr13, a BASIL story)
    if w not in CUES or not toks[i].text[:1].islower() or w in lang.ENCOURAGING_VERBS:  # ("encouraged X to": encouragements.py)
        return w in lang.ENCOURAGING_VERBS and toks[i].text.islower() and encouraged_person(toks, i)
    if w in lang.DENIAL_VERBS and request_refused(toks, i) or counted_share(toks, i):  # ("32% of Republican claims": attr57)
        return False
    if w.startswith("claim") and i + 1 < len(toks) and (toks[i + 1].text[:1].isdigit() or toks[i + 1].text in lang.CURRENCY_SIGNS
                                                          or toks[i + 1].low in lang.CLAIMED_ENTITLEMENTS):
        return False  # "was claiming £1,870 a month in disability benefit": a payment asked for, no speech (left17)
    if w.startswith("conclude") and re.match(lang.CONCLUDE_AT_TIME_RE, " ".join(t.low for t in toks[i + 1:i + 5]) or ".") \
            and not any(t.low in ("that", ":", "“", '"') for t in _to_comma(toks[i + 1:i + 16])):  # "concluded in June that ...": a finding
        return False  # "The audit should conclude before July": it ends, no finding (read37)
    if w.startswith("charge") and i + 1 < len(toks) and (toks[i + 1].low in lang.CHARGING_PREPOSITIONS or toks[i + 1].text[:1].isdigit()
                                                          or toks[i + 1].low.endswith("ly") and toks[i + 1].text.islower()) \
            and not any(t.low in ("that", ":", "“", '"') for t in _to_comma(toks[i + 1:i + 16])):
        return False  # "the handset charged in 40 minutes", "charged fully", "charged into the room": no charge laid (left44)
    if w.startswith("compar") and not any(t.low == "to" for t in toks[i + 1:i + 9]):
        return False  # "compared the weights with the records": a method; "compared the plan to a tax" likens
    if w in lang.PARTICLE_CUES and w not in lang.CUE_VERBS:  # "fired back that ...", "weighed in: ..."
        return i + 2 < len(toks) and toks[i + 1].low == lang.PARTICLE_CUES[w] and toks[i + 2].low in lang.CLAUSE_CUE_FOLLOWERS or closes_particle_tag(toks, i)
    held = prospect_cue(toks, i)  # "The company expects profits to fall", "Prices are forecast to rise"
    if held is not None:
        return held
    if w not in lang.CUE_VERBS | lang.DEFENCE_VERBS | frozenset(lang.ADDRESSED_CUES) \
            or w in lang.STATE_ADJECTIVES and i and (toks[i - 1].low in _BE or i >= 2 and toks[i - 2].low in _BE
                                                     and toks[i - 1].low in lang.CUE_MODIFIERS):  # "is (also) worried that" (read29, read32)
        return _state_cue(toks, i)
    prev = toks[i - 1].low if i else ""
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if prev == "to" and i >= 3 and toks[i - 2].low == "on" and toks[i - 3].low in lang.GO_ON_FORMS:
        # "Ms Roe went on to note that ...": her next statement ("went on to write four more songs": a work; read29)
        return not (w in lang.WRITING_VERBS and nxt not in lang.CLAUSE_CUE_FOLLOWERS)
    if w.endswith("ed") and nxt == "and" and i + 2 < len(toks) and toks[i + 2].low.endswith("ed") \
            and toks[i + 2].low not in CUES and toks[i + 2].low not in lang.SPEECH_VERBS:
        return False  # "doctors discovered and removed a growth": one act done to a thing, no report (read29)
    if prev == "to" and i >= 2 and w not in lang.WEAK_CUES and (
            toks[i - 2].low in lang.CONTINUATIVE_VERBS and w in lang.DENIAL_VERBS or toks[i - 2].low == "forward" and i >= 3 and toks[i - 3].low in lang.FORWARD_VERBS):
        # "continued to deny the allegations", "came forward to accuse him of ...": the subject's statement
        # (not a weak cue: "Protesters continued to call for answers" is the outlet's in PolNeAR half A)
        return True
    if (i == 1 or i == 2 and toks[0].text in lang.LEAD_CONJUNCTIONS_RE.split("|")) and prev in lang.AS_SAID_QUANTIFIERS and not w.endswith("s") \
            and (w in lang.PLAIN_SAYING_VERBS or w in lang.STANCE_VERBS or w in lang.CLAIM_VERBS or w in lang.GROUP_BELIEF_VERBS) \
            and (w.endswith(lang.PAST_TENSE_ENDINGS) or nxt == "that" or nxt in lang.DETERMINERS or nxt in lang.PRONOUNS
                 or i + 1 < len(toks) and toks[i + 1].text[:1].isupper()):  # not "Some state officials"
        return True  # "Some say ...", "But many believe ...", "Most argued ...": a quantifier standing for people
    if w in lang.PARTICIPLE_ONLY_CUES and prev not in lang.AUXILIARY_VERBS and prev not in lang.BE_FORMS:
        return False  # "requested in a note drafted before her retirement that ...": a participle, not the verb
    if w.startswith(("promis", "threat")) and nxt == "to" and i + 2 < len(toks) and toks[i + 2].low in ("be", "become"):
        return False  # "It promises to be a bruising campaign", "threatens to become a crisis": a prospect, no speech
    if w.startswith(("repl", "respond", "comment")) and any(t.low in ("not", "never") or t.low.endswith("n't") for t in toks[max(0, i - 2):i]):
        return False  # "Authorities did not reply to a request for comment": no statement, the outlet's fact
    if w.endswith("s") and (prev[:1].isdigit() and not prev.endswith("-old") or prev in lang.NUMBER_UNITS or prev in lang.NUMBER_TENS
                            or prev in ("percentage", "basis")):  # "rose 0.2 percentage points to 4 percent" (stated42)
        return False  # "the 12 towns that do not allow ...", "two reports": a counted noun, no verb (not "The 62-year-old says": lead28)
    if i >= 2 and adverb_ly(toks[i - 1]) and toks[i - 2].low != "as" and (toks[i - 2].low in lang.PREPOSITIONS or toks[i - 2].low in lang.NOUN_DETERMINERS):
        return False  # "with politically charged texts", "a hotly disputed claim": an adjective (read12c)
    if w in lang.ADDING_VERBS and (nxt in lang.ADDED_THING_OPENERS or _added_object(toks, i)) or no_report(toks, i):
        return False  # "The ruling adds more uncertainty", "adds to the confusion": no speech (read12c); "has noted 1,821 names" (attr51)
    if prev == "to" and w in lang.CUE_VERBS | lang.EVALUATION_VERBS and speaking_lead(toks, i) is not None:
        # "was quick to point out that", "used the speech to argue that" (speaking_leads.py): a cue
        # when it reports (a weak cue before one of its followers: not "used the money to call a vote")
        return w not in lang.WEAK_CUES or nxt in lang.WEAK_CUE_FOLLOWERS and (w not in lang.NARROW_CUES or nxt in lang.NARROW_CUES[w])
    if prev == "to" or prev in lang.NOUN_DETERMINERS or \
            re.search(r"['’]s?$", prev) and not named_possessive_subject(toks, i) or prev in lang.PREPOSITIONS and not w.endswith("ing"):
        return False  # an infinitive or a noun ("to tell", "the report", "News in brief", "for comment")
    if w.endswith("s") and i >= 2 and toks[i - 2].low in lang.PREPOSITIONS and toks[i - 1].text.isalpha() \
            and toks[i - 1].text.islower() and prev not in lang.PRONOUNS and prev not in lang.CUE_MODIFIERS:
        return False  # "lines formed at ticket counters in ...", "in news reports": a noun after a preposition (stated12)
    if prev in lang.PRENOMINAL_ADJECTIVES and i >= 2 and toks[i - 2].low in lang.NOUN_DETERMINERS:
        return False  # "caused by his earlier remarks", "the latest report": a noun after its adjective (read11a)
    if w.endswith("ed") and nxt in lang.PHRASE_PREPOSITIONS and finite_cue_after(toks, i):
        return False  # "People briefed on the matter said ...": a participle in the subject; "said" is the cue
    if w.endswith("ed") and nxt == "by" and toks[i - 1].text.isalpha() and toks[i - 1].text.islower() and prev not in lang.PRONOUNS \
            and prev not in _AUX and prev not in lang.BE_FORMS and prev not in lang.CUE_MODIFIERS and not adverb_ly(toks[i - 1]):
        return False  # "said the fees charged by the ferry firms were too high": a noun's reduced relative (lead27)
    if after_causative(toks, i):
        return False  # "threatened to make the official testify": a bare infinitive, no report
    if prev in lang.MODALS and prev != "will" and toks[i - 1].text.islower():
        return False  # "the government could deny them permits": hypothetical, not a report ("Tara May said": a name, read27)
    if w.endswith("ing") and prev not in _AUX and not _aux_before_adverbs(toks, i) \
            and not (prev in lang.CONTINUATIVE_VERBS and i >= 2 and toks[i - 2].text not in ",;:"):  # "keeps saying"
        return False  # a participle clause ("..., warning that ...") is not the main clause
    if w.endswith("s") and nxt in _AUX or w in lang.NOUN_CUES and i >= 2 and toks[i - 1].text[:1].isupper() \
            and (nxt in _AUX or lang.is_past_form(nxt) and not nxt.endswith("ed")):
        return False  # a noun: "worries have dogged ...", "The Tarne Council report came out" (lead29)
    if i >= 2 and toks[i - 2].low in lang.NAME_DETERMINERS and toks[i - 1].text[:1].isupper() \
            and not (lang.is_past_form(w) or nxt in ("that", ",", ".", ":")) and not the_capitalised_subject(toks, i):  # (w is a cue word, never "red"/"bed": tidy20)
        return False  # a noun after a determiner and a proper adjective: "denounced the Western support"
        # (a past form or one before "that" is the verb: "The Pentagon said that ...", "the Times reported")
    if (w.endswith("s") or w in lang.NOUN_CUES or w in lang.STATEMENT_NOUNS) and nxt in lang.SPEECH_VERBS \
            and (nxt.endswith(("ed", "id", "ld")) or nxt == "says"):
        return False  # a noun before the real cue: "Unconfirmed reports said ...", "the clinic report says" (lead29)
    if (prev in lang.PASSIVE_BE_FORMS or prev in lang.NEGATED_BE_FORMS) and (w.endswith("ed") or w in _PARTICIPLES):
        return False  # passive: "was told by ...", "has never been charged", "is expected to", "weren't told"
    if (w.endswith("ed") or w in _PARTICIPLES) and re.match(lang.CONTRACTED_BE_RE, prev + " " + w, re.I) \
            and (prev.endswith(("re", "RE")) or nxt in ("to", "of")):
        return False  # "They're said to be ...", "He's accused of ...": a contracted passive (read16; not "He's said that ...": has)
    if (w.endswith("ed") or w in _PARTICIPLES) and _passive_after_adverbs(toks, i):
        return False  # "He was also charged with ...", "Playback is not supported": the subject is no speaker
    if closes_final_frame(toks, i) or closes_paper_frame(toks, i):
        return True  # "..., local media report.", "..., the lawsuit claims.": a final frame, not a noun phrase (read17)
    if singular_noun_subject(toks, i):
        return False  # "A Tarne Council report came out": a noun after a singular subject's words (lead29)
    if (w in lang.NOUN_CUES or w in lang.STATEMENT_NOUNS) and i and toks[i - 1].text.islower() and prev not in lang.PRONOUNS \
            and prev not in lang.PERSON_NOUNS and prev not in lang.ORG_HEADS and prev not in lang.CUE_MODIFIERS \
            and not (prev.endswith("s") and not prev.endswith("ss")):  # "farmers fear": a plural subject
        return False  # "dubious medical claims"
    if (w in lang.STATEMENT_NOUNS or w in lang.NOUN_CUES) and nxt in lang.NOUN_CUE_FOLLOWERS and \
            not (i and (toks[i - 1].text[:1].isupper() or toks[i - 1].low in lang.PRONOUNS
                        or toks[i - 1].low in lang.CUE_MODIFIERS)) and \
            not (nxt == "to" and (w in lang.ATTITUDE_VERBS or w in lang.CLAIM_VERBS) and (prev in lang.ORG_HEADS or prev in lang.PERSON_NOUNS)):
        return False  # a plural noun: "dubious medical claims on-air", "its plans for" (not "the campaign plans to")
    if w in lang.ADDRESSEE_THAT_CUES:
        return _addressee_then_that(toks, i)  # "assured residents that ...", not "assured her place"
    if w in lang.ADDRESSED_CUES and _person_then(toks, i, lang.ADDRESSED_CUES[w]):
        return True  # "pressed the chair on why ...", "asked Congress for $32 billion"
    if w not in lang.CUE_VERBS | lang.DEFENCE_VERBS:
        return False  # "asking" is a cue only so
    if w in lang.NARROW_CUES and nxt not in lang.NARROW_CUES[w] and not _time_then(toks, i, lang.NARROW_CUES[w]) \
            and not _owned_then(toks, i, lang.NARROW_CUES[w]) and not _closes_quotation(toks, i):
        return False  # "state regulators" is a noun phrase, "continued to march" no speech; "states that" a cue
    if w in lang.SUNG_CUES and nxt == "," and not (i + 2 < len(toks) and toks[i + 2].text[:1] in "“\"'‘"):
        return False  # 'Dana raps, "When ..."' reports; "Dana raps, sings and dances" does not (read34)
    if w in ("show", "shows") and i >= 2 and toks[i - 1].text[:1].isupper() and toks[i - 2].low.endswith(("'s", "’s")):
        return False  # "<network>'s Today show": a programme, no finding shown (read34)
    if posts_media(toks, i):
        return False  # "posted a photo of her visit on Facebook": an act, no statement (read11a)
    if w in lang.OBJECT_ACT_CUES and (nxt in ("a", "an", "another") or nxt in lang.NUMBER_UNITS or nxt[:1].isdigit()):
        return False  # "Bent added a third", "has observed five of them": an act with an object, no speech
    if w.endswith("ed") and prev.endswith("ly") and i >= 2 and toks[i - 2].low in lang.QUANTIFYING_DETERMINERS \
            and nxt[:1].isalpha() and nxt not in lang.FUNCTION_WORDS:
        return False  # "offered more racially charged comments": an adjective after a quantifier and an adverb
    if prev in lang.QUANTIFYING_DETERMINERS or (w.endswith("ed") and (prev in lang.NUMBER_UNITS or prev[:1].isdigit())
                                                and nxt[:1].isalpha() and nxt not in lang.FUNCTION_WORDS):
        return False  # an adjective or a noun: "offered some pointed advice", "her three alleged partners"
    if w.endswith("ed") and prev.endswith("ed") and toks[i - 1].text.islower() and prev not in lang.CUE_MODIFIERS \
            and nxt.isalpha() and nxt.islower() and nxt.endswith("s") and nxt not in lang.FUNCTION_WORDS:
        return False  # a participle before a plural noun, after a verb: "declined repeated requests for comment"
    if w.endswith("ed") and nxt in lang.FINITE_BE_FORMS and i and prev not in lang.PRONOUNS and toks[i - 1].text.isalpha():
        return False  # a participle after its noun, before the verb: "the maximum consumption recommended is two units"
    if w in lang.DEFENCE_VERBS:
        return _defends_position(toks, i)
    if w in lang.WEAK_CUES and w in lang.SPEECH_VERBS and i and any(
            x.text[:1].isupper() or x.low in lang.PRONOUNS or x.low in lang.PERSON_NOUNS or x.low in lang.ORG_HEADS
            for x in toks[max(0, i - 4):i]) and toks[i - 1].text not in ",;:":
        return True  # "They noted his attorney ...", "the court noted", "Residents in the area reported"
    if w in lang.WEAK_CUES:
        nxt = toks[i + 1].low if i + 1 < len(toks) else ""
        nxt2 = toks[i + 2].low if i + 2 < len(toks) else ""
        if w in lang.FOUND_PARTICIPLES and nxt in lang.FOUND_PLACE_PREPOSITIONS and not any(x.low == "that" for x in toks[i + 1:i + 8]):
            return False  # "The emails found on his laptop are ...": a participle of a thing found somewhere
        ok = nxt in lang.WEAK_CUE_FOLLOWERS or felt_clause(toks, i) \
            or nxt2 in ("that", "“", '"') \
            or [t.low for t in toks[i + 2:i + 3]] == ["to"] and i + 4 < len(toks) and toks[i + 3].low in lang.FINDING_VERBS \
            and toks[i + 4].low == "that"  # "found evidence to show that ..."
        if nxt == "it" and it_adjective_to(toks, i + 2):
            ok = False  # "She will find it hard to win", "found it impossible to sleep": an ability, no stance
        quote_follows = any(x.text in ("“", '"') for x in toks[i + 1:i + 8])
        if w in ("call", "calls", "called") and nxt not in lang.CALL_ON_FOLLOWERS and not quote_follows:
            ok = False
        if w in ("call", "calls", "called") and nxt not in lang.CALL_PARTICLES and any(
                x.text in ("‘", "'") and k + 1 < len(toks) and toks[k + 1].text[:1].isalpha()
                and toks[k - 1].end < x.start for k, x in enumerate(toks[i + 2:i + 7], i + 2)):  # not "Jones' office"
            ok = True  # "called the sign 'cruel'": an evaluation in single quotes
        if w in ("call", "calls", "called") and nxt not in lang.CALL_PARTICLES and nxt not in ("“", '"') and (any(
                x.text in ("“", '"') for x in toks[i + 2:i + 7]) or quoted_after_time(toks, i)) and toks[i - 1].text not in ",;:" if i else False:
            ok = True  # "spokeswoman Jane Doe called the candidate “reckless”": an evaluation in double quotes (read11a)
        if w in ("call", "calls", "called") and nxt not in lang.CALL_PARTICLES \
                and any(x.low in ("a", "an") for x in toks[i + 2:i + 6]):
            ok = True  # "called Jane Doe a liar", "called the plan a failure": an evaluation
        if w in ("call", "calls", "called") and nxt in lang.DESCRIPTION_DETERMINERS and judged_object(toks, i):
            ok = True  # "called the ruling disappointing": an evaluation by an adjective (lead29)
        if w in lang.NARROW_CUES:
            ok = nxt in lang.NARROW_CUES[w] or _time_then(toks, i, lang.NARROW_CUES[w]) or _owned_then(toks, i, lang.NARROW_CUES[w]) \
                or _closes_quotation(toks, i)
        if w in lang.BARE_CUES and nxt in (",", ".", ":", "“", '"', "that"):
            ok = True
        if (w in lang.BARE_CLAUSE_FINDINGS or w in lang.BARE_PRONOUN_CLAUSE_SHOWINGS) and _bare_clause(toks, i):
            ok = True  # "The panel found the company was in breach" (a clause with no "that")
        return ok
    return True


def posts_media(toks: list[Tok], i: int) -> bool:
    """"posted photos of ...": a picture posted, no statement (not "posted on Facebook that ...")."""
    return toks[i].low in lang.POSTING_VERBS and any(t.low in lang.MEDIA_NOUNS for t in toks[i + 1:i + 5]) \
        and not any(t.low == "that" or t.text in ("“", '"', ":") for t in toks[i + 1:i + 5])


def _added_object(toks: list[Tok], i: int) -> bool:
    return added_thing([t.text for t in toks[i + 1:]])


def added_thing(words: list[str]) -> bool:
    """The words after "add": "<Player> added a second in the 71st minute", "The firm added 300 jobs": a noun phrase
    (an article, a number, a possessive) with no clause of content after it (no "that", quotation, colon or finite
    verb to the clause's end) is an act, not speech ("is adding orders" too: lead37); "He added a deal was close" keeps
    its verb and stays a cue (left43). "adding to signs that ...": "to" and a thing, no addressee (genre44)."""
    if len(words) > 1 and words[0].lower() == "to" and words[1].islower() and words[1] not in lang.OBJECT_PRONOUNS \
            and words[1] not in lang.PERSON_NOUNS and words[1] not in lang.PLURAL_PEOPLE_NOUNS:
        return True  # (not "adding to reporters that ...", "adding to him that ...")
    bare = bool(words) and words[0].isalpha() and words[0].islower() and not words[0].endswith("ly") and words[0] not in \
        lang.FUNCTION_WORDS | lang.PRONOUNS | lang.OBJECT_PRONOUNS | lang.PERSON_NOUNS | lang.PLURAL_PEOPLE_NOUNS
    if not words or not (words[0].lower() in lang.INDEFINITE_ARTICLES or words[0].lower() in lang.POSSESSIVE_DETERMINERS or bare or words[0][:1].isdigit()):
        return False
    for w in words[1:]:
        if w in (".", ";", "!", "?", ","):
            break
        low = w.lower()
        if low == "that" or w in QUOTE_MARKS or w == ":" or low in lang.AUXILIARY_VERBS or lang.is_past_form(low):
            return False
    return True


def _bare_clause(toks: list[Tok], i: int) -> bool:
    """After cue token i a clause with no "that": a subject pronoun and a finite verb ("show he
    took"), or a determiner or a name, at most four more words and a finite verb of
    lang.BARE_CLAUSE_VERBS ("found the United States was in breach"), no punctuation between."""
    j = i + 1
    if j + 1 < len(toks) and toks[j].low in lang.SUBJECT_PRONOUNS:
        nx = toks[j + 1]
        return nx.low in lang.BARE_CLAUSE_VERBS or nx.text.islower() and nx.low.endswith("ed")
    if toks[i].low in lang.BARE_PRONOUN_CLAUSE_SHOWINGS:
        return False  # "Satellite images show the dam had ...": only "show he took" (lang)
    if j >= len(toks) or not (toks[j].low in lang.NOUN_DETERMINERS and toks[j].low != "that" or toks[j].text[:1].isupper() or toks[j].low == "such"):
        return False
    for k in range(j + 1, min(len(toks), j + 6)):
        if toks[k].low in lang.BARE_CLAUSE_VERBS or past_verb_with_object(toks, k):
            return True  # ("found such a scheme created problems for towns": a past verb and its object; read30)
        if not toks[k].text[:1].isalnum() or toks[k].low in lang.BARE_CLAUSE_STOPS or toks[k].low in lang.PRONOUNS:
            return False  # ("showed the fans it could win": an object, then a clause of its own)
    return False


def _person_then(toks: list[Tok], i: int, followers: tuple[str, ...]) -> bool:
    """After cue token i, a person (an object pronoun or one to three capitalised words) and then
    one of `followers`: "pressed Stone on why", "asked him to resign", "asking Congress for"."""
    j = i + 1
    if j < len(toks) and toks[j].low in lang.OBJECT_PRONOUNS:
        j += 1
    else:
        while j < len(toks) and j - i <= 3 and toks[j].text[:1].isupper() and toks[j].low not in lang.NOT_NAMES:
            j += 1
    return i + 1 < j < len(toks) and toks[j].low in followers


def _addressee_then_that(toks: list[Tok], i: int) -> bool:
    """After cue token i, an addressee of one to four words and then "that" ("reassured parents
    that", "reminded the board's members that"; lang.ADDRESSEE_THAT_CUES)."""
    for j in range(i + 2, min(len(toks), i + 6)):
        if toks[j].low == "that":
            return True
        if not (toks[j].text[:1].isalpha() or toks[j].text in "'’"):
            return False
    return False


def _defends_position(toks: list[Tok], i: int) -> bool:
    """"defended the administration's plan", "defended her remarks", "defended himself": a
    position (lang.DEFENDED_POSITIONS) within six words, before any punctuation."""
    for t in toks[i + 1:i + 7]:
        if t.low in lang.DEFENDED_POSITIONS:
            return True
        if not (t.text[:1].isalnum() or t.text in "'’"):
            return False
    return False


def _passive_after_adverbs(toks: list[Tok], i: int) -> bool:
    """A form of "be" before cue token i with only adverbs between ("was also charged", "is not
    supported", "were later accused"): a passive, whose subject is what the act is about."""
    j = i - 1
    while j >= 0 and (toks[j].low in lang.PASSIVE_ADVERBS or (toks[j].low.endswith("ly") and toks[j].text.islower())):
        j -= 1
    return j < i - 1 and j >= 0 and toks[j].low in lang.PASSIVE_BE_FORMS
