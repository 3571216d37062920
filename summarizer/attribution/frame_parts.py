"""What stands around a statement's frame, and when it is still the speaker's statement.

Split out of relations.py (session 24, at its line limit): the words between a source and its
cue (`auxiliaries_only`), an opener before the source (`prepositional_opener`), a content-first
final frame with nothing else of substance (`final_alone`) and whether a source holds a name
(`named`). relations._framed composes them.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .. import lang
from .apposition import descriptions_only
from .document_finals import content_first
from .frame_shapes import SAYING_ON, TITLE_QUOTE, addressee_tail, np_head_speaks
from .final_tails import consequence_tail, dash_aside
from .medium_tail import addressee_then_medium, medium_tail

#: The longest prepositional opener before such a statement ("In an interview with ..., X said").
FRAME_PP_OPENER_WORDS = 20
#: A participle opener whose object holds a clause ("Citing a survey that found X, the group said
#: ...") still makes the sentence the speaker's statement (`prepositional_opener`; read13a).
PARTICIPLE_CLAUSE_OPENERS = True

_ASIDE = re.compile(r"(?<!\S)(?:" + lang.SOURCE_ASIDE_RE + r")(?!\S)")


def auxiliaries_only(between: str) -> bool:
    """Between a source and its cue only auxiliaries and adverbs ("", " had ", " has also ",
    " now "): the sentence is the frame and its content. Not a negation: "X did not say where
    ..." asserts nothing of X's (GUIDELINES §14: the negated speech act is the claim)."""
    between = _ASIDE.sub(" ", between)  # "in a filing on Friday", "in 2019", "earlier this month" (lang.SOURCE_ASIDE_RE)
    ws = between.lower().split()
    if len(ws) >= 3 and all(ws[x] in part for x, part in enumerate(lang.SUBJECT_TIME_PHRASE)):
        ws = ws[3:]  # "Jane Doe at the time said ...": a time phrase, no more than an adverb
    day = 1 if ws[:1] and ws[0] == "on" else 0  # "The company on Monday said", "on Oct. 3 said", "Thursday said"
    if len(ws) > day and (ws[day] in lang.WEEKDAYS or ws[day].rstrip(".") in lang.MONTHS + lang.MONTH_ABBREVIATIONS and day):
        ws = ws[day + 1 + (len(ws) > day + 1 and ws[day + 1].rstrip(",").isdigit()):]
    return all(w in lang.AUXILIARY_VERBS or w in lang.CUE_MODIFIERS and w not in lang.NEGATORS or w in lang.SENTENCE_ADVERBS
               or w in lang.FLOATING_QUANTIFIERS
               or (w.endswith("ly") and w != "only")
               for w in ws)



#: The most words of a source that is a description ("the mayor", "the state health department") in a
#: final frame with a plain saying verb (`final_alone`): 4 -> 10 in session 14 ("..., a spokesman for the force
#: said.", "..., the head of the regional health department said."; PolNeAR, factuality, gate identical).
PLAIN_DESCRIBED_SOURCE_WORDS = 10


#: A lapse of time closing a final frame's tail (", two days after the fire was put out."): when the
#: source spoke, no content of its own.
#: After an inverted frame's named source: "of" or "from" and a capitalised body's name (small words inside it), right
#: before a set-off "who" clause ("said Jane Doe of the Institute for Fiscal Research, who expects ..."; genre44).
_AFFILIATION_THEN_RELATIVE = re.compile(r"\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:(?:" + lang.ORG_NAME_INNER_WORDS_RE
                                        + r")\s+)?[A-Z][\w'’&.-]*){0,5}(?=,\s+who\s)")
_LAPSE_TAIL = re.compile(r",\s+(?i:" + lang.TIME_LAPSE_RE + r")[^,;:“”\"]{1,80}?[.!?]?[\"”’']*\s*$")


