"""Marks of certainty that certainty.py reads: negators and silences, denials of an account,
unverified and unconfirmed reports, anonymous sources, a quotation's own future.

Split from attribution/certainty.py (the 400-line limit): the word-level tests it composes.
"""

from __future__ import annotations

import re

from .. import lang
from .clause_shapes import in_relative, in_relative_that, relative_that
from .modality import in_embedded
from .relations import Relation
from .text import words

#: a relative clause's opener, after an optional preposition ("of which", "two of whom")
RELATIVE_OPENER = rf"(?:(?:(?:{lang.RELATIVE_QUANTIFIERS_RE})\s+)?(?:{lang.RELATIVE_PREPOSITIONS_RE})\s+)?(?:{lang.RELATIVE_WORDS_RE})\b"


def silence(text: str, start: int, rel: Relation) -> bool:
    """The frame is a negated speech act before a question or "that" clause ("have not said when
    ...", "would not say whether ..."): the source asserted nothing; the silence is the claim."""
    before = _cue_lead(text, max(start, rel.cue_span[0] - 30), rel.cue_span[0])
    after = words(text[rel.cue_span[1]:rel.content[0][1]] if rel.content else "")[:1]
    return negators(before, silence=True) and bool(after) and (after[0] in lang.SILENCE_CONTENT_OPENERS
                                                               or rel.cue.lower() in lang.SILENCE_OBJECT_CUES
                                                               or rel.cue.lower() in ("say", "says", "said"))  # "did not say the plan was ..." (lead40)


def negators(before: list[str], silence: bool = False) -> bool:
    """A negation among the words ("not surprisingly", "not only" negate nothing)."""
    return any((x in lang.CLAUSE_NEGATORS or x.endswith("n't") or x in ("neither", "nor") and not silence)
               and not (x == "not" and before[i + 1:i + 2] and before[i + 1] in lang.NOT_LIMITERS)
               for i, x in enumerate(before))


def negated_cue(text: str, rel: Relation) -> bool:
    """The denial verb is itself negated ("did not deny that ...", "neither confirmed nor denied"):
    no one denies anything (fields9)."""
    return bool(rel.cue_span) and negators(_cue_lead(text, max(0, rel.cue_span[0] - 30), rel.cue_span[0]))


def claim_withheld(text: str, rel: Relation) -> bool:
    """The claim verb is negated in its own sentence ("They did not accuse anyone of wrongdoing"): no
    claim was made; the words of a sentence before never count ("... not. X claims ..."; cert41)."""
    if not rel.cue_span:
        return False
    head = max([0] + [m.end() for m in re.finditer(r"\n\s*|[.!?][\"'”’)]*\s+", text[max(0, rel.cue_span[0] - 30):rel.cue_span[0]])])
    return negators(_cue_lead(text, max(0, rel.cue_span[0] - 30) + head, rel.cue_span[0]))


def _cue_lead(text: str, lo: int, cue: int) -> list[str]:
    """The last three words before the cue at `cue`; none when a comma closes a set-off phrase
    right before it ("Corvane, which did not admit wrongdoing, agreed to pay ...": the relative's
    negation is not the cue's; left17)."""
    lead = text[lo:cue]
    return [] if lead.rstrip().endswith(",") else words(lead)[-3:]


def unverified(relative: str) -> bool:
    """A relative clause that says its noun was not verified or confirmed ("The figures, which have
    not been independently verified, show ...", "a video, which could not be verified"): the account
    the claim rests on is unconfirmed, not only the relative clause (fields9)."""
    return any(("verif" in m or "confirm" in m) and m in relative for m in lang.UNCONFIRMED_MARKERS)


