"""Where a frame's content stops, and words that look like cues but are none: shapes found by
reading the false attributions of PolNeAR half A and of BASIL articles (session 7, branch fp8).
Each says what it must leave alone. Word lists in summarizer.lang."""

from __future__ import annotations

import re

from .. import lang
from .text import Tok, outside

#: ", which," / ", who," right before a parenthetical frame's subject: the frame is inside a
#: relative clause, whose content starts at the pronoun.
_RELATIVE_BEFORE = re.compile(r",\s+((?:" + lang.RELATIVE_PRONOUNS_RE + r")),\s*$")
#: ", though he did not name ...", ", but declined to say ...", ", but would not elaborate":
#: a concessive clause of the speaker's own (pronoun or none) withholding a detail.
_WITHHELD = re.compile(r"(?:,\s+|\s+(?=but\s))(?:" + lang.CONTRAST_OPENERS_RE + r")\s+(?:(?:" + "|".join(sorted(lang.SUBJECT_PRONOUNS))
                       + r")\s+)?(?:(?:" + "|".join(sorted(lang.AUXILIARY_VERBS)) + r")\s*(?:not|n['’]t)|(?:"
                       + "|".join(sorted(lang.REFUSAL_VERBS)) + r")\s+to)\s+(?:further\s+)?(?P<verb>[a-z]+)\b"
                       # "confirmed the closure and declined to comment further": a refusal after "and" (left44)
                       r"|,?\s+and\s+(?:" + "|".join(sorted(lang.REFUSAL_VERBS)) + r")\s+to\s+(?:further\s+)?(?P<verb2>[a-z]+)\b")
#: The head of a series before the comma that precedes a coordinated subject: "like Marriott, "
#: or "Marriott, Hilton, " (the subject "Apple and Delta" ends the series).
_SERIES_BEFORE = re.compile(r"(?:\b(?:" + lang.SERIES_INTRODUCERS_RE + r")\s+(?:[A-Z][\w'’.&-]*\s*){1,3}|"
                            r"(?:[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,2},\s+){2,}),\s*$")
#: An editorial label before a colon that opens a sentence ("UPDATE: ", "Editor's note: ").
_EDITORIAL_LABEL = re.compile(r"\s*([A-Za-z'’]+(?:\s+note)?)" + lang.EDITORIAL_LABEL_DATE_RE + r"\s*:\s+(?=\S)")
_CLAIM_LABEL = re.compile(lang.CLAIM_LABEL_RE)
_SPACED_DASH = re.compile(r"\s(?:--|[—–-])\s")


def after_open_dash(text: str, start: int, end: int) -> int:
    """Where the content of a closing "according to X" starts: after a dash that opens a clause
    the dash does not close ("A treatise on why the other side is wrong - which it often is,
    according to Doe": Doe holds only the dash's clause), else at `start`. A dash pair ("The
    plan – which the council approved – will cost more, according to X") holds the whole."""
    dashes = list(_SPACED_DASH.finditer(text, start, end))
    return dashes[-1].end() if len(dashes) % 2 == 1 else start


def relative_before(text: str, start: int, end: int) -> int | None:
    """Where the content of a parenthetical frame starts when ", which," / ", who," ends the text
    before its subject ("..., near the stadium, which, Jane Roe said, is full"): at the pronoun."""
    m = _RELATIVE_BEFORE.search(text, start, end)
    return m.start(1) if m else None


def withheld_cut(text: str, a: int, b: int, quotes) -> int:
    """The end of a statement's content [a, b) before a clause that withholds a detail ("..., though
    she did not name them", "..., but declined to say how many"); b when there is none."""
    m = next((m for m in _WITHHELD.finditer(text, a, b) if outside(m.start(), quotes)
              and (m.group("verb") or m.group("verb2")).lower() in lang.WITHHELD_DETAIL_VERBS), None)
    return m.start() if m is not None and len(text[a:m.start()].split()) >= (3 if text[m.start()] == "," else 2) else b
    # (no comma: "confirmed the memo but declined to give figures": the refusal is the outlet's account, lead34)


def series_before(before: str) -> bool:
    """The text before a coordinated subject ends a series ("... like Marriott, " + "Apple and
    Delta wrote"): no inverted final frame there."""
    return _SERIES_BEFORE.search(before) is not None


