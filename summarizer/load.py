"""Load an article: read bytes, reject what is not text, decode, find its date.

Offsets everywhere else index `Article.text`, which is the file decoded as UTF-8 (or UTF-16
when it carries a UTF-16 BOM, or cp1252 when it is not valid UTF-8), with a leading BOM
removed and *nothing else changed*: CRLF stays CRLF. Three repairs, each with a warning, are the
exceptions: HTML character references, double-encoded UTF-8 (mojibake), and a corpus's tokenized
copy put back into written English (detokenize.py: "could n't" -> "couldn't"; normal text is never
touched). The output's quotations index the repaired text, which is what the output shows.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import select
import stat
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ftfy import fix_encoding
from ftfy.badness import is_bad

from .detokenize import is_tokenized, repair
from .errors import InputError
from .lang import DATELINE_LABELS_RE, HTML_ENTITY_RE, MONTH_ABBREVIATIONS, WEEKDAYS

#: Magic numbers of common binary formats people feed a summarizer by mistake.
_MAGIC = {
    b"%PDF": "a PDF",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP/Office document",
    b"\x7fELF": "an executable",
    b"\x1f\x8b": "a gzip archive",
}
_HTML = re.compile(rb"\s*(<!doctype html|<html|<head|<body)", re.I)  # matched where the prolog ends
#: What may come before a page's first tag: a UTF-8 BOM, spaces, an XML declaration, comments
#: ("<!-- saved from url=... -->", which browsers write first). Each piece is bounded.
_MARKUP_PROLOG = re.compile(rb"(?:\xef\xbb\xbf|\s+|<\?xml[^>]{0,500}\?>|<!--(?:(?!-->).){0,4000}-->)*", re.S)
#: An element's opening tag at the start: "<div", "<p class=...>", "<article>" (a name, then a
#: space, "/" or ">").
_OPENING_TAG = re.compile(rb"<[A-Za-z][A-Za-z0-9]{0,20}[\s/>]")
#: A closing tag anywhere: "</p>", "</div >".
_CLOSING_TAG = re.compile(rb"</[A-Za-z][A-Za-z0-9]{0,20}\s*>")
#: A text that opens with an element and closes this many is markup, not an article's text.
MARKUP_CLOSING_TAGS = 3


#: An element's tag left in plain text: an opening tag with quoted attributes, a self-closing or a closing tag (not "a<b",
#: "x < y"): a page's embed copied with its article (PolNeAR's tweets; real56).
#: Only closing tags of an element so opened go: "<b>help</b>" and "<p> and </p> are tags" stay as written (robust35).
_EMBED_TAG = re.compile(r'<([A-Za-z][\w-]{0,20})(?:\s+[\w-]+="[^"<>]{0,4000}")+\s*/?>|<([A-Za-z][\w-]{0,20})\s*/>')


def looks_like_markup(data: bytes) -> bool:
    """An HTML page or fragment: after an optional BOM, XML declaration and comments, a doctype
    or <html>/<head>/<body>, or an element tag with at least MARKUP_CLOSING_TAGS closing tags in
    the first 64 KB. Only "<!doctype" / "<html" at the very first byte were caught before, so a
    saved page opening with a comment or a BOM, or a copied fragment ("<div><p>..."), was read
    as text: its markup became the headline and the summary, with no claim and exit 0."""
    head = data[:65536]
    start = _MARKUP_PROLOG.match(head).end()
    if _HTML.match(head, start):
        return True
    return bool(_OPENING_TAG.match(head, start)) and len(_CLOSING_TAG.findall(head)) >= MARKUP_CLOSING_TAGS


@dataclass(frozen=True)
class Article:
    text: str
    path: str
    sha256: str
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = field(default=())

    @property
    def chars(self) -> int:
        return len(self.text)


#: An HTML character reference ("&amp;", "&quot;", "&#8217;", "&#x2019;"), and how many make a text one copied out of a
#: page's source, to be read as the characters they stand for (one alone may be a text writing about HTML).
_ENTITY = re.compile(HTML_ENTITY_RE)
#: The marks of UTF-8 read as cp1252 (or Latin-1) and saved again: "â€" before a quotation mark or dash, "â‚¬" for €,
#: "Â" or "Ã" before a second byte ("Â£", "Ã©"). Checked before ftfy's own test, so that a lone control byte or a
#: foreign word is never "repaired" (lead36).
_MOJIBAKE = re.compile("â€|â‚¬|[ÂÃ][\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                       "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
ENTITIES_MIN = 2
#: "Ã", "Â" and "â" written as a letter and a combining tilde or circumflex (a copy normalized to NFD after it was
#: double-encoded: real56's "Fran…ois"); composed again only where that makes the marks above (a "José" written
#: with a combining accent is no mojibake and stays as written).
_DECOMPOSED_MARK = re.compile("A\u0303|A\u0302|a\u0302")


def decode(data: bytes, name: str, max_chars: int) -> tuple[str, str, list[str]]:
    """Return (text, encoding, warnings) or raise InputError saying why not."""
    warnings: list[str] = []
    if not data:
        raise InputError(f"{name}: file is empty")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{name}: looks like {what}, not text; give the article as plain text")
    if looks_like_markup(data):
        raise InputError(f"{name}: looks like an HTML page; save the article's text as .txt first")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as e:
            raise InputError(f"{name}: has a UTF-16 BOM but is not valid UTF-16 ({e.reason})") from None
        text = text.lstrip("\ufeff")
    else:
        if b"\x00" in data:
            raise InputError(f"{name}: contains NUL bytes; it is binary, not text")
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            try:
                text, encoding = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError as e:
                raise InputError(f"{name}: is neither UTF-8 nor cp1252 text ({e.reason})") from None
            warnings.append("not valid UTF-8; decoded as cp1252 (Windows-1252)")
        if text.startswith("\ufeff"):
            text = text[1:]
    if "\x00" in text:
        raise InputError(f"{name}: contains NUL characters; it is binary, not text")
    if len(_ENTITY.findall(text, 0, 200_000)) >= ENTITIES_MIN:  # text copied out of a page's source: "&quot;" is '"'
        text = html.unescape(text)  # (else quotation marks go unseen and "&#8217;" ends a sentence at its ";"; lead35)
        warnings.append("HTML character references (&amp;, &quot;, &#8217; ...) read as the characters they stand for")
    if _EMBED_TAG.search(text, 0, 200_000):  # a page's embed left in plain text: '<tweet tweet-author="...">', '<tweet/>'
        names = {m.group(1) or m.group(2) for m in _EMBED_TAG.finditer(text)}
        text = re.sub(r"</(?:" + "|".join(sorted(map(re.escape, names))) + r")\s*>", "", _EMBED_TAG.sub("", text))  # (its attributes' words became claims: "<Tweet tweet-author= that ..."; real56)
        warnings.append("markup tags left in the text (<tweet ...>, <tweet/>) read without them")
    if not _MOJIBAKE.search(text, 0, 200_000) and _DECOMPOSED_MARK.search(text, 0, 200_000) \
            and _MOJIBAKE.search(composed := _DECOMPOSED_MARK.sub(lambda m: unicodedata.normalize("NFC", m.group()), text), 0, 200_000):
        text = composed  # "Fran" + "A" + U+0303 + U+0083 + ...: the marks of mojibake decomposed, which ftfy's test misses (coref57)
    if _MOJIBAKE.search(text, 0, 200_000) and is_bad(text[:200_000]):  # UTF-8 read as cp1252 and saved again: "â‚¬1.26"
        text = fix_encoding(text)  # ftfy (a well-kept library for exactly this; only its encoding repair: lead36)
        warnings.append("text was double-encoded (mojibake such as 'â€œ' or 'â‚¬'); repaired with ftfy")
    if is_tokenized(text):  # a corpus's tokenized copy: "`` we could n't , '' he said ." (tokens47)
        text = repair(text)  # (in written form the rules find its quotations and sentences; detokenize.py)
        warnings.append("tokenized text (spaced punctuation, `` '' quotation marks, -LRB-, \"n't\") read in written form")
    controls = sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\r\n\t\f\v")
    if controls > 8:
        raise InputError(f"{name}: contains control bytes; it is binary, not text")
    if not text.strip():
        raise InputError(f"{name}: contains only whitespace")
    if len(text) > max_chars:
        raise InputError(
            f"{name}: article is {len(text):,} characters; the limit is {max_chars:,} characters (--max-chars)"
        )
    return text, encoding, warnings


def load_bytes(data: bytes, name: str, max_chars: int = 1_000_000) -> Article:
    text, encoding, warnings = decode(data, name, max_chars)
    return Article(
        text=text,
        path=name,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        warnings=tuple(warnings),
    )


def byte_limit(max_chars: int) -> int:
    """The most bytes `max_chars` characters can take (UTF-8: 4 per character, plus a BOM)."""
    return max_chars * 4 + 4


def read_bounded(f, name: str, max_chars: int) -> bytes:
    """At most `byte_limit(max_chars)` bytes from `f`, whatever it is (file, device, pipe,
    never-ending stdin): read limit+1 in bounded pieces and refuse when the last one arrives."""
    limit = byte_limit(max_chars)
    parts: list[bytes] = []
    got = 0
    while got <= limit:
        piece = f.read(min(1 << 20, limit + 1 - got))
        if not piece:
            break
        parts.append(piece)
        got += len(piece)
    if got > limit:
        raise InputError(f"{name}: more than {limit:,} bytes; the limit is {max_chars:,} characters (--max-chars)",
                         path=name)
    return b"".join(parts)


#: How long a named pipe (FIFO) may stay without a writer or a first byte before it is refused.
#: Opening one for reading blocks until a writer opens it: a FIFO left in a digest's input folder
#: hung the whole run. A pipe being written (`summarize <(cmd)`, `cmd > fifo`) starts at once.
FIFO_WAIT_SECONDS = 30.0


def _open_fifo(p: Path, name: str):
    """Open the named pipe `p` for reading without blocking forever: InputError when no writer
    has sent anything (nor closed it) within FIFO_WAIT_SECONDS."""
    fd = os.open(p, os.O_RDONLY | os.O_NONBLOCK)  # never blocks, writer or not
    try:
        poller = select.poll()
        poller.register(fd, select.POLLIN | select.POLLHUP)
        if not poller.poll(int(FIFO_WAIT_SECONDS * 1000)):
            raise InputError(f"{name}: is a named pipe that nothing wrote to in {FIFO_WAIT_SECONDS:g} s", path=name)
        os.set_blocking(fd, True)  # data or a writer's close arrived: read it as any pipe
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def load_article(path: str | os.PathLike[str], max_chars: int = 1_000_000) -> Article:
    """Load one article from a path, or from stdin when path is '-'. Reads stop at the limit
    (`read_bounded`): the size a file system reports is 0 for devices and pipes."""
    name = os.fspath(path)
    if name == "-":
        stdin = sys.stdin.buffer if sys.stdin is not None else None
        if stdin is None:
            raise InputError("<stdin>: standard input is closed")
        return load_bytes(read_bounded(stdin, "<stdin>", max_chars), "<stdin>", max_chars)
    if "\0" in name:
        raise InputError(f"{name!r}: a file name never holds a NUL character", path=name)
    p = Path(name)
    try:
        if p.is_dir():
            if not os.access(p, os.R_OK | os.X_OK):
                raise InputError(f"{name}: is a folder this user cannot read (permission denied)", path=name)
            raise InputError(f"{name}: is a directory (use `summarize digest DIR` for many articles)")
        # Refuse before reading: a 2 GB file should not be read to learn it is too big.
        size = p.stat().st_size
        if size > byte_limit(max_chars):
            raise InputError(
                f"{name}: file is {size:,} bytes; the limit is {max_chars:,} characters (--max-chars)"
            )
        st = p.stat()
        with (_open_fifo(p, name) if stat.S_ISFIFO(st.st_mode) else open(p, "rb")) as f:
            data = read_bounded(f, name, max_chars)
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as e:
        raise InputError(f"{name}: cannot read ({e.strerror or e})") from None
    return load_bytes(data, name, max_chars)


_MONTHS = {m: i for i, m in enumerate(MONTH_ABBREVIATIONS, 1)}
_MON_TITLE = "|".join(m.title() for m in MONTH_ABBREVIATIONS)
_ISO_DATE = re.compile(r"\b(20\d\d|19\d\d)-(\d\d)-(\d\d)\b")
_DMY = re.compile(rf"\b(\d{{1,2}}) ({_MON_TITLE})[a-z]* (\d{{4}})\b")
_MDY = re.compile(rf"\b({_MON_TITLE})[a-z]*\.? (\d{{1,2}}), (\d{{4}})\b")


#: A date's dateline may hold besides it: a weekday, a time, a zone, separators; at most this many other words.
DATELINE_OTHER_WORDS = 2
#: ... or at most this many words that are all capitalised (an outlet's or a desk's name).
DATELINE_NAME_WORDS = 6
_TIME_OR_ZONE = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?|\b[A-Z]{2,5}\b(?:[+-]\d{1,2})?|\b(?i:"
                           + "|".join(d[:3] + "(?:" + d[3:] + ")?" for d in WEEKDAYS) + r")\b\.?")
_LABEL_END = re.compile(r"\b(?i:" + DATELINE_LABELS_RE + r")\b(?:[\W_]*(?i:on|at))?[\W_]*$")

_LABEL_START = re.compile(r"[\W_]*(?i:" + DATELINE_LABELS_RE + r")\b")


def _on_dateline(text: str, start: int, end: int) -> bool:
    """The date at [start:end] stands on a dateline: after a label ("PUBLISHED: 08:53 EST, 14 April 2013",
    "date 2023-11-17 ...") or on a line holding little else ("Wed, 14 Aug 2024 16:03:34 PKT"), not inside a
    body sentence ("On 3 March 2015 police said ...": an event's date)."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end, end + 400)
    before = _TIME_OR_ZONE.sub(" ", text[ls:start])
    if _LABEL_END.search(before) or _LABEL_START.match(text, end, le if le >= 0 else end + 400):
        return True  # (a label before it, or after it: "9 June 2015 Last updated at 08:10 GMT")
    rest = re.findall(r"[^\W\d_]+", before + " " + _TIME_OR_ZONE.sub(" ", text[end:le if le >= 0 else end + 400]))
    # (or an outlet's name: "Business Wire Report, April 14, 2026", capitalised words only)
    return len(rest) <= DATELINE_OTHER_WORDS or len(rest) <= DATELINE_NAME_WORDS and all(w[:1].isupper() for w in rest)


def find_published(text: str) -> str | None:
    """The article's own date (ISO): the first date in its first 600 characters that stands on a dateline
    (`_on_dateline`). Until session 30 any first date counted, a body sentence's too: of 1,022
    faithfulness documents 21 got a date and about 5 of those were a dateline (digest33); one dated a
    digest's attack to another year on the timeline and in its quantity rows."""
    head = text[:600]
    best: tuple[int, str] | None = None
    for rx, conv in (
        (_ISO_DATE, lambda m: (int(m[1]), int(m[2]), int(m[3]))),
        (_DMY, lambda m: (int(m[3]), _MONTHS[m[2].lower()[:3]], int(m[1]))),
        (_MDY, lambda m: (int(m[3]), _MONTHS[m[1].lower()[:3]], int(m[2]))),
    ):
        for m in rx.finditer(head):
            if not _on_dateline(text, m.start(), m.end()):
                continue
            y, mo, d = conv(m)
            if 1 <= mo <= 12 and 1 <= d <= 31 and (best is None or m.start() < best[0]):
                best = (m.start(), f"{y:04d}-{mo:02d}-{d:02d}")
            break
    return best[1] if best else None
