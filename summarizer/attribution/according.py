"""According-to forms other than "according to X" (frames.py reads that one itself):
"..., by one estimate.", "..., per the ministry.", "As reported by X, ...", "X quoted Y as
saying ...", "Y was quoted as saying ...". Each is the source, the cue and the content.
"""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span
from .name_kinds import plural_people
from .text import outside

#: "by one estimate", "by some accounts", "by the group's count": an according-to phrase.
_BY_ESTIMATE = re.compile(r"\b([Bb]y)\s+((?:" + lang.ESTIMATE_DETERMINERS_RE + r"|[A-Z][\w’'.-]*['’]s?)"
                          r"(?:\s+[\w’'-]+){0,3}?\s+(?:" + lang.ESTIMATE_NOUNS_RE + r"))(?=\s*[,.;])")
#: "..., per the ministry." at the end of a sentence: an according-to phrase (not "5 per day").
_PER_SOURCE = re.compile(r",\s*(per)\s+([A-Za-z][^,;:“”\"]{1,50}?)\s*[.!]?[\"”’']*\s*$")
#: "Per the plea agreement, ...", "Per a company spokesperson, ...": an according-to phrase opening
#: the sentence (a determiner, a possessive or a name after "Per"; not "Per capita, ...").
_PER_OPENER = re.compile(r"\W*(Per)\s+((?:" + lang.FINDING_DETERMINERS_RE + r"|[A-Z][\w’'.-]*)\s+[^,;:“”\"]{1,50}?)\s*,\s+(?=\S)")
#: "..., in her view.", "... are safe in his eyes.", "..., in the view of Rep. Jane Doe.": a holder's view
#: closing the sentence (the opening forms are cues.view_frame's); a pronoun, a name's possessive, or
#: "the view/eyes/opinion of" a name (session 11, stated12; PolNeAR half A: '... are "safe" in his eyes.').
_VIEW_CLOSER = re.compile(r",?\s+(?P<cue>in)\s+(?:(?P<src>" + "|".join(lang.POSSESSIVE_DETERMINERS) + r"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}['’]s?)"
                          r"(?:\s+own)?\s+(?:" + lang.CLOSING_VIEW_NOUNS_RE + r")|the\s+(?:" + lang.CLOSING_VIEW_NOUNS_RE
                          + r")\s+of\s+(?P<src2>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*))\s*[.!]?[\"”’']*\s*$")
#: "As stated in X's commentary, ...", "As reported by the newspaper, ...".
_AS_REPORTED = re.compile(r"^\W*(As\s+(?:" + lang.AS_REPORTED_VERBS_RE + r")\s+(?:in|by))\s+([^,;“\"]{2,60}?)\s*,\s*")
#: "..., first reported by the Valley Herald.", "..., as reported by Reuters.": the closing form (the lead, session 42).
_REPORTED_BY_CLOSER = re.compile(r",\s+((?:as\s+)?(?:(?:first|initially|originally)\s+)?(?:reported|revealed|disclosed)\s+by)\s+"
                                 r"((?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]*)\s*[.!]?\s*$")


#: "X quoted Y as saying ..." (Y speaks) and "Jane Doe was quoted as saying ...".
_QUOTED_AS = re.compile(r"\b(?P<cue>" + lang.QUOTING_VERBS_RE + r")\s+(?P<src>(?:[\w'’.-]+\s+){0,9}?[\w'’.-]+)\s+as\s+(?:"
                        + lang.QUOTED_SAYING_RE + r")\b")
_WAS_QUOTED_AS = re.compile(r"\W*(?:(?i:" + lang.QUOTED_OPENERS_RE + r"),\s+)?(?P<src>(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*|[Hh]e|[Ss]he|[Tt]hey"
                            r"|[Tt]he\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)\s+(?:"  # "The finance minister was cited as saying"
                            + lang.QUOTED_PASSIVE_RE + r")\s+(?P<cue>" + lang.QUOTING_VERBS_RE + "|" + lang.ON_RECORD_RE + r")\s+as\s+(?:"
                            + lang.QUOTED_SAYING_RE + r")\b")


#: '“...,” an unnamed woman was quoted as saying (by the Daily Ledger).': the quotation before is hers.
_QUOTED_AS_AFTER = re.compile(r"([”\"])\s*,?\s+(?P<src>[^,;:“”\"]{2,90}?)\s+(?:" + lang.QUOTED_PASSIVE_RE + r")\s+(?P<cue>"
                              + lang.QUOTING_VERBS_RE + r")\s+as\s+(?:" + lang.QUOTED_SAYING_RE
                              + r")(?:\s+by\s+[^,;:“”\"]{2,60}?)?\s*[.!]?\s*$")
