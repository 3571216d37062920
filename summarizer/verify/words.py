"""Words of news text for the support check: word lists (general English news language, no topic
vocabulary), tokens with offsets, a light stemmer, names (the sound rule set) and dates."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .numbers import NUMBER_WORDS

FUNCTION = frozenset("""
a an the and or but nor so yet for of in on at to from by with without within into onto upon
over under above below about after before since until till during through throughout across
along among amongst around against between beyond near off out up down via per than then
as if while whilst when where whereas whether because although though unless once both either
neither each every all any some many much more most few fewer less least several such other
another same own only just also even still already again ever too very quite rather almost
i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his
himself she her hers herself it its itself they them their theirs themselves one ones
this that these those there here what which who whom whose why how
is am are was were be been being have has had having do does did doing done
will would shall should can could may might must ought
not no nor never none n't
say says said saying tell tells told telling according add adds added adding
report reports reported reporting state states stated stating claim claims claimed
announce announces announced note notes noted explain explained describe describes described
mention mentions mentioned highlight highlights highlighted discuss discusses discussed
article articles summary summaries text passage story piece overall additionally furthermore
concise brief short provided given following key main points point details information
moreover however meanwhile therefore thus hence also including include includes included
mr mrs ms dr sir lord lady
""".split())

PRONOUNS = frozenset("i me my we us our you your he him his she her it its they them their "
                      "this that these those there here who what which".split())
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
MONTH_ABBR = {m[:3]: m for m in MONTHS} | {"sept": "september"}
#: capitalised words that are titles or common nouns in headline case, not names
TITLES = frozenset("""
president vice prime minister ministers secretary chancellor governor mayor senator senate
congressman congresswoman representative judge justice chief officer director chairman
chairwoman chair ceo spokesman spokeswoman spokesperson general commander captain king queen
prince princess duke duchess pope bishop reverend father professor doctor dr mr mrs ms miss sir
dame lord lady jr jnr sr snr council parliament government department ministry office court police army navy
party league cup club university college school hospital company group committee commission
north south east west northern southern eastern western central new old great
""".split())

NEGATION = re.compile(
    r"\b(?:not|no(?!\.?\s*\d)|never|none|nobody|nothing|neither|nor|without|cannot|unable|"
    r"den(?:y|ies|ied|ying)|refus(?:e|es|ed|ing) to|fail(?:s|ed|ing)? to|"
    r"reject(?:s|ed|ing)?|no longer|lack(?:s|ed|ing)?)\b|n['’]t\b", re.I)
APPROX = re.compile(r"\b(?:about|around|approximately|roughly|nearly|almost|some|over|more than|"
                     r"less than|fewer than|at least|up to|close to|just under|just over|estimated)\s*$", re.I)
#: "the article", "here is a summary": sentences about the text, not the news
META = re.compile(r"^\W*(?:here\s+(?:is|are)|below\s+is|the\s+following|in\s+summary|to\s+summari[sz]e|"
                   r"summary\s*:)", re.I)


#: reporting verbs: where a claim's subject ends ("The council said ...")
REPORTING = frozenset("say says said tell tells told announce announces announced claim claims claimed report "
                      "reports reported state states stated add adds added warn warns warned deny denies denied "
                      "confirm confirms confirmed".split())
AUX = frozenset("do does did has have had is are was were will would could should can may might must".split())
CLAUSE = frozenset("but while whereas although though which who whom whose because and so yet as after when "
                    "if before since until than he she they we i".split())  # a new clause or a new subject


_L = r"[^\W\d_]"  # a letter, any script
_WORD = re.compile(rf"{_L}(?:{_L}|['’\-](?={_L}))*")  # "al-Khalifa", "O'Neill"; not "gap''of"


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'")
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    else:
        for suf in ("ingly", "edly", "ings", "ing", "ed", "es", "s", "ly"):
            if w.endswith(suf) and len(w) - len(suf) >= 3:
                w = w[: -len(suf)]
                break
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiou":
        w = w[:-1]
    return w[:6]


@dataclass
class Tok:
    word: str   # as written, possessive stripped
    low: str
    stem: str
    start: int
    end: int


def tokens(text: str) -> list[Tok]:
    out = []
    for m in _WORD.finditer(text):
        w = re.sub(r"['’]s$|['’]$", "", m.group(0))
        for part in w.split("-") if "-" in w else [w]:  # "al-Khalifa", "Anglo-French"
            if part:
                out.append(Tok(part, part.lower(), stem(part), m.start(), m.end()))
    return out


def is_content(t: Tok) -> bool:
    """A word that carries content: not a function word, a weekday or a month (dates are
    checked on their own, and must not pick the supporting sentences)."""
    return (t.low not in FUNCTION and (len(t.low) >= 3 or t.word.isupper()) and not t.low.endswith("n't")
            and t.low not in WEEKDAYS and t.low not in MONTHS and t.low not in NUMBER_WORDS)


def _initial_positions(text: str, toks: list[Tok]) -> set[int]:
    """Indexes of tokens that begin a sentence or a quotation (where capitals are not names)."""
    out = set()
    for i, t in enumerate(toks):
        before = text[toks[i - 1].end:t.start] if i else text[:t.start]
        if i == 0 or re.search(r"[.!?:;\"“‘(\n]\s*['\"“‘(]*\s*$", before):
            out.add(i)
    return out


def looks_capital(w: str) -> bool:
    return w[:1].isupper() and (any(c.islower() for c in w) or (len(w) >= 2 and w.isupper()))


def find_names(text: str, toks: list[Tok]) -> list[list[int]]:
    """Runs of token indexes that are proper names (see the module docstring for the rule)."""
    if sum(t.word.isupper() and len(t.word) > 1 for t in toks) > len(toks) / 2:
        return []  # an all-caps line: capitals say nothing
    initial = _initial_positions(text, toks)

    def capital(i: int) -> bool:
        t = toks[i]
        return (looks_capital(t.word) and t.low not in FUNCTION and t.low not in PRONOUNS
                and t.low not in WEEKDAYS and not is_month(text, toks, i))

    runs: list[list[int]] = []
    i = 0
    while i < len(toks):
        if not capital(i):
            i += 1
            continue
        j = i
        while j + 1 < len(toks) and capital(j + 1) and not re.search(r"[,.;:!?\"“”()]", text[toks[j].end:toks[j + 1].start]):
            j += 1
        run = list(range(i, j + 1))
        if i in initial and len(run) == 1:
            run = []  # "Shares fell": a sentence-initial capital alone is not a name
        run = [k for k in run if toks[k].low not in TITLES]
        if run:
            runs.append(run)
        i = j + 1
    return runs


def is_month(text: str, toks: list[Tok], i: int) -> bool:
    low = toks[i].low.rstrip(".")
    full = MONTH_ABBR.get(low[:4] if low.startswith("sept") else low[:3]) if len(low) >= 3 else None
    if low not in MONTHS and not (low in MONTH_ABBR and text[toks[i].end:toks[i].end + 1] == "."):
        return False
    if low in ("may", "march"):  # also a name and a verb: a month only next to a date word
        prev = toks[i - 1].low if i else ""
        after = text[toks[i].end:toks[i].end + 8]
        return bool(re.match(r"\s*\d", after)) or prev in ("in", "on", "since", "last", "next", "early",
                                                               "late", "mid", "until", "by", "of") \
            or bool(re.search(r"\d\s*$", text[max(0, toks[i].start - 6):toks[i].start]))
    return full is not None or low in MONTHS


def find_dates(text: str, toks: list[Tok]) -> set[str]:
    out = {t.low for t in toks if t.low in WEEKDAYS}
    for i, t in enumerate(toks):
        if is_month(text, toks, i):
            low = t.low.rstrip(".")
            out.add(low if low in MONTHS else MONTH_ABBR.get(low[:3], low))
    return out


