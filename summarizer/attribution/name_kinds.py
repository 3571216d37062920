"""What a name is, read from its words alone: a person, an organisation, a place or a group
(`classify`); its cleaned spelling (`clean_name`); organisations named by a possessive
("Acme Holdings's board"); runs of capitalised words split at "and". names.Resolver uses these
to track who is mentioned where."""

from __future__ import annotations

import re

from .. import lang
from .text import Piece

# "Acme Holdings's board": a run of capitalised words, then "'s" and an organisation head. Found
# in two linear steps (`possessive_orgs`): one regex for the whole pattern retried the run from
# every capitalised word in it, quadratic on long capitalised runs (benchmarks/regex.py).
_CAP_RUN = re.compile(r"\b[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*+")
_POSS_TAIL = re.compile(r"['’]s\s+(?:[a-z]+\s+){0,2}(?:" + "|".join(sorted(lang.ORG_HEADS)) + r")\b(?!-\w)")  # (not "centre-right": shapes33)


def possessive_orgs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each "<Capitalised Words>'s [up to two words] <org head>" in `text`, the
    same spans as finditer of the single regex would give: every start inside a run reaches the
    same run end (a word ends only at a character outside [\\w.&-]), so only each run's first
    start needs trying, and a failed run is skipped whole."""
    out, pos = [], 0
    while (run := _CAP_RUN.search(text, pos)) is not None:
        tail = _POSS_TAIL.match(text, run.end())
        if tail is not None:
            out.append((run.start(), tail.end()))
            pos = tail.end()
        else:
            pos = max(run.end(), run.start() + 1)
    return out
_PARTICLE = lang.NAME_PARTICLES_RE
_NAME_RUN = re.compile(rf"(?:[A-Z][\w'’.&-]*|{_PARTICLE})(?:\s+(?:[A-Z][\w'’.&-]*|{_PARTICLE}|&(?=\s+[A-Z])))*")  # ("Holm & Baer": lead34)


def name_runs(seg: str):
    """The name runs of a sentence; a run of two persons joined by "and" ("Mayor Jane Doe and
    Governor John Roe") is two runs ("and" also joins the words of one organisation's name)."""
    for m in _NAME_RUN.finditer(seg):
        parts = m.group(0).split(" and ")
        if len(parts) == 2 and all(len(p.split()) >= 2 and classify(p.strip()) == "person" for p in parts):
            cut = m.start() + len(parts[0])
            yield Piece(seg, m.start(), cut)
            yield Piece(seg, cut + len(" and "), m.end())
        else:
            yield m


def office_holder(run: str) -> str | None:
    """The person's name at the end of a run that opens with a title of an office "of" a body
    ("Deputy Assistant Secretary of State for Policy Jane Doe", "Bank of Tarvin Governor Jane Doe"):
    the last two words (three with a middle initial) when the word before them, or the last word
    before the first "of", is a title; not "Gov. Jane Doe of Ohio" (the name before "of")."""
    ws = run.split()
    n = 3 if len(ws) >= 3 and re.fullmatch(r"[A-Z]\.", ws[-2]) else 2
    name, before = ws[-n:], ws[:-n]
    if " of " not in " ".join(before + [""]) or not all(w[:1].isupper() for w in name) \
            or any(w.lower().rstrip(".") in lang.PERSON_TITLES or w.lower() in lang.FUNCTION_WORDS for w in name):
        return None
    head = run.split(" of ")[0].split()
    if before[-1].lower().rstrip(".") in lang.PERSON_TITLES or head[-1].lower().rstrip(".") in lang.PERSON_TITLES:
        return " ".join(name)
    return None


def plural_people(word: str) -> bool:
    """"officials", "critics", "supporters", "proponents": a plural noun of people by what they do."""
    w = word.lower()
    return (w in lang.PERSON_NOUNS and w.endswith("s")) or w == "people" \
        or (w.endswith(lang.AGENT_PLURAL_ENDINGS) and w not in lang.NOT_NAMES and len(w) > 5) \
        or w in ("critics", "opponents", "proponents")


def classify(name: str) -> str | None:
    """"person", "group", "org", "place", "name" (one word: the resolver decides) or None."""
    words = [w.strip(".,'’").lower() for w in name.split()]
    if not words:
        return None
    if len(words) > 1 and re.fullmatch(r"[a-z][\w.'’-]*-based", words[0]):  # "Harlow-based Brantel": a description of
        return classify(" ".join(name.split()[1:]))  # where it is based, the kind of what follows (coref52)
    if "who" in words[1:]:  # "A parent who reported one of the falls": "who" is said of a person (wild20)
        head = classify(" ".join(name.split()[:words.index("who", 1)]))
        return "group" if head == "group" else "person"
    if len(words) > 2 and "&" in words[1:-1] and all(w[:1].isupper() for w in name.split() if w != "&"):
        return "org"  # "Holm & Baer", "Brill & Marr": a firm's name, never a person's (lead34)
    if len(words) > 1 and all(w[:1].isupper() for w in name.split()) \
            and any(w in lang.NUMBER_UNITS or w in lang.NUMBER_TENS for w in words[1:]):
        return "org"  # "the Bali Nine", "the Chicago Seven": a group's name, no person
    for i, w in enumerate(words[:-1]):  # "Foreign Ministry spokeswoman Jane Doe": the person after the noun
        if w in lang.PERSON_NOUNS and not w.endswith("s") and name.split()[i + 1][:1].isupper():
            return "person"
        # "Supreme Court Justice Jane Doe", "House Speaker John Doe": a title after an institution,
        # then a name with no institution in it (not "Justice Department", not a first-word title)
        if i and w in lang.PERSON_TITLES and name.split()[i + 1][:1].isupper() \
                and not any(x in lang.ORG_HEADS or x in lang.PLACE_NOUNS for x in words[i + 1:]):
            return "person"
    if plural_people(words[0]) and not any(w[:1].isupper() for w in name.split()[1:2]):
        return "group"  # "Supporters of the plan", "Critics" (capitalised as a sentence's first word)
    # the words before " of " or " from ": "Justice Jane Doe of the Supreme Court", "Dr Ana Ruiz
    # from the University of Leeds" (a person, then where she works; read12b)
    head = re.split(r" (?:of|from) ", name, maxsplit=1)[0].split()
    if len(head) >= 2 and head[0].lower().rstrip(".") in lang.PERSON_TITLES and head[1][:1].isupper() \
            and not any(w.lower().strip(".,") in lang.ORG_HEADS for w in head):
        return "person"  # "Justice Jane Doe of the Supreme Court", "Gov. Jane Doe of Texas"
    tail = re.fullmatch(r"(?:[A-Z][\w.]*\s+){0,2}([A-Z][a-z]+)\s+of\s+(?:the\s+)?[A-Z]\w*\s+((?:[A-Z][\w'’-]+\s+)(?:[A-Z]\.\s+)?[A-Z][\w'’-]+)", name)
    if tail and tail.group(1).lower() in lang.PERSON_TITLES and _person_of_org(tail.group(2).split()[:1] + tail.group(2).split()[-1:]):
        return "person"  # "Secretary of State John Kerry", "Secretary of Defense Jane F. Roe": a title, then the name (lead12)
    if re.search(r" (?:of|from) ", name) and _person_of_org(head):
        return "person"  # "Jane Roe of (from) the Acme Institute": a person's name, then where she works
    described = words[:next((k for k, w in enumerate(words) if k and w in lang.PREPOSITIONS), len(words))]
    if len(described) >= 2 and (words[0] in lang.DETERMINERS or words[0] in lang.NUMBER_UNITS) and described[-1] in lang.PERSON_NOUNS:
        return "group" if described[-1].endswith("s") else "person"  # "A union spokesman", "a spokeswoman for
        # the league", "two company officials": a person described, not the organisation named in passing (session 14)
    if any(w in lang.ORG_HEADS for w in words) or (len(words) == 1 and name.isupper() and len(name) >= 2) \
            or len(words) > 1 and words[-1] in lang.BODY_NAME_FINAL_WORDS and name.split()[-1][:1].isupper():
        return "org"  # (and "<Name> International", "Human Rights Watch": coref54)
    if len(words) == 2 and words[0] == "the" and name.split()[1][:1].isupper():
        return "org"  # "the Pentagon", "The IMF", "the Times": an institution, never "he" or "she"
    if len(words) >= 2 and (words[-1] in lang.PLACE_NOUNS or words[0] in lang.PLACE_PREFIXES):
        return "place"  # "the Black Sea", "Eastern Vale": never what "he" or "she" refers to
    if words[0] in lang.PERSON_TITLES:
        return "person"
    if words[-1] in lang.PERSON_NOUNS:
        return "group" if words[-1].endswith("s") else "person"
    if len(words) > 1 and (words[0] in lang.NAMED_EVENT_FIRST_WORDS or any(w in lang.PROGRAMME_NAME_WORDS for w in words)
                           or words[-1] in lang.EVENT_NAME_HEADS or words[-1] in lang.HOLIDAY_NAME_HEADS
                           and (len(words) >= 3 or re.search(r"['’]s?$", name.split()[-2]))):  # "Harvest Remembrance Day" (read27)
        return None  # "Hurricane Sandy", "Social Security": no one "he" or "she" refers to
    caps = [w for w in name.split() if w[:1].isupper()]
    if len(caps) == 1 and len(words) == 1:
        return "name"  # one word: a surname, a place or an organisation; the resolver decides
    if len(caps) >= 1 and all(w.strip(".,").lower() not in lang.NOT_NAMES or (k and re.fullmatch(r"[AI]\.", w))
                              for k, w in enumerate(caps)):
        return "person"  # (a middle initial "A." or "I." is no article or pronoun: "Jane A. Roe"; polar44)
    return None


def _person_of_org(head: list[str]) -> bool:
    """The words before " of " are a person's name of two or three capitalised words with no
    institution, place, title or plural in them ("Jane Roe" of the Acme Institute; not "Bank" of
    America, "United States" of America, "Friends" of the Earth, "The Board" of Trustees)."""
    low = [w.strip(".,'’").lower() for w in head]
    return 2 <= len(head) <= 3 and all(w[:1].isupper() for w in head) and low[0] != "the" \
        and not plural_people(low[0]) and low[0] not in lang.PLACE_PREFIXES and not any(
            w in lang.ORG_HEADS or w in lang.PLACE_NOUNS or w in lang.PERSON_TITLES or w in lang.NOT_NAMES
            or w in lang.PERSON_NOUNS for w in low)


#: A US party-and-state label after a name: "(D-Mass.)", "(R-S.C.)", "(I-Vt.)".
_PARTY_LABEL = re.compile(r"\s*\((?:[DRI](?:-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?|[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2})\)")
# (also a bare "(D)", the lead, session 23; a state's abbreviation alone, "Sen. Jane Doe (Vt.)", lead44)


_CAPS = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
#: An organisation's name with commas: a head, "of/on/for", a series of capitalised items ("the Council on
#: Food, Farming and Rural Affairs (CFFRA)"); subjects._name_comma reads it too (org_name_series on its tokens).
_ORG_SERIES = re.compile(r"(?:[Tt]he\s+)?([A-Z]\w+)\s+(?:of|on|for)\s+(?:the\s+[A-Z]\w+\s+(?:of|for)\s+)?" + _CAPS + r"(?:,\s+" + _CAPS + r")+,?\s+(?:and|&)\s+"
                         + _CAPS + r"(?:\s+\([A-Z]{2,}\))?")


def org_name_series(s: str) -> bool:
    """`s` is one organisation's name with commas: a head of lang.ORG_HEADS, "of/on/for", capitalised
    items, "and", an acronym in brackets (the one test of the shape: clean_name, subjects._name_comma)."""
    m = _ORG_SERIES.fullmatch(s)
    return bool(m) and m.group(1).lower() in lang.ORG_HEADS


#: A photo caption's position mark after a name, spaced or not ("(pictured)", "( left )").
_POSITION_MARK = re.compile(lang.CAPTION_MARK_RE)


_ISSUED_BY = re.compile(r"(?i:an?|the)\s+(?:[a-z-]+\s+)?(\w+)\s+(?:" + lang.ISSUED_BY_RE + r")\s+by\s+(.+)$")
#: "a statement on the ministry's channel" -> "the ministry" (the page's owner; intl38 and read37 left it whole).
_ON_OWNERS_PAGE = re.compile(r"(?i:an?|the)\s+(?:[a-z-]+\s+)?(\w+)\s+(?:posted\s+|published\s+)?on\s+(.+?)['’]s?\s+"
                             r"(?:[a-z-]+\s+)?(?:" + "|".join(sorted(lang.OWNED_PAGE_NOUNS)) + r")$")
#: A possessive and a kinship noun before a name with no comma ("Tom's mother Ann Reyes"; read40).
_KIN_THEN_NAME = re.compile(r"(?:[A-Z][\w'’-]*['’]s?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+)?([a-z]+)\s+((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*)")


def _of_a_thing(whole: str, after: str) -> bool:
    """A statement noun's "of" phrase is what it is about, not who issued it ("An official report of the calls <Name>
    made to the operator": the report, not the calls; attr50): lower case, no body or person noun in its first words.
    "a statement of the ministry", "the report of the Audit Office" still name their issuer."""
    words = re.sub(r"^(?:the|a|an)\s+", "", after, flags=re.I).split()[:2]
    return re.search(r"\sof\s", whole[:len(whole) - len(after) + 1]) is not None and bool(words) and words[0][:1].islower() \
        and not any(w.lower().strip(",") in lang.ORG_HEADS or w.lower().strip(",") in lang.PERSON_NOUNS for w in words)


def clean_name(s: str) -> str:
    """The name part of a source as written: 'Schiff, 56, who has served ...' -> 'Schiff'."""
    s = " ".join(s.split())
    s = _PARTY_LABEL.sub("", s)  # "Sen. Ted Kennedy (D-Mass.)": the party and state are no part of the name
    s = _POSITION_MARK.sub("", s)  # "Cllr Jo Kerr (pictured)", "Parker ( left )": a caption's mark (the lead, session 25)
    if (m := _PERSON_FOR.fullmatch(s)) is not None and _person_of_org(m.group(1).split()):
        s = m.group(1)  # "wrote Jane Roe for the Ledger", "... for Morning Consult": her outlet is no part of her name (s43)
    first, _, rest = s.partition(" ")
    if first.lower() in lang.TIME_WORDS and rest.split()[:1] and rest.split()[0].lower() in lang.SUBJECT_DETERMINERS | {"the"}:
        s, (first, _, rest) = rest, rest.partition(" ")  # "Yesterday the Courier revealed ..." -> "the Courier" (read14)
    if rest[:1].isupper() and first.lower() in lang.SPEECH_VERBS and first.lower().endswith((*lang.PAST_TENSE_ENDINGS, "say", "says")):
        s = rest  # an inverted opening cue: "Said Jane Doe: ..." -> "Jane Doe" (not "Signal Media, the company")
    if (m := re.fullmatch(r"(?i:an?)\s+(?:[a-z]+ly\s+)?[a-z][a-z-]+\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)", s)
            or re.fullmatch(r"(?i:the)\s+(?:[a-z]+ly\s+)?[a-z][a-z-]+\s+((?i:" + "|".join(sorted(lang.HONORIFICS)) + r")\.?\s+[A-Z][\w'’-]*)", s)):
        s = m.group(1)  # "a sobbing Ann", "A tearful Ann Price said": the name, not its mood (read32; "A newly slim Mr Doe": read36)
    if (m := _KIN_THEN_NAME.fullmatch(s)) and m.group(1).lower() in lang.KIN_NOUNS:
        s = m.group(2)  # "Tom's mother Ann Reyes", "his widow Jo Kerr": the name, not the kinship (read40)
    m = re.match(r"(.+?)['’]s?\s+(?:[a-z-]+\s+){0,2}(\w+)$", s)
    if m and m.group(2).lower() in lang.STATEMENT_NOUNS and not ((o := _ON_OWNERS_PAGE.match(s)) and o.group(1).lower() in lang.ISSUED_STATEMENT_NOUNS):
        s = m.group(1)  # "Jane Doe's statement" -> "Jane Doe"
    m = next((m for m, nouns in ((re.match(r"(?i:an?|the)\s+(?:[a-z-]+\s+)?(\w+)\s+(?:from|by|of)\s+(.+)$", s), lang.STATEMENT_NOUNS),
                                 (_ISSUED_BY.match(s), lang.ISSUED_STATEMENT_NOUNS), (_ON_OWNERS_PAGE.match(s), lang.ISSUED_STATEMENT_NOUNS))
              if m and m.group(1).lower() in nouns), None)
    if m and not _of_a_thing(m.group(0), m.group(2)):
        s = m.group(2)  # "a statement from the fire department", "released by Ann Roe", "on the board's website"
    m = re.match(r"(.+?\s(\w+)),?\s+(?:citing|quoting)\s", s)
    if m and (m.group(2).lower() in lang.STATEMENT_NOUNS or m.group(2).lower() in lang.DOCUMENT_NOUNS):
        s = m.group(1)  # "A Tarne Watch report citing unnamed officials" -> "A Tarne Watch report" (lead29)
    if org_name_series(s):  # "the Council on Food, Farming and Rural Affairs (CFFRA)": one name
        return s
    if _series(s):  # "Residents, business owners and two council members": the whole series speaks
        return re.sub(r"\s+(?:all|both)$", "", s)  # ("... and a pastor all said")
    if (m := _SERIES_TITLE_NAME.fullmatch(s)) and m.group(1).lower() in lang.PERSON_TITLES and classify(m.group(2)) == "person":
        return m.group(2)  # "<Place>'s Enterprise, Trade and Housing Minister Tom Reed": one title in a series, then her name (attr56)
    head = re.split(r"(?<!\d),|,(?!\d{3}\b)|\s[-—–]\s", s)[0].strip()  # (also "Jane Doe - a lawyer for the firm - said"; read12b)
    # (not at a number's thousands comma: "The survey of 2,104 adults"; genre43, lead34)
    head = head if "&" in head or _FIRM_AFTER_OF.search(head) else re.sub(r"['’]s$", "", head)  # ("Brill & Marr’s, the rating firm": a firm's name)
    m = _DESCRIPTION_THEN_NAME.match(s)
    if m and (m.group(1)[:1].islower() or m.group(1).split()[0] in ("The", "A", "An")
              or re.match(r"[^,]*['’]s\s+[a-z]", m.group(1))) and (
            m.end() == len(s) or classify(m.group(2)) == "person"):
        # "said the spokesman, Jane Doe", "the lawyer, Scott Wood, in an interview": the name in
        # apposition, not the description (with words after it, only a person's name)
        return m.group(2)
    return _title_then_name(s) or _without_origin(head) or s


#: A title whose capitalised words run in a series with commas and "and", then its title word and a person's name
#: ("Kelso's Enterprise, Trade and Housing Minister Tom Reed"; real55's Left).
_SERIES_TITLE_NAME = re.compile(r"(?:the\s+)?(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*,\s+(?:[A-Z][\w'’.-]*,?\s+)*?(?:and|&)\s+"
                                r"(?:[A-Z][\w'’.-]*\s+)*([A-Z][a-z]+)\s+((?:[A-Z][\w'’.-]*\s+){1,2}[A-Z][\w'’-]+)")


#: A person's name, then "for" and the outlet or body they write or work for (or nothing left of it).
_PERSON_FOR = re.compile(r"((?:[A-Z][\w'’-]*\s+){1,2}[A-Z][\w'’-]*)\s+for(?:\s+(?:the\s+)?[A-Z][^,;]*)?")


#: "The boss of pizza chain Loaf's": a name closing "<role> of ..." with "'s" and no noun after it is a firm's (read39).
_FIRM_AFTER_OF = re.compile(r"\bof\s+(?:[\w-]+\s+){0,3}[A-Z][\w-]*['’]s$")


_TITLE_WORD = r"(?:[A-Z][\w'’.&-]*|" + "|".join(lang.NAME_INNER_WORDS) + r")"
_TITLE_THEN_NAME = re.compile(r"(" + _TITLE_WORD + r"(?:\s+" + _TITLE_WORD + r")*),\s*"
                              r"((?:[A-Z][a-z]{0,3}\.\s+)*[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){1,3})\s*,?\s*")


def _title_then_name(s: str) -> str | None:
    """A capitalised title, then the person's name in apposition ("Pellston Director for Roads and
    Bridges, Jane Roe" -> "Jane Roe"; read16): the title holds a person's title word."""
    m = _TITLE_THEN_NAME.fullmatch(s)
    if m and m.group(1)[:1].isupper() and any(w.lower() in lang.PERSON_TITLES for w in m.group(1).split()) \
            and classify(m.group(2)) == "person":
        return m.group(2)
    return None


def _without_origin(head: str) -> str:
    """A person's name without the origin or nationality an article writes with it (read15):
    "Tom Bell from Pellston" -> "Tom Bell", "American Jane Roe" -> "Jane Roe" (not "Chairman
    Jane Roe", nor "a spokesman from the Pellston council")."""
    m = re.fullmatch(r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+)\s+from\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*", head)
    if m and classify(m.group(1)) == "person":
        head = m.group(1)
    m = re.fullmatch(r"([A-Z][a-z]{5,})\s+([A-Z][\w'’-]+\s+[A-Z][\w'’-]+)", head)
    if m and m.group(1).lower().endswith(lang.NATIONALITY_BEFORE_NAME_ENDINGS) \
            and m.group(1).lower() not in lang.PERSON_TITLES | lang.ROLE_NOUNS and classify(m.group(2)) == "person":
        head = m.group(2)
    return head


#: The most words after a series' last comma (attribution/series.py reads as many, _TAIL_WORDS): "the town's
#: Board of Trade and Ohio-based software services company Brightline" is 11 (attr13, a BASIL story).
SERIES_TAIL_WORDS = 12


def _series(s: str) -> bool:
    """A series of subjects (attribution/series.py): short items in commas, the last holding "and"
    or "or", the first ending in a plural noun or a noun of a person ("Two players, an assistant
    coach and the team's trainer"); not a name and its description ("Doe, a lawyer and activist")."""
    parts = [p.split() for p in s.split(",")]
    if len(parts) < 2 or any(not p or len(p) > 5 for p in parts[:-1]) or not 2 < len(parts[-1]) <= SERIES_TAIL_WORDS \
            or not {"and", "or"} & set(parts[-1]):
        return False
    last = parts[0][-1].lower()
    return not parts[0][-1][:1].isupper() or len(parts[0]) == 1 and (last in lang.PERSON_NOUNS or last.endswith("s")) \
        and not any(w[:1].isupper() for w in parts[0][1:])


#: A lowercase description with a determiner, then a name in apposition ("the spokesman, Jane
#: Doe", "a lawyer for the family, John Q. Roe,", "the lawyer, Scott Wood, in an interview"); a
#: name's possessive stands for the determiner ("Jane Doe's father, John Doe"; read12a).
_DESCRIPTION_THEN_NAME = re.compile(r"((?:(?i:" + lang.APPOSITION_DETERMINERS_RE + r")|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}),\s*"
                                    r"((?:[A-Z][a-z]{0,3}\.\s+)*[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){1,3})\s*(?:,\s*|$)")


def within(words: list[str], longer: list[str]) -> bool:
    """`words` in `longer` in order, the last word last ("Jane Doe" in "Sen. Jane Q. Doe", not
    in "John Doe")."""
    it = iter(longer)
    return bool(words) and words[-1] == longer[-1] and all(w in it for w in words)


#: A sentence's opening prepositional phrase up to its comma ("In a statement on Saturday, ").
_PP_INTRO = re.compile(r"\s*(?:(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+)?([A-Z][a-z]*)\s[^,;:“”\"]{1,80},\s+")
#: A role before a name ("council spokesman ", "The agency's spokeswoman "): its last word is the role.
_ROLE_BEFORE = re.compile(r"\s*(?:[Tt]he\s+)?(?:[A-Z][\w'’.&-]*\s+){0,3}(?:[a-z][\w'’-]*\s+)?([a-z]+)\s+")


#: A cleft that fronts a time or place before its clause's subject ("It was during a rally in Ohio on
#: Saturday that ", "It was in May that "): the name right after "that" is the subject.
_CLEFT = re.compile(r"\W*(?:It|it)\s+(?:was|is)\s+(?:" + "|".join(sorted(lang.PREPOSITIONS))
                    + r")\b[^,;“”\"]{0,120}\bthat\s+")
#: A sentence's opening aside of being questioned, with any asides and the question in it, up to the
#: comma before the subject ("Asked, for instance, whether the plan would pass if ..., "; read24).
QUESTIONED_INTRO = re.compile(r"\s*(?:(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+)?(?:When\s+)?(?i:" + lang.QUESTIONED_PARTICIPLES_RE
                              + r")\b[^;:“”\"]{0,220},\s*")


def subject_after_intro(before: str) -> bool:
    """What stands before a person's name makes the name the sentence's subject: an opening
    prepositional or time phrase ("In a statement on Saturday, Jane Doe ...") and/or a role ("Acme
    spokeswoman Jane Doe ..."), or an aside of being questioned however long ("Asked whether ..., ")."""
    if (adv := re.match(r"\s*([A-Z][a-z]+),\s+", before)) and adv.group(1).lower() in lang.LEADING_ADVERBIALS:
        before = before[adv.end():]  # "Still, Mr. Doe, speaking briefly, offered ...": the adverb opens, the name is the subject
        if not before.strip():
            return True
    if _CLEFT.fullmatch(before):
        return True  # "It was during a rally on Saturday that Jane Doe described ...": the cleft's subject
    if QUESTIONED_INTRO.fullmatch(before):
        return True
    m = _PP_INTRO.match(before)
    if m and (m.group(1).lower() in lang.PREPOSITIONS or m.group(1).lower() in lang.INTRODUCTORY_WORDS
              or m.group(1).lower() in lang.RELATIVE_TIME_LEADERS | {"that"} and len(before[:m.end()].split()) <= 3):
        # ("That day, Jane Doe ...", "Last week, ...")
        before = before[m.end():]
    if not before.strip() or before.strip() in ("The", "the"):
        return m is not None
    r = _ROLE_BEFORE.fullmatch(before)
    return r is not None and r.group(1) in lang.PERSON_NOUNS


def holds_head(name: str, head: str) -> bool:
    """The name holds the head noun ("the bank": "Acme Bank"; "the president": "President Jane
    Doe"), not as part of a lesser title ("Vice President John Roe" is not "the president")."""
    ws = [lang.TITLE_NOUN_OF.get(w[:-1], w) if w.endswith(".") else w for w in name.lower().split()]  # "Gov." is "governor"
    if head not in " ".join(ws):
        return False
    at = [i for i, w in enumerate(ws) if w.startswith(head)]
    if not at:
        return True  # inside a word ("Citibank")
    # the head noun of the name, or a title before it: not a modifier ("sheriff's office records"
    # is no office)
    orig = name.split()
    at = [i for i in at if "by" not in ws[:i] or i == len(ws) - 1]  # not a title inside a finding's maker: "tests by the
    # consumer magazine X" is no magazine (lead34); "a report ... by the <Agency> Administration" ends with its maker's head
    at = [i for i in at if i == len(ws) - 1 or i == 0 and not (orig[1].islower() and ws[1] in lang.PERSON_NOUNS)  # ("University
          # officials" are no university: lead34)
          or ws[i - 1] == "the" or ws[i + 1] in ("of", "for")
          or ws[i - 1].rstrip(".") in lang.PERSON_TITLES or orig[i + 1][:1].isupper()]  # "Former President Bill Clinton"
    return any(not (i and ws[i - 1] in lang.LESSER_TITLE_PREFIXES) for i in at)


def titled_name(name: str, head: str) -> bool:
    """The head is a title before a name ("President Jane Doe"), not a description ("Senator
    from Texas")."""
    ws = name.split()
    at = [i for i, w in enumerate(ws) if w.lower().startswith(head)]
    return bool(at) and at[-1] + 1 < len(ws) and ws[at[-1] + 1][:1].isupper()
