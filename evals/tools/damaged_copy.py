"""Attribution on damaged copies of PolNeAR articles (tokens47, issue 12): the news corpora's lower-cased and
tokenized form, made from the original by a documented transform, scored against the original's gold.

    python evals/tools/damaged_copy.py                  # half A: original / damaged as given / damaged through load
    python evals/tools/damaged_copy.py --half B --limit 40
    python evals/tools/damaged_copy.py --faithfulness   # also: the faithfulness set's damaged documents

The transform (`damage`), in order: straight and curly double quotation marks become PTB's `` (opening) and ''
(closing), set off by spaces; brackets become -lrb- -rrb-; "n't" and the clitics 's 're 've 'll 'd 'm are split
off ("could n't", "the mayor 's"; "can't" -> "ca n't"); a comma, full stop (not one inside a word: "U.S.", "3.5",
nor one after an abbreviation of one to three letters that has a capital: "Mr.", "Sen."), semicolon, colon, question
or exclamation mark is set off by a space; then every letter is lower-cased. Each character of the copy keeps the
offset of the original character it comes from, so a claim's evidence in the copy maps back to the original and is
scored by the suite's own rules (summarizer.eval.suites.attribution._score) against the original gold.

Three readings per article: "original" (the article through `load_bytes`: must equal `make_article`'s),
"damaged" (the copy as the eval suites and main read it: `make_article`, no repair) and "repaired" (the copy through
`load_bytes`, as the CLI reads a file: detokenize.repair). Reads ../shared/devdata in place; writes nothing.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from types import SimpleNamespace

from summarizer.detokenize import is_tokenized, repair_with_map
from summarizer.eval.suites import attribution as suite
from summarizer.eval.suites.common import make_article, systems_for
from summarizer.load import load_bytes
from summarizer.schema import ARTICLE_VOICE

_STEPS = [
    (re.compile(r"(?:(?<=^)|(?<=[\s(\[]))[\"“](?=\S)|“"), " `` "),
    (re.compile(r"[\"”]"), " '' "),
    (re.compile(r"\("), " -lrb- "),
    (re.compile(r"\)"), " -rrb- "),
    (re.compile(r"\b([Cc]a|[Ww]o)n['’]t\b"), r"\1 n't"),
    (re.compile(r"(?<=\w)n['’]t\b"), " n't"),
    (re.compile(r"(?<=\w)['’](s|re|ve|ll|d|m)\b"), r" '\1"),
    (re.compile(r"(?<=\w)(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])(?<!\b[A-Z])([,.;:?!])(?=\s|$|['\"”’)])"), r" \1"),
]


def damage(text: str) -> tuple[str, list[int]]:
    """The damaged copy (module doc) and, per character of it plus one past its end, the original offset."""
    src = list(range(len(text)))
    for rx, repl in _STEPS:
        out, omap, pos = [], [], 0
        for m in rx.finditer(text):
            out.append(text[pos:m.start()])
            omap += src[pos:m.start()]
            new = m.expand(repl)
            old, j = m.group(0), 0
            for ch in new:
                k = old.find(ch, j)
                omap.append(src[m.start() + (k if k >= 0 else min(j, len(old) - 1))] if old else src[m.start()] if m.start() < len(src) else len(text))
                if k >= 0:
                    j = k + 1
            out.append(new)
            pos = m.end()
        out.append(text[pos:])
        omap += src[pos:]
        text, src = "".join(out), omap
    collapsed, cmap = [], []
    for ch, o in zip(text, src):  # double spaces the steps made -> one (the tokenized form has one)
        if ch == " " and (not collapsed or collapsed[-1] in " \n"):
            continue
        collapsed.append(ch)
        cmap.append(o)
    assert len("".join(collapsed).lower()) == len(collapsed)
    return "".join(collapsed).lower(), cmap + [len(src) and (cmap[-1] + 1)]


def _mapped(pred, fwd: list[int]):
    """`pred`'s claims with their evidence's offsets mapped to the original through `fwd`."""
    claims = []
    for cl in pred.claims:
        s, e = cl.evidence.start, cl.evidence.end
        a, b = fwd[min(s, len(fwd) - 1)], fwd[min(max(e - 1, s), len(fwd) - 1)] + 1
        claims.append(SimpleNamespace(evidence=SimpleNamespace(start=a, end=b), attributed_to=cl.attributed_to,
                                      certainty=cl.certainty))
    return SimpleNamespace(claims=claims)


def _row(name: str, r: dict) -> str:
    return (f"| {name} | {r['articles']} | {r['claims']} | {r['balanced_accuracy']} | {r['attributed_recall']} | "
            f"{r['own_voice_recall']} | {r['named_source_accuracy']} ({r['named_source_n']}) | {r['attributed_shown_stated']} |")


def polnear(fn, half: str, limit: int) -> None:
    from attrib_split import half as half_of  # evals/tools, beside this script

    pairs = [x for x in suite.load(0) if half in ("all", half_of(x[0]["article_id"]))][: limit or None]
    preds = {"original": [], "damaged": [], "repaired": []}
    for art, _rels in pairs:
        text = art["text"]
        loaded = load_bytes(text.encode("utf-8"), art["article_id"])
        assert loaded.text == text, f"{art['article_id']}: load changed a normal text"
        preds["original"].append(fn(make_article(text, art["article_id"])))
        bad, dmap = damage(text)
        preds["damaged"].append(_mapped(fn(make_article(bad, art["article_id"])), dmap))
        fixed, rmap = repair_with_map(bad)
        assert load_bytes(bad.encode("utf-8"), art["article_id"]).text == fixed
        preds["repaired"].append(_mapped(fn(make_article(fixed, art["article_id"])), [dmap[i] for i in rmap]))
    print("| reading | articles | claims | bal. acc. | attributed found | own voice kept | named source (n) | attributed shown stated |")
    print("|---|---|---|---|---|---|---|---|")
    for name, ps in preds.items():
        print(_row(name, suite._score(pairs, ps, whole=False)))


def faithfulness(fn, limit: int) -> None:
    """Sentences with a speech verb whose source is the outlet's own, on the faithfulness set's damaged documents
    (lower-cased or tokenized), as given and through load."""
    from summarizer import lang
    from summarizer.eval.devdata import devdata_dir

    seen, docs = set(), []
    for line in open(devdata_dir() / "faithfulness" / "pairs.jsonl", encoding="utf-8"):
        d = json.loads(line)["document"]
        if d in seen:
            continue
        seen.add(d)
        if is_tokenized(d) or sum(c.isupper() for c in d) <= 0.01 * sum(c.isalpha() for c in d):
            docs.append(d)
    docs = docs[: limit or None]
    verbs = re.compile(r"\b(?:" + "|".join(sorted(lang.PLAIN_SAYING_VERBS)) + r")\b", re.I)
    for name, make in (("as given", lambda t, i: make_article(t, i)), ("through load", lambda t, i: load_bytes(t.encode(), i))):
        n = empty = 0
        for i, d in enumerate(docs):
            for cl in fn(make(d, f"f{i}")).claims:
                if verbs.search(cl.evidence.quote if hasattr(cl.evidence, "quote") else ""):
                    n += 1
                    empty += cl.attributed_to in ("", ARTICLE_VOICE)
        print(f"faithfulness damaged documents ({len(docs)}), {name}: {n} sentences with a speech verb, "
              f"{empty} of them the outlet's own ({empty / max(1, n):.3f})")


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--half", default="A")
    p.add_argument("--limit", type=int, default=0)
    p.add_argument("--system", default="code")
    p.add_argument("--faithfulness", action="store_true")
    p.add_argument("--no-polnear", action="store_true")
    args = p.parse_args()
    from summarizer.settings import Settings

    sys.path.insert(0, __file__.rsplit("/", 1)[0])
    fns, _ = systems_for([args.system], Settings.from_env())
    if not args.no_polnear:
        polnear(fns[args.system], args.half, args.limit)
    if args.faithfulness:
        faithfulness(fns[args.system], args.limit)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
