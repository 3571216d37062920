"""Words quoted inside a clause after a gerund of uttering ("... raped her while telling her '<words>'", "despite
her shouting: 'No, no.'"; read31): the quotation is what was uttered, and a "no", "not" or "don't" in it negates
nothing of the clause around it. certainty.py masks such a quotation before it reads the clause's negation and
hedges."""

from __future__ import annotations

import re

from .. import lang

_UTTERED = re.compile(r"\b(?:(?:" + "|".join(sorted(lang.UTTERANCE_GERUNDS)) + r")(?:\s+(?:" + "|".join(sorted(lang.OBJECT_PRONOUNS)) + r"))?"
                      r"|(?:" + "|".join(sorted(lang.TELLING_GERUNDS)) + r")\s+(?:" + "|".join(sorted(lang.OBJECT_PRONOUNS)) + r"))\s*:?\s*"
                      r"['‘“\"](?P<words>.{1,200}?)['’”\"](?=[\s,.;:!?]|$)", re.I)


def uttered_out(text: str) -> str:
    """The text with the words of each quotation uttered inside a clause (after a gerund of uttering) masked letter
    for letter, so that offsets into it still hold."""
    return _UTTERED.sub(lambda m: m.group(0)[:m.start("words") - m.start()] + re.sub(r"\w", "x", m.group("words"))
                        + m.group(0)[m.end("words") - m.start():], text)
