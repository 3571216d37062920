#!/usr/bin/env python3
"""Build (or check) evals/digest_gold_blind58/: three INVENTED stories of kinds no other set has, each
told by three invented outlets (a, b, c) of 250-270 words, labelled in session 49 (digest58) before the
digest ran on them (evals/digest_gold_blind58/README.md): a chlorine gas leak at a public swimming pool
(the third outlet a news site's story kept as a correction-and-update notice: dated updates on top, a
correction of its own earlier version, the original story below), a developer tearing down part of a
protected arcade's facade (the third outlet a Q&A explainer: "Who ordered ...?", "When did ... know?",
"How long will ... take?", "What will it cost ...?"), a supermarket chain's chief executive resigning
after share sales (the third outlet a business desk's story built on the company's stock-exchange
filing).

As blind50-57: the texts are the project's own (every name, place, company and number made up), they
live in the gold folder (texts/<cluster_id>/<label>.txt) and clusters.json names them by path with
their sha256 ("source": "files"). An agreement is (proposition, [(article, quote), ...]); a conflict
is (type, about, within_article, [(article, source, quote), ...]). A dispute that more than one
outlet reports is one conflict (digest_gold/README.md: "the same dispute is not split"), labelled
once, from the article that states it most directly.

    python evals/tools/make_digest_gold_blind58.py           # rebuild + check
    python evals/tools/make_digest_gold_blind58.py --check   # check the files on disk
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

OUT = cnn27.mdg.ROOT / "evals" / "digest_gold_blind58"
A = "article"  # the outlet's own voice as a conflict side
_labels = cnn27._labels


def _arts(cid: str) -> dict[str, str]:
    return {o: f"texts/{cid}/{o}.txt" for o in "abc"}


LABELS: dict[str, dict] = {}

# 1: chlorine gas leaks into a public pool; the third outlet is a news site's story kept as a correction-and-update
# notice (dated updates, latest first, a correction of its own earlier version, the original story below). Shapes:
# people taken to hospital (14, the operator, in the lead / 23, the ambulance service, the next paragraph; within one
# outlet); the cause (the driver connected his hose to the wrong tank, the operator / the driver followed the pool's
# own labels, the delivery company); how fast the pool was cleared (within five minutes, the operator / first call
# 10:07 a.m., last swimmer out 10:32 a.m., the fire service's log; within one outlet); the May inspection (passed,
# the operator / the outlet's correction: faults found, until July to fix them); the reopening (Monday, the operator
# / not before the end of the month, the council; within one outlet, and the wire's "will reopen on Monday").
# Near misses: about 60 swimmers, three engines, 1974, 2019, $2.4 million, ages 6 to 71, 12 pools, 25 meters, eight
# lanes, nine days, 400 liters, 2016, 20-year contract, 12 staff, two hours, 1 p.m., six people in March, four days,
# two people still in hospital (all but two home), nine children.
LABELS["b58-1"] = _labels("Chlorine gas leaks into a public swimming pool; the number taken to hospital, the cause, the evacuation and the inspection are disputed (invented)", _arts("b58-1"), [
 ("Chlorine gas leaked into the Halvern Road pool in Ostery on Saturday morning.", [
   ("a", "OSTERY, June 14 - Fourteen people were taken to hospital after chlorine gas leaked into the Halvern Road pool in Ostery on Saturday morning, the pool's operator, Aquavia Leisure, said."),
   ("c", "Chlorine gas leaked into the Halvern Road pool on Saturday morning while about 60 people were swimming.")]),
 ("About 60 swimmers were in the water when the gas spread.", [
   ("a", "About 60 swimmers, among them a class of children having a lesson, were in the water when staff smelled the gas shortly after 10 a.m., Aquavia said."),
   ("b", "About 60 swimmers were in the water when the gas spread."),
   ("c", "Chlorine gas leaked into the Halvern Road pool on Saturday morning while about 60 people were swimming.")]),
 ("The ambulance service says 23 people were taken to hospital.", [
   ("a", "The Ostery and Dale Ambulance Service said its crews had taken 23 people to three hospitals, nine of them children."),
   ("c", "The ambulance service said 23 people were taken to hospital, most with sore throats and breathing problems.")]),
 ("Most of those taken to hospital had sore throats and breathing problems.", [
   ("a", "Most of those taken to hospital had sore throats and breathing problems, and all but two had gone home by Saturday evening, the ambulance service said."),
   ("c", "The ambulance service said 23 people were taken to hospital, most with sore throats and breathing problems.")]),
 ("Two people remained in hospital.", [
   ("a", "Most of those taken to hospital had sore throats and breathing problems, and all but two had gone home by Saturday evening, the ambulance service said."),
   ("c", "UPDATE, June 15, 11:20 a.m.: Two people remain in hospital, the ambulance service says.")]),
 ("Aquavia Leisure runs the pool.", [
   ("b", "Aquavia Leisure, which runs the pool, has said a delivery driver caused the leak by connecting his hose to the wrong tank."),
   ("c", "Aquavia Leisure, which runs the pool, said the gas was produced when two chemicals were mixed during a delivery.")]),
 ("Aquavia says a delivery driver connected his hose to the wrong tank.", [
   ("a", "Aquavia said a delivery driver had connected his hose to the wrong tank, mixing two pool chemicals, and that staff had cleared the pool within five minutes."),
   ("b", "Aquavia Leisure, which runs the pool, has said a delivery driver caused the leak by connecting his hose to the wrong tank.")]),
 ("Aquavia says staff cleared the pool within five minutes.", [
   ("a", "Aquavia said a delivery driver had connected his hose to the wrong tank, mixing two pool chemicals, and that staff had cleared the pool within five minutes."),
   ("b", "The company has also said staff cleared the pool within five minutes.")]),
 ("The Works Safety Office is investigating.", [
   ("a", "The Works Safety Office said it had opened an investigation."),
   ("b", "Aquavia's regional manager, Dana Whitlow, said the company would not comment on the log while the Works Safety Office investigates."),
   ("c", "The Works Safety Office is investigating.")]),
 ("The pool has been closed since Saturday.", [
   ("a", "The pool's 25-meter main hall has eight lanes and was closed on Saturday afternoon."),
   ("b", "The pool has been closed since Saturday.")]),
 ("Aquavia said the pool would reopen on Monday.", [
   ("a", "The pool, built in 1974 and refurbished in 2019 for $2.4 million, will reopen on Monday, Aquavia said."),
   ("c", "Aquavia Leisure had said on Saturday that the pool would reopen on Monday.")]),
], [
 ("number", "How many people were taken to hospital (14, Aquavia; 23, the ambulance service).", True, [
   ("a", "Aquavia Leisure", "OSTERY, June 14 - Fourteen people were taken to hospital after chlorine gas leaked into the Halvern Road pool in Ostery on Saturday morning, the pool's operator, Aquavia Leisure, said."),
   ("a", "The Ostery and Dale Ambulance Service", "The Ostery and Dale Ambulance Service said its crews had taken 23 people to three hospitals, nine of them children.")]),
 ("version", "What caused the leak (the driver connected his hose to the wrong tank, Aquavia; the driver followed the pool's own labels, Calloway Chemicals).", False, [
   ("a", "Aquavia", "Aquavia said a delivery driver had connected his hose to the wrong tank, mixing two pool chemicals, and that staff had cleared the pool within five minutes."),
   ("c", "Calloway Chemicals", "Calloway Chemicals, which made the delivery, said its driver had followed the pool's own labels on the tanks.")]),
 ("number", "How fast the pool was cleared (within five minutes, Aquavia; 25 minutes from the first call, the fire service's log).", True, [
   ("b", "The company", "The company has also said staff cleared the pool within five minutes."),
   ("b", "the fire service's incident log", "But the fire service's incident log, released to the Courier on Monday, records the first call at 10:07 a.m. and the last swimmer out of the building at 10:32 a.m., 25 minutes later.")]),
 ("version", "Whether the pool passed its May safety inspection (passed, Aquavia; faults found and until July to fix them, the outlet's correction).", False, [
   ("a", "The company", "The company said the pool had passed a safety inspection in May."),
   ("c", A, "The council's inspection in May found faults in the chemical store, and the pool was given until July to fix them.")]),
 ("version", "When the pool reopens (on Monday, Aquavia; not before the end of the month, the council).", True, [
   ("c", "The council", "UPDATE, June 16, 4:40 p.m.: The council says the Halvern Road pool will not reopen before the end of the month."),
   ("c", "Aquavia Leisure", "Aquavia Leisure had said on Saturday that the pool would reopen on Monday.")]),
])

# 2: a developer tears down part of a protected arcade's facade; the third outlet is a Q&A explainer (questions as
# headings, answers below them: "Who ordered ...?", "When did the council know?", "How long will the inquiry take?",
# "What will it cost to put back?"). Shapes: how much came down (about 12 meters, the developer, in the lead / 28 of
# 40 meters, the heritage trust, the next paragraph; within one outlet); who ordered it (a subcontractor without the
# developer's instruction / the site manager's email of March 4; within one outlet); whether the facade was
# protected (not protected, the developer / on the state register since 1987, the register; within one outlet);
# whether the council was told (a letter on Feb. 26, the developer / no letter received, first heard at 7:40 a.m.
# from a neighbour, the council, a "When ...?" answer); how long the inquiry takes (within six weeks, the council in
# the wire / about three months, the head of planning, a "How long ...?" answer); the cost of rebuilding ($1.2
# million, the developer / about $4 million, the trust; within one outlet, a "What will it cost ...?" answer). Near
# misses: 1891, 40 meters, 64 apartments, $18 million, 2021, 40 shops, 130 years, two excavators, 7 a.m., $500,000,
# 2022, September, March 4, four sites, 2018, March 20, 300 stones, three minutes.
LABELS["b58-2"] = _labels("A developer tears down part of a protected arcade's facade; how much came down, who ordered it, whether the council was told and the cost are disputed (invented)", _arts("b58-2"), [
 ("Part of the Marrish Arcade's front wall was demolished on Thursday morning.", [
   ("a", "CARROWFIELD, March 7 - A developer demolished about 12 meters of the front wall of the Marrish Arcade, a shopping arcade built in 1891, on Thursday morning, the developer, Solmere Estates, said."),
   ("c", "On Thursday morning, excavators took down much of the front wall of the Marrish Arcade, which was built in 1891.")]),
 ("The city council has ordered all work at the site to stop.", [
   ("a", "The city council ordered all work at the site to stop on Thursday afternoon."),
   ("b", "The city council has ordered all work at the site to stop.")]),
 ("Solmere blames its subcontractor for starting the work.", [
   ("a", "Solmere said a subcontractor had started the work without its instruction and that it had told the city council in a letter on Feb. 26 that it planned to make the facade safe."),
   ("b", "Solmere has said Fenwick started the work without its instruction."),
   ("c", "It blames its subcontractor, Fenwick Demolition.")]),
 ("Fenwick says it had written instructions from Solmere.", [
   ("b", "Fenwick's owner, Martin Fenwick, said his crew \"did exactly what Solmere told us, in writing\"."),
   ("c", "Fenwick says it had written instructions from Solmere.")]),
 ("The facade has been on the state heritage register since 1987.", [
   ("b", "But the state heritage register, which the Herald checked on Friday, has listed the arcade's facade since 1987."),
   ("c", "The facade has been on the state heritage register since 1987, which means no part of it could be removed without a permit.")]),
 ("Solmere plans 64 apartments on the site.", [
   ("a", "Solmere plans to build 64 apartments and ground-floor shops behind the facade in an $18 million project."),
   ("c", "Solmere had planned 64 apartments.")]),
 ("Solmere bought the arcade in 2021.", [
   ("a", "It bought the arcade, which once held about 40 shops, in 2021."),
   ("b", "Solmere bought it in 2021.")]),
 ("The arcade's last tenants left in 2022.", [
   ("a", "The arcade's last tenants, a watch repairer and a cafe, left in 2022."),
   ("b", "The arcade stood empty after its last tenants left in 2022.")]),
 ("The planning committee will discuss the site on March 20.", [
   ("b", "The council's planning committee will discuss the site on March 20."),
   ("c", "The planning committee meets on March 20, and residents may speak for three minutes each.")]),
], [
 ("number", "How much of the facade came down (about 12 meters, Solmere; 28 of 40 meters, the Marrish Trust).", True, [
   ("a", "Solmere Estates", "CARROWFIELD, March 7 - A developer demolished about 12 meters of the front wall of the Marrish Arcade, a shopping arcade built in 1891, on Thursday morning, the developer, Solmere Estates, said."),
   ("a", "The Marrish Trust", "The Marrish Trust, a heritage group, said 28 meters of the 40-meter facade had come down, more than two thirds of it.")]),
 ("version", "Who ordered the demolition (the subcontractor without Solmere's instruction, Solmere; the site manager's email of March 4).", True, [
   ("b", "Solmere", "Solmere has said Fenwick started the work without its instruction."),
   ("b", "an email obtained by the Carrowfield Herald", "A site manager for Solmere Estates told a subcontractor in writing to take down the front of the Marrish Arcade, three days before the wall came down, according to an email obtained by the Carrowfield Herald.")]),
 ("version", "Whether the facade was protected (not protected, Solmere; listed since 1987, the state heritage register).", True, [
   ("b", "Solmere", "Solmere has also said the facade was not protected."),
   ("b", "the state heritage register", "But the state heritage register, which the Herald checked on Friday, has listed the arcade's facade since 1987.")]),
 ("version", "Whether Solmere told the council beforehand (a letter on Feb. 26, Solmere; no letter received, the council).", False, [
   ("a", "Solmere", "Solmere said a subcontractor had started the work without its instruction and that it had told the city council in a letter on Feb. 26 that it planned to make the facade safe."),
   ("c", "The council", "It says it had received no letter from Solmere about the facade.")]),
 ("number", "How long the council's inquiry will take (within six weeks, the council; about three months, its head of planning).", False, [
   ("a", "The city council", "It said it would open an inquiry, which would report within six weeks."),
   ("c", "Ruth Amadi", "About three months, the council's head of planning, Ruth Amadi, told the Weekly.")]),
 ("number", "What rebuilding the facade will cost ($1.2 million, Solmere; about $4 million, the Marrish Trust).", True, [
   ("c", "Solmere", "Solmere puts the cost of rebuilding the facade at $1.2 million."),
   ("c", "The Marrish Trust", "The Marrish Trust says a faithful rebuild would cost about $4 million.")]),
])

# 3: a supermarket chain's chief executive resigns after share sales; the third outlet is a business desk's story
# built on the company's stock-exchange filing. Shapes: shares sold (120,000, the company, in the lead / 185,000, the
# securities regulator, the next paragraph; within one outlet; the filing's three sales of 60,000, 65,000 and 60,000
# add up to 185,000); what he knew (nothing of the shortfall, Kallis / a memo of Aug. 14 warned him; within one
# outlet); whether he left of his own accord (his decision alone, Kallis / the board voted to remove him, two board
# members; within one outlet); severance (none, the chairwoman / 12 months' salary, about $940,000, the filing); the
# share fall on Sept. 9 (18 percent, the wire / 22 percent, exchange data); the profit fall (about 30 percent, the
# company / as much as 45 percent, an analyst; within one outlet). Near misses: 214 stores, 19,000 employees, 1962,
# 2017, $70 million, 3 percent on Wednesday, 1 percent on Thursday, 1,100 people, 11 years, Nov. 27, 4.12, a quarter
# of the profit (the memo).
LABELS["b58-3"] = _labels("A supermarket chain's chief executive resigns after share sales before a profit warning; the shares sold, what he knew, how he left and his pay are disputed (invented)", _arts("b58-3"), [
 ("Oren Kallis resigned as chief executive of Tessaly Markets on Wednesday.", [
   ("a", "LINDQUAY, Oct. 2 - The chief executive of the supermarket chain Tessaly Markets, Oren Kallis, resigned on Wednesday after it emerged that he sold 120,000 of his shares in August, weeks before the company warned that its profit would fall, the company said."),
   ("b", "Oren Kallis, who resigned as chief executive of Tessaly Markets on Wednesday, was warned in writing on Aug. 14 that the company's profit would fall short, a week before he began selling shares, according to an internal memo seen by the Hollin Gazette.")]),
 ("Tessaly forecasts that its full-year profit will fall by about 30 percent.", [
   ("a", "Tessaly warned on Sept. 9 that its full-year profit would fall by about 30 percent after a new warehouse system failed, leaving empty shelves in many of its stores."),
   ("c", "The filing repeats the company's forecast that full-year profit will fall by about 30 percent, and says the warehouse system at Hollin \"is expected to be fully working by the end of November\".")]),
 ("The warehouse system was switched on in July at the Hollin depot.", [
   ("a", "The warehouse system, built by an outside supplier at a cost of $70 million, was switched on in July at the company's main depot in Hollin."),
   ("b", "The depot in Hollin, where the warehouse system was switched on in July, employs about 1,100 people.")]),
 ("The warehouse system is expected to work fully by November.", [
   ("b", "Tessaly has said it expects the system to work fully by November."),
   ("c", "The filing repeats the company's forecast that full-year profit will fall by about 30 percent, and says the warehouse system at Hollin \"is expected to be fully working by the end of November\".")]),
 ("Kallis says he knew nothing of the shortfall when he sold the shares.", [
   ("a", "Mr Kallis said in a statement that he had sold the shares to pay a tax bill and had known nothing of the shortfall at the time."),
   ("b", "Mr Kallis has said he knew nothing of the shortfall when he sold his shares.")]),
 ("The finance director, Anouk Perel, is running the company.", [
   ("a", "The finance director, Anouk Perel, will run the company until a successor is found."),
   ("b", "Tessaly's finance director, Anouk Perel, is running the company for now."),
   ("c", "The finance director, Anouk Perel, is acting chief executive, the filing says.")]),
 ("Tessaly has 214 stores.", [
   ("a", "Tessaly, founded in 1962, has 214 stores and about 19,000 employees."),
   ("c", "Tessaly has 214 stores.")]),
], [
 ("number", "How many shares Kallis sold (120,000, the company; 185,000, the Valmar Securities Commission and the filing's three sales).", True, [
   ("a", "the company", "LINDQUAY, Oct. 2 - The chief executive of the supermarket chain Tessaly Markets, Oren Kallis, resigned on Wednesday after it emerged that he sold 120,000 of his shares in August, weeks before the company warned that its profit would fall, the company said."),
   ("a", "The Valmar Securities Commission", "The Valmar Securities Commission said it was examining sales of 185,000 Tessaly shares by Mr Kallis since August.")]),
 ("version", "Whether Kallis knew of the shortfall when he sold (nothing, Kallis; warned in a memo of Aug. 14).", True, [
   ("b", "Mr Kallis", "Mr Kallis has said he knew nothing of the shortfall when he sold his shares."),
   ("b", "an internal memo seen by the Hollin Gazette", "Oren Kallis, who resigned as chief executive of Tessaly Markets on Wednesday, was warned in writing on Aug. 14 that the company's profit would fall short, a week before he began selling shares, according to an internal memo seen by the Hollin Gazette.")]),
 ("version", "Whether Kallis left of his own accord (his decision alone, Kallis; the board voted to remove him, two board members).", True, [
   ("b", "Mr Kallis", "Mr Kallis also said leaving was his decision alone."),
   ("b", "two board members", "But two board members, who asked not to be named, told the Gazette that the board had voted on Tuesday evening to remove him and that he resigned the next morning.")]),
 ("version", "Whether Kallis gets a severance payment (none, the chairwoman; 12 months' salary, about $940,000, the filing).", False, [
   ("a", "Lena Marsh", "The chairwoman, Lena Marsh, said Mr Kallis would receive no severance payment."),
   ("c", "the company's filing", "Tessaly Markets will pay its departing chief executive, Oren Kallis, 12 months' salary, about $940,000, according to a filing the company made to the Valmar Stock Exchange on Thursday.")]),
 ("number", "How far Tessaly's shares fell on Sept. 9 (18 percent, the wire; 22 percent, exchange data).", False, [
   ("a", A, "Its shares fell 18 percent that day."),
   ("c", "exchange data", "Tessaly shares fell 22 percent on Sept. 9, the day of the profit warning, according to exchange data, and have not recovered.")]),
 ("number", "How far Tessaly's profit will fall (about 30 percent, the company; as much as 45 percent, an analyst).", True, [
   ("a", "Tessaly", "Tessaly warned on Sept. 9 that its full-year profit would fall by about 30 percent after a new warehouse system failed, leaving empty shelves in many of its stores."),
   ("a", "Samir Dutt", "An analyst at Corran Brothers, Samir Dutt, said the profit fall could be as much as 45 percent once the cost of fixing the warehouse system was counted.")]),
])


def main(argv: list[str] | None = None) -> int:
    return genre37.main(argv, LABELS, OUT, __doc__)


if __name__ == "__main__":
    sys.exit(main())
