"""Regenerate README.md's `console` blocks of real tool output (issues 12 and 15).

Every ```console block whose first line is `$ summarize ...` is re-run from the repository root
and replaced by what the tool prints now, trimmed as the block's note says:

* `summarize seeds/X.txt`: a cold run (an empty SUMMARIZER_CACHE_DIR); claim and quote lines over
  144 characters keep their first 100 and last 20 (offsets kept), warnings whole;
* `... --format json`: the same run from the cache; only the claims the note names ("(c1 and
  c7)") and as many warnings as it says ("2 of its N warnings"); the note's counts are updated;
* `summarize check`: as printed (its rates vary from run to run);
* `summarize eval`: run after the seed (the cache holds seed 000's summary); its "Cost" and
  per-article sections are left out ("…"), the gold path is shown relative to the repository;
* `summarize digest seeds/ ...`: run after the eval (the five summaries cached); the first N
  lines the note names, lines over 160 characters keep their first 130 and last 30; the note's
  "of M" line count is updated;
* `summarize eval --suite ...`: verbatim.

Every block: stdout and stderr as the terminal shows them, but the "summarize: wrote <report>"
lines left out, and the repository's absolute path shortened to a relative one.

Every note naming the main a block was regenerated on ("main 81ae3e3", the nearest one above the
block, or the "(Regenerated ..." paragraph below it) gets the last commit that changed anything but
the README and docs/*.png (HEAD on a main whose code just changed). With
`--screenshots`, docs/seeds-digest.png is remade from a warm HTML digest with headless chromium,
and docs/digest-basil.png from the code-only digest of BASIL cluster be026b (README's commands).

Commands that run the bundled model (the seed, its JSON, eval, digest, check) run one at a time
under `nice -n 10`; timings are printed here, never written to the README. A second run with no
code change rewrites nothing but the model check's rates.

    python evals/tools/regen_readme.py [--only PATTERN] [--dry-run] [--screenshots]
"""
from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
SHA = re.compile(r"\bmain [0-9a-f]{7,40}\b")


@dataclass
class Block:
    start: int  # index of the ```console line
    end: int  # index of the closing ``` line
    command: str

    @property
    def kind(self) -> str:
        c = self.command
        if "--suite" in c:
            return "suite"
        if c.startswith("summarize digest"):
            return "digest"
        if c.startswith("summarize eval"):
            return "eval"
        if c.startswith("summarize check"):
            return "check"
        if "--format json" in c:
            return "json"
        return "seed"


# which blocks run first: the eval reads the seed's cached summary, the digest the eval's
ORDER = {"seed": 0, "json": 1, "check": 2, "eval": 3, "digest": 4, "suite": 5}


def find_blocks(lines: list[str]) -> list[Block]:
    blocks, i = [], 0
    while i < len(lines):
        if lines[i].strip() == "```console" and i + 1 < len(lines) and lines[i + 1].startswith("$ summarize"):
            j = i + 1
            while lines[j].strip() != "```":
                j += 1
            blocks.append(Block(i, j, lines[i + 1][2:].strip()))
            i = j
        i += 1
    return blocks


def elide(line: str, over: int, head: int, tail: int) -> str:
    """A line over `over` characters keeps its first `head` and last `tail`; a trailing
    '[start:end, match]' of a quote line is kept whole."""
    if len(line) <= over:
        return line
    m = re.search(r" \[\d+:\d+, \w+\]$", line)
    suffix = m.group(0) if m else ""
    body = line[: len(line) - len(suffix)]
    return body[:head] + "…" + body[-tail:] + suffix


def shorten_paths(text: str) -> str:
    """The repository's absolute path is left out (the tool prints it for some reports)."""
    return text.replace(str(ROOT) + "/", "").replace(str(ROOT), ".")


class Runner:
    def __init__(self) -> None:
        self.tmp = Path(tempfile.mkdtemp(prefix="regen_readme."))
        self.cache = self.tmp / "cache"
        self.cache.mkdir()
        bindir = self.tmp / "bin"
        bindir.mkdir()
        wrapper = bindir / "summarize"
        wrapper.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m summarizer "$@"\n')
        wrapper.chmod(0o755)
        self.env = dict(os.environ, SUMMARIZER_CACHE_DIR=str(self.cache),
                        PATH=f"{bindir}:{os.environ.get('PATH', '')}",
                        PYTHONPATH=str(ROOT) + (os.pathsep + os.environ["PYTHONPATH"]
                                                if os.environ.get("PYTHONPATH") else ""))
        self.env.pop("SUMMARIZER_DEBUG", None)

    def run(self, command: str, timeout: int = 1800) -> str:
        t = time.monotonic()
        p = subprocess.run(["nice", "-n", "10", "bash", "-c", command], cwd=ROOT, env=self.env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=timeout)
        p.stdout = "\n".join(ln for ln in shorten_paths(p.stdout).split("\n")
                             if not ln.startswith("summarize: wrote "))
        print(f"  {time.monotonic() - t:6.1f} s  exit {p.returncode}  $ {command}", file=sys.stderr)
        if p.returncode not in (0, 7):  # 7: the eval gate failed; the output still shows it
            raise SystemExit(f"regen_readme: `{command}` exited {p.returncode}:\n{p.stdout[-2000:]}")
        return p.stdout

    def close(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)


