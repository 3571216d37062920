"""Sentence-aware chunking with offsets into the whole text, and page-furniture detection.

A `Span` is a half-open [start, end) interval of `Article.text`. Sentences never include
their surrounding whitespace. Windows are runs of whole sentences up to `max_chars`; a
sentence longer than that (a 500 KB line with no full stop) is cut at whitespace.

Hand-written on purpose: evals/tools/weigh_libs.py weighed it against pysbd and blingfire on the
dev data (evals/RESULTS.md, "Hand-written vs library").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .lang import (CLOCK_TIME_FOLLOWERS, WEEKDAYS, MONTHS, ABBREVIATIONS, ACADEMIC_TITLE_ABBREVIATIONS, SENTENCE_CLOSERS_RE, DATELINE_DATE_RE, DATELINE_RE, BYLINE_PROMO_RE, STORY_NOUNS_RE, CAPTION_CREDIT_AFTER_RE, CAPTION_SLASH_CREDIT_AFTER_RE, CAPTION_CREDIT_RE, CAPTION_POSITION_END_RE, FURNITURE_ANYWHERE_PHRASES, FURNITURE_LINE_STARTS, LEADING_SUBORDINATORS_RE,
                   GLUED_NAME_SAID_RE, LINE_MARKER_RE, LIVE_TIMESTAMP_RE, LINK_HEADLINE_END_RE, WIRE_TAG_RE,
                   MONTH_ABBREVIATIONS_RE, PROMO_IMPERATIVES, STATE_ABBREVIATIONS, STATE_TITLES_RE, SUBJECT_PRONOUNS_RE)
from .thresholds import CASELESS_MAX_UPPER, CASELESS_MIN_LETTERS, TITLE_MAX_WORDS, TITLE_STOP_MAX_WORDS

# "may" is a word, not only a month: a sentence may end in it
_ABBREV = {*ABBREVIATIONS, *MONTH_ABBREVIATIONS_RE.split("|")} - {"may"}
# A candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace; or,
# with no space, a full stop glued to the next sentence's capitalised word after a word or year
# ("won the trophy in 2017.Defeat for the Reds ...": scraped BBC text; not "J.P.Morgan").
_BOUNDARY = re.compile(r"[.!?…]+" + SENTENCE_CLOSERS_RE + r"(?:(?=\s)|(?<=[a-z0-9]{2}[.!?])(?=[A-Z][a-z]))")
#: A full stop glued to an opening quotation mark and a capital ('... make history."Furious 7" is ...'):
#: a boundary when the mark opens a quotation (an even number of straight marks before it on the line).
_GLUED_QUOTE = re.compile(r"(?<=[a-z0-9]{2}[.!?])(?=[“\"][A-Z])")
#: A caption's closing credit or position mark glued to the next sentence ("... has found (file photo) The
#: researchers ...", "... flooded by the storm (pictured) Meanwhile, ...").
_CAPTION_END = re.compile(r"(?i:" + CAPTION_CREDIT_RE + "|" + CAPTION_POSITION_END_RE + r")(?=\s+['‘“\"]?[A-Z])")
#: A caption's quoted name closed with no full stop before the next sentence's subject pronoun ("... on the 'Meet Up
#: App' They agreed to ..."; read31, a DailyMail page): the sentence ends after the closing mark.
#: (or a name and a verb of saying: "... is also 'a dreamer at heart' Bo also said ..."; read34)
_NAME_SAID = r"[A-Z][a-z]+(?=\s+(?:also\s+)?(?:" + GLUED_NAME_SAID_RE + r")\b)"
_QUOTE_THEN_SUBJECT = re.compile(r"(?<=[A-Za-z]['’])(?=\s+(?:" + "|".join(sorted(p.title() for p in SUBJECT_PRONOUNS_RE.split("|")))
                                 + r"|The\s+[a-z]+|" + _NAME_SAID + r")\s+[a-z])")  # (or "The <noun>": "... heard the dog 'howling' The woman said ..."; read32)
#: The same after a double closing mark ('... to "back green firms" The smog has closed ...'; read40): a subject
#: pronoun or "The <noun>" and a lower-case word after a closed quotation open the next sentence.
_DQUOTE_THEN_SUBJECT = re.compile(r"(?<=[A-Za-z][\"”])(?=\s+(?:" + "|".join(sorted(p.title() for p in SUBJECT_PRONOUNS_RE.split("|")))
                                  + r"|The\s+[a-z]+)\s+[a-z])")
_NEWLINE = re.compile(r"\r?\n")
#: After a quotation closed by "!" or "?": its short tag ('“I won't pay!” Jo Doe told the Ledger.', '"Why now?" she asked.'),
#: no sentence of its own (the lead, session 40: a tag shown as a claim "Jo Doe told the Ledger.").
_EXCLAIMED_TAG = re.compile(r"\s+(?:(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*|[Hh]e|[Ss]he|[Tt]hey)\s+(?:also\s+)?(?:"
                            + GLUED_NAME_SAID_RE + r"|asked|shouted|yelled)\b(?![^.!?]*\b(?:that|but|and)\b)[^.!?“”\"]{0,80}(?:[.!?]|[“\"][^.!?“”\"]{1,40}[.!?][”\"])(?:\s|$)")
# (no content: "that", "but"; a closing quoted name: '... asked her followers on what became "Open Day."', lead41)
#: A title right after a state abbreviation ("Wash. Gov. Jane Roe"): the abbreviation modifies it.
_STATE_TITLE = re.compile(r"\s+(?:" + STATE_TITLES_RE + r")\b\.?", re.I)
#: A date label opening a line of scraped text ("date 2023-11-17 ...", "Published: 2024-05-01
#: 10:30"): metadata, not the start of the line's first sentence (load.find_published reads it).
_DATE_LABEL = re.compile(r"\s*(?i:date|published|updated|posted)\s*:?\s*\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?\s+"
                         r"|" + LIVE_TIMESTAMP_RE  # and a live blog's "09:40 - The fire service says ..."
                         + r"|" + LINE_MARKER_RE)  # and a list's bullet or a bold mark ("- Police said ...", "**Why?**")

#: Lines that are page furniture, not news (share buttons, comment disclaimers, ...).
FURNITURE = re.compile(r"(?i)^\s*(" + "|".join(FURNITURE_LINE_STARTS) + ")")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Window:
    """A run of whole sentences of the text, read by the model in one call."""
    start: int
    end: int
    sentences: tuple[Span, ...]


#: The old name, kept while branches written against it merge (issue 11: windows are `Window`s).
Chunk = Window


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


@lru_cache(maxsize=8)  # (split_sentences asks again for every piece of one text: long44)
def is_caseless(text: str) -> bool:
    """True for a text with (almost) no capital letters: corpora lower-case whole articles
    ("kushner told jurors tuesday that ..."), so no capital can mark where a sentence opens."""
    letters = sum(1 for c in text[:20000] if c.isalpha())
    return letters >= CASELESS_MIN_LETTERS and sum(1 for c in text[:20000] if c.isupper()) <= letters * CASELESS_MAX_UPPER


#: What follows a dateline's state abbreviation: its date, its agency tag or its dash (news wire style).
_DATELINE_GOES_ON = re.compile(r"(?:" + DATELINE_DATE_RE + r"\b|\s*\(|\s*(?:--|[–—―-])\s)")


#: A capitalised word and a lower-case one after a clock's "p.m.": the next sentence, unless the word goes on the time
#: ("at 6 p.m. Friday", "10 p.m. Eastern time"; lang.CLOCK_TIME_FOLLOWERS), or a place's name before "time".
_CLOCK_THEN_SENTENCE = re.compile(r"\s+(?!(?i:" + "|".join(sorted({*CLOCK_TIME_FOLLOWERS, *WEEKDAYS, *MONTHS})) + r")\b)"
                                  r"[A-Z][a-z]+(?:\s+(?!Time\b)[A-Z][a-z]+){0,3}(?:,|\s+(?!time\b)[a-z])")  # ("10 p.m. Paris time": a place's time)
#: (a name of up to four capitalised words set off by a comma opens the next sentence too: "... at 8:45 a.m. Kestrel Line,
#: the ship's operator, has said ..."; within59)


def _is_abbrev(text: str, dot: int, caseless: bool = False) -> bool:
    """True when the '.' at `dot` ends an abbreviation or an initial, not a sentence."""
    m = re.search(r"([A-Za-z][A-Za-z.]*)$", text[max(0, dot - 12):dot])
    if not m:
        # "7. 5 miles": a number broken by a stray space is not a sentence end.
        return dot > 0 and text[dot - 1].isdigit() and text[dot + 1:dot + 3].strip()[:1].isdigit()
    word = m.group(1).rstrip(".").lower()
    if word in ("a.m", "p.m") and _CLOCK_THEN_SENTENCE.match(text, dot + 1) and re.search(r"\d\s*$", text[:m.start() + max(0, dot - 12)]):
        return False  # "shortly after 10.40 p.m. Pike conceded ...": a name and a verb open the next sentence (genre40)
    if word in _ABBREV:
        return True
    if word in STATE_ABBREVIATIONS and _STATE_TITLE.match(text, dot + 1):
        return True  # "with Wash. Gov. Jane Roe", not "in Tempe, Ariz. It will ..."
    if word in STATE_ABBREVIATIONS and _DATELINE_GOES_ON.match(text, dot + 1):
        return True  # a dateline's state: "CORAL BAY, Fla. - A rocket ...", "FLINT, Mich., Oct. 4 (UPI) - "
    if m.group(1).rstrip(".") in ACADEMIC_TITLE_ABBREVIATIONS and re.match(r"\s+[A-Z][a-z]", text[dot + 1:dot + 4]):
        return True  # "Ing. Pavel Kral", "Dipl.-Ing. Karl Weber": a title before the name (shapes35)
    if re.fullmatch(r"[A-Z](?:\.[A-Z]){1,2}", m.group(1).rstrip(".")) and re.match(r"\s+[A-Z][a-z]", text[dot + 1:dot + 4]):
        return True  # a person's initials before a name: "H.M. Prasetyo", "J.P. Morgan"
    if caseless and re.fullmatch(r"[a-z](?:\.[a-z])+", word):
        return True  # initials in a caseless text: "studied english with j.r.r. tolkien"
    return len(word) == 1 and (text[dot - 1].isupper() or caseless)  # initials: "U. S.", "J. Smith", "jack m. barrack"


#: A dependent clause opening a piece ("Even though we tried ..."): it cannot stand alone.
_DEPENDENT_OPENING = re.compile(r"\W*(?:even\s+)?(?:" + LEADING_SUBORDINATORS_RE + r")\b", re.I)


def _open_clause_before_ellipsis(piece: str, mark: str) -> bool:
    """'“Even though we've had setbacks... I think we will win,” she said': an ellipsis after a
    dependent clause with no main clause yet trails off inside the sentence, it does not end it."""
    return mark.startswith(("...", "…")) and "," not in piece and _DEPENDENT_OPENING.match(piece) is not None


def quote_glued_end(text: str, end: int) -> bool:
    """A sentence ending at `end` was split off at a closed double quotation with no full stop before the next
    sentence's subject ('... "back green firms" The smog ...'; read40): it ends there as after a stop."""
    return end > 0 and text[end - 1] in "\"”" and _DQUOTE_THEN_SUBJECT.match(text, end) is not None