def denies(after: list[str]) -> bool:
    """The words after a denial verb make it a denial of an account, not an act: nothing (the
    sentence ends: "X denied."), "that" opening a clause, an account or culpability noun among
    the next four words ("denied the allegations", "denied any wrongdoing"), or a gerund with an
    object ("denied seeing the defendant", "denied having taken bribes"; not "denied funding for
    the park", an act)."""
    if not after:
        return True
    if after[0].endswith("ing") and len(after[0]) > 4 and (
            after[0] in ("having", "being") or len(after) > 1 and not re.fullmatch(lang.RELATIVE_PREPOSITIONS_RE, after[1])):
        return True
    if after[0] in ("that", "those", "these") and len(after) > 1 and after[1] in lang.REPROACH_NOUNS:
        return True  # "dismissed that criticism", "rejected those charges": an account named back (read11a)
    if after[0] == "that":
        return len(after) == 1 or (after[1] in lang.CLAUSE_AFTER_THAT or after[1] in lang.DENIAL_OBJECTS  # "X denies that.": the account just told (left18)
                                   or len(after) > 2 and after[1].endswith("s") and not after[1].endswith(("ss", "us", "is")))  # a plural: "that residents oppose" (lead40)
    if any(x in lang.DENIED_CONTENT_NOUNS and after[k + 1:k + 2] == ["that"] for k, x in enumerate(after[:4])):
        return True  # "rejected the notion that ...", "dismissed the suggestion that ...": an account named (basil45)
    return any(x in lang.DENIAL_OBJECTS for x in after[:4])


def anonymous(rel: Relation, low: str) -> bool:
    """The relation's source is unnamed on purpose: its phrase says so ("a person familiar with the
    matter", "a source close to the inquiry", "sources at the hospital", "two company insiders"),
    or the sentence does ("Officials, speaking on condition of anonymity, said ..."). Not the
    outlet's "unnamed sources" of a hedge, decided before."""
    if rel.source == lang.UNNAMED_SOURCES or rel.name == lang.UNNAMED_SOURCES:
        return False
    src = " ".join(rel.source.lower().replace("’", "'").split())
    ws = re.split(r"\s+(?:" + "|".join(sorted(lang.PHRASE_PREPOSITIONS | {"who", "that"})) + r")\s+", src)[0].split()
    return any(m in src for m in lang.ANONYMITY_MARKERS) or bool(ws) and ws[-1] in lang.ANONYMOUS_HEADS \
        or any(m in low for m in lang.ANONYMITY_CLAUSES) or re.fullmatch(lang.UNNAMED_REPORTS_RE, src) is not None  # ("several reports")


#: ", who is said to be ...,": a relative clause inside the sentence (a comma after it).
_INNER_RELATIVE = re.compile(rf",\s*{RELATIVE_OPENER}[^,;–—―]*,")


#: A hedge adverb and a past participle right after a word, or after a comma (an aside).
_HEDGED_PARTICIPLE = re.compile(r"\b(\w+)(,)?\s+(?:" + "|".join(w for w in lang.UNCONFIRMED_MARKERS if w.endswith("ly") and " " not in w)
                                + r")\s+([a-z]+)\b(\s+[a-z]+)?((?:(?!\s['‘])[^,;:“\"])*,)?")  # (no comma inside a quotation after it: read31)


def without_hedged_participles(low: str) -> str:
    """`low` without the hedge of a participle that describes a noun: a reduced relative after a plural noun and
    before a preposition ("reports on clinics allegedly named by ...") or an aside set off by commas
    after a name ("..., allegedly held while ...,"): the hedge is its own, not the main clause's (read27). Not
    after an auxiliary ("was allegedly held") nor before an object ("the firms allegedly hid the losses")."""
    def cut(m: re.Match) -> str:
        word, comma, verb, nxt = m.group(1), m.group(2), m.group(3), (m.group(4) or "").strip()
        if word in lang.AUXILIARY_VERBS or word in lang.BE_FORMS or not lang.is_past_form(verb, min_len=3):
            return m.group(0)
        if comma and m.group(5):
            return word + ","  # the aside and its closing comma
        if not comma and word.endswith("s") and nxt in lang.PREPOSITIONS | {"as", "by"}:
            return word + " " + verb + " " + nxt + (m.group(5) or "")
        return m.group(0)
    return _HEDGED_PARTICIPLE.sub(cut, low)


