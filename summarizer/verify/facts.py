"""What the support check's coverage decision reads of one sentence that passed the hard checks
(`verify.hard_checks` returns one per sentence with content)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .article import Article, Sent
from .words import Tok


@dataclass
class Facts:
    score: float             # share of its content words in its supporting sentences
    n: int                   # how many content words (stems) it has
    missing: list[str]       # its words not in the supporting sentences
    novel: list[str]         # its words found nowhere in the article
    novel_stems: set[str]
    spans: list[tuple[int, int]]
    subject_missing: list[str]  # its subject's words, when none of them is in the document
    # what else a decision may weigh (evals/tools/fit_verify.py): the sentence's tokens, its
    # supporting sentences (best first), its content stems, those missing from the support, the article
    toks: list[Tok] = field(default_factory=list)
    order: list[Sent] = field(default_factory=list)
    stems: set[str] = field(default_factory=set)
    missing_stems: set[str] = field(default_factory=set)
    art: Article | None = None
