"""What a name or a description refers to, read from the words around it (names.Resolver uses
these; session 8, bat9c, short articles written for issue 12):

- `refined_kind`: a name the words alone call a person but that ends with a noun of an
  organisation ("Riverton Police Department", "Brightline Foods", "St. Agnes Hospital") is an
  organisation, so "it" and "the company" may refer to it; a role then a person's name ("Rovers
  coach Gina Alvarez") is a person, not a group; "Ben and Clara Hoyt" (two given names, one family
  name) is a group "they" refers to.
- `named_in_apposition`: a one-word name set in commas after a noun of kin or a role ("his son,
  Kenneth, took over") is a person "he" may refer to.
- `modified_group`: "Business owners on the street had opposed ...": a group "they" refers to.
- `interviewee`: an interview's "A:" paragraphs are the person the introduction presents.
- `dated_document` (coref55): "A lawsuit filed this week" -> "A lawsuit" (the time is no part of the source).
- `finding_it` (coref55): "It found ..." right after a sentence opening with a study is the study.
- `issuer`: "the statement" in "The statement also said ..." stands for whoever issued the
  statement the article mentioned last ("In a statement, Acme said ...").
"""

from __future__ import annotations

import re

from .. import lang
from .labels import interview_opening
from .name_kinds import classify, plural_people

#: A role in lower case, then a person's name of two or three capitalised words, at the end.
_ROLE_THEN_NAME = re.compile(r"(?:[A-Z][\w'’.&-]*\s+){0,3}([a-z][a-z-]+)\s+(?:[A-Z][\w'’-]*\.?\s+){1,2}[A-Z][\w'’-]+$")
#: Two given names and one family name ("Ben and Clara Hoyt", "Parents Jill and Omar Haddad"): a
#: couple or siblings, one group "they" refers to (session 9, left10). Two full names joined by
#: "and" are not taken: tried in session 8, it lowered PolNeAR B's pronoun chain.
_SHARED_SURNAME = re.compile(r"(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+\s+and\s+[A-Z][a-z]+\s+[A-Z][\w'’-]+")
#: "his son, ", "the company's founder, ", "a spokesman, ": a noun in commas right before a name.
_NOUN_BEFORE = re.compile(r"\b([a-z]+),\s*$")


def _org_word(word: str) -> bool:
    w = word.lower().strip(".,'’")
    return w in lang.ORG_HEADS or w in lang.ORG_NAME_ENDINGS


def refined_kind(name: str, kind: str | None) -> str | None:
    """The kind (name_kinds.classify) corrected for organisation names that end with their trade
    or institution noun, for a role before a person's name, and for a couple or siblings named
    by two given names and one family name (a group)."""
    words = name.split()
    if kind == "person" and _SHARED_SURNAME.fullmatch(name) and words[-3] == "and" \
            or len(words) >= 4 and words[-3] == "and" and words[-2] in ("his", "her", "their") and words[-1] in lang.KIN_NOUNS:
        return "group"  # "Ben and Clara Hoyt said ... They said", "Tom Reyes and his wife": the couple
    if kind == "person" and re.fullmatch(r"[A-Z][\w-]*['’]s\s+[A-Z][\w-]*", name):
        return "org"  # "Miller's Hardware", "Joe's Diner": a shop named for its owner
    if kind == "person" and len(words) >= 2 and _org_word(words[-1]) and all(w[:1].isupper() or w[:1] == "&" for w in words) \
            and words[0].lower().rstrip(".") not in lang.PERSON_TITLES | lang.HONORIFICS and " of " not in name:
        return "org"
    m = _ROLE_THEN_NAME.fullmatch(name)
    if kind == "group" and m and m.group(1) not in lang.PREPOSITIONS and not _org_word(words[-1]):
        return "person"
    return kind


def named_in_apposition(seg: str, start: int, end: int) -> bool:
    """The one-word name at seg[start:end] sits in commas after a noun of kin or of a person
    ("When Walter Miller died, his son, Kenneth, took over")."""
    m = _NOUN_BEFORE.search(seg, 0, start)
    return m is not None and seg[end:end + 1] == "," and (m.group(1) in lang.KIN_NOUNS or m.group(1) in lang.PERSON_NOUNS)