#: "A, the agency quoted a local official as saying." (wire copy; intl38): the content before the
#: comma is the quoted person's, as in "The agency quoted X as saying A" (no quotation marks needed).
_QUOTED_AS_FINAL = re.compile(r",\s+(?:[\w'’.-]+\s+){0,5}?(?P<cue>" + lang.QUOTING_VERBS_RE + r")\s+(?P<src>(?:[\w'’.-]+\s+){0,7}?[\w'’.-]+)"
                              r"\s+as\s+(?:" + lang.QUOTED_SAYING_RE + r")\s*[.!]?\s*$")
#: "A, Jane Doe was quoted as saying by Tarvo radio." (wire copy; intl38): hers, with no quotation marks.
_WAS_QUOTED_FINAL = re.compile(r",\s+(?P<src>[^,;:“”\"]{2,60}?)\s+(?:" + lang.QUOTED_PASSIVE_RE + r")\s+(?P<cue>" + lang.QUOTING_VERBS_RE
                               + r")\s+as\s+(?:" + lang.QUOTED_SAYING_RE + r")(?:\s+by\s+[^,;:“”\"]{2,60}?)?\s*[.!]?\s*$")
#: '“...,” the statement read.', '“...,” a memo detailing the findings reads.': a document's words
#: after a quotation (a statement noun, up to six words after it, then "read(s)" ends the sentence).
_DOC_READS = re.compile(r"([”\"])\s*,?\s+((?:[\w'’.-]+\s+){1,3}?(?:" + "|".join(sorted(lang.STATEMENT_NOUNS)) + r")"
                        r"(?:\s+[\w'’-]+){0,6}?)\s+(reads?)\s*[.!]?\s*$")


def _opened_before(start: int, close: int, quotes) -> bool:
    """A quotation opened before `start` closes at `close` (the sentence began inside it)."""
    return any(s_ < start and close <= e <= close + 1 for s_, e, *_ in quotes)


#: A speech tag closing the sentence after an estimate phrase ("A by some measures, one county engineer
#: said."): the tag's speaker is the source; the phrase only qualifies A (PolNeAR half A).
_SAID_TAG = re.compile(r",\s+(?:[\w'’.-]+\s+){1,6}(?:" + lang.PLAIN_SAYING_RE + r")\b[^,;:“”\"]{0,60}[.!?]?[\"”’']*\s*$")
#: ", by ..., ": an estimate phrase set off by commas inside the sentence.
_SET_OFF_BY = re.compile(r",\s*by\b")


