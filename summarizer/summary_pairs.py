"""A model's summary sentence or headline that pairs two of the article's words the article never pairs
(session 37, model46; issues 12 and 14). Every word is the article's, so the support check keeps the line, but:

- a figure in another unit: the article writes "$1.2605", the summary "€1.2605" (`swapped_unit`);
- an exchange rate given to another currency: "against the dollar at €1.1642", when the article gives that
  figure against the euro (`swapped_unit`);
- a count moved to another noun: the article writes "30,000 homes" and "lines down in 200 places", the summary
  "200 homes" (`moved_count`);
- a noun given another's complement or modifier: "a ban on blood donations by men who have sex with men" made
  "the ban on sex", "domestic issues" made "EU issues" (`foreign_pair`);
- a verb given another subject: "water poured through the ceiling" made "the air was pouring through the
  ceiling" (`foreign_subject`).

Each reads the article's own pairing of the same words, so a faithful rewording stays: the same figure and unit
written another way ("£38m", "38 million pounds"), a count of the noun the article counts, a pair the article
writes anywhere, a subject the article gives the verb or one of its words.
"""

from __future__ import annotations

import re

from . import lang
from .quantity import quantities
from .verify.numbers import find_numbers

#: One canonical name per currency: the sign's ISO code and the written word mean the same money.
_SAME_MONEY = {"GBP": "pounds", "USD": "USD", "EUR": "EUR", "JPY": "JPY"}
#: "against the dollar", "versus the euro": the currency an exchange rate is given in.
_AGAINST = re.compile(rf"\b(?:{lang.RATE_AGAINST_RE})\s+the\s+([a-z]+)\b[^.;]{{0,60}}?\b(?:at|to)\s+(?:about\s+)?([$€£¥])\s?(\d[\d,.]*\d|\d)",
                      re.I)
_RATE_CURRENCY = lang.RATE_CURRENCIES


def _unit(q: dict) -> str | None:
    u = q.get("unit")
    return _SAME_MONEY.get(u, u) if u else None


def swapped_unit(article: str, sentence: str) -> str | None:
    """A figure of `sentence` written with a unit or currency the article never writes it with, when every one of
    the article's writings of that figure has a unit ("€1.2605" for the article's "$1.2605"); or an exchange rate
    given against a currency whose sign is not the rate's ("against the dollar at €1.1642") when the article does
    not write that pairing. Returns the figure as the sentence writes it."""
    said = quantities(sentence)
    if not said:
        return None
    written = quantities(article)
    for q in said:
        unit = _unit(q)
        if unit is None or unit in lang.TIME_UNITS:
            continue  # ("12 months" for "a year": a period, written many ways)
        same = [_unit(a) for a in written if a["value"] == q["value"]]
        if same and None not in same and unit not in same:
            return q["counted"] if re.search(r"\d", q["counted"]) else f"{q['value']:g} {q['unit']}"
    for m in _AGAINST.finditer(sentence):
        code = _RATE_CURRENCY.get(m.group(1).lower().rstrip("s"))
        sign = lang.CURRENCY_SIGNS.get(m.group(2))
        if code and sign and code != sign:
            pairs = {(_RATE_CURRENCY.get(a.group(1).lower().rstrip("s")), a.group(2), a.group(3))
                     for a in _AGAINST.finditer(article)}
            if (code, m.group(2), m.group(3)) not in pairs:
                return m.group(0)
    return None


def _head(counted: str) -> str:
    words = re.findall(r"[a-z]+", counted.lower())
    return words[-1][:5] if words else ""


def moved_count(article: str, sentence: str) -> str | None:
    """A count of `sentence` ("200 homes") whose noun the article counts with other numbers only ("30,000 homes",
    "18,000 homes") while it gives this number to another noun only ("200 places"): the count moved to another
    thing. Counts with a unit (money, percent, distance) are `swapped_unit`'s."""
    written = [a for a in quantities(article) if a["unit"] is None and a["counted"]]
    for q in quantities(sentence):
        if q["unit"] is not None or not (head := _head(q["counted"])) or q["value"] < 2:
            continue
        same_value = [_head(a["counted"]) for a in written if a["value"] == q["value"]]
        same_noun = [a["value"] for a in written if _head(a["counted"]) == head]
        if same_value and head not in same_value and same_noun and q["value"] not in same_noun \
                and not re.search(rf"(?<![\d,.]){re.escape(_digits(q['value']))}(?![\d,])[^.;]{{0,40}}\b{head}", article, re.I):
            return f"{_digits(q['value'])} {q['counted']}"
    return None


def _digits(v: float) -> str:
    return f"{v:,.0f}" if v == int(v) else f"{v:g}"


