"""Tokens, quotation marks and word lists of a text span, for the attribution rules."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from .. import lang
from ..chunk import is_furniture
from .nested_quotes import nested_blocks
from .single_quotes import merged, single_quote_spans

#: (an initialism before a capitalised word keeps its last dot: "the U.S. Attorney’s Office" is
#: one name, not "the U.S" and a stop; at a sentence's end the dot stays a token of its own)
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}(?=\s+[A-Z][a-z])|[A-Za-z0-9][\w'’.&-]*[\w]|[A-Za-z0-9]|n[’']t|[^\w\s]")
OPEN_QUOTE = "“"
CLOSE_QUOTE = "”"
QUOTE_MARKS = "“”\""
DASHES = "—–"


# -- tokens ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Tok:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower().replace("’", "'")


def tokens(text: str, start: int, end: int) -> list[Tok]:
    return [Tok(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def cap(w: str) -> bool:
    return w[:1].isupper() and w.lower().rstrip(".") not in lang.NOT_NAMES


# -- quotations --------------------------------------------------------------------------------


def quote_spans(text: str) -> list[tuple[int, int, int]]:
    """`_quote_spans`, read once per text (the code path asks again for every claim: a long article's reading
    grew with the square of its length; long44). A new list each call."""
    return list(_quote_spans(text))


@lru_cache(maxsize=8)
def _quote_spans(text: str) -> tuple[tuple[int, int, int], ...]:
    """(start, end, group) of every quotation, quote marks included; a quotation continued
    into the next paragraph keeps its group. Curly quotes pair by direction, straight quotes by
    position (an opening one follows space or start and precedes a non-space); an opening curly
    mark after a sentence's punctuation at the end of a paragraph closes the quotation. A quotation
    that is never closed (its paragraph ends, the next does not reopen it) is a stray mark and
    is dropped; a block of paragraphs quoted with inner quotations in the same marks is one
    quotation (`nested_quotes`). Quotations in single marks join them (`single_quotes`)."""
    out: list[tuple[int, int, int]] = []
    blocks = nested_blocks(text)
    group = -1
    open_at: int | None = None
    pending: list[tuple[int, int, int]] = []  # segments of the open group, kept once it closes
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if open_at is None and i in blocks:
            group += 1
            out.append((i, blocks[i], group))
            i = blocks[i]
            continue
        if ch == "\n":
            if open_at is not None:  # paragraph ends inside a quotation
                pending.append((open_at, i, group))
                open_at = None
                j = _past_furniture(text, i)
                if j < n and text[j] in (OPEN_QUOTE, '"'):
                    open_at = j
                    i = j + 1
                    continue
                if j < n and _closed_unopened(text, j):
                    open_at = j  # '“You know why?' / 'To give him ... Cuba.”': the next paragraph closes it
                    i = j
                    continue
                pending = []  # never closed: a stray mark
            i += 1
            continue
        if ch == OPEN_QUOTE and open_at is not None and i > open_at + 1 and text[i - 1] in ".!?,…" \
                and (i + 1 == n or text[i + 1] in "\r\n"):
            ch = CLOSE_QUOTE  # a quotation closed with an opening mark at its paragraph's end ('... 51 percent.“')
        if ch == '"' and open_at is not None and _reopens(text, i):
            pending.append((open_at, i - 1, group))  # '... lives. "However, ...': a flattened paragraph break
            open_at = i
            i += 1
            continue
        if ch == OPEN_QUOTE or (ch == '"' and open_at is None and (i + 1 < n and not text[i + 1].isspace()
                                                                   or _spaced_opener(text, i))
                             and (i == 0 or text[i - 1].isspace() or text[i - 1] in "([—–-:"
                                  or _glued_opener(text, i))):
            if open_at is None:
                open_at = i
                group += 1
                pending = []
        elif ch in (CLOSE_QUOTE, '"') and open_at is not None:
            out.extend(pending)
            out.append((open_at, i + 1, group))
            pending = []
            open_at = None
        i += 1
    return tuple(merged(out, single_quote_spans(text)))


def _glued_opener(text: str, i: int) -> bool:
    """The straight mark at i, with no quotation open, follows a sentence's stop with no space and comes right before a
    capital ('... Rudd said."We do ...': a lost space; real47): it opens the next quotation."""
    return i >= 2 and text[i - 1] in ".!?" and text[i - 2].isalpha() and i + 1 < len(text) and text[i + 1].isupper()


def _reopens(text: str, i: int) -> bool:
    """The straight mark at i, inside an open quotation, reopens it in a text whose paragraph breaks
    were removed (XSum's BBC texts: '"I have met many residents. "However, I have also ...'): it
    follows a sentence's stop and a space and comes right before a capital, where no closing mark
    stands (a closer follows its last word or stop directly)."""
    return i >= 2 and text[i - 1] == " " and text[i - 2] in ".!?" and i + 1 < len(text) and text[i + 1].isupper()


def _past_furniture(text: str, i: int) -> int:
    """The start of the next paragraph after the newline at i, stepping over lines of page
    furniture (an embedded player's notice between two paragraphs of one quotation)."""
    n = len(text)
    j = i
    while True:
        while j < n and text[j].isspace():
            j += 1
        end = text.find("\n", j)
        end = n if end < 0 else end
        if j >= n or not is_furniture(text[j:end]):
            return j
        j = end


def _spaced_opener(text: str, i: int) -> bool:
    """A straight quote set off by spaces on both sides opens a quotation in text typed that way
    (newswire tokenised as '" We will not, " said Jane Doe.'): it opens its paragraph, or a later
    straight quote of the same paragraph follows a space (its spaced closer)."""
    if not re.match(r'" \w', text[i:i + 3]):
        return False
    para_start = text.rfind("\n", 0, i) + 1
    if not text[para_start:i].strip():
        return True
    para_end = text.find("\n", i)
    return bool(re.search(r'[^\s"] "', text[i + 1:para_end if para_end >= 0 else len(text)]))


def _closed_unopened(text: str, j: int) -> bool:
    """The paragraph at j continues the quotation the previous paragraph left open without
    reopening it: a closing curly mark comes before any opening one, or (straight quotes only)
    it holds an odd number of marks, its first one closing."""
    end = text.find("\n", j)
    para = text[j:end if end >= 0 else len(text)]
    c = para.find(CLOSE_QUOTE)
    if '"' not in para:
        return c > 0 and OPEN_QUOTE not in para[:c]
    return c < 0 and OPEN_QUOTE not in para and para.count('"') % 2 == 1


def outside(pos: int, quotes: list[tuple[int, int, int]]) -> bool:
    """True when pos is inside no quotation. `quote_spans` gives them disjoint and sorted, so the
    only candidate is the last one starting before pos (one bisection, not a scan per token: an
    article of many short quotations made the scan quadratic)."""
    i = bisect.bisect_left(quotes, (pos,))
    return i == 0 or not quotes[i - 1][0] < pos < quotes[i - 1][1]


def overlapping(quotes: list[tuple[int, int, int]], ends: list[int], starts: list[int], a: int, b: int):
    """The quotations overlapping [a, b): they are disjoint and sorted, so two bisections."""
    return quotes[bisect.bisect_right(ends, a):bisect.bisect_left(starts, b)]


def words(s: str) -> list[str]:
    """Lower-cased words; a capitalised 'May' inside a clause is the month, and a capitalised 'May'
    or 'Will' before another capitalised word a first name ("Will Harper sold ...": fact12), both
    kept apart from the modal."""
    out = []
    toks = [m.group(0) for m in re.finditer(r"[\w'’]+|n[’']t", s)]
    for i, w in enumerate(toks):
        name = (w in lang.NAME_LIKE_MODALS or w in lang.NAME_LIKE_NEGATORS and i > 0) and i + 1 < len(toks) \
            and re.match(r"[A-Z][a-z]", toks[i + 1]) is not None
        out.append(w if name or w == "May" and i > 0 else w.lower().replace("’", "'"))
    return out


class Piece:
    """A span of a text read like a regex match (`group()`, `start()`, `end()`): a piece of a match."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.a, self.b = text, start, end

    def group(self, _: int = 0) -> str:
        return self.text[self.a:self.b]

    def start(self) -> int:
        return self.a

    def end(self) -> int:
        return self.b


def list_item(w: list[str]) -> bool:
    """Lower-cased words `w` (a part between semicolons, a leading "and"/"or" dropped) read as an
    item of a list, not a clause: before any relative or subordinate clause, no auxiliary, form of
    "be", modal, negated contraction or subject pronoun, and no past form after a noun in its first
    words ("a crackdown on the hiring of unlicensed drivers", "expanded guest-worker
    programs", "Jane Doe, who erased the files"; not "the council voted", "the Acme fund edged up",
    "this week she addressed the group")."""
    w = w[1:] if w[:1] in (["and"], ["or"]) else w
    cut = next((i for i, x in enumerate(w) if i and x in lang.SUBORDINATORS), len(w))
    w = w[:cut]
    if any(x in lang.AUXILIARY_VERBS or x in lang.BE_FORMS or x in lang.MODALS or x.endswith("n't")
           or x in lang.SUBJECT_PRONOUNS for x in w):
        return False
    return bool(w) and not any(lang.is_past_form(x, min_len=4)
                               and w[i] not in lang.PHRASE_PREPOSITIONS and w[i] not in lang.DETERMINERS
                               for i, x in enumerate(w[1:7]))


def semicolon_item(after: str, semicolons: int) -> bool:
    """The part after a semicolon is the next item of a list, not a clause of its own ("...; a ban
    on lawn watering; higher fees; and a fund for pipes"): the list has two semicolons or the part
    opens with "and"/"or", and the part to its semicolon reads as an item (`list_item`)."""
    part = after.split(";")[0]
    w = words(part)
    return (semicolons >= 2 or w[:1] in (["and"], ["or"])) and list_item(w)


def title_case(seg: str, least: int = 3) -> bool:
    """A headline's title case: at least `least` words of four letters or more, 80% capitalised."""
    ws = [w for w in re.findall(r"[A-Za-z][\w'’-]*", seg) if len(w) > 3]
    return len(ws) >= least and sum(w[:1].isupper() for w in ws) >= 0.8 * len(ws)


def name_part(words: list[str], x: int) -> bool:
    """The capitalised modal or auxiliary words[x] stands next to another capitalised word: a part of a
    name ("Tara May said", "Will Roe said"), no verb (read27: a surname that is a modal left a source's
    words in the outlet's voice)."""
    near = [words[y] for y in (x - 1, x + 1) if 0 <= y < len(words)]
    return words[x][:1].isupper() and any(w[:1].isupper() and w.isalpha() for w in near)
