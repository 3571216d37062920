"""A speech event the outlet narrates, not a statement it attributes (issue 12, over-attribution).

News prose tells that someone spoke, answered, testified, noted or compared before (or instead
of) telling what they said: "Dr. Jane Roe spoke about the outbreak at a meeting of county
officials.", "Chen answered questions from analysts for about an hour.", "Both candidates noted
the unemployment rate during the debate." Such a sentence has a cue verb and a subject but no
content: its object is a noun phrase (what was answered, noted, written), a place, a time or a
topic, and no clause follows. It is the outlet's own account of an event (PolNeAR's annotators
leave "She spoke about her long ties to rural parishes" and "Lindqvist noted the scar's origin"
unattributed). The same verbs name acts that are no speech at all: "The storm claimed 12 lives";
and cue verbs with a named object are acts of authority (`_decreed`: "declared a state of
emergency", "rejected a bill", "agreed to a settlement", "recalled 80,000 cans").

`narrated_event(text, frame)` says whether an initial frame (frames.Frame) is such an event; the
verbs and objects are in `lang` (lang/events.py). A content with a clause ("noted that ...",
"argued the bill would raise costs"), a quotation, a colon, "as" after "described" or "claimed" ("described
the injury as minor") or a stance ("argued for lower taxes") stays a report.
"""

from __future__ import annotations

import re

from .. import lang
from .frame_shapes import may_speak, np_head_speaks
from .insertions import speaker_like

#: (Session 9, voice10, left a switch CONTENTLESS_EVENTS that also dropped the frame of a speech
#: event with no object ("Jane Roe spoke at a rally on Monday", "Police responded to the scene") and
#: of acts "conceded two goals", "denied bail", "called a recess". Measured again in session 10
#: (over11): on, it changed no claim of PolNeAR half A and none of the over11 battery and cost two
#: attributed claims of half B (balanced accuracy 0.827 -> 0.825, found 0.810 -> 0.807): deleted.
#: Acts of authority whose object is named come with `_decreed` instead.)

#: Nouns of what speaks for itself: findings, statements, documents ("The report noted ...").
_DOCUMENTS = lang.FINDING_NOUNS | lang.STATEMENT_NOUNS | lang.DOCUMENT_NOUNS | lang.SOURCE_DOCUMENT_NOUNS | lang.ISSUED_DOCUMENT_NOUNS
_WH = lang.EVENT_QUESTION_WORDS
_CALL = lang.CALL_FORMS


