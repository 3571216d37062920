"""Who speaks in a reporting clause (which words are cues: cue_words.py): the subject noun phrase
before a cue (`subject_left`: "Jane Doe, a lawyer, said"; after an inverted cue: inverted.py).
Word lists in summarizer.lang and lang."""

from __future__ import annotations

import re

from .. import lang
from .cue_words import adverb_ly, speaking_lead
from .name_kinds import org_name_series
from .open_apposition import name_before_open_apposition
from .series import kin_pair, series_before, series_comma
from .bare_openers import subject_after_opener
from .clause_shapes import reduced_relative_not as _reduced_relative_not
from .text import DASHES, QUOTE_MARKS, Tok, cap, name_part
from .set_off_adverbs import set_off_width
from .shares import share_of_people
from .subject_checks import as_step, bare_verb_of_singular, participle_object as _participle_object, role_pair, topic_pair
from .name_tags import tagged_name
from .subject_openers import relative_before as _relative_before
from .trade_descriptions import event_noun_object as _event_noun_object, trade_after_org

_ASIDE = re.compile(lang.SOURCE_ASIDE_RE)
_DATELINE = re.compile(lang.DATELINE_RE)
_TIME_WORDS = lang.TIME_WORDS
_PREPOSITIONS = lang.PREPOSITIONS
_PARTICIPLES = lang.PASSIVE_PARTICIPLES
_AUX = lang.AUXILIARY_VERBS


_BE = lang.BE_FORMS
#: "it's", "that's", "there's": a pronoun and "is" (a clause, no subject noun phrase).
_IS_CONTRACTION = re.compile(r"^(?:" + lang.IS_CONTRACTION_SUBJECTS_RE + r")['’]s$")


def contact_subject(phrase: list[Tok]) -> bool:
    """A determiner's common noun, then a second noun phrase opening a relative clause with no
    "that" ("The companies Brandt hopes to lure", "The firms the mayor wants to attract"): the
    second noun phrase is the relative clause's subject, the cue its verb, and the sentence's
    claim is the first noun's. Not a role before a name ("The union leader Jane Doe": a singular
    noun) nor a plural one before names ("The lawyers Dana Roe and Ned Vale": no "and" here)."""
    if len(phrase) < 3 or phrase[0].low not in lang.DETERMINERS:
        return False
    k = 1
    while k < len(phrase) and phrase[k].text.isalpha() and phrase[k].text.islower() and phrase[k].low not in lang.FUNCTION_WORDS:
        k += 1
    rest, noun = phrase[k:], phrase[k - 1].low
    if k == 1 or not rest:
        return False
    if rest[0].low in lang.DETERMINERS:  # "the firms the mayor"
        return len(rest) >= 2 and all(t.text.isalpha() and t.text.islower() for t in rest) and not _participle_object(phrase, k - 1)
    return cap(rest[0].text) and all(cap(t.text) for t in rest) and noun.endswith("s") and not noun.endswith("ss")


def _capitalised_mid(toks, j: int, lo: int) -> bool:
    """toks[j] is capitalised inside the sentence: a name ('“...,” Long said', "Sen. Jane Still said"),
    not the adverb it spells in lower case (the lead's reading, session 23)."""
    before = toks[j - 1].text if j > lo else ""
    return toks[j].text[:1].isupper() and j > lo and before not in (".", "!", "?", ":", "“") \
        and (before != '"' or j - 2 >= lo and toks[j - 2].text in (",", "!", "?"))  # ('"...," Long said': a closing mark)