#: A description in commas right after a name: ", the outdoor clothing chain,", ", a maker of home batteries,".
#: (The description may have its own relative clause: "Tarne Watch, a charity that monitors rivers,"; lead29.)
_DESCRIPTION_AFTER = re.compile(r",\s+(?:the|an?)\s+(?:[\w'’-]+\s+){0,3}?([a-z]+)(?:\s+(?:" + lang.DESCRIPTION_GOES_ON_RE + r")\b[^,;:“”\"]{0,40})?\s*[,.]")


def apposed_kind(seg: str, start: int, end: int, kind: str | None) -> str | None:
    """The kind of the name at seg[start:end] corrected by what sits in commas around it: a one-word
    name after a noun of kin or of a person ("When Walter Miller died, his son, Kenneth, took over")
    is a person; a name described as a company, chain or club ("Marlow Outfitters, the outdoor
    clothing chain,", "Redmond City FC, the league's oldest club,") is an organisation that "it"
    and "the company" may refer to (session 11, stated12)."""
    if kind == "name" and named_in_apposition(seg, start, end):
        return "person"
    m = _DESCRIPTION_AFTER.match(seg, end)
    if kind in ("person", "name") and m and (m.group(1) in lang.ORG_HEADS or m.group(1) in lang.ORG_DESCRIPTION_NOUNS):
        return "org"
    if kind in ("person", "name") and described_before(seg, start):
        return "org"  # "The port operator, Tessaly Terminals, said ... It said": the description before the name (lead35)
    if kind == "person" and which_after(seg, start, end):
        return "org"  # "Velden Lane, which owns the block, said": "which", never "who" (attr17)
    if kind == "person" and _WHERE_AFTER.match(seg, end):
        return "place"  # "huts next to Pit II, Vellerby, where ...": "where" is said of a place, never of "he" (read27)
    return kind


def which_after(seg: str, start: int, end: int) -> bool:
    """The name of two or more words at seg[start:end] has a "which" clause after it: a body."""
    return len(seg[start:end].split()) >= 2 and _WHICH_AFTER.match(seg, end) is not None


#: A non-restrictive "where" clause right after a name, perhaps past a second name in commas: a place.
_WHERE_AFTER = re.compile(r",\s+(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2},\s+)?where\s+[a-z]")
#: A determiner and a noun in commas right before a name ("The port operator, <Name>, said"): the noun is its description.
_DESCRIPTION_BEFORE = re.compile(r"(?:^|(?<=[,;:.!?\n])\s*)(?i:the|a|an|its|their)\s+(?:[a-z][\w-]*\s+){0,2}([a-z]+),\s*$")


def described_before(text: str, start: int) -> bool:
    """The name at `start` follows an organisation's description in commas at its clause's start ("The port
    operator, <Name>, said", "Its parent company, <Name>,"): a body "it" may mean (lead35)."""
    b = _DESCRIPTION_BEFORE.search(text[max(0, start - 60):start])
    if b is None or b.start() == 0 and start > 60:
        return False
    return b.group(1) in lang.ORG_HEADS or b.group(1) in lang.ORG_DESCRIPTION_NOUNS


#: A non-restrictive "which" clause right after a name: a thing or a body, never a person.
_WHICH_AFTER = re.compile(r",\s+which\s+[a-z]")


#: A determiner and a noun in commas opening a clause, right before a name ("When X died, his son, ").
# (or a name's possessive: "Tom Roe's mother, Ann Roe, was proud"; read36; "His son-in-law, ", "her former
# deputy, ": long44)
_SUBJECT_NOUN = re.compile(r"(?:^|,)\s*(?:(?i:" + "|".join(lang.POSSESSIVE_DETERMINERS + ("the",)) + r")|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s)\s+(?:[a-z]+\s+)?[a-z]+(?:-[a-z]+)*,\s*$")
#: "One <noun>," / "Another <noun>," opening the sentence before a name set off by commas (lead41).
_ONE_NOUN = re.compile(r"^\W*(?:One|Another|An?)\s+(?:[a-z]+\s+)?[A-Za-z][a-z]+,\s*$")


def introduced_name(before: str, after: str) -> bool:
    """"One Democrat, Rep. Jo Lynch of Eastport, raised ...": the name the opening noun introduces is the clause's
    subject; its apposition closes with a comma (not a heading: "An Ambitious, Divisive Legacy.")."""
    return _ONE_NOUN.search(before) is not None and re.match(r"(?:\s+of\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?\s*,", after) is not None


