"""Tags between a name and its cue that end the subject reader's leftward walk too early (split from
subjects.py at its 400-line bound, lead28): a US party-and-state tag ("Sen. Jane Doe, D-Ill., said"),
an office of a city and its state ("the mayor of Elmton, Ky., warned"), and a person's age and
home town and county with no comma before the cue ("Able seaman Jo Roe, 91, from Tarne, Kent said"),
where the county alone had been read as the speaker; and a name whose open apposition holds a list of
lower-case words ("Mia Bell, head of roads, rail and ports policy at the X group said"); and people
"in" a city and its state at the head of the sentence ("Members of Elm Park in Boulder, Colorado, say": read32)."""

from __future__ import annotations

import re

from .. import lang
from .open_apposition import name_before_open_apposition
from .text import Tok

_DATELINE = re.compile(lang.DATELINE_RE)

#: A name, then a US party-and-state tag in commas, right before the cue ("Sen. Jane Doe, D-Ill.,").
_PARTY_TAG = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w'’.-]*\s+|[“\"][A-Z][\w'’.-]*[”\"]\s+){0,4}[A-Z][\w'’.-]*)"
                        r"(?:,\s+\(?|\s+\()[DRI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\)?,\s*$")  # (also 'Jane "Cia" Doe (D-Elm City),': attr16)
#: "..., the mayor of Elmton, Ky., warned": an office "of" a city and its state in commas (read11a).
_OF_CITY_STATE = re.compile(r"(?<![\w'’.-])((?:[Tt]he\s+)?(?:[a-z]+\s+){1,2}of\s+(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*,\s+"
                            r"[A-Z][\w.]*),\s*$")  # (one word: "DC", "Ky.", "Ohio"; not "Harlow Foods, Mia Stone,")
#: A name opening the clause, its age in commas, then "from" / "of" a town and its county with no comma
#: before the cue ("Able seaman Jo Roe, 91, from Tarne, Kent said"; a trade before the name is allowed).
_HOME_TAIL = re.compile(r"(?:^|(?<=[.;:!?]\s)|(?<=^\W))((?:[A-Z][\w'’-]*\s+(?:[a-z]+\s+){0,2})?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+),"
                        r"\s+\d{1,3},\s+(?:from|of)\s+(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*,\s+(?:[A-Z][\w'’-]*\s+){0,1}[A-Z][\w'’-]*\s*$")
#: A plural person noun opening the sentence (lang.PERSON_NOUNS), then only prepositions, determiners
#: and capitalised words to "in"/"from"/"near" a city and its state in commas before the cue (read32).
_IN_CITY_STATE = re.compile(r"(?:^|(?<=[.;:!?]\s)|(?<=^\W))((?:(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+)?([A-Z][a-z]+s)"
                            r"(?:\s+(?:" + lang.PEOPLE_PHRASE_LINKS_RE + r"|[A-Z][\w'’.&-]*)){0,6}\s+(?:" + lang.CITY_STATE_PREPOSITIONS_RE + r")\s+"
                            r"(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*,\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*)?),\s*$")


def _people_in_city_state(text: str, toks: list[Tok], lo: int, i: int):
    """"Residents of Elm Park in Boulder, Colorado, say": the people, their place and its state."""
    m = _IN_CITY_STATE.search(text[toks[lo].start:toks[i].start])
    return m if m and m.group(2).lower() in lang.PERSON_NOUNS else None


def tagged_name(text: str, toks: list[Tok], lo: int, i: int) -> tuple[int, int] | None:
    """The span of the name before cue token i when a tag stands between them, else None."""
    if lo < i and (dl := _DATELINE.match(text, toks[lo].start, toks[i].start)) is not None:
        lo = next((x for x in range(lo, i) if toks[x].start >= dl.end()), lo)  # "<CITY>, <St.>, <date> -- Acme Inc., a ...," (genre39)
    a = max(toks[lo].start, toks[i].start - 120)
    seg = text[a:toks[i].start]
    if toks[i - 1].text == ",":
        tag = _PARTY_TAG.search(seg) or _OF_CITY_STATE.search(seg)
        if not tag and (tag := _people_in_city_state(text, toks, lo, i)) is not None:
            a = toks[lo].start
    else:
        tag = _HOME_TAIL.search(text[toks[lo].start:toks[i].start])
        a = toks[lo].start
        if not tag and "," in seg and any(t.text == "," for t in toks[lo:i]) and toks[i - 1].text.isalpha():
            # "Mia Bell, head of roads, rail and ports policy at the X group said": an open apposition whose
            # list of lower-case words the leftward walk stops in (open_apposition.py)
            lo = next((x + 1 for x in range(i - 1, lo - 1, -1) if toks[x].text in ('"', "”")), lo)  # after a quotation's close (real46)
            k = next((x for x in range(lo, i) if toks[x].text == ","), None)
            return name_before_open_apposition(text, toks, lo, k, i - 1) if k is not None else None
    if not tag:
        return None
    lead = re.match(r"(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+", tag.group(1))  # "But Republican Sen. X, R-Vt.," (read25)
    return a + tag.start(1) + (lead.end() if lead else 0), a + tag.end(1)
