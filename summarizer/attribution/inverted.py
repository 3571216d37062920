"""The speaker after an inverted cue: "..., said Jane Smith, a lawyer.", "..., said a Republican aide
close to the majority whip.", "..., said Deputy Assistant Secretary of State for Policy Jane Doe".
Split from subjects.py (which reads the subject before a cue) at its 400-line bound; a move, no change."""

from __future__ import annotations

import re

from .. import lang
from .scope_cuts import office_adjective
from .subjects import head_before_pp
from .text import Tok, cap

_DASHES = ("—", "–", "―", "--")


def _adjective_complement(toks: list[Tok], k: int, hi: int, phrase: list[Tok]) -> int | None:
    """The end of "close to the majority whip" / "familiar with the talks" after an inverted cue's
    subject: the phrase ends in a person or organisation noun and one lowercase adjective, a
    preposition follows, and the sentence ends within six words with no comma or clause."""
    if len(phrase) < 2 or k >= hi or toks[k].low not in lang.PREPOSITIONS | {"to"} or not phrase[-1].text.islower() \
            or phrase[-1].low in lang.PERSON_NOUNS | lang.ORG_HEADS \
            or phrase[-2].low not in lang.PERSON_NOUNS | lang.ORG_HEADS:
        return None
    e = k + 1
    while e < hi and toks[e].text not in ",.;:!?“”\"()—–" and e - k <= 6:
        if toks[e].low in lang.AUXILIARY_VERBS or toks[e].low in lang.CUE_VERBS or toks[e].low in lang.CLAUSE_WORDS:
            return None
        e += 1
    return e if e > k + 1 and (e >= hi or toks[e].text in ".!?") else None


def _initial_dot(toks: list[Tok], k: int, phrase: list[Tok]) -> bool:
    """The full stop of a middle initial or a title inside a name ("Ronald R. Doe", "Sen. Doe")."""
    return toks[k].text == "." and bool(phrase) and k + 1 < len(toks) and toks[k + 1].text[:1].isupper() and (
        (len(phrase[-1].text) == 1 and phrase[-1].text.isupper()) or phrase[-1].low in lang.PERSON_TITLES | lang.DOTTED_TITLES
        or phrase[-1].text.rsplit("-", 1)[-1] in lang.ACADEMIC_TITLE_ABBREVIATIONS)  # ("said Mgr. Ana Horak": shapes35)


