#!/usr/bin/env python3
"""Build (or check) evals/digest_gold_cnn29/: a third blind set of same-event CNN clusters from the
faithfulness dev data, labelled blind in session 27 (blind29), before the digest ran on them
(evals/digest_gold_cnn29/README.md). Stories differ from cnn27's and cnn28's.

The articles are documents of ../shared/devdata/faithfulness/pairs.jsonl, named by the pairs'
`doc_id` (each id below has one document text there; the file also records the text's sha256 so a
changed text is caught). Labels follow evals/digest_gold/README.md and, like agree25, list every
proposition two or three articles state. An agreement is (proposition, [(article, quote), ...]);
a conflict is (type, about, within_article, [(article, source, quote), ...]). Only the quotes are
stored; the texts are read at run time.

    python evals/tools/make_digest_gold_cnn29.py           # rebuild + check
    python evals/tools/make_digest_gold_cnn29.py --check   # check the files on disk
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("make_digest_gold_cnn27", _HERE / "make_digest_gold_cnn27.py")
cnn27 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cnn27)  # the labels' form, the span checks and the writer are cnn27's

OUT = cnn27.mdg.ROOT / "evals" / "digest_gold_cnn29"
A = "article"  # the outlet's own voice as a conflict side
_labels = cnn27._labels


LABELS: dict[str, dict] = {}

# 1: a cyberattack on a broadcaster: the night's report and the next day's (a earlier, b later)
LABELS["cnn29-1"] = _labels("A cyberattack blacks out a French-language TV network, 2015", {
    "a": "factcc_115", "b": "factcc_282"}, [
 ("A cyberattack the director called extremely powerful took the network's channels off air on Wednesday.", [
   ("a", "Eleven channels associated with the French-language global television network TV5Monde went black late Wednesday due to an \"extremely powerful cyberattack,\" the network's director said."),
   ("b", "Television network TV5Monde was gradually regaining control of its channels and social media outlets after suffering what the network's director called an \"extremely powerful cyberattack.\"")]),
 ("The network also lost its social media and websites, the director said in a Facebook video.", [
   ("a", "In addition to its 11 channels, TV5Monde also temporarily lost control of its social media outlets and its websites, director Yves Bigot said in a video message posted later on Facebook."),
   ("b", "In addition to its 11 channels, TV5Monde lost control of its social media outlets and its websites, director Yves Bigot said in a video message posted later on Facebook.")]),
 ("A still-working mobile site said an Islamist group did the hacking.", [
   ("a", "On a mobile site, which was still active, the network said it was \"hacked by an Islamist group.\""),
   ("b", "On a mobile site, which was still active, the network said it was \"hacked by an Islamist group.\"")]),
 ("ISIS logos showed on the network's social media accounts.", [
   ("a", "ISIS logos and markings could be seen on some TV5Monde social media accounts."),
   ("b", "ISIS logos and markings appeared on  TV5Monde social media accounts.")]),
 ("Nobody claimed responsibility at once.", [
   ("a", "But there was no immediate claim of responsibility by ISIS or any other group."),
   ("b", "But there was no immediate claim of responsibility by ISIS or any other group.")]),
 ("The network reaches 260 million homes, per the culture ministry.", [
   ("a", "According to France's Ministry of Culture and Communications, TV5Monde offers round-the-clock entertainment, news and culturing programming in French that reaches 260 million homes worldwide."),
   ("b", "TV5Monde offers round-the-clock entertainment and news programming that reaches 260 million homes worldwide, according to the Ministry of Culture and Communications.")]),
 ("Three national governments and a Belgian federation run it as partners.", [
   ("a", "It functions under a partnership that consists of the governments of France, Canada and Switzerland, as well as the Wallonia-Brussels Federation."),
   ("b", "It functions under a partnership among the governments of France, Canada and Switzerland, as well as the Wallonia-Brussels Federation.")]),
 ("Other French channels supply its content.", [
   ("a", "Other networks that provide content to TV5Monde include CNN affiliates France 2 and France 3, France 24 and Radio France International."),
   ("b", "Other networks that provide content to TV5Monde include CNN affiliates France 2 and France 3, France 24 and Radio France International.")]),
], [
 ("version", "Start of the blackout (10 p.m. or 8:45 p.m., French time).", False, [
   ("a", A, "The outage began around 10 p.m. Paris time (4 p.m. ET), and network teams were still working to restore service more than five hours later."),
   ("b", A, "The outage began around 8:45 p.m. Paris time (2:45 p.m. ET) on Wednesday.")]),
])

# 2: five women's rights activists held in China: an advocate's column and a news report
LABELS["cnn29-2"] = _labels("Five Chinese women's rights activists detained before Women's Day, 2015", {
    "a": "factcc_106", "b": "factcc_297"}, [
 ("Wu and four other activists are held.", [
   ("a", "Since then, the Chinese authorities have formally detained her and four other activists"),
   ("b", "The detention of Wei, along with Wu Rongrong, Li Tingting, Wang Man and Zheng Churan has drawn harsh criticism from the international community.")]),
 ("They were first held on a charge of stirring up trouble.", [
   ("a", "for \"creating disturbances.\""),
   ("b", "The five were initially held on suspicion of \"picking quarrels and provoking trouble.\"")]),
 ("They had planned a Women's Day action against sexual harassment.", [
   ("a", "Last month Wu Rongrong was taken into custody for planning to protest on International Women's Day against sexual harassment in China."),
   ("b", "The five -- who are members of China's Women's Rights Action Group -- had planned to hand out stickers printed with slogans saying \"stop sexual harassment, let us stay safe\" and \"go police, go arrest those who committed sexual harassment!\" on women's day.")]),
 ("A decision on formal arrest is due by Monday, April 13.", [
   ("a", "The fate of the five will be revealed by April 13, as their case reaches the legal time limit when they must either be released or \"formally arrested,\" which almost always leads to conviction in China's legal system."),
   ("b", "Wang told CNN that prosecutors had to decide whether to pursue the charges within seven days of the submission -- by Monday.")]),
 ("Their protests were stunts: taking over toilets, bloodied wedding dresses, shaved heads.", [
   ("a", "Wu and her colleagues have used innovative tactics with a certain shock factor — \"occupying\" public toilets to show the need for more such conveniences for women, donning blood-spattered wedding gowns to protest domestic violence, shaving their heads to protest against barriers to higher education for women"),
   ("b", "Maya Wang, China researcher at Human Rights Watch, said the activists were best known for their \"performance art\" style protests -- occupying public toilets to highlight long lines at women's restrooms, donning blood-spattered wedding gowns to protest domestic violence and shaving their heads to protest against barriers to higher education for women.")]),
 ("The activists embody their generation's spirit.", [
   ("a", "Perhaps this is what the government finds threatening: that these activists epitomize the spirit of the times."),
   ("b", "\"These activists epitomize the spirit of the times. They are young, confident, ready to challenge established norms,\" Wang said.")]),
 ("The coming anniversary of the 1995 women's conference makes the detention hard to justify.", [
   ("a", "As China prepares to mark the anniversary of the Fourth World Conference on Women in September, it will be harder for the authorities to justify detaining these activists."),
   ("b", "As China prepares to mark the anniversary of landmark UN Fourth World Conference on Women in September, it will be hard for authorities to justify detaining the activists, she added.")]),
], [
 ("version", "When the women were taken (on Women's Day itself, or two days before it).", False, [
   ("a", A, "Not only did they take place on the very day that marks women's achievements and their struggle for equality"),
   ("b", A, "The women were among detained on March 6 and March 7 in three Chinese cities -- Beijing, Guangzhou and Hangzhou -- shortly before events they had planned for International Women's Day on March 8.")]),
 ("version", "Whether what the women did is a crime.", True, [
   ("b", "police", "police had recommended on April 6 that prosecutors press charges of \"assembling a crowd to disturb public order.\""),
   ("b", "William Nee", "The women were doing nothing wrong, nothing illegal.")]),
])

# 3: a rights group's yearly count of executions: its head's column and a news report
LABELS["cnn29-3"] = _labels("A rights group's annual death-penalty report, 2015", {
    "a": "factcc_29", "b": "factcc_94"}, [
 ("Amnesty's yearly death-penalty report is out.", [
   ("a", "Today, Amnesty International releases its annual review of the death penalty worldwide."),
   ("b", "The annual report catalogs the use of state-sanctioned killing as a punitive measure across the globe, and this year's edition contains some mixed findings.")]),
 ("Last year governments used executions against threats of terror and crime.", [
   ("a", "But it was also indicative of a trend that was starkly evident last year around the world -- governments using the death penalty in a misguided, and often cynical, attempt to tackle crime and terrorism."),
   ("b", "\"The dark trend of governments using the death penalty in a futile attempt to tackle real or imaginary threats to state security and public safety was stark last year,\" said Salil Shetty, Amnesty's Secretary General in a release.")]),
 ("Pakistan ended a six-year halt on executing civilians after the December school attack.", [
   ("a", "In Pakistan, the government lifted a six-year moratorium on the execution of civilians in the wake of the horrific Taliban attack on a school in Peshawar in December."),
   ("b", "The report, \"Death Sentences and Executions 2014,\" cites the example of Pakistan lifting a six-year moratorium on the execution of civilians following the horrific attack on a school in Peshawar in December.")]),
 ("China used capital punishment in its crackdown campaign in Xinjiang.", [
   ("a", "The public mass sentencing was part a China's \"Strike Hard\" campaign against unrest in Xinjiang, a campaign the government claims was launched to combat \"terrorism\" and \"separatism.\""),
   ("b", "China is also mentioned, as having used the death penalty as a tool in its \"Strike Hard\" campaign against terrorism in the restive far-western province of Xinjiang.")]),
 ("Recorded executions fell from 778 to 607.", [
   ("a", "The number of executions recorded around the world dropped significantly in 2014 compared with the previous year, from 778 to 607."),
   ("b", "At least 607 people were executed around the world in 2014, compared to 778 in 2013.")]),
 ("The count leaves out China, whose figures are secret.", [
   ("a", "This number does not include China"),
   ("b", "Amnesty's figures do not include statistics on executions carried out in China, where information on the practice is regarded as a state secret.")]),
 ("China's executions outnumber all other countries' together.", [
   ("a", "where more people are put to death than the rest of the world put together"),
   ("b", "While figures are not available, Amnesty estimates that China also executes \"thousands\" of prisoners each year, \"more than the rest of the world put together.\"")]),
 ("Death sentences jumped in 2014 (by over 500; 28% to 2,466).", [
   ("a", "A sharp spike in death sentences recorded in 2014 -- up more than 500 on the previous year -- can also be attributed to governments using the death penalty as a political tool."),
   ("b", "At least 2,466 people globally are confirmed to have been handed the sentence last year, an increase of 28% compared with 2013.")]),
 ("Mass sentencing in Egypt and Nigeria drove the jump.", [
   ("a", "The rise was largely because of developments in Egypt and Nigeria, where courts imposed hundreds of death sentences in the context of internal political instability or crime and armed conflict."),
   ("b", "The report notes that the spike in sentencing is attributable to mass-sentencing in countries including Egypt and Nigeria, \"against scores of people in some cases.\"")]),
 ("Executions in sub-Saharan Africa fell by over a quarter (28%).", [
   ("a", "Executions were recorded in only three countries in sub-Saharan Africa -- Equatorial Guinea, Somalia and Sudan -- and the number of people put to death went down by more than a quarter."),
   ("b", "Sub-Saharan Africa, for example, saw a 28% fall in reported cases, and executions recorded in the Middle East and North Africa were down 23% compared to 2013.")]),
 ("In the Americas only the US executes.", [
   ("a", "The Americas continued to be execution-free, apart from the United States."),
   ("b", "The United States has the dubious distinction of being the only country in the Americas to conduct executions, but the number of convicts put to death here fell slightly, from 39 in 2013 to 35 in 2014.")]),
 ("Executions do not deter.", [
   ("a", "There is no evidence that the threat of execution is more of a deterrent to crime than a prison sentence, as United Nations and other studies have repeatedly confirmed."),
   ("b", "It is shameful that so many states around the world are essentially playing with people's lives -- putting people to death for 'terrorism' or to quell internal instability on the ill-conceived premise of deterrence.")]),
 ("The year also brought good news.", [
   ("a", "Despite the troubling developments we recorded last year, there was still much good news to be found."),
   ("b", "The organization found \"positive developments\" worldwide, with most regions seeming to show reductions in the number of executions.")]),
], [])

# 4: a militia's captives of one minority: a release of over 200 and a survivor's account (one story, two events)
LABELS["cnn29-4"] = _labels("ISIS's captives from Iraq's Yazidi minority: a release and an escape, 2015", {
    "a": "cnn-test-c05bda9b387ec8ae43803170b6f59b4b82505db9", "b": "factcc_32"}, [
 ("ISIS took the town of Sinjar last August and Yazidis fled.", [
   ("a", "ISIS' conquest of the town of Sinjar, in particular, provoked a major humanitarian crisis as some Yazidis fled into the mountains -- where many became trapped for a time without food and water -- and others fled by foot into neighboring Syria."),
   ("b", "The vast majority of the camp's occupants are from the town of Sinjar and fled the ISIS assault there back in August.")]),
 ("ISIS took Yazidis captive.", [
   ("a", "a minority group whose members were killed, captured and displaced when the Islamist terror organization overtook their towns in northern Iraq last summer"),
   ("b", "ISIS took thousands of Yazidis captive.")]),
 ("ISIS enslaved and raped Yazidi women.", [
   ("a", "Reports emerged from some Yazidi survivors that ISIS raped and enslaved female Yazidi captives."),
   ("b", "But the Islamist militants separated the young women and girls to be sold as sex slaves.")]),
], [
 ("number", "How many Yazidis were freed (217 or 228).", True, [
   ("a", "Nuri Osman", "Osman said 217 Yazidis were released."),
   ("a", "Rassol Omar", "Omar, the Peshmerga commander, had a higher count: 228.")]),
])

# 5: a sports reporter suspended over a filmed outburst: the news report and a parent's column
LABELS["cnn29-5"] = _labels("A TV sports reporter suspended after a filmed tirade at a towing firm, 2015", {
    "a": "factcc_93", "b": "cnndm:476469ad322b867bebce7523324d060e97092a30"}, [
 ("ESPN suspended McHenry for a week.", [
   ("a", "ESPN suspended reporter Britt McHenry for a week after a video of her berating a towing company employee surfaced Thursday."),
   ("b", "This morning, I told her McHenry was suspended for a week by ESPN, and that led to another conversation.")]),
 ("A video records her exchange with a towing company worker.", [
   ("a", "On the roughly one-minute long video that was captured by a surveillance camera"),
   ("b", "But it's not clear that apology will satisfy anyone who watched the video of her exchange with the towing company worker.")]),
 ("She apologised on Twitter.", [
   ("a", "McHenry posted an apology on Twitter, saying she allowed her emotions to get away from her during a stressful situation at a Virginia business."),
   ("b", "McHenry has since apologized on Twitter")]),
 ("She wrote that she had said insulting and regrettable things.", [
   ("a", "\"I ... said some insulting and regrettable things.\""),
   ("b", "saying she said \"some insulting and regrettable things,\"")]),
 ("Her post said she ought to stay polite and rise above it.", [
   ("a", "\"As frustrated as I was, I should always choose to be respectful and take the high road."),
   ("b", "she should \"always choose to be respectful and take the high road.\"")]),
 ("She told the worker she was on television.", [
   ("a", "McHenry sasses back, saying, \"Oh, like yours, 'cause they look so stunning, 'cause I'm on television and you're in a (expletive) trailer, honey."),
   ("b", "Some of McHenry's comments, such as how she's \"on television,\" imply that she may have the dangerous thinking that she, by dint of her career, education and income, is better than people who don't get paid what she does or have the same kind of career or educational opportunities.")]),
 ("She mocked the worker's weight and station.", [
   ("a", "Lose some weight, baby girl."),
   ("b", "Now, did McHenry learn that when a towing company worker or anyone else makes you incredibly angry, you never berate them for their weight, job, appearance and income?")]),
 ("People called for her firing online.", [
   ("a", "The video inspired the Twitter hashtag #firebrittmchenry."),
   ("b", "wrote C Cooper on a Change.org petition asking McHenry's employers to fire her.")]),
], [])


def main(argv: list[str] | None = None) -> int:
    return cnn27.main(argv, labels=LABELS, out=OUT, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main())
