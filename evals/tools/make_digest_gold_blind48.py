#!/usr/bin/env python3
"""Build (or check) evals/digest_gold_blind48/: three INVENTED stories of kinds no other set has, each
told by three invented outlets (a, b, c) of 190-285 words, labelled in session 39 (digest48) before the
digest ran on them (evals/digest_gold_blind48/README.md): a hospital's night closure of its emergency
room that the health ministry says it never approved, a pressure-cooker recall with a disputed injury
count, a mayor's contested claim about crime figures.

As blind47: the texts are the project's own (every name, place, company and number made up), they
live in the gold folder (texts/<cluster_id>/<label>.txt) and clusters.json names them by path with
their sha256 ("source": "files"). An agreement is (proposition, [(article, quote), ...]); a conflict
is (type, about, within_article, [(article, source, quote), ...]). A dispute that more than one
outlet reports is one conflict (digest_gold/README.md: "the same dispute is not split"), labelled with
its clearest two quotes.

    python evals/tools/make_digest_gold_blind48.py           # rebuild + check
    python evals/tools/make_digest_gold_blind48.py --check   # check the files on disk
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

OUT = cnn27.mdg.ROOT / "evals" / "digest_gold_blind48"
A = "article"  # the outlet's own voice as a conflict side
_labels = cnn27._labels


def _arts(cid: str) -> dict[str, str]:
    return {o: f"texts/{cid}/{o}.txt" for o in "abc"}


LABELS: dict[str, dict] = {}

# 1: a hospital closes its emergency room at night. Shapes: "It said the health ministry had approved
# the plan in January" / four paragraphs later "The ministry denied on Tuesday that it had approved the
# closure" (within one outlet, a reply far from the claim); patients a night (25, the trust; "closer to
# 40, because ...", the nurses' union; within one outlet); vacant doctor posts ("Nine of its 16", the
# trust / "six of the department's 16", the ministry's figures); the distance to the other hospital
# (38 / about 55 kilometres, two outlets' own voices); the first night ("for the first time on Monday" /
# "began on Saturday"); how long (three months / "until the end of next year", one chief executive in
# two outlets); the protest (about 400, police / more than 1,000, organisers).
LABELS["b48-1"] = _labels("A hospital shuts its emergency room at night; the health ministry says it never approved it (invented)", _arts("b48-1"), [
 ("St. Aldric's emergency department closes from 8 p.m. to 8 a.m.", [
   ("a", "the department would close from 8 p.m. to 8 a.m. because it could not find enough emergency doctors."),
   ("b", "The department now closes between 8 p.m. and 8 a.m."),
   ("c", "From 8 p.m. to 8 a.m., every day of the week.")]),
 ("The trust blames a shortage of emergency doctors.", [
   ("a", "The Varrow Valley Health Trust, which runs the hospital, said the department would close from 8 p.m. to 8 a.m. because it could not find enough emergency doctors."),
   ("b", "The trust has blamed a shortage of emergency doctors."),
   ("c", "The Varrow Valley Health Trust says it does not have enough emergency doctors to staff the department safely at night.")]),
 ("Night-time patients go to Corrin General Hospital in Ashby.", [
   ("a", "Ambulances will take night-time patients to Corrin General Hospital in Ashby, 38 kilometres away."),
   ("b", "Residents who need emergency care at night should call an ambulance or go to Corrin General Hospital in Ashby, the trust said."),
   ("c", "Ambulances will take patients to Corrin General Hospital in Ashby, about 55 kilometres from Varrow.")]),
 ("The health ministry says it did not approve the closure.", [
   ("a", "The ministry denied on Tuesday that it had approved the closure, saying it had been told of the plan only last week and had never signed off on it."),
   ("b", "The health ministry said in a statement that it had not approved the closure"),
   ("c", "The health ministry says it did not.")]),
 ("Health Minister Corinne Halvey gave the trust until Friday for a plan to reopen at night.", [
   ("a", "Health Minister Corinne Halvey gave the trust until Friday to present a plan to reopen the department at night."),
   ("b", "Health Minister Corinne Halvey had asked the trust for a plan to restore night-time care by Friday."),
   ("c", "Health Minister Corinne Halvey has given the trust until Friday to set out how it will reopen the department at night.")]),
 ("The trust calls the closure temporary.", [
   ("a", "Trust chief executive Anselm Quist said the closure was temporary"),
   ("c", "The trust calls the closure temporary.")]),
 ("St. Aldric's serves about 120,000 people.", [
   ("a", "St. Aldric's, which serves about 120,000 people, is the only hospital in Varrow."),
   ("c", "About 120,000 people in Varrow and the surrounding villages.")]),
 ("St. Aldric's is the only hospital in Varrow.", [
   ("a", "St. Aldric's, which serves about 120,000 people, is the only hospital in Varrow."),
   ("c", "St. Aldric's is the only hospital in the town.")]),
 ("The urgent care clinic on Mill Lane stays open until 10 p.m.", [
   ("b", "The urgent care clinic on Mill Lane, which treats minor injuries, will stay open until 10 p.m."),
   ("c", "The trust says people with minor injuries can use the urgent care clinic on Mill Lane, which is open until 10 p.m.")]),
], [
 ("version", "Whether the ministry approved the plan (approved in January, the trust; never signed off, the ministry).", True, [
   ("a", "the trust", "It said the health ministry had approved the plan in January."),
   ("a", "the ministry", "The ministry denied on Tuesday that it had approved the closure, saying it had been told of the plan only last week and had never signed off on it.")]),
 ("number", "How many patients the department treated a night (25, the trust; closer to 40, the nurses' union).", True, [
   ("b", "the trust", "The trust says it treated an average of 25 patients a night during those hours last year."),
   ("b", "the Varrow Nurses' Union", "The Varrow Nurses' Union says the figure is closer to 40, because the trust's count leaves out patients who arrived by ambulance.")]),
 ("number", "How many of the 16 emergency doctor posts are vacant (nine, the trust; six, the ministry's figures).", False, [
   ("a", "the trust", "Nine of its 16 emergency doctor posts were vacant, the trust said."),
   ("c", "the health ministry's own figures", "The health ministry's own figures show six of the department's 16 doctor posts vacant.")]),
 ("number", "How far Corrin General Hospital is (38 or about 55 kilometres).", False, [
   ("a", A, "Ambulances will take night-time patients to Corrin General Hospital in Ashby, 38 kilometres away."),
   ("c", A, "Ambulances will take patients to Corrin General Hospital in Ashby, about 55 kilometres from Varrow.")]),
 ("version", "When the night closures began (Monday or Saturday).", False, [
   ("a", A, "The emergency department at St. Aldric's Hospital in Varrow closed overnight for the first time on Monday, leaving the town without a night-time emergency room."),
   ("c", A, "The overnight closures began on Saturday.")]),
 ("version", "How long the closure lasts (three months, the chief executive; until the end of next year, the same chief executive in another outlet).", False, [
   ("a", "Anselm Quist", "Trust chief executive Anselm Quist said the closure was temporary and would last three months."),
   ("b", "Anselm Quist", "The overnight closure of the emergency department at St. Aldric's Hospital could continue until the end of next year, the head of the trust that runs it has told the Courier.")]),
 ("number", "How many people protested on Sunday (about 400, police; more than 1,000, organisers).", False, [
   ("a", "police", "About 400 people protested outside the hospital on Sunday evening, police said."),
   ("b", "organisers", "Organisers said more than 1,000 people joined Sunday's protest outside the hospital, many carrying signs reading \"Keep Aldric's Open\".")]),
])

# 2: a pressure-cooker recall. Shapes: units recalled (about 480,000, the company / about 510,000, the
# safety board); burn reports (12, the company / 31, the board, "more than twice the number" the company
# gave); the cause ("when a user forced the lid open", the company / a lawyer "disputed the company's
# account, saying ... had opened without anyone touching the lid", four paragraphs later; within one
# outlet); the first report ("in August", the company / "But a complaint log ... shows that the first
# such report was received in February"; within one outlet); when sold ("between January 2023 and June
# 2025" / "since September 2022", the board); the remedy ("a full refund" / "a free replacement lid but
# will not refund", the company in two outlets).
LABELS["b48-2"] = _labels("A maker recalls electric pressure cookers; the injury count and the cause are disputed (invented)", _arts("b48-2"), [
 ("Halloway Home is recalling Kestrel pressure cookers because the lid can open under pressure.", [
   ("a", "Halloway Home is recalling about 480,000 Kestrel electric pressure cookers because the lid can open while the pot is still under pressure"),
   ("c", "Halloway Home has recalled its Kestrel electric pressure cookers because the lid can come open while the cooker is under pressure.")]),
 ("The recall covers the KP-600 and KP-610 models.", [
   ("a", "The recall covers the six-litre KP-600 and eight-litre KP-610 models"),
   ("c", "The KP-600 and KP-610 models, sold at Brannock's stores and online.")]),
 ("The cookers were sold at Brannock's stores and online.", [
   ("a", "The recall covers the six-litre KP-600 and eight-litre KP-610 models sold between January 2023 and June 2025 at Brannock's stores and online."),
   ("c", "The KP-600 and KP-610 models, sold at Brannock's stores and online.")]),
 ("Owners should stop using the cookers at once.", [
   ("a", "Customers should stop using the cookers immediately"),
   ("b", "Owners should stop using the cookers at once, the board said."),
   ("c", "Stop using it now.")]),
 ("Halloway says it has 12 reports of burns.", [
   ("a", "Halloway said it had received 12 reports of burns, none of them life-threatening."),
   ("c", "Halloway puts the number of burn reports at 12.")]),
 ("Halloway says the injuries happened when users forced the lid open.", [
   ("b", "Halloway said every injury it knew of had happened when a user forced the lid open before the pressure had been released"),
   ("c", "The company says the injuries happened when people forced the lids open.")]),
 ("Halloway says it received the first report of a lid opening in August.", [
   ("a", "It said it received the first report of a lid opening in August."),
   ("c", "Halloway says the first report of a lid opening reached it in August.")]),
 ("The Product Safety Board is investigating how the fault was handled.", [
   ("a", "The recall was announced together with the national Product Safety Board, which said it was investigating how the fault had been handled."),
   ("b", "The board said it was investigating how the fault had been handled and would publish its findings.")]),
 ("Halloway's shares fell 4 percent.", [
   ("a", "Halloway's shares fell 4 percent in morning trading."),
   ("c", "Halloway's shares fell 4 percent on Wednesday.")]),
 ("Chief executive Petra Lindqvist apologised to customers.", [
   ("b", "Halloway chief executive Petra Lindqvist apologised to customers in a video posted on the company's website."),
   ("c", "Chief executive Petra Lindqvist has apologised to customers.")]),
], [
 ("number", "How many cookers are recalled (about 480,000, the company; about 510,000, the safety board).", False, [
   ("a", "Halloway Home", "Halloway Home is recalling about 480,000 Kestrel electric pressure cookers because the lid can open while the pot is still under pressure, spraying hot food and steam, the company said on Wednesday."),
   ("c", "the Product Safety Board", "The Product Safety Board says about 510,000 were sold.")]),
 ("number", "How many burns were reported (12, the company; 31, the safety board).", False, [
   ("a", "Halloway", "Halloway said it had received 12 reports of burns, none of them life-threatening."),
   ("b", "the national Product Safety Board", "The national Product Safety Board has received 31 reports of people burned by Kestrel pressure cookers, including four who needed hospital treatment, the board said on Thursday, more than twice the number Halloway Home gave when it announced its recall.")]),
 ("version", "How the injuries happened (users forced the lid open, the company; the lids opened untouched, a lawyer for the injured).", True, [
   ("b", "Halloway", "Halloway said every injury it knew of had happened when a user forced the lid open before the pressure had been released, and that the cookers were safe when used as the manual describes."),
   ("b", "Marisol Denby", "Marisol Denby, a lawyer who represents 11 people who were burned, disputed the company's account, saying her clients' cookers had opened without anyone touching the lid while the pressure was still building.")]),
 ("version", "When the company got the first report of a lid opening (August, the company; February, its complaint log).", True, [
   ("c", "Halloway", "Halloway says the first report of a lid opening reached it in August."),
   ("c", "a complaint log the company filed with the Product Safety Board", "But a complaint log the company filed with the Product Safety Board shows that the first such report was received in February.")]),
 ("version", "Since when the cookers were sold (January 2023, the first outlet; September 2022, the board).", False, [
   ("a", A, "The recall covers the six-litre KP-600 and eight-litre KP-610 models sold between January 2023 and June 2025 at Brannock's stores and online."),
   ("b", "the board", "It said the cookers had been sold since September 2022.")]),
 ("version", "What owners get (a full refund, the company; a replacement lid and no refund, the company in another outlet).", False, [
   ("a", "the company", "Customers should stop using the cookers immediately and will receive a full refund, the company said."),
   ("c", "Halloway", "Halloway says it will send owners a free replacement lid but will not refund the price of the cooker.")]),
])

# 3: a mayor's crime figures. Shapes: violent crime "fell 18 percent" (the mayor) / "The police
# department's annual report ... shows violent crime down 7 percent" (within one outlet, the next
# paragraph); homicides (31, the mayor / 38, the county medical examiner); new officers ("hired 120 new
# officers", the mayor / "payroll records, obtained by the Herald, show that 85 officers joined";
# within one outlet); reclassified assaults (the union president / six paragraphs later "Police Chief
# ... denied that any crime had been reclassified"; within one outlet); the speech's day (Thursday /
# Wednesday); the police chief "stood by the mayor's figure" / "The 7 percent figure is the department's
# number" (one speaker in two outlets).
LABELS["b48-3"] = _labels("A mayor claims an 18 percent fall in violent crime; the police figures and the union dispute it (invented)", _arts("b48-3"), [
 ("Mayor Desmond Varga said violent crime in Port Ellery fell 18 percent last year.", [
   ("a", "Port Ellery Mayor Desmond Varga said on Thursday that violent crime in the city fell 18 percent last year"),
   ("b", "a change he says helped Mayor Desmond Varga claim an 18 percent fall in violent crime."),
   ("c", "Mayor Desmond Varga said violent crime in Port Ellery fell 18 percent last year.")]),
 ("Varga credited more officers and the Safe Blocks foot patrols.", [
   ("a", "Varga credited the hiring of 120 new officers and a patrol programme called Safe Blocks, which puts officers on foot in 14 neighbourhoods."),
   ("c", "He credited more officers and the Safe Blocks foot patrols.")]),
 ("Car thefts rose 22 percent last year, by the department's report.", [
   ("a", "Car thefts rose 22 percent last year, according to the department's report."),
   ("c", "Car thefts rose 22 percent, the department's report shows.")]),
 ("Council member Rosa Quintal, Varga's challenger in November, calls the figures misleading.", [
   ("b", "Council member Rosa Quintal, who is running against Varga in November, called the figures misleading."),
   ("c", "Varga, who is seeking a third term in November, faces council member Rosa Quintal, who has called the figure misleading.")]),
 ("Varga is seeking a third term.", [
   ("a", "in a State of the City address that opened his campaign for a third term."),
   ("c", "Varga, who is seeking a third term in November")]),
 ("The council holds a hearing on the figures on March 19.", [
   ("a", "The city council will hold a hearing on the crime figures on March 19."),
   ("b", "The council will take up the figures at a hearing on March 19.")]),
 ("Criminologist Hanne Solberg says one year is too short to show a trend.", [
   ("b", "Hanne Solberg, a criminologist at Wexmoor University, said one year of figures was too short to show a trend."),
   ("c", "Context: Hanne Solberg, a criminologist at Wexmoor University, says a single year's change is too short to judge a trend.")]),
], [
 ("number", "How much violent crime fell (18 percent, the mayor; 7 percent, the police department's annual report).", True, [
   ("a", "Desmond Varga", "Port Ellery Mayor Desmond Varga said on Thursday that violent crime in the city fell 18 percent last year, in a State of the City address that opened his campaign for a third term."),
   ("a", "the police department's annual report", "The police department's annual report, published in February, shows violent crime down 7 percent.")]),
 ("number", "How many homicides there were in 2025 (31, the mayor; 38, the county medical examiner).", False, [
   ("b", "Varga", "In his State of the City speech, Varga said there had been 31 homicides in the city in 2025, the fewest in a decade."),
   ("c", "the Carrow County medical examiner's office", "Homicides fell too, but not as far as the mayor suggested: the Carrow County medical examiner's office counted 38 homicides in the city in 2025.")]),
 ("number", "How many officers were hired last year (120, the mayor; 85, the department's payroll records).", True, [
   ("b", "Varga", "He also said the city had hired 120 new officers."),
   ("b", "the department's payroll records", "The department's payroll records, obtained by the Herald, show that 85 officers joined the force last year.")]),
 ("version", "Whether assaults were reclassified (officers told to record some aggravated assaults as simple, the union president; none reclassified, the police chief).", True, [
   ("b", "Cal Brody", "The head of Port Ellery's police union says officers were told last year to record some aggravated assaults as simple assaults, a change he says helped Mayor Desmond Varga claim an 18 percent fall in violent crime."),
   ("b", "Ilona Marsh", "Police Chief Ilona Marsh denied that any crime had been reclassified.")]),
 ("version", "On which day the mayor gave the State of the City address (Thursday or Wednesday).", False, [
   ("a", A, "Port Ellery Mayor Desmond Varga said on Thursday that violent crime in the city fell 18 percent last year, in a State of the City address that opened his campaign for a third term."),
   ("c", A, "The claim: In his State of the City address on Wednesday, Mayor Desmond Varga said violent crime in Port Ellery fell 18 percent last year.")]),
 ("version", "Whether the police back the mayor's figure (the chief stood by it; the same chief: 7 percent is the department's number).", False, [
   ("a", "Ilona Marsh", "Police Chief Ilona Marsh, who attended the speech, said the department stood by the mayor's figure."),
   ("c", "Ilona Marsh", "\"The 7 percent figure is the department's number,\" she said.")]),
])


def main(argv: list[str] | None = None) -> int:
    return genre37.main(argv, LABELS, OUT, __doc__)


if __name__ == "__main__":
    sys.exit(main())
