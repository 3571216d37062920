#!/usr/bin/env python3
"""Build (or check) evals/digest_gold_blind56/: three INVENTED stories of kinds no other set has, each
told by three invented outlets (a, b, c) of 238-262 words, labelled in session 47 (digest56) before the
digest ran on them (evals/digest_gold_blind56/README.md): farmed salmon escaping from a torn net pen (the
second outlet a trade paper quoting a regulator's notice), a district heating network failing in a cold
spell (the third outlet a local weekly quoting the operator's letter to its customers), a national lottery
voiding a draw (the third outlet a parliamentary committee hearing's transcript).

As blind50-55: the texts are the project's own (every name, place, company and number made up), they
live in the gold folder (texts/<cluster_id>/<label>.txt) and clusters.json names them by path with
their sha256 ("source": "files"). An agreement is (proposition, [(article, quote), ...]); a conflict
is (type, about, within_article, [(article, source, quote), ...]). A dispute that more than one
outlet reports is one conflict (digest_gold/README.md: "the same dispute is not split"), labelled
once, from the article that states it most directly.

    python evals/tools/make_digest_gold_blind56.py           # rebuild + check
    python evals/tools/make_digest_gold_blind56.py --check   # check the files on disk
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

OUT = cnn27.mdg.ROOT / "evals" / "digest_gold_blind56"
A = "article"  # the outlet's own voice as a conflict side
_labels = cnn27._labels


def _arts(cid: str) -> dict[str, str]:
    return {o: f"texts/{cid}/{o}.txt" for o in "abc"}


LABELS: dict[str, dict] = {}

# 1: farmed salmon escape from a torn net pen; the second outlet is a trade paper quoting a regulator's notice.
# Shapes: fish escaped (about 48,000, the owner, in the lead / 71,000, the regulator, the next paragraph; within
# one outlet); the cause (a seal tore the net, the company / worn through along a seam and past its replacement
# date, the notice); when reported (within two hours, the company / 19 hours after the divers found the hole,
# the notice); fish recaptured (about 9,000, the company / 2,400, the notice); the monthly net inspections (none
# since November, the notice / every month "without exception", the operations director; within one outlet);
# when the hole was found (the escape on Sunday night, the company / a tear logged on Saturday morning, the
# diving log; within one outlet); the fish's weight (about 4 kilograms, the wire / about 2.5, the stock records).
# Near misses: 12 pens, 410,000 salmon, 40 kilometers, three rivers, $800,000, 1998, 14 farms, 600 people,
# 6 percent, 14 days, 37 fish, 9:40 a.m., 40 cm, 2027, 31 people.
LABELS["b56-1"] = _labels("Farmed salmon escape from a torn net pen in a fjord; the number, the cause, the reporting and the recapture are disputed (invented)", _arts("b56-1"), [
 ("Farmed salmon escaped from a damaged net pen at Morvik Seafoods' Skarra Fjord farm.", [
   ("a", "HALSVIK, March 3 - About 48,000 farmed salmon escaped from a damaged net pen at a fish farm in the Skarra Fjord on Sunday night, the farm's owner, Morvik Seafoods, said on Monday."),
   ("b", "The Coastal Fisheries Directorate has served a formal notice on Morvik Seafoods over the escape of salmon from its Skarra Fjord farm, ordering the company to empty the damaged pen and to deliver a full report within 14 days."),
   ("c", "Divers at Morvik Seafoods' Skarra Fjord farm found a tear in the net of pen No. 7 on Saturday morning, more than a day before the company says its salmon escaped, according to the farm's diving log, a copy of which was given to the Post.")]),
 ("Morvik says about 48,000 fish escaped.", [
   ("a", "HALSVIK, March 3 - About 48,000 farmed salmon escaped from a damaged net pen at a fish farm in the Skarra Fjord on Sunday night, the farm's owner, Morvik Seafoods, said on Monday."),
   ("c", "Morvik has said that about 48,000 fish escaped.")]),
 ("Morvik says a seal tore the net.", [
   ("a", "Morvik said a seal had torn a hole in the net of pen No. 7, one of 12 pens at the site."),
   ("c", "Morvik says the escape happened on Sunday night, after a seal tore the net.")]),
 ("Morvik says it will cooperate fully with the directorate.", [
   ("a", "\"We are deeply sorry, and we will cooperate fully with the directorate,\" said Morvik's chief executive, Lars Heddal."),
   ("b", "Morvik said it would cooperate fully.")]),
 ("The fish in pen No. 7 were due to be harvested in May.", [
   ("a", "The fish in pen No. 7 were due to be harvested in May."),
   ("b", "The fish in the damaged pen were due for harvest in May.")]),
 ("The directorate ordered Morvik to set nets at the mouths of three rivers.", [
   ("a", "The directorate has ordered Morvik to set nets at the mouths of three rivers, and it has allowed anglers to fish for escaped salmon without a license until the end of April."),
   ("c", "The directorate has ordered it to set nets at the mouths of three rivers, and anglers may fish for escaped salmon without a license until the end of April.")]),
 ("Anglers may fish for escaped salmon without a license until the end of April.", [
   ("a", "The directorate has ordered Morvik to set nets at the mouths of three rivers, and it has allowed anglers to fish for escaped salmon without a license until the end of April."),
   ("c", "The directorate has ordered it to set nets at the mouths of three rivers, and anglers may fish for escaped salmon without a license until the end of April.")]),
 ("The directorate can fine a company up to $800,000 for an escape.", [
   ("a", "It can fine a company up to $800,000 for an escape."),
   ("b", "The directorate can fine a company up to $800,000 for an escape and may withdraw a farm's license after repeated breaches.")]),
 ("Morvik runs 14 farms.", [
   ("a", "Morvik Seafoods, founded in 1998, runs 14 farms along the coast and employs about 600 people."),
   ("b", "The company, which runs 14 farms and sells most of its fish fresh to processors, has not said what the escape will cost it.")]),
], [
 ("number", "How many salmon escaped (about 48,000, the owner; 71,000, the directorate).", True, [
   ("a", "Morvik Seafoods", "HALSVIK, March 3 - About 48,000 farmed salmon escaped from a damaged net pen at a fish farm in the Skarra Fjord on Sunday night, the farm's owner, Morvik Seafoods, said on Monday."),
   ("a", "the Coastal Fisheries Directorate", "The Coastal Fisheries Directorate, which regulates fish farms, said its own estimate was that 71,000 fish had escaped, based on the pen's stock records.")]),
 ("version", "What made the hole in the net (a seal, the company; worn through along a seam, past its replacement date, the directorate's notice).", False, [
   ("a", "Morvik", "Morvik said a seal had torn a hole in the net of pen No. 7, one of 12 pens at the site."),
   ("b", "the directorate's notice", "The notice, published on the directorate's website on Tuesday, says the net of pen No. 7 \"had worn through along a seam\" and was two years past the replacement date set in the farm's own equipment plan.")]),
 ("number", "How soon the escape was reported (within two hours, the company; 19 hours after the divers found the hole, the notice).", False, [
   ("a", "The company", "The company said it had reported the escape to the directorate within two hours and that its boats had since recaptured about 9,000 fish."),
   ("b", "the directorate's notice", "According to the notice, Morvik did not report the escape until 19 hours after its divers found the hole.")]),
 ("number", "How many fish were recaptured (about 9,000, the company; 2,400 by Monday evening, the notice).", False, [
   ("a", "The company", "The company said it had reported the escape to the directorate within two hours and that its boats had since recaptured about 9,000 fish."),
   ("b", "the directorate's notice", "The notice puts the number of fish recaptured by Monday evening at 2,400.")]),
 ("version", "Whether the nets were inspected every month (not since November, the notice; every month without exception, the operations director).", True, [
   ("b", "the directorate's notice", "The notice also says the company had not carried out the monthly net inspections the rules require since November."),
   ("b", "Sigrun Bakke", "Morvik's operations director, Sigrun Bakke, told the Ledger the nets had been inspected every month \"without exception\" and that the company would show the directorate its dive logs.")]),
 ("version", "When the hole was there (the escape on Sunday night, the company; a tear logged on Saturday morning, the diving log).", True, [
   ("c", "Morvik", "Morvik says the escape happened on Sunday night, after a seal tore the net."),
   ("c", "the farm's diving log", "The log, signed by the farm's dive supervisor, records a \"tear approx. 40 cm, seam, pen 7\" at 9:40 a.m. on Saturday and notes that a repair was planned for Monday.")]),
 ("number", "How heavy the fish were (about 4 kilograms, the wire; about 2.5 kilograms, the stock records).", False, [
   ("a", A, "The farm held about 410,000 salmon, averaging about 4 kilograms each."),
   ("c", "the farm's stock records", "The escaped fish weighed about 2.5 kilograms each, according to the farm's stock records for February, which were attached to the log.")]),
])

# 2: a district heating network fails in a cold spell; the third outlet is a local weekly quoting the operator's
# letter to its customers. Shapes: homes without heat (about 3,400, the operator, in the lead / 5,100, the
# council's housing office, the next paragraph; within one outlet); homes with heat again by Tuesday afternoon
# (2,900, the chief executive / only 1,100, the housing office); the boilers (both working normally, the letter /
# the second out of service since Dec. 2, the maintenance records); the warning texts (every affected customer on
# Sunday morning, the company / none until Monday evening, residents; within one outlet); when heat is back (by
# Thursday, the chief executive / by Friday, her letter); the credit ($75, the company / $120, the letter); the
# price rise (18 percent in October, the paper / 9 percent this winter, the letter); the man in hospital (not a
# customer, the letter / lives on a street on the network, police; within one outlet). Near misses: minus 14
# degrees, two warming centers, 600 heaters, 30 meters of pipe, 81 years, 38,000 homes, 110 kilometers, 1979,
# 1982, Dec. 2.
LABELS["b56-2"] = _labels("A city's district heating network fails in a cold spell; the homes hit, the cause, the restoration and the compensation are disputed (invented)", _arts("b56-2"), [
 ("Homes in Carrowmere lost heating on Sunday after a main burst under Tolland Street, Fenwick says.", [
   ("a", "CARROWMERE, Jan. 14 - About 3,400 homes in Carrowmere have been without heating since Sunday after a main carrying hot water from the city's heat plant burst under Tolland Street, the network's operator, Fenwick District Energy, said on Tuesday."),
   ("b", "Fenwick has said Sunday's outage was caused by a burst main under Tolland Street."),
   ("c", "\"On Sunday morning a main under Tolland Street burst, and we had to shut off heat to about 3,400 homes.")]),
 ("Fenwick says about 3,400 homes lost heat.", [
   ("a", "CARROWMERE, Jan. 14 - About 3,400 homes in Carrowmere have been without heating since Sunday after a main carrying hot water from the city's heat plant burst under Tolland Street, the network's operator, Fenwick District Energy, said on Tuesday."),
   ("c", "\"On Sunday morning a main under Tolland Street burst, and we had to shut off heat to about 3,400 homes.")]),
 ("Temperatures fell to minus 14 degrees on Monday night.", [
   ("a", "Temperatures in the city fell to minus 14 degrees Celsius on Monday night."),
   ("b", "Temperatures fell to minus 14 degrees on Monday night.")]),
 ("The council has opened warming centers.", [
   ("a", "The council has opened two warming centers and handed out 600 electric heaters."),
   ("b", "The council has opened warming centers at the Ashgate library and the Tolland Street sports hall, and volunteers are checking on older residents door to door."),
   ("c", "The council said its two warming centers would stay open until heat is back in every home.")]),
 ("An 81-year-old man was taken to hospital with hypothermia on Monday.", [
   ("a", "An 81-year-old man was taken to hospital with hypothermia on Monday, police said."),
   ("c", "\"The 81-year-old man taken to hospital on Monday was not one of our customers.\"")]),
 ("Every customer who lost heat will get a credit on the next bill.", [
   ("a", "Every customer who lost heat will receive a $75 credit on their next bill, the company said."),
   ("c", "\"Every customer who lost heat will receive a credit of $120 on their next bill.")]),
 ("Fenwick supplies heat to about 38,000 homes in the city.", [
   ("a", "Fenwick, which is owned by an infrastructure fund, supplies heat to about 38,000 homes in the city through 110 kilometers of pipes."),
   ("c", "Fenwick supplies heat to about 38,000 homes in the city.")]),
 ("The council will ask the national energy regulator to investigate; the regulator is monitoring.", [
   ("a", "The national energy regulator said it was monitoring the outage."),
   ("b", "Councilor Dev Anand, who chairs the council's housing committee, said the council would ask the national energy regulator to investigate.")]),
], [
 ("number", "How many homes lost heat (about 3,400, the operator; 5,100, the council's housing office).", True, [
   ("a", "Fenwick District Energy", "CARROWMERE, Jan. 14 - About 3,400 homes in Carrowmere have been without heating since Sunday after a main carrying hot water from the city's heat plant burst under Tolland Street, the network's operator, Fenwick District Energy, said on Tuesday."),
   ("a", "the city council's housing office", "The city council's housing office said 5,100 homes had lost heat, among them two care homes and a primary school.")]),
 ("number", "How many homes had heat again by Tuesday afternoon (2,900, the chief executive; only 1,100, the housing office).", False, [
   ("a", "Marta Olsen", "Fenwick's chief executive, Marta Olsen, said crews had replaced about 30 meters of pipe and that heat had been restored to 2,900 homes by Tuesday afternoon."),
   ("b", "The council's housing office", "The council's housing office said on Tuesday that heat had been restored to only 1,100 homes by that afternoon.")]),
 ("version", "Whether both boilers were working (both normally throughout, the letter; the second out of service since Dec. 2, the maintenance records).", False, [
   ("c", "Fenwick's letter", "Both boilers at our plant were working normally throughout."),
   ("b", "maintenance records seen by the Courier", "The second boiler at Fenwick District Energy's heat plant had been out of service since Dec. 2, waiting for a replacement pump, according to maintenance records seen by the Courier, leaving a single boiler to carry the city's network into the coldest week of the winter.")]),
 ("version", "Whether customers were warned on Sunday (every affected customer texted on Sunday morning, the company; no message until Monday evening, residents).", True, [
   ("b", "Fenwick", "Fenwick said it had texted every affected customer on Sunday morning."),
   ("b", "residents of the Ashgate estate", "Several residents of the Ashgate estate told the Courier they received no message until Monday evening, when their radiators had been cold for more than a day.")]),
 ("version", "When heating will be back in every home (by Thursday, the chief executive on Tuesday; by Friday, her letter).", False, [
   ("a", "Marta Olsen", "The company expects heating to be back in every home by Thursday, she said."),
   ("c", "Fenwick's letter", "Heating will be back in every home by Friday.")]),
 ("number", "How large the credit on the next bill is ($75, the company; $120, the letter).", False, [
   ("a", "the company", "Every customer who lost heat will receive a $75 credit on their next bill, the company said."),
   ("c", "Fenwick's letter", "\"Every customer who lost heat will receive a credit of $120 on their next bill.")]),
 ("number", "How much Fenwick's prices rose (18 percent in October, the Courier; 9 percent this winter, the letter).", False, [
   ("b", A, "Fenwick raised its prices by 18 percent in October, its second rise in a year."),
   ("c", "Fenwick's letter", "\"We know that our prices have risen by 9 percent this winter, and we understand your anger.")]),
 ("version", "Whether the man taken to hospital was a customer (not one of ours, the letter; lives on a street on Fenwick's network, police).", True, [
   ("c", "Fenwick's letter", "\"The 81-year-old man taken to hospital on Monday was not one of our customers.\""),
   ("c", "Police", "Police said on Wednesday that the man, who was taken to hospital with hypothermia, lives on Carr Lane, a street of terraced houses on Fenwick's network.")]),
])

# 3: a national lottery voids a draw after two balls drop at once; the third outlet is a parliamentary committee
# hearing's transcript (a chair and a member questioning the operator's chief executive). Shapes: tickets that
# matched five numbers in the voided draw (1,140, the operator / at least 3,900, a players' group, the next
# paragraph; within one outlet); whether the voided draw was broadcast (not, the spokeswoman / live for about 40
# seconds, the broadcaster's log); the jackpot (about $4.6 million, the wire / $6.4 million, the paper); tickets
# sold (1.8 million, the operator and its chief executive / about 2.6 million, its sales report to the board);
# refunds (any ticket on request, the operator / "No.", the chief executive); the machine's service (not since
# 2022, the board as the chair puts it / "serviced in March", the chief executive; within one outlet); the
# complaints (about 2,300, the chief executive / 8,700, the board as a member puts it; within one outlet). Near
# misses: 25 minutes, six of 49, 17 and 31, $2, 2031, 28 percent, $1,500, 2004, 8:15 p.m., 67, 19 years, four
# weeks.
LABELS["b56-3"] = _labels("A national lottery voids a draw after two balls drop at once; the winners left out, the broadcast, the sales and refunds are disputed (invented)", _arts("b56-3"), [
 ("Two balls dropped from the machine at once, and the draw was voided and held again 25 minutes later.", [
   ("a", "TORSBY, June 9 - The operator of the Velland National Lottery voided Saturday's main draw after two balls dropped from the machine at once, and held the draw again 25 minutes later, the company, Corvane Gaming, said on Sunday."),
   ("c", "Two balls left the machine together. Our rules say the draw is then void, and we held it again 25 minutes later.")]),
 ("Holders of tickets that matched five numbers in the voided draw receive nothing, because that draw did not count.", [
   ("a", "Corvane said 1,140 tickets had matched five numbers in the voided draw and that their holders would receive nothing, because the draw did not count."),
   ("c", "They receive nothing. That draw did not count.")]),
 ("The jackpot was won by a single ticket bought in Harl.", [
   ("a", "The jackpot of the rerun draw, about $4.6 million, was won by a single ticket bought in Harl."),
   ("b", "Saturday's jackpot, $6.4 million, went to one ticket sold at a petrol station in Harl.")]),
 ("Corvane says it sold about 1.8 million tickets for the draw.", [
   ("a", "Corvane said it had sold 1.8 million tickets for the draw, at $2 each, and would refund any ticket bought for it on request."),
   ("c", "Just under 1.8 million.")]),
 ("The Lottery Board has opened an inquiry.", [
   ("a", "The Lottery Board, which regulates the game, said it had opened an inquiry."),
   ("b", "The Lottery Board has opened an inquiry.")]),
 ("Corvane says it will cooperate with the inquiry.", [
   ("b", "Corvane said it would cooperate with the inquiry."),
   ("c", "We will cooperate fully with the board's inquiry, and we have ordered a second machine from the maker as a backup.")]),
 ("The Lottery Board says it has received 8,700 complaints.", [
   ("b", "Its chair, Rosa Quill, said the board had received 8,700 complaints by Monday, more than in any week since the lottery began in 2004."),
   ("c", "The Lottery Board says it has received 8,700.")]),
 ("Corvane holds the license to run the lottery until 2031.", [
   ("a", "Corvane holds the license to run the lottery until 2031 and pays about 28 percent of its sales to good causes."),
   ("c", "Your license runs until 2031.")]),
], [
 ("number", "How many tickets matched five numbers in the voided draw (1,140, the operator; at least 3,900, a players' group).", True, [
   ("a", "Corvane", "Corvane said 1,140 tickets had matched five numbers in the voided draw and that their holders would receive nothing, because the draw did not count."),
   ("a", "Fair Draw", "A players' group, Fair Draw, said at least 3,900 tickets had matched five numbers in the voided draw, based on figures Corvane published briefly on its website on Saturday night.")]),
 ("version", "Whether the voided draw was broadcast (not, the operator; live for about 40 seconds, the broadcaster's log).", False, [
   ("a", "Corvane", "Corvane said the first draw had not been broadcast."),
   ("b", "the broadcaster's transmission log", "The voided draw of the Velland National Lottery was shown live on television for about 40 seconds on Saturday before the broadcast cut away, according to the broadcaster's transmission log, seen by the Star.")]),
 ("number", "How large the jackpot was (about $4.6 million, the wire; $6.4 million, the paper).", False, [
   ("a", A, "The jackpot of the rerun draw, about $4.6 million, was won by a single ticket bought in Harl."),
   ("b", A, "Saturday's jackpot, $6.4 million, went to one ticket sold at a petrol station in Harl.")]),
 ("number", "How many tickets were sold for the draw (1.8 million, the operator; about 2.6 million, its sales report to the board).", False, [
   ("a", "Corvane", "Corvane said it had sold 1.8 million tickets for the draw, at $2 each, and would refund any ticket bought for it on request."),
   ("b", "Corvane's weekly sales report", "Corvane sold about 2.6 million tickets for Saturday's draw, according to its weekly sales report to the Lottery Board, which the Star has obtained.")]),
 ("version", "Whether tickets will be refunded (any ticket on request, the operator; no, its chief executive).", False, [
   ("a", "Corvane", "Corvane said it had sold 1.8 million tickets for the draw, at $2 each, and would refund any ticket bought for it on request."),
   ("c", "Aled Brisk", "No. The rerun draw was valid, and every ticket took part in it.")]),
 ("version", "When the machine was last serviced (not since 2022, the Lottery Board; in March, the chief executive).", True, [
   ("c", "the Lottery Board", "The Lottery Board told this committee the machine had not been serviced since 2022."),
   ("c", "Aled Brisk", "That is not correct. It was serviced in March by its maker.")]),
 ("number", "How many complaints there have been (about 2,300, the chief executive; 8,700, the Lottery Board).", True, [
   ("c", "Aled Brisk", "About 2,300."),
   ("c", "the Lottery Board", "The Lottery Board says it has received 8,700.")]),
])


def main(argv: list[str] | None = None) -> int:
    return genre37.main(argv, LABELS, OUT, __doc__)


if __name__ == "__main__":
    sys.exit(main())
