#!/usr/bin/env python3
"""Build (or check) evals/digest_gold_blind54/: three INVENTED stories of kinds no other set has, each
told by three invented outlets (a, b, c) of 232-270 words, labelled in session 45 (digest54) before the
digest ran on them (evals/digest_gold_blind54/README.md): a late frost that destroys a valley's cherry crop, a
city marathon cut short by heat (the third outlet a live blog), a private rocket's launch failure.

As blind50-53: the texts are the project's own (every name, place, company and number made up), they
live in the gold folder (texts/<cluster_id>/<label>.txt) and clusters.json names them by path with
their sha256 ("source": "files"). An agreement is (proposition, [(article, quote), ...]); a conflict
is (type, about, within_article, [(article, source, quote), ...]). A dispute that more than one
outlet reports is one conflict (digest_gold/README.md: "the same dispute is not split"), labelled
once, from the article that states it most directly.

    python evals/tools/make_digest_gold_blind54.py           # rebuild + check
    python evals/tools/make_digest_gold_blind54.py --check   # check the files on disk
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

OUT = cnn27.mdg.ROOT / "evals" / "digest_gold_blind54"
A = "article"  # the outlet's own voice as a conflict side
_labels = cnn27._labels


def _arts(cid: str) -> dict[str, str]:
    return {o: f"texts/{cid}/{o}.txt" for o in "abc"}


LABELS: dict[str, dict] = {}

# 1: a late frost destroys much of a valley's cherry crop. Shapes: the share lost (about 70 percent, the
# growers' cooperative, in the lead / about 45 percent, the state agriculture department's survey, the next
# paragraph; within one outlet); the warning (only at 9 p.m. on Sunday, the cooperative's chairman / two days
# earlier, on Friday, the weather service in the article's last paragraph; within one outlet); the night of the
# frost (Sunday night, the cooperative / Saturday night, the explainer's own voice); the cold (minus 6 degrees,
# the weather service in the wire / minus 4, the weather service under a question heading); the growers' losses
# ($62 million, the cooperative / about $38 million, a state briefing paper seen by the paper); the insurer's
# letter (refuse claims from orchards without fans / "He said every valid frost claim would be paid ... no grower
# would be refused", a pronoun speaker; within one outlet); seasonal jobs (about 900 lost, the cooperative /
# "The state labor office disputes this. It says ...", right after; within one outlet). Near misses: 1,100
# growers, 14,000 hectares, three decades, 20 percent of apple blossom, $5 million in aid, more than half their
# crop, a forecast of 1991, frost fans at $40,000, 12 hectares, a third of growers, June 30, June 1.
LABELS["b54-1"] = _labels("A late frost destroys much of a valley's cherry crop; the share lost, the warning, the cold and the growers' losses are disputed (invented)", _arts("b54-1"), [
 ("The growers' cooperative says about 70 percent of the cherry crop was lost.", [
   ("a", "DUNMERE, May 12 - A hard frost on Sunday night destroyed about 70 percent of the cherry crop in the Ostrel Valley, the Ostrel Fruit Growers' Cooperative said on Tuesday, in what it called the worst spring for the valley's orchards in three decades."),
   ("b", "The Ostrel Fruit Growers' Cooperative has said that about 70 percent of the valley's cherry crop was lost in the frost on Sunday night."),
   ("c", "About 70 percent of the cherries, the growers' cooperative says.")]),
 ("The cooperative says growers' losses could reach $62 million.", [
   ("a", "The cooperative, which has about 1,100 member growers farming some 14,000 hectares, said losses to growers could reach $62 million."),
   ("c", "Up to $62 million, according to the cooperative.")]),
 ("The valley has about 1,100 growers farming some 14,000 hectares.", [
   ("a", "The cooperative, which has about 1,100 member growers farming some 14,000 hectares, said losses to growers could reach $62 million."),
   ("c", "About 1,100 growers farm some 14,000 hectares, most of it cherries and apples.")]),
 ("The cooperative's chairman says the frost warning came too late.", [
   ("a", "Its chairman, Tobias Welland, said the state weather service had issued its frost warning only at 9 p.m. on Sunday, too late for most growers to light burners or start their frost fans."),
   ("b", "The cooperative's chairman, Tobias Welland, said the frost warning had come too late for growers to protect their trees.")]),
 ("About 20 percent of apple blossom was lost.", [
   ("a", "Apple growers were less affected, the cooperative said, with about 20 percent of apple blossom lost."),
   ("c", "About 20 percent of apple blossom was lost, the cooperative says.")]),
 ("The state will offer $5 million in emergency aid to growers who lost more than half their crop.", [
   ("a", "Governor Marisa Dunholt said on Tuesday that the state would offer $5 million in emergency aid to growers who lost more than half their crop."),
   ("b", "Governor Marisa Dunholt has offered $5 million in emergency aid to growers who lost more than half their crop."),
   ("c", "The state will offer $5 million in emergency aid to growers who lost more than half their crop.")]),
 ("The valley's last frost like this was in 1991.", [
   ("a", "The valley's last frost of that kind was in 1991."),
   ("c", "In 1991, when the valley lost most of its plums.")]),
 ("The weather service says it warned growers of a possible frost on Friday.", [
   ("a", "In a statement on Tuesday evening, the weather service said it had warned growers of a possible frost two days earlier, on Friday, and that its notice on Sunday evening was only an update."),
   ("c", "The weather service says it warned growers of a possible frost on Friday.")]),
 ("Cardew Mutual says every valid claim will be paid.", [
   ("b", "He said every valid frost claim would be paid in full and that no grower would be refused for lacking fans."),
   ("c", "Cardew Mutual says every valid claim will be paid.")]),
 ("The state agriculture department puts the loss lower than the cooperative.", [
   ("a", "The state Department of Agriculture said its own survey of orchards put the loss at about 45 percent, and that many buds that looked dead would still set fruit."),
   ("c", "The state Department of Agriculture puts the loss lower.")]),
], [
 ("number", "How much of the cherry crop was lost (about 70 percent, the cooperative; about 45 percent, the state agriculture department).", True, [
   ("a", "the Ostrel Fruit Growers' Cooperative", "DUNMERE, May 12 - A hard frost on Sunday night destroyed about 70 percent of the cherry crop in the Ostrel Valley, the Ostrel Fruit Growers' Cooperative said on Tuesday, in what it called the worst spring for the valley's orchards in three decades."),
   ("a", "the state Department of Agriculture", "The state Department of Agriculture said its own survey of orchards put the loss at about 45 percent, and that many buds that looked dead would still set fruit.")]),
 ("version", "When growers were warned (only at 9 p.m. on Sunday, the cooperative's chairman; on Friday, the weather service).", True, [
   ("a", "Tobias Welland", "Its chairman, Tobias Welland, said the state weather service had issued its frost warning only at 9 p.m. on Sunday, too late for most growers to light burners or start their frost fans."),
   ("a", "the weather service", "In a statement on Tuesday evening, the weather service said it had warned growers of a possible frost two days earlier, on Friday, and that its notice on Sunday evening was only an update.")]),
 ("version", "Which night the frost hit (Sunday night, the cooperative; Saturday night, the broadcaster).", False, [
   ("a", "the Ostrel Fruit Growers' Cooperative", "DUNMERE, May 12 - A hard frost on Sunday night destroyed about 70 percent of the cherry crop in the Ostrel Valley, the Ostrel Fruit Growers' Cooperative said on Tuesday, in what it called the worst spring for the valley's orchards in three decades."),
   ("c", A, "A hard frost hit the orchards of the Ostrel Valley on Saturday night.")]),
 ("number", "How cold it got at Dunmere airfield (minus 6 degrees, the weather service in the wire; minus 4, the weather service in the explainer).", False, [
   ("a", "the weather service", "Temperatures fell to minus 6 degrees Celsius at Dunmere airfield early on Monday, the weather service said."),
   ("c", "the weather service", "Minus 4 degrees Celsius at Dunmere airfield, the weather service says.")]),
 ("number", "What the frost cost growers (up to $62 million, the cooperative; about $38 million, a state briefing paper).", False, [
   ("a", "the cooperative", "The cooperative, which has about 1,100 member growers farming some 14,000 hectares, said losses to growers could reach $62 million."),
   ("b", "a state briefing paper obtained by the Courier", "A state briefing paper obtained by the Courier puts growers' losses from the frost at about $38 million.")]),
 ("version", "Whether the insurer will refuse claims from orchards without frost fans (an internal letter; no, its spokesman).", True, [
   ("b", "an internal letter seen by the Dunmere Courier", "Cardew Mutual, which insures most orchards in the Ostrel Valley, told its claims staff on Thursday to refuse frost claims from growers who had no frost fans or burners, according to an internal letter seen by the Dunmere Courier."),
   ("b", "Ewan Strachey", "He said every valid frost claim would be paid in full and that no grower would be refused for lacking fans.")]),
 ("version", "Whether about 900 seasonal jobs will be lost (the cooperative; the state labor office disputes it).", True, [
   ("c", "the cooperative", "The cooperative says about 900 seasonal jobs will be lost this summer."),
   ("c", "the state labor office", "The state labor office disputes this.")]),
])

# 2: a city marathon cut short by heat; the third outlet is a live blog with time stamps (a genre no set had).
# Shapes: runners treated (112, the organisers' trust, in the lead / 187, the ambulance service, the next
# paragraph; within one outlet); the water stations (ran out after 30 km, a runners' club / "Tamsett said every
# station had water", right after; within one outlet); the heat (31 degrees by noon, the wire's own voice / 34
# degrees at the finish, the live blog's own voice); runners who started (about 9,400, the trust / 8,100, the
# timing company's results data seen by the paper); when the course closed (12:40 p.m., the race director /
# 1:15 p.m., a recording of race radio); the start time (the city asked twice to move it, emails / "She said the
# trust had never been asked ...", a pronoun speaker; within one outlet); runners taken to hospital (14, the
# ambulance service / 21 brought in by ambulance, the hospital, two entries later; within one outlet). Near
# misses: a forecast of 29 degrees, a heat policy at 32 degrees, the 30- and 35-kilometer marks, a 38-year-old
# man, 2 hours 14 / 31 minutes, first run in 1998, the 26th time, $2.3 million for charity, entry at $95,
# medical cover $410,000 / $350,000, Aug. 4 and Aug. 19, Oct. 2.
LABELS["b54-2"] = _labels("A city marathon's course is closed early in the heat; the runners treated, the water, the start time and the closing time are disputed (invented)", _arts("b54-2"), [
 ("The organisers closed the marathon course early because of the heat.", [
   ("a", "VASTERGATE, Sept. 21 - Organisers of the Vastergate Marathon closed the course early on Sunday because of the heat, and 112 runners were treated for heat illness, the Vastergate Marathon Trust said."),
   ("c", "The course is closed.")]),
 ("The ambulance service says its crews treated 187 runners.", [
   ("a", "The Northmoor Ambulance Service said its crews had treated 187 runners, 14 of whom were taken to hospital."),
   ("b", "The Northmoor Ambulance Service said its crews had treated 187 runners and taken 14 of them to hospital.")]),
 ("The ambulance service says 14 runners were taken to hospital.", [
   ("a", "The Northmoor Ambulance Service said its crews had treated 187 runners, 14 of whom were taken to hospital."),
   ("b", "The Northmoor Ambulance Service said its crews had treated 187 runners and taken 14 of them to hospital."),
   ("c", "The ambulance service says 14 runners have been taken to hospital.")]),
 ("Runners still on the course were told to stop at the 30-kilometer mark and taken to the finish by bus.", [
   ("a", "Runners still on it were told to stop at the 30-kilometer mark and were taken to the finish by bus, she said."),
   ("c", "Runners still on it are being told to stop at the 30-kilometer mark and will be taken to the finish by bus, the trust says.")]),
 ("A man who collapsed near the finish is in critical condition.", [
   ("a", "A 38-year-old man who collapsed near the finish was in critical condition on Sunday evening, the ambulance service said."),
   ("b", "A 38-year-old man remained in critical condition on Monday, it said."),
   ("c", "A man who collapsed near the finish is in critical condition, the ambulance service says.")]),
 ("About 9,400 runners started the race, the trust says.", [
   ("a", "About 9,400 runners started the race, the trust said."),
   ("c", "About 9,400 runners are starting, the organisers say.")]),
 ("The trust will review its heat policy.", [
   ("a", "The trust said it would review its heat policy, which allows the race to be stopped if the temperature passes 32 degrees."),
   ("c", "The trust says it will review its heat policy.")]),
 ("The heat policy allows the race to be stopped if the temperature passes 32 degrees.", [
   ("a", "The trust said it would review its heat policy, which allows the race to be stopped if the temperature passes 32 degrees."),
   ("c", "Under the policy, the race can be stopped if the temperature passes 32 degrees.")]),
 ("Dawit Ossora won the men's race in 2 hours 14 minutes.", [
   ("a", "Dawit Ossora won the men's race in 2 hours 14 minutes, and Lena Varkonyi won the women's race in 2 hours 31 minutes."),
   ("c", "Dawit Ossora has won the men's race in 2 hours 14 minutes.")]),
 ("Lena Varkonyi won the women's race in 2 hours 31 minutes.", [
   ("a", "Dawit Ossora won the men's race in 2 hours 14 minutes, and Lena Varkonyi won the women's race in 2 hours 31 minutes."),
   ("c", "Lena Varkonyi won the women's race in 2 hours 31 minutes.")]),
 ("The marathon, first run in 1998, was held for the 26th time.", [
   ("a", "The marathon, first run in 1998, was held for the 26th time."),
   ("b", "The marathon, first run in 1998, was held for the 26th time.")]),
 ("The city council's sport committee will discuss the race on Oct. 2.", [
   ("a", "The city council's sport committee will discuss the race on Oct. 2, a council spokesman said."),
   ("b", "The city council's sport committee will discuss the race on Oct. 2.")]),
], [
 ("number", "How many runners were treated (112, the trust; 187, the ambulance service).", True, [
   ("a", "the Vastergate Marathon Trust", "VASTERGATE, Sept. 21 - Organisers of the Vastergate Marathon closed the course early on Sunday because of the heat, and 112 runners were treated for heat illness, the Vastergate Marathon Trust said."),
   ("a", "the Northmoor Ambulance Service", "The Northmoor Ambulance Service said its crews had treated 187 runners, 14 of whom were taken to hospital.")]),
 ("version", "Whether the water stations ran out of water (after the 30-kilometer mark, a runners' club; every station had water, the race director).", True, [
   ("a", "the Vastergate Harriers", "A runners' club, the Vastergate Harriers, said the water stations after the 30-kilometer mark had run out of water by late morning."),
   ("a", "Helga Tamsett", "Tamsett said every station had water throughout the race.")]),
 ("number", "How hot it got (31 degrees by noon, the wire; 34 degrees at the finish, the live blog).", False, [
   ("a", A, "Temperatures reached 31 degrees Celsius by noon."),
   ("c", A, "The temperature at the finish on Harbour Road has reached 34 degrees Celsius.")]),
 ("number", "How many runners started (about 9,400, the trust; 8,100, the timing company's results data).", False, [
   ("a", "the trust", "About 9,400 runners started the race, the trust said."),
   ("b", "results data published by the race's timing company", "Results data published by the race's timing company show that 8,100 runners crossed the start line.")]),
 ("version", "When the course was closed (12:40 p.m., the race director; 1:15 p.m., a recording of race radio).", False, [
   ("a", "Helga Tamsett", "The trust's race director, Helga Tamsett, said the course was closed at 12:40 p.m."),
   ("b", "a recording of race radio heard by the Post", "The course was closed at 1:15 p.m., according to a recording of race radio heard by the Post.")]),
 ("version", "Whether the city asked the trust to start the race earlier (twice, the city's emails; never, the trust's chair).", True, [
   ("b", "emails seen by the Evening Post", "The city's events office asked the Vastergate Marathon Trust twice in August to move Sunday's 9 a.m. start to 8 a.m. because of the risk of heat, according to emails seen by the Evening Post."),
   ("b", "Sabine Harrowgate", "She said the trust had never been asked to change the start time and that the race had followed its heat policy.")]),
 ("number", "How many runners were taken to hospital (14, the ambulance service; 21 brought in by ambulance, the hospital).", True, [
   ("c", "the ambulance service", "The ambulance service says 14 runners have been taken to hospital."),
   ("c", "Vastergate General Hospital", "Vastergate General Hospital says 21 runners from the race have been brought in by ambulance.")]),
])

# 3: a private rocket's launch failure. Shapes: how long it flew (74 seconds, the company / radar contact lost
# after 58 seconds, the aviation safety office, the next paragraph; within one outlet); the cause (the range
# safety team triggered the termination system, the chief executive / it broke up on its own before any
# command, the safety office in the article's last paragraph; within one outlet); the satellite's worth (about
# $48 million, the company / $65 million, the weather agency's budget papers seen by the paper); where the
# debris fell (about 40 kilometers offshore, the company / about 12 kilometers from the coast, the safety
# office's map); the warning to boats (the harbour log shows a warning two days before / "He said no boat had
# been told ...", a pronoun speaker; within one outlet); the company's record (the second failure in four
# launches, the wire's own voice / its first failure in four launches, the explainer's own voice); forecasts
# (not affected, the agency / "Its former director, Ailsa Kerrow, says ..." less reliable, right after; within
# one outlet). Near misses: founded in 2014, about 230 people, 19 meters, 600 kilograms, 800 kilometers,
# $120 million raised, two fishing boats, about 60 boats, four months, June.
LABELS["b54-3"] = _labels("A private rocket fails soon after launch and a weather satellite is lost; the flight's length, the cause, the satellite's worth and where the debris fell are disputed (invented)", _arts("b54-3"), [
 ("A Corvane Aerospace rocket carrying a weather satellite failed shortly after lift-off from Skellan Point on Thursday.", [
   ("a", "SKELLAN POINT, March 6 - A Corvane Aerospace rocket carrying a weather satellite failed shortly after lift-off from the Skellan Point launch site on Thursday, the company said."),
   ("c", "A Corvane Aerospace rocket carrying a weather satellite failed shortly after lift-off from Skellan Point on Thursday.")]),
 ("The company says the rocket flew for 74 seconds.", [
   ("a", "The company said the Tessaly rocket flew for 74 seconds before it was lost."),
   ("b", "The company said the rocket flew for 74 seconds."),
   ("c", "Seventy-four seconds, according to the company.")]),
 ("The company says the range safety team triggered the flight termination system when the rocket drifted off course.", [
   ("a", "Corvane's chief executive, Marten Ohlsson, said the range safety team had triggered the rocket's flight termination system when it drifted off course."),
   ("c", "The company says the range safety team triggered the rocket's flight termination system when it drifted off course.")]),
 ("The company says the satellite was worth about $48 million and was insured.", [
   ("a", "The satellite, built for the National Meteorological Agency, was worth about $48 million and was insured, the company said."),
   ("c", "The company says it was worth about $48 million and was insured.")]),
 ("The company says debris fell into the sea about 40 kilometers offshore.", [
   ("a", "Debris fell into the sea about 40 kilometers offshore, far from any shipping lane, the company said."),
   ("c", "In the sea about 40 kilometers offshore, the company says.")]),
 ("No one was hurt, the company says.", [
   ("b", "Corvane said no one had been hurt."),
   ("c", "No one was hurt, the company says.")]),
 ("The Civil Aviation Safety Office will lead the investigation.", [
   ("a", "It said it would lead the investigation."),
   ("b", "The Civil Aviation Safety Office will lead the investigation into the failure, it said."),
   ("c", "The Civil Aviation Safety Office.")]),
 ("The fishermen's association says its boats were not warned to keep clear.", [
   ("b", "He said no boat had been told to keep clear and that the crews had learned of the launch from the radio."),
   ("c", "The Skellan Fishermen's Association says its boats were never warned to keep clear of the launch area.")]),
 ("Corvane, founded in 2014, employs about 230 people at Skellan Point.", [
   ("a", "Corvane, founded in 2014, employs about 230 people at Skellan Point."),
   ("b", "Corvane employs about 230 people at Skellan Point."),
   ("c", "It employs about 230 people at Skellan Point.")]),
 ("Corvane had planned its next launch for June; the chief executive says it is too early to say whether that date will hold.", [
   ("a", "Ohlsson said it was too early to say whether that date would hold."),
   ("c", "Its chief executive, Marten Ohlsson, says it is too early to say whether that date will hold.")]),
], [
 ("number", "How long the rocket flew (74 seconds, the company; contact lost after 58 seconds, the safety office).", True, [
   ("a", "the company", "The company said the Tessaly rocket flew for 74 seconds before it was lost."),
   ("a", "the national Civil Aviation Safety Office", "The national Civil Aviation Safety Office said radar contact with the rocket was lost after 58 seconds.")]),
 ("version", "What destroyed the rocket (its termination system, triggered by the range safety team, the chief executive; it broke up on its own before any command, the safety office).", True, [
   ("a", "Marten Ohlsson", "Corvane's chief executive, Marten Ohlsson, said the range safety team had triggered the rocket's flight termination system when it drifted off course."),
   ("a", "the safety office", "In a statement on Thursday evening, the safety office said the rocket had broken up on its own before any termination command was sent.")]),
 ("number", "What the satellite was worth (about $48 million, the company; $65 million, the weather agency's budget papers).", False, [
   ("a", "the company", "The satellite, built for the National Meteorological Agency, was worth about $48 million and was insured, the company said."),
   ("b", "budget papers of the National Meteorological Agency", "Budget papers of the National Meteorological Agency, seen by the Herald, show that the satellite cost $65 million to build and insure.")]),
 ("number", "How far from the coast the debris fell (about 40 kilometers, the company; about 12 kilometers, the safety office's map).", False, [
   ("a", "the company", "Debris fell into the sea about 40 kilometers offshore, far from any shipping lane, the company said."),
   ("b", "a map published by the Civil Aviation Safety Office", "Debris fell about 12 kilometers from the coast, according to a map published by the Civil Aviation Safety Office on Friday.")]),
 ("version", "Whether boats were warned to keep clear (the harbour log shows a warning two days before; no boat was told, the fishermen's chairman).", True, [
   ("b", "the Skellan harbour office's log", "The log shows that the harbour office sent a warning to all boats to keep clear of the launch area two days before the launch."),
   ("b", "Rory Tallan", "He said no boat had been told to keep clear and that the crews had learned of the launch from the radio.")]),
 ("version", "Corvane's record (the second failure in four launches, the wire; its first failure, the broadcaster).", False, [
   ("a", A, "It was the second failure in Corvane's four launches."),
   ("c", A, "It was the company's first failure in four launches.")]),
 ("version", "Whether forecasts will suffer (not affected, the agency; less reliable for years, its former director).", True, [
   ("c", "the meteorological agency", "The meteorological agency says its forecasts will not be affected."),
   ("c", "Ailsa Kerrow", "Its former director, Ailsa Kerrow, says the agency has lost its only spare satellite and that forecasts for the north coast will be less reliable for years.")]),
])


def main(argv: list[str] | None = None) -> int:
    return genre37.main(argv, LABELS, OUT, __doc__)


if __name__ == "__main__":
    sys.exit(main())