def after_editorial_label(text: str, start: int, end: int) -> int:
    """Past an editorial label that opens the sentence ("UPDATE: ", "Editor's note: "), else start."""
    m = _EDITORIAL_LABEL.match(text, start, end)
    if m is None or m.group(1).split()[0].lower() not in lang.EDITORIAL_LABELS:
        m = _CLAIM_LABEL.match(text, start, end)  # a fact check's "CLAIM: Jane Doe said ..." (genre45)
    return m.end() if m else start


def finite_cue_after(toks: list[Tok], i: int) -> bool:
    """A plain saying verb ("said", "told") within six words after token i, with no punctuation
    or "that" between: token i is a participle inside the subject of that verb."""
    for t in toks[i + 2:i + 8]:
        if not t.text[:1].isalnum() or t.low == "that":
            return False
        if t.low in lang.PLAIN_SAYING_VERBS and (t.low[-1] in "ds" or t.low == "wrote"):  # a finite form
            return True
    return False


def after_causative(toks: list[Tok], i: int) -> bool:
    """Token i is a bare infinitive after a causative verb and its short object ("make the official
    testify", "let her speak", "made Jane Roe explain")."""
    w = toks[i].low
    if w.endswith(("ed", "ing")) or w.endswith("s") and not w.endswith("ss"):
        return False
    for k in range(max(0, i - 4), i - 1):
        if toks[k].low in lang.CAUSATIVE_VERBS and all(t.text[:1].isalnum() for t in toks[k + 1:i]):
            return True
    return False


def it_adjective_to(toks: list[Tok], j: int) -> bool:
    """From token j, an adjective (after at most one adverb) and a "to"-infinitive: "(find it) hard
    to win", "(found it) very difficult to repeat". Not "(find it) odd that ..." (an opinion with a
    content), not "(called it) a disgrace"."""
    k = j + 1 if j < len(toks) and (toks[j].low in lang.PARENTHETICAL_ADVERBS or toks[j].low.endswith("ly")) else j
    return k + 2 < len(toks) and toks[k].text[:1].islower() and toks[k].low not in lang.FUNCTION_WORDS \
        and toks[k + 1].low == "to" and toks[k + 2].text[:1].isalpha()


#: ", which" / ", that" closing the words before a frame's subject: a non-restrictive relative
#: clause that holds the frame ("The deal, which analysts said could be worth $2 billion, ...").
_NONRESTRICTIVE = re.compile(r",\s+(?:which|who)\s+$")
#: A restrictive "that" clause in a phrase opened by a comma and a preposition ("..., with the board nearing a
#: vote on the levy that critics said ..."): the phrase, not the sentence's main clause, holds it.
_SET_OFF_RESTRICTIVE = re.compile(r",\s+(?:" + "|".join(sorted(lang.PHRASE_PREPOSITIONS)) + r")\s+[^,;:“”\"]{1,120}\bthat\s+$", re.I)


def relative_frame_end(text: str, before: str, start: int, end: int, quotes) -> int:
    """Where the content of a frame inside a non-restrictive relative clause ends: at the comma
    that closes the clause when the main clause's verb follows it ("The deal, which analysts said
    could be worth $2 billion, was announced on Monday": the analysts' content is "could be worth
    $2 billion"; the announcement is the outlet's), else at `end`."""
    if not _NONRESTRICTIVE.search(before):
        if _SET_OFF_RESTRICTIVE.search(before):
            # "..., with the board nearing a vote on the levy that critics said would hurt farms, that X left":
            # a restrictive clause inside a phrase a comma opened ends where that phrase does (read25)
            m = next((m for m in re.finditer(r",\s+\S", text[start:end]) if outside(start + m.start(), quotes)), None)
            if m is not None and len(text[start + m.start():end].split()) >= 3:
                return start + m.start()
        return end
    for m in re.finditer(r",\s+([a-z]+)\b", text[start:end]):
        if outside(start + m.start(), quotes) and (m.group(1) in lang.AUXILIARY_VERBS or m.group(1) in lang.MODALS):
            return start + m.start()
    return end


