"""Cross-article alignment: words that only say who or what is meant (issue 15).

Two claims about one person, bill or event share the words that name it, and the words that
describe it: a title before the name ("AARP policy chief John Rother" / "John Rother, AARP's
policy chief"), an apposition after it ("Paul Ryan, the chairman of the House Budget Committee,
..."), a modifier with a number ("a 225-page report"). News prose repeats these in every
sentence about the same subject, whatever the sentence says of it: "Presumptive GOP nominee
Donald Trump immediately fired back" and "He has shown an eagerness to assail presumptive GOP
nominee Donald Trump" share five rare words and no proposition. An agreement needs a shared word
outside them (`said_of`): what is said of the thing, not only its name.

`referring_words(f)`: stems of the claim's words that belong to a name's noun phrase:
* the name's own tokens (capitalised words, as pairs.Features.mentions);
* up to REFERENCE_PREMODIFIERS lower-case words right before a name ("presumptive ... nominee",
  "national security adviser", "two turkeys named"), through "of" and a determiner ("chairman of
  the House ...");
* an apposition after a name: a comma or "as" then a determiner or a possessive name ("Flynn as
  his first national security adviser", ", AARP's policy chief,"), to the next comma or the end,
  at most REFERENCE_APPOSITION words; a relative clause ("who served in the Senate") is no
  apposition: it says something of the name;
* a number written as a modifier or a decade ("225-page", "in his 30s"): it describes, it does not count.

The outlet's sentence-initial capital ("Presumptive ...") reads as a name: it is one.
"""

from __future__ import annotations

import re

from .. import lang, thresholds
from ..rules import numbers as _numbers
from .pairs import STOP, Features, stem

__all__ = ["describing_numbers", "subjectless", "lemma", "name_numbers", "named_things", "phrases", "referring_words", "said_of", "says_of"]

_TOKEN = re.compile(r"\d[\d,.]*(?:-[A-Za-z]+|s\b)?|[A-Za-z][A-Za-z'’.-]*|[,;:()–—―\"“”]")
_DETERMINERS = frozenset(lang.DETERMINERS)
#: What may open a name's noun phrase before its premodifiers: a determiner or a preposition
#: ("of the Sandy Hook ...", "with controversial photographer Tyler Shields"), a comma, the start
#: of the claim, another name ("GOP nominee Donald Trump"). Not "to" ("to assail Donald Trump")
#: nor an auxiliary or a subject ("have certified Obama's ...", "who led the NRA's review"):
#: there the word before the name is a verb.
_NP_OPENERS = (frozenset(lang.NOUN_MARKERS) | _DETERMINERS | lang.QUANTIFYING_DETERMINERS | frozenset(lang.NUMBER_UNITS)) - {"to"}
#: Words that say who someone is: shared in a noun phrase of one claim, they describe there too.
_DESCRIBING = frozenset(stem(w) for w in lang.SOURCE_TITLES | lang.ROLE_NOUNS | lang.ROLE_TIME_WORDS | lang.DESCRIPTOR_NOUNS)
_JOINS = frozenset(("of", "and", "&"))
_BREAK = frozenset(",;:()–—―\"“”")
_SUFFIXES = tuple(sorted(lang.LEMMA_SUFFIXES, key=len, reverse=True))


def lemma(s: str) -> str:
    """A stem (pairs.stem) without an inflection's ending ("called", "calling" -> "call")."""
    for suf in _SUFFIXES:
        if s.endswith(suf) and len(s) - len(suf) >= 4:
            return s[:-len(suf)]
    return s


def _low(tok: str) -> str:
    return re.sub(r"['’]s$|\.$", "", tok.lower())


