"""Where an attributed statement stops and the outlet's voice takes over again (issue 12).

`contrast_cut(text, fr, quotes)`: an "according to X" phrase or a frame in the middle of the
sentence ("A, X said, B") attributes the statement it sits in, not a contrasting clause the
outlet adds after it: in "According to the survey, turnout rose, but the result was never
certified" and "The dam, the agency said, held, although engineers will inspect it" the part
after ", but" / ", although" is the outlet's. A contrast inside a quotation stays the speaker's,
and so does a participle after it ("..., while cutting its costs": no clause of its own).

`runs_on(text, rel, start, end, quotes)`: a sentence that goes on with the previous sentence's
indirect statement in its tense ("X said the bridge would carry ... . It would also need ...").
`lead_ins(...)`: the sentences of a paragraph before its closing "..., X said." are X's account.
Quotations over several sentences and paragraphs, colon quotations and transcripts are followed
in `analysis`; "She also wants ..." and "Y, he added, ..." have frames of their own.
"""

from __future__ import annotations

import re

from .. import lang
from .lead_ins import lead_in_speaker
from .name_kinds import classify
from .relations import Relation
from .text import outside
from ..thresholds import ATTRIBUTION_SHORT_QUOTED_WORDS as SHORT_QUOTED_WORDS

#: A contrasting clause after a comma ("..., but ...", "..., although ...").
_CONTRAST = re.compile(r",\s+(?:" + lang.CONTRAST_OPENERS_RE + r")\s+(?!to\b)(?![a-z]+ing\b)")
#: A paragraph of more sentences than this is no short account closed by its source (texts
#: pasted without paragraph breaks; `lead_ins` then reaches back only from the paragraph's end).
LONG_PARAGRAPH_SENTENCES = 6
#: The fewest words after the contrast's opener for it to be a clause of its own.
CONTRAST_MIN_WORDS = 3


def contrast_cut(text: str, fr, quotes):
    """The frame (frames.Frame) with its last content span cut before a contrasting clause,
    for an according-to phrase before its content and for an indirect frame in the middle of the
    sentence; any other frame, or None, as it is."""
    if fr is None or not fr.content:
        return fr
    a, b = fr.content[-1]
    if fr.position == "according" and a > fr.cue_span[0] or fr.position == "middle" and fr.kind == "indirect":
        for m in _CONTRAST.finditer(text, a, b):
            if outside(m.start(), quotes) and len(text[m.end():b].split()) >= CONTRAST_MIN_WORDS:
                fr.content = [*fr.content[:-1], (a, m.start())]
                break
    elif INITIAL_CONTRAST_IS_THE_OUTLETS and fr.position == "initial" and fr.kind == "indirect":
        for m in [*_BUT_OWN_SUBJECT.finditer(text, a, b), *(_BUT_IT.finditer(text, a, b) if _plural_source(text, fr) or _held_by_a_person(text, fr) else ())]:
            if (outside(m.start(), quotes) and len(text[m.end():b].split()) >= CONTRAST_MIN_WORDS
                    and not _elided_subject(text[m.end():b]) and not _BACKSHIFT.search(text, m.end(), b)):
                fr.content = [*fr.content[:-1], (a, m.start())]
                break
    return fr


#: "Police said A, but no weapon was found": after an initial frame, ", but" and a subject that is no
#: pronoun (which may be the speaker's "he") opens the outlet's own clause (session 16, the lead). Off
#: in session 16: PolNeAR half B's own voice rose 0.851 -> 0.854, but factuality fell on both halves
#: (A 0.149 -> 0.151; B's uncertain shown as `stated` 0.204 -> 0.205). Session 17: a clause that opens
#: with a finite verb has the speaker as its elided subject ("X said A, but indicated that B"), which
#: was B's lost event; with that left to the speaker, B own voice 0.851 -> 0.854 (balanced accuracy
#: 0.836 -> 0.837), factuality B unchanged (0.187; uncertain 0.204), A 0.149 -> 0.150 (one plan noun,
#: "..., but evacuation plans were hampered by ...", now the outlet's), gate unchanged: on. A "but"
#: clause with a backshifted modal ("would", "could") is reported speech's tense: the speaker's.
INITIAL_CONTRAST_IS_THE_OUTLETS = True
def _elided_subject(clause: str) -> bool:
    """The clause after ", but" opens with a finite verb, so its subject is the frame's speaker's
    ("X said A, but indicated that B", "..., but declined to say", "..., but would not ...").
    A clause in reported speech's tense ("..., but the cranes would not arrive before June": a
    backshifted modal) stays the speaker's too (checked by the caller)."""
    first = clause.split(None, 1)[0].lower()
    return first in lang.AUXILIARIES or lang.is_past_form(first, min_len=4)


