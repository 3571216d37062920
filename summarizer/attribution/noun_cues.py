"""Noun cues: a noun of saying, holding or alleging whose "that" clause is someone's position,
not the outlet's fact ("For years, the mayor has been dogged by charges that he took bribes",
"... and a quiet admission that she may be the last candidate standing", "There are fears that
the plan will fail"). PARC 3.0 and PolNeAR annotate such nouns as cues; the content is the
"that" clause, the source the noun's possessor ("his", "the council's") or no one named.

Only a noun phrase that is not the sentence's opening subject: in "The claim that A was false"
the sentence goes on after A in the outlet's voice, and where A ends is a parse this module does
not make. Tried by analysis.py only for a sentence no frame, quotation or hedge claims. Word
lists: lang.COMPLEMENT_NOUNS, lang.RELATIVE_THAT_FOLLOWERS.
"""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span
from .text import outside

#: "his", "the council's", "Jane Doe's": a possessor before the noun's phrase.
_POSSESSOR = (r"(?i:his|her|their|its)|(?:(?:[Tt]he\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*|"
              r"(?:[Tt]he\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[a-z][\w-]*)['’]s?")
_NOUN_THAT = re.compile(r"\b(?P<noun>" + "|".join(sorted(lang.COMPLEMENT_NOUNS | lang.LIGHT_ONLY_NOUNS, key=len, reverse=True))
                        + r")\s+(?:(?:from|by)\s+(?P<by>(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)\s+|to\s+(?P<to>" + lang.ADDRESSEE_RE + r")\s+)?that\s+(?P<next>[\w'’-]+)")
#: "warnings from his attorney that ...", "claims by the campaign that ...": the holder after the noun.
#: (At a word's start: "Ray Molina raised the" had read "a raised the" as the phrase.)
_PHRASE = re.compile(r"\b(?:(?P<poss>" + _POSSESSOR + r")\s+|(?i:" + lang.COMPLEMENT_NOUN_OPENERS_RE + r")\s+)"
                     r"(?:[a-z][\w-]*(?<!s)\s+){0,2}$")  # adjectives, not a verb ("The mayor faces charges that")
#: A short subject and a light verb right before the noun's phrase ("Jane Doe cast", "The union voiced").
_LIGHT_SUBJECT = re.compile(r"\s*(?:(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+)?(?P<subj>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*|(?i:" + "|".join(sorted(lang.SUBJECT_DETERMINERS)) + r")\s+[a-z][\w'’-]*(?:\s+(?!(?:" + lang.LIGHT_VERB_AUXILIARIES_RE + r")\b)[a-z][\w'’-]*)?)"
                            r"\s+(?:(?:" + lang.LIGHT_VERB_AUXILIARIES_RE + r")\s+){0,2}(?:" + lang.ATTEMPT_LEAD_RE + r"\s+)?(?:" + lang.NOUN_CUE_LIGHT_VERBS_RE + "|" + lang.LIGHT_ONLY_VERBS_RE + r")\s+")
#: Where a content clause ends before the sentence does: a semicolon or a dash.
_CONTENT_END = re.compile(r";|\s(?:--|—|–)\s")
#: The most words of a prepositional opener before a noun cue (`_opening_phrase`).
OPENING_PHRASE_WORDS = 4
#: The least words of a content clause.
MIN_CONTENT_WORDS = 3


#: A main clause (a capitalised subject, then a lower-case verb within its first words), then a preposition of ground.
_GROUND = re.compile(r"(?P<clause>[^,;:]*?\b[a-z][\w'’-]*\b[^,;:]*?)\s+(?:" + lang.GROUND_PREPOSITIONS_RE + r")$", re.I)


def _ground_of_act(before: str) -> bool:
    """`before` (the sentence up to a cue noun's phrase) is a main clause of four words or more, no comma in it, and a
    preposition of ground at its end (lang.GROUND_PREPOSITIONS_RE): "The county began investigating X two years ago
    on"; not "Contrary to", "After", "He said on" (a cue verb of its own before the noun: that frame decides). A holder
    named after the noun keeps it ("took place despite … warnings from his attorney that ...": PolNeAR half A)."""
    m = _GROUND.fullmatch(before)
    ws = m.group("clause").split() if m else []
    return len(ws) >= 4 and ws[0][:1].isupper() and not any(w.lower() in lang.CUE_VERBS for w in ws)


