"""Paragraphs spoken by one source as a whole: transcript labels ("SMITH: ...", "Jane Doe: ..."),
an interview's answers ("A: ..." in an article with "Q: ..." paragraphs, or the untagged paragraphs
after bold questions; names.Resolver reads "A", or the empty source, as the person interviewed), the paragraph after "X issued a statement:" and closing credits ("“...” ― Jane Doe")."""

from __future__ import annotations

import re

from .. import lang
from .name_kinds import classify

_LABEL = re.compile(r"[“\"]?\s*([A-Z][A-Z'’.-]{2,}(?:\s+[A-Z][A-Z'’.-]+){0,2}|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})"
                    r"(?:[ \t]+\((?=[^)\n]*[a-z])[^)\n]{1,80}\))?\s*(:)\s+\S")  # a role in brackets ("HALE (incident commander):"; digest57)
_CLAIM_LABEL = re.compile(lang.CLAIM_LABEL_RE)  # a fact check's "CLAIM: Jane Doe said ..." (genre45)
#: An interview's question and answer paragraphs ("Q: Why batteries?", "A: Because ...").
_QUESTION = re.compile(r"(?:^|\n)\s*Q:\s+\S")
_ANSWER = re.compile(r"A:\s+\S")
#: An interview printed as bold questions and untagged answers ("**When will the pool reopen?**" alone
#: in its paragraph, then the answer; wild21): two such paragraphs make the article an interview.
_BOLD_QUESTION = re.compile(r"[ \t]*(?:\*\*|__)[^\n]*\?[\"'”’]?[ \t]*(?:\*\*|__)[ \t]*")


def interview_opening(text: str, paras: list[int] | None = None) -> int | None:
    """Where an interview's first question paragraph starts: a "Q: ..." paragraph, or the first of
    two or more paragraphs that are a bold question alone ("**Why now?**"); None when the text has none."""
    q = _QUESTION.search(text)
    if q is not None:
        return q.start() + (text[q.start()] == "\n")
    bounds = (paras if paras is not None else [0, *(m.end() for m in re.finditer(r"\n\s*", text))]) + [len(text)]
    bold = [a for a, b in zip(bounds, bounds[1:]) if _BOLD_QUESTION.fullmatch(text[a:b].rstrip())]
    return bold[0] if len(bold) >= 2 else None
def answer_label_end(text: str, start: int, end: int) -> int | None:
    """Where the words of an interview's answer start when the sentence text[start:end] opens its paragraph
    with the label "A: " in an article with "Q: " paragraphs (the label is no part of a claim; genre39); else None."""
    m = _ANSWER.match(text, start, end)
    if m is None or start and text[start - 1] != "\n" or _QUESTION.search(text) is None:
        return None
    return m.end() - 1


#: A paragraph's last sentence: a subject, a verb of issuing and a statement noun, then a colon
#: ("The town manager, Joyce Ebert, issued a statement:"): the next paragraph is the statement.
_ISSUED_COLON = re.compile(r"(?:^|(?<=[.!?”\"]\s))(?:(?![^,]*\bwho\b)[A-Z][^,:.!?]{0,40},\s+)?((?:[A-Z][\w'’.-]*|he|she|they|it)(?:\s+[\w'’.-]+){0,5}?"
                           r"(?:\s+who\s+[^:!?\n]{1,60}(?=,))?),?\s+"  # and a relative clause ("One reader who lives near <Town>, Ill., posted ...", lead41)
                           r"(?:also\s+)?("
                           + "|".join(sorted(lang.ISSUING_VERBS)) + r")\s+(?:[\w'’-]+\s+){0,3}?(?:"
                           + "|".join(sorted(lang.STATEMENT_NOUNS)) + r"|update)\b[^:.!?]{0,60}:\s*$")
_CREDIT = re.compile(r"[―—–]\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})(?:,[^.\n]{0,80})?\s*\.?\s*$")


def _speaker_label(para: str):
    """The match of a transcript's speaker label opening the paragraph ("SMITH: ...", '"WALLACE: ...', "Jane Doe: ..."),
    or None (an editorial label, a fact check's "CLAIM:", a body's name, one capitalised common word)."""
    m = _LABEL.match(para)
    label = m.group(1) if m else ""
    if m and label.split()[0].lower().rstrip(".") not in lang.NOT_NAMES | lang.EDITORIAL_LABELS and not _CLAIM_LABEL.match(para) and not any(
            w.lower() in lang.ORG_HEADS for w in label.split()) and (label.isupper() or (
            classify(label) == "person" and len(label.split()) >= 2)):
        return m
    return None


