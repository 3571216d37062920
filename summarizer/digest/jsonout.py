"""The digest's JSON written in pieces: the same text as `model_dump_json(indent=2)`, without
ever holding it whole.

At 5,000 articles the digest's JSON is ~16 MiB; built as one string, then the string plus a
newline, then its UTF-8 bytes for the atomic write, it is 2-3 copies at the end of the run
(BENCHMARKS.md, memory). Here each list element (article, agreement, timeline entry, ...)
is dumped on its own and written before the next is dumped.
"""

from __future__ import annotations

from typing import Iterator

from pydantic import BaseModel

from .schema import Digest


def _indent(text: str, pad: str) -> str:
    return pad + text.replace("\n", "\n" + pad)


def iter_digest_json(digest: Digest) -> Iterator[str]:
    """Chunks whose concatenation is `digest.model_dump_json(indent=2) + "\\n"`."""
    names = list(type(digest).model_fields)
    yield "{\n"
    for k, name in enumerate(names):
        value = getattr(digest, name)
        sep = ",\n" if k < len(names) - 1 else "\n"
        if isinstance(value, list) and value and all(isinstance(v, BaseModel) for v in value):
            yield f'  "{name}": [\n'
            for i, item in enumerate(value):
                yield _indent(item.model_dump_json(indent=2), "    ") + (",\n" if i < len(value) - 1 else "\n")
            yield "  ]" + sep
        else:  # scalars and small fields: pydantic's own text for them, the braces cut off
            one = digest.model_dump_json(indent=2, include={name})
            yield one[2:-2] + sep  # "{\n" ... "\n}"
    yield "}\n"