#: A quoted nickname with no stop or comma in it, then a capitalised surname ('J.P. "The Big Bopper" Richardson')
_NICKNAME = re.compile(r"\s+[\"“][A-Z][^\"“”.,!?;:]{0,30}[\"”]\s+[A-Z][a-z]+\b(?!\s+(?:said|says|told)\b)")


#: Dotted initials closing at the full stop ("the W.T.O.", "the U.N."): an abbreviation's stop (lead45).
_INITIALS_END = re.compile(r"(?:^|[\s(])(?:[A-Z]\.){2,}$")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of text[start:end] as spans of `text`. Newlines always end a sentence."""
    end = len(text) if end is None else end
    caseless = is_caseless(text)  # a lower-case word after a full stop opens a sentence there
    spans: list[Span] = []
    line_start = start
    for line in [*_NEWLINE.finditer(text, start, end), None]:
        line_end = line.start() if line else end
        label = _DATE_LABEL.match(text, line_start, line_end)
        cur = line_start = label.end() if label else line_start  # "date 2023-11-17 Officials said ..."
        glued = [m for m in _GLUED_QUOTE.finditer(text, line_start, line_end)
                 if text[m.start()] == "“" or text.count('"', line_start, m.start()) % 2 == 0]
        glued += list(_CAPTION_END.finditer(text, line_start, line_end))
        glued += [m for m in _QUOTE_THEN_SUBJECT.finditer(text, line_start, line_end)
                  if re.search(r"(?:^|\s)['‘][A-Z" + ("a-z" * (text.startswith(" The ", m.start()) or bool(re.match(r"\s+" + _NAME_SAID, text[m.start():m.start() + 40])))) + r"](?:[^'‘’.!?]|(?<=\w)['’](?=\w)){0,60}$",
                               text[max(line_start, m.start() - 70):m.start() - 1])]  # (a quoted word before "The <noun>": read32)
        glued += [m for m in _DQUOTE_THEN_SUBJECT.finditer(text, line_start, line_end)
                  if text[m.start() - 1] == "”" or text.count('"', line_start, m.start()) % 2 == 0]  # (a closing mark)
        for m in sorted([*_BOUNDARY.finditer(text, line_start, line_end), *glued], key=lambda x: x.start()):
            if m.end() <= cur:
                continue
            if text[m.start()] == "." and (m.end() - m.start() == 1 or set(text[m.start() + 1:m.end()]) <= {"]", ")"}) \
                    and _is_abbrev(text, m.start(), caseless):
                continue  # ("Mr.", and an initial inside brackets: "President [George W.] Bush")
            if re.search(r"(?:^|[\s(])(?:[A-Z]\.){1,3}$", text[max(0, m.start() - 8):m.start() + 1]) and _NICKNAME.match(text, m.start() + 1):
                continue  # 'J.P. "The Big Bopper" Richardson': initials, a quoted nickname, a surname (real46)
            if re.match(r"[!?]+[”\"]", m.group(0)) and _EXCLAIMED_TAG.match(text, m.end(), line_end):
                continue  # '“I won't pay!” Jo Doe told the Ledger.': the quotation's tag (lead40)
            if re.match(r"!+$", m.group(0).rstrip()) and re.match(r"\s*(?:[\w'’-]+(?:\s+[\w'’-]+)?!+\s*){1,4}[”\"]", text[m.end():line_end]):
                continue  # a chant or cry repeated inside one quotation ('chanting “Vega! Vega! Vega!”'; not a question's halves: lead50)
            nxt = text[m.end():m.end() + 3].lstrip()[:1]
            if nxt and nxt.islower() and not caseless:
                continue
            if (nxt in ("—", "–") and re.match(r"\s*[—–]\s*[a-z]", text[m.end():m.end() + 8])
                    or nxt == "-" and re.search(r"[?!]", m.group(0)) and re.match(r"\s*--\s*[a-z]", text[m.end():m.end() + 8])
                    or nxt == "-" and _INITIALS_END.search(text, max(0, m.start() - 12), m.start() + 1)
                    and re.match(r"\s*--?\s+[a-z]", text[m.end():m.end() + 8])) and not caseless:
                continue  # '... “all things green!” — whose reply was sharper.': a dash goes on with the sentence
                # (also two hyphens after "?" or "!": "<Name> -- now called <x> (get it?) -- newly wed and ...": read36; after a
                # full stop too, PolNeAR half A's own voice fell 0.878 -> 0.877; but a full stop that closes dotted initials is
                # no sentence's end before a lower-case dash clause: "the rules of the W.T.O. -- how should ...?", lead45)
            if _open_clause_before_ellipsis(text[cur:m.start()], m.group(0)) or m.group(0).startswith(("...", "…")) \
                    and re.match(r"\s*(?:[^\s.!?…]+\s+){0,2}[^\s.!?…]+[?!]", text[m.end():line_end]):
                continue  # (nor a pause before a question's last words: "why do you refuse to use the term … Road Tax?")
            if text.count("(", cur, m.start()) > text.count(")", cur, m.start()) \
                    and re.match(r"[^()\n]{0,40}?[.?!]?\)\s*(?:--|[—–,;:]|[a-z])", text[m.end():m.end() + 60]):
                continue  # a bracketed aside that closes inside the sentence: "<x> (get it ... <pun>?) -- newly wed" (read36)
            if nxt == "." and text[m.start()] == "." and m.start() > 0 and text[m.start() - 1].isspace():
                continue  # a spaced ellipsis ("Trump . . . finishes first"): its last dot decides
            s = _trim(text, cur, m.end())
            if s:
                spans.append(s)
            cur = m.end()
        s = _trim(text, cur, line_end)
        if s and s.end - s.start > 1 and text[s.end - 1] == "," and text[s.start] in "“\"":
            s = Span(s.start, s.end - 1)  # a stray comma closing a quoted line ('"...," X told the paper,'): no part of it (read30)
        if s:
            spans.append(s)
        if line:
            line_start = line.end()
    return spans


#: Furniture that may stand anywhere in a line: "(Associated Medias) – All rights reserved".
FURNITURE_ANYWHERE = re.compile(r"(?i)" + "|".join(FURNITURE_ANYWHERE_PHRASES))


#: "Follow Jane Doe on Twitter": no claim, though its quotation marks still count (attribution/text.py).
_BYLINE_PROMO = re.compile(r"(?i)" + BYLINE_PROMO_RE)


def is_furniture(sentence: str) -> bool:
    return bool(FURNITURE.match(sentence) or FURNITURE_ANYWHERE.search(sentence))


#: A short speaker label in capitals opening a paragraph ("HALE: ...", "CARDE: ..."): what a story link's "ABC: ..." shows too.
_SHORT_TURN = re.compile(r"([A-Z]{2,5}):[ \t]+\S")
#: Any speaker label in capitals opening a paragraph, a role in brackets after it ("TOMAS HALE (incident commander): ...").
_ANY_TURN = re.compile(r"(?:^|(?<=\n))[ \t]*([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2})(?: \([^)\n]{1,80}\))?:[ \t]+\S")


def transcript_turn(text: str, start: int) -> bool:
    """The sentence at `start` opens a paragraph with a short label in capitals that opens another paragraph of the text
    too ("HALE: Nineteen so far." with "HALE: It could take weeks." below): a transcript's turn, no story link ("ABC:
    'Film' wins ...", furniture since read8c), which a page shows once (digest57: a press briefing's answers were dropped)."""
    m = _SHORT_TURN.match(text, start)
    if m is None or start and text[start - 1] != "\n":
        return False
    labels = [x.group(1) for x in _ANY_TURN.finditer(text)]  # (one speaker's single turn among others' turns too)
    return labels.count(m.group(1)) >= 2 or len(labels) >= 3 and len(set(labels)) < len(labels)


