#!/usr/bin/env python3
"""Build (or check) evals/digest_gold_conf25/: the conflicts of five BASIL clusters, labelled blind in
session 24 (conf25) before the digest was run on them (evals/RESULTS.md, "Session 24: conf25").

Lines 15, 16, 19, 28 and 29 of ../shared/devdata/multidoc/basil_clusters.jsonl: in no gold set and
not held out. **Conflicts only**: no agreement was labelled, so each file says `"conflicts_only": true`
and the digest suite scores only its conflicts. 5 conflicts (1 number, 4 version, none within one
article; two clusters have none).

A conflict is (type, about, within_article, [(outlet, source, quote), ...]), as in
make_digest_gold_conf24.py; a dispute told by several outlets lists a side for each outlet that tells
it. The texts are read from $SUMMARIZER_DEVDATA (or <repo>/../shared/devdata) at run time; only the
quotes are stored.

    python evals/tools/make_digest_gold_conf25.py           # rebuild + check
    python evals/tools/make_digest_gold_conf25.py --check   # check the files on disk
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("make_digest_gold", _HERE / "make_digest_gold.py")
mdg = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(mdg)

OUT = mdg.ROOT / "evals" / "digest_gold_conf25"
LINES = (15, 16, 19, 28, 29)
CONFLICTS = {}

# line 15: the president's gun-violence plan, 2013 (the NYT wrote two days before the event)
CONFLICTS["526cabb7-02a3-4adb-8e90-ec781c40c498"] = [
 ("number", "How many actions the president takes on his own, without Congress (19 or 23).", False, [
   ("nyt", "lawmakers who were briefed on the plan", "lay out 19 separate actions the president could take by invoking the power of his office"),
   ("fox", "article", "a comprehensive plan to curb gun violence that includes 23 steps he took without congressional action"),
   ("hpo", "article", "the administration is supplementing its proposal with 23 executive actions that will be taken immediately")]),
]

# line 16: an interim senator named in Massachusetts, 2013
CONFLICTS["d3a1ce0a-fc48-4827-a278-8f0ce8c7a519"] = [
 ("version", "When the special-election primaries are held (mid-May or April 30).", False, [
   ("fox", "article", "Both political parties will hold special-election primaries in mid May"),
   ("nyt", "article", "The primary would be held on April 30.")]),
 ("version", "The years the state's earlier black senator held the seat (1966-1978 or 1967-1979).", False, [
   ("nyt", "article", "Edward Brooke, a Republican, held the seat from 1966 to 1978"),
   ("hpo", "article", "after Edward Brooke, who served from 1967 to 1979")]),
 ("version", "When the appointee left the governor's administration (earlier this month or last year).", False, [
   ("fox", "article", "Cowan joined the Patrick administration in 2009 and reportedly quit earlier this month to join private practice"),
   ("nyt", "article", "He left the Patrick administration last year to return to the private sector")]),
]

# line 19: joint federal tax returns for married same-sex couples, 2013 (none)
CONFLICTS["70c744ad-e950-445c-8a7a-0782b0a7d20b"] = []

# line 28: a senator's first foreign-policy speech as a candidate, 2015 (opinions only; none)
CONFLICTS["7f9c83f7-3efa-4c7a-adef-3ebdeda96042"] = []

# line 29: a governor announces a presidential bid, 2015 (Fox wrote the morning of the event)
CONFLICTS["13792511-5142-449f-8d3e-d77d790f65ec"] = [
 ("version", "The time of day of the announcement (11am or the afternoon).", False, [
   ("fox", "article", "He'll make the announcement today at 11am from his hometown of Livingston, New Jersey."),
   ("hpo", "article", "Christie made a public announcement Tuesday afternoon at Livingston High School")]),
]


def main(argv: list[str] | None = None) -> int:
    labels = {cid: {"agreements": [], "conflicts": [mdg.K(t, about, *(mdg.S(o, src, q) for o, src, q in sides), within=w)
                                                    for t, about, w, sides in ks]} for cid, ks in CONFLICTS.items()}
    return mdg.run_extra_set(OUT, LINES, labels, __doc__.split("\n\n")[0], argv, extra={"conflicts_only": True})


if __name__ == "__main__":
    sys.exit(main())