def office_adjective(toks: list[Tok], i: int) -> bool:
    """"..., state Rep. Jane Doe (D-Elm City), said", "..., said state officials": "state" before
    a title of office or a noun of people is the adjective ("state Sen.", "state Attorney General",
    "state lawmakers"), not the inverted verb of '"...," states Jane Doe'."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return toks[i].low == "state" and nxt is not None and (
        nxt.text[:1].isupper() and nxt.low.rstrip(".") in lang.PERSON_TITLES | lang.DOTTED_TITLES | lang.PUBLIC_BODY_WORDS
        or nxt.text.islower() and nxt.low in lang.PERSON_NOUNS)  # ("state Senate President Jane Doe": a body; the lead, session 23)


def opener_noun(toks: list[Tok], i: int) -> bool:
    """"After the Ledger report, ...", "In the wake of the council's statement, ...": a cue word that
    closes an opening prepositional phrase (a preposition first, a determiner or a possessive before the
    cue's noun phrase, a comma right after it, no past form) is the phrase's noun, not a verb whose
    subject is the words before it (polar44: "the <Paper> report" made the paper the source)."""
    if i + 1 >= len(toks) or toks[i + 1].text != "," or i < 2 or toks[0].low not in lang.PREPOSITIONS \
            or lang.is_past_form(toks[i].low) or toks[i].low.endswith("ing"):
        return False
    before = [t.low for t in toks[1:i]]
    return any(w in lang.DETERMINERS or w.endswith(("'s", "’s")) for w in before) \
        and not any(w in lang.AUXILIARY_VERBS or w in lang.CLAUSE_WORDS or w in lang.PERSON_PRONOUNS for w in before)


def added_thing(verb: str, rest: str) -> bool:
    """"<Name>'s comments added another loud voice to the dispute": "add" with a noun phrase and "to" within its first
    words puts a thing somewhere, no statement of the possessor's (the lead's Left, session 49; attr59), as
    speech_events.event_reading reads "the city added bus service to the campus". Not "added that ...", "added: ...",
    "added, “...”"."""
    ws = re.findall(r"[\w'’-]+|[^\w\s]", rest)
    return verb.lower() in lang.ADD_FORMS and bool(ws) and ws[0].lower() not in ("that", "to") and ws[0].isalnum() \
        and "to" in [w.lower() for w in ws[1:6]] and not any(w in "“”\"" for w in ws[:6])


def with_office_adjective(toks: list[Tok], subj: tuple[int, int] | None) -> tuple[int, int] | None:
    """A subject read from its title on ("Rep. Jane Doe") takes the "state" before the title with it
    ("Roe's cousin, state Rep. Jane Doe (D-Elm City), said"), so that no stray word stands between
    the description and the name."""
    k = next((x for x, t in enumerate(toks) if subj is not None and t.start >= subj[0]), None)
    return (toks[k - 1].start, subj[1]) if k and office_adjective(toks, k - 1) else subj


#: A caption's short label and its colon opening a sentence ("Pay out: But gardeners have
#: complained ...", "Flood worries: ..."; read18's d6, left19): at most four words, one in lower case.
_CAPTION_LABEL = re.compile(r"\s*[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}\s*:\s+(?=[A-Z])")


def caption_label_end(text: str, start: int, end: int) -> int | None:
    """The end of a caption label opening text[start:end] ("Flood worries: "), or None: a label with a
    word in lower case, no name of a speaker ("Jane Roe: ..." and "SMITH: ..." are transcript labels)."""
    m = _CAPTION_LABEL.match(text, start, end)
    if m is None or not any(w[:1].islower() for w in text[start:m.end()].split()[1:]):
        return None
    return m.end()


#: A caption's one-word label ("Furious: ", "Delighted: ") before a capital.
_WORD_LABEL = re.compile(r"\s*[A-Z][a-z]+:\s+(?=[A-Z])")


def word_label_end(text: str, start: int, end: int) -> int | None:
    """The end of a one-word label opening text[start:end], or None. Such a label may also be a speaker's
    name in a transcript ("Smith: ..."), so sentence_frames reads past it only to a sentence that names its
    own speaker first ("Furious: Jo Roe, who ..., says ..."; shapes34)."""
    m = _WORD_LABEL.match(text, start, end)
    return m.end() if m else None
