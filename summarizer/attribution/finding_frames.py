"""A sentence whose subject is a published finding (a poll, study, survey, report, documents; lang.FINDING_NOUNS) that
shows, found or suggests its content, or that opens "In this poll, ..." / "In a survey of 2,000 adults by X, ...":
GUIDELINES §13, polls and studies are sources. Tried by cues.extra_frame; moved out of cues.py in session 34 (that
module had reached its bound), the code unchanged.
"""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span
from .pronoun_findings import pronoun_finding
from .text import outside


#: "A poll by X put the parties level on 35%", "The report puts the toll at 40": a finding's figure (genre43)
_PUT_AT = r"puts?(?=\s[^,;:“”\"]{1,60}?\s(?:at|on)\s+(?:about\s+|around\s+|nearly\s+)?[$£€]?\d)"
#: A word before the finding's noun is a modifier, never a subordinator: "<Name> resigned after a report found ..."
#: holds the outlet's clause and a time clause, not a source "<Name> resigned after a report" (left44).
_NO_CLAUSE_WORD = r"(?!(?:" + "|".join(sorted(lang.SUBORDINATORS)) + r")\b)"
_FINDING = re.compile(
    r"\s*(?:(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+)?(?:(?:" + lang.INTRO_PHRASES_RE + r"),\s+)?"
    r"(?P<src>(?:(?:" + lang.FINDING_DETERMINERS_RE + r"|" + _NO_CLAUSE_WORD + r"[\w/&'’.-]+)\s+){0,5}?"
    r"(?P<head>" + "|".join(sorted(lang.FINDING_NOUNS)) + r")\b"
    r"(?:\s*,?\s+(?:" + lang.FINDING_TAILS_RE + r")\b(?:[^,;:“”\"()]|(?<=\d),(?=\d\d\d)){1,70}?)??)"  # ("which involved 2,000 people")
    r"(?:\s+(?:--|[–—])\s+[^–—;:“”\"()]{3,80}?\s+(?:--|[–—]))?"  # ("The memo – a draft seen by staff – shows": left44)
    r"\s*,?\s+(?:(?:" + lang.FINDING_VERB_LEADS_RE + r")\s+)*(?P<cue>"
    + "|".join(sorted(lang.FINDING_VERBS)) + r"|" + _PUT_AT + r")\b", re.I)
#: "In this poll, ...", "In the survey, ...": a finding named by an opening phrase (GUIDELINES §13).
#: (no preposition among the words before the noun: "In the wake of the report, ..." names a time, no finding; polar44)
_IN_FINDING = re.compile(r"\s*(?P<cue>In)\s+(?P<src>(?:(?:" + lang.FINDING_DETERMINERS_RE + r"|(?!(?i:of|to|"
                         + "|".join(sorted(lang.PREPOSITIONS)) + r")\s)[\w/&'’.-]+)\s+){0,4}?"
                         r"(?:" + "|".join(sorted(lang.FINDING_NOUNS)) + r")),\s+(?=\S)", re.I)
#: "In a comparison done by the institute, ...", "In an analysis published by the paper, ...": the finding named with
#: who made it (attr21); a determiner is required, but for a plural before "by" ("In tests by the magazine X,": lead34).
_IN_FINDING_BY = re.compile(r"\s*(?P<cue>In)\s+(?P<src>(?:(?:" + lang.FINDING_DETERMINERS_RE + r")\s+(?:[\w/&'’.-]+\s+){0,3}?|(?=[a-z]+s\s+by\s))"
                            r"(?:" + "|".join(sorted(lang.FINDING_NOUNS | lang.FINDING_BY_NOUNS)) + r")"
                            r"(?:\s+of\s+(?:[^,;:“”\"()]|(?<=\d),(?=\d\d\d)){1,40}?)?\s+(?:(?:"  # ("In a survey of 2,000 adults by X,")
                            + lang.FINDING_BY_PARTICIPLES_RE + r")\s+(?:by|on|for)|by)\s+[^,;:“”\"()]{1,60}?),\s+(?=\S)", re.I)

#: "When the poll asked about the three hopefuls, <X> was backed by 42 percent": what the finding gives in answer
#: to its own question (GUIDELINES §13 names this sentence the poll's; real57's Left, attr58). The question is no content.
_WHEN_FINDING_ASKED = re.compile(r"\s*(?:When|After)\s+(?P<src>(?:" + lang.FINDING_DETERMINERS_RE + r")\s+(?:[\w/&'’.-]+\s+){0,3}?(?:"
                                 + "|".join(sorted(lang.FINDING_NOUNS)) + r"))\s+(?P<cue>asked|questioned)\b[^,;:“”\"()]{3,150}?,\s+(?=\S)")


def finding_frame(text: str, sp: Span, quotes) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int], str] | None:
    """(source span, cue span, content span, kind) of a sentence whose subject is a published
    finding (a poll, study, survey, report, documents; lang.FINDING_NOUNS) that shows, found or
    suggests its content ("The latest poll showed the senator ahead", "A study that appeared in a
    journal found that ..."), or that opens with "In this poll, ..." ("according_to"). GUIDELINES
    §13: polls are sources. None otherwise, and inside quotations."""
    m = _FINDING.match(text, sp.start, sp.end)
    if m is not None and outside(m.start("src"), quotes):
        rest = m.end("cue")
        content = (rest + (text[rest:rest + 1] == " "), sp.end)
        if len(text[content[0]:content[1]].split()) >= 3:
            return (m.start("src"), m.end("src")), (m.start("cue"), m.end("cue")), content, "indirect"
    m = _WHEN_FINDING_ASKED.match(text, sp.start, sp.end)
    if m is not None and outside(m.start("src"), quotes) and len(text[m.end():sp.end].split()) >= 3:
        rest = m.end("cue") + 1  # (the question with the answer: the sentence is the poll's whatever the question's length)
        return (m.start("src"), m.end("src")), (m.start("cue"), m.end("cue")), (rest, sp.end), "indirect"
    m = _IN_FINDING.match(text, sp.start, sp.end) or _IN_FINDING_BY.match(text, sp.start, sp.end)
    if m is not None and outside(m.start("src"), quotes) and len(text[m.end():sp.end].split()) >= 3:
        return (m.start("src"), m.end("src")), (m.start("cue"), m.end("cue")), (m.end(), sp.end), "according_to"
    return pronoun_finding(text, sp, quotes)  # "... according to polls. One released … by X found ..." (attr59)
