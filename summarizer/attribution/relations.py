"""What the attribution analysis returns: relations with offsets, and the lookups on them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dash_asides import asides_out, dashed_description
from .. import lang
from .apposition import descriptions_only, party_tagged
from .documents import document_source, issued_text, released_phrase, statement_topic
from .document_finals import final_finding_alone
from .according_to import source_reaches
from .rulings import rules_on
from .speech_events import object_content
from .frame_shapes import QUESTIONED_INTRO, QUESTIONED_NO_COMMA, clause_in_tail, judgement, np_head_speaks, quote_then_own_frame, short_semicolon_tail, that_clause
from .cue_words import lead_in_only
from .focus_frames import cleft_focus, focus_alone
from .insertions import speaker_like
from .noun_cues import copula_frame, held_by_light_subject
from .colon_statements import colon_statement
from .colon_pieces import SUBHEAD
from .scene_setters import scene_setter
from .contact_relatives import apposed_contact
from .frame_parts import auxiliaries_only, final_alone, named, prepositional_opener, without_apposed_description
from .time_openers import colon_after, date_opener, time_lapse_opener
from .belief_frames import short_belief

from ..thresholds import ATTRIBUTION_MIN_CONTENT_SHARE as MIN_CONTENT_SHARE

#: A span opening with a concession ("Although ...", "But while ..."; concessive_frames.py cuts it there).
_CONCESSIVE_OPENING = re.compile(r"\W*(?:(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+)?(?i:even\s+(?:though|as)|"
                                 + "|".join(sorted(lang.CONCESSIVE_OPENERS)) + r")\b")

KINDS = ("direct", "indirect", "according_to", "belief")

#: Count a direct quotation's source and cue toward covering its sentence (see
#: thresholds.ATTRIBUTION_MIN_CONTENT_SHARE); False: content only.
WHOLE_STATEMENT = True
#: A direct quotation is the speaker's position: a modal or negation inside it is part of what
#: is held (GUIDELINES §14 "statement"), so it keeps its frame's certainty.
QUOTES_ARE_POSITIONS = True
#: Count an indirect statement's source and cue too when the span is that statement, frame
#: first (`_framed`); False: content only, as before.
FRAMED_STATEMENTS = True
#: The longest opener before a frame that still makes the span the frame's statement
#: ("Despite recent setbacks, the ministry announced ..."; `_framed`).
FRAME_OPENER_WORDS = 6
#: Give a span to the relation, whatever the content's share, when it holds only the relation's
#: source, its descriptions, cue and content (`_framed` ALONE; issue 12); False: as before.
APPOSED_STATEMENTS = True
#: The same, content first ("A, Jane Doe, a lawyer, said." / "“A,” said Jane Doe, a lawyer at
#: the firm."; `final_alone`); False: only the frame-first statement.
APPOSED_FINAL = True
#: Give a span to the relation, whatever the content's share, when it is the source, its
#: auxiliaries, a plain saying or forecasting verb and the content, and nothing else ("The board
#: said sales fell.", "Economists had expected a rise."; `_framed`); False: content share only.
SHORT_CONTENT_STATEMENTS = True
#: A span cut into two pieces, each with its own speaker, is the first piece's when that piece is
#: frame-first ("X said A, while Y blamed B": X's; `Attributions._main_piece`); False: neither's.
MAIN_CLAUSE_WINS = True
#: The same for a document or finding that shows or says its content ("The filing shows the firm
#: lost money."), and for a source whose cue follows a participle or relative phrase set off by
#: commas ("Officials, speaking on condition of anonymity, said ..."; session 8, bat9b); False: as before.
DOCUMENT_STATEMENTS = True
FRAMED, ALONE = 1, 2
#: A phrase set off by commas between a source and its cue that opens with a participle, a relative
#: pronoun or "through" ("The family, through their lawyer, said"; `_framed`).
SET_OFF = re.compile(r"\s*,\s*(?:(?:[a-z]+(?:ing|ed)|who|which|" + lang.DOCUMENT_PARTICIPLES_RE + r"|through|by|" + lang.CIRCUMSTANCE_ASIDE_RE + r")\b(?:[^,;:“”\"]|,(?=\d)){1,80},"
                     r"|(?:(?:" + lang.TITLE_PARTICIPLES_RE + r")\s+)?[“\"][^“”\"]{1,80}?,?[”\"](?:\s*,)?)\s*"  # a title (session 9)
                     r"(?:(?:" + lang.FINDING_VERB_LEADS_RE + r")\s+)?")


@dataclass(frozen=True)
class Relation:
    content: tuple[tuple[int, int], ...]
    source: str  # as written ("he", "the ministry", "Smith, 56, a lawyer,")
    name: str  # resolved ("Jane Smith", "the Defense Ministry"); == source when nothing to resolve
    cue: str
    kind: str  # one of KINDS
    source_span: tuple[int, int] | None = None
    cue_span: tuple[int, int] | None = None
    sentence: tuple[int, int] | None = None  # the sentence holding content, source and cue, if one does

    @property
    def footprint(self) -> tuple[int, int]:
        """The whole statement: the sentence holding content, source and cue ("“It is over,” he
        said in an interview."), else first to last of them when they are close together."""
        if self.sentence is not None:
            return self.sentence
        spans = [*self.content, *(x for x in (self.source_span, self.cue_span) if x)]
        lo, hi = min(a for a, _ in spans), max(b for _, b in spans)
        return (lo, hi) if hi - lo <= 600 else (self.start, self.end)

    @property
    def start(self) -> int:
        return self.content[0][0]

    @property
    def end(self) -> int:
        return self.content[-1][1]


#: A closing relative clause that alone holds a hedge of hearsay (sentence_checks.hedged_relative: its relation's
#: content starts there): a span that opens before it is its main clause's, whatever share the clause has.
_HEARSAY_RELATIVE = re.compile(r"(?:" + lang.RELATIVE_WORDS_RE + r")\b", re.I)


#: A relative pronoun after a noun right before a source ("the hall that engineers say is ..."): the source speaks
#: inside the relative clause only.
_RELATIVE_BEFORE_SOURCE = re.compile(r"\b([a-z]+)\s+(?:that|which)\s+$")


def _hedge_inside(clause: str) -> bool:
    """The relative clause itself, to its first comma, semicolon or spaced dash, holds the hedge ("which is accused
    of ..."), not the main clause it runs into ("who is in hospital, now faces a charge for allegedly ...")."""
    first = " ".join(re.split(r"[,;]|\s[-–—―]\s", clause)[0].lower().split())
    return any(m in first for m in (*lang.UNCONFIRMED_MARKERS, *lang.PASSIVE_REPORTS))


#: A photo caption's one-word label before its sentence ("Unhappy: Ian Wade said ..."; lead28): no opener.
_CAPTION_LABEL = re.compile(r"^[A-Z][a-z]+:\s*")
_ACRONYM_END = re.compile(r"[A-Z][\w'’-]*\s+\([A-Z]{2,8}\)\s*$")  # a name that gives its acronym in brackets


def _set_off_description(between: str) -> bool:
    """"And Sam Orr, one of the four ushers, said": descriptions set off by commas between a name and its cue; or a
    participle's aside ("But the campaign, responding to the new frontrunner, said": the lead, session 40)."""
    return re.match(r"\s*,\s+(?:one\s+of|an?)\s", between) is not None and descriptions_only(between) \
        or re.fullmatch(r"\s*,\s+[a-z]{3,}ing\s[^,;:“”\"()]{1,80},\s*", between) is not None


def _framed(text: str, r: Relation, start: int, end: int) -> int:
    """How far the span is the relation's statement, frame first: 0 not; FRAMED after a short
    opener ("Despite setbacks, the ministry announced the capture of X."): a comma-ended opener of
    at most FRAME_OPENER_WORDS words, then the source, the cue, and the content to the span's end
    (the opener is what pushed the content under half of the span); ALONE when the span holds the
    source, its descriptions, the cue and the content and nothing else of substance ("Jane Doe, a
    law professor, said X.", "Rep. Jane Doe of Ohio, who is retiring, said X."), after no opener,
    a short one or a prepositional one ("In an interview on Sunday with a local paper, Jane Doe,
    a lawyer, said X."): a product decision (issue 12): such a sentence is the speaker's claim,
    never the outlet's fact, whatever share the content has.

    Measured on PolNeAR dev (evals/tools/attrib_split.py): FRAMED alone without the opener
    condition moved held-out balanced accuracy 0.811 -> 0.802 under the content reading and
    0.783 -> 0.790 under the whole one; ALONE in evals/RESULTS.md "Session 4: appositive frames"."""
    if APPOSED_STATEMENTS and APPOSED_FINAL and (final_alone(text, r, start, end) or final_finding_alone(text, r, start, end) or focus_alone(text, r, start, end)):
        return ALONE  # (or "A, a survey released by the chamber on Monday suggests."; attr17)
    if r.kind == "direct" and r.source_span and r.cue_span and r.start <= start + 2 and r.cue_span[0] < r.source_span[0] \
            and _PARTICIPLE_TAIL.match(text, r.source_span[1], end):
        return ALONE  # '“A,” said Jane Doe of Ohio, referring to the members who ...': the speaker's aside closes it (read11b)
    if SHORT_CONTENT_STATEMENTS and r.kind == "according_to" and r.cue_span and r.source_span \
            and (r.start <= start + 2 and r.cue_span[0] >= r.end - 2 and source_reaches(text, r.source_span[1], end)
                 or r.cue_span[0] <= start + 2 and r.end >= end - 2):
        return ALONE  # "The fire started in a kitchen, according to a statement from the fire department."
    if MAIN_CLAUSE_WINS and r.end < end - 2 and _CONTRAST_REST.match(text, r.end, end):
        end = r.end  # "X insisted A, even as regulators approved B": the rest is the outlet's aside to X's statement
    if r.end < end - 2 and short_semicolon_tail(text, r.end, end):
        end = r.end  # "X said that A; the union met on Monday.": a tail too short for a claim of its own (left20)
    if DOCUMENT_STATEMENTS and r.cue_span and r.end >= end - 2 and text[r.cue_span[0]:r.cue_span[1]].lower() in lang.COMPLEMENT_NOUNS | lang.LIGHT_ONLY_NOUNS \
            and held_by_light_subject(text, start, r.cue_span[0]):
        return ALONE  # "The company stood by its claim that the heaters were safe."
    if DOCUMENT_STATEMENTS and r.cue_span and r.source_span and r.end >= end - 2 and copula_frame(text, start, r.start):
        return ALONE  # "Joan Reyes's argument is that the stadium will bring jobs." (noun_cues.copula_cue)
    if DOCUMENT_STATEMENTS and r.cue_span and r.source_span and len(r.content) == 2 and r.kind == "according_to" \
            and r.content[0][0] <= start + 2 and r.end >= end - 2 and r.content[0][1] <= r.source_span[0] < r.content[1][0]:
        return ALONE  # "Sales, by the company's own estimate, fell by a third.": the phrase inside its content
    if DOCUMENT_STATEMENTS and r.cue_span and r.source_span and r.end >= end - 2 and start <= r.source_span[0] < r.start \
            and re.fullmatch(r"\W*(?:(?:and|but|yet)\s+)?as", text[start:r.source_span[0]].strip(), re.I) \
            and text[start:r.start].rstrip().endswith(","):
        return ALONE  # "As the coach put it, the team ran out of energy.": the "as" clause and its content
    if r.source_span and r.cue_span and start <= r.cue_span[0] < r.source_span[0] < r.start and r.end >= end - 2 \
            and text[r.cue_span[0]:r.cue_span[1]].lower() in lang.QUOTING_VERBS \
            and len(text[start:r.cue_span[0]].split()) <= 7 and "," not in text[start:r.cue_span[0]]:
        return ALONE  # "The state news agency quoted a ministry spokesman as saying X" (attribution/quoted_as.py; lead35)
    if not (r.source_span and r.cue_span) or not start <= r.source_span[0] < r.cue_span[0] < r.start \
            or r.end < end - 2:
        return 0
    opener = cleft_focus(_CAPTION_LABEL.sub("", SUBHEAD.sub("", text[start:r.source_span[0]].strip())))  # ("It was on <day> that": attr59)
    opener = opener[m.end():].strip() if (m := re.match(lang.DATELINE_RE, opener + " X")) else opener  # "PELLBY — X, ..., said" (lead28)  # "THE LOANS Back when ..., X said": a run-in subhead (stated24)
    if opener in lang.CLAUSE_COORDINATORS | lang.CONCESSIVE_OPENERS:
        opener = ""  # "..., but the auditors said it had not": a clause cut from its sentence (lower case;
        # a sentence that opens "But X say ..." keeps its opener: PolNeAR's content span leaves it out)
    if opener.split() and opener.split()[-1].lower() in lang.FOCUS_ADVERBS:  # "Heading into the vote, even some members say"
        opener = opener[:-len(opener.split()[-1])].strip()
    stripped = without_apposed_description(opener) if named(r.source) else opener  # "..., the league's president, X said"
    described_name, opener = bool(opener) and named(r.source) and not stripped, stripped  # (all of it a description: lead27)
    if opener.split() and opener.split()[-1] in lang.PERSON_NOUNS and opener[:-len(opener.split()[-1])].rstrip().endswith(","):
        opener = opener[:-len(opener.split()[-1])].rstrip()  # "In a statement, chair Jane Roe said": her role, no opener
    short = opener.endswith(",") and len(opener.split()) <= FRAME_OPENER_WORDS \
        or re.fullmatch(rf"(?i:{lang.RELATIVE_DAYS_RE}|on {'|on '.join(lang.WEEKDAYS)})", opener) is not None \
        or QUESTIONED_INTRO.fullmatch(opener) is not None or QUESTIONED_NO_COMMA.fullmatch(opener) is not None \
        or re.fullmatch(lang.LEAD_CONJUNCTIONS_RE, opener) is not None and (party_tagged(text[r.source_span[1]:r.cue_span[0]])
                                                                            or _ACRONYM_END.search(text, r.source_span[0], r.source_span[1]) is not None  # "But Tarne Water (TW) said" (read40)
                                                                            or _set_off_description(text[r.source_span[1]:r.cue_span[0]])  # (shapes34)
                                                                            or r.kind == "direct" and colon_after(text, r.cue_span[1])) \
        or time_lapse_opener(opener) or date_opener(opener) \
        or "," not in opener and len(opener.split()) <= FRAME_OPENER_WORDS and prepositional_opener(opener + ",")  # "After the vote she said ..." (no comma; bare_openers)
    # ("Last week the board said" (read14), "Asked whether ..., X said" (read24), "But Sen. X, R-State, called ..." (read25),
    # "And Jane Doe, who ..., wrote: “...”", "In March, four months after X ended, Jane Doe said ..." (read26))
    between = text[r.source_span[1]:r.cue_span[0]]  # descriptions, and at least one ("Jane Doe said X": content)
    between = _GOING_ON.sub(" ", between)  # "Jane Doe continued to deny X", "came forward to accuse": the cue is the verb
    between = _FOR_DURATION.sub(" ", between)  # "Jane Doe, a critic, has for years said X": how long, no description (read33)
    between = dashed_description(between)  # set off by dashes ("X - who ... - also said": read17)
    between = re.sub("^" + lang.CAPTION_MARK_RE, "", between)  # "Ian Wade (pictured), said" (lead28)
    between = re.sub(r"^\s+((?:which|who)\s[^,;:“”\"]+?)\s+$", r", \1, ", between)  # or by nothing ("X (XA) which runs Y said")
    if between.strip() == ",":
        between = ""  # the source as written holds its descriptions ("The poll, conducted by X last week,"), or a stray comma (read33)
    cue = text[r.cue_span[0]:r.cue_span[1]].lower().strip() or r.cue  # (never empty: its first word is read below)
    head = r.source.split(",")[0]  # "The poll, conducted by the university last week": its head noun phrase
    body = _PARTICLE.sub("", text[r.start:r.end])  # "back that ..." of "fired back that ...", "out that ..."
    clause = cue in lang.PLAIN_SAYING_VERBS or re.fullmatch(lang.ON_RECORD_RE, cue) is not None or rules_on(cue, text[r.start:r.end]) or that_clause(body) and (np_head_speaks(head) or any(w[:1].isupper() for w in head.split()[1:]))
    # "Lawmakers from both parties have signaled they will support it": a clause with no "that"
    clause = clause or (cue in lang.SPEECH_VERBS and _pronoun_clause(text[r.start:r.end]) and r.kind != "direct"
                        and (np_head_speaks(head) or any(w[:1].isupper() for w in head.split()[1:]) or named(r.source)))
    clause = clause or (r.kind == "belief" and short_belief(cue, body, head, named(r.source), np_head_speaks(head), _pronoun_clause(body)))  # attr55
    # "Jane Doe vowed to appeal.", "The ministry accused X of Y.", a series naming none ("The board, the union and two groups all urged"; not "Some officials praised X but ...")
    clause = clause or (cue.split()[0] in lang.POSITION_CUES and r.kind != "direct" and (named(r.source) or " and " in r.source and np_head_speaks(head)))
    clause = clause or (r.kind == "belief" and cue in lang.INTENTION_CUES and cue.endswith(("s", "ed", "ght")) and named(r.source)
                        and re.match(r"\s*to\s+[a-z]", body) is not None)  # "<Name> wants to sell the club": the wish is hers (§13; left45)
    # "Republican officials dismissed that criticism.": a denial of an account named back (read11a)
    clause = clause or (cue in lang.DENIAL_VERBS and r.kind != "direct" and (named(r.source) or np_head_speaks(head))
                        and re.match(r"\s*(?:" + lang.POINTING_DETERMINERS_RE + r")\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(lang.REPROACH_NOUNS))
                                     + r")\b", text[r.start:r.end]) is not None or re.match(lang.POINTED_ACCOUNT_RE, text[r.start:r.end]) is not None
                             or cue in lang.DENIAL_VERBS and re.fullmatch(lang.POINTED_BACK_OBJECT_RE, text[r.start:r.end], re.I) is not None)  # "The union disputes this." (within55)
    # "Jane Doe described the talks as productive.", "X branded the managers reckless.": a judgement
    clause = clause or (judgement(cue.split()[0], text[r.start:r.end]) and r.kind != "direct" and (
        named(r.source) or (cue in lang.NAMING_CALL_VERBS or cue in ("put", "puts")) and speaker_like(re.split(r"\s+who\s", head)[0])))  # "One of the doctors who ... called X a quack" (attr14b)
    if cue in lang.SAYING_PARTICIPLES and _ATTACK.match(between) and (not opener or short) and named(r.source):
        return ALONE  # "Jane Doe took aim at her rival's record, arguing that ...": her statement as a whole
    if cue in lang.SAYING_PARTICIPLES and end > r.start and (_ATTACK.match(between) or _REACTION.match(between)) \
            and (not opener or short) and (named(r.source) or np_head_speaks(head)):
        return ALONE  # "Traders welcomed the decision, saying ...": the sentence as a whole (its act alone: the outlet's)
    if cue in lang.SAYING_PARTICIPLES and issued_text(between) and (not opener or short or re.fullmatch(lang.LEAD_CONJUNCTIONS_RE, opener)) \
            and (named(r.source) or np_head_speaks(head)):
        return ALONE  # "The firm sent a letter to staff saying that ...": its own text's words (lead36)
    if (cue in lang.SAYING_PARTICIPLES or cue in lang.ADDRESSEE_PARTICIPLES) and (m := _RESPONSE.fullmatch(between)) and (not opener or short) \
            and (m.group(1) is None or m.group(1).lower() in lang.SPEECH_VERBS | lang.RESPONSE_VERBS) and (named(r.source) or np_head_speaks(head)):
        return ALONE  # "Jane Doe disagreed, saying ...", "Residents protested, arguing ...": an answer and its words
    if APPOSED_STATEMENTS and descriptions_only(between) and re.match(r"\s*,|\s+(?:of|from)\s", between) and (
            not opener or short or prepositional_opener(opener)) and (named(r.source) or clause and r.kind != "direct"):
        return ALONE  # (unnamed: "The chief executive, who took over in March, told investors the turnaround ...")
    clause = clause or (cue in lang.COUNT_REPORTING_VERBS and r.kind != "direct" and (named(r.source) or np_head_speaks(head))
                        and _COUNT_FIRST.match(text, r.start) is not None)  # "Local media have reported at least four deaths."
    clause = clause or (cue in lang.EXPERIENCE_REPORT_VERBS and r.kind != "direct" and re.match(r"\s*[a-z]{3,}ing\s", text[r.start:r.end]) is not None
                        and (named(r.source) or np_head_speaks(head) or head.split()[0].lower() in lang.PERSON_NOUNS))  # "Residents ... described hearing ..." (read33)
    if SHORT_CONTENT_STATEMENTS and described_name and not opener and between.strip() == "," and clause:
        return ALONE  # "The chair of the panel, Ian Wade, said the soil was poor.": a name closing an apposition (lead27)
    if SHORT_CONTENT_STATEMENTS and (not opener or short or prepositional_opener(opener)) and (auxiliaries_only(between) or lead_in_only(between)) \
            and clause:
        return ALONE  # "The board said sales fell.", "A study in the journal found that children who ..."
    if DOCUMENT_STATEMENTS and (not opener or short or prepositional_opener(opener)) and (
            auxiliaries_only(between) or SET_OFF.fullmatch(between) or released_phrase(between)) and (
            document_source(r.source) and cue in lang.FINDING_VERBS | lang.DOCUMENT_VERBS | {"put", "puts"}  # (finding_frames._PUT_AT: genre43)
            or cue in lang.PLAIN_SAYING_VERBS and SET_OFF.fullmatch(between)) \
            or DOCUMENT_STATEMENTS and (not opener or short) and cue in lang.PLAIN_SAYING_VERBS and statement_topic(r.source, between):
        # "The filing shows the firm lost money.", "The memo, dated March 3, says ...", "Officials,
        # speaking on condition of anonymity, said ...": the source, a set-off phrase, the cue, the content
        return ALONE
    if (not opener or short or prepositional_opener(opener) or r.kind == "indirect" and opener.endswith(",")) \
            and colon_statement(text, r, between):  # (an unquoted message after any opening clause: message_colon.py)
        return ALONE  # "Senator Jane Roe offered a defiant response: “Bring it on.”" (left19)
    if object_content(cue, text[r.start:r.end]):
        return 0  # "In her 2009 memoir, Open Roads, Lindqvist noted the scar's origin.": an event narrated
    return FRAMED if opener and (short or APPOSED_STATEMENTS and prepositional_opener(opener)) or described_name else 0


#: A count opening a report's object: "at least four deaths", "23 new cases", "1,200 job cuts", "two more".
_COUNT_FIRST = re.compile(r"\s*(?:(?:" + lang.APPROXIMATORS_RE + r")\s+)?(?:\d|(?:" + "|".join(sorted(lang.NUMBER_UNITS, key=len, reverse=True))
                          + r")\b(?!-))", re.I)
#: After an inverted frame's source: perhaps its place, then a participle clause to the end ("..., said
#: Jane Doe of Ohio, referring to the members who voted ..."; read11b, a BASIL story).
_PARTICIPLE_TAIL = re.compile(r"(?:\s+of\s+[^,;:“”\"]{1,40})?\s*,\s+[a-z]+ing\s[^“”\"]*$")
#: A verb of going on or of coming forward and "to" right before the cue (attribution/cue_words.py).
_GOING_ON = re.compile(r"\s(?:(?:" + "|".join(sorted(lang.CONTINUATIVE_VERBS)) + r")|(?:" + "|".join(sorted(lang.FORWARD_VERBS))
                       + r")\s+forward|" + lang.TRYING_VERBS_RE + r")\s+to\s*$")  # (and "tried to argue": lead42)
#: "for <years>" between an auxiliary and the cue ("has for years said"; read33).
_FOR_DURATION = re.compile(r"(?<=\s(?:has|had))\s+for\s+(?:" + "|".join(sorted(lang.TIME_UNITS)) + r")(?=\s*$)")
#: A contrasting clause right after a frame's content ("..., even as regulators approved it.").
_CONTRAST_REST = re.compile(r"\s*,?\s+(?:" + lang.CONTRAST_OPENERS_RE + r")\s")


def _pronoun_clause(content: str) -> bool:
    """The content is a clause with no "that", opened by a subject pronoun and its verb ("they
    will support the bill", "she had not decided") or by a short noun phrase and a finite verb
    ("the school would close"), not a noun phrase ("reporters ...", "the report on Monday")."""
    ws = re.findall(r"[\w'’-]+", content)[:4]
    finite = lang.AUXILIARY_VERBS | lang.MODALS | lang.BE_FORMS
    if len(ws) >= 3 and ws[0].lower() in lang.DETERMINERS - lang.DEMONSTRATIVES:
        # "the school would close", "the new plant was shut": a determiner, a noun or two, a finite verb (lead26)
        k = next((i for i in (2, 3) if i < len(ws) and ws[i].lower() in finite), 0)
        return bool(k) and all(w.isalpha() and w.lower() not in lang.FUNCTION_WORDS for w in ws[1:k])
    if ws and re.fullmatch(r"(?:" + "|".join(sorted(lang.SUBJECT_PRONOUNS)) + r")['’](?:s|re|ll|d|ve|m)", ws[0].lower()):
        return True  # "he's running", "they're leaving": a pronoun and its contracted verb (lead27)
    return len(ws) >= 2 and ws[0].lower() in lang.SUBJECT_PRONOUNS and (
        ws[1].lower() in lang.AUXILIARY_VERBS | lang.MODALS or ws[1].lower().endswith(("ed", "'d", "’d", "'ll", "’ll")))


_PARTICLE = re.compile(r"^\s*(?:out|back|in|(?i:(?:on\s+)?(?:" + "|".join(lang.WEEKDAYS) + r")(?:\s+(?:night|morning|evening))?|" + lang.RELATIVE_DAYS_RE
                       + r"))\s+(?=that\b)")  # (or "reported on Monday / this week that ...": when, before the clause; attr49)
#: "took aim at <object>, " between a source and its saying participle (lang.VERBAL_ATTACK_RE).
_ATTACK = re.compile(r"\s+(?:(?:" + lang.ATTACK_ADVERBS_RE + r")\s+)?(?:" + lang.VERBAL_ATTACK_RE + r"|"
                     + "|".join(sorted(lang.EVALUATION_VERBS | lang.ACCUSATION_VERBS)) + r")\s[^;:“”\"]{1,80},\s*$")
#: A reaction to a thing before a saying participle ("Traders welcomed the decision, saying ..."): the
#: whole sentence is the source's statement, any source that speaks (lang.REACTION_VERBS); its act
#: alone ("Traders welcomed the decision.") stays the outlet's narration.
_REACTION = re.compile(r"\s+(?:(?:" + lang.ATTACK_ADVERBS_RE + r")\s+)?(?:" + "|".join(sorted(lang.REACTION_VERBS))
                       + r")\s[^;:“”\"]{1,80},\s*$")
#: A verb of answering with no object, perhaps an adverb or "back", before a saying participle (", saying").
_RESPONSE = re.compile(r"\s+(?:(?:" + lang.ATTACK_ADVERBS_RE + r"|[a-z]+ly)\s+)?(?:(?:" + lang.FURTHER_ANSWERS_RE + r")|([a-z]+)(?:\s+back)?),\s*")  # ("went further": attr48)


@dataclass
class Attributions:
    """Every relation of one article, in text order; text outside them is the outlet's voice."""

    text: str
    relations: list[Relation] = field(default_factory=list)

    def relation_for(self, start: int, end: int, whole: bool = WHOLE_STATEMENT) -> Relation | None:
        """The relation whose content covers most of [start, end), if at least half of it.

        With `whole`, a direct quotation whose whole statement (the quote, its source and cue in
        one sentence: "“It is over,” said Jane Doe, a lawyer at the firm.") covers at least half
        of the span also counts, provided the quote covers at least MIN_CONTENT_SHARE of it.
        A span over several sentences of one speaker's quotation ("“Too much of what? We want to
        live. Is it too much?” he said") is theirs when those relations together cover at least
        half of it."""
        best, cov_best = None, 0
        n = max(1, end - start)
        by_name: dict[str, int] = {}
        first: dict[str, Relation] = {}
        by_act: dict[tuple[int, int], int] = {}
        first_act: dict[tuple[int, int], Relation] = {}
        for r in self.relations:
            lo, hi = r.footprint if whole else (r.start, r.end)
            if hi <= start or lo >= end:
                continue
            cov = sum(max(0, min(end, e) - max(start, s)) for s, e in r.content)
            if not r.cue and r.start > start + 2 and _HEARSAY_RELATIVE.match(self.text, r.start) and _hedge_inside(self.text[r.start:r.end]):
                cov = 0  # "The suit names the league, which is accused of ...": the hedge is the relative's alone (read31)
            if r.cue and r.source_span and r.source_span[0] > start + 2 and (rb := _RELATIVE_BEFORE_SOURCE.search(self.text, max(0, r.source_span[0] - 30), r.source_span[0])) \
                    and r.kind != "direct" and rb.group(1).lower() not in lang.CUE_VERBS | lang.THAT_CLAUSE_VERBS | lang.PREPOSITIONS | lang.GERUND_PREPOSITIONS:  # (not "said that officials say", "about which she said: “...”")
                cov = 0  # "X has shaped the hall that engineers say is unsafe": the main clause decides (read34)
            if apposed_contact(self.text, r, start):
                continue  # "X has been repaving streets, a job Tom Reyes said must go on": the outlet's (shapes35)
            fr = _framed(asides_out(self.text), r, start, end) if FRAMED_STATEMENTS else 0  # (a writer's aside: attr57)
            if whole and (r.kind == "direct" or fr) and cov * 2 < n and (cov >= MIN_CONTENT_SHARE * n or fr == ALONE
                                                                        or quote_then_own_frame(r, start, end)
                                                                        and not clause_in_tail(self.text, r, end)):
                cov = min(end, hi) - max(start, lo)
            if cov > cov_best:
                best, cov_best = r, cov
            if r.kind == "direct":
                by_name[r.name] = by_name.get(r.name, 0) + cov
                first.setdefault(r.name, r)
            elif r.cue_span:  # one speech act's content cut in pieces ("A, but B, said Hale."): shapes34
                by_act[r.cue_span] = by_act.get(r.cue_span, 0) + cov
                first_act.setdefault(r.cue_span, r)
        if (best is None or cov_best * 2 < n) and by_name:
            name = max(by_name, key=by_name.get)
            if by_name[name] * 2 >= n:
                return first[name]
        if (best is None or cov_best * 2 < n) and by_act:
            act = max(by_act, key=by_act.get)
            if by_act[act] * 2 >= n:
                return first_act[act]
        if (best is None or cov_best * 2 < n) and MAIN_CLAUSE_WINS:
            main = self._main_piece(start, end, whole)
            if main is not None:
                return main
        return best if best is not None and cov_best * 2 >= n else scene_setter(self.text, self.relations, start, end)

    def _main_piece(self, start: int, end: int, whole: bool) -> Relation | None:
        """A span that holds two pieces of one sentence, each with its own speaker ("The striker,
        who scored twice, said the team deserved to win, while the opposing manager blamed the
        referee."): the first piece's relation when that piece opens the span and is its
        statement; the main clause's speaker wins whatever the second clause adds (issue 12)."""
        pieces = [r for r in self.relations if r.sentence and start - 2 <= r.sentence[0] and r.sentence[1] <= end + 2]
        if len(pieces) < 2 or pieces[0].sentence[0] > start + 2 or pieces[-1].sentence[1] < end - 2:
            return None
        r, piece_end = pieces[0], pieces[1].sentence[0]
        if _CONCESSIVE_OPENING.match(self.text, start, end) and len(pieces) == 2:
            m = pieces[1]  # "Although X said A, Y said B": the main clause after the concession speaks (session 30)
            cov = sum(max(0, min(end, e) - max(piece_end, s)) for s, e in m.content)
            if m.source_span and m.source_span[0] < m.start and (cov * 2 >= end - piece_end or _framed(self.text, m, piece_end, end)):
                return m
        if not r.source_span or r.source_span[0] > r.start or not (r.sentence[1] <= piece_end + 2):
            return None  # the first piece opens with its frame ("X said A"), not with its content
        cov = sum(max(0, min(piece_end, e) - max(start, s)) for s, e in r.content)
        return r if cov * 2 >= piece_end - start or _framed(self.text, r, start, r.sentence[1]) else None

    def source_for(self, start: int, end: int) -> str | None:
        """Resolved source of [start, end), or None for the outlet's own voice."""
        r = self.relation_for(start, end)
        return r.name if r else None

    def cue_for(self, start: int, end: int) -> str | None:
        r = self.relation_for(start, end)
        return r.cue if r else None
