#!/usr/bin/env python3
"""Build (or check) evals/digest_gold_blind46/: three INVENTED stories of kinds no other set has, each
told by three invented outlets (a, b, c) of 240-290 words, labelled in session 37 (digest46) before the
digest ran on them (evals/digest_gold_blind46/README.md): a contractor sentenced over a scaffold
collapse, a university's job cuts, a wildfire's evacuations and disputed cause.

As blind45: the texts are the project's own (every name, place, company and number made up), they
live in the gold folder (texts/<cluster_id>/<label>.txt) and clusters.json names them by path with
their sha256 ("source": "files"). An agreement is (proposition, [(article, quote), ...]); a conflict
is (type, about, within_article, [(article, source, quote), ...]).

    python evals/tools/make_digest_gold_blind46.py           # rebuild + check
    python evals/tools/make_digest_gold_blind46.py --check   # check the files on disk
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

OUT = cnn27.mdg.ROOT / "evals" / "digest_gold_blind46"
A = "article"  # the outlet's own voice as a conflict side
_labels = cnn27._labels


def _arts(cid: str) -> dict[str, str]:
    return {o: f"texts/{cid}/{o}.txt" for o in "abc"}


LABELS: dict[str, dict] = {}

# 1: a sentencing over a scaffold collapse. Shapes: the term (eight years, the outlet; seven, "according
# to the county prosecutor's office"); the fine (the outlet's £1.2 million / prosecutors' £1.5 million);
# overloaded (prosecutors) against "denied that the platform was overloaded ... a coupler ... had
# snapped" (the defence); warned in writing / "disputed that, saying the letter had been sent to an
# address the firm left" (within one outlet); "would appeal" / "no decision had been taken on an
# appeal" (one lawyer in two outlets); the collapse on September 14 / 15; the staff about 45 / about 60.
LABELS["b46-1"] = _labels("A contractor is sentenced over a scaffold collapse that killed two workers (invented)", _arts("b46-1"), [
 ("Varga was sentenced to eight years in prison.", [
   ("a", "A building contractor was sentenced to eight years in prison on Thursday for the deaths of two workers who fell when a scaffold collapsed at a housing site in Eastholm."),
   ("c", "Anton Varga, the owner of an Eastholm building firm, has been jailed for eight years over the deaths of two of his workers.")]),
 ("Varga was convicted in April of (two counts of) manslaughter.", [
   ("a", "Anton Varga, 54, the owner of Varga Brothers Construction, was convicted in April of two counts of manslaughter by gross negligence."),
   ("b", "Anton Varga, 54, who runs Varga Brothers Construction, was found guilty in April of the manslaughter of Mateo Reyes and Piotr Lund."),
   ("c", "A jury found him guilty in April of two counts of gross negligence manslaughter.")]),
 ("A scaffold collapsed at a block of flats on Linden Street.", [
   ("a", "The scaffold gave way on the morning of September 14, 2025, at a block of flats on Linden Street."),
   ("c", "a scaffold on the side of a new block of flats on Linden Street collapsed.")]),
 ("Two workers, Mateo Reyes and Piotr Lund, were killed.", [
   ("a", "Mateo Reyes, 23, and Piotr Lund, 41, fell four storeys and died at the scene."),
   ("b", "The man whose collapsed scaffold killed two builders on Linden Street will spend seven years behind bars"),
   ("c", "Two workers, Mateo Reyes and Piotr Lund, fell to their deaths.")]),
 ("A third worker was badly hurt.", [
   ("a", "A third worker was badly hurt."),
   ("c", "A third man, Dario Funes, was seriously injured and spent six weeks in hospital.")]),
 ("Judge Harriet Colby said Varga put profit before his workers' lives.", [
   ("a", "Judge Harriet Colby told Eastholm Crown Court that he had \"put profit before the lives of the men who worked for him.\""),
   ("c", "Judge Harriet Colby said Varga had put profit before his workers' lives.")]),
 ("Varga Brothers Construction was fined £1.2 million.", [
   ("a", "Varga Brothers Construction was fined £1.2 million."),
   ("c", "Varga Brothers Construction was fined £1.2 million.")]),
 ("Prosecutors said the scaffold was loaded beyond its limit.", [
   ("a", "Prosecutors said the platform had been loaded with more than two tonnes of bricks, well over its safe limit, to save a day's work."),
   ("b", "During the three-week trial the jury heard that the scaffold had been overloaded with bricks on the morning it fell."),
   ("c", "Prosecutors said he had let the scaffold be loaded far beyond its safe limit, and that an inspector had warned the firm twice.")]),
 ("An inspector (Greta Olsen) warned the firm (in writing).", [
   ("a", "A county safety inspector, Greta Olsen, told the trial she had warned the firm twice in writing that the scaffold was unsafe."),
   ("b", "Greta Olsen, a county safety inspector, told the jury she had written to the firm about the scaffold in July."),
   ("c", "Prosecutors said he had let the scaffold be loaded far beyond its safe limit, and that an inspector had warned the firm twice.")]),
 ("The defence lawyer says Varga never received the warnings.", [
   ("a", "\"Mr Varga did not ignore anyone's warnings. He never received them,\" Achterberg said outside court."),
   ("b", "Varga's barrister, Simon Achterberg, disputed that, saying the letter had been sent to an address the firm left in 2023."),
   ("c", "Achterberg has said throughout the case that his client never saw the inspector's warnings.")]),
 ("Varga will appeal, his lawyer said.", [
   ("a", "Defence lawyer Simon Achterberg said his client would appeal against both the conviction and the sentence."),
   ("c", "His lawyer, Simon Achterberg, said Varga would appeal.")]),
 ("Varga can be released on licence after half the term.", [
   ("a", "He will be eligible for release on licence after serving half of the term, the judge said."),
   ("c", "She said he would serve half of the eight years in prison before he could be released on licence.")]),
], [
 ("number", "How long Varga was sentenced to (eight years, the outlet; seven years, the county prosecutor's office).", False, [
   ("a", A, "A building contractor was sentenced to eight years in prison on Thursday for the deaths of two workers who fell when a scaffold collapsed at a housing site in Eastholm."),
   ("b", "the county prosecutor's office", "The man whose collapsed scaffold killed two builders on Linden Street will spend seven years behind bars, according to the county prosecutor's office, after a hearing that left both families in tears.")]),
 ("number", "How much the company was fined (£1.2 million, the outlet; £1.5 million, prosecutors).", False, [
   ("a", A, "Varga Brothers Construction was fined £1.2 million."),
   ("b", "prosecutors", "His company was ordered to pay a fine of £1.5 million and costs of £200,000, prosecutors said.")]),
 ("version", "Why the scaffold fell (overloaded with bricks, prosecutors; not overloaded, a supplier's coupler snapped, the defence).", False, [
   ("a", "prosecutors", "Prosecutors said the platform had been loaded with more than two tonnes of bricks, well over its safe limit, to save a day's work."),
   ("b", "Varga's defence", "Varga's defence denied that the platform was overloaded, arguing that a steel coupler made by a supplier, Brandt Fixings, had snapped.")]),
 ("version", "Whether the firm was warned (an inspector wrote to it; the letter went to an old address, the barrister).", True, [
   ("b", "Greta Olsen", "Greta Olsen, a county safety inspector, told the jury she had written to the firm about the scaffold in July."),
   ("b", "Simon Achterberg", "Varga's barrister, Simon Achterberg, disputed that, saying the letter had been sent to an address the firm left in 2023.")]),
 ("version", "Whether Varga will appeal (he will, his lawyer in one outlet; no decision taken, the same lawyer in another).", False, [
   ("a", "Simon Achterberg", "Defence lawyer Simon Achterberg said his client would appeal against both the conviction and the sentence."),
   ("b", "Simon Achterberg", "Achterberg said on Thursday that no decision had been taken on an appeal.")]),
 ("version", "When the scaffold collapsed (September 14 or September 15, 2025).", False, [
   ("a", A, "The scaffold gave way on the morning of September 14, 2025, at a block of flats on Linden Street."),
   ("c", A, "On September 15, 2025, a scaffold on the side of a new block of flats on Linden Street collapsed.")]),
 ("number", "How many people the firm employed (about 45 or about 60).", False, [
   ("b", A, "The firm, which employed about 45 people, stopped trading after the collapse."),
   ("c", A, "The firm, which employed about 60 people, went into administration in January, according to its administrators.")]),
])

# 2: a university's job cuts. Shapes: the jobs (240, the university; 410, the union, counting contracts
# left to lapse; in every outlet, labelled once within the first); the yearly saving ($31 million, the
# university; $27 million, a board paper "seen by" the outlet); "no teaching posts will be cut" / "The
# ... Union disputes that and says at least 70 teaching jobs" (within one outlet); the union blames the
# campus / "The university denied that the campus had caused the shortfall" (within one outlet); staff
# told "by the end of June" / first notices "in September"; "would ballot" / "had not yet decided
# whether to ballot" (one speaker in two outlets); the staff about 4,800 / about 5,200.
LABELS["b46-2"] = _labels("A university announces job cuts; the union gives a higher count (invented)", _arts("b46-2"), [
 ("Ashcombe University will cut 240 jobs, it says.", [
   ("a", "Ashcombe University said on Tuesday it would cut 240 jobs over the next year to close a budget gap"),
   ("b", "The university itself puts the figure at 240 posts."),
   ("c", "Ashcombe University has announced it will cut 240 jobs.")]),
 ("The union says 410 jobs are at risk.", [
   ("a", "The Ashcombe branch of the Campus Workers Union said the real number of jobs at risk was 410"),
   ("b", "Ashcombe University is preparing to shed as many as 410 jobs, according to the Campus Workers Union"),
   ("c", "The union says 410, because it also counts staff on short-term contracts that will not be renewed.")]),
 ("The union's higher count includes fixed-term contracts that will not be renewed.", [
   ("a", "because the university would also let 170 fixed-term contracts lapse."),
   ("b", "The gap, the union says, is made up of fixed-term staff whose contracts will not be renewed."),
   ("c", "The union says 410, because it also counts staff on short-term contracts that will not be renewed.")]),
 ("The university blames a fall in students from overseas.", [
   ("a", "blaming a sharp fall in the number of students from overseas."),
   ("b", "Vice-chancellor Miriam Oduya has blamed a fall in students from abroad."),
   ("c", "It says it has a budget gap because fewer students are coming from overseas.")]),
 ("International enrolment has fallen 18 percent.", [
   ("a", "Vice-chancellor Miriam Oduya said international enrolment had fallen 18 percent in two years."),
   ("b", "International enrolment is down 18 percent since 2023, according to university figures."),
   ("c", "International enrolment has dropped by 18 percent in two years, vice-chancellor Miriam Oduya said.")]),
 ("The cuts will save about $31 million a year, the university says.", [
   ("a", "The university, one of the largest employers in the city, said the cuts would save about $31 million a year."),
   ("c", "About $31 million a year, the university says.")]),
 ("Most posts are in administration, catering and estates / maintenance.", [
   ("a", "Most of the posts are in administration, catering and estates, it said, and no lecturers' posts would go."),
   ("c", "Mostly in administration, catering and building maintenance, the university says.")]),
 ("The union says at least 70 teaching jobs are affected.", [
   ("a", "Branch secretary Joel Farrant said at least 70 of the lost posts were teaching jobs."),
   ("c", "The Campus Workers Union disputes that and says at least 70 teaching jobs are at risk.")]),
 ("The union blames spending on the Brookfield science campus.", [
   ("a", "He blamed the university's spending on its new $200 million science campus at Brookfield, which opened last year."),
   ("b", "But union branch secretary Joel Farrant said the university had run up debts building its Brookfield science campus."),
   ("c", "Branch secretary Joel Farrant said the cuts were the result of \"years of spending on buildings, not people.\"")]),
 ("The university says the campus was paid for by borrowing and donations.", [
   ("a", "saying it had been paid for with borrowing taken out in 2021 and with donations."),
   ("c", "It says the $200 million Brookfield campus was paid for by borrowing and donations, not from the money it uses for running costs.")]),
 ("Staff will be told by the end of June.", [
   ("a", "Staff at risk will be told by the end of June, the university said."),
   ("c", "Staff will be told by the end of June whether their jobs are at risk, a university spokesman said.")]),
 ("The union will ballot members on a strike.", [
   ("a", "Farrant said the union would ballot its members on strike action next month."),
   ("c", "The union says it will ask its members to vote on a strike.")]),
 ("The university has about 26,000 students.", [
   ("a", "Ashcombe, which employs about 4,800 staff and teaches 26,000 students"),
   ("c", "It employs about 5,200 people and has around 26,000 students.")]),
], [
 ("number", "How many jobs go (240, the university; 410, the union, counting contracts left to lapse).", True, [
   ("a", "Ashcombe University", "Ashcombe University said on Tuesday it would cut 240 jobs over the next year to close a budget gap, blaming a sharp fall in the number of students from overseas."),
   ("a", "the Campus Workers Union", "The Ashcombe branch of the Campus Workers Union said the real number of jobs at risk was 410, because the university would also let 170 fixed-term contracts lapse.")]),
 ("number", "How much the cuts save a year (about $31 million, the university; $27 million, a board paper).", False, [
   ("a", "the university", "The university, one of the largest employers in the city, said the cuts would save about $31 million a year."),
   ("b", "a board paper", "A board paper seen by the Ledger says the plan is meant to save $27 million a year.")]),
 ("version", "Whether teaching posts go (none, the university; at least 70, the union).", True, [
   ("c", "the university", "It says no teaching posts will be cut."),
   ("c", "the Campus Workers Union", "The Campus Workers Union disputes that and says at least 70 teaching jobs are at risk.")]),
 ("version", "Whether the campus caused the shortfall (the union blames it; the university denies it).", True, [
   ("a", "Joel Farrant", "He blamed the university's spending on its new $200 million science campus at Brookfield, which opened last year."),
   ("a", "the university", "The university denied that the campus had caused the shortfall, saying it had been paid for with borrowing taken out in 2021 and with donations.")]),
 ("version", "When staff are told (by the end of June, the university; first notices in September, the board paper).", False, [
   ("a", "the university", "Staff at risk will be told by the end of June, the university said."),
   ("b", "the board paper", "The first notices will go out in September, the board paper says.")]),
 ("version", "Whether the union will ballot for a strike (it will, next month; not yet decided, the same secretary in another outlet).", False, [
   ("a", "Joel Farrant", "Farrant said the union would ballot its members on strike action next month."),
   ("b", "Joel Farrant", "Farrant said the union had not yet decided whether to ballot for strike action and would meet on Friday to discuss it.")]),
 ("number", "How many staff the university employs (about 4,800 or about 5,200).", False, [
   ("a", A, "Ashcombe, which employs about 4,800 staff and teaches 26,000 students, is the third university in the region to announce cuts this year."),
   ("c", A, "It employs about 5,200 people and has around 26,000 students.")]),
])

# 3: a wildfire. Shapes: the people evacuated (about 6,500, the sheriff's office; 11,000, the state fire
# service); the acres (14,200, the sheriff's office; more than 18,000, satellite mapping by the county
# emergency office); the homes (37, the fire service; at least 52, the county assessor); the start (Sunday
# afternoon / smoke first reported on Saturday night); sparks seen from a utility's line (residents) /
# "denied that its equipment started the fire"; power cut on Saturday / "still live on Sunday afternoon,
# according to grid records" (within one outlet); back on Wednesday (the sheriff) / "no one would be
# allowed back ... before the weekend" (the incident commander).
LABELS["b46-3"] = _labels("A wildfire forces evacuations; counts and the cause are disputed (invented)", _arts("b46-3"), [
 ("A wildfire (the Harrow Ridge fire) is burning near Silverpine.", [
   ("a", "A wildfire driven by strong winds has burned through 14,200 acres of forest and grassland near the town of Silverpine"),
   ("b", "The Harrow Ridge fire has forced 11,000 residents to leave their homes in Silverpine and the valley east of it"),
   ("c", "A fast-moving wildfire near Silverpine has burned thousands of acres and destroyed dozens of homes.")]),
 ("About 6,500 people have been evacuated, the sheriff's office says.", [
   ("a", "forcing about 6,500 people from their homes, the Tamsin County sheriff's office said on Monday."),
   ("c", "About 6,500 people are under evacuation orders, the sheriff's office says.")]),
 ("The fire has destroyed 37 homes, the fire service says.", [
   ("a", "The fire has destroyed 37 homes, the fire service said."),
   ("b", "The fire has destroyed 37 homes and is threatening hundreds more, the fire service said on Monday.")]),
 ("The fire is 15 percent contained.", [
   ("a", "It was 15 percent contained by Monday evening."),
   ("c", "Firefighters had it 15 percent contained on Monday night.")]),
 ("Two firefighters suffered minor burns.", [
   ("a", "Two firefighters suffered minor burns and were treated at the scene."),
   ("b", "Two firefighters suffered minor burns."),
   ("c", "Two firefighters were treated for minor burns.")]),
 ("Winds gusting to 50 mph carried the fire across Highway 9.", [
   ("a", "Winds gusting to 50 miles an hour pushed embers across Highway 9"),
   ("b", "Gusts of up to 50 miles an hour carried the fire across Highway 9 late on Sunday.")]),
 ("Highway 9 is closed (between Silverpine and Corran Falls).", [
   ("a", "which was closed in both directions between Silverpine and Corran Falls."),
   ("b", "The road remains closed."),
   ("c", "Highway 9 is closed between Silverpine and Corran Falls.")]),
 ("The cause is under investigation.", [
   ("a", "The cause is under investigation, Hale said."),
   ("c", "The state Forest and Fire Service says the cause is under investigation.")]),
 ("Residents point to a Ridgeline Electric power line.", [
   ("a", "Some residents have pointed to a power line owned by Ridgeline Electric that runs along the ridge."),
   ("b", "Three residents of Ridge Road told the Courier they saw sparks fly from a Ridgeline Electric power line on Sunday afternoon")]),
 ("Ridgeline says its equipment is not at fault.", [
   ("a", "Ridgeline said it had found no fault on its equipment in the area and was working with investigators."),
   ("c", "Ridgeline Electric, whose line runs along the ridge, denied that its equipment started the fire.")]),
 ("Ridgeline says it cut power to its lines in the area on Saturday.", [
   ("b", "Ridgeline has said it cut power to lines in the area on Saturday as a precaution because of the forecast winds."),
   ("c", "\"All of our lines in that area were switched off on Saturday,\" the company said in a statement.")]),
 ("A shelter is open at Silverpine High School.", [
   ("a", "An evacuation shelter has opened at Silverpine High School"),
   ("c", "A shelter is open at Silverpine High School.")]),
], [
 ("number", "How many people were evacuated (about 6,500, the sheriff's office; 11,000, the state fire service).", False, [
   ("a", "the Tamsin County sheriff's office", "A wildfire driven by strong winds has burned through 14,200 acres of forest and grassland near the town of Silverpine, forcing about 6,500 people from their homes, the Tamsin County sheriff's office said on Monday."),
   ("b", "the state Forest and Fire Service", "The Harrow Ridge fire has forced 11,000 residents to leave their homes in Silverpine and the valley east of it, according to the state Forest and Fire Service, far more than the county had said on Sunday night.")]),
 ("number", "How much land has burned (14,200 acres, the sheriff's office; more than 18,000, the county emergency office's mapping).", False, [
   ("a", "the Tamsin County sheriff's office", "A wildfire driven by strong winds has burned through 14,200 acres of forest and grassland near the town of Silverpine, forcing about 6,500 people from their homes, the Tamsin County sheriff's office said on Monday."),
   ("c", "the Tamsin County emergency office", "The fire has burned more than 18,000 acres, according to satellite mapping by the Tamsin County emergency office.")]),
 ("number", "How many homes were destroyed (37, the fire service; at least 52, the county assessor).", False, [
   ("a", "the fire service", "The fire has destroyed 37 homes, the fire service said."),
   ("c", "Leon Marchetti", "At least 52 homes have been destroyed, the county assessor, Leon Marchetti, said after officials toured the area by helicopter.")]),
 ("version", "When the fire started (Sunday afternoon, the fire service; smoke first reported on Saturday night, the county emergency office).", False, [
   ("a", "the state Forest and Fire Service", "The Harrow Ridge fire started on Sunday afternoon in dry brush below the ridge and spread east overnight, the state Forest and Fire Service said."),
   ("c", "the county emergency office", "Residents first reported smoke on Saturday night, the county emergency office said, though the fire grew fastest on Sunday afternoon.")]),
 ("version", "Whether the utility's line started the fire (sparks seen from it, residents; denied, Ridgeline).", False, [
   ("b", "three residents of Ridge Road", "Three residents of Ridge Road told the Courier they saw sparks fly from a Ridgeline Electric power line on Sunday afternoon, minutes before the first flames appeared in the grass below it."),
   ("c", "Ridgeline Electric", "Ridgeline Electric, whose line runs along the ridge, denied that its equipment started the fire.")]),
 ("version", "Whether the line was switched off (on Saturday, Ridgeline; still live on Sunday afternoon, grid records).", True, [
   ("b", "Ridgeline", "Ridgeline has said it cut power to lines in the area on Saturday as a precaution because of the forecast winds."),
   ("b", "grid records", "But the line above Ridge Road was still live on Sunday afternoon, according to grid records reviewed by the Courier.")]),
 ("version", "When residents can return (the north side on Wednesday, the sheriff; no one before the weekend, the incident commander).", False, [
   ("b", "Owen Bracken", "County Sheriff Owen Bracken said residents of the town's north side could return on Wednesday if the wind drops as forecast."),
   ("c", "Beatrix Hale", "Incident commander Beatrix Hale said no one would be allowed back into the evacuated areas before the weekend, even if the wind dropped.")]),
])


def main(argv: list[str] | None = None) -> int:
    return genre37.main(argv, LABELS, OUT, __doc__)


if __name__ == "__main__":
    sys.exit(main())
