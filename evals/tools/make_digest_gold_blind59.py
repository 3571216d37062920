#!/usr/bin/env python3
"""Build (or check) evals/digest_gold_blind59/: three INVENTED stories of kinds no other set has, each
told by three invented outlets (a, b, c) of 235-265 words, labelled in session 50 (digest59) before the
digest ran on them (evals/digest_gold_blind59/README.md): a football club's unpaid taxes and the revenue
office's petition to wind it up (the third outlet a law report of the hearing: the case's heading, the
judge, counsel for each side), a university study crediting a lower speed limit with fewer road injuries
(the third outlet a fact-check of a deputy mayor's claim: "The claim:", "Our rating:", question headings),
a painting sold at auction as a 19th-century master's work said to be a forgery (the third outlet a dated
timeline: "<date> - <event>" entries).

As blind50-58: the texts are the project's own (every name, place, company and number made up), they
live in the gold folder (texts/<cluster_id>/<label>.txt) and clusters.json names them by path with
their sha256 ("source": "files"). An agreement is (proposition, [(article, quote), ...]); a conflict
is (type, about, within_article, [(article, source, quote), ...]). A dispute that more than one
outlet reports is one conflict (digest_gold/README.md: "the same dispute is not split"), labelled
once, from the article that states it most directly.

    python evals/tools/make_digest_gold_blind59.py           # rebuild + check
    python evals/tools/make_digest_gold_blind59.py --check   # check the files on disk
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("make_digest_gold_genre37", _HERE / "make_digest_gold_genre37.py")
genre37 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(genre37)  # a gold set of text files: genre37's writer and checks
cnn27 = genre37.cnn27

OUT = cnn27.mdg.ROOT / "evals" / "digest_gold_blind59"
A = "article"  # the outlet's own voice as a conflict side
_labels = cnn27._labels


def _arts(cid: str) -> dict[str, str]:
    return {o: f"texts/{cid}/{o}.txt" for o in "abc"}


LABELS: dict[str, dict] = {}

# 1: a second-division football club owes unpaid taxes and the revenue office asks a court to wind it up; the third
# outlet is a law report of the hearing (the case's heading, "Before Judge ...", "For the Revenue Office, Ms ...").
# Shapes: the tax owed ($1.8 million, the club / $2.6 million with penalties and interest, the Revenue Office's
# counsel; within one outlet, the law report); the adjournment (six weeks, the club, in the wire / 28 days, until
# May 7, the law report); the buyer (a binding agreement signed, the chairman / "Not yet", the club's own counsel);
# March wages (all paid in full, the chairman / 14 players paid none, the players' guild's letter; within one
# outlet); the ground (the club owns it, the chairman / sold in 2019 to a company at his address, land registry
# records; within one outlet); payments (nothing since July, the Revenue Office's counsel / $300,000 last week, the
# club's counsel; within one outlet). Near misses: 1887, 11th, 20-team division, 23 players, about 4,200, 6,500,
# 2016, 12 points, 2018, about 900 marchers, nine months, April 2, April 16, 1903, 2,300 members, three years, 2023,
# $2.1 million, two earlier adjournments, 2024, $18,500, 40 minutes.
LABELS["b59-1"] = _labels("A football club's unpaid taxes: the revenue office asks a court to wind it up; the debt, the adjournment, a buyer, the players' wages and the ground are disputed (invented)", _arts("b59-1"), [
 ("The Revenue Office asked a court to wind up Brantley Athletic over unpaid taxes.", [
   ("a", "WEXMOOR, April 9 - Brantley Athletic, the second-division football club from Wexmoor, owes $1.8 million in unpaid taxes, its chairman, Rudi Fennick, said on Thursday, as the national Revenue Office asked a court to wind the club up."),
   ("b", "The Revenue Office is seeking to wind the club up over unpaid taxes."),
   ("c", "The Revenue Office's petition to wind up Brantley Athletic was adjourned on Thursday for 28 days, until May 7.")]),
 ("The club puts its tax debt at $1.8 million.", [
   ("a", "WEXMOOR, April 9 - Brantley Athletic, the second-division football club from Wexmoor, owes $1.8 million in unpaid taxes, its chairman, Rudi Fennick, said on Thursday, as the national Revenue Office asked a court to wind the club up."),
   ("b", "Fennick puts the debt at $1.8 million."),
   ("c", "For the club, Mr Tobias Klane said the club disputed the figure and accepted a debt of $1.8 million.")]),
 ("Fennick says every player was paid in full for March.", [
   ("a", "Fennick told reporters at the club's Marlow Lane ground that every player had been paid in full for March and that a buyer had signed a binding agreement to take over the club."),
   ("b", "Chairman Rudi Fennick said on Thursday that all players had been paid in full for March.")]),
 ("The court hearing was adjourned on Thursday.", [
   ("a", "Judge Hanna Ostrow adjourned the hearing at the Wexmoor Commercial Court for six weeks to give the club time to complete the sale, the club said."),
   ("b", "The hearing at the Commercial Court was adjourned on Thursday."),
   ("c", "The Revenue Office's petition to wind up Brantley Athletic was adjourned on Thursday for 28 days, until May 7.")]),
 ("Brantley Athletic was founded in 1887.", [
   ("a", "Brantley, founded in 1887, are 11th in the 20-team division and have 23 players in their first-team squad."),
   ("b", "Brantley were founded in 1887 and have played at Marlow Lane since 1903.")]),
 ("The ground holds 6,500 people.", [
   ("a", "The club says average home crowds are about 4,200 at the 6,500-capacity ground."),
   ("b", "The ground holds 6,500 people.")]),
 ("The club paid $300,000 to the Revenue Office last week.", [
   ("a", "The club paid $300,000 to the Revenue Office last week, Fennick said."),
   ("c", "He said the club had paid $300,000 last week.")]),
 ("The club expects the sale to be completed within weeks.", [
   ("a", "He did not name the buyer but said the deal would be completed \"within weeks\"."),
   ("b", "The club said it expected the sale to a new owner to be completed within weeks.")]),
], [
 ("number", "How much tax the club owes ($1.8 million, the club; $2.6 million with penalties and interest, the Revenue Office).", True, [
   ("c", "Ms Carys Penrith", "For the Revenue Office, Ms Carys Penrith told the court that the club owed $2.6 million in taxes, including penalties and interest, and had paid nothing since July."),
   ("c", "Mr Tobias Klane", "For the club, Mr Tobias Klane said the club disputed the figure and accepted a debt of $1.8 million.")]),
 ("number", "How long the hearing was adjourned for (six weeks, the club; 28 days, until May 7, the law report).", False, [
   ("a", "the club", "Judge Hanna Ostrow adjourned the hearing at the Wexmoor Commercial Court for six weeks to give the club time to complete the sale, the club said."),
   ("c", A, "The Revenue Office's petition to wind up Brantley Athletic was adjourned on Thursday for 28 days, until May 7.")]),
 ("version", "Whether a buyer has signed a binding agreement (signed, the chairman; no contract signed yet, the club's counsel).", False, [
   ("a", "Fennick", "Fennick told reporters at the club's Marlow Lane ground that every player had been paid in full for March and that a buyer had signed a binding agreement to take over the club."),
   ("c", "Mr Klane", "Asked by the judge whether a contract had been signed, he said: \"Not yet, my lady.")]),
 ("version", "Whether the players were paid in full for March (all paid, the chairman; 14 players paid none, the players' guild's letter).", True, [
   ("b", "Rudi Fennick", "Chairman Rudi Fennick said on Thursday that all players had been paid in full for March."),
   ("b", "the Professional Footballers' Guild", "The letter, sent on April 2 by the Professional Footballers' Guild to the club's board, says 14 players had received none of their March wages and asks the club to pay them by April 16.")]),
 ("version", "Whether the club owns its ground (it does, the chairman; sold in 2019 to Fennmark Holdings, land registry records).", True, [
   ("b", "Fennick", "Fennick has told supporters repeatedly that \"the club owns its ground and always will\"."),
   ("b", "land registry records", "The Courier has also seen land registry records showing that the Marlow Lane ground was sold in 2019 to Fennmark Holdings, a company registered at Fennick's home address.")]),
 ("version", "Whether the club has paid anything lately (nothing since July, the Revenue Office; $300,000 last week, the club).", True, [
   ("c", "Ms Carys Penrith", "For the Revenue Office, Ms Carys Penrith told the court that the club owed $2.6 million in taxes, including penalties and interest, and had paid nothing since July."),
   ("c", "Mr Tobias Klane", "He said the club had paid $300,000 last week.")]),
])

# 2: a university study credits a city's 30 km/h limit with fewer road injuries; the third outlet is a fact-check of
# the deputy mayor's claim ("The claim:", "Our rating:", question headings answered below them). Shapes: the fall
# (31 percent, the study / "halved", the deputy mayor; within one outlet, the fact-check); the funding (no role, the
# lead author / a council grant of $85,000, the paper's acknowledgements; within one outlet); the streets (340, the
# researchers / 410, the council's list; one outlet gives both in one sentence); publication (published on Tuesday in the journal, the
# wire / not yet peer reviewed, a preprint, the paper's first page). Near misses: 1,910 and 1,318 injuries, about 4
# percent traffic, six to four deaths, 120 more streets, 14 other cities, 9 percent elsewhere, twelve researchers,
# 38 pages, 70 streets left out, $2.4 million for signs, 11 drivers' groups, 31 to 17, a quarter (the supporters'
# forecast), 44 percent for children, under 16.
LABELS["b59-2"] = _labels("A university study credits a city's lower speed limit with fewer road injuries; the size of the fall, the funding, the streets counted and the publication are disputed (invented)", _arts("b59-2"), [
 ("Road injuries on Castrel's 30 km/h streets fell by 31 percent in the two years after the change.", [
   ("a", "CASTREL, Oct. 3 - Road injuries on streets where Castrel lowered its speed limit to 30 km/h fell by 31 percent in the two years after the change, a study by researchers at the University of Vellmark found."),
   ("b", "The study found that injuries on the streets it covered fell by 31 percent in two years."),
   ("c", "What the study says: The University of Vellmark study Brandt cited found that injuries on 340 streets fell by 31 percent in the two years after the lower limit took effect.")]),
 ("The lead author, Ines Karlow, says the council had no role in funding the study.", [
   ("a", "Karlow said the city council had played no role in funding the study, which she said was paid for by the university's own research fund."),
   ("b", "The lead author, Professor Ines Karlow, told reporters on Tuesday that the council had played no role in funding the work."),
   ("c", "The lead author, Professor Ines Karlow, told us the council had not funded the research.")]),
 ("The paper's acknowledgements thank the council for a grant of $85,000.", [
   ("b", "The acknowledgements, at the end of the 38-page paper, thank the council's transport department for \"a grant of $85,000 towards data collection\"."),
   ("c", "The paper's acknowledgements thank the council for a grant of $85,000.")]),
 ("Deaths fell from six to four, a change too small to be statistically significant.", [
   ("a", "The study found no statistically significant change in the number of deaths, which fell from six to four."),
   ("c", "The study found that deaths fell from six to four, a change its authors say is too small to be statistically significant.")]),
 ("The deputy mayor says the lower limit will be extended to another 120 streets next year.", [
   ("a", "Castrel's deputy mayor, Olek Brandt, welcomed the findings and said the city would extend the lower limit to another 120 streets next year."),
   ("b", "Deputy Mayor Olek Brandt has said the lower limit will be extended to another 120 streets next year.")]),
 ("The lower limit took effect in March 2021.", [
   ("a", "The study, published on Tuesday in the journal Urban Safety Review, compared police injury records for 340 streets in the two years before and the two years after the lower limit took effect in March 2021."),
   ("b", "The limit took effect in March 2021 after a council vote of 31 to 17.")]),
 ("The study covered 340 streets.", [
   ("a", "The study, published on Tuesday in the journal Urban Safety Review, compared police injury records for 340 streets in the two years before and the two years after the lower limit took effect in March 2021."),
   ("c", "What the study says: The University of Vellmark study Brandt cited found that injuries on 340 streets fell by 31 percent in the two years after the lower limit took effect.")]),
], [
 ("number", "How far road injuries fell (by 31 percent, the study; halved, the deputy mayor).", True, [
   ("c", "Olek Brandt", "The claim: \"Our 30 km/h streets have halved road injuries,\" Castrel's deputy mayor, Olek Brandt, said in a video posted on Wednesday."),
   ("c", "The University of Vellmark study", "What the study says: The University of Vellmark study Brandt cited found that injuries on 340 streets fell by 31 percent in the two years after the lower limit took effect.")]),
 ("version", "Whether the council funded the study (no role, the lead author; a grant of $85,000, the paper's acknowledgements).", True, [
   ("b", "Professor Ines Karlow", "The lead author, Professor Ines Karlow, told reporters on Tuesday that the council had played no role in funding the work."),
   ("b", "the paper's acknowledgements", "The acknowledgements, at the end of the 38-page paper, thank the council's transport department for \"a grant of $85,000 towards data collection\".")]),
 ("number", "How many streets have the lower limit (340 studied, the researchers; 410, the council's list).", False, [
   ("a", "the researchers", "The study, published on Tuesday in the journal Urban Safety Review, compared police injury records for 340 streets in the two years before and the two years after the lower limit took effect in March 2021."),
   ("b", "the council's list", "It names 410 streets, not the 340 the researchers studied.")]),
 ("version", "Whether the study has been published (published on Tuesday in the journal, the wire; not yet peer reviewed, a preprint, its first page).", False, [
   ("a", A, "The study, published on Tuesday in the journal Urban Safety Review, compared police injury records for 340 streets in the two years before and the two years after the lower limit took effect in March 2021."),
   ("b", A, "The paper has not yet been peer reviewed, according to a note on its first page, which describes it as \"a preprint submitted to Urban Safety Review\".")]),
])

# 3: a painting sold at auction as a 19th-century marine painter's work is said to be a forgery; the third outlet is
# a dated timeline ("<date> - <event>" entries, "What happens next:"). Shapes: the pigment (titanium white, the
# buyer's laboratory / no modern materials, the auction house's experts; within one outlet, the wire); the refund
# (offered, the auction house / "no offer of a refund has been made", the buyer's lawyer's letter; within one
# outlet); the provenance ("by descent since 1911", the catalogue / sold at a provincial sale in 2017 for $40,000,
# the room's records; within one outlet); the price ($3.2 million, the auction house / $3.9 million, the invoice with
# the premium and taxes); the bidding (14 minutes, the wire / 11 minutes, the timeline). Near misses: 19th century,
# 1889, 1920s, three places, 62 by 48 centimeters, 1874, eleven bidders, $5.1 million, 2015, about 140 paintings,
# 22 pages, 1998, about 600 works, Feb. 18, 1831, Sept. 12, Jan. 9, Feb. 14, Feb. 21, about eight weeks, March 31.
LABELS["b59-3"] = _labels("A painting sold at auction as a 19th-century master's work is said to be a forgery; the pigment, the refund, the provenance, the price and the bidding are disputed (invented)", _arts("b59-3"), [
 ("The Pellerin Foundation paid $3.2 million for the painting at Dellmore & Finch.", [
   ("a", "The Pellerin Foundation, a private art collection, paid $3.2 million for \"Harbour at Grevenholm\" at Dellmore & Finch in Aldsworth in November, the auction house said."),
   ("c", "Nov. 21, 2024 - The Pellerin Foundation buys the painting for $3.2 million after 11 minutes of bidding.")]),
 ("The laboratory report found titanium white in the sky.", [
   ("a", "The foundation's laboratory found titanium white, a pigment not sold before the 1920s, in three places in the sky, according to the report, which the foundation released on Thursday."),
   ("b", "It found titanium white in three places in the sky."),
   ("c", "Feb. 14, 2025 - The institute reports titanium white in the sky, a pigment first sold in the 1920s.")]),
 ("Demmink died in 1889.", [
   ("a", "Demmink died in 1889."),
   ("b", "Demmink, who painted mostly harbours and ships, died in 1889 in Grevenholm.")]),
 ("Dellmore & Finch says its experts examined the painting before the sale and found nothing modern.", [
   ("a", "Dellmore & Finch said its own experts had examined the painting before the sale and found no modern materials."),
   ("c", "Dellmore & Finch says two independent experts examined the painting before the sale and found nothing modern.")]),
 ("The catalogue says the painting came from a family collection in Brenmark since 1911.", [
   ("a", "The painting, 62 by 48 centimeters, was catalogued as dating from 1874 and as coming from a private collection in Brenmark \"by descent since 1911\"."),
   ("c", "1911 - The catalogue says the painting entered a family collection in Brenmark that year and stayed in it until the sale.")]),
 ("The painting was sold at a provincial auction in Tarrow in 2017 for $40,000.", [
   ("b", "The painting at the centre of the Demmink forgery dispute changed hands for $40,000 at a provincial sale in 2017, records seen by the Aldsworth Gazette show."),
   ("c", "2017 - A painting of the same size is sold at a provincial auction in Tarrow for $40,000, according to the room's records.")]),
 ("Dellmore & Finch says it offered the foundation a full refund.", [
   ("a", "The auction house said it had offered the foundation a full refund while it investigated."),
   ("b", "Dellmore & Finch said this week that it had offered the Pellerin Foundation a full refund.")]),
 ("Aldsworth police are assessing the foundation's complaint.", [
   ("a", "Aldsworth police said they had received a complaint and were assessing it."),
   ("c", "Feb. 21, 2025 - Aldsworth police say they are assessing a complaint from the foundation.")]),
 ("Dellmore & Finch will commission its own tests.", [
   ("b", "A Dellmore & Finch spokesman, Lorne Asquith, said the auction house had examined the painting \"with every care\" and would commission its own tests."),
   ("c", "What happens next: Dellmore & Finch says it will commission tests of its own, expected to take about eight weeks.")]),
], [
 ("version", "Whether the painting holds modern materials (titanium white, the foundation's laboratory; no modern materials, the auction house's experts).", True, [
   ("a", "the report", "The foundation's laboratory found titanium white, a pigment not sold before the 1920s, in three places in the sky, according to the report, which the foundation released on Thursday."),
   ("a", "Dellmore & Finch", "Dellmore & Finch said its own experts had examined the painting before the sale and found no modern materials.")]),
 ("version", "Whether the auction house offered a refund (offered, Dellmore & Finch; no offer made, the foundation's lawyer).", True, [
   ("b", "Dellmore & Finch", "Dellmore & Finch said this week that it had offered the Pellerin Foundation a full refund."),
   ("b", "Mattias Oyelaran", "But in a letter to the auction house dated Feb. 18, seen by the Gazette, the foundation's lawyer, Mattias Oyelaran, writes that \"no offer of a refund has been made to our client, in writing or otherwise\".")]),
 ("version", "Where the painting came from (a family collection by descent since 1911, the catalogue; a provincial sale in 2017 for $40,000, the room's records).", True, [
   ("b", "records seen by the Aldsworth Gazette", "The painting at the centre of the Demmink forgery dispute changed hands for $40,000 at a provincial sale in 2017, records seen by the Aldsworth Gazette show."),
   ("b", "Dellmore & Finch", "Dellmore & Finch catalogued it as coming from a family collection \"by descent since 1911\".")]),
 ("number", "What the foundation paid ($3.2 million, the auction house; $3.9 million with the buyer's premium and taxes, the invoice).", False, [
   ("a", "the auction house", "The Pellerin Foundation, a private art collection, paid $3.2 million for \"Harbour at Grevenholm\" at Dellmore & Finch in Aldsworth in November, the auction house said."),
   ("b", "The foundation's invoice", "The foundation's invoice, also seen by the Gazette, shows that it paid $3.9 million for the painting, including the buyer's premium and taxes.")]),
 ("number", "How long the bidding lasted (14 minutes, the wire; 11 minutes, the timeline).", False, [
   ("a", A, "Eleven bidders took part in the sale, which lasted 14 minutes."),
   ("c", A, "Nov. 21, 2024 - The Pellerin Foundation buys the painting for $3.2 million after 11 minutes of bidding.")]),
])


def main(argv: list[str] | None = None) -> int:
    return genre37.main(argv, LABELS, OUT, __doc__)


if __name__ == "__main__":
    sys.exit(main())
