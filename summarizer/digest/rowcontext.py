"""Where a number or a year sits in its claim, for the timeline and the quantity rows (digest15,
issue 15: BASIL stories read as an analyst).

- A number in the frame of a quoted statement is the outlet's, not the speaker's: the speaker says
  what is inside the quotation marks, the outlet tells where and how ("“...,” Mr. Doe told
  admirers in a forceful 16-minute address"; "Ms. Roe explained her loss in her first two years
  by saying, “...”").
- A year of one occasion in a list of several, told in a phrase that describes a noun ("two
  books, one given her by her teacher in 1988 and another used by her mother in 1994") or after
  an adverb of occasion ("— once by Mayor Vane in 1979 ..., and again by his son in 2003"), is
  that occasion's, not the claim's day.
- A year inside a clause opened by "since" or "until" ("has fired 900 shells since the siege began
  in 2019") bounds a stretch of time: not the claim's day (digest33).
"""

from __future__ import annotations

import re

from .. import lang

_OPEN, _CLOSE = "“\"", "”\""
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_WORD = r"[\w.'’-]+"
#: what introduces a quotation that is the statement itself: a verb of saying, or a colon
_SAYING = re.compile(r"(?:\b(?:" + "|".join(sorted(set(lang.SPEECH_VERBS) | set(lang.SAYING_PAST), key=len, reverse=True)) + r")\b"
                     r"(?:\s+" + _WORD + r"){0,6}?\s*[,:]?|:)\s*$", re.I)
#: a word that opens reported content before a number outside the quotation ("said 40 people ...")
_CONTENT_OPENER = re.compile(r"\b(?:" + "|".join(lang.REPORTED_CONTENT_OPENERS) + r")\b", re.I)
_OBJECT = r"(?:(?:" + "|".join(sorted(lang.PERSON_OBJECT_PRONOUNS)) + r")\s+)?"  # "given her by"


def claim_quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks (marks included) of one claim's text; a claim cut from a longer
    quotation may open inside one (a closing mark first) or end inside one (an opening mark last).
    Not attribution.text.quote_spans, which reads a whole article's paragraphs and drops a mark
    never closed: in a claim's cut text such a mark is the quotation it was cut from."""
    spans, start = [], None
    for m in re.finditer(r"[“”\"]", text):
        ch = m.group(0)
        if start is None:
            if ch == "”":  # began inside the quotation
                spans.append((0, m.end()))
            else:
                start = m.start()
        elif ch in _CLOSE:
            spans.append((start, m.end()))
            start = None
    if start is not None:
        spans.append((start, len(text)))
    return spans


def _statement_quote(text: str, spans: list[tuple[int, int]]) -> bool:
    """One quotation is the statement: it opens the claim, or a verb of saying or a colon
    introduces it ("Mr. Doe said, “...”"); not a phrase quoted inside a sentence ("called the
    ceremony “a closed affair”")."""
    return any(not text[:a].strip() or _SAYING.search(text[:a]) for a, _ in spans)


def in_quoted_frame(text: str, counted: str, attributed_to: str | None) -> bool:
    """The quantity (`counted` as the claim writes it) sits outside the quotation of a quoted
    statement, in its frame, and no "that"/"said" opens reported content before it in its stretch
    of unquoted words: the outlet's number, not the speaker's."""
    if not attributed_to or attributed_to == "article":
        return False
    at = text.find(counted)
    spans = claim_quote_spans(text)
    if at < 0 or not spans or not _statement_quote(text, spans):
        return False
    if any(a <= at < b for a, b in spans):
        return False
    before = max((b for a, b in spans if b <= at), default=0)
    return not _CONTENT_OPENER.search(text[before:at])


def _source_word_and_at(text: str, counted: str, attributed_to: str | None) -> tuple[str, int] | None:
    """The last capitalised word of a claim's named source and where the counted phrase first stands in the claim, or
    None (the outlet's own claim, no capitalised word, the phrase not in the text)."""
    if not attributed_to or attributed_to == "article":
        return None
    last = re.findall(r"[A-Z][\w’'-]+", attributed_to)
    at = text.find(counted)
    return (last[-1], at) if last and at >= 0 else None