#: A relative "that" whose clause has a subject of its own before a hearsay verb or adverb ("the
#: campaign that Jane Doe was said to have called ...", "the car that police reportedly used").
_OBJECT_RELATIVE_HEARSAY = re.compile(r"\bthat\s+(?:[\w'’.-]+\s+){1,4}(?:" + lang.HEARSAY_PASSIVE_RE
                                      + r"|(?:" + "|".join(lang.HEARSAY_ADVERBS) + r")\b)")


def unconfirmed_main(low: str) -> bool:
    """`unconfirmed` outside relative clauses set off inside the sentence: "The player, who is said
    to be unhappy, skipped practice" is the outlet's (README "Certainty": a hedge in a relative
    clause does not decide); so is "More than 300 men died in the campaign that Jane Doe was said
    to have called ..." (an object relative after a noun; read21); nor is a hearsay inside an embedded question of
    wondering ("... a wonder about how <X> is said to be ...", lang.WONDERED_QUESTION_RE; attr54)."""
    return unconfirmed(before_relative_hearsay(without_hedged_participles(_INNER_RELATIVE.sub(",", low))))


def before_relative_hearsay(low: str) -> str:
    """The sentence up to an object relative "that" whose clause holds the only hearsay ("... the
    campaign that Jane Doe was said to have called ..."): the hedge is the relative's, not the
    main clause's (read21); the same up to an embedded question of wondering that holds it ("... a wonder about how
    <X> is said to be ...", lang.WONDERED_QUESTION_RE: the question's topic; attr54); else the sentence as it is."""
    if (q := re.search(lang.WONDERED_QUESTION_RE, low)) is not None and not unconfirmed(low[:q.start()]):
        return low[:q.start()]
    for m in _OBJECT_RELATIVE_HEARSAY.finditer(low):
        w = words(low[:m.start() + 4])
        if relative_that(w, len(w) - 1) and not unconfirmed(low[:m.start()]):
            return low[:m.start()]
    return low


def uncontracted(low: str) -> str:
    """"he's accused of" as "he is accused of", "they're said to" as "they are said to" (read16),
    so the passive allegations of lang.PASSIVE_ALLEGATIONS are seen after a pronoun's contraction; and "was last
    year accused of" as "was accused of" (a short time or frequency phrase between "be" and the participle; read30)."""
    low = re.sub(lang.ALLEGATION_INSERT_RE, r"\1 ", low, flags=re.I)
    return re.sub(lang.CONTRACTED_BE_RE, lambda m: m.group(1) + (" is " if m.group(2)[1:] == "s" else " are "), low, flags=re.I)


#: A description set off by commas that a hearsay adverb opens (", allegedly a <nationality> citizen,"): the hedge is
#: the description's, the clause it sits in is not hearsay (read38).
_HEDGED_APPOSITION = re.compile(r",\s+(?:" + "|".join(lang.HEARSAY_ADVERBS) + r")\s+(?:an?|the)\s+[^,;]{1,60},")


#: A passive report that is an act told by the outlet, no hearsay (lang.REPORT_MADE_RE; read39).
_REPORT_MADE = re.compile(lang.REPORT_MADE_RE)
_RUMOUR_TOPIC = re.compile(lang.RUMOUR_TOPIC_RE)
_VERIFICATION_FAILED = re.compile(lang.VERIFICATION_FAILED_RE)
_EMERGED_REPORTS = re.compile(lang.EMERGED_REPORTS_RE)
WRITER_TOLD = re.compile(lang.WRITER_TOLD_RE)  # "We're told that ...": hearsay, no one named (attr53)
#: A time clause after the main clause's comma ("His image suffered a blow in 2014, when it was revealed that ...",
#: "..., after it was reported that ..."): a passive report there dates the main clause and hedges only its own clause
#: (GUIDELINES §6: a hedge covers what its verb asserts; lead50).
_TIME_CLAUSE_BEFORE = re.compile(r"\w[^,;]*\w[^,;]*,\s+(?:" + lang.TIME_CLAUSE_OPENERS_RE + r")\s+$")


