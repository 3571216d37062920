"""Whether a claim names a source, or its account: read by the conflict rules.

`source_head` is a source's last significant word ("Carr", "Post"); `names_source` and
`names_account` look for it in another claim's text ("BuzzFeed's description"). Split out of
pairs.py (features and candidate pairs) so each module reads in one sitting; the code is
unchanged.
"""

from __future__ import annotations

import re

from .. import lang
from ..attribution.text import quote_spans
from ..schema import ARTICLE_VOICE
from .pairs import STOP, Features

_TOKS = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_TITLES = lang.SOURCE_TITLES
ACCOUNT_NOUNS = lang.ACCOUNT_NOUNS


def source_head(source: str) -> str:
    """The last significant word of a source's name ("Carr", "Post", "Examiner"), or '' when the
    name has none ("On Monday", "the senators"): such a source cannot be named by another claim."""
    words = [re.sub(r"['’]s$", "", w) for w in _TOKS.findall(source.lower())]
    words = [w for w in words if w not in _TITLES and w not in STOP and len(w) >= 3]
    return words[-1] if words and source.split()[-1][:1].isupper() else ""


def names_source(f: Features, source: str) -> bool:
    """The claim's text names `source`: its last significant word (a surname, "Post",
    "Examiner"), so "Washington" alone does not name "Washington Examiner"."""
    head = source_head(source)
    return bool(head) and re.search(r"\b" + re.escape(head) + r"\b", f.low) is not None




def names_account(f: Features, source: str) -> int | None:
    """Where the claim names the source's account (token index), if it does: the source's name
    followed within three words by a noun for what it said ("BuzzFeed's description", "a
    BuzzFeed news report")."""
    head = source_head(source)
    if not head:
        return None
    toks = [re.sub(r"['’]s$", "", t) for t in _TOKS.findall(f.low)]
    return next((i for i, t in enumerate(toks)
                 if t == head and any(u in ACCOUNT_NOUNS for u in toks[i + 1:i + 4])), None)


def time_voice(f: Features, written: str) -> str:
    """Who gives the time `written` ("Sunday") of a claim: its source's when the time stands inside the quotation the
    claim's source speaks, or the claim has none; the outlet's when the claim quotes its source and the time stands only
    outside the quotation, in the frame the outlet wrote ('"...," the judge told the Gazette in an interview published
    Sunday.': the outlet dates the interview; the judge said nothing of Sunday; the lead, session 47)."""
    if f.source == ARTICLE_VOICE or not written:
        return f.source
    text = f.claim.text
    spans = quote_spans(text)
    hits = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(written) + r"(?!\w)", text, re.I)]  # "a.m." ends on a dot
    if not spans or not hits or any(s <= h < e for h in hits for s, e, _g in spans):
        return f.source
    return ARTICLE_VOICE


def as_written(f: Features, value: str) -> str:
    """`value` ("sunday", a day read in lower case) as the claim writes it ("Sunday"), else unchanged."""
    m = re.search(r"\b" + re.escape(value) + r"\b", f.claim.text, re.I)
    return m.group(0) if m else value
