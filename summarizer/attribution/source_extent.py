"""Where a frame's source as written starts and ends, corrected after the frame is read (read27, issue 12):

- an opening participle phrase is no part of the source ("Replying to the stories, the Department for Ports
  and Roads said ...": the department);
- a role followed by the person's name in commas before the cue is that person ("In October the former
  Port Minister, Ada Crane, said ...": Ada Crane, not "Port Minister");
- a name goes on over a lower-case particle ("President dos Vales said ...": not "President");
- a one-word place after a person's "from <organisation>," is where the organisation is, and the source is the
  person ("Ida Bell from Westgate School of Art and Dance, Leeds added: ...": not "Leeds"; read30);
- a contracted "would" is no part of the source ("I'd predict that ...": "I"; attr49);
- an opening "Speaking to <outlet>" with no comma, then a described source ("Speaking to <Paper> the boyfriend
  said ...": "the boyfriend"; attr49).
"""

from __future__ import annotations

import re

from .. import lang
from .name_kinds import classify

#: An opening participle phrase up to its comma, then the subject proper (a determiner or a capital).
_PARTICIPLE_OPENER = re.compile(r"[A-Z][a-z]+ing\s+[^,;:“”\"]{1,60},\s+(?=(?:the|a|an|[A-Z])\b)")
#: A person's name of two to four capitalised words set off by commas, then the cue.
_APPOSED_NAME = re.compile(r",\s+((?:[A-Z][a-z]{0,3}\.\s+)*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s*$")
#: A lower-case name particle and the capitalised word after it.
_PARTICLE_TAIL = re.compile(r"\s+(?:" + "|".join(sorted(lang.PERSON_NAME_PARTICLES)) + r")\s+[A-Z][\w'’-]+")


#: A participle of speaking and "to"/"with" opening the sentence, then capitalised words (a programme or outlet) with
#: no comma, running into the source ("Speaking to BBC Sunday Politics Kent Jo Hale"; read39).
_RUN_IN_ADDRESSEE = re.compile(r"(?:^|[.!?][\"”’]?\s+)\W*[A-Z][a-z]+ing\s+(?:to|with)\s+(?:[A-Z][\w'’.&-]*\s+)+$")
#: The same participle and its addressee with no comma, then a lower-case description opened by a determiner: the source.
_RUN_IN_DESCRIBED = re.compile(r"[A-Z][a-z]+ing\s+(?:to|with)\s+[^,;:“”\"]{1,60}?\s(?P<np>(?:the|a|an|his|her|their)(?:\s+[a-z][\w'’-]*){1,4})$")
#: A contracted "would" closing a source ("I'd", "we'd": the writer's hedged view, as "I would predict" is; attr48).
#: Not "I'll" / "we've": a quoted speaker's words run on past a lost opening mark more often than a writer writes them
#: (flipall: a transcript's "I'll believe it when I see it" would have become the writer's).
_CONTRACTED = re.compile(r"(?<=\w)['’]d$")
#: The last two capitalised words of a source: a person's first name and surname.
_LAST_TWO = re.compile(r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+$")


#: A sentence's opening person: at most two lower-case words, a name of two to four capitalised words, perhaps an age
#: in commas, "from"/"of" and an organisation's capitalised name (its function words allowed), then ", " before a
#: one-word source.
_PERSON_FROM_ORG = re.compile(r"(?:(?<=^)|(?<=\n)|(?<=[.!?][\"”’]\s)|(?<=[.!?]\s))((?:[a-z]+\s+){0,2}([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}))"
                              r"(?:,\s+\d{1,3},)?\s+(?:from|of)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|" + lang.ORG_NAME_INNER_WORDS_RE + r")){0,8},\s+$")


def _person_before_place(text: str, a: int, b: int, classify) -> int | None:
    """Where the person starts when the source text[a:b] is one capitalised word after "<person> from <org>, "."""
    if " " in text[a:b].strip() or not text[a:a + 1].isupper():
        return None
    m = _PERSON_FROM_ORG.search(text, max(0, a - 200), a)
    return m.start(1) if m is not None and classify(m.group(2)) == "person" else None


def corrected_source(text: str, source: tuple[int, int], cue: tuple[int, int], quoted: bool = False) -> tuple[int, int]:
    """The source span of a frame whose cue is at `cue`, corrected as the module says; `quoted`: the source stands
    inside a quotation (a quoted "I'll" is left as it is: its speaker is the quotation's, never the writer)."""
    a, b = source
    if b <= cue[0] and (person := _person_before_place(text, a, b, classify)) is not None:
        return person, b
    if not quoted and (con := _CONTRACTED.search(text, a, b)) is not None and con.start() > a:
        b = con.start()  # "I'd predict that ...": "I" (attr49)
    m = _PARTICIPLE_OPENER.match(text, a, b)
    if m is not None and m.end() < b:
        a = m.end()
    elif (run := _RUN_IN_DESCRIBED.match(text, a, b)) is not None:
        a = run.start("np")  # "Speaking to <Paper> the boyfriend said": the boyfriend (attr49)
    elif (last := _LAST_TWO.search(text, a, b)) is not None and last.start() > a and _RUN_IN_ADDRESSEE.search(text[max(0, a - 120):a]) \
            and classify(last.group(0)) == "person":
        a = last.start()  # "Speaking to BBC Sunday Politics Kent Jo Hale, of ..., said": the programme runs into the name (read39)
    if b <= cue[0]:
        named = _APPOSED_NAME.match(text, b, cue[0])
        if named is not None and text[a:b].split()[-1:] and text[a:b].split()[-1].lower() in lang.PERSON_NOUNS | lang.PERSON_TITLES:
            return named.start(1), named.end(1)
        tail = _PARTICLE_TAIL.match(text, b, cue[0])
        if tail is not None and text[a:b][:1].isupper():
            b = tail.end()
    return a, b
