"""A hearsay passive inside a restrictive relative clause that closes the sentence, after the main clause's own verb:
"<Name> stars as a translator in <country> who is believed to be dead", "<Name> is a son of <Name2>, the <tycoon>
who was thought the wealthiest of his day". The belief is the relative clause's alone; the main clause
is the outlet's (as ", which is accused of ..." with a comma was since read31; session 42, attr51).

Not a relative inside the subject ("The man who is believed to have fled was caught": no finite verb before it), nor a
relative followed by a verb of the main clause.
"""

from __future__ import annotations

import re

from .. import lang

#: "who/which/that" + a passive of hearsay + "to" (lang.HEARSAY_PASSIVE_RE), no comma before the relative word.
_RESTRICTIVE = re.compile(r"(?<![,;])\s(?P<rel>who|which)\s+(?:[a-z]+ly\s+)?" + lang.HEARSAY_PASSIVE_RE + r"\s+\w")
#: A finite verb of the main clause before the relative: an auxiliary or copula, or an -s/-ed verb right after a name
#: or a pronoun or a closing bracket ("<Name> stars as", "She played", "<Name> (<show>) stars").
_MAIN_VERB = re.compile(r"\b(?:" + "|".join(sorted(lang.AUXILIARY_VERBS - {"be", "been"})) + r")\b"
                        r"|(?:\b[A-Z][\w'’-]+|\b(?:" + "|".join(sorted(lang.SUBJECT_PRONOUNS)) + r")|[)”\"])\s+[a-z]+(?:s|ed)\b")
#: A comma or a finite verb after the relative's infinitive phrase would be the main clause going on.
_GOES_ON = re.compile(r",\s|\s(?:" + "|".join(sorted(lang.AUXILIARY_VERBS - {"be", "been", "have"})) + r")\s")


def restrictive_start(text: str, start: int, end: int) -> int | None:
    """Where a closing restrictive relative clause holding a hearsay passive starts (at its relative word), when the
    part before it holds the main clause's finite verb; else None."""
    for m in _RESTRICTIVE.finditer(text, start, end):
        before = text[start:m.start()]
        if len(before.split()) < 3 or not _MAIN_VERB.search(before):
            continue
        if _GOES_ON.search(text, m.end(), end):
            continue
        return m.start("rel")
    return None
