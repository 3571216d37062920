"""Documents and data as sources (session 8, bat9b; issue 12): a sentence whose subject is a
document or a finding that says, shows or alleges its content, with what the main rules do not
read around the subject: a phrase set off by commas ("The memo, dated March 3, says ...", "The
lawsuit, filed Monday, claims ...", "The paper, published Wednesday in a journal, argues ...", "The
analysis, by the Civic Data Lab, shows ..."), a title in quotation marks ("The report, “Failing
Grades,” cites ...", "The memo, titled “Next Steps,” says ..."; session 9, left10), a
participle after the noun ("Police records obtained by the newspaper show ..."), and the final
form ("Enrollment fell 6 percent this fall, district data show."). The heads are
lang.FINDING_NOUNS and lang.SOURCE_DOCUMENT_NOUNS, the verbs lang.FINDING_VERBS and lang.DOCUMENT_VERBS;
the source is the document's noun phrase (GUIDELINES §6 "Documents as sources": "The indictment
also alleged ..." -> "the indictment"). Tried by cues.extra_frame for a sentence the main rules
leave without a frame.
"""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span
from .rulings import ruling_frame
from .text import outside

#: A presentation's slide states its text ("A slide from the briefing shows that ...": PolNeAR half A names the slide;
#: attr58), but only as a determiner's noun with no "in" after it ("The slide in prices shows ..." is a fall).
_SLIDES = ("slide", "slides")
_HEADS = "|".join(sorted(lang.FINDING_NOUNS | lang.SOURCE_DOCUMENT_NOUNS | set(_SLIDES), key=len, reverse=True))
_VERBS = "|".join(sorted(lang.FINDING_VERBS | lang.DOCUMENT_VERBS, key=len, reverse=True))
_NOT_MODIFIER = "|".join(sorted(lang.PHRASE_PREPOSITIONS)) + "|" + lang.MODIFIER_BREAKERS_RE
#: "A survey last March by the college found ...": a time after the head, before its "by" phrase (read40; not
#: "A poll last week showed ...": with no agent the time is the outlet's, as bat9c's gold has it)
_TIME_AFTER_HEAD = (r"(?:\s+(?:" + "|".join(sorted(lang.RELATIVE_TIME_LEADERS - {"every"})) + r")\s+(?:"
                    + "|".join((*lang.MONTHS, *lang.WEEKDAYS, "week", "month", "year")) + r")\b(?=\s+(?:by|from|of)\s))?")

#: "The memo, dated March 3, says ...": up to four modifiers (no preposition: "The man in the
#: video said" is the man's), the head, a post-nominal phrase ("of the meeting", "obtained by the
#: newspaper"), a participle phrase set off by commas, auxiliaries, the verb.
_DOCUMENT = re.compile(
    r"\s*(?:(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+)?"
    r"(?P<src>(?:(?!(?:" + _NOT_MODIFIER + r")\b)[\w/&'’.-]+\s+){0,4}?(?P<head>" + _HEADS + r")\b" + _TIME_AFTER_HEAD +
    r"(?:\s+(?:" + lang.DOCUMENT_TAIL_PREPOSITIONS_RE + "|" + lang.DOCUMENT_PARTICIPLES_RE + r")\b[^,;:“”\"()]{1,60}?)??)"
    r"(?P<set_off>\s*,\s*(?:(?:" + lang.DOCUMENT_PARTICIPLES_RE + r"|by)\b(?:[^,;:“”\"()]|,(?=\d)){1,70},"  # "signed by 2,000 residents"
    r"|(?:(?:" + lang.TITLE_PARTICIPLES_RE + r")\s+)?[“\"][^“”\"]{1,80}?,?[”\"](?:\s*,)?))?"  # a title: ", “Failing Grades,”"
    r"\s+(?:(?:" + lang.FINDING_VERB_LEADS_RE + r")\s+)*(?P<cue>" + _VERBS + r")\b\s*(?:that\b|:)?", re.I)