_BUT_OWN_SUBJECT = re.compile(r",\s+but\s+(?:(?!(?:" + "|".join(sorted(lang.PRONOUNS | lang.REPORT_CONTINUERS)) + r")\b)(?=[a-z]+\s)"
                              r"|(?-i:(?=I\s+[a-z])))", re.I)  # ("He argues A, but I find myself ...": the writer's "I" in indirect speech; attr51)


#: ", but it <verb>" after a plural speaker ("White House officials said A, but it has sparked a response from B"):
#: "it" cannot be the speakers, so the clause is the outlet's (real54's Left; attr55).
_BUT_IT = re.compile(r",\s+but\s+(?=it\s+[a-z'’]+\s)")  # ("it wasn't": attr56)


def _plural_source(text: str, fr) -> bool:
    """The frame's source is a plural noun phrase of people ("officials", "White House officials", "the doctors")."""
    if not fr.source_span:
        return False
    ws = text[fr.source_span[0]:fr.source_span[1]].split()
    return bool(ws) and ws[-1].lower().endswith("s") and ws[-1].lower() in lang.PERSON_NOUNS



def _held_by_a_person(text: str, fr) -> bool:
    """The frame is a person's past belief or news heard ("Tom Reed had heard that ...", "She thought that ..."): a
    ", but it ..." clause after it is no clause of the person's ("it" is not the holder; attr56)."""
    if not fr.source_span or not fr.cue_span:
        return False
    cue = text[fr.cue_span[0]:fr.cue_span[1]].lower()
    if cue not in lang.WRITER_PAST_BELIEF_CUES | lang.HEARD_NEWS_CUES:
        return False
    src = text[fr.source_span[0]:fr.source_span[1]]
    return src.lower() in ("he", "she") or classify(src) == "person"
#: The longest subject (words) before the modal of a run-on sentence ("The new line would ...").
RUN_ON_SUBJECT_WORDS = 5
_BACKSHIFT = re.compile(r"\b(?:" + lang.BACKSHIFT_MODALS_RE + r")\b")
#: A sentence opener, its subject, then the modal, "also" and a verb ("But it would also need repairs").
_RUN_ON = re.compile(r"\s*(?:(?:" + lang.RUN_ON_OPENERS_RE + r"),?\s+)?((?:[\w'’-]+\s+){1,%d}?)(?:%s)"
                     r"\s+(?:(?:%s)\s+)*also\s+[a-z]+" % (RUN_ON_SUBJECT_WORDS, lang.BACKSHIFT_MODALS_RE,
                                                         lang.RUN_ON_ADVERBS_RE))


def runs_on(text: str, rel, start: int, end: int, quotes) -> bool:
    """The sentence [start, end) goes on with the previous sentence's indirect statement `rel`
    (relations.Relation): the statement reports a future or a possibility in the past tense
    ("The engineer said the bridge would carry 40,000 cars a day.") and the sentence's main clause
    is in the same tense and goes on with "also": a short subject, the modal and "also" ("But it
    would also need repairs within a decade."): still the engineer's. Without "also" the outlet
    may be the one weighing the plan ("A delay would cost the region dearly."; on PolNeAR dev half
    A the modal alone gave one more claim and one more false attribution, and one more false one
    on half B). Not after a quotation or a belief, not a sentence with a quotation, a conditional
    ("If ..., it would ...") or a subject with a comma."""
    if rel is None or rel.kind not in ("indirect", "according_to"):
        return False
    content = " ".join(text[a:b] for a, b in rel.content)
    if not _BACKSHIFT.search(content) or re.search(r"[“”\"]", text[start:end]):
        return False
    m = _RUN_ON.match(text, start, end)
    if m is None or "," in m.group(1) or not outside(start, quotes):
        return False
    first = m.group(1).split()[0].lower()
    return first not in lang.CLAUSE_WORDS


