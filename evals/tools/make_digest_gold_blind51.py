#!/usr/bin/env python3
"""Build (or check) evals/digest_gold_blind51/: three INVENTED stories of kinds no other set has, each
told by three invented outlets (a, b, c) of 205-260 words, labelled in session 42 (digest51) before the
digest ran on them (evals/digest_gold_blind51/README.md): a school's exam-results grading row, a
mayor's expenses inquiry, a dam's water release and the downstream town's account.

As blind50: the texts are the project's own (every name, place, company and number made up), they
live in the gold folder (texts/<cluster_id>/<label>.txt) and clusters.json names them by path with
their sha256 ("source": "files"). An agreement is (proposition, [(article, quote), ...]); a conflict
is (type, about, within_article, [(article, source, quote), ...]). A dispute that more than one
outlet reports is one conflict (digest_gold/README.md: "the same dispute is not split"), labelled
once, from the article that states it most directly.

    python evals/tools/make_digest_gold_blind51.py           # rebuild + check
    python evals/tools/make_digest_gold_blind51.py --check   # check the files on disk
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

OUT = cnn27.mdg.ROOT / "evals" / "digest_gold_blind51"
A = "article"  # the outlet's own voice as a conflict side
_labels = cnn27._labels


def _arts(cid: str) -> dict[str, str]:
    return {o: f"texts/{cid}/{o}.txt" for o in "abc"}


LABELS: dict[str, dict] = {}

# 1: a school's exam-results grading row. Shapes: the grades lowered (142, the school, in the lead / 58,
# the board, the next paragraph; within one outlet); university places lost (37, a pronoun speaker "She
# said" / none, the board's statement in the article's last paragraph; within one outlet); the results'
# day (Aug. 14 / Aug. 15, outlets' own voices); the students who sat the exams (211, the wire's own voice
# / 204, the head teacher); a memo seen by the paper / "There was no instruction", the board's
# spokeswoman in the last paragraph (within one outlet); a cap from past results (the school) / "The
# board denies this." (within one outlet, under a question heading); the review deadline (Sept. 1 /
# Sept. 8, the board in two outlets); the mathematics pass rate (63 percent, the wire / 59 percent, the
# board's tables, under a question heading). Near misses: 71 percent last year, 41 / 29 percent top
# grades, 1,100 pupils, 12 schools, 96,000 scripts, $38 an entry, 300 scripts regraded in 2019.
LABELS["b51-1"] = _labels("A school says an exam board lowered its students' grades; the board's figures and account differ (invented)", _arts("b51-1"), [
 ("The school says the board lowered 142 students' grades.", [
   ("a", "The Northmarch Examinations Board lowered the grades of 142 students at Brackenridge Academy this summer, the school said on Friday, calling the board's marking \"a lottery with children's futures.\""),
   ("b", "The academy says 142 of its students had their grades lowered.")]),
 ("The board says it changed the grades of 58 students.", [
   ("a", "The board says 58 students at the school had a grade changed after its moderators checked the teachers' marks."),
   ("c", "The board says 58.")]),
 ("The school says the board capped its grades using its results from past years.", [
   ("a", "The academy's head teacher, Dr. Imelda Rosscarrow, said the board had capped grades using the school's results from past years."),
   ("c", "The school says the board used its results from earlier years to set a ceiling on grades.")]),
 ("The head teacher says 37 students lost university places.", [
   ("a", "She said 37 students had lost university places as a result."),
   ("c", "Dr. Rosscarrow says 37 have.")]),
 ("The education secretary asked the board to account for its marking at the school.", [
   ("a", "The state education secretary, Colm Ardeshir, said he had asked the board for \"a full account\" of its marking at the school."),
   ("b", "The state education secretary, Colm Ardeshir, has asked the board to explain its marking at the school."),
   ("c", "Education secretary Colm Ardeshir has asked the board for a full account of its marking at the school.")]),
], [
 ("number", "How many students had grades lowered (142, the school; 58, the board).", True, [
   ("a", "Brackenridge Academy", "The Northmarch Examinations Board lowered the grades of 142 students at Brackenridge Academy this summer, the school said on Friday, calling the board's marking \"a lottery with children's futures.\""),
   ("a", "the Northmarch Examinations Board", "The board says 58 students at the school had a grade changed after its moderators checked the teachers' marks.")]),
 ("version", "Whether students lost university places because of the grading (37 did, the head teacher; none did, the board).", True, [
   ("a", "Imelda Rosscarrow", "She said 37 students had lost university places as a result."),
   ("a", "the Northmarch Examinations Board", "In a statement issued late on Friday, the board said no student at Brackenridge had lost a university place because of its grading and that it stood by its moderators.")]),
 ("version", "When the results were published (Aug. 14 or Aug. 15).", False, [
   ("a", A, "Results were published on Aug. 14."),
   ("b", A, "The results were released on Aug. 15.")]),
 ("number", "How many students sat the exams at the school (211, the wire; 204, the head teacher).", False, [
   ("a", A, "Of the 211 students who sat the exams at Brackenridge, 63 percent passed mathematics, down from 71 percent last year."),
   ("b", "Imelda Rosscarrow", "The head teacher, Imelda Rosscarrow, said 204 students sat exams at the school this year, and that many of those who lost marks had been predicted top grades for two years running.")]),
 ("version", "Whether moderators were told to hold top grades near the previous year's (a memo seen by the Gazette; no such instruction, the board's spokeswoman).", True, [
   ("b", "an internal memo seen by the Lessowby Gazette", "Moderators at the Northmarch Examinations Board were told to keep the share of top grades at each school within two percentage points of the previous year's, according to an internal memo seen by the Lessowby Gazette."),
   ("b", "Nadia Fellgate", "Asked about the memo, a board spokeswoman, Nadia Fellgate, said: \"There was no instruction to hold grades to any figure. Moderators look at the work in front of them.\"")]),
 ("version", "Whether the board capped the school's grades from its past results (the school; the board denies it).", True, [
   ("c", "the school", "The school says the board used its results from earlier years to set a ceiling on grades."),
   ("c", "the board", "The board denies this.")]),
 ("version", "The deadline for review requests (Sept. 1 or Sept. 8, the board in two outlets).", False, [
   ("a", "the board", "Students have until Sept. 1 to ask the board for a review of their marks, the board said."),
   ("c", "the board", "The board says requests must reach it by Sept. 8.")]),
 ("number", "The share of the school's students who passed mathematics (63 percent, the wire; 59 percent, the board's tables).", False, [
   ("a", A, "Of the 211 students who sat the exams at Brackenridge, 63 percent passed mathematics, down from 71 percent last year."),
   ("c", "the board's published tables", "59 percent passed, according to the board's published tables.")]),
])

# 2: a mayor's expenses inquiry. Shapes: the total claimed ($48,300, the auditor, in the lead / $31,000,
# the mayor's office, the next paragraph; within one outlet); the wife's flights (the report / "My wife
# paid for her own ticket", the mayor in the article's last paragraph; within one outlet); a hotel
# upgrade ($3,400, invoices seen by the paper / "He said it came to $2,150.", a pronoun speaker; within
# one outlet); the trip's cost ($9,200, the report / $6,400, the mayor's office); the councillors who
# signed the letter (six / seven, outlets' own voices); resigning (he will not, the mayor / he told
# colleagues he will step down in the spring, two councillors); the hearing (Oct. 9 / Oct. 16, outlets'
# own voices); claims without a receipt (23, the auditor / "fewer than ten", the mayor, under a
# question heading; within one outlet). Near misses: $86,000 a year, elected 2019 / 2023, $190 a night,
# $212 million, 4,000 claims a year, $7,850 on meals, a deputy mayor's $4,300 in 2012.
LABELS["b51-2"] = _labels("An auditor's report on a mayor's expenses; the totals, a trip and his future are disputed (invented)", _arts("b51-2"), [
 ("The auditor's report says the mayor claimed $48,300 in expenses over two years.", [
   ("a", "CASTLEBURN, Oct. 2 - Castleburn's mayor, Oswin Pettigrew, claimed $48,300 in expenses over two years, including trips abroad and restaurant bills, according to a report by the town's auditor released on Wednesday."),
   ("b", "The town auditor's report, released on Wednesday, found $48,300 in expenses claimed by the mayor over the past two years."),
   ("c", "Auditor Helena Draycott's report says Mayor Oswin Pettigrew claimed $48,300 in expenses over two years.")]),
 ("The mayor's office says he claimed $31,000, all approved.", [
   ("a", "Pettigrew's office said the correct figure was $31,000 and that every claim had been approved by the council's finance department."),
   ("c", "His office says he claimed $31,000, all of it approved.")]),
 ("The auditor found 23 claims without a receipt.", [
   ("a", "The auditor, Helena Draycott, found 23 claims with no receipt."),
   ("c", "The auditor found 23 claims without a receipt.")]),
 ("The report says the mayor's wife went on the Velmora trip.", [
   ("a", "Her report says the council paid for flights for the mayor's wife on a trip to a trade fair in Velmora in March."),
   ("c", "The mayor, two council officers and, according to the report, the mayor's wife.")]),
 ("The mayor says he will not resign.", [
   ("a", "He said on Wednesday that he would not step down."),
   ("c", "No, he says.")]),
 ("The standards committee can censure the mayor but cannot remove him.", [
   ("b", "It can censure the mayor or order him to repay money, but it cannot remove him from office."),
   ("c", "It can censure the mayor but cannot remove him, according to the town's lawyer, Rupert Vane.")]),
 ("The mayor earns $86,000 a year.", [
   ("a", "The mayor earns $86,000 a year."),
   ("c", "$86,000 a year.")]),
], [
 ("number", "How much the mayor claimed ($48,300, the auditor's report; $31,000, his office).", True, [
   ("a", "the town's auditor", "CASTLEBURN, Oct. 2 - Castleburn's mayor, Oswin Pettigrew, claimed $48,300 in expenses over two years, including trips abroad and restaurant bills, according to a report by the town's auditor released on Wednesday."),
   ("a", "Pettigrew's office", "Pettigrew's office said the correct figure was $31,000 and that every claim had been approved by the council's finance department.")]),
 ("version", "Whether the council paid for the mayor's wife's flights (the report; she paid her own ticket, the mayor).", True, [
   ("a", "the auditor's report", "Her report says the council paid for flights for the mayor's wife on a trip to a trade fair in Velmora in March."),
   ("a", "Oswin Pettigrew", "\"My wife paid for her own ticket, and I can show anyone the bank statement,\" Pettigrew told reporters outside the town hall.")]),
 ("number", "What the hotel upgrade cost ($3,400, invoices; $2,150, the mayor).", True, [
   ("b", "invoices obtained by the Castleburn Chronicle", "Castleburn Mayor Oswin Pettigrew charged the town $3,400 for upgrading his rooms at a Velmora hotel during a trade fair in March, according to invoices obtained by the Castleburn Chronicle."),
   ("b", "Oswin Pettigrew", "He said it came to $2,150.")]),
 ("number", "What the Velmora trip cost ($9,200, the auditor's report; $6,400, the mayor's office).", False, [
   ("a", "the auditor's report", "The trip cost the council $9,200, the report says."),
   ("b", "the mayor's office", "The Velmora trip cost $6,400 in all, the mayor's office said.")]),
 ("number", "How many councillors signed the letter asking him to resign (six or seven).", False, [
   ("a", A, "Six councillors signed a letter on Tuesday calling on Pettigrew to resign."),
   ("b", A, "Seven councillors signed the letter on Tuesday asking the mayor to resign, the Chronicle has learned.")]),
 ("version", "Whether the mayor will step down (he will not, the mayor; he will in the spring, two councillors).", False, [
   ("a", "Oswin Pettigrew", "He said on Wednesday that he would not step down."),
   ("b", "two councillors", "Two of them said Pettigrew had told colleagues privately that he will step down in the spring.")]),
 ("version", "When the standards committee hears the report (Oct. 9 or Oct. 16).", False, [
   ("a", A, "The town's standards committee will hold a hearing on the report on Oct. 9."),
   ("b", A, "The standards committee meets on Oct. 16 to hear the auditor's findings.")]),
 ("number", "How many claims had no receipt (23, the auditor; fewer than ten, the mayor).", True, [
   ("c", "Helena Draycott", "The auditor found 23 claims without a receipt."),
   ("c", "Oswin Pettigrew", "Pettigrew says there were fewer than ten.")]),
])

# 3: a dam's water release and the downstream town's account. Shapes: the warning (4 a.m., the
# authority, in the lead / no call before 6:40 a.m., the town's mayor in the article's last paragraph;
# within one outlet); homes with water (about 40, the town / about a dozen, the authority, the next
# sentence; within one outlet); the river's rise (1.2 meters, the state hydrology service / nearly two
# meters, the town's emergency office); the reservoir's level (1.4 meters above its safe level, an email
# seen by the paper / never above it, the authority's chief executive, a pronoun speaker; within one
# outlet); the review's date (April 1, the state's dam safety office / April 15, its engineer); the
# release (up to 180 cubic meters a second, the authority / 310, the town's engineer; within one outlet,
# under a question heading); the sirens (sounded at 5 a.m., the authority / heard no siren, residents;
# within one outlet). Near misses: 240 cubic meters a second in 2011, 94 million cubic meters, built in
# 1958, 300,000 people, 26 people in the sports hall, 150 houses, 3 meters below its safe level now.
LABELS["b51-3"] = _labels("A water authority's release from a dam reaches a town downstream; the warning, the flow and the damage are disputed (invented)", _arts("b51-3"), [
 ("The authority says it warned the town at 4 a.m.", [
   ("a", "KETTERBY, Feb. 11 - The Ambervale Water Authority said on Monday it warned the town of Ketterby at 4 a.m. on Sunday that it would open the spillway gates at Hollins Gorge Dam, three hours before the water reached the town."),
   ("c", "At 4 a.m., the water authority says.")]),
 ("The authority says it released up to 180 cubic meters of water a second.", [
   ("a", "The authority said it released up to 180 cubic meters of water a second to lower the reservoir after two days of heavy rain."),
   ("c", "Up to 180 cubic meters a second, according to the authority.")]),
 ("The town says about 40 homes had water in them.", [
   ("a", "About 40 homes had water in them, the town said."),
   ("b", "The town says 40 homes were flooded."),
   ("c", "About 40, the town says.")]),
 ("The authority's chief executive says the release had been planned for days.", [
   ("a", "The authority's chief executive, Priya Lamberton, said the release had been planned for days and followed the dam's operating rules."),
   ("b", "She said on Monday that the release had been planned for several days and that the reservoir was never above its safe level.")]),
 ("No one was hurt.", [
   ("a", "No one was hurt."),
   ("c", "No.")]),
 ("The authority will pay for cleaning homes.", [
   ("b", "The authority will pay for cleaning in homes that had water in them, its chief executive, Priya Lamberton, said."),
   ("c", "The authority says it will pay for cleaning.")]),
 ("The state dam safety engineer, Marcus Oyelaran, will report on the release by April 15.", [
   ("b", "The state dam safety engineer, Marcus Oyelaran, said his review would be finished by April 15."),
   ("c", "He will report by April 15.")]),
 ("The reservoir holds up to 94 million cubic meters of water.", [
   ("a", "The dam, built in 1958, holds up to 94 million cubic meters of water and supplies about 300,000 people."),
   ("c", "It holds up to 94 million cubic meters of water.")]),
 ("The release followed two days of heavy rain.", [
   ("a", "The authority said it released up to 180 cubic meters of water a second to lower the reservoir after two days of heavy rain."),
   ("c", "The authority says two days of heavy rain filled the reservoir faster than forecast and the gates had to be opened to protect the dam.")]),
], [
 ("version", "When the town was warned (4 a.m., the authority; no call before 6:40 a.m., the town's mayor).", True, [
   ("a", "the Ambervale Water Authority", "KETTERBY, Feb. 11 - The Ambervale Water Authority said on Monday it warned the town of Ketterby at 4 a.m. on Sunday that it would open the spillway gates at Hollins Gorge Dam, three hours before the water reached the town."),
   ("a", "Wendell Oakhurst", "Ketterby's mayor, Wendell Oakhurst, said the town's emergency office received no call from the authority before 6:40 a.m.")]),
 ("number", "How many homes had water in them (about 40, the town; about a dozen, the authority).", True, [
   ("a", "the town", "About 40 homes had water in them, the town said."),
   ("a", "the authority", "The authority put the number at about a dozen.")]),
 ("number", "How far the river rose in the town (1.2 meters, the state hydrology service; nearly two meters, the town's emergency office).", False, [
   ("a", "the state hydrology service", "The Sallow River rose by 1.2 meters in the town in less than two hours, according to the state hydrology service."),
   ("b", "the town's emergency office", "The river rose nearly two meters in Ketterby on Sunday morning, the town's emergency office said.")]),
 ("version", "Whether the reservoir was above its safe level before the release (1.4 meters above, the engineers' email; never above, the authority's chief executive).", True, [
   ("b", "an email between the authority's engineers", "The reservoir behind Hollins Gorge Dam was 1.4 meters above its safe operating level on Saturday night, hours before the Ambervale Water Authority opened the spillway, according to an email between the authority's engineers seen by the Sallow Valley Times."),
   ("b", "Priya Lamberton", "She said on Monday that the release had been planned for several days and that the reservoir was never above its safe level.")]),
 ("version", "When the state's review of the release reports (April 1, the dam safety office; April 15, its engineer).", False, [
   ("a", "the state's dam safety office", "The state's dam safety office said it would review the release and report by April 1."),
   ("b", "Marcus Oyelaran", "The state dam safety engineer, Marcus Oyelaran, said his review would be finished by April 15.")]),
 ("number", "How much water the authority released (up to 180 cubic meters a second, the authority; 310, the town's engineer).", True, [
   ("c", "the authority", "Up to 180 cubic meters a second, according to the authority."),
   ("c", "Sofia Brannagh", "The town's engineer, Sofia Brannagh, says the authority released far more: 310 cubic meters a second.")]),
 ("version", "Whether the sirens sounded (at 5 a.m., the authority; residents heard none).", True, [
   ("c", "the authority", "The authority says the sirens on the river bank sounded at 5 a.m."),
   ("c", "several residents of Mill Street", "Several residents of Mill Street told us they heard no siren.")]),
])


def main(argv: list[str] | None = None) -> int:
    return genre37.main(argv, LABELS, OUT, __doc__)


if __name__ == "__main__":
    sys.exit(main())
