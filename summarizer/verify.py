"""Support check: is a sentence backed by the article? `verify(document, text) -> Verdict`.

One function for summary sentences, claim texts and digest statements. Code only, no model,
fast enough to run on every sentence shown (the article is analysed once and cached):

1. **Candidates.** The sentence's content words (stop words, reporting verbs and "the
   article says" meta words dropped; a light suffix-stripping stemmer) are matched against
   every article sentence. The best sentence is taken, then up to two more that add words the
   first lacks: a sentence fused from two or three article sentences is supported when its
   parts are. `score` is the share of content words found in those (at most three) sentences.
2. **Checks that overlap misses**, each failing with a reason a reader can follow:
   - numbers, normalised ("1.5 million" = "1,500,000" = "1.5m"; "twelve" = "12"; "4th" = 4),
     must be in the article (approximations only after "about", "nearly", "more than" ...);
   - names: a capitalised word that is not a sentence-initial common word, a pronoun, a
     function word, a title, a month or a weekday; runs of them are one multiword name. Each
     word of a name must be in the article ("Here is a summary" holds no name);
   - negation flips: "not", "n't", "no", "never", "denied", "failed to" ... in the sentence
     but in none of its supporting sentences, or in a supporting sentence right before the
     words the sentence takes from it while the sentence says it plainly;
   - swapped roles: two names around a shared word in one order in the sentence and in the
     other order in the supporting sentence ("A beat B" against "B beat A"; a passive "by" on
     one side only keeps the roles);
   - dates: a weekday or month the article never gives, or another one than the supporting
     sentence gives.
3. `mode="claim"` (claims against their evidence and the sentence before it) also requires
   every content word to be there; `mode="summary"` accepts a paraphrase holding most of them.

A text of several sentences is verified sentence by sentence; sentences without content
("Here is a summary of the article:") are skipped, and every other one must be supported.
"""

from __future__ import annotations

import functools
import re
import sys
import types
from dataclasses import dataclass, field

from .chunk import split_sentences

__all__ = ["Verdict", "verify"]

#: summary mode: share of the text's content words its sentences' supporting sentences hold
MIN_SUMMARY_COVERAGE = 0.75
#: ... and the floor for each sentence of it (a summary with one invented sentence is not supported)
MIN_SENTENCE_COVERAGE = 0.4
#: ... and at most this share of content words found nowhere in the article
MAX_NOVEL_SHARE = 0.25
#: claim mode: every content word must be in the evidence + context
MIN_CLAIM_COVERAGE = 1.0
#: tolerance for an approximated number ("about 1,500" for 1,512)
APPROX_TOLERANCE = 0.1
MAX_SUPPORT_SENTENCES = 3
#: spelled counts up to this ("two teams", "three subjects") may be the summary's own count
SOFT_SPELLED_COUNT = 1


@dataclass(frozen=True)
class Verdict:
    supported: bool
    score: float
    reason: str
    spans: list[tuple[int, int]] = field(default_factory=list)

    def __bool__(self) -> bool:  # `if verify(doc, s):` reads as intended
        return self.supported


# -- word lists (general English news language; no topic vocabulary) ------------------------