def subject_left(text: str, toks: list[Tok], i: int, lo: int, mid_caps: frozenset = frozenset()) -> tuple[int, int] | None:
    """The subject noun phrase ending right before cue token i (skipping 'also', 'has', ...),
    read leftwards to a clause boundary; None when what is there is not a plausible subject."""
    if lo < i and (tagged := tagged_name(text, toks, lo, i)) is not None:
        return tagged  # "Sen. Jane Doe, D-Ill., said", "Jo Roe, 91, from Tarne, Kent said" (name_tags.py)
    if lo < i and toks[i - 1].text == ",":
        kin = kin_pair(text, toks[lo].start, toks[i].start)
        if kin:  # "Tom Reyes and his wife, Ana, said"
            return kin
    j = i - 1
    rel = _relative_before(toks, lo, i)
    if rel is not None:
        j = rel  # "The fire inspector, who toured the plant, found ...": the clause describes the subject (read12c)
    if j - 2 >= lo and toks[j].low == "to" and toks[j - 1].low == "on" and toks[j - 2].low in lang.GO_ON_FORMS:
        j -= 3  # "He went on to add"
    elif j - 1 >= lo and toks[j].low == "to" and toks[j - 1].low in lang.CONTINUATIVE_VERBS:
        j -= 2  # "She continued to deny"
    elif j - 2 >= lo and toks[j].low == "to" and toks[j - 1].low == "forward" and toks[j - 2].low in lang.FORWARD_VERBS:
        j -= 3  # "Three students came forward to accuse"
    elif j - 1 >= lo and toks[j].low == "to" and (lead := speaking_lead(toks, i)) is not None and lead - 1 >= lo:
        j = lead - 1  # "Kim was quick to point out", "Brandt used the speech to argue" (cue_words.speaking_lead)
    while j > lo and toks[j].low in lang.FLOATING_QUANTIFIERS and toks[j].text.islower():
        j -= 1  # "The mayor and the union all urged": a floating quantifier, no part of the name
    j -= set_off_width(toks, j, lo)  # "The family's lawyer, meanwhile, criticized ...", ", for example," (read12c, read29)
    if j - 2 >= lo and toks[j].low in lang.TIME_UNITS and toks[j - 1].low == "for" and toks[j - 2].low in _AUX:
        j -= 2  # "X has for years said that ...": a duration between the auxiliary and the cue (lead29)
    while j >= lo and not _capitalised_mid(toks, j, lo) and (toks[j].low in lang.CUE_MODIFIERS or (adverb_ly(toks[j])) or (toks[j].low in lang.SEEMING_VERBS or toks[j].low in lang.STATE_COPULAS)
                       and toks[i].low in lang.CONTACT_BELIEF_ADJECTIVES  # "Republicans seem confident they" (attr17)
                       or _negated_modifier(toks[j].low) or j == i - 1 and toks[i].low.endswith("ing")
                       and toks[j].low in lang.CONTINUATIVE_VERBS):  # "The candidate keeps saying"
        j -= 1
    if j < lo or toks[j].low == "to" or toks[j].low in lang.COORDINATORS or toks[j].low == "or" or (j - 1 >= lo and toks[j - 1].low == "to" and toks[j].low in lang.SPLIT_INFINITIVE_ADVERBS):
        return None  # an infinitive ("pressed him to (better) explain his claim"), a coordinated verb ("... and said"): no subject of its own
    k = j
    words = 0
    while k >= lo:
        t = toks[k]
        if t.text == ")":  # "Sen. Jane Doe (D-Mo.) said": step over the parenthesis
            depth = k
            while depth >= lo and toks[depth].text != "(":
                depth -= 1
            if depth > lo and k - depth <= 8:
                k = depth - 1
                continue
        if t.low == "and" and (role_pair(toks, lo, k, j) or topic_pair(toks, lo, k, j)) or t.low == "and" and k + 1 <= j and k - 1 >= lo and (toks[k - 1].text[:1].isupper() or toks[k - 1].low in lang.PRONOUNS
                                                              or k - 3 >= lo and toks[k - 1].text == ")" and toks[k - 2].text.isupper()  # "X (TFC) and Y"
                                                              or toks[k - 1].low in lang.PERSON_NOUNS) \
                and (toks[k + 1].text[:1].isupper() or toks[k + 1].low in lang.POSSESSIVE_DETERMINERS
                     or (toks[k + 1].low == "the" and k + 2 <= j and toks[k + 2].text[:1].isupper())):
            words += 1
            k -= 1
            continue
        if t.low == "than" and k - 1 >= lo and toks[k - 1].low in lang.COMPARATIVE_QUANTIFIERS and k + 1 <= j \
                and (toks[k + 1].low in lang.QUANTITY_LEADS or toks[k + 1].text[:1].isdigit()):
            words += 1  # "More than a dozen farmers have said": a count in the subject, no comparison clause
            k -= 1
            continue
        if t.low == "and" and lo < k < j and toks[k + 1].low in lang.PHRASE_PREPOSITIONS | lang.PLACE_SPREAD_PREPOSITIONS and toks[k + 1].text.islower() \
                and any(x.low in lang.PHRASE_PREPOSITIONS for x in toks[max(lo, k - 6):k]):
            # "observers in the state and around the country say": two prepositional phrases of one subject
            words += 1
            k -= 1
            continue
        if t.low in ("least", "most") and k - 1 >= lo and toks[k - 1].low == "at" and k + 1 <= j \
                and (toks[k + 1].low in lang.QUANTITY_LEADS or toks[k + 1].text[:1].isdigit()):
            words += 2  # "At least two officials said": a count in the subject, no opening preposition (lead29)
            k -= 2
            continue
        if t.low in ("and", "or") and (c := series_before(toks, lo, k, j)) is not None:
            words += k - c  # "Residents, business owners and two council members said": one series
            k = c - 1
            continue
        if t.low == "as" and (step := as_step(toks, lo, k, j)):
            words += step  # "Critics such as Ella Moss said", "An officer identified as Sgt. Dunn said" (real47): no "as" clause
            k -= step
            continue
        if t.text == "That" and k == lo and j == k + 1 and _speaker_noun(toks[j]):
            k -= 1  # "That board said ...": a demonstrative before a lone singular body or person noun is the
            break  # subject's determiner (a complementiser "That" opens a clause: "That he said", "That the board said")
        if t.low in lang.SAYING_PARTICIPLES and k < j:
            return None  # "Jo Fyfe left saying Dorn told them ...": the subject is the participle's content; her frame
        if k == lo and t.low in lang.CLAUSE_WORDS and t.low in _PREPOSITIONS and words:
            words += 1  # "After the vote she said": the sentence's opening preposition (bare_openers)
            k -= 1
            continue
        if t.text in QUOTE_MARKS or t.text in DASHES or t.text in ";:()[]" or t.low in lang.CLAUSE_WORDS and t.text != "WHO" \
                or t.text in "'’‘" and (t.start == 0 or not text[t.start - 1].isalnum()):
            break  # a single quotation mark after punctuation ("...,' Mr Doe said"), not a plural's apostrophe
        if t.text == ",":
            # an appositive: "Smith, 56, a lawyer, said" -> keep reading left over it
            left = text[max(0, toks[lo].start if lo < len(toks) else 0):t.start]
            right = toks[k + 1] if k + 1 <= j else None
            descriptive = right is not None and not cap(right.text) and right.low not in lang.PRONOUNS
            name_left = k - 1 >= lo and (toks[k - 1].text in mid_caps or k - 1 > lo) and cap(toks[k - 1].text)
            if descriptive and name_left and words and toks[i - 1].text == "," and re.search(r"[A-Z][\w'’.-]*\s*$", left) and words <= 8 and toks[k - 1].low not in lang.CLAUSE_WORDS:
                k -= 1
                continue
            if series_comma(toks, lo, k, j):  # "Residents, business owners and two council members said"
                k -= 1
                continue
            if _name_comma(toks, lo, k, j):  # "the Council on Food, Farming and Rural Affairs (CFFRA) says"
                k -= 1
                continue
            if (named := name_before_open_apposition(text, toks, lo, k, j)) is not None:
                return named  # "Jane Roe, head of policy at the X group said": the name (read17)
            break
        if t.text == "." and k - 1 >= lo and (toks[k - 1].low.rstrip(".") in lang.PERSON_TITLES
                                              or (len(toks[k - 1].text) == 1 and toks[k - 1].text.isupper())
                                              or toks[k - 1].low in lang.NAME_SUFFIXES
                                              or toks[k - 1].low in lang.ABBREVIATIONS  # "Cie. de Navigation Chairman Jane Doe"
                                              or toks[k - 1].text.rsplit("-", 1)[-1] in lang.ACADEMIC_TITLE_ABBREVIATIONS  # "Ing. Pavel Kral", "Dipl.-Ing." (shapes35)
                                              or re.fullmatch(r"[A-Z](?:\.[A-Z])+", toks[k - 1].text)):
            k -= 1
            continue
        if t.text in ".!?" and k < j:
            break
        words += 1
        k -= 1
    start_tok = k + 1
    if start_tok > j:
        return None
    phrase = toks[start_tok:j + 1]
    if len(phrase) > 2 and phrase[0].low.endswith("ed") and phrase[1].low == "to" and phrase[2].text.islower() \
            and phrase[2].low not in lang.DETERMINERS:
        return None  # '"propaganda" intended to give Republicans claim to it': an infinitive's object, no subject (read13a)
    dash = next((x for x in range(1, min(len(phrase) - 2, 5)) if phrase[x].text == "-" and phrase[x + 1].text == "-"), None)
    if dash is not None and all(t.text.isupper() and len(t.text) > 1 or t.text == "," for t in phrase[:dash]):
        phrase = phrase[dash + 2:]  # "DENVER -- The state agency said": a dateline, no part of the source (read11b)
    dash = next((x for x in range(1, min(len(phrase) - 1, 4)) if phrase[x].text in "-–—"), None)
    if dash is not None and all(t.text.isdigit() or t.low.rstrip(".") in lang.MONTHS + lang.MONTH_ABBREVIATIONS for t in phrase[:dash]):
        phrase = phrase[dash + 1:]  # "Jan 2006 - Government proposes ...": a timeline's date, no part of the source (lead27)
    dl = _DATELINE.match(text, toks[lo].start, phrase[-1].end) if lo < len(toks) and toks[i].low in lang.SPEECH_VERBS else None
    # (a verb of saying only: with "criticized" after the dateline PolNeAR half B lost one own-voice claim; session 15)
    if dl and phrase[0].start < dl.end() < phrase[-1].end:
        phrase = [t for t in phrase if t.start >= dl.end()]  # "CALDER, Aug. 8 - Health officials reported": dated (session 15)
    # Drop leading adverbials: "On Monday, Smith said" is cut at the comma already; "But he said".
    while phrase and (phrase[0].low in lang.LEADING_ADVERBIALS or phrase[0].low in lang.ADDITIVE_OPENERS and phrase[1:2]
                      and phrase[1].text.islower()) and not (phrase[0].text.isupper() and len(phrase[0].text) > 1):
        phrase = phrase[1:]  # (not an acronym: "NOW President Jane Doe")
    if len(phrase) > 1 and phrase[0].low in lang.TIME_LEAD_ADVERBS and (phrase[1].text[:1].isupper() or phrase[1].low == "the"):
        phrase = phrase[1:]  # "Later Ann Roe said": the adverb is no part of the name (lead29)
    if len(phrase) > 3 and phrase[0].low in lang.RELATIVE_TIME_LEADERS and phrase[1].low in lang.TIME_WORDS | set(lang.WEEKDAYS) \
            and phrase[2].low in lang.SUBJECT_DETERMINERS | {"the"}:
        phrase = phrase[2:]  # "Last year the company announced ...": the time is no part of the subject (read11a)
    if len(phrase) > 1 and phrase[0].low in lang.FOCUS_ADVERBS:
        phrase = phrase[1:]  # "even some of the most loyal members say": "some of ..." speaks
    commas = [x for x, t in enumerate(phrase) if t.text == ","]
    if commas and phrase[0].low in lang.INTRODUCTORY_WORDS:
        phrase = phrase[commas[0] + 1:]  # "In July, the group called ..." -> "the group"
    if phrase and phrase[0].low in _PREPOSITIONS and not commas and not (len(phrase) > 2 and phrase[1].low in ("least", "most")):
        phrase = subject_after_opener(phrase)  # "On Friday the minister said", "In a TV interview Trump declared"
        if phrase is None:
            return None
    if len(phrase) > 2 and any(t.low in lang.BE_FORMS or _IS_CONTRACTION.match(t.low) for t in phrase[:-1]) \
            and phrase[-1].text[:1].isupper():
        run = []  # "It's a price Jane Doe said she would pay": a clause, then the relative clause's subject
        for t in reversed(phrase):
            if not (t.text[:1].isupper() or t.text == "." and run) or t.low in lang.BE_FORMS or _IS_CONTRACTION.match(t.low):
                break
            run.insert(0, t)
        phrase = run
    if not phrase or len([t for t in phrase if t.text.isalnum() or t.text[:1].isalnum()]) > 14:
        return None
    phrase = _statement_from(phrase)
    if toks[i].low in lang.COLON_SPEECH_NOUNS:  # "Senator Mia Cole gave a short reply:": the subject ends before the light verb
        x = next((x for x in range(1, len(phrase) - 1) if re.fullmatch(lang.LIGHT_ONLY_VERBS_RE, phrase[x].low)
                  and phrase[x + 1].low in lang.DETERMINERS and all(t.text.isalpha() and t.text.islower() for t in phrase[x + 2:])
                  and len(phrase) - x - 2 <= 2), None)
        phrase = phrase[:x] if x is not None else phrase
    if phrase and phrase[-1].text.islower() and phrase[-1].low.endswith("ing") and phrase[-1].low not in lang.PERSON_NOUNS | _TIME_WORDS \
            and not (phrase[-1].low in lang.DOCUMENT_NOUNS and len(phrase) > 1) \
            and not trade_after_org(phrase) and not _event_noun_object(phrase):  # (not "the court filing said", "officers accused of racketeering said", read29 "of X music publishing")
        return None  # "..., requiring state and local police to ...": a verb's object, not a subject
    if len(phrase) > 2 and (phrase[0].low.endswith("ing") or phrase[0].low in lang.QUESTIONED_PARTICIPLES) and cap(phrase[0].text) and start_tok == lo \
            and phrase[-1].low in lang.PERSON_PRONOUNS | lang.GROUP_PRONOUNS \
            and not any(t.text in ",;:" or t.low in _AUX for t in phrase):
        return phrase[-1].start, phrase[-1].end  # "Speaking from the car he said", "Asked for comment she said" (read26): no comma
    if len(phrase) > 1 and phrase[-1].low in lang.PRONOUNS or bare_verb_of_singular(phrase, toks[i]):
        return None  # a relative clause, not a subject: "The best one I know of", "anything it knows"; "A police report included" (real47)
    if contact_subject(phrase):
        return None  # "The companies Brandt hopes to lure include ...": the relative clause's subject (attr15)
    if len(phrase) > 5 and phrase[0].low in lang.SUBJECT_PRONOUNS and phrase[1].text.islower() and phrase[1].low not in ("and", "or"):
        return None  # a clause: "He handled many cases including one involving an officer suspected of ..." (read12c)
    if any((t.low in _AUX or t.low in lang.MODALS or t.low.endswith(("'ve", "’ve"))) and not name_part([p.text for p in phrase], x)
           or t.low in ("not", "n't") and not _reduced_relative_not(phrase, x) or t.low.endswith("n't") for x, t in enumerate(phrase)):
        return None  # a clause, not a subject: "Readers may not let ..." (a capitalised "May" in a name is none: read27)
    while len(phrase) > 1 and (phrase[-1].low in lang.FINAL_TAIL_STARTERS or phrase[-1].low in _TIME_WORDS) \
            and (phrase[-1].text.islower() or phrase[-1].low in lang.WEEKDAYS or not cap(phrase[-2].text)) \
            and phrase[-1].low not in lang.PRONOUNS:  # "Trump this week", "Trump Monday"; not "Jane Night"
        phrase = phrase[:-1]  # "Trump this week" -> "Trump"
        if len(phrase) > 1 and phrase[-1].low in lang.TIME_PHRASE_LEADERS:
            phrase = phrase[:-1]
        if len(phrase) > 2 and phrase[-1].low == "the" and phrase[-2].low in lang.TIME_SPAN_PREPOSITIONS:
            phrase = phrase[:-2]  # "The mayor over the weekend" -> "The mayor" (read12c)
        if len(phrase) > 1 and phrase[-1].text.islower() and phrase[-1].low.endswith("ed") and phrase[-2].text.isalpha() \
                and phrase[-2].low not in _AUX and phrase[-2].low not in lang.BE_FORMS:
            phrase = phrase[:-1]  # "The rules issued Thursday said" -> "The rules" (read11b)
    aside = next((x for x in range(1, len(phrase)) if phrase[x].low in ("in", "earlier", "later") and phrase[x].text.islower()
                  and _ASIDE.fullmatch(" ".join(p.text for p in phrase[x:]))), None)
    if aside is not None:
        phrase = phrase[:aside]  # "The port operator in a filing" -> "The port operator" (lang.SOURCE_ASIDE_RE)
    if len(phrase) > 3 and all(phrase[x - 3].low in ws for x, ws in enumerate(lang.SUBJECT_TIME_PHRASE)):
        phrase = phrase[:-3]  # "Jane Doe at the time said" -> "Jane Doe"
    first = phrase[0].low
    if phrase[-1].text == ",":
        phrase = phrase[:-1]
    if not phrase:
        return None
    last = phrase[-2].low if len(phrase) > 2 and phrase[-1].low in lang.POSTNOMINAL_PARTICIPLES else phrase[-1].low  # "the firms named" (read29)
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    # a plural noun speaks before a saying verb or any cue with "that" ("environmentalists worry that")
    strong_verb = toks[i].low in lang.SPEECH_VERBS and toks[i].low not in lang.WEAK_CUES or nxt == "that"
    # a plural agent noun before a denial or claim verb ("insurers disputed the estimate"), unless the
    # verb is a participle ("prices dismissed as minor") or the noun a thing ("attacks claimed lives")
    agent_speaks = (toks[i].low in lang.CLAIM_VERBS or toks[i].low in lang.DENIAL_VERBS or toks[i].low in lang.STANCE_VERBS
                    or toks[i].low in lang.FORECAST_VERBS | lang.DESIRE_VERBS) \
        and nxt not in lang.PARTICIPLE_FOLLOWERS \
        and last.endswith(lang.AGENT_PLURAL_ENDINGS) and len(phrase) <= 4
    # "More than a dozen farmers": the comparative before the count does not lengthen the noun phrase
    size = len(phrase) - 2 if len(phrase) > 2 and first in lang.COMPARATIVE_QUANTIFIERS and phrase[1].low == "than" else len(phrase)
    bound = len(phrase) > 2 and first == "at" and phrase[1].low in ("least", "most")  # "At least one visitor said" (lead29)
    size -= 2 * bound
    ok = (first in lang.PRONOUNS and len(phrase) == 1) or any(cap(t.text) for t in phrase) \
        or last in lang.PERSON_NOUNS or last in lang.ORG_HEADS or first in lang.SUBJECT_DETERMINERS or head_before_pp(phrase) \
        or (strong_verb and size <= 4 and last.endswith("s") and not last.endswith("ss")) \
        or agent_speaks \
        or (strong_verb and (size <= 4 and any(t.text[:1].isdigit() or bound and t.low in lang.QUANTITY_LEADS for t in phrase)
                             or share_of_people(phrase))) \
        or (strong_verb and 2 <= len(phrase) <= 3 and (first in lang.POSSESSIVE_DETERMINERS or first in ("my", "our"))) \
        or (last in ("there", "here") and 2 <= len(phrase) <= 4 and (phrase[-2].low in lang.PERSON_NOUNS | lang.ORG_HEADS
                                                                     or strong_verb and phrase[-2].low.endswith("s")))
    # ("His ex-wife agreed that"; "officials there admit": the place adverb after the head)
    # "Some have argued that ...", "Many say ...", "Some accused her of ..." (read31): a quantifier standing for people
    quantifier = len(phrase) == 1 and (first in lang.AS_SAID_QUANTIFIERS or first == "another" and strong_verb) and first not in ("both", "other") and (strong_verb or toks[i].low in lang.GROUP_BELIEF_VERBS
                                                                                                                       or toks[i].low in lang.ACCUSATION_VERBS)
    if not (ok or quantifier) or (len(phrase) == 1 and last in lang.NOT_NAMES and last not in lang.PRONOUNS and not quantifier):
        return None
    strong = (toks[i].low in lang.SPEECH_VERBS or agent_speaks or nxt in ("that", "“", '"')
              or toks[i].low in lang.DENIAL_VERBS and toks[i].low.endswith("ed")) and not first.endswith("ly")
    # ("Grell denied a report that ...", "Grell denied the claims": a denial has a speaker; the lead, session 33)
    if len(phrase) == 1 and first in lang.SPEAKER_PRONOUNS | {"we"}:
        return None  # "I write", "we know": the writer's own voice, or speech already in quotes
    if len(phrase) == 1 and start_tok == 0 and first not in lang.PRONOUNS and phrase[0].text not in mid_caps \
            and first not in lang.PERSON_NOUNS and first not in lang.ORG_HEADS and (not strong and not quantifier or first.endswith("ly")
                                                                                   or first.endswith("ing") and toks[i].low not in lang.PLAIN_SAYING_VERBS):
        return None  # a sentence's first word alone is capitalised by position, not as a name ("Fighting continued")
    return phrase[0].start, phrase[-1].end


