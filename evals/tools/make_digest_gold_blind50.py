#!/usr/bin/env python3
"""Build (or check) evals/digest_gold_blind50/: three INVENTED stories of kinds no other set has, each
told by three invented outlets (a, b, c) of 205-265 words, labelled in session 41 (digest50) before the
digest ran on them (evals/digest_gold_blind50/README.md): a hospital's surgery waiting list disputed by
a nurses' union, a zoo jaguar's escape told with different timelines, a city's rent-control referendum
and its campaign spending.

As blind49: the texts are the project's own (every name, place, company and number made up), they
live in the gold folder (texts/<cluster_id>/<label>.txt) and clusters.json names them by path with
their sha256 ("source": "files"). An agreement is (proposition, [(article, quote), ...]); a conflict
is (type, about, within_article, [(article, source, quote), ...]). A dispute that more than one
outlet reports is one conflict (digest_gold/README.md: "the same dispute is not split"), labelled
once, from the article that states it most directly.

    python evals/tools/make_digest_gold_blind50.py           # rebuild + check
    python evals/tools/make_digest_gold_blind50.py --check   # check the files on disk
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

OUT = cnn27.mdg.ROOT / "evals" / "digest_gold_blind50"
A = "article"  # the outlet's own voice as a conflict side
_labels = cnn27._labels


def _arts(cid: str) -> dict[str, str]:
    return {o: f"texts/{cid}/{o}.txt" for o in "abc"}


LABELS: dict[str, dict] = {}

# 1: a hospital's surgery waiting list. Shapes: the list (6,900, the union / 4,200, the trust; the wire's
# first two paragraphs, within one outlet); waited more than a year (1,150, a pronoun speaker "She said" /
# 310, the trust's figures in the next paragraph; within one outlet); planned operations cut (the union) /
# rose by 4 percent (the trust; within one outlet); three of 11 theatres empty (rotas seen by the paper) /
# every theatre open (the trust's director, the article's last paragraph; within one outlet); the board's
# meeting (March 14 / March 21, outlets' own voices); the average wait (23 weeks, the trust / "closer to
# 30 weeks", the union, under a question heading; within one outlet); cancelled on the day in January
# (340, the union / 212, the trust); the minister's deadline (March 31 / April 30, the minister in two
# outlets); patients moved to a separate list (the union) / "The trust denies this." (within one outlet).
# Near misses: a hip replacement's 41-week wait (another wait), 300 cataract operations, 640 beds.
LABELS["b50-1"] = _labels("A nurses' union says a hospital's surgery waiting list is far longer than the hospital reports (invented)", _arts("b50-1"), [
 ("The trust says 4,200 patients are waiting for planned surgery.", [
   ("a", "The Ormond Vale Health Trust, which runs the hospital, says 4,200 patients are on its waiting list for planned surgery."),
   ("b", "The trust's list, which it publishes each month, shows 4,200."),
   ("c", "The hospital trust says 4,200 patients are waiting for planned surgery.")]),
 ("The nurses' union says 6,900 patients are waiting for surgery.", [
   ("a", "Nearly 6,900 patients are waiting for planned operations at Ormond Vale Hospital, the Allied Nurses' Federation said on Thursday, accusing the hospital of leaving thousands of people off its official list."),
   ("b", "The Allied Nurses' Federation says 6,900 people are waiting for surgery at the hospital."),
   ("c", "The Allied Nurses' Federation puts the number at 6,900.")]),
 ("The union's count includes patients who have not yet seen a specialist.", [
   ("a", "A trust spokesman said the union had counted patients who were waiting for a first appointment with a specialist, not for an operation."),
   ("b", "Its figure includes patients who have been referred by their family doctor but have not yet seen a surgeon, the union said."),
   ("c", "It says the union's figure counts people who have not yet been seen by a specialist and may never need an operation.")]),
 ("The union says the trust moved patients to a separate list.", [
   ("a", "The federation's regional organiser, Brenna Coultard, said the trust had \"quietly moved\" patients to a separate list for referrals."),
   ("c", "The union says the trust moved patients who had been referred for surgery onto a separate list.")]),
 ("The trust's figures show 310 patients have waited more than a year.", [
   ("a", "According to the trust's own figures, published in February, 310 patients have waited more than a year for surgery."),
   ("c", "310, according to the trust's February figures.")]),
 ("The minister asked the state Health Data Office to check both sets of figures.", [
   ("a", "The state health minister, Idris Penhallow, said he had asked the state Health Data Office to check both sets of figures and expected its answer by March 31."),
   ("c", "Health minister Idris Penhallow has asked the state Health Data Office to check both sets of figures.")]),
 ("The trust has hired 18 nurses from overseas who start in May.", [
   ("b", "The trust has hired 18 nurses from overseas, who are due to start in May, and has paid a private clinic in Dunmore to carry out 300 cataract operations."),
   ("c", "The trust says it has 96 vacant nursing posts and has hired 18 nurses from overseas who start in May.")]),
], [
 ("number", "How many patients are waiting for surgery (6,900, the union; 4,200, the trust).", True, [
   ("a", "the Allied Nurses' Federation", "Nearly 6,900 patients are waiting for planned operations at Ormond Vale Hospital, the Allied Nurses' Federation said on Thursday, accusing the hospital of leaving thousands of people off its official list."),
   ("a", "the Ormond Vale Health Trust", "The Ormond Vale Health Trust, which runs the hospital, says 4,200 patients are on its waiting list for planned surgery.")]),
 ("number", "How many have waited more than a year (1,150, the union's organiser; 310, the trust's figures).", True, [
   ("a", "Brenna Coultard", "She said 1,150 of them had waited more than a year."),
   ("a", "the trust's own figures", "According to the trust's own figures, published in February, 310 patients have waited more than a year for surgery.")]),
 ("version", "Whether planned operations were cut since October (cut, the union; rose by 4 percent, the trust).", True, [
   ("a", "the union", "The hospital has cut the number of planned operations since October because of a shortage of theatre nurses, the union said."),
   ("a", "the trust", "The trust says the number of planned operations rose by 4 percent over the same period.")]),
 ("version", "Whether three of the 11 theatres stand empty (rotas seen by the Courier; every theatre open, the trust's director of operations).", True, [
   ("b", "rotas seen by the Keswater Courier", "Three of Ormond Vale Hospital's 11 operating theatres have stood empty on most weekdays since January because there are not enough nurses to staff them, according to rotas seen by the Keswater Courier."),
   ("b", "Fiona Marchetti", "Asked about the rotas, the trust's director of operations, Fiona Marchetti, said every theatre had been open for planned surgery on at least four days a week since January.")]),
 ("version", "When the trust's board meets (March 14 or March 21).", False, [
   ("a", A, "Its board will discuss the waiting list at its meeting on March 14."),
   ("b", A, "The trust's board meets on March 21.")]),
 ("number", "The average wait for planned surgery (23 weeks, the trust; closer to 30 weeks, the union).", True, [
   ("c", "the trust", "The average wait for planned surgery is 23 weeks, the trust says."),
   ("c", "the union", "The union says it is closer to 30 weeks.")]),
 ("number", "How many planned operations were cancelled on the day in January (340, the union; 212, the trust).", False, [
   ("b", "the union", "In January alone, 340 planned operations were cancelled on the day, according to the union."),
   ("c", "the trust", "The trust says 212 planned operations were cancelled on the day in January, most because no bed was free after surgery.")]),
 ("version", "When the minister expects the Health Data Office's answer (March 31 or April 30, the minister in two outlets).", False, [
   ("a", "Idris Penhallow", "The state health minister, Idris Penhallow, said he had asked the state Health Data Office to check both sets of figures and expected its answer by March 31."),
   ("c", "Idris Penhallow", "He expects its answer by April 30.")]),
 ("version", "Whether the trust moved referred patients to a separate list (it did, the union; the trust denies it).", True, [
   ("c", "the union", "The union says the trust moved patients who had been referred for surgery onto a separate list."),
   ("c", "the trust", "The trust denies this.")]),
])

# 2: a zoo jaguar's escape. Shapes: when it got out (about 10:20 a.m., the zoo director / the first call
# at 9:52 a.m., the police, three paragraphs later; within one outlet); how long it was loose (about 40
# minutes, the zoo / nearly two hours, a police log); the visitors (about 600, the zoo / about 1,100, the
# police log, "It puts ..."); the way out (the fence panel, a former keeper / "a service gate, not ...
# the fence", the director in the article's last paragraph; within one outlet); anyone hurt (no one, the
# director / a woman treated for a cut hand, the ambulance service); darted (the director) / "never
# darted" (an anonymous keeper, under a question heading); the council's inspection (Monday / Tuesday,
# the council in two outlets); the reopening (Wednesday, the zoo / Thursday, its statement). Near
# misses: opened in 1964 / run by the owners since 1971 (another date), the 2016 wolves, 1,400 animals.
LABELS["b50-2"] = _labels("A jaguar escapes from its enclosure at a zoo; the timeline, the way out and the injuries are disputed (invented)", _arts("b50-2"), [
 ("A jaguar escaped from its enclosure at Fennick Hill Zoo on Saturday.", [
   ("a", "A jaguar escaped from its enclosure at Fennick Hill Zoo on Saturday and roamed the grounds for about 40 minutes before keepers recaptured it, the zoo said."),
   ("c", "Oska, a seven-year-old male jaguar, got out of his enclosure at Fennick Hill Zoo on Saturday morning.")]),
 ("The zoo says a keeper left a service gate unlocked.", [
   ("a", "The seven-year-old male, named Oska, got out at about 10:20 a.m. through a service gate that a keeper had left unlocked, zoo director Harriet Quennell told reporters."),
   ("b", "In a statement on Sunday, zoo director Harriet Quennell said the jaguar had left through a service gate, not through the fence."),
   ("c", "The zoo says a keeper left a service gate unlocked.")]),
 ("The keeper has been suspended.", [
   ("a", "The keeper has been suspended pending an investigation, the zoo said."),
   ("c", "The keeper has been suspended.")]),
 ("The zoo says the jaguar was loose for about 40 minutes.", [
   ("a", "A jaguar escaped from its enclosure at Fennick Hill Zoo on Saturday and roamed the grounds for about 40 minutes before keepers recaptured it, the zoo said."),
   ("c", "About 40 minutes, the zoo says.")]),
 ("The zoo says no one was hurt.", [
   ("a", "No visitors or staff were hurt, she said."),
   ("c", "No, according to the zoo.")]),
 ("Visitors were moved into or locked inside buildings.", [
   ("a", "About 600 visitors were in the zoo at the time and were moved into the gift shop, the restaurant and the reptile house."),
   ("c", "Visitors were locked inside buildings while keepers searched the grounds.")]),
 ("Keepers found the jaguar near the children's farm.", [
   ("a", "Keepers darted the jaguar with a sedative near the children's farm and carried it back to its enclosure, Quennell said."),
   ("c", "The zoo says keepers found him near the children's farm.")]),
 ("The police received the first call at 9:52 a.m.", [
   ("a", "Ardlow police said they received the first call about the animal at 9:52 a.m. and that officers with rifles were sent to the zoo as a precaution."),
   ("b", "The log records the first call at 9:52 a.m. and the animal back in its enclosure at 11:35 a.m.")]),
 ("The zoo says it reopens on Wednesday.", [
   ("a", "The zoo will reopen on Wednesday, it said."),
   ("c", "On Wednesday, the zoo says.")]),
], [
 ("version", "When the jaguar got out (about 10:20 a.m., the zoo director; the first call at 9:52 a.m., the police).", True, [
   ("a", "Harriet Quennell", "The seven-year-old male, named Oska, got out at about 10:20 a.m. through a service gate that a keeper had left unlocked, zoo director Harriet Quennell told reporters."),
   ("a", "Ardlow police", "Ardlow police said they received the first call about the animal at 9:52 a.m. and that officers with rifles were sent to the zoo as a precaution.")]),
 ("number", "How long the jaguar was loose (about 40 minutes, the zoo; nearly two hours, the police log).", False, [
   ("a", "the zoo", "A jaguar escaped from its enclosure at Fennick Hill Zoo on Saturday and roamed the grounds for about 40 minutes before keepers recaptured it, the zoo said."),
   ("b", "a police log", "The jaguar, Oska, was loose for nearly two hours on Saturday, according to a police log seen by the Herald.")]),
 ("number", "How many visitors were in the zoo (about 600, the zoo director; about 1,100, the police log).", False, [
   ("a", "Harriet Quennell", "About 600 visitors were in the zoo at the time and were moved into the gift shop, the restaurant and the reptile house."),
   ("b", "a police log", "It puts the number of visitors in the zoo at about 1,100.")]),
 ("version", "How the jaguar got out (through the damaged fence panel, a former keeper; through a service gate, not the fence, the zoo director).", True, [
   ("b", "Tobias Wrenfield", "A former senior keeper, Tobias Wrenfield, who left the zoo in April, said the jaguar had almost certainly got out through the panel, which had been \"held together with cable ties\" since the winter."),
   ("b", "Harriet Quennell", "In a statement on Sunday, zoo director Harriet Quennell said the jaguar had left through a service gate, not through the fence.")]),
 ("version", "Whether anyone was hurt (no one, the zoo director; a woman treated for a cut hand, the ambulance service).", False, [
   ("a", "Harriet Quennell", "No visitors or staff were hurt, she said."),
   ("b", "the ambulance service", "The ambulance service said it treated one woman for a cut hand after she fell while running from the children's farm.")]),
 ("version", "Whether the jaguar was darted (darted with a sedative, the zoo director; never darted, a keeper).", False, [
   ("a", "Quennell", "Keepers darted the jaguar with a sedative near the children's farm and carried it back to its enclosure, Quennell said."),
   ("c", "a keeper who was there", "A keeper who was there, speaking on condition of anonymity, said Oska was never darted and walked back into his enclosure after keepers put meat inside.")]),
 ("version", "When the council's inspectors visit (Monday or Tuesday, the council in two outlets).", False, [
   ("a", "the county council", "The county council, which licenses the zoo, said its inspectors would visit on Monday."),
   ("c", "the council", "County council inspectors will visit the zoo on Tuesday, the council says.")]),
 ("version", "When the zoo reopens (Wednesday, the zoo; Thursday, the zoo's statement).", False, [
   ("a", "the zoo", "The zoo will reopen on Wednesday, it said."),
   ("b", "the zoo's statement", "The zoo will reopen on Thursday, the statement said.")]),
])

# 3: a city's rent-control referendum and its campaign spending. Shapes: the opponents' spending ($3.4
# million, the filings / $2.1 million, their spokesman, the next paragraph; within one outlet); the
# largest donor's gift ($1.5 million, the filings, in the lead / "no more than $900,000", its chief
# executive in the last paragraph; within one outlet); the cap (3 percent / 4 percent, outlets' own
# voices, one under a question heading); the apartments covered (about 41,000, the wire's own voice /
# about 38,000, the city's housing department); the complaint's hearing (Monday / Tuesday, outlets' own
# voices); whether the measure freezes rents (the tenants' director: "Nothing in Measure K freezes
# anyone's rent" / the opponents: "would in effect freeze rents"); coordination (the alliance / "Keep
# Halvering Housing denies any coordination"; within one outlet). Near misses: the Yes campaign has
# "raised $1.2 million" / "has spent $720,000" (raised and spent), 11 / 14 / 38 percent rent rises.
LABELS["b50-3"] = _labels("Campaign spending on a city's rent-control referendum: the opponents' and a landlord's totals are disputed (invented)", _arts("b50-3"), [
 ("Filings show opponents of Measure K have spent $3.4 million.", [
   ("a", "Opponents of a rent-control measure on Halvering's November ballot have spent $3.4 million, nearly five times as much as its supporters, according to filings released on Tuesday by the City Ethics Board."),
   ("c", "City Ethics Board filings show groups against the measure have spent $3.4 million.")]),
 ("Filings show the Yes on K campaign has spent $720,000.", [
   ("a", "The filings show the Yes on K campaign, led by the Halvering Tenants' Alliance, has spent $720,000."),
   ("c", "It has spent $720,000, the filings show.")]),
 ("Castellan Property Group is the largest donor against the measure ($1.5 million, the filings).", [
   ("a", "The largest single donor against the measure is Castellan Property Group, which gave $1.5 million, according to the filings."),
   ("b", "Castellan Property Group has put $1.5 million into the campaign against Measure K, according to City Ethics Board filings, making it by far the largest donor on either side of Halvering's rent-control vote."),
   ("c", "The biggest donor is Castellan Property Group.")]),
 ("The alliance says the voter education fund is working with the opposition campaign.", [
   ("a", "The Ethics Board will hear a complaint from the Tenants' Alliance on Monday about the voter education fund, which the alliance says is coordinating with the opposition campaign in breach of city law."),
   ("c", "The alliance says a \"voter education\" fund is working with the opposition campaign, which the city bans.")]),
 ("The vote is on Nov. 4.", [
   ("a", "The election is on Nov. 4."),
   ("c", "Tuesday, Nov. 4.")]),
 ("A similar measure failed in 2018 by fewer than 900 votes.", [
   ("a", "A similar measure failed in 2018 by fewer than 900 votes."),
   ("c", "A similar measure failed in 2018 by fewer than 900 votes.")]),
], [
 ("number", "How much the opponents have spent ($3.4 million, the filings; $2.1 million, their spokesman).", True, [
   ("a", "filings released by the City Ethics Board", "Opponents of a rent-control measure on Halvering's November ballot have spent $3.4 million, nearly five times as much as its supporters, according to filings released on Tuesday by the City Ethics Board."),
   ("a", "Desmond Arkwell", "Its spokesman, Desmond Arkwell, said the group had spent $2.1 million and that the rest of the money in the filings was spent by a separate \"voter education\" fund it does not control.")]),
 ("number", "How much Castellan gave ($1.5 million, the filings; no more than $900,000, its chief executive).", True, [
   ("b", "City Ethics Board filings", "Castellan Property Group has put $1.5 million into the campaign against Measure K, according to City Ethics Board filings, making it by far the largest donor on either side of Halvering's rent-control vote."),
   ("b", "Lionel Hesketh", "Castellan's chief executive, Lionel Hesketh, said in a statement on Wednesday that the company had given \"no more than $900,000\" to the campaign and that the filings were wrong.")]),
 ("number", "The yearly cap on rent increases (3 percent or 4 percent).", False, [
   ("a", A, "Measure K would cap yearly rent increases at 3 percent for about 41,000 apartments built before 1995."),
   ("c", A, "It would limit yearly rent increases to 4 percent for apartments built before 1995.")]),
 ("number", "How many apartments the cap covers (about 41,000, the wire; about 38,000, the city's housing department).", False, [
   ("a", A, "Measure K would cap yearly rent increases at 3 percent for about 41,000 apartments built before 1995."),
   ("b", "the city's housing department", "About 38,000 apartments would be covered by the cap, according to the city's housing department.")]),
 ("version", "When the Ethics Board hears the complaint (Monday or Tuesday).", False, [
   ("a", A, "The Ethics Board will hear a complaint from the Tenants' Alliance on Monday about the voter education fund, which the alliance says is coordinating with the opposition campaign in breach of city law."),
   ("b", A, "The Ethics Board will hear the alliance's complaint about the opposition's voter education fund on Tuesday.")]),
 ("version", "Whether the measure would freeze rents (nothing in it freezes rent, the tenants' director; it would in effect freeze rents, the opponents).", False, [
   ("a", "Rosa Vinterberg", "\"Nothing in Measure K freezes anyone's rent,\" she said."),
   ("c", "Keep Halvering Housing", "Keep Halvering Housing says the cap would stop owners from paying for repairs and would in effect freeze rents in older buildings.")]),
 ("version", "Whether the voter education fund coordinates with the opposition (it does, the alliance; denied, Keep Halvering Housing).", True, [
   ("c", "the Halvering Tenants' Alliance", "The alliance says a \"voter education\" fund is working with the opposition campaign, which the city bans."),
   ("c", "Keep Halvering Housing", "Keep Halvering Housing denies any coordination.")]),
])


def main(argv: list[str] | None = None) -> int:
    return genre37.main(argv, LABELS, OUT, __doc__)


if __name__ == "__main__":
    sys.exit(main())
