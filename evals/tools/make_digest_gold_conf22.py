#!/usr/bin/env python3
"""Build (or check) evals/digest_gold_conf22/: the conflicts of six BASIL clusters, labelled blind in
session 21 (conf22) before the digest was run on them, then tuned on (one rule fixed from them:
evals/RESULTS.md, "Session 21: conf22").

Lines 1, 9, 18, 40, 41 and 43 of ../shared/devdata/multidoc/basil_clusters.jsonl: in no gold set and
not held out. **Conflicts only**: no agreement was labelled, so each file says `"conflicts_only": true`
and the digest suite scores only its conflicts (an empty agreement list would read as "every
predicted agreement is false"). 11 conflicts (1 number, 10 version; line 40 has none).

A conflict is (type, about, within_article, [(outlet, source, quote), ...]), as in
make_digest_gold_fresh21.py; this script uses make_digest_gold.py's helpers, quote location and
span checks. The texts are read from $SUMMARIZER_DEVDATA (or <repo>/../shared/devdata) at run time;
only the quotes are stored.

    python evals/tools/make_digest_gold_conf22.py           # rebuild + check
    python evals/tools/make_digest_gold_conf22.py --check   # check the files on disk
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("make_digest_gold", _HERE / "make_digest_gold.py")
mdg = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(mdg)

OUT = mdg.ROOT / "evals" / "digest_gold_conf22"
LINES = (1, 9, 18, 40, 41, 43)
CONFLICTS = {}

# line 1: the White House asked Bill Clinton to sound out Joe Sestak, 2010
CONFLICTS["38f7cbb7-5d6a-4c89-bcbd-8e164144172a"] = [
 ("version", "Whether the approach to Sestak was illegal or improper.", False, [
   ("fox", "Darrell Issa", "This is punishable by prison. This is a felony"),
   ("fox", "critics", "Critics say the Sestak job offer may have violated the part of the U.S. code"),
   ("fox", "the White House report", "concluded that \"allegations of improper conduct rest on factual errors and lack a basis in the law.\""),
   ("fox", "the White House report", "The White House report disputed any suggestion that there was \"impropriety\" in Clinton's discussion with Sestak"),
   ("fox", "Barack Obama", "President Obama insisted \"nothing improper\" happened with Sestak"),
   ("nyt", "Darrell Issa", "said the interactions described by the White House \"represent an illegal quid pro quo,\" even if the position was unpaid"),
   ("nyt", "Republicans", "But Republicans have suggested such actions may constitute a crime."),
   ("nyt", "the White House", "The White House disputed Republican claims that the conversations might be illegal or improper."),
   ("nyt", "Robert F. Bauer", "\"There was no such impropriety,\" Robert F. Bauer, the White House counsel, said in a memo released to reporters."),
   ("nyt", "Barack Obama", "I can assure the public that nothing improper took place."),
   ("hpo", "a source with knowledge of the exchange", "The source insisted that no laws were broken in the process of offering the position")]),
 ("version", "Whether the White House offered Sestak the post of Secretary of the Navy.", False, [
   ("fox", "allegations", "Batting down allegations that the White House dangled the secretary of Navy position in front of Sestak"),
   ("fox", "the White House report", "the report said that Sestak was offered executive branch positions on advisory boards that were uncompensated"),
   ("nyt", "many", "While many have speculated that the White House offered to appoint Mr. Sestak as secretary of the Navy"),
   ("nyt", "Robert F. Bauer", "Mr. Bauer said that was never the case"),
   ("hpo", "a source with knowledge of the exchange", "insisting that the White House never offered Sestak the job of Secretary of the Navy")]),
]

# line 9: Rick Perry's "war on religion" ad, 2011
CONFLICTS["3db93526-a344-4ea4-8772-3734d0cfdfb1"] = [
 ("version", "Whether gays serving openly in the military is something wrong with the country.", False, [
   ("nyt", "Rick Perry", "but you don't need to be in the pew every Sunday to know there's something wrong in this country when gays can serve openly in the military"),
   ("nyt", "R. Clarke Cooper", "open service by gay and lesbian servicemembers is directly in line with the vision of our founding fathers"),
   ("nyt", "Log Cabin Republicans", "wrong for Governor Perry to assume being a person of faith does not afford one to support equality"),
   ("fox", "Rick Perry", "you don't need to be in the pew every Sunday to know there's something wrong in this country when gays can serve openly in the military"),
   ("hpo", "Rick Perry", "But you don't need to be in the pews every Sunday to know that there's something wrong in this country when gays can serve openly in the military")]),
]

# line 18: Lois Lerner takes the Fifth, 2013
CONFLICTS["84678e18-0b79-4570-9c9f-cb1cf88d968e"] = [
 ("version", "Whether Lerner misled Congress or gave it false information.", False, [
   ("nyt", "Lois Lerner", "denied on Wednesday that she had ever provided false information to Congress"),
   ("nyt", "Lois Lerner", "she sternly told her questioners that accusations that she had misled Congress in previous testimony were false"),
   ("nyt", "Lois Lerner", "and I have not provided false information to this or any other Congressional committee"),
   ("nyt", "Congressional investigators", "who insist that she made, at best, incomplete statements"),
   ("fox", "Lois Lerner", "and I have not provided false information to this or any other congressional committee"),
   ("fox", "Joseph Crowley", "Crowley later called her answer evasive."),
   ("hpo", "the committee", "a request to Lerner from the committee to provide information on why she gave \"false or misleading information\" to the committee on four previous occasions in 2012"),
   ("hpo", "William Taylor", "She has not committed any crime or made any misrepresentation")]),
 ("version", "Whether Lerner had been asked about the practice before she disclosed it.", True, [
   ("fox", "Lois Lerner", "She said she hadn't revealed the information sooner, because she was never asked."),
   ("fox", "article", "But just two days before the ABA conference, Lerner was specifically asked about the investigation.")]),
 ("version", "When Lerner first learned of the targeting.", True, [
   ("nyt", "Lois Lerner", "when she said she first learned that her subordinates had singled out Tea Party groups after reading news media reports last year"),
   ("nyt", "an inspector general's report", "An inspector general's report found, however, that she was briefed on their actions as early as June 2011.")]),
 ("version", "Whether Lerner waived her Fifth Amendment right by making an opening statement.", True, [
   ("nyt", "some Republicans", "They argued that by making an opening statement, she had waived her Fifth Amendment right and could be compelled to testify"),
   ("nyt", "Lerner's lawyer", "a contention Ms. Lerner's lawyer disputed")]),
]

# line 40: Trump attacks Huma Abedin and the "deep state" Justice Department, 2018: no conflict found
CONFLICTS["87609973-bd58-42a5-96e2-ee5aa47433f5"] = []

# line 41: Blake Farenthold resigns, 2018
CONFLICTS["06ffda2d-1caf-45ba-99e2-268aac1bf0e1"] = [
 ("version", "Whether Farenthold sexually harassed his former aide (her accusations against his denial).", False, [
   ("fox", "Lauren Greene", "Among other things, Greene claimed Farenthold asked her for a threesome."),
   ("nyt", "Lauren Greene", "had been accused of sexual harassment by Lauren Greene, his former communications director"),
   ("nyt", "Blake Farenthold", "Mr. Farenthold continued to deny the allegations"),
   ("nyt", "the Office of Congressional Ethics", "A decision in 2015 by the Office of Congressional Ethics, an independent, nonpartisan board, cleared him of wrongdoing"),
   ("hpo", "Blake Farenthold", "over the accusations, which Farenthold has repeatedly denied"),
   ("hpo", "Lauren Greene", "Greene accused Farenthold of telling her he had \"sexual fantasies\" and \"wet dreams\" about her")]),
]

# line 43: Duncan Hunter and his wife indicted, 2018
CONFLICTS["eb17fa36-89f2-4d0b-8133-7bb4682228e1"] = [
 ("number", "The length of the indictment in pages (48 or 47).", False, [
   ("fox", "article", "Among the allegations named in the 48-page indictment"),
   ("nyt", "the Justice Department", "In a 48-page indictment released by the Justice Department"),
   ("hpo", "article", "the 47-page indictment says")]),
 ("version", "When Hunter repaid about $60,000 to his campaign (by 2017 or earlier this year, 2018).", False, [
   ("fox", "Hunter's lawyers", "The congressman's lawyers said in 2017 that Hunter and his wife repaid the campaign about $60,000."),
   ("nyt", "Hunter's lawyer", "His lawyer said then that the congressman intended to cooperate fully and had already repaid about $60,000 to his campaign"),
   ("hpo", "the San Diego Union-Tribune", "He repaid his campaign more than $60,000 earlier this year for improper expenses dating back to 2015")]),
 ("version", "Whether Hunter misspent campaign money knowingly or by accident.", False, [
   ("hpo", "Duncan Hunter", "it was an accident and I paid it back"),
   ("hpo", "Duncan Hunter", "Hunter had blamed his wife, who acted as a campaign manager, for many of the improper charges"),
   ("hpo", "the indictment", "The Hunters knew that many of their desired purchases could be made only by using campaign funds"),
   ("fox", "the indictment", "Hunter, one of Trump's earliest supporters in the presidential race, allegedly was aware of what he and his wife were doing"),
   ("nyt", "the Justice Department", "The department said that the improper use of campaign funds continued despite \"numerous warnings\" and \"repeated inquiries\" from Mr. Hunter's campaign treasurer about questionable purchases.")]),
]


def main(argv: list[str] | None = None) -> int:
    labels = {cid: {"agreements": [], "conflicts": [mdg.K(t, about, *(mdg.S(o, src, q) for o, src, q in sides), within=w)
                                                    for t, about, w, sides in ks]} for cid, ks in CONFLICTS.items()}
    return mdg.run_extra_set(OUT, LINES, labels, __doc__.split("\n\n")[0], argv, extra={"conflicts_only": True})


if __name__ == "__main__":
    sys.exit(main())
