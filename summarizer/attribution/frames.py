"""A sentence's reporting frame: who (subject), the cue verb, and which part is the content.

Rules over tokens: "X said (that) ...", "..., X said.", "..., said X.", "“A,” X said, “B.”",
"according to X", "X: “...”", "X's statement ...". Other according-to forms are in
according.py, transcript labels and closing credits in labels.py. The first frame of the
sentence is its main reporting clause (`main_frame`); sentence_frames.py tries the other shapes first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lang
from ..chunk import Span
from .according import according_like
from .contact_relatives import contact_subject
from .according_to import according_to_frame
from .quoted_as import quoted_as_frame, quoted_as_tail_frame
from .hearings import hearing_frame
from .noun_cues import proposal_frame
from .appeals import appeal_frame
from .ruling_out import rule_out_frame
from .apposition import QUOTE_DESCRIBED as _QUOTE_DESCRIBED, authored_subject, described_after_quote, described_subject
from .cues import extra_frame
from .stray_commas import comma_split_subject
from .frame_shapes import (SAYING_ON, PREPOSITION_OBJECT, RESUMED_CONTRAST, NAME_DESCRIBED, NAMED_TITLE_END, RESUMED, CLAUSE_COLON, CLAUSE_COLON_BARE, CLEFT, named_head, APPOSED_NAME, DATED_DATELINE, DATELINE, INITIAL_NAME, INITIAL_NP, INTRO_NP, LEAD_COORDINATOR, NAME_AFTER_QUOTE, OWNED_NP, RELATIVE_END, TAIL_TITLE, TITLE_QUOTE, addressee_tail, colon_speaker, intro_ok, may_speak, naming_quote, np_head_speaks, participle_subject, quoted_intro, relative_quote_comma)
from .insertions import content_end, who_subject
from .final_tails import final_tail
from .clause_shapes import naming_participle, predicate_not_subject, purpose_of_a_law, verb_inside
from .subject_openers import apposition_lead, described_lead, relative_clause_before
from .among_those import group_before_examples
from .name_kinds import classify
from .cue_words import CUES, closes_particle_tag, is_cue, posts_media
from .scope_cuts import added_thing, office_adjective, opener_noun, relative_before, with_office_adjective, relative_frame_end, series_before
from .inverted import closing_tag, inverted_claim, resumed_verb, subject_right, tag_follows
from .subjects import comma_then_modifiers, subject_left
from .text import outside, tokens, words

@dataclass
class Frame:
    source_span: tuple[int, int]
    cue_span: tuple[int, int]
    kind: str
    content: list[tuple[int, int]]
    position: str  # "initial" | "final" | "middle" | "according" | "colon"


#: Capitalised words that may end a content before ", said X" ("The bridge reopened in May, said
#: Jane Doe"): days and months, never a name in apposition.
_DAY_WORDS = frozenset((*lang.WEEKDAYS, *lang.MONTHS))


#: After an inverted frame's subject, the quotation it interrupted resumes ('“A,” says Jane Doe,
#: “B.”', also after a short description of her: '..., said Jane Doe, a lawyer, “B.”').
_RESUMED_QUOTE = re.compile(r"\s*,\s*(?:[^;:“”\"]{1,80}?,\s*)?([“\"])")


#: The end of a clause and a semicolon, perhaps a coordinator: what follows is a clause of its own
#: ("..., flights slowed; and the F.B.I. director said ..."; read11b, a BASIL story).
_AFTER_SEMICOLON = re.compile(r";\s*(?:(?:and|but)\s+)?$")


#: After "telling", a short lower-case addressee, then a clause with no "that": a subject opened by a determiner or a
#: capital and, within a few words, an auxiliary or a modal ("..., telling lawmakers the bill would ...", "..., telling
#: the council its plan was ..."; "the state's school boards the rule would ...": a possessive, the lead, session 48).
_DET = "|".join(sorted(lang.DETERMINERS))
_TOLD_CLAUSE = re.compile(r"\s+(?:(?:" + _DET + r")\s+)?[a-z]+(?:['’]s\s+[a-z]+)?(?:\s+[a-z]+)?\s+(?=(?:(?:" + _DET + r")\s+(?:[\w'’.-]+\s+){0,4}?"
                          r"|[A-Z][\w'’.-]*\s+(?:[\w'’.-]+\s+){0,4}?|(?:" + "|".join(sorted(lang.SUBJECT_PRONOUNS - {"you"})) + r")\s+)(?:"
                          + "|".join(sorted(lang.AUXILIARY_VERBS | lang.MODALS)) + r")\b)")


#: A sentence opening with a noun phrase and "whose" ("The woman whose dog ran onto the road said ..."): a subject
#: found inside the clause ("the road") is not the speaker (insertions.who_subject; read26).
_WHOSE_OPENING = re.compile(r"\W*(?:[A-Z][\w'’-]*\s+)(?:[\w'’.-]+\s+){0,6}?whose\s")
_NEXT_CLAUSE = "|".join(sorted(lang.CLAUSE_COORDINATORS | lang.CONCESSIVE_OPENERS))  # ", says Ona, but then ...": no appositive (lead28)


def _lower_before_bracket(toks, close: int) -> bool:
    """The bracket closing at token `close` follows a lower-case word ("at noon (11:50 GMT), said the
    ministry": an aside in the content, lead29), not a name ("Jane Doe (D-Mo.), said": her tag)."""
    k = next((k for k in range(close - 1, max(-1, close - 9), -1) if toks[k].text == "("), None)
    return k is not None and k >= 1 and toks[k - 1].text[:1].islower()


def _kind_of(cue: str) -> str:
    w = cue.split()[0].lower()
    return "belief" if w not in lang.SPEECH_VERBS and w not in lang.CLAIM_VERBS and w not in lang.DENIAL_VERBS \
        else "indirect"


def main_frame(text: str, sp: Span, quotes: list[tuple[int, int, int]], mid_caps: frozenset) -> Frame | None:
    toks = tokens(text, sp.start, sp.end)
    if not toks:
        return None
    n = len(toks)
    # 1. "according to X" (according_to.py); 1b. "..., by one estimate." / "As stated in X's commentary, ..." / "As reported by X, ..."
    fr = according_to_frame(text, sp, toks, quotes, Frame) or according_like(text, sp, quotes, Frame) or quoted_as_frame(text, sp, Frame) or quoted_as_tail_frame(text, sp, Frame) \
        or hearing_frame(text, sp, Frame) or proposal_frame(text, sp, Frame) or appeal_frame(text, sp, Frame) or rule_out_frame(text, sp, Frame)  # "The court heard that ..." (hearings.py); "X unveiled a proposal for ..." (noun_cues.py)
    if fr is not None:
        return fr
    # 2. cue verbs outside quotations, in order; the first with a subject is the main frame (initial: content follows; final/middle: precedes)
    for i in range(n):
        t = toks[i]
        if not outside(t.start, quotes) or t.low not in CUES and t.low not in lang.LABELLING_PARTICIPLES \
                and not (t.low in lang.EVALUATION_VERBS and i and toks[i - 1].low == "to"):  # "used blunt language to denounce" (attr13)
            continue
        if tag_follows(toks, i, n) and outside(toks[i + 2].start, quotes):
            continue  # "The reforms will continue, said Jo Bell.": the tag's content, no frame of its own (lead31)
        if i and toks[i - 1].low == "having" and (i == 1 or i + 2 < n and toks[i + 1].low in ("that", "this") and toks[i + 2].text == ","):
            continue  # "Having said that, there are economists who ...": a discourse marker, no one speaking (lead35);
            # "Having said that he would resign, <Name> stayed on": an opening participle, its subject the main clause's (left45)
        if t.low.startswith("compare") and i + 1 < n and toks[i + 1].low in ("with", "to"):
            continue  # "an increase of 28% compared with 2013": a preposition, not "X compared Y to Z"
        prev = toks[i - 1].text if i else ""
        if office_adjective(toks, i) or opener_noun(toks, i):
            continue  # "..., state Rep. Jane Doe (D-Elm City), said": an adjective, no verb (attr16); "After the X report, ..."
        # inverted: ', said X' / '” said X' (not "Jane Doe, a lawyer, highlighted ...": a name
        # right before the comma is the subject, not the end of the content)
        if (prev in ("”", '"') or prev in ("'", "’") and not outside(toks[i - 1].start, quotes)
                or (prev == "," and i >= 2 and (not toks[i - 2].text[:1].isupper() or toks[i - 2].low in _DAY_WORDS
                                                    or closing_tag(text, toks, i, n, sp.end))
                                   and (toks[i - 2].text != ")" or _lower_before_bracket(toks, i - 2)))) \
                and (t.low in lang.SPEECH_VERBS or inverted_claim(text, toks, i, n, sp.end)) \
                and not t.low.endswith("ing") and t.low not in lang.ADDRESSEE_ONLY_VERBS \
                and not NAME_DESCRIBED.fullmatch(text, sp.start, toks[i - 1].start) \
                and not relative_clause_before(text, sp.start, toks[i - 1].start):  # not ", saying he", ", told Reuters", "X, a parent, said"
            subj = subject_right(toks, i, n)
            resumed = (RESUMED.match(text, subj[1], sp.end) or resumed_verb(text, subj[1], sp.end)) if subj and prev == "," else None
            if resumed:  # "Her remarks, said Jane Doe, the spokeswoman, are “...”": the clause resumes
                return Frame(subj, (t.start, t.end), "indirect", [(sp.start, toks[i - 1].end), (resumed.end(), sp.end)], "middle")
            goes_on = RESUMED_CONTRAST.match(text, subj[1], sp.end) if subj and prev == "," else None
            if goes_on and outside(goes_on.start(), quotes):  # "The land was sold, said Grey, but it changed hands later."
                return Frame(subj, (t.start, t.end), "indirect", [(sp.start, toks[i - 1].end), (goes_on.end(), sp.end)], "final")
            if subj:
                on = SAYING_ON.match(text, subj[1], sp.end)  # "A, said Jane Doe, adding that B.": B is hers too (session 33)
                m = None if on else re.match(r"(?:,|\s[—–―])(?!\s*(?:" + _NEXT_CLAUSE + r")\b)\s*[^;:“”\"]{1,300}?(?=[.!?]?[\"”’']*\s*$)", text[subj[1]:sp.end])
                # (or a dash: '“...,” said Ann Roe — a nurse — as neighbours gathered.'; lead35)
                if m and (on := SAYING_ON.search(text, subj[1] + 1, subj[1] + m.end())):
                    m = re.match(r".*", text[subj[1]:on.start()])  # "A, said Jane Doe, a trader, adding that B."
                if m and text[subj[1] + m.end() - 1:subj[1] + m.end()].strip():
                    subj = (subj[0], subj[1] + m.end())  # the appositive is part of the source as written
                content = [(sp.start, toks[i - 1].end)] + ([(on.end(), sp.end)] if on and on.end() < sp.end - 2 else [])
                resumed = _RESUMED_QUOTE.match(text, subj[1], sp.end)
                if resumed and outside(subj[1] + 1, quotes):  # '“A,” says Jane Doe, “B.”': B is hers too
                    content.append((resumed.start(1), sp.end))
                return Frame(subj, (t.start, t.end), "direct" if prev in "”\"'’" or text[toks[i - 1].start - 1:toks[i - 1].start] in "”\"" else "indirect",
                              content, "final")
        if t.low in lang.LABELLING_PARTICIPLES and prev == "," and naming_quote(toks, i):
            # "Jane Doe welcomed the ruling, calling it “a victory”": the sentence is her statement (read12a)
            subj2 = participle_subject(text, sp.start, toks[0], t.start, mid_caps)
            if subj2:
                return Frame(subj2, (t.start, t.end), "direct", [(subj2[1], sp.end)], "initial")
        if t.low.endswith("ing") and t.low in lang.SPEECH_VERBS and i + 1 < n:
            # "He defended the remark, saying, “...”": the quotation is the sentence subject's
            k = i + 1 + (toks[i + 1].text in ",:")
            if t.low in lang.ADDRESSEE_PARTICIPLES:  # "..., telling reporters: “...”": past the addressee
                k = next((x for x in range(i + 1, min(n, i + 6)) if toks[x].text in ":,“\"" or toks[x].low == "that"), k)
                k += k < n and toks[k].text in ":,"
            while k + 1 < n and toks[k].low in _DAY_WORDS | {"on", "late", "early"} and toks[k + 1].low in _DAY_WORDS | {"that"}:
                k += 1  # "..., writing Monday that ...", "..., saying on Friday that ..."
            comma = prev == "," or prev in ("”", '"') and i >= 2 and toks[i - 2].text == ","  # ('... a “fake budget,” saying')
            if k < n and comma and toks[k].low in lang.SUBJECT_PRONOUNS - {"it", "you"} and k + 1 < n \
                    and toks[k + 1].text[:1].islower():
                # "..., saying he was referring to ...": a clause with no "that" (the lead's reading, session 23)
                subj2 = participle_subject(text, sp.start, toks[0], t.start, mid_caps)
                if subj2:
                    return Frame(subj2, (t.start, t.end), "indirect", [(toks[k].start, sp.end)], "initial")
            if k < n and (toks[k].text in ("“", '"') or (toks[k].low == "that" and prev == ",")):
                # "..., arguing that ...": the same, for indirect speech after a comma
                subj2 = participle_subject(text, sp.start, toks[0], t.start, mid_caps)
                if subj2 and toks[k].low == "that":
                    return Frame(subj2, (t.start, t.end), "indirect", [(toks[k].end, sp.end)], "initial")
                if subj2:
                    return Frame(subj2, (t.start, t.end), "direct", [(toks[k].start, sp.end)], "colon")
            told = _TOLD_CLAUSE.match(text, t.end, sp.end) if t.low in lang.ADDRESSEE_PARTICIPLES and comma else None
            if told and outside(told.end(), quotes):  # "X vetoed it, telling lawmakers the bill would ...": no "that" (session 24)
                subj2 = participle_subject(text, sp.start, toks[0], t.start, mid_caps)
                if subj2:
                    return Frame(subj2, (t.start, t.end), "indirect", [(told.end(), sp.end)], "initial")
        if not is_cue(toks, i) and not (prev in (",", "”", '"') and t.low in lang.SPEECH_VERBS and not posts_media(toks, i)
                                        and not (prev == "," and t.low in lang.CLAUSE_ONLY_CUES)):  # "X, which ..., objected to the ban"
            continue  # (nor "X, a teacher, posted photos of ...": read36)
        if prev == "," and t.low in lang.VERDICT_VERBS and i + 1 < n and toks[i + 1].low in ("guilty", "not", "innocent") \
                or re.match(lang.ADMITTED_COUNTS_RE, text[t.start:sp.end], re.I):  # "had admitted 14 counts of fraud" (genre45); "Jane
            continue  # Doe, 58, of Elmton, pleaded guilty to fraud": a plea entered, an act (wild20)
        subj = with_office_adjective(toks, contact_subject(text, subject_left(text, toks, i, 0, mid_caps)))  # "a campaign the company said was ..."
        if subj is not None and (predicate_not_subject(text[subj[0]:subj[1]]) or naming_participle(text, subj, t.low, t.end) or purpose_of_a_law(text[subj[0]:subj[1]], t.low)):
            subj = None  # "Jon Ware, 49, appeared in court in Tarne accused of theft": a predicate, no speaker (the lead, session 25)
        subj = (prev == "," and authored_subject(text, sp.start, t.start)) or subj  # "The report, written by X, Jane Doe, says"
        if prev == ",":  # '“...,” his lawyer, Jane Doe, said'
            subj = described_after_quote(text, sp.start, t.start, quotes) or subj
        prev_c, cut = relative_quote_comma(text, sp.start, toks[i - 1].start) if i else prev, t.start  # ('X, who ... “A,” said')
        if prev != "," and comma_then_modifiers(toks, i):  # "The paper's editor, Jane Doe, later said"
            prev_c, cut = ",", next(x for x in reversed(toks[:i]) if x.text == ",").end
        described = False  # the words before the subject describe it ("A lawyer for X, Jane Doe, said")
        if (subj is None or text[subj[0]:subj[1]].split()[0].lower() in lang.CLAUSE_WORDS) and \
                prev_c in (",", "-", "--", "—", "–", ")"):
            # "The Chief of Staff, Lt-Gen Jane Doe, informed ...": a person's name in apposition
            # right before the cue, after a description that opens the sentence
            m = APPOSED_NAME.search(text, sp.start, cut) if prev_c == "," else None
            apposed = bool(m and classify(m.group(1)) == "person" and len(m.group(1).split()) >= 2
                           and apposition_lead(text[sp.start:m.start()])
                           and len(text[sp.start:m.start()].split()) <= 12 and outside(m.start(), quotes))
            owned = OWNED_NP.match(text, sp.start, m.start()) if m and not apposed else None
            if owned and outside(m.start(), quotes) and owned.group(1).lower() in lang.ORG_HEADS | lang.PERSON_NOUNS:
                apposed = True  # "The company's electronics unit, Doe Electronics, said": a name for an owned body
            if not apposed and prev_c == ",":
                # "Officials at the agency, a division of the department, said ...": the leading
                # noun phrase when its head is a person or organisation noun
                for m in (INITIAL_NP.match(text, sp.start, t.start), INTRO_NP.match(text, sp.start, t.start)):  # ("Then, the mayor, ...")
                    if m and np_head_speaks(m.group(1)) and m.group(1).split()[0].lower() not in lang.CLAUSE_WORDS:
                        break
                else:
                    m = None
                apposed = m is not None
            if not apposed:
                # "Jane Doe, 59, of Springfield, who ..., said": the sentence's leading name
                dl = DATELINE.match(text, sp.start, t.start) or DATED_DATELINE.match(text, sp.start, t.start) or LEAD_COORDINATOR.match(text, sp.start, t.start)  # ('<PLACE> BAY, Nov. 19 - ': within59)
                m = INITIAL_NAME.search(text, dl.end() if dl else sp.start, min(t.start, sp.start + 80))  # "CITY -- Jane Doe, ..., said"
                if m and (" " not in m.group(1).strip() and m.group(1) not in mid_caps
                          or m.group(1).split()[0].lower() in lang.NOT_NAMES):
                    m = None  # "Initially, state regulators ...": a sentence's first word, not a name
            if (m is None or outside(m.start(), quotes)) and (grp := group_before_examples(text, sp.start, m.start() if m else cut)) is not None:
                subj, m = grp, None  # "His allies, including the whip, Tom Rook, said": the allies (lead28)
            if m and outside(m.start(), quotes):
                subj = (m.start(1), m.end(1))
                lead = text[sp.start:m.start(1)]
                # a lone noun phrase of a speaker before the name describes it, no content
                described = apposed and bool(lead.strip(" ,")) and "," not in lead.strip(" ,") and np_head_speaks(lead.strip(" ,"))
                if described_lead(lead):  # "Democratic nominee Jane Doe, at ..., said", "Able seaman Jo Roe, 91, said"
                    subj = (sp.start + len(lead) - len(lead.lstrip()), m.end(1))
            elif prev == ",":
                # '“...,” Jane Doe (D-Ohio), a panel member, said ...': the name after the quotation
                q = max((e for s_, e, _ in quotes if e <= t.start and s_ >= sp.start), default=None)
                m = NAME_AFTER_QUOTE.match(text, q, t.start) if q is not None else None
                if m and len(text[q:t.start].split()) <= 16:
                    subj = (m.start(1), m.end(1))
        if prev == "," or comma_then_modifiers(toks, i):  # "Rep. Doe of Ohio, who ..., said", "..., has said"
            subj = described_subject(text, sp.start, t.start, quotes, subj)
        if subj is None and prev == ",":  # "The sister of one of the boys detained, said she ...": a stray comma (read33)
            subj = comma_split_subject(text, sp.start, toks[i - 1].end, t.low, text[t.end:sp.end].lstrip())
        if subj is not None and prev != "," and quoted_intro(text[sp.start:subj[0]]):
            # '“...,” John Roe, a researcher at the group told reporters' (no comma before the cue)
            q = max((e for s_, e, _ in quotes if e <= subj[0] and s_ >= sp.start), default=None)
            m = NAME_AFTER_QUOTE.match(text, q, t.start) if q is not None else None
            if m and text[m.end():subj[0]].strip() == "" and classify(m.group(1)) == "person":
                subj = (m.start(1), m.end(1))
        if (subj is None or re.search(r"\bwho\s+$", text[sp.start:subj[0]]) or _WHOSE_OPENING.match(text, sp.start, subj[0])) \
                and (t.low in lang.SPEECH_VERBS or t.low in lang.NAMING_CALL_VERBS) \
                and not t.low.endswith("ing"):  # (or "One of the doctors who sent the letter called X a quack"; attr14b)
            subj = who_subject(text, sp.start, t.start, quotes)
        final_only = False
        if subj is None and prev != "," and t.low in lang.SPEECH_VERBS and not t.low.endswith("ing"):
            # "A, engineers who inspected the span said Monday.": a final frame whose subject holds
            # a relative clause (the content before it, so only as a final frame)
            c = text.rfind(",", sp.start, t.start)
            subj = who_subject(text, c + 1, t.start, quotes) if c > sp.start else None
            ws = text[subj[0]:subj[1]].lower().split() if subj else []
            if subj and (any(w in lang.CLAUSE_WORDS for w in ws[:ws.index("who")])
                         or all(w in lang.AUXILIARY_VERBS for w in ws[ws.index("who") + 1:])):
                subj = None  # "..., especially if Trump who has pledged ...": the relative's own verb
            final_only = subj is not None
        if subj is None:
            continue
        before = text[sp.start:subj[0]]
        if PREPOSITION_OBJECT.search(before):
            continue  # "In a note to Pam and Lucy posted on her blog, Ms. Voss recalled ...": the object of "to"
        if re.match(r"^\W*\w[\w’'-]*(?:\s+[\w’'-]+){0,3}\s+and\s+$", before) and "," not in before:
            subj = (sp.start + len(before) - len(before.lstrip()), subj[1])  # "Federal and state officials"
            if (lead := re.match(r"(\w+)\s+", text[subj[0]:subj[1]])) and lead.group(1).lower() in lang.LEADING_ADVERBIALS:
                subj = (subj[0] + lead.end(), subj[1])  # "But Ofsted and ministers are concerned": no "But" (read12b)
            before = text[sp.start:subj[0]]
        tail = text[t.end:sp.end]
        before_i = TITLE_QUOTE.sub(lambda q: "X," if q.group(0)[-2:-1] == "," else "X", before)  # an intro may hold a quoted title
        if not quoted_intro(before) and (TAIL_TITLE.search(before) or not intro_ok(before_i)):
            # (an opener naming a show keeps its title blanked: 'On “Face the Nation,” Sen. Jane Doe warned')
            before_i = TAIL_TITLE.sub(lambda q: q.group(1) + " X" + ("," if q.group(0)[-2:-1] == "," else ""), before)
            before_i = NAMED_TITLE_END.sub("the X, ", before_i)  # '..., what her team calls the “Doe Plan,” '
        dl = DATELINE.match(before_i) or (DATED_DATELINE.match(before_i) if t.low in lang.SPEECH_VERBS else None)
        if dl:  # "WASHINGTON -- Jane Doe said": the dateline is no part of the clause
            before_i = before_i[dl.end():]
        # a quotation in single marks ends with its punctuation inside them: "'...,' he said."
        single_closed = re.search(r"[,.!?…]['’]\s*$", before) is not None
        quoted_before = bool(re.search(r"[”\"]\s*,?\s*$", before) or _QUOTE_DESCRIBED.search(before)) or before.lstrip().startswith(("“", '"')) or single_closed
        lead_in = not described and bool(re.search(r"[,”\"—–]\s*$", before) or single_closed) and (len(before.split()) >= 3 or quoted_before) \
            and not intro_ok(before_i) and (t.low in lang.CUE_VERBS or closes_particle_tag(toks, i)) \
            and not (t.low in lang.ATTITUDE_VERBS | lang.POSITION_CUES and re.match(r"\s+to\b", text[t.end:sp.end]))
        if lead_in and not quoted_before and " and " in text[subj[0]:subj[1]] and series_before(before):
            lead_in = False  # "..., and companies like Marriott, Apple and Delta wrote to ...": a series, no inverted frame
        # (a state of mind or an intention, "X would like to ...", has its content after it)
        # final: "..., X said (on Tuesday / in a statement)."
        tail_words = words(tail)
        quote_first = re.fullmatch(r"\s*[“\"][^“”\"]{2,}[”\"]\s*,?\s*", before) is not None  # '“...,” he said ...'
        short_tail = final_tail(text, t, tail, quoted_before, lead_in, quote_first)  # what follows a final cue is an adverbial (final_tails.py)
        if lead_in and (on := SAYING_ON.match(text, t.end, sp.end)) and re.match(r"\s+\w", tail) and len(text[on.end():sp.end].split()) >= 3:
            return Frame(subj, (t.start, t.end), "direct" if quoted_before else "indirect",  # '“A,” he said in his news
                         [(sp.start, subj[0]), (on.end(), sp.end)], "middle")  # conference, adding that B': B his too (genre43)
        if lead_in and short_tail and not quoted_before and re.fullmatch(
                rf"\W*(?:[A-Za-z]+\s+)?(?i:{lang.LEADING_SUBORDINATORS_RE})\b[^,;“”\"]*,\s*", text[sp.start:subj[0]]):
            continue  # "Shortly after the ruling, Jane Doe posted again.": an adverbial clause is no content (read14)
        if lead_in and short_tail:
            end = content_end(text, sp.start, subj, classify)  # "A, its chief executive, Jane Doe, said"
            return Frame(subj, (t.start, t.end), "direct" if quoted_before else "indirect",
                          [(sp.start, end)], "final")
        if final_only:
            continue
        # middle: "“A,” he said, “B.”"
        m = re.match(r"[^,.:“\"]{0,50}(?:[,.:](?:\s+and)?|\s(?:--?|[–—])\s[^“”\"]{1,120}?\s(?:--?|[–—]))\s*[“\"]", tail)
        # ('“A,” X wrote in an email to the Network's Y, and “B.”': the second part hers too; attr14b)
        # ('“A,” Doe told the Herald -- referring to X -- “B.”': an aside set off by dashes before the rest; read11a)
        if lead_in and m:
            return Frame(subj, (t.start, t.end), "direct", [(sp.start, subj[0]), (t.end + m.end() - 1, sp.end)], "middle")
        # parenthetical: "All of which, he said, would help ..."
        m = re.match(r"[^,]{0,40},\s*", tail)
        if m and words(tail[:m.end()]) and words(tail[:m.end()])[0] not in lang.FINAL_TAIL_STARTERS \
                and not (t.low in lang.ADDRESSEE_VERBS and addressee_tail(words(tail[:m.end()]))
                         and words(tail[m.end():])[:1] and words(tail[m.end():])[0] in lang.SAYING_PARTICIPLES):
            m = None  # (not: '“A,” she told reporters after the vote, adding that B': an addressee, then more of hers)
        if lead_in and m and len(tail[m.end():].split()) >= 2:
            rel = relative_before(text, sp.start, subj[0]) if not quoted_before else None
            # "The park is near the stadium, which, Jane Roe said, is full on game days": hers is the relative clause
            return Frame(subj, (t.start, t.end), "direct" if quoted_before else "indirect",
                          [(rel if rel is not None else sp.start, subj[0]), (t.end + m.end(), sp.end)], "middle")
        if RELATIVE_END.search(before_i) and tail_words and (tail_words[0] in lang.AUXILIARY_VERBS
                                                               or tail_words[0] in lang.MODALS) \
                and t.low in lang.SPEECH_VERBS | lang.ATTITUDE_VERBS and not t.low.endswith("ing") \
                and (t.low not in lang.PASSIVE_PARTICIPLES or t.low in ("said", "say", "says")):
            # "a strategy that officials say is designed to ...": by them, unless a final frame closes the sentence
            later = main_frame(text[:t.start] + " " * (t.end - t.start) + text[t.end:], sp, quotes, mid_caps)
            if later is not None and later.cue_span[0] > t.end and (later.position in ("final", "middle") or later.position == "initial" and "," in text[t.end:later.source_span[0]]):
                if later.position == "initial":  # "When X passed a bill which critics said ..., Y vowed to ...": Y's, with its opener
                    later.content = [(sp.start, later.source_span[0])] + [c for c in later.content if c[0] >= later.cue_span[1]]
                return later  # ("A, a change that critics say would B, Jane Doe said.")
            return Frame(subj, (t.start, t.end), _kind_of(t.text), [(t.end + 1, relative_frame_end(text, before, t.end, sp.end, quotes))], "initial")
        if CLEFT.search(before_i) and t.low in lang.SPEECH_VERBS | lang.ATTITUDE_VERBS and not t.low.endswith("ing") \
                and len(text[t.end:sp.end].split()) >= 3:
            # "It's a price Jane Doe said she would pay": what follows the cue is hers
            return Frame(subj, (t.start, t.end), _kind_of(t.text), [(t.end + 1, sp.end)], "initial")
        if before_i.strip() and not re.search(r",\s*$", before_i) and not intro_ok(before_i) \
                and not _AFTER_SEMICOLON.search(before_i) and not re.search(lang.AFTER_DASH_CLAUSE_RE, before_i) or re.search(r"\bwhat\s+$", before_i):
            continue  # the cue belongs to a clause that is not the sentence's main one ("what X calls Y")
            # (a clause after a semicolon is one of its own: "A; and the director said B" is hers from "said")
        if re.search(r"[”\"]\s*,?\s*$", before) and not intro_ok(before_i) and not TAIL_TITLE.search(before) \
                and not NAMED_TITLE_END.search(before):
            continue  # (not 'In laying out what her team calls the “Doe Plan,” the candidate said ...')
        content_start = t.end
        rest = text[content_start:sp.end]
        m = re.match(r"\s*(?::|,)?\s*", rest)  # "that" is part of the content (PolNeAR's spans)
        content_start += m.end() if m else 0
        if content_start >= sp.end - 1:
            if re.search(r"\b(?:not|never)\b|n['’]t\b", text[subj[1]:t.start]):
                continue  # "His lawyer has not commented.": the silence is the outlet's news, no frame
            # a bare "X said." / "X added:" opens a quotation in the next sentence; with no colon, a subject that speaks
            if ":" not in text[t.end:sp.end] and not may_speak(text[subj[0]:subj[1]]) \
                    and (t.low.startswith("continu") or verb_inside(text[subj[0]:subj[1]])):
                continue  # (nor "The hearing closed at noon with no verdict given."; lead28)
            return Frame(subj, (t.start, t.end), _kind_of(t.text), [], "colon")
        kind = "direct" if text[content_start:content_start + 1] in "“\"" else _kind_of(t.text)
        pos = "colon" if re.match(r"\s*:", text[t.end:]) else "initial"
        content = [(content_start, sp.end)]
        if re.match(r"\W*(?:" + "|".join(sorted(lang.SUBORDINATORS)) + r")\b|\W*" + lang.TIME_LAPSE_RE, before, re.I) and re.search(r",\s*$", before):
            content.insert(0, (sp.start, subj[0]))
        return Frame(subj, (t.start, t.end), kind, content, pos)
    # 3. colon quote: 'X: “...”', 'Home team manager Jane Doe: “...”' (lang.COLON_SPEAKER_RE)
    m = colon_speaker(text[sp.start:sp.end])
    if m:
        return Frame((sp.start + m.start(1), sp.start + m.end(1)), (sp.start + m.end(1), sp.start + m.end(1) + 1),
                      "direct", [(sp.start + m.end() - 1, sp.end)], "colon")
    # 3b. 'X hit back: “...”', '..., but Jane Doe was blunt: “...”': a named subject, a short
    #     predicate and a colon open the subject's quotation
    seg, o = text[sp.start:sp.end], sp.start  # searched in the sentence: "^" is its start
    m = CLAUSE_COLON.search(seg)
    verbs = m.group(2).split() if m else []
    speaks = bool(verbs) and (verbs[-1] in lang.SPEECH_VERBS and (len(verbs) == 1 or verbs[-2] not in lang.DETERMINERS)
                              or " ".join(verbs[-2:]) in lang.SPEECH_PHRASAL_VERBS)  # (not "found a note:")
    if m and outside(o + m.start(1), quotes) and named_head(m.group(1)) and (
            len(m.group(1).split()) > 1 and classify(m.group(1)) in ("person", "org")
            or len(m.group(1).split()) == 1 and classify(m.group(1)) in ("person", "org", "name") and (speaks or m.group(1) in mid_caps)):
        # (a surname alone, "Doe shot back: “...”", "Doe was quick to retort: “...”": a speaking verb,
        # or a word the article writes capitalised mid-sentence too; read11a)
        return Frame((o + m.start(1), o + m.end(1)), (o + m.start(2), o + m.end(2)), "direct", [(o + m.end() - 1, sp.end)], "colon")
    m = CLAUSE_COLON_BARE.search(seg)
    if m and outside(o + m.start(1), quotes) and classify(m.group(1)) in ("person", "org") \
            and (" ".join(m.group(2).split()[-2:]) in lang.SPEECH_PHRASAL_VERBS or m.group(2).split()[-1] in lang.SPEECH_PHRASAL_VERBS):
        return Frame((o + m.start(1), o + m.end(1)), (o + m.start(2), o + m.end(2)), "indirect", [(o + m.end(), sp.end)], "colon")
    # 4. "X's statement said / read / noted ..."
    m = re.match(r"\W*(?:(?:In|According to)\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,4})['’]s?\s+(\w+)", text[sp.start:sp.end])
    after = re.match(r"\s*(?:,[^,]{1,60},\s*)?(?:(?:" + lang.AUXILIARY_LEADS_RE + r")\s+)*([\w’']+|:)",
                     text[sp.start + m.end():sp.end]) if m else None
    if m and (m.group(1).lower() in _DAY_WORDS or m.group(1).lower() in lang.SAME_DAY_WORDS or not outside(sp.start + m.start(1), quotes)):
        m = None  # "“Today’s indictment confirms ...”": a day's, inside a quotation, is no source
    if m and m.group(2).lower() in lang.STATEMENT_NOUNS and after and not added_thing(after.group(1), text[sp.start + m.end() + after.end():sp.end]) and (
            after.group(1).lower() in lang.CUE_VERBS or after.group(1).lower() in ("that", ":", "read", "reads")):
        # "Jane Doe's statement said ...", "the court's ruling that ..." (not "X's speech coincided with ...")
        src = (sp.start + m.start(1), sp.start + m.end(1))
        return Frame(src, (sp.start + m.start(2), sp.start + m.end(2)), "indirect", [(sp.start + m.end(2), sp.end)], "initial")
    # 5. headlines, coordinated cues, bare saying participles, evaluations (cues.py)
    return extra_frame(text, sp, quotes, Frame, mid_caps)

