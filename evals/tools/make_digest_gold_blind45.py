#!/usr/bin/env python3
"""Build (or check) evals/digest_gold_blind45/: three INVENTED stories of kinds no other set has, each
told by three invented outlets (a, b, c) of 200-300 words, labelled in session 36 (digest45) before the
digest ran on them (evals/digest_gold_blind45/README.md): a city's boil-water alert, an airline's
computer outage, a city council's transit fare rise.

As blind44: the texts are the project's own (every name, place, company and number made up), they
live in the gold folder (texts/<cluster_id>/<label>.txt) and clusters.json names them by path with
their sha256 ("source": "files"). An agreement is (proposition, [(article, quote), ...]); a conflict
is (type, about, within_article, [(article, source, quote), ...]).

    python evals/tools/make_digest_gold_blind45.py           # rebuild + check
    python evals/tools/make_digest_gold_blind45.py --check   # check the files on disk
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

OUT = cnn27.mdg.ROOT / "evals" / "digest_gold_blind45"
A = "article"  # the outlet's own voice as a conflict side
_labels = cnn27._labels


def _arts(cid: str) -> dict[str, str]:
    return {o: f"texts/{cid}/{o}.txt" for o in "abc"}


LABELS: dict[str, dict] = {}

# 1: a boil-water alert. Shapes: the households by the water authority and by the county's emergency
# office; the sick in hospital by the health director, by a hospital and by "health officials" (three
# counts); a broken main (an engineer) against "No pipe failed" (the manager's denial); the bacteria
# found on Monday / early on Tuesday; the notice lifted "by Friday" / "for at least ten days"; warned
# "within two hours" / "not told until Tuesday afternoon" ("disputed that" within one outlet).
LABELS["b45-1"] = _labels("A city's boil-water alert after E. coli is found (invented)", _arts("b45-1"), [
 ("E. coli was found in Calder Falls' water supply.", [
   ("a", "after E. coli bacteria were found in samples taken at the city's Pinecrest treatment plant"),
   ("b", "Calder Falls residents queued for bottled water on Tuesday after the city's water authority warned that E. coli had been found in the supply"),
   ("c", "E. coli has been found in the water supply of Calder Falls.")]),
 ("About 84,000 households were told to boil their water.", [
   ("a", "Health officials in Calder Falls told about 84,000 households on Tuesday to boil their tap water before drinking it"),
   ("c", "About 84,000 households in Calder Falls and the townships of Elm Ridge and Harlow, the water authority says.")]),
 ("The notice covers the city and the townships of Elm Ridge and Harlow.", [
   ("a", "The notice covers the city and two neighbouring townships, Elm Ridge and Harlow."),
   ("b", "The boil-water notice covers more than 120,000 households in the city and the townships of Elm Ridge and Harlow"),
   ("c", "About 84,000 households in Calder Falls and the townships of Elm Ridge and Harlow, the water authority says.")]),
 ("The bacteria were found in samples taken on Monday.", [
   ("a", "The bacteria were detected in routine tests on Monday, the authority said in a statement."),
   ("c", "The authority says the bacteria were found in samples taken on Monday at the Pinecrest treatment plant.")]),
 ("Bottled water is handed out at four fire stations.", [
   ("a", "Bottled water is being handed out at four fire stations."),
   ("b", "Bottled water is available at four fire stations until 8 p.m. each day."),
   ("c", "Bottled water is being handed out at four fire stations in the city.")]),
 ("Council member Rosa Quintero said the warning came too late.", [
   ("a", "City council member Rosa Quintero said the warning had come too slowly."),
   ("b", "Council member Rosa Quintero said residents were not told until Tuesday afternoon, almost a day after the first positive test."),
   ("c", "Council member Rosa Quintero disputed that, saying many residents heard nothing until Tuesday afternoon.")]),
 ("The authority says residents were warned within two hours.", [
   ("a", "The authority said residents had been warned within two hours of the positive test, by text message, on its website and through local radio stations."),
   ("c", "The authority says it sent text alerts within two hours of the test result.")]),
 ("The last boil-water notice was in 2016.", [
   ("a", "It is the first boil-water notice in Calder Falls since 2016, when a pump failure cut pressure across the city's east side."),
   ("b", "The city's last boil-water notice was in 2016.")]),
 ("Residents should boil water for (at least) one minute.", [
   ("b", "Residents should boil water for at least one minute before drinking it, brushing their teeth or making baby formula, the health department said."),
   ("c", "Boil tap water for one minute before drinking or cooking with it.")]),
 ("Schools are open but drinking fountains are off.", [
   ("a", "Schools in the city stayed open but turned off their drinking fountains."),
   ("c", "Schools are open, but drinking fountains have been switched off and pupils have been asked to bring water from home.")]),
], [
 ("number", "How many households the notice covers (about 84,000, the water authority; more than 120,000, the county emergency office).", False, [
   ("a", "the Calder Falls Water Authority", "Health officials in Calder Falls told about 84,000 households on Tuesday to boil their tap water before drinking it, after E. coli bacteria were found in samples taken at the city's Pinecrest treatment plant, the Calder Falls Water Authority said."),
   ("b", "the county emergency management office", "The boil-water notice covers more than 120,000 households in the city and the townships of Elm Ridge and Harlow, according to the county emergency management office.")]),
 ("number", "How many people were treated in hospital (nine, the health director; 14, a hospital spokesman; about a dozen, health officials).", False, [
   ("a", "Ingrid Halvorsen", "Nine people have been treated in hospital for stomach illness since the weekend, the county health director, Ingrid Halvorsen, said."),
   ("b", "Tobias Renn", "At Mercy Valley Hospital, spokesman Tobias Renn said 14 people had come in with vomiting and diarrhoea since Saturday, four of them children.")]),
 ("version", "What let the bacteria in (a broken main, a city engineer; no pipe failed, a filter inside the plant, the authority's manager).", False, [
   ("a", "Dana Whitlock", "A city engineer, Dana Whitlock, said a water main that broke near the plant on Sunday had let ground water into the system."),
   ("b", "Owen Pratley", "Owen Pratley, the water authority's general manager, denied that a broken main was to blame. \"No pipe failed. The problem started inside the plant, at a filter that was being cleaned,\" he said.")]),
 ("version", "When the bacteria were found (Monday, the authority; early on Tuesday, the state laboratory).", False, [
   ("a", "the authority", "The bacteria were detected in routine tests on Monday, the authority said in a statement."),
   ("b", "the state laboratory", "The bacteria turned up in tests taken early on Tuesday, according to the state laboratory that ran them.")]),
 ("version", "How long the notice lasts (lifted by Friday, the manager; at least ten days, the health director).", False, [
   ("a", "Owen Pratley", "\"We are flushing the lines and adding chlorine, and we expect to lift the notice by Friday if two rounds of tests come back clean,\" the authority's general manager, Owen Pratley, said."),
   ("c", "Ingrid Halvorsen", "Halvorsen said the notice would stay in force for at least ten days while the pipes were flushed and tested.")]),
 ("version", "When residents were warned (within two hours, the authority; not until Tuesday afternoon, a council member).", False, [
   ("a", "the authority", "The authority said residents had been warned within two hours of the positive test, by text message, on its website and through local radio stations."),
   ("b", "Rosa Quintero", "Council member Rosa Quintero said residents were not told until Tuesday afternoon, almost a day after the first positive test.")]),
])

# 2: an airline's computer outage. Shapes: the flights cancelled by the airline and by a tracking
# service; the passengers by the airline and by the tracking service; the start "shortly after 5 a.m."
# / "around 3 a.m."; "not a cyberattack" (the airline) / "hit by ransomware" (the pilots' union) and
# "Norvane denied that"; the authority "has opened an investigation" / "has not opened"; compensation
# refused and "Consumer groups disputed that" (within one outlet).
LABELS["b45-2"] = _labels("An airline's computer outage cancels flights (invented)", _arts("b45-2"), [
 ("Norvane cancelled more than 1,100 flights on Thursday.", [
   ("a", "Norvane Air cancelled 1,150 flights on Thursday after a computer failure knocked out its check-in and crew scheduling systems"),
   ("c", "Thousands of travellers were stranded on Thursday after a computer failure at Norvane Air forced the airline to cancel more than 1,100 flights.")]),
 ("A computer failure hit the check-in and crew systems.", [
   ("a", "after a computer failure knocked out its check-in and crew scheduling systems"),
   ("c", "The problem hit the airline's check-in and crew systems early in the morning.")]),
 ("The outage began shortly after 5 a.m.", [
   ("a", "The outage began shortly after 5 a.m. and was fixed by early afternoon, Norvane's chief operating officer, Lukas Brandt, said."),
   ("c", "Norvane said the outage started shortly after 5 a.m. and that its systems were running again by 1 p.m.")]),
 ("The airline blamed a software update from an outside supplier (Quorra Systems).", [
   ("a", "He blamed a faulty software update installed overnight by an outside supplier, Quorra Systems."),
   ("b", "The airline has blamed a software update from its supplier, Quorra Systems."),
   ("c", "The airline's chief operating officer, Lukas Brandt, said a software update from an outside supplier had caused the failure.")]),
 ("The airline says it was not a cyberattack.", [
   ("a", "\"This was not a cyberattack,\" Brandt told reporters at the airline's base at Westbury airport."),
   ("b", "A spokeswoman, Katya Ruiz, said: \"There was no ransomware and no attack of any kind.\""),
   ("c", "He ruled out a cyberattack.")]),
 ("About 160,000 passengers were affected, the airline said.", [
   ("a", "About 160,000 passengers were affected, the airline said."),
   ("c", "Norvane said about 160,000 passengers had been affected and that it would refund their tickets.")]),
 ("The airline will refund tickets (and pay hotel costs).", [
   ("a", "It said it would refund tickets and pay for hotel rooms for travellers stuck overnight."),
   ("b", "The airline will refund unused tickets"),
   ("c", "Norvane said about 160,000 passengers had been affected and that it would refund their tickets. It will also cover hotel costs for people who could not travel until Friday.")]),
 ("Norvane's shares fell 4 percent.", [
   ("a", "Norvane shares fell 4 percent in Thursday trading."),
   ("b", "Norvane's shares closed 4 percent lower.")]),
 ("Norvane flies about 1,900 flights a day.", [
   ("a", "Norvane, the country's second-largest carrier, operates about 1,900 flights a day."),
   ("b", "The carrier, which flies about 1,900 flights a day, is in the middle of a cost-cutting plan")]),
 ("The airline expects to run normally on Friday.", [
   ("a", "It expects to run a full schedule on Friday, Brandt said."),
   ("c", "The airline expects to operate normally on Friday")]),
 ("The aviation authority will investigate.", [
   ("a", "The national aviation authority said it had opened an investigation and had asked the airline for a full report within 14 days."),
   ("c", "The national aviation authority said it would investigate the failure.")]),
], [
 ("number", "How many flights were cancelled (1,150, the airline; about 1,400, a flight-tracking service).", False, [
   ("a", "the airline", "Norvane Air cancelled 1,150 flights on Thursday after a computer failure knocked out its check-in and crew scheduling systems, stranding passengers at airports across the country, the airline said."),
   ("b", "SkyLedger", "Norvane Air's computer meltdown on Thursday grounded about 1,400 flights, according to the flight-tracking service SkyLedger, more than the carrier itself reported and nearly three-quarters of its daily schedule.")]),
 ("number", "How many passengers were affected (about 160,000, the airline; more than 200,000, the tracking service).", False, [
   ("a", "the airline", "About 160,000 passengers were affected, the airline said."),
   ("b", "SkyLedger", "More than 200,000 passengers were caught up in the disruption, SkyLedger estimated.")]),
 ("version", "When the outage began (shortly after 5 a.m., the airline; around 3 a.m., two pilots).", False, [
   ("a", "Lukas Brandt", "The outage began shortly after 5 a.m. and was fixed by early afternoon, Norvane's chief operating officer, Lukas Brandt, said."),
   ("b", "two pilots", "The failure began around 3 a.m., when crews arriving for early departures found they could not log in, two pilots told the Ledger.")]),
 ("version", "Whether it was an attack (not a cyberattack, the airline; ransomware, the pilots' union).", False, [
   ("a", "Lukas Brandt", "\"This was not a cyberattack,\" Brandt told reporters at the airline's base at Westbury airport."),
   ("b", "the pilots' union", "But the pilots' union said the airline's own systems had been hit by ransomware, citing messages sent to crews on Thursday morning.")]),
 ("version", "Whether the aviation authority has opened an investigation (it has; it has not, a spokesman).", False, [
   ("a", "the national aviation authority", "The national aviation authority said it had opened an investigation and had asked the airline for a full report within 14 days."),
   ("b", "a spokesman", "The national aviation authority has not opened an investigation, a spokesman said, but it has asked Norvane for an explanation.")]),
 ("version", "Whether delay compensation is owed (not, the airline: outside its control; consumer groups disputed that).", True, [
   ("b", "Katya Ruiz", "but Ruiz said it would not pay the fixed compensation owed for long delays because the failure was outside its control."),
   ("b", "consumer groups", "Consumer groups disputed that, saying a fault at an airline's supplier is the airline's responsibility.")]),
])

# 3: a transit fare rise. Shapes: the vote 7-4 / 8-3; the rise "6 percent over two years" / "4
# percent more a year for the next two years" / "about 3 percent in each of the next two years" (rates
# over different spans); the first step "on July 1" / "in September"; the riders a day by the
# authority and by a riders' union; "no routes would be cut" / "ends three ... routes" and "The
# authority denied that"; the mayor "would sign" / "has not decided whether to sign".
LABELS["b45-3"] = _labels("A city council raises transit fares (invented)", _arts("b45-3"), [
 ("The council approved a fare rise on Wednesday.", [
   ("a", "The Port Merrow city council voted 7-4 on Wednesday to raise bus and tram fares by 6 percent over two years"),
   ("b", "after the city council approved a fare increase on Wednesday night by a vote of 8-3."),
   ("c", "The increase, passed 7-4 on Wednesday, adds about 3 percent in each of the next two years.")]),
 ("The vote was 7-4.", [
   ("a", "The Port Merrow city council voted 7-4 on Wednesday"),
   ("c", "The increase, passed 7-4 on Wednesday")]),
 ("It is the first fare rise since 2019.", [
   ("a", "the first increase since 2019"),
   ("c", "Port Merrow's city council has approved higher bus and tram fares, the first rise since 2019.")]),
 ("Fares rise 6 percent over two years (about 3 percent a year).", [
   ("a", "to raise bus and tram fares by 6 percent over two years"),
   ("c", "adds about 3 percent in each of the next two years.")]),
 ("The base fare goes from $2.50 to $2.58 on July 1.", [
   ("a", "The base fare will rise from $2.50 to $2.58 on July 1 and to $2.65 a year later, council member Viktor Anand, who chairs the transport committee, said after the vote."),
   ("c", "The base fare goes from $2.50 to $2.58 on July 1.")]),
 ("The rise is to close a $38 million gap in the transit budget.", [
   ("a", "to help close a $38 million hole in the transit budget."),
   ("b", "Supporters on the council said the increase was needed to cover a $38 million budget gap at the Merrow Transit Authority."),
   ("c", "Council member Viktor Anand said the money would fill a $38 million gap in the transit budget without cutting service.")]),
 ("Fares for pupils and older riders do not change.", [
   ("a", "Fares for pupils and people over 65 will not change."),
   ("b", "Fares for pupils and older riders are frozen."),
   ("c", "Fares for pupils and people over 65 stay the same.")]),
 ("Monthly passes rise by the same share.", [
   ("a", "Monthly passes will go up by the same percentage."),
   ("c", "Monthly passes will rise by the same share.")]),
 ("A riders' group will seek a public vote.", [
   ("a", "The Port Merrow Riders Union said it would collect signatures to put the fare rise to a public vote."),
   ("b", "The union said it would try to force a public vote on the increase."),
   ("c", "A riders' group said it would gather signatures for a public vote on the rise.")]),
 ("A study of free weekend fares is due by December.", [
   ("a", "The council also approved a study of free fares on weekends, to be completed by December."),
   ("b", "said a study of free fares on weekends would report by December."),
   ("c", "The study is due by December.")]),
 ("The authority says it carries about 310,000 riders a day.", [
   ("a", "The Merrow Transit Authority carries about 310,000 riders a day, according to its own figures."),
   ("c", "The Merrow Transit Authority says it carries 310,000 riders a day.")]),
 ("Lowe and Okafor voted against and said management costs should be cut first.", [
   ("a", "Council members Petra Lowe and Sam Okafor, who voted against the rise, said the city should have looked first at cutting the authority's management costs."),
   ("c", "Council members Petra Lowe and Sam Okafor, who voted against the increase, said the authority should cut its own management costs before asking riders to pay more.")]),
], [
 ("number", "The council's vote (7-4 or 8-3).", False, [
   ("a", A, "The Port Merrow city council voted 7-4 on Wednesday to raise bus and tram fares by 6 percent over two years"),
   ("b", A, "Bus and tram riders in Port Merrow will pay 4 percent more a year for the next two years after the city council approved a fare increase on Wednesday night by a vote of 8-3.")]),
 ("number", "How much fares rise (6 percent over two years, about 3 percent a year; or 4 percent a year for two years).", False, [
   ("a", A, "The Port Merrow city council voted 7-4 on Wednesday to raise bus and tram fares by 6 percent over two years"),
   ("b", A, "Bus and tram riders in Port Merrow will pay 4 percent more a year for the next two years")]),
 ("version", "When the first step takes effect (July 1 or September).", False, [
   ("a", "Viktor Anand", "The base fare will rise from $2.50 to $2.58 on July 1 and to $2.65 a year later, council member Viktor Anand, who chairs the transport committee, said after the vote."),
   ("b", "the measure", "The first step takes effect in September, according to the measure.")]),
 ("number", "How many ride each day (about 310,000, the authority; fewer than 250,000, the riders' union).", False, [
   ("a", "the Merrow Transit Authority", "The Merrow Transit Authority carries about 310,000 riders a day, according to its own figures."),
   ("b", "the Port Merrow Riders Union", "the Port Merrow Riders Union says fewer than 250,000 people ride each day, not the 310,000 the authority claims.")]),
 ("version", "Whether routes are cut (none, the authority; three routes end, the riders' union).", False, [
   ("a", "Jonas Ebert", "Its chief executive, Jonas Ebert, said no routes would be cut under the budget."),
   ("b", "the union", "The plan also ends three little-used bus routes in the north of the city, the union said.")]),
 ("version", "Whether the mayor will sign (she would, the mayor; not decided, her office).", False, [
   ("a", "Helene Strand", "Mayor Helene Strand said she would sign the measure."),
   ("b", "her office", "Mayor Helene Strand has not decided whether to sign the measure, her office said on Thursday.")]),
])


def main(argv: list[str] | None = None) -> int:
    return genre37.main(argv, LABELS, OUT, __doc__)


if __name__ == "__main__":
    sys.exit(main())
