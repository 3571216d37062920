"""A described person opening the sentence as the subject of a participle of speech (session 40, attr49;
issue 12): "The treasurer disagreed, telling the council that A", "A local councillor objected, saying ...":
a determiner, at most three lower-case words and a person noun (lang.PERSON_NOUNS), then the verb of the
main clause. frame_shapes.participle_subject took names, pronouns and statement nouns only; a description
is the same speaker (who it is is the resolver's work). Not a description that goes on ("The treasurer of
the club", "The treasurer who ..."), nor a thing ("The river rose, flooding ...")."""

from __future__ import annotations

import re

from .. import lang

#: An opening coordinator, a determiner, up to three lower-case words, the head noun, then a lower-case word.
_DESCRIBED = re.compile(r"\W*(?:(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+)?((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+"
                        r"(?:[a-z][\w'’-]*\s+){0,3}([a-z][\w-]*))\s+([a-z][\w'’-]*)\b")
#: (Each count of words before the head is tried, fewest first: "The new coach hit back, telling ..." has its head
#: "coach" before a two-word verb; the greedy reading took "back" for the head; attr50.)
_DESCRIBED_BY_COUNT = [re.compile(r"\W*(?:(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+)?((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+"
                                  r"(?:[a-z][\w'’-]*\s+){" + str(k) + r"}([a-z][\w-]*))\s+([a-z][\w'’-]*)\b") for k in range(4)]


def described_subject(text: str, start: int, cue: int) -> tuple[int, int] | None:
    """The span of a described person opening text[start:cue] as the main clause's subject, or None."""
    m = _DESCRIBED.match(text, start, cue)
    if m is None or m.group(2).lower() not in lang.PERSON_NOUNS:  # a shorter head only before a short verb ("hit back,")
        m = next((m for r in _DESCRIBED_BY_COUNT if (m := r.match(text, start, cue)) is not None and m.group(2).lower() in lang.PERSON_NOUNS
                  and len(text[m.end(2):cue].split()) <= 2), None)
    if m is None:
        return None
    nxt = m.group(3).lower()
    if nxt in lang.PREPOSITIONS or nxt in lang.RELATIVE_PRONOUNS or nxt in ("and", "or", "that") \
            or nxt in lang.PERSON_NOUNS or nxt in lang.ORG_HEADS or nxt in lang.STATEMENT_NOUNS or nxt in lang.FIGURE_SOURCE_NOUNS:
        return None  # "The treasurer of the club", "The treasurer who ...", "The official figures rose": the subject goes on
    if "," in text[m.start(1):m.end(1)]:
        return None
    return m.start(1), m.end(1)
