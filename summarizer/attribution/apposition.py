"""A named speaker with descriptions around it: "Rep. Jane Doe of Ohio, who is retiring, said",
"Jane Doe, a former spokeswoman for Mr. Roe's council, said", "..., she told WXYZ, a radio
station in Springfield." (frames.py), and whether a span is only such a statement
(relations.py `_framed`).

A description is a comma-closed piece that opens in lower case or with a digit (an appositive,
an age, "of Springfield", a "who/which" clause), not a coordinated clause ("and ...") and not a
pronoun subject; capitals inside it are fine ("a spokesman for Mr. Roe's council").
"""

from __future__ import annotations

import re

from .. import lang

#: The most words of one description; of all descriptions between a name and its cue.
DESCRIPTION_WORDS = 20
DESCRIPTIONS_WORDS = 30

_CAP = r"[A-Z][\w'’.-]*"
#: A name (titles and initials included), an optional "of Place", an optional party tag.
_NAME = re.compile(r"(?P<name>(?:" + _CAP + r"\s+){0,6}" + _CAP + r")"
                   r"(?:\s+(?:of|from)\s+(?:the\s+)?(?:" + _CAP + r"\s+){0,2}" + _CAP + r")?"
                   r"(?:\s*\([^()]{1,20}\))?")
_PARTY_TAG = re.compile(r"\(?[DRI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\)?")
_MARKS = re.compile(r"[“”\";:()\[\]]")
_MODIFIERS = r"(?:\s+(?:" + "|".join(sorted(lang.CUE_MODIFIERS)) + r"|[a-z]+ly))*"


#: A relative clause inside a description ("the busy line for small towns that has long been seen as ...").
_INNER_RELATIVE = re.compile(r"\s(?:" + "|".join(sorted(lang.RELATIVE_PRONOUNS)) + r")\s+(?:" + "|".join(sorted(lang.BE_FORMS | {"has", "have", "had"})) + r")\s")


def description(piece: str) -> bool:
    """A comma-closed description of a name: "a law professor", "59", "who is retiring"."""
    s = piece.strip()
    longest = DESCRIPTIONS_WORDS if s.split()[:1] in (["who"], ["whose"]) or s.split()[1:2] == ["whom"] \
        or _INNER_RELATIVE.search(s) else DESCRIPTION_WORDS  # (a relative clause inside: lead28)
    # (a relative clause, read11a; also one after a preposition, "to whom Tully gave ...", read27)
    if not s or _MARKS.search(s) or len(s.split()) > longest:
        return _PARTY_TAG.fullmatch(s) is not None if s else False
    first = s.split()[0].lower()
    if first in lang.CLAUSE_COORDINATORS or first in lang.PRONOUNS:
        return False
    if first.endswith("ing") and any(w.strip(".,").lower() in lang.ANONYMITY_WORDS for w in s.split()):
        return True  # "An official, speaking on condition of anonymity because ..., said": an unnamed source's description
    if first in lang.COLON_SPEAKING_PARTICIPLES and s.split()[1:2] and s.split()[1].lower() in lang.PHRASE_PREPOSITIONS:
        return True  # "Jane Doe, speaking at her campaign headquarters, promised ...": where she spoke (genre46)
    if first in lang.QUESTIONED_PARTICIPLES and len(s.split()) > 1 and (
            s.split()[1].lower() in lang.PHRASE_PREPOSITIONS or s.split()[1].lower() in lang.EMBEDDING_WH | {"if"}):
        return True  # "The coach, asked about the quarterback's future, said": a participle aside of the subject
    if first in lang.CUE_VERBS and s.split()[1:2] == ["by"] and first.endswith(("en", "ed")):
        return True  # "The report, written by the finance director, ...": a participle and its agent (lead34)
    if first in lang.CUE_VERBS and _role_compound(s.split()):
        return True  # "Jane Doe, press officer at the museum, said": a noun before a role noun, not a verb (attr49)
    if first in lang.CUE_VERBS or first in lang.MODALS or first in lang.AUXILIARY_VERBS:
        return False  # "..., said Jane Doe" / "..., is ...": a clause, not a description
    if s[0].islower() or s[0].isdigit() or _PARTY_TAG.fullmatch(s) is not None or _OF_PLACE.fullmatch(s) is not None \
            or _POSSESSED.fullmatch(s) is not None:
        return True
    m = _TITLE_OF.match(s)
    if m and (m.group(1).lower() in lang.PERSON_NOUNS or m.group(1).lower().endswith(_ROLE_ENDINGS)):
        return True  # "Chief Inspector of Schools in <region>", "Senior Superintendent of police in <city>" (shapes34)
    m = _PLACE_ROLE.match(s)
    if m and (m.group(1) in lang.PERSON_NOUNS or m.group(1).endswith(_ROLE_ENDINGS)):
        return True  # "Tokyo councillor and the first ...", "Ivorian entrepreneur and founder of ..." (read12a)
    # two roles joined: "Democrat of Vermont and the chair of the harbor committee"
    first, _, second = s.partition(" and ")
    return bool(second) and _OF_PLACE.fullmatch(first) is not None and second[:1].islower() and description(second)


