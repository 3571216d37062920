"""Whether what follows a final cue is only an adverbial, so that the words before it are the content
("“...,” he said on Monday.", "A, the mayor told reporters in Elmton, Ky.", "“...,” she said as she left."):
the tail test of frames.main_frame, moved here at its 400-line bound (the lead, session 28; no change of
behaviour but the one its docstring names). Word lists in summarizer.lang."""

from __future__ import annotations

import re

from .. import lang
from .apposition import addressee_appositive
from .frame_shapes import ADDRESSEE_THEN_ACT, ADDRESSEE_TITLE, TAIL_SUBORDINATORS, TAIL_TITLE, addressee_tail
from .text import Tok, words

#: A city and its state closing a sentence ("in Washington, DC.", "in Dayton, Ohio."): one place, no clause after a comma.
_CITY_STATE_END = re.compile(r"\b([A-Z][\w.'’-]+),\s+(?:[A-Z]{2}|[A-Z][a-z]{1,4}\.|[A-Z][a-z]+)(?=\s*[.!?]?[\"”’']*\s*$)")


#: A month and its day opening a tail ("said Sept. 20", "said March 3, 2016"): a date, read as "on".
_MONTH_DAY = re.compile(r"^\s*(?i:" + "|".join(lang.MONTHS) + "|" + lang.MONTH_ABBREVIATIONS_RE + r")\.?\s+\d{1,2}\b(?:,\s+\d{4})?")


def final_tail(text: str, t: Tok, tail: str, quoted_before: bool, lead_in: bool, quote_first: bool = False) -> bool:
    """The text after cue token `t` (`tail`, to the sentence's end) is an adverbial only: a time, a
    place, an addressee, a clause of circumstance after a quotation; not a clause of content. With
    `quote_first` (the sentence opens with a quotation that closes right before the subject), any tail
    with no quotation mark in it: '“...,” she said late on Friday at her shop in X, where she works.'"""
    tail_i = tail.replace("’s ", " ").replace("'s ", " ")
    tail_i = ADDRESSEE_TITLE.sub(r"\1X", tail_i) if t.low in lang.ADDRESSEE_VERBS else tail_i  # 'told WXYZ's "Morning" show'
    tail_i = re.sub(lang.TIME_TAIL_RE, ".", TAIL_TITLE.sub(r"\1 X", tail_i), flags=re.I)
    tail_i = _CITY_STATE_END.sub(r"\1", tail_i)  # "... she told a news briefing in Elmton, Ky." (read11a)
    tail_i = _MONTH_DAY.sub("on", tail_i)  # "..., she said Sept. 20." / "said March 3, 2016.": a date (session 30)
    short_tail = re.match(r"[^,;:“\"]{0,%d}[.!?]?[\"”’']*\s*$" % (200 if quoted_before else 80), tail_i)  # after a quotation: adverbials
    tail_words = ["on"] * bool(_MONTH_DAY.match(tail)) + words(tail)  # (a date read as "on")
    short_tail = short_tail or t.low in lang.ADDRESSEE_VERBS and addressee_appositive(tail) or None  # "told WXYZ, a radio station"
    if short_tail and tail_words and tail_words[0] not in lang.FINAL_TAIL_STARTERS | lang.PLACE_TAIL_STARTERS and not (
            t.low in lang.ADDRESSEE_VERBS and addressee_tail(tail_words)) \
            and not (quoted_before and tail_words[0] in lang.QUOTE_TAIL_STARTERS):
        short_tail = None  # "Mr. Vole said he meant to stay": a clause follows, not an adverbial
    if short_tail and "that" in tail_words[1:5] and not quoted_before and re.match(r"\s*(?:[\w’'-]+\s+){1,4}that\s+\w", tail) \
            and all(w in lang.TIME_WORDS or w in lang.MONTHS or w in lang.FINAL_TAIL_STARTERS - lang.NON_TIME_TAIL_STARTERS
                    or w.isdigit() or w in ("the", "a") for w in tail_words[:tail_words.index("that")]):
        short_tail = None  # "X, the prosecutor, suggested on Monday that ...": the "that" clause is the content
    if short_tail and not quoted_before and re.match(r"\s*(?:[\w’'-]+\s+){1,4}?that\s+(?:[\w’'-]+\s+){2}", tail) \
            and not re.match(r"\s*(?:[\w’'-]+\s+){1,4}?that\s+(?:" + lang.AUXILIARY_LEADS_RE + r")\b", tail):
        short_tail = None  # "A spokesman for X, Jane Doe, said on Saturday that ...": a content follows
    if not short_tail and quoted_before and tail_words and tail_words[0] in TAIL_SUBORDINATORS \
            and not re.search(r"[“\"]", tail):
        short_tail = True  # '“...,” Jane Doe said as she and a crowd of others walked ...'
    if not short_tail and quoted_before and t.low in lang.ADDRESSEE_VERBS and not re.search(r"[“\"]", tail) \
            and any(w in TAIL_SUBORDINATORS for w in tail_words[1:5]) and not any(w in lang.SAYING_PARTICIPLES for w in tail_words):
        short_tail = True  # '“...,” the mayor told reporters after getting off the train at X, on his way ...' (read11a)
    if not short_tail and quoted_before and t.low in lang.ADDRESSEE_VERBS and not re.search(r"[“\"]", tail) \
            and ADDRESSEE_THEN_ACT.match(tail) and not any(w in lang.SAYING_PARTICIPLES for w in tail_words):
        short_tail = True  # '“...,” Holt told host Dana Pike, denying what some have said': the addressee, then his act
    if not short_tail and lead_in and re.match(r"\s+(?:[—–―]|--)\s", tail):
        short_tail = True  # "A got along with B, one aide said — something B prizes.": an aside after a final frame
    if not short_tail and quote_first and lead_in and not re.search(r"[“”\"]", tail) \
            and not any(w in lang.SAYING_PARTICIPLES for w in tail_words) \
            and not any(w in lang.SUBJECT_PRONOUNS or w == "that" for w in tail_words[:4]):  # (not "told reporters she planned to ...")
        short_tail = True  # the quotation before is the speaker's, whatever the outlet adds about where (lead28)
    if not short_tail and not quoted_before and lead_in and consequence_tail(tail):
        short_tail = True  # "A, figures showed, adding to signs that B": the outlet's aside on A (genre44)
    if not short_tail and not quoted_before and lead_in and (c := _OTHER_SIDE.match(tail)) and c.group(1).lower() not in lang.PRONOUNS:
        short_tail = True  # "A, hospital officials said, though the government put the toll at one": the other side's (genre44)
    return bool(short_tail)


