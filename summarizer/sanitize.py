r"""Article text made inert for each output: the article is data, never markup or commands.

* `terminal(text)`: what may reach a terminal. ANSI/VT escape sequences (CSI `ESC [ ... m`,
  OSC `ESC ] ... BEL` such as set-title, 8-bit CSI `\x9b`, lone `ESC x`) are removed with
  their payload, then every other C0/C1 control character and DEL, and the bidirectional
  overrides, embeddings and isolates; newline and tab stay.
* `md(text)`: one inline Markdown value. Terminal controls go as above, line breaks become
  spaces (no new block can start), `<`, `>` and an `&` that would open a character reference become entities (no raw HTML: `<script>`,
  `<img onerror>`), and the characters that make links, images, emphasis, code and
  tables are backslash-escaped (no `[text](javascript:...)`, no `![](http://...)`).
* `json_text(text)`: JSON from `json.dumps(..., ensure_ascii=False)` escapes C0 controls but
  leaves DEL and C1 (`\x9b` is CSI to many terminals) raw; they become `\u00XX` escapes, which
  decode to the same strings. HTML is escaped by `html.escape` (summarizer/digest/htmltext.py),
  which the page template's environment applies to every value.
"""

from __future__ import annotations

import re

_ESCAPES = re.compile(
    r"\x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC ... BEL | ST (title, hyperlinks, clipboard)
    r"|\x9d[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # 8-bit OSC
    r"|\x1b[P^_X][^\x1b\x9c]*(?:\x1b\\|\x9c)?"  # DCS / PM / APC / SOS strings
    r"|(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"  # CSI (7- and 8-bit): colours, cursor, clear screen
    r"|\x1b[ -/]*[0-~]?"  # any other escape
)
#: C0/C1 controls and DEL, and the Unicode bidirectional embeddings, overrides and isolates
#: (U+202A-U+202E, U+2066-U+2069): a right-to-left override in an article turned the rest of a
#: terminal or Markdown line around, so a claim or its source read otherwise ("Trojan Source").
#: The marks U+200E/U+200F (which reorder nothing past their neighbours) stay.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
#: Inline Markdown syntax: code, emphasis, links/images, tables, strikethrough. Block syntax
#: (headings, lists, quotes) cannot start mid-line, and `md` never lets a line break through.
_C1 = re.compile(r"[\x7f-\x9f]")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]()!|~])")
#: An "&" that a Markdown renderer would read as the start of a character reference ("&copy;", "&#60;", "&#x3c;"):
#: only it becomes "&amp;"; a plain "&" ("Torres & Friedman") renders as itself and reads as written in the file
#: (every "&" was "&amp;" before: the lead, session 48, reading a digest's raw Markdown).
_ENTITY_START = re.compile(r"&(?=#?[A-Za-z0-9]+;?)")


def terminal(text: str) -> str:
    """`text` without escape sequences or control characters (newline and tab kept)."""
    return _CONTROLS.sub("", _ESCAPES.sub("", text))


def json_text(text: str) -> str:
    """JSON text with DEL and C1 controls as \\u escapes (valid JSON, the same values)."""
    return _C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def md(text: object) -> str:
    """One inline Markdown value, inert: no HTML, links, images or block syntax from the article."""
    s = terminal(str(text))
    s = " ".join(s.split())
    s = _ENTITY_START.sub("&amp;", s).replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", s)
