"""The layout holds (issue 11): imports run one way, modules stay small, the README's layout
section names every module, and no module imports another's private names."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "summarizer"
ROOT = PKG.parent
MAX_LINES = 400


def _modules() -> dict[str, Path]:
    """Dotted module name -> file, for every .py under summarizer/."""
    out = {}
    for f in sorted(PKG.rglob("*.py")):
        parts = list(f.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = f
    return out


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _imports(modules: dict[str, Path]) -> dict[str, set[tuple[str, str | None]]]:
    """Module -> {(imported module, imported name or None)} for every import, lazy ones included."""
    graph: dict[str, set[tuple[str, str | None]]] = {}
    for name, f in modules.items():
        edges = set()
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                edges |= {(a.name, None) for a in node.names if a.name.startswith("summarizer")}
            elif isinstance(node, ast.ImportFrom):
                target = _resolve(name, f.name == "__init__.py", node)
                if not target.startswith("summarizer"):
                    continue
                for a in node.names:
                    sub = f"{target}.{a.name}"
                    edges.add((sub, None) if sub in modules else (target, a.name))
        graph[name] = {(m, n) for m, n in edges if m in modules and m != name}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle, as a list of modules, or None (depth-first search, three colours)."""
    colour = dict.fromkeys(graph, 0)
    stack: list[str] = []

    def visit(m: str) -> list[str] | None:
        colour[m] = 1
        stack.append(m)
        for n in sorted(graph[m]):
            if colour[n] == 1:
                return stack[stack.index(n):] + [n]
            if colour[n] == 0 and (found := visit(n)):
                return found
        stack.pop()
        colour[m] = 2
        return None

    for m in sorted(graph):
        if colour[m] == 0 and (found := visit(m)):
            return found
    return None


def test_cycle_finder_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_cycle_in_summarizer():
    graph = {m: {n for n, _ in edges} for m, edges in _imports(_modules()).items()}
    assert _cycle(graph) is None, "import cycle: " + " -> ".join(_cycle(graph))


def test_no_private_name_imported_from_another_module():
    bad = [f"{m} imports {n} from {t}" for m, edges in _imports(_modules()).items()
           for t, n in edges if n and n.startswith("_") and n != "__version__"]
    assert not bad, bad


@pytest.mark.parametrize("module", sorted(_modules()))
def test_no_module_over_400_lines(module):
    n = len(_modules()[module].read_text(encoding="utf-8").splitlines())
    assert n <= MAX_LINES, f"{module}: {n} lines (split it; the limit is {MAX_LINES})"


def test_readme_layout_section_names_every_module():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(r"^## Layout\n(.*?)(?=^## )", readme, re.S | re.M)
    assert m, "README.md has no '## Layout' section"
    section = m.group(1)
    listed = set(re.findall(r"(?m)^\s*(summarizer/[\w/]*(?:\.py|/))", section))
    files = {f"summarizer/{f.relative_to(PKG).as_posix()}" for f in PKG.rglob("*.py")
             if f.name != "__init__.py" or f.parent == PKG}  # a sub-package is listed as its folder
    packages = {f"summarizer/{d.relative_to(PKG).as_posix()}/" for d in PKG.rglob("*") if (d / "__init__.py").is_file()}
    missing = sorted((files | packages) - listed)
    stale = sorted(listed - files - packages)
    assert not missing and not stale, f"README layout: missing {missing}, not in the tree {stale}"


def test_every_package_is_in_pyproject():
    """setuptools is given an explicit package list: a new sub-package must be added to it."""
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    found = {m for m, f in _modules().items() if f.name == "__init__.py"}
    assert found <= listed, f"add to pyproject.toml [tool.setuptools] packages: {sorted(found - listed)}"