def final_alone(text: str, r, start: int, end: int) -> bool:
    """The same statement, content first: "A, Jane Doe, a lawyer, said." / "“A,” said Jane Doe,
    a lawyer at the firm." (the span opens with the content; after it only the cue, the named
    source and its descriptions, to the span's end)."""
    if len(r.content) == 2 and r.source_span and r.cue_span and (said := max(r.source_span[1], r.cue_span[1])) < r.content[1][0] \
            and r.content[1][1] >= end - 2 and SAYING_ON.fullmatch(text, said, r.content[1][0]):
        r, end = replace(r, content=r.content[:1]), said  # "A, said Jane Doe, a trader, adding that B.": B is hers too (session 33)
    if not content_first(text, r, start):
        return False
    (s0, s1), (c0, c1) = r.source_span, r.cue_span
    cue = text[c0:c1].lower()
    if r.end <= c0 < s0 and re.fullmatch(lang.QUOTING_VERBS_RE, cue) and re.fullmatch(r",?\s*(?:[\w'’.-]+\s+){0,5}", text[r.end:c0]) \
            and re.fullmatch(r"\s+as\s+(?:" + lang.QUOTED_SAYING_RE + r")\s*[.!]?\s*", text[s1:end]):
        return True  # "A, the agency quoted a local official as saying.": the quoted person's (wire copy; intl38)
    if r.end <= s0 < c0 and re.fullmatch(lang.QUOTING_VERBS_RE, cue) and re.fullmatch(r"\s+(?:" + lang.QUOTED_PASSIVE_RE + r")\s+", text[s1:c0]) \
            and re.fullmatch(r"\s+as\s+(?:" + lang.QUOTED_SAYING_RE + r")(?:\s+by\s+[^,;:“”\"]{2,60}?)?\s*[.!]?\s*", text[c1:end]):
        return True  # "A, Jane Doe was cited as saying by Tarvo radio.": hers (intl38)
    plain = cue in lang.PLAIN_SAYING_VERBS or cue in lang.FINAL_SAYING_VERBS and not re.search(r"\b[a-z]+ing\b|\d", r.source + text[c1:end])
    # (not "..., paying City United a fee reported at 45 million euros": a participle after a noun)
    head = r.source.split(",")[0] if r.cue_span[0] < r.source_span[0] else r.source  # ("said a police source, who ...": session 33)
    if not named(r.source) and not (plain and len(head.split()) <= PLAIN_DESCRIBED_SOURCE_WORDS and "," not in head):
        return False  # ("A, the mayor said in a statement." is the mayor's as "A, Mayor Jane Doe said" is)
    gap = text[r.end:min(s0, c0)]
    if not r.end <= min(s0, c0):
        return False
    # "A, its chief executive, Jane Doe, said.": a description set off before the name (the
    # frame's content ends before it, insertions.content_end) is the source's, as one after it
    described_before = bool(re.search(r"\w", gap))
    if described_before and not (s0 < c0 and re.fullmatch(r"[^,;:“”\"]+,\s*", gap) and descriptions_only("," + gap.rstrip())):
        return False
    if s0 < c0:  # "A, Jane Doe, a lawyer, said."
        between, tail = text[s1:c0], text[c1:end]
    else:  # "A, said Jane Doe, a lawyer." (the source as written may hold its descriptions)
        src, tail = text[s0:s1], text[s1:end]
        if "," not in src and (aff := _AFFILIATION_THEN_RELATIVE.match(tail)) is not None:
            tail = tail[aff.end():]  # "A, noted Jane Doe of the Institute for Policy, who expects B.": her body, then her (genre44)
        desc = src[src.index(","):] if "," in src else ""
        m = re.match(r",(?:[^;:“”\"]|[“\"][^“”\"]{1,60}[”\"])*?(?=[.!?]?[\"”’']*\s*$)", tail)  # (a title in it: 'a book called "X."'; read33)
        desc, tail = (desc + tail[:m.end()], tail[m.end():]) if m else (desc, tail)
        rel = None if m else re.match(r"\s+((?:who|whose)\s[^;:“”\"]*?)(?=[.!?]?[\"”’']*\s*$)", tail)
        desc, tail = (desc + ", " + rel.group(1), tail[rel.end():]) if rel else (desc, tail)  # "said a source who asked for her name to be withheld" (session 33)
        if re.search(r"\w", text[c1:s0]):
            return False
        between = desc + "," if desc else ""
    tail = "." if consequence_tail(tail) or dash_aside(tail) else tail  # "A, figures showed, adding to signs that ...": an aside (genre44; a dash aside: lead39)
    lapse = _LAPSE_TAIL.search(tail)
    tail = tail[:lapse.start()] + "." if lapse else tail  # "..., police said Monday, two days after the fire." (lead27)
    ws = re.findall(r"[\w’'-]+", tail)  # nothing after it, or "on Tuesday", "in an interview"
    short = not ws or len(ws) <= 6 and ws[0].lower() in lang.FINAL_TAIL_STARTERS and not re.search(r"[,;:“”\"]", tail)
    short = short or len(ws) > 6 and medium_tail(tail)  # a long tail naming only the medium (medium_tail.py; intl38)
    short = short or text[c0:c1].lower() in lang.ADDRESSEE_VERBS and len(ws) > 8 and addressee_then_medium(tail)
    # "..., told reporters", "..., told analysts on a conference call": an addressee, then an adverbial
    short = short or text[c0:c1].lower() in lang.ADDRESSEE_VERBS and len(ws) <= 8 \
        and not re.search(r"[,;:“”\"]", tail) and addressee_tail([w.lower() for w in ws])
    if short and not between.strip() and plain:
        # "A, said Capt. Jane Doe of the city police." and "A, Mayor Jane Doe said in a statement.": a plain
        # saying verb, as "The board said A." (session 11, stated12: the second was the outlet's fact
        # once its tail made the content under half the sentence, the first and "A, X, a Democrat,
        # said in a statement." were not)
        return True
    if described_before:  # "A, its chief executive, Jane Doe, said.": the name, its comma, the cue
        return short and not between.strip(", ")
    return short and descriptions_only(between) and "," in between


