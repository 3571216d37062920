"""The gold set: <stem>.json ArticleSummary files with their articles, validated on load."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from ..errors import InputError
from ..load import Article, load_article
from ..schema import ArticleSummary


@dataclass(frozen=True)
class GoldCase:
    stem: str
    article: Article
    gold: ArticleSummary
    gold_path: Path
    warnings: tuple[str, ...] = ()


def project_root() -> Path:
    """The directory holding the summarizer package (the repository in a checkout)."""
    return Path(__file__).resolve().parents[2]


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
    raise InputError(f"{gold_file}: cannot find its article (tried {tried})")


def load_gold_set(gold_dir: str | Path, max_chars: int = 1_000_000) -> list[GoldCase]:
    """Every <stem>.json in gold_dir with its article; InputError on anything unusable."""
    d = Path(gold_dir)
    if not d.is_dir():
        raise InputError(f"{d}: gold directory not found")
    files = sorted(d.glob("*.json"))
    if not files:
        raise InputError(f"{d}: no gold files (*.json)")
    cases = []
    for f in files:
        try:
            gold = ArticleSummary.model_validate_json(f.read_bytes())
        except ValidationError as e:
            first = e.errors()[0]
            where = ".".join(str(x) for x in first["loc"])
            raise InputError(f"{f}: not a valid ArticleSummary ({where}: {first['msg']}; "
                             f"{e.error_count()} error(s))") from None
        except OSError as e:
            raise InputError(f"{f}: cannot read ({e.strerror or e})") from None
        path = _article_path(f, gold)
        article = load_article(path, max_chars)
        warnings = []
        if gold.source.sha256 and gold.source.sha256 != article.sha256:
            warnings.append(f"{f.name}: article {path} differs from the one labelled "
                            "(sha256 mismatch); gold offsets may be wrong")
        cases.append(GoldCase(f.stem, article, gold, f, tuple(warnings)))
    return cases