#: "..., district data show.": a finding or document after the content, at the sentence's end, or before a "with"
#: detail of the same figures closing it ("..., data showed, with exports to the north up by half.").
_FINAL = re.compile(r",\s+(?P<src>(?:(?!(?:" + _NOT_MODIFIER + r")\b)[\w'’.-]+\s+){0,3}?(?:" + _HEADS + r")"
                    r"(?:\s+(?:of|from)\s+[^,;:“”\"()]{1,40}?)?)\s+(?P<cue>" + lang.FINAL_FINDING_VERBS_RE + r")"
                    r"(?:\s*[.!]?\s*$|,\s+with\s+[^,;:“”\"()]{3,80}[.!]?\s*$)", re.I)  # ("..., data showed, with those in <region> up by half."; attr53)


def document_frame(text: str, sp: Span, quotes) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]] | None:
    """(source span, cue span, content span) of a sentence whose subject is a document or a
    finding that gives its content, or of a ruling or finding by a person or body (rulings.py),
    or None (inside quotations; content under three words)."""
    m = _DOCUMENT.match(text, sp.start, sp.end)
    nxt = re.match(r"\s*(\w+)", text[m.end("cue"):sp.end]) if m is not None else None
    if nxt is not None and nxt.group(1).lower() in lang.PHRASE_PREPOSITIONS:
        m = None  # "The emails found on the laptop are ...": a participle in the subject, no cue
    if m is not None and m.group("head").lower() in _SLIDES and (m.group("src").split()[0].lower() not in lang.DETERMINERS
                                                              or re.match(r"\s+in\b", text[m.end("head"):])):
        m = None  # "Prices began a slide in May that shows ...", "The slide in prices shows ...": a fall, no document
    if m is not None and _CLAUSE_IN_TAIL.search(text, m.end("head"), m.end("src")):
        m = None  # "The report sent lawmakers into a furor as it suggested ...": a clause of its own, its pronoun the cue's subject (lead41)
    if m is not None and outside(m.start("src"), quotes) and _opens_with_noun(m.group("src")):
        content = (m.end() + (text[m.end():m.end() + 1] == " "), sp.end)
        if len(text[content[0]:content[1]].split()) >= 3:
            return (m.start("src"), m.end("src")), (m.start("cue"), m.end("cue")), content
    m = _FINAL.search(text, sp.start, sp.end)
    if m is not None and outside(m.start("src"), quotes) and len(text[sp.start:m.start()].split()) >= 3:
        return (m.start("src"), m.end("src")), (m.start("cue"), m.end("cue")), (sp.start, m.start())
    return ruling_frame(text, sp, quotes)  # "The coroner ruled the death a suicide."


#: A subordinator and a subject pronoun right before the cue, inside what the document pattern took for a participle tail.
_CLAUSE_IN_TAIL = re.compile(r"\b(?:" + "|".join(sorted(lang.SUBORDINATORS | {"as"})) + r")\s+(?:" + lang.SUBJECT_PRONOUNS_RE + r")\s*$", re.I)


def _opens_with_noun(src: str) -> bool:
    """The phrase opens with a determiner, a possessive or a modifier, not a verb or a clause word
    ("If the filing shows ..." is a condition)."""
    first = src.split()[0].lower()
    return first not in lang.CLAUSE_WORDS and first not in lang.SUBORDINATORS and first not in lang.PRONOUNS


def document_source(source: str) -> bool:
    """A source that is a document or finding ("The filing", "A study published in a journal",
    "Police records obtained by the newspaper"): its head among its first words."""
    ws = [w.strip(",.'’").lower() for w in source.split()[:6]]
    return any(w in lang.FINDING_NOUNS or w in lang.SOURCE_DOCUMENT_NOUNS for w in ws) or _slide_phrase(ws)


def _slide_phrase(ws: list[str]) -> bool:
    """A determiner, up to two words, a slide, and no "in" after it ("A slide from the briefing", "one slide"; not
    "Prices began a slide", "The slide in prices")."""
    k = next((k for k, w in enumerate(ws) if w in _SLIDES), None)
    return k is not None and k <= 2 and (ws[0] in lang.DETERMINERS or ws[0] in ("one", "another")) and ws[k + 1:k + 2] != ["in"]


#: A participle phrase with no commas between a document's noun and its cue ("A report released on Monday says ...",
#: "The study published last week found ..."): the document's description, as a set-off one is (coref55's Left; attr56).
_RELEASED_PHRASE = re.compile(r"\s+(?:" + lang.DOCUMENT_PARTICIPLES_RE + r")\b[^,;:“”\"()]{1,50}?\s*")