def _role_compound(ws: list[str]) -> bool:
    """"press officer at the museum", "finds officer based at ...", "support worker": a word that can be a cue verb,
    then a person or role noun that ends the piece or comes before a preposition or a participle of place."""
    if len(ws) < 2 or ws[1].lower() not in lang.PERSON_NOUNS:
        return False
    return len(ws) == 2 or ws[2].lower() in lang.PREPOSITIONS or ws[2].lower() in ("based", "stationed", "working")


#: A role after one or two capitalised words of a place, nation or body, no determiner ("Osaka
#: councillor", "Ivorian entrepreneur"; CNN pages): a description, as "a councillor in Osaka" is.
_PLACE_ROLE = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,2}([a-z][\w-]*)\b")
_ROLE_ENDINGS = tuple(e[:-1] for e in lang.AGENT_PLURAL_ENDINGS) + ("eur",)
#: A capitalised title of up to three words, its last a person or role noun, and what it is of, for or at
#: ("Chief Inspector of Schools", "Senior Superintendent of police in <city>", "Liaison Officer at the club"):
#: a description, as "the chief inspector of schools" is; only one capitalised word before "of" was read.
_TITLE_OF = re.compile(r"(?:[A-Z][\w'’-]*\s+){0,2}([A-Z][a-z]+)\s+(?:of|for|at)\s+\S")
#: A role owned by a name ("Mr. Roe's lawyer", "Acme Corp.'s chief executive"): a description, as
#: "his lawyer" is.
_POSSESSED = re.compile(r"(?:" + _CAP + r"\s+){0,3}[A-Z][\w&-]*['’]s?\s+[a-z][\w'’-]*(?:\s+[\w'’.-]+){0,8}")
#: A capitalised one-word role and the place or body it is of ("Democrat of Illinois",
#: "Republican of New York", "President of Acme Corp."): a description, as "a Democrat" is.
_OF_PLACE = re.compile(r"[A-Z][a-z]+\s+of\s+(?:the\s+)?" + _CAP + r"(?:\s+" + _CAP + r"){0,3}")


def _name_piece(piece: str) -> re.Match | None:
    """The piece is a name (what it holds past leading quotation marks); its first word no
    function word ("In Paris", "The plan")."""
    lead = len(piece) - len(piece.lstrip(" \t\n“”\"'’—–-"))
    m = _NAME.fullmatch(piece.rstrip(), lead)
    first = m.group("name").split()[0].lower().rstrip(".") if m else ""
    if m is None or first in lang.NOT_NAMES or first in lang.CLAUSE_WORDS:
        return None  # (not "Although the senator, who ..., said": a subordinate clause's subject)
    return m


