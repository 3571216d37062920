"""Prompts are files: prompts/<name>.v<N>.md with a front matter, a `## system` and a `## user`
section, and `$placeholders` (string.Template). Their content hash enters every cache key,
so editing a prompt never serves a stale answer.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from string import Template

from .errors import SummarizerError


def prompts_dir() -> Path:
    """prompts/ at the project root (editable install, checkout) or inside the package (wheel)."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "prompts", here / "prompts"):
        if candidate.is_dir():
            return candidate
    raise SummarizerError(f"prompts directory not found next to {here}")


@dataclass(frozen=True)
class Prompt:
    name: str
    version: int
    system: str
    user: str
    sha256: str

    def messages(self, **values: str) -> list[dict[str, str]]:
        return [
            {"role": "system", "content": self.system},
            {"role": "user", "content": Template(self.user).substitute(values)},
        ]


@functools.lru_cache(maxsize=None)
def load_prompt(name: str, version: int | None = None) -> Prompt:
    """The prompt `name` at `version`, or its highest version."""
    d = prompts_dir()
    found = {int(m.group(1)): p for p in d.glob(f"{name}.v*.md")
             if (m := re.fullmatch(rf"{re.escape(name)}\.v(\d+)\.md", p.name))}
    if not found:
        raise SummarizerError(f"no prompt named {name!r} in {d}")
    v = max(found) if version is None else version
    if v not in found:
        raise SummarizerError(f"prompt {name!r} has no version {v} in {d}")
    raw = found[v].read_text(encoding="utf-8")
    body = re.sub(r"\A---\n.*?\n---\n", "", raw, flags=re.S)
    m = re.search(r"^## system\n(.*?)^## user\n(.*)\Z", body, flags=re.S | re.M)
    if not m:
        raise SummarizerError(f"{found[v]}: needs '## system' and '## user' sections")
    return Prompt(name, v, m.group(1).strip(), m.group(2).strip(), hashlib.sha256(raw.encode()).hexdigest())