def unconfirmed(low: str) -> bool:
    """A hedged report with no source of its own: a marker ("reportedly"), an existential claim
    ("There are claims that ..."; `own_certainty` labels it `claimed`) or a passive report. Not the outlet saying it
    could not check a thing named before ("The claim could not be independently verified.": its own `negated`
    statement; genre44)."""
    if _VERIFICATION_FAILED.fullmatch(low):
        return False
    low = _HEDGED_APPOSITION.sub(",", uncontracted(low))  # ("The man, allegedly a <nationality> citizen, was arrested": read38)
    low = _RUMOUR_TOPIC.sub("talk", low)  # "did not comment on market rumours": the rumours are a topic (cert41)
    if any(m in low for m in lang.UNCONFIRMED_MARKERS) or any(m in low for m in lang.CLAIM_MARKERS) or _EMERGED_REPORTS.match(low) or WRITER_TOLD.match(low):
        return True  # ("Reports emerged from some survivors that ...": attr52; "We're told that ...": attr53)
    for m in lang.PASSIVE_REPORTS if not re.match(lang.NOTHING_FIRST_RE, low) else ():  # "No deaths were reported"
        i = low.find(m)
        if i >= 0 and not re.match(r"\s+by\b", low[i + len(m):]) and not _REPORT_MADE.search(low[:i] + "|" + low[i + len(m):]) \
                and not (m.startswith("it ") and _TIME_CLAUSE_BEFORE.search(low[:i]) or _TIME_CLAUSE_BEFORE.search(low[:i].removesuffix("it "))
                         and low[:i].endswith("it ")):
            return True
    return False


def quoted_future(w: list[str], modals: frozenset[str] = lang.QUOTED_FUTURE_MODALS) -> bool:
    """A future tense in a quotation's main clause ("I'll end ...", "The line will open in March"):
    a plan or forecast; not "will be" + an adjective or noun ("It will be a disaster": an opinion),
    not a relative clause's ("solutions that will make us safer"). With `modals` =
    lang.QUOTED_HEDGE_MODALS, a possibility in the same place ("Prices may rise")."""
    for i, x in enumerate(w):
        if x == "and" and i and not _joined_subject(w, i, modals):
            return False  # "We have met them, and I'll say more later": the first clause decides
        if modals is lang.QUOTED_FUTURE_MODALS and x in lang.QUOTED_INTENTION_VERBS and i and w[i - 1] in ("i", "we") \
                and w[i + 1:i + 2] == ["to"]:
            return True  # "I intend to use every tool I have": the speaker's plan (GUIDELINES §14; read13b)
        if modals is lang.QUOTED_FUTURE_MODALS and x in lang.QUOTED_FORECAST_PREDICATES and i and w[i - 1] in lang.BE_FORMS \
                and w[i + 1:i + 2] == ["to"] and not in_relative(w, i - 1) and not in_relative_that(w, i - 1):
            return True  # "The audit is expected to appear in May": a forecast (shapes23)
        if (x in modals or modals is lang.QUOTED_FUTURE_MODALS and x.endswith("'ll")) and not in_relative(w, i) \
                and not in_relative_that(w, i) and not in_embedded(w, i) \
                and not (i and w[i - 1] in lang.NOUN_MARKERS and not _demonstrative_subject(w, i)) and w[i + 1:i + 2] != ["to"]:  # "the will to"
            nxt = [y for y in w[i + 1:i + 4] if y not in lang.RELATIVE_ADVERBS][:2]
            if nxt and nxt[0] == "be" and not (len(nxt) > 1 and (lang.is_past_form(re.sub(r"^re(?=[a-z]{4})", "", nxt[1])) or nxt[1] == "to" or nxt[1].endswith("ing")
                                                                 and i and w[i - 1] in lang.PERSONAL_SUBJECTS)):
                continue  # not "It will be a disaster"; "My priority will be to fix ...", "I will be making a decision" (read13b)
            if nxt and modals is lang.QUOTED_HEDGE_MODALS and nxt[0] in lang.RHETORICAL_HEDGE_VERBS:
                continue  # "one might expect ...", "you may say ...": a manner of speaking, an opinion
            return bool(nxt)
    return False


