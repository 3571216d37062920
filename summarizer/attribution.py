"""Who says what, over the whole article: attribution relations with character offsets.

`analyze(text)` reads the article once, in order, and returns `Attributions`: relations of
(content spans, source as written, resolved source name, cue, kind). Rules over sentences plus
quotation-mark tracking, no model:

- A sentence's *frame* is its main reporting clause: a subject and a cue verb at the start of
  the sentence ("X said (that) ..."), at its end ("..., X said." / "..., said X."), between two
  quotations ("“A,” X said. “B.”"), "according to X", a colon ("X: “...”", "X said: ..."),
  "X's statement ...". The first frame of the sentence wins: in "X said that Y said ...", X.
- Quotations are tracked across sentences and paragraphs: a paragraph that ends inside a
  quotation and a next paragraph that opens with a quotation mark continue the same quotation,
  and every part belongs to whoever opened or closed it. A quotation with no frame of its own
  right after an attributed one continues that speaker ("“...,” he said. “...more...”").
- Pronouns and descriptions resolve to the last fitting name: he/she to the last person,
  it/"the agency" to the last organisation (preferring one whose name has the same head noun),
  they to the last group or organisation.
- Text outside every relation is the outlet's own voice.

`certainty_for(text, start, end, attributions)` decides the closed `Certainty` value of a span
from the words that govern its main clause (see README "Claims": certainty values).

Word lists live in `summarizer.lang`.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass, field

from . import lang
from .chunk import Span, split_sentences

KINDS = ("direct", "indirect", "according_to", "belief")

_TOKEN = re.compile(r"[A-Za-z0-9][\w'’.&-]*[\w]|[A-Za-z0-9]|n[’']t|[^\w\s]")
_OPEN_Q = "“"
_CLOSE_Q = "”"
_QUOTES = "“”\""
_DASHES = "—–"
#: Quotations shorter than this many words with no frame of their own are scare quotes.
MIN_QUOTE_WORDS = 5
#: `Attributions.relation_for` also counts a direct quotation's source and cue ("whole
#: statement") when the quotation alone covers at least this share of the span but less than
#: half: a sentence that is a quotation plus "said Jane Doe, a lawyer at the firm" is hers.
MIN_CONTENT_SHARE = 0.25
WHOLE_STATEMENT = True
#: A direct quotation is the speaker's position: a modal or negation inside it is part of what
#: is held (GUIDELINES §14 "statement"), so it keeps its frame's certainty.
QUOTES_ARE_POSITIONS = True
#: How many paragraphs back a pronoun or a frameless quotation may look for its antecedent.
LOOKBACK_PARAGRAPHS = 3


@dataclass(frozen=True)
class Relation:
    content: tuple[tuple[int, int], ...]
    source: str  # as written ("he", "the ministry", "Smith, 56, a lawyer,")
    name: str  # resolved ("Jane Smith", "the Defense Ministry"); == source when nothing to resolve
    cue: str
    kind: str  # one of KINDS
    source_span: tuple[int, int] | None = None
    cue_span: tuple[int, int] | None = None
    sentence: tuple[int, int] | None = None  # the sentence holding content, source and cue, if one does

    @property
    def footprint(self) -> tuple[int, int]:
        """The whole statement: the sentence holding content, source and cue ("“It is over,” he
        said in an interview."), else first to last of them when they are close together."""
        if self.sentence is not None:
            return self.sentence
        spans = [*self.content, *(x for x in (self.source_span, self.cue_span) if x)]
        lo, hi = min(a for a, _ in spans), max(b for _, b in spans)
        return (lo, hi) if hi - lo <= 600 else (self.start, self.end)

    @property
    def start(self) -> int:
        return self.content[0][0]

    @property
    def end(self) -> int:
        return self.content[-1][1]


@dataclass
class Attributions:
    """Every relation of one article, in text order; text outside them is the outlet's voice."""

    text: str
    relations: list[Relation] = field(default_factory=list)

    def relation_for(self, start: int, end: int, whole: bool = WHOLE_STATEMENT) -> Relation | None:
        """The relation whose content covers most of [start, end), if at least half of it.

        With `whole`, a direct quotation whose whole statement (the quote, its source and cue in
        one sentence: "“It is over,” said Jane Doe, a lawyer at the firm.") covers at least half
        of the span also counts, provided the quote covers at least MIN_CONTENT_SHARE of it."""
        best, cov_best = None, 0
        n = max(1, end - start)
        for r in self.relations:
            lo, hi = r.footprint if whole else (r.start, r.end)
            if hi <= start or lo >= end:
                continue
            cov = sum(max(0, min(end, e) - max(start, s)) for s, e in r.content)
            if whole and r.kind == "direct" and cov * 2 < n and cov >= MIN_CONTENT_SHARE * n:
                cov = min(end, hi) - max(start, lo)
            if cov > cov_best:
                best, cov_best = r, cov
        return best if best is not None and cov_best * 2 >= n else None

    def source_for(self, start: int, end: int) -> str | None:
        """Resolved source of [start, end), or None for the outlet's own voice."""
        r = self.relation_for(start, end)
        return r.name if r else None

    def cue_for(self, start: int, end: int) -> str | None:
        r = self.relation_for(start, end)
        return r.cue if r else None


# -- tokens ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Tok:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower().replace("’", "'")


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    return [_Tok(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def _cap(w: str) -> bool:
    return w[:1].isupper() and w.lower().rstrip(".") not in lang.NOT_NAMES


# -- quotations --------------------------------------------------------------------------------


def _quote_spans(text: str) -> list[tuple[int, int, int]]:
    """(start, end, group) of every quotation, quote marks included; a quotation continued
    into the next paragraph keeps its group. Curly quotes pair by direction, straight quotes by
    position (an opening one follows space or start and precedes a non-space). A quotation
    that is never closed (its paragraph ends, the next does not reopen it) is a stray mark and
    is dropped."""
    out: list[tuple[int, int, int]] = []
    group = -1
    open_at: int | None = None
    pending: list[tuple[int, int, int]] = []  # segments of the open group, kept once it closes
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\n":
            if open_at is not None:  # paragraph ends inside a quotation
                pending.append((open_at, i, group))
                open_at = None
                j = i
                while j < n and text[j].isspace():
                    j += 1
                if j < n and text[j] in (_OPEN_Q, '"'):
                    open_at = j
                    i = j + 1
                    continue
                pending = []  # never closed: a stray mark
            i += 1
            continue
        if ch == _OPEN_Q or (ch == '"' and open_at is None and (i + 1 < n and not text[i + 1].isspace())
                             and (i == 0 or text[i - 1].isspace() or text[i - 1] in "([—–-:")):
            if open_at is None:
                open_at = i
                group += 1
                pending = []
        elif ch in (_CLOSE_Q, '"') and open_at is not None:
            out.extend(pending)
            out.append((open_at, i + 1, group))
            pending = []
            open_at = None
        i += 1
    return out


# -- frames ------------------------------------------------------------------------------------


@dataclass
class _Frame:
    source_span: tuple[int, int]
    cue_span: tuple[int, int]
    kind: str
    content: list[tuple[int, int]]
    position: str  # "initial" | "final" | "middle" | "according" | "colon"


_TIME_WORDS = frozenset("""week weekend month year morning afternoon evening night today yesterday tonight
monday tuesday wednesday thursday friday saturday sunday""".split())
_PREPOSITIONS = frozenset("in at on during after before following since from with by for under over amid despite".split())
_PARTICIPLES = frozenset("said told written shown known thought found seen sought felt".split())
_AUX = frozenset("have has had is are was were will would could can may might should do does did be been".split())


def _is_cue(toks: list[_Tok], i: int) -> bool:
    w = toks[i].low
    if w not in lang.CUE_VERBS or not toks[i].text[:1].islower():
        return False
    prev = toks[i - 1].low if i else ""
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if prev == "to" or prev in ("the", "a", "an", "his", "her", "their", "its", "our", "this", "that") or \
            re.search(r"['’]s?$", prev):
        return False  # an infinitive or a noun ("to tell", "the report")
    if prev in lang.MODALS and prev != "will":
        return False  # "the government could deny them permits": hypothetical, not a report
    if w.endswith("ing") and prev not in _AUX:
        return False  # a participle clause ("..., warning that ...") is not the main clause
    if w.endswith("s") and nxt in _AUX:
        return False  # a noun: "worries have dogged ..."
    if prev in ("was", "were", "been", "being", "be", "is", "are") and (w.endswith("ed") or w in _PARTICIPLES):
        return False  # passive: "was told by ...", "has never been charged", "is expected to"
    if (w in lang.NOUN_CUES or w in lang.STATEMENT_NOUNS) and i and toks[i - 1].text.islower() and prev not in lang.PRONOUNS \
            and prev not in lang.PERSON_NOUNS and prev not in lang.ORG_HEADS and prev not in lang.CUE_MODIFIERS \
            and not (prev.endswith("s") and not prev.endswith("ss")):  # "farmers fear": a plural subject
        return False  # "dubious medical claims"
    if (w in lang.STATEMENT_NOUNS or w in lang.NOUN_CUES) and \
            nxt in ("on", "of", "for", "about", "and", "or", "to", ",", ".", "in", "from", "by", "with") and \
            not (i and (toks[i - 1].text[:1].isupper() or toks[i - 1].low in lang.PRONOUNS)):
        return False  # a plural noun: "dubious medical claims on-air", "its plans for"
    if w in lang.WEAK_CUES and w in lang.SPEECH_VERBS and i and any(
            x.text[:1].isupper() or x.low in lang.PRONOUNS or x.low in lang.PERSON_NOUNS or x.low in lang.ORG_HEADS
            for x in toks[max(0, i - 4):i]) and toks[i - 1].text not in ",;:":
        return True  # "They noted his attorney ...", "the court noted", "Residents in the area reported"
    if w in lang.WEAK_CUES:
        nxt = toks[i + 1].low if i + 1 < len(toks) else ""
        nxt2 = toks[i + 2].low if i + 2 < len(toks) else ""
        ok = nxt in ("that", "for", "on", "of", ":", "“", '"', "to", "it", ".") or nxt2 in ("that", "“", '"')
        quote_follows = any(x.text in ("“", '"') for x in toks[i + 1:i + 8])
        if w in ("call", "calls", "called") and nxt not in ("for", "on", "it", "that", "“", '"') and not quote_follows:
            ok = False
        if w in ("add", "adds", "added", "note", "notes", "noted", "continue", "continues", "continued",
                 "ask", "asks", "asked", "report", "reports", "reported") and nxt in (",", ".", ":", "“", '"', "that"):
            ok = True
        return ok
    return True


def _subject_left(text: str, toks: list[_Tok], i: int, lo: int, mid_caps: frozenset = frozenset()) -> tuple[int, int] | None:
    """The subject noun phrase ending right before cue token i (skipping 'also', 'has', ...),
    read leftwards to a clause boundary; None when what is there is not a plausible subject."""
    j = i - 1
    while j >= lo and (toks[j].low in lang.CUE_MODIFIERS or (toks[j].low.endswith("ly") and toks[j].text.islower())):
        j -= 1
    if j < lo:
        return None
    end = toks[j].end
    k = j
    words = 0
    while k >= lo:
        t = toks[k]
        if t.text == ")":  # "Sen. Jane Doe (D-Mo.) said": step over the parenthesis
            depth = k
            while depth >= lo and toks[depth].text != "(":
                depth -= 1
            if depth > lo and k - depth <= 8:
                k = depth - 1
                continue
        if t.low == "and" and k + 1 <= j and k - 1 >= lo and (toks[k - 1].text[:1].isupper() or toks[k - 1].low in lang.PRONOUNS) \
                and (toks[k + 1].text[:1].isupper() or toks[k + 1].low in ("its", "his", "her", "their")):
            words += 1
            k -= 1
            continue
        if t.text in _QUOTES or t.text in _DASHES or t.text in ";:()[]" or t.low in lang.CLAUSE_WORDS:
            break
        if t.text == ",":
            # an appositive: "Smith, 56, a lawyer, said" -> keep reading left over it
            left = text[max(0, toks[lo].start if lo < len(toks) else 0):t.start]
            right = toks[k + 1] if k + 1 <= j else None
            descriptive = right is not None and not _cap(right.text) and right.low not in lang.PRONOUNS
            name_left = k - 1 >= lo and (toks[k - 1].text in mid_caps or k - 1 > lo) and _cap(toks[k - 1].text)
            if descriptive and name_left and words and re.search(r"[A-Z][\w'’.-]*\s*$", left) and words <= 8 and toks[k - 1].low not in lang.CLAUSE_WORDS:
                k -= 1
                continue
            break
        if t.text == "." and k - 1 >= lo and (toks[k - 1].low.rstrip(".") in lang.PERSON_TITLES
                                              or (len(toks[k - 1].text) == 1 and toks[k - 1].text.isupper())
                                              or toks[k - 1].low in ("jr", "sr", "st", "inc", "co", "corp")
                                              or re.fullmatch(r"[A-Z](?:\.[A-Z])+", toks[k - 1].text)):
            k -= 1
            continue
        if t.text in ".!?" and k < j:
            break
        words += 1
        k -= 1
    start_tok = k + 1
    if start_tok > j:
        return None
    phrase = toks[start_tok:j + 1]
    # Drop leading adverbials: "On Monday, Smith said" is cut at the comma already; "But he said".
    while phrase and phrase[0].low in ("but", "and", "so", "yet", "meanwhile", "still", "now", "however", ","):
        phrase = phrase[1:]
    commas = [x for x, t in enumerate(phrase) if t.text == ","]
    if commas and phrase[0].low in ("in", "at", "on", "during", "after", "before", "last", "this", "with", "from",
                                    "since", "by", "for", "under", "over", "speaking", "asked", "earlier", "later"):
        phrase = phrase[commas[0] + 1:]  # "In July, the group called ..." -> "the group"
    if phrase and phrase[0].low in _PREPOSITIONS and not commas:
        caps = [x for x, t in enumerate(phrase) if t.text[:1].isupper()]
        run = []
        for x in reversed(range(len(phrase))):  # "In a TV interview Trump declared" -> "Trump"
            if phrase[x].text[:1].isupper() or phrase[x].text == "." and run:
                run.insert(0, phrase[x])
            else:
                break
        if not run or not caps:
            return None
        phrase = run
    if not phrase or len([t for t in phrase if t.text.isalnum() or t.text[:1].isalnum()]) > 14:
        return None
    if any(t.low in _AUX or t.low in lang.MODALS or t.low in ("not", "n't") for t in phrase):
        return None  # a clause, not a subject: "Readers may not let editorials tell ..."
    while len(phrase) > 1 and (phrase[-1].low in lang.FINAL_TAIL_STARTERS or phrase[-1].low in _TIME_WORDS) \
            and phrase[-1].low not in lang.PRONOUNS:
        phrase = phrase[:-1]  # "Trump this week" -> "Trump"
        if len(phrase) > 1 and phrase[-1].low in ("this", "last", "next", "on", "late", "early"):
            phrase = phrase[:-1]
    first = phrase[0].low
    if phrase[-1].text == ",":
        phrase = phrase[:-1]
    if not phrase:
        return None
    last = phrase[-1].low
    strong_verb = toks[i].low in lang.SPEECH_VERBS and toks[i].low not in lang.WEAK_CUES
    ok = (first in lang.PRONOUNS and len(phrase) == 1) or any(_cap(t.text) for t in phrase) \
        or last in lang.PERSON_NOUNS or last in lang.ORG_HEADS or first in ("the", "a", "an", "many", "some", "most", "several") \
        or (strong_verb and len(phrase) <= 4 and last.endswith("s"))
    if not ok or (len(phrase) == 1 and last in lang.NOT_NAMES and last not in lang.PRONOUNS):
        return None
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    strong = (toks[i].low in lang.SPEECH_VERBS or nxt in ("that", "“", '"')) and not first.endswith("ly")
    if len(phrase) == 1 and first in lang.SPEAKER_PRONOUNS | {"we"}:
        return None  # "I write", "we know": the writer's own voice, or speech already in quotes
    if len(phrase) == 1 and start_tok == 0 and first not in lang.PRONOUNS and phrase[0].text not in mid_caps \
            and first not in lang.PERSON_NOUNS and first not in lang.ORG_HEADS and not strong:
        return None  # a sentence's first word alone is capitalised by position, not as a name
    return phrase[0].start, phrase[-1].end


def _subject_right(toks: list[_Tok], i: int, hi: int) -> tuple[int, int] | None:
    """The subject of an inverted cue ("..., said Jane Smith, a lawyer.")."""
    k = i + 1
    if k >= hi:
        return None
    def ends_here(x: int) -> bool:  # "..., said he." / "..., said Jane Doe, a lawyer, on Monday."
        return x >= hi or toks[x].text in ",.;:!?“”\"()—–-" or toks[x].low in lang.FINAL_TAIL_STARTERS
    if toks[k].low in lang.PRONOUNS:
        return (toks[k].start, toks[k].end) if ends_here(k + 1) else None
    phrase = []
    while k < hi and toks[k].text not in ",.;:!?“”\"()" and len(phrase) < 8:
        if phrase and toks[k].low in lang.FINAL_TAIL_STARTERS:
            break
        phrase.append(toks[k])
        k += 1
    if not phrase or not ends_here(k) or len(phrase) > 7:
        return None
    words = [t.low for t in phrase]
    if any(w in _AUX or w in lang.NEGATORS or w in lang.CUE_VERBS for w in words):
        return None  # a clause, not a name: "said Clinton reached out to ..."
    named = all(t.text[:1].isupper() or t.low in ("of", "the", "for", "and", "de") or t.text in ".-&'’" for t in phrase) \
        or (phrase[-1].text[:1].isupper() and len(phrase) <= 5)  # "9/11 widow Jane Doe"
    described = words[0] in ("the", "a", "an", "his", "her", "its", "their", "one", "another") and \
        (words[-1] in lang.PERSON_NOUNS or words[-1] in lang.ORG_HEADS or words[-1] in lang.STATEMENT_NOUNS
         or any(t.text[:1].isupper() for t in phrase[1:]))
    if not (named or described):
        return None
    if not phrase or not (any(_cap(t.text) for t in phrase)
                          or phrase[-1].low in lang.PERSON_NOUNS | lang.ORG_HEADS | lang.STATEMENT_NOUNS):
        return None
    return phrase[0].start, phrase[-1].end


def _kind_of(cue: str) -> str:
    w = cue.split()[0].lower()
    return "belief" if w in lang.ATTITUDE_VERBS and w not in lang.SPEECH_VERBS else "indirect"


def _outside(pos: int, quotes: list[tuple[int, int, int]]) -> bool:
    return not any(s < pos < e for s, e, _ in quotes)


def _overlapping(quotes: list[tuple[int, int, int]], ends: list[int], starts: list[int], a: int, b: int):
    """The quotations overlapping [a, b): they are disjoint and sorted, so two bisections."""
    return quotes[bisect.bisect_right(ends, a):bisect.bisect_left(starts, b)]


def _sentence_frame(text: str, sp: Span, quotes: list[tuple[int, int, int]], mid_caps: frozenset = frozenset()) -> _Frame | None:
    toks = _tokens(text, sp.start, sp.end)
    if not toks:
        return None
    n = len(toks)
    # 1. "according to X"
    for i in range(n - 1):
        if toks[i].low == "according" and toks[i + 1].low == "to" and _outside(toks[i].start, quotes):
            k = i + 2
            while k < n and toks[k].text not in ",.;:!?()—–" and toks[k].low not in ("that", "which", "who"):
                k += 1
            if k > i + 2:
                src = (toks[i + 2].start, toks[k - 1].end)
                before = (sp.start, toks[i].start)
                after = (toks[k].start if k < n else sp.end, sp.end)
                content = [s for s in (before, after) if len(text[s[0]:s[1]].split()) >= 2]
                if content:
                    return _Frame(src, (toks[i].start, toks[i + 1].end), "according_to", content, "according")
    # 2. cue verbs outside quotations, in order; the first with a subject is the main frame
    #    (initial: content follows; final/middle: content precedes, after a comma or quote)
    for i in range(n):
        t = toks[i]
        if not _outside(t.start, quotes) or t.low not in lang.CUE_VERBS:
            continue
        prev = toks[i - 1].text if i else ""
        # inverted: ', said X' / '” said X' (not "Jane Doe, a lawyer, highlighted ...": a name
        # right before the comma is the subject, not the end of the content)
        if (prev in ("”", '"') or (prev == "," and i >= 2 and not toks[i - 2].text[:1].isupper()
                                   and toks[i - 2].text not in (")",))) and t.low in lang.SPEECH_VERBS:
            subj = _subject_right(toks, i, n)
            if subj:
                m = re.match(r",\s*[^;:“”\"]{1,300}?(?=[.!?]?[\"”’']*\s*$)", text[subj[1]:sp.end])
                if m and text[subj[1] + m.end() - 1:subj[1] + m.end()].strip():
                    subj = (subj[0], subj[1] + m.end())  # the appositive is part of the source as written
                content = [(sp.start, toks[i - 1].end)]
                return _Frame(subj, (t.start, t.end), "direct" if prev in "”\"" or text[toks[i - 1].start - 1:toks[i - 1].start] in "”\"" else "indirect",
                              content, "final")
        if t.low.endswith("ing") and t.low in lang.SPEECH_VERBS and i + 1 < n:
            # "He defended the remark, saying, “...”": the quotation is the sentence subject's
            k = i + 1 + (toks[i + 1].text in ",:")
            if k < n and toks[k].text in ("“", '"'):
                first = toks[0] if toks[0].text not in ("“", '"') else None
                m = _INITIAL_NAME.match(text, sp.start, t.start)
                if first is not None and first.low in lang.PERSON_PRONOUNS | lang.GROUP_PRONOUNS:
                    subj2 = (first.start, first.end)
                elif m:
                    subj2 = (m.start(1), m.end(1))
                else:
                    subj2 = None
                if subj2:
                    return _Frame(subj2, (t.start, t.end), "direct", [(toks[k].start, sp.end)], "colon")
        if not _is_cue(toks, i) and not (prev in (",", "”", '"') and t.low in lang.SPEECH_VERBS):
            continue
        subj = _subject_left(text, toks, i, 0, mid_caps)
        if (subj is None or text[subj[0]:subj[1]].split()[0].lower() in lang.CLAUSE_WORDS) and \
                prev in (",", "-", "--", "—", "–", ")"):
            # "Jane Doe, 59, of Springfield, who ..., said": the sentence's leading name
            m = _INITIAL_NAME.search(text, sp.start, min(t.start, sp.start + 80))
            if m and _outside(m.start(), quotes):
                subj = (m.start(1), m.end(1))
        if subj is None:
            continue
        before = text[sp.start:subj[0]]
        if re.match(r"^\W*\w[\w’'-]*(?:\s+[\w’'-]+){0,3}\s+and\s+$", before) and "," not in before:
            subj = (sp.start + len(before) - len(before.lstrip()), subj[1])  # "Federal and state officials"
            before = text[sp.start:subj[0]]
        tail = text[t.end:sp.end]
        quoted_before = bool(re.search(r"[”\"]\s*,?\s*$", before)) or before.lstrip().startswith(("“", '"'))
        lead_in = bool(re.search(r"[,”\"—–]\s*$", before)) and (len(before.split()) >= 3 or quoted_before) \
            and not _intro_ok(before)
        # final: "..., X said (on Tuesday / in a statement)."
        short_tail = re.match(r"[^,;:“\"]{0,80}[.!?]?[\"”’']*\s*$", tail)
        tail_words = _words(tail)
        if short_tail and tail_words and tail_words[0] not in lang.FINAL_TAIL_STARTERS and not (
                len(tail_words) <= 3 and t.low in ("told", "tells", "asked", "asks", "wrote", "writes")):
            short_tail = None  # "Mr. Obama said he planned to stay": a clause follows, not an adverbial
        if lead_in and short_tail:
            return _Frame(subj, (t.start, t.end), "direct" if quoted_before else "indirect",
                          [(sp.start, subj[0])], "final")
        # middle: "“A,” he said, “B.”"
        m = re.match(r"[^,.:“\"]{0,50}[,.:]\s*[“\"]", tail)
        if lead_in and m:
            return _Frame(subj, (t.start, t.end), "direct", [(sp.start, subj[0]), (t.end + m.end() - 1, sp.end)], "middle")
        # parenthetical: "All of which, he said, would help ..."
        m = re.match(r"[^,]{0,40},\s*", tail)
        if m and _words(tail[:m.end()]) and _words(tail[:m.end()])[0] not in lang.FINAL_TAIL_STARTERS:
            m = None
        if lead_in and m and len(tail[m.end():].split()) >= 2:
            return _Frame(subj, (t.start, t.end), "direct" if quoted_before else "indirect",
                          [(sp.start, subj[0]), (t.end + m.end(), sp.end)], "middle")
        if before.strip() and not re.search(r",\s*$", before) and not _intro_ok(before):
            continue  # the cue belongs to a clause that is not the sentence's main one
        if re.search(r"[”\"]\s*,?\s*$", before):
            continue
        content_start = t.end
        rest = text[content_start:sp.end]
        m = re.match(r"\s*(?:that\b|:|,)?\s*", rest)
        content_start += m.end() if m else 0
        if content_start >= sp.end - 1:
            # a bare "X said." or "X added:" opens a quotation in the next sentence
            return _Frame(subj, (t.start, t.end), _kind_of(t.text), [], "colon")
        kind = "direct" if text[content_start:content_start + 1] in "“\"" else _kind_of(t.text)
        pos = "colon" if re.match(r"\s*:", text[t.end:]) else "initial"
        return _Frame(subj, (t.start, t.end), kind, [(content_start, sp.end)], pos)
    # 3. colon quote: 'X: “...”'
    m = re.match(r"\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})\s*:\s*[“\"]", text[sp.start:sp.end])
    if m:
        return _Frame((sp.start + m.start(1), sp.start + m.end(1)), (sp.start + m.end(1), sp.start + m.end(1) + 1),
                      "direct", [(sp.start + m.end() - 1, sp.end)], "colon")
    # 4. "X's statement said / read / noted ..."
    m = re.match(r"\W*(?:(?:In|According to)\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,4})['’]s?\s+(\w+)", text[sp.start:sp.end])
    if m and m.group(2).lower() in lang.STATEMENT_NOUNS:
        src = (sp.start + m.start(1), sp.start + m.end(1))
        return _Frame(src, (sp.start + m.start(2), sp.start + m.end(2)), "indirect", [(sp.start + m.end(2), sp.end)], "initial")
    return None


_INITIAL_NAME = re.compile(r"\s*((?:[A-Z][a-z]{0,3}\.\s+)*[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){0,3})(?=,|\s\(|\s+--|\s*[—–])")
_INTRO = re.compile(r"^\s*(?:(?:But|And|So|Yet|Still|Meanwhile|Now|However|Instead|Also|Later|Earlier|Then|"
                    r"Separately|Previously|In (?:a|an|his|her|their|its) [\w\s-]{1,30}|On \w+|Last \w+|"
                    r"(?:In|At|During|After|Before) [\w\s'’.-]{1,40}),?\s*)+$")


def _intro_ok(before: str) -> bool:
    return bool(_INTRO.match(before))


# -- names and resolution ----------------------------------------------------------------------


@dataclass
class _Mention:
    pos: int
    name: str
    kind: str  # "person" | "org" | "group"
    para: int
    salient: bool  # a source or a sentence subject


_POSS_ORG = re.compile(r"\b[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*['’]s\s+(?:[a-z]+\s+){0,2}(?:" + "|".join(sorted(lang.ORG_HEADS)) + r")\b")
_NAME_RUN = re.compile(r"(?:[A-Z][\w'’.&-]*|of|the|for|and|de|van|von|al)(?:\s+(?:[A-Z][\w'’.&-]*|of|the|for|and|de|van|von|al))*")


def _classify(name: str) -> str | None:
    words = [w.strip(".,'’").lower() for w in name.split()]
    if not words:
        return None
    if any(w in lang.ORG_HEADS for w in words) or (len(words) == 1 and name.isupper() and len(name) >= 2):
        return "org"
    if words[0] in lang.PERSON_TITLES:
        return "person"
    if words[-1] in lang.PERSON_NOUNS:
        return "group" if words[-1].endswith("s") else "person"
    caps = [w for w in name.split() if w[:1].isupper()]
    if len(caps) == 1 and len(words) == 1:
        return "name"  # one word: a surname, a place or an organisation; the resolver decides
    if len(caps) >= 1 and all(w.strip(".,").lower() not in lang.NOT_NAMES for w in caps):
        return "person"
    return None


def _clean_name(s: str) -> str:
    """The name part of a source as written: 'Schiff, 56, who has served ...' -> 'Schiff'."""
    s = " ".join(s.split())
    m = re.match(r"(.+?)['’]s?\s+(?:[a-z-]+\s+){0,2}(\w+)$", s)
    if m and m.group(2).lower() in lang.STATEMENT_NOUNS:
        s = m.group(1)  # "Jane Doe's statement" -> "Jane Doe"
    head = s.split(",")[0].strip()
    head = re.sub(r"['’]s$", "", head)
    return head or s


class _Resolver:
    def __init__(self, text: str, paras: list[int], sentences: list[Span]):
        self.text = text
        self.paras = paras  # paragraph start offsets
        self.mentions: list[_Mention] = []
        self.by_last: dict[str, list[_Mention]] = {}  # persons by last word, for fuller forms
        self.persons: set[str] = set()  # last words of multi-word person names
        # capitalised words seen inside a sentence: a sentence's first word is a name only if
        # it is also capitalised where capitals are not forced ("Ultimately, ..." is not)
        self.mid_caps = set()
        for sp in sentences:
            for m in re.finditer(r"(?<=[\w,;] )([A-Z][\w'’.&-]*)", text[sp.start:sp.end]):
                self.mid_caps.add(m.group(1))

    def para_of(self, pos: int) -> int:
        return bisect.bisect_right(self.paras, pos) - 1

    def scan(self, sp: Span) -> None:
        """Record the names in a sentence (persons, organisations) as candidates for later."""
        seg = self.text[sp.start:sp.end]
        for m in _NAME_RUN.finditer(seg):
            raw = m.group(0).strip()
            raw = re.sub(r"^(?:(?:of|the|for|and|de|van|von|al)\s+)+|(?:\s+(?:of|the|for|and|de|van|von|al))+$", "", raw)
            raw = re.sub(r"['’]s$", "", raw)
            if not raw or not raw[:1].isupper():
                continue
            words = raw.split()
            while words and words[0].lower().rstrip(".") in lang.NOT_NAMES:
                words = words[1:]
            initial = not re.search(r"\w", seg[:m.start()])
            if initial and len(words) == 1 and words[0] not in self.mid_caps and words[0].lower().rstrip(".") not in lang.PERSON_TITLES:
                words = words[1:]
            words = [w for w in words if not re.search(r"['’](?:re|ve|ll|d|m)$", w)]
            if not words:
                continue
            raw = " ".join(words)
            kind = _classify(raw)
            if kind is None:
                continue
            pos = sp.start + m.start()
            salient = m.start() < 3 or seg[:m.start()].strip() in ("", "The", "the")
            self._add(_Mention(pos, raw, kind, self.para_of(pos), salient))

        for m in _POSS_ORG.finditer(seg):  # "the country's defence ministry", "Acme's board"
            self._add(_Mention(sp.start + m.start(), m.group(0), "org", self.para_of(sp.start + m.start()), True))

    def add_source(self, pos: int, name: str, kind: str) -> None:
        self._add(_Mention(pos, name, kind, self.para_of(pos), True))

    def _add(self, m: _Mention) -> None:
        self.mentions.append(m)
        if m.kind == "person" and m.name.split():
            self.by_last.setdefault(m.name.split()[-1], []).append(m)
            if len(m.name.split()) > 1:
                self.persons.add(m.name.split()[-1])

    def _recent(self, pos: int, para: int) -> list[_Mention]:
        """Mentions before pos within LOOKBACK_PARAGRAPHS (mentions are appended in text order,
        give or take one sentence, so the walk back stops soon after the window)."""
        lo = self.paras[max(0, para - LOOKBACK_PARAGRAPHS)]
        out = []
        for m in reversed(self.mentions):
            if m.pos < lo - 2000:
                break
            if m.pos < pos and para - m.para <= LOOKBACK_PARAGRAPHS:
                out.append(m)
        out.reverse()
        return out

    def resolve(self, source: str, pos: int) -> str:
        s = " ".join(source.split())
        low = s.lower()
        words = re.findall(r"[\w'’]+", low)
        para = self.para_of(pos)
        cands = self._recent(pos, para)
        want: tuple[str, ...] | None = None
        head = None
        if low in lang.PERSON_PRONOUNS:
            want = ("person",)
        elif low in lang.GROUP_PRONOUNS:
            want = ("group", "org")
        elif low in lang.THING_PRONOUNS:
            want = ("org",)
        elif words and words[0] in ("the", "this", "that") and not any(_cap(w) for w in s.split()[1:]) and len(words) <= 4:
            head = words[-1]
            if head in lang.ORG_HEADS:
                want = ("org",)
            elif head in lang.PERSON_NOUNS:
                want = ("person",) if not head.endswith("s") else ("group", "org")
        if want is None:
            name = _clean_name(s)
            return self._full(name, pos) if len(name.split()) == 1 else name
        persons = self.persons

        def kind_of(m: _Mention) -> str:
            if m.kind != "name":
                return m.kind
            return "person" if m.name in persons else "org"
        pool = [m for m in cands if kind_of(m) in want]
        if head:
            same = [m for m in pool if head in m.name.lower()]
            pool = same or pool
        if not pool:
            return _clean_name(s)
        salient = [m for m in pool if m.salient]
        best = max(salient or pool, key=lambda m: m.pos)
        return self._full(best.name, pos)

    def _full(self, name: str, pos: int) -> str:
        """The fullest earlier form of a name: 'Smith' -> 'Jane Smith' when that came before."""
        last = name.split()[-1]
        longer = [m.name for m in self.by_last.get(last, ()) if m.pos < pos and len(m.name) > len(name)]
        return longer[0] if longer and len(longer[0].split()) <= 4 else name


# -- the analysis ------------------------------------------------------------------------------


_LABEL = re.compile(r"[“\"]?\s*([A-Z][A-Z'’.-]{2,}(?:\s+[A-Z][A-Z'’.-]+){0,2}|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*(:)\s+\S")
_CREDIT = re.compile(r"[―—–]\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})(?:,[^.\n]{0,80})?\s*$")


def _paragraph_speakers(text: str, paras: list[int]) -> dict[int, tuple[tuple[int, int], tuple[int, int]]]:
    """Paragraphs spoken by one source as a whole: a transcript label ("SMITH: ...") or a
    closing credit ("“...” ― Jane Doe"). paragraph index -> (source span, cue span)."""
    out = {}
    bounds = paras + [len(text)]
    for i in range(len(paras)):
        a, b = bounds[i], bounds[i + 1]
        para = text[a:b].rstrip()
        m = _LABEL.match(para)
        label = m.group(1) if m else ""
        if m and label.split()[0].lower().rstrip(".") not in lang.NOT_NAMES and not any(
                w.lower() in lang.ORG_HEADS for w in label.split()) and (label.isupper() or (
                _classify(label) == "person" and len(label.split()) >= 2)):
            out[i] = ((a + m.start(1), a + m.end(1)), (a + m.start(2), a + m.end(2)))
            continue
        m = _CREDIT.search(para)
        if m and len(para[:m.start()].split()) >= 4 and _classify(m.group(1)) == "person":
            out[i] = ((a + m.start(1), a + m.end(1)), (a + m.start(), a + m.start() + 1))
    return out


def _paragraph_starts(text: str) -> list[int]:
    starts = [0]
    for m in re.finditer(r"\n\s*", text):
        starts.append(m.end())
    return starts


def _normalized(text: str) -> str:
    """Same length, easier marks: '' typed for a double quote becomes a '"' beside a space."""
    return re.sub(r"''(?=\S)|(?<=\S)''", lambda m: ' "' if m.end() < len(text) and not text[m.end()].isspace()
                  and (m.start() == 0 or text[m.start() - 1].isspace() or text[m.start() - 1] in "([—–-") else '" ', text)


def analyze(text: str) -> Attributions:
    """Every attribution relation of an article (see the module docstring)."""
    original = text
    text = _normalized(text)
    sents = split_sentences(text)
    quotes = _quote_spans(text)
    paras = _paragraph_starts(text)
    res = _Resolver(text, paras, sents)
    out: list[Relation] = []
    # quotation groups -> the relation that owns them
    group_owner: dict[int, Relation] = {}
    group_of_pos = {}
    for s, e, g in quotes:
        group_of_pos.setdefault(g, []).append((s, e))

    def groups_in(a: int, b: int) -> list[int]:
        return sorted({g for s, e, g in _overlapping(quotes, q_ends, q_starts, a, b)})

    def quote_words(g: int) -> int:
        return sum(len(text[s:e].split()) for s, e in group_of_pos[g])

    para_speaker = _paragraph_speakers(text, paras)
    mid_caps = frozenset(res.mid_caps)
    q_starts, q_ends = [q[0] for q in quotes], [q[1] for q in quotes]

    def near(sp: Span) -> list[tuple[int, int, int]]:
        return _overlapping(quotes, q_ends, q_starts, sp.start, sp.end)

    frames: list[tuple[Span, _Frame | None]] = [(sp, _sentence_frame(text, sp, near(sp), mid_caps)) for sp in sents]
    last_rel: Relation | None = None
    last_rel_para = -10
    pending_colon: Relation | None = None
    pending_para = -1
    for idx, (sp, fr) in enumerate(frames):
        para = res.para_of(sp.start)
        if fr is not None:
            src_text = text[fr.source_span[0]:fr.source_span[1]]
            res.scan(Span(sp.start, fr.source_span[0]))  # "X is resigning, he announced": X is a candidate
            name = res.resolve(src_text, fr.source_span[0])
            cue = text[fr.cue_span[0]:fr.cue_span[1]]
            kind = fr.kind
            content = fr.content or [(sp.start, sp.end)]
            in_sentence = all(sp.start <= a and b <= sp.end for a, b in (*content, fr.source_span, fr.cue_span))
            rel = Relation(tuple(content), src_text, name, cue, kind, fr.source_span, fr.cue_span,
                           (sp.start, sp.end) if in_sentence else None)
            # quotation groups touched by this sentence belong to this speaker
            for g in groups_in(sp.start, sp.end):
                if g not in group_owner:
                    group_owner[g] = rel
            out.append(rel)
            ck = _classify(name) or ("person" if src_text.lower() in lang.PERSON_PRONOUNS else "group")
            res.scan(Span(fr.source_span[1], sp.end))
            res.add_source(fr.source_span[0], name, ck)
            last_rel, last_rel_para = rel, para
            pending_colon = rel if fr.position == "colon" else None
            pending_para = para
            continue
        res.scan(sp)
        ps = para_speaker.get(para)
        if ps is not None:
            src_span, cue_span = ps
            src_text = text[src_span[0]:src_span[1]]
            if not (src_span[0] <= sp.start and sp.end <= src_span[1] + 2):
                out.append(Relation(((sp.start, sp.end),), src_text, res.resolve(src_text, src_span[0]),
                                    text[cue_span[0]:cue_span[1]], "direct", src_span, cue_span))
            continue
        gs = groups_in(sp.start, sp.end)
        seg = text[sp.start:sp.end].strip()
        quoted_share = sum(min(e, sp.end) - max(s, sp.start) for s, e, g in near(sp))
        inside = quoted_share * 2 >= (sp.end - sp.start)
        owner = None
        for g in gs:
            if g in group_owner:
                owner = group_owner[g]
                break
        if owner is None and pending_colon is not None and (inside or seg[:1] in "“\"" or para == pending_para):
            owner = pending_colon
        if owner is None and inside and gs:
            # a quotation with no frame yet: its closer may come later (look ahead in its group),
            # else it continues the last speaker of this or the previous paragraph
            g = gs[0]
            g_end = max(e for s, e in group_of_pos[g])
            for sp2, fr2 in frames[idx + 1:]:
                if sp2.start > g_end + 200:
                    break
                if fr2 is not None and groups_in(sp2.start, sp2.end) and g in groups_in(sp2.start, sp2.end):
                    src_text = text[fr2.source_span[0]:fr2.source_span[1]]
                    owner = Relation(((sp.start, sp.end),), src_text, res.resolve(src_text, fr2.source_span[0]),
                                     text[fr2.cue_span[0]:fr2.cue_span[1]], "direct", fr2.source_span, fr2.cue_span)
                    break
            if owner is None and last_rel is not None and para - last_rel_para <= 1 and quote_words(g) >= MIN_QUOTE_WORDS:
                owner = last_rel
            if owner is not None:
                group_owner[g] = owner
        if owner is not None and (inside or pending_colon is owner):
            if pending_colon is owner and para != pending_para:
                pending_para = para
            out.append(Relation(((sp.start, sp.end),), owner.source, owner.name, owner.cue, "direct",
                                owner.source_span, owner.cue_span))
            continue
        pending_colon = None
        low = " ".join(text[sp.start:sp.end].lower().replace("’", "'").split())
        if _unconfirmed(low):  # "Fires have been reported ...", "They have reportedly seized ..."
            who = "unconfirmed reports" if "unconfirmed reports" in low else lang.UNNAMED_SOURCES
            out.append(Relation(((sp.start, sp.end),), who, who, "", "indirect"))
    if text != original:  # sources as written in the article, not in the working copy
        out = [dataclasses.replace(r, source=original[r.source_span[0]:r.source_span[1]]) if r.source_span else r
               for r in out]
    return Attributions(text=original, relations=out)


# -- certainty ---------------------------------------------------------------------------------

_CLAUSE_CUT = re.compile(r",\s*(?=(?:which|who|whom|whose|although|though|because|since|while|whereas|unless|"
                         r"when|after|before|until|once|as)\b)|;|\s[—–]\s|\((?=[^)]*\))", re.I)


def _main_clause(text: str, start: int, end: int, rel: Relation | None) -> str:
    """The words of [start, end) that can govern its event: the reporting frame removed (its
    own words are the source's act, not the claim's), subordinate and parenthetical clauses cut."""
    spans = [(max(start, s), min(end, e)) for s, e in rel.content] if rel else [(start, end)]
    spans = [(s, e) for s, e in spans if e > s] or [(start, end)]
    seg = " ".join(text[s:e] for s, e in spans)
    seg = re.sub(r"\([^)]*\)", " ", seg)
    # ", which ... ," / ", who ... ," inside the sentence: cut to the next comma
    seg = re.sub(r",\s*(?:which|who|whom|whose)\b[^,]*,", ",", seg, flags=re.I)
    # a leading subordinate clause: "Although X may ..., Y did" -> "Y did"
    seg = re.sub(r"^\W*(?:although|though|because|since|while|whereas|unless|if|when|after|before|as|once)\b[^,]*,", "",
                 seg, flags=re.I)
    parts = _CLAUSE_CUT.split(seg)
    return parts[0] if parts else seg


def _words(s: str) -> list[str]:
    """Lower-cased words; a capitalised 'May' inside a clause is the month, kept apart from the modal."""
    out = []
    for i, m in enumerate(re.finditer(r"[\w'’]+|n[’']t", s)):
        w = m.group(0)
        out.append("May" if w == "May" and i > 0 else w.lower().replace("’", "'"))
    return out


def _has_seq(words: list[str], phrase: str) -> bool:
    p = phrase.split()
    return any(words[i:i + len(p)] == p for i in range(len(words) - len(p) + 1))


def certainty_for(text: str, start: int, end: int, attributions: Attributions | None = None,
                  kind: str | None = None) -> str:
    """The `Certainty` of text[start:end] (README "Certainty"; evals/GUIDELINES.md §6, §14),
    first match wins:

    - `denied`: its source denies it (the relation's cue is a denial verb).
    - `unconfirmed`: it is marked unconfirmed/unverified/reportedly, or reported in the passive
      with no source.
    - `speculative` (hedged): its main clause is hedged (may, might, could, likely, probably),
      even when negated ("not likely to alter" is a hedged forecast, not a negation).
    - `negated`: its main clause says the event did not / will not happen.
    - `speculative`: its main clause is in the future or an intention (will, would, plans to,
      expected to, if ...).
    - `claimed`: its source claims, alleges, asserts or accuses.
    - `reported`: attributed to a source, asserted plainly.
    - `stated`: the outlet's own voice, asserted plainly.

    With `kind="statement"` (an opinion, warning, call or accusation) a modal or negation is
    part of the position held, so the claim keeps its frame's certainty (`reported`/`claimed`).
    """
    rel = attributions.relation_for(start, end) if attributions is not None else None
    span = text[start:end]
    low = " ".join(span.lower().replace("’", "'").split())
    cue = (rel.cue.lower().split() or [""])[0] if rel else ""
    if rel is not None and cue in lang.DENIAL_VERBS:
        return "denied"
    if _unconfirmed(low):
        return "unconfirmed"
    clause = _main_clause(text, start, end, rel)
    w = _words(clause)
    position = kind == "statement" or (QUOTES_ARE_POSITIONS and rel is not None and rel.kind == "direct")
    if not position:
        if any(x in lang.EPISTEMIC_HEDGES for x in w) and _speculative(w):
            return "speculative"
        if _negated(w):
            return "negated"
        if _speculative(w):
            return "speculative"
    if rel is not None and cue in lang.CLAIM_VERBS:
        return "claimed"
    if rel is None:
        # an unattributed denial in the outlet's voice: "The company denied the report."
        if any(x in lang.DENIAL_VERBS for x in w[:8]):
            return "denied"
        return "stated"
    return "reported"


def _unconfirmed(low: str) -> bool:
    if any(m in low for m in lang.UNCONFIRMED_MARKERS):
        return True
    for m in lang.PASSIVE_REPORTS:
        i = low.find(m)
        if i >= 0 and not re.match(r"\s+by\b", low[i + len(m):]):
            return True
    return False


def _negated(w: list[str]) -> bool:
    for i, x in enumerate(w):
        if x == "nor" and i == 0:
            return True  # "Nor do analysts expect ..."
        if x in ("not", "n't", "never") or x.endswith("n't"):
            nxt = w[i + 1] if i + 1 < len(w) else ""
            if nxt in ("only", "just", "least", "yet") and x == "not":
                continue  # "not only ..." is not a negation of the event
            return True
        if x in ("no", "nobody", "nothing", "neither", "none") and i + 1 < len(w) and w[i + 1] not in ("longer", "doubt", "one"):
            # "no evidence was found" negates; "there is no doubt" does not
            return True
        if x in lang.NEGATIVE_VERBS and i + 1 < len(w) and w[i + 1] == "to":
            return True
    return False


def _speculative(w: list[str]) -> bool:
    for i, x in enumerate(w):
        if x in lang.MODALS and x not in lang.NON_EPISTEMIC_MODALS:
            return True
        if x.endswith("'ll"):
            return True  # "I'll", "we'll"
        if x in lang.HEDGE_WORDS:
            return True
        if x in lang.FUTURE_VERBS and i + 1 < len(w) and w[i + 1] == "to":
            return True
        if x in ("if", "whether") and i > 0:
            return True
    return False
