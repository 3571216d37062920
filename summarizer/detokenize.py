"""A tokenized copy of an article put back into written English on load (issue 12; tokens47).

Corpora of news hand texts on in the Penn Treebank's tokenized form (CNN / Daily Mail, XSum,
Polytope, FaithBench): every mark set off by spaces ("the plan , he said ."), quotation marks as
`` and '', brackets as -LRB- -RRB-, clitics split off ("could n't", "the mayor 's"), and some
tokenizers also split a number's thousands ("235, 000"). A reader of such a copy sees English
with odd spaces; the rules read quotations by their marks and sentences by their stops, so
`load` gives the article in written form (`repair`), with a warning saying so, like the HTML
references and mojibake it already repairs: the output's quotations and offsets index the
repaired text, which is what the output shows and what a reader would write.

Only a text that shows a tokenizer's marks is touched (`is_tokenized`): at least
TOKENIZED_MIN_MARKS spaced closers and most of its commas and full stops spaced, or a PTB token
(``, -LRB-, " n't"). Normal text passes through unchanged, character for character.
"""

from __future__ import annotations

import re

from .lang import PTB_BRACKETS, SPLIT_CLITICS_RE

#: Fewest spaced commas / full stops / PTB tokens that make a text a tokenized one ...
TOKENIZED_MIN_MARKS = 3
#: ... and the share of its commas and full stops before a space that must be spaced off the word
#: before (a stray " , " typed in an edited text is one in hundreds).
TOKENIZED_MIN_SHARE = 0.5

_SPACED = re.compile(r"\w [,.;:?!](?=\s|$)")
_GLUED = re.compile(r"\w[,.;:?!](?=\s|$)")
_PTB_TOKEN = re.compile(r"``|-[lr][rsc]b-|\w n't\b|\w " + SPLIT_CLITICS_RE + r"\b", re.I)

#: (pattern, replacement) in order; a replacement is a string with group references. Each is a
#: shape of a tokenizer's output only: a space before a mark a writer glues to the word before.
_STEPS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"-([lr][rsc]b)-", re.I), "\0bracket"),                 # -LRB- CNN -RRB- -> ( CNN )
    (re.compile(r"(?<![\w`])`\s`(?=\s)"), "``"),                         # XSum's "` `"
    (re.compile(r"\bca n't\b", re.I), "can't"),                          # PTB's "ca n't", "wo n't"
    (re.compile(r"\bwo n't\b", re.I), "won't"),
    (re.compile(r"\bsha n't\b", re.I), "shan't"),
    (re.compile(r"(?<=\w) (n't)\b", re.I), r"\1"),                       # could n't
    (re.compile(r"(?<=\w) (" + SPLIT_CLITICS_RE + r")\b", re.I), r"\1"),      # the mayor 's, they 're
    (re.compile(r"(?<=\w)(s) '(?= )"), r"\1'"),                          # the workers ' union
    (re.compile(r"(?<![\w`])`\s*(?=\w)"), "'"),                          # ` opening a single quotation
    (re.compile(r"([(\[{]) (?=\S)"), r"\1"),                             # ( cnn ) -> (cnn )
    (re.compile(r"(?<=\S) ([)\]}])"), r"\1"),                            # (cnn ) -> (cnn)
    (re.compile(r"(?<=[\w)\]}\"'%]) ([,.;:?!%])(?=\s|$|[\"')\]])"), r"\1"),  # the plan , he said .
    (re.compile(r"(?<=[$£€¥]) (?=\d)"), ""),                             # $ 60 -> $60
    (re.compile(r"(?<!\d)(\d{1,3}), (000|\d{3})(?![\d,])(?=[ .,;:%)]|$)"), r"\1,\2"),  # 235, 000 -> 235,000
    (re.compile(r"(?<=[,.;:?!]) '(?= )"), "'"),                          # closing single mark after a stop
]
#: A tokenizer's double quotation mark with the spaces around it (not a line break).
_DOUBLE_MARK = re.compile(r"[ \t]*(?:``|'')[ \t]*|\n")


def _double_marks(text: str, src: list[int]) -> tuple[str, list[int]]:
    """`` and '' as '"', glued to the quotation they open or close: `` always opens; '' closes an
    open quotation, and opens one when none is open at a line's start, after a colon or comma, after a
    sentence's stop, or glued to the word after it (some outlets type '' for both marks: "''we will ,''
    he said"); a line break closes what is open."""
    state = {"open": False}

    def mark(m: re.Match[str]) -> str:
        tok = m.group(0)
        if tok == "\n":
            state["open"] = False
            return tok
        before = text[:m.start()].rstrip(" \t")
        after = text[m.end():m.end() + 1]
        opens = "``" in tok or not state["open"] and after[:1].isalnum() and (
            not before or before[-1] in "\n:,;(" or tok[-1:] not in " \t" or tok[:1] in " \t" and before[-1] in ".!?")
        state["open"] = opens
        if opens:
            return (" " if tok[:1] in " \t" and before and before[-1] != "\n" else "") + '"'
        return '"' + (" " if tok[-1:] in " \t" and after[:1] not in ".,;:!?" else "")
    return _sub(text, src, _DOUBLE_MARK, mark)


def is_tokenized(text: str) -> bool:
    """The text shows a tokenizer's marks (module doc); the first 20,000 characters decide."""
    head = text[:20000]
    spaced, glued = len(_SPACED.findall(head)), len(_GLUED.findall(head))
    if spaced >= TOKENIZED_MIN_MARKS and spaced >= (spaced + glued) * TOKENIZED_MIN_SHARE:
        return True
    return len(_PTB_TOKEN.findall(head)) >= TOKENIZED_MIN_MARKS and spaced > glued


def _sub(text: str, src: list[int], rx: re.Pattern[str], repl) -> tuple[str, list[int]]:
    """`rx.sub(repl, text)` with `src` (an offset of the original text per character) carried along:
    a replacement keeps the offsets of the matched characters it keeps (in order), and a new
    character takes the offset of the character after it."""
    out, omap, pos = [], [], 0
    for m in rx.finditer(text):
        out.append(text[pos:m.start()])
        omap += src[pos:m.start()]
        new = repl(m) if callable(repl) else PTB_BRACKETS[m.group(1).lower()] if repl == "\0bracket" else m.expand(repl)
        old, j = m.group(0), 0
        for ch in new:  # keep what the match keeps, in order; new characters point at the match's start
            k = old.find(ch, j)
            if k >= 0:
                omap.append(src[m.start() + k])
                j = k + 1
            else:
                omap.append(src[m.start() + j] if m.start() + j < len(src) else src[-1] if src else 0)
        out.append(new)
        pos = m.end()
    out.append(text[pos:])
    omap += src[pos:]
    return "".join(out), omap


def repair_with_map(text: str) -> tuple[str, list[int]]:
    """The written form of a tokenized `text` (unchanged when `is_tokenized` is false) and, per
    character of it, the offset of the character of `text` it comes from (one past the end: len)."""
    src = list(range(len(text)))
    if not is_tokenized(text):
        return text, src + [len(text)]
    for rx, repl in _STEPS:
        text, src = _sub(text, src, rx, repl)
    text, src = _double_marks(text, src)
    return text, src + [src[-1] + 1 if src else 0]


def repair(text: str) -> str:
    """`repair_with_map`'s text."""
    return repair_with_map(text)[0]
