"""A sentence's frame, the shapes tried in order: a relative clause before a colon, a quoted
frame, a set-off document, "reads" after a quotation, a written tag, a view ("In X's view,"), then
the main cue-verb frame (frames.main_frame); then a caption's quotation, a hidden frame, a label,
an outer document frame and the frame's narrowed scope.

Split out of frames.py (session 24, at its line limit); frames.py keeps `Frame` and the main
frame's rules.
"""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span
from .comma_less_tags import comma_less_tag_frame
from .concessive_frames import concessive_frame
from .credited_quotes import credited_quote_frame
from .document_finals import outer_document_frame
from .documents import reads_after_quote_frame, set_off_document_frame
from .cues import view_frame
from .frame_scope import narrow_scope
from .frame_shapes import CAPTION_QUOTE
from .source_extent import corrected_source
from .frames import Frame, main_frame
from .insertions import hidden_frame, quoted_frame
from .name_kinds import classify
from .relative_colon import relative_colon
from .scope_cuts import after_editorial_label, caption_label_end, word_label_end
from .final_relatives import final_relative_frame
from .among_those import among_those_frame, of_those_frame
from .with_participles import with_participle_frame
from .by_saying import by_saying_frame
from .speaking_colon import speaking_colon_frame
from .written_tags import written_tag_frame
from .time_openers import lapse_subject
from .focus_frames import denial_cut, focus_frame
from .word_names import word_name_frame


def sentence_frame(text: str, sp: Span, quotes: list[tuple[int, int, int]], mid_caps: frozenset = frozenset()) -> Frame | None:
    sp = Span(after_editorial_label(text, sp.start, sp.end), sp.end)  # "UPDATE: Jane Roe said ...": after the label
    fr = relative_colon(text, sp, quotes, Frame)
    if fr is not None and (main := main_frame(text, Span(sp.start, fr.source_span[0]), quotes, mid_caps)) is not None \
            and main.position == "initial":
        # "X declared in May that A — far from the remarks he made Sunday, in which he said: “B”": X's sentence (read25)
        main.content = [(main.content[0][0] if main.content else main.cue_span[1], sp.end)]
        return main
    fr = fr or focus_frame(text, sp, quotes, lambda t, s: main_frame(t, s, quotes, mid_caps), Frame)  # a cleft, a pseudo-cleft (attr48)
    fr = fr or concessive_frame(text, sp, quotes, Frame) or quoted_frame(text, sp, quotes, Frame) or set_off_document_frame(text, sp, quotes, Frame) or reads_after_quote_frame(text, sp, quotes, Frame) or written_tag_frame(text, sp, quotes, Frame) or view_frame(text, sp, quotes, Frame) \
        or with_participle_frame(text, sp, Frame) or among_those_frame(text, sp, Frame) or of_those_frame(text, sp, Frame) or speaking_colon_frame(text, sp, Frame, classify) or main_frame(text, sp, quotes, mid_caps) \
        or by_saying_frame(text, sp, Frame) or comma_less_tag_frame(text, sp, quotes, Frame) \
        or word_name_frame(text, sp, quotes, mid_caps, Frame)  # ('"...," Only told her': attr54); (an opening "In X's view," before a cue further on)
    cap = CAPTION_QUOTE.match(text, sp.start, sp.end) if fr is None else None
    if cap:  # "'We felt mocked': Family friend Jane Roe called the sign 'cruel'": a caption's quotation is the speaker's
        fr = main_frame(text, Span(cap.end(), sp.end), quotes, mid_caps)
        if fr is not None and fr.position == "initial" and fr.kind != "according_to":
            fr.content = [(cap.start(1), cap.end(1))] + fr.content
            return fr
        fr = None
    if fr is None:  # '"...": <Firm> chief executive <Name>.': a pull-quote credited to its speaker (read39)
        fr = credited_quote_frame(text, sp, Frame, classify)
    if fr is None:  # "..., many of whom say ...", "X closed with a promise: “...”", "Jane Doe, who ..., said"
        fr = hidden_frame(text, sp, quotes, lambda t: main_frame(t, sp, quotes, mid_caps), Frame, classify)
    if fr is None:  # 'They include Senator <Name>, who said Tuesday, "..."': the closing relative's speaker (attr50)
        fr = final_relative_frame(text, sp, Frame)
    lab = caption_label_end(text, sp.start, sp.end)
    if lab is not None and (fr is None or fr.source_span[1] <= lab):  # "Pay out: But gardeners ..., saying ...": no label speaks (left19)
        fr = main_frame(text, Span(lab, sp.end), quotes, mid_caps)
    if fr is None and (lab := word_label_end(text, sp.start, sp.end)) is not None:  # "Furious: Jo, who ..., says ..." (shapes34)
        sub = Span(lab, sp.end)
        fr = hidden_frame(text, sub, quotes, lambda t: main_frame(t, sub, quotes, mid_caps), Frame, classify)
        fr = fr if fr is not None and fr.position == "initial" and fr.source_span and fr.source_span[0] == lab else None
    if fr is None and (aside := _CONSEQUENCE_END.search(text, sp.start, sp.end)) is not None and aside.start() > sp.start:
        a = aside.start()  # "A, figures released on Friday showed, adding to signs that B": A theirs, B the outlet's (genre44)
        fr = sentence_frame(text[:a] + "." + " " * (sp.end - a - 1) + text[sp.end:], Span(sp.start, a + 1), quotes, mid_caps)
        fr = fr if fr is not None and fr.position == "final" else None  # (the sentence closed where the aside opens)
    if fr is not None and fr.position == "initial":  # "Scientists have discovered ..., a study shows.": the study's
        fr = outer_document_frame(text, sp, fr, Frame)
    fr = None if fr is None else narrow_scope(fr, text, sp, quotes, lambda t: main_frame(t, sp, quotes, mid_caps))
    fr = denial_cut(text, fr)  # "<X> denies A and investigations have cleared her": the second clause the outlet's (attr48)
    if fr is not None and fr.source_span and fr.cue_span:
        fr.source_span = corrected_source(text, fr.source_span, fr.cue_span,  # (read27)
                                          any(s <= fr.source_span[0] < e for s, e, _ in quotes))
        if lapse_subject(text[fr.source_span[0]:fr.source_span[1]]):
            return None  # "..., and two days ahead of the final predicted ...": a time phrase, no speaker (read30)
    return fr


#: A consequence participle the outlet sets off at the sentence's end (lang.CONSEQUENCE_TAIL_RE).
_CONSEQUENCE_END = re.compile(r"(?:" + lang.CONSEQUENCE_TAIL_RE + r")$")
