#!/usr/bin/env python3
"""Build (or check) evals/digest_gold_cnn27/: eight same-event clusters of CNN articles from the
faithfulness dev data, labelled blind in session 26 (multi27), before the digest ran on them
(evals/digest_gold_cnn27/README.md).

The articles are documents of ../shared/devdata/faithfulness/pairs.jsonl, named by the pairs'
`doc_id` (each id below has one document text there; the file also records the text's sha256 so a
changed text is caught). Labels follow evals/digest_gold/README.md and, like agree25, list every
proposition two or three articles state. An agreement is (proposition, [(article, quote), ...]);
a conflict is (type, about, within_article, [(article, source, quote), ...]). Only the quotes are
stored; the texts are read at run time.

    python evals/tools/make_digest_gold_cnn27.py           # rebuild + check
    python evals/tools/make_digest_gold_cnn27.py --check   # check the files on disk
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("make_digest_gold", _HERE / "make_digest_gold.py")
mdg = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(mdg)

OUT = mdg.ROOT / "evals" / "digest_gold_cnn27"
CLUSTERS_FILE = "clusters.json"
A, K = "article", None


def _labels(event: str, articles: dict[str, str], agreements: list, conflicts: list) -> dict:
    return {"main_event": event, "articles": articles,
            "agreements": [mdg.A(p, *(mdg.Q(o, q) for o, q in qs)) for p, qs in agreements],
            "conflicts": [mdg.K(t, about, *(mdg.S(o, src, q) for o, src, q in sides), within=w)
                          for t, about, w, sides in conflicts]}


LABELS: dict[str, dict] = {}

# 1: an air crash inquiry, two CNN reports days apart (b earlier, a later)
LABELS["cnn27-1"] = _labels("Investigation of an airliner crash in the Alps, 2015", {
    "a": "factcc_5", "b": "cnndm:469c6ac05092ca5997728c9dfc19f9ab6b936e40"}, [
 ("The crash killed all 150 people on board.", [
   ("a", "The crash killed all 150 people on board."),
   ("b", "All 150 on board were killed .")]),
 ("Brice Robin is the Marseille prosecutor.", [
   ("a", "Brice Robin, Marseilles prosecutor, said authorities have found 470 personnel effects at the site."),
   ("b", "Marseille prosecutor Brice Robin told CNN that `` so far no videos were used in the crash investigation . ''")]),
 ("The co-pilot had battled depression years before he took the controls of the flight.", [
   ("a", "It also has emerged that Lubitz had battled depression years before he took the controls of Flight 9525"),
   ("b", "German airline Lufthansa confirmed Tuesday that co-pilot Andreas Lubitz had battled depression years before he took the controls of Germanwings Flight 9525")]),
 ("The co-pilot is held to have crashed the plane deliberately.", [
   ("a", "Authorities say the flight's co-pilot, Andreas Lubitz, locked the captain out of the cockpit and engineered the plane's demise."),
   ("b", "which he 's accused of deliberately crashing last week in the French Alps")]),
 ("Cell phones were collected at the crash site.", [
   ("a", "That number includes 40 cell phones, though all those were badly damaged."),
   ("b", "Cell phones have been collected at the site , he said , but that they `` had n't been exploited yet . ''")]),
 ("The plane crashed in the (French) Alps.", [
   ("a", "The plane crashed March 24 in rugged terrain of the Alps about 6 miles (10 kilometers) from the town of Seyne-les-Alpes."),
   ("b", "of a cell phone video showing the harrowing final seconds from on board Germanwings Flight 9525 as it crashed into the French Alps")]),
 ("Doctors had recently found the co-pilot unfit for work.", [
   ("a", "he had concealed from his employer recent medical leave notes saying he was unfit for work"),
   ("b", "both of whom deemed him unfit to work recently and concluded he had psychological issues")]),
 ("The BEA is France's air accident investigation agency.", [
   ("a", "according to the French air accident investigation agency, the BEA"),
   ("b", "An official with France 's accident investigation agency , the BEA , said the agency is not aware of any such video .")]),
], [])

# 2: a regional summit, two CNN previews
LABELS["cnn27-2"] = _labels("Two nations' thaw and a third's dispute before a regional summit, 2015", {
    "a": "factcc_197", "b": "factcc_220"}, [
 ("The summit is held in Panama.", [
   ("a", "Cuba is trying to re-establish itself at the two-day summit in Panama, arriving with more than 100 government officials, diplomats, small business people and artists."),
   ("b", "But insert Venezuela into the mix and Panama City, Panama, quickly turns into a \"triangle of tension.\"")]),
 ("The summit's attention is on the United States and Cuba meeting there.", [
   ("a", "All eyes are going to be on the new kid finally allowed to play and the big kid who for so long wanted nothing to do with him -- Cuba and the United States in the same diplomatic playground."),
   ("b", "The VII Summit of the Americas was supposed to be all about the symbolic handshake between the United States and Cuba.")]),
 ("Other countries of the region insisted on Cuba's attendance.", [
   ("a", "Cuba pulled off a diplomatic coup by marshaling the support of other regional countries to insist on their attendance at the Summit of the Americas."),
   ("b", "Cuba has historically been the wrench in the diplomatic machinery, with some Latin American leaders threatening not to attend the Summit of the Americas if the United States and Canada didn't agree to invite President Raul Castro.")]),
 ("Five decades of Cold War rivalry between the two countries are ending.", [
   ("a", "Few people then knew that the two countries were secretly involved in negotiations to thaw five decades of deadlocked Cold War-era relations."),
   ("b", "The tide changed December 17, 2014, when President Barack Obama and Castro announced that more than five decades of Cold War rivalry was ending.")]),
 ("The two countries are negotiating to reopen embassies.", [
   ("a", "The forum could provide the opportunity to push forward an agreement to re-establish formal relations and re-open embassies after nearly four months of negotiations."),
   ("b", "Diplomats from both countries immediately began negotiations to establish embassies in Havana and Washington")]),
 ("A U.S. order targeted seven Venezuelan officials.", [
   ("a", "The designation was meant to allow officials to target seven allegedly corrupt Venezuelan officials, but it ignited a firestorm, particularly in Cuba, which has close ties to Venezuela."),
   ("b", "Later,  Obama issued an executive order sanctioning seven Venezuelan officials for human rights violations and saying the country was a \"threat to national security.\"")]),
 ("Cuba's government publicly backs Venezuela against the United States.", [
   ("a", "In March, Fidel Castro published a letter criticizing the U.S.' \"brutal plans towards\" Venezuela and the Cuban government promised \"unconditional aid\" to help defend against American threats."),
   ("b", "Cuban Foreign Minister Bruno Rodriguez has sided publicly with Maduro.")]),
 ("Venezuela is Cuba's ally.", [
   ("a", "Its remains to be seen how much Cuba will risk its warming relations with the United States to back up ally Venezuela."),
   ("b", "The much anticipated handshake between Obama and Castro would steal all the headlines if it wasn't for Cuba's strongest ally, Venezuela.")]),
], [
 ("version", "Whether Venezuela was declared a threat to U.S. national security.", False, [
   ("b", "Barack Obama", "Later,  Obama issued an executive order sanctioning seven Venezuelan officials for human rights violations and saying the country was a \"threat to national security.\""),
   ("a", "Ben Rhodes", "Rhodes also dialed backed rhetoric on Venezuela, saying the country did not pose a national security threat to the United States, despite a recent declaration to that effect.")]),
])

# 3: an attack on a university, two analyses and one news report
LABELS["cnn27-3"] = _labels("An armed group's attack on a Kenyan university, 2015", {
    "a": "factcc_196", "b": "factcc_77", "c": "factcc_80"}, [
 ("The attack killed 147 people.", [
   ("a", "The Thursday massacre was the most deadly assault so far, with 147 dead"),
   ("b", "Kenya froze dozens of accounts linked to suspected terror supporters after militants massacred 147 people last week at a university in Garissa.")]),
 ("Al-Shabaab carried out (claimed) the attack on the university in Garissa.", [
   ("a", "This week's attack on Garissa University College is Al-Shabaab's fifth major assault in Kenya in the past year and a half."),
   ("b", "The government is tracking the finances of people suspected of ties to Al-Shabaab, the militant group that claimed responsibility for the Thursday attack."),
   ("c", "The terrorist group Al-Shabaab has claimed an attack on Garissa University College in eastern Kenya, in which many people have been killed and still more taken hostage.")]),
 ("The group attacked the Westgate Mall in Nairobi in 2013 (67 killed).", [
   ("a", "a four-day siege in late September 2013 at the Westgate Mall in Nairobi in which 67 people were killed"),
   ("b", "In 2013, militants attacked Nairobi's upscale Westgate Mall, leaving 67 people dead."),
   ("c", "the most well-known of them being the massacre at the Westgate Shopping Centre in Nairobi in 2013")]),
 ("Al-Shabaab is based in Somalia.", [
   ("b", "Al-Shabaab is based in Somalia, and its violence has spread to Kenya before."),
   ("c", "Somalia-based Al-Shabaab has been behind a string of recent attacks in Kenya")]),
 ("Kenya has troops in Somalia fighting the group (an African Union mission).", [
   ("a", "Al-Shabaab says its attacks are to protest the more than 3,500 Kenyan soldiers participating in the African Union peacekeeping mission in Somalia."),
   ("b", "The terror group has intensified attacks in Kenya since the country sent troops to Somalia four years ago to help battle the militants."),
   ("c", "Al-Shabaab incursions triggered a military response by the government in Nairobi, which sent troops to Somalia as part of an African Union mission in support of Somalia's internationally recognized government that had been under pressure from Al-Shabaab and other militants for several years.")]),
 ("Al-Shabaab controlled Mogadishu in 2006.", [
   ("a", "In 2006, Al-Shabaab controlled the Somali capital of Mogadishu and, in the following years, much of central and southern Somalia."),
   ("c", "As their alliance obtained control of Somalia's capital Mogadishu in 2006, Ethiopia, the only majority Christian country in the region, took military action against the group.")]),
 ("Al-Shabaab is tied to al Qaeda.", [
   ("a", "Why is Al-Shabaab, a Somali nationalist, Islamist group affiliated with al Qaeda, targeting Kenya?"),
   ("c", "Increasing its links with al-Qaeda, Al-Shabaab declared its full allegiance in 2012 -- and it is not clear whether it will switch allegiances to ISIS.")]),
 ("Al-Shabaab is both an Islamist and a nationalist force.", [
   ("a", "a Somali nationalist, Islamist group affiliated with al Qaeda"),
   ("c", "enabled Al-Shabaab to partially re-invent itself as both an Islamist and nationalist force opposing a foreign \"Christian\" invasion")]),
], [
 ("version", "Whether the attack shows the group growing stronger or weaker.", False, [
   ("c", "article", "The attack is another step in the ongoing escalation of the terrorist group's activities, and a clear indicator that the security situation in East Africa is deteriorating fast."),
   ("a", "article", "In fact, Thursday's attack on the university is one more sign of the weakness of Al-Shabaab")]),
])

# 4: a volunteer deputy's fatal shooting, two CNN reports a day apart
LABELS["cnn27-4"] = _labels("A reserve deputy's fatal shooting of a suspect, Oklahoma 2015", {
    "a": "cnndm:f7e0de384a8e52cafaa3161f71a979d269fe12fe", "b": "factcc_274"}, [
 ("Reserve deputy Bates fatally shot Harris.", [
   ("a", "The Tulsa County reserve deputy who fatally shot a man instead of using his Taser turned himself in to authorities Tuesday at the Tulsa County Jail."),
   ("b", "The deputies were trying to arrest Harris when Reserve Deputy Robert Bates shot him.")]),
 ("Bates is charged with second-degree manslaughter.", [
   ("a", "Bates was charged with second-degree manslaughter Monday."),
   ("b", "Bates is charged with second-degree manslaughter in Harris' death.")]),
 ("Bates is out on $25,000 bail.", [
   ("a", "He surrendered Tuesday morning, accompanied by his attorney, Clark Brewster, and immediately posted bail of $25,000."),
   ("b", "Bates, who is free on $25,000 bond pending trial")]),
 ("Bates announced a Taser but shot Harris with a handgun.", [
   ("a", "Video shows Reserve Deputy Robert Bates announcing he is going to deploy his Taser after an undercover weapons sting on April 2 but then shooting Eric Courtney Harris in the back with a handgun."),
   ("b", "shot Harris with his handgun after calling out, \"Taser, Taser,\" -- an indication he planned to use a stun gun to subdue Harris")]),
 ("The shooting followed a weapons sting on April 2.", [
   ("a", "The Tulsa County Sheriff's Office says a sting operation caught Harris illegally selling a gun."),
   ("b", "pending the review of the April 2 shooting of Harris following a weapons sting")]),
 ("Harris ran from the officers.", [
   ("a", "Harris ran when officers came in for the arrest."),
   ("b", "following a brief foot chase with the other deputies")]),
 ("Bates is 73, and his presence there is questioned.", [
   ("a", "They're also questioning why the 73-year-old Bates -- the CEO of an insurance company who volunteers as a certified reserve deputy -- was on the scene in such a sensitive and high-risk sting operation."),
   ("b", "Amid questions about his age -- 73 -- training and friendship with Glanz, Bates has said the shooting was accidental, and has apologized to the family.")]),
 ("The shooting was an accident (Bates meant to use his Taser).", [
   ("a", "Authorities say Bates thought he pulled out his Taser but \"inadvertently\" fired his gun."),
   ("b", "Bates has said the shooting was accidental")]),
 ("Other officers were holding Harris down.", [
   ("a", "Watching the video of the shooting, Andre Harris said he can see that three or more officers were already on top of his brother."),
   ("b", "Unlike Bates, they are not charged with a crime, but have come under criticism for pinning Harris' head to the ground as he said, \"I'm losing my breath.\"")]),
 ("The sheriff's office says Bates was qualified.", [
   ("a", "The sheriff's office has said that Bates had law enforcement certification"),
   ("b", "The sheriff denied those allegations, saying he was certain Bates had qualified on the gun range and had extensive additional training.")]),
 ("Harris's family says the shooting shows a deep-seated problem in the sheriff's office.", [
   ("a", "\"However, the treatment of Eric of April 2 clearly shows that there is a deep-seated problem within the TCSO,\" the statement said."),
   ("b", "Harris' family has said the shooting reveals \"a deep-seated problem\" within the department and has demanded justice, and changes in policy.")]),
], [
 ("version", "Whether the sheriff has apologized to Harris's family.", False, [
   ("a", "Harris's family", "The family said that the sheriff has not apologized and that the department has not shown remorse or indication it will change its policies."),
   ("b", "article", "On Monday, Glanz also apologized to Harris' family.")]),
 ("version", "Whether Bates's training records were forged or he was unqualified.", True, [
   ("b", "the Tulsa World", "There have been allegations, first reported by the Tulsa World newspaper, that some of Bates' training records had been forged, or that he was unqualified to be serving on the force."),
   ("b", "Stanley Glanz", "The sheriff denied those allegations, saying he was certain Bates had qualified on the gun range and had extensive additional training.")]),
 ("version", "Whether the killing was excusable or unjustified brutality.", True, [
   ("a", "Scott Wood", "Scott Wood, another Bates' attorney, has said the shooting was an \"excusable homicide.\""),
   ("a", "Harris's relatives", "Harris' relatives are demanding an independent investigation of what they call unjustified brutality.")]),
])

# 5: two basketball players arrested near a stabbing, first report and a week later
LABELS["cnn27-5"] = _labels("Two players arrested near the stabbing of a third, New York 2015", {
    "a": "factcc_4", "b": "factcc_269"}, [
 ("Two Hawks were arrested near the scene where Copeland was stabbed.", [
   ("a", "Sefolosha suffered a fractured fibula and ligament damage when he and teammate Pero Antic were arrested near the scene of the stabbing of Indiana Pacers forward Chris Copeland and two other women early April 8."),
   ("b", "Chris Copeland of the Indiana Pacers was stabbed after leaving a trendy New York nightclub early Wednesday, and two Atlanta Hawks -- who had just finished a home game hours before the incident -- were among those arrested, according to police and CNN affiliates.")]),
 ("Police said the two Hawks were not involved in the stabbing.", [
   ("a", "Police said Sefolosha and Antic were not involved in the stabbing incident, but they were charged with misdemeanors, including disorderly conduct and obstructing governmental administration."),
   ("b", "The Hawks were not involved in the stabbing incident, police said, but were arrested on obstruction and other charges later.")]),
 ("They were charged with obstructing governmental administration and disorderly conduct.", [
   ("a", "they were charged with misdemeanors, including disorderly conduct and obstructing governmental administration"),
   ("b", "were arrested on charges of obstructing governmental administration and disorderly conduct, she said.")]),
 ("In a joint statement the two said they will contest the charges.", [
   ("a", "In a joint statement last week, Sefolosha and Antic said they will contest the charges."),
   ("b", "\"We will contest these charges and look forward to communicating the facts of the situation at the appropriate time,\" the players said in a joint statement released by the team.")]),
 ("Copeland was stabbed in the abdomen and left elbow (the Pacers said).", [
   ("a", "According to the Pacers, Copeland underwent surgery on his abdomen and left elbow for stab wounds."),
   ("b", "The Pacers released a statement saying Copeland suffered a knife wound to his left elbow and abdomen, and he's in stable condition at a New York hospital.")]),
 ("Two women were also hurt in the attack.", [
   ("a", "the stabbing of Indiana Pacers forward Chris Copeland and two other women early April 8"),
   ("b", "There was some sort of dispute before the suspect stabbed the 6-foot-8-inch Copeland in the abdomen, slashed Saltara and then slashed another woman, the station reported.")]),
 ("Antic did not play the game against the Nets that day.", [
   ("a", "Antic, a 31-year-old, 6-foot-11 center/forward, missed the April 8 game against the Brooklyn Nets, but has played since then."),
   ("b", "Neither player will be in uniform, the team said.")]),
 ("The Hawks are the top seed in the Eastern Conference.", [
   ("a", "The Hawks enter as the top seed in the NBA's Eastern Conference."),
   ("b", "The Hawks are preparing for a historic playoff run after clinching the No. 1 seed in the NBA's Eastern Conference.")]),
 ("The Pacers are chasing the last playoff place.", [
   ("a", "The Pacers, with one regular-season game left, are trying to secure the last spot in the Eastern Conference playoffs."),
   ("b", "The Pacers sit in the conference's 10th spot but are only one game out of playoff contention.")]),
], [
 ("number", "Antic's age.", False, [
   ("a", "article", "Antic, a 31-year-old, 6-foot-11 center/forward"),
   ("b", "Kelly Ort", "the Hawks' Pero Antic, 32")]),
 ("number", "The age of the second woman hurt.", True, [
   ("b", "WCBS", "While WCBS reported that the second woman was 53 years old"),
   ("b", "WABC", "WABC reported she was 23.")]),
 ("version", "Where the stabbing happened: at the club or down the street.", True, [
   ("b", "Kelly Ort", "Though New York Police Department Det. Kelly Ort initially told CNN the incident occurred just before 4 a.m. at 1OAK, a club in New York's Chelsea neighborhood known to draw celebrities among its clientele"),
   ("b", "the club", "the club later told CNN that the stabbing occurred in front of the Fulton Houses project down the street")]),
])

# 6: a civil war, a UN vote and an aid flight (little overlap: a check on false agreements)
LABELS["cnn27-6"] = _labels("A UN arms embargo and an aid flight in a civil war, 2015", {
    "a": "factcc_246", "b": "factcc_174"}, [
 ("A Saudi-led coalition is fighting the Houthis.", [
   ("a", "In recent weeks, Saudi Arabia has led a coalition that is conducting airstrikes on targets associated with Saleh's supporters and the Houthis, who have emerged as Yemen's most dominant force in recent months."),
   ("b", "the weeks-long battle between Houthi rebels and Saudi-led coalition forces making it too dangerous to visit")]),
 ("The Houthis control the capital, Sanaa (its airport).", [
   ("a", "the minority group that has taken over large swaths of Yemen, including its capital, Sanaa"),
   ("b", "The main terminal at El Rahaba Airport is under the control of the Houthi rebels.")]),
], [])

# 7: a murder trial near its end: a trial report and a day's news round-up
LABELS["cnn27-7"] = _labels("A former football player's murder trial nears its end, 2015", {
    "a": "factcc_214", "b": "factcc_50"}, [
 ("Prosecutors took months to present 131 witnesses.", [
   ("a", "It took prosecutors months to present 131 witnesses to support their claim that former NFL star Aaron Hernandez killed semi-pro player Odin Lloyd."),
   ("b", "It took prosecutors months to present 131 witnesses to support their claim that Hernandez killed semi-pro player Odin Lloyd")]),
 ("On Monday the defense wrapped up its witnesses in less than a day.", [
   ("a", "On Monday, Hernandez's defense gave its side of the story, wrapping up its witnesses in less than a day."),
   ("b", "yet on Monday, Hernandez's defense team wrapped up its witnesses in less than a day")]),
 ("Lloyd's body was found in a Massachusetts industrial park in (June / the summer of) 2013.", [
   ("a", "Hernandez, 25, is on trial for the shooting death of Lloyd, whose body was found in a Massachusetts industrial park in June 2013."),
   ("b", "Jurors in Fall River, Massachusetts, will be asked to decide if Hernandez is culpable in the shooting death of Lloyd, whose body was found in a Massachusetts industrial park in the summer of 2013.")]),
 ("Closing arguments are on Tuesday.", [
   ("a", "Here are some key points jurors will have to consider after each side makes closing arguments on Tuesday"),
   ("b", "Closing arguments are scheduled for Tuesday")]),
 ("The jury will begin deliberating soon.", [
   ("a", "Now that the defense has rested, it won't be long before the jury begins deliberating."),
   ("b", "the jury will begin deliberations soon thereafter")]),
 ("Much of the evidence is circumstantial.", [
   ("a", "Much of the evidence in the former New England Patriots' case is circumstantial."),
   ("b", "Much of the evidence against Hernandez is circumstantial")]),
 ("The team owner Robert Kraft testified.", [
   ("a", "\"He said he was not involved,\" Kraft testified last week."),
   ("b", "New England Patriots owner Robert Kraft's testimony")]),
 ("Hernandez's fiancee testified.", [
   ("a", "Hernandez's fiancee, Shayanna Jenkins, revealed for the first time last week that Hernandez told her to dispose of a box from the couple's home that she said reeked of marijuana."),
   ("b", "the testimony of Hernandez's fiancee")]),
 ("Grainy footage from Hernandez's home security system is evidence.", [
   ("a", "Prosecutors used grainy footage from Hernandez's home security system to suggest he was holding a .45-caliber handgun"),
   ("b", "some grainy footage from Hernandez's home security system")]),
 ("A footprint matching a Nike Air Jordan shoe is evidence.", [
   ("a", "Yet Bennett, who works in crime scene services, testified that the footprint left near Lloyd's body was \"in agreement\" or consistent with the Air Jordan Retro 11 Lows size 13."),
   ("b", "a footprint left by a Nike Air Jordan shoe")]),
 ("Hernandez is a former New England Patriot.", [
   ("a", "But already, his arrest has led to deep consequences, including his release from the New England Patriots and the loss of millions of dollars in expected earnings."),
   ("b", "those of former New England Patriot Aaron Hernandez and Boston bombing suspect Dzhokhar Tsarnaev")]),
], [
 # added after the blind score (README: read in the digest's output, an accusation and the plea against it)
 ("version", "Whether Hernandez shot two men at a nightclub in 2012.", True, [
   ("a", "prosecutors", "Hernandez is also accused of shooting Daniel de Abreu and Safiro Furtado, allegedly over a spilled drink at a nightclub."),
   ("a", "Aaron Hernandez", "Hernandez has pleaded not guilty in those deaths as well.")]),
])

# 8: a police shooting caught on video: an early report and the funeral a week later
LABELS["cnn27-8"] = _labels("An officer's fatal shooting of a fleeing driver, South Carolina 2015", {
    "a": "factcc_223", "b": "factcc_300"}, [
 ("The officer was charged with murder.", [
   ("a", "Slager has been fired and charged with murder in the death of 50-year-old Walter Scott."),
   ("b", "A passer-by caught the shooting on cell phone video, and Officer Michael Slager was swiftly charged with murder.")]),
 ("The officer was fired.", [
   ("a", "Slager has been fired"),
   ("b", "He was fired and faces life in prison or the death penalty if convicted.")]),
 ("The video shows the officer firing eight shots as Scott runs away.", [
   ("a", "A bystander's cell phone video, which began after an alleged struggle on the ground between Slager and Scott, shows the five-year police veteran shooting at Scott eight times as Scott runs away."),
   ("b", "The video shows Scott running from an officer, who fires eight shots.")]),
 ("Scott was hit five times.", [
   ("a", "Scott was hit five times."),
   ("b", "Scott is struck five times; he falls to the ground.")]),
 ("Scott had been pulled over for a broken taillight.", [
   ("a", "who had been pulled over for a broken taillight"),
   ("b", "A week ago, Scott was killed in North Charleston after getting pulled over for a broken taillight.")]),
 ("The witness was walking to work when he saw the officer and Scott.", [
   ("a", "In two interviews with NBC, Santana said that he was walking to his job in North Charleston on Saturday morning when he saw Slager chase Scott"),
   ("b", "He was walking to work when he saw Slager on top of Scott, he said, who was on the ground.")]),
 ("The witness heard a Taser being used.", [
   ("a", "Santana said he heard the sound of a Taser being used."),
   ("b", "Santana said he could hear the sound of a Taser in use.")]),
 ("The witness believes Scott was trying to get away.", [
   ("a", "He believed Scott was trying to get away from it."),
   ("b", "He said he believes Scott was trying to get away.")]),
 ("The witness did not see Scott take the officer's Taser.", [
   ("a", "Feidin Santana, the witness who recorded the video, said he didn't see Scott grab Slager's Taser."),
   ("b", "He said he didn't see Scott go after the Taser, as Slager initially claimed.")]),
 ("The officer said he struggled with Scott over his Taser.", [
   ("a", "The officer initially said that he used a Taser on Scott, who, Slager said, tried to take the weapon."),
   ("b", "He had told investigators that he had tussled with Scott over his Taser and that he feared for his safety.")]),
 ("The struggle happened before the recording began.", [
   ("a", "\"They were down on the (ground) ... before I started recording,\" Santana said."),
   ("b", "Neither the struggle nor the use of a Taser was captured on video, because Santana started recording shortly after that.")]),
 ("A passenger in Scott's car was detained.", [
   ("a", "\"The passenger was ... detained and placed in the back seat of my vehicle,\" the officer reported."),
   ("b", "He was detained briefly after the shooting, one officer wrote in the report.")]),
 ("The police report does not name the passenger.", [
   ("a", "The passenger's identity was not given in the report, but the officer said in the report that the passenger was detained."),
   ("b", "On Friday afternoon, police met with a man who was in Scott's car, but the passenger's name wasn't in a police report obtained by CNN.")]),
 ("The state law enforcement division is investigating.", [
   ("a", "citing an ongoing investigation of Scott's killing by the independent South Carolina Law Enforcement Division"),
   ("b", "Investigators from the South Carolina Law Enforcement Division found troubling inconsistencies from the very start, it said in a statement.")]),
 # added after the blind score (README: read in the digest's output, a proposition both state)
 ("A bystander filmed the shooting on a cell phone.", [
   ("a", "A bystander's cell phone video, which began after an alleged struggle on the ground between Slager and Scott, shows the five-year police veteran shooting at Scott eight times as Scott runs away."),
   ("b", "A passer-by caught the shooting on cell phone video")]),
 ("A white officer killed Scott, a black man.", [
   ("a", "Eyewitness video showing white North Charleston police Officer Michael Slager shooting to death an unarmed black man has exposed discrepancies in the reports of the first officers on the scene."),
   ("b", "The death of Scott, who was black, at the hands of a white police officer was \"motivated by racial prejudice,\" Hamilton said.")]),
], [
 ("version", "Whether Scott took the officer's Taser.", True, [
   ("a", "Michael Slager", "Seconds later, Gann reported, he heard Slager tell a dispatcher, \"Shots fired and the subject is down. He took my Taser.\""),
   ("a", "Feidin Santana", "But Scott never got the Taser or used it on the officer, Santana told NBC.")]),
 ("version", "Whether Scott fought the officer over the Taser.", True, [
   ("b", "Michael Slager", "He had told investigators that he had tussled with Scott over his Taser and that he feared for his safety."),
   ("b", "Feidin Santana", "\"Mr. Scott never tried to fight,\" Santana said.")]),
])


def _pairs_path() -> Path:
    return mdg.devdata() / "faithfulness" / "pairs.jsonl"


def documents(ids: set[str]) -> dict[str, str]:
    """doc_id -> document text for the given ids; each must have exactly one text."""
    path = _pairs_path()
    if not path.is_file():
        raise SystemExit(f"no dev data at {path} (set SUMMARIZER_DEVDATA)")
    found: dict[str, set[str]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                if r.get("doc_id") in ids:
                    found.setdefault(r["doc_id"], set()).add(r["document"])
    for i in ids:
        if len(found.get(i, ())) != 1:
            raise SystemExit(f"{i}: {len(found.get(i, ()))} document texts in {path} (need exactly 1)")
    return {i: next(iter(t)) for i, t in found.items()}


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def build(cid: str, texts_by_id: dict[str, str], labels: dict | None = None) -> dict:
    lab = (labels or LABELS)[cid]
    texts = {}
    for o, doc_id in lab["articles"].items():
        t = texts_by_id[doc_id]
        if mdg.as_loaded(t) != t:
            raise SystemExit(f"{cid}/{o}: load_bytes changes the text; offsets would not hold")
        texts[o] = t

    def span(o: str, quote: str, occ, where: str) -> tuple[str, int, int]:
        s, e = mdg.locate(texts[o], quote, occ, where)
        mdg.check_span(texts[o], s, e, texts[o][s:e], where)
        return texts[o][s:e], s, e

    agreements = []
    for n, a in enumerate(lab["agreements"], 1):
        outs = [q["outlet"] for q in a["quotes"]]
        if len(set(outs)) != len(outs) or len(outs) < 2:
            raise SystemExit(f"{cid}/a{n}: an agreement needs one quote from each of >= 2 articles")
        quotes = []
        for q in a["quotes"]:
            quote, s, e = span(q["outlet"], q["quote"], q["occ"], f"{cid}/a{n}/{q['outlet']}")
            quotes.append({"outlet": q["outlet"], "quote": quote, "start": s, "end": e})
        agreements.append({"id": f"a{n}", "proposition": a["proposition"], "quotes": quotes})
    conflicts = []
    for n, k in enumerate(lab["conflicts"], 1):
        outs = {s["outlet"] for s in k["sides"]}
        if k["within_article"] != (len(outs) == 1) or len(k["sides"]) != 2:
            raise SystemExit(f"{cid}/k{n}: two sides, from one article iff within_article")
        if k["within_article"] and len({s["source"] for s in k["sides"]}) < 2:
            raise SystemExit(f"{cid}/k{n}: within_article needs two different sources")
        sides = []
        for s in k["sides"]:
            quote, b, e = span(s["outlet"], s["quote"], s["occ"], f"{cid}/k{n}/{s['outlet']}")
            sides.append({"outlet": s["outlet"], "source": s["source"], "quote": quote, "start": b, "end": e})
        conflicts.append({"id": f"k{n}", "type": k["type"], "about": k["about"],
                          "within_article": k["within_article"], "sides": sides})
    return {"cluster_id": cid, "main_event": lab["main_event"],
            "articles": dict(lab["articles"]), "agreements": agreements, "conflicts": conflicts}


def cluster_index(texts_by_id: dict[str, str], labels: dict | None = None) -> dict:
    """The gold folder's clusters.json: what the digest suite loads (ids, labels, text hashes)."""
    return {"source": "faithfulness/pairs.jsonl",
            "clusters": [{"cluster_id": cid, "main_event": lab["main_event"],
                          "articles": [{"label": o, "doc_id": d, "sha256": sha(texts_by_id[d])}
                                       for o, d in lab["articles"].items()]}
                         for cid, lab in (labels or LABELS).items()]}