def subject_apposition(before: str) -> bool:
    """The noun before a name in apposition opens its clause ("his son, Kenneth, took over"): the
    name is that clause's subject. So is a capitalised title after "The" and a body's name opening the sentence ("The
    United Nations Secretary-General, <Name>, last year stressed ...": coref54)."""
    return _SUBJECT_NOUN.search(before) is not None or _TITLED_SUBJECT.match(before) is not None


#: "The <Body> <Title>," opening a sentence: a capitalised title (lang.PERSON_TITLES, perhaps hyphenated: "Secretary-General")
#: after "The" and up to three capitalised words.
_TITLED_SUBJECT = re.compile(r"\W*(?:The|THE)\s+(?:[A-Z][\w.'’&-]*\s+){0,3}(?i:" + "|".join(sorted(lang.PERSON_TITLES))
                             + r")(?:-[A-Za-z]+)?,\s*$")


#: "from"/"by"/"sent by" right after a document noun: who the document is from comes next.
_FROM_AFTER = re.compile(lang.DOCUMENT_SENDER_RE)


def issuer(text: str, noun: str, pos: int, mentions, lowest: int) -> str | None:
    """Who issued the document "the <noun>" at `pos` refers to: the source (or else the first
    salient subject) of the last sentence before `pos`, from offset `lowest` on, that mentions a
    <noun> ("In a statement, Brightline said ..."); None when there is none."""
    hits = [m for m in re.finditer(rf"\b{re.escape(noun)}\b", text, re.I) if lowest <= m.start() < pos]
    if not hits:
        return None
    at = hits[-1].start()
    if (frm := _FROM_AFTER.match(text, hits[-1].end())) is not None:  # "after a letter from <Name>. The letter ...": <Name> (read38)
        sender = [m for m in mentions if frm.end() <= m.pos <= frm.end() + 40 and m.kind in ("person", "org", "name")]
        if sender:
            return min([m for m in sender if m.kind == "person"] or sender, key=lambda m: m.pos).name
    a = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    b = min([x for x in (text.find(". ", at), text.find("\n", at)) if x >= 0] or [len(text)])
    itself = [m for m in mentions if a <= m.pos <= b and getattr(m, "source", False) and noun in m.name.lower().split()]
    if itself:  # "A police statement said A. The statement added B.": the statement that spoke (lead35)
        return itself[0].name
    inside = [m for m in mentions if a <= m.pos <= b and m.kind != "place"
              and not any(w in lang.DOCUMENT_NOUNS for w in re.findall(r"[a-z]+", m.name))]
    best = [m for m in inside if getattr(m, "source", False)] or [m for m in inside if m.salient]
    return best[0].name if best else None


#: An organisation's name after "of", "for" or "at" inside a source as written ("Shareholders of
#: First Harbor Bank", "A spokesman for Acme Foods").
_INNER_ORG = re.compile(r"\b(?:of|for|at) (?:the )?([A-Z][\w'’.&-]*(?: (?:of |and |for )?[A-Z][\w'’.&-]*)*)")


def inner_orgs(as_written: str) -> list[tuple[int, str]]:
    """(offset, name) of the organisations named inside a source's words after "of/for/at": a later "the bank" or
    "the company" may refer to them (the source itself is not scanned for names)."""
    out = []
    for m in _INNER_ORG.finditer(as_written.split(",")[0]):
        if refined_kind(m.group(1), classify(m.group(1))) == "org":
            out.append((m.start(1), m.group(1)))
    return out


#: A question paragraph that opens by addressing the person asked: "Q: Councillor Ames, why ...?" (a title
#: or given name and a name of two to four capitalised words, then a comma; genre39).
_ADDRESSED = re.compile(r"(?:^|\n)[ \t]*Q:[ \t]+((?:[A-Z][\w'’.-]*[ \t]+){1,3}[A-Z][\w'’-]+),[ \t]")


def interviewee(text: str, mentions, pos: int) -> str | None:
    """The person an interview's "A:" (or untagged, after bold questions) answers are from: the person the
    last question before `pos` that names one addresses ("Q: Councillor Ames, why ...?"; genre39: an opinion
    page's Q&A named its interviewee nowhere else), as the article names them in full; else the last
    person named as a sentence's subject before the first question paragraph ("Nadia Farouk founded Voltway ... She spoke with our
    reporter."); None when there is none."""
    q = interview_opening(text)
    if q is None or q > pos:
        return None
    addressed = [m.group(1) for m in _ADDRESSED.finditer(text, q, pos) if classify(m.group(1)) == "person"]
    if addressed:
        last = addressed[-1].split()[-1]
        full = [m.name for m in mentions if m.kind == "person" and m.name.split()[-1] == last]
        return max(full, key=len) if full else addressed[-1]
    persons = [m for m in mentions if m.pos < q and m.kind == "person" and m.salient and len(m.name.split()) > 1]
    return persons[-1].name if persons else None


