"""A digest built by code only (no model): every body sentence a claim (the `sentences`
system of summarizer.eval.systems, labelled by summarizer.attribution), then the digest's
deterministic sections (summarizer.digest.build_sections) and a summary composed from them.

    python evals/tools/code_digest.py FILE... -o digest.html      # or .json / .md
    python evals/tools/code_digest.py --system code FILE... -o digest.md --claims claims.txt
        # the bundled path's claims without its model call (the evals' `code`), each listed


What the alignment alone makes of real articles, without the bundled model's claims (README's
dev-cluster screenshot). `summarize digest` is the tool; this is an inspection aid.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from summarizer.digest.build import sections_summary, build_sections, dedupe, to_digest_article  # noqa: E402
from summarizer.digest.schema import Digest  # noqa: E402
from summarizer.eval.systems import sentences_baseline  # noqa: E402
from summarizer.load import load_article  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("paths", nargs="+")
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--system", choices=("sentences", "code"), default="sentences",
                   help="sentences: every body sentence a claim; code: the bundled path's claims, no model call")
    p.add_argument("--claims", type=Path, help="also write each article's claims, one block per claim, here")
    args = p.parse_args(argv)
    loaded = [load_article(x) for x in args.paths]
    texts = {a.sha256: a.text for a in loaded}
    summaries = [sentences_baseline(a) for a in loaded] if args.system == "sentences" else _code(loaded)
    if args.claims:
        args.claims.write_text(_claims_text(args.paths, summaries), encoding="utf-8")
    arts, warnings = dedupe([to_digest_article("", x) for x in summaries])
    arts = [a.model_copy(update={"id": f"a{n}"}) for n, a in enumerate(arts, 1)]
    al, dated, quantities = build_sections(arts)
    summary, refs = sections_summary(arts, al.storylines, al.agreements, al.conflicts, dated)
    digest = Digest(summary=summary, summary_refs=refs,
                    articles=arts, storylines=al.storylines, agreements=al.agreements, conflicts=al.conflicts,
                    timeline=dated, quantities=quantities, events=al.events, model=f"code only ({args.system} claims)",
                    warnings=warnings)
    suffix = args.output.suffix.lower()
    if suffix == ".html":
        from summarizer.digest.html import render_html

        out = render_html(digest, lambda a: texts.get(a.sha256))
    elif suffix == ".json":
        out = digest.model_dump_json(indent=1) + "\n"
    else:
        from summarizer.digest.markdown import digest_markdown

        out = digest_markdown(digest)
    if args.output.resolve() in {Path(x).resolve() for x in args.paths}:
        raise SystemExit("-o would overwrite an input")
    args.output.write_text(out, encoding="utf-8")
    print(f"{args.output}: {len(arts)} articles, {len(al.agreements)} agreements, {len(al.conflicts)} conflicts")
    return 0


def _code(loaded: list) -> list:
    from summarizer.eval.systems import NoModel
    from summarizer.pipeline import Pipeline
    from summarizer.settings import Settings

    with Pipeline(Settings.from_env().replace(use_cache=False), client=NoModel()) as pipe:
        return [pipe.run(a) for a in loaded]


def _claims_text(paths: list[str], summaries: list) -> str:
    out = []
    for path, s in zip(paths, summaries):
        out.append(f"== {path}: {len(s.claims)} claims, {len(s.rejected_claims)} rejected")
        for c in s.claims:
            d = c.model_dump(mode="json")
            fields = {k: d.get(k) for k in ("kind", "attributed_to", "certainty", "quantity", "where", "when") if d.get(k)}
            out.append(f"[{c.id}] {c.text}\n    {fields}\n    evidence: {' '.join(c.evidence.quote.split())}")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.exit(main())