def described_subject(text: str, start: int, cue: int, quotes=(), found: tuple[int, int] | None = None
                      ) -> tuple[int, int] | None:
    """The subject of a cue at `cue` after a comma: `found` (what frames.py read) when it opens a
    clause (nothing but a comma or a quotation mark before it), else the name the descriptions
    before the cue belong to, else `found`."""
    if found is not None and text[found[0]:found[1]].split()[0].lower() not in lang.CLAUSE_WORDS \
            and not re.search(r"[\w.'’]\s*$", text[start:found[0]]):
        return _placed_name(text, start, cue, found) or found
    got = _named(text, start, cue, quotes) or _role_then_name(text, start, cue, quotes) or found
    the = _THE_BEFORE.search(text, start, got[0]) if got is not None and got[0] > start else None
    if the is not None and text[got[0]:got[0] + 1].isupper():
        return the.start(1), got[1]  # "A, its operator, the <Name> Company, said": the name with its article (within56)
    return got


#: "the" right after a comma, before a name described ("..., its operator, the <Name> Company, said").
_THE_BEFORE = re.compile(r",\s*(the)\s+$")


def _placed_name(text: str, start: int, cue: int, found: tuple[int, int]) -> tuple[int, int] | None:
    """"Acme Corp., Dover, Del., said": `found` is a city with its state after it, and the sentence opens
    with a name and a comma before the city; the name is the source (a business page's dateline
    apposition), not the city (shapes34)."""
    st = re.fullmatch(r",\s*((?:[A-Z][\w.'’-]*\s*){1,3}),\s*" + _MODIFIERS + r"\s*", text[found[1]:cue])
    if st is None or not place_after(text[found[0]:found[1]], st.group(1)):
        return None
    m = re.fullmatch(r"\s*(.+?),\s*", text[start:found[0]])
    nm = _name_piece(m.group(1)) if m else None
    return (start + m.start(1) + nm.start("name"), start + m.start(1) + nm.end("name")) if nm else None


#: ', the group's guide, Jane Doe of Boulder, said': a role that opens with a determiner or an
#: owner's name, then the name it describes with its "of Place" (read12a; a CNN story).
_ROLE_THEN_NAME = re.compile(r",\s*((?:(?i:" + lang.APPOSITION_DETERMINERS_RE + r")\s+|[A-Z][\w'’.-]*['’]s?\s+)[^,;:“”\"()]{1,60}?)"
                             r",\s*(?:the\s+(?=[A-Z]))?" + _NAME.pattern + r"\s*,\s*" + _MODIFIERS + r"\s*$")  # (", its operator, the <Name> Company,": within56)


def _role_then_name(text: str, start: int, cue: int, quotes) -> tuple[int, int] | None:
    lo = max([start] + [e for s, e, *_ in quotes if start <= e <= cue])
    m = _ROLE_THEN_NAME.search(text, lo, cue)
    if m is None or not description(m.group(1)) or m.group("name").split()[0].lower() in lang.NOT_NAMES | lang.CLAUSE_WORDS:
        return None
    head = m.group(1).split()[-1].lower()
    if len(m.group("name").split()) < 2 and head not in lang.ORG_HEADS | lang.ORG_DESCRIPTION_NOUNS | lang.ORG_NAME_ENDINGS:
        return None  # (a one-word name after a body's description: "..., the state fire agency, NFA, said"; lead35)
    return m.start("name"), m.end("name")


def _named(text: str, start: int, cue: int, quotes) -> tuple[int, int] | None:
    """Read the comma-separated pieces of text[start:cue] leftwards over descriptions to a name.
    None unless at least one description is there and a name opens its piece."""
    lo = max([start] + [e for s, e, *_ in quotes if start <= e <= cue])
    seg = text[lo:cue]
    m = re.search(r",\s*" + _MODIFIERS + r"\s*$", seg)
    if m is None:
        return None
    pieces = seg[:m.start()].split(",")
    k, words = len(pieces) - 1, 0
    while k > 0 and (description(pieces[k]) or k > 1 and _and_role(pieces[k])
                     or k > 1 and (place_after(pieces[k - 1], pieces[k]) or list_end(pieces[k - 1], pieces[k])) and description(pieces[k - 1])):
        words += len(pieces[k].split())
        k -= 1
    if k == len(pieces) - 1 and k and _AND_NAME.match(pieces[k]):
        return _pair(lo, pieces, k)  # "Critics, like Senators Jane Roe, Republican of Ohio, and Tom Dee, see ..."
    if k == len(pieces) - 1 or words > DESCRIPTIONS_WORDS:
        return None
    at = lo + sum(len(p) + 1 for p in pieces[:k])
    nm = _name_piece(pieces[k])
    if nm is None:
        return _pair(lo, pieces, k)
    return at + nm.start("name"), at + nm.end("name")