def _speaker_noun(t: Tok) -> bool:
    """A singular common noun of a body or a speaker ("board", "company", "judge"; lang.ORG_HEADS, lang.PERSON_NOUNS)."""
    return t.text.islower() and (t.low in lang.ORG_HEADS or t.low in lang.PERSON_NOUNS) and not t.low.endswith("s")


def _statement_from(phrase: list[Tok]) -> list[Tok]:
    """"a release from Jane Doe's office about the planned meeting" -> "a release from Jane Doe's
    office": a statement noun's source ends at the next phrase, what the statement is about."""
    if len(phrase) < 5 or phrase[0].low not in lang.DESCRIPTION_DETERMINERS:
        return phrase
    k = next((x for x in (1, 2) if phrase[x].low in lang.STATEMENT_NOUNS and phrase[x + 1].low in ("from", "by")), None)
    if k is None:
        return phrase
    cut = next((x for x in range(k + 3, len(phrase)) if phrase[x].low in (lang.PHRASE_PREPOSITIONS - {"of"}) | {"to"}
                and phrase[x].text.islower() and not _inside_name(phrase, x)), len(phrase))
    return phrase[:cut]


def _inside_name(phrase: list[Tok], x: int) -> bool:
    """A lower-case preposition between two capitalised words is part of a name ("the Council on Food
    and Farming", "the Institute for Rural Affairs", "the Committee on the Safety of Roads"), not the start of
    what a statement is about."""
    nxt = x + 2 if x + 2 < len(phrase) and phrase[x + 1].low == "the" else x + 1  # (lead36)
    return 0 < x < len(phrase) - 1 and cap(phrase[x - 1].text) and phrase[x - 1].low in lang.ORG_HEADS \
        and cap(phrase[nxt].text)


