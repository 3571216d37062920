"""Whether a clause cut from a sentence stands alone as a sentence (picks.py splits compound
sentences into claims only where each part does).

`cannot_stand` looks for a dependent opener ("that", "to", "which ..."), a past verb whose
subject is in the clause before ("and urged states to ..."), or no verb outside relative clauses
and reduced participles ("a testimony to ...", "an indictment released by the department").
Rules over words, not a parser. Split out of picks.py (session 9) so each module
reads in one sitting; the code is unchanged.
"""

from __future__ import annotations

import re

from . import lang


def words_of(part: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", part)]


#: a relative clause, to the next comma: what is left must hold the main verb
_RELATIVE = re.compile(r",?\s*\b(?:" + lang.RELATIVE_PRONOUNS_RE + r"|what)\b[^,;:–—]*")
_RELATIVE_TO_END = re.compile(r",?\s*\b(?:" + lang.RELATIVE_PRONOUNS_RE + r"|what)\b.*|,\s*when\b.*", re.S)  # (", when ...": lead40)


def cannot_stand(part: str, appositive: bool = False) -> bool:
    """A clause of a split sentence that is no sentence on its own: it opens with a dependent
    word ("that ...", "to ...", "which ...") or with a past verb whose subject is in the clause
    before ("and urged states to ...", "drew criticism from ..."), or it has no verb outside its
    relative clauses ("a testimony to ...", "Jane Doe, whose son was killed", "Following reports
    of ..."). A present-tense verb in "-s" is not looked for: such a clause is kept with the one
    before it, which loses nothing of the sentence."""
    words = words_of(part)
    if words[:1] and words[0] in lang.COORDINATORS:
        words = words[1:]
    if not words:
        return True
    first = part.lstrip(" \"'“‘(").split()[0] if part.split() else ""
    if first.lower().rstrip(",") in lang.COORDINATORS and len(part.split()) > 1:
        first = part.split()[1]
    if words[0] in ("that", "to") or words[0] in lang.ATTACHED_OPENERS or cleft_focus(part):
        return True
    if part.split()[0].lower() in lang.COORDINATORS and words[0] in lang.COORDINATED_QUESTION_OPENERS:
        return True  # "..., and how his experience could help the team": an embedded question, the clause before's object
    if words[0] == "only" and words[1:2] and (words[1] in lang.SUBORDINATORS or words[1] in lang.PREPOSITIONS):
        return True  # "..., but only after the audit is done, she said": a condition of the clause before
    if words[0] in lang.SUBORDINATORS and words[1:2] and words[1].endswith("ing") and len(words[1]) > 5 and words[1] not in lang.PREPOSITIONS:
        return True  # "..., while acknowledging the matter “will be settled ...”": a participle adjunct, no subject (the lead, session 11)
    if first[:1].islower() and words[0] in lang.CUE_VERBS and words[1:2] and words[1] in lang.EMBEDDING_WH | {"that", "whether", "if"}:
        return True  # "..., and question why she did not ...": a verb whose subject is the clause before's (the lead, session 11)
    if part.split()[0].lower() in lang.COORDINATORS and words[0] not in set(lang.DETERMINERS) | lang.SUBJECT_PRONOUNS \
            and first[:1].islower() and not _has_verb(words_of(_TRAILING_SUBORDINATE.sub(" ", part))) \
            and not _reporting_clause(words):  # (not "..., and lobby group X says ...": read29)
        return True  # "..., and first under oath, since she apologized ...": a phrase and a closing subordinate clause
    verb = words[1] if len(words) > 1 and (words[0] in lang.CLAUSE_ADVERBS or words[0].endswith("ly")) else words[0]
    if first[:1].islower() and lang.is_past_form(verb, min_len=4):
        return True  # "and urged states to ...", "and rather reprised objectives ..."
    if appositive and re.match(r"\W*(?:a|an|the)\s+(?:[\w'’-]+\s+){1,3}?(?:that|which|who)\b", part, re.I):
        return True  # "... – a move that fueled disputes – ...": an appositive with its relative clause
    if part.split()[0].lower() in lang.COORDINATORS and len(words) > 1 and (
            words[0] in lang.PREPOSITIONS or words[0] in lang.CLAUSE_ADVERBS and words[1] in lang.PREPOSITIONS):
        # "and again by his son, ... in 2001 after the terrorist attacks": no subject of its own, and
        # "the terrorist attacks" is no "the company plans" (session 10, the lead)
        return not _has_verb(words_of(_RELATIVE.sub(" ", part)))
    if elliptical_end(part) or _ELIDED_POSSESSIVE.search(part):
        return True  # "..., though the world today is neither": its complement is the clause before's (lead41); "his Monday"
    if open_that(part):
        return True  # "He says that as a member of the X Committee" (then ", and the Y Committee, he is ..."): no verb yet (lead41)
    if (np := _NOUN_THEN_THAT.match(part)) and not _has_verb(words_of(np.group(1))) and not _PRESENT_VERB.search(np.group(1)) \
            and not _has_verb(words_of(part[np.end():])) and not _main_verb_after(words_of(np.group(0))[len(words_of(np.group(1))) + 2:]):
        return True  # "..., and businesses that would be forced to move": a noun phrase and its relative clause (lead45)
    if (np := _CONTACT_RELATIVE.match(part)) and not _has_verb(words_of(np.group("rest"))) and not _present_verb(np.group("rest")):
        return True  # "..., and the pride we all have in this old harbour": a noun phrase and its relative, no clause (real55)
    dash = _DASH_THEN_PREDICATE.search(part)
    if dash and not _has_verb(words_of(re.sub(r"(?<=\s)[A-Z][\w'’.-]*", " ", " " + part[:dash.start()]))):
        return True  # "the Iraqi invasion of Kuwait — and were moving funds ...": an aside, then the clause before's verb
    # after a dash or colon a name with a relative clause is an appositive ("...: Jane Doe, whose son was killed")
    rest = (_RELATIVE_TO_END if appositive else _RELATIVE).sub(" ", part)
    rest = _PARTICIPLE_BY_AGENT.sub(" by", rest)  # "an indictment released by the department": no main verb
    # a name is no verb ("the United States"), nor a past form right after "a" ("in a globalized world": lead41; read
    # before the names are blanked: "the <Name> Ministry announced" keeps its verb)
    names_out = re.sub(r"(?<=\s)[A-Z][\w'’.-]*", " ", _DETERMINED_PARTICIPLE.sub(r"\1x", rest))
    return not _has_verb(words_of(names_out)) and not _present_verb(rest)


#: A coordinated noun phrase of up to four words, then "that" and a modal, an auxiliary or "be": a relative clause
#: ("and businesses that would be forced to ..."), read up to the next comma or dash.
_NOUN_THEN_THAT = re.compile(r"\W*(?:and|or)\s+((?:[\w'’-]+\s+){1,4}?)that\s+(?:" + "|".join(sorted(lang.MODALS | lang.AUXILIARY_VERBS | lang.BE_FORMS))
                             + r")\b[^,;:–—]*", re.I)
_CONTACT_RELATIVE = re.compile(lang.CONTACT_RELATIVE_RE)  # "and the pride we all feel for ..." (real55)
#: A past form right after an article or a possessive: an adjective ("a globalized world", "their elected officials").
_DETERMINED_PARTICIPLE = re.compile(r"\b((?:" + lang.ADJECTIVE_DETERMINERS_RE + r")\s+)[a-z]{3,}ed\b", re.I)
#: A clause closed by "neither"/"either" after a verb: the complement it leaves out is the clause before's.
_ELLIPTICAL_END = re.compile(r"\b(?:" + "|".join(sorted(lang.BE_FORMS | lang.AUXILIARY_VERBS)) + r")(?:n't|\s+not)?\s+(?:neither|either)[,.!?]*[”\"]?(?:\s+[A-Z]|\s*$)", re.I)
#: A possessive whose noun is left out, then a day or a time phrase that ends the clause ("..., and Inslee issued his Monday
#: afternoon.", "and the mayor signed hers on Friday"): the noun is the clause before's ("his ban"; the lead, session 48).
_ELIDED_POSSESSIVE = re.compile(r"\b(?:" + "|".join(lang.POSSESSIVE_DETERMINERS + lang.INDEPENDENT_POSSESSIVES) + r")\s+(?:(?:"
                                + "|".join(lang.WEEKDAY_LEADERS) + r")\s+)?(?:" + "|".join(lang.WEEKDAYS) + r"|today|yesterday)(?:\s+(?:"
                                + "|".join(lang.DAY_PARTS) + r"))?[.!?]*[”\"]?\s*$", re.I)
#: A verb of saying, "that" and a fronted phrase ("says that as a member of ...", "said that after the vote"): the clause's
#: subject and verb come later.
_SAID_THAT_FRONTED = re.compile(r"\b(?:" + "|".join(sorted(lang.SPEECH_VERBS)) + r")\s+that\s+((?:" + lang.FRONTED_PHRASE_OPENERS_RE + r")\s[^,;:]*)\W*$", re.I)


#: An aside set off by dashes inside one clause, its predicate after the second dash ("X's stance – one
#: she had seemed sure to win – was too little"): the sentence is one claim (the lead, session 11).
_ASIDE_THEN_PREDICATE = re.compile(r"\s[—–]\s[^—–;:]{3,160}?\s[—–]\s+(?:" + "|".join(sorted(lang.BE_FORMS | lang.AUXILIARY_VERBS | lang.MODALS)) + r")\s")


#: A video's caption: a name and its title, "on" and the topic ("<Group> Director of Research Jane Doe on how the ...").
_TOPIC_CAPTION = re.compile(r"\W*(?:[A-Z][\w.'’-]*\s+)(?:(?:[A-Z][\w.'’-]*|" + lang.NAME_JOINING_WORDS_RE + r")\s+){0,8}[A-Z][\w'’-]*\s+on\s+"
                            r"(?:" + lang.CAPTION_TOPIC_WORDS_RE + r")\b")


def topic_caption(part: str) -> bool:
    """A caption of a clip (GUIDELINES §2: page furniture, no claim): names only before "on how/why/what ..."."""
    return _TOPIC_CAPTION.match(part) is not None


#: A relative clause whose verb is a cue ("three women who claimed Moore pursued them"), its content running on.
_RELATIVE_CUE = re.compile(r"\b(?:who|that)\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(w for w in lang.CUE_VERBS if w.isalpha())) + r")\b[^.;:,“”\"]*,\s*$")


def relative_cue_before(before: str, part: str) -> bool:
    """The words before ", though <pronoun> ..." end inside what a relative clause's speaker says ("... who claimed X
    pursued them, though he did not force them"): the concession is theirs too (lead41); not a new subject ("...,
    though the chair disagreed": the outlet's)."""
    return _RELATIVE_CUE.search(before) is not None and re.match(r"\W*\w+\s+(?:" + lang.SUBJECT_PRONOUNS_RE + r")\s", part, re.I) is not None


def elliptical_end(part: str) -> bool:
    """A clause closed by "neither"/"either" after a verb ("though the world today is neither")."""
    return _ELLIPTICAL_END.search(part) is not None


def open_that(part: str) -> bool:
    """A verb of saying, "that" and a fronted phrase with no verb after it: the clause's subject and verb are in
    the next part."""
    m = _SAID_THAT_FRONTED.search(part)
    return m is not None and not _has_verb(words_of(m.group(1)))


def dash_aside_in_clause(sentence: str) -> bool:
    """The sentence holds a dash pair whose second dash is followed by a verb, no subject."""
    return _ASIDE_THEN_PREDICATE.search(sentence) is not None


def cleft_focus(part: str) -> bool:
    """A noun phrase and a "that" clause with no verb before it ("and his weak campaign, that doomed
    him"): the focus of a cleft sentence cut from its "it was", no clause of its own."""
    m = re.search(r",\s*that\s", part)
    head = " " + part[:m.start()] if m else ""
    return m is not None and not _has_verb(words_of(re.sub(r"(?<=\s)[A-Z][\w'’.-]*", " ", head))) and not _PRESENT_VERB.search(head)


#: A subordinate clause closing a part, no comma after it (", since she apologized for ...").
_TRAILING_SUBORDINATE = re.compile(r",?\s*\b(?:" + "|".join(sorted(lang.SUBORDINATORS)) + r")\b[^,;]*$", re.I)


def verbless_subject(part: str) -> bool:
    """A part that is only a name and its place: capitalised words and "of"/"the"/"from" ("Reps. Jo Doe of Tarne"
    before ", and A and B of Y are drafting ..."; the lead, session 40). Not a clause with an irregular verb that no
    word list holds ("A passer-by caught the shooting on video": flipall/cnn27)."""
    toks = part.strip().rstrip(",").split()
    return len(toks) >= 2 and toks[0][:1].isupper() and all(t[:1].isupper() or t in ("of", "the", "from") for t in toks) \
        and not re.search(r"[“”\"]", part)


def demonstrative_subject(part: str) -> bool:
    """"That created a fight ...": a capitalised "That" and a verb, the subject pronoun, no "that" clause (lead40)."""
    words = words_of(part)
    return part.lstrip(" \"'“‘").startswith("That ") and len(words) > 1 and _has_verb(words[1:2])


def _main_verb_after(words: list[str]) -> bool:
    """A past form inside what reads as a relative clause that no auxiliary, "to" or coordinator leads: the main
    clause's verb after its subject's relative clause ("the levee that was built in 1990 failed")."""
    return any(lang.is_past_form(w, min_len=4) and "-" not in w and words[x - 1] not in lang.AUXILIARY_VERBS | lang.BE_FORMS | lang.MODALS
               and words[x - 1] not in lang.NON_FINITE_LEADS for x, w in enumerate(words) if x > 0)


def _has_verb(words: list[str]) -> bool:
    return any(w in lang.AUXILIARY_VERBS or w in lang.BE_FORMS or w in lang.IRREGULAR_VERBS or w in lang.MODALS
               or lang.is_past_form(w, min_len=3) and "-" not in w or w.endswith("n't")  # (no irregular past has a "-")
               for w in words)  # ("better-financed", "long-awaited": adjectives)


#: a dash, a coordinator and a verb with no subject ("— and were moving ..."): the predicate of
#: the clause before an aside set off by dashes
_DASH_THEN_PREDICATE = re.compile(r"\s[—–]\s*(?:and|but|or)\s+(?:" + "|".join(sorted(lang.BE_FORMS | lang.AUXILIARY_VERBS)) + r")\b")


#: a present-tense verb after its subject: a name or pronoun ("Doe plans", "she says") or a
#: determiner and a noun ("the company plans")
_PRESENT_VERB = re.compile(r"(?:\b[A-Z][\w.-]*(?![\w'’.-])|\b(?:" + lang.SUBJECT_PRONOUNS_RE + r")|\b(?i:" + lang.APPOSITION_DETERMINERS_RE
                           + r")\s+[a-z][\w-]*)\s+[a-z]{2,}[^s\W]s\b")


def _present_verb(rest: str) -> bool:
    """A subject and a present verb in "-s" ("Acme says", "it hopes"); not a name after a preposition and its plural
    noun ("a voice among Labour lawmakers": the name is the object's modifier; the lead, session 42)."""
    return any(not re.search(r"\b(?:" + "|".join(sorted(lang.PHRASE_PREPOSITIONS)) + r")\s+$", rest[:m.start()], re.I)
               for m in _PRESENT_VERB.finditer(rest))


#: a past participle before its agent ("the indictment released by the department"): a reduced
#: relative clause, not the part's verb ("was released by" keeps its auxiliary, a verb)
_PARTICIPLE_BY_AGENT = re.compile(r"(?<=[a-z] )[a-z]{3,}ed\s+by\b(?=\s+(?:" + "|".join(sorted(lang.DETERMINERS)) + r")\s|\s+(?!(?i:"
                                  + "|".join(lang.WEEKDAYS + lang.MONTHS) + r")\b)[A-Z])")


#: A part that goes on with the clause an aside in dashes interrupted: its verb, no subject ("has asked ...").
_CLAUSE_GOES_ON = re.compile(r"\s*(?:(?:" + "|".join(sorted(lang.AUXILIARY_VERBS | lang.MODALS)) + r")\b|[a-z]+ed\b)")


def aside_in_clause(text: str, parts) -> bool:
    """Three parts of a sentence (spans with .start/.end/.quote) where the middle one is an aside in
    dashes that interrupts a clause: the part after it goes on with the verb of the part before
    ("Critics note that the mayor — even as she says crime is falling — has asked for more officers"):
    the sentence is one claim, not a subject, an aside and a predicate (session 11, stated12)."""
    return any(text[a.end:b.start].strip()[:1] in ("–", "—") and text[b.end:c.start].strip()[:1] in ("–", "—")
               and _CLAUSE_GOES_ON.match(c.quote(text)) for a, b, c in zip(parts, parts[1:], parts[2:]))


def two_nouns_one_predicate(first: str, after: list[str]) -> bool:
    """A verbless first part, then ", and <noun phrase>," and a part that goes on with the
    predicate: one subject of two nouns ("The agency's account of the meetings, and its
    description of the payments, are not correct"; "The mayor's plan, and the council's vote,
    drew criticism"; read12c, a BASIL story). Not a contracted verb ("It's time, and ...")."""
    joined = " ".join(after)
    if re.search(lang.CONTRACTED_VERB_RE, first, re.I) or "," not in joined:
        return False
    rest = joined.split(",", 1)[1].lstrip(" “\"‘'")
    w = words_of(rest)
    return rest[:1].islower() and bool(w) and w[0] not in lang.SUBJECT_PRONOUNS | set(lang.DETERMINERS) | set(lang.COORDINATORS)


def _reporting_clause(words: list[str]) -> bool:
    """A short subject (at most six words) and a present verb of saying with "that" or a clause after it: "and
    lobby group Clean Roads says the survey ...", "and mayors generally argue that ..." (read29)."""
    return any(w in lang.SPEECH_VERBS and w.endswith("s") | (words[i + 1:i + 2] == ["that"]) and 1 <= i <= 6
               for i, w in enumerate(words[:8]))


def finite_subordinate(act: list[str]) -> bool:
    """A subordinator with a past verb of its own after it ("came after the premier met the minister"): a verb joined
    by "and" after it may be that clause's (not "presented the merger as a rescue": no verb after "as")."""
    return any(w in lang.SUBORDINATORS and any(lang.is_past_form(x) for x in act[k + 2:k + 10]) for k, w in enumerate(act))
