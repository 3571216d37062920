"""The gold set: <stem>.json ArticleSummary files with their articles, validated on load.

The article of `<stem>.json` is `<stem>.txt` beside it, else its `source.path`: a file
(relative to the gold dir's parent, the CWD or the project), or an article of the dev data,
`devdata:<folder>/<id>`, e.g. `devdata:attribution/<article_id>` (PolNeAR) or
`devdata:multidoc/<article_uuid>` (BASIL).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from ..errors import InputError
from ..load import Article, load_article
from ..schema import ArticleSummary
from . import devdata
from .devdata import project_root


@dataclass(frozen=True)
class GoldCase:
    stem: str
    article: Article
    gold: ArticleSummary
    gold_path: Path
    warnings: tuple[str, ...] = ()


def default_gold_dir() -> Path:
    root = project_root() / "evals" / "gold"
    return root if root.is_dir() else Path.cwd() / "evals" / "gold"


def _article_path(gold_file: Path, gold: ArticleSummary) -> Path:
    """<dir>/<stem>.txt, else source.path relative to the gold dir's parent, the CWD, the project."""
    beside = gold_file.with_suffix(".txt")
    if beside.is_file():
        return beside
    src = Path(gold.source.path)
    candidates = [src] if src.is_absolute() else [
        gold_file.parent.parent / src, Path.cwd() / src, project_root() / src]
    for c in candidates:
        if c.is_file():
            return c
    tried = ", ".join(str(c) for c in [beside, *candidates])
    raise InputError(f"{gold_file}: cannot find its article (tried {tried})", path=str(gold_file))


def _devdata_article(gold_file: Path, ref: str, max_chars: int) -> Article:
    """`devdata:<folder>/<id>` (e.g. devdata:attribution/<article_id>, devdata:multidoc/<article_uuid>):
    the article's text from the dev data, loaded like a file of its UTF-8 bytes."""
    try:
        return devdata.load_devdata_article(ref, max_chars)
    except InputError as e:
        raise InputError(f"{gold_file}: {e}", path=str(gold_file)) from None


def _read_gold(f: Path) -> ArticleSummary:
    try:
        return ArticleSummary.model_validate_json(f.read_bytes())
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(x) for x in first["loc"])
        raise InputError(f"{f}: not a valid ArticleSummary ({where}: {first['msg']}; "
                         f"{e.error_count()} error(s))", path=str(f)) from None
    except OSError as e:
        raise InputError(f"{f}: cannot read ({e.strerror or e})", path=str(f)) from None


def _check_spans(f: Path, gold: ArticleSummary, text: str) -> None:
    """Every gold evidence span must be its quote in the article: offsets are what we score.
    Claim ids must be unique (matching pairs claims by id in reports)."""
    ids = [c.id for c in gold.claims]
    if len(set(ids)) != len(ids):
        dup = next(i for i in ids if ids.count(i) > 1)
        raise InputError(f"{f}: claim id {dup} is used twice", path=str(f))
    for c in gold.claims:
        e = c.evidence
        if not (0 <= e.start < e.end <= len(text) and text[e.start:e.end] == e.quote):
            raise InputError(f"{f}: claim {c.id}: evidence [{e.start}:{e.end}] is not its quote "
                             f"in the article", path=str(f))


def load_case(f: Path, max_chars: int = 1_000_000) -> GoldCase:
    """One gold file with its article; InputError naming the file when anything is unusable."""
    gold = _read_gold(f)
    if devdata.is_devdata_ref(gold.source.path):  # dev-data gold (evals/GUIDELINES.md §13)
        article = _devdata_article(f, gold.source.path, max_chars)
    else:
        article = load_article(_article_path(f, gold), max_chars)
    # validated like a prediction: the article is the one labelled (sha256, length), every span
    # is its quote; a gold file that fails any of these would score the system against noise
    if gold.source.sha256 and gold.source.sha256 != article.sha256:
        raise InputError(f"{f}: article {article.path} is not the one labelled (sha256 mismatch); "
                         "fix the gold file or restore the article", path=str(f))
    if gold.source.chars and gold.source.chars != article.chars:
        raise InputError(f"{f}: article {article.path} has {article.chars:,} characters, the gold file says "
                         f"{gold.source.chars:,}", path=str(f))
    _check_spans(f, gold, article.text)
    return GoldCase(f.stem, article, gold, f, ())


def load_gold_set(gold_dir: str | Path, max_chars: int = 1_000_000) -> list[GoldCase]:
    """Every <stem>.json in gold_dir with its article; InputError on anything unusable."""
    d = Path(gold_dir)
    if not d.is_dir():
        raise InputError(f"{d}: gold directory not found", path=str(d))
    files = sorted(d.glob("*.json"))
    if not files:
        raise InputError(f"{d}: no gold files (*.json)", path=str(d))
    return [load_case(f, max_chars) for f in files]
