"""The digest's JSON written in pieces: the same text as `model_dump_json(indent=2)`, without
ever holding it whole.

At 5,000 articles the digest's JSON is ~16 MiB; built as one string, then the string plus a
newline, then its UTF-8 bytes for the atomic write, it is 2-3 copies at the end of the run
(BENCHMARKS.md, memory). Here each list element (article, agreement, timeline entry, ...)
is dumped on its own and written before the next is dumped. A `stream.StreamedDigest` gives
its long lists as callables that read them from disk one element at a time; they are
written the same way, so neither the text nor the list is ever whole in memory.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from pydantic import BaseModel

from .schema import Digest


def _indent(text: str, pad: str) -> str:
    return pad + text.replace("\n", "\n" + pad)


def _items(name: str, items: Iterable[BaseModel]) -> Iterator[str]:
    """`"name": [...]` at the digest's first level, one element at a time ([] when empty)."""
    first = True
    for item in items:
        yield (f'  "{name}": [\n' if first else ",\n") + _indent(item.model_dump_json(indent=2), "    ")
        first = False
    yield f'  "{name}": []' if first else "\n  ]"


def iter_digest_json(digest) -> Iterator[str]:
    """Chunks whose concatenation is `digest.model_dump_json(indent=2) + "\\n"` (`digest`: a
    Digest, or a StreamedDigest with the same fields)."""
    names = list(Digest.model_fields)
    yield "{\n"
    for k, name in enumerate(names):
        value = getattr(digest, name)
        sep = ",\n" if k < len(names) - 1 else "\n"
        if callable(value):  # read from disk as it is written
            yield from _items(name, value())
            yield sep
        elif isinstance(value, list) and value and all(isinstance(v, BaseModel) for v in value):
            yield from _items(name, value)
            yield sep
        else:  # scalars and small fields: pydantic's own text for them, the braces cut off
            one = Digest.model_construct(**{name: value}).model_dump_json(indent=2, include={name})
            yield one[2:-2] + sep  # "{\n" ... "\n}"
    yield "}\n"