#: An opening phrase up to its comma ("Last week, "), then the clause's first three words.
_CLAUSE_OPENING = re.compile(r"\s*(?:[A-Z][^,;:“”\"]{0,40},\s+)?((?:[\w'’-]+\s+){2,4})")


def modified_group(seg: str) -> tuple[int, int] | None:
    """(start, end) in `seg` of a clause's subject that is a plural noun of people after one or two
    modifiers ("Business owners on the street had opposed ...", "Last week, angry parents
    protested ..."): a group "they" may refer to; None otherwise."""
    m = _CLAUSE_OPENING.match(seg)
    if m is None:
        return None
    words = m.group(1).split()
    for i in (1, 2):
        if i + 1 < len(words) and plural_people(words[i]) and words[i + 1][:1].islower() \
                and not any(w.lower() in lang.NOT_NAMES - {"the"} - lang.GROUP_QUANTIFIERS or w.lower() in lang.PREPOSITIONS
                            for w in words[:i]):  # ("Several senior officials expressed ...": a group too)
            end = m.start(1) + len(" ".join(words[:i + 1]))
            return m.start(1), end
    a = _SUBJECT_ASIDE.match(seg)  # "The researchers, from the Institute for X in Y, used ...": the subject before its aside
    if a is not None and plural_people(a.group(2)) and (a.group(1) or "").strip().lower() in lang.SUBJECT_DETERMINERS | {"", "these", "those"}:
        return a.start(1) if a.group(1) else a.start(2), a.end(2)
    return None


#: A sentence's subject of one or two words, an aside set off by commas, then a lower-case verb (lead34).
_SUBJECT_ASIDE = re.compile(r"\s*([A-Z][a-z]*\s+)?([A-Za-z][a-z]+),\s+[^,;:“”\"]{1,80},\s+[a-z]")


#: A sentence that opens with a document or finding as its subject ("The study, “Rest and
#: Results,” followed ...", "A new report was released Monday"): what a later "it" may stand for.
_DOCUMENT_OPENER = re.compile(r"(?:^|(?<=[.!?”\"]\s)|(?<=\n))\s*((?i:" + "|".join(lang.NOUN_DETERMINERS) + r")\s+(?:[\w'’-]+\s+){0,3}?(?:"
                              + "|".join(sorted(lang.FINDING_NOUNS | lang.SOURCE_DOCUMENT_NOUNS, key=len, reverse=True)) + r"))\b")


def document_antecedent(text: str, pos: int, lowest: int) -> str | None:
    """"The study ... followed 2,000 students. It found that ...": the document or finding that opens
    the sentence before `pos` (not before `lowest`, the paragraph's start), as written, for an "it"
    no organisation fits; None when that sentence opens otherwise."""
    k = max(text.rfind(". ", lowest, pos), text.rfind("? ", lowest, pos), text.rfind("! ", lowest, pos), text.rfind(".” ", lowest, pos),
            text.rfind(".\n", lowest, pos))  # (a paragraph of one sentence before: coref54)
    prev_end = k if k > lowest else None
    if prev_end is None:
        return None
    starts = [m for m in _DOCUMENT_OPENER.finditer(text, lowest, prev_end)]
    if not starts:
        return None
    m = starts[-1]
    between = text[m.end():prev_end]
    return m.group(1) if not re.search(r"[.!?]\s", between) else None


_FINDING_IT = re.compile(r"\s*It\s+(?:also\s+|further\s+)?(?:" + "|".join(sorted(lang.FINDING_VERBS)) + r")\b")


def finding_it(text: str, pos: int, lowest: int) -> bool:
    """"The study looked at 40 rivers. It found ...": an "It" that finds, shows or suggests right after a sentence
    opening with a study, report, poll or other finding (document_antecedent) is that finding, even when an
    organisation named earlier could be "it" (coref55: "It found" went to a firm two sentences back)."""
    if _FINDING_IT.match(text, pos) is None:
        return False
    doc = document_antecedent(text, pos, lowest)
    return doc is not None and doc.split()[-1].lower() in lang.FINDING_NOUNS