def note_before(lines: list[str], block: Block) -> tuple[int, int]:
    """The paragraph just above a block (up to a blank line or another fence)."""
    j = block.start
    while j > 0 and not lines[j - 1].strip():
        j -= 1
    i = j - 1
    while i >= 0 and lines[i].strip() and not lines[i].startswith("```"):
        i -= 1
    return i + 1, j


def note_after(lines: list[str], block: Block) -> tuple[int, int]:
    i = block.end + 1
    while i < len(lines) and not lines[i].strip():
        i += 1
    j = i
    while j < len(lines) and lines[j].strip() and not lines[j].startswith("```"):
        j += 1
    return i, j


def trim_seed(out: str) -> list[str]:
    lines = out.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [ln if ln.startswith("warning:") else elide(ln, 144, 100, 20) for ln in lines]


def trim_json(out: str, note: str) -> tuple[list[str], str]:
    data = json.loads(out)
    ids = re.search(r"\((c\d+(?:(?:, | and )c\d+)*)\)", note)
    keep = re.findall(r"c\d+", ids.group(1)) if ids else [c["id"] for c in data["claims"][:2]]
    nwarn = re.search(r"(\d+) of its \d+ warnings", note)
    k = int(nwarn.group(1)) if nwarn else 2
    n_claims, n_warn = len(data["claims"]), len(data["warnings"])
    data["claims"] = [c for c in data["claims"] if c["id"] in keep]
    data["warnings"] = data["warnings"][:k]
    note = re.sub(r"(\d+) of its \d+ claims", rf"\g<1> of its {n_claims} claims", note)
    note = re.sub(r"(\d+) of its \d+ warnings", rf"{min(k, n_warn)} of its {n_warn} warnings", note)
    return json.dumps(data, ensure_ascii=False, indent=2).split("\n"), note


def trim_eval(out: str) -> list[str]:
    lines, skip, kept = out.rstrip("\n").split("\n"), False, []
    for ln in lines:
        if ln.startswith("## "):
            was = skip
            skip = ln in ("## Cost", "## Claim F1 per article")
            if skip and not was:
                kept.append("…")
                kept.append("")
        if not skip:
            kept.append(ln)
    return kept


def trim_digest(out: str, note: str) -> tuple[list[str], str]:
    lines = out.rstrip("\n").split("\n")
    m = re.search(r"first (\d+) lines of \d+", note)
    n = int(m.group(1)) if m else 35
    note = re.sub(r"first (\d+) lines of \d+", rf"first \g<1> lines of {len(lines)}", note)
    return [elide(ln, 160, 130, 30) for ln in lines[:n]] + (["…"] if len(lines) > n else []), note


def screenshot(runner: Runner) -> None:
    html = runner.tmp / "digest.html"
    runner.run(f"summarize digest seeds/ -o {html}")
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if not browser:
        print("  no chromium: docs/seeds-digest.png left as it is", file=sys.stderr)
        return
    runner.run(f"{browser} --headless --no-sandbox --hide-scrollbars --window-size=1100,1500 "
               f"--screenshot={ROOT / 'docs/seeds-digest.png'} file://{html} 2>/dev/null")
    basil_screenshot(runner, browser)


