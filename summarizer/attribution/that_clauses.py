"""Whether a cue's content opens with "that" and a clause (moved out of frame_shapes.py, at its 400-line bound, in
session 41; branch attr50), and a clause whose subject holds a short prepositional phrase ("that two schools in
the town had shut": the that-clause was not read, so the content stayed under half of its sentence; attr49's Left)."""

from __future__ import annotations

import re

from .. import lang


def that_clause(content: str) -> bool:
    """The content opens with "that" and a clause ("that the agency lost track of ...", "that
    children who sleep less ..."), not with "that" as a determiner ("rejected that argument in a ruling")."""
    ws = re.findall(r"[\w'’-]+", content)[:9]
    if len(ws) < 3 or ws[0].lower() != "that":
        return False
    return (ws[1].lower() in lang.CLAUSE_AFTER_THAT or ws[1][:1].isupper() or ws[1][:1].isdigit()
            or ws[2].lower() in lang.AUXILIARY_VERBS | lang.MODALS | lang.CLAUSE_WORDS
            or _subject_then_verb(ws[1:5])  # "that online sales have peaked" (session 10, own11)
            or _subject_with_phrase_then_verb(ws[1:]))


def _subject_then_verb(ws: list[str]) -> bool:
    """Words after "that": a subject of two or three words without a preposition, then an
    auxiliary or a modal ("online sales have", "the new rules will")."""
    for k in (2, 3):
        if len(ws) > k and ws[k].lower() in lang.AUXILIARY_VERBS | lang.MODALS \
                and not any(w.lower() in lang.PREPOSITIONS or w.lower() in lang.AUXILIARY_VERBS for w in ws[:k]):
            return True
    return False


def _subject_with_phrase_then_verb(ws: list[str]) -> bool:
    """Words after "that": a counted or determined noun, one preposition with an object of one or two words, then an
    auxiliary or a modal ("two schools in the town had", "the boats on the lake were"; attr50). Not a preposition
    first ("that in the town ...") nor a second auxiliary before the verb."""
    if len(ws) < 5 or ws[0].lower() not in lang.DETERMINERS | lang.QUANTITY_LEADS and not ws[0].isdigit():
        return False
    if ws[2].lower() not in lang.PREPOSITIONS:
        return False
    return any(len(ws) > k and ws[k].lower() in lang.AUXILIARY_VERBS | lang.MODALS
               and not any(w.lower() in lang.AUXILIARY_VERBS | lang.MODALS | lang.PREPOSITIONS for w in ws[3:k]) for k in (4, 5))
