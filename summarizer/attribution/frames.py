"""A sentence's reporting frame: who (subject), the cue verb, and which part is the content.

Rules over tokens: "X said (that) ...", "..., X said.", "..., said X.", "“A,” X said, “B.”",
"according to X", "X: “...”", "X's statement ...", transcript labels and closing credits. The
first frame of the sentence is its main reporting clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lang
from ..chunk import Span
from .cues import extra_frame
from .names import classify
from .text import DASHES, QUOTE_MARKS, Tok, cap, outside, tokens, words

# -- frames ------------------------------------------------------------------------------------


@dataclass
class Frame:
    source_span: tuple[int, int]
    cue_span: tuple[int, int]
    kind: str
    content: list[tuple[int, int]]
    position: str  # "initial" | "final" | "middle" | "according" | "colon"


_TIME_WORDS = lang.TIME_WORDS
_PREPOSITIONS = lang.PREPOSITIONS
_PARTICIPLES = lang.PASSIVE_PARTICIPLES
_AUX = lang.AUXILIARY_VERBS


def is_cue(toks: list[Tok], i: int) -> bool:
    w = toks[i].low
    if w not in lang.CUE_VERBS or not toks[i].text[:1].islower():
        return False
    prev = toks[i - 1].low if i else ""
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if prev == "to" or prev in lang.NOUN_DETERMINERS or \
            re.search(r"['’]s?$", prev):
        return False  # an infinitive or a noun ("to tell", "the report")
    if prev in lang.MODALS and prev != "will":
        return False  # "the government could deny them permits": hypothetical, not a report
    if w.endswith("ing") and prev not in _AUX:
        return False  # a participle clause ("..., warning that ...") is not the main clause
    if w.endswith("s") and nxt in _AUX:
        return False  # a noun: "worries have dogged ..."
    if i >= 2 and toks[i - 2].low in ("the", "a", "an", "his", "her", "its", "their", "our") and \
            toks[i - 1].text[:1].isupper():
        return False  # a noun after a determiner and a proper adjective: "denounced the Western support"
    if w.endswith("s") and nxt in lang.SPEECH_VERBS and nxt.endswith(("ed", "id", "ld")):
        return False  # a noun before the real cue: "Unconfirmed reports said ..."
    if prev in ("was", "were", "been", "being", "be", "is", "are") and (w.endswith("ed") or w in _PARTICIPLES):
        return False  # passive: "was told by ...", "has never been charged", "is expected to"
    if (w in lang.NOUN_CUES or w in lang.STATEMENT_NOUNS) and i and toks[i - 1].text.islower() and prev not in lang.PRONOUNS \
            and prev not in lang.PERSON_NOUNS and prev not in lang.ORG_HEADS and prev not in lang.CUE_MODIFIERS \
            and not (prev.endswith("s") and not prev.endswith("ss")):  # "farmers fear": a plural subject
        return False  # "dubious medical claims"
    if (w in lang.STATEMENT_NOUNS or w in lang.NOUN_CUES) and \
            nxt in lang.NOUN_CUE_FOLLOWERS and \
            not (i and (toks[i - 1].text[:1].isupper() or toks[i - 1].low in lang.PRONOUNS
                        or toks[i - 1].low in lang.CUE_MODIFIERS)):
        return False  # a plural noun: "dubious medical claims on-air", "its plans for"
    if w in lang.WEAK_CUES and w in lang.SPEECH_VERBS and i and any(
            x.text[:1].isupper() or x.low in lang.PRONOUNS or x.low in lang.PERSON_NOUNS or x.low in lang.ORG_HEADS
            for x in toks[max(0, i - 4):i]) and toks[i - 1].text not in ",;:":
        return True  # "They noted his attorney ...", "the court noted", "Residents in the area reported"
    if w in lang.WEAK_CUES:
        nxt = toks[i + 1].low if i + 1 < len(toks) else ""
        nxt2 = toks[i + 2].low if i + 2 < len(toks) else ""
        ok = nxt in lang.WEAK_CUE_FOLLOWERS \
            or nxt2 in ("that", "“", '"')
        quote_follows = any(x.text in ("“", '"') for x in toks[i + 1:i + 8])
        if w in ("call", "calls", "called") and nxt not in ("for", "on", "it", "that", "“", '"') and not quote_follows:
            ok = False
        if w in lang.NARROW_CUES:
            ok = nxt in lang.NARROW_CUES[w]
        if w in lang.BARE_CUES and nxt in (",", ".", ":", "“", '"', "that"):
            ok = True
        return ok
    return True


def _subject_left(text: str, toks: list[Tok], i: int, lo: int, mid_caps: frozenset = frozenset()) -> tuple[int, int] | None:
    """The subject noun phrase ending right before cue token i (skipping 'also', 'has', ...),
    read leftwards to a clause boundary; None when what is there is not a plausible subject."""
    j = i - 1
    while j >= lo and (toks[j].low in lang.CUE_MODIFIERS or (toks[j].low.endswith("ly") and toks[j].text.islower())):
        j -= 1
    if j < lo:
        return None
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
        if t.text in QUOTE_MARKS or t.text in DASHES or t.text in ";:()[]" or t.low in lang.CLAUSE_WORDS:
            break
        if t.text == ",":
            # an appositive: "Smith, 56, a lawyer, said" -> keep reading left over it
            left = text[max(0, toks[lo].start if lo < len(toks) else 0):t.start]
            right = toks[k + 1] if k + 1 <= j else None
            descriptive = right is not None and not cap(right.text) and right.low not in lang.PRONOUNS
            name_left = k - 1 >= lo and (toks[k - 1].text in mid_caps or k - 1 > lo) and cap(toks[k - 1].text)
            if descriptive and name_left and words and toks[i - 1].text == "," and re.search(r"[A-Z][\w'’.-]*\s*$", left) and words <= 8 and toks[k - 1].low not in lang.CLAUSE_WORDS:
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
    while phrase and phrase[0].low in lang.LEADING_ADVERBIALS:
        phrase = phrase[1:]
    commas = [x for x, t in enumerate(phrase) if t.text == ","]
    if commas and phrase[0].low in lang.INTRODUCTORY_WORDS:
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
    if phrase and phrase[-1].text.islower() and phrase[-1].low.endswith("ing") and phrase[-1].low not in lang.PERSON_NOUNS:
        return None  # "..., requiring state and local police to ...": a verb's object, not a subject
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
    ok = (first in lang.PRONOUNS and len(phrase) == 1) or any(cap(t.text) for t in phrase) \
        or last in lang.PERSON_NOUNS or last in lang.ORG_HEADS or first in ("the", "a", "an", "many", "some", "most", "several") \
        or (strong_verb and len(phrase) <= 4 and last.endswith("s")) \
        or (strong_verb and len(phrase) <= 4 and any(t.text[:1].isdigit() for t in phrase))
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


def _subject_right(toks: list[Tok], i: int, hi: int) -> tuple[int, int] | None:
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
    described = words[0] in lang.DESCRIPTION_DETERMINERS and \
        (words[-1] in lang.PERSON_NOUNS or words[-1] in lang.ORG_HEADS or words[-1] in lang.STATEMENT_NOUNS
         or any(t.text[:1].isupper() for t in phrase[1:]))
    if not (named or described):
        return None
    if not phrase or not (any(cap(t.text) for t in phrase)
                          or phrase[-1].low in lang.PERSON_NOUNS | lang.ORG_HEADS | lang.STATEMENT_NOUNS):
        return None
    return phrase[0].start, phrase[-1].end


def _kind_of(cue: str) -> str:
    w = cue.split()[0].lower()
    return "belief" if w in lang.ATTITUDE_VERBS and w not in lang.SPEECH_VERBS else "indirect"


def sentence_frame(text: str, sp: Span, quotes: list[tuple[int, int, int]], mid_caps: frozenset = frozenset()) -> Frame | None:
    toks = tokens(text, sp.start, sp.end)
    if not toks:
        return None
    n = len(toks)
    # 1. "according to X"
    for i in range(n - 1):
        if toks[i].low == "according" and toks[i + 1].low == "to" and outside(toks[i].start, quotes):
            k = i + 2
            while k < n and toks[k].text not in ",.;:!?()—–" and toks[k].low not in ("that", "which", "who"):
                k += 1
            if k > i + 2:
                src = (toks[i + 2].start, toks[k - 1].end)
                before = (sp.start, toks[i].start)
                after = (toks[k].start if k < n else sp.end, sp.end)
                content = [s for s in (before, after) if len(text[s[0]:s[1]].split()) >= 2]
                if content:
                    return Frame(src, (toks[i].start, toks[i + 1].end), "according_to", content, "according")
    # 2. cue verbs outside quotations, in order; the first with a subject is the main frame
    #    (initial: content follows; final/middle: content precedes, after a comma or quote)
    for i in range(n):
        t = toks[i]
        if not outside(t.start, quotes) or t.low not in lang.CUE_VERBS:
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
                return Frame(subj, (t.start, t.end), "direct" if prev in "”\"" or text[toks[i - 1].start - 1:toks[i - 1].start] in "”\"" else "indirect",
                              content, "final")
        if t.low.endswith("ing") and t.low in lang.SPEECH_VERBS and i + 1 < n:
            # "He defended the remark, saying, “...”": the quotation is the sentence subject's
            k = i + 1 + (toks[i + 1].text in ",:")
            if k < n and (toks[k].text in ("“", '"') or (toks[k].low == "that" and prev == ",")):
                # "..., arguing that ...": the same, for indirect speech after a comma
                first = toks[0] if toks[0].text not in ("“", '"') else None
                m = _INITIAL_NAME.match(text, sp.start, t.start)
                if first is not None and first.low in lang.PERSON_PRONOUNS | lang.GROUP_PRONOUNS:
                    subj2 = (first.start, first.end)
                elif m:
                    subj2 = (m.start(1), m.end(1))
                else:
                    subj2 = None
                if subj2 and toks[k].low == "that":
                    return Frame(subj2, (t.start, t.end), "indirect", [(toks[k].end, sp.end)], "initial")
                if subj2:
                    return Frame(subj2, (t.start, t.end), "direct", [(toks[k].start, sp.end)], "colon")
        if not is_cue(toks, i) and not (prev in (",", "”", '"') and t.low in lang.SPEECH_VERBS):
            continue
        subj = _subject_left(text, toks, i, 0, mid_caps)
        if (subj is None or text[subj[0]:subj[1]].split()[0].lower() in lang.CLAUSE_WORDS) and \
                prev in (",", "-", "--", "—", "–", ")"):
            # "Jane Doe, 59, of Springfield, who ..., said": the sentence's leading name
            m = _INITIAL_NAME.search(text, sp.start, min(t.start, sp.start + 80))
            if m and outside(m.start(), quotes):
                subj = (m.start(1), m.end(1))
            elif prev == ",":
                # '“...,” Jane Doe (D-Ohio), a panel member, said ...': the name after the quotation
                q = max((e for s_, e, _ in quotes if e <= t.start and s_ >= sp.start), default=None)
                m = _NAME_AFTER_QUOTE.match(text, q, t.start) if q is not None else None
                if m and len(text[q:t.start].split()) <= 16:
                    subj = (m.start(1), m.end(1))
        if subj is None:
            continue
        before = text[sp.start:subj[0]]
        if re.match(r"^\W*\w[\w’'-]*(?:\s+[\w’'-]+){0,3}\s+and\s+$", before) and "," not in before:
            subj = (sp.start + len(before) - len(before.lstrip()), subj[1])  # "Federal and state officials"
            before = text[sp.start:subj[0]]
        tail = text[t.end:sp.end]
        before_i = _TITLE_QUOTE.sub("X", before)  # an intro may hold a quoted title
        quoted_before = bool(re.search(r"[”\"]\s*,?\s*$", before)) or before.lstrip().startswith(("“", '"'))
        lead_in = bool(re.search(r"[,”\"—–]\s*$", before)) and (len(before.split()) >= 3 or quoted_before) \
            and not _intro_ok(before_i)
        # final: "..., X said (on Tuesday / in a statement)."
        short_tail = re.match(r"[^,;:“\"]{0,80}[.!?]?[\"”’']*\s*$", tail)
        tail_words = words(tail)
        if short_tail and tail_words and tail_words[0] not in lang.FINAL_TAIL_STARTERS and not (
                len(tail_words) <= 3 and t.low in ("told", "tells", "asked", "asks", "wrote", "writes")):
            short_tail = None  # "Mr. Obama said he planned to stay": a clause follows, not an adverbial
        if lead_in and short_tail:
            return Frame(subj, (t.start, t.end), "direct" if quoted_before else "indirect",
                          [(sp.start, subj[0])], "final")
        # middle: "“A,” he said, “B.”"
        m = re.match(r"[^,.:“\"]{0,50}[,.:]\s*[“\"]", tail)
        if lead_in and m:
            return Frame(subj, (t.start, t.end), "direct", [(sp.start, subj[0]), (t.end + m.end() - 1, sp.end)], "middle")
        # parenthetical: "All of which, he said, would help ..."
        m = re.match(r"[^,]{0,40},\s*", tail)
        if m and words(tail[:m.end()]) and words(tail[:m.end()])[0] not in lang.FINAL_TAIL_STARTERS:
            m = None
        if lead_in and m and len(tail[m.end():].split()) >= 2:
            return Frame(subj, (t.start, t.end), "direct" if quoted_before else "indirect",
                          [(sp.start, subj[0]), (t.end + m.end(), sp.end)], "middle")
        if before.strip() and not re.search(r",\s*$", before_i) and not _intro_ok(before_i):
            continue  # the cue belongs to a clause that is not the sentence's main one
        if re.search(r"[”\"]\s*,?\s*$", before) and not _intro_ok(before_i):
            continue
        content_start = t.end
        rest = text[content_start:sp.end]
        m = re.match(r"\s*(?::|,)?\s*", rest)  # "that" is part of the content (PolNeAR's spans)
        content_start += m.end() if m else 0
        if content_start >= sp.end - 1:
            # a bare "X said." or "X added:" opens a quotation in the next sentence
            return Frame(subj, (t.start, t.end), _kind_of(t.text), [], "colon")
        kind = "direct" if text[content_start:content_start + 1] in "“\"" else _kind_of(t.text)
        pos = "colon" if re.match(r"\s*:", text[t.end:]) else "initial"
        content = [(content_start, sp.end)]
        if re.match(r"\W*(?:" + "|".join(sorted(lang.SUBORDINATORS)) + r")\b", before, re.I) and re.search(r",\s*$", before):
            content.insert(0, (sp.start, subj[0]))
        return Frame(subj, (t.start, t.end), kind, content, pos)
    # 3. colon quote: 'X: “...”'
    m = re.match(r"\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})\s*:\s*[“\"]", text[sp.start:sp.end])
    if m:
        return Frame((sp.start + m.start(1), sp.start + m.end(1)), (sp.start + m.end(1), sp.start + m.end(1) + 1),
                      "direct", [(sp.start + m.end() - 1, sp.end)], "colon")
    # 4. "X's statement said / read / noted ..."
    m = re.match(r"\W*(?:(?:In|According to)\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,4})['’]s?\s+(\w+)", text[sp.start:sp.end])
    if m and m.group(2).lower() in lang.STATEMENT_NOUNS:
        src = (sp.start + m.start(1), sp.start + m.end(1))
        return Frame(src, (sp.start + m.start(2), sp.start + m.end(2)), "indirect", [(sp.start + m.end(2), sp.end)], "initial")
    # 5. headlines, coordinated cues, bare saying participles, evaluations (cues.py)
    return extra_frame(text, sp, quotes, Frame)


_NAME_AFTER_QUOTE = re.compile(r"\s*,?\s*((?:[A-Z][a-z]{0,3}\.\s+)*[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){0,3})"
                               r"\s*(?:\([^)]{1,12}\))?\s*,")
_INITIAL_NAME = re.compile(r"\s*((?:[A-Z][a-z]{0,3}\.\s+)*[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){0,3})(?=,|\s\(|\s+--|\s*[—–])")
_INTRO = re.compile(r"^\s*(?:(?:" + lang.INTRO_PHRASES_RE + r"),?\s*)+$")


#: A short quoted title inside an intro ('on CBS's "Face the Nation,"'): up to six words.
_TITLE_QUOTE = re.compile(r"[“\"](?:[^“”\"\s]+\s+){0,5}[^“”\"\s]+[”\"]")


def _intro_ok(before: str) -> bool:
    return bool(_INTRO.match(before))


_LABEL = re.compile(r"[“\"]?\s*([A-Z][A-Z'’.-]{2,}(?:\s+[A-Z][A-Z'’.-]+){0,2}|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*(:)\s+\S")
_CREDIT = re.compile(r"[―—–]\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})(?:,[^.\n]{0,80})?\s*\.?\s*$")


def paragraph_speakers(text: str, paras: list[int]) -> dict[int, tuple[tuple[int, int], tuple[int, int]]]:
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
                classify(label) == "person" and len(label.split()) >= 2)):
            out[i] = ((a + m.start(1), a + m.end(1)), (a + m.start(2), a + m.end(2)))
            continue
        m = _CREDIT.search(para)
        if m and len(para[:m.start()].split()) >= 4 and classify(m.group(1)) == "person":
            end = m.end(1) - (m.group(1).endswith(".") and not re.search(r"\b[A-Z]\.$", m.group(1)))
            out[i] = ((a + m.start(1), a + end), (a + m.start(), a + m.start() + 1))
    return out