def promo_after(text: str, furniture: Span | None, s: Span) -> bool:
    """`s` continues a promotion: it follows the furniture sentence `furniture` on the same line
    and opens with an imperative ("Sign up for our newsletter. Explore the universe with ...")."""
    if furniture is None or furniture.end > s.start or "\n" in text[furniture.end:s.start]:
        return False
    first = re.match(r"\W*([A-Za-z]+)", text[s.start:s.end])
    return bool(first) and first.group(1)[:1].isupper() and first.group(1).lower() in PROMO_IMPERATIVES


def _hard_split(text: str, span: Span, max_chars: int) -> list[Span]:
    out, cur = [], span.start
    while span.end - cur > max_chars:
        cut = text.rfind(" ", cur + max_chars // 2, cur + max_chars)
        cut = cut if cut > cur else cur + max_chars
        piece = _trim(text, cur, cut)
        if piece:
            out.append(piece)
        cur = cut
    piece = _trim(text, cur, span.end)
    if piece:
        out.append(piece)
    return out


#: A caption's credit glued to the sentence's last stop (lang.GLUED_CREDIT_RE): the sentence is the caption.
_CREDIT_GLUED_AFTER = re.compile(r"Credit\s?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s*/\s*[A-Z]")


#: A photo credit in brackets after the sentence on its line (lang.CAPTION_CREDIT_AFTER_RE): the sentence is the caption.
_CREDIT_AFTER = re.compile(r"(?i)" + CAPTION_CREDIT_AFTER_RE)
#: An agencies' slashed credit after the sentence at its line's end (lang.CAPTION_SLASH_CREDIT_AFTER_RE; real49).
_SLASH_CREDIT_AFTER = re.compile(CAPTION_SLASH_CREDIT_AFTER_RE)
#: An editor's note about the story (lang.FURNITURE_ANYWHERE_PHRASES: "An older version of this piece ...").
_STORY_NOTE = re.compile(r"(?i)\b(?:version\s+of|this)\s+(?:" + STORY_NOUNS_RE + r")\b")


def _after_note(text: str, note: Span | None, s: Span) -> bool:
    """`s` goes on with an editor's note on its line ("Correction: An older version of this piece gave a wrong
    count. It is 4,100, not 41,000."): the note's (lead35)."""
    return note is not None and note.end <= s.start and "\n" not in text[note.end:s.start] \
        and _STORY_NOTE.search(text, note.start, note.end) is not None


#: A wire tag in a story's opening ("(CNN)Jane Doe was ...", "Marlow (CNN)The ..."): its page's inline link headlines
#: end with a space before the full stop (lang.LINK_HEADLINE_END_RE).
_WIRE_OPENING = re.compile(r"\s*[^\n(]{0,40}?" + WIRE_TAG_RE)
_LINK_HEADLINE_END = re.compile(LINK_HEADLINE_END_RE)
#: Most words of an inline link headline ("Harbor boss keeps his pension for now .").
LINK_HEADLINE_MAX_WORDS = 12


def link_headline(text: str, s: Span, wire: bool) -> bool:
    """In a wire-tagged story, a short sentence with no quotation mark whose full stop has a space before it:
    an inline link to another story ("Read the full ruling ."; read26), no news of this one."""
    sentence = text[s.start:s.end]
    return wire and _LINK_HEADLINE_END.search(sentence) is not None and len(sentence.split()) - 1 <= LINK_HEADLINE_MAX_WORDS \
        and not re.search(r"[“”\"]", sentence)


def content_sentences(text: str, max_chars: int, sentences: Iterable[Span] | None = None) -> list[Span]:
    """Sentences that are news: furniture dropped, overlong sentences cut. `sentences`: the
    text's sentences when already split (a Document's), else they are split here."""
    out: list[Span] = []
    last_furniture: Span | None = None
    wire = _WIRE_OPENING.match(text) is not None
    for s in split_sentences(text) if sentences is None else sentences:
        if is_furniture(text[s.start:s.end]) and not transcript_turn(text, s.start) or promo_after(text, last_furniture, s) or _BYLINE_PROMO.match(text, s.start, s.end) \
                or link_headline(text, s, wire) \
                or _CREDIT_GLUED_AFTER.match(text, s.end) \
                or _CREDIT_AFTER.match(text, s.end) or _SLASH_CREDIT_AFTER.match(text, s.end) \
                or _after_note(text, last_furniture, s):  # "... at the Capitol.CreditJane Roe/Reuters": a caption
            last_furniture = s
            continue
        out.extend(_hard_split(text, s, max_chars) if s.end - s.start > max_chars else [s])
    return out


def is_title(text: str, s: Span) -> bool:
    """The article's title line: first, alone on its line, no closing full stop; or, with a full
    stop, short and followed by a blank line ("Judge rejects request to unseal file.\\n\\n")."""
    line_end = text.find("\n", s.end)
    alone = line_end == -1 or not text[s.end:line_end].strip()
    words = len(text[s.start:s.end].split())
    if not alone or _DATELINE.match(text, s.start, s.end):
        return False  # "CALDER, Aug. 8 - Health officials reported ...": a dateline opens the lede, never a title
    if text[s.end - 1] not in ".!?\"”’":
        return words <= TITLE_MAX_WORDS
    blank_after = line_end != -1 and (re.match(r"[ \t\r]*\n", text[line_end + 1:]) is not None
                                      or _DATE_LINE.match(text, line_end + 1) is not None)  # a date line under the title
    lede = _PAST_REPORT.search(text, s.start, s.end)  # "The mayor said the bridge would reopen.": a short lede
    return (text[s.start:s.end].rstrip("\"”’'")[-1:] == "." and blank_after and words <= TITLE_STOP_MAX_WORDS and not text[:s.start].strip()
            and lede is None)


def title_runs_on(text: str, sentences) -> bool:
    """A title broken after a semicolon or colon onto a second line of its own ("Mayor questions the
    count;\nRecount compared to 'moving the goalposts'.\n\n"; PolNeAR half A, attr18): the second
    line, short and set off from the body by a blank line, is the title's too (GUIDELINES §13: the
    title is never a claim)."""
    if len(sentences) < 2 or text[sentences[0].start:sentences[0].end].rstrip()[-1:] not in ";:":
        return False
    a, b = sentences[0].end, sentences[1]
    line_end = text.find("\n", b.end)
    return text[a:b.start].count("\n") == 1 and not text[a:b.start].strip() and line_end != -1 \
        and not text[b.end:line_end].strip() and re.match(r"[ \t\r]*\n", text[line_end + 1:]) is not None \
        and len(text[b.start:b.end].split()) <= TITLE_STOP_MAX_WORDS


#: A line that is only a date label ("Published 2013-08-29"): it sets a title above it apart from
#: the body as a blank line does ("Gay Marriages Get Recognition From the I.R.S." over it; read11b).
_DATE_LINE = re.compile(r"[ \t]*(?i:date|published|updated|posted)\s*:?\s*\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?[ \t\r]*(?:\n|$)")


#: Headlines report in the present ("Flynn says ..."); a first line reporting in the past tense
#: is the article's first sentence, not its title.
_PAST_REPORT = re.compile(r"\b(?:said|told)\b")
#: A wire dateline (lang.DATELINE_RE): a first line that opens with one is the lede (session 15).
_DATELINE = re.compile(DATELINE_RE)


def chunk_text(text: str, max_chars: int, max_sentences: int = 1000, skip_title: bool = False,
               sentences: Iterable[Span] | None = None) -> list[Window]:
    """Group content sentences into windows of at most max_chars / max_sentences each.
    `sentences`: the text's sentences when already split (a Document's)."""
    chunks: list[Window] = []
    group: list[Span] = []
    sentences = content_sentences(text, max_chars, sentences)
    if skip_title and sentences and is_title(text, sentences[0]):
        sentences = sentences[1 + title_runs_on(text, sentences):]
    for s in sentences:
        if group and (s.end - group[0].start > max_chars or len(group) >= max_sentences):
            chunks.append(Window(group[0].start, group[-1].end, tuple(group)))
            group = []
        group.append(s)
    if group:
        chunks.append(Window(group[0].start, group[-1].end, tuple(group)))
    return chunks
