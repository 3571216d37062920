"""Letters outside ASCII, read as the ASCII letter of the same case, in the working copy only.

The rules read a name by its capital (`[A-Z]` in hundreds of patterns): "said Ángel Núñez" gave
the source "ngel Núñez", and "Óscar Ébano said ...", "said Zoë Ødegaard", "said Łukasz Żurek" gave
no source at all (robust35, session 31); "in Łódź" gave no place. `fold(text)` maps each accented Latin letter to its base
letter and every other cased letter (Greek, Cyrillic, "Ø", "Ł", "ß") to an ASCII letter of the same
case, one character for one, so the copy keeps every offset; a combining mark becomes a lower-case
letter, so "José" written as "Jose" + U+0301 stays one word. `unfolder(original)(name)` puts the
article's own spelling back into a name read from the copy, word by word (`unfolder`).

Written by hand: `unicodedata` gives the base letter, but no library folds with the length kept
(unidecode writes "ß" as "ss" and "Ø" as "O" + nothing for combining marks, moving offsets).
"""

from __future__ import annotations

import re
import unicodedata

from . import lang

#: Letters whose decomposition has no ASCII base: the base a reader would spell them with.
_NO_BASE = {"Ø": "O", "ø": "o", "Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Ħ": "H", "ħ": "h", "Æ": "A",
            "æ": "a", "Œ": "O", "œ": "o", "Þ": "T", "þ": "t", "Ð": "D", "ð": "d", "ß": "s", "ı": "i",
            "ĸ": "k", "Ŋ": "N", "ŋ": "n", "Ŧ": "T", "ŧ": "t"}


def _table() -> dict[int, str]:
    out: dict[int, str] = {}
    for code in list(range(0xC0, 0x250)) + list(range(0x370, 0x530)) + list(range(0x1E00, 0x1F00)):
        c = chr(code)
        if code in (0xD7, 0xF7) or not c.isalpha():
            continue
        base = _NO_BASE.get(c) or unicodedata.normalize("NFD", c)[0]
        if not (base.isascii() and base.isalpha()):
            base = "X" if c.isupper() else "x"
        out[code] = base.upper() if c.isupper() else base.lower() if c.islower() else base
    for code in range(0x300, 0x370):  # combining marks: a letter of the word they sit in
        out[code] = "x"
    return out


_FOLD = _table()
#: A word of the folded copy with its inner apostrophes and hyphens ("Al-Masri", "O'Neill").
_ASCII_WORD = re.compile(r"[A-Za-z](?:[A-Za-z]|['’-](?=[A-Za-z]))*")


#: A non-ASCII letter standing alone ("Â£296m", "Â A study": a page decoded in the wrong charset):
#: no word of a name, and folded it would read as one ("A").
_LONE = re.compile(r"(?<![^\W\d_])[^\x00-\x7f](?![^\W\d_])")


#: A lower-case particle that opens a name's capitalised part ("said Ahmed al-Masri", "el-Sisi",
#: "bin Salman's adviser"): the rules read a name by its capital, so the copy capitalises it (the
#: particles of lang.HYPHENED_NAME_PARTICLES before a hyphen, of lang.SPACED_NAME_PARTICLES before a space).
_PARTICLE = re.compile(r"(?<![\w'’-])(?:(?:" + "|".join(lang.HYPHENED_NAME_PARTICLES) + r")(?=-[A-Z][a-z])|(?:"
                       + "|".join(lang.SPACED_NAME_PARTICLES) + r")(?= [A-Z][a-z]))")


def fold(text: str) -> str:
    """Same length: accented and other non-ASCII letters as ASCII letters of the same case (a letter
    standing alone is left as it is), and a lower-case name particle before a capital capitalised."""
    if text.isascii():
        return _PARTICLE.sub(lambda m: m.group().capitalize(), text)
    out = text.translate(_FOLD)
    lone = [m.start() for m in _LONE.finditer(text) if text[m.start()].isalpha()]
    if lone:
        chars = list(out)
        for i in lone:
            chars[i] = text[i]
        out = "".join(chars)
    return _PARTICLE.sub(lambda m: m.group().capitalize(), out)


def unfolder(original: str):
    """A function giving a name read from the folded copy each word spelt as `original` spells it.
    Each word of the copy is matched to the article's characters at the same offsets (the copy keeps
    every offset): a word that a combining mark or a stray byte splits in the article ("Fran" + "A" +
    U+0303 + ..., a page decoded in the wrong charset) still gets its own spelling back (lead45)."""
    back: dict[str, str] = {}
    plain = set()
    for m in _ASCII_WORD.finditer(fold(original)):
        w = original[m.start():m.end()]
        if w == m.group():
            plain.add(w)
        else:
            back.setdefault(m.group(), w)
    for w in plain & back.keys():  # "Raul" and "Raúl" both in the text: the name keeps what it read
        del back[w]

    def unfold(name: str) -> str:
        return _ASCII_WORD.sub(lambda m: back.get(m.group(), m.group()), name) if back else name
    return unfold
