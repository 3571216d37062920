#!/usr/bin/env python3
"""Build (or check) evals/digest_gold_conf24/: the conflicts of five BASIL clusters, labelled blind in
session 23 (conf24) before the digest was run on them (evals/RESULTS.md, "Session 23: conf24").

Lines 0, 3, 5, 12 and 14 of ../shared/devdata/multidoc/basil_clusters.jsonl: in no gold set and
not held out. **Conflicts only**: no agreement was labelled, so each file says `"conflicts_only": true`
and the digest suite scores only its conflicts. 9 conflicts (9 version, 5 within one article; two
clusters have none).

A conflict is (type, about, within_article, [(outlet, source, quote), ...]), as in
make_digest_gold_conf23.py; a dispute told by several outlets lists a side for each outlet that tells
it. The texts are read from $SUMMARIZER_DEVDATA (or <repo>/../shared/devdata) at run time; only the
quotes are stored.

    python evals/tools/make_digest_gold_conf24.py           # rebuild + check
    python evals/tools/make_digest_gold_conf24.py --check   # check the files on disk
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("make_digest_gold", _HERE / "make_digest_gold.py")
mdg = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(mdg)

OUT = mdg.ROOT / "evals" / "digest_gold_conf24"
LINES = (0, 3, 5, 12, 14)
CONFLICTS = {}

# line 0: a talk-show host's keynote at a conservative conference, 2010 (opinions only; none)
CONFLICTS["6f95dcb9-e960-45ac-8c0e-91b85724c909"] = []

# line 3: a Senate leader on a planned Islamic center near ground zero, 2010
CONFLICTS["45bd61bc-c356-4450-9e3a-cbfc862b09fd"] = [
 ("version", "Whether Obama endorsed the mosque project or only spoke of the right to build it.", False, [
   ("fox", "Barack Obama", "he clarified that he was merely commenting on fundamental religious freedoms -- not specifically on the \"wisdom\" of the mosque project"),
   ("fox", "Peter King", "So for the president to raise it in the way he did on Friday was clearly giving the impression that he was endorsing it or supporting it"),
   ("hpo", "article", "President Barack Obama's endorsement of the \"Ground Zero mosque\""),
   ("hpo", "Barack Obama", "the president clarified that he was not speaking about the \"wisdom\" of the Islamic cultural center per se")]),
 ("version", "Whether the White House backed off (softened) Obama's first remarks.", True, [
   ("fox", "Bill Burton", "Then White House spokesman Bill Burton said Obama was not \"backing off\" his original remarks."),
   ("fox", "Peter King", "said Monday that the White House softened Obama's original comments")]),
]

# line 5: the House reads the Constitution aloud, 2011
CONFLICTS["a28a0329-0887-42dc-bd3d-3bb4f8926757"] = [
 ("version", "Whether every article and amendment was read aloud or the superseded parts were skipped.", False, [
   ("hpo", "article", "volunteers gave voice to the seven articles and 27 amendments that make up the nation's governing document"),
   ("fox", "article", "didn't recite every verse and article of the document"),
   ("fox", "article", "lawmakers did not read the 18th Amendment"),
   ("nyt", "article", "any portion of the Constitution that was superseded by amendments - including the amendments themselves - would not be read")]),
 ("version", "Whether the Constitution is a flexible text to be read loosely (Democratic lawmakers) or not (Pilon).", True, [
   ("fox", "Democratic lawmakers", "saying the Constitution is a living document that shouldn't be followed to the letter"),
   ("fox", "Roger Pilon", "When liberals tell today that the Constitution is essentially a blank slate to be filled by transient majorities, nothing could be further from the truth.")]),
]

# line 12: a restaurant chain's appreciation day, 2012 (opinions only; none)
CONFLICTS["450755dd-30d3-478b-933e-917be5c384ba"] = []

# line 14: the vice-presidential debate, 2012
CONFLICTS["b5eefefb-2a33-45de-abe1-f855c94165f4"] = [
 ("version", "The day of the vice-presidential debate (Thursday or Tuesday).", False, [
   ("fox", "article", "Vice President Biden wasted no time Thursday"),
   ("nyt", "article", "The vice presidential debate on Tuesday was supposed to be a reboot for the Obama campaign"),
   ("hpo", "article", "Democrats were intent Thursday night")]),
 ("version", "Whether Ryan's account of the administration's handling of the Libya attack is accurate.", False, [
   ("fox", "Paul Ryan", "This is becoming more troubling by the day. They first blamed the YouTube video."),
   ("fox", "Joe Biden", "With all due respect, that's just a bunch of malarkey. ... Not a single thing he said is accurate."),
   ("hpo", "Joe Biden", "\"Not a single thing he said is accurate,\" Biden said.")]),
 ("version", "Whether the Libya attack became a campaign issue only through Romney's criticism.", True, [
   ("fox", "an Obama aide", "a claim by an Obama aide earlier Thursday that the only reason the attack had entered the political debate was because of Romney's criticism"),
   ("fox", "Mitt Romney", "a claim Romney rejected")]),
 ("version", "Who won the debate.", True, [
   ("hpo", "Romney operatives", "Romney operatives in the spin room said Ryan clearly won on substance and composure"),
   ("hpo", "Jim Messina", "You're going to do that when you've lost a debate. And that's what happened tonight: they lost the debate."),
   ("hpo", "Andrew Sullivan", "Sullivan, for the record, called the night \"a solid win for Biden\"")]),
 ("version", "Whether the Republican Medicare plan adds $6,400 a year to what each senior pays.", True, [
   ("hpo", "Joe Biden", "He acknowledged that Romney's Medicare plan would not cost seniors an extra $6,400 a year"),
   ("hpo", "the Obama campaign", "despite the claim in a recently launched Obama campaign ad")]),
]


def main(argv: list[str] | None = None) -> int:
    labels = {cid: {"agreements": [], "conflicts": [mdg.K(t, about, *(mdg.S(o, src, q) for o, src, q in sides), within=w)
                                                    for t, about, w, sides in ks]} for cid, ks in CONFLICTS.items()}
    return mdg.run_extra_set(OUT, LINES, labels, __doc__.split("\n\n")[0], argv, extra={"conflicts_only": True})


if __name__ == "__main__":
    sys.exit(main())
