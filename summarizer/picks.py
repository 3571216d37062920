"""The bundled model's claims: code makes them; the model may rewrite the parts that do not
stand alone (off by default).

Measured (evals/RESULTS.md "Issue 16", BENCHMARKS.md): on the bundled backend the code already
decided kind, source, certainty, when and where from the evidence, and the 135M model's one
claim per sentence found fewer gold claims than code taking every clause of a compound sentence
as its own claim. So the code splits each statement sentence into its parts (the sentence, or
its clauses when it has two or more that can stand alone: `claim_parts`), and a part becomes a
claim as it stands (`as_sentence`: a dropped "and", a capital, a full stop).

With `Settings.rewrite_parts`, the model is asked where code cannot write the claim: a part
that opens with a pronoun or a subordinating word ("..., adding that he ...", "which ...") gets
one call (prompts/rewrite.v1.md, constant system prompt: llama-cpp-python reuses its KV cache)
whose answer is `{"text": ...}`; when that text fails grounding, the part's own text stands in
(`Part.fallback`). Off by default: the model mostly kept the pronoun or copied the sentence,
and the scores were the same without it.

Every quote is an exact span of the article (`Candidate`), so evidence is found byte for byte,
including quotes holding '"' (direct speech), which the old string-enum grammar had to leave out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lang, thresholds
from .chunk import Span, quote_glued_end
from .attribution.contrast import and_frame_breaks, contesting_tail
from .attribution.frame_shapes import quote_tag_only
from .attribution.scope_cuts import caption_label_end
from .attribution.labels import answer_label_end, turn_label_end
from .drafts import MAX_TEXT_CHARS, Part, Rewrite, as_sentence, descriptions, draft, needs_model, quoted_sentence, speech_split  # noqa: F401 (the pipeline reads them here)
from .extract import CLAUSE_BREAK
from .part_shapes import short_count, inner_question_tag, serial_subject, short_clause_before_report, correlative_rest, unstopped_paragraph, in_list, inner_quotation, inside_quotation, is_frame, no_subject, opens_phrase, phrase_then_frame, relative_goes_on, verbless_lead
from .standalone import aside_in_clause, cannot_stand, dash_aside_in_clause, two_nouns_one_predicate, verbless_subject, words_of, demonstrative_subject, open_that, elliptical_end, topic_caption, relative_cue_before

#: "That is not true.", "Officially, this wasn't correct." (lang.POINTER_FALSITY_RE, a sentence adverb first); "The trust denies this."
_POINTER_FALSE = re.compile(r"(?:[A-Z][a-z]+ly,\s+)?(?:" + lang.POINTER_FALSITY_RE + r"|" + lang.POINTER_DENIAL_RE + r")[.!]?$", re.I)
_COURTESY = re.compile(lang.COURTESY_RE, re.I)  # a sign-off or courtesy ("I want to thank ...", "God bless ...")
#: a clause shorter than this does not stand alone as a candidate quote (as extract.quote_choices)
MIN_CLAUSE_CHARS = 25


@dataclass(frozen=True)
class Candidate:
    """A candidate quote: text[start:end] of the article."""

    start: int
    end: int

    def quote(self, text: str) -> str:
        return text[self.start:self.end]


def candidates(text: str, sentences: tuple[Span, ...], min_chars: int = MIN_CLAUSE_CHARS) -> tuple[Candidate, ...]:
    """Each sentence, then its clauses long enough to stand alone, as spans of `text` (no duplicates)."""
    out: list[Candidate] = []
    for sp in sentences:
        out.append(Candidate(sp.start, sp.end))
        sent = text[sp.start:sp.end]
        pos, parts = 0, []
        for piece in [x for p in CLAUSE_BREAK.split(sent) for x in _at_frames(p)]:
            at = sent.index(piece, pos)
            pos = at + len(piece)
            stripped = piece.strip()
            if stripped:
                lead = len(piece) - len(piece.lstrip())
                c = Candidate(sp.start + at + lead, sp.start + at + lead + len(stripped))
                if parts and (list_end(parts[-1].quote(text), stripped)  # "in A, B, and C regions"
                              or _in_title(sent, parts[-1].end - sp.start)  # '"The Avengers: Age of Ultron"'
                              or parts[-1].quote(text).count("(") > parts[-1].quote(text).count(")")):  # "(NSE: ORVF)" (lead35)
                    c = Candidate(parts[-1].start, c.end)
                    parts.pop()
                parts.append(c)
        if len(parts) > 1:
            out += [c for k, c in enumerate(parts) if c.end - c.start >= min_chars
                    or k == 0 and len(parts) == 2 and short_clause_before_report(c.quote(text), parts[1].quote(text))]
    seen, unique = set(), []
    for c in out:
        q = c.quote(text)
        if q not in seen:
            seen.add(q)
            unique.append(c)
    return tuple(unique)


def _at_frames(piece: str) -> list[str]:
    """The piece cut before each " and" that opens a second named frame with no comma ("A said B and
    C said D": attribution.contrast.and_frame_breaks); the "and" goes with the second part, as after ", and"."""
    out, at = [], 0
    for a, _ in and_frame_breaks(piece):
        out.append(piece[at:a])
        at = a
    return out + [piece[at:]]


def _in_title(sent: str, at: int) -> bool:
    """A break at `at` falls inside a short quotation (a title: '"The Avengers: Age of Ultron,"'):
    a quotation mark opens in the few words before it and closes in the few words after."""
    before, after = sent[:at], sent[at:]
    opened = re.search(r"[“\"]([^“”\"]{1,60})$", before)
    if opened is None or (opened.group(0)[0] == '"' and before.count('"') % 2 == 0):
        return False
    return len(opened.group(1).split()) <= 6 and re.match(r"[^“”\"]{1,60}?[”\"]", after) is not None \
        and len(re.match(r"[^“”\"]{1,60}?[”\"]", after).group(0).split()) <= 6


#: The last item of a list before ", and": a comma, then one to five words ("in A, B, and C",
#: "using A, the B Large Array, and C").
_LIST_ITEM = re.compile(r",\s+[\w'’./-]+(?:\s+[\w'’./-]+){0,4}$")


def list_end(before: str, after: str) -> bool:
    """`after` ("and C regions, amid ...") ends the list `before` holds ("... in A, B"), not a
    clause of its own: `before` ends with a short comma item, and `after` opens with "and"
    and, up to its next comma, has no verb of a clause (an auxiliary, a past form, a pronoun
    subject)."""
    m = _LIST_ITEM.search(before)
    words = re.split(r"[,;:]", after, maxsplit=1)[0].split()
    if not m or len(words) < 2 or words[0].lower() != "and":
        return False
    item = m.group(0).lower().split()[1:]
    if any(w in lang.AUXILIARY_VERBS or w in lang.PERSONAL_PRONOUNS for w in item) \
            or len(item) > 3 and any(_verb_like(w, "") for w in item):
        return False
    rest = [w.lower().strip("\"'“”‘’()") for w in words[1:]]
    # the item ends at the next coordinator: "A, B, and C and we continue to ..." ends the list at C
    ends = [i for i, w in enumerate(rest) if w in lang.COORDINATORS]
    rest = rest[:ends[0]] if ends else rest
    return serial_subject(before, rest, _verb_like) or not any(w in lang.AUXILIARY_VERBS or w in lang.PERSONAL_PRONOUNS or _verb_like(w, prev)
                   for prev, w in zip([""] + rest, rest))


def _verb_like(word: str, prev: str) -> bool:
    """An irregular verb, or a past form not right after a determiner ("an organized group" is an
    adjective). Not lang.is_past_form: IRREGULAR_VERBS holds present forms too ("remains", "faces")."""
    return word in lang.IRREGULAR_VERBS or (word.endswith("ed") and len(word) > 4 and prev not in lang.DETERMINERS)


_TERMINAL = re.compile(r"[.!…]" + lang.SENTENCE_CLOSERS_RE + r"$")
#: A wire dateline opening the first sentence (lang.DATELINE_RE).
_DATELINE = re.compile(lang.DATELINE_RE)
#: A dash opening a sentence before a capital: what a dateline split at its state's abbreviation leaves
#: ("DANVILLE, Ky. –- Jane Doe did ..."; read11a, a BASIL story).
_DASH_OPENER = re.compile(r"\s*(?:--|[–—―]-?)\s+(?=[A-Z“\"])")
#: An editorial label opening a sentence ("Updated: ", "CORRECTION: "; lang.EDITORIAL_LABELS).
_LABEL = re.compile(r"\s*(?i:" + "|".join(sorted((re.escape(w) for w in lang.EDITORIAL_LABELS), key=len, reverse=True)) + r")"
                    + lang.EDITORIAL_LABEL_DATE_RE + r"\s*:\s+(?=[A-Z“\"])|" + lang.CLAIM_LABEL_RE)  # (its date: "Correction, Nov. 14: "; wild21; "CLAIM: X said": genre45)
_NAME_THEN_CUE = re.compile(r"\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+(?:" + lang.PLAIN_SAYING_RE + r")\b")  # ", while one of X's investors, Y, said"

#: A sentence that opens with a past participle and its agent has no subject: a line of a live
#: report or a caption ("Assisted by Jane Doe.", "Conceded by the keeper.").
_PARTICIPLE_BY = re.compile(r"[\"'“‘]?[A-Z][a-z]+ed\s+by\b")
#: ... unless the participle's phrase is an aside before the sentence's subject, set off by a comma
#: ("Pressed by reporters, the judge said ...", "Surrounded by aides, Jane Doe signed ..."; read24).
_PARTICIPLE_BY_ASIDE = re.compile(r"[\"'“‘]?[A-Z][a-z]+ed\s+by\b[^,;:.]{1,80},\s+(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z]\w*\s+[A-Z])")


def dateline_end(text: str, start: int, end: int) -> int:
    """Where the sentence text[start:end] begins once its opening wire tag or dateline is dropped
    ("(CNN)Jane Doe ...", "LONDON (Reuters) - The bank ..."): `start` when it has none."""
    m = _DATELINE.match(text, start, end)
    return m.end() if m else start


def is_claim_text(part: str) -> bool:
    """Enough words to state something, and not a question. A short sentence that calls what was
    just said false ("Officially, this wasn't correct.") states something too."""
    if re.search(r"\?[\"'”’)\]]*$", part.strip()):
        return False
    if _roster(part):
        return False  # "Harbourside: Dalton; Pike, Verne, Moss (capt); Yole.": a team sheet, no claim (read14)
    if _COURTESY.match(part.strip(" \"'“‘")) and not re.search(r"\bfor\s+(?:\w+ly\s+)?\w+ing\b", part):
        return False  # "I would like to thank my staff ...", "God bless Texas": a courtesy (not "... for approving the bridge")
    if _label_line(part) or _exclamation(part) or topic_caption(part) or re.match(lang.VERIFICATION_NOTE_RE, part.strip(" \"'“‘"), re.I):
        return False  # "Dorvan Trust Chief Executive Jane Doe.", "What a day.": no statement (left20); "The report
        # could not be independently verified.": the account before it is `unconfirmed` (lead35)
    return len(part.split()) >= thresholds.CLAIM_MIN_WORDS or (
        len(part.split()) >= 3 and _POINTER_FALSE.match(part.strip(" \"'“‘")) is not None) or short_count(part)  # (digest58)


def _label_line(part: str) -> bool:
    """A verbless line of a title and a name only ("Dorvan Trust Chief Executive Jane Doe."): every word
    capitalised but the joining words of a name (lang.NAME_PARTICLES_RE), no digit (GUIDELINES §2: a label, no claim)."""
    words = re.findall(r"[^\s]+", part.strip(" \"'“‘.”’"))
    return 2 <= len(words) <= 10 and not re.search(r"\d|[,;:!?]", part) and all(
        w[:1].isupper() or re.fullmatch(lang.NAME_PARTICLES_RE, w) for w in words) and sum(w[:1].isupper() for w in words) >= 3 \
        and not any(lang.is_past_form(w.lower(), min_len=4) or w.lower() in lang.WEEKDAYS for w in words) \
        and _title_then_name(words)  # (not "Jane Doe Resigned On Monday", "Rep. Jane Doe of Ohio.": a sentence's split tail)


def _title_then_name(words: list[str]) -> bool:
    """A person's title, then a name of two words or more closing the line ("Chief Executive Jane Doe"),
    no initial or abbreviation last (a sentence cut after "John G." is no label)."""
    t = max((x for x, w in enumerate(words) if w.lower().strip(".") in lang.PERSON_TITLES | lang.PERSON_NOUNS), default=None)
    name = words[t + 1:] if t is not None else []
    return len(name) >= 2 and all(w[:1].isupper() and len(w.strip(".")) > 2 and w.strip(".").isalpha() for w in name)


#: The fewest caption labels ("<Short label>: <Sentence>") that make a page one of captions (`captioned_page`).
CAPTION_LABELS_MIN = 2
_LABEL_OPENING = re.compile(r"(?:^|(?<=[.!?'’\"”]\s))([A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3})\s*:\s+(?=[A-Z])")


@lru_cache(maxsize=8)
def captioned_page(text: str) -> bool:
    """At least CAPTION_LABELS_MIN sentences open with a caption's label (a lower-case word in it, no pronoun first,
    no verb of saying): a page with photo captions run into its text, whose labels are no part of a claim (read26;
    with one label the rule cost PolNeAR half B an attributed claim, a news page's "<Label>: ..." line)."""
    labels = [m.group(1) for m in _LABEL_OPENING.finditer(text)
              if any(w[:1].islower() for w in m.group(1).split()[1:]) and not _speech_label(m.group(1))]
    return len(labels) >= CAPTION_LABELS_MIN


def _speech_label(label: str) -> bool:
    """A colon label that is a frame ("He said:", "The post continues:", "Jane added:"): a pronoun first or a
    verb of saying in it, no caption's label."""
    words = [w.lower() for w in re.findall(r"[A-Za-z'’]+", label)]
    return bool(words) and (words[0] in lang.PRONOUNS or any(w in lang.SPEECH_VERBS or w in lang.CONTINUATIVE_VERBS for w in words))


def _exclamation(part: str) -> bool:
    """An exclamation ("What a time to be alive.", "What a day!"): "What a/an" and a short phrase with no
    verb of saying (not the free relative "What a spokesman said was ..."); GUIDELINES §2, no claim."""
    words = part.strip(" \"'“‘").split()
    return len(words) <= 8 and words[:1] == ["What"] and words[1:2] in (["a"], ["an"]) \
        and not any(w.lower().strip(".,!") in lang.SPEECH_VERBS for w in words)


def _roster(part: str) -> bool:
    """A label, a colon and a list of names only ("Replacements: Arlo, Benn, Cade."): at least two
    list separators and no lower-case word outside brackets."""
    m = re.match(r"\s*[A-Z][\w'’ -]{0,40}:\s+(.+)$", part)
    if not m:
        return False
    rest = re.sub(r"\([^)]*\)", " ", m.group(1))
    names = re.findall(r"[A-Za-z][\w'’-]*", rest)
    return rest.count(",") + rest.count(";") >= 2 and bool(names) and all(w[0].isupper() for w in names)


def claim_parts(text: str, sentence: Span, min_chars: int = MIN_CLAUSE_CHARS) -> tuple[Candidate, ...]:
    """The parts of one sentence that become claims: none unless it reads as a statement (it ends
    with a full stop, has enough words, is not a question: no datelines, headlines or line
    fragments); its clauses when two or more can stand alone, else the whole sentence."""
    m = _DATELINE.match(text, sentence.start, sentence.end) or _DASH_OPENER.match(text, sentence.start, sentence.end)
    if m:  # "LONDON (Reuters) - The bank raised ...": the dateline is not part of the claim
        sentence = Span(m.end(), sentence.end)  # (nor the dash left when "Ky." ended a sentence: "–- Jane Doe did ...")
    m = _LABEL.match(text, sentence.start, sentence.end)
    if m and len(text[m.end():sentence.end].split()) >= thresholds.CLAIM_MIN_WORDS:
        sentence = Span(m.end(), sentence.end)  # "Updated: Jane Doe on Sunday said ...": nor is an editorial label
    if (a := answer_label_end(text, sentence.start, sentence.end) or turn_label_end(text, sentence.start, sentence.end)) is not None:
        sentence = Span(a, sentence.end)  # "Q: ...? / A: The mill will stay.", '"SMITH: Well, ...': nor a label (genre39, s43)
    lab = caption_label_end(text, sentence.start, sentence.end)
    if lab is not None and not _speech_label(text[sentence.start:lab]) and len(text[lab:sentence.end].split()) >= thresholds.CLAIM_MIN_WORDS \
            and captioned_page(text):
        sentence = Span(lab, sentence.end)  # "Garden of worry: The school garden is ...": nor a photo caption's label (read26)
    whole = text[sentence.start:sentence.end].strip()
    stopped = _TERMINAL.search(whole) or unstopped_paragraph(text, sentence.start, sentence.end) \
        or quote_glued_end(text, sentence.end)  # (read20 d6; a quotation glued to the next sentence: read40)
    if not (stopped and is_claim_text(whole)) or _PARTICIPLE_BY.match(whole) and not _PARTICIPLE_BY_ASIDE.match(whole):
        return ()  # "Assisted by Jane Doe with a cross.": a participle and its agent, no subject
    if quote_tag_only(text, sentence.start, sentence.end) or inner_question_tag(text, sentence.start, sentence.end):
        return ()  # '“Why should we pay?” Jane Roe asked.': the tag of a split-off question, no statement
    cands = candidates(text, (sentence,), min_chars)
    clauses: list[Candidate] = []
    for c in cands[1:]:
        first = c.quote(text).split()[0].lower().strip("\"'“‘(,:;") if c.quote(text).split() else ""
        if clauses and (first in _ATTACHED or first in lang.SUBORDINATORS and text[:c.start].rstrip()[-1:] in ("—", "–")):
            clauses[-1] = Candidate(clauses[-1].start, c.end)  # "..., which he said ...", "... — a nurse — as crowds ..." (lead35)
        elif clauses and re.match(r"\W*(?:" + lang.CONTRAST_OPENERS_RE + r")\s", c.quote(text), re.I) \
                and contesting_tail(re.sub(r"^\W*\S+\s+", "", c.quote(text))):
            clauses[-1] = Candidate(clauses[-1].start, c.end)  # "..., though workers disputed that": points back
        elif is_claim_text(c.quote(text)) or len(cands) == 3 and c is cands[1] \
                and short_clause_before_report(c.quote(text), cands[2].quote(text)):  # "Crewe lost the vote, and his lawyer said ..."
            if clauses and first in _CONCESSIVE and (_verbless_aside(c.quote(text)) or elliptical_end(c.quote(text)) or relative_cue_before(text[sentence.start:c.start], c.quote(text))):  # (lead41)
                clauses[-1] = Candidate(clauses[-1].start, c.end)  # "Planets like Earth, though harder to find, are common"
                continue
            if clauses and first in _CONCESSIVE and not text[:c.start].rstrip().endswith(":"):  # "..., though X said Y": X's (not 'said: "while')
                m = re.match(r"\S+\s+", c.quote(text))
                c = Candidate(c.start + m.end(), c.end) if m else c
            clauses.append(c)
    kept = _gaps_filled(text, sentence, _standing(text, sentence, clauses))
    if len(kept) > 1 and (dash_aside_in_clause(text[sentence.start:sentence.end]) or aside_in_clause(text, clauses) or any(
            cannot_stand(k.quote(text)) and text[k.end:k.end + 3].strip()[:1] in ("–", "—") and text[max(0, k.start - 3):k.start].strip()[-1:] in ("–", "—") for k in kept)):
        return cands[:1]  # "By adding X – such as Y – in Z, it could ...", "Critics note that the mayor — even as she says X — has asked ..."
    if len(kept) == 1 and len(clauses) > 1 and kept[0].end == clauses[-1].end and kept[0].start > sentence.start:
        return tuple(kept)  # an opening phrase dropped: "Following reports of X, but before ..., Y said Z."
    return tuple(kept) if len(kept) > 1 else cands[:1]


def _gaps_filled(text: str, sentence: Span, parts: list[Candidate]) -> list[Candidate]:
    """Each part reaches to the next one: words between them that were too short to be a clause
    of their own ("those who return — like A, for example — lose their seniority, although ...":
    "lose their seniority") stay in the part before, so no claim loses the words that complete
    it. The opener of the next part ("although", "and") and the separators stay out, and so
    does a frame before a colon ("..., but Jane Doe hit back: “...”": no claim of its own)."""
    out = []
    for k, p in enumerate(parts):
        nxt = parts[k + 1].start if k + 1 < len(parts) else sentence.end
        gap = text[p.end:nxt]
        if re.search(r"\w", gap) and not gap.rstrip(" “\"'‘").endswith(":"):  # (not a frame before a colon quotation)
            trimmed = gap.rstrip()
            last = re.search(r"([A-Za-z]+)\W*$", trimmed)
            if k + 1 < len(parts) and last and (last.group(1).lower() in _CONCESSIVE or last.group(1).lower() in lang.COORDINATORS
                                                or last.group(1).lower() in lang.SUBORDINATORS):
                trimmed = trimmed[:last.start(1)]
            trimmed = trimmed.rstrip(" ,;:–—") if k + 1 < len(parts) else trimmed
            p = Candidate(p.start, p.end + len(trimmed))
        out.append(p)
    return out


def _verbless_aside(part: str) -> bool:
    """A concessive opener with no verb before its comma and a clause after it ("though harder to
    find, appear to be ..."): an aside inside the clause before, not a clause of its own."""
    aside, comma, rest = part.partition(",")
    words = aside.split()[1:]
    if not words or not words[0].islower() or words[0] in lang.DETERMINERS or words[0] in lang.PRONOUNS:
        return False  # "while the Democrat, Jane Doe, has not ...": a subject, its clause goes on after the comma
    return bool(comma) and cannot_stand(" ".join(words)) and bool(rest.strip()) and not _NAME_THEN_CUE.match(rest)


def _standing(text: str, sentence: Span, clauses: list[Candidate]) -> list[Candidate]:
    """Clauses that are sentences: a first part that is a phrase ("Following reports of the blast")
    is dropped; a first relative clause whose subject was too short to be a part ("The plan —
    which ...") joins the next, from the sentence's start; a part after a dash or a colon that is not one ("... are
    murky — a testimony to ...", "... — drew criticism") or that opens with "to", a part after a
    comma with no subject of its own ("..., but has not made good on it", "..., and criticized
    ...", "..., and of a 1990 ruling"), and the part after a clause ending in "that" ("told
    officials that, while ..."), join the one before."""
    out: list[Candidate] = []
    pending: int | None = None
    main = False  # a leading subordinate clause has taken its main clause
    for i, c in enumerate(clauses):
        q = c.quote(text)
        words = words_of(q)
        words = words[1:] if words[:1] and words[0] in lang.COORDINATORS else words
        mark = text[sentence.start:c.start].rstrip()[-1:]
        before = words_of(out[-1].quote(text)) if out else []  # the part this one may join
        if pending is not None:
            c, pending = Candidate(pending, c.end), None
        elif out and (before[-1:] == ["that"] or words[:1] == ["to"]
                      or mark == ";" and in_list(text[sentence.start:sentence.end], q)
                      or mark in ":–—" and (cannot_stand(q, appositive=True) or words[:1] and words[0] in lang.FOCUS_ADVERBS and words[1:2] and words[1] in lang.SUBORDINATORS)  # ("— just as he did ...": lead39)
                      or mark == ":" and (is_frame(out[-1].quote(text), q) or inner_quotation(text[sentence.start:c.start], q))
                      # "The only candidate less palatable: Jane Roe, the developer turned TV star.": no verb before the colon
                      or mark == ":" and verbless_lead(out[-1].quote(text))
                      or mark in "–—" and (words != words_of(q) and no_subject(q, words) or phrase_then_frame(q))  # ("— for many of them, aides said": lead40)
                      or mark in "–—" and (words[1:2] == ["than"] and words[0] in lang.COMPARATIVE_QUANTIFIERS
                                           or inside_quotation(text[sentence.start:c.start]) and re.search(r"”\s+(?:and|but)\s+[a-z]", q))
                      # "... — more than the $5.7 billion ...": a measure of the clause before; a dash inside a quotation
                      or mark == "," and relative_goes_on(before, words)
                      or mark == ";" and ":" in text[sentence.start:c.start] and cannot_stand(q)
                      # "...: from A to B; from C to D": a list after a colon goes on
                      or mark == "," and (no_subject(q, words) or cannot_stand(q) or phrase_then_frame(q) or open_that(out[-1].quote(text))
                                          or len(out) == 1 and q.lstrip().startswith("and ") and verbless_subject(out[-1].quote(text)))  # "Reps. A of X, and B and C of Y are ...": one subject (lead40)
                      or mark == "," and correlative_rest(text[sentence.start:c.start], words_of(q))):
            out[-1] = Candidate(out[-1].start, c.end)
            continue
        if len(out) == 1 and out[0].start == sentence.start and before[:1] and (
                before[0] in lang.SUBORDINATORS or _NO_MATTER_HOW.match(out[0].quote(text))) \
                and not cannot_stand(q) and not main:
            out[-1], main = Candidate(out[-1].start, c.end), True  # "While X did A – a move that B – Y did C"
            continue
        if before[-1:] and before[-1] in lang.COORDINATORS:
            out[-1] = Candidate(out[-1].start, c.end)  # "He has no experience and, while at a firm, is ...": cut after "and"
            continue
        if out and mark == "," and words[:1] and words[0].endswith("ing") and _PROGRESSIVE.search(out[-1].quote(text)):
            out[-1] = Candidate(out[-1].start, c.end)  # "are slowing the process, and resisting ...": one progressive
            continue
        if not out and i + 1 < len(clauses) and words[:1] and (words[0] in _ATTACHED or words[0] in ("that", "to") and not demonstrative_subject(q)
                                                                or words[0] in lang.SUBORDINATORS and i == 0):
            pending = sentence.start  # "The plan — which ... — drew ...": the subject was too short to be a part
            continue
        if not out and i + 1 < len(clauses) and words_of(clauses[i + 1].quote(text))[:1] in (["and"], ["or"]) \
                and ("," in q or two_nouns_one_predicate(q, [x.quote(text) for x in clauses[i + 1:i + 3]])) and cannot_stand(q):
            pending = sentence.start  # "(In a report,) Jane Doe, a lawyer, and her client are ...", "The agency's account, and its ..., are" (read12c)
            continue
        if not out and i + 1 < len(clauses) and (opens_phrase(words) or words_of(q)[:1] in (["and"], ["or"], ["but"])) \
                and cannot_stand(q):
            continue  # "Following reports of the blast, but before ...", "(Relying on his biggest,) and perhaps
            # his last, advantage — his personality — X ...": a phrase, not a claim
        out.append(c)
    return out


#: "However valid the plan may have been, ...": "however" before a word, not a comma, opens a
#: dependent clause ("no matter how"), no sentence of its own (English grammar).
_NO_MATTER_HOW = re.compile(r"[\s\"'“‘(]*however\s+(?=\w)", re.I)
#: a progressive verb ("are slowing"): a coordinated gerund after it continues it
_PROGRESSIVE = re.compile(r"\b(?:" + "|".join(sorted(lang.BE_FORMS)) + r")\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing\b")

#: Clause openers that continue the clause before them: a relative or participial clause is
#: not a sentence ("Which he said had created a dilemma." was shown as a claim) and its
#: speaker or subject is the previous clause's.
_ATTACHED = lang.ATTACHED_OPENERS
#: Openers of a clause that states something of its own once the opener is dropped.
_CONCESSIVE = lang.CONCESSIVE_OPENERS
