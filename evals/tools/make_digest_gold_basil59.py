#!/usr/bin/env python3
"""Build (or check) evals/digest_gold_basil59/: agreements and conflicts of four BASIL clusters,
labelled by hand in session 50 (conflict59) before any digest was run on them
(evals/digest_gold_basil59/README.md; evals/RESULTS.md, "Session 50: conflict59").

Lines 5, 23, 25 and 27 of ../shared/devdata/multidoc/basil_clusters.jsonl (0-based, as
make_digest_gold.py counts them). None is held out (7, 11, 13, 17, 21, 31, 33, 37, 39, 49) or
reserved (9, 41, 43). They are **not new to the project**: every BASIL line is in some gold set,
and these four were labelled before, conflicts only (5 in conf24; 25 and 27 in conf23) or whole
(23 in fresh21), and tuned on. These labels were written without reading those (compared after:
the README). Line 5's Fox article has 1,031 words and the HuffPost articles of 25 and 27 have
246 and 244: outside make_digest_gold.py's 250-900 bounds, used anyway (that rule picked the
held-out set; nothing here depends on it).

The labels follow evals/digest_gold/README.md (3-8 of the most important shared facts per cluster,
one agreement per proposition; conflicts: number, version, within one article). Written compactly:
an agreement is (proposition, [(outlet, quote), ...]); a conflict is (type, about, within_article,
[(outlet, source, quote), ...]). Quotes are typed with straight quotes and hyphens and found after
make_digest_gold.py's length-preserving fold; its builder stores the exact slice and its offsets
and checks every span. The texts are read from $SUMMARIZER_DEVDATA (or <repo>/../shared/devdata) at
run time; only the quotes (a clause each, at most 400 characters) are stored.

    python evals/tools/make_digest_gold_basil59.py           # rebuild + check
    python evals/tools/make_digest_gold_basil59.py --check   # check the files on disk
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("make_digest_gold", _HERE / "make_digest_gold.py")
mdg = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(mdg)

OUT = mdg.ROOT / "evals" / "digest_gold_basil59"
LINES = (5, 23, 25, 27)


def _labels(agreements: list, conflicts: list) -> dict:
    return {"agreements": [mdg.A(p, *(mdg.Q(o, q) for o, q in qs)) for p, qs in agreements],
            "conflicts": [mdg.K(t, about, *(mdg.S(o, src, q) for o, src, q in sides), within=w)
                          for t, about, w, sides in conflicts]}


LABELS: dict[str, dict] = {}

# line 5: the House reads the Constitution aloud, 2011
LABELS["a28a0329-0887-42dc-bd3d-3bb4f8926757"] = _labels([
 ("The House read the Constitution aloud on Thursday.", [
   ("fox", "Newly sworn members of the House reading aloud the country's founding document on Thursday"),
   ("nyt", "began to read the United States Constitution aloud from the chamber's floor on Thursday morning"),
   ("hpo", "found out on Thursday as volunteers gave voice")]),
 ("Parts superseded by amendments were not read.", [
   ("fox", "Republicans decided that the obsolete parts can be skipped since they've been superseded by amendment"),
   ("nyt", "It was decided in advance that any portion of the Constitution that was superseded by amendments")]),
 ("The three-fifths clause on slaves was left out.", [
   ("fox", "Republicans also left out the part about counting slaves and Native Americans as three-fifths of a person."),
   ("nyt", "preventing lawmakers from having to make references to slaves")]),
 ("Rep. Jay Inslee asked how it was decided what would be read.", [
   ("fox", "if you would explain to us how the determinations of what to read has been made or not made"),
   ("nyt", "Jay Inslee, Democrat of Washington, asked Republicans to illuminate exactly what part of the Constitution would be read")]),
 ("It was the first time the Constitution was read aloud on the House floor.", [
   ("fox", "the first time the U.S. Constitution had been read on the U.S. House floor"),
   ("nyt", "the office could not find any examples of the full text of the Constitution actually being read out loud on the House Floor"),
   ("hpo", "reading the founding document in full appears to be a first in the chamber's 221-year history")]),
 ("Vanity Fair estimated the reading's cost at over $1 million ($1.1 million).", [
   ("fox", "Vanity Fair magazine, which estimated it as costing more than $1 million"),
   ("hpo", "$1.1 million is the estimated cost of GOP plans to read the document on the House floor")]),
 ("The Constitution has been amended 27 times.", [
   ("fox", "as has been done 27 times in history"),
   ("hpo", "the seven articles and 27 amendments that make up the nation's governing document")]),
 ("New rules require every House bill to cite its constitutional authority.", [
   ("nyt", "every House bill must cite the constitutional source of its authority"),
   ("hpo", "all new bills put forth in the legislative body include")]),
], [
 ("version", "Whether every amendment was read (the 18th was not read / volunteers read the 27 amendments).", False, [
   ("fox", "article", "lawmakers did not read the 18th Amendment"),
   ("hpo", "article", "volunteers gave voice to the seven articles and 27 amendments"),
   ("nyt", "article", "including the amendments themselves")]),
 ("version", "Whether the Constitution is fluid (a living document not to be followed to the letter / never meant as fluid advice).", True, [
   ("fox", "Other lawmakers", "saying the Constitution is a living document that shouldn't be followed to the letter"),
   ("fox", "Roger Pilon", "Pilon added that the Founders never intended for the Constitution to be viewed as fluid advice.")]),
])

# line 23: Labrador challenges McCarthy for House majority leader, 2014
LABELS["c99adbdd-eaf3-4844-9548-2642e80de4e2"] = _labels([
 ("Labrador said on Friday he is running for House majority leader against McCarthy.", [
   ("fox", "Rep. Raul Labrador said Friday that he is challenging Rep. Kevin McCarthy for the House majority leader position"),
   ("nyt", "jumped into the race for House majority leader on Friday"),
   ("hpo", "said Friday he would run for the No. 2 job in the chamber")]),
 ("Labrador: the message from Tuesday is clear, Americans are looking for a change in the status quo.", [
   ("fox", "But the message from Tuesday is clear - Americans are looking for a change in the status quo."),
   ("nyt", "The message from Tuesday is clear - Americans are looking for a change in the status quo,"),
   ("hpo", "But the message from Tuesday is clear -- Americans are looking for a change in the status quo,")]),
 ("Labrador: I was stunned when Eric Cantor lost his primary election earlier this week.", [
   ("fox", "I was stunned when Eric Cantor lost his primary election earlier this week,"),
   ("hpo", "I was stunned when Eric Cantor lost his primary election earlier this week.")]),
 ("McCarthy is the House majority whip.", [
   ("fox", "McCarthy, who is the whip"),
   ("nyt", "the current House majority whip, Representative Kevin McCarthy of California"),
   ("hpo", "House Majority Whip Kevin McCarthy (R-Calif.)")]),
 ("The vote for majority leader is on Thursday (June 19).", [
   ("fox", "it upends the June 19 voting by the House Republicans for majority leader"),
   ("nyt", "the House leadership elections on Thursday"),
   ("hpo", "The election is Thursday")]),
 ("Labrador was born to a single mother in Puerto Rico.", [
   ("fox", "Born to a single mother in Puerto Rico"),
   ("nyt", "Born the son of a single mother in Puerto Rico"),
   ("hpo", "Puerto Rican-born only child of a single mother")]),
 ("Labrador is a former immigration lawyer.", [
   ("fox", "Labrador, who worked as an immigration attorney before serving in Congress"),
   ("nyt", "a former immigration lawyer elected in the Tea Party wave of 2010"),
   ("hpo", "The former immigration attorney stepped forward to run")]),
 ("Labrador wants a leadership team that can bring the Republican conference together.", [
   ("fox", "leadership team that can bring the Republican conference together,"),
   ("hpo", "a leadership team that can bring the Republican conference together.")]),
], [])

# line 25: a national security adviser calls a prime minister's speech to Congress destructive, 2015
LABELS["2b9468af-4ab0-4f25-85f4-c3ef93d72006"] = _labels([
 ("Rice: the speech's partisanship is destructive of the fabric of the relationship.", [
   ("fox", "It's destructive to the fabric of the relationship,"),
   ("nyt", "I think it's destructive of the fabric of the relationship,"),
   ("hpo", "I think it's destructive of the fabric of the relationship,")]),
 ("Rice said it on PBS's Charlie Rose show.", [
   ("fox", "Rice said Tuesday on PBS's the \"Charlie Rose\" show."),
   ("nyt", "Ms. Rice said in an interview on the PBS television program \"Charlie Rose.\""),
   ("hpo", "Rice told PBS' Charlie Rose.")]),
 ("Boehner invited Netanyahu without consulting the White House.", [
   ("fox", "without him first conferring with the White House or State Department."),
   ("nyt", "was arranged by Mr. Boehner and the Israeli ambassador without consulting the White House"),
   ("hpo", "who did not seek approval from the White House before sending the invitation.")]),
 ("The speech is set for March 3.", [
   ("fox", "Netanyahu's speech, set for March 3."),
   ("nyt", "The speech, scheduled for March 3,")]),
 ("Obama will not meet Netanyahu, so as not to influence Israel's elections.", [
   ("fox", "saying Obama would not meet with his Israeli counterpart strictly out of a desire not to influence Israel's tight elections"),
   ("nyt", "The president has said he will not meet with Mr. Netanyahu during his visit to avoid any appearance that he is trying to influence the Israeli elections"),
   ("hpo", "Obama has said he will not meet with Netanyahu ahead of his speech in March")]),
 ("Netanyahu turned down a private meeting with Democratic senators.", [
   ("fox", "Netanyahu turned down an invitation to meet privately with leading Senate Democrats during his trip to Washington"),
   ("nyt", "The Israeli prime minister himself has turned down a request by Democratic senators for a private meeting")]),
 ("Netanyahu: such a meeting could compound the misperception of partisanship.", [
   ("fox", "compound the misperception of partisanship"),
   ("nyt", "could compound the misperception of partisanship regarding my upcoming visit.")]),
 ("Durbin: his refusal to meet is disappointing to those who have stood by Israel for decades.", [
   ("fox", "His refusal to meet is disappointing to those of us who have stood by Israel for decades."),
   ("nyt", "His refusal to meet is disappointing to those of us who have stood by Israel for decades.")]),
], [
 ("version", "Whether the visit is partisan (Rice: it injected partisanship / Netanyahu: a misperception of partisanship).", True, [
   ("nyt", "Susan Rice", "has \"injected a degree of partisanship, which is not only unfortunate"),
   ("nyt", "Benjamin Netanyahu", "could compound the misperception of partisanship regarding my upcoming visit.")]),
])

# line 27: a governor asks for changes to a religious freedom bill, 2015
LABELS["2742e9c1-2943-496f-8b23-faf5332e1612"] = _labels([
 ("On Wednesday the governor asked lawmakers to change or recall the bill.", [
   ("fox", "Arkansas Republican Gov. Asa Hutchinson on Wednesday urged state lawmakers to change a controversial religious freedom bill"),
   ("nyt", "On Wednesday, the governor said he would ask lawmakers to either recall or rewrite portions of the bill.")]),
 ("The governor's son signed a petition asking him to veto the bill.", [
   ("fox", "the governor said even his own son had signed a petition urging him to veto the bill."),
   ("nyt", "he disclosed that the proposal had drawn resistance from a particularly noteworthy critic: his son, Seth Hutchinson."),
   ("hpo", "Hutchinson said his son had asked him to veto the legislation.")]),
 ("Critics said the bill would allow discrimination against gay people.", [
   ("fox", "in the face of criticism that it could allow businesses and others to discriminate based on sexual orientation"),
   ("nyt", "the legislation that critics said would legalize discrimination against gay people"),
   ("hpo", "over concerns about discrimination against lesbian, gay, bisexual and transgender individuals")]),
 ("Wal-Mart pressed the governor over the bill.", [
   ("fox", "Hutchinson has faced pressure from the state's top employers, including retail giant Wal-Mart"),
   ("hpo", "Hutchinson also faced pressure from Walmart, which is headquartered in the state.")]),
 ("The governor cited a generational difference.", [
   ("fox", "But he cited a \"generational gap.\""),
   ("hpo", "there's a generational difference of opinion on these issues.")]),
 ("The governor backed off signing the bill as passed.", [
   ("fox", "Hutchinson had initially said he planned to sign the bill but backed off"),
   ("hpo", "one day after refusing to sign an earlier version of the bill")]),
 ("He wants the bill to mirror the federal law.", [
   ("fox", "he wants changes made so it more closely mirrors a 1993 federal law."),
   ("hpo", "The amended legislation mirrors the federal RFRA.")]),
], [
 # left out while labelling (Pence's claim is told only in Earnest's words), added after the comparison with
 # conf23's labels: a denial of what another source asserts is a conflict (README)
 ("version", "Whether Indiana's law is the same as the 1993 federal law (Pence, as told by Earnest / Earnest: not true).", True, [
   ("fox", "Mike Pence", "Governor Pence falsely tried to suggest the law is the same as the 1993 law."),
   ("fox", "Josh Earnest", "That is not true.")]),
])


def main(argv: list[str] | None = None) -> int:
    return mdg.run_extra_set(OUT, LINES, LABELS, __doc__.split("\n\n")[0], argv)


if __name__ == "__main__":
    sys.exit(main())
