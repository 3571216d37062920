"""`analyze(text)`: every attribution relation of an article, read once and in order."""

from __future__ import annotations

import dataclasses
import re

from .. import lang
from ..chunk import Span, split_sentences
from .certainty_marks import WRITER_TOLD, unconfirmed_main
from .coreference import kin_bound, opens_as_subject
from .continuation import contrast_cut, embedded_speaker, introduced_speaker, lead_ins, runs_on, shows_text
from .colon_pieces import colon_pieces
from .contrast import contrast_pieces
from .cues import writer_belief
from .cue_subjects import no_cue
from .frames import Frame
from .sentence_frames import sentence_frame
from .frame_shapes import quote_tag_only
from .labels import caption_paragraph, inline_turn, label_name, paragraph_speakers, spaced_stop_caption
from .name_kinds import classify
from .names import Resolver
from .referents import medium_opener
from .spokespersons import denier_before, page_it, read_it
from .text import title_case
from .open_quotations import stray_opener
from .noun_cues import copula_cue, noun_cue, source_as_resolvable
from .prospects import without_second_clause
from ..letters import fold, unfolder
from .reading_copy import reading_copy
from ..thresholds import ATTRIBUTION_MIN_QUOTE_WORDS as MIN_QUOTE_WORDS
from .relations import Attributions, Relation
from .speech_events import event_reading
from .coreference import manner_lead
from .sentence_checks import (QUOTE_OPENERS, WHOLE_QUOTED_SENTENCE, bare_frame, closed_quote, closes_quotation, goes_on, hedged_end, hedged_relative, named_just_before, one_person, opens_with, own_named_subject, paragraph_starts, quoted_by_antecedent, talked_about, described_topic)
from .text import overlapping, quote_spans

_MID_CAP = re.compile(r"(?<=[\w,;] )([A-Z][\w'’.&-]*)")
#: "the hospital", "the airline": a body described by the noun its names end with, never a group "they" means.
_BODY_DESCRIPTION = re.compile(r"(?i:the|this|that)\s+(?:" + "|".join(sorted(w for w in lang.ORG_NAME_ENDINGS | lang.ORG_DESCRIPTION_NOUNS
                                                                     if not w.endswith("s"))) + r")")


#: "to <verb>" after a final cue ("said to explain", "believed to date from"), not "said to reporters / to him / to the court"
_PASSIVE_HEARSAY = re.compile(r"\s+to\s+([a-z]+)\s+[a-z]")


def _hearsay_verb(word: str) -> bool:
    """A base verb after "said to": no determiner, pronoun, person noun or plural ("to reporters", "to police")."""
    return word not in lang.DETERMINERS | lang.PRONOUNS | lang.PERSON_NOUNS | lang.OBJECT_PRONOUNS | {"you", "it"} and (not word.endswith("s") or word.endswith(("ss", "us")))