def basil_screenshot(runner: Runner, browser: str) -> None:
    """docs/digest-basil.png: the code-only digest of BASIL cluster be026b... (README's commands),
    its three texts written to the run's temporary directory, never to the repository."""
    devdata = Path(os.environ.get("SUMMARIZER_DEVDATA") or ROOT.parent / "shared" / "devdata")
    clusters = devdata / "multidoc" / "basil_clusters.jsonl"
    if not clusters.is_file():
        print(f"  no {clusters}: docs/digest-basil.png left as it is", file=sys.stderr)
        return
    for line in clusters.read_text(encoding="utf-8").splitlines():
        if line.strip() and json.loads(line)["cluster_id"].startswith("be026b"):
            cluster = json.loads(line)
            break
    else:
        print("  cluster be026b not found: docs/digest-basil.png left as it is", file=sys.stderr)
        return
    d = runner.tmp / "basil"
    d.mkdir(exist_ok=True)
    paths = []
    for code in ("fox", "nyt", "hpo"):
        art = next(a for a in cluster["articles"] if a["outlet_code"] == code)
        (d / f"{code}.txt").write_text(art["text"], encoding="utf-8")
        paths.append(str(d / f"{code}.txt"))
    html = runner.tmp / "basil.html"
    runner.run(f"{sys.executable} evals/tools/code_digest.py {' '.join(paths)} -o {html}")
    runner.run(f"{browser} --headless --no-sandbox --hide-scrollbars --window-size=1100,1500 "
               f"--screenshot={ROOT / 'docs/digest-basil.png'} file://{html} 2>/dev/null")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", help="regenerate only blocks whose command matches this regex")
    ap.add_argument("--dry-run", action="store_true", help="print the diff, write nothing")
    ap.add_argument("--screenshots", action="store_true", help="also remake docs/seeds-digest.png and docs/digest-basil.png")
    args = ap.parse_args(argv)

    text = README.read_text(encoding="utf-8")
    lines = text.split("\n")
    # the commit whose code made the outputs: the last one that changed more than the README and
    # its screenshots, so that committing a regenerated README does not re-date it on the next run
    head = subprocess.run(["git", "log", "--first-parent", "-1", "--format=%h", "--abbrev=7", "--", ".", ":!README.md", ":!docs/*.png"],
                          cwd=ROOT, text=True, capture_output=True, check=True).stdout.strip()
    blocks = [b for b in find_blocks(lines) if not args.only or re.search(args.only, b.command)]
    runner = Runner()
    replaced: dict[int, tuple[Block, list[str]]] = {}
    notes: dict[tuple[int, int], str] = {}
    t0 = time.monotonic()
    try:
        for b in sorted(blocks, key=lambda b: ORDER[b.kind]):
            out = runner.run(b.command.replace("summarize digest seeds/ -o /tmp/d.md",
                                               f"summarize digest seeds/ -o {runner.tmp}/d.md")
                             .replace("cat /tmp/d.md", f"cat {runner.tmp}/d.md"))
            out = out.replace(str(runner.tmp) + "/", "/tmp/")
            before = note_before(lines, b)
            note = notes.get(before, "\n".join(lines[before[0]:before[1]]))
            if b.kind == "seed":
                body = trim_seed(out)
            elif b.kind == "json":
                body, note = trim_json(out, note)
            elif b.kind == "eval":
                body = trim_eval(out)
            elif b.kind == "digest":
                after = note_after(lines, b)
                anote = notes.get(after, "\n".join(lines[after[0]:after[1]]))
                body, anote = trim_digest(out, anote)
                notes[after] = SHA.sub(f"main {head}", anote)
            else:
                body = out.rstrip("\n").split("\n")
            notes[before] = SHA.sub(f"main {head}", note)
            if b.kind == "suite":  # the suites share one note: "Runs on main X, verbatim"
                i = b.start - 1
                while i > 0 and not lines[i].startswith(("## ", "### ")) and not SHA.search(lines[i]):
                    i -= 1
                if SHA.search(lines[i]) and not any(s <= i < e for s, e in notes):
                    notes[(i, i + 1)] = SHA.sub(f"main {head}", lines[i])
            replaced[b.start] = (b, [f"$ {b.command}", *body])
        if args.screenshots and not args.only:
            screenshot(runner)
            shot = [i for i, ln in enumerate(lines) if "the same run as" in ln and SHA.search(ln)]
            for i in shot:
                notes[(i, i + 1)] = SHA.sub(f"main {head}", lines[i])
    finally:
        runner.close()

    # rebuild from the bottom up so earlier indices stay valid
    edits = [(s, e, v.split("\n")) for (s, e), v in notes.items()]
    edits += [(b.start + 1, b.end, body) for b, body in replaced.values()]
    new = list(lines)
    for s, e, repl in sorted(edits, key=lambda x: x[0], reverse=True):
        new[s:e] = repl
    result = "\n".join(new)
    print(f"regen_readme: {len(replaced)} blocks in {time.monotonic() - t0:.0f} s, dated main {head}",
          file=sys.stderr)
    if args.dry_run:
        sys.stdout.writelines(difflib.unified_diff(text.splitlines(True), result.splitlines(True),
                                                   "README.md", "README.md (regenerated)"))
    elif result != text:
        README.write_text(result, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
