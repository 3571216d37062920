#!/usr/bin/env python3
"""Build (or check) evals/digest_gold_blind53/: three INVENTED stories of kinds no other set has, each
told by three invented outlets (a, b, c) of 227-269 words, labelled in session 44 (digest53) before the
digest ran on them (evals/digest_gold_blind53/README.md): a chemical plant's solvent leak into a river, a city's
plan to close branch libraries, a drug trial halted early by its safety board.

As blind50-52: the texts are the project's own (every name, place, company and number made up), they
live in the gold folder (texts/<cluster_id>/<label>.txt) and clusters.json names them by path with
their sha256 ("source": "files"). An agreement is (proposition, [(article, quote), ...]); a conflict
is (type, about, within_article, [(article, source, quote), ...]). A dispute that more than one
outlet reports is one conflict (digest_gold/README.md: "the same dispute is not split"), labelled
once, from the article that states it most directly.

    python evals/tools/make_digest_gold_blind53.py           # rebuild + check
    python evals/tools/make_digest_gold_blind53.py --check   # check the files on disk
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

OUT = cnn27.mdg.ROOT / "evals" / "digest_gold_blind53"
A = "article"  # the outlet's own voice as a conflict side
_labels = cnn27._labels


def _arts(cid: str) -> dict[str, str]:
    return {o: f"texts/{cid}/{o}.txt" for o in "abc"}


LABELS: dict[str, dict] = {}

# 1: a solvent leak from a chemical plant into a river. Shapes: the volume (about 4,000 liters, the company, in
# the lead / about 11,000 liters, the state environment agency, the next paragraph; within one outlet); the
# cause (a valve failed, the plant manager / a tank was overfilled and the valve "was not the main source",
# the agency in the article's last paragraph; within one outlet); the day it was found (Tuesday morning, the
# company / Wednesday morning, the explainer's own voice); dead fish (about 2,000, the angling club / "About
# 600, according to the agency's count.", under a question heading); warnings about the drains (twice in
# 2023, inspection reports seen by the paper / "She said the plant had never been told ...", a pronoun
# speaker; within one outlet); tap water (smelled of solvent, a residents' group / "Mossford Water denies
# this.", right after; within one outlet); the river's recovery (at least three months, the agency / within
# six weeks, "Regional environment director Callum Osterby", an office before a name). Near misses: 14
# kilometers downstream, opened in 1987, about 340 people, up to 60,000 liters stored, about 300 liters in
# 2016, a fine of $85,000, shares down 3 percent, the club's 600 members, a meeting on Feb. 26, a decision
# within a month.
LABELS["b53-1"] = _labels("Solvent leaks from a chemical plant into a river; the volume, the cause, the dead fish and the river's recovery are disputed (invented)", _arts("b53-1"), [
 ("Tarrowby Chemicals says about 4,000 liters of xylene leaked.", [
   ("a", "MOSSFORD, Feb. 18 - Tarrowby Chemicals said on Wednesday that about 4,000 liters of the industrial solvent xylene leaked from its plant at Crellin Bridge into the River Awlen, killing fish along several kilometers of the river."),
   ("b", "Tarrowby says about 4,000 liters of xylene escaped."),
   ("c", "About 4,000 liters of xylene, the company says.")]),
 ("Solvent leaked from Tarrowby's plant at Crellin Bridge into the River Awlen.", [
   ("a", "MOSSFORD, Feb. 18 - Tarrowby Chemicals said on Wednesday that about 4,000 liters of the industrial solvent xylene leaked from its plant at Crellin Bridge into the River Awlen, killing fish along several kilometers of the river."),
   ("b", "The Tarrowby Chemicals plant that leaked solvent into the River Awlen this week had been warned twice in 2023 that its drains could carry spills into the river, according to inspection reports obtained by the Mossford Gazette."),
   ("c", "Solvent leaked from the Tarrowby Chemicals plant at Crellin Bridge into the River Awlen.")]),
 ("The company says a valve on a transfer line failed.", [
   ("a", "The company's plant manager, Odile Brannagh, said a valve on a transfer line had failed during a night shift and that the leak was stopped within three hours."),
   ("c", "The company says a valve on a transfer line failed.")]),
 ("The plant manager apologised for the harm to the river.", [
   ("a", "\"We are deeply sorry for the harm this has done to the river,\" she said."),
   ("c", "The company's plant manager, Odile Brannagh, says: \"We are deeply sorry for the harm this has done to the river.\"")]),
 ("Mossford Water says the town's tap water is safe to drink.", [
   ("a", "Mossford Water, which takes drinking water from the Awlen about 14 kilometers downstream, said it had closed its river intake as a precaution and that tap water in the town was safe to drink."),
   ("b", "Mossford Water said the town's tap water was safe to drink and that its river intake would stay closed until tests were clear."),
   ("c", "Mossford Water says it is.")]),
 ("Mossford Water closed its river intake.", [
   ("a", "Mossford Water, which takes drinking water from the Awlen about 14 kilometers downstream, said it had closed its river intake as a precaution and that tap water in the town was safe to drink."),
   ("b", "Mossford Water said the town's tap water was safe to drink and that its river intake would stay closed until tests were clear.")]),
 ("The agency says it will take at least three months for the river to recover.", [
   ("a", "The agency said it would take at least three months for the river to recover and that anglers should not eat fish caught below the plant."),
   ("b", "The agency said it would take at least three months for the river to recover.")]),
 ("The agency says anglers should not eat fish caught below the plant.", [
   ("a", "The agency said it would take at least three months for the river to recover and that anglers should not eat fish caught below the plant."),
   ("c", "Anglers should not eat fish caught below the plant, the agency says.")]),
 ("About 300 liters leaked from the plant in 2016 and the company was fined $85,000.", [
   ("a", "A smaller leak of about 300 liters in 2016 led to a fine of $85,000."),
   ("c", "About 300 liters leaked from the plant in 2016, and the company was fined $85,000.")]),
 ("The plant employs about 340 people.", [
   ("a", "The plant, which opened in 1987 and employs about 340 people, stores up to 60,000 liters of solvent on site."),
   ("b", "The plant employs about 340 people."),
   ("c", "The plant employs about 340 people.")]),
 ("The county council will hold a public meeting at Mossford town hall on Feb. 26.", [
   ("b", "The county council said it would hold a public meeting at Mossford town hall on Feb. 26."),
   ("c", "The county council will hold a public meeting at Mossford town hall on Feb. 26.")]),
], [
 ("number", "How much solvent leaked (about 4,000 liters, the company; about 11,000 liters, the environment agency).", True, [
   ("a", "Tarrowby Chemicals", "MOSSFORD, Feb. 18 - Tarrowby Chemicals said on Wednesday that about 4,000 liters of the industrial solvent xylene leaked from its plant at Crellin Bridge into the River Awlen, killing fish along several kilometers of the river."),
   ("a", "the state Environment Protection Agency", "The state Environment Protection Agency said its own measurements pointed to a spill of about 11,000 liters, nearly three times the company's figure.")]),
 ("version", "What caused the leak (a failed valve, the plant manager; an overfilled tank, the agency's inspectors).", True, [
   ("a", "Odile Brannagh", "The company's plant manager, Odile Brannagh, said a valve on a transfer line had failed during a night shift and that the leak was stopped within three hours."),
   ("a", "the agency", "In a statement late on Wednesday, the agency said its inspectors had found that a storage tank at the plant had been overfilled and that the valve \"was not the main source of the leak.\"")]),
 ("version", "When the leak was found (Tuesday morning, the company; Wednesday morning, the broadcaster).", False, [
   ("a", "the company", "The leak was found early on Tuesday morning by a worker checking drains at the site, the company said."),
   ("c", A, "The leak was found on Wednesday morning.")]),
 ("number", "How many fish died (about 2,000, the angling club; about 600, the agency).", False, [
   ("b", "the Awlen Angling Club", "The Awlen Angling Club said about 2,000 dead fish had been pulled from the river between Crellin Bridge and the Mossford weir."),
   ("c", "the agency", "About 600, according to the agency's count.")]),
 ("version", "Whether the plant was warned about its drains (twice in 2023, inspection reports; never, the company's spokeswoman).", True, [
   ("b", "inspection reports obtained by the Mossford Gazette", "The Tarrowby Chemicals plant that leaked solvent into the River Awlen this week had been warned twice in 2023 that its drains could carry spills into the river, according to inspection reports obtained by the Mossford Gazette."),
   ("b", "Lorna Videck", "She said the plant had never been told its drains were a danger to the river and that the storm drain had been inspected in the autumn.")]),
 ("version", "Whether tap water smelled of solvent (the residents' group; Mossford Water denies it).", True, [
   ("c", "the Mossford Residents' Action Group", "The Mossford Residents' Action Group says tap water in the east of the town smelled of solvent on Wednesday evening."),
   ("c", "Mossford Water", "Mossford Water denies this.")]),
 ("number", "How long the river will take to recover (at least three months, the agency; within six weeks, its regional director).", False, [
   ("a", "the agency", "The agency said it would take at least three months for the river to recover and that anglers should not eat fish caught below the plant."),
   ("c", "Callum Osterby", "Regional environment director Callum Osterby says the river should recover within six weeks.")]),
])

# 2: a city's plan to close branch libraries. Shapes: the branches (seven, the council, in the lead / nine,
# the union, the next paragraph; within one outlet); jobs (42 will go, the union / none, "Council leader
# Ambrose Tillery", an office before a name, in the article's last paragraph; within one outlet); the vote
# (Oct. 14, the council / Oct. 21, the explainer's own voice); the saving ($3.4 million a year, the finance
# chief / $1.9 million, an independent review); the petition (more than 12,000, the campaign / about 8,500,
# the city clerk's office); the buildings (agreed to sell two, a memo seen by the paper / "She said no
# library building had been sold or promised ...", a pronoun speaker; within one outlet); visits (down 30
# percent since 2019, the council / "The union disputes this. It says visits rose ...", right after; within
# one outlet). Near misses: 19 branches, a $28 million budget, a 4 percent cut, 1.2 million books, opened
# in 1964, two branches opened in the 1990s, a memo dated Aug. 4, $310,000 and $95,000 running costs,
# about 230 staff.
LABELS["b53-2"] = _labels("A city council plans to close branch libraries; the number closed, the jobs, the saving and a sale of buildings are disputed (invented)", _arts("b53-2"), [
 ("The council plans to close seven of its 19 branch libraries.", [
   ("a", "BRENNICK, Sept. 9 - Brennick City Council plans to close seven of its 19 branch libraries next year to save money, the council said on Tuesday, in the largest cut to the city's library service since it was founded."),
   ("b", "The council plans to close seven of its 19 branches, it said."),
   ("c", "Brennick City Council wants to close seven of its 19 branch libraries next year.")]),
 ("The finance chief, Desmond Orlake, says the closures would save $3.4 million a year.", [
   ("a", "The council's finance chief, Desmond Orlake, said the closures would save $3.4 million a year."),
   ("c", "$3.4 million a year, says the council's finance chief, Desmond Orlake.")]),
 ("The union says 42 jobs will go.", [
   ("a", "The union said 42 jobs would go."),
   ("b", "The union says 42 jobs will go."),
   ("c", "The union says 42 jobs will go.")]),
 ("The council says a mobile library would visit each area that lost a branch at least once a week.", [
   ("a", "The council said a mobile library would visit each area that lost a branch at least once a week."),
   ("c", "A mobile library would visit each area that lost a branch at least once a week, the council says.")]),
 ("Save Brennick Libraries says its petition has more than 12,000 signatures.", [
   ("a", "A campaign group, Save Brennick Libraries, said its petition against the closures had been signed by more than 12,000 people."),
   ("c", "Its petition has more than 12,000 signatures, the group says.")]),
 ("The central library opened in 1964 and holds about 1.2 million books.", [
   ("a", "Brennick's central library, which opened in 1964 and holds about 1.2 million books, is not affected."),
   ("c", "About 1.2 million books.")]),
 ("The central library is not affected.", [
   ("a", "Brennick's central library, which opened in 1964 and holds about 1.2 million books, is not affected."),
   ("c", "The central library will stay open.")]),
 ("The council says visits to branch libraries have fallen 30 percent since 2019.", [
   ("a", "The council said visits to branch libraries had fallen 30 percent since 2019."),
   ("c", "The council says visits to branch libraries have fallen 30 percent since 2019.")]),
 ("The council must cut 4 percent of its spending by April.", [
   ("a", "The library service's budget is $28 million, and the council must cut 4 percent of its spending by April."),
   ("c", "The council must cut 4 percent of its spending by April.")]),
 ("The full council will vote on the plan on Oct. 14.", [
   ("a", "The full council will vote on the plan on Oct. 14, the council said."),
   ("b", "The full council will vote on the plan on Oct. 14.")]),
], [
 ("number", "How many branches would close (seven, the council; nine, the library workers' union).", True, [
   ("a", "Brennick City Council", "BRENNICK, Sept. 9 - Brennick City Council plans to close seven of its 19 branch libraries next year to save money, the council said on Tuesday, in the largest cut to the city's library service since it was founded."),
   ("a", "the Brennick library workers' union", "The Brennick library workers' union said the plan would close nine branches, because two more would lose all their staff and open only with volunteers.")]),
 ("version", "Whether jobs will go (42, the union; none, the council leader).", True, [
   ("a", "the union", "The union said 42 jobs would go."),
   ("a", "Ambrose Tillery", "Council leader Ambrose Tillery said on Tuesday evening that no library worker would lose their job and that staff at the closed branches would move to the central library.")]),
 ("version", "When the full council votes (Oct. 14, the council; Oct. 21, the broadcaster).", False, [
   ("a", "the council", "The full council will vote on the plan on Oct. 14, the council said."),
   ("c", A, "The full council votes on Oct. 21.")]),
 ("number", "What the closures would save ($3.4 million a year, the finance chief; $1.9 million, an independent review).", False, [
   ("a", "Desmond Orlake", "The council's finance chief, Desmond Orlake, said the closures would save $3.4 million a year."),
   ("b", "an independent review commissioned by the Friends of Brennick Libraries", "An independent review commissioned by the Friends of Brennick Libraries put the yearly saving from the closures at $1.9 million, once the cost of the mobile library and of keeping empty buildings safe was counted.")]),
 ("number", "How many signed the petition (more than 12,000, the campaign; about 8,500, the city clerk's office).", False, [
   ("a", "Save Brennick Libraries", "A campaign group, Save Brennick Libraries, said its petition against the closures had been signed by more than 12,000 people."),
   ("b", "the city clerk's office", "The city clerk's office said on Wednesday that the Save Brennick Libraries petition had about 8,500 signatures.")]),
 ("version", "Whether the council had agreed to sell two library buildings (an internal memo; no, the deputy leader).", True, [
   ("b", "an internal memo seen by the Brennick Herald", "Brennick City Council had already agreed to sell two branch library buildings to a housing developer before it announced plans to close seven libraries, according to an internal memo seen by the Brennick Herald."),
   ("b", "Fenella Darrow", "She said no library building had been sold or promised to anyone and that the memo described options, not decisions.")]),
 ("version", "Whether visits to branch libraries have fallen (down 30 percent since 2019, the council; up in each of the last two years, the union).", True, [
   ("c", "the council", "The council says visits to branch libraries have fallen 30 percent since 2019."),
   ("c", "the union", "It says visits rose in each of the last two years once the council's own online loans are counted.")]),
])

# 3: a drug trial halted early by its safety board. Shapes: deaths on the drug (31, the company / 40, a
# patients' group, the next sentence; within one outlet); the day it was stopped (Oct. 30, the company / the
# board told investigators on Oct. 28, the lead investigator in the article's last paragraph; within one
# outlet); patients enrolled (2,400, the company / 1,850, a public register seen by the paper); heart rhythm
# deaths (a letter from the board seen by the paper / "no clear pattern", the chief medical officer in the
# article's last paragraph; within one outlet); shares (down 38 percent, the wire's own voice / "They closed
# down 44 percent on Monday.", under a question heading); the regulator told (the same day, the company /
# first learned from the press release, the regulator, right after; within one outlet); patients told to
# stop (the company / some not yet reached, "Trial investigator Dr. Rafe Connolly", an office before a name;
# within one outlet). Near misses: 18 on the placebo, 140 hospitals in 12 countries, founded in 2009, about
# $410 million, an earlier trial in 600 patients, two other drugs, a letter dated Oct. 29, concerns in June.
LABELS["b53-3"] = _labels("A safety board stops a heart drug's trial early after more deaths on the drug; the deaths, the dates, the enrolment and what the board found are disputed (invented)", _arts("b53-3"), [
 ("An independent safety board stopped Velmora's late-stage trial of Calvetrin early.", [
   ("a", "LORRENDALE, Nov. 3 - Velmora Therapeutics said on Monday that an independent safety board had stopped a late-stage trial of its heart failure drug Calvetrin early, after more patients died on the drug than on a placebo."),
   ("c", "An independent safety board stopped Velmora Therapeutics' late-stage trial of the heart failure drug Calvetrin early.")]),
 ("More patients died on the drug than on a placebo.", [
   ("a", "LORRENDALE, Nov. 3 - Velmora Therapeutics said on Monday that an independent safety board had stopped a late-stage trial of its heart failure drug Calvetrin early, after more patients died on the drug than on a placebo."),
   ("c", "More patients died on the drug than on a placebo.")]),
 ("The company says 31 patients on Calvetrin died, compared with 18 on the placebo.", [
   ("a", "Thirty-one patients taking Calvetrin died, compared with 18 on the placebo, the company said."),
   ("b", "Thirty-one patients on Calvetrin died, compared with 18 on the placebo, Velmora said."),
   ("c", "Thirty-one on Calvetrin and 18 on the placebo, the company says.")]),
 ("The company says the safety board stopped the trial on Oct. 30.", [
   ("a", "The company said the safety board stopped the trial on Oct. 30."),
   ("b", "The company said the board stopped the trial on Oct. 30."),
   ("c", "On Oct. 30, according to the company.")]),
 ("Patients in the trial have been told to stop taking the drug.", [
   ("a", "Patients in the trial have been told to stop taking Calvetrin, the company said."),
   ("b", "Patients in the trial have been told to stop taking the drug, the company said."),
   ("c", "Patients in the trial have been told to stop taking Calvetrin, the company says.")]),
 ("The company says it told the national drug regulator on the day the trial was stopped.", [
   ("a", "The company said it had informed the national drug regulator on the day the trial was stopped."),
   ("c", "The company says it told the national drug regulator on the day the trial was stopped.")]),
 ("Velmora has spent about $410 million developing the drug.", [
   ("a", "The company, founded in 2009, has spent about $410 million developing the drug."),
   ("c", "About $410 million.")]),
 ("An earlier, smaller trial in 600 patients showed fewer hospital stays on Calvetrin.", [
   ("a", "An earlier, smaller trial in 600 patients had shown fewer hospital stays on Calvetrin."),
   ("c", "A smaller trial in 600 patients had shown fewer hospital stays on Calvetrin.")]),
 ("Two other Velmora drugs are in early trials.", [
   ("a", "Two others are in early trials."),
   ("c", "Two others are in early trials.")]),
 ("The company will study the data with great care.", [
   ("a", "Velmora's chief medical officer, Dr. Ilse Moranty, said no death had been shown to be caused by the drug and that the company would study the data \"with great care.\""),
   ("c", "The company says it will study the data with great care.")]),
 ("Heart Failure Voices wants the full data published.", [
   ("b", "Its director, Nadia Fennimore, said the group wanted the full data published."),
   ("c", "Heart Failure Voices wants the full data published.")]),
 ("Heart Failure Voices says it has been told of 40 deaths among patients on the drug.", [
   ("a", "A patients' group, Heart Failure Voices, said it had been told of 40 deaths among patients on the drug."),
   ("c", "Its director, Nadia Fennimore, says the group has been told of 40 deaths among patients on the drug.")]),
], [
 ("number", "How many patients on the drug died (31, the company; 40, Heart Failure Voices).", True, [
   ("a", "the company", "Thirty-one patients taking Calvetrin died, compared with 18 on the placebo, the company said."),
   ("a", "Heart Failure Voices", "A patients' group, Heart Failure Voices, said it had been told of 40 deaths among patients on the drug.")]),
 ("version", "When the board stopped the trial (Oct. 30, the company; it told investigators on Oct. 28, the lead investigator).", True, [
   ("a", "the company", "The company said the safety board stopped the trial on Oct. 30."),
   ("a", "Rafe Connolly", "The trial's lead investigator, Dr. Rafe Connolly of Lorrendale University Hospital, said the board had told investigators on Oct. 28 that the trial was over.")]),
 ("number", "How many patients the trial enrolled (2,400, the company; 1,850, the public register).", False, [
   ("a", "the company", "The trial enrolled 2,400 patients at 140 hospitals in 12 countries, the company said."),
   ("b", "its entry in a public register of clinical trials", "The trial enrolled 1,850 patients, according to its entry in a public register of clinical trials.")]),
 ("version", "Whether the board found more heart rhythm deaths on the drug (the board's letter; no clear pattern and no sign of harm to the heart's rhythm, the chief medical officer).", True, [
   ("b", "a letter from the board seen by the Lorrendale Tribune", "The safety board that stopped Velmora Therapeutics' trial of the heart failure drug Calvetrin found more deaths from dangerous heart rhythms among patients taking the drug than among those on a placebo, according to a letter from the board seen by the Lorrendale Tribune."),
   ("b", "Ilse Moranty", "In a note to investors on Monday evening, Velmora's chief medical officer, Dr. Ilse Moranty, said the board had found \"no clear pattern\" in the causes of death and no sign that the drug harmed the heart's rhythm.")]),
 ("number", "How far Velmora's shares fell on Monday (38 percent, the wire; 44 percent, the broadcaster).", False, [
   ("a", A, "Velmora's shares fell 38 percent on Monday."),
   ("c", A, "They closed down 44 percent on Monday.")]),
 ("version", "When the regulator was told (the day the trial was stopped, the company; from the press release on Monday, the regulator).", True, [
   ("c", "the company", "The company says it told the national drug regulator on the day the trial was stopped."),
   ("c", "the national drug regulator", "The regulator says it first learned of the halt from the company's press release on Monday.")]),
 ("version", "Whether patients have been told to stop taking the drug (they have, the company; some not yet reached, a trial investigator).", True, [
   ("c", "the company", "Patients in the trial have been told to stop taking Calvetrin, the company says."),
   ("c", "Rafe Connolly", "Trial investigator Dr. Rafe Connolly says some patients at his hospital have not yet been reached.")]),
])


def main(argv: list[str] | None = None) -> int:
    return genre37.main(argv, LABELS, OUT, __doc__)


if __name__ == "__main__":
    sys.exit(main())
