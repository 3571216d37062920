"""A claim part as a sentence (`as_sentence`: a dropped "and", a capital, a full stop, balanced
quotation marks) and with the marks of the quotation it lies in (`quoted_sentence`). Split from
drafts.py (the 400-line limit); drafts.py, the descriptions and the speech splits build on it."""

from __future__ import annotations

import re

from . import lang
from .marks import pair_mixed

#: a quotation whose marks a part cut from it keeps has at least this many words (`quoted_sentence`)
QUOTED_PART_MIN_WORDS = 6


def as_sentence(part: str) -> str:
    """A part as a sentence: whitespace folded, a leading "and"/"but" dropped, trailing clause
    punctuation replaced by a full stop, the first letter capitalized (after any opening marks)."""
    words = part.split()
    if len(words) > 1 and words[0].lower() in lang.COORDINATORS:
        words = words[1:]
    out = " ".join(words)
    if len(words) < len(part.split()) and (aside := _DASH_ASIDE_OPENING.match(out)):
        out = aside.group(2) + ", " + out[aside.end():]  # "and - in the wake of X - she has spoken": "In the wake of X, she has spoken" (lead45)
    if (tail := _SPEECH_BEFORE_COLON.search(out)) and len(out[:tail.start()].split()) >= 4:
        out = out[:tail.start()]  # '... called the plan "flawed" and said:' before the quotation, a claim of its own (lead38)
        out = re.sub(r"(?<=\w)([”\"’])$", r".\1", out)  # ... "flawed." (the stop inside the closing mark)
    out = out.rstrip(",;:–—- ")
    out = _balanced(out)
    out = re.sub(r",([\"”’']+)$", r".\1", out)  # 'the price looked “fair,”' cut before "while": the quotation's comma closes it (genre45)
    if out and out[-1] not in ".!?\"'”’)" and not re.search(r"[.!?…][»«›‹“]+$", out):  # (other outlets' closers: intl38)
        out += "."
    m = re.match(r"[\W_]*", out)  # (after opening marks: "` downsizing ..., ' he said" of a lower-cased corpus)
    return out[:m.end()] + out[m.end():m.end() + 1].upper() + out[m.end() + 1:]


#: An aside set off by dashes right after a dropped "and"/"but" ("and - in the wake of the storm - she has ..."): the
#: aside opens the sentence, a comma after it.
_DASH_ASIDE_OPENING = re.compile(r"([–—]|--?)\s+([^–—]+?)\s+\1\s+(?=\w)")


#: a coordinated verb of saying (and an addressee) closing a part before a colon's quotation: the quotation is
#: another claim, the verb no part of this one ("X called the plan “flawed” and told reporters:")
_SPEECH_BEFORE_COLON = re.compile(r"(?:\s+(?:and|but)\s+(?:also\s+|then\s+)?(?:" + "|".join(sorted(
    w for w in lang.SPEECH_VERBS if lang.is_past_form(w))) + r")(?:\s+[a-z]+){0,2}|,\s+(?:"
    + "|".join(sorted(lang.SAYING_PARTICIPLES)) + r")(?:\s+[a-z]+){0,2})\s*:\s*$")


_CLOSER_OF = {'"': '"', "“": "”", "'": "'", "‘": "’"}


def quoted_sentence(text: str, start: int, end: int, quotes) -> str:
    """`as_sentence` of text[start:end] with the marks of a quotation it lies in: a part that begins
    inside a quotation opened before it ('... shoes. I can't afford them," she said.', '"A, and B."'
    cut at ", and") gets the opening mark, one that ends inside a quotation closed after it (or
    carried to the next paragraph) the closing mark, so the claim shows it is quoted rather than
    dropping the unmatched mark (read15). Short quotations (a few words) are left as they are."""
    part = text[start:end]
    seg = [(a, b) for a, b, _ in quotes if a < end and b > start and text[a] in _CLOSER_OF
           and len(text[a:b].split()) >= QUOTED_PART_MIN_WORDS]
    words = part.split()
    if len(words) > 1 and words[0].lower() in lang.COORDINATORS:
        words = words[1:]
    core = " ".join(words)
    if not seg or len(core.split()) < 4:
        return as_sentence(part)
    a, b = seg[0]
    mark = text[a]
    opens = a < start and not part.lstrip()[:1] in _CLOSER_OF
    lb = seg[-1][1]
    closes = lb > end or text[lb - 1] not in _CLOSER_OF.values()  # closed after the part, or never (a paragraph's end)
    if not (opens or closes):
        return as_sentence(part)
    if closes:
        core = core.rstrip(",;:–—- ")
        if not re.search(r"[.!?…][\"'”’)\]]*$", core):  # not after an inner quotation's stop: "I said: 'Of course.'" (real48)
            core += "."
        core += _CLOSER_OF[mark]
    if opens:
        core = mark + core
    return as_sentence(core)


def _balanced(out: str) -> str:
    """Quotation marks of a clause cut from a quoted sentence, balanced: an opening mark with no
    closing one (or the reverse) is dropped rather than shown unmatched. So are a tokenized corpus's
    marks left at a part's start by the sentence before ("'' Later that month ...", "' icann said
    ...", "` ` i saw ...": a spaced mark that closes the last sentence or opens a quotation it
    never closes). A quotation opened with one style and closed with the other keeps its end
    (marks.pair_mixed)."""
    out = pair_mixed(out)
    m = re.match(r"(?:''|` `|``|'(?= ))\s+", out)
    rest = out[m.end():] if m else ""
    if m and (m.group(0).startswith("''") or m.group(0).startswith("`") and "''" not in rest and "' '" not in rest
              or m.group(0).startswith("'") and not re.search(r"(?<!\w)'(?!\w)|(?<=\w)'(?!\w)(?! s\b)", rest)):
        out = rest
    for open_, close in (("“", "”"), ('"', '"')):
        last = out.rfind(open_)
        if out.count(open_) % 2 if open_ == close else out.count(open_) > out.count(close) and last > out.rfind(close):
            if last >= 0 and (last == 0 or out[last - 1].isspace()) and out[-1:] in ".!?" and len(out) - last > 12:
                out += close  # '"A," X said, "but B.' (the quotation goes on in the next sentence): closed here (lead12)
                continue
        if open_ == close:
            if out.count(open_) % 2 and re.search(r'(?<=\s)"\w[\w\'’ -]{0,40}$', out) and len(out[out.rfind(open_):].split()) <= 4:
                out += close  # '... calling them "pests" and "vandals,"' cut at its comma: the last word's quotation closed (lead40)
            elif out.count(open_) % 2:
                out = out.replace(open_, "", 1) if out.startswith(open_) else out[::-1].replace(open_, "", 1)[::-1]
        elif out.count(open_) != out.count(close):
            if out.count(open_) > out.count(close):
                out = out.replace(open_, "", 1)
            else:
                out = out[::-1].replace(close, "", 1)[::-1]
    return out.strip()