def noun_cue(text: str, sp: Span, quotes) -> tuple[tuple[int, int] | None, tuple[int, int], tuple[int, int]] | None:
    """(source span or None, cue span, content span) of the first noun cue of the sentence whose
    "that" clause is its content, or None. The source span is the noun's possessor; None when the
    phrase has none ("faced allegations that ...": no one named)."""
    for m in _NOUN_THAT.finditer(text, sp.start, sp.end):
        if not outside(m.start(), quotes):
            continue
        nxt = m.group("next")
        if nxt.lower() in lang.RELATIVE_THAT_FOLLOWERS or nxt.islower() and nxt.endswith("ed"):
            continue  # "the claims that were made", "a warning that sparked ...": a relative clause
        if _object_gap(text, m.start("next"), sp.end):
            continue  # "the speculation that he has generated from ...": a relative clause with its object gone
        left = text[sp.start:m.start()]
        ph = _PHRASE.search(left)
        np_start = sp.start + (ph.start() if ph else len(left))
        before = text[sp.start:np_start].strip()
        if not before or before.endswith(",") and not re.search(r"\b(?:" + "|".join(lang.CLAUSE_COORDINATORS) + r")$", before[:-1]):
            continue  # the sentence's opening subject ("Allegations that A surfaced ...")
        end = sp.end
        cut = _CONTENT_END.search(text, m.end("noun"), sp.end)
        if cut is not None and outside(cut.start(), quotes):
            end = cut.start()
        if _ground_of_act(before) and not m.group("by") and m.group("noun").lower() not in lang.GROUND_FEELING_NOUNS:
            continue  # "The county began investigating X two years ago on allegations that ...": the act is the outlet's (attr59)
        if _opening_phrase(before):  # "Contrary to his claim that A, B.": the main clause B is the outlet's
            comma = text.find(",", m.end(), end)
            end = comma if comma > 0 else end
        content_start = m.start("next")
        if m.group("noun").lower().endswith("ing") and re.search(r"\bwith\s+(?:[\w'’-]+\s+){1,4}$", text[sp.start:m.start("noun")]):
            continue  # "..., with critics warning that ...": a participle of its own subject (with_participles.py), no noun (lead40)
        if re.search(r"\b(?i:no|without)\s+(?:[a-z][\w-]*\s+){0,2}$", text[sp.start:m.start("noun")]):
            continue  # "he expressed no concern that ...", "without evidence that ...": nobody holds it
        if len(text[content_start:end].split()) < MIN_CONTENT_WORDS:
            continue
        src = None
        if m.group("by"):
            if not _holder(m.group("by")):
                continue  # "the claim by then that ...": no holder
            src = m.span("by")
        elif ph is not None and ph.group("poss"):
            src = (sp.start + ph.start("poss"), sp.start + ph.end("poss"))
        own = src is not None and text[src[0]:src[1]].lower() in lang.POSSESSIVE_DETERMINERS
        light = _LIGHT_SUBJECT.fullmatch(text, sp.start, np_start) if src is None or own else None
        if m.group("to") and not (m.group("noun").lower() in lang.LIGHT_ONLY_NOUNS and light
                                  and re.search(r"\bma(?:de|kes?|king)\s*$", text[sp.start:np_start])):
            continue  # only "X made the case to the board that ..." (attr47), not "the claim to the land that ...",
            # "took the case to the court that the family had brought" (a lawsuit)
        if m.group("noun").lower() in lang.LIGHT_ONLY_NOUNS and not (light and src is None):
            continue  # "the case that the court heard": only "X made the case that ..." (lang.LIGHT_ONLY_NOUNS)
        if light:  # "The inspector cast doubt that ...", "The office stood by its statement that ...":
            src = light.span("subj")  # the light verb's subject holds it (its own, for "its")
        return src, (m.start("noun"), m.end("noun")), (content_start, end)
    return None