def main(argv: list[str] | None = None, labels: dict | None = None, out: Path | None = None,
         doc: str | None = None) -> int:
    """Build and check a gold folder of faithfulness clusters: this set's by default; another
    builder's (make_digest_gold_cnn28.py) with its own `labels`, `out` and docstring."""
    labels, out = labels or LABELS, out or OUT
    ap = argparse.ArgumentParser(description=(doc or __doc__).split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="only check the files on disk")
    args = ap.parse_args(argv)
    texts = documents({d for lab in labels.values() for d in lab["articles"].values()})
    index = cluster_index(texts, labels)
    if not args.check:
        out.mkdir(parents=True, exist_ok=True)
        for cid in labels:
            (out / f"{cid}.json").write_text(json.dumps(build(cid, texts, labels), indent=2, ensure_ascii=False) + "\n",
                                             encoding="utf-8")
        (out / CLUSTERS_FILE).write_text(json.dumps(index, indent=2) + "\n", encoding="utf-8")
    files = sorted(p for p in out.glob("*.json") if p.name != CLUSTERS_FILE)
    if {f.stem for f in files} != set(labels):
        raise SystemExit(f"{out}: the files are not exactly the labelled clusters (rebuild)")
    if json.loads((out / CLUSTERS_FILE).read_text(encoding="utf-8")) != index:
        raise SystemExit(f"{CLUSTERS_FILE}: differs from a rebuild")
    n_a = n_k = 0
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        if g != build(g["cluster_id"], texts, labels):
            raise SystemExit(f"{f.name}: differs from a rebuild")
        n_a += len(g["agreements"])
        n_k += len(g["conflicts"])
        kinds = [k["type"] for k in g["conflicts"]]
        print(f"{g['cluster_id']}  agreements {len(g['agreements'])}  conflicts {len(g['conflicts'])} "
              f"(number {kinds.count('number')}, version {kinds.count('version')}, "
              f"within-article {sum(k['within_article'] for k in g['conflicts'])})  {g['main_event']}")
    print(f"{len(files)} clusters, {n_a} agreements, {n_k} conflicts: all spans check")
    return 0


if __name__ == "__main__":
    sys.exit(main())
