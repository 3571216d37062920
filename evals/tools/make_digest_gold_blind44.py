#!/usr/bin/env python3
"""Build (or check) evals/digest_gold_blind44/: five INVENTED stories of kinds no other set has, each
told by three invented outlets (a, b, c), labelled in session 35 (digest44) before the digest ran on
them (evals/digest_gold_blind44/README.md): a factory fire, a singer's lawsuit against her manager,
a storm's power cuts, a police shooting inquiry, a museum theft.

As blind43: the texts are the project's own (every name, place, company and number made up), they
live in the gold folder (texts/<cluster_id>/<label>.txt) and clusters.json names them by path with
their sha256 ("source": "files"). An agreement is (proposition, [(article, quote), ...]); a conflict
is (type, about, within_article, [(article, source, quote), ...]).

    python evals/tools/make_digest_gold_blind44.py           # rebuild + check
    python evals/tools/make_digest_gold_blind44.py --check   # check the files on disk
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

OUT = cnn27.mdg.ROOT / "evals" / "digest_gold_blind44"
A = "article"  # the outlet's own voice as a conflict side
_labels = cnn27._labels


def _arts(cid: str) -> dict[str, str]:
    return {o: f"texts/{cid}/{o}.txt" for o in "abc"}


LABELS: dict[str, dict] = {}

# 1: a factory fire. Shapes: the injured by the fire brigade and by the union; the firefighters by a
# brigade officer and by the brigade; "the sprinklers had worked as designed" / "did not work"; the
# fire on two days ("late on Saturday" / "early on Sunday").
LABELS["b44-1"] = _labels("A fire at a plastics factory (invented)", _arts("b44-1"), [
 ("Twelve workers were injured.", [
   ("a", "A fire tore through a plastics factory run by Brackwell Polymers in the town of Ostley late on Saturday, injuring 12 workers, the county fire brigade said."),
   ("c", "Investigators are trying to establish what caused a fire that gutted a storage hall at a Brackwell Polymers factory in Ostley, injuring 12 workers.")]),
 ("The fire broke out late on Saturday.", [
   ("a", "A fire tore through a plastics factory run by Brackwell Polymers in the town of Ostley late on Saturday"),
   ("c", "The fire broke out late on Saturday, the county fire brigade said.")]),
 ("The fire started in a storage hall.", [
   ("a", "The blaze started in a storage hall at about 11 p.m."),
   ("b", "the warehouse where the fire began"),
   ("c", "a fire that gutted a storage hall at a Brackwell Polymers factory in Ostley")]),
 ("Nobody was killed.", [
   ("a", "Nobody was killed."),
   ("b", "The company said no one had died.")]),
 ("Residents were told to keep windows shut / stay indoors.", [
   ("a", "Residents within a mile of the plant were told to keep their windows and doors shut because of the thick black smoke."),
   ("b", "people living nearby were advised to stay indoors with their windows closed.")]),
 ("About 300 people spent the night in a school.", [
   ("a", "About 300 people spent the night in a school gym."),
   ("c", "about 300 residents were moved to a school overnight.")]),
 ("Production at the plant has stopped.", [
   ("a", "Brackwell has halted production at the site, which makes food packaging and employs about 450 people."),
   ("b", "Production at the plant, which employs about 450, has stopped until further notice."),
   ("c", "Brackwell said it had stopped production at the plant, which makes packaging for supermarkets, and would keep paying staff while it was closed.")]),
 ("The state workplace safety agency is investigating.", [
   ("a", "The state workplace safety agency has opened an inquiry."),
   ("b", "The state's workplace safety agency is investigating, a spokesman said."),
   ("c", "The agency has opened an inquiry.")]),
], [
 ("number", "How many workers were hurt (12, the fire brigade; 17, the union).", False, [
   ("a", "the county fire brigade", "A fire tore through a plastics factory run by Brackwell Polymers in the town of Ostley late on Saturday, injuring 12 workers, the county fire brigade said."),
   ("b", "the factory workers' union", "Seventeen workers were hurt when fire broke out at the Brackwell Polymers packaging plant in Ostley early on Sunday, according to the factory workers' union")]),
 ("number", "How many firefighters fought the fire (about 60, a brigade officer; some 85, the brigade).", False, [
   ("a", "Hanna Lisgard", "The blaze started in a storage hall at about 11 p.m. and took about 60 firefighters nearly nine hours to bring under control, brigade officer Hanna Lisgard said."),
   ("c", "the brigade", "At its height some 85 firefighters were at the scene, the brigade said")]),
 ("version", "Whether the sprinklers worked (they did, the manager; they did not, the union organiser).", False, [
   ("a", "Corwin Teale", "The plant's manager, Corwin Teale, said the sprinklers in the storage hall had worked as designed and had stopped the fire from reaching a tank of solvents."),
   ("b", "Petra Voss", "Union organiser Petra Voss said the sprinklers in the warehouse where the fire began did not work and that staff had complained about them for months.")]),
 ("version", "When the fire broke out (late on Saturday or early on Sunday).", False, [
   ("a", A, "A fire tore through a plastics factory run by Brackwell Polymers in the town of Ostley late on Saturday"),
   ("b", A, "Seventeen workers were hurt when fire broke out at the Brackwell Polymers packaging plant in Ostley early on Sunday")]),
])

# 2: a singer sues her manager. Shapes: the sum sought two ways; the manager's denial against "has
# admitted moving the money" (his opponent's lawyer); "would countersue" / "no decision had been
# made on whether to file a countersuit"; the court in two places.
LABELS["b44-2"] = _labels("A singer sues her former manager (invented)", _arts("b44-2"), [
 ("Solvane sued Fitch on Monday.", [
   ("a", "The pop singer Mira Solvane has sued her former manager, Dorian Fitch, accusing him of diverting $8 million of her earnings into companies he controlled, according to a complaint filed on Monday in Lorne County Superior Court."),
   ("b", "The complaint, filed on Monday in federal court in Easton, says Fitch routed money from her record sales and shows into companies tied to his family."),
   ("c", "The suit, lodged on Monday in Lorne County Superior Court, seeks $8 million from Dorian Fitch and says he moved her royalties and tour fees into companies controlled by his relatives.")]),
 ("The suit seeks $8 million and was filed in Lorne County Superior Court.", [
   ("a", "accusing him of diverting $8 million of her earnings into companies he controlled, according to a complaint filed on Monday in Lorne County Superior Court."),
   ("c", "The suit, lodged on Monday in Lorne County Superior Court, seeks $8 million from Dorian Fitch")]),
 ("Fitch moved her royalties and fees into companies tied to his family.", [
   ("a", "The suit says Fitch moved royalty payments and concert fees into three firms registered in his sister's name between 2019 and 2023, while telling Solvane the money was being invested for her."),
   ("b", "says Fitch routed money from her record sales and shows into companies tied to his family."),
   ("c", "says he moved her royalties and tour fees into companies controlled by his relatives.")]),
 ("Fitch denies wrongdoing.", [
   ("a", "Fitch denied taking any money that did not belong to him."),
   ("c", "Fitch said he had done nothing wrong.")]),
 ("The two parted in March.", [
   ("a", "parted ways with Fitch in March"),
   ("b", "The two split in March after Solvane hired a new accountant, who found the transfers, Halloran said."),
   ("c", "Solvane and Fitch ended their partnership in March.")]),
 ("She cancelled the last eleven dates of her European tour.", [
   ("a", "She cancelled the last eleven dates of her European tour in April, citing exhaustion."),
   ("b", "Solvane cancelled part of her European tour this spring."),
   ("c", "A month later she called off the final eleven shows of a European tour, saying she was exhausted.")]),
 ("A new accountant found the payments.", [
   ("a", "Her lawyer, Greta Halloran, said the singer had learned of the payments when a new accountant went through her books."),
   ("b", "The two split in March after Solvane hired a new accountant, who found the transfers, Halloran said.")]),
 ("Fitch managed Solvane for nine years.", [
   ("a", "Fitch managed Solvane for nine years."),
   ("b", "Dorian Fitch, the manager who guided her career for nine years")]),
], [
 ("number", "The sum the suit seeks ($8 million or $6 million).", False, [
   ("a", A, "accusing him of diverting $8 million of her earnings into companies he controlled, according to a complaint filed on Monday in Lorne County Superior Court."),
   ("b", A, "Singer Mira Solvane is seeking $6 million from Dorian Fitch, the manager who guided her career for nine years, in a lawsuit that accuses him of fraud and breach of trust.")]),
 ("version", "Whether Fitch took the money (he denies it; her lawyer says he has admitted moving it).", False, [
   ("a", "Dorian Fitch", "Fitch denied taking any money that did not belong to him."),
   ("b", "Greta Halloran", "According to Solvane's lawyer, Greta Halloran, Fitch has admitted moving the money but has said it was a loan that he intended to repay.")]),
 ("version", "Whether Fitch will countersue (he will, Fitch; no decision made, his lawyer).", False, [
   ("a", "Dorian Fitch", "\"Every dollar is accounted for,\" Fitch wrote in a message to fans on Monday, adding that he would countersue for defamation."),
   ("c", "Simon Achterberg", "His lawyer, Simon Achterberg, said no decision had been made on whether to file a countersuit.")]),
 ("version", "Where the suit was filed (Lorne County Superior Court or federal court in Easton).", False, [
   ("a", A, "according to a complaint filed on Monday in Lorne County Superior Court."),
   ("b", A, "The complaint, filed on Monday in federal court in Easton, says Fitch routed money from her record sales and shows into companies tied to his family.")]),
])

# 3: a storm's power cuts. Shapes: the customers without power by the utility and by the state's
# emergency office; the gusts by the weather service and by the office; "has declared" / "has not
# declared" a state of emergency; power back "by Friday evening" / "until the middle of next week".
LABELS["b44-3"] = _labels("A storm cuts power across a valley (invented)", _arts("b44-3"), [
 ("About 140,000 customers were without power on Wednesday.", [
   ("a", "About 140,000 homes and businesses were still without electricity on Wednesday after a storm brought down power lines across the Harrow Valley, the utility Westvale Power said."),
   ("c", "Westvale Power said on Wednesday that about 140,000 customers remained without electricity after Tuesday night's storm, down from a peak of 260,000.")]),
 ("Two people were killed by falling trees.", [
   ("a", "Two people were killed by falling trees, one of them a driver on the coast road near Brindle."),
   ("b", "Two people died when trees fell on them, police said."),
   ("c", "A 58-year-old man died when a tree crushed his car near Brindle, and a woman was killed in her garden in Ashgrove, police said.")]),
 ("Power will be back for all by Friday evening, Corrs said.", [
   ("a", "Westvale's operations chief, Nadia Corrs, said crews would restore power to all customers by Friday evening."),
   ("c", "The utility expects to have the lights back on for everyone by Friday evening, Nadia Corrs, its head of operations, told reporters.")]),
 ("The governor declared a state of emergency in four counties.", [
   ("a", "Governor Edwin Stroud has declared a state of emergency in four counties, freeing state money for the clean-up."),
   ("c", "Governor Edwin Stroud declared a state of emergency for four counties on Wednesday morning, his office said.")]),
 ("Schools in Fenmouth were closed.", [
   ("a", "Schools in Fenmouth and Brindle were closed on Wednesday."),
   ("b", "Schools in Fenmouth were shut."),
   ("c", "Fenmouth's schools stayed closed, as did the Harrow Valley rail line, where a bridge was damaged.")]),
 ("The storm struck on Tuesday night.", [
   ("a", "Gusts reached 70 miles per hour at Fenmouth airport on Tuesday night, the national weather service said."),
   ("b", "a day after a storm with winds of up to 85 miles per hour tore through the region"),
   ("c", "after Tuesday night's storm")]),
 ("The winds will be lighter for the rest of the week.", [
   ("a", "The weather service said another band of rain would arrive on Thursday but that the winds would be lighter."),
   ("c", "Winds are expected to stay below 30 miles per hour for the rest of the week")]),
], [
 ("number", "Customers without power on Wednesday (about 140,000, the utility; more than 210,000, the state emergency office).", False, [
   ("a", "Westvale Power", "About 140,000 homes and businesses were still without electricity on Wednesday after a storm brought down power lines across the Harrow Valley, the utility Westvale Power said."),
   ("b", "the state emergency management office", "More than 210,000 customers across the Harrow Valley had no power on Wednesday, a day after a storm with winds of up to 85 miles per hour tore through the region, the state emergency management office said.")]),
 ("number", "The storm's strongest gusts (70 mph, the weather service; up to 85 mph, the emergency office).", False, [
   ("a", "the national weather service", "Gusts reached 70 miles per hour at Fenmouth airport on Tuesday night, the national weather service said."),
   ("b", "the state emergency management office", "a day after a storm with winds of up to 85 miles per hour tore through the region, the state emergency management office said.")]),
 ("version", "Whether the governor declared a state of emergency (he has; his spokeswoman says he has not).", False, [
   ("a", A, "Governor Edwin Stroud has declared a state of emergency in four counties, freeing state money for the clean-up."),
   ("b", "Lena Pardo", "Governor Edwin Stroud has not declared a state of emergency, his spokeswoman, Lena Pardo, said")]),
 ("version", "When power will be back (for all by Friday evening, Corrs; some not until the middle of next week, the utility).", False, [
   ("a", "Nadia Corrs", "Westvale's operations chief, Nadia Corrs, said crews would restore power to all customers by Friday evening."),
   ("b", "Westvale Power", "Westvale Power said some customers in rural areas could be without electricity until the middle of next week, because many lines had to be rebuilt rather than repaired.")]),
])

# 4: a police shooting inquiry. Shapes: the shots by the chief and by witnesses; "armed with a knife"
# / "was not armed"; "placed on leave" / "still on duty"; the prosecutor's grand jury against "no
# decision"; where he was shot; the camera "had not been switched on" / "had been recording" (one
# outlet, two sources).
LABELS["b44-4"] = _labels("A police officer shoots a man; an inquiry opens (invented)", _arts("b44-4"), [
 ("Quill, 34, was shot by a Carrowby officer on Saturday night.", [
   ("a", "The state's independent police conduct office has opened an inquiry into the fatal shooting of a 34-year-old man by a Carrowby police officer on Saturday night."),
   ("b", "late on Saturday. He died at the scene."),
   ("c", "Quill, 34, was shot on Saturday night on Mill Lane.")]),
 ("The state police conduct office is investigating.", [
   ("a", "The state's independent police conduct office has opened an inquiry into the fatal shooting of a 34-year-old man by a Carrowby police officer on Saturday night."),
   ("b", "The state's police conduct office is investigating, as it does after any death involving officers."),
   ("c", "The police conduct office, which is leading the inquiry, said the officer's body camera had not been switched on during the encounter.")]),
 ("The family wants the body camera footage released.", [
   ("a", "Quill's family have asked for the officer's body camera footage to be released."),
   ("b", "The family wants the footage from the officer's body camera made public.")]),
 ("About 200 people protested on Sunday.", [
   ("a", "About 200 people marched to police headquarters on Sunday."),
   ("b", "Hundreds of protesters gathered outside police headquarters on Sunday"),
   ("c", "Around 200 demonstrators marched through the city on Sunday evening.")]),
 ("The officer has been placed on leave.", [
   ("a", "The officer, who has not been named, has been placed on administrative leave, Oduya said."),
   ("c", "The officer has been placed on leave, the department said.")]),
 ("Police say Quill threatened customers with a knife.", [
   ("a", "Police chief Maren Oduya said Quill had been armed with a knife and had refused orders to drop it."),
   ("c", "Police said he had been threatening customers at a store with a knife.")]),
], [
 ("number", "How many shots were fired (six, the police chief; 11, two witnesses through the family's lawyer).", False, [
   ("a", "Maren Oduya", "The officer fired six shots, she said."),
   ("b", "Conrad Ebbe", "Ebbe said two witnesses had counted 11 shots.")]),
 ("version", "Whether Quill was armed (a knife, the police; not armed, the family's lawyer).", False, [
   ("a", "Maren Oduya", "Police chief Maren Oduya said Quill had been armed with a knife and had refused orders to drop it."),
   ("b", "Conrad Ebbe", "said on Monday that Quill was not armed when he was shot.")]),
 ("version", "The officer's status (on leave, the chief; still on duty, the lawyer).", False, [
   ("a", "Maren Oduya", "The officer, who has not been named, has been placed on administrative leave, Oduya said."),
   ("b", "Conrad Ebbe", "Ebbe also said the officer was still on duty.")]),
 ("version", "Whether the case goes to a grand jury (it will, the prosecutor; no decision, her spokesman).", False, [
   ("a", "Ruth Demayo", "The county prosecutor, Ruth Demayo, said she would put the findings before a grand jury."),
   ("c", "Alan Brecker", "\"No decision has been made on whether to take this case to a grand jury,\" the spokesman, Alan Brecker, said.")]),
 ("version", "Where Quill was shot (outside the store on Mill Lane; on Harker Street, two blocks away).", False, [
   ("a", A, "Jaden Quill was shot outside a convenience store on Mill Lane after officers answered a call about a man threatening customers, police said."),
   ("b", A, "Quill, 34, was shot on Harker Street, two blocks from the store where police say he had threatened customers, late on Saturday.")]),
 ("version", "Whether the body camera was on (not switched on, the conduct office; recording, the chief).", True, [
   ("c", "the police conduct office", "The police conduct office, which is leading the inquiry, said the officer's body camera had not been switched on during the encounter."),
   ("c", "Maren Oduya", "Police chief Maren Oduya said on Sunday that the camera had been recording and that its footage would be reviewed.")]),
])

# 5: a museum theft. Shapes: the pieces stolen two ways; the value by the director and by the
# insurers; "the alarm did not sound" / "had gone off"; "two men were arrested" / "no arrests have
# been made"; the break-in "shortly after 2 a.m." on Monday / "shortly before midnight on Sunday".
LABELS["b44-5"] = _labels("Jewellery stolen from a museum (invented)", _arts("b44-5"), [
 ("Nine pieces of gold jewellery were stolen.", [
   ("a", "Thieves broke into the Oriel House museum in Tamsford early on Monday and stole nine pieces of 18th-century gold jewellery, police said."),
   ("c", "Nine pieces of gold jewellery worth an estimated 4 million pounds were stolen from the Oriel House museum in Tamsford in the early hours of Monday, in what police called a carefully planned raid.")]),
 ("The theft was early on Monday.", [
   ("a", "Thieves broke into the Oriel House museum in Tamsford early on Monday"),
   ("c", "were stolen from the Oriel House museum in Tamsford in the early hours of Monday")]),
 ("The thieves came in through the roof (a skylight).", [
   ("a", "The thieves climbed onto the roof and entered through a skylight shortly after 2 a.m., Detective Inspector Callum Brenn said."),
   ("b", "The thieves got in through a skylight."),
   ("c", "The thieves came in through the roof, police said.")]),
 ("The jewellery is worth about 4 million pounds.", [
   ("a", "The pieces, from the collection of the Countess of Avenby, are worth about 4 million pounds, the museum's director, Imogen Sarle, said."),
   ("c", "Nine pieces of gold jewellery worth an estimated 4 million pounds")]),
 ("The jewellery is from the Avenby collection.", [
   ("a", "The pieces, from the collection of the Countess of Avenby"),
   ("b", "The jewellery, part of the Avenby collection left to the museum in 1954"),
   ("c", "The stolen items include a diamond necklace made for the Countess of Avenby in 1768 and a pair of emerald earrings.")]),
 ("A reward of 100,000 pounds has been offered.", [
   ("a", "Its insurers have offered a reward of 100,000 pounds for information leading to the recovery of the jewellery."),
   ("b", "according to the museum's insurers, who have offered a reward of 100,000 pounds."),
   ("c", "A reward of 100,000 pounds has been offered.")]),
 ("Two men have been arrested.", [
   ("a", "Two men were arrested on Monday afternoon in a car near the port of Ellsmere, Brenn said."),
   ("c", "Police said on Monday evening that two men had been arrested and were being questioned.")]),
 ("The museum is closed for the rest of the week.", [
   ("a", "The museum will stay closed for the rest of the week."),
   ("c", "The museum, which draws about 90,000 visitors a year, will be closed for the rest of the week, Sarle said.")]),
], [
 ("number", "How many pieces were stolen (nine or seven).", False, [
   ("a", "police", "Thieves broke into the Oriel House museum in Tamsford early on Monday and stole nine pieces of 18th-century gold jewellery, police said."),
   ("b", A, "Police in Tamsford are hunting for the thieves who took seven items of antique gold jewellery from the Oriel House museum overnight.")]),
 ("number", "What the jewellery is worth (about 4 million pounds, the director; 2.5 million, the insurers).", False, [
   ("a", "Imogen Sarle", "The pieces, from the collection of the Countess of Avenby, are worth about 4 million pounds, the museum's director, Imogen Sarle, said."),
   ("b", "the museum's insurers", "The jewellery, part of the Avenby collection left to the museum in 1954, is valued at 2.5 million pounds, according to the museum's insurers")]),
 ("version", "Whether the alarm sounded (it did not, the detective; it went off, a museum spokesman).", False, [
   ("a", "Callum Brenn", "The alarm did not sound, he said, and the theft was discovered by a cleaner at 6:30 a.m."),
   ("b", "a museum spokesman", "A museum spokesman said the alarm had gone off and that guards had called police within minutes, but the thieves had already fled.")]),
 ("version", "Whether anyone was arrested (two men, the police; no arrests, a police spokeswoman).", False, [
   ("a", "Callum Brenn", "Two men were arrested on Monday afternoon in a car near the port of Ellsmere, Brenn said."),
   ("b", "Freya Lund", "No arrests have been made, a police spokeswoman, Freya Lund, said on Monday evening.")]),
 ("version", "When the break-in happened (shortly after 2 a.m. on Monday; shortly before midnight on Sunday).", False, [
   ("a", "Callum Brenn", "The thieves climbed onto the roof and entered through a skylight shortly after 2 a.m., Detective Inspector Callum Brenn said."),
   ("b", "a museum guard", "The break-in happened shortly before midnight on Sunday, a museum guard told the local paper.")]),
])


def main(argv: list[str] | None = None) -> int:
    return genre37.main(argv, LABELS, OUT, __doc__)


if __name__ == "__main__":
    sys.exit(main())
