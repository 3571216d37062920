#!/usr/bin/env python3
"""Build (or check) evals/digest_gold_blind47/: three INVENTED stories of kinds no other set has, each
told by three invented outlets (a, b, c) of 210-280 words, labelled in session 38 (digest47) before the
digest ran on them (evals/digest_gold_blind47/README.md): a school board's disputed budget vote, a
footbridge collapse with a disputed cause and toll, a health insurer's data breach.

As blind46: the texts are the project's own (every name, place, company and number made up), they
live in the gold folder (texts/<cluster_id>/<label>.txt) and clusters.json names them by path with
their sha256 ("source": "files"). An agreement is (proposition, [(article, quote), ...]); a conflict
is (type, about, within_article, [(article, source, quote), ...]). A dispute that more than one
outlet reports is one conflict (digest_gold/README.md: "the same dispute is not split"), labelled with
its clearest two quotes.

    python evals/tools/make_digest_gold_blind47.py           # rebuild + check
    python evals/tools/make_digest_gold_blind47.py --check   # check the files on disk
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

OUT = cnn27.mdg.ROOT / "evals" / "digest_gold_blind47"
A = "article"  # the outlet's own voice as a conflict side
_labels = cnn27._labels


def _arts(cid: str) -> dict[str, str]:
    return {o: f"texts/{cid}/{o}.txt" for o in "abc"}


LABELS: dict[str, dict] = {}

# 1: a school board's disputed budget vote. Shapes: the tally ("voted 4-3", the outlet; "a 5-2 vote,
# according to the district's official minutes" / a trustee "said she voted no ... should show a 4-3
# vote", within one outlet); the budget total ($212 million / $218 million, two outlets' own voices);
# the shortfall ($9.4 million, the superintendent and the district; "closer to $6 million", the
# teachers' association); "posted online only on the afternoon before the vote" / "The district denied
# that, saying the draft budget had been on its website since March 2" (within one outlet); close "at
# the end of the current school year" / "in June 2027, after one more full school year"; "More than 300
# parents" / "About 200 people"; the board president "the closures were final" / "could revisit the
# closures in the autumn" (one speaker in two outlets).
LABELS["b47-1"] = _labels("A school board approves a budget that closes two schools; the vote and the numbers are disputed (invented)", _arts("b47-1"), [
 ("The board approved a budget that closes two elementary schools, Hollis Park and Greer Street.", [
   ("a", "The Dunmere school board voted 4-3 early on Wednesday to approve a $212 million budget that will close two elementary schools"),
   ("b", "Two Dunmere elementary schools are to close after the school board approved next year's budget"),
   ("c", "The Dunmere school board has approved a budget that closes two elementary schools.")]),
 ("The meeting ran past midnight.", [
   ("a", "after a meeting that ran past midnight."),
   ("b", "The meeting, which began at 6 p.m., ended at about 12:40 a.m."),
   ("c", "after a meeting that lasted until after midnight.")]),
 ("The pupils will move to Carrow and Linwood elementary schools.", [
   ("a", "their 640 pupils will move to Carrow Elementary and Linwood Elementary, the district said."),
   ("b", "Their pupils will be moved to Carrow and Linwood elementary schools."),
   ("c", "About 640 pupils will move to Carrow Elementary and Linwood Elementary.")]),
 ("Enrolment has fallen 11 percent since 2019, the superintendent says.", [
   ("a", "Superintendent Lorna Feeney said the Dunmere Unified School District faced a $9.4 million shortfall next year because enrolment had fallen 11 percent since 2019."),
   ("b", "Superintendent Lorna Feeney has blamed falling enrolment, which she says is down 11 percent since 2019."),
   ("c", "Superintendent Lorna Feeney says enrolment has dropped by 11 percent since 2019")]),
 ("The district puts the shortfall at $9.4 million.", [
   ("a", "Superintendent Lorna Feeney said the Dunmere Unified School District faced a $9.4 million shortfall next year"),
   ("b", "The district puts next year's shortfall at $9.4 million.")]),
 ("Trustee Nadia Pell voted against the budget.", [
   ("a", "Trustee Nadia Pell, who voted against the budget, called the closures \"a decision made in a hurry.\""),
   ("b", "Trustee Nadia Pell said she voted no on the budget")]),
 ("The parents' group Keep Dunmere Schools Local will take the vote to the state.", [
   ("a", "The parents' group said it would file a complaint with the state Department of Education."),
   ("b", "Keep Dunmere Schools Local, the parents' group that organised the protest, said it would ask the state to review the vote."),
   ("c", "A parents' group, Keep Dunmere Schools Local, has said it will complain to the state Department of Education.")]),
 ("The parents' group says the budget was posted online only shortly before the vote.", [
   ("a", "A parents' group, Keep Dunmere Schools Local, said the final budget had been posted online only on the afternoon before the vote, too late for families to read it."),
   ("c", "It says the budget was posted online just hours before the vote.")]),
], [
 ("number", "How the board voted (5-2, the district's minutes; 4-3, a trustee).", True, [
   ("b", "the district's official minutes", "Two Dunmere elementary schools are to close after the school board approved next year's budget by a 5-2 vote, according to the district's official minutes, a tally one trustee says is wrong."),
   ("b", "Nadia Pell", "Trustee Nadia Pell said she voted no on the budget and that the minutes should show a 4-3 vote.")]),
 ("number", "How big the budget is ($212 million or $218 million).", False, [
   ("a", A, "The Dunmere school board voted 4-3 early on Wednesday to approve a $212 million budget that will close two elementary schools, after a meeting that ran past midnight."),
   ("c", A, "The budget totals $218 million, including $6 million set aside for building repairs.")]),
 ("number", "How big next year's shortfall is ($9.4 million, the superintendent and the district; closer to $6 million, the teachers' association).", True, [
   ("a", "Lorna Feeney", "Superintendent Lorna Feeney said the Dunmere Unified School District faced a $9.4 million shortfall next year because enrolment had fallen 11 percent since 2019."),
   ("a", "the Dunmere Teachers Association", "The Dunmere Teachers Association said the shortfall was closer to $6 million, because the district had left out $3.1 million in state aid it expects to receive in the autumn.")]),
 ("version", "Whether the budget was put online in time (only the afternoon before, the parents' group; since March 2, the district).", True, [
   ("a", "Keep Dunmere Schools Local", "A parents' group, Keep Dunmere Schools Local, said the final budget had been posted online only on the afternoon before the vote, too late for families to read it."),
   ("a", "the district", "The district denied that, saying the draft budget had been on its website since March 2.")]),
 ("version", "When the schools close (at the end of the current school year; in June 2027, after one more full year).", False, [
   ("a", "the district", "Hollis Park Elementary and Greer Street Elementary will close at the end of the current school year, and their 640 pupils will move to Carrow Elementary and Linwood Elementary, the district said."),
   ("c", "the district", "The district says both will close in June 2027, after one more full school year, so that families have time to plan.")]),
 ("number", "How many people came to the meeting (more than 300 parents or about 200 people).", False, [
   ("a", A, "More than 300 parents packed the meeting at Dunmere High School, and 84 people signed up to speak."),
   ("c", A, "About 200 people attended.")]),
 ("version", "Whether the closures are final (final, the board president; could be revisited in the autumn, the same president in another outlet).", False, [
   ("a", "Walter Acheson", "Board president Walter Acheson said the closures were final."),
   ("b", "Walter Acheson", "Board president Walter Acheson told the Gazette on Thursday that the board could revisit the closures in the autumn if the state's aid figures came in higher than expected.")]),
])

# 2: a footbridge collapse. Shapes: the dead (three, police; four, "including a ... man who died in
# hospital on Sunday morning, the ... hospital trust said"); the injured (27, police; "At least 40 ...
# were treated", the trust); the people on the bridge ("About 150 ..., according to police" / "No more
# than 90, according to the council"); the cause ("a steel hanger ... had corroded through", the council
# / "denied that corrosion caused the collapse, saying the bridge had been carrying more than twice the
# load", the inspecting firm; in two outlets); the last inspection ("in March 2021, not in May 2024 as
# the council has said", records seen by one outlet, against the council's date in another); the year the bridge opened
# (1987 / 1991); an independent inquiry (the council leader "would ask for" one / "had not decided
# whether to ask for" one: one speaker in two outlets).
LABELS["b47-2"] = _labels("A footbridge collapses during a festival; the toll and the cause are disputed (invented)", _arts("b47-2"), [
 ("The Millrace footbridge over the River Tessel in Kestwick collapsed on Saturday evening during a festival.", [
   ("a", "when a footbridge over the River Tessel in Kestwick collapsed during a festival on Saturday evening, police said."),
   ("c", "A footbridge packed with people watching fireworks collapsed into the River Tessel in Kestwick on Saturday evening.")]),
 ("It gave way (shortly after 7 p.m.) as crowds watched fireworks.", [
   ("a", "gave way at about 7:15 p.m. as crowds gathered to watch a fireworks display, dropping dozens of people into the river below."),
   ("c", "The Millrace Bridge gave way shortly after 7 p.m. during the town's annual river festival.")]),
 ("Divers searched the river overnight.", [
   ("a", "Divers searched the river through the night."),
   ("b", "Police divers searched the river until dawn on Sunday.")]),
 ("The council says a corroded steel hanger failed.", [
   ("a", "Kestwick District Council said a steel hanger that held the deck to the main cable had corroded through."),
   ("c", "Kestwick District Council says a rusted steel hanger snapped.")]),
 ("The inspecting firm, Halvard & Pike, says the bridge was overloaded.", [
   ("a", "Halvard & Pike, the engineering firm that inspected the bridge for the council, denied that corrosion caused the collapse, saying the bridge had been carrying more than twice the load it was designed for."),
   ("b", "Halvard & Pike, the firm that carried out the council's inspections, said the bridge had been overloaded."),
   ("c", "The firm that inspected the bridge disputes that and says the bridge was carrying far more weight than it was built for.")]),
 ("The council says the bridge was last inspected in May 2024.", [
   ("a", "The bridge was last inspected in May 2024 and was found to be safe, the council said."),
   ("c", "The council says the bridge was inspected in May 2024 and passed.")]),
 ("The national Building Safety Authority has opened an investigation.", [
   ("a", "The national Building Safety Authority said it had opened an investigation."),
   ("c", "The national Building Safety Authority has opened an investigation.")]),
 ("The rest of the festival was cancelled.", [
   ("a", "The river festival, which has been held every summer since 1994, was cancelled for Sunday."),
   ("c", "The organisers have cancelled the rest of this year's festival.")]),
], [
 ("number", "How many people died (three, police; four, the hospital trust).", False, [
   ("a", "police", "Three people were killed and 27 injured when a footbridge over the River Tessel in Kestwick collapsed during a festival on Saturday evening, police said."),
   ("b", "the Tessel Valley hospital trust", "Four people died after the Millrace Bridge collapse in Kestwick, including a 71-year-old man who died in hospital on Sunday morning, the Tessel Valley hospital trust said.")]),
 ("number", "How many people were hurt (27, police; at least 40 treated, the hospital trust).", False, [
   ("a", "police", "Three people were killed and 27 injured when a footbridge over the River Tessel in Kestwick collapsed during a festival on Saturday evening, police said."),
   ("b", "the trust", "At least 40 people were treated at Kestwick General Hospital, the trust said, nine of them for serious injuries.")]),
 ("number", "How many people were on the bridge (about 150, police; no more than 90, the council).", False, [
   ("a", "police", "About 150 people were on the bridge when it fell, according to police."),
   ("c", "the council", "No more than 90, according to the council, which says it has reviewed camera footage from both banks.")]),
 ("version", "Why the bridge fell (a corroded hanger, the council; overloaded, the inspecting firm).", True, [
   ("a", "Kestwick District Council", "Kestwick District Council said a steel hanger that held the deck to the main cable had corroded through."),
   ("a", "Halvard & Pike", "Halvard & Pike, the engineering firm that inspected the bridge for the council, denied that corrosion caused the collapse, saying the bridge had been carrying more than twice the load it was designed for.")]),
 ("version", "When the bridge was last inspected (May 2024, the council; March 2021, records seen by the outlet).", False, [
   ("a", "the council", "The bridge was last inspected in May 2024 and was found to be safe, the council said."),
   ("b", "inspection records", "Inspection records obtained by the Echo show that the bridge was last inspected in March 2021, not in May 2024 as the council has said.")]),
 ("version", "When the bridge opened (1987 or 1991).", False, [
   ("b", A, "The bridge, which links the town centre to Tessel Park, opened in 1987 and was repaired in 2015 after flood damage."),
   ("c", A, "The bridge opened in 1991 and is one of three footbridges in the town.")]),
 ("version", "Whether there will be an independent inquiry (she will ask for one, the council leader; not decided, the same leader in another outlet).", False, [
   ("a", "Edith Marr", "Marr said the council would ask for an independent inquiry led by a judge."),
   ("b", "Edith Marr", "Council leader Edith Marr said on Sunday that the council would first carry out its own review and had not decided whether to ask for an independent inquiry.")]),
])

# 3: a health insurer's data breach. Shapes: the people affected (about 1.2 million, the insurer; "as
# many as 3.4 million ..., according to" a security firm); medical data ("no medical records", the
# insurer / "the files also held diagnosis codes", the firm's researcher); the ransom ("said Corvane
# had paid" / "Corvane denied paying any ransom", within one outlet, and in a third); found "on October
# 3" / "flagged unusual activity ... on September 19, two weeks before the company says it found the
# attack" (a regulator filing "seen by" the outlet); the chief executive "all ... systems had been fully
# restored by Monday" / "some claims systems would remain offline until next week" (one speaker in two
# outlets); credit monitoring "two years" / "12 months".
LABELS["b47-3"] = _labels("A health insurer says hackers stole members' data; the count and what was taken are disputed (invented)", _arts("b47-3"), [
 ("Hackers stole the personal data of about 1.2 million Corvane members, the insurer says.", [
   ("a", "Corvane Health, one of the largest health insurers in the Ostmark region, said on Tuesday that hackers had stolen the personal details of about 1.2 million of its members."),
   ("b", "Corvane has put the number at 1.2 million."),
   ("c", "Corvane Health says hackers stole personal data belonging to about 1.2 million members.")]),
 ("The data taken included names, addresses, dates of birth and member ID numbers.", [
   ("a", "The company said the stolen data included names, addresses, dates of birth and member ID numbers, but no medical records or bank details."),
   ("c", "Names, addresses, dates of birth and member ID numbers, the insurer says.")]),
 ("Corvane says no medical records were taken.", [
   ("a", "The company said the stolen data included names, addresses, dates of birth and member ID numbers, but no medical records or bank details."),
   ("c", "It says no medical records were taken.")]),
 ("A ransomware group, Grey Lantern, claimed the attack.", [
   ("a", "A ransomware group calling itself Grey Lantern claimed responsibility on its website"),
   ("b", "Grey Lantern, the group that claimed the attack, has been linked by researchers to at least 14 attacks on hospitals and insurers since 2024."),
   ("c", "A ransomware group called Grey Lantern has claimed the attack.")]),
 ("Corvane says it did not pay a ransom.", [
   ("a", "Corvane denied paying any ransom."),
   ("c", "The group says Corvane paid a ransom; the company says it did not.")]),
 ("Corvane found the attack on October 3.", [
   ("a", "It first detected the intrusion on October 3 and shut down the affected systems the same day, it said."),
   ("c", "Corvane says the attackers got into its systems on September 28 and were discovered on October 3.")]),
 ("Corvane is offering affected members free credit monitoring.", [
   ("a", "Corvane is offering affected members two years of free credit monitoring"),
   ("b", "Corvane said it was offering affected members free credit monitoring and had reported the breach to the police."),
   ("c", "Corvane is offering 12 months of free credit monitoring through Sentrel, a credit agency.")]),
 ("Corvane's shares fell 6 percent on Tuesday.", [
   ("a", "Shares in Corvane fell 6 percent on Tuesday."),
   ("c", "Its shares fell 6 percent on Tuesday.")]),
 ("Corvane insures about 3.9 million people.", [
   ("a", "Corvane, which insures about 3.9 million people, was fined in 2021 over a smaller leak of customer emails."),
   ("c", "The insurer covers about 3.9 million people in the region.")]),
 ("The regional data protection commissioner's office is investigating.", [
   ("a", "The regional data protection commissioner's office said it was investigating"),
   ("c", "The regional data protection commissioner's office has opened an inquiry.")]),
], [
 ("number", "How many people's records were taken (about 1.2 million, the insurer; as many as 3.4 million, a security firm).", False, [
   ("a", "Corvane Health", "Corvane Health, one of the largest health insurers in the Ostmark region, said on Tuesday that hackers had stolen the personal details of about 1.2 million of its members."),
   ("b", "Blackfen Security", "The hack at Corvane Health exposed the records of as many as 3.4 million people, according to Blackfen Security, a cybersecurity firm that says it has examined files the hackers posted online.")]),
 ("version", "Whether medical data was taken (no medical records, the insurer; diagnosis codes and prescriptions, the firm's researcher).", False, [
   ("a", "the company", "The company said the stolen data included names, addresses, dates of birth and member ID numbers, but no medical records or bank details."),
   ("b", "Ilse Navarro", "Blackfen's head of research, Ilse Navarro, said the files also held diagnosis codes and prescription histories for some members.")]),
 ("version", "Whether Corvane paid a ransom (it did, the hackers; it did not, Corvane).", True, [
   ("a", "Grey Lantern", "A ransomware group calling itself Grey Lantern claimed responsibility on its website and said Corvane had paid it to delete the files."),
   ("a", "Corvane", "Corvane denied paying any ransom.")]),
 ("version", "When the attack was found (October 3, the insurer; flagged on September 19, a regulator filing).", False, [
   ("a", "the company", "It first detected the intrusion on October 3 and shut down the affected systems the same day, it said."),
   ("b", "a filing with the Ostmark insurance regulator", "A filing with the Ostmark insurance regulator, seen by the Tribune, shows that Corvane's security team flagged unusual activity on its servers on September 19, two weeks before the company says it found the attack.")]),
 ("version", "Whether the systems are back (all fully restored by Monday, the chief executive; some offline until next week, the same chief executive in another outlet).", False, [
   ("a", "Raymond Oster", "Oster said all of the company's systems had been fully restored by Monday."),
   ("b", "Raymond Oster", "Chief executive Raymond Oster told analysts on Tuesday that some claims systems would remain offline until next week, and that members should expect delays in payments to doctors and pharmacies.")]),
 ("number", "How long the free credit monitoring lasts (two years or 12 months).", False, [
   ("a", "the company", "Corvane is offering affected members two years of free credit monitoring and will write to each of them within 30 days, the company said."),
   ("c", A, "Corvane is offering 12 months of free credit monitoring through Sentrel, a credit agency.")]),
])


def main(argv: list[str] | None = None) -> int:
    return genre37.main(argv, LABELS, OUT, __doc__)


if __name__ == "__main__":
    sys.exit(main())