def analyze(text: str) -> Attributions:
    """Every attribution relation of an article (see the module docstring)."""
    original = text
    text = reading_copy(text)  # same length: easier marks, a tokenizer's spaces moved, a caseless text recased
    quotes = quote_spans(text)
    whole = [Span(sp.start + 1, sp.end - 1) if text[sp.start] == "(" and text[sp.end - 1] == ")" and "(" not in text[sp.start + 1:sp.end - 1]
             else sp for sp in split_sentences(text)]  # "(Organisers said more than 80,000 took part.)": read inside (lead35)
    sents = [piece for sp in whole for cp in colon_pieces(text, sp, quotes) for piece in contrast_pieces(text, cp, quotes)]
    paras = paragraph_starts(text)
    res = Resolver(text, paras, sents, quotes)
    for sp in whole:  # "..., but Doe said": Doe opens a piece yet is capitalised mid-sentence
        for ln in re.finditer(r"[^\n]+", text[sp.start:sp.end]):  # not a headline's title case ("Retailer's Sales Rise ...")
            if not title_case(ln.group(0), least=4):
                res.mid_caps.update(w for m in _MID_CAP.finditer(text, sp.start + ln.start(), sp.start + ln.end())
                                    for w in {m.group(1), m.group(1).rstrip(".")})  # "... led by Grell." names Grell
    out: list[Relation] = []
    # quotation groups -> the relation that owns them
    group_owner: dict[int, Relation] = {}
    group_of_pos = {}
    for s, e, g in quotes:
        group_of_pos.setdefault(g, []).append((s, e))

    def groups_in(a: int, b: int) -> list[int]:
        return sorted({g for s, e, g in overlapping(quotes, q_ends, q_starts, a, b)})

    def quote_words(g: int) -> int:
        return sum(len(text[s:e].split()) for s, e in group_of_pos[g])

    para_speakers = paragraph_speakers(text, paras)

    class _Turns(dict):  # a paragraph's speaker, or the turn of an interview run into one paragraph (attr53)
        def at(self, para: int, pos: int):
            return para_speakers.get(para) or inline_turn(text, pos)
    para_speaker = _Turns()
    mid_caps = frozenset(res.mid_caps)
    q_starts, q_ends = [q[0] for q in quotes], [q[1] for q in quotes]

    def near(sp: Span) -> list[tuple[int, int, int]]:
        return overlapping(quotes, q_ends, q_starts, sp.start, sp.end)

    # "The union wants the firm to A, and the strike began": the second clause is the outlet's
    # "According to X, A, but B": the contrast is the outlet's (continuation.contrast_cut)
    events: dict[int, Frame] = {}  # sentences that narrate a speech event: their subject may speak next

    def framed(idx: int, sp: Span) -> Frame | None:
        qs = near(sp)
        if qs and spaced_stop_caption(original, sp.start, sp.end):
            qs = []  # a page's caption inside a quotation the page left open: its own frame is read (shapes34)
        fr = sentence_frame(text, sp, qs, mid_caps)
        if fr is not None and WRITER_TOLD.match(" ".join(text[sp.start:fr.cue_span[1] + 6].lower().split())):
            return None  # "We're told that ...": hearsay with no one named, not a speaker "We're" (attr53)
        if fr is not None and re.fullmatch(lang.BE_CONTRACTION_SOURCE_RE, text[fr.source_span[0]:fr.source_span[1]].strip()) \
                and not text[fr.cue_span[0]:fr.cue_span[1]].lower().endswith("ing"):
            return None  # "We're told to wait ...", "I'm asked to ...": a passive's subject, no speaker "We're" (attr54)
        if no_cue(text, sp, fr):  # "Very few <Brand> labels used ...", "<Labels> tell the story of ...": no cue (attr50)
            a, b = fr.cue_span
            fr = sentence_frame(text[:a] + " " * (b - a) + text[b:], sp, qs, mid_caps)
        if fr is not None and fr.cue_span[0] > sp.start and re.search(r"\s[-–—]\s*$", text[sp.start:fr.cue_span[0]]) \
                and re.match(r"[^-–—.!?]{0,40}\s[-–—]\s", text[fr.cue_span[1]:sp.end]):
            return None  # "The winning pair - announced next Friday - will wed ...": a participle between dashes (read34)
        if fr is not None and fr.content and all(b <= fr.source_span[0] for _, b in fr.content) and (m_h := _PASSIVE_HEARSAY.match(text, fr.cue_span[1])) and _hearsay_verb(m_h.group(1)) \
                and text[fr.cue_span[0]:fr.cue_span[1]].lower() in lang.HEARSAY_PARTICIPLES:
            return None  # "..., the theory said to explain the universe's birth": a reduced passive, no closing tag (real46)
        if fr is None and (manner := manner_lead(text, sp.start, sp.end)) is not None:
            events[idx] = Frame(manner[0], manner[1], "direct", [], "initial")  # "..., the leader was more blunt." (coref49)
            return None
        ev = event_reading(text, fr)
        if ev is not None and ev[1] is not None:  # "Jane Roe noted the rise in cases in a briefing": "the rise"
            fr.content = [ev[1]]
        elif ev is not None:  # "Jane Roe spoke at a rally on Monday": an event, no content
            a, b = fr.cue_span  # a later cue of the sentence may still report ("... and said ...")
            later = sentence_frame(text[:a] + " " * (b - a) + text[b:], sp, near(sp), mid_caps)
            if later is not None and later.cue_span[0] > b and re.search(r",|\b(?:and|but)\b", text[b:later.cue_span[0]]):
                return later  # (not its object: "answered questions")
            if ev[0] != "mute":  # (a storm that "claimed 12 lives" is no one a quotation after it belongs to)
                events[idx] = fr
            return None
        return fr

    frames: list[tuple[Span, Frame | None]] = [
        (sp, contrast_cut(text, without_second_clause(text, framed(idx, sp), quotes), quotes)) for idx, sp in enumerate(sents)]
    last_rel: Relation | None = None
    last_rel_para = -10
    last_rel_idx = -10  # the sentence that made last_rel
    pending_colon: Relation | None = None
    pending_para = -1
    colon_ends_para = False
    colon_closed = False  # the colon's quotation has closed: only a sentence reopening one continues it
    stray_para = -1  # the paragraph of a quotation opened and never closed (open_quotations)
    for idx, (sp, fr) in enumerate(frames):
        para = res.para_of(sp.start)
        if fr is not None and (turn := para_speaker.at(para, sp.start)) is not None and text[turn[1][0]:turn[1][1]] == ":":
            fr = None  # '"PENCE: ... the council thinks this is a game.': in a transcript's turn, as inside a closed
            # quotation, the turn's speaker says it, whoever they report (the lead, session 43)
        if idx in events:  # the outlet's narration; its subject is the one a quotation after it belongs to
            ev = events[idx]
            src_text = text[ev.source_span[0]:ev.source_span[1]]
            res.scan(Span(sp.start, ev.source_span[0]))
            name = res.resolve(src_text, ev.source_span[0])
            res.scan(Span(ev.source_span[1], sp.end))
            ck = classify(name) or ("org" if _BODY_DESCRIPTION.fullmatch(name) else  # "The hospital said ... It said" (lead35)
                                    "person" if src_text.lower() in lang.PERSON_PRONOUNS or one_person(src_text) else "group")
            res.add_source(ev.source_span[0], name, ck, src_text)
            last_rel = Relation(((sp.start, sp.end),), src_text, name, text[ev.cue_span[0]:ev.cue_span[1]], ev.kind,
                                ev.source_span, ev.cue_span)
            last_rel_para, last_rel_idx, pending_colon = para, idx, None
            continue
        if fr is not None:
            src_text = text[fr.source_span[0]:fr.source_span[1]]
            res.scan(Span(sp.start, fr.source_span[0]))  # "X is resigning, he announced": X is a candidate
            name = res.resolve(src_text, fr.source_span[0])
            cue_text = text[fr.cue_span[0]:fr.cue_span[1]]
            if last_rel is not None and idx - last_rel_idx <= 2 and last_rel.name.split()[-1:] != name.split()[-1:] \
                    and goes_on(src_text, cue_text, last_rel.name, res.genders.of(last_rel.name),
                                 fr.kind == "direct" and fr.position in ("final", "middle") and idx - last_rel_idx == 1
                                 and talked_about(text, last_rel, name)) \
                    and not (idx - 1 > last_rel_idx and (opens_with(text, frames[idx - 1][0], name)
                                                         or opens_as_subject(text, frames[idx - 1][0].start, frames[idx - 1][0].end, name))) \
                    and not (last_rel.source_span and kin_bound(text, last_rel.source_span[0], last_rel.name, fr.source_span[0])):
                name = last_rel.name  # '“...,” Jane Roe said. ... , she added.': the speaker just quoted goes on
            elif src_text.strip().lower() == "they" and fr.position == "final" and last_rel is not None \
                    and idx - last_rel_idx == 1 and classify(last_rel.name) != "person" \
                    and described_topic(text, sp.start, fr.source_span[0], name):
                name = last_rel.name  # "..., the authors cautioned. People who had X may have walked less, they said." (genre46)
            elif src_text.strip().lower() == "it" and last_rel is not None and idx - last_rel_idx == 1 \
                    and medium_opener(text, last_rel.sentence[0] if last_rel.sentence else sp.start):
                name = last_rel.name  # "On his website, X writes ... It says ...": the page, X's
            elif src_text.strip().lower() == "it" and cue_text.lower() in ("reads", "read") \
                    and (doc := read_it(text, fr.source_span[0], max(0, sp.start - 600))) is not None:
                name = doc  # "A man posted an advert ... '...,' it reads.": the advert, not the man (read34)
            if src_text.strip().lower() in ("he", "she") and fr.position == "final" and last_rel_idx == idx - 1 \
                    and (den := denier_before(text, sp.start, paras[para])) is not None:
                name = res.resolve(den[0], den[1])  # "X suggested ... by Dr Y - who denied these claims. '...,' she said.": Y (read34)
            if src_text.strip().lower() == "it" and (page := page_it(text, fr.source_span[0])) is not None:
                name = page  # "... a record listed on the <Name> website. It said ...": the page (read34)
            if src_text.strip().lower() in lang.FIRST_PERSON_SUBJECTS:  # "As we saw in 2009, ...": the writer
                ps = para_speaker.at(para, sp.start)  # (in an interview's answer or a transcript's turn: its speaker; wild21)
                name = res.resolve(label_name(text, text[ps[0][0]:ps[0][1]]), ps[0][0]) if ps is not None else lang.WRITER_SOURCE
            cue = text[fr.cue_span[0]:fr.cue_span[1]]
            kind = fr.kind
            content = fr.content or [(sp.start, sp.end)]
            in_sentence = all(sp.start <= a and b <= sp.end for a, b in (*content, fr.source_span, fr.cue_span))
            rel = Relation(tuple(content), src_text, name, cue, kind, fr.source_span, fr.cue_span,
                           (sp.start, sp.end) if in_sentence else None)
            # quotation groups touched by this sentence belong to this speaker
            for g in groups_in(sp.start, sp.end):
                if g not in group_owner:
                    group_owner[g] = rel
            out.append(rel)
            if idx and bare_frame(text, sp, fr) and frames[idx - 1][1] is None and closed_quote(text, frames[idx - 1][0]) \
                    and res.para_of(frames[idx - 1][0].start) == para and not re.match(r"\s*:", text[fr.cue_span[1]:fr.cue_span[1] + 3]):
                # (not "Another neighbour said: '...'": a colon points to the quotation after it; read26)
                # '“How can this go on?” Jane Doe said.': the quotation split off before a bare frame is its
                # content (in its paragraph: a quotation ending the paragraph before is not this frame's)
                prev = frames[idx - 1][0]
                out[:] = [r for r in out if r.content != ((prev.start, prev.end),)]
                out.insert(len(out) - 1, Relation(((prev.start, prev.end),), src_text, name, cue, "direct",
                                                  fr.source_span, fr.cue_span))
                for g in groups_in(prev.start, prev.end):
                    group_owner[g] = rel
            ck = classify(name) or ("org" if _BODY_DESCRIPTION.fullmatch(name) else  # "The hospital said ... It said" (lead35)
                                    "person" if src_text.lower() in lang.PERSON_PRONOUNS or one_person(src_text) else "group")
            res.scan(Span(fr.source_span[1], sp.end))
            res.add_source(fr.source_span[0], name, ck, src_text)
            last_rel, last_rel_para, last_rel_idx = rel, para, idx
            # "X said in a statement:" ending its sentence opens what follows, like "X: “...”"
            pending_colon = rel if fr.position == "colon" or text[sp.start:sp.end].rstrip().endswith(":") else None
            if pending_colon is not None and not text[sp.start:sp.end].rstrip().endswith(":") and quote_tag_only(text, sp.start, sp.end):
                pending_colon = None  # '“... for hockey?” Jane Doe said. The motion passed ...': the tag closes, opens nothing (read24)
            pending_para = para
            colon_closed = closes_quotation(text[sp.start:sp.end])
            # a colon that ends its paragraph introduces the whole next one ("X made the following comment:")
            colon_ends_para = pending_colon is not None and text[sp.start:sp.end].rstrip().endswith(":") \
                and re.match(r"[ \t]*(?:\n|$)", text[sp.end:]) is not None
            continue
        res.scan(sp)
        ps = para_speaker.at(para, sp.start)
        if ps is not None:
            src_span, cue_span = ps
            src_text = text[src_span[0]:src_span[1]]
            if not (src_span[0] <= sp.start and sp.end <= src_span[1] + 2):
                rel = Relation(((sp.start, sp.end),), src_text, res.resolve(label_name(text, src_text), src_span[0]),
                               text[cue_span[0]:cue_span[1]], "direct", src_span, cue_span)
                out.append(rel)
                last_rel, last_rel_para = rel, para  # a transcript's next quoted paragraph is still theirs
            continue
        gs = groups_in(sp.start, sp.end)
        seg = text[sp.start:sp.end].strip()
        if re.search(lang.CAPTION_PICTURED_RE, seg):
            continue  # "X has denied theft at Leeds Crown Court, pictured.": a photo caption, the page's, even inside an open quotation (read31)
        if gs and spaced_stop_caption(original, sp.start, sp.end):  # (inside a quotation: else the outlet's already)
            continue  # "Hikers cross the ridge at dawn .": a caption closed by a spaced stop, the page's (read34)
        quoted_share = sum(min(e, sp.end) - max(s, sp.start) for s, e, g in near(sp))
        inside = quoted_share * 2 >= (sp.end - sp.start)
        owner = None
        for g in gs:
            if g in group_owner:
                owner = group_owner[g]
                break
        if owner is None and not inside:
            for g in gs:  # "X issued a statement after Doe told voters that it is “A. B. C.”": the quotation is Doe's
                first = min(s for s, e in group_of_pos[g])
                if sp.start < first and max(e for s, e in group_of_pos[g]) > sp.end \
                        and (m := embedded_speaker(text, sp.start, first)) is not None:
                    group_owner[g] = Relation(((first, sp.end),), m[2], res.resolve(m[2], m[0]), text[m[3][0]:m[3][1]],
                                              "direct", m[:2], m[3])
        if owner is None and pending_colon is not None and (inside or seg[:1] in "“\"" or para == pending_para
                                                            or colon_ends_para and para == pending_para + 1) \
                and not (colon_closed and not inside and seg[:1] not in QUOTE_OPENERS):
            owner = pending_colon
        if owner is None and inside and gs:
            # a quotation with no frame yet: its closer may come later (look ahead in its group),
            # else it continues the last speaker of this or the previous paragraph
            g = gs[0]
            g_end = max(e for s, e in group_of_pos[g])
            for sp2, fr2 in frames[idx + 1:]:
                if sp2.start > g_end + 200:
                    break
                if fr2 is not None and groups_in(sp2.start, sp2.end) and g in groups_in(sp2.start, sp2.end):
                    src_text = text[fr2.source_span[0]:fr2.source_span[1]]
                    cue2 = text[fr2.cue_span[0]:fr2.cue_span[1]]
                    if last_rel is not None and para - last_rel_para <= 1 \
                            and goes_on(src_text, cue2, last_rel.name, res.genders.of(last_rel.name)):
                        owner = last_rel  # '“A,” says Jane Doe. “B. “C,” she adds.': she goes on (read12a, a CNN page)
                        break
                    name2 = (src_text.strip().lower() == "it" and cue2.lower() in ("reads", "read")
                             and read_it(text, fr2.source_span[0], max(0, sp.start - 600))) or res.resolve(src_text, fr2.source_span[0])
                    owner = Relation(((sp.start, sp.end),), src_text, name2, cue2, "direct", fr2.source_span, fr2.cue_span)
                    break
            # (a whole sentence in quotation marks right after the speaker's, '“This group never quits.”',
            # is no short phrase: session 11, stated12)
            whole = last_rel_idx == idx - 1 and last_rel is not None and last_rel.kind == "direct" \
                and WHOLE_QUOTED_SENTENCE.fullmatch(seg) is not None
            near_para = para - last_rel_para <= 1 or para - last_rel_para == 2 and caption_paragraph(
                text, paras[para - 1], paras[para] if para < len(paras) else len(text)) \
                or last_rel is not None and named_just_before(text, paras[para], paras[para - 1], seg, last_rel.name, para - last_rel_para)
            # (a picture between, attr15; narration that names the speaker just before, read27)
            if owner is None and last_rel is not None and near_para and (quote_words(g) >= MIN_QUOTE_WORDS or whole) \
                    and not own_named_subject(text, sp.start, min(s for s, e in group_of_pos[g]), last_rel.name):
                other = quoted_by_antecedent(text, sp, min(s for s, e in group_of_pos[g]))
                intro = introduced_speaker(text, sp, res) if other is None and paras[para] < sp.start else None
                if intro is not None and intro.name != last_rel.name and quote_words(g) >= MIN_QUOTE_WORDS:
                    owner = intro  # "X, a club member, summed up the mood. “...”": X, introduced in the same paragraph (read29)
                elif other is None:
                    owner = last_rel
                else:  # '..., the charter, which states, “...”': the charter is quoted, not the last speaker
                    owner = Relation(((sp.start, sp.end),), text[other[0]:other[1]], res.resolve(text[other[0]:other[1]], other[0]),
                                     "", "direct", other, None)
            if owner is None and quote_words(g) >= MIN_QUOTE_WORDS and (owner := introduced_speaker(text, sp, res)) and owner.source_span:
                last_rel = owner  # a lead-in's speaker ("Here's how he's explained it.") goes on over the quoted paragraphs
            if owner is not None:
                group_owner[g] = owner
        if owner is not None and (inside or pending_colon is owner):
            if pending_colon is owner and para != pending_para:
                pending_para = para
                colon_ends_para = False  # one paragraph, not every one after it
            if pending_colon is owner:
                colon_closed = closes_quotation(seg)
            out.append(Relation(((sp.start, sp.end),), owner.source, owner.name, owner.cue, "direct",
                                owner.source_span, owner.cue_span))
            if owner is last_rel and inside:
                last_rel_para = para  # a run of quoted paragraphs stays the speaker's, one after another
                last_rel_idx = idx  # (and "..., she adds." after it goes on with that speaker; read12a)
            continue
        if not gs and last_rel is not None and last_rel_idx == idx - 1 and (stray_para == para or last_rel.kind == "direct"
                and para - last_rel_para <= 1 and stray_opener(text, sp, paras[para + 1] if para + 1 < len(paras) else len(text))):
            # '“A,” said Jane Doe. “B.' and the paragraph ends: a quotation never closed, hers (shapes33)
            last_rel = Relation(((sp.start, sp.end),), last_rel.source, last_rel.name, last_rel.cue, "direct",
                                last_rel.source_span, last_rel.cue_span)
            out.append(last_rel)
            last_rel_idx, last_rel_para, stray_para, pending_colon = idx, para, para, None
            continue
        pending_colon = None
        if last_rel is not None and para - last_rel_para <= 2 and shows_text(text, sp.start, sp.end):
            # "Read her full post here:" ending its paragraph: the next paragraph is the last speaker's text
            pending_colon, pending_para, colon_closed, colon_ends_para = last_rel, para, False, True
            continue
        if last_rel_idx == idx - 1 and para - last_rel_para <= 1 and runs_on(text, last_rel, sp.start, sp.end, quotes):
            # "The engineer said the bridge would carry 40,000 cars. It would also need repairs."
            rel = Relation(((sp.start, sp.end),), last_rel.source, last_rel.name, last_rel.cue, last_rel.kind,
                           last_rel.source_span, last_rel.cue_span)
            out.append(rel)
            last_rel, last_rel_idx = rel, idx
            continue
        writer = writer_belief(text, sp, quotes)
        if writer is not None:  # "I think the plan will fail": the writer's belief, not the outlet's fact
            src_span, cue_span, content = writer
            out.append(Relation((content,), text[src_span[0]:src_span[1]], lang.WRITER_SOURCE,
                                text[cue_span[0]:cue_span[1]], "belief", src_span, cue_span, (sp.start, sp.end)))
            continue
        low = " ".join(text[sp.start:sp.end].lower().replace("’", "'").split())
        if unconfirmed_main(low):  # "Fires have been reported ...", "They have reportedly seized ..."
            who = "unconfirmed reports" if "unconfirmed reports" in low else lang.UNNAMED_SOURCES
            out.append(Relation(((a := hedged_relative(text, sp), hedged_end(text, sp, a)),), who, who, "", "indirect"))
            continue
        held = noun_cue(text, sp, quotes)
        copula = held is None and (held := copula_cue(text, sp, quotes)) is not None  # (copula: "X's view is that ...")
        if held is not None:  # "... has been dogged by charges that he took bribes": the charges' content
            src_span, cue_span, content = held
            src = text[src_span[0]:src_span[1]] if src_span else lang.UNNAMED_SOURCES
            name = res.resolve(source_as_resolvable(src), src_span[0]) if src_span else src
            # (a copula frame holds its whole sentence, an opening "When asked about ..." too: read29)
            out.append(Relation((content,), src, name, text[cue_span[0]:cue_span[1]], "indirect", src_span, cue_span,
                                (sp.start, sp.end) if copula else None))
    lead_ins(text, frames, out, res.para_of, near)  # "A. B, the forester said.": A is hers too
    out = [r for r in out if not (r.name.lower() == "it" and r.cue.lower() in lang.THING_REVEALING_CUES)]  # an epidemic's "It revealed ..." (attr57)
    if text != original:  # sources as written in the article, not in the working copy
        out = [dataclasses.replace(r, source=original[r.source_span[0]:r.source_span[1]]) if r.source_span else r
               for r in out]
        if fold(original) != original:  # names and cues spelt as the article spells them (letters.py)
            unfold = unfolder(original)
            out = [dataclasses.replace(r, name=unfold(r.name),
                                       cue=original[r.cue_span[0]:r.cue_span[1]] if r.cue_span else r.cue) for r in out]
    return Attributions(text=original, relations=out)