def released_phrase(between: str) -> bool:
    """`between` (the words from a document's noun to its cue) is only a participle phrase describing it."""
    return _RELEASED_PHRASE.fullmatch(between) is not None

#: '“A,” reads a statement from the mayor's office.': a quotation, then "reads" and the document
#: that holds it (read13a, a BASIL story): the document's noun phrase is the source, as in "the report read".
_READS_AFTER_QUOTE = re.compile(
    r"\s*(?P<q>[“\"][^“”\"]{3,}?[”\"])\s*(?P<cue>reads|read)\s+(?P<src>(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:"
    + "|".join(sorted(lang.ISSUED_DOCUMENT_NOUNS | lang.SOURCE_DOCUMENT_NOUNS, key=len, reverse=True))
    + r")\b(?:\s+(?:" + lang.DOCUMENT_TAIL_PREPOSITIONS_RE + r")\s+[^,;:“”\"()]{1,80}?)?)\s*(?:\([^()]{1,30}\))?\s*[.!]?\s*$")


def reads_after_quote_frame(text: str, sp: Span, quotes, frame_cls):
    """The frame of '“A,” reads a statement from the mayor's office.' (direct, final), else None."""
    m = _READS_AFTER_QUOTE.match(text, sp.start, sp.end)
    if m is None:
        return None
    return frame_cls((m.start("src"), m.end("src")), (m.start("cue"), m.end("cue")), "direct",
                     [(m.start("q"), m.end("q"))], "final")


def set_off_document_frame(text: str, sp: Span, quotes, frame_cls):
    """The frame of "The memo, dated March 3, says ..." (a document's subject, then a participle
    phrase set off by commas), tried before the main rules: they would take the phrase's last words
    for a subject ("says the agency knew ..."). None for any other sentence."""
    m = _DOCUMENT.match(text, sp.start, sp.end)
    if m is None or not m.group("set_off"):
        return None
    found = document_frame(text, sp, quotes)
    if found is None:
        return None
    src, cue, content = found
    return frame_cls(src, cue, "indirect", [content], "initial")

#: A statement's source "from/by <X>", then what it is about ("A release from the mayor about the planned closure").
_FROM_SOURCE = re.compile(r"\s*(?:an?|the)\s+(?:[\w'’-]+\s+)?(?:" + "|".join(sorted(lang.STATEMENT_NOUNS | lang.SOURCE_DOCUMENT_NOUNS))
                          + r")\s+(?:from|by)\s+\S", re.I)
_TOPIC = re.compile(r"\s+(?:" + lang.TOPIC_PREPOSITIONS_RE + r")\s+[^,;:“”\"()]{3,60}?\s*")


def statement_topic(source: str, between: str) -> bool:
    """Between a statement's "from/by <X>" source and its verb lies only what it is about ("A release from the mayor
    about the planned closure said the road would shut": the mayor's statement, whatever share its content has;
    lead36)."""
    return _FROM_SOURCE.match(source) is not None and _TOPIC.fullmatch(between) is not None


#: "issued a statement", "sent a letter to staff", "put out a brief statement on Monday" right before "saying".
_ISSUED_TEXT = re.compile(r"\b(?:" + lang.STATEMENT_ISSUING_VERBS_RE + r")\s+(?:(?:an?|the|" + "|".join(sorted(lang.POSSESSIVE_DETERMINERS)) + r")\s+)?(?:[\w-]+\s+){0,5}?(?:"
                          + "|".join(sorted(lang.ISSUED_TEXTS)) + r")(?:\s+(?:to|on|via|from)\s+[\w'’. -]{1,40}?)?\s*,?\s*$", re.I)


def issued_text(before: str) -> bool:
    """What precedes a "saying" ends with the subject giving out a text of its own ("The club issued a statement", "The
    firm sent a letter to staff"): the text's "saying ..." is the subject's speech, its sentence the subject's
    statement (lead36; not "Protesters waved a sign", "The report cited a letter": a thing's words)."""
    return _ISSUED_TEXT.search(before) is not None
