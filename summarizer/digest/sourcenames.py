"""Whether a claim names a source, or its account: read by the conflict rules.

`source_head` is a source's last significant word ("Carr", "Post"); `names_source` and
`names_account` look for it in another claim's text ("BuzzFeed's description"). Split out of
pairs.py (features and candidate pairs) so each module reads in one sitting; the code is
unchanged.
"""

from __future__ import annotations

import re

from .. import lang
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