#: "<the/a/its> ... <noun> <preposition> <object>": a noun and the complement the summary gives it ("the ban on sex").
_COMPLEMENT = re.compile(rf"\b([a-z]{{3,}})\s+({lang.COMPLEMENT_PREPOSITIONS_RE})\s+(?:(?:{lang.COMPLEMENT_DETERMINERS_RE})\s+)?([a-z]{{3,}})\b")
#: How far after "<noun> <preposition>" the article's object may stand ("a ban on blood donations": 2 words).
COMPLEMENT_WORDS = 3


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'").removesuffix("'s").rstrip("'") for w in re.findall(r"[A-Za-z][\w'’-]*", text)]


def _content(w: str) -> bool:
    return len(w) > 2 and w not in lang.FUNCTION_WORDS and w not in lang.PRONOUNS and w not in lang.BE_FORMS


def foreign_pair(article: str, sentence: str) -> str | None:
    """A noun of `sentence` with a complement or a modifier the article never gives it, taken from further along the
    article's own phrase of that noun ("the ban on sex" for "a ban on blood donations by men who have sex with men";
    "union issues" for "its members' domestic issues, in a speech to the union's parliament"): both words are the
    article's, their pairing is not. Returns the pair."""
    low = article.lower()
    words = _words(article)
    sentences = re.split(r"(?<=[.!?])\s+", article)
    for m in _COMPLEMENT.finditer(sentence):
        head, prep, obj = (g.lower() for g in m.groups())
        if not (_content(head) and _content(obj)) or obj not in words or not m.group(1).islower():
            continue
        rests = [re.split(r"[.!?;]", low[a.end():a.end() + 300])[0] for a in re.finditer(rf"\b{head}\s+{prep}\s+", low)]
        if rests and not any(obj in _words(x)[:COMPLEMENT_WORDS] for x in rests) \
                and any(re.search(rf"\b(?:{lang.RELATIVE_PRONOUNS_RE})\b.*\b{obj}\b", x) for x in rests):
            return m.group(0)  # (the summary's object is in a relative clause further along the article's phrase)
    said = _words(sentence)
    for raw in re.finditer(rf"(?:\b(?:{lang.NOUN_PHRASE_LEADS_RE})\s+)([A-Z][\w-]*)\s+([a-z][a-z-]{{2,}})\b", sentence):
        mod, noun = raw.group(1).lower(), raw.group(2)  # a name made the modifier of a noun ("with EU issues")
        if mod in lang.FUNCTION_WORDS or len(mod) < 3 and not raw.group(1).isupper() or not _content(noun) \
                or mod == noun or mod not in words or _VERBISH.search(noun) or lang.is_past_form(noun) \
                or noun in lang.SPEECH_VERBS or re.search(rf"\b{re.escape(mod)}\s+{noun}\b", low):
            continue
        own = {x.group(1) for x in re.finditer(rf"\b([a-z][a-z-]+)\s+{noun}\b", article)}
        if len(own) != 1 or len(re.findall(rf"\b{noun}\b", low)) != len(re.findall(rf"\b[a-z][a-z-]+\s+{noun}\b", article)):
            continue
        (modifier,) = own
        if not _content(modifier) or _VERBISH.search(modifier) or modifier in said:
            continue
        if any(re.search(rf"\b{modifier}\s+{noun}\b", x) and mod in _words(x) for x in sentences):
            return f"{raw.group(1)} {noun}"
    return None


#: A verb form, not a noun: "-ed", "-ing" (the bigram check reads nouns only).
_VERBISH = re.compile(r"(?:ed|ing)$")


#: "The <noun> (was/has been) <verb>ing/-ed/-s": a plain noun subject and its verb, at a clause's start.
_AUX = "|".join(sorted(lang.BE_FORMS - {"be", "been", "being"} | set(lang.PERFECT_AUXILIARIES[:3])))
_SUBJECT_VERB = re.compile(rf"(?:^|[,;:]\s+|\b(?:{lang.CLAUSE_OPENERS_RE})\s+)(?:[Tt]he|[Aa]n?)\s+([a-z]{{3,}})\s+"
                           rf"(?:({_AUX})\s+(been\s+)?)?([a-z]{{3,}}?)(ing|ed|es|s)\b")
#: How far before its verb the article's subject of it may stand ("... after water poured": the word right before;
#: "the roof of the library had leaked": further).
SUBJECT_WORDS = 6


