#!/usr/bin/env python3
"""Build (or check) evals/digest_gold_blind49/: three INVENTED stories of kinds no other set has, each
told by three invented outlets (a, b, c) of 215-255 words, labelled in session 40 (digest49) before the
digest ran on them (evals/digest_gold_blind49/README.md): a university's admissions list with disputed
numbers, a stadium's cost overrun disputed by the club, a ferry accident with different accounts of
the cause.

As blind48: the texts are the project's own (every name, place, company and number made up), they
live in the gold folder (texts/<cluster_id>/<label>.txt) and clusters.json names them by path with
their sha256 ("source": "files"). An agreement is (proposition, [(article, quote), ...]); a conflict
is (type, about, within_article, [(article, source, quote), ...]). A dispute that more than one
outlet reports is one conflict (digest_gold/README.md: "the same dispute is not split"), labelled
once, from the article that states it most directly.

    python evals/tools/make_digest_gold_blind49.py           # rebuild + check
    python evals/tools/make_digest_gold_blind49.py --check   # check the files on disk
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

OUT = cnn27.mdg.ROOT / "evals" / "digest_gold_blind49"
A = "article"  # the outlet's own voice as a conflict side
_labels = cnn27._labels


def _arts(cid: str) -> dict[str, str]:
    return {o: f"texts/{cid}/{o}.txt" for o in "abc"}


LABELS: dict[str, dict] = {}

# 1: a university's admissions list. Shapes: the list's count (64, the state audit / 23, the university;
# both in the wire's first paragraphs, within one outlet); the donations ($4.2 million, the audit /
# $1.8 million, the university; within one outlet, "far less than"); the president approved every name
# (the former admissions director) / "never seen, kept or approved any list" (the president, at the
# article's end; within one outlet); the day of leave (Monday, the board / Friday, the board chair);
# the students' places ("will not lose their places", the university / "could be withdrawn", its
# board); the enrolment (about 14,000 / about 15,000, two outlets' own voices). A near miss: "kept from
# at least 2017, two years before the period the state audit examined" (another period, no conflict).
LABELS["b49-1"] = _labels("A state audit finds a university admitted applicants through a list kept by its president's office (invented)", _arts("b49-1"), [
 ("The state audit found 64 applicants were admitted through a list kept by the president's office.", [
   ("a", "Wendmere University admitted 64 applicants over five years through a list kept by the president's office, many of them children of donors, the state's Office of Higher Education Audit said in a report published on Tuesday."),
   ("b", "The state audit, released on Tuesday, found that 64 applicants were admitted through the list."),
   ("c", "The state's Office of Higher Education Audit says 64 applicants were admitted through a list kept in the president's office between 2019 and 2024.")]),
 ("Most applicants on the list had been turned down by the admissions committee.", [
   ("a", "The applicants on the list were admitted between 2019 and 2024 even though most of them had been turned down by the admissions committee, the report said."),
   ("c", "Most had been rejected by the admissions committee.")]),
 ("The university says 23 students were admitted outside the normal process.", [
   ("a", "it said only 23 students had been admitted \"outside the normal process\" and that a dean had reviewed each case."),
   ("b", "The university says the number is 23."),
   ("c", "The university says those students were admitted outside the normal process, but that a dean reviewed each case.")]),
 ("President Lorna Feist was placed on leave on Monday.", [
   ("a", "President Lorna Feist was placed on leave on Monday, the university's board said."),
   ("c", "Lorna Feist was placed on leave on Monday.")]),
 ("Feist says she did not know about the list.", [
   ("a", "Feist has said she did not know the list existed."),
   ("c", "She says she did not know about the list.")]),
 ("The board hired the law firm Brack & Oyelaran for a review.", [
   ("a", "The board has hired the law firm Brack & Oyelaran to carry out its own review, which it expects to finish by June."),
   ("c", "The board has hired the law firm Brack & Oyelaran.")]),
 ("The auditor referred the findings to the state attorney general.", [
   ("a", "The auditor, Gretchen Amsel, said her office had referred the findings to the state attorney general."),
   ("c", "The auditor has sent her findings to the state attorney general.")]),
 ("The audit says the families gave a combined $4.2 million.", [
   ("a", "The audit found that the families of students on the list gave the university a combined $4.2 million in the year their child applied or the year after."),
   ("c", "The audit says the families of students on the list gave a combined $4.2 million.")]),
 ("Wendmere gets about $90 million a year in state research money.", [
   ("a", "receives about $90 million a year in state research grants."),
   ("c", "gets about $90 million a year in state research money.")]),
], [
 ("number", "How many applicants were admitted through the list (64, the state audit; 23, the university).", True, [
   ("a", "the state's Office of Higher Education Audit", "Wendmere University admitted 64 applicants over five years through a list kept by the president's office, many of them children of donors, the state's Office of Higher Education Audit said in a report published on Tuesday."),
   ("a", "the university", "In a statement, it said only 23 students had been admitted \"outside the normal process\" and that a dean had reviewed each case.")]),
 ("number", "How much the families on the list gave ($4.2 million, the audit; about $1.8 million, the university).", True, [
   ("b", "the university", "The families of students on the list gave about $1.8 million, the university said in a statement on Wednesday"),
   ("b", "the auditor's report", "far less than the $4.2 million in the auditor's report.")]),
 ("version", "Whether the president approved the names (she initialled every one, the former admissions director; never saw or approved any list, the president).", True, [
   ("b", "Dale Ormsby", "\"Every name went to her desk, and she initialled every one,\" said Dale Ormsby, who ran the admissions office until last year."),
   ("b", "Lorna Feist", "Feist, in a statement issued through her lawyer, said she had \"never seen, kept or approved any list\" and would cooperate with the board's review.")]),
 ("version", "On which day the president was placed on leave (Monday, the board; Friday, the board chair).", False, [
   ("a", "the university's board", "President Lorna Feist was placed on leave on Monday, the university's board said."),
   ("b", "Tomas Redvers", "Board chair Tomas Redvers said the board had placed President Lorna Feist on leave on Friday \"while the facts are established.\"")]),
 ("version", "Whether the listed students keep their places (will not lose them, the university; could be withdrawn, its board).", False, [
   ("a", "the university", "Students admitted through the list will not lose their places, the university said."),
   ("c", "the university's board", "The university's board says their admissions will be reviewed and could be withdrawn if any false information was given.")]),
 ("number", "How many students Wendmere has (about 14,000 or about 15,000).", False, [
   ("a", A, "Wendmere, a private university of about 14,000 students, receives about $90 million a year in state research grants."),
   ("c", A, "Wendmere, with about 15,000 students, gets about $90 million a year in state research money.")]),
])

# 2: a stadium's cost overrun. Shapes: the final cost ($540 million, the city auditor / $455 million, the
# club; within the wire, the next paragraph); public money ($120 million, the council / $185 million, a
# taxpayers' group; within one outlet); the cause (the builder's delays, the club chairman in the lead /
# the builder's "changed the stadium's design about 40 times", the article's last paragraph; within one
# outlet); the opening month (August / September, outlets' own voices); the seats (32,000 / 31,500,
# outlets' own voices); the council's debate (April 2 / April 9). Near misses: "$310 million" promised
# (another quantity, the promise), "another $40 million" asked in October, "the last $200 million".
LABELS["b49-2"] = _labels("A city auditor says a football club's new stadium cost far more than promised; the club disputes the figure (invented)", _arts("b49-2"), [
 ("The city auditor puts the stadium's cost at $540 million.", [
   ("a", "The new home of Calder Bay Rovers cost $540 million to build, nearly $230 million more than the club promised when the project was approved, the city auditor said in a report released on Monday."),
   ("b", "The city auditor's report, released on Monday, puts the stadium's cost at $540 million."),
   ("c", "The city auditor says $540 million.")]),
 ("The club says the stadium cost $455 million.", [
   ("a", "The club disputed the figure on Monday evening, saying the final cost was $455 million"),
   ("b", "The club says it was $455 million."),
   ("c", "The club says $455 million, and that the auditor included roads and sewers.")]),
 ("The club says the auditor counted road and sewer work.", [
   ("a", "the auditor had counted road and sewer work the city had always planned to pay for."),
   ("c", "The club says $455 million, and that the auditor included roads and sewers.")]),
 ("The council put $120 million into the stadium for a share of ticket revenue.", [
   ("a", "The city council put $120 million into the project in 2021 in return for a share of ticket revenue, auditor Nadia Ferreira-Holm said."),
   ("c", "The council put in $120 million in exchange for a share of ticket revenue.")]),
 ("The city's share of revenue last season was $2.1 million against the club's $7 million forecast.", [
   ("a", "Her report found the city's share of revenue last season was $2.1 million, less than a third of the $7 million the club had forecast."),
   ("c", "The auditor found the city's share of revenue last season was $2.1 million.")]),
 ("Chairman Gideon Laske blames the builder.", [
   ("a", "Rovers chairman Gideon Laske blamed the overrun on the builder."),
   ("b", "Calder Bay Rovers chairman Gideon Laske says the builder's delays are to blame for the cost of Quayside Park."),
   ("c", "The club blames its builder, Marlow Construction.")]),
 ("Quayside Park opened in August, 14 months late.", [
   ("a", "Quayside Park, a 32,000-seat stadium on the old docks, opened in August after a delay of 14 months."),
   ("c", "In August, 14 months late.")]),
 ("The auditor wants payments to the club stopped until an independent engineer reviews the accounts.", [
   ("a", "The auditor recommended that the council stop any further payments to the club until an independent engineer has reviewed the accounts."),
   ("c", "The auditor wants payments to the club stopped until an independent engineer checks the accounts.")]),
], [
 ("number", "What the stadium cost ($540 million, the city auditor; $455 million, the club).", True, [
   ("a", "the city auditor", "The new home of Calder Bay Rovers cost $540 million to build, nearly $230 million more than the club promised when the project was approved, the city auditor said in a report released on Monday."),
   ("a", "the club", "The club disputed the figure on Monday evening, saying the final cost was $455 million and that the auditor had counted road and sewer work the city had always planned to pay for.")]),
 ("number", "How much public money went into the stadium ($120 million, the council; $185 million, Calder Bay Watch).", True, [
   ("b", "the council", "The council says it put $120 million into the stadium."),
   ("b", "Calder Bay Watch", "The Watch says the true figure is $185 million once the land the city gave the club and the new tram stop are counted.")]),
 ("version", "Why the cost rose (the builder's delays, the club chairman; the club's 40 design changes, the builder).", True, [
   ("b", "Gideon Laske", "Calder Bay Rovers chairman Gideon Laske says the builder's delays are to blame for the cost of Quayside Park."),
   ("b", "Pieter Vanloo", "Marlow Construction's managing director, Pieter Vanloo, said the club had changed the stadium's design about 40 times after building began, adding a second restaurant level and a retractable pitch cover.")]),
 ("version", "When the stadium opened (August or September).", False, [
   ("a", A, "Quayside Park, a 32,000-seat stadium on the old docks, opened in August after a delay of 14 months."),
   ("b", A, "The stadium, which holds 31,500 people, opened in September.")]),
 ("number", "How many people the stadium holds (32,000 or 31,500).", False, [
   ("a", A, "Quayside Park, a 32,000-seat stadium on the old docks, opened in August after a delay of 14 months."),
   ("b", A, "The stadium, which holds 31,500 people, opened in September.")]),
 ("version", "When the council debates the report (April 2 or April 9).", False, [
   ("a", A, "The council will debate the report on April 2."),
   ("c", A, "The council debates the report on April 9.")]),
])

# 3: a ferry hits a harbour wall. Shapes: the injured (14, two seriously, the coastguard / nine, none
# seriously, the company); the time (about 7:40 a.m., the company / about 8:15, a passenger); the cause
# (a loss of engine power, the company / a steering fault "not by the engines", the union; within one
# outlet); the last inspection ("in March", the company / "in November 2024", the safety agency's
# records four paragraphs later; within one outlet); passengers on board (212, the company / 286, the
# coastguard, "more than the company first said"); the captain (suspended, the company / back at work
# on Sunday, the union's secretary); the replacement ship (Monday / Tuesday, the company in two outlets).
LABELS["b49-3"] = _labels("A passenger ferry hits a harbour wall; the injured, the cause and the ship's inspection are disputed (invented)", _arts("b49-3"), [
 ("The Morwen Star struck the harbour wall at Port Tallis on Saturday.", [
   ("a", "A passenger ferry struck the harbour wall at Port Tallis on Saturday morning"),
   ("b", "Passengers on the Morwen Star say the ferry was travelling far faster than usual as it came into Port Tallis on Saturday, minutes before it struck the harbour wall."),
   ("c", "The Morwen Star, a Skerrin Ferries ship arriving from Inchgarry, hit the harbour wall at Port Tallis at about 7:40 on Saturday morning.")]),
 ("The coastguard says 14 people were hurt, two seriously.", [
   ("a", "injuring 14 people, two of them seriously, the coastguard said."),
   ("c", "Fourteen, according to the coastguard. Two are in a serious condition at Tallis Infirmary.")]),
 ("The ferry hit the wall at about 7:40 a.m.", [
   ("a", "it hit the wall at about 7:40 a.m., the company said."),
   ("c", "hit the harbour wall at Port Tallis at about 7:40 on Saturday morning.")]),
 ("Skerrin Ferries blames a loss of engine power.", [
   ("a", "Skerrin Ferries said a sudden loss of engine power had left the crew unable to slow the ship."),
   ("b", "The company blamed the crash on a loss of engine power."),
   ("c", "Skerrin Ferries says the engines lost power.")]),
 ("The accident board expects an interim report within 30 days.", [
   ("a", "It expects to publish an interim report within 30 days."),
   ("c", "The accident board expects to publish an interim report within 30 days.")]),
 ("The company says the captain has been suspended during the investigation.", [
   ("a", "The ferry's captain, who has not been named, has been suspended while the investigation goes on, the company said."),
   ("c", "The company says the captain has been taken off duty while the board investigates.")]),
 ("The company says the ship passed its last safety inspection in March.", [
   ("a", "The Morwen Star, built in 1998, passed its last safety inspection in March, Skerrin Ferries said."),
   ("b", "Skerrin Ferries said on Saturday that the ship had passed its last safety inspection in March.")]),
 ("Sailings were cancelled for the weekend.", [
   ("a", "Services between Inchgarry and Port Tallis were cancelled for the rest of the weekend."),
   ("b", "Sailings to and from the island were cancelled for the weekend.")]),
], [
 ("number", "How many people were hurt (14, two seriously, the coastguard; nine, none seriously, the company).", False, [
   ("a", "the coastguard", "A passenger ferry struck the harbour wall at Port Tallis on Saturday morning, injuring 14 people, two of them seriously, the coastguard said."),
   ("b", "Skerrin Ferries", "Skerrin Ferries said nine people were hurt, none of them seriously.")]),
 ("version", "At what time the ferry hit the wall (about 7:40 a.m., the company; about 8:15, a passenger).", False, [
   ("a", "the company", "The Skerrin Ferries vessel Morwen Star was arriving from Inchgarry with 212 passengers and 11 crew when it hit the wall at about 7:40 a.m., the company said."),
   ("b", "Elspeth Rourke", "She said the ship hit the wall at about 8:15.")]),
 ("version", "What caused the crash (a loss of engine power, the company; a known steering fault, the union).", True, [
   ("b", "the company", "The company blamed the crash on a loss of engine power."),
   ("b", "the Ferry Workers' Union", "The Ferry Workers' Union said the crash was caused by a steering fault the company had known about for weeks, not by the engines.")]),
 ("version", "When the ship was last inspected (March, the company; November 2024, the safety agency's records).", True, [
   ("b", "Skerrin Ferries", "Skerrin Ferries said on Saturday that the ship had passed its last safety inspection in March."),
   ("b", "records held by the Maritime Safety Agency", "Records held by the Maritime Safety Agency, seen by the Gazette, show that the Morwen Star's last safety inspection took place in November 2024.")]),
 ("number", "How many passengers were on board (212, the company; 286, the coastguard).", False, [
   ("a", "the company", "The Skerrin Ferries vessel Morwen Star was arriving from Inchgarry with 212 passengers and 11 crew when it hit the wall at about 7:40 a.m., the company said."),
   ("c", "the coastguard", "The coastguard says 286 passengers were on board, more than the company first said.")]),
 ("version", "Whether the captain is off duty (suspended, the company; back at work on Sunday, the union's secretary).", False, [
   ("a", "the company", "The ferry's captain, who has not been named, has been suspended while the investigation goes on, the company said."),
   ("b", "Owen Keddie", "The captain was back at work on Sunday on the company's freight run to Inchgarry, Keddie said.")]),
 ("version", "When the replacement ship takes over (Monday or Tuesday, the company in two outlets).", False, [
   ("b", "the company", "A replacement ship, the Gannet, will take over the route on Monday, the company said."),
   ("c", "Skerrin Ferries", "Skerrin Ferries says a replacement ship, the Gannet, will take over the route on Tuesday.")]),
])


def main(argv: list[str] | None = None) -> int:
    return genre37.main(argv, LABELS, OUT, __doc__)


if __name__ == "__main__":
    sys.exit(main())
