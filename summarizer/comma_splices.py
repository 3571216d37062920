"""A comma splice of two speakers' clauses made two claims (GUIDELINES §3: different speakers, separate claims; the
lead's Left, session 48, a BASIL story): "Sen. <A> expressed admiration for the judge, Sen. <B> said that the vote
would be close" -> "Sen. <A> expressed admiration for the judge." (as the attribution stage reads it alone) + "Sen.
<B> said that the vote would be close." (B's). Read only when the attribution stage found a frame whose named source
opens right after the comma, and the words before it are a clause of their own: a capitalised subject and a past
verb after it, no subordinator, preposition or participle opening it ("After the vote ended, X said ...", "Last
week, X said ...", "Asked about it, X said ...", "Hours after the vote ended, X said ..." stay one claim), no
quotation in it. The pipeline asks `split` after drafts.speech_split and second_predicates.split.
"""

from __future__ import annotations

import re

from . import lang
from .drafts import as_sentence


def split(text: str, start: int, end: int, analysis) -> list[tuple[int, int, str, str | None]] | None:
    """(start, end, claim text, speaker) of the two claims of a comma splice, or None."""
    for rel in getattr(analysis, "relations", ()):
        if rel.kind != "indirect" or not rel.source_span or not rel.cue_span or not (start < rel.source_span[0] < end):
            continue
        comma = re.search(r",\s+$", text[start:rel.source_span[0]])
        if comma is None or not rel.source[:1].isupper() or not _own_clause(text[start:start + comma.start()]):
            continue
        if len(text[rel.cue_span[1]:end].split()) < 3 or not rel.content or rel.content[0][0] < rel.cue_span[1]:
            continue  # ("The bill passed easily, Bob Kerr said in a statement on Monday.": a closing tag, its content before it)
        head = text[start:start + comma.start()]
        return [(start, start + comma.start(), as_sentence(head), None),
                (rel.source_span[0], end, as_sentence(text[rel.source_span[0]:end]), None)]
    return None


def _own_clause(head: str) -> bool:
    """`head` is a clause: a capitalised first word that opens no phrase or subordinate clause, then a past verb
    (not the first word) among at least four words, with no comma, quotation or subordinator."""
    ws = head.split()
    if len(ws) < 4 or re.search(r"[,;:“”\"()]", head) or not ws[0][:1].isupper():
        return False
    low = [w.lower().strip(".") for w in ws]
    if low[0] in lang.PREPOSITIONS or low[0] in lang.SUBORDINATORS or low[0] in lang.CLAUSE_WORDS or low[0].endswith("ing") \
            or lang.is_past_form(low[0]) or any(w in lang.SUBORDINATORS or w in lang.RELATIVE_SUBJECTS for w in low):
        return False
    return any(lang.is_past_form(w, min_len=4) for w in low[1:])