def _words(s: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Za-z0-9][\w'’.-]*|,", s)]


def _has_clause(ws: list[str]) -> bool:
    """The words after the cue hold a clause of their own: "that"/"whether" (not "the claim that"),
    or an auxiliary, a modal or a past-tense verb after a word that could be its subject (not
    after "and", a relative pronoun or a determiner). A question word ends the search: "explained
    how the sensors work" names a topic."""
    for x, w in enumerate(ws):  # "how he believes ...", "because they felt ...", "by saying ...": a report inside it
        if x and w in lang.CUE_VERBS and ws[x - 1] in lang.PRONOUNS | lang.PERSON_NOUNS | lang.ORG_HEADS \
                or w in lang.SAYING_PARTICIPLES or w in ("calling", "telling", "writing"):
            return True
    for x, w in enumerate(ws):
        prev = ws[x - 1] if x else ""
        nxt = ws[x + 1] if x + 1 < len(ws) else ""
        if w in _WH and x or w in lang.SUBORDINATORS and w not in lang.CONTENT_CLAUSE_OPENERS:
            return False  # "... before it was contained": a clause of time or cause, not a content
        if w in lang.CONTENT_CLAUSE_OPENERS:
            return True  # (also "noted reports that ...": a statement, the reports' if not the subject's)
        if x == 0 or prev in lang.EVENT_COORDINATED_LEADS or prev in lang.DETERMINERS or prev in lang.AUXILIARY_VERBS:
            continue  # "... and was sent off": the subject's next act
        if w in lang.AUXILIARY_VERBS or w in lang.MODALS or w.endswith(("n't", "n’t")) \
                or w in lang.IRREGULAR_PAST and w not in ("left", "met", "led"):  # ("didn't get": read33)
            return True  # (not lang.is_past_form: "left", "met", "led" are nouns and adjectives here; "-ed" below, with its neighbours)
        if w.endswith("s") and not w.endswith(("ss", "'s", "’s")) and prev not in lang.PREPOSITIONS and prev not in lang.FUNCTION_WORDS \
                and (nxt in lang.DETERMINERS or nxt in lang.PRESENT_VERB_FOLLOWERS or nxt.endswith("ly")):
            return True  # "noted the law requires the ...": a verb in the present tense after its subject
        if w.endswith("ed") and prev not in lang.PREPOSITIONS and prev not in lang.FUNCTION_WORDS \
                and nxt not in lang.PREPOSITIONS and nxt not in lang.PARTICIPLE_PHRASE_FOLLOWERS:
            return True  # "noted his attorney offered to ...", not "the forum viewed by millions"
    return False


def _duration(ws: list[str]) -> bool:
    """ "for nearly four hours", "for an hour": a length of time, not a stance ("argued for lower taxes")."""
    return ws[0] == "for" and any(w.rstrip(".,") in lang.TIME_UNITS or w.rstrip(".,") + "s" in lang.TIME_UNITS
                                  for w in ws[1:5])


def _amount(w: str) -> bool:
    """A number, in digits or words ("25", "1,500", "four", "forty")."""
    return w[:1].isdigit() or w in lang.NUMBER_UNITS or w in lang.NUMBER_TENS


def _opens_phrase(w: str) -> bool:
    """A noun phrase or a place, time or topic phrase opens the content: a determiner, a number,
    a preposition ("the rise in cases", "two goals", "at a rally", "about the outbreak"); not "to"
    ("claimed to have won 45 games": an infinitive, the claim's content)."""
    return w in lang.DETERMINERS or w in lang.PREPOSITIONS or w in lang.NUMBER_UNITS or w[:1].isdigit() \
        or w in lang.EVENT_OBJECT_OPENERS


def _object_span(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The object phrase of a speech event in [a, b): past a topic preposition ("spoke about the
    outbreak"), up to a time word, a length of time or an adverbial preposition (lang.EVENT_PHRASE_CUTS;
    "wrote a book | about his childhood"; "noted the rise in cases
    in a briefing on Monday": "the rise"), the way PolNeAR's annotators mark a noun-phrase content
    ("spoke about | her long ties to rural parishes"); None when a place, time or addressee comes
    first ("spoke at a rally", "spoke to reporters", "testified for four hours")."""
    toks = [(m.group(0).lower(), m.start(), m.end()) for m in re.finditer(r"[A-Za-z0-9][\w'’.-]*|[,.;:!?]", text[a:b])]
    x = 0
    if toks and toks[0][0] == "out":
        x = 1
    if x < len(toks) and toks[x][0] in lang.TOPIC_PREPOSITIONS:
        x += 1
    if x < len(toks) and toks[x][0] in lang.ADDRESSEE_PREPOSITIONS:
        return None  # "responded to the criticism", "spoke with reporters": whom, not what
    start = x

    def ends(x: int) -> bool:
        w, after = toks[x][0].rstrip("."), toks[x + 1] if x + 1 < len(toks) else ("", 0, 0)
        if w == "at" and after[0] in ("least", "most"):
            return False  # "at least 12 lives": a bound, not a place
        return not w[:1].isalnum() and w != "," or w in lang.EVENT_PHRASE_CUTS or w in lang.TIME_WORDS \
            or x > start and w == "about" or w == "for" and _duration([t[0] for t in toks[x:x + 5]]) \
            or w in lang.EVENT_PLACE_PREPOSITIONS and (after[0] in lang.DETERMINERS or after[0][:1].isdigit()
                                                       or text[a + after[1]:a + after[1] + 1].isupper())
    while x < len(toks) and not ends(x):
        x += 1
    if x == start:
        return None
    return a + toks[start][1], a + toks[x - 1][2]


def _documented(subject: str) -> bool:
    """A subject that is a document or finding ("The audit showed it ...", "The report underscored ...")."""
    return any(w.strip(".,'’").lower() in _DOCUMENTS for w in subject.split())


def _can_speak(subject: str) -> bool:
    """A subject that may make a statement: a pronoun, a name, a person or organisation noun, or a
    document or finding (_documented). Not "The deaths of <A> and <B>": names after "of" are no speakers
    when the head noun before them is no person, body or document (read33)."""
    if re.match(r"(?i:the|these|those)\s+[a-z]+\s+of\s", subject) and not np_head_speaks(subject.split(" of ")[0] + " of x") \
            and not _documented(subject):
        return False
    return may_speak(subject) or speaker_like(subject) or _documented(subject)


_SELF = lang.SHOWN_SELF_PRONOUNS


#: A negation or refusal between a subject and its cue ("did not say", "would not say", "declined to say").
_SILENT = re.compile(r"\b(?:" + "|".join(sorted(w for w in lang.NEGATORS if w.isalpha() and w not in ("no", "without"))) + r"|(?:"
                     + "|".join(sorted(lang.REFUSAL_VERBS)) + r")\s+to)\b|n't\b", re.I)
#: A count opening an object, after an approximator ("more than 300,000 vehicles", "30 patients").
_COUNT = re.compile(r"(?:(?:" + lang.APPROXIMATORS_RE + r")\s+)?(?:\d|(?:" + "|".join(lang.NUMBER_UNITS) + r")\b)")


def _non_admission(cue: str, ws: list[str]) -> bool:
    """ "did not admit wrongdoing", "has not confirmed the figure", "did not deny the report": a negated
    speech act whose object is a noun phrase (no clause, no infinitive) says nothing in the source's
    voice; the outlet tells that the act did not happen (GUIDELINES §14 `negated`; left16)."""
    return cue in lang.OBJECT_SPEECH_ACTS and ws[0] not in lang.CONTENT_CLAUSE_OPENERS \
        and ws[0] not in lang.TOPIC_PREPOSITIONS and ws[0] != "to" and not _has_clause(ws)


def _appointed(cue: str, body: str) -> bool:
    """ "confirmed Judge Ann Moss to the appeals court", "confirmed her as chair": a named person
    (or an object pronoun) and "to"/"as" right after the confirming verb: an appointment."""
    return cue in lang.CONFIRM_FORMS and re.match(
        r"\s*(?:(?:" + "|".join(sorted(lang.OBJECT_PRONOUNS)) + r")\s+|(?:[A-Z][\w.'’-]*\s+){1,4})(?:" + _APPOINTED_TO
        + r")\s", body) is not None


#: "to" or "as" after the person confirmed ("to the appeals court", "as chair"): an appointment.
_APPOINTED_TO = "|".join(lang.APPOINTMENT_PREPOSITIONS)


#: A sum of money opening a request's object: a currency sign or a number then a currency word ("$5.7 billion", "an
#: additional $40 million", "2 million euros"; attr59).
_SUM_ASKED = re.compile(r"\s*(?:(?:" + lang.SUM_ADDED_LEADS_RE + r")\s+|(?:" + lang.APPROXIMATORS_RE + r")\s+)?(?:[$€£]\s?\d|\d[\d,.]*\s+(?:(?:"
                        + "|".join(sorted(lang.SCALE_WORDS)) + r")\s+)?(?:dollars|euros|pounds)\b)", re.I)


def _decreed(cue: str, ws: list[str], body: str = "") -> bool:
    """An act of authority whose object comes right after the cue, whatever clause follows it
    (issue 12, over11): "declared a state of emergency (as the river rose)", "declared the harbor
    district closed", "rejected a bill (that would have ...)", "recalled 80,000 cans". Not with a
    saying participle ("rejected the bill, saying it ...": a report) or a "that" right after the cue."""
    if not ws or ws[0] in lang.CONTENT_CLAUSE_OPENERS or any(w in lang.SAYING_PARTICIPLES for w in ws):
        return False
    head = [w.rstrip(".,") for w in ws[:5]]
    if cue in lang.DECLARE_FORMS:
        return any(w in lang.DECLARED_NOUNS for w in head) \
            or ws[0] in lang.DETERMINERS and any(w in lang.DECLARED_STATES for w in head[1:])
    if cue in lang.REJECT_FORMS:
        return ws[0] in lang.DETERMINERS and any(w in lang.VOTED_MEASURES for w in head[1:4])
    if cue in lang.AGREE_FORMS:  # "agreed to a $5 million settlement", not "agreed to pay"
        return ws[0] == "to" and len(ws) > 1 and (ws[1] in lang.DETERMINERS or ws[1][:1].isdigit())
    if cue in lang.MAINTAIN_FORMS:  # "maintained its lead in the market", not "maintained his innocence"
        return any(w in lang.KEPT_POSITIONS for w in head[:3])
    if cue in lang.ADMIT_FORMS and _COUNT.match(" ".join(ws[:5])):
        return any(w in lang.ADMITTED_NOUNS for w in head[1:4])  # "admitted 30 patients"
    if cue in lang.POST_FORMS:  # "posted a loss of $20 million", not "posted on Twitter that ..."
        return any(w in lang.POSTED_RESULTS for w in head[1:4])
    if cue in lang.RECALL_FORMS:  # "recalled more than 300,000 vehicles", not "recalled a conversation"
        return _COUNT.match(" ".join(ws[:5])) is not None or _goods(head)
    if cue in lang.REQUEST_FORMS:  # "requested $5.7 billion for the wall", not "requested a recount of 300 votes" (attr59)
        return _SUM_ASKED.match(body) is not None
    return False


def _goods(head: list[str]) -> bool:
    """A recall's object that names goods with no count ("cars that may have ...", "its heaters", "some of its
    electric cookers"; lang.RECALLED_GOODS): not "recalled her childhood", "recalled its history", "recalled the day
    he left", "recalled conversations with ..." (attr58)."""
    k = 0
    while k < len(head) and (head[k] in lang.DETERMINERS or head[k] in lang.QUANTIFYING_DETERMINERS or head[k] == "of"):
        k += 1
    return any(w in lang.RECALLED_GOODS for w in head[k:k + 3])


#: After a verb of coming to know: a time phrase of up to three words, then "of"/"about" and a noun phrase.
_LEARNED_OF = re.compile(r"\s*(?:[A-Za-z]+\s+){0,3}?(?:of|about)\s+(?:" + "|".join(sorted(lang.DETERMINERS)) + r"|[A-Z])")


def event_reading(text: str, fr):
    """How an initial frame `fr` reads when it narrates a speech event or an act (see the module
    docstring): None when it is a report as found; ("act", None) for an act that is no speech
    ("claimed 12 lives" is not: see below; "conceded two goals", "denied bail", "called a recess");
    ("speech", span) for a speech event whose content is only its object phrase `span` (None when
    it has none: "spoke at a rally on Monday"). "claimed" with a noun phrase is a speech event
    whose object may be long enough to make the sentence the claimant's ("claimed vast wealth")."""
    if fr is None or fr.position != "initial" or fr.kind == "direct" or len(fr.content) != 1:
        return None
    cue = text[fr.cue_span[0]:fr.cue_span[1]].lower()
    a, b = fr.content[0]
    if a < fr.cue_span[1] or text[fr.cue_span[1]:a].strip():
        return None
    body = text[a:b]
    quoted = re.search(r"[“”\":;]|(?<!\w)[‘']", body)
    if quoted and quoted.start() > 0 and ":" not in body and _decreed(cue, _words(body[:quoted.start()]), body):
        return "act", None  # 'agreed to a 20-minute talk for the series on "Towns in Crisis"': a title
    if quoted:
        return None
    ws = _words(body)
    if ws and (ws[0] == "of" or len(ws) > 1 and ws[0].endswith("ly") and ws[1] == "of") and cue.startswith(("spok", "speak")):
        return None  # "spoke of the burden of debt, written into ... and how ...": what was said ("spoke fondly of": attr59)
    if ws and ws[0] == "out":
        ws = ws[1:]  # "is speaking out ahead of the election" (not "spoke out against the plan")
    subject = text[fr.source_span[0]:fr.source_span[1]]
    # a negation inside a clause set off between the subject and the cue is not the cue's ("The man, who
    # was not named, denies the charge": his denial; the lead, session 26): only after the last comma
    silent_from = max(fr.source_span[1], text.rfind(",", fr.source_span[1], fr.cue_span[0]) + 1)
    if ws and (ws[0] in _WH or ws[0] in ("whether", "if")) and _SILENT.search(text, silent_from, fr.cue_span[0]):
        return "act", None  # "The campaign did not say where the rally would be held": the silence is the outlet's news
    if ws and not quoted and _non_admission(cue, ws) and _SILENT.search(text, silent_from, fr.cue_span[0]):
        return "act", None  # "Corvane did not admit any wrongdoing": the outlet's negated fact, no statement
    if ws and (cue in lang.EVIDENTIAL_VERBS or cue in lang.EVIDENCE_FINDING_VERBS) and not _can_speak(subject):
        return "mute", None  # "The defeat underscored the power of the farm lobby": the outlet's reading
    if ws and cue in lang.EVIDENCE_FINDING_VERBS and ws[0] in _SELF and not _documented(subject):
        return "mute", None  # "The team has shown it can win on the road": its conduct, the outlet's reading
    if cue in lang.LEARNING_FORMS and _LEARNED_OF.match(body):
        return "act", None  # "the clerks first learned on Monday of the deals": coming to know, no statement (polar44)
    if ws and (_decreed(cue, ws, body) or _appointed(cue, body)):
        return "act", None  # "declared a state of emergency in four counties as the river rose": an act
    if cue in lang.ADD_FORMS and len(ws) > 1 and re.fullmatch(lang.APPROXIMATORS_RE, ws[0]) and _amount(ws[1]) and not _has_clause(ws[2:]):
        return "act", None  # "The detour adds about 25 minutes to trips": an amount added, no speech (wild21)
    if not ws or ws[0] in lang.STANCE_PREPOSITIONS and not _duration(ws) or ws[0] in ("on", "upon") and cue in _CALL \
            or _has_clause(ws):
        return None
    if cue in lang.EXPERIENCE_REPORT_VERBS and ws[0].endswith("ing") and ws[0] not in lang.RELATIVE_HEAD_PRONOUNS | lang.NEGATORS:
        return None  # "Neighbours described hearing shouts before dawn": the experience told, theirs (read33)
    if cue in lang.ADD_FORMS and "to" in ws[1:6] and ws[0] not in ("to", "that"):
        return "act", None  # "the city added bus service to the campus": a thing put somewhere
    if (cue in lang.EVENT_SPEECH_VERBS or cue in lang.COUNTED_ACT_VERBS) and not may_speak(subject) \
            and not speaker_like(subject) and not any(w.strip(".,'’").lower() in _DOCUMENTS for w in subject.split()):
        return "mute", None  # "The storm claimed at least 12 lives": no one who speaks, no statement
    if cue in lang.EVENT_SPEECH_VERBS:
        if "as" in ws and cue[:3] in ("des", "cla"):
            return None  # "described the injury as minor": an evaluation, the speaker's
        if cue.startswith("claim") and any(w in lang.CLAIM_SPEECH_OBJECTS for w in ws[:4]):
            return None
        # verbs that take a clause with no "that" ("noted sales remain strong") need a phrase to open
        if cue in lang.BARE_CLAUSE_EVENT_VERBS and not _opens_phrase(ws[0]) and ws[0] not in _WH:
            return None
        span = _object_span(text, a, b)
        return ("speech", span) if span is not None else None
    return None


def object_content(cue: str, content: str) -> bool:
    """The content of a speech event's verb is only its object phrase, no clause ("noted | the clot's
    existence"): a determiner or a possessive opens it and no clause follows (relations._framed: an
    opener before such a sentence does not make it the speaker's statement; session 10, over11)."""
    ws = _words(content)
    return cue.lower() in lang.EVENT_SPEECH_VERBS and bool(ws) and ws[0] in lang.DETERMINERS and not _has_clause(ws)