def in_opening_frame(text: str, counted: str, attributed_to: str | None) -> bool:
    """The quantity sits in an opening clause set off by a comma before the source's own mention,
    whose cue then opens the content with "that" or a quotation ("Trying to regain momentum after
    losing a two-month battle, Mr. Doe asserted that ..."): the outlet's setting of the scene, not
    what the source says ("In 2019, 40 people died, Smith said" stays Smith's)."""
    if (found := _source_word_and_at(text, counted, attributed_to)) is None:
        return False
    last, at = found
    m = re.compile(r"\b" + re.escape(last) + r"\b").search(text, at)
    if m is None or "," not in text[at:m.start()]:
        return False
    return bool(re.match(r"\s+(?:(?:also|then|later)\s+)?(?:" + "|".join(sorted(lang.CUE_VERBS, key=len, reverse=True))
                         + r")\s*(?:,\s*)?(?:that\b|[“\"])", text[m.end():]))


def occasion_year(text: str, when: str | None) -> bool:
    """The `when` is a year that dates one occasion of a list, not the claim: the claim holds
    another year, and the `when`'s year follows an agent phrase ("by her teacher in 1988") whose
    participle describes a noun (no form of "be" before it: "one given her by ...", "another used
    by ...") or opens an occasion ("once by ...", "again by ..."). A passive main clause ("was built
    by the Garrow family in 1911 and expanded in 1950") keeps its year."""
    if not when:
        return False
    m = _YEAR.search(when)
    if m is None or len(set(_YEAR.findall(text))) < 2:
        return False
    at = text.find(when.strip()) if when.strip() in text else text.find(m.group(0))
    if at < 0:
        return False
    clause = re.split(r"[,;:—–]|\s-{1,2}\s", text[max(0, at - 100):at])[-1]
    agent = re.search(r"(?:^|\s)(\S+)\s+" + _OBJECT + r"by(?:\s+" + _WORD + r"){1,5}\s+(?:in|during)?\s*$", clause)
    if agent is None:
        return False
    word = agent.group(1).lower()
    if word in lang.OCCASION_ADVERBS:
        return True
    participle = word.endswith(("ed", "en")) or word in lang.DESCRIPTION_PARTICIPLES or word in lang.IRREGULAR_VERBS
    prev = re.search(r"(\w+)\s+(?:\w+ly\s+)?$", clause[:agent.start(1)])  # "was (later) built by": a passive
    return participle and not (prev and prev.group(1).lower() in lang.BE_FORMS)


_BOUND = re.compile(r"\b(?:" + "|".join(lang.YEAR_BOUND_WORDS) + r")\b", re.I)


def bound_year(text: str, when: str | None) -> bool:
    """The `when` is a year the claim writes only inside a clause opened by "since" or "until"
    ("... 900 shells since the siege began in 2019", "... until 2031"): the bound of a stretch the
    claim tells, not the day it happened (digest33: a count since a siege began dated to its first
    year on the timeline and in the quantity table)."""
    if not when:
        return False
    m = _YEAR.search(when)
    if m is None:
        return False
    spots = [y.start() for y in re.finditer(r"\b" + m.group(0) + r"\b", text)]
    if not spots:
        return False
    for at in spots:
        clause = re.split(r"[,;:—–()]|\s-{1,2}\s", text[:at])[-1]
        if not _BOUND.search(clause):
            return False
    return True


_COMPARED = re.compile(r"\b(?:(?:" + lang.YEAR_COMPARE_RE + r")\b(?:\s+[\w$%.,-]+){0,3}?|(?:" + lang.YEAR_CHANGE_FROM_RE
                       + r")\b(?:\s+[\w$%.,-]+){1,3}?)\s+$", re.I)


def compared_year(text: str, when: str | None) -> bool:
    """The `when` is a year the claim writes only as the earlier side of a comparison with another
    year it names ("Sinkings dropped from 52 in 2008 to 47 in 2009", "... compared with 2008"): the
    claim tells of the other year, not of this one (digest34: such a claim was dated to the year it
    compares with on the timeline)."""
    m = _YEAR.search(when or "")
    if m is None or not any(y != m.group(0) for y in _YEAR.findall(text)):
        return False
    spots = [y.start() for y in re.finditer(r"\b" + m.group(0) + r"\b", text)]
    return bool(spots) and all(_COMPARED.search(text[max(0, at - 60):at]) for at in spots)