def phrases(f: Features) -> list[frozenset[str]]:
    """The claim's name phrases (module doc), each as the stems of its words: a name with its
    premodifiers and apposition; names joined by "of", "and" or "&" are one phrase ("Amy
    Klobuchar of Minnesota", "Mac and Cheese")."""
    cached = getattr(f, "_phrases", None)
    if cached is not None:
        return cached
    toks = _TOKEN.findall(f.claim.text)
    names = {_low(t) for t in f.mentions}

    def is_name(t: str, i: int) -> bool:
        # a capital inside the sentence is a name or a title ("the Justice Against Sponsors of
        # Terrorism Act", "Sen."); the first word only when it is a name ("Presumptive GOP ...")
        return t[:1].isupper() and _low(t) not in STOP and (i > 0 and toks[i - 1] not in "“\"(" or _low(t) in names)

    spans: list[list[int]] = []
    numbers: set[str] = set()
    for i, t in enumerate(toks):
        if t[0].isdigit():
            if re.search(r"-[A-Za-z]+$|\ds$", t):  # "225-page", "30s"
                digits = re.match(r"[\d,.]+", t).group(0).replace(",", "").rstrip(".")
                try:
                    numbers.add("#%g" % float(digits))
                except ValueError:
                    pass
            continue
        if not is_name(t, i):
            continue
        a = b = i
        # premodifiers: lower-case words right before the name ("policy chief John Rother"),
        # when a noun phrase opens before them
        if i > 0 and not is_name(toks[i - 1], i - 1):
            chain, j = [], i - 1
            while j >= 0 and len(chain) < thresholds.REFERENCE_PREMODIFIERS:
                w = toks[j]
                if w in _BREAK or is_name(w, j) or w[0].isdigit() or w.lower() in _NP_OPENERS or w.lower() in STOP:
                    break
                chain.append(w)
                j -= 1
            before = toks[j] if j >= 0 else ","
            # or between two names ("GOP nominee Donald Trump", "AARP policy chief John Rother";
            # not "the Act prevents Saudi Arabia ...")
            between = j >= 0 and is_name(before, j)
            # ... and only a title or a naming participle next to the name ("the harbor board
            # chairwoman Greta Olsen", "two turkeys named Mac"): "the senator praised Tomas Ruiz"
            # is a subject and its verb
            titled = bool(chain) and (stem(chain[0].lower()) in _DESCRIBING or chain[0].lower() in lang.NAMING_PARTICIPLES)
            if titled and (before in _BREAK or before.lower() in _NP_OPENERS or between):
                a = i - len(chain)
        # an apposition after the name's last token: ", a/the/his ... ," or "as his/the ..."
        if i + 2 < len(toks) and not is_name(toks[i + 1], i + 1) and toks[i + 1] in (",", "as"):
            lead = toks[i + 2]
            if lead.lower() in _DETERMINERS or (is_name(lead, i + 2) and re.search(r"['’]s$", lead)):
                n, closed = 0, False
                for w in toks[i + 2:]:
                    if w in _BREAK:
                        closed = True
                        break
                    n += 1
                # a comma apposition is closed by a comma ("Jane Roe, the mayor, said"); "as his
                # first adviser" may end the claim
                if n <= thresholds.REFERENCE_APPOSITION and (closed or toks[i + 1] == "as"):
                    b = i + 1 + n
        # one name: "Mac and Cheese", "Amy Klobuchar of Minnesota", "Sponsors Against Terrorism"
        joined = spans and a == spans[-1][1] + 2 and (toks[a - 1].lower() in _JOINS or toks[a - 1][:1].isupper())
        if spans and a <= spans[-1][1] + 1 or joined:
            spans[-1][1] = max(spans[-1][1], b)
        else:
            spans.append([a, b])
    for a, b in _opening_description(toks, is_name):  # one phrase with the names inside it
        spans = [s for s in spans if s[1] < a or s[0] > b] + [[min([a] + [s[0] for s in spans if a <= s[1] and s[0] <= b]),
                                                               max([b] + [s[1] for s in spans if a <= s[1] and s[0] <= b])]]
    out = [frozenset(stem(_low(w)) for w in toks[a:b + 1] if w not in _BREAK and w.lower() not in STOP)
           for a, b in spans]
    out += [frozenset((n,)) for n in numbers]
    f._phrases = out
    return out


def _opening_description(toks: list[str], is_name) -> list[list[int]]:
    """The description of a subject that opens the claim without a name of its own: an
    apposition after a common noun ("The chipmaker, the largest employer in Ridgeford,
    announced ..."), or a noun phrase a name is apposed to ("The largest employer in Ridgeford,
    Corvant Systems, said ..."). News prose repeats it in every sentence about that subject
    ("The company, the largest employer in Ridgeford, now expects ..."), whatever the sentence says."""
    if not toks or toks[0].lower() not in _DETERMINERS:
        return []
    first = next((k for k, t in enumerate(toks) if t in _BREAK), None)
    if first is None or first > thresholds.REFERENCE_APPOSITION or toks[first] != ",":
        return []
    close = next((k for k in range(first + 1, len(toks)) if toks[k] in _BREAK), None)
    if close is None or toks[close] != "," or close - first - 1 > thresholds.REFERENCE_APPOSITION:
        return []
    inner = toks[first + 1:close]
    if inner and inner[0].lower() in _DETERMINERS and first <= 3 and \
            not any(is_name(t, k) for k, t in enumerate(toks[1:first], 1)):
        return [[first + 1, close - 1]]  # "The chipmaker, the largest employer in X,"
    if inner and all(is_name(t, k) or t.lower() in _JOINS for k, t in enumerate(inner, first + 1)):
        return [[0, first - 1]]  # "The largest employer in X, Corvant Systems,"
    return []


def referring_words(f: Features) -> frozenset[str]:
    """Stems of the words of the claim that only name or describe something (module doc)."""
    cached = getattr(f, "_referring", None)
    if cached is None:
        cached = f._referring = frozenset().union(*phrases(f))
    return cached