#: A sentence dated by a weekday or a relative day ("A wildfire burned 12,000 acres by Sunday
#: evening.", "The plant closed last week."): the outlet's news of an event, not the background a
#: closing source explains (session 10, over11), so a closing frame does not reach over it.
#: A year after "in" dates it too ("In 2019 the hospital board pledged to ..."; read12a).
_DATED = re.compile(r"\b(?:" + "|".join(lang.WEEKDAYS) + "|" + lang.RELATIVE_DAYS_RE + r")\b|\bin\s+(?:1[89]|20)\d\d\b", re.I)
#: A sentence whose subject is a statement, document or finding ("The survey had a margin of error
#: of 3 points.", "The mayor's statement did little to calm ...") tells of another account, not the
#: closing source's (session 10, over11): the first words searched for such a noun.
_SPOKEN = lang.STATEMENT_NOUNS | lang.FINDING_NOUNS | lang.DOCUMENT_NOUNS
LEAD_IN_SUBJECT_WORDS = 4
#: A whole sentence, not a piece of the closing frame's own sentence cut at ", but ..." (those two
#: checks are for sentences before it: "The order of reading was ironed out ..., but ..., Mr. Goodlatte
#: said." stays his whole).
_ENDS_SENTENCE = re.compile(r"[.!?…][”\"'’]?\s*$")
#: The most sentences a closing frame reaches back (a one-paragraph text has no paragraph start to stop at).
LEAD_IN_SENTENCES = 2


def lead_ins(text: str, frames, out: list, para_of, near) -> None:
    """A paragraph that ends its account with the source ("The trees absorb carbon. An acre holds
    150 tons, the forester said."): the sentences before a final indirect frame, in its paragraph,
    with no frame, quotation or relation of their own, are the same source's account, back to the
    paragraph's start (at most LEAD_IN_SENTENCES) or to the sentence that names the source ("One backer is Jane Doe, a
    forester." introduces her; it is the outlet's). A final quotation's frame ('"A," she said.')
    and a final according-to phrase do not reach back (on PolNeAR dev the according-to phrase
    added false attributions on both halves). `frames`: (sentence span, frame or None) in order;
    `out`: the relations so far, in text order, extended in place."""
    def covered(a: int, b: int) -> bool:
        return any(sum(max(0, min(b, e) - max(a, s)) for s, e in r.content) * 2 >= b - a for r in out)

    para_at = [para_of(sp.start) for sp, _ in frames]
    last_of = {p: k for k, p in enumerate(para_at)}
    size_of = {p: para_at.count(p) for p in last_of}
    for idx in range(1, len(frames)):
        sp, fr = frames[idx]
        if fr is None or fr.position != "final" or fr.kind != "indirect":
            continue
        if idx != last_of[para_at[idx]] and size_of[para_at[idx]] > LONG_PARAGRAPH_SENTENCES:
            continue  # mid-way through a long paragraph (an article with no paragraph breaks): no account closes here
        at = next((k for k, r in enumerate(out) if r.cue_span == fr.cue_span), None)
        if at is None or not out[at].name.split():
            continue
        r, last = out[at], re.escape(out[at].name.split()[-1])
        j = idx - 1
        while j >= max(0, idx - LEAD_IN_SENTENCES):
            prev, pfr = frames[j]
            seg = text[prev.start:prev.end]
            if pfr is not None or para_of(prev.start) != para_of(sp.start) or near(prev) \
                    or covered(prev.start, prev.end) or re.search(r"\b" + last + r"\b", seg) \
                    or _ENDS_SENTENCE.search(seg) and (_DATED.search(seg) or any(
                        w in _SPOKEN for w in re.findall(r"[a-z]+", seg.lower())[:LEAD_IN_SUBJECT_WORDS])):
                break
            out.insert(at, Relation(((prev.start, prev.end),), r.source, r.name, r.cue, r.kind, r.source_span,
                                    r.cue_span))
            j -= 1


def introduced_speaker(text: str, sp, res) -> Relation | None:
    """A quotation with no frame that opens its sentence right after a sentence or paragraph that
    presents one person and quotes no one ("Dr. Samuel Otieno, who will run the clinic, grew up in
    the county. “I remember driving two hours ...”", also with the quotation in a paragraph of its
    own): that person's (a Relation for the sentence `sp`), else None. `res` is the article's
    names.Resolver."""
    para = res.para_of(sp.start)
    if text[sp.start:sp.start + 1] not in "“\"":
        return None
    lo = res.paras[para - 1] if res.paras[para] == sp.start and para >= 1 else res.paras[para]
    if lo == sp.start or any(len(q.split()) > SHORT_QUOTED_WORDS for q in re.findall(r"[“\"]([^“”\"]*)[”\"]", text[lo:sp.start])) \
            or len(re.findall(r"[“”\"]", text[lo:sp.start])) % 2:
        return None  # (a phrase in quotation marks, “your moment”, quotes no one)
    if (lead := lead_in_speaker(text, lo, sp.start, res)) is not None and lead[2].lower() not in lang.PRONOUNS:
        return Relation(((sp.start, sp.end),), text[lead[0]:lead[1]], lead[2], "", "direct", (lead[0], lead[1]), None)
    named = [m for m in res.mentions if lo <= m.pos < sp.start
             and (m.kind == "person" or m.kind == "name" and m.name in res.persons)]  # ("Reyes" after "Tom Reyes")
    persons = {m.name for m in named if m.salient}
    if len(persons) != 1 and (writer := _writer_before(text, lo, sp.start, named)) is not None:
        persons = {writer}  # "... peaked with Ann Roe writing a letter to Poe ...": Roe's letter, not Poe's
    if not persons and len({m.name for m in named}) == 1 \
            and set(re.findall(r"[a-z]+", text[lo:sp.start].lower())) & (lang.COLON_SPEECH_NOUNS | lang.STATEMENT_NOUNS):
        persons = {named[0].name}  # "..., Reyes ended her remarks with the pledge that began it all. “...”"
    if len(persons) != 1:
        return None
    name = persons.pop()
    full = res.resolve(name, sp.start) if " " not in name else name  # "Reyes" -> "Tom Reyes"
    return Relation(((sp.start, sp.end),), name, full, "", "direct")