#: a bound or an approximation right before the number of a counted phrase ("more than 30 people", "about 1,500
#: homes", "more than a dozen women", "at least four"): a word of lang.APPROXIMATORS_RE, the number (figures, a
#: spelled one, "a dozen") with its scale, and at most one word before what is counted
_NUMBER_WORD = r"(?:[$£€]?\d[\d,.]*%?|" + "|".join(sorted(set(lang.NUMBER_UNITS) | set(lang.NUMBER_TENS), key=len, reverse=True)) + r"|a\s+dozen|dozens)"
_BOUND_WORDS = r"(?P<b>" + lang.APPROXIMATORS_RE + r"|as many as|as few as|an estimated)"
_BOUND_BEFORE = re.compile(r"\b" + _BOUND_WORDS + r"\s+" + _NUMBER_WORD
                           + r"(?:\s+(?:" + "|".join(lang.SCALE_WORDS) + r"))?(?:\s+[a-z][\w-]*){0,2}?(?:\s+of)?\s+$", re.I)  # ("more than two years of investigation")
_BOUND_INSIDE = re.compile(r"^" + _BOUND_WORDS + r"\s+(?=\S)", re.I)
_BOUND_RIGHT_BEFORE = re.compile(r"\b" + _BOUND_WORDS + r"\s+$", re.I)
_OWN_NUMBER = re.compile(r"[$£€]?\d")


def bound_of(text: str, counted: str) -> str | None:
    """The words that make a row's value a bound or an estimate ("more than", "about", "at least"), as the claim
    writes them before its number, or None for an exact count: a table shows "more than 30", never a bare 30
    (lead38: "The Post interviewed more than 30 people" was shown as 30 people)."""
    m = re.search(r"(?<![\w.])" + re.escape(counted) + r"(?!\w)", text, re.I)
    if m is None:
        return None
    if (inside := _BOUND_INSIDE.match(counted)) is not None:
        return inside.group("b").lower()
    before = text[max(0, m.start() - 80):m.start()]
    # a counted phrase that opens on its own number ("6,500-capacity ground") is bound only by the words right
    # before it: in "about 4,200 at the 6,500-capacity ground" the "about" is the other number's
    b = _BOUND_RIGHT_BEFORE.search(before) if _OWN_NUMBER.match(counted) else _BOUND_BEFORE.search(before)
    return " ".join(b.group("b").lower().split()) if b else None


#: a report set in the background of a claim by a preposition ("after a report that ...", "amid claims that ...",
#: "over allegations that ...") before the number: the number is the report's, not the claim's source's
_BACKGROUND_REPORT = re.compile(r"\b(?:" + "|".join(lang.BACKGROUND_REPORT_PREPOSITIONS) + r")\s+(?:(?:" + "|".join(lang.BACKGROUND_REPORT_MODIFIERS) + r")\s+)*(?:"
                                + "|".join(sorted(lang.CLAIM_NOUNS_DISPUTED | set(lang.BACKGROUND_REPORT_NOUNS)))
                                + r")s?\s+(?:that|of)\b[^;:“”\"]*$", re.I)


def in_background_report(text: str, counted: str, attributed_to: str | None) -> bool:
    """The quantity sits in a report the claim sets in its background ("<Officials> defended the nominee after a
    report that he had pursued four teenage girls"): its source did not claim the number (lead38), so the row is
    the outlet's telling of the report. Not a report that is the object of the source's own verb ("confirmed
    reports that 30 died")."""
    return _said_before_count(_BACKGROUND_REPORT, text, counted, attributed_to)


def _said_before_count(rx: re.Pattern, text: str, counted: str, attributed_to: str | None) -> bool:
    """A source's claim whose words before the counted phrase's first mention end in what `rx` reads (a background
    report, a denied accusation): the count is not the source's own."""
    if not attributed_to or attributed_to == "article":
        return False
    at = text.find(counted)
    return at > 0 and rx.search(text[:at]) is not None