def _name_comma(toks: list[Tok], lo: int, k: int, j: int) -> bool:
    """Comma k separates capitalised items of an organisation's name that runs to token j: an
    organisation head with a preposition before it ("the Council on Food, Farming and Rural
    Affairs"), capitalised words and commas, "and" and an acronym in brackets after it. The shape is
    name_kinds.org_name_series's, read on the tokens' text (one rule for both; left21)."""
    x = k - 1
    while x > lo and (cap(toks[x].text) or toks[x].text == ","):
        x -= 1
    if not (x > lo and toks[x].low in ("of", "on", "for")):
        return False
    if x - 3 > lo and cap(toks[x - 1].text) and toks[x - 2].low == "the" and toks[x - 3].low in ("of", "on", "for"):
        x -= 3  # "the Board on the Safety of Rivers, Lakes and Ponds (BSRLP)" (lead29)
    span = toks[x - 1:j + 1]
    return org_name_series("".join(t.text if n == 0 or span[n - 1].end == t.start else " " + t.text for n, t in enumerate(span)))


def _negated_modifier(w: str) -> bool:
    """A contracted negation of a modifier between subject and cue ("haven't said", "didn't say");
    not of a modal ("wouldn't tell": hypothetical, as "would tell" is no cue either)."""
    return w.endswith("n't") and (w[:-3] in lang.CUE_MODIFIERS and w[:-3] not in lang.MODALS
                                  or w in lang.NEGATED_CONTRACTIONS)


