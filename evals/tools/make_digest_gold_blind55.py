#!/usr/bin/env python3
"""Build (or check) evals/digest_gold_blind55/: three INVENTED stories of kinds no other set has, each
told by three invented outlets (a, b, c) of 230-251 words, labelled in session 46 (digest55) before the
digest ran on them (evals/digest_gold_blind55/README.md): a cable car that stops with riders on board (the
third outlet a radio interview's transcript), a landslide that buries a mountain road (the third outlet an
opinion column with reported facts), a residential tower evacuated over cracked columns (the third outlet a
court reporter's piece).

As blind50-54: the texts are the project's own (every name, place, company and number made up), they
live in the gold folder (texts/<cluster_id>/<label>.txt) and clusters.json names them by path with
their sha256 ("source": "files"). An agreement is (proposition, [(article, quote), ...]); a conflict
is (type, about, within_article, [(article, source, quote), ...]). A dispute that more than one
outlet reports is one conflict (digest_gold/README.md: "the same dispute is not split"), labelled
once, from the article that states it most directly.

    python evals/tools/make_digest_gold_blind55.py           # rebuild + check
    python evals/tools/make_digest_gold_blind55.py --check   # check the files on disk
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

OUT = cnn27.mdg.ROOT / "evals" / "digest_gold_blind55"
A = "article"  # the outlet's own voice as a conflict side
_labels = cnn27._labels


def _arts(cid: str) -> dict[str, str]:
    return {o: f"texts/{cid}/{o}.txt" for o in "abc"}


LABELS: dict[str, dict] = {}

# 1: a cable car stops with riders on board; the third outlet is a radio interview's transcript (speaker labels,
# the host's questions, bare answers). Shapes: riders stranded (about 86, the operator, in the lead / 131 brought
# down, the rescue service, the next paragraph; within one outlet); the cause (a power failure, the company / a
# cable sensor tripped the brake, the inspectorate in the last paragraph; within one outlet); the last inspection
# (April, the company / October 2023, the inspectorate's register seen by the paper); the drive system (spent
# $4.2 million, the company / $1.6 million, its annual accounts); the height (about 60 meters, the wire's own
# voice / 90 meters, the host's); water and blankets (within the first hour, the company's email / nothing for
# three hours, riders; within one outlet); the backup motor (never started, the rescue service as the host
# puts it / "It started within minutes", the managing director; within one outlet). Near misses: 3.1
# kilometers, 1987, 42 cabins of eight, 14 cabins, 300,000 riders a year, a $45 ticket, a 34-year-old
# teacher, eight weeks, three treated for cold.
LABELS["b55-1"] = _labels("A cable car stops with riders on board for hours; the riders stranded, the cause, the last inspection and the backup motor are disputed (invented)", _arts("b55-1"), [
 ("The Tarrel Skyline stopped at 11:20 a.m. on Saturday.", [
   ("a", "BRENNOCK, Aug. 10 - About 86 people were stranded for hours in the cabins of the Tarrel Skyline cable car on Saturday after the line stopped at 11:20 a.m., its operator, the Velder Lift Company, said."),
   ("b", "The Velder Lift Company has said the line stopped at 11:20 a.m. because of a power failure in its valley drive station."),
   ("c", "We lost power at the valley drive station at 11:20.")]),
 ("The company says a power failure in the valley drive station stopped the line.", [
   ("a", "The company said a power failure in the valley drive station had stopped the line."),
   ("b", "The Velder Lift Company has said the line stopped at 11:20 a.m. because of a power failure in its valley drive station."),
   ("c", "We lost power at the valley drive station at 11:20.")]),
 ("The company says about 86 riders were stranded.", [
   ("a", "BRENNOCK, Aug. 10 - About 86 people were stranded for hours in the cabins of the Tarrel Skyline cable car on Saturday after the line stopped at 11:20 a.m., its operator, the Velder Lift Company, said."),
   ("c", "Eighty-six riders, in 14 cabins.")]),
 ("The backup motor was started, but the company chose not to move full cabins on it.", [
   ("a", "Its managing director, Ingrid Sallow, said the backup motor had been started but could not move the cable safely with the cabins full."),
   ("c", "It started within minutes, but we chose not to move full cabins on it.")]),
 ("The last riders reached the ground at 5:45 p.m.", [
   ("a", "The last riders reached the ground at 5:45 p.m., the rescue service said."),
   ("c", "The last cabin was down by a quarter to six.")]),
 ("Three riders were treated for cold.", [
   ("a", "Three were treated for cold, and none was badly hurt."),
   ("b", "Three riders were treated for cold, the Brennock Mountain Rescue Service said.")]),
 ("Rescuers lowered riders from the cabins on ropes.", [
   ("a", "The Brennock Mountain Rescue Service said its teams had brought down 131 people, some of them lowered from the cabins on ropes."),
   ("b", "Its volunteers worked in pairs, lowering riders from the cabins on ropes, it said.")]),
 ("The Skyline opened in 1987.", [
   ("a", "The line, which opened in 1987, has 42 cabins that each carry eight people."),
   ("b", "The Skyline opened in 1987 and carries about 300,000 riders a year.")]),
 ("The company says the line was fully inspected in April.", [
   ("a", "The company said the line had been fully inspected in April and that it had spent $4.2 million on a new drive system in 2022."),
   ("c", "In April, fully, by our own engineers and by an outside firm.")]),
 ("Riders' tickets will be refunded.", [
   ("a", "Riders will have their tickets refunded."),
   ("c", "Every ticket will be refunded, and we will pay for meals and taxis on the day.")]),
 ("The Skyline stays closed until the inspectorate has examined it.", [
   ("a", "The Skyline will stay closed until the regional Cable Transport Inspectorate has examined it, the company said."),
   ("c", "Not before the inspectorate has finished its work.")]),
], [
 ("number", "How many riders were stranded (about 86, the company; 131 brought down, the rescue service).", True, [
   ("a", "the Velder Lift Company", "BRENNOCK, Aug. 10 - About 86 people were stranded for hours in the cabins of the Tarrel Skyline cable car on Saturday after the line stopped at 11:20 a.m., its operator, the Velder Lift Company, said."),
   ("a", "the Brennock Mountain Rescue Service", "The Brennock Mountain Rescue Service said its teams had brought down 131 people, some of them lowered from the cabins on ropes.")]),
 ("version", "What stopped the line (a power failure in the drive station, the company; a cable sensor that tripped the emergency brake, the inspectorate).", True, [
   ("a", "the company", "The company said a power failure in the valley drive station had stopped the line."),
   ("a", "the inspectorate", "In a statement on Sunday, the inspectorate said the line had stopped because a sensor on the cable had tripped its emergency brake, not because of a power failure.")]),
 ("version", "When the line was last fully inspected (in April, the company; October 2023, the inspectorate's register).", False, [
   ("a", "the company", "The company said the line had been fully inspected in April and that it had spent $4.2 million on a new drive system in 2022."),
   ("b", "the register of the regional Cable Transport Inspectorate", "The register of the regional Cable Transport Inspectorate, which the Gazette has seen, shows that the Skyline's last full inspection was in October 2023.")]),
 ("number", "What the company spent on its drive system in 2022 ($4.2 million, the company; $1.6 million, its annual accounts).", False, [
   ("a", "the company", "The company said the line had been fully inspected in April and that it had spent $4.2 million on a new drive system in 2022."),
   ("b", "the company's annual accounts", "The company's annual accounts, filed in March, show that it spent $1.6 million on its drive system in 2022.")]),
 ("number", "How high the cabins hung (about 60 meters, the wire; 90 meters, the radio host).", False, [
   ("a", A, "Some cabins hung about 60 meters above the ground at the highest point of the 3.1-kilometer line."),
   ("c", A, "On Saturday the Tarrel Skyline stopped with riders on board, some cabins hanging 90 meters above the Skell ravine.")]),
 ("version", "Whether riders were given water and blankets (within the first hour, the company's email; nothing for more than three hours, riders).", True, [
   ("b", "the company", "The company told riders in an email on Sunday that staff had passed water and blankets into every cabin within the first hour."),
   ("b", "several riders", "Several riders told the Gazette they received nothing for more than three hours.")]),
 ("version", "Whether the backup motor started (never, the rescue service as the host reports it; within minutes, the managing director).", True, [
   ("c", "the rescue service", "The rescue service told us the backup motor never started."),
   ("c", "Ingrid Sallow", "It started within minutes, but we chose not to move full cabins on it.")]),
])

# 2: a landslide buries a mountain road; the third outlet is an opinion column with reported facts (the
# columnist's own voice, "told me", a call to act). Shapes: the volume of rock (about 40,000 cubic meters, the
# roads agency, in the lead / about 120,000, a geologist, the next paragraph; within one outlet); the reopening
# (within three weeks, the agency / at least four months, the county's emergency manager, the last paragraph;
# within one outlet); blasting (none for more than a week, the agency / two charges on Tuesday, the contractor's
# blasting log seen by the paper); the cost (about $14 million, the agency / $31 million, its internal memo);
# the residents' letter (written in August / "the agency had received no such letter", its regional director;
# within one outlet); the detour (about 90 kilometers, the wire's own voice / 140 kilometers, the column's);
# foreseeable (no one could have foreseen it, the minister / her department's geologists rated the slope high
# risk in 2021, the column; within one outlet). Near misses: 300 meters, a 52-year-old driver, 2,300 vehicles a
# day, 3:10 and 3:40 p.m., 400 meters, 27 households, a $48 million contract, 2023, 40 residents, 1962, two days,
# ten thousand years.
LABELS["b55-2"] = _labels("A landslide buries a mountain road; the volume of rock, the blasting, the cost, the reopening and the warnings are disputed (invented)", _arts("b55-2"), [
 ("A landslide buried about 300 meters of the Corrin Pass road early on Wednesday.", [
   ("a", "ASKEBY, Oct. 3 - A landslide buried about 300 meters of the Corrin Pass road before dawn on Wednesday, cutting the main route between Askeby and the coast, the Northfell Roads Agency said."),
   ("b", "The slide buried about 300 meters of road early on Wednesday."),
   ("c", "Now about 300 meters of the road lie under rock, a truck driver is in hospital with a broken arm, and everyone who lives or works beyond the pass faces a 140-kilometer detour through Harnby.")]),
 ("A truck driver was hurt.", [
   ("a", "A 52-year-old truck driver was hurt when boulders struck his cab and was taken to hospital in Askeby with a broken arm, police said."),
   ("b", "A 52-year-old truck driver was hurt."),
   ("c", "Now about 300 meters of the road lie under rock, a truck driver is in hospital with a broken arm, and everyone who lives or works beyond the pass faces a 140-kilometer detour through Harnby.")]),
 ("Geologist Hanne Lisk puts the volume of rock at about 120,000 cubic meters.", [
   ("a", "Hanne Lisk, a geologist at Askeby University who flew over the site, put the volume at about 120,000 cubic meters."),
   ("c", "But the geologist Hanne Lisk, who flew over the site on Wednesday, told me the volume of rock was about 120,000 cubic meters, three times the agency's figure.")]),
 ("The agency says the slide was natural.", [
   ("a", "The agency said the slide was natural and that its contractor, Dalvin Civil, had carried out no blasting for the widening works nearby for more than a week."),
   ("c", "The agency says the slide was natural.")]),
 ("Dalvin Civil is the contractor widening the road.", [
   ("a", "The agency said the slide was natural and that its contractor, Dalvin Civil, had carried out no blasting for the widening works nearby for more than a week."),
   ("b", "Dalvin Civil, the contractor widening the Corrin Pass road, set off explosive charges on the slope above the road on Tuesday afternoon, hours before Wednesday's landslide, according to the company's blasting log, a copy of which was given to the Echo.")]),
 ("Dalvin Civil did not respond to questions.", [
   ("a", "Dalvin Civil did not respond to a request for comment."),
   ("b", "Dalvin Civil did not reply to questions on Thursday.")]),
 ("The road carries about 2,300 vehicles a day.", [
   ("a", "The road carries about 2,300 vehicles a day."),
   ("c", "About 2,300 vehicles use the pass every day, many of them trucks carrying fish from the coast to the markets of Askeby.")]),
 ("The agency expects to reopen the road within three weeks.", [
   ("a", "The agency put the cost of clearing and repairing the road at about $14 million and said it expected to reopen the road within three weeks."),
   ("c", "The agency hopes to reopen the road within three weeks.")]),
 ("The county's emergency manager says the road will stay closed for at least four months.", [
   ("a", "Speaking later on Wednesday, the county's emergency manager, Ross Dunnock, said the road would stay closed for at least four months because the slope above it was still moving."),
   ("c", "The county's emergency manager says at least four months.")]),
 ("The minister says no one could have foreseen the slide.", [
   ("a", "Regional Transport Minister Elin Vaskar said no one could have foreseen the slide."),
   ("c", "Regional Transport Minister Elin Vaskar says no one could have foreseen Wednesday's landslide on the Corrin Pass road.")]),
], [
 ("number", "How much rock came down (about 40,000 cubic meters, the agency; about 120,000, a geologist).", True, [
   ("a", "the Northfell Roads Agency", "About 40,000 cubic meters of rock came down, the agency said."),
   ("a", "Hanne Lisk", "Hanne Lisk, a geologist at Askeby University who flew over the site, put the volume at about 120,000 cubic meters.")]),
 ("number", "How long the road will be shut (reopen within three weeks, the agency; at least four months, the emergency manager).", True, [
   ("a", "the agency", "The agency put the cost of clearing and repairing the road at about $14 million and said it expected to reopen the road within three weeks."),
   ("a", "Ross Dunnock", "Speaking later on Wednesday, the county's emergency manager, Ross Dunnock, said the road would stay closed for at least four months because the slope above it was still moving.")]),
 ("version", "Whether the contractor was blasting before the slide (none for more than a week, the agency; two charges on Tuesday, the blasting log).", False, [
   ("a", "the agency", "The agency said the slide was natural and that its contractor, Dalvin Civil, had carried out no blasting for the widening works nearby for more than a week."),
   ("b", "the company's blasting log", "Dalvin Civil, the contractor widening the Corrin Pass road, set off explosive charges on the slope above the road on Tuesday afternoon, hours before Wednesday's landslide, according to the company's blasting log, a copy of which was given to the Echo.")]),
 ("number", "What clearing and repairing the road will cost (about $14 million, the agency; $31 million, its internal memo).", False, [
   ("a", "the agency", "The agency put the cost of clearing and repairing the road at about $14 million and said it expected to reopen the road within three weeks."),
   ("b", "an internal memo of the Northfell Roads Agency", "An internal memo of the Northfell Roads Agency dated Thursday, also seen by the Echo, puts the cost of clearing and rebuilding the road at $31 million.")]),
 ("version", "Whether residents warned the agency in writing (a letter in August, the residents; no such letter received, the agency's regional director).", True, [
   ("b", "residents of Ulvik", "Residents of Ulvik, a hamlet below the pass, said they had written to the agency in August about new cracks in the slope."),
   ("b", "Piet Marrow", "The agency's regional director, Piet Marrow, said the agency had received no such letter.")]),
 ("number", "How long the detour is (about 90 kilometers, the wire; 140 kilometers, the column).", False, [
   ("a", A, "Drivers face a detour of about 90 kilometers through Harnby."),
   ("c", A, "Now about 300 meters of the road lie under rock, a truck driver is in hospital with a broken arm, and everyone who lives or works beyond the pass faces a 140-kilometer detour through Harnby.")]),
 ("version", "Whether the slide could have been foreseen (no one could, the minister; her department's geologists rated the slope high risk in 2021).", True, [
   ("c", "Elin Vaskar", "Regional Transport Minister Elin Vaskar says no one could have foreseen Wednesday's landslide on the Corrin Pass road."),
   ("c", "the department's geologists", "In a survey published in 2021, they rated the slope above the pass \"high risk\" and asked for it to be netted and drained.")]),
])

# 3: a residential tower evacuated over cracked columns; the third outlet is a court reporter's piece (counsel
# for each side, a judge's order). Shapes: residents evacuated (212, the council, in the lead / 340, the
# residents' association, the next paragraph; within one outlet); when the cracks were found (a routine check
# on Monday, the developer / residents reported them last March, emails the association released, the last
# paragraph; within one outlet); the widest crack (9 millimeters, the developer / 4 centimeters, the engineers'
# report: two units); the repair cost ($19 million, the engineers' report / about $7 million, the developer's
# counsel); the council's 2021 letter (a warning / "no record of ever receiving the letter", a spokeswoman;
# within one outlet); the hotel bills (stopped on Wednesday, the association's counsel / every bill paid up to
# Friday, the developer's counsel; within one outlet); when residents return (at least six months, the council /
# within eight weeks, the developer's counsel). Near misses: 19 storeys, 2019, 96 flats, $60 a day, 11 of 40
# columns, six other buildings, 2015, nine households, $20 million to set aside, a two-hour hearing, April.
LABELS["b55-3"] = _labels("A residential tower is evacuated over cracked car-park columns; the residents moved out, the cracks, the repair bill, the hotel bills and the return are disputed (invented)", _arts("b55-3"), [
 ("Residents of the Selwyn Quay tower were evacuated on Monday after cracks were found in its car park.", [
   ("a", "DANHOLM, Feb. 6 - City officials evacuated 212 residents from the Selwyn Quay tower on Monday after engineers found cracks in concrete columns in its underground car park, Danholm City Council said."),
   ("b", "The council evacuated the tower's residents on Monday after cracks were found in the car park.")]),
 ("The residents have been placed in hotels.", [
   ("a", "Residents have been placed in hotels across the city."),
   ("b", "They have been placed in hotels.")]),
 ("Gas and electricity to the building have been cut off.", [
   ("a", "Gas and electricity to the building have been cut off, and police are guarding its entrances."),
   ("b", "Gas and electricity to the building have been cut off.")]),
 ("The 19-storey tower, finished in 2019, has 96 flats.", [
   ("a", "The 19-storey tower, finished in 2019, has 96 flats."),
   ("b", "The tower has 96 flats on 19 floors.")]),
 ("Harrowfield finished the tower in 2019.", [
   ("a", "The 19-storey tower, finished in 2019, has 96 flats."),
   ("b", "Harrowfield, which finished the tower in 2019, has completed six other residential buildings in Danholm since 2015.")]),
 ("The residents' association asked the High Court to make Harrowfield pay for the repairs and the families' housing.", [
   ("a", "The residents' association has asked the High Court to order Harrowfield to pay for the repairs and for the families' housing."),
   ("c", "Judge Amara Kestel granted the interim order after a two-hour hearing in Danholm brought by the Selwyn Quay Residents' Association, which wants the developer to pay for the repairs and for the families' housing.")]),
 ("Each household's hotel bill and an allowance of $60 a day are (to be) paid by Harrowfield.", [
   ("a", "Harrowfield said it was paying each displaced household's hotel bill and an allowance of $60 a day."),
   ("c", "She ordered the company to pay each household's hotel bill and an allowance of $60 a day until then.")]),
], [
 ("number", "How many residents were moved out (212, the council; 340, the residents' association).", True, [
   ("a", "Danholm City Council", "DANHOLM, Feb. 6 - City officials evacuated 212 residents from the Selwyn Quay tower on Monday after engineers found cracks in concrete columns in its underground car park, Danholm City Council said."),
   ("a", "the Selwyn Quay Residents' Association", "The Selwyn Quay Residents' Association said 340 people had been moved out, many of them children.")]),
 ("version", "When the cracks were first found (a routine check on Monday, the developer; reported by residents last March, the association's emails).", True, [
   ("a", "Harrowfield Developments", "The tower's developer, Harrowfield Developments, said its own engineers had found the cracks during a routine check on Monday morning."),
   ("a", "emails released by the residents' association", "On Tuesday the association released emails in which residents had reported cracks in the car park walls to Harrowfield as early as last March.")]),
 ("number", "How wide the widest crack is (9 millimeters, the developer; 4 centimeters, the engineers' report).", False, [
   ("a", "the company", "The widest crack was 9 millimeters, the company said."),
   ("b", "the report by Obergate Engineering", "The report, by Obergate Engineering, measured the widest crack at 4 centimeters.")]),
 ("number", "What the repairs will cost ($19 million, the engineers' report; about $7 million, the developer's counsel).", False, [
   ("b", "an engineers' report commissioned by Danholm City Council", "An engineers' report commissioned by Danholm City Council, seen by the Post, puts the cost of repairing the Selwyn Quay tower at $19 million and says at least 11 of the 40 columns in its car park must be rebuilt."),
   ("c", "Fiona Blyth", "She told the court the repairs would cost about $7 million and that residents could return within eight weeks.")]),
 ("version", "Whether the council warned the developer in 2021 (its letter; no record of receiving it, the developer's spokeswoman).", True, [
   ("b", "the council's building control office", "In 2021, the council's building control office wrote to Harrowfield Developments to warn that water was leaking into the car park and damaging the concrete, according to a copy of the letter released under the freedom of information law."),
   ("b", "Tessa Marl", "A Harrowfield spokeswoman, Tessa Marl, said the company had no record of ever receiving the letter.")]),
 ("version", "Whether the developer stopped paying hotel bills (on Wednesday for some families, the association's counsel; all paid up to Friday, the developer's counsel).", True, [
   ("c", "Owen Tarrant", "Owen Tarrant, for the association, told the court that Harrowfield had stopped paying some families' hotel bills on Wednesday, leaving at least nine households facing eviction from their rooms."),
   ("c", "Fiona Blyth", "Fiona Blyth, for Harrowfield, said every displaced household's hotel bill had been paid up to Friday.")]),
 ("number", "When residents can go home (not for at least six months, the council; within eight weeks, the developer's counsel).", False, [
   ("a", "the council", "The council said they would not be able to return home for at least six months."),
   ("c", "Fiona Blyth", "She told the court the repairs would cost about $7 million and that residents could return within eight weeks.")]),
])


def main(argv: list[str] | None = None) -> int:
    return genre37.main(argv, LABELS, OUT, __doc__)


if __name__ == "__main__":
    sys.exit(main())