#: a verb of denial, then its object noun of accusation ("dismissed allegations of sexual misconduct ... from more than a
#: dozen women", "denied the accusations of four women"): the count inside the object is the outlet's (lead41)
_DENIED_OBJECT = re.compile(r"\b(?:" + "|".join(sorted(lang.DENIAL_VERBS)) + r")\s+(?:(?:the|" + "|".join(lang.POSSESSIVE_DETERMINERS) + r")\s+)?(?:[\w-]+\s+){0,2}?(?:"
                            + "|".join(sorted(lang.ACCUSATION_NOUNS)) + r")\b[^;:“”\"]*$", re.I)


def in_denied_object(text: str, counted: str, attributed_to: str | None) -> bool:
    """The quantity sits in the object of the source's denial ("Trump dismissed allegations ... from more than a dozen
    women"): the source denies the allegations, it does not count the accusers; the row is the outlet's telling."""
    return _said_before_count(_DENIED_OBJECT, text, counted, attributed_to)


#: a source picked out of a group named before ("two of the people", "three of those officials", "one of them")
_PARTITIVE_SOURCE = re.compile(r"\s*[\w-]+\s+of\s+(?:" + "|".join(lang.PARTITIVE_OF_WORDS) + r")\b", re.I)


def counts_its_source(text: str, counted: str, attributed_to: str | None) -> bool:
    """Every mention of the counted phrase lies inside the claim's own source, a part of a group named before, as the
    claim writes it ("..., two of the people said": the row "people 2" counts who speaks, no figure of the story;
    lead38). A count of speakers that is the story's own figure ("More than 1,000 workers said ...") stays a row."""
    if not attributed_to or attributed_to == "article" or not counted.strip() or not _PARTITIVE_SOURCE.match(attributed_to):
        return False  # ("More than 1,000 workers said ...": a count of speakers that is the story's figure stays a row)
    low, src = text.lower(), attributed_to.lower()
    spans = [(m.start(), m.start() + len(src)) for m in re.finditer(re.escape(src), low)]
    hits = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(counted.lower()) + r"(?!\w)", low)]
    return bool(spans) and bool(hits) and all(any(a <= h < b for a, b in spans) for h in hits)


#: The apposition after a source's name up to the cue it is the subject of ("<Name>, D-Va., one of the nine
#: lawmakers to vote against the bill, said ...").
_APPOSITION_TO_CUE = re.compile(r"\s*,(?P<app>[^;:“”\"]{1,160}?),\s+(?:(?:also|later|then)\s+)?(?:"
                                + "|".join(sorted(lang.CUE_VERBS, key=len, reverse=True)) + r")\b")


def in_source_apposition(text: str, counted: str, attributed_to: str | None) -> bool:
    """The quantity sits in the apposition that describes the claim's source before its cue ("<Name>, one of the nine
    lawmakers to vote against the bill, said the nation faces bigger problems"): the outlet's description of the
    speaker, not what the speaker says (the lead, session 39)."""
    if (found := _source_word_and_at(text, counted, attributed_to)) is None:
        return False
    last, at = found
    for m in re.finditer(r"\b" + re.escape(last) + r"\b", text[:at]):
        a = _APPOSITION_TO_CUE.match(text, m.end())
        if a is not None and a.start("app") <= at < a.end("app"):
            return True
    return False


#: ", according to <source>," set off inside a claim, then the clause it sources ("..., in which, according to exit
#: polls, the mayor won 44 percent of the vote").
_INNER_ACCORDING = re.compile(r",\s*according\s+to\s+(?P<src>[^,;:“”\"]{2,60}?),\s*(?P<rest>[^;:“”\"]{1,100})")


def inner_according(text: str, counted: str, attributed_to: str | None) -> str | None:
    """The source of an "according to" aside inside the claim whose clause holds the quantity: that source claims the
    number, not the claim's speaker ("<Name> is concerned about the caucus, in which, according to entrance polls, the
    rival won 44 percent of the vote": the polls' figure; the lead, session 40). None when no such aside holds it."""
    for m in _INNER_ACCORDING.finditer(text):
        if text[:m.start()].split()[-1:] and text[:m.start()].split()[-1].lower() in lang.SPEECH_VERBS or m.group("rest").startswith("that "):
            continue  # "<Name> said, according to the minutes, that ...": the minutes source the saying, the figure is hers
        at = text.find(counted, m.start("rest"))
        if m.start("rest") <= at < m.end("rest") and m.group("src").strip() != (attributed_to or ""):
            return m.group("src").strip()
    return None