def _pair(lo: int, pieces: list[str], k: int) -> tuple[int, int] | None:
    """'Critics of the levy, like Senators Jane Roe, Republican of Ohio, and Tom Dee, ..., say': the
    descriptions before the cue stop at a piece "and <name>"; when descriptions before it lead back
    to a group that speaks, set off from a list of its examples, the group is the source (attr14a).
    (Two named people so coordinated, "Jane Roe, ..., and Tom Dee, ..., said", were read as a pair
    too: held-out factuality B 0.187 -> 0.188, dropped.)"""
    m = _AND_NAME.match(pieces[k])
    j = k - 1
    while m is not None and j > 0 and description(pieces[j]):
        j -= 1
    if m is None or j >= k - 1 or not _speaker_np(pieces[j]) \
            or not re.match(r"\s*(?:" + lang.EXAMPLE_LIST_OPENERS_RE + r")\s", pieces[j + 1]):
        return None
    at = lo + sum(len(p) + 1 for p in pieces[:j])
    lead = len(pieces[j]) - len(pieces[j].lstrip())
    return at + lead, at + len(pieces[j].rstrip())


#: A piece that coordinates one more name to a list ("and Tom Dee", "or Sen. Tom Dee of Maine").
_AND_NAME = re.compile(r"\s*(?:and|or)\s+(?=[A-Z])(.+)$", re.S)


def descriptions_only(between: str) -> bool:
    """What stands between a source as written and its cue is descriptions of it and nothing
    else ("", " of Ohio, who is retiring, ", ", a lawyer, also "); a body's short form in brackets is no more
    than its name (", from the Open Coast League (OCL), ": read27)."""
    if _AGE_HOME.fullmatch(between):
        return True  # ", 91, from Tarne, Kent ": an age and a home town and county with no comma before the cue (lead28)
    between = _QUOTED.sub(lambda q: "X," if q.group(0)[-2:-1] == "," else "X", _SHORT_FORM.sub("", between))  # (a quotation
    # in a relative clause is one of its words: ", who put out a note saying he was “sad about it,” ": read27)
    m = re.fullmatch(r"(?P<of>\s+(?:of|from)\s+(?:the\s+)?(?:" + _CAP + r"\s+){0,2}" + _CAP + r")?"
                     r"(?P<desc>,.*,)?" + _MODIFIERS + r"\s*", between, re.S)
    if m is None:
        return False
    desc = m.group("desc")
    if desc is None:
        return True
    pieces: list[str] = []
    listing = False  # "who played in bands including Red Kite, Blue Door and Grey Owl": one relative clause (lead28)
    for p in desc[1:-1].split(","):
        last = pieces[-1].split()[-1:] if pieces else []
        if p.split() and p.split()[0][:1].isupper() and last and last[0][:1].isupper() \
                and (listing or pieces[-1].split()[0] in ("who", "which")):
            pieces[-1], listing = pieces[-1] + "," + p, " and " not in p
        else:
            pieces.append(p)
            listing = False
    if re.match(r"\s*(?:" + lang.EXAMPLE_LEADS_RE + r")\s", pieces[0]) and len(desc.split()) <= DESCRIPTIONS_WORDS:
        return True  # ", including the whip, Tom Rook, ": examples of the group that speaks (lead28)
    return all(description(p) or i and place_after(pieces[i - 1], p) or i and _listed_name(pieces[:i], p)
               or i and (list_end(pieces[i - 1], p) or _and_role(p))  # (", from the A, B and C unit,", ", and former head of X,": shapes34)
               or i and re.match(r"\s*and\s+(?:an?|the)\s", p) and description(p.split("and", 1)[1])  # ", and a thorn in its side for years," (lead28)
               or i and _name_piece(p) is not None and pieces[i - 1].split()[-1:] != [] and (pieces[i - 1].split()[-1].lower() in lang.PERSON_NOUNS
                                                                                     or pieces[i - 1].split()[-1].lower().endswith(lang.AGENT_SINGULAR_ENDINGS))
               # (", written by the finance director, Amir Qureshi,": the name of the person the description ends with; lead34)
               for i, p in enumerate(pieces)) \
        and sum(len(p.split()) for p in pieces) <= DESCRIPTIONS_WORDS


