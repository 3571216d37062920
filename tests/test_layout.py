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


# -- one place for the language (issue 11) -------------------------------------------------------

MIN_WORDS = 4  # a word list: this many English words or more in one literal (3 flags ~45 pairs like "a|an|the")
_ENGLISH_WORD = re.compile(r"^[a-z][a-z'’.\- ]*[a-z]$")  # lower-case words and phrases ("per cent")
_REGEX_SYNTAX = re.compile(r"\(\?(?:[:!=]|<[=!])|\\[bsSwWd][*+?]?|[()?*+^$]|\{\d*,?\d*\}")
#: Literals of lower-case words outside summarizer/lang/ that are not English vocabulary: names of
#: fields and labels of the project's own contract. "module: first words" -> why it is allowed.
WORD_LIST_EXCEPTIONS = {
    "summarizer.cache: backend model mode prompt": "the cache key's field names, not language",
    "summarizer.cli: summarize digest eval check": "the CLI's command names",
    "summarizer.cli.summarize: text json jsonl md": "the output formats",
    "summarizer.digest.markdown: counted value unit claimed by": "a Markdown table's column headers",
    "summarizer.digest.schema: agrees asserts denies counts": "the digest schema's stance labels",
    "summarizer.eval.matching: intersection of the two evidence spans shorter span intersection union":
        "a formula in the docstring (|a ∩ b| / ...)",
    "summarizer.eval.report: system metric value min": "a report table's column headers",
    "summarizer.eval.suites: gold attribution factuality verify": "the eval suites' names",
    "summarizer.eval.suites.digest: rules sentences code model": "the system names",
    "summarizer.eval.suites.factuality: system uncertain or negated as stated factual as stated control docs":
        "a Markdown table's column headers",
    "summarizer.eval.suites.verify: pos neg tpr fpr": "a result's field names",
    "summarizer.eval.systems: gold rules sentences code": "the system names",
    "summarizer.eval.suites.common: rules sentences code model": "the system names",
    "summarizer.rules: stated reported claimed unconfirmed": "the schema's certainty labels, ranked",
    "summarizer.schema: event quantity statement plan": "the schema's claim kinds",
    "summarizer.schema: stated reported claimed unconfirmed": "the schema's certainty labels",
}


def _words_in_regex(s: str) -> list[str]:
    """The plain words of a regex alternation ("said|says|told" -> three words)."""
    return [p.strip() for p in _REGEX_SYNTAX.sub("", s).split("|") if _ENGLISH_WORD.match(p.strip())]


def _word_lists(tree: ast.AST) -> list[tuple[int, list[str]]]:
    """(line, words) for each literal that spells MIN_WORDS English words or more: a set, tuple,
    list or dict (keys) of string literals, a "...".split() string, or a regex alternation."""
    found = []
    skip = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "__all__" for t in n.targets)}
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        strs = None
        if isinstance(node, (ast.Set, ast.Tuple, ast.List)):
            strs = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        elif isinstance(node, ast.Dict):
            strs = [k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split"
              and not node.args and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str)):
            strs = node.func.value.value.split()
        if strs is not None:
            words = [s for s in strs if _ENGLISH_WORD.match(s)]
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and "|" in node.value:
            words = _words_in_regex(node.value.lower())
        else:
            continue
        if len(words) >= MIN_WORDS:
            found.append((node.lineno, words))
    return found


def test_word_list_finder_finds_lists_and_spares_code():
    src = '''
A = frozenset({"said", "says", "told", "added", "stated", "noted", "warned", "urged"})
B = frozenset("said says told added stated noted warned urged".split())
C = re.compile(r"\\b(?:said|says|told|added|stated|noted|warned|urged)\\b")
D = ("in", "on", "at")
E = {"id": 1, "text": 2}
__all__ = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
F = re.compile(r"\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?")
'''
    lines = [line for line, _ in _word_lists(ast.parse(src))]
    assert sorted(lines) == [2, 3, 4], lines


def test_word_lists_live_in_lang():
    """English vocabulary (reporting verbs, hedges, months, ...) lives in summarizer/lang/, each
    list with its source; a module elsewhere that spells out a word list fails here."""
    bad = []
    for name, f in _modules().items():
        if name == "summarizer.lang" or name.startswith("summarizer.lang."):
            continue
        for line, words in _word_lists(ast.parse(f.read_text(encoding="utf-8"))):
            key = f"{name}: {' '.join(words[:4])}"
            if key not in WORD_LIST_EXCEPTIONS:
                bad.append(f"{f.relative_to(ROOT)}:{line}: {' '.join(words[:6])} ... ({len(words)} words)")
    assert not bad, "move these word lists to summarizer/lang/ (with their source):\n" + "\n".join(bad)


def test_lang_lists_say_where_they_come_from():
    """Every public list in summarizer/lang/ has a `#:` comment (its source and its users)."""
    missing = []
    for f in sorted((PKG / "lang").glob("*.py")):
        if f.name == "__init__.py":
            continue
        lines = f.read_text(encoding="utf-8").splitlines()
        for node in ast.parse("\n".join(lines)).body:
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name) \
                    and not node.targets[0].id.startswith("_") and not lines[node.lineno - 2].startswith("#:") \
                    and "  # " not in lines[node.lineno - 1]:  # a comment above, or one on the line
                missing.append(f"{f.name}:{node.lineno} {node.targets[0].id}")
    assert not missing, missing


def test_every_lang_list_is_read_as_lang_name():
    """`from summarizer import lang; lang.NAME` reaches every list of every theme module."""
    import importlib

    from summarizer import lang

    missing = []
    for f in sorted((PKG / "lang").glob("*.py")):
        if f.name != "__init__.py":
            mod = importlib.import_module(f"summarizer.lang.{f.stem}")
            missing += [f"{f.stem}.{n}" for n in vars(mod) if n.isupper() and getattr(lang, n, None) is not getattr(mod, n)]
    assert not missing, f"add to summarizer/lang/__init__.py: {missing}"


#: Short lists of English words that used to be spelled outside summarizer/lang/ (fix5): the
#: finder above counts only MIN_WORDS words or more, so these two- and three-word lists slipped by.
MOVED_SHORT_LISTS = [{"hundred", "dozen"}, {"aged", "age", "ages"}, {"may", "march"}, {"today", "tonight"},
                     {"and", "or", "but"}, {"to", "and", "or"}, {"st", "nd", "rd", "th"},
                     {"thousand", "million", "billion", "trillion"}]


def test_short_word_lists_moved_to_lang_stay_there():
    found = []
    for name, f in _modules().items():
        if name == "summarizer.lang" or name.startswith("summarizer.lang."):
            continue
        tree = ast.parse(f.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.Set, ast.Tuple, ast.List, ast.Dict)):
                elts = node.keys if isinstance(node, ast.Dict) else node.elts
                words = {e.value for e in elts if isinstance(e, ast.Constant) and isinstance(e.value, str)}
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and "|" in node.value:
                words = set(_words_in_regex(node.value.lower()))
            else:
                continue
            if any(words and words >= moved for moved in MOVED_SHORT_LISTS):
                found.append(f"{f.relative_to(ROOT)}:{node.lineno}: {sorted(words)}")
    assert not found, "spell these with the lists in summarizer/lang/:\n" + "\n".join(found)