#: A contrast after a closing frame whose clause opens with a subject of its own, a noun phrase ("..., though the
#: government put the toll at one"), not a pronoun that goes on with the speaker ("..., though they warned ...").
_OTHER_SIDE = re.compile(r"\s*,\s+(?:" + lang.CONTRAST_OPENERS_RE + r")\s+((?:" + "|".join(sorted(lang.DETERMINERS)) + r"|[A-Z][\w'’.-]*))\s")
#: A consequence participle set off after a closing frame, to the sentence's end, no quotation in it.
CONSEQUENCE_TAIL = re.compile(lang.CONSEQUENCE_TAIL_RE + r"$")


def consequence_tail(tail: str) -> bool:
    """", adding to signs that the economy is slowing.", ", raising hopes of a cut.": what the news means, told by
    the outlet after a closing frame ("A, figures showed, ..."), not more of the source's content (genre44)."""
    return CONSEQUENCE_TAIL.match(tail) is not None


#: A dash and a noun phrase to the sentence's end after a closing frame, no quotation in it ("..., one aide
#: said — a key ingredient for the mayor in hiring.", "..., the aide said -- something the board prizes."):
#: the outlet's aside on the statement, which stays the speaker's (final_tail's "lead_in" case; the lead, session 39).
_DASH_ASIDE = re.compile(r"\s+(?:[—–―]|--)\s+(?:a|an|something|one|another)\s[^“”\"—–―;,]*$")


def dash_aside(tail: str) -> bool:
    """The tail after a closing frame is a dash and a noun phrase, the outlet's aside (_DASH_ASIDE)."""
    return _DASH_ASIDE.match(tail) is not None

