#!/usr/bin/env python3
"""Build (or check) evals/digest_gold_conf23/: the conflicts of five BASIL clusters, labelled blind in
session 22 (conf23) before the digest was run on them, then tuned on (evals/RESULTS.md,
"Session 22: conf23").

Lines 2, 25, 27, 32 and 42 of ../shared/devdata/multidoc/basil_clusters.jsonl: in no gold set and
not held out. **Conflicts only**: no agreement was labelled, so each file says `"conflicts_only": true`
and the digest suite scores only its conflicts. 9 conflicts (9 version, 3 within one article).

A conflict is (type, about, within_article, [(outlet, source, quote), ...]), as in
make_digest_gold_conf22.py; a dispute told by several outlets lists a side for each outlet that tells
it. The texts are read from $SUMMARIZER_DEVDATA (or <repo>/../shared/devdata) at run time; only the
quotes are stored.

    python evals/tools/make_digest_gold_conf23.py           # rebuild + check
    python evals/tools/make_digest_gold_conf23.py --check   # check the files on disk
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("make_digest_gold", _HERE / "make_digest_gold.py")
mdg = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(mdg)

OUT = mdg.ROOT / "evals" / "digest_gold_conf23"
LINES = (2, 25, 27, 32, 42)
CONFLICTS = {}

# line 2: a party chairman calls Afghanistan "a war of Obama's choosing", 2010
CONFLICTS["2b95d2cf-e979-4f9c-ae27-9a5370934f23"] = [
 ("version", "Whether the war in Afghanistan is a war of Obama's choosing.", False, [
   ("fox", "Michael Steele", "his on-camera claim that Afghanistan is a \"war of Obama's choosing\""),
   ("fox", "Jim DeMint", "\"This is America's war. It's not Obama's war.\""),
   ("fox", "John McCain", "Sen. John McCain, R-Ariz., said Steele's comments were \"wildly inaccurate.\""),
   ("nyt", "Michael Steele", "a military fight he called “a war of Obama’s choosing.”"),
   ("nyt", "William Kristol", "Needless to say, the war in Afghanistan was not ‘a war of Obama’s choosing.’"),
   ("hpo", "Michael Steele", "the RNC chairman was caught on camera saying that Afghanistan is a largely unwinnable war of President Obama’s choosing"),
   ("hpo", "Bill Kristol", "Needless to say, the war in Afghanistan was not “a war of Obama’s choosing.”")]),
 ("version", "Whether Steele was betting against the troops (the DNC) or not (Republican officials).", True, [
   ("nyt", "Brad Woodhouse", "said Mr. Steele was “betting against our troops and rooting for failure in Afghanistan.”"),
   ("nyt", "Republican officials", "Republican officials dismissed that criticism.")]),
]

# line 25: a national security adviser calls a prime minister's speech to Congress destructive, 2015
CONFLICTS["2b9468af-4ab0-4f25-85f4-c3ef93d72006"] = [
 ("version", "Whether Netanyahu's visit injected partisanship into the relationship or is only perceived as partisan.", False, [
   ("nyt", "Susan Rice", "has “injected a degree of partisanship, which is not only unfortunate, I think it’s destructive of the fabric of the relationship,”"),
   ("nyt", "Benjamin Netanyahu", "Mr. Netanyahu said such a meeting “could compound the misperception of partisanship regarding my upcoming visit.”"),
   ("hpo", "Susan Rice", "there has now been injected a degree of partisanship, which is not only unfortunate, I think it's destructive of the fabric of the relationship"),
   ("fox", "Benjamin Netanyahu", "he regrets the invitation has been perceived by some to be political or partisan"),
   ("fox", "Benjamin Netanyahu", "I can assure you that my sole intention in accepting it was to voice Israel's grave concerns"),
   ("fox", "Dick Durbin", "We offered the prime minister an opportunity to balance the politically divisive invitation from Speaker Boehner.")]),
]

# line 27: a governor asks for changes to a religious freedom bill, 2015
CONFLICTS["2742e9c1-2943-496f-8b23-faf5332e1612"] = [
 ("version", "Whether Indiana's law is the same as the 1993 federal law (Pence, as told by Earnest) or not.", True, [
   ("fox", "Mike Pence", "Governor Pence falsely tried to suggest the law is the same as the 1993 law."),
   ("fox", "Josh Earnest", "That is not true.")]),
]

# line 32: a justice criticises a candidate, 2016
CONFLICTS["8385a996-1afc-4778-a06d-7070a8f19e27"] = [
 ("version", "The day the Times interview with Ginsburg was published (Saturday or Sunday).", False, [
   ("fox", "article", "The liberal icon justice had kicked off the storm with comments to The New York Times published Saturday."),
   ("nyt", "article", "Justice Ginsburg told The Times in an interview published Sunday."),
   ("hpo", "article", "Ginsburg told The New York Times in an article published Sunday.")]),
]

# line 42: an FBI agent fired over his texts, 2018
CONFLICTS["2a3fde8a-082a-4d8f-9567-f7e8366c0200"] = [
 ("version", "Whether the firing followed the standard process or departed from it for political reasons.", False, [
   ("fox", "Aitan Goelman", "claiming this was a departure from standard practice and politically motivated"),
   ("fox", "the FBI", "Mr. Strzok was subject to the standard FBI review and disciplinary process"),
   ("nyt", "Aitan Goelman", "The decision to fire Special Agent Strzok is not only a departure from typical bureau practice"),
   ("hpo", "Aitan Goelman", "the decision to terminate was taken in response to political pressure")]),
 ("version", "Whether Strzok's political views affected his work.", False, [
   ("fox", "Peter Strzok", "He claimed his personal opinions did not affect his work."),
   ("fox", "Aitan Goelman", "failed to produce a shred of evidence that Special Agent Strzok’s personal views ever affected his work"),
   ("fox", "Trey Gowdy", "House Oversight Committee Chairman Trey Gowdy saying he exhibited \"textbook bias.\""),
   ("fox", "Mark Meadows", "he was willing to use his official FBI position to try and stop President Trump from getting elected"),
   ("nyt", "Peter Strzok", "Mr. Strzok had testified before the House in July about how he had not allowed his political views to interfere with the investigations he was overseeing."),
   ("nyt", "Michael E. Horowitz", "we did not have confidence that Strzok’s decision to prioritize the Russia investigation over following up on the Midyear-related investigative lead discovered on the Weiner laptop was free from bias"),
   ("hpo", "Aitan Goelman", "failed to produce a shred of evidence that Special Agent Strzok’s personal views ever affected his work")]),
 ("version", "Why the laptop emails were examined late (bureaucratic snafus or unpersuasive justifications).", True, [
   ("nyt", "Strzok's lawyer", "The delays were merely the “result of bureaucratic snafus,”"),
   ("nyt", "Michael E. Horowitz", "But the justifications for the delay were “unpersuasive” and had “far-reaching consequences,” the inspector general said.")]),
 ("version", "Whether the Russia investigation is a witch hunt and a hoax.", False, [
   ("fox", "Donald Trump", "Based on the fact that Strzok was in charge of the Witch Hunt, will it be dropped?  It is a total Hoax."),
   ("nyt", "Peter Strzok", "“This investigation is not politically motivated; it is not a witch hunt; it is not a hoax,” he said.")]),
]


def main(argv: list[str] | None = None) -> int:
    labels = {cid: {"agreements": [], "conflicts": [mdg.K(t, about, *(mdg.S(o, src, q) for o, src, q in sides), within=w)
                                                    for t, about, w, sides in ks]} for cid, ks in CONFLICTS.items()}
    return mdg.run_extra_set(OUT, LINES, labels, __doc__.split("\n\n")[0], argv, extra={"conflicts_only": True})


if __name__ == "__main__":
    sys.exit(main())
