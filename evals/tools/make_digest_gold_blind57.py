#!/usr/bin/env python3
"""Build (or check) evals/digest_gold_blind57/: three INVENTED stories of kinds no other set has, each
told by three invented outlets (a, b, c) of 257-281 words, labelled in session 48 (digest57) before the
digest ran on them (evals/digest_gold_blind57/README.md): a container ship losing containers overboard in a
storm (the third outlet a safety agency's press briefing transcript, reporters' questions and bare
answers), a city's speed camera issuing wrong fines (the third outlet a council committee's formal
minutes), an e-scooter rental firm pulling its fleet after battery fires (the third outlet a trade
newsletter built on the company's press release).

As blind50-56: the texts are the project's own (every name, place, company and number made up), they
live in the gold folder (texts/<cluster_id>/<label>.txt) and clusters.json names them by path with
their sha256 ("source": "files"). An agreement is (proposition, [(article, quote), ...]); a conflict
is (type, about, within_article, [(article, source, quote), ...]). A dispute that more than one
outlet reports is one conflict (digest_gold/README.md: "the same dispute is not split"), labelled
once, from the article that states it most directly.

    python evals/tools/make_digest_gold_blind57.py           # rebuild + check
    python evals/tools/make_digest_gold_blind57.py --check   # check the files on disk
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

OUT = cnn27.mdg.ROOT / "evals" / "digest_gold_blind57"
A = "article"  # the outlet's own voice as a conflict side
_labels = cnn27._labels


def _arts(cid: str) -> dict[str, str]:
    return {o: f"texts/{cid}/{o}.txt" for o in "abc"}


LABELS: dict[str, dict] = {}

# 1: a container ship loses containers overboard in a storm; the third outlet is the safety agency's press briefing
# transcript (reporters' questions, bare answers). Shapes: containers lost (38, the operator, in the lead / 61, the
# agency, the next paragraph; within one outlet); the waves (up to 9 meters, the captain as the operator tells it /
# about 6 meters, the agency's buoy); hazardous cargo (none, the operator / two containers of lithium batteries, the
# manifest); the storm warning (after the ship left, the operator / 6:10 a.m., before the ship cleared the harbour at
# 8:45 a.m., the harbour master's log; within one outlet); plastic pellets (about 11 tonnes, the agency / 2 tonnes,
# the operator as the agency tells it; within one outlet); the cleanup's cost (the operator will pay the full cost /
# "No." to "Has Kestrel agreed to pay ...?", the agency); volunteers on the beaches on Thursday (about 300, the
# council / about 120 registered, the agency). Near misses: 4,200 containers, 22 crew, 14 kilometers, 2014, 31
# ships, 17 containers in 2019, 40 meters of water, 12 containers found by Wednesday / "Nineteen so far." on
# Thursday (two days' counts, no conflict), 900 bags, two beaches, 25-kilogram bags.
LABELS["b57-1"] = _labels("A container ship loses containers overboard in a storm; the number lost, the cargo, the warning and the cleanup are disputed (invented)", _arts("b57-1"), [
 ("The Arvenna Star lost containers overboard off the Lowmarsh coast on Tuesday night.", [
   ("a", "BRANNOCK BAY, Nov. 19 - A container ship lost 38 containers overboard in a storm off the Lowmarsh coast on Tuesday night, its operator, Kestrel Line, said on Wednesday."),
   ("c", "On Tuesday night the Arvenna Star lost containers about 14 kilometers off the coast.")]),
 ("The Maritime Safety Agency's count from the air is 61 containers.", [
   ("a", "The Maritime Safety Agency, which is leading the response, said its own count from aerial surveys was 61 containers."),
   ("c", "Our count from the air is 61.")]),
 ("The agency has asked the public not to open containers that come ashore.", [
   ("a", "The agency has asked the public not to open or climb on containers and to report any it finds."),
   ("c", "We have asked the public not to open any container that comes ashore.")]),
 ("The Arvenna Star is anchored in Dellan Sound.", [
   ("a", "The Arvenna Star, built in 2014 and registered in Calder, was anchored in Dellan Sound on Wednesday while inspectors checked the lashings on its remaining containers."),
   ("b", "The Arvenna Star was anchored in Dellan Sound on Thursday."),
   ("c", "The ship is anchored in Dellan Sound, and our inspectors are on board.")]),
 ("Kestrel says it will pay for the cleanup.", [
   ("a", "\"We regret the impact on the coast and we will pay the full cost of the cleanup,\" Kestrel's head of operations, Ines Varro, said."),
   ("b", "Kestrel has said it will pay for the cleanup.")]),
 ("Kestrel says no hazardous cargo was lost.", [
   ("a", "None of the lost containers held hazardous cargo, the company said."),
   ("b", "Kestrel has said no hazardous cargo was lost.")]),
 ("Kestrel says the waves reached up to 9 meters.", [
   ("a", "Kestrel said the ship's captain had reported waves of up to 9 meters."),
   ("c", "Kestrel says the waves reached 9 meters.")]),
 ("Plastic pellets washed up on the shore.", [
   ("a", "Residents found sneakers, plastic toys and small white plastic pellets along the shore."),
   ("b", "Plastic pellets, each a few millimeters across, covered long stretches of sand at Gull Point on Thursday.")]),
 ("Lifting the containers on the seabed could take weeks; some lie in about 40 meters of water.", [
   ("a", "The agency said it could take weeks to recover the containers that sank, some of which lie in about 40 meters of water."),
   ("c", "It could take weeks. Some lie in about 40 meters of water.")]),
], [
 ("number", "How many containers were lost (38, the operator; 61, the Maritime Safety Agency).", True, [
   ("a", "Kestrel Line", "BRANNOCK BAY, Nov. 19 - A container ship lost 38 containers overboard in a storm off the Lowmarsh coast on Tuesday night, its operator, Kestrel Line, said on Wednesday."),
   ("a", "The Maritime Safety Agency", "The Maritime Safety Agency, which is leading the response, said its own count from aerial surveys was 61 containers.")]),
 ("number", "How high the waves were (up to 9 meters, the captain as Kestrel tells it; about 6 meters, the agency's buoy).", False, [
   ("a", "Kestrel", "Kestrel said the ship's captain had reported waves of up to 9 meters."),
   ("c", "Tomas Hale", "Our wave buoy off Gull Point measured a highest wave of about 6 meters on Tuesday night.")]),
 ("version", "Whether any lost container held hazardous cargo (none, Kestrel; two of lithium batteries, the manifest).", False, [
   ("a", "the company", "None of the lost containers held hazardous cargo, the company said."),
   ("b", "the ship's cargo manifest", "It lists two of the containers stowed in the bay that collapsed as holding lithium batteries, which are classed as dangerous goods.")]),
 ("version", "When the storm warning was issued (after the ship had left, Kestrel; at 6:10 a.m., before it cleared the harbour at 8:45 a.m., the harbour master's log).", True, [
   ("b", "Kestrel Line", "Kestrel Line, the ship's operator, has said the warning was issued after the Arvenna Star had left port."),
   ("b", "the harbour master's log", "The log records the warning at 6:10 a.m. on Tuesday and the ship clearing the harbour at 8:45 a.m.")]),
 ("number", "How much plastic pellet cargo went into the sea (about 11 tonnes, the agency; 2 tonnes, Kestrel).", True, [
   ("c", "Tomas Hale", "We estimate that about 11 tonnes of plastic pellets went into the sea in 25-kilogram bags."),
   ("c", "Kestrel", "Kestrel has told us 2 tonnes.")]),
 ("version", "Whether Kestrel will pay for the cleanup (the full cost, Kestrel; not agreed, the agency).", False, [
   ("a", "Ines Varro", "\"We regret the impact on the coast and we will pay the full cost of the cleanup,\" Kestrel's head of operations, Ines Varro, said."),
   ("c", "Tomas Hale", "No. We have asked them in writing and we are waiting for an answer.")]),
 ("number", "How many volunteers were on the beaches on Thursday (about 300, the council; about 120 registered, the agency).", False, [
   ("b", "the council", "About 300 volunteers joined council workers to sweep the beach, filling more than 900 bags by the afternoon, the council said."),
   ("c", "Tomas Hale", "About 120 have registered with us.")]),
])

# 2: a city's speed camera issues wrong fines; the third outlet is the council transport committee's formal
# minutes (reported speech: "<Cllr> asked ...; the Director replied that ..."). Shapes: fines issued while faulty
# (about 6,200, the city, in the lead / 9,800, a drivers' group, the next paragraph; within one outlet); who set
# the wrong limit (Veltra's software update, the city / a city employee, Veltra; within one outlet); when the city
# knew (Oct. 12, the city / an engineer's email on Sept. 28; within one outlet); each fine ($85, the city / $120
# on the notices); how long the fault lasted (19 days, the department / six weeks, the Director in the minutes);
# penalty points (none, the department / added to 140 licences, the Director); refunds paid (4,100, the Director /
# fewer than 1,000 of its members, the drivers' group as a councillor tells it; within one outlet). Near misses:
# 50 km/h, 30 km/h, 46 cameras, 30 days, 14 cities, 2017, 2016, two pedestrians, $3.1 million, $35, three
# managers, eight weeks, four votes to none, 7:52 p.m.
LABELS["b57-2"] = _labels("A city's speed camera issues wrong fines; the count, the cause, the dates and the penalties are disputed (invented)", _arts("b57-2"), [
 ("The Harlow Road camera has been switched off.", [
   ("a", "The camera has been switched off, and the city has suspended all software updates to its cameras until an independent review is finished."),
   ("b", "The camera remains switched off."),
   ("c", "4.1 The Director reported that the Harlow Road camera had been switched off and that all software updates to the city's cameras had been suspended pending an independent review.")]),
 ("The city has suspended software updates to its cameras until an independent review.", [
   ("a", "The camera has been switched off, and the city has suspended all software updates to its cameras until an independent review is finished."),
   ("c", "4.1 The Director reported that the Harlow Road camera had been switched off and that all software updates to the city's cameras had been suspended pending an independent review.")]),
 ("Drivers who have paid will be refunded automatically.", [
   ("a", "Each fine was for $85, and drivers who have paid will be refunded automatically within 30 days, it said."),
   ("b", "Drivers who have paid will get their money back automatically, the city has said.")]),
 ("The city blames a software update installed by its contractor, Veltra Systems.", [
   ("a", "It blamed a software update installed by its contractor, Veltra Systems, which it said had set the camera's limit to 30 km/h."),
   ("b", "The department has blamed a software update installed by its contractor, Veltra Systems.")]),
 ("The camera stands at the junction with Mill Street, where two pedestrians were killed.", [
   ("a", "The Harlow Road camera was installed in 2017 after two pedestrians were killed at the junction with Mill Street."),
   ("b", "The camera stands near the junction of Harlow Road and Mill Street, where two pedestrians were killed in 2016.")]),
 ("A city engineer's email of Sept. 28 warned about the camera.", [
   ("b", "A city traffic engineer warned colleagues that the Harlow Road speed camera was \"catching far too many drivers\" on Sept. 28, according to an internal email seen by the Courier, two weeks before the city says it learned of the fault."),
   ("c", "The Director said he had seen the engineer's email of Sept. 28 only last week and would report on it at the next meeting.")]),
], [
 ("number", "How many fines the camera issued while faulty (about 6,200, the city; 9,800, Fair Roads Orrin).", True, [
   ("a", "the city's transport department", "ORRIN FALLS, April 8 - The city of Orrin Falls will cancel about 6,200 speeding fines issued by a faulty camera on Harlow Road, the city's transport department said on Monday."),
   ("a", "Fair Roads Orrin", "A drivers' group, Fair Roads Orrin, said its members' records showed that 9,800 fines had been issued by the camera while it was faulty.")]),
 ("version", "Who set the wrong limit (Veltra's software update, the city; a city employee, Veltra).", True, [
   ("b", "The department", "The department has blamed a software update installed by its contractor, Veltra Systems."),
   ("b", "Petra Voss", "But Veltra's regional manager, Petra Voss, told the Courier that the update had worked as designed and that the 30 km/h limit had been entered by a city employee.")]),
 ("version", "When the city knew of the fault (Oct. 12, the department; an engineer's email of Sept. 28).", True, [
   ("b", "The city's transport department", "The city's transport department has said it first learned of the problem on Oct. 12, when a driver complained."),
   ("b", "an internal email", "A city traffic engineer warned colleagues that the Harlow Road speed camera was \"catching far too many drivers\" on Sept. 28, according to an internal email seen by the Courier, two weeks before the city says it learned of the fault.")]),
 ("number", "How much each fine was ($85, the city; $120 on the fine notices).", False, [
   ("a", "the department", "Each fine was for $85, and drivers who have paid will be refunded automatically within 30 days, it said."),
   ("b", "the fine notices", "The fine notices sent to drivers, copies of which the Courier has seen, demand $120, not the $85 the city has given as the amount of each fine.")]),
 ("number", "How long the fault lasted (19 days, the department; six weeks, the Director).", False, [
   ("a", "the department", "The fault lasted 19 days before it was found, the department said."),
   ("c", "Callum Pryce", "The Director replied that the camera had recorded wrong speeds for six weeks.")]),
 ("version", "Whether drivers received penalty points (none, the department; 140 licences, the Director).", False, [
   ("a", "the department", "No driver lost penalty points because of the fault, the department said."),
   ("c", "Callum Pryce", "The Director confirmed that penalty points had been added to 140 licences and said they would be removed by the end of the month.")]),
 ("number", "How many drivers have been refunded (4,100, the Director; fewer than 1,000 of its members, Fair Roads Orrin).", True, [
   ("c", "Callum Pryce", "The Director said 4,100 drivers had been refunded."),
   ("c", "Fair Roads Orrin", "Cllr Sorrel said Fair Roads Orrin had told him that fewer than 1,000 of its members had received any money.")]),
])

# 3: an e-scooter rental firm pulls its fleet after battery fires; the third outlet is a trade newsletter built on
# the company's press release. Shapes: fires (three, the company, in the lead / seven, the fire brigade, the next
# paragraph; within one outlet); the cause (a faulty battery batch, the company / damaged charging cables at the
# depot, the fire reports; within one outlet); scooters withdrawn (1,500, the wire's company / all 2,100, the press
# release); injuries (no one hurt, the company / a rider taken to hospital with burns, the fire reports; within one
# outlet); when the scooters return (within two weeks, the wire's company / at least six weeks, the release); the
# batteries' certificate (certified to the highest standard, the release / lapsed in March, the register; within
# one outlet); whether the city was told (every fire on the day, the transport officer / the Ferris Lane fire learned
# from a video, a councilor; within one outlet). Near misses: 2,500 scooters, 10 days, 410,000 trips, 2019, nine
# cities, 800 bikes, 25 cents, 34-year-old, 400 scooters, 14,000 scooters, $60 million, 2023, two cities.
LABELS["b57-3"] = _labels("An e-scooter rental firm pulls its fleet from a city after battery fires; the fires, the cause, the injuries and the return are disputed (invented)", _arts("b57-3"), [
 ("Glidewell has taken its scooters off Kessington's streets after fires.", [
   ("a", "KESSINGTON, Aug. 22 - The e-scooter rental company Glidewell Mobility has taken 1,500 scooters off the streets of Kessington after three of them caught fire in the past month, the company said on Thursday."),
   ("b", "The scooters are off the streets while the company checks its batteries."),
   ("c", "Glidewell Mobility has pulled its whole fleet in Kessington after a series of battery fires, the company said in a press release on Thursday.")]),
 ("Glidewell says a faulty batch of batteries from one supplier caused the fires.", [
   ("a", "Glidewell said the fires were caused by a faulty batch of batteries from one supplier and that no one had been hurt."),
   ("b", "Glidewell has said a faulty batch of batteries from one supplier caused the fires."),
   ("c", "Our investigation shows that the fires were caused by a faulty batch of batteries from a single supplier.")]),
 ("Ostrow: safety comes first; no scooter goes back until the company is sure.", [
   ("a", "\"Safety comes first, and we will not put a single scooter back until we are sure,\" said Glidewell's chief executive, Hana Ostrow."),
   ("c", "The release quotes the chief executive, Hana Ostrow: \"Safety comes first, and we will not put a single scooter back until we are sure.\"")]),
 ("The city licensed Glidewell in 2023 to run up to 2,500 scooters.", [
   ("a", "The city, which licensed Glidewell in 2023 to run up to 2,500 scooters, said it had asked the company for a full report within 10 days."),
   ("b", "Glidewell's licence from the city allows it to run up to 2,500 scooters."),
   ("c", "The city licensed the company in 2023.")]),
 ("The city has asked Glidewell for a full report within 10 days.", [
   ("a", "The city, which licensed Glidewell in 2023 to run up to 2,500 scooters, said it had asked the company for a full report within 10 days."),
   ("b", "The city has asked for a full report within 10 days.")]),
 ("Glidewell runs scooters in nine cities.", [
   ("a", "Glidewell, founded in 2019, runs scooters in nine cities."),
   ("c", "It runs about 14,000 scooters across nine cities and raised $60 million from investors last year.")]),
 ("A scooter burned outside a bakery on Verne Street.", [
   ("a", "One scooter burned out while parked outside a bakery on Verne Street on Sunday."),
   ("b", "Residents on Verne Street said the fire outside the bakery sent black smoke up past the second floor.")]),
 ("Fires happened at Glidewell's Quayside depot.", [
   ("a", "The fires happened at the company's depot in the Quayside district and on two streets in the city center, Glidewell said."),
   ("b", "At least two of the fires involving Glidewell Mobility's scooters started while they were being charged at the company's Quayside depot, where fire officers found damaged charging cables, according to fire brigade incident reports obtained by the Evening News.")]),
], [
 ("number", "How many scooter fires there have been (three, Glidewell; seven, the fire brigade).", True, [
   ("a", "the company", "KESSINGTON, Aug. 22 - The e-scooter rental company Glidewell Mobility has taken 1,500 scooters off the streets of Kessington after three of them caught fire in the past month, the company said on Thursday."),
   ("a", "The city's fire brigade", "The city's fire brigade said it had attended seven fires involving Glidewell scooters since July 20.")]),
 ("version", "What caused the fires (a faulty battery batch, Glidewell; charging with damaged cables at the depot, the fire reports).", True, [
   ("b", "Glidewell", "Glidewell has said a faulty batch of batteries from one supplier caused the fires."),
   ("b", "fire brigade incident reports", "At least two of the fires involving Glidewell Mobility's scooters started while they were being charged at the company's Quayside depot, where fire officers found damaged charging cables, according to fire brigade incident reports obtained by the Evening News.")]),
 ("number", "How many scooters were withdrawn (1,500, the company; all 2,100, its press release).", False, [
   ("a", "the company", "KESSINGTON, Aug. 22 - The e-scooter rental company Glidewell Mobility has taken 1,500 scooters off the streets of Kessington after three of them caught fire in the past month, the company said on Thursday."),
   ("c", "Glidewell's press release", "\"Glidewell has today taken all 2,100 of its scooters in Kessington out of service as a precaution,\" the release says.")]),
 ("version", "Whether anyone was hurt (no one, Glidewell; a rider taken to hospital with burns, the fire reports).", True, [
   ("b", "Glidewell", "Glidewell has said no one was hurt."),
   ("b", "the reports", "The reports also describe a fire on Aug. 3 in which a 34-year-old rider was taken to hospital with burns to his leg after his scooter caught fire on Ferris Lane.")]),
 ("number", "When the scooters return (within two weeks, the company; at least six weeks, its press release).", False, [
   ("a", "the company", "The scooters will be back on the streets within two weeks, once every battery has been checked, the company said."),
   ("c", "Glidewell's press release", "Glidewell expects the scooters to return in at least six weeks, the release says, because replacement batteries must be shipped from the supplier's factory.")]),
 ("version", "Whether the batteries are certified (to the highest standard, the release; the supplier's certificate lapsed in March, the register).", True, [
   ("c", "Glidewell's press release", "All of our batteries are certified to the highest international standard."),
   ("c", "the standards body's public register", "The supplier's certificate under the Velden battery standard lapsed in March, according to the standards body's public register, which Kerb Report checked on Friday.")]),
 ("version", "Whether Glidewell told the city of every fire (on the day, the transport officer; the Ferris Lane fire learned from a video, a councilor).", True, [
   ("b", "Ruth Callow", "The city's transport officer, Ruth Callow, said Glidewell had told the city about every fire on the day it happened."),
   ("b", "Omar Vell", "But a councilor, Omar Vell, said city staff had learned of the Ferris Lane fire \"from a resident's video, not from Glidewell\".")]),
])


def main(argv: list[str] | None = None) -> int:
    return genre37.main(argv, LABELS, OUT, __doc__)


if __name__ == "__main__":
    sys.exit(main())