def subject_right(toks: list[Tok], i: int, hi: int) -> tuple[int, int] | None:
    """The subject of an inverted cue ("..., said Jane Smith, a lawyer.")."""
    k = i + 1
    if k >= hi or toks[k].low == "that":
        return None  # "Politico, a news site, reported that Boehner, who ...": the cue's clause, no inverted subject (read12c)
    def ends_here(x: int) -> bool:  # "..., said he." / "..., said Jane Doe, a lawyer, on Monday."
        if x + 1 < hi and toks[x].text == "." and toks[x + 1].text[:1].islower() and _verb_before_stop(toks, x + 1, hi):
            return False  # "..., said Vell Co. had made an offer": an abbreviation's dot, the name's clause goes on (lead27)
        return x >= hi or toks[x].text in ",.;:!?“”\"()—–-" or toks[x].low in lang.FINAL_TAIL_STARTERS or _who_after_name(toks, x)
    if toks[k].low in lang.PRONOUNS and not (toks[k].low in lang.POSSESSIVE_DETERMINERS and k + 1 < hi
                                             and toks[k + 1].low in lang.KIN_NOUNS):  # "asks his father"
        quote_opens = k + 2 < hi and toks[k + 1].text in "“\"" and toks[k + 2].text[:1].islower()
        return (toks[k].start, toks[k].end) if ends_here(k + 1) and not quote_opens else None  # (not 'X said he "did not know"')
    phrase = []
    while k < hi and (toks[k].text not in ",.;:!?“”\"()" or _initial_dot(toks, k, phrase)) and len(phrase) < 12 \
            and toks[k].text not in _DASHES:  # "..., said Ann Roe — a nurse — as ...": the aside is no part of the name (lead35)
        if phrase and _who_after_name(toks, k):
            break  # "..., said Lord Doe who chairs the committee.": the relative clause is no part of the name (read19)
        if phrase and toks[k].low in lang.FINAL_TAIL_STARTERS and not (
                toks[k].low in ("from", "by") and phrase[-1].low in lang.STATEMENT_NOUNS) and not _title_of(toks, k, hi, phrase) \
                and _named_org_end(toks, k, hi, phrase) is None:
            break  # (not "said a statement from the family": the statement's author is part of the source)
        phrase.append(toks[k])
        k += 1
    if phrase and _a_date(toks, phrase, k, hi):
        return None  # "..., said Jan. 5." / "..., said Monday.": when, not who (session 30)
    if phrase and k < hi and toks[k].low in lang.HEAD_END_PREPOSITIONS and _unnamed_group(phrase):
        end = next((x for x in range(k, hi) if toks[x].text in ",.;:!?“”\"()"), hi)  # "..., said officials at the council." (lead28)
        if (end >= hi or toks[end].text in ".!?") and _group_of(phrase + toks[k:end]):
            phrase, k = phrase + toks[k:end], end
    post = _adjective_complement(toks, k, hi, phrase)
    if post:  # "..., said a Democratic aide close to the committee chair.": the complement is part of the source
        head, phrase = phrase[:-1], phrase + toks[k:post]
        k = post
        if head[0].low not in lang.DESCRIPTION_DETERMINERS and not any(cap(t.text) for t in head) \
                or any(t.low in lang.AUXILIARY_VERBS and t.text.islower() for t in phrase[:len(head) + 1]):
            return None  # (not "..., said the inquiry is at an early stage": a clause, no complement; shapes34)
        return (phrase[0].start, phrase[-1].end) if ends_here(k) else None
    if not phrase or not ends_here(k) or len(phrase) > 11:
        return None
    if len(phrase) > 7 and not all(t.text[:1].isupper() or t.low in lang.NAME_INNER_WORDS for t in phrase) \
            and not _role_then_names(phrase):
        return None  # a long speaker only as a title and name ("said UN High Commissioner for Human Rights Jane Roe")
    if len(phrase) > 5 and not (phrase[-1].text[:1].isupper() and phrase[-2].text[:1].isupper()) and not _long_title(phrase):
        return None
    words = [t.low for t in phrase]
    paper = _paper_head(words) if words[0] in lang.DESCRIPTION_DETERMINERS else None  # "..., said a report by the council." (lead29)
    if any((w in lang.AUXILIARY_VERBS or w in lang.NEGATORS or w in lang.CUE_VERBS) and t.text.islower()
           and not office_adjective(toks, i + 1 + j) and not (paper and j == paper)
           and not (j + 2 < len(words) and words[j + 1] in lang.PERSON_NOUNS and phrase[-1].text[:1].isupper())  # "says press officer <Name>" (attr50)
           for j, (w, t) in enumerate(zip(words, phrase))):  # (not "said state Rep. Jane Doe")
        return None  # a clause, not a name: "said Clinton reached out to ..." (not "said Press Secretary Jane Doe")
    if words[0] in lang.PREPOSITIONS:
        return None  # "Jane Doe, a lawyer, said on Twitter: ...": a place of speech, not a speaker
    named = all(t.text[:1].isupper() or t.low in lang.NAME_INNER_WORDS or t.text in ".-&'’" for t in phrase) \
        or _named_org_end(phrase, 1, len(phrase), phrase[:1]) == len(phrase) \
        or (phrase[-1].text[:1].isupper() and len(phrase) <= 7)  # "9/11 widow Jane Doe"
    poss = next((j for j, t in enumerate(phrase[:4]) if t.low.endswith(("'s", "’s"))), None)
    owned = poss is not None and poss + 1 < len(phrase) and all(t.text[:1].isupper() for t in phrase[:poss + 1])
    described = paper is not None or (words[0] in lang.DESCRIPTION_DETERMINERS or owned) and \
        (words[-1] in lang.PERSON_NOUNS or words[-1] in lang.KIN_NOUNS or words[-1] in lang.ORG_HEADS or words[-1] in lang.STATEMENT_NOUNS
         or any(t.text[:1].isupper() for t in phrase[1:]) or head_before_pp(phrase)  # "said a spokeswoman for the league"
         or len(phrase) <= 3 and words[0] in ("a", "an", "the") and words[-1].endswith(lang.AGENT_SINGULAR_ENDINGS) and phrase[-1].text.isalpha()
         and (k >= hi or toks[k].text in ".!?,”\"" or _who_after_name(toks, k) or toks[k].low in lang.PREPOSITIONS - {"of"}))
    # ("said a trader", "said a trader at the market"; not "said a number of traders": session 33)
    # (or a name's possessive before the role: "said Jane Doe's father, John Doe"; read12a)
    # '"...," said county officials.' (attrB22): the group ends the sentence (not "X, who lives there, said officers told him ...")
    group = (_unnamed_group(phrase) or _group_of(phrase)) and (k >= hi or toks[k].text in ".!?”\"")
    aged = len(phrase) <= 3 and words[0] == "the" and re.fullmatch(r"\d{1,3}-year-old", words[-1]) is not None  # "..., said the 62-year-old." (lead28)
    if not (named or described or group or aged):
        return None
    if not phrase or not (group or aged or paper is not None or any(cap(t.text) for t in phrase) or head_before_pp(phrase)
                          or phrase[-1].low in lang.PERSON_NOUNS | lang.ORG_HEADS | lang.STATEMENT_NOUNS | lang.KIN_NOUNS or described):
        return None
    return phrase[0].start, phrase[-1].end