_FUNCTION = frozenset("""
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

_PRONOUNS = frozenset("i me my we us our you your he him his she her it its they them their "
                      "this that these those there here who what which".split())
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_MONTH_ABBR = {m[:3]: m for m in _MONTHS} | {"sept": "september"}
#: capitalised words that are titles or common nouns in headline case, not names
_TITLES = frozenset("""
president vice prime minister ministers secretary chancellor governor mayor senator senate
congressman congresswoman representative judge justice chief officer director chairman
chairwoman chair ceo spokesman spokeswoman spokesperson general commander captain king queen
prince princess duke duchess pope bishop reverend father professor doctor dr mr mrs ms miss sir
dame lord lady jr jnr sr snr council parliament government department ministry office court police army navy
party league cup club university college school hospital company group committee commission
north south east west northern southern eastern western central new old great
""".split())

_NEGATION = re.compile(
    r"\b(?:not|no(?!\.?\s*\d)|never|none|nobody|nothing|neither|nor|without|cannot|unable|"
    r"den(?:y|ies|ied|ying)|refus(?:e|es|ed|ing) to|fail(?:s|ed|ing)? to|"
    r"reject(?:s|ed|ing)?|no longer|lack(?:s|ed|ing)?)\b|n['’]t\b", re.I)
_APPROX = re.compile(r"\b(?:about|around|approximately|roughly|nearly|almost|some|over|more than|"
                     r"less than|fewer than|at least|up to|close to|just under|just over|estimated)\s*$", re.I)
#: "the article", "here is a summary": sentences about the text, not the news
_META = re.compile(r"^\W*(?:here\s+(?:is|are)|below\s+is|the\s+following|in\s+summary|to\s+summari[sz]e|"
                   r"summary\s*:)", re.I)

# -- numbers ---------------------------------------------------------------------------------

_UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
               "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
           "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3, "tn": 1e12}
_NUMBER_WORDS = frozenset([*_UNITS_WORDS, *_TENS_WORDS, "hundred", "thousand", "million", "billion",
                           "trillion", "dozen"])  # numbers are checked as numbers, not as words
_NUMWORD = "|".join(sorted([*_UNITS_WORDS, *_TENS_WORDS, "hundred", "thousand", "million",
                            "billion", "trillion", "dozen", "a", "and"], key=len, reverse=True))
_DIGITS = re.compile(
    r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:st|nd|rd|th)?"
    r"(?:\s*(hundred|thousand|million|billion|trillion)\b|(m|bn|mn|k|tn)\b)?", re.I)
_SPELLED = re.compile(rf"\b(?:(?:{_NUMWORD})[\s-]+)*(?:{_NUMWORD})\b", re.I)


def _spelled_value(words: list[str]) -> float | None:
    total, cur, seen = 0.0, 0.0, False
    for w in words:
        if w in ("a", "and"):
            if w == "a" and not seen:
                cur = 1.0  # "a million"
            continue
        if w in _UNITS_WORDS:
            cur += _UNITS_WORDS[w]
        elif w in _TENS_WORDS:
            cur += _TENS_WORDS[w]
        elif w == "dozen":
            cur = (cur or 1) * 12
        elif w == "hundred":
            cur = (cur or 1) * 100
        else:
            total += (cur or 1) * _SCALES[w]
            cur = 0.0
        seen = True
    return total + cur if seen else None


def _numbers(text: str) -> list[tuple[float, int, int]]:
    """(value, start, end) of every number: digits with scale words, and spelled numbers."""
    out: list[tuple[float, int, int]] = []
    for m in _DIGITS.finditer(text):
        try:
            v = float(m.group(1).replace(",", ""))
        except ValueError:
            continue
        scale = (m.group(2) or m.group(3) or "").lower()
        if scale in ("m", "k", "b") and not re.search(r"[$£€¥]\s*$", text[:m.start()]):
            if scale != "m" or not re.search(r"[$£€¥]", text[max(0, m.start() - 2):m.start()]):
                scale = ""  # "5m" after a currency sign is money; "100m" alone may be metres
        if scale:
            v *= _SCALES[scale]
        out.append((v, m.start(), m.end()))
    taken = [(s, e) for _, s, e in out]
    for m in _SPELLED.finditer(text):
        words = [w.lower() for w in re.findall(r"[a-z]+", m.group(0), re.I)]
        while words and words[0] in ("a", "and"):
            if words[0] == "a" and len(words) > 1 and words[1] in ("hundred", "thousand", "million", "billion", "dozen"):
                break
            words.pop(0)
        while words and words[-1] in ("a", "and"):
            words.pop()
        if not words or all(w in ("a", "and") for w in words):
            continue
        if any(s <= m.start() < e for s, e in taken):
            continue
        if words == ["one"]:
            nxt = text[m.end():m.end() + 30]
            if re.match(r"\s+(?:of|another|day|way|thing|side|more|in|who|that|which|to|and|or|\W)", nxt + " ") \
                    or not re.match(r"\s+[a-z]+", nxt):
                continue  # "one of the", "no one", "one day": not a count
        if words[-1] in ("hundred", "thousand", "million", "billion", "trillion") and len(words) == 1:
            continue  # "thousands", "millions" do not match; a lone "hundred" is too vague
        v = _spelled_value(words)
        if v is not None:
            out.append((v, m.start(), m.end()))
    # a number right after a digit number's scale-less value: "1.5 million" handled above
    return sorted(out, key=lambda t: t[1])


def _fmt(v: float) -> str:
    return f"{v:,.0f}" if v == int(v) else f"{v:,.2f}".rstrip("0").rstrip(".")


# -- words -----------------------------------------------------------------------------------

_L = r"[^\W\d_]"  # a letter, any script
_WORD = re.compile(rf"{_L}(?:{_L}|['’\-])*{_L}|{_L}")


@functools.lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
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
class _Tok:
    word: str   # as written, possessive stripped
    low: str
    stem: str
    start: int
    end: int


def _tokens(text: str) -> list[_Tok]:
    out = []
    for m in _WORD.finditer(text):
        w = re.sub(r"['’]s$|['’]$", "", m.group(0))
        for part in w.split("-") if "-" in w else [w]:  # "al-Khalifa", "Anglo-French"
            if part:
                out.append(_Tok(part, part.lower(), _stem(part), m.start(), m.end()))
    return out


def _is_content(t: _Tok) -> bool:
    """A word that carries content: not a function word, a weekday or a month (dates are
    checked on their own, and must not pick the supporting sentences)."""
    return (t.low not in _FUNCTION and (len(t.low) >= 3 or t.word.isupper()) and not t.low.endswith("n't")
            and t.low not in _WEEKDAYS and t.low not in _MONTHS and t.low not in _NUMBER_WORDS)


def _initial_positions(text: str, toks: list[_Tok]) -> set[int]:
    """Indexes of tokens that begin a sentence or a quotation (where capitals are not names)."""
    out = set()
    for i, t in enumerate(toks):
        before = text[toks[i - 1].end:t.start] if i else text[:t.start]
        if i == 0 or re.search(r"[.!?:;\"“‘(\n]\s*['\"“‘(]*\s*$", before):
            out.add(i)
    return out


def _looks_capital(w: str) -> bool:
    return w[:1].isupper() and (any(c.islower() for c in w) or (len(w) >= 2 and w.isupper()))


def _names(text: str, toks: list[_Tok]) -> list[list[int]]:
    """Runs of token indexes that are proper names (see the module docstring for the rule)."""
    if sum(t.word.isupper() and len(t.word) > 1 for t in toks) > len(toks) / 2:
        return []  # an all-caps line: capitals say nothing
    initial = _initial_positions(text, toks)

    def capital(i: int) -> bool:
        t = toks[i]
        return (_looks_capital(t.word) and t.low not in _FUNCTION and t.low not in _PRONOUNS
                and t.low not in _WEEKDAYS and not _is_month(text, toks, i))

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
        run = [k for k in run if toks[k].low not in _TITLES]
        if run:
            runs.append(run)
        i = j + 1
    return runs


def _is_month(text: str, toks: list[_Tok], i: int) -> bool:
    low = toks[i].low.rstrip(".")
    full = _MONTH_ABBR.get(low[:4] if low.startswith("sept") else low[:3]) if len(low) >= 3 else None
    if low not in _MONTHS and not (low in _MONTH_ABBR and text[toks[i].end:toks[i].end + 1] == "."):
        return False
    if low in ("may", "march"):  # also a name and a verb: a month only next to a date word
        prev = toks[i - 1].low if i else ""
        after = text[toks[i].end:toks[i].end + 8]
        return bool(re.match(r"\s*\d", after)) or prev in ("in", "on", "since", "last", "next", "early",
                                                               "late", "mid", "until", "by", "of") \
            or bool(re.search(r"\d\s*$", text[max(0, toks[i].start - 6):toks[i].start]))
    return full is not None or low in _MONTHS


def _dates(text: str, toks: list[_Tok]) -> set[str]:
    out = {t.low for t in toks if t.low in _WEEKDAYS}
    for i, t in enumerate(toks):
        if _is_month(text, toks, i):
            low = t.low.rstrip(".")
            out.add(low if low in _MONTHS else _MONTH_ABBR.get(low[:3], low))
    return out


# -- the article, analysed once ----------------------------------------------------------------


@dataclass
class _Sent:
    start: int
    end: int
    toks: list[_Tok]
    stems: frozenset[str]
    numbers: frozenset[float]
    dates: frozenset[str]
    negations: list[tuple[int, int]]  # token index ranges a negation governs


class _Article:
    def __init__(self, text: str):
        self.text = text
        self.sents: list[_Sent] = []
        for sp in split_sentences(text):
            s = text[sp.start:sp.end]
            toks = _tokens(s)
            for t in toks:
                t.start += sp.start
                t.end += sp.start
            self.sents.append(_Sent(sp.start, sp.end, toks, frozenset(t.stem for t in toks if _is_content(t)),
                                    frozenset(v for v, _, _ in _numbers(s)),
                                    frozenset(_dates(s, _tokens(s))), _negation_scopes(s, _tokens(s))))
        self.words = {t.low for s in self.sents for t in s.toks}
        self.stems = {t.stem for s in self.sents for t in s.toks}
        self.numbers = [v for s in self.sents for v in s.numbers]
        self.number_set = set(self.numbers)
        self.dates = set().union(*(s.dates for s in self.sents)) if self.sents else set()
        # words the article writes with a capital inside a sentence: its names, even when a
        # lower-cased summary mentions them
        self.names: set[str] = set()
        for s in self.sents:
            st = text[s.start:s.end]
            local = _tokens(st)
            for run in _names(st, local):
                self.names.update(local[k].low for k in run)
        # ... and of those, the ones it never writes in lower case: proper names for sure
        lower = {t.word for s in self.sents for t in s.toks if t.word.islower()}
        self.proper = self.names - lower


@functools.lru_cache(maxsize=64)
def _article(text: str) -> _Article:
    return _Article(text)


def _negation_scopes(sentence: str, toks: list[_Tok]) -> list[tuple[int, int]]:
    """Token ranges governed by each negation cue: the cue and up to six tokens after it,
    ending at a comma, semicolon, colon or a new clause ("but", "while", "which" ...)."""
    out = []
    for m in _NEGATION.finditer(sentence):
        i = next((k for k, t in enumerate(toks) if t.end > m.start()), len(toks))
        j = i + 1
        while j < min(len(toks), i + 7):
            gap = sentence[toks[j - 1].end:toks[j].start]  # offsets into `sentence`
            if re.search(r"[,;:()\"“”]", gap) or toks[j].low in _CLAUSE:
                break
            j += 1
        out.append((i, j))
    return out


_AUX = frozenset("do does did has have had is are was were will would could should can may might must".split())
_CLAUSE = frozenset("but while whereas although though which who whom whose because and so yet as after when "
                    "if before since until than".split())


# -- the check ---------------------------------------------------------------------------------


def verify(document, text: str, *, mode: str = "summary") -> Verdict:
    """Is `text` supported by `document`?

    `document`: the article text, or anything with a `.text` (a Document, a ground.Source).
    `text`: one sentence or several (each is checked; sentences without content, such as
    "Here is a summary:", are skipped). `mode`: "summary" (paraphrase allowed: most content
    words in at most three article sentences) or "claim" (every content word must be in
    `document`, usually a claim's evidence and the sentence before it).
    """
    if mode not in ("summary", "claim"):
        raise ValueError(f"mode must be 'summary' or 'claim', not {mode!r}")
    doc_text = document if isinstance(document, str) else getattr(document, "text", str(document))
    art = _article(doc_text)
    sents = [text[sp.start:sp.end] for sp in split_sentences(text)] or [text]
    facts: list[_Facts] = []
    for i, s in enumerate(sents):
        f = _verify_sentence(art, s)
        if f is None:
            continue
        if isinstance(f, Verdict):  # a hard check failed
            where = f"sentence {i + 1} of {len(sents)}: " if len(sents) > 1 else ""
            return Verdict(False, f.score, where + f.reason, f.spans)
        facts.append(f)
    if not facts:
        return Verdict(False, 0.0, "nothing to check: the text states no content", [])
    return _decide(mode, facts, len(sents))


def _decide(mode: str, facts: list["_Facts"], n_sents: int) -> Verdict:
    """The coverage decision, once every hard check has passed: per sentence (claim mode; a
    floor in summary mode) and over the whole text (summary mode)."""
    spans = sorted({sp for f in facts for sp in f.spans})
    score = min(f.score for f in facts)
    for i, f in enumerate(facts):
        where = f"sentence {i + 1} of {len(facts)}: " if len(facts) > 1 else ""
        if mode == "claim" and f.score < MIN_CLAIM_COVERAGE:
            return Verdict(False, f.score, where + f"not in the evidence: {_quote(f.missing)}", spans)
        if mode == "summary" and f.score < MIN_SENTENCE_COVERAGE:
            return Verdict(False, f.score, where + f"only {f.score:.0%} of its content words are in the "
                           f"article's closest sentences (missing: {_quote(f.missing)})", spans)
    if mode == "claim":
        return Verdict(True, score, "every content word is in the evidence", spans)
    total = sum(f.n for f in facts) or 1
    cover = sum(f.score * f.n for f in facts) / total
    novel = sum(len(f.novel_stems) for f in facts) / total
    if novel > MAX_NOVEL_SHARE:
        words = [w for f in facts for w in f.novel]
        return Verdict(False, cover, f"words found nowhere in the article: {_quote(words)}", spans)
    if cover < MIN_SUMMARY_COVERAGE:
        words = [w for f in facts for w in f.missing]
        return Verdict(False, cover, f"only {cover:.0%} of its content words are in the article's "
                       f"closest sentences (missing: {_quote(words)})", spans)
    n = len(spans)
    return Verdict(True, cover, f"supported by {n} article sentence{'s' if n != 1 else ''} "
                   f"({cover:.0%} of its content words)", spans)


def _quote(words: list[str]) -> str:
    return ", ".join(repr(w) for w in list(dict.fromkeys(words))[:4])


@dataclass
class _Facts:
    """What the coverage decision needs of one sentence that passed the hard checks."""
    score: float             # share of its content words in its supporting sentences
    n: int                   # how many content words (stems) it has
    missing: list[str]       # its words not in the supporting sentences
    novel: list[str]         # its words found nowhere in the article
    novel_stems: set[str]
    spans: list[tuple[int, int]]


def _verify_sentence(art: _Article, sent: str) -> "Verdict | _Facts | None":
    """A failing Verdict (a hard check), the facts for the coverage decision, or None (no content)."""
    toks = _tokens(sent)
    content = [t for t in toks if _is_content(t)]
    nums = _numbers(sent)
    if not content and not nums:
        return None  # "Here is a summary:" says nothing to check
    if _META.match(sent) and len(content) <= 2:
        return None

    # 1. numbers (article-wide: a figure the article never gives is invented)
    marker = re.match(r"\s*\(?\d{1,2}[.)]\s", sent + " ")  # a list item's "1." or "2)"
    if marker:
        nums = [n for n in nums if n[1] >= marker.end() - 1]
        if not content and not nums:
            return None
    for v, s, _ in nums:
        if v in art.number_set:
            continue
        if SOFT_SPELLED_COUNT and sent[s].isalpha() and v <= SOFT_SPELLED_COUNT:
            continue  # "the two fighters": a small count the summary made by counting
        approx = _APPROX.search(sent[:s])
        if approx and any(abs(a - v) <= APPROX_TOLERANCE * max(abs(v), 1) for a in art.numbers):
            continue
        return Verdict(False, 0.0, f"number {_fmt(v)} is not in the article", [])

    # 2. names
    name_runs = _names(sent, toks)
    for run in name_runs:
        for k in run:
            if not _word_in(art, toks[k].low):
                name = " ".join(toks[j].word for j in run)
                return Verdict(False, 0.0, f"name {name!r} is not in the article"
                               + (f" ({toks[k].word!r} is missing)" if len(run) > 1 else ""), [])

    # 3. dates
    dates = _dates(sent, toks)
    for d in sorted(dates - art.dates):
        return Verdict(False, 0.0, f"date: the article never says {d.capitalize()}", [])

    # 4. candidate sentences: the best one, then up to two that add missing words
    stems = {t.stem for t in content}
    if not stems:
        stems = set()
    chosen: list[int] = []
    missing = set(stems)
    need_nums = {v for v, _, _ in nums}
    for _ in range(MAX_SUPPORT_SENTENCES):
        best, gain = -1, (0, 0)
        for i, s in enumerate(art.sents):
            if i in chosen:
                continue
            g = (len(missing & s.stems) + len(need_nums & s.numbers), len(stems & s.stems))
            if g > gain:
                best, gain = i, g
        if best < 0 or gain[0] == 0 or (chosen and gain[0] < 1):
            break
        chosen.append(best)
        missing -= art.sents[best].stems
        need_nums -= art.sents[best].numbers
        if not missing and not need_nums:
            break
    order = [art.sents[i] for i in chosen]  # best first
    chosen.sort()
    spans = [(art.sents[i].start, art.sents[i].end) for i in chosen]
    covered = len(stems - missing)
    score = covered / len(stems) if stems else 1.0
    novel = {st for st in missing if st not in art.stems and not any(_word_in(art, t.low) for t in content if t.stem == st)}

    # 5. negation
    why = _negation(sent, toks, order, stems, art)
    if why:
        return Verdict(False, score, why, spans)

    # 6. roles: who did what to whom, and who did it
    why = _swapped(sent, toks, name_runs, art, order)
    if why:
        return Verdict(False, score, why, spans)

    # 7. weekday / month against the supporting sentences
    sup_dates = set().union(*(art.sents[i].dates for i in chosen)) if chosen else set()
    for kind in (_WEEKDAYS, _MONTHS):
        mine = {d for d in dates if d in kind}
        theirs = {d for d in sup_dates if d in kind}
        if mine and theirs and not mine & theirs and not any(
                mine & s.dates and len(stems & s.stems) >= 2 for s in art.sents):  # said elsewhere, with its content
            return Verdict(False, score, f"date mismatch: the sentence says {', '.join(sorted(x.capitalize() for x in mine))}"
                           f", the article's sentence says {', '.join(sorted(x.capitalize() for x in theirs))}", spans)

    words_missing = sorted({t.word for t in content if t.stem in missing})
    novel_words = sorted({t.word for t in content if t.stem in novel})
    return _Facts(score, len(stems), words_missing, novel_words, novel, spans)


def _word_in(art: _Article, low: str) -> bool:
    """A name's word is in the article: as written, as one of its hyphen/possessive forms, or
    a demonym of a name there ("Britain" for "British", "Nigeria" for "Nigerian")."""
    if low in art.words:
        return True
    for suf in ("ians", "ian", "ans", "an", "ish", "ese", "i", "s"):
        if low.endswith(suf) and len(low) - len(suf) >= 4:
            root = low[: -len(suf)]
            if any(w.startswith(root) for w in art.names | art.words if len(w) >= len(root)):
                return True
    return False


def _negation(sent: str, toks: list[_Tok], support: list[_Sent], stems: set[str], art: _Article) -> str | None:
    """A negation present on one side only, over at least two of the words both sides share
    (names aside: "not" is about what is done, not who does it)."""
    if not support:
        return None

    def scoped(s_toks, scopes):
        return {t.stem for a, b in scopes for t in s_toks[a + 1:b]
                if _is_content(t) and t.low not in art.proper and not _looks_capital(t.word)}

    mine = _negation_scopes(sent, toks)
    if mine:
        words = scoped(toks, mine)
        for s in support:
            hit = words & s.stems - scoped(s.toks, s.negations)
            if len(hit) >= 2:
                cue = _NEGATION.search(sent).group(0)
                shown = sorted({t.word for t in toks if t.stem in hit})
                return (f"negation added: the sentence says {cue!r} ({', '.join(shown[:3])}), "
                        f"the article says it plainly")
        return None
    for s in support:
        for a, b in s.negations:
            hit = scoped(s.toks, [(a, b)]) & stems
            if len(hit) < 2:
                continue
            if any(o is not s and hit <= o.stems and not o.negations for o in support):
                continue  # said plainly elsewhere too
            lo = a - 1 if a and s.toks[a - 1].low in _AUX else a
            phrase = " ".join(t.word for t in s.toks[lo:b][:6])
            return f"negation flipped: the article says '{phrase}'"
    return None


def _swapped(sent: str, toks: list[_Tok], runs: list[list[int]], art: _Article, support: list[_Sent]) -> str | None:
    """Who did what to whom: "A <word> B" in the sentence (each name at most three words from
    the shared word), "B <word> A" in a supporting sentence. A passive "by" on one side only
    keeps the roles ("A beat B" = "B was beaten by A")."""
    ents = [(r[0], r[-1], toks[r[-1]].low) for r in runs]
    ents += [(i, i, t.low) for i, t in enumerate(toks) if t.low in art.proper and not any(i in r for r in runs)]
    ents.sort()
    for x in range(len(ents) - 1):
        (_, ea, a), (sb, _, b) = ents[x], ents[x + 1]
        if a == b:
            continue
        verbs = [(k, toks[k]) for k in range(ea + 1, sb) if _is_content(toks[k]) and not _looks_capital(toks[k].word)
                 and k - ea <= 3 and sb - k <= 3]
        mine_passive = any(t.low == "by" for t in toks[ea + 1:sb])
        for s in support:
            pas = [k for k, t in enumerate(s.toks) if t.low == a]
            pbs = [k for k, t in enumerate(s.toks) if t.low == b]
            for _, v in verbs:
                for pv in (k for k, t in enumerate(s.toks) if t.stem == v.stem):
                    if any(0 < pv - pb <= 3 for pb in pbs) and any(0 < pa - pv <= 4 for pa in pas):
                        pb = max(k for k in pbs if k < pv)
                        theirs_passive = any(t.low == "by" for t in s.toks[pb + 1:pv + 4])
                        if mine_passive == theirs_passive:
                            return (f"roles swapped: the sentence says {toks[ea].word} {v.word} {toks[sb].word}, "
                                    f"the article {s.toks[pb].word} {s.toks[pv].word} {toks[ea].word}")
    return None



# -- helpers for the hooks (pipeline, ground, digest) ------------------------------------------

#: photo captions and bylines: page furniture, never evidence for a claim
_CAPTION = re.compile(
    r"""(?ix)
      \((?:far\ |second\ |third\ )?(?:left|right|centre|center|middle|pictured|top|bottom|above|below|inset|front|back)
          (?:\ and\ (?:left|right|centre|center))?\)
    | \b(?:pictured|photographed|poses?|posing)\b[^.]{0,60}\b(?:after|with|for|during|alongside|at|outside|in\ front\ of|ahead\ of)\b
    | ^\W*(?:photo|picture|image|video|photograph|credit|source)s?(?:\ credit)?\s*[:|/]
    | \b(?:getty\ images|afp/getty|ap\ photo|pa\ wire|pa\ media|shutterstock|epa/|reuters/)\b
    """)
_BYLINE = re.compile(
    r"""(?x)
      ^\W*[Bb]y\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}\s*(?:,|\||$|and\s+[A-Z]|for\s+[A-Z])
    | \b(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Aa]dditional\ reporting)\ by\ [A-Z]
    | ^\W*(?:[Pp]ublished|[Uu]pdated|[Ll]ast\ updated)\b
    """)


def _furniture(sentence: str) -> str | None:
    """'photo caption' or 'byline' when the sentence is one."""
    if _CAPTION.search(sentence):
        return "photo caption"
    if _BYLINE.search(sentence):
        return "byline"
    return None


_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


def _complete_sentence(text: str, limit: int | None = None) -> str | None:
    """`text` as a complete sentence, or None when it cannot be one.

    A text with its closing punctuation is complete. One without, near the length bound of
    the field it came from (`limit`), was cut: it is shortened to its last clause boundary
    (";", ",", " - ") when at least six words stand before it. A short one without a full stop
    (models omit it) gets one; a text ending on a joining word ("and", "the", "of") was cut.
    """
    text = " ".join(text.split())
    if not text:
        return None
    if _END.search(text):
        return text
    cut = limit is not None and len(text) >= limit - 15
    last = re.findall(r"[\w'’]+", text)[-1:] or [""]
    dangling = last[0].lower() in _FUNCTION or last[0].lower() in ("and", "or", "but")
    if not cut and not dangling:
        return text + "."
    for m in reversed(list(re.finditer(r"\s*(?:;|,|\s-\s|\s–\s|\s—\s)\s*", text))):
        head = text[:m.start()].rstrip()
        if len(head.split()) >= 6 and head.count('"') % 2 == 0 and head.count("“") == head.count("”"):
            return head + "."
    return None


class _CallableModule(types.ModuleType):
    """`summarizer.verify(document, text)` works although `summarizer.verify` is also this
    module's name (importing a submodule sets the package attribute to the module)."""

    def __call__(self, document, text: str, **kw) -> Verdict:
        return verify(document, text, **kw)


sys.modules[__name__].__class__ = _CallableModule