_DATED_DOCUMENT = re.compile(
    r"((?i:an?|the)\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(lang.FINDING_NOUNS | lang.SOURCE_DOCUMENT_NOUNS, key=len, reverse=True))
    + r"))\s+(?:" + lang.DOCUMENT_PARTICIPLES_RE + r")\s+(?:(?:" + lang.RELATIVE_DAYS_RE + r")|(?:(?:on|last|this)\s+)?(?i:"
    + "|".join(lang.WEEKDAYS) + r")|(?:in\s+)?(?i:" + "|".join(lang.MONTHS) + r")(?:\s+\d{4})?)")


def dated_document(source: str) -> str | None:
    """"A lawsuit filed this week" -> "A lawsuit", "The report released on Monday" -> "The report": a document's
    description whose only modifier after its noun is when it was filed or released; the time is no part of who
    speaks (real54's Left; coref55). None for any other shape ("A lawsuit filed by three workers" keeps its filers)."""
    m = _DATED_DOCUMENT.fullmatch(" ".join(source.split()))
    return m.group(1) if m else None


def document_modifier(text: str, m) -> bool:
    """The name of mention `m` stands between a determiner and a document or finding noun ("The Harlow Business School
    study looked at ...", "a Tarne Watch report"): it names whose study it is, no antecedent of the "It found ..." after
    it, which is the study (document_antecedent; coref54). Not a name that acts ("Harlow School studied ...")."""
    at = text.find(m.name, m.pos)
    if at < 0:
        return False
    docs = lang.FINDING_NOUNS | lang.SOURCE_DOCUMENT_NOUNS
    if re.search(r"\b(?i:" + "|".join(lang.NOUN_DETERMINERS) + r")\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(docs)) + r"),?\s+by\s+(?:the\s+)?$",
                 text[max(0, at - 60):at]) is not None:
        return True  # "The study, by the Harlow School and ..., looked at ...": its author (coref54)
    nxt = re.match(r"\s+([a-z]+)\b", text[at + len(m.name):at + len(m.name) + 30])
    return nxt is not None and nxt.group(1) in docs \
        and re.search(r"\b(?i:" + "|".join(lang.NOUN_DETERMINERS) + r")\s+$", text[max(0, at - 12):at]) is not None


#: A sentence that opens with where its speaker wrote or spoke, the owner's possessive before it
#: ("On his website, ", "In her letter to members, ", "In its statement, "; not "In her speech, ").
_MEDIUM_OPENER = re.compile(r"\s*[\"“]?(?:On|In)\s+(?:his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}?("
                            + "|".join(sorted(lang.ISSUED_DOCUMENT_NOUNS | lang.PAGE_NOUNS)) + r")\b[^,;:“”\"]{0,40},")


def medium_opener(text: str, start: int) -> bool:
    """The sentence at `start` opens with the speaker's own page or statement ("On his website, X
    writes ..."): a next sentence's "It says ..." is that page, so X's (attr13, a BASIL story)."""
    return _MEDIUM_OPENER.match(text, start) is not None


def named_document(text: str, noun: str, pos: int, lowest: int) -> str | None:
    """The fuller name an earlier sentence gives the document "the <noun>" at `pos` refers to ("A
    Tarne Watch report came out in May. ... “...,” said the report.": "the Tarne Watch report"),
    from offset `lowest` on; None when no capitalised words stand before an earlier <noun> (lead29)."""
    hits = list(re.finditer(r"\b(?:[Aa]n?|[Tt]he)\s+((?:[A-Z0-9][\w'’.&-]*\s+){1,6})" + re.escape(noun) + r"\b",
                            text[lowest:pos]))
    hits = [m for m in hits if any(w[:1].isupper() for w in m.group(1).split())]  # (not "the 48-page report")
    if not hits and noun in lang.PUBLISHED_PIECE_NOUNS:  # "an article in The Velt Ledger": the outlet's piece (basil45)
        inside = list(re.finditer(r"\b[Aa]n?\s+" + re.escape(noun) + r"\s+(?:in|by)\s+((?:[Tt]he\s+)?(?:[A-Z][\w'’.&-]*\s+){0,4}[A-Z][\w'’.&-]*)",
                                  text[lowest:pos]))
        return "the " + noun + " in " + inside[-1].group(1) if inside else None
    return "the " + hits[-1].group(1) + noun if hits else None


