"""The noun phrase a quantity counts (split out of quantity.py, which reads the numbers): where a
counted noun phrase after a number starts and ends ("117 armoured trucks over ..." -> "armoured
trucks"), the noun of "<noun> of <number>" ("a death toll of 40"), and the verb forms that end a
phrase. The word lists are lang's (closed classes of English).
"""

from __future__ import annotations

import re

from . import lang
from .countable import FUNCTION, MONTHS

__all__ = ["is_verbish", "noun_before_of", "noun_phrase", "np_ends"]

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z][\w'’]*-\s+(?:and|or)\s+[A-Za-z][\w'’]*(?:-[\w'’]+)+"  # "coal- and gas-fired" is one word (real56)
                    r"|[A-Za-z][\w'’]*(?:-[\w'’]+)*|\d[\d,.]*|[^\w\s]")  # "U.S." is one word


def is_verbish(word: str) -> bool:
    """A verb form that ends a counted noun phrase (not lang.is_past_form: present forms and "-ing" too)."""
    w = word.lower()
    if w in lang.IRREGULAR_VERBS or w in lang.IRREGULAR_PAST:
        return True  # "12,000 cribs sold at ...": the participle ends the phrase
    # -ed / -ing participles end a noun phrase ("40 homes flooded", "four killing"); -ings plurals do not
    # ("12 people died": a short "-ied" past is a verb too; no English noun ends so)
    return (len(w) > 4 and (w.endswith("ed") or w.endswith("ing")) and not w.endswith("ings")) \
        or (len(w) >= 4 and w.endswith("ied"))


#: A plural noun (not "-ss", "-us", "-is": "glass", "bus", "crisis"); and the words that open a verb's object.
_APPROXIMATOR = frozenset(w for w in lang.APPROXIMATORS_RE.split("|") if " " not in w)
_PLURAL = re.compile(r"[a-z]{2,}(?<![su]s)(?<!is)s$", re.I)
_OBJECT_OPENERS = lang.DETERMINERS | lang.SINGULAR_DETERMINERS | lang.PHRASAL_PARTICLES


def noun_phrase(rest: str) -> str:
    """The counted noun phrase at the start of `rest`, verbatim, or ''."""
    toks = []
    pos = 0
    for m in _TOKEN.finditer(rest):
        if rest[pos:m.start()].strip():
            break
        toks.append(m)
        pos = m.end()
        if len(toks) == 8:
            break
    kept: list[re.Match] = []
    nouns: set[int] = set()  # "-ing" words read as nouns
    limit = 4
    for i, m in enumerate(toks):
        tok = m.group(0)
        low = tok.lower().replace("’", "'")  # ("didn’t": a curly apostrophe is the same contraction; lead38)
        if low in ("and", "or") and kept and limit == 4 and kept[-1].group(0).lower().endswith(lang.ADJECTIVE_ENDINGS) \
                and i + 2 < len(toks) and toks[i + 1].group(0)[:1].isalpha() and toks[i + 1].group(0).lower() not in FUNCTION:
            kept.append(m)  # "eight top Democratic and Republican leaders": coordinated adjectives before the noun
            limit = 6
            continue
        if not tok[0].isalpha() or low in FUNCTION or low in MONTHS or low in lang.MODALS or low.endswith(("n't", "not")) \
                or kept and low in lang.NUMBER_UNITS \
                or kept and low.endswith("ing") and len(low) > 5 and (_PLURAL.search(kept[-1].group(0)) or re.fullmatch(r"[a-z]*men", kept[-1].group(0).lower())
                                                                      or kept[-1].group(0).lower() in lang.IRREGULAR_PLURAL_PEOPLE):
            break  # "two non-citizens cannot ...": a modal ends the phrase; "backpacks five miles": a number opens another;
            # "two men carrying backpacks": a participle after a plural noun opens a reduced relative (real54)
        if low in lang.RELATIVE_TIME_LEADERS and i + 1 < len(toks) and (toks[i + 1].group(0).lower() in lang.TIME_WORDS
                                                                       or toks[i + 1].group(0).lower() in ("season", "quarter")):
            break  # "1,898 cars last year", "19 goals last season" (lead35): the time phrase is not what is counted
        nxt_tok = toks[i + 1].group(0) if i + 1 < len(toks) else ""
        if not kept and not low.endswith("ed") and lang.is_past_form(low, min_len=3) and not _PLURAL.search(nxt_tok):
            break  # "more than 80,000 took part": an irregular past right after the number is its verb (lead35)
        if kept and low.endswith("ed") and (nxt_tok[:1].isdigit() or nxt_tok.lower() in FUNCTION | lang.PREPOSITIONS):
            break  # "two boys aged 9 and 7", "men aged between 20 and 30": a short participle ends the phrase (read15)
        if kept and low in _APPROXIMATOR and (nxt_tok[:1].isdigit() or nxt_tok.lower() in lang.NUMBER_UNITS or nxt_tok.lower() in lang.NUMBER_TENS):
            break  # "took about 60 firefighters nearly nine hours": an approximator and a number open another count (conflict48)
        if not kept and low.endswith("ly") and len(low) > 4 and is_verbish(nxt_tok) and not (
                i + 2 < len(toks) and toks[i + 2].group(0)[:1].isalpha() and toks[i + 2].group(0).lower() not in FUNCTION):
            break  # "with 76 severely wounded": an adverb and a participle, no noun ("35 illegally parked cars" keeps one; real54)
        if kept and low.endswith("ly") and len(low) > 4 and (is_verbish(nxt_tok) or nxt_tok.lower() in FUNCTION):
            break  # "12 people quickly fled": an adverb of the verb after the noun
        if kept and (_PLURAL.search(kept[-1].group(0)) or kept[-1].group(0).lower() in lang.IRREGULAR_PLURAL_PEOPLE) \
                and (not low.endswith("s") or low.endswith("ss")) and nxt_tok.lower() in _OBJECT_OPENERS:
            break  # "25,000 vehicles cross the bridge": a present verb after a plural noun, its object next (lead34)
        if kept and _PLURAL.search(kept[-1].group(0)) and low.isalpha() and not low.endswith(("s", "ed", "ing", "ly")) and low not in FUNCTION \
                and nxt_tok.isalpha() and nxt_tok.islower() and i + 2 < len(toks) and toks[i + 2].group(0).lower() in lang.RATE_OPENERS:
            break  # "20 veterans commit suicide each day": a present verb, its object and a rate after a plural noun (real56)
        if kept and low in ("apart", "aside") and nxt_tok.lower() == "from":
            break  # "four NATO countries apart from <Country>": an exception, no part of the noun phrase (real56)
        if kept and (_PLURAL.search(kept[-1].group(0)) or kept[-1].group(0).lower() in lang.IRREGULAR_PLURAL_PEOPLE) and low in lang.PLURAL_FLOATING_WORDS:
            break  # "900 gas-fired plants together emit ...": a floating word after the plural noun ends it (real56)
        if kept and _PLURAL.search(kept[-1].group(0)) and nxt_tok.lower() in lang.OBJECT_PRONOUNS:
            break  # "on two occasions picks her up": a verb (even in -s) after a plural noun, a pronoun its object (real51)
        if kept and _PLURAL.search(kept[-1].group(0)) and not low.endswith(("s", "ed", "ing", "ly")) \
                and (not nxt_tok or nxt_tok.lower().endswith("ly") and len(nxt_tok) > 4):
            break  # "40 buses run daily": a present verb and its adverb after a plural noun (lead38)
        if kept and low in lang.COUNTED_STATE_ADJECTIVES and _PLURAL.search(kept[-1].group(0)) \
                and (not nxt_tok[:1].isalpha() or nxt_tok.lower() in FUNCTION | lang.PREPOSITIONS):
            break  # "six of the 16 doctor posts vacant", "40 beds empty": the state said of the noun (conflict49)
        if re.fullmatch(r"people['’]s", low):  # (not "women's teams", "children's books": a kind of team, of book)
            return rest[(kept[0] if kept else m).start():m.end() - 2]  # "six people's lives": the people are counted (real48)
        if is_verbish(tok):
            # a participle may modify the noun after it ("12 wounded soldiers"); else it ends the phrase
            nxt = toks[i + 1].group(0) if i + 1 < len(toks) else ""
            content_next = nxt[:1].isalpha() and nxt.lower() not in FUNCTION and not is_verbish(nxt)
            # "-ing" after a noun is a noun when a noun or a verb follows it ("hours of field training
            # are required", "community policing experience"), not when its object does ("people fleeing the city")
            nominal = kept and low.endswith("ing") and (content_next or nxt.lower() in lang.BE_FORMS | lang.AUXILIARY_VERBS
                                                           or nxt.lower() in lang.MODALS)
            adverbs = all(k.group(0).lower().endswith("ly") for k in kept)  # "35 illegally parked cars"
            adverbs = adverbs or _adjective_before(kept)  # "30 new confirmed cases", "12 local elected officials" (real55)
            named_object = not kept and low in lang.IRREGULAR_PAST and nxt[:1].isupper()  # "7,500 saw Orr score" (lead26)
            if not nominal and (kept and not (adverbs and content_next) or not content_next or named_object):
                break
            if nominal:
                nouns.add(m.start())
        kept.append(m)
        if len(kept) == limit:
            break
    while kept and (is_verbish(kept[-1].group(0)) and kept[-1].start() not in nouns or kept[-1].group(0).lower() in FUNCTION):
        kept.pop()
    if not kept or len(kept) == 2 and lang.is_past_form(kept[0].group(0).lower()) and kept[1].group(0).islower() \
            and kept[1].group(0).endswith(lang.ADJECTIVE_ENDINGS):
        return ""  # "the two turned vicious": a past verb and its adjective after a numeral used as a noun (real56; not "a $412 million spending plan": int47)
    return rest[kept[0].start():kept[-1].end()]


def _adjective_before(kept: list[re.Match]) -> bool:
    """The last word kept is a lower-case adjective before a participle and its noun ("30 new confirmed cases", "12 local
    elected officials"): the participle modifies the noun like the adjective does, the phrase goes on (real55; "40 police
    arrested protesters" ends at 'police': no adjective)."""
    w = kept[-1].group(0) if kept else ""
    return w.islower() and (w in lang.COUNT_FILLERS or w in lang.COUNT_INCREMENT_WORDS or w.endswith(lang.ADJECTIVE_ENDINGS))


def noun_before_of(m: re.Match | None) -> str:
    """The noun of "<noun> of <number>" ("profits of £300million", "a death toll of 40"), or '' for a
    function word, a vague amount, a prospect ("the possibility of 40 years in prison": real47), a verb or a direction
    ("north of $250 million")."""
    if m is None:
        return ""
    ws = m.group(1).split()
    if len(ws) == 1 and re.search(r"\b(?:a|an)\s+$", m.string[:m.start(1)], re.I) and ws[0] not in FUNCTION | lang.PART_NOUNS:
        return ws[0]  # "a cut of 50 basis points": after an article a verb's form is a noun (numbers43)
    if len(ws) == 2 and (ws[0] in FUNCTION or is_verbish(ws[0])):
        ws = ws[1:]  # "a count of", "reached totals of": the noun alone
    w = " ".join(ws)
    if ws[-1] in FUNCTION or ws[-1] in lang.VAGUE_AMOUNT_NOUNS | lang.PROSPECT_NOUNS | lang.PART_NOUNS or is_verbish(ws[-1]) or re.fullmatch(lang.COMPASS_WORD_RE, ws[0]):
        return ""
    if w in FUNCTION or w in lang.VAGUE_AMOUNT_NOUNS or is_verbish(w) or re.fullmatch(lang.COMPASS_WORD_RE, w):
        return ""
    return w


_TIME_TAIL = re.compile(r"\s+" + lang.NP_TIME_TAIL_RE, re.I)


def np_ends(after: str) -> bool:
    """What follows a noun phrase shows it ended there: the sentence's end or a stop, a function
    word or a verb, or a comma before a capital or a function word ("four of the documents were",
    "three of its rivals, the Czech Republic"); not a digit or another modifier ("the new mid-size,
    long-range 787 jets": the noun comes later)."""
    if _TIME_TAIL.match(after):
        return True  # "seven of its 19 branch libraries next year" (lang.NP_TIME_TAIL_RE; blind53)
    m = re.match(r"(\s*,)?\s*([\w'’-]+)?", after)
    nxt = m.group(2) or ""
    if not nxt:
        return True
    if nxt[0].isdigit():
        return False
    low = nxt.lower()
    if nxt[0].isupper():
        return bool(m.group(1)) or low in FUNCTION
    return low in FUNCTION or low in lang.AUXILIARY_VERBS or low in lang.MODALS or ("-" not in low and is_verbish(low)) \
        or low in lang.COUNTED_STATE_ADJECTIVES and np_ends(after[m.end():])  # "six of the 16 posts vacant." (conflict49)