def named(source: str) -> bool:
    """A source with a name in it ("Jane Doe", "the Springfield council"), not a bare description
    ("The company, which ..., reported a loss.": its report of a loss stays the outlet's)."""
    ws = source.split()
    return bool(ws) and (ws[0][:1].isupper() and ws[0].lower() not in lang.NOT_NAMES
                         or any(w[:1].isupper() for w in ws[1:]))


def prepositional_opener(opener: str) -> bool:
    """'In an opinion piece in a local paper this year,': a comma-ended prepositional phrase of
    at most FRAME_PP_OPENER_WORDS words, no quotation and no clause in it; or a participle phrase
    whose subject is the speaker ("Speaking to reporters during a trip to Iceland, X denied ...",
    "Asked about the plan on Monday, X said ...")."""
    # a short quoted title after a preposition is one word ('In an appearance on "The Late Show,"')
    opener = TITLE_QUOTE.sub(lambda q: "X," if q.group(0)[-2:-1] == "," else "X", opener)
    if (adv := _ADVERB_THEN_PARTICIPLE.match(opener)) is not None and adv.group(1).lower() in lang.SENTENCE_ADVERBS:
        opener = opener[adv.end():]  # "However, speaking to <outlet> during a visit to <city>, X insisted" (attr49)
    opener = _NAME_DESCRIBED_END.sub(r"\1,", opener)  # "In a letter to Dr Ian Orr, chair of the trust," (read27)
    opener = _BE_RELATIVE_END.sub(",", opener)  # "On a mobile page, which was still live," (attr50)
    ws = opener.split()
    first = ws[0].lower() if ws else ""
    if " ".join(w.lower() for w in ws[:2]) in _TWO_WORD_PREPOSITIONS:
        first = "before"  # "Ahead of Thursday's vote on the plan, a board member, X, resigned, saying ..." (attr52)
    if opener.endswith(",") and opener.count(",") == 1 and not re.search(r"[“”\"]", opener) \
            and re.match(lang.RESPONSE_OPENER_RE, opener, re.I) and len(ws) <= 3 * FRAME_PP_OPENER_WORDS:
        return True  # "In response to the claim that it misled investors, the bank said ..." (read12b)
    return opener.endswith(",") and len(ws) <= FRAME_PP_OPENER_WORDS \
        and (first in lang.PREPOSITIONS or first.endswith("ing") or first in lang.QUESTIONED_PARTICIPLES) \
        and opener.count(",") == 1 and not re.search(r"[“”\"]", opener) \
        and (first in lang.QUESTIONED_PARTICIPLES  # "Asked whether she would run, X said": the question is a clause
             # "Brushing aside reports that the coach would quit, the club said ...": a participle's subject
             # is the speaker, so a clause inside its object is still the speaker's act (read13a)
             or PARTICIPLE_CLAUSE_OPENERS and first.endswith("ing") and first not in lang.PREPOSITIONS
             and ws[1:2] != ["that"]
             or not any(w.lower().strip(",") in lang.CLAUSE_WORDS for w in _phrase_words(ws[1:])))