def according_like(text: str, sp: Span, quotes, Frame):  # Frame: frames.Frame, passed in as cues.extra_frame takes it
    seg = text[sp.start:sp.end]
    m = _DOC_READS.search(seg)
    if m and outside(sp.start + m.start(2), quotes) and re.match(r"\W*[“\"]", seg) \
            and m.group(2).split()[0].lower() in lang.DESCRIPTION_DETERMINERS:
        a = sp.start
        return Frame((a + m.start(2), a + m.end(2)), (a + m.start(3), a + m.end(3)), "direct",
                     [(sp.start, a + m.start(1) + 1)], "final")
    m = _AS_REPORTED.match(seg)
    if m and len(seg[m.end():].split()) >= 3:
        a = sp.start
        return Frame((a + m.start(2), a + m.end(2)), (a + m.start(1), a + m.end(1)), "according_to",
                     [(a + m.end(), sp.end)], "according")
    m = _REPORTED_BY_CLOSER.search(seg)
    if m and outside(sp.start + m.start(1), quotes) and len(seg[:m.start()].split()) >= 4:
        a = sp.start  # "X forwarded the emails, first reported by the Valley Herald.": the outlet that reported it
        return Frame((a + m.start(2), a + m.end(2)), (a + m.start(1), a + m.end(1)), "according_to",
                     [(sp.start, a + m.start())], "according")
    m = _PER_OPENER.match(seg)
    if m and outside(sp.start + m.start(2), quotes) and len(seg[m.end():].split()) >= 3 and not re.search(r"\d", m.group(2)):
        a = sp.start  # "Per the plea agreement, the treasurer admitted ...": the rest is the agreement's
        return Frame((a + m.start(2), a + m.end(2)), (a + m.start(1), a + m.end(1)), "according_to",
                     [(a + m.end(), sp.end)], "according")
    m = _PER_SOURCE.search(seg)  # "..., per military bloggers."
    head = m.group(2).split()[-1].lower() if m else ""
    if m and not re.search(r"\d", m.group(2)) and (re.search(r"\b[A-Z]", m.group(2)) or head in lang.PERSON_NOUNS
                                                  or head in lang.ORG_HEADS or head.endswith(("ers", "ists"))):
        a = sp.start
        return Frame((a + m.start(2), a + m.end(2)), (a + m.start(1), a + m.end(1)), "according_to",
                     [(sp.start, a + m.start())], "according")
    m = _QUOTED_AS.search(seg) or _WAS_QUOTED_AS.match(seg)
    if m and outside(sp.start + m.start("cue"), quotes) and len(seg[m.end():].split()) >= 3:
        a = sp.start  # "The agency quoted witnesses as saying ...": the quoted are the source
        return Frame((a + m.start("src"), a + m.end("src")), (a + m.start("cue"), a + m.end("cue")), "indirect",
                     [(a + m.end() + 1, sp.end)], "initial")
    m = _QUOTED_AS_AFTER.search(seg)
    if m and outside(sp.start + m.start("cue"), quotes) and (seg.lstrip()[:1] in "“\"" or _opened_before(sp.start, m.start(1) + sp.start, quotes)):
        # (or the sentence opens inside the quotation: '“Was it worth it? Of course,” she was later cited as saying.'; read26)
        a = sp.start
        return Frame((a + m.start("src"), a + m.end("src")), (a + m.start("cue"), a + m.end("cue")), "direct",
                     [(sp.start, a + m.end(1))], "final")
    m = _QUOTED_AS_FINAL.search(seg) or _WAS_QUOTED_FINAL.search(seg)
    if m and outside(sp.start + m.start("cue"), quotes) and len(seg[:m.start()].split()) >= 3:
        a = sp.start
        return Frame((a + m.start("src"), a + m.end("src")), (a + m.start("cue"), a + m.end("cue")), "indirect",
                     [(sp.start, a + m.start())], "final")
    m = _VIEW_CLOSER.search(seg)
    g = "src" if m and m.group("src") else "src2"
    if m and outside(sp.start + m.start(), quotes) and len(seg[:m.start()].split()) >= 3:
        a = sp.start  # "Only the downtown shops matter in his eyes.": the rest is the holder's
        own = _own_holder(seg[:m.start()], m.group("src") or "")
        if own is not None:  # "Despite X saying A, union leaders were gloomier in their view": theirs
            return Frame((a + own[0], a + own[1]), (a + m.start("cue"), a + m.end("cue")), "according_to",
                         [(sp.start, a + m.start())], "according")
        end = a + m.end(g) - (m.group(g).endswith(".") and not re.search(r"\b[A-Z]\.$", m.group(g)))  # "Rep. Ann Cole."
        return Frame((a + m.start(g), end), (a + m.start("cue"), a + m.end("cue")), "according_to",
                     [(sp.start, a + m.start())], "according")
    m = _BY_ESTIMATE.search(seg)
    if m and outside(sp.start + m.start(), quotes) and not _SAID_TAG.search(seg, m.end()):  # (polar44)
        a = sp.start
        content = [s for s in ((sp.start, a + m.start()), (a + m.end(), sp.end)) if len(text[s[0]:s[1]].split()) >= 2]
        if len(content) == 1 and _SET_OFF_BY.match(seg, m.start() - 2) and text[sp.start:a + m.start()].strip(" ,"):
            # "Sales, by the company's own estimate, fell by a third.": the phrase sits inside its content
            content = [(sp.start, a + m.start()), (a + m.end(), sp.end)]
        if content:
            return Frame((a + m.start(2), a + m.end(2)), (a + m.start(1), a + m.end(1)), "according_to", content, "according")
    return None


#: The clause's subject before its verb, after an opener set off by a comma ("Despite X saying A,
#: union leaders were ..."): a plural noun phrase of people ("union leaders", "Democrats").
_PLURAL_SUBJECT = re.compile(r"(?:^|,[”\"’']?\s+)(?P<np>(?:[A-Za-z][\w'’-]*\s+){0,3}?[A-Za-z][\w'’-]*s)\s+(?:" + "|".join(sorted(lang.PLURAL_STATE_VERBS)) + r")\b")


def _own_holder(clause: str, pronoun: str) -> tuple[int, int] | None:
    """The span in `clause` of the subject a closing "in their view" refers back to: "their" after a
    plural subject of people in the same clause (the lead, session 25: the pronoun went to the last
    named source of the article, a news conference); None for any other pronoun or subject."""
    if pronoun.lower() != "their":
        return None
    hits = list(_PLURAL_SUBJECT.finditer(clause))
    if not hits or re.search(r"[“”\"]", clause[hits[-1].start("np"):]):
        return None
    np = hits[-1].group("np")
    first = np.split()[0].lower()
    people = plural_people(np.split()[-1].lower())  # "union leaders", "Democrats" (not "Rates were too high")
    return (hits[-1].start("np"), hits[-1].end("np")) if people and first not in lang.FUNCTION_WORDS and first not in lang.NOT_NAMES else None