def turn_label_end(text: str, start: int, end: int) -> int | None:
    """Where the words of a transcript's turn start when the sentence text[start:end] opens its paragraph with the
    speaker's label ('"PENCE: Well, look, ...', "SMITH: We will."): the label, and the quotation mark a transcript
    opens every paragraph with, are no part of a claim (the lead, session 43); else None."""
    line = text.rfind("\n", 0, start) + 1
    if text[line:start].strip(" \t“\"") and (turn := inline_turn(text, start)) is not None and start <= turn[0][0] < turn[1][1] < end:
        return turn[1][1] + len(text[turn[1][1]:end]) - len(text[turn[1][1]:end].lstrip())  # "... AM: It's very telling." (attr53)
    if text[line:start].strip(" \t“\"") or (m := _speaker_label(text[line:end])) is None or line + m.end(2) >= end \
            or m.group(1).split()[0].lower() in lang.CUE_VERBS:
        return None  # (not an inverted cue: "Said Ellis: “...”" keeps its words)
    return line + m.end(2) + len(text[line + m.end(2):end]) - len(text[line + m.end(2):end].lstrip())


def in_turn(text: str, pos: int) -> bool:
    """`pos` lies in a transcript's turn: its line opens with a speaker's label ("PENCE: ...")."""
    line = text.rfind("\n", 0, pos) + 1
    return _speaker_label(text[line:line + 200]) is not None or inline_turn(text, pos) is not None


def label_name(text: str, label: str) -> str:
    """A speaker label in capitals as the article writes that name elsewhere ("PENCE" -> "Pence", "MCCAIN" ->
    "McCain"; a word it never writes so: capitalised), for the resolver to complete ("Gov. Mike Pence"); any other
    label as it is."""
    if not label.isupper():
        return label
    if (person := initials_name(text, label)) is not None:
        return person  # "AA: ..." after "Afzal Ashraf: ..." (attr53)
    if re.search(r"(?<![\w'’])" + re.escape(label) + r"(?![\w'’]|\s*:|[ \t]+\([^)\n]{1,80}\)\s*:)", text):
        return label  # a body's letters written elsewhere too ("Riverton (CNN) ...", "CNN: So, ...?"): as written
    words = []
    for w in label.split():
        seen = (m.group(0) for m in re.finditer(r"(?<![\w'’])" + re.escape(w) + r"(?![\w'’])", text, re.I))
        words.append(next((x for x in seen if not x.isupper() and x[:1].isupper()), w.capitalize()))
    return " ".join(words)


def paragraph_speakers(text: str, paras: list[int]) -> dict[int, tuple[tuple[int, int], tuple[int, int]]]:
    """Paragraphs spoken by one source as a whole: a transcript label ("SMITH: ...") or a
    closing credit ("“...” ― Jane Doe"). paragraph index -> (source span, cue span)."""
    out = {}
    bounds = paras + [len(text)]
    interview = _QUESTION.search(text) is not None
    bold_from = None if interview else interview_opening(text, paras)
    for i in range(len(paras)):
        a, b = bounds[i], bounds[i + 1]
        para = text[a:b].rstrip()
        if interview and _ANSWER.match(para):  # "Q: ... / A: ...": the answer is the interviewee's
            out[i] = ((a, a + 1), (a + 1, a + 2))
            continue
        if bold_from is not None and a > bold_from and para and not _BOLD_QUESTION.fullmatch(para):
            out[i] = ((a, a), (a, a))  # "**Why now?**" then an untagged answer: the interviewee's (no words name them)
            continue
        if i + 1 < len(paras) and (sig := _POST_SIGNATURE.fullmatch(text, bounds[i + 1], bounds[i + 2])) is not None and para:
            n = bounds[i + 1]  # "<post>" then "— Jane Doe (@janedoe) February 9, 2026" on the next line: her post (lead35)
            out[i] = ((sig.start(1), sig.end(1)), (n + (len(text[n:bounds[i + 2]]) - len(text[n:bounds[i + 2]].lstrip())),) * 2)
            continue
        if i and (post := _post_of(text, bounds, i, out)) is not None:
            out[i] = post  # "Jane Doe @janedoe" alone on the line before: the embedded post is hers (read26)
            continue
        if i and i - 1 not in out and (c := _ISSUED_COLON.search(text[bounds[i - 1]:bounds[i]].rstrip())) is not None:
            p = bounds[i - 1]  # "X issued a statement:" ending the paragraph before: this one is X's
            out[i] = ((p + c.start(1), p + c.end(1)), (p + c.start(2), p + c.end(2)))
            j = i  # a quotation left open goes on over the next paragraphs until it closes (lead41)
            while j + 1 < len(paras) and _left_open(text[bounds[j]:bounds[j + 1]]):
                j += 1
                out[j] = out[i]
            continue
        m = _speaker_label(para)
        if m is not None:
            out[i] = ((a + m.start(1), a + m.end(1)), (a + m.start(2), a + m.end(2)))
            continue
        m = _CREDIT.search(para)
        if m and len(para[:m.start()].split()) >= 4 and classify(m.group(1)) == "person":
            end = m.end(1) - (m.group(1).endswith(".") and not re.search(r"\b[A-Z]\.$", m.group(1)))
            out[i] = ((a + m.start(1), a + end), (a + m.start(), a + m.start() + 1))
    return out