def foreign_subject(article: str, sentence: str) -> str | None:
    """A verb of `sentence` whose subject ("the air was pouring") the article never puts before that verb, though it
    writes the verb with a subject of its own ("water poured through the ceiling") and uses the summary's noun
    elsewhere ("the air in there smelled of damp paper"): the verb given another subject. A verb the article writes
    after a pronoun ("it poured") is not read: the pronoun may be the summary's noun."""
    words = set(_words(article))
    for m in _SUBJECT_VERB.finditer(sentence):
        noun, aux, been, base, ending = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)
        if not _content(noun) or noun not in words or len(base) < 3 or not _content(base) \
                or ending == "ed" and (been or aux in lang.BE_FORMS):
            continue  # (a passive's subject is its verb's object: "the bill was signed" for "<Name> signed the bill")
        base = base[:-1] if ending == "ed" and base.endswith(base[-1] * 2) else base  # "stopped"
        uses = list(re.finditer(rf"\b{re.escape(base)}(?:e?s|e?d|ing)?\b", article, re.I))
        if not uses:
            continue
        before = [_words(article[max(0, u.start() - 150):u.start()])[-SUBJECT_WORDS:] for u in uses]
        if any(not b or set(b) & lang.PRONOUNS or any(w.endswith(noun) or noun.endswith(w) and len(w) > 3 for w in b)
               for b in before) or any(noun in _words(article[u.end():u.end() + 60])[:3] for u in uses):
            continue
        if all(any(_content(w) for w in b) for b in before):
            return re.sub(rf"^(?:{lang.CLAUSE_OPENERS_RE})\s+", "", m.group(0).strip(" ,;:"))
    return None


#: How many words after its verb or noun the article's figure of it stands ("started at about 2pm": 3).
FIGURE_WORDS = 4


def _figure_word(text: str, start: int) -> str | None:
    """The content word nearest before a figure, within FIGURE_WORDS words and in its clause ("started at about 5pm"
    -> "started"); None when it is a name ("<Name>, 52": an age) or there is none."""
    clause = re.split(r"[,;:()\n]", text[max(0, start - 80):start])[-1]
    for w in reversed(re.findall(r"[A-Za-z][\w'’-]*", clause)[-FIGURE_WORDS:]):
        if _content(w.lower()) and not re.fullmatch(lang.APPROXIMATORS_RE, w.lower()):
            return w.lower() if w.islower() else None
    return None


def _counted(text: str, end: int) -> set[str]:
    """The words right after a figure ("five defeats", "five straight league defeats")."""
    return {w for w in _words(text[end:end + 40])[:FIGURE_WORDS] if _content(w)}


_SCORE_OR_DATE = re.compile(rf"\s?[-–]\s?\d|(?:{lang.ORDINAL_SUFFIXES_RE})\b|,?\s+\d{{4}}\b")


def moved_figure(article: str, sentence: str) -> str | None:
    """A figure of `sentence` put after a word ("the leak started at about 5pm") that the article gives another
    figure ("started at about 2pm") while it writes this figure after other words only ("sealed the valve by
    5pm"): the figure moved to another event. A year is not read (a date stands after many words)."""
    for v, s, e in find_numbers(sentence):
        if 1900 <= v <= 2100 or not (word := _figure_word(sentence, s)) or _SCORE_OR_DATE.match(sentence, e) \
                or re.search(rf"\b(?:{'|'.join(lang.MONTHS)})\W*$|\d\s?[-–]\s?$|\d\s+(?:{lang.RANGE_JOINERS_RE})\s+$", sentence[max(0, s - 12):s], re.I):
            continue  # (a score "1-0", a range's end, an ordinal "700th", a day "October 22": not the word's figure)
        same = [(a, b) for x, a, b in find_numbers(article) if x == v]
        if _counted(sentence, e) & {w for _, b in same for w in _counted(article, b)}:
            continue  # the article's count of the same thing ("after five defeats": "five straight league defeats")
        mine = {_figure_word(article, a) for a, _ in same}
        theirs = set()
        for w in re.finditer(rf"\b{re.escape(word)}\b", article, re.I):
            after = find_numbers(article[w.end():w.end() + 60])
            if after and len(_words(article[w.end():w.end() + after[0][1]])) < FIGURE_WORDS:
                theirs.add(after[0][0])
        if mine and word not in mine and theirs and v not in theirs:
            return sentence[max(0, s - 30):e].split(None, 1)[-1] if s > 30 else sentence[:e]
    return None


def mispaired(article: str, sentence: str) -> str | None:
    """The first pairing of `sentence` the article never makes (a figure's unit, a count's noun, a figure's word, a
    noun's complement or modifier, a verb's subject), or None."""
    for check in (swapped_unit, moved_count, moved_figure, foreign_pair, foreign_subject):
        if found := check(article, sentence):
            return found
    return None