def inverted_claim(text: str, toks: list[Tok], i: int, n: int, end: int) -> bool:
    """Cue `i` is a claim verb after a comma whose subject (a name or a described source) ends the sentence."""
    if toks[i].low not in lang.INVERTED_CLAIM_VERBS or i < 3 or toks[i - 1].text not in (",", '"', "”"):
        return False
    subj = subject_right(toks, i, n)
    head = [t for t in toks[i + 1:] if subj and t.start < subj[1] and t.text != ","]
    if subj is None or not head:
        return False
    head = head[:next((k for k, t in enumerate(head) if t.text == ","), len(head))] or head  # before any apposition
    last = head[-1]
    if not (last.low in lang.PERSON_NOUNS | lang.ORG_HEADS | lang.STATEMENT_NOUNS | lang.KIN_NOUNS
            or cap(last.text) and not any(t.text.endswith(("'s", "’s")) or t.low in ("'s", "’s") for t in head)):
        return False  # "..., claimed Tom Reed's barn.", "..., claimed the village.": a thing taken, no source
    rest = text[subj[1]:end]
    m = re.match(r",\s*(?:an?|the)\s[^;:“”\"]{1,120}?(?=[.!?]?[\"”’']*\s*$)", rest)  # ", a council aide."
    return re.fullmatch(r"[.!?]?[\"”’']*\s*", rest[m.end():] if m else rest) is not None


def tag_follows(toks: list[Tok], i: int, n: int) -> bool:
    """Cue `i` is followed by a comma and an inverted tag ("The reforms will continue, said Jo Bell."):
    the cue word is part of the content the tag reports, not a frame of its own."""
    return i + 3 < n and toks[i + 1].text == "," and toks[i + 2].low in lang.SPEECH_VERBS \
        and not toks[i + 2].low.endswith("ing") and toks[i + 2].low not in lang.ADDRESSEE_ONLY_VERBS \
        and (toks[i + 3].text[:1].isupper() or toks[i + 3].low in lang.DETERMINERS)


#: The fewest words before a name and the comma of a sentence-final tag ("..., built by Jo Bell, said Sgt Ann Cole.").
CLOSING_TAG_MIN_WORDS = 6