def _left_open(para: str) -> bool:
    """The paragraph opens a quotation and does not close it ('“It has been ...' then, a paragraph on, '... like you.”')."""
    curly = para.count("“") - para.count("”")
    return curly > 0 or curly == 0 and "“" not in para and para.count('"') % 2 == 1 and para.lstrip().startswith('"')


_POST_BYLINE = re.compile(lang.POST_BYLINE_RE)
_POST_SIGNATURE = re.compile(lang.POST_SIGNATURE_RE)

def _post_of(text: str, bounds: list[int], i: int, out: dict) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Paragraph i is an embedded post: the paragraph before is its byline ("Jane Doe @janedoe 15m"), or the
    post's paragraph before ends with "..." and this one opens with it (one post over two lines)."""
    p, prev = bounds[i - 1], text[bounds[i - 1]:bounds[i]].rstrip()
    para = text[bounds[i]:bounds[i + 1]].strip()
    if not para or _POST_BYLINE.fullmatch(para):
        return None
    m = _POST_BYLINE.fullmatch(prev)
    if m is not None:
        at = prev.index("@", m.end(1))
        return (p + m.start(1), p + m.end(1)), (p + at, p + at + 1)
    carried = re.search(lang.POST_CARRY_RE + r"\s*$", prev) and re.match(lang.POST_CARRY_RE, para)
    if carried and i - 2 >= 0 and _POST_BYLINE.fullmatch(text[bounds[i - 2]:bounds[i - 1]].rstrip()) and i - 1 in out:
        return out[i - 1]
    return None


_CAPTION = re.compile(lang.CAPTION_RE, re.I | re.X | re.M)
#: A picture credit closing a paragraph: capitalised names joined by slashes after the caption's
#: last sentence ("... into the bay. NASA/J. Roe of the Harbor Lab", "... Photo: Jane Roe/Ledger").
_CREDIT_TAIL = re.compile(r"[.!?]\s+(?:[A-Z][\w.'’&-]*\s?){1,6}(?:/\s?[A-Z][\w.'’&-]*(?:\s[\w.'’&-]+){0,5}){1,8}\s*$")


def caption_paragraph(text: str, start: int, end: int) -> bool:
    """The paragraph text[start:end] is an image caption with its credit, no quotation: a quotation
    paragraph after it still goes on with the speaker of the quotation before it (attr15; read14's
    d4, a picture set between two paragraphs of one quotation)."""
    para = text[start:end].strip()
    if not para or any(q in para for q in "“”\""):
        return False
    return _CREDIT_TAIL.search(para) is not None or any(_CAPTION.search(line) for line in re.split(r"(?<=[.!?])\s+", para))


_TITLE_WORD = r"(?:[A-Z0-9][\w'’-]*|" + "|".join(sorted(lang.TITLE_LINK_WORDS)) + ")"
_SINGLE_TITLE = re.compile(r"(?<![\w'’])['‘]" + _TITLE_WORD + r"(?:\s+" + _TITLE_WORD + r")*['’](?!\w)")