#: An age, then "from" / "of" a town and its county, no comma before the cue (name_tags._HOME_TAIL).
_AGE_HOME = re.compile(r",\s+\d{1,3},\s+(?:from|of)\s+(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*,\s+(?:[A-Z][\w'’-]*\s+)?[A-Z][\w'’-]*\s*")
#: A quotation of a few words, its closing comma inside its marks or not.
_QUOTED = re.compile(r"[“\"][^“”\"]{1,120}[”\"]")
#: A body's short form in brackets right after its name (" (OCL)", " (WHO)").
_SHORT_FORM = re.compile(r"\s*\([A-Z][A-Za-z.&-]{1,9}\)(?=\s*,)")


def _listed_name(before: list[str], piece: str) -> bool:
    """"and Tom Dee" closing a list of named people set off in descriptions ("Critics, like
    Senators Jane Roe, Republican of Ohio, and Tom Dee, say"): the list's last name (attr14a)."""
    m = _AND_NAME.match(piece)
    return m is not None and _name_piece(m.group(1)) is not None and any(p.strip()[:1].islower() for p in before)


def _speaker_np(piece: str) -> bool:
    """A short noun phrase opening a sentence whose head (the word before its first preposition)
    is a person or organisation noun, or a plural agent noun ("Critics of the plan", "Opponents")."""
    ws = piece.split()
    cut = next((x for x, w in enumerate(ws) if x and w.lower() in lang.PREPOSITIONS | lang.PHRASE_PREPOSITIONS), len(ws))
    head = ws[cut - 1].lower().strip(".'’") if ws else ""
    return 0 < len(ws) <= 6 and ws[0][:1].isupper() and (
        head in lang.PERSON_NOUNS or head in lang.ORG_HEADS or head.endswith(lang.AGENT_PLURAL_ENDINGS))


def place_after(before: str, piece: str) -> bool:
    """A piece that only continues a place the piece before ends with: "at the University of
    California, San Francisco,", "in Palo Alto, Calif.," (a city, then its state)."""
    return re.search(r"[A-Z][\w.'’-]*\s*$", before) is not None \
        and re.fullmatch(r"\s*(?:[A-Z][\w.'’-]*\s*){1,3}", piece) is not None


def _and_role(piece: str) -> bool:
    """A second description joined by "and" (", the head of surgery at <hospital>, and former president of the
    society, said"; shapes34): a description after the "and", not a name ("and Tom Dee")."""
    m = re.match(r"\s*and\s+(.+)$", piece, re.S)
    return m is not None and m.group(1)[:1].islower() and description(m.group(1)) \
        and re.search(r"\s(?:" + "|".join(lang.ROLE_PREPOSITIONS) + r")\s", m.group(1)) is not None  # (not "and mara, 57,": a lower-cased name)


def list_end(before: str, piece: str) -> bool:
    """A piece that closes a list of names the piece before began: "from the Kent, Surrey and Sussex crime
    unit," (the list's last names and the noun they qualify; shapes34)."""
    return re.search(r"[A-Z][\w.'’-]*\s*$", before) is not None \
        and re.match(r"\s*(?:[A-Z][\w.'’-]*\s+){1,3}(?:and|or|&)\s+[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,6}(?:\s*\([A-Z]{2,8}\))?\s*$", piece) is not None


