#!/usr/bin/env python3
"""Build (or check) evals/digest_gold_blind43/: five INVENTED stories of kinds no other set has, each
told by three invented outlets (a, b, c), labelled in session 34 (digest43) before the digest ran on
them (evals/digest_gold_blind43/README.md): a train derailment, a central bank's rate decision,
a cyclist's doping case, a hospital outbreak, an appeals court ruling.

Unlike the other sets the texts are the project's own (every name, place, company and number made
up), so they live in the gold folder (texts/<cluster_id>/<label>.txt) and clusters.json names them
by path with their sha256 ("source": "files"). Labels follow evals/digest_gold/README.md: every
proposition two or three articles state that a reader would take from them, and every conflict.
An agreement is (proposition, [(article, quote), ...]); a conflict is (type, about, within_article,
[(article, source, quote), ...]).

    python evals/tools/make_digest_gold_blind43.py           # rebuild + check
    python evals/tools/make_digest_gold_blind43.py --check   # check the files on disk
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("make_digest_gold_genre37", _HERE / "make_digest_gold_genre37.py")
genre37 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(genre37)  # a gold set of text files: genre37's writer and checks (over cnn27's labels' form)
cnn27 = genre37.cnn27

OUT = cnn27.mdg.ROOT / "evals" / "digest_gold_blind43"
A = "article"  # the outlet's own voice as a conflict side
_labels = cnn27._labels


def _arts(cid: str) -> dict[str, str]:
    return {o: f"texts/{cid}/{o}.txt" for o in "abc"}


LABELS: dict[str, dict] = {}

# 1: a train derailment. Shapes: the toll by the fire service and by a hospital administrator; the
# speed by the operator and by "people briefed"; track engineers' cracked rail against the operator's
# denial; the crash on two days; "will stay closed until Monday" / "could reopen by Monday" (agreement).
LABELS["b43-1"] = _labels("A commuter train derails on a curve (invented)", _arts("b43-1"), [
 ("Seven people were killed.", [
   ("a", "Seven people were killed when a commuter train operated by Halvern Rail left the tracks near the village of Pocket Ashby early on Thursday, the regional fire service said."),
   ("c", "The crash killed seven people and injured 43, officials said.")]),
 ("The train carried about 120 people.", [
   ("a", "The four-car train, carrying about 120 passengers from Dunmere to Castlow, came off the line on a curve just after 6:40 a.m."),
   ("b", "The Halvern Rail service from Dunmere had about 120 people on board when it derailed near Pocket Ashby shortly before 7 a.m., passengers said.")]),
 ("More than 40 (43) people were injured.", [
   ("a", "More than 40 people were taken to hospitals in Castlow and Wendle, eight of them with serious injuries."),
   ("b", "At least 43 passengers were injured."),
   ("c", "The crash killed seven people and injured 43, officials said.")]),
 ("The rail accident board opened an investigation and sent inspectors.", [
   ("a", "The national rail accident board sent a team of inspectors to the site and opened an investigation."),
   ("b", "The rail accident board said it had opened an investigation and that its inspectors had reached the scene by midday.")]),
 ("A first report is due within a month.", [
   ("a", "Its chief, Orla Wyckham, said a first report would be published within 30 days."),
   ("c", "A first report from the board is expected within a month.")]),
 ("The line reopens on Monday.", [
   ("a", "The line between Dunmere and Castlow will stay closed until Monday, the operator said, and replacement buses will run in the meantime."),
   ("b", "The line could reopen by Monday, Granger said."),
   ("c", "Services on the line will resume on Monday, the operator said.")]),
], [
 ("number", "How many people died (seven, the fire service; nine, a hospital administrator).", False, [
   ("a", "the regional fire service", "Seven people were killed when a commuter train operated by Halvern Rail left the tracks near the village of Pocket Ashby early on Thursday, the regional fire service said."),
   ("b", "a hospital administrator in Castlow", "A derailment in the hills west of Castlow on Thursday morning killed nine people, according to a hospital administrator in Castlow")]),
 ("number", "The train's speed (50 mph, the operator; about 75 mph, people briefed on the recorder).", False, [
   ("b", "Piet Granger", "He said the train had been running at 50 miles per hour, below the curve's limit."),
   ("c", "two people briefed on the train's data recorder", "The commuter train that derailed outside Pocket Ashby was travelling at about 75 miles per hour as it entered a curve, two people briefed on the train's data recorder said on Friday.")]),
 ("version", "Whether a cracked rail caused the crash (track engineers; the operator denies it).", False, [
   ("a", "track engineers at the scene", "Track engineers at the scene said a section of rail appeared to have cracked in the overnight frost."),
   ("b", "Piet Granger", "Halvern Rail's chief executive, Piet Granger, denied that a broken rail had caused the crash.")]),
 ("version", "When the train derailed (Thursday morning or Wednesday evening).", False, [
   ("a", A, "left the tracks near the village of Pocket Ashby early on Thursday"),
   ("c", A, "It happened on Wednesday evening, as the last service of the day returned to Castlow.")]),
])

# 2: a central bank's decision. Shapes: the rate two ways (both flat); the committee's vote by the
# bank and by "people familiar"; "further increases were likely" / "no decision had been made on
# further increases" (a plan against none); the decision on two weekdays; "will end" / "may end".
LABELS["b43-2"] = _labels("A central bank raises its main rate (invented)", _arts("b43-2"), [
 ("The bank raised its main rate to 4.75 percent.", [
   ("a", "The Bank of Verania raised its main interest rate by a quarter of a percentage point to 4.75 percent on Thursday"),
   ("b", "Verania's central bank lifted borrowing costs again on Thursday, taking its benchmark rate to 4.75 percent, the highest level since 2008.")]),
 ("It is the bank's fourth increase this year.", [
   ("a", "its fourth increase this year"),
   ("c", "The Bank of Verania raised interest rates on Wednesday for the fourth time this year")]),
 ("Inflation was 5.1 percent in October.", [
   ("a", "Inflation stood at 5.1 percent in October, well above the bank's 2 percent target."),
   ("b", "The bank said consumer prices were 5.1 percent higher in October than a year earlier, more than twice its target."),
   ("c", "Annual inflation was 5.1 percent in October, official figures show.")]),
 ("The currency rose 0.8 percent against the dollar.", [
   ("a", "The Verani crown rose 0.8 percent against the dollar after the announcement."),
   ("b", "The currency gained 0.8 percent against the dollar.")]),
 ("The bank will (may) end its bond purchases in March.", [
   ("a", "The bank will end its purchases of government bonds in March, Marrow said."),
   ("c", "The bank may end its bond-buying programme in March, Governor Ilse Marrow said")]),
 ("House prices fell 3 percent in the third quarter.", [
   ("a", "prices fell 3 percent in the third quarter"),
   ("b", "Housing prices dropped 3 percent in the third quarter, the national statistics office said last week.")]),
], [
 ("number", "The new rate (4.75 or 4.5 percent).", False, [
   ("a", A, "The Bank of Verania raised its main interest rate by a quarter of a percentage point to 4.75 percent on Thursday"),
   ("c", A, "lifting its main rate to 4.5 percent as it tries to bring down inflation.")]),
 ("number", "The committee's vote (7-2, the bank; 6-3, people familiar with the meeting).", False, [
   ("a", "the bank", "The bank's rate committee voted 7-2 for the rise, with two members preferring to hold rates steady, the bank said in a statement."),
   ("b", "two people familiar with the meeting", "Six of the nine members of the rate committee backed the move and three voted to keep rates unchanged, according to two people familiar with the meeting.")]),
 ("version", "Whether more increases are coming (likely, Marrow in one outlet; no decision made, Marrow in another).", False, [
   ("a", "Ilse Marrow", "Governor Ilse Marrow told reporters that further increases were likely in the first months of next year."),
   ("b", "Ilse Marrow", "Asked about the next meeting, she said that no decision had been made on further increases.")]),
 ("version", "The day of the decision (Thursday or Wednesday).", False, [
   ("a", A, "The Bank of Verania raised its main interest rate by a quarter of a percentage point to 4.75 percent on Thursday"),
   ("c", A, "The Bank of Verania raised interest rates on Wednesday for the fourth time this year")]),
])

# 3: a doping case. Shapes: the ban's length two ways; the sample's date two ways; "has suspended" /
# "has not suspended" (a negated perfect against the affirmative); the rider's denial against the
# agency's "has admitted"; the same positive test in three wordings.
LABELS["b43-3"] = _labels("A cyclist fails a doping test (invented)", _arts("b43-3"), [
 ("Vasky tested positive for meldorin.", [
   ("a", "The cyclist Teodor Vasky tested positive for the banned blood booster meldorin at the Harnsby Tour in June, the National Anti-Doping Agency said on Tuesday."),
   ("b", "Teodor Vasky, the runner-up at this year's Harnsby Tour, has failed a drug test for meldorin"),
   ("c", "Traces of meldorin were found in a urine sample given by the 27-year-old after the race's mountain stage on June 14, the agency said.")]),
 ("A second sample will be tested next week.", [
   ("a", "A second sample will be tested next week in the agency's laboratory in Selby Cross."),
   ("b", "A second sample is due to be analysed next week."),
   ("c", "His B sample will be tested next week.")]),
 ("Vasky faces a ban of up to four years.", [
   ("a", "faces a ban of up to four years if the finding is upheld"),
   ("c", "Vasky faces a suspension of up to four years.")]),
 ("Vasky finished second in the race.", [
   ("a", "Vasky, 27, who finished second in the race"),
   ("b", "Teodor Vasky, the runner-up at this year's Harnsby Tour"),
   ("c", "Vasky finished second overall in the Harnsby Tour, 48 seconds behind the winner, Luca Ferrand.")]),
 ("The sample was taken on June 14, the day of the mountain stage.", [
   ("a", "The agency said the sample was taken on June 14, the day Vasky won the race's mountain stage."),
   ("c", "Traces of meldorin were found in a urine sample given by the 27-year-old after the race's mountain stage on June 14, the agency said.")]),
 ("The team has suspended Vasky.", [
   ("a", "His team, Orla-Brenn, has suspended him from racing until the case is resolved, its manager, Jens Kolder, said."),
   ("c", "The team said it had suspended Vasky and would not comment further.")]),
], [
 ("number", "The ban Vasky faces (up to four years or two years).", False, [
   ("a", A, "faces a ban of up to four years if the finding is upheld"),
   ("b", A, "Vasky could be banned for two years.")]),
 ("version", "When the sample was taken (June 14, the mountain stage; June 12, the time trial).", False, [
   ("a", "the agency", "The agency said the sample was taken on June 14, the day Vasky won the race's mountain stage."),
   ("b", "the officials", "The sample was collected on June 12, after the race's opening time trial, the officials said.")]),
 ("version", "Whether the team suspended Vasky (the manager says it has; a spokeswoman says it has not).", False, [
   ("a", "Jens Kolder", "His team, Orla-Brenn, has suspended him from racing until the case is resolved, its manager, Jens Kolder, said."),
   ("b", "Annika Rhee", "Orla-Brenn has not suspended Vasky, a team spokeswoman, Annika Rhee, said")]),
 ("version", "Whether Vasky took meldorin (he denies it knowingly; the agency says he admitted it).", False, [
   ("a", "Teodor Vasky", "In a statement posted by his lawyer, Vasky denied knowingly taking any banned substance and said a contaminated supplement could be to blame."),
   ("c", "the agency", "According to the agency, Vasky has admitted taking meldorin but told investigators he did so on a doctor's advice after an injury.")]),
])

# 4: a hospital outbreak. Shapes: the cases by the hospital and by the health department; two deaths
# against "no deaths linked"; where it began (the hospital's director; a nurse); the day the hospital
# told the department, by each side; the closed unit in three wordings.
LABELS["b43-4"] = _labels("A drug-resistant outbreak at a hospital (invented)", _arts("b43-4"), [
 ("The neonatal unit stopped admitting patients.", [
   ("a", "The unit has stopped admitting new patients, and babies born at the hospital are being sent to Kelloway General."),
   ("b", "The hospital's neonatal unit is no longer taking admissions, and expectant mothers are being directed to Kelloway General Hospital."),
   ("c", "St. Aldric's Hospital in Marrowby has closed its neonatal unit to new admissions after an outbreak of a resistant bacterium infected at least 14 patients, hospital officials said.")]),
 ("Fourteen patients were infected, the hospital says.", [
   ("a", "Fourteen patients at St. Aldric's Hospital in Marrowby have been infected with a drug-resistant strain of the bacterium Serratia, the hospital said on Monday, and two of them have died."),
   ("c", "St. Aldric's Hospital in Marrowby has closed its neonatal unit to new admissions after an outbreak of a resistant bacterium infected at least 14 patients, hospital officials said.")]),
 ("Two infected patients died; it is not clear whether of the infection.", [
   ("a", "Anselm said it was not yet clear whether the infection had caused the two deaths."),
   ("c", "Two infected patients have died, though doctors have not said whether the bacterium was responsible.")]),
 ("The first case was found on Oct. 3.", [
   ("a", "The outbreak began in the neonatal unit, where the first case was found on Oct. 3, according to the hospital's medical director, Dr. Ruth Anselm."),
   ("c", "Hospital officials said the first case was identified on Oct. 3.")]),
 ("A sink drain is thought to be the source.", [
   ("a", "\"We are confident we have found the source,\" Anselm said, pointing to a sink drain in a treatment room."),
   ("c", "The hospital believes a contaminated sink drain was the source, officials said.")]),
], [
 ("number", "How many patients were infected (14, the hospital; 19, the health department).", False, [
   ("a", "the hospital", "Fourteen patients at St. Aldric's Hospital in Marrowby have been infected with a drug-resistant strain of the bacterium Serratia, the hospital said on Monday"),
   ("b", "the county health department", "A drug-resistant infection has spread to 19 patients at St. Aldric's Hospital in Marrowby, the county health department said on Monday")]),
 ("number", "Deaths (two infected patients died; no deaths linked, the department).", False, [
   ("a", "the hospital", "the hospital said on Monday, and two of them have died."),
   ("b", "Samir Oyelaran", "There have been no deaths linked to the outbreak, Oyelaran said.")]),
 ("version", "Where the outbreak began (the neonatal unit, the medical director; the surgical ward, a nurse).", False, [
   ("a", "Ruth Anselm", "The outbreak began in the neonatal unit, where the first case was found on Oct. 3, according to the hospital's medical director, Dr. Ruth Anselm."),
   ("c", "a nurse who works at the hospital", "The outbreak started in the surgical ward in late September and spread to the newborn unit, a nurse who works at the hospital said.")]),
 ("version", "When the hospital told the health department (Oct. 9, the hospital; Oct. 16, the department).", False, [
   ("a", "Ruth Anselm", "The hospital informed the county health department on Oct. 9, Anselm said."),
   ("b", "Samir Oyelaran", "He said the hospital had not notified his department until Oct. 16, a week after the first cases were confirmed")]),
])

# 5: an appeal. Shapes: the award two ways; "ruled 2-1" / "unanimously"; "said it would appeal" /
# "has not decided whether to take the case" (a plan against no decision); the majority's words in two
# outlets; the households as "212" and "more than 200" (agreement).
LABELS["b43-5"] = _labels("An appeals court upholds a pollution verdict (invented)", _arts("b43-5"), [
 ("The appeals court upheld the $12 million verdict against Dunmore.", [
   ("a", "A state appeals court on Friday upheld a $12 million verdict against Dunmore Chemical over pollution that residents of the town of Greywick say poisoned their wells."),
   ("b", "an appeals panel unanimously rejected the company's bid to overturn a $12 million award.")]),
 ("Judge Pell wrote that Dunmore knew of the leaks for years and did nothing.", [
   ("a", "Judge Amara Pell wrote for the majority that Dunmore \"knew of the leaks for years and did nothing\"."),
   ("b", "Judge Amara Pell, writing for the court, said the evidence showed Dunmore \"knew of the leaks for years and did nothing\" to stop solvents reaching the town's wells."),
   ("c", "The court found that the company had known for years that chemicals were leaking from storage tanks at the plant and had failed to act.")]),
 ("Judge Ferris dissented over the expert evidence.", [
   ("a", "In a dissent, Judge Colm Ferris said the trial judge should not have allowed testimony from one of the residents' experts."),
   ("c", "The ruling was 2-1, with Judge Colm Ferris dissenting over how the trial had handled expert evidence.")]),
 ("Dunmore will appeal to the state Supreme Court.", [
   ("a", "Dunmore said it would appeal to the state Supreme Court."),
   ("c", "Dunmore will appeal the decision, its spokesman, Will Tarrant, said.")]),
 ("212 households brought the suit in 2019.", [
   ("a", "The suit was brought in 2019 by 212 households living within two miles of Dunmore's plant on the Sedge River."),
   ("b", "More than 200 households joined the lawsuit, which was filed in 2019."),
   ("c", "The lawsuit, brought by 212 households in 2019, said the pollution had caused cancers and other illnesses.")]),
 ("The plant closed in 2021.", [
   ("a", "The company closed the plant in 2021."),
   ("b", "Dunmore, which stopped production at the Greywick plant in 2021")]),
 ("The money will pay for water filters and medical checks.", [
   ("a", "Lawyers for the residents said the money would pay for water filters and medical monitoring."),
   ("c", "Lawyers for the residents said the award would fund water filters and health checks for families for the next ten years.")]),
], [
 ("number", "The award ($12 million or $15 million).", False, [
   ("a", A, "A state appeals court on Friday upheld a $12 million verdict against Dunmore Chemical"),
   ("c", A, "An appeals court in Halden on Friday let stand a jury's verdict ordering Dunmore Chemical to pay $15 million to residents of Greywick")]),
 ("version", "How the panel voted (2-1 or unanimously).", False, [
   ("a", A, "The three-judge panel ruled 2-1 that the trial jury had heard enough evidence to find the company liable."),
   ("b", A, "an appeals panel unanimously rejected the company's bid to overturn a $12 million award.")]),
 ("version", "Whether Dunmore will appeal (it will, the spokesman; not decided, a spokesman).", False, [
   ("a", "Dunmore Chemical", "Dunmore said it would appeal to the state Supreme Court."),
   ("b", "a spokesman", "The company has not decided whether to seek a hearing before the state Supreme Court, a spokesman said.")]),
])


def main(argv: list[str] | None = None) -> int:
    return genre37.main(argv, LABELS, OUT, __doc__)


if __name__ == "__main__":
    sys.exit(main())
