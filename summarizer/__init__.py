"""summarizer: grounded, typed, attributed claims from news articles.

Library first: `Settings`, `load_article`, `Pipeline` (or `summarize_article`), the JSON
contract models in `summarizer.schema`, and the exception tree rooted at `SummarizerError`.
Names are imported lazily so that `summarize --help` does not pay for pydantic or openai.
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

#: The instructor modes a backend can be driven in (`--mode`, Settings.mode). Here, not in
#: settings.py, so that the command line's parser gets them without importing dataclasses.
MODES = ("tools", "json", "json_schema", "md_json")

__all__ = [
    "__version__",
    "Settings",
    "load_article",
    "Article",
    "Pipeline",
    "summarize_article",
    "Document",
    "ArticleSummary",
    "Claim",
    "Evidence",
    "SummarizerError",
    "InputError",
    "UsageError",
    "BackendError",
    "BackendUnavailable",
    "TransportError",
    "ContextOverflow",
    "ExtractionError",
    "BatchIncomplete",
    "EvalGateFailed",
    "verify",
    "Verdict",
]

_WHERE = {
    "Settings": "settings",
    "load_article": "load",
    "Article": "load",
    "Pipeline": "pipeline",
    "summarize_article": "pipeline",
    "Document": "document",
    "ArticleSummary": "schema",
    "Claim": "schema",
    "Evidence": "schema",
    "verify": "verify",
    "Verdict": "verify",
}


def __getattr__(name: str):
    if name in _WHERE:
        return getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
    if name in __all__:
        return getattr(importlib.import_module(".errors", __name__), name)
    raise AttributeError(f"module 'summarizer' has no attribute {name!r}")
