"""A named speaker in a "with" clause after a main clause (session 27, read29; issue 12): "Some critics doubt
its reach, with marine lecturer Tom Vell telling the BBC the gate may be a hatch." The statement after the
participle is the named person's (contrast.py cuts the sentence before "with"); the group of the main clause
only holds a view."""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span

#: "the <one or two words> <body>" ("the state government", "the central bank"; read35)
WITH_BODY = lang.WITH_CLAUSE_BODY_LEAD_RE + r"(?:" + "|".join(sorted(lang.ORG_HEADS)) + r")" \
    + r"|(?:[a-z]+\s+)?(?:" + "|".join(sorted(set(lang.FIGURE_SOURCE_NOUNS) | {w for w in lang.PERSON_NOUNS if w.endswith("s")})) + r")" \
    + r"|(?:one|a|an|another)\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(w for w in lang.PERSON_NOUNS if not w.endswith("s"))) + r")"
#: (or a bare plural source, one word before it: "..., with government figures saying some <n> people are ...",
#: "..., with officials warning that ..."; attr50; or one person of a kind: "..., with one neighbour saying the road
#: would be unsafe", lead46)
#: A named speaker: up to three lower-case words, then two to six capitalised words ("council member <Given> <Surname>";
#: "House Budget Committee Chairman <Given> <Surname>": a title of up to four words before the name, lead46).
WITH_NAME = r"(?:[a-z]+\s+){0,3}[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,5}"
_PIECE = re.compile(r"(" + WITH_NAME + r"|" + WITH_BODY + r")\s+(" + "|".join(lang.WITH_CLAUSE_PARTICIPLES) + r")\b"
                    # an addressee after "telling": "the BBC", "reporters", "Radio Kell"
                    r"(?:(?<=telling)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}|(?<=telling)\s+[a-z]+\s+)?(?:\s*that\b)?\s*")

#: "with one, known as the <Name>, telling ...", "with one of them, <Name>, saying ...": one of the main clause's group,
#: named in an apposition, then the participle; the name is the speaker (attr54).
ONE_NAMED = (lang.ONE_OF_GROUP_RE + r"((?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|" + lang.NAME_JOINERS_RE + r")){0,7}),\s+(" + "|".join(lang.WITH_CLAUSE_PARTICIPLES) + r")\b")
_ONE_NAMED = re.compile(ONE_NAMED)


def with_participle_frame(text: str, sp: Span, frame_cls):
    """The frame of a piece that opens right after ", with" with a named person and a participle of saying."""
    if not re.search(r",\s+with\s+$", text[max(0, sp.start - 8):sp.start]):
        return None
    m = _PIECE.match(text, sp.start, sp.end) or _ONE_NAMED.match(text, sp.start, sp.end)
    if m is None or m.end() >= sp.end - 10:
        return None
    # the whole "with" clause is the report (its speaker, what they told): the bulk of the sentence, so a claim
    # of the whole sentence is the named person's, not the group's view that opens it
    return frame_cls(m.span(1), m.span(2), "indirect", [(m.start(1), sp.end)], "initial")