def spaced_stop_caption(text: str, start: int, end: int) -> bool:
    """The sentence text[start:end] (one with no frame; `text` as written, not the working copy, which moves a
    spaced stop onto its word) is a page's photo caption: it has no quotation mark of its own (an apostrophe inside a word is none) and closes with a
    stop set apart from its last word ("... as the boat sank ."), in a text whose sentences otherwise close with
    the stop on the word (not a tokenized one). Inside a quotation the page left open it is the page's, not the
    speaker's (read34: three Daily Mail pages)."""
    s = re.sub(_SINGLE_TITLE, " ", text[start:end + 1].strip())  # (a work's title in single marks is no quotation; real52)
    if not re.search(lang.CAPTION_SPACED_STOP_RE, s) or re.search(r"[“”\"]|(?<![A-Za-z])['‘’]|['‘’](?![A-Za-z])", s):
        return False
    return re.search(lang.TOKENIZED_TEXT_RE, text) is None and re.search(r"[a-z][.!?]['’\"”]?\s", text) is not None


#: A speaker's label opening a sentence inside a paragraph ("... edited version of the conversation. Ledger: So, is
#: the plan working? Ada Moss: When it comes to ... AM: It's very telling."): a short name or a name in capitals, a colon.
_INLINE_LABEL = re.compile(r"(?:^|(?<=[.!?\"”’)]\s)|(?<=[.!?\"”’)]\s\s))([A-Z][A-Za-z'’.-]*(?:\s+[A-Z][A-Za-z'’.-]*){0,2}):\s+(?=[\"“]?[A-Z])")


def _inline_label_ok(label: str, repeated: bool) -> bool:
    """A label an interview run into one paragraph may give its turn: a name in capitals ("CNN", "AA"), a two- or
    three-word person's name, or one capitalised word the paragraph uses as a label again ("Ledger:"); never an
    editorial label, a function word or a body's name."""
    first = label.split()[0].lower().rstrip(".")
    if first in lang.NOT_NAMES | lang.EDITORIAL_LABELS or first in lang.CUE_VERBS or any(w.lower() in lang.ORG_HEADS for w in label.split()):
        return False
    if label.isupper() and len(label) <= 6 and " " not in label:
        return True
    return classify(label) == "person" and len(label.split()) >= 2 or repeated and " " not in label


def _inline_turns_in(para: str) -> list[tuple[int, int, int, int]]:
    """An interview run into one paragraph: at least four labelled sentences, at least two speakers taking turns
    (the label changes at least twice). Each turn as (label start, label end, turn start, turn end) in `para`;
    a paragraph of another shape: none (one "Note: ..." or a single "Jane Doe: ..." is no interview)."""
    found = list(_INLINE_LABEL.finditer(para))
    names = [m.group(1) for m in found]
    found = [m for m in found if _inline_label_ok(m.group(1), names.count(m.group(1)) >= 2)]
    labels = [m.group(1) for m in found]
    if len(found) < 4 or len(set(labels)) < 2 or sum(a != b for a, b in zip(labels, labels[1:])) < 2:
        return []
    ends = [m.start() for m in found[1:]] + [len(para.rstrip())]
    return [(m.start(1), m.end(1), m.start(), e) for m, e in zip(found, ends)]


def inline_turn(text: str, pos: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The turn of an interview run into one paragraph that `pos` lies in: (label span, colon span) in `text`;
    None outside such a turn (the paragraph's opening before its first label is the outlet's)."""
    line = text.rfind("\n", 0, pos) + 1
    stop = text.find("\n", pos)
    stop = len(text) if stop < 0 else stop
    for a, b, s, e in _inline_turns_in(text[line:stop]):
        if line + s <= pos < line + e:
            return (line + a, line + b), (line + b, line + b + 1)
    return None


def initials_name(text: str, label: str) -> str | None:
    """The person a label of two or three capitals stands for by their initials ("AA" after "Afzal Ashraf: ..."):
    the first run of as many capitalised words with those initials that reads as a person; else None."""
    if not (label.isupper() and 2 <= len(label) <= 3 and label.isalpha()):
        return None
    pat = r"\b" + r"\s+".join(c + r"[a-z'’-]+" for c in label) + r"\b"
    return next((m.group(0) for m in re.finditer(pat, text) if classify(m.group(0)) == "person"), None)