def addressee_appositive(tail: str) -> bool:
    """After "told": an addressee and its description to the sentence's end ("WXYZ, a radio
    station in Springfield.", "reporters, some of them from abroad.")."""
    m = re.fullmatch(r"\s*(?:[\w'’.&-]+\s+){0,3}[\w'’.&-]+\s*,(?P<desc>[^,;:“”\"]+?)(?:,(?P<place>[^,;:“”\"]+?))?"
                     r"[.!?]?[\"”’']*\s*", tail)
    if m is not None and m.group("place") and not place_after(m.group("desc"), m.group("place")):
        return False  # (", a radio station in Dayton, Ohio.": a city, then its state)
    return m is not None and description(m.group("desc")) and not re.match(r"\s*(?:" + lang.TOLD_CLAUSE_OPENERS_RE + r")\b",
                                                                            m.group("desc"))


def described_after_quote(text: str, start: int, cue: int, quotes) -> tuple[int, int] | None:
    """'“...,” his lawyer, Jane Doe, said': a description and the name it describes, between a
    quotation that closes in the sentence and the cue; the name is the source."""
    q = max((e for s_, e, _ in quotes if e <= cue and s_ >= start and len(text[s_:e].split()) > 1), default=None)
    m = _DESCRIBED_NAME.fullmatch(text, q, cue) if q is not None else None  # (not a nickname's marks: Ann “Cia” Roe)
    return (m.start(1), m.end(1)) if m and len(m.group(1).split()) >= 2 else None


#: ', his lawyer, Jane Doe, ' / ', the company's spokeswoman, Jane Doe, ' / ', one of the women, Jane
#: Doe, ': a description that opens with a determiner, an owner's name or a partitive, then a name
#: of two to four words (after a lower-case office word, "state Rep. X", and before a party label).
_DESCRIBED_NAME = re.compile(r"\s*,?\s*(?:(?i:" + lang.APPOSITION_DETERMINERS_RE + r")\s+|[A-Z][\w'’.-]*['’]s?\s+"
                             r"|(?i:" + "|".join(sorted(lang.QUANTIFYING_DETERMINERS | lang.PARTITIVE_WORDS)) + r")\s+of\s+)[^,;:“”\"()]{1,60}?,\s*"
                             r"((?:[a-z]+\s+(?=[A-Z]))?(?:[A-Z][a-z]{0,3}\.\s+)*[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+|[“\"][A-Z][\w'’-]+[”\"])){1,3})"
                             r"\s*(?:\([^()]{1,30}\))?\s*,\s*")  # (", state Rep. Ana Ruiz (D-Elm City),": stated12)


#: A quotation closed with its punctuation inside a sentence, then a short lower-case description and a comma before
#: the name: 'He "is much better," his daughter, ' (frames.py reads the quotation as the name's; attr51).
QUOTE_DESCRIBED = re.compile(r"[,.!?][”\"]\s+(?:" + lang.QUOTE_DESCRIPTION_DETERMINERS_RE + r")\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*,\s*$")


def party_tagged(between: str) -> bool:
    """The text between a source and its cue is a party-and-state tag set off by commas (", R-Vt., ")."""
    return _PARTY_TAG.fullmatch(between.strip().strip(",").strip()) is not None


#: A sentence-opening noun phrase, then a participle phrase with its agent ("The report, written by the council's
#: finance director, "), up to the name apposed to that agent: the name is the agent's, the subject is the opening
#: noun phrase (`authored_subject`; lead34).
_AUTHORED_OPENER = re.compile(r"\W*((?i:" + "|".join(sorted(lang.SINGULAR_DETERMINERS | {"the"})) + r")\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*),\s+"
                              r"(?:[a-z]+ed|" + "|".join(sorted(lang.DESCRIPTION_PARTICIPLES)) + r")\s+by\s+[^,;:“”\"()]{1,60},\s+"
                              r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,\s+$")


def authored_subject(text: str, start: int, cue: int) -> tuple[int, int] | None:
    """The subject of a cue at `cue` whose nearest name is apposed to a participle phrase's agent ("The report,
    written by the finance director, Amir Qureshi, says ...": the report), or None."""
    m = _AUTHORED_OPENER.match(text, start, cue)
    return (m.start(1), m.end(1)) if m else None