def closing_tag(text: str, toks: list[Tok], i: int, n: int, end: int) -> bool:
    """Cue `i` follows a comma after a capitalised word and its subject ends the sentence: "The flaw was in
    the hull, built by Jo Bell, said Sgt Ann Cole." (session 30: a name before the comma had been taken
    for the subject of "said", as in "The mayor, Jo Bell, said the hull was sound", whose words after
    "said" are a clause, no speaker)."""
    if i < 2 or toks[i - 2].text == ")":
        return False
    subj = subject_right(toks, i, n)
    described = subj is not None and i >= CLOSING_TAG_MIN_WORDS + 1 and _DESCRIBED_END.fullmatch(text, subj[1], end) is not None
    if subj is None or not described and (i < CLOSING_TAG_MIN_WORDS + 1 or re.fullmatch(r"[.!?]?[\"”’']*\s*", text[subj[1]:end]) is None) \
            and resumed_verb(text, subj[1], end) is None:
        return False  # (or "<Name>, says press officer <Name2>, found ...": the tag set inside the clause; attr50)
    head = [t for t in toks[i + 1:] if t.start < subj[1]]
    if described and len(head) >= 2 and all(t.text[:1].isupper() for t in head):
        return True  # "..., the regional capital, <Town>, said <Name>, an official with <body>.": a speaker introduced (attr52)
    if head and head[-1].text[:1].isupper() and resumed_verb(text, subj[1], end) is not None:
        return True  # the name before the comma is the resumed clause's subject, not the cue's
    # a title or a role before the name ("said Sgt Ann Cole", "said the mayor's lawyers ..."), not a bare
    # name: "The campaign's chief, Jo Bell, said Cole." is rarer than a bare object, and PolNeAR's half B
    # lost one named source with bare names allowed
    return len(head) >= 2 and head[-1].text[:1].isupper() and (  # ends in a name (not "said the board ignored it")
        head[0].low.rstrip(".") in lang.PERSON_TITLES or head[0].low in lang.DESCRIPTION_DETERMINERS
        or _object_name_before(toks, i) and all(t.text[:1].isupper() for t in head))


#: A comma and a finite verb in lower case that resumes the clause an inverted tag broke ("<Name>, says press officer
#: <Name2>, found the coin in a field": the tag is set inside <Name>'s clause; attr50): a past form, an -s form or
#: an auxiliary, then at least two more words. Not a participle ("..., speaking at ...") or a relative pronoun.
_RESUMED_VERB = re.compile(r"\s*,\s*(?=(?:(?:" + "|".join(sorted(lang.BE_FORMS | lang.AUXILIARY_VERBS)) + r")\b|[a-z]+ed\b|(?:"
                           + "|".join(sorted(lang.RESUMING_PAST_FORMS)) + r")\b)"
                           r"(?:\s+[\w'’-]+){2})")


def resumed_verb(text: str, start: int, end: int):
    """The match of ", <finite verb>" resuming the clause right after an inverted tag's subject, or None."""
    return _RESUMED_VERB.match(text, start, end)


#: A description in apposition closing the sentence after an inverted tag's name (", an official with the
#: <body>."): the name is a speaker introduced, not a bare object of "said".
_DESCRIBED_END = re.compile(r"\s*,\s+(?:an?|the)\s+[^,;:“”\"()]{1,80}?[.!?]?[\"”’']*\s*")


def _object_name_before(toks: list[Tok], i: int) -> bool:
    """The capitalised name before the comma of cue `i` is a preposition's object ("... on the ferry with Ann
    Cole, said Tom Reyes."): no subject of the cue, so a bare name after it may close the tag (shapes34)."""
    k = i - 2
    while k >= 0 and (toks[k].text[:1].isupper() or toks[k].text == "."):
        k -= 1
    return k < i - 2 and k >= 0 and toks[k].low in lang.PREPOSITIONS


def _a_date(toks: list[Tok], phrase: list[Tok], k: int, hi: int) -> bool:
    """An inverted cue's would-be subject that is a day or a month and its day ("said Tuesday", "said
    Sept. 20", "said March 3"), not a name ("said May", "said Jan Doe")."""
    if len(phrase) > 2 or not (phrase[0].low in lang.WEEKDAYS or phrase[0].low in lang.MONTHS or phrase[0].low in lang.MONTH_ABBREVIATIONS
                               or phrase[0].low == "sept"):
        return False
    if phrase[0].low in lang.WEEKDAYS:
        return len(phrase) == 1 or phrase[1].low in lang.TIME_WORDS
    rest = phrase[1:] or ([toks[k + 1]] if k + 1 < hi and toks[k].text == "." else [])
    return bool(rest) and rest[0].text[:1].isdigit()


