"""Frames whose cue stands out of its usual place (session 39, attr48; lang/cue_shapes.py):
- a cleft: "It was <X> who (first) said A" -> X's A (read as "<X> (first) said A");
- a pseudo-cleft: "What <X> told the council was that A" -> X's A (only with "that" or a colon after
  "was": "What <X> said was unclear" is the outlet's remark on it);
- an attempt to convince: "<X> has tried to convince residents that A" -> X's A (the statement was made
  to them, as after "tried to argue that"; "<X> convinced residents that A" is left as it is);
- a statement quoted from someone in a relative: "<Paper> quoted a statement from <X>, who said A" -> X's A.
Each returns a Frame or None; the first three read the sentence through `main` on a copy of the same
length (offsets kept), the words of the shape blanked or the verb replaced by a plain cue."""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span

_CLEFT = re.compile(r"\W*(?P<it>(?:(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+)?[Ii]t\s+(?:" + lang.CLEFT_BE_RE + r")\s+)"
                    r"(?P<src>[^,;:“”\"]{2,80}?)\s+(?P<who>who)\s+(?:(?:" + lang.CLEFT_ADVERBS_RE + r")\s+)?(?P<cue>[a-z]+)\b")
#: "And so it was on Saturday, after the vote, that <X> warned that A": a cleft that puts a time or place phrase in
#: focus (a preposition or "then"/"there" after "it was"); the clause after its "that" is the sentence (attr58's Left; attr59).
_ADVERBIAL_CLEFT = re.compile(r"\W*(?P<it>(?:(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+)?(?:so\s+)?[Ii]t\s+(?:" + lang.CLEFT_BE_RE + r")\s+)"
                              r"(?P<focus>(?:" + "|".join(sorted(lang.PREPOSITIONS)) + r")\s[^;:“”\"]{2,100}?|then|there),?\s+(?P<that>that)\s+(?=\S)")
_FINITE_SPEECH = "|".join(sorted((w for w in lang.SPEECH_VERBS if w.isalpha() and not w.endswith("ing")), key=len, reverse=True))
_PSEUDO = re.compile(r"\W*(?:(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+)?[Ww]hat\s+(?P<src>[^,;:“”\"]{2,60}?)\s+(?P<cue>" + _FINITE_SPEECH + r")\b"
                     r"[^,;:“”\"]{0,40}?\s+(?:was|is)\s+(?:that\s+|:\s*)")
_CONVINCE = re.compile(r"\b(?:" + lang.TRYING_VERBS_RE + r")\s+to\s+(?P<cue>" + "|".join(sorted(w for w in lang.PERSUADING_VERBS if not w.endswith(("s", "ed", "ing"))))
                       + r")\s+[^,;:“”\"]{1,40}?(?=\s+that\s)")
_QUOTED_FROM = re.compile(r"[^;:“”\"]{2,80}?\s(?:" + "|".join(sorted(lang.QUOTING_VERBS)) + r")\s+(?:" + lang.QUOTED_STATEMENT_NOUNS_RE
                          + r")\s+(?:" + lang.QUOTED_FROM_PREPOSITIONS_RE + r")\s+(?P<src>[^;:“”\"]{2,80}?),\s+who\s+(?:(?:" + lang.CLEFT_ADVERBS_RE
                          + r")\s+)?(?P<cue>(?:" + lang.QUOTED_RELATIVE_CUES_RE + r")(?:\s+[^,;:“”\"]{1,30}?)?)"
                          r"(?:\s+that)?\s+(?=\S)")


def cleft_focus(opener: str) -> str:
    """An opener that is a whole adverbial cleft ("And so it was on Saturday, after the vote, that") as the opener it
    focuses ("on Saturday, after the vote,"), for relations._framed; any other opener as it is (attr59)."""
    m = _ADVERBIAL_CLEFT.match(opener + " X")
    return opener[m.start("focus"):m.end("focus")].rstrip(",") + ", " + opener[m.end("that"):].strip() if m else opener


def _finite_cue(word: str) -> bool:
    return word in lang.SPEECH_VERBS and not word.endswith("ing")


def focus_frame(text: str, sp: Span, quotes, main, frame_cls):
    """The frame of a cleft, a pseudo-cleft, an attempt to convince or a statement quoted from someone
    (module docstring), or None; `main(text, span)` is the main frame reader."""
    if any(s < sp.end and e > sp.start for s, e, _ in quotes):
        return None  # a quotation in the sentence: the usual readings decide
    m = _CLEFT.match(text, sp.start, sp.end)
    if m and _finite_cue(m.group("cue")) and m.group("src")[:1].isupper() | m.group("src").startswith(("the ", "a ")):
        a, b = m.span("it")
        blank = text[:a] + " " * (b - a) + text[b:m.start("who")] + "   " + text[m.end("who"):]
        fr = main(blank, Span(sp.start, sp.end))
        if fr is not None and fr.source_span and fr.source_span[0] >= b and fr.source_span[1] <= m.end("src"):
            return fr
    m = _ADVERBIAL_CLEFT.match(text, sp.start, sp.end)
    if m:  # the focus read as an opener: "<blank> on Saturday, after the vote, <blank> <X> warned that A"
        a, b = m.span("it")
        blank = text[:a] + " " * (b - a) + text[b:m.end("focus")] + "," + " " * (m.end("that") - m.end("focus") - 1) + text[m.end("that"):]
        fr = main(blank, Span(sp.start, sp.end))
        if fr is not None and fr.source_span and fr.source_span[0] >= m.end("that"):
            return fr
    m = _PSEUDO.match(text, sp.start, sp.end)
    if m and _finite_cue(m.group("cue")) and len(text[m.end():sp.end].split()) >= 3:
        return frame_cls(m.span("src"), m.span("cue"), "indirect", [(m.end(), sp.end)], "initial")
    m = _CONVINCE.search(text, sp.start, sp.end)
    if m:
        a, b = m.start("cue"), m.end()
        fr = main(text[:a] + "argue".ljust(b - a) + text[b:], Span(sp.start, sp.end))
        if fr is not None and fr.cue_span[0] == a and fr.source_span and fr.source_span[1] <= a:
            fr.cue_span = m.span("cue")
            return fr
    m = _QUOTED_FROM.match(text, sp.start, sp.end)
    if m and len(text[m.end():sp.end].split()) >= 3:
        cue = m.group("cue").split()[0]
        return frame_cls(m.span("src"), (m.start("cue"), m.start("cue") + len(cue)), "indirect", [(m.end(), sp.end)], "initial")
    return None


