"""Two names the articles write as one noun phrase are no clash of names for an agreement (issue 15,
digest29).

"Police said Kovac and Brandt were not involved in the fight." / "The Falcons were not involved in
the fight, police said.": each claim names someone the other does not (pairs.names_clash), so the
two read as different propositions; but another claim writes "the Falcons' Ivo Kovac", a team and
one of its players in one noun phrase. Likewise "most of the proof in the ex-Harbor Kings'
trial is indirect" / "... against Dorsey ..." when a claim writes "ex-Harbor King Ned Dorsey". Read from the
claims of the two claims' articles (pairs.article_texts; claimindex.ArticleText when streamed): a name right before the other, possessive or not,
at most two words between ("falcons' ivo kovac", "harbor king ned dorsey"). Every unmatched name of
the claim naming fewer must link to one of the other's; only the agreement test reads this
(classify.py), never a conflict's.
"""

from __future__ import annotations

import re

from .pairs import Features, unmatched_names

__all__ = ["names_linked"]


def _written_together(a: str, b: str, texts: str) -> bool:
    """`a` (a plural "-s" optional, possessive optional) then at most two words, then `b`."""
    head = re.escape(a[:-1] if a.endswith("s") else a) + r"s?(?:['’]s?)?"
    return re.search(r"\b" + head + r"\s+(?:[\w.-]+\s+){0,2}?" + re.escape(b) + r"\b", texts) is not None


def names_linked(f1: Features, f2: Features, article_text: dict[str, str] | None) -> bool:
    """Every name only one claim has (of the claim with fewer) is written in one noun phrase with a
    name only the other has, somewhere in the two claims' articles (module doc)."""
    if not article_text:
        return False
    u1, u2 = unmatched_names(f1, f2), unmatched_names(f2, f1)
    if not u1 or not u2:
        return False
    few, many = (u1, u2) if len(u1) <= len(u2) else (u2, u1)
    texts = article_text.get(f1.article, "") + " " + article_text.get(f2.article, "")
    return all(any(_written_together(a, b, texts) or _written_together(b, a, texts) for b in many) for a in few)
