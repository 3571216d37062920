#!/usr/bin/env python3
"""Build (or check) evals/digest_gold_blind52/: three INVENTED stories of kinds no other set has, each
told by three invented outlets (a, b, c) of 234-268 words, labelled in session 43 (digest52) before the
digest ran on them (evals/digest_gold_blind52/README.md): a hospital's records outage (a failed update,
no breach), a container crane's collapse at a port, a university board's tuition-freeze vote.

As blind50 and blind51: the texts are the project's own (every name, place, company and number made up), they
live in the gold folder (texts/<cluster_id>/<label>.txt) and clusters.json names them by path with
their sha256 ("source": "files"). An agreement is (proposition, [(article, quote), ...]); a conflict
is (type, about, within_article, [(article, source, quote), ...]). A dispute that more than one
outlet reports is one conflict (digest_gold/README.md: "the same dispute is not split"), labelled
once, from the article that states it most directly.

    python evals/tools/make_digest_gold_blind52.py           # rebuild + check
    python evals/tools/make_digest_gold_blind52.py --check   # check the files on disk
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

OUT = cnn27.mdg.ROOT / "evals" / "digest_gold_blind52"
A = "article"  # the outlet's own voice as a conflict side
_labels = cnn27._labels


def _arts(cid: str) -> dict[str, str]:
    return {o: f"texts/{cid}/{o}.txt" for o in "abc"}


LABELS: dict[str, dict] = {}

# 1: a hospital's records outage after a failed software update (no breach). Shapes: the outage's length
# (31 hours, the hospital, in the lead / 52 hours, the nurses' association, the next paragraph; within one
# outlet); the cause (the update failed, the chief executive / "The update was not the cause ...", the
# supplier's spokesman in the article's last paragraph; within one outlet); the day it began (March 3, the
# hospital / March 4, nurses); operations postponed (84, the hospital / 120, the nurses' association);
# ambulances sent away (19, a dispatch log seen by the paper / "He said no ambulance was turned away",
# a pronoun speaker; within one outlet); a double dose (the nurses' association / "The hospital denies
# this.", under a question heading; within one outlet); the regulator's report (by May 1, the regulator /
# by May 15, "Chief inspector Hamid Voss", an office before a name). Near misses: 640 beds, 2,300 staff,
# $14 million in 2019, a six-hour outage in 2021, 40 hospitals, 7 of the 19 ambulances, 22 miles,
# 14-hour shifts, $2 million for a second system, 88,000 patients last year.
LABELS["b52-1"] = _labels("A hospital's patient records system is down after a software update fails; the length, the cause and the harm are disputed (invented)", _arts("b52-1"), [
 ("The hospital says its records system was down for 31 hours.", [
   ("a", "PELLWORTH, March 5 - Harrowgate General Hospital said on Thursday that its electronic patient records system was down for 31 hours this week after a software update failed, forcing doctors and nurses to write notes and drug charts by hand."),
   ("b", "The hospital says it lasted 31 hours."),
   ("c", "About 31 hours, the hospital says.")]),
 ("The records system stopped working after a software update failed.", [
   ("a", "PELLWORTH, March 5 - Harrowgate General Hospital said on Thursday that its electronic patient records system was down for 31 hours this week after a software update failed, forcing doctors and nurses to write notes and drug charts by hand."),
   ("c", "Harrowgate General Hospital's electronic patient records system stopped working on Tuesday after a software update failed.")]),
 ("The hospital says there was no ransomware or cyberattack and no patient data was taken.", [
   ("a", "Wexcombe said no patient data had been stolen or lost and that the hospital had not been hit by ransomware."),
   ("b", "The hospital said there had been no cyberattack and that no patient data was taken."),
   ("c", "The hospital says there was no ransomware and no patient data was stolen or lost.")]),
 ("The update was supplied by Corvane Health Systems, which runs the records software.", [
   ("a", "Its chief executive, Dr. Lionel Wexcombe, said the update had been supplied by Corvane Health Systems, the company that runs the records software, and that it \"failed in a way nobody had tested for.\""),
   ("b", "Tessaly said the hospital would review its contract with Corvane Health Systems, which supplied the update that failed."),
   ("c", "Corvane Health Systems, the company that runs the hospital's records software.")]),
 ("The hospital says it postponed 84 operations.", [
   ("a", "The hospital postponed 84 planned operations during the outage, according to its own figures."),
   ("c", "84, the hospital says.")]),
 ("Staff moved to paper records within an hour.", [
   ("a", "Staff moved to paper records within an hour of the system going down, the hospital said."),
   ("b", "Its chair, Bernadette Okafor-Lune, said staff had switched to paper records within an hour, but that drug charts written by hand were \"an accident waiting to happen.\"")]),
 ("The state health regulator will inspect the hospital.", [
   ("a", "The state health regulator said it would inspect the hospital and report by May 1."),
   ("b", "The state health regulator said it would inspect the hospital."),
   ("c", "The state health regulator will inspect the hospital.")]),
 ("The hospital has 640 beds and about 2,300 staff.", [
   ("a", "Harrowgate has 640 beds and employs about 2,300 staff."),
   ("c", "It has 640 beds and about 2,300 staff.")]),
], [
 ("number", "How long the records system was down (31 hours, the hospital; 52 hours, the nurses' association).", True, [
   ("a", "Harrowgate General Hospital", "PELLWORTH, March 5 - Harrowgate General Hospital said on Thursday that its electronic patient records system was down for 31 hours this week after a software update failed, forcing doctors and nurses to write notes and drug charts by hand."),
   ("a", "the Pellworth Nurses' Association", "The Pellworth Nurses' Association said the system was out for 52 hours, and that some wards were still working from paper on Thursday morning.")]),
 ("version", "Whether Corvane's update caused the outage (it failed, the hospital's chief executive; it was not the cause, Corvane's spokesman).", True, [
   ("a", "Lionel Wexcombe", "Its chief executive, Dr. Lionel Wexcombe, said the update had been supplied by Corvane Health Systems, the company that runs the records software, and that it \"failed in a way nobody had tested for.\""),
   ("a", "Tobias Renfield", "\"The update was not the cause of the outage at Harrowgate,\" a company spokesman, Tobias Renfield, said, adding that the hospital's own servers had run out of storage.")]),
 ("version", "When the outage began (March 3, the hospital; March 4, nurses).", False, [
   ("a", "the hospital", "The outage began on March 3, the hospital said."),
   ("b", "nurses", "The outage began on March 4 and lasted until late on Thursday, nurses said.")]),
 ("number", "How many operations were postponed (84, the hospital; 120, the nurses' association).", False, [
   ("a", "the hospital", "The hospital postponed 84 planned operations during the outage, according to its own figures."),
   ("b", "the Pellworth Nurses' Association", "The Pellworth Nurses' Association says 120 operations were postponed.")]),
 ("version", "Whether ambulances were sent away during the outage (19, a dispatch log; none, the hospital's director of operations).", True, [
   ("b", "a dispatch log obtained by the Pellworth Courier", "Nineteen ambulances were sent away from Harrowgate General Hospital's emergency department while its patient records system was down, according to a dispatch log obtained by the Pellworth Courier."),
   ("b", "Graham Tessaly", "He said no ambulance was turned away and that the emergency department stayed open throughout.")]),
 ("version", "Whether a patient was given a double dose of a blood thinner (the nurses' association; the hospital denies it).", True, [
   ("c", "the nurses' association", "The nurses' association says one patient on a surgical ward was given a double dose of a blood thinner because a handwritten chart was misread."),
   ("c", "the hospital", "The hospital denies this.")]),
 ("version", "When the regulator's report is due (by May 1, the regulator; by May 15, its chief inspector).", False, [
   ("a", "the state health regulator", "The state health regulator said it would inspect the hospital and report by May 1."),
   ("c", "Hamid Voss", "Chief inspector Hamid Voss says his report will be published by May 15.")]),
])

# 2: a container crane's collapse at a port. Shapes: the injured (three, the port authority, in the lead /
# five, the dockers' union, the next paragraph; within one outlet); the gusts (45 mph, the weather service
# / up to 70 mph, the terminal operator); containers in the water (14, the coast guard / "Nine, according
# to the port authority.", under a question heading); the day (Sunday afternoon / Saturday evening,
# outlets' own voices); the last inspection (none since March 2022, records seen by the paper / inspected
# in January, the operator's statement in the article's last paragraph; within one outlet); the wind alarm
# (dock workers: told to carry on / "She said no one was told to ignore the alarm", a pronoun speaker
# after "Greywater operations manager Alina Strode", an office before a name; within one outlet); the berth
# (reopens by Dec. 1, the port authority / shut until February, the union; within one outlet). Near
# misses: 60 meters, 2.1 million containers, six other cranes, a crane that tipped over in 2015 injuring
# two, 900 dock workers, $11 million, $38 an hour, 300 containers on board, built in 1998, a load test in
# 2021, shares down 6 percent.
LABELS["b52-2"] = _labels("A container crane collapses onto a ship at a port; the injured, the wind, the inspections and the berth's closure are disputed (invented)", _arts("b52-2"), [
 ("A crane run by Greywater Terminals collapsed onto the cargo ship Marisol Dawn.", [
   ("a", "The 60-meter crane, operated by Greywater Terminals, buckled in high winds while it was lifting containers off the Marisol Dawn, a cargo ship registered in Panama."),
   ("b", "The crane, operated by Greywater Terminals, fell onto the cargo ship Marisol Dawn during high winds on Sunday afternoon."),
   ("c", "A container crane run by Greywater Terminals collapsed onto the cargo ship Marisol Dawn at the Port of Saltmere on Saturday evening.")]),
 ("The port authority says three dock workers were injured.", [
   ("a", "A container crane collapsed onto the deck of a cargo ship at the Port of Saltmere on Sunday, injuring three dock workers, the port authority said."),
   ("b", "The port authority said three workers were injured."),
   ("c", "Three dock workers were injured, the port authority says.")]),
 ("No one was killed.", [
   ("a", "No one was killed."),
   ("c", "No one was killed.")]),
 ("The state workplace safety agency is investigating.", [
   ("a", "The port authority's chief executive, Rowena Faircliff, said the berth would stay closed while the state workplace safety agency investigates."),
   ("b", "The state workplace safety agency has opened an investigation."),
   ("c", "The state workplace safety agency.")]),
 ("The union wants every crane at the terminal checked before work resumes.", [
   ("a", "The union's secretary, Declan Moorcroft, said every crane at the terminal should be checked before work resumes."),
   ("b", "The union, which represents about 900 dock workers at the port, has called for every crane at the terminal to be checked."),
   ("c", "Every crane at the terminal checked before work resumes, its secretary, Declan Moorcroft, says.")]),
 ("Greywater runs six other cranes at the port.", [
   ("a", "Greywater Terminals runs six other cranes at Saltmere, which handled 2.1 million containers last year."),
   ("c", "Greywater runs six other cranes at the port, all of them built after 2010.")]),
 ("A smaller crane tipped over at the port in 2015, injuring two workers.", [
   ("a", "A smaller crane at the port tipped over in 2015, injuring two workers."),
   ("c", "A smaller crane tipped over at Saltmere in 2015.")]),
], [
 ("number", "How many workers were injured (three, the port authority; five, the dockers' union).", True, [
   ("a", "the port authority", "A container crane collapsed onto the deck of a cargo ship at the Port of Saltmere on Sunday, injuring three dock workers, the port authority said."),
   ("a", "the Saltmere Dockers' Union", "The Saltmere Dockers' Union said five of its members were hurt, two of them seriously.")]),
 ("number", "How strong the gusts were (45 mph, the national weather service; up to 70 mph, Greywater).", False, [
   ("a", "the national weather service", "Gusts reached 45 mph at the port on Sunday afternoon, according to the national weather service."),
   ("b", "Greywater Terminals", "Greywater said gusts of up to 70 mph hit the crane.")]),
 ("number", "How many containers fell into the water (14, the coast guard; nine, the port authority).", False, [
   ("a", "the coast guard", "The coast guard said 14 containers fell into the harbour."),
   ("c", "the port authority", "Nine, according to the port authority.")]),
 ("version", "When the crane collapsed (Sunday afternoon or Saturday evening).", False, [
   ("b", A, "The crane, operated by Greywater Terminals, fell onto the cargo ship Marisol Dawn during high winds on Sunday afternoon."),
   ("c", A, "A container crane run by Greywater Terminals collapsed onto the cargo ship Marisol Dawn at the Port of Saltmere on Saturday evening.")]),
 ("version", "When the crane was last inspected (no full inspection since March 2022, maintenance records; in January, Greywater).", True, [
   ("b", "maintenance records seen by the Saltmere Evening Post", "The container crane that collapsed at the Port of Saltmere on Sunday had not had a full safety inspection since March 2022, according to maintenance records seen by the Saltmere Evening Post."),
   ("b", "Greywater Terminals", "In a statement issued on Monday evening, Greywater said the crane had been inspected in January and \"passed every check.\"")]),
 ("version", "Whether workers were told to keep unloading after the wind alarm (dock workers; no one was, Greywater's operations manager).", True, [
   ("b", "dock workers", "Dock workers said the crane's wind alarm had sounded twenty minutes before it fell and that a supervisor told them to carry on unloading."),
   ("b", "Alina Strode", "She said no one was told to ignore the alarm and that work stopped as soon as it sounded.")]),
 ("version", "When the berth reopens (by Dec. 1, the port authority; not before February, the dockers' union).", True, [
   ("c", "the port authority", "The port authority says the berth will reopen by Dec. 1."),
   ("c", "the dockers' union", "The dockers' union says it will stay shut until February at the earliest.")]),
])

# 3: a university board's tuition-freeze vote. Shapes: the tally (11-4, the university / 10-5, the paper's
# own voice); the cost ($6.2 million, the finance office / $11 million, the faculty association, the next
# sentence; within one outlet); the freeze's length (one year, the board's statement / two years, the
# board's chair); the protest (about 1,000, the student union / about 300, campus police); a promise of
# state money ($4 million, minutes seen by the paper / no promise, the state department in the article's
# last paragraph; within one outlet); teaching posts (40 left unfilled, the faculty association / "The
# university denies this.", under a question heading; within one outlet). Near misses: 4 percent last
# year and 6 percent the year before, $24,300 out of state, 21,000 students (two-thirds in state) /
# 14,000 in-state undergraduates, $310 million a year, 20 hours a week, one in four students, a meeting
# in September, minutes dated May 28.
LABELS["b52-3"] = _labels("A university's governors vote to freeze tuition; the tally, the cost, the freeze's length and a promise of state money are disputed (invented)", _arts("b52-3"), [
 ("The board voted on Thursday to keep in-state tuition at $9,480.", [
   ("a", "KESSLING, June 12 - The University of Kessling's board of governors voted 11-4 on Thursday to freeze tuition for in-state undergraduates at $9,480 for the next academic year, the university said."),
   ("b", "The board voted 10-5 on Thursday to hold in-state tuition at $9,480 next year."),
   ("c", "The University of Kessling's governors voted on Thursday to keep in-state tuition at $9,480.")]),
 ("The finance office says the freeze will cost $6.2 million.", [
   ("a", "The freeze will cost the university $6.2 million in lost revenue, according to its finance office."),
   ("b", "The university's finance office says the freeze will cost $6.2 million."),
   ("c", "The finance office says $6.2 million.")]),
 ("Out-of-state students pay $24,300 and are not covered by the freeze.", [
   ("a", "Out-of-state students, who pay $24,300, are not covered."),
   ("c", "They pay $24,300, and their tuition is not frozen.")]),
 ("The president, Dr. Evander Pellow, backed the freeze.", [
   ("a", "The university's president, Dr. Evander Pellow, backed the freeze, saying students \"cannot carry another increase.\""),
   ("c", "Dr. Evander Pellow backed the freeze.")]),
 ("The president says savings will come from the university's administration.", [
   ("a", "Pellow said the university would look for savings in its administration, not in teaching."),
   ("c", "He told governors that students \"cannot carry another increase\" and that savings would come from the university's administration.")]),
 ("Tuition rose 4 percent last year.", [
   ("a", "Tuition rose 4 percent last year and 6 percent the year before."),
   ("c", "It rose 4 percent.")]),
 ("The student union welcomed the vote.", [
   ("a", "The student union, which had campaigned for a freeze since January, welcomed the vote."),
   ("c", "The student union welcomed the vote.")]),
 ("The student union has campaigned for a freeze since January.", [
   ("a", "The student union, which had campaigned for a freeze since January, welcomed the vote."),
   ("b", "The student union, which has campaigned for a freeze since January, says one in four students works more than 20 hours a week."),
   ("c", "It had campaigned for a freeze since January.")]),
 ("The state's budget is due in August.", [
   ("a", "Governors who voted against the freeze said the university should have waited for the state's budget, due in August."),
   ("c", "The state's budget is due in August.")]),
 ("The board meets in September to set fees for student housing.", [
   ("a", "The board meets again in September to set fees for student housing."),
   ("c", "The board meets in September to set fees for student housing.")]),
], [
 ("number", "The board's vote (11-4, the university; 10-5, the Ledger).", False, [
   ("a", "the university", "KESSLING, June 12 - The University of Kessling's board of governors voted 11-4 on Thursday to freeze tuition for in-state undergraduates at $9,480 for the next academic year, the university said."),
   ("b", A, "The board voted 10-5 on Thursday to hold in-state tuition at $9,480 next year.")]),
 ("number", "What the freeze will cost ($6.2 million, the finance office; $11 million, the faculty association).", True, [
   ("a", "the finance office", "The freeze will cost the university $6.2 million in lost revenue, according to its finance office."),
   ("a", "the faculty association", "The faculty association put the cost at $11 million, saying the finance office had left out fees that rise with tuition.")]),
 ("number", "How long the freeze lasts (one year, the board's statement; two years, the board's chair).", False, [
   ("a", "the board", "The freeze covers one year, the board said in a statement."),
   ("c", "Oluwaseun Dray", "The freeze covers the next two academic years, the board's chair, Oluwaseun Dray, says.")]),
 ("number", "How many students protested outside the meeting (about 1,000, the student union; about 300, campus police).", False, [
   ("b", "the student union", "About 1,000 students rallied outside the meeting, according to the student union, some carrying signs that read \"Freeze it, don't squeeze us.\""),
   ("c", "campus police", "About 300 students gathered outside the meeting, according to campus police.")]),
 ("version", "Whether the state promised $4 million toward the freeze (the president, by the minutes; no promise, the state's higher education department).", True, [
   ("b", "minutes of a closed session seen by the Kessling Ledger", "The University of Kessling's president told governors that the state had promised $4 million to cover most of the cost of a tuition freeze, according to minutes of a closed session seen by the Kessling Ledger."),
   ("b", "the state's higher education department", "The state's higher education department said on Friday evening that no promise of money had been made to the university.")]),
 ("version", "Whether the university will leave 40 teaching posts unfilled (the faculty association; the university denies it).", True, [
   ("c", "Marguerite Olsby", "The faculty association's president, Marguerite Olsby, says the university will leave 40 teaching posts unfilled to pay for the freeze."),
   ("c", "the university", "The university denies this.")]),
])


def main(argv: list[str] | None = None) -> int:
    return genre37.main(argv, LABELS, OUT, __doc__)


if __name__ == "__main__":
    sys.exit(main())