def _role_then_names(phrase: list[Tok]) -> bool:
    """A role of at most four lowercase words, its last a person noun, then capitalised names only
    ("said the mayor's lawyers Jo Bell and Al Cole", "said the firm's two founders Jo Bell and Al Cole";
    session 30: longer than seven words, such a speaker had been read as no name at all)."""
    first = next((x for x, t in enumerate(phrase) if t.text[:1].isupper()), None)
    if first is None or not 1 <= first <= 4 or phrase[first - 1].low not in lang.PERSON_NOUNS:
        return False
    lows = phrase[:first]
    if any(t.low in lang.AUXILIARY_VERBS or t.low in lang.CUE_VERBS or t.low in lang.CLAUSE_WORDS or t.low in lang.PREPOSITIONS
           for t in lows):
        return False
    return all(t.text[:1].isupper() or t.low in lang.NAME_INNER_WORDS or t.text in ".-’'" for t in phrase[first:])


def _paper_head(words: list[str]) -> int | None:
    """The place of a statement's or document's noun that heads an inverted cue's subject, last or
    before "by" / "from" and its author ("said the report", "said a report by the council", "said a
    statement from the club"), else None: the noun, not a verb of a clause after "said"."""
    by = next((x for x, w in enumerate(words) if w in ("by", "from")), len(words))
    head = by - 1
    if head < 1 or not (words[head] in lang.STATEMENT_NOUNS or words[head] in lang.DOCUMENT_NOUNS or words[head] in lang.FINDING_NOUNS):
        return None
    return head


def _unnamed_group(phrase: list[Tok]) -> bool:
    """An unnamed group with no determiner ('"...," said county officials.', "..., said two harbor
    pilots.", "said residents", "said police"): at most four lowercase words ending in a plural person
    noun (or an agent's plural: "fishermen", "drivers"), the words before it a count, a quantifier (lang.GROUP_QUANTIFIERS) or modifiers that are no
    preposition, verb form or clause word (not "said to employ 230 workers")."""
    *mods, head = phrase
    if len(phrase) > 4 or not all(t.text.islower() or t.text.isdigit() for t in phrase) \
            or not (head.low in lang.PERSON_NOUNS and (head.low.endswith("s") or head.low in ("police", "people"))
                    or head.low.endswith(lang.AGENT_PLURAL_ENDINGS + ("men",))):
        return False
    return all(t.low in lang.GROUP_QUANTIFIERS or t.low in lang.NUMBER_UNITS or t.text.isdigit()
               or (t.low not in lang.PREPOSITIONS | lang.CLAUSE_WORDS | lang.AUXILIARY_VERBS | lang.CUE_VERBS | lang.GROUP_MODIFIER_BREAKERS
                   and not t.low.endswith(("ed", "ing", "ly"))) for t in mods)


def _group_of(phrase: list[Tok]) -> bool:
    """An unnamed group and a phrase that places it ('"...," said officials at the council.', "..., said
    researchers at Tarne University.", "..., said critics of the plan."; lead28): a group as
    `_unnamed_group` reads one, then "of" or a preposition and at most five words with no verb form."""
    x = next((x for x, t in enumerate(phrase) if x and t.low in lang.HEAD_END_PREPOSITIONS), None)
    if x is None or len(phrase) - x > 6 or not _unnamed_group(phrase[:x]):
        return False
    return not any(t.low in lang.AUXILIARY_VERBS or t.low in lang.CUE_VERBS or t.low in lang.CLAUSE_WORDS
                   or t.text.islower() and t.low.endswith(("ed", "ing")) or t.low in lang.TIME_WORDS or t.low in lang.WEEKDAYS
                   or t.low in lang.MONTHS or t.low in lang.STATEMENT_NOUNS or t.low in lang.MEDIUM_NOUNS
                   for t in phrase[x + 1:])  # (not "said officials on Monday", "... in a statement")