def owned_statement(source: str) -> str | None:
    """The possessive of "her account", "his statement", "their letter" (a pronoun's own statement noun), to be read
    as its person ("According to her account, ..." after "Dr. <Name> ... said": hers; the lead, session 43); None for
    anything else ("the account", "her lawyer")."""
    m = re.fullmatch(r"(his|her|its|their)\s+([a-z-]+)", " ".join(source.split()).lower())
    return m.group(1) if m is not None and m.group(2) in lang.STATEMENT_NOUNS else None


#: A source that is a named owner's person ("Mr. <Name>'s lawyer", "<Name>'s spokeswoman"): the owner's last word and
#: the noun (one lower-case word of a person: lang.PERSON_NOUNS, lang.ROLE_NOUNS).
_OWNED_PERSON = re.compile(r"(?:(?:[Tt]he|[Mm]rs?\.?|[Mm]s\.?|[Dd]r\.?)\s+)?(?:[A-Z][\w'’.-]*\s+){0,2}([A-Z][\w'’-]*?)['’]s?\s+([a-z]+)")
_NAME_RUN = r"((?:[A-Z][\w'’.-]*\s+){1,2}[A-Z][\w'’-]+)"


def apposed_holder(text: str, source: str) -> str | None:
    """"Mr. <Owner>'s lawyer" is the person the article sets in apposition with that very description anywhere ("<Given>
    <Surname>, Mr. <Owner>'s lawyer, denounced ..." or "<Owner>'s lawyer, <Given> <Surname>,"), before or after:
    one person, one source (GUIDELINES §6; coref56). None when no one or two people are so described."""
    m = _OWNED_PERSON.fullmatch(" ".join(source.split()))
    if m is None or not (m.group(2) in lang.PERSON_NOUNS or m.group(2) in lang.ROLE_NOUNS):
        return None
    desc = r"(?:(?:the|Mrs?\.?|Ms\.?|Dr\.?)\s+)?(?:[A-Z][\w'’.-]*\s+){0,2}" + re.escape(m.group(1)) + r"['’]s?\s+" + re.escape(m.group(2))
    found = {x.group(1) for x in re.finditer(_NAME_RUN + r",\s+" + desc + r"\s*,", text)}
    found |= {x.group(1) for x in re.finditer(r"\b" + desc + r",\s+" + _NAME_RUN + r"\s*[,.;]", text)}
    people = {n for n in found if classify(n) == "person" and m.group(1) not in n}
    return people.pop() if len(people) == 1 else None


def bare_description(name: str) -> bool:
    """A mention that is only a determiner and its head noun ("The company", "the agency"): the resolver left it as
    written, so it names no one a later "the company" can mean; a firm named between the two is meant (coref56's Left:
    '<Firm>, based in <Town>, said ... It expects ..., the company said.' gave "The company" of two paragraphs up; session
    48, coref57). A longer description ("the county health department", test_stated12) is a name to resolve to."""
    return re.fullmatch(r"(?i:the|this|that)\s+[a-z][\w-]*", " ".join(name.split())) is not None


#: A dash that opens an aside right before a pronoun ("lamented the shops lost – he described ...").
_ASIDE_DASH = re.compile(r"\s(?:--|[–—])\s*$")


def aside_subject(text: str, pos: int, low: str, pool, gender_of) -> list:
    """The one person of `pool` named earlier in the sentence when the pronoun `low` ("he"/"she")
    at `pos` opens an aside set off by a dash: "<Name> on Monday lamented the shops lost – he
    described “...” – and the traffic": the aside's pronoun is the sentence's own subject, not the
    last speaker of the sentence before (lead50). Two persons named before it, a quotation between
    or a known gender that does not fit: nothing ([])."""
    if low not in ("he", "she") or not _ASIDE_DASH.search(text, max(0, pos - 4), pos):
        return []
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    if any(q in text[start:pos] for q in "\"“”"):
        return []
    if len(re.findall(r"\s(?:--|[–—])\s", text[start:pos + 1])) % 2 != 1:
        return []  # the dash is the closing one of a pair
    sure = {"he": "m", "she": "f"}[low]
    inside = [m for m in pool if start <= m.pos < pos and gender_of(m.name) in (None, sure)]
    return inside if len({m.name.split()[-1] for m in inside}) == 1 else []