#: A short subject, auxiliaries or adverbs, and a verb ("Mr. Doe has generated", "critics have
#: long raised", "she made"), then no object: a preposition, punctuation or the sentence's end.
_GAP = re.compile(r"(?:(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*|(?i:" + "|".join(sorted(lang.SUBJECT_PRONOUNS)) + r")|[Tt]he\s+[a-z]+|[a-z]+s)"
                  r"(?:\s+(?:" + "|".join(sorted(lang.AUXILIARY_VERBS | lang.CLAUSE_ADVERBS)) + r"|long|often|[a-z]+ly)){0,2}"
                  r"\s+(?P<verb>[a-z]+)(?=\s*(?:[,.;:!?)—–]|--|$)|\s+(?P<prep>[a-z]+)\b)")


def _object_gap(text: str, start: int, end: int) -> bool:
    """The words after "noun that" are a subject and a verb that would take the noun as its object
    and has none ("... the kind of speculation that Mr. Doe has generated from ...", "the claims
    that she made about the fund"): a relative clause. Not "the claim that she made the deal" (an
    object follows: a content) nor "the fear that prices will rise" (no such verb)."""
    m = _GAP.match(text, start, end)
    if m is None or m.group("verb") not in lang.NOUN_OBJECT_VERBS:
        return False
    return m.group("prep") is None or m.group("prep") in lang.PHRASE_PREPOSITIONS or m.group("prep") == "to"


def _holder(np: str) -> bool:
    """A "from"/"by" phrase that names who holds the noun's content: a possessive or a
    determiner and a person or organisation noun ("his attorney", "the campaign"), or a name."""
    ws = np.split()
    head = ws[-1].lower().strip(".,'’")
    return (ws[0].lower() in lang.POSSESSIVE_DETERMINERS or ws[0].lower() in lang.DESCRIPTION_DETERMINERS
            or ws[0][:1].isupper()) and (head in lang.PERSON_NOUNS or head in lang.ORG_HEADS or head in lang.KIN_NOUNS
                                        or head.endswith(lang.PERSON_NOUN_ENDINGS + lang.AGENT_PLURAL_ENDINGS)
                                        or ws[-1][:1].isupper() and head not in lang.NOT_NAMES)


def _opening_phrase(before: str) -> bool:
    """The words before the noun's phrase open the sentence with a preposition and no clause of
    their own ("Contrary to", "Despite", "Amid"): the main clause comes after the next comma."""
    ws = before.split()
    return 0 < len(ws) <= OPENING_PHRASE_WORDS and "," not in before and (
        ws[0].lower() in lang.PREPOSITIONS or ws[0].lower() in lang.PHRASE_PREPOSITIONS
        or len(ws) >= 2 and ws[1].lower() == "to")  # "Contrary to", "Due to", "Thanks to"


def source_as_resolvable(source: str) -> str:
    """The possessor as a source a resolver reads: "his" -> "he", "the council's" -> "the council"."""
    low = source.lower()
    if low in lang.POSSESSIVE_DETERMINERS:
        return lang.SUBJECT_PRONOUN_OF[low]
    return re.sub(r"['’]s?$", "", source)


def held_by_light_subject(text: str, start: int, cue_start: int) -> bool:
    """text[start:cue_start] is a short subject, a light verb and the noun's determiner or
    possessor ("The company stood by its ", "Prosecutors repeated the "): the sentence is that
    subject holding the noun's content, nothing else (relations.py gives it the whole sentence)."""
    ph = _PHRASE.search(text[start:cue_start])
    return ph is not None and _LIGHT_SUBJECT.fullmatch(text, start, start + ph.start()) is not None


