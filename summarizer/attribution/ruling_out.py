""""<Speaker> did not rule out <a step>" (read31): the speaker's statement about the step, not the outlet's
fact. "refused / declined to rule out", "would not", "won't", "has not yet" too (lang.RULE_OUT_NEGATION_RE).
The frame's cue is "rule out"; the content runs from the negation to the sentence's end, so a long
"refused to rule out" is no short content of its sentence. The certainty stays `negated`, as session 8's
tests/test_fields9.py and session 9's tests/test_fact10.py decided ("Police have not ruled out foul play").
Not "The court ruled out the appeal" (no negation: a decision, the outlet's), nor "did not rule on" (no "out")."""

from __future__ import annotations

import re

from .. import lang

_RULE_OUT = re.compile(r"\W*(?:(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+)?(?P<src>(?:[A-Z][\w'’.-]*|" + lang.SUBJECT_PRONOUNS_RE
                       + r"|" + lang.SUBJECT_PRONOUNS_RE.title() + r")(?:\s+[\w'’.-]+){0,5}?)\s+(?:(?:" + lang.RULE_OUT_ADVERBS_RE
                       + r")\s+)?" + lang.RULE_OUT_NEGATION_RE + r"\s+(?:(?:" + lang.RULE_OUT_ADVERBS_RE + r")\s+)?(?P<cue>rul(?:e|ed|ing)\s+out)\s+(?=\w)")


def rule_out_frame(text: str, sp, frame_cls):
    """A frame for "X did not rule out Y" at the head of the sentence, or None: X (a capitalised noun phrase
    of at most six words, or a pronoun) speaks of Y (two words or more)."""
    m = _RULE_OUT.match(text, sp.start, sp.end)
    if m is None or "," in m.group("src") or len(text[m.end():sp.end].split()) < 2 or re.search(r"[“”\"‘]", text[sp.start:m.end()]):
        return None  # (not inside a quotation: '"The charter does not rule out X," she said' is hers; read31's scan)
    if m.group("src").split()[-1].lower() in lang.DOCUMENT_NOUNS | lang.RULE_NOUNS | lang.RULE_OUT_TEXT_NOUNS:
        return None  # "The charter does not rule out X": a text that does not forbid X, no speaker
    return frame_cls((m.start("src"), m.end("src")), (m.start("cue"), m.end("cue")), "indirect", [(m.end("src") + 1, sp.end)], "initial")