def _lemmas(f: Features) -> dict[str, str]:
    """lemma -> content word (stem) of the claim, and the stems of its names (cached)."""
    cached = getattr(f, "_lemma_words", None)
    if cached is None:
        cached = f._lemma_words = ({lemma(w): w for w in f.words}, frozenset(stem(_low(t)) for t in f.mentions))
    return cached


def named_things(f1: Features, f2: Features) -> int:
    """How many different things the shared words name: name phrases holding a shared word,
    the fewer of the two claims' counts ("Brown lost ... to Elizabeth Warren" / "Mr. Brown ...
    his unsuccessful race against Elizabeth Warren": two)."""
    shared = f1.words & f2.words
    return min(sum(1 for p in phrases(f) if p & shared) for f in (f1, f2))


_RELATIVE_OPENING = re.compile(r"(?:" + lang.RELATIVE_PRONOUNS_RE + r")\b(?!.*\?)", re.I)


_POINTER_BE_OPENING = re.compile(lang.POINTER_BE_OPENING_RE, re.I)  # "This is far from the only ..." (lead49)


def subjectless(f: Features) -> bool:
    """The claim is a relative clause cut from its sentence ("Who's seen his campaign surge ...,
    also called for ..."): whoever it is about is not in it, so it agrees with nothing alone. So
    is a claim whose subject is a pointer before "be" ("This is far from the only emergency declared":
    what "this" is lies in the sentence before; lead49: it agreed with a leader's announcement that the
    president would declare one)."""
    text = f.claim.text.strip("“”\"' ")
    return _RELATIVE_OPENING.match(text) is not None \
        or _POINTER_BE_OPENING.match(f.claim.text) is not None  # (the outlet's own words: not a quotation's "This is ...")


def describing_numbers(f1: Features, f2: Features) -> set[str]:
    """Numbers ("#n") that either claim writes as a modifier or a decade ("a 225-page report",
    "in his 30s"): they say what something is, not how many; the same digits in the other claim
    are no shared count."""
    return _numbers_of(f1) | _numbers_of(f2)


def _numbers_of(f: Features) -> frozenset[str]:
    cached = getattr(f, "_describing", None)
    if cached is None:
        cached = f._describing = frozenset(w for w in referring_words(f) if w.startswith("#"))
    return cached


_CAPITAL_BEFORE = re.compile(r"\b[A-Z][\w-]*\s+$")


def name_numbers(f1: Features, f2: Features) -> set[str]:
    """Numbers both claims write as part of a name, right after a capitalised word ("Flight 412",
    "Route 9"; not a month's day): an identifier, no amount, and no word said of the name
    ("investigators collected the evidence from the site where Flight 412 crashed" / "a video of
    the last seconds on board Flight 412 as it crashed" share only the name and one verb)."""
    def of(f: Features) -> set[str]:
        t = f.claim.text
        return {f"#{n.value:g}" for n in _numbers(t)
                if _CAPITAL_BEFORE.search(t[:n.start]) and not _MONTH_BEFORE_NUMBER.search(t[:n.start])}
    return of(f1) & of(f2)


_MONTH_BEFORE_NUMBER = re.compile(r"\b(?:" + "|".join(m.capitalize() for m in lang.MONTHS) + r")\.?\s+$")


def says_of(f1: Features, f2: Features) -> bool:
    """The two claims say something of what they name: a shared word besides the names and their
    descriptions, or names of two things (a relation between them: "Brown lost ... to Elizabeth
    Warren" / "his unsuccessful race against Elizabeth Warren")."""
    return bool(said_of(f1, f2)) or named_things(f1, f2) >= 2


def said_of(f1: Features, f2: Features) -> set[str]:
    """The content words the two claims share (as lemmas: "called" / "calling") that they do not
    only use to name or describe something: a name of either claim, or a word both use in a
    name's noun phrase. What the two claims say of the thing they name."""
    r1, r2 = referring_words(f1), referring_words(f2)
    (l1, n1), (l2, n2) = _lemmas(f1), _lemmas(f2)
    names = n1 | n2
    out = set()
    ids = name_numbers(f1, f2)  # "Flight 412" names the flight in both: the number is the name's
    for lw in l1.keys() & l2.keys():
        w1, w2 = l1[lw], l2[lw]
        if w1 in names or w2 in names or (w1 in r1 and w2 in r2) or w1 in ids:
            continue
        # a number that describes in one claim ("in his 30s") is not the other's count ("30
        # people"); a title in one claim's noun phrase says who someone is in the other's too
        if (w1 in r1 or w2 in r2) and (w1.startswith("#") or w1 in _DESCRIBING):
            continue
        out.add(lw)
    return out
