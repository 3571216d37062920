#!/usr/bin/env python3
"""Build (or check) evals/digest_gold_cnn28/: a second blind set of same-event CNN clusters from the
faithfulness dev data, labelled blind in session 26 (blind28), before the digest ran on them
(evals/digest_gold_cnn28/README.md). Stories differ from cnn27's.

The articles are documents of ../shared/devdata/faithfulness/pairs.jsonl, named by the pairs'
`doc_id` (each id below has one document text there; the file also records the text's sha256 so a
changed text is caught). Labels follow evals/digest_gold/README.md and, like agree25, list every
proposition two or three articles state. An agreement is (proposition, [(article, quote), ...]);
a conflict is (type, about, within_article, [(article, source, quote), ...]). Only the quotes are
stored; the texts are read at run time.

    python evals/tools/make_digest_gold_cnn28.py           # rebuild + check
    python evals/tools/make_digest_gold_cnn28.py --check   # check the files on disk
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("make_digest_gold_cnn27", _HERE / "make_digest_gold_cnn27.py")
cnn27 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cnn27)  # the labels' form, the span checks and the writer are cnn27's

OUT = cnn27.mdg.ROOT / "evals" / "digest_gold_cnn28"
A = "article"  # the outlet's own voice as a conflict side
_labels = cnn27._labels


LABELS: dict[str, dict] = {}

# 1: a spring-break assault case, first arrests and a third arrest days later (a earlier, b later)
LABELS["cnn28-1"] = _labels("Arrests over a videotaped beach assault during spring break, 2015", {
    "a": "factcc_140", "b": "factcc_242"}, [
 ("A woman was allegedly gang-raped during spring break at Panama City Beach.", [
   ("a", "Two Alabama college students are accused of gang raping a woman while on spring break at Florida's Panama City Beach."),
   ("b", "A third person has been arrested in the case of an alleged spring break gang rape that was videotaped on a crowded stretch of Panama City Beach, the Bay County, Florida, Sheriff's Office said Wednesday.")]),
 ("The first two suspects (Calhoun, Martistee) face a multiple-perpetrator sex charge.", [
   ("a", "Ryan Calhoun and Delonte Martistee, students at Troy University, were arrested and charged with sexual battery by multiple perpetrators"),
   ("b", "Previously, Ryan Calhoun and Delonte Martistee were arrested and charged with sexual battery by multiple perpetrators, the sheriff's office said.")]),
 ("Their university (Troy) confirms both are enrolled.", [
   ("a", "A statement from Troy University confirmed the two men are current students."),
   ("b", "Troy University in Alabama said the two are students")]),
 ("The two students were placed on temporary suspension.", [
   ("a", "The students have been placed on temporary suspension from school per the university's standards of conduct and disciplinary procedures."),
   ("b", "have been \"placed on temporary suspension from school per the university's standards of conduct and disciplinary procedures.")]),
 ("Martistee was removed from the track and field team.", [
   ("a", "Martistee, a member of the track and field team, has also been removed from the team."),
   ("b", "Martistee, a member of the track and field team, has also been removed from the team.")]),
 ("Troy police found the video while investigating an unrelated shooting and passed it to the Bay County sheriff.", [
   ("a", "The Troy, Alabama, Police Department found video of what appeared to be a Panama City gang rape during the course of an investigation into an unrelated shooting."),
   ("b", "The Troy, Alabama, Police Department found the video during the course of an investigation into an unrelated shooting and turned it over to the Bay County Sheriff's Office.")]),
 ("The assault happened March 10-12, behind a beach club (Spinnaker).", [
   ("a", "After interviewing witnesses, Bay County investigators determined the alleged rape took place sometime from March 10, 2015, to March 12, 2015, behind Spinnaker Beach Club, a popular bar and dance club for spring breakers."),
   ("b", "After interviewing witnesses, Bay County investigators determined the alleged rape took place between March 10 and March 12, behind Spinnaker Beach Club, a popular bar and dance club for spring breakers.")]),
 ("The victim was a visitor to Panama City (Beach).", [
   ("a", "She was a visitor in Panama City."),
   ("b", "She was visiting Panama City Beach at the time of the assault, and is now home, authorities said.")]),
 ("Police were seeking more suspects than the first two.", [
   ("a", "The investigation continues and more arrests are expected, the Bay County Sheriff's Office said."),
   ("b", "while he previously said federal marshals were trying to track down a third suspect")]),
], [])

# 2: the marathon bombing case after the verdict: a victim family's plea and the anniversary
LABELS["cnn28-2"] = _labels("A bombing trial after the verdict: a victim family's plea and the second anniversary, 2015", {
    "a": "cnn-test-e49792c337d3f4c13e22f710efa44cf6a4e59aba", "b": "factcc_272"}, [
 ("Tsarnaev was convicted last week on 30 charges over the bombings and the violence after them.", [
   ("a", "Last week, Dzhokhar Tsarnaev was found guilty on all 30 charges he faced related to the bombings at the 2013 race and the dramatic violence that dragged out for days afterward."),
   ("b", "Just last week, Dzhokhar Tsarnaev was convicted on 30 charges related to the bombings at the race and the dramatic violence that dragged out for days afterward.")]),
 ("Martin Richard, 8, was the bombing's youngest victim.", [
   ("a", "Bill and Denise Richard wrote about the toll taken on their family after the death of their 8-year-old son, Martin."),
   ("b", "Relatives of 8-year-old Martin Richard, the attack's youngest victim")]),
 ("The older brother (Tamerlan) died in a police gunfight.", [
   ("a", "while his brother, Tamerlan, was killed in a shootout with police two years ago."),
   ("b", "Dzhokhar and his brother Tamerlan, who was killed in a shootout with police, were intent on terrorizing not just Bostonians, but all Americans, prosecutors said.")]),
 ("Two blasts hit the race finish on 15 April 2013.", [
   ("a", "when a pair of bombs went off within 12 seconds of each other at the finish line on April 15, 2013."),
   ("b", "Boston University graduate student Lingzi Lu also was killed in one of the two horrific blasts that brought chaos to the competitors and spectators near the race's finish line on April 15, 2013.")]),
 ("The government is seeking the death penalty.", [
   ("a", "We know that the government has its reasons for seeking the death penalty"),
   ("b", "The death penalty is on the table.")]),
], [
 ("version", "when the jury takes up his punishment", False, [
   ("a", A, "The sentencing phase begins Tuesday, a day after this year's edition of the landmark race. It is expected to last four weeks."),
   ("b", A, "The jury will begin deliberating his punishment next week.")]),
])

# 3: attacks on immigrants in one country: a government statement and a protest march online
LABELS["cnn28-3"] = _labels("Deadly attacks on immigrants in South Africa and the response, 2015", {
    "a": "factcc_112", "b": "factcc_217"}, [
 ("Five died in Durban: two immigrants, three locals (one a boy of 14).", [
   ("a", "The attacks in Durban killed two immigrants and three South Africans, including a 14-year-old boy, authorities said."),
   ("b", "Attacks this week in Durban alone have killed two immigrants and three South Africans, including a 14-year-old boy, authorities said.")]),
 ("Attacks in 2008 killed scores in poor Johannesburg districts.", [
   ("a", "In 2008, scores were killed in attacks in the poorest areas of Johannesburg."),
   ("b", "That year, scores were killed in attacks in the poorest areas of Johannesburg.")]),
 ("Zimbabwean refugees were most of the 2008 dead.", [
   ("a", "Most of the victims were Zimbabweans who had fled repression and dire economic circumstances."),
   ("b", "Most of the victims were Zimbabweans who had fled repression and dire economic circumstances.")]),
 ("A relief charity (Gift of Givers) is aiding the displaced.", [
   ("a", "said Gift of the Givers charity, which is helping those seeking refuge."),
   ("b", "Gift of Givers has been administering assistance at five refugee camps set up by the South African government that now hold roughly 8,000 foreign national refugees, he said, passing out things like clothing and hygiene packs.")]),
 ("About 8,000-8,500 people have taken refuge in camps or centres.", [
   ("a", "The charity said last week that about 8,500 people had fled to refugee centers or police stations because of the violence."),
   ("b", "that now hold roughly 8,000 foreign national refugees")]),
 ("Most South Africans do not share the hostility to foreigners.", [
   ("a", "The xenophobic sentiment is certainly not representative of all South Africans."),
   ("b", "Imtiaz Sooliman, founder and chairman of the Gift of Givers Foundation in Durban, doesn't think most South Africans are against foreigners.")]),
 ("Resentment over jobs and pay drives the tension with immigrants.", [
   ("a", "Heavily armed police have scrambled to stop clashes after local residents accused immigrants from other African nations of taking their jobs."),
   ("b", "\"People are frustrated and unemployed, and people in South Africa pay foreign nationals a lot less,\" he said of the tension between nationals and immigrants.")]),
 ("The government condemned the violence.", [
   ("a", "\"We once again unequivocally condemn the maiming and killing of our brothers and sisters from other parts of the continent,\"  the government said."),
   ("b", "Sooliman said that along with the government strongly condemning the violence")]),
], [
 ("version", "whether the king's words fuel the violence", True, [
   ("b", "Tim Flack", "has brought allegations of hate speech and human rights violations against Zulu King Goodwill Zwelithini, who he said referred to foreigners as \"lice\""),
   ("b", "Zulu King Goodwill Zwelithini", "who denies fueling any violence")]),
])

# 4: a magazine's retracted campus-rape story: a critic's column, the campus left behind, a libel analysis
LABELS["cnn28-4"] = _labels("A magazine's retracted campus-rape story and its fallout, 2015", {
    "a": "factcc_15", "b": "factcc_20", "c": "factcc_237"}, [
 ("The magazine's campus-rape story (UVA) is discredited or retracted.", [
   ("a", "the magazine's disastrous, discredited story about rape on the campus of the University of Virginia"),
   ("b", "There was a larger message in the article about a purported gang rape that Rolling Stone retracted on Sunday night"),
   ("c", "(a)n institutional failure at Rolling Stone resulted in a deeply flawed article about a purported gang rape at the University of Virginia.")]),
 ("A team from Columbia's journalism school reviewed the story.", [
   ("a", "the thorough, devastating report released by a panel of investigators from the Columbia University Graduate School of Journalism"),
   ("b", "When the Columbia Journalism School's 12,000-plus-word critique is summed up"),
   ("c", "According to an outside review by Columbia Journalism School professors")]),
 ("The review found failures of reporting, editing and fact-checking.", [
   ("a", "That review, which is considerably longer than the original article, reveals startling lapses in basic journalistic practice."),
   ("c", "The Columbia team concluded that \"The failure encompassed reporting, editing, editorial supervision and fact-checking.\"")]),
 ("The writer was Sabrina Rubin Erdely.", [
   ("a", "told Rolling Stone writer Sabrina Rubin Erdely"),
   ("b", "if the writer, Sabrina Rubin Erdely, had picked up the phone")]),
 ("The magazine called the student \"Jackie\".", [
   ("a", "An anonymous undergraduate, given the name \"Jackie,\""),
   ("b", "by a student the magazine called \"Jackie,\"")]),
 ("The alleged gang rape was at a fraternity in 2012.", [
   ("a", "she had been invited to a party thrown by Phi Kappa Psi fraternity in 2012 -- only to end up beaten and gang-raped by seven boys"),
   ("b", "The alleged gang rape at a fraternity house was in 2012, and Jackie told the university about it the next spring.")]),
 ("The fraternity named in the story is Phi Kappa Psi.", [
   ("a", "a party thrown by Phi Kappa Psi fraternity"),
   ("c", "including members of the Phi Kappa Psi fraternity and UVA administrators and students")]),
 ("The writer did not talk to Jackie's friends from that night.", [
   ("a", "she never spoke to three of Jackie's friends who allegedly talked with Jackie immediately after the attack"),
   ("b", "made just a few more phone calls to the friends of Jackie who she claimed were with her that night")]),
 ("Will Dana is the magazine's managing editor.", [
   ("a", "Will Dana, the managing editor who presided over the disaster"),
   ("c", "The magazine's managing editor, Will Dana, wrote,")]),
 ("The story opened a national debate about sexual assault on campus.", [
   ("a", "a nationwide debate about the prevalence of sexual violence on college campuses"),
   ("b", "Rolling Stone's story opened up a conversation about the topic")]),
 ("The story was removed from the magazine's website.", [
   ("a", "Before the original story, \"A Rape on Campus,\" was pulled from the Rolling Stone website"),
   ("b", "When the story was deleted from Rolling Stone's website, that was lost.")]),
], [
 ("version", "whether the magazine must change how it edits", True, [
   ("a", A, "Until Wenner and his team learn that basic lesson -- and revamp their hiring, editing and fact-checking process accordingly"),
   ("a", "Will Dana", "It's not like I think we need to overhaul our process")]),
])


def main(argv: list[str] | None = None) -> int:
    return cnn27.main(argv, labels=LABELS, out=OUT, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main())
