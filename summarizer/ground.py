"""Grounding: find each quote in the source, record its span, check the claim against it.

The model never reports offsets. For each draft claim the code looks for its quote:

1. exact: `text.find(quote)`; when the quote occurs more than once, the occurrence inside the
   chunk the claim came from, then the one whose sentence best matches the claim text;
2. normalized: the same search after folding whitespace runs to one space, curly quotes to
   straight ones and dashes to '-' (a map keeps every normalized character's original index);
3. fuzzy: rapidfuzz's best partial alignment inside the chunk, accepted at or above
   `FUZZY_THRESHOLD` (90/100) and widened to whole words.

The evidence recorded is always `text[start:end]` of the source, so `text[start:end] == quote`
holds for every claim shown. A claim is then rejected, with the reason, when a number or
date in its text is not in its evidence (or is there only as a count of something else: "4
percent" over "all four candidates"), when a name in it is in neither the evidence nor
the sentence before it, when its source is not named in the article, or when its evidence is
page furniture. Certainty is never firmer than the evidence's own hedge.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from array import array
from bisect import bisect_left
from dataclasses import dataclass

from rapidfuzz import fuzz

from . import lang, rules, thresholds
from .chunk import Span, is_furniture, split_sentences, transcript_turn
from .verify import Part, furniture_kind, names_completed, verify

FUZZY_THRESHOLD = thresholds.QUOTE_FUZZY_MIN
MIN_QUOTE_CHARS = thresholds.QUOTE_MIN_CHARS

_FOLD = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u2026": "...", "\u00a0": " ",
}


def normalize_with_map(text: str) -> tuple[str, array]:
    """Fold `text` for matching; `index[i]` is the original index of normalized char i.

    The map is an array of C ints (4 bytes a character, not a list's 36: a digest grounds its
    summary against every article's text at once).
    """
    out: list[str] = []
    index = array("I")
    prev_space = True  # also strips leading whitespace
    for i, ch in enumerate(text):
        if ch.isspace():
            if not prev_space:
                out.append(" ")
                index.append(i)
            prev_space = True
            continue
        prev_space = False
        folded = _fold(ch)
        for f in folded:
            out.append(f)
            index.append(i)
    if out and out[-1] == " ":
        out.pop()
        index.pop()
    return "".join(out), index


@functools.lru_cache(maxsize=1 << 16)
def _fold(ch: str) -> str:
    folded = _FOLD.get(ch)
    return folded if folded is not None else unicodedata.normalize("NFKC", ch).casefold()


@functools.lru_cache(maxsize=1 << 14)
def normalize(text: str) -> str:
    """normalize_with_map(text)[0]; claim texts and names are normalized again and again."""
    if text.isascii():  # the common case, without the per-character loop
        return " ".join(text.replace("`", "'").split()).lower()
    return normalize_with_map(text)[0]


@dataclass(frozen=True)
class Located:
    start: int
    end: int
    match: str  # exact | normalized | fuzzy


def _occurrences(needle: str, hay: str) -> list[int]:
    """Starts of the non-overlapping occurrences of a non-empty literal, left to right: what
    `re.finditer(re.escape(needle), hay)` gives, without compiling a pattern per quote (each
    quote is new to re's cache: ~1 ms of compiling per call, BENCHMARKS.md)."""
    out, i = [], hay.find(needle)
    while i >= 0:
        out.append(i)
        i = hay.find(needle, i + len(needle))
    return out


class Text:
    """A text to ground against (an article, or a digest's articles joined), with its sentences
    and normalized form, built once. Not `schema.Source` (where an article came from): this is
    the text itself; `document.Document` extends it with the article's parts and date."""

    def __init__(self, text: str):
        self.text = text
        self.sentences = split_sentences(text)
        self.norm, self.index = normalize_with_map(text)

    def sentence_at(self, pos: int) -> Span | None:
        for s in self.sentences:
            if s.start <= pos < s.end:
                return s
        return None

    def context(self, start: int, end: int) -> str:
        """The evidence's sentences plus the one before: where pronouns get resolved."""
        lo, hi = self.context_span(start, end)
        return self.text[lo:hi]

    def context_span(self, start: int, end: int) -> tuple[int, int]:
        """Where `context(start, end)` is in the text."""
        first = next((i for i, s in enumerate(self.sentences) if s.end > start), 0)
        last = next((i for i, s in enumerate(self.sentences) if s.end >= end), len(self.sentences) - 1)
        lo = self.sentences[max(0, first - 1)].start if self.sentences else 0
        hi = self.sentences[last].end if self.sentences else len(self.text)
        return lo, max(hi, end)

    # -- locating ------------------------------------------------------------------------------

    def _pick(self, starts: list[int], length: int, hint: Span | None, claim: str) -> int:
        if len(starts) == 1:
            return starts[0]
        if hint:
            inside = [s for s in starts if hint.start <= s and s + length <= hint.end]
            starts = inside or starts

        def score(s: int) -> float:
            sent = self.sentence_at(s)
            return fuzz.token_set_ratio(claim, self.text[sent.start:sent.end]) if sent else 0.0

        return max(starts, key=lambda s: (score(s), -s))

    def locate(self, quote: str, hint: Span | None = None, claim: str = "") -> Located | None:
        quote = quote.strip()
        if len(quote) < MIN_QUOTE_CHARS:
            return None
        starts = _occurrences(quote, self.text)
        if starts:
            s = self._pick(starts, len(quote), hint, claim)
            return Located(s, s + len(quote), "exact")
        nq = normalize(quote)
        if len(nq) < MIN_QUOTE_CHARS:
            return None
        nstarts = _occurrences(nq, self.norm)
        if nstarts:
            orig = [self.index[n] for n in nstarts]
            s = self._pick(orig, len(quote), hint, claim)
            n = nstarts[orig.index(s)]
            return Located(s, self.index[n + len(nq) - 1] + 1, "normalized")
        return self._fuzzy(nq, hint)

    def _fuzzy(self, nq: str, hint: Span | None) -> Located | None:
        lo, hi = 0, len(self.norm)
        if hint:  # search the hint chunk's normalized range only
            lo = bisect_left(self.index, hint.start)  # the map never decreases
            lo = 0 if lo == len(self.index) else lo
            hi = bisect_left(self.index, hint.end)
        hay = self.norm[lo:hi]
        if len(nq) > len(hay) + 10:
            return None
        al = fuzz.partial_ratio_alignment(nq, hay, score_cutoff=FUZZY_THRESHOLD)
        if al is None or al.dest_end - al.dest_start < MIN_QUOTE_CHARS:
            return None
        ns, ne = lo + al.dest_start, lo + al.dest_end
        # widen to whole words so the evidence never starts or ends mid-word
        while ns > 0 and self.norm[ns - 1].isalnum():
            ns -= 1
        while ne < len(self.norm) and self.norm[ne].isalnum():
            ne += 1
        start, end = self.index[ns], self.index[ne - 1] + 1
        return Located(start, end, "fuzzy")


#: The old name, kept while branches written against it merge (issue 11 renamed it: it clashed
#: with `schema.Source`). New code says `Text`.
Source = Text


# -- checks ----------------------------------------------------------------------------------

_GENERIC_SOURCES = re.compile(
    rf"^({lang.GENERIC_SOURCES_RE})$", re.I)


MIN_TEXT_SIMILARITY = thresholds.CLAIM_TEXT_MIN_SIMILARITY


def source_named_in(text: str, who: str) -> bool:
    """True when one of the names in `who` (or, without names, one of its longer words) is in
    `text`: "Mr. Smith" is named in "..., Smith said"."""
    who_names = _who_words(who)
    norm = normalize(text)
    return any(n in norm for n in who_names)


def source_named(src: Text, who: str) -> bool:
    """True when `who` is a generic voice or at least one of its names is in the article."""
    who = who.strip()
    if not who or _GENERIC_SOURCES.match(who):
        return True
    who_names = _who_words(who)
    return any(n in src.norm for n in who_names)


def _who_words(who: str) -> set[str]:
    """The names in a source as written, or without names its longer words; failing those, its words of three
    letters that are no function word ("the zoo", "the bar": lead34, a lead claim "..., the zoo said" was rejected
    because "zoo" is short)."""
    words = rules.names(who) or {w.lower() for w in re.findall(r"\w{4,}", who)}
    return words or {w.lower() for w in re.findall(r"\w{3,}", who)} - lang.FUNCTION_WORDS


def check_claim(src: Text, text: str, attributed_to: str, loc: Located, speaker: str | None = None) -> str | None:
    """Why this claim may not be shown with this evidence, or None when it may. `speaker`: the
    source the attribution analysis gives the evidence, whose names the claim may spell out
    although the evidence does not ("Jane Doe says ..." over a quotation's later sentence)."""
    evidence = src.text[loc.start:loc.end]
    if fuzz.token_set_ratio(normalize(text), normalize(evidence)) < MIN_TEXT_SIMILARITY:
        return "claim text does not match its evidence"
    for sent in split_sentences(src.text, loc.start, loc.end) or [Span(loc.start, loc.end)]:
        if is_furniture(src.text[sent.start:sent.end]) and not transcript_turn(src.text, sent.start):
            return "evidence is page furniture, not news"
        what = furniture_kind(src.text[sent.start:sent.end])
        if what:
            return f"evidence is a {what}, not news"
    ev_numbers = rules.number_values(evidence)
    for v in sorted(rules.number_values(text) - ev_numbers):
        return f"number {v:g} is not in the evidence"
    why = unit_mismatch(text, evidence)
    if why:
        return why
    # the context's analysis sliced from the article's, which is kept on `src` (verify.article)
    context = Part(src, *src.context_span(loc.start, loc.end))
    ctx = normalize(context.text)
    completed = names_completed(context, src, text)  # "Blake" of "Blake Farenthold"
    if speaker:
        completed |= {n for n in rules.names(speaker) if n in src.norm}
    for name in sorted(rules.names(text) - lang.PERSONAL_PRONOUNS):  # ("We sold ..." folded from "did you sell?": no name; digest57)
        folded = normalize(name)  # the context is folded: "O’Neill", "I’ve" are "o'neill", "i've" there
        if folded not in ctx and name not in completed and folded not in completed:
            return f"name {name!r} is not in the evidence or the sentence before it"
    # every content word, name, number, date and the subject: in the evidence and its context
    verdict = verify(context, text, mode="claim", article_text=src, speaker=speaker)
    if not verdict.supported:
        return verdict.reason
    if not source_named(src, attributed_to):
        return f"source {attributed_to.strip()!r} is not named in the article"
    return None


_UNIT_AFTER = re.compile(r"\s?(" + "|".join(re.escape(u) for u in sorted(lang.UNITS, key=len, reverse=True))
                         + r")(?!\w)", re.I)
_RANGE_JOIN = re.compile(rf"\s*(?:{lang.RANGE_JOINERS_RE}|-|–|—)\s*$")
_COMPOUND_UNIT = re.compile(r"-([a-z]+)\b", re.I)  # "a 10-year sentence", "a 5-mile stretch"


def _measured(text: str) -> list[tuple[float, str | None, int, int]]:
    """(value, unit or None, start, end) of each number in `text`, its unit read right after it
    (or joined to it by a hyphen, in the singular: "10-year" is 10 years)."""
    out = []
    for n in rules.numbers(text):
        m = _UNIT_AFTER.match(text, n.end)
        unit = lang.UNITS[m.group(1).lower()] if m else None
        c = _COMPOUND_UNIT.match(text, n.end) if m is None else None
        if c is not None:
            w = c.group(1).lower()
            unit = lang.UNITS.get(w) or lang.UNITS.get(w + "s")
        out.append((n.value, unit, n.start, n.end))
    return out


def unit_mismatch(text: str, evidence: str) -> str | None:
    """A number the claim gives with a unit ("4 percent") that its evidence holds only without it
    or with another ("all four candidates"): the value is there, the measure is not. A range or
    a list that states its unit once ("40 to 45 percent") gives it to each of its numbers."""
    ev = _measured(evidence)
    for v, unit, _, _ in _measured(text):
        same = [(u, e) for ev_v, u, b, e in ev if ev_v == v and evidence[b - 1:b] not in lang.CURRENCY_SIGNS]
        if unit is None or len(same) < sum(ev_v == v for ev_v, *_ in ev) or any(u == unit for u, _ in same):
            continue  # no unit said, the value not there (the number check's), a currency sign, or the same unit
        shared = any(u is None and n[1] == unit and 0 <= n[2] - e <= 8 and _RANGE_JOIN.match(evidence[e:n[2]])
                     for u, e in same for n in ev)
        if not shared:
            return f"number {v:g} {unit} is not in the evidence (it says {v:g} of something else)"
    return None


def hedged_certainty(src: Text, loc: Located, certainty: str) -> str:
    """The model's certainty, made at least as hedged as the evidence sentence says."""
    sent = src.sentence_at(loc.start)
    span = src.text[sent.start:max(sent.end, loc.end)] if sent else src.text[loc.start:loc.end]
    found = rules.certainty(span)
    return found if rules.firmer_than(certainty, found) else certainty


def ground_text(src: Text, sentence_text: str) -> str | None:
    """Why a free-text sentence (summary, digest) is not grounded in the article, or None.

    Every number and name must be in the article, the sentence must be complete (a bounded
    field can cut it mid-word), and one article sentence must hold at least
    MIN_SUMMARY_SUPPORT of its content words *and* all of its numbers: a mash-up of two
    sentences' figures is not grounded.
    """
    if not re.search(r"[.!?…\"”’)]\s*$", sentence_text):
        return "sentence is incomplete"
    for v in sorted(rules.number_values(sentence_text, words=False) - rules.number_values(src.text, words=False)):
        return f"number {v:g} is not in the article"
    for name in sorted(rules.names(sentence_text)):
        if not re.search(rf"(?<!\w){re.escape(normalize(name))}", src.norm):
            return f"name {name!r} is not in the article"
    if support(src, sentence_text) < MIN_SUMMARY_SUPPORT:
        return "no sentence of the article supports it"
    return None


HEADLINE_CUT_ENDINGS = lang.HEADLINE_CUT_ENDINGS  # a headline ending on one was cut
#: ... and so was one without a closing mark this close to its field's bound: a model held to a
#: maxLength stops at the bound itself (the grammar ends the string; a longer answer fails validation
#: and is re-asked), and collapsing its spaces takes a character or two. A wider margin refused
#: complete long headlines (105-120 characters of a 120 bound; review of session 3).
HEADLINE_CUT_MARGIN = 3


def cut_ending(sentence: str) -> str | None:
    """Where a summary sentence was cut, or None: it ends on a word no sentence ends on (lang.HEADLINE_CUT_ENDINGS: "... residents
    of .", "..., which ."), on an ellipsis after a word ("... that includes more...": real47), or its closing stop stands apart
    after a space (a stop the model put in the middle of a phrase; the lead, session 33, on the bundled model's output)."""
    words = re.findall(r"[\w'’]+", sentence)
    if words and (words[-1].lower() in HEADLINE_CUT_ENDINGS and re.search(r"[.!?]\W*$", sentence) or re.search(lang.TRAILING_ELLIPSIS_RE, sentence)):
        return f"it ends on '{words[-1]}'" + ("..." if sentence.rstrip()[-1:] in ".…" and re.search(lang.TRAILING_ELLIPSIS_RE, sentence) else "")
    if len(words) > 2 and words[-2].lower() in lang.SAYING_CUT_VERBS and words[-1].lower() in ("it", "that"):
        return f"it ends on '{words[-2]} {words[-1]}'"  # "... after the snack maker said it." (lead35)
    return "its full stop stands apart from its last word" if re.search(r"\w\s+[.!?]\s*$", sentence) else None


def ground_headline(src: Text, headline: str, limit: int | None = None, check=None) -> str | None:
    """Why a headline may not be shown, or None. A headline is checked as a summary sentence is
    (`verify`: its numbers and names in the article, its words in up to three article
    sentences; `check`, a verify.model.ModelVerifier, settles what the code cannot) but it needs
    no full stop: headlines have none. One cut by its field's bound (`limit` characters), or
    ending on an article, a conjunction, "of" or a possessive, was cut, and is not shown."""
    headline = " ".join(headline.split())
    if len(re.findall(r"[\w'’]+", headline)) < thresholds.HEADLINE_MIN_WORDS:  # ("Jail!", a title's quoted cry: the lead, session 47)
        return "headline is one word: it tells no news" if headline else "headline is empty"
    last = (re.findall(r"[\w'’]+", headline)[-1:] or [""])[0].lower()
    at_bound = limit is not None and len(headline) >= limit - HEADLINE_CUT_MARGIN
    if re.search(r"[,;:\-–—]$|" + lang.TRAILING_ELLIPSIS_RE, headline) or last in HEADLINE_CUT_ENDINGS or last in lang.TITLE_ABBREVIATIONS or (
            at_bound and not re.search(r"[.!?…\"”’)]$", headline)):
        return "headline is cut"
    verdict = verify(src, headline)
    if check is not None:
        verdict = check(src, headline, verdict)
    return None if verdict.supported else verdict.reason


def support(src: Text, sentence_text: str) -> float:
    """Best share of the sentence's content words found in one article sentence that also
    holds every number of the sentence and, when the sentence says who said it, that speaker
    ("the French President said ..." needs an article sentence naming the president)."""
    words = _content_words(sentence_text)
    nums = rules.number_values(sentence_text, words=False)
    who = rules.speaker(sentence_text)
    who_words = _content_words(who) if who and not _GENERIC_SOURCES.match(who) else set()
    if not words:
        return 0.0
    best = 0.0
    for sp in src.sentences:
        sent = src.text[sp.start:sp.end]
        if nums and not nums <= rules.number_values(sent, words=False):
            continue
        if who_words and not who_words <= _content_words(sent):
            continue
        best = max(best, len(words & _content_words(sent)) / len(words))
    return best


_STOPWORDS = lang.SUPPORT_STOP_WORDS
MIN_SUMMARY_SUPPORT = thresholds.SUMMARY_MIN_SUPPORT


def _content_words(text: str) -> set[str]:
    return {w[:6] for w in re.findall(r"[a-z0-9]{4,}", normalize(text)) if w not in _STOPWORDS}