def head_before_pp(phrase: list[Tok]) -> bool:
    """A person or organisation noun followed by a prepositional phrase: "elected officials from
    both parties", "political observers in the state"."""
    for x in range(1, len(phrase) - 1):
        if phrase[x].low in lang.HEAD_END_PREPOSITIONS or phrase[x].low == "to" and phrase[x - 1].low in ("close", "closest") or _participle_object(phrase, x):
            # ("critics of the fair said": lead28; "sources close to the talks said": genre45; "A lawyer representing the family said": lead46)
            heads = {phrase[x - 1].low} | ({phrase[x - 2].low} if x >= 2 and phrase[x - 1].text.islower() else set())
            # ("people familiar with the talks", "officials close to the mayor": an adjective after the head)
            return bool(heads & (lang.PERSON_NOUNS | lang.ORG_HEADS))
    return False


#: A set-off circumstance, participle phrase or list of examples right before a verb ("..., amid calls to
#: resign, made clear", "Critics, like Senators Jane Doe and John Roe, see it as").
_ASIDE_BEFORE_VERB = re.compile(r",\s+(?:" + lang.CIRCUMSTANCE_ASIDE_RE + "|" + lang.EXAMPLE_ASIDE_RE
                                + r"|[a-z]+ing|[a-z]+ed|who|which)\b[^,;:“”\"()]{1,80},\s*$")