#: "Joan Reyes's argument is that ...", "The opponents' view is that ...": a possessor opening the
#: sentence, its position noun (an adjective or two before it, a short "to/for/on X" after it), the
#: copula and "that" (session 10, own11).
_COPULA = re.compile(r"\s*(?:(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+)?(?:" + lang.COPULA_ASKED_OPENER_RE + r"(?=(?:his|her|their|its)\s))?"
                     r"(?:(?:[A-Z][\w.'’-]*|[a-z][\w-]*)\s+){0,2}?(?P<poss>"
                     + _POSSESSOR + r"|(?:[Tt]he\s+)?[a-z][\w-]*s['’])\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>"
                     + "|".join(sorted(lang.COMPLEMENT_NOUNS | lang.LIGHT_ONLY_NOUNS | lang.COPULA_POSITION_NOUNS, key=len, reverse=True))
                     + r")(?:\s+(?:to|for|on)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?\s+" + lang.COPULA_THAT_RE + r"\s+")


def copula_cue(text: str, sp: Span, quotes) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]] | None:
    """(source span, cue span, content span) of "X's <position noun> is that <content>" opening the
    sentence, or None."""
    m = _COPULA.match(text, sp.start, sp.end)
    if m is None or not outside(m.start("noun"), quotes) or len(text[m.end():sp.end].split()) < MIN_CONTENT_WORDS:
        return None
    return m.span("poss"), m.span("noun"), (m.end(), sp.end)


def copula_frame(text: str, start: int, content_start: int) -> bool:
    """text[start:content_start] is such a possessor, noun and "is that" (relations.py: the sentence
    is the possessor's statement)."""
    m = _COPULA.match(text, start, content_start + 1)
    return m is not None and m.end() == content_start


# -- a proposal made public ----------------------------------------------------------------------
#: A proposal made public: "Norland and Vesta unveiled a proposal for closer cooperation that would
#: create a shared coast guard", "The harbor board presented a proposal to rebuild the sea wall" (attr21,
#: issue 12).
#:
#: Making a proposal public is a speech act of its maker (GUIDELINES §13 lists "proposes" among the
#: verbs of public communication; "announced a proposal for" was already read so), so what the
#: proposal would do is the maker's, not the outlet's fact. "unveiled" and the like are no cue verbs
#: elsewhere ("Workers unveiled a statue": an act), so the frame needs the verb (lang.PROPOSING_VERBS_RE),
#: a determiner, at most two modifiers and a proposal's noun (lang.PROPOSAL_NOUNS) followed by "for",
#: "to", "that" or "which", after a subject that opens the sentence (a capitalised noun phrase of at
#: most six words with no verb or comma, or "the ..." after an opener), optionally after an opening
#: phrase of at most six words and its comma ("Ahead of the summit, ...").
_PROPOSED = re.compile(
    r"\W*(?:[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,5},\s+)?(?P<src>[A-Za-z][\w'’.&-]*(?:\s+[\w'’.&-]+){0,5}?)\s+"
    r"(?:(?:" + lang.PROPOSING_LEADS_RE + r")\s+){0,2}(?P<cue>" + lang.PROPOSING_VERBS_RE + r")\s+"
    r"(?P<obj>(?:" + lang.FINDING_DETERMINERS_RE + r")\s+(?:[\w'’-]+\s+){0,2}?(?P<noun>[a-z]+))\s+(?:for|to|that|which)\s+(?=\S)")


def proposal_frame(text: str, sp: Span, frame_cls):
    """A frame for "X unveiled a proposal for/to/that ...", or None. The content is the proposal
    (from its determiner to the sentence's end)."""
    m = _PROPOSED.match(text, sp.start, sp.end)
    if m is None or m.group("noun") not in lang.PROPOSAL_NOUNS:
        return None
    words = m.group("src").lower().split()
    opens = m.group("src")[:1].isupper() or words[0] == "the" and m.start("src") > sp.start  # ("Ahead of X, the board ...")
    if not opens or words[0] in lang.FIRST_PERSON_SUBJECTS or len(text[m.end():sp.end].split()) < 2 \
            or any(w in lang.AUXILIARY_VERBS or w in lang.BE_FORMS or w in lang.WEEKDAYS or w in lang.TIME_WORDS for w in words):
        return None
    return frame_cls((m.start("src"), m.end("src")), (m.start("cue"), m.end("cue")), "indirect",
                     [(m.start("obj"), sp.end)], "initial")