def future_conjunct(w: list[str]) -> list[str]:
    """The words of a quotation up to an "and" that opens a second clause with a personal subject after a future
    modal ('"I will publish the figures in May and I cannot be plainer ..."'): a negation in the second clause
    is no negation of the first's future act (read40)."""
    for i, x in enumerate(w):
        if x == "and" and w[i + 1:i + 2] and w[i + 1] in lang.PERSONAL_SUBJECTS \
                and any(y in lang.QUOTED_FUTURE_MODALS or y.endswith("'ll") for y in w[:i]):
            return w[:i]
    return w


def _demonstrative_subject(w: list[str], i: int) -> bool:
    """w[i], a modal, follows a demonstrative that opens the quotation and is its subject ("This may mean changes",
    "That will cost jobs"): a pronoun, no determiner of a noun "will" or of the month "May" ("this May in the town"),
    when a word that is no function word follows (read37)."""
    return i == 1 and w[0] in lang.DEMONSTRATIVES and w[i + 1:i + 2] != [] and w[i + 1] not in lang.FUNCTION_WORDS


def _joined_subject(w: list[str], i: int, modals: frozenset[str]) -> bool:
    """w[i], "and", joins two nouns of the subject before the modal ("My review and recommendations
    will ensure ...", "The ward and the clinic will open"; attr15, read14's d6): a determiner's noun
    phrase of at most three words with no verb before it, the modal at most three words after it."""
    before, after = w[:i], w[i + 1:i + 4]
    if after[:1] in (["i"], ["we"]) and after[1:2] and (after[1] in modals or after[1].endswith("'ll")) and 0 < len(before) <= 5 \
            and not any(x in lang.AUXILIARY_VERBS or x in lang.BE_FORMS or x in lang.MODALS or lang.is_past_form(x, min_len=4)
                        for x in before):
        return True  # "The head of the board and I will visit every school": "and I" closes the subject (shapes34)
    if len(before) > 3 or before[0] not in lang.DETERMINERS or any(
            x in lang.AUXILIARY_VERBS or x in lang.BE_FORMS or x in lang.MODALS or lang.is_past_form(x, min_len=4)
            or x in lang.SUBJECT_PRONOUNS for x in before):  # ("the shed", "the aged", "the need": nouns; tidy20)
        return False
    k = next((k for k, x in enumerate(after) if x in modals or modals is lang.QUOTED_FUTURE_MODALS and x.endswith("'ll")), None)
    return k is not None and not any(x in lang.SUBJECT_PRONOUNS or x in lang.FUNCTION_WORDS and x not in lang.DETERMINERS
                                     for x in after[:k])


_OWN_FUTURE = re.compile(lang.OWN_FUTURE_ACT_RE)


def own_future_act(content: str) -> bool:
    """An indirect statement whose subject is a pronoun (the speaker, as a rule) and whose verb is a
    future act ("She said she would highlight good care"): the source's plan, `speculative` also
    when the claim reads as a position (GUIDELINES §14: "House Speaker Paul Ryan said ... that he
    would remove the congressman" -> speculative; attr15, read14's d6)."""
    return _OWN_FUTURE.match(content.lower()) is not None