#: A sentence adverb and its comma before a participle phrase ("However, speaking to ...", "Meanwhile, writing in ...").
_ADVERB_THEN_PARTICIPLE = re.compile(r"([A-Za-z]+),\s+(?=[a-z]+ing\s)")
#: A name that ends a phrase, then a lower-case description of it set off by commas (", chair of the trust,").
#: A non-restrictive relative clause of "which" and a form of "be" on the opener's object, closing it ("On a mobile
#: page, which was still live,"): a description of the place, no clause of its own; the opener stays prepositional.
_BE_RELATIVE_END = re.compile(r",\s+which\s+(?:" + lang.BE_RELATIVE_FORMS_RE + r")\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*,$")
_NAME_DESCRIBED_END = re.compile(r"([A-Z][\w'’.-]*),\s+(?:(?:the|a|an)\s+)?[a-z][^,;:“”\"]{0,50},$")


def _phrase_words(ws: list[str]) -> list[str]:
    """The words of an opener that could open a clause: not "and"/"or" joining two nouns inside
    the phrase ("between harbour pilots and dock workers"), nor "so" of
    "so far"."""
    low = [w.lower().strip(",") for w in ws]
    return [w for i, w in enumerate(low) if w not in ("and", "or")
            and not (w == "so" and i + 1 < len(low) and low[i + 1] == "far")
            and not (w in _INFINITIVE_QUESTIONS and i + 1 < len(low) and low[i + 1] == "to")]  # "on whether to approve it" (attr52)


#: Two-word prepositions that open a scene-setting phrase ("Ahead of the vote,", "Prior to the hearing,").
_TWO_WORD_PREPOSITIONS = frozenset(x for x in lang.OTHER_EVENT_LEADS if " " in x)
#: A question word before "to" opens an infinitive, no finite clause ("the vote on whether to approve the plan").
_INFINITIVE_QUESTIONS = lang.INFINITIVE_QUESTION_WORDS


#: An opener that is only a description of the named source after it ("The chair of the panel,").
_WHOLE_DESCRIPTION = re.compile(r"((?:(?i:" + lang.APPOSITION_DETERMINERS_RE + r")\s+)?[A-Za-z][^,;:“”\"]{1,60}),")
#: ", the league's president," closing an opener right before the named source: a description in
#: apposition to the name, no part of what opens the sentence.
_APPOSED_TAIL = re.compile(r"(?P<rest>.*,)\s*(?P<desc>(?:(?i:" + lang.APPOSITION_DETERMINERS_RE + r")|[A-Z][\w.-]*['’]s)\s+[^,;:“”\"]{1,60}),$", re.S)


def without_apposed_description(opener: str) -> str:
    """The opener before a named source without the description apposed to the name ("In a short note
    on Monday, the league's chief," -> "In a short note on Monday,"; the lead, session 25: the
    description's words pushed the opener over its bound and the speaker's sentence was the outlet's)."""
    m = _APPOSED_TAIL.fullmatch(opener)
    if m and np_head_speaks(m.group("desc")):
        return m.group("rest")
    whole = _WHOLE_DESCRIPTION.fullmatch(opener)  # "The secretary of the allotment society, Ian Wade, said" (lead27)
    return "" if whole and np_head_speaks(whole.group(1)) else opener
