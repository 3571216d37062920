"""Named-source accuracy on PolNeAR split by the form of the gold source as written (session 39, coref48):
a pronoun ("he", "they"), a description with no name ("the governor", "officials"), a surname alone, with or without a
title ("Christie", "Mr. Obama", "Gov. Christie"), or a name of two capitalised words or more ("Chris Christie",
"the Obama campaign"). A pronoun or a description is scored as the suite's chain figure scores it (the gold source or
the nearest capitalised gold source before it); the other forms as the named-source figure does (the gold text).

    python evals/tools/source_forms.py                    # both halves, code path
    python evals/tools/source_forms.py --misses 60        # also half A's misses (the tune half; never B's)
    python evals/tools/source_forms.py --dump /tmp/x.json # every half-A scored claim, to compare with --flips
    python evals/tools/source_forms.py --flips /tmp/x.json

Reads ../shared/devdata in place; stores no article text.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from attrib_split import half  # noqa: E402

from summarizer import lang  # noqa: E402
from summarizer.eval.matching import attribution_matches  # noqa: E402
from summarizer.eval.suites import attribution as suite  # noqa: E402
from summarizer.eval.suites.common import make_article, systems_for  # noqa: E402
from summarizer.schema import ARTICLE_VOICE  # noqa: E402

FORMS = ("pronoun", "description", "surname", "full name")
_TITLE_WORDS = {w.rstrip(".") for w in lang.PERSON_TITLES | lang.HONORIFIC_FORMS}


def form(src: str) -> str:
    s = " ".join(src.split())
    if s.lower() in lang.PERSONAL_PRONOUNS:
        return "pronoun"
    words = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", s).split()
    caps = [w for w in words if w[:1].isupper()]
    if not caps:
        return "description"
    names = [w for w in caps if w.lower().rstrip(".") not in _TITLE_WORDS]
    if len(names) <= 1 and len(words) - len(caps) == 0:
        return "surname"
    return "full name" if len(names) >= 2 else ("surname" if names else "description")


def rows_of(pairs, fn) -> list[dict]:
    out = []
    for art, rels in pairs:
        pred = fn(make_article(art["text"], art["article_id"]))
        for cl in pred.claims:
            rel = suite.gold_relation(rels, cl.evidence.start, cl.evidence.end)
            if rel is None or not rel.get("source") or cl.attributed_to == ARTICLE_VOICE:
                continue
            src = rel["source"]["text"]
            f = form(src)
            names = suite._chain_names(rel, rels) if f in ("pronoun", "description") else [src]
            out.append({"article_id": art["article_id"], "start": cl.evidence.start, "form": f, "gold": src,
                        "chain": names[1:], "ours": cl.attributed_to, "quote": " ".join(cl.evidence.quote.split())[:240],
                        "ok": any(attribution_matches(cl.attributed_to, n) for n in names)})
    return out


def table(rows_by_half: dict) -> None:
    print("| half | " + " | ".join(FORMS) + " | all |")
    print("|---|" + "---|" * (len(FORMS) + 1))
    for h, rows in rows_by_half.items():
        cells = []
        for f in FORMS + ("all",):
            rs = [r for r in rows if f == "all" or r["form"] == f]
            ok = sum(r["ok"] for r in rs)
            cells.append(f"{ok / len(rs):.3f} ({ok}/{len(rs)})" if rs else "-")
        print(f"| {h} | " + " | ".join(cells) + " |")


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--misses", type=int, default=0, help="print that many of half A's misses")
    p.add_argument("--dump", default="")
    p.add_argument("--flips", default="")
    args = p.parse_args()
    from summarizer.settings import Settings

    fns, closers = systems_for(["code"], Settings.from_env())
    pairs = suite.load(0)
    by_half = {h: rows_of([x for x in pairs if half(x[0]["article_id"]) == h], fns["code"]) for h in ("A", "B")}
    table(by_half)
    misses = [r for r in by_half["A"] if not r["ok"]]
    print(f"\nhalf A misses by form: {dict(Counter(r['form'] for r in misses))}")
    for r in misses[:args.misses]:
        print(f"\nMISS {r['article_id']} @{r['start']} [{r['form']}] ours {r['ours']!r} | gold {r['gold']!r}"
              + (f" (chain {r['chain']})" if r["chain"] else "") + f"\n    {r['quote']}")
    if args.dump:
        Path(args.dump).write_text(json.dumps(by_half["A"], indent=0), encoding="utf-8")
    if args.flips:
        before = {(r["article_id"], r["start"]): r for r in json.loads(Path(args.flips).read_text(encoding="utf-8"))}
        for r in by_half["A"]:
            b = before.get((r["article_id"], r["start"]))
            if b is not None and b["ours"] != r["ours"]:
                print(f"\nFLIP {r['article_id']} @{r['start']} [{r['form']}] {b['ours']!r} ({b['ok']}) -> {r['ours']!r} "
                      f"({r['ok']}) | gold {r['gold']!r}\n    {r['quote']}")
    for x in closers:
        x.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