def _who_after_name(toks: list[Tok], k: int) -> bool:
    """toks[k] is "who" / "whose" right after a capitalised word: a relative clause with no comma
    after a name ("said Lord Doe who chairs the committee") or a person noun ("said a police source who asked not
    to be named": session 33)."""
    return k > 0 and toks[k].low in ("who", "whose") and (toks[k - 1].text[:1].isupper() or toks[k - 1].low in lang.PERSON_NOUNS
                                                          or toks[k - 1].low.endswith(lang.AGENT_SINGULAR_ENDINGS))


def _title_of(toks: list[Tok], k: int, hi: int, phrase: list[Tok]) -> bool:
    """toks[k] is the "of" of a capitalised title before a name ("said Deputy Assistant Secretary of
    State for Policy Jane Doe", "said Minister of Health Ann Roe"): the words so far are all capitalised
    title words, one of them a title, and capitalised words run on to two or more after it (attr13)."""
    body = bool(phrase) and phrase[-1].low in lang.ORG_HEADS and phrase[-1].text[:1].isupper()  # "said Tarne's Ministry of Ports" (lead28)
    if body and toks[k].low == "of":  # the body's capitalised name runs on ("of Ports", "of the Interior") to a comma, the end or a tail
        x = k + 1
        while x < hi and (toks[x].text[:1].isupper() or toks[x].low in ("the", "for") and x + 1 < hi and toks[x + 1].text[:1].isupper()):
            x += 1
        return x - k - 1 >= 1 and all(t.text[:1].isupper() or t.low == "the" for t in phrase) \
            and (x >= hi or toks[x].text in ",.;!?" or toks[x].low in lang.FINAL_TAIL_STARTERS)
    if toks[k].low != "of" or not phrase or not all(t.text[:1].isupper() for t in phrase) or phrase[-1].low not in lang.PERSON_TITLES:
        return False
    x = k + 1
    while x < hi and (toks[x].text[:1].isupper() or toks[x].low in lang.NAME_INNER_WORDS and toks[x].low != "and"):
        x += 1
    return x - k - 1 >= 3 and toks[x - 1].text[:1].isupper() and toks[x - 2].text[:1].isupper()


def _long_title(phrase: list[Tok]) -> bool:
    """A capitalised title whose last words are joined by "and" ("said CERN Director for Roads and
    Bridges, Jane Roe."; read16): capitals and name-inner words only, a person's title among them,
    ending in a capital."""
    return phrase[-1].text[:1].isupper() and phrase[0].text[:1].isupper() \
        and all(t.text[:1].isupper() or t.low in lang.NAME_INNER_WORDS for t in phrase) \
        and any(t.low in lang.PERSON_TITLES for t in phrase)


def _named_org_end(toks: list[Tok], k: int, hi: int, phrase: list[Tok]) -> int | None:
    """After capitalised words, a name that runs on over "of" / "for" / "the" and capitals to one
    lower-case organisation noun ("said Hope for the Homeless charity, which ..."; read16): the index
    after that noun when the phrase ends there, else None."""
    if not phrase or not all(t.text[:1].isupper() for t in phrase) or toks[k].low not in lang.NAME_INNER_WORDS:
        return None
    x = k
    while x < hi and (toks[x].text[:1].isupper() or toks[x].low in lang.NAME_INNER_WORDS and toks[x].low != "and"):
        x += 1
    if x < hi and toks[x].low in lang.ORG_HEADS and toks[x - 1].text[:1].isupper() and (x + 1 >= hi or toks[x + 1].text in ",.;:!?"):
        return x + 1
    return None


def _verb_before_stop(toks: list[Tok], k: int, hi: int) -> bool:
    """A finite verb (an auxiliary or a lower-case past form) among the words from k to the next
    punctuation: "said Vell Co. of Elmby filed a request" goes on as the name's own clause."""
    while k < hi and toks[k].text not in ",.;:!?“”\"()":
        if toks[k].text.islower() and (toks[k].low in lang.AUXILIARY_VERBS or lang.is_past_form(toks[k].low)):
            return True
        k += 1
    return False