def focus_alone(text: str, r, start: int, end: int) -> bool:
    """The span [start, end) is one of these shapes and `r` the relation of its cue: the sentence is the
    source's statement as a whole, whatever share the content has (relations._framed's ALONE)."""
    if not r.cue_span or r.end < end - 2:
        return False
    for rx, find in ((_CLEFT, rx_match), (_PSEUDO, rx_match), (_CONVINCE, rx_search), (_QUOTED_FROM, rx_match)):
        m = find(rx, text, start, end)
        if m is not None and m.start("cue") == r.cue_span[0]:
            return True
    return False


def rx_match(rx, text: str, start: int, end: int):
    return rx.match(text, start, end)


def rx_search(rx, text: str, start: int, end: int):
    return rx.search(text, start, end)


#: After a denial's object, " and " and a clause of the outlet's: a subject of up to four words, then a finite
#: auxiliary ("<X> denies A and investigations have cleared her"): the second clause is the outlet's (attr48).
_AND_OWN_CLAUSE = re.compile(r"\s+and\s+(?!(?:" + lang.RELATIVE_OPENERS_RE + r")\b)(?:(?:" + "|".join(sorted(lang.DETERMINERS)) + r")\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]*s\s+"
                             r"(?:" + lang.OWN_CLAUSE_VERBS_RE + r")\b")


def denial_cut(text: str, fr):
    """`fr` with a denial's content cut before " and <subject> <verb>" when the denial's object is a noun phrase
    (not "denies that A and B", where both are denied)."""
    if fr is None or not fr.content or not fr.cue_span or text[fr.cue_span[0]:fr.cue_span[1]].lower() not in lang.DENIAL_VERBS:
        return fr
    s, e = fr.content[-1]
    if (m := _own_clause_after(text, s, e)) is not None:
        fr.content = fr.content[:-1] + [(s, m.start())]
    return fr


def _own_clause_after(text: str, s: int, e: int):
    """The " and <subject> <verb>" match after a denial's noun-phrase object at text[s:e], or None."""
    if re.match(r"\s*(?:that|claims?\s+that)\b", text[s:e]):
        return None
    m = _AND_OWN_CLAUSE.search(text, s, e)
    before = text[s:m.start()] if m else ""
    return m if m and before.strip() and before.count('"') % 2 == 0 and before.count("“") == before.count("”") else None


_DENIAL = re.compile(r"\b(?:" + "|".join(sorted(lang.DENIAL_VERBS)) + r")\b")


def denial_and_breaks(seg: str) -> list[tuple[int, int]]:
    """(start, end) in `seg` of the " and <subject> <verb>" that opens the outlet's clause after a denial's
    noun-phrase object ("<X> denies any wrongdoing and two inquiries have cleared her"): a claim of its own."""
    d = _DENIAL.search(seg)
    inside = d is not None and re.search(r"\b(?:" + lang.RELATIVE_OPENERS_RE + r")\s+(?:\S+\s+){0,2}$", seg[:d.start()])  # "the plan that he rejected"
    m = _own_clause_after(seg, d.end(), len(seg)) if d and not inside and seg[:d.start()].count('"') % 2 == 0 else None
    return [m.span()] if m else []


def felt_clause(toks, i: int) -> bool:
    """toks[i], a form of "feel", takes a clause with no "that": a pronoun or a noun phrase of up to four
    words (no preposition nor comma in it), then a finite verb ("felt ministers were not doing enough",
    "felt the council had ignored them"); not "felt the ground shake", "felt the heat of the fire" (attr48)."""
    if toks[i].low not in lang.FEELING_CUES:
        return False
    k = i + 1 + (i + 2 < len(toks) and toks[i + 1].low.endswith("ly") and toks[i + 1].low != "only")
    if k < len(toks) and toks[k].low in lang.JUDGED_FEELINGS:
        return True  # "Many voters felt (deeply) betrayed when ...": their view of a wrong done (lang.JUDGED_FEELINGS; attr59)
    for k in range(i + 1, min(len(toks), i + 6)):
        w = toks[k].low
        if w in lang.CLAUSE_FINITE_VERBS:
            return k > i + 1
        if not toks[k].text[:1].isalnum() or w in lang.PREPOSITIONS or w in lang.CLAUSE_WORDS or w in ("like", "as", "so"):
            return False
    return False