#: A writing verb, a determiner or possessive and a text's noun ("writing a letter", "penned an op-ed").
_WRITES = re.compile(r"\b(?:" + "|".join(sorted(lang.WRITING_VERBS)) + r")\s+(?:" + "|".join(sorted(lang.DETERMINERS)) + r")\s+"
                     r"(?:[a-z-]+\s+){0,2}?([a-z-]+)\b", re.I)


def _writer_before(text: str, lo: int, hi: int, named) -> str | None:
    """The person named last before the one writing verb of text[lo:hi] whose object is a text
    ("The criticism peaked with Ann Roe — ... — writing a letter to Poe ..."): Roe, not Poe, whose
    name follows the verb; None with no such verb or no person before it."""
    hits = [m for m in _WRITES.finditer(text, lo, hi) if m.group(1).lower() in lang.WORD_CARRIERS | lang.STATEMENT_NOUNS]
    if len(hits) != 1:
        return None
    before = [m for m in named if m.pos < hits[0].start()]
    return before[-1].name if before else None


#: A sentence that shows a text, ending its paragraph with a colon ("Read the full post below:", "Here
#: is her statement:", "The full letter:"): what follows is that text, not the outlet's words.
_SHOWS_TEXT = re.compile(r"\W*(?:" + lang.SHOWS_TEXT_OPENERS_RE + r")\b", re.I)


def shows_text(text: str, start: int, end: int) -> bool:
    """The sentence text[start:end] presents a text that the next paragraph reproduces: it opens as
    "Read ...", "Here is ...", "The full ...", names a carrier of words (lang.WORD_CARRIERS,
    lang.STATEMENT_NOUNS, lang.SHOWN_TEXT_NOUNS), ends with a colon and ends its paragraph."""
    seg = text[start:end].rstrip()
    if not seg.endswith(":") or re.match(r"[ \t]*(?:\n|$)", text[end:]) is None or not _SHOWS_TEXT.match(seg):
        return False
    return bool(set(re.findall(r"[a-z-]+", seg.lower())) & (lang.WORD_CARRIERS | lang.STATEMENT_NOUNS | lang.SHOWN_TEXT_NOUNS))


#: A speaker and a saying verb right before a quotation that opens inside a subordinate clause ("...
#: shortly after Doe told voters that the plan is “..."), in a sentence with no frame of its own.
_EMBEDDED = re.compile(r"(?:^|\s)((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+|[Hh]e|[Ss]he|[Tt]hey)\s+("
                       + "|".join(sorted(w for w in lang.SPEECH_VERBS if not w.endswith("ing"))) + r")\b[^“”\".;]{0,100}[“\"]\s*$")


def embedded_speaker(text: str, start: int, opening: int) -> tuple[int, int, str, tuple[int, int]] | None:
    """The speaker whose saying verb introduces the quotation opening at `opening`, inside the
    sentence from `start` with no frame of its own ("X issued a statement after Doe told voters that
    the plan is “not about you. ...”"): (source start, end, source, cue span), else None. A quotation
    that runs on past the sentence is that speaker's, not the last one quoted before (the lead's
    reading, session 23)."""
    m = _EMBEDDED.search(text, start, opening + 1)
    if m is None or m.group(1).split()[0].lower() in lang.NOT_NAMES - lang.PERSON_PRONOUNS:
        return None
    return m.start(1), m.end(1), m.group(1), (m.start(2), m.end(2))