# (", who lost the primaries to Clinton, identified ... as ...": a relative clause set off; lead12)


def subject_before_aside(text: str, toks, i: int, mid_caps: frozenset):
    """The subject before a phrase set off by commas right before cue token i ("The governor, amid
    calls to veto the bill, made clear ..."; the lead, session 11), or None."""
    if not i or toks[i - 1].text != ",":
        return None
    m = _ASIDE_BEFORE_VERB.search(text, toks[0].start, toks[i].start)
    c = next((x for x in range(i - 1) if toks[x].start == m.start()), None) if m else None
    return subject_left(text, toks, c, 0, mid_caps) if c else None


def comma_then_modifiers(toks, i: int) -> bool:
    """Between a comma and the cue toks[i] only modifiers ("..., who is retiring, has said",
    "..., also said"); no negation ("..., did not respond": the outlet's report of a silence)."""
    k = i - 1
    while k >= 0 and toks[k].low in lang.CUE_MODIFIERS and toks[k].low not in lang.NEGATORS \
            or k >= 1 and toks[k - 1].low == "for" and toks[k].low in lang.TIME_UNITS:  # "..., has for years said" (read33)
        k -= 1 + (toks[k].low in lang.TIME_UNITS and toks[k - 1].low == "for")
    return k < i - 1 and k >= 0 and toks[k].text == ","

