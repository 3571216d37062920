#!/usr/bin/env python3
"""Build (or check) evals/digest_gold_fresh21/: four BASIL clusters labelled blind in session 20
(digest21), before the digest was run on them, then tuned on (evals/digest_gold_fresh21/README.md).

Lines 20, 23, 35 and 46 of ../shared/devdata/multidoc/basil_clusters.jsonl: in neither gold set and
not held out. They fall outside make_digest_gold.py's word bounds (an article under 250 or over 900
words), which is why no gold had them; this script uses its label helpers, quote location and span
checks, and no eligibility rule. The labels follow evals/digest_gold/README.md, except that every
shared proposition found was listed (not only the 3-8 most important), so that precision can be
scored: 66 agreements, 6 conflicts.

Labels are written compactly: an agreement is (proposition, [(outlet, quote), ...]); a conflict is
(type, about, within_article, [(outlet, source, quote), ...]). Quotes are typed with straight quotes
and hyphens and found after the same length-preserving fold as make_digest_gold.py. The texts are
read from $SUMMARIZER_DEVDATA (or <repo>/../shared/devdata) at run time; only the quotes are stored.

    python evals/tools/make_digest_gold_fresh21.py           # rebuild + check
    python evals/tools/make_digest_gold_fresh21.py --check   # check the files on disk
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("make_digest_gold", _HERE / "make_digest_gold.py")
mdg = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(mdg)

OUT = mdg.ROOT / "evals" / "digest_gold_fresh21"
LINES = (20, 23, 35, 46)


def _labels(agreements: list, conflicts: list) -> dict:
    return {"agreements": [mdg.A(p, *(mdg.Q(o, q) for o, q in qs)) for p, qs in agreements],
            "conflicts": [mdg.K(t, about, *(mdg.S(o, src, q) for o, src, q in sides), within=w)
                          for t, about, w, sides in conflicts]}


LABELS: dict[str, dict] = {}

# line 20: House Republicans' immigration principles, 2014
LABELS["ccf19ab6-7878-4378-b99c-2b08cc21371f"] = _labels([
 ("Kevin McCarthy said he supports legal status for undocumented immigrants.", [
   ("fox", "said he agrees with giving undocumented immigrants a chance to legalize their status"),
   ("hpo", "said Tuesday that he would support allowing undocumented immigrants to stay in the U.S."),
   ("nyt", "had voiced support in recent days for legal status for some immigrants living in the country illegally")]),
 ("McCarthy: in my personal belief it'll go with legal status that will allow you to work and pay taxes.", [
   ("fox", "in my personal belief, I think it'll go with legal status that will allow you to work and pay taxes"),
   ("hpo", "in my personal belief I think it'll go with legal status that will allow you to work and pay your taxes")]),
 ("McCarthy: if you want to become a citizen, you'll have to go through the path.", [
   ("fox", "But if you want to become a citizen, you'll have to go through the path."),
   ("hpo", "But if you want to become a citizen, you'll have to go through the path.")]),
 ("McCarthy: there won't be amnesty inside it.", [
   ("fox", "There won't be amnesty inside it."), ("hpo", "There won't be amnesty inside it.")]),
 ("McCarthy is the third-ranking Republican in the House.", [
   ("fox", "Majority Whip Kevin McCarthy, who is the third-ranking Republican in the House"),
   ("nyt", "the third-ranking Republican in the House, Representative Kevin McCarthy of California")]),
 ("McCarthy's district is about 35 percent Latino.", [
   ("fox", "McCarthy's district is roughly 35 percent Latino."), ("hpo", "his district is 35 percent Latino")]),
 ("McCarthy spoke in an interview with KBFX.", [
   ("fox", "made his comments in an interview with KBFX-TV in Bakersfield, Calif."),
   ("hpo", "McCarthy told KBFX Eyewitnesses News")]),
 ("House Republicans are about to release immigration principles.", [
   ("fox", "his fellow GOP lawmakers are expected to unveil any day a set of \"immigration principles\""),
   ("nyt", "Speaker John A. Boehner of Ohio and other Republican leaders are expected to release a one-page statement of immigration principles this week at their annual retreat in Cambridge, Md."),
   ("hpo", "the House GOP's plan to soon release its own principles for immigration reform")]),
 ("The principles call for a path to legal status.", [
   ("fox", "that reportedly call for a path to legal status for undocumented immigrants"),
   ("nyt", "as well as providing a path to legal status - but not citizenship - for many of the 11 million undocumented immigrants in the country")]),
 ("The principles cover border security and enforcement.", [
   ("fox", "The House Republican immigration principles reportedly will cover how the U.S. border should be protected, how immigration laws should be enforced inside the United States"),
   ("nyt", "The document is expected to call for border security and enforcement measures")]),
 ("There are 11 million undocumented immigrants in the country.", [
   ("fox", "the country's estimated 11 million undocumented immigrants"),
   ("nyt", "the 11 million undocumented immigrants in the country")]),
 ("The Senate passed an immigration overhaul in June and it stalled in the House.", [
   ("fox", "plans last year to pass a comprehensive immigration reform law broke down in the House of Representatives after it passed in the Senate in June"),
   ("nyt", "The Senate, led by Democrats, passed a broad bipartisan measure in June to overhaul immigration that included a 13-year path to citizenship.")]),
 ("Conservative House Republicans oppose legal status as amnesty.", [
   ("fox", "They maintain that that giving those immigrants any kind of break would amount to amnesty, or rewarding law-breakers."),
   ("nyt", "where some of the party's more conservative members oppose any form of legal status as \"amnesty.\"")]),
 ("Obama delivers his State of the Union address on Tuesday Jan. 28.", [
   ("fox", "before President Barack Obama delivers his State of the Union address on Jan. 28"),
   ("nyt", "Mr. Obama is expected to push once again for an overhaul of the immigration system in his State of the Union address Tuesday")]),
], [])
# line 23: Labrador challenges McCarthy for majority leader, 2014
LABELS["c99adbdd-eaf3-4844-9548-2642e80de4e2"] = _labels([
 ("Labrador said Friday he is running against McCarthy for House majority leader.", [
   ("fox", "Rep. Raul Labrador said Friday that he is challenging Rep. Kevin McCarthy for the House majority leader position that became open this week."),
   ("nyt", "jumped into the race for House majority leader on Friday"),
   ("hpo", "will challenge House Majority Whip Kevin McCarthy (R-Calif.) for the position of House majority leader.")]),
 ("Labrador: I was stunned when Eric Cantor lost his primary election earlier this week.", [
   ("fox", "I was stunned when Eric Cantor lost his primary election earlier this week,"),
   ("hpo", "I was stunned when Eric Cantor lost his primary election earlier this week.")]),
 ("Labrador: Eric is a good friend and I have tremendous respect for him.", [
   ("fox", "Eric is a good friend and I have tremendous respect for him."),
   ("hpo", "Eric is a good friend and I have tremendous respect for him.")]),
 ("Labrador: the message from Tuesday is clear, Americans are looking for a change in the status quo.", [
   ("fox", "But the message from Tuesday is clear - Americans are looking for a change in the status quo."),
   ("nyt", "The message from Tuesday is clear - Americans are looking for a change in the status quo,"),
   ("hpo", "But the message from Tuesday is clear -- Americans are looking for a change in the status quo,")]),
 ("Labrador wants a leadership team that can bring the Republican conference together.", [
   ("fox", "leadership team that can bring the Republican conference together,"),
   ("hpo", "He also said that he would run for majority leader in hopes of creating \"a leadership team that can bring the Republican conference together.\"")]),
 ("Eric Cantor lost his primary on Tuesday.", [
   ("fox", "who were stunned by the defeat in Tuesday's primary in Virginia of Rep. Eric Cantor to a Tea Party candidate"),
   ("nyt", "in the wake of Representative Eric Cantor's loss in a primary"),
   ("hpo", "When Cantor lost his seat in a shock result Tuesday")]),
 ("Professor David Brat defeated Cantor.", [
   ("fox", "Economics professor Dave Brat, the Tea Party candidate who defeated Cantor"),
   ("nyt", "the campaign by the college professor David Brat to unseat Mr. Cantor")]),
 ("McCarthy is the current House majority whip.", [
   ("fox", "McCarthy, who is the whip and is favored by establishment Republicans"),
   ("nyt", "the current House majority whip, Representative Kevin McCarthy of California"),
   ("hpo", "In his current role as whip, McCarthy's job is to round up votes from other Republicans.")]),
 ("McCarthy is 49.", [("fox", "McCarthy, 49,"), ("hpo", "McCarthy, 49,")]),
 ("Labrador is 46.", [("fox", "Labrador, who is 46,"), ("hpo", "a 46-year-old Mormon father of five")]),
 ("Labrador was an immigration attorney.", [
   ("fox", "Labrador, who worked as an immigration attorney before serving in Congress"),
   ("nyt", "a former immigration lawyer elected in the Tea Party wave of 2010"),
   ("hpo", "The former immigration attorney stepped forward to run")]),
 ("Labrador was born to a single mother in Puerto Rico.", [
   ("fox", "Born to a single mother in Puerto Rico, Raúl Labrador moved with his mother"),
   ("nyt", "Born the son of a single mother in Puerto Rico"),
   ("hpo", "Puerto Rican-born only child of a single mother")]),
 ("Labrador has been in Congress since 2010 (two terms).", [
   ("fox", "Only in Congress since 2010"),
   ("nyt", "who has barely served two terms in Congress"),
   ("hpo", "A two-term Republican congressman from Idaho")]),
 ("The majority leader election is on Thursday, June 19.", [
   ("fox", "And it upends the June 19 voting by the House Republicans for majority leader."),
   ("nyt", "were hoping that the House leadership elections on Thursday would offer them the chance"),
   ("hpo", "The election is Thursday")]),
 ("Conservatives pressed for a delay of the vote.", [
   ("fox", "Some conservatives in the House were pushing for a postponement of the June 19 election for majority leader"),
   ("nyt", "Conservative Republicans in the House pleaded Friday for a delay in the voting.")]),
 ("Steve King says Labrador is too soft on immigration (pro amnesty).", [
   ("fox", "Rep. Steve King (R-Iowa), tweeted on Friday \"#Labrador is pro amnesty."),
   ("hpo", "said Thursday that Labrador was not conservative enough on immigration reform")]),
 ("Labrador's bid is a long shot against McCarthy.", [
   ("nyt", "few of them give Mr. Labrador much of a chance against the current House majority whip"),
   ("hpo", "It's a long shot bid.")]),
 ("Other conservatives declined to run.", [
   ("fox", "appeared to be headed toward running unopposed after some rivals dropped out"),
   ("nyt", "more experienced conservative members, like Representatives Jim Jordan of Ohio or Tom Price of Georgia, had rebuffed overtures to run from other conservatives"),
   ("hpo", "stepped forward to run after a number of other conservative House Republicans declined to.")]),
], [])
# line 35: Trump inaugurated, 2017
LABELS["84b3c118-50d2-45a5-a91f-7ed95b5d0143"] = _labels([
 ("Trump took office Friday as the 45th president.", [
   ("fox", "Donald Trump assumed the nation's highest office Friday as the 45th president of the United States"),
   ("nyt", "Donald John Trump was inaugurated as the 45th president of the United States on Friday"),
   ("hpo", "Donald J. Trump took the oath of office Friday to become the 45th president of the United States.")]),
 ("Trump: I will fight for you with every breath in my body, and I will never, ever let you down.", [
   ("fox", "I will fight for you with every breath in my body, and I will never, ever let you down."),
   ("nyt", "I will fight for you with every breath in my body, and I will never, ever let you down,")]),
 ("Trump: we will bring back our jobs, borders, wealth and dreams.", [
   ("fox", "We will bring back our jobs, we will bring back our borders, we will bring back our wealth and we will bring back our dreams."),
   ("nyt", "We will bring back our jobs. We will bring back our borders. We will bring back our wealth. And we will bring back our dreams.")]),
 ("Trump: the time for empty talk is over; now arrives the hour of action.", [
   ("fox", "The time for empty talk is over. Now arrives the hour of action,"),
   ("nyt", "The time for empty talk is over. Now arrives the hour of action.")]),
 ("Trump: this American carnage stops right here and stops right now.", [
   ("fox", "This American carnage stops right here and stops right now,"),
   ("nyt", "\"This American carnage,\" he declared, \"stops right here and stops right now.\"")]),
 ("Trump described rusted-out factories scattered like tombstones.", [
   ("fox", "he described \"rusted out factories scattered like tombstones\" across the land"),
   ("nyt", "where \"rusted-out factories\" are \"scattered like tombstones across the landscape\"")]),
 ("Trump: there is no room for prejudice.", [
   ("fox", "When you open your heart to patriotism, there is no room for prejudice,"),
   ("nyt", "Mr. Trump said, \"There is no room for prejudice.\"")]),
 ("Trump: a small group reaped the rewards of government while the people did not share in the wealth.", [
   ("fox", "He also rebuked those who have held power in Washington, saying a small group reaped the rewards of government while \"the people did not share\" in Washington's wealth."),
   ("nyt", "a small group in our nation's capital has reaped the rewards of government while the people have borne the cost.")]),
 ("Trump vowed to eradicate Islamic terrorism.", [
   ("fox", "He also vowed to eradicate Islamic terrorism."),
   ("nyt", "He did pledge to \"eradicate from the face of the Earth\" Islamic terrorism.")]),
 ("Mike Pence was sworn in as vice president.", [
   ("fox", "after taking the oath of office along with Vice President Mike Pence"),
   ("nyt", "Michael Richard Pence, a former governor and congressman from Indiana, was sworn in minutes before as vice president by Justice Clarence Thomas.")]),
 ("Some demonstrators turned to violence.", [
   ("fox", "while elsewhere demonstrators resorted to violence and vandalism"),
   ("nyt", "Sporadic violence broke out as demonstrators smashed shop windows and burned a limousine")]),
 ("Dozens (about 60) House Democrats boycotted the ceremony.", [
   ("fox", "dozens of House Democrats boycotted Friday's ceremonies"),
   ("nyt", "about 60 House Democrats boycotted the event")]),
 ("Hillary Clinton attended.", [
   ("fox", "attended and tweeted shortly before Trump took the oath"),
   ("nyt", "When Mrs. Clinton arrived, some in the crowd chanted, \"Lock her up,\"")]),
 ("The Trumps went to a church service and then met the Obamas.", [
   ("fox", "Donald and Melania Trump met with the Obamas earlier Friday morning after attending a church service in Washington."),
   ("nyt", "started the day with a service at St. John's Episcopal Church adjacent to Lafayette Square, then joined the Obamas, Bidens and Pences for coffee at the White House.")]),
 ("Trump had never held public office or served in the military.", [
   ("fox", "as a businessman with no prior political or military experience"),
   ("nyt", "Never has the oath been administered to a president who had never served either in public office or as a general in the military.")]),
 ("Trump was a real estate developer and reality TV star.", [
   ("nyt", "who grew up to become a real estate magnate, casino owner, beauty pageant operator and reality television star"),
   ("hpo", "from New York City real estate developer and reality TV star to the nation's highest office")]),
 ("Past presidents of both parties attended.", [
   ("fox", "other prominent Democrats and past presidents of both parties were in attendance for the transfer of power"),
   ("nyt", "where three other presidents waited: Mr. Clinton, Jimmy Carter and George W. Bush")]),
 ("The Obamas left after eight years in office.", [
   ("fox", "As Barack and Michelle Obama depart the White House after eight years in office"),
   ("nyt", "Mr. Obama made his exit after the ceremony")]),
 ("Crowds filled the National Mall.", [
   ("fox", "The president addressed a packed crowd of spectators stretching from the Capitol across the National Mall"),
   ("nyt", "The National Mall was filled with supporters")]),
 ("Trump's journey from outsider to president.", [
   ("fox", "The address completes Trump's remarkable journey from political outsider written off by countless Beltway pundits to the most powerful man in the country."),
   ("nyt", "In a ceremony that capped a remarkable rise to power"),
   ("hpo", "capping Trump's unlikely journey from New York City real estate developer")]),
], [
 ("number", "How many words the presidential oath has.", False, [
   ("nyt", "article", "Mr. Trump took the 35-word oath administered by Chief Justice John G. Roberts Jr. precisely at noon."),
   ("hpo", "article", "Chief Justice John Roberts administered the 38-word oath at 12:00 p.m.")]),
 ("number", "How many protesters were arrested.", False, [
   ("fox", "article", "They clashed with police later in the afternoon, amid dozens of arrests."),
   ("nyt", "article", "More than 200 people were arrested.")]),
])
# line 46: Mueller's office disputes BuzzFeed's report, 2019
LABELS["c9e4d35f-aeae-462b-a8bf-e08d09a93b6e"] = _labels([
 ("Mueller's office disputed BuzzFeed's report that Trump directed Cohen to lie to Congress.", [
   ("fox", "the special counsel's office took the extraordinary step of releasing a statement disputing the article."),
   ("nyt", "The special counsel investigating Russian interference in the 2016 election disputed on Friday a report that said President Trump had directed Michael D. Cohen, his longtime lawyer and fixer, to lie to Congress"),
   ("hpo", "special counsel Robert Mueller's team disputed BuzzFeed's explosive report Thursday that said President Donald Trump directed attorney Michael Cohen to lie to Congress.")]),
 ("Carr: BuzzFeed's description ... regarding Michael Cohen's Congressional testimony are not accurate.", [
   ("fox", "BuzzFeed's description of specific statements to the special counsel's office, and characterization of documents and testimony obtained by this office, regarding Michael Cohen's Congressional testimony are not accurate,"),
   ("nyt", "BuzzFeed's description of specific statements to the special counsel's office, and characterization of documents and testimony obtained by this office, regarding Michael Cohen's congressional testimony are not accurate,"),
   ("hpo", "BuzzFeed's description of specific statements to the Special Counsel's Office, and characterization of documents and testimony obtained by this office, regarding Michael Cohen's Congressional testimony are not accurate,")]),
 ("BuzzFeed published its report on Thursday, citing law enforcement officials.", [
   ("fox", "BuzzFeed published the story on Thursday, citing two law enforcement officials"),
   ("nyt", "an article published by BuzzFeed News on Thursday"),
   ("hpo", "Citing two federal law enforcement officials involved in the investigation, BuzzFeed's Thursday night report claimed that Trump directed Cohen to lie about negotiations over a Trump Tower in Moscow.")]),
 ("BuzzFeed reported that Cohen acknowledged the instructions to Mueller's office.", [
   ("fox", "acknowledged to Mueller's office that he was told to lie to Congress about the potential real-estate deal in Moscow"),
   ("nyt", "saying that Mr. Cohen had told prosecutors about being pressured by the president before his congressional testimony"),
   ("hpo", "According to BuzzFeed, \"Cohen then acknowledged those instructions during his interviews with that office.\"")]),
 ("Ben Smith: we stand by our reporting and urge the Special Counsel to make clear what he's disputing.", [
   ("fox", "we stand by our reporting and the sources who informed it, and we urge the Special Counsel to make clear what he's disputing."),
   ("nyt", "We stand by our reporting and the sources who informed it, and we urge the Special Counsel to make clear what he's disputing,"),
   ("hpo", "We stand by our reporting and the sources who informed it, and we urge the Special Counsel to make clear what he's disputing,")]),
 ("Trump: a very sad day for journalism, but a great day for our country.", [
   ("fox", "Trump himself said Friday evening that the controversy was \"a very sad day for journalism, but a great day for our country.\""),
   ("nyt", "The president himself responded on Twitter late Friday, calling the special counsel's statement \"a very sad day for journalism, but a great day for our Country!\"")]),
 ("A BuzzFeed spokesman said it re-confirmed its reporting and sees no indication any aspect is inaccurate.", [
   ("fox", "As we've re-confirmed our reporting, we've seen no indication that any specific aspect of our story is inaccurate."),
   ("hpo", "a BuzzFeed spokesman told The New York Times that the news site had \"re-confirmed\" its reporting and seen \"no indication that any specific aspect of our story is inaccurate.\"")]),
 ("The special counsel's statement was rare.", [
   ("fox", "rarely issues statements about the state of the investigation or disputing reports in the press"),
   ("nyt", "The rare public statement by a spokesman for the special counsel"),
   ("hpo", "In a rare statement issued Friday night")]),
 ("The White House and Trump's lawyers denied the report.", [
   ("fox", "Trump's team had also denied the claims in the article."),
   ("nyt", "Both the White House and lawyers for Mr. Trump vigorously denied the BuzzFeed report even before the special counsel's office weighed in.")]),
 ("Democrats raised impeachment over the report.", [
   ("fox", "after Democrats had called for investigations and hinted at impeachment proceedings"),
   ("nyt", "the BuzzFeed report led to a flurry of reactions by senior members of Congress who said that the allegations, if true, could be grounds for initiating impeachment proceedings against Mr. Trump."),
   ("hpo", "BuzzFeed's original reporting sent Democrats on Capitol Hill into a furor as it suggested that Trump may have obstructed justice, thus providing grounds for impeachment or criminal charges.")]),
 ("Schiff: the committee is already working to secure additional witness testimony and documents.", [
   ("nyt", "already working to secure additional witness testimony and documents related to the Trump Tower Moscow deal and other investigative matters."),
   ("hpo", "Our committee is already working to secure additional witness testimony and documents related to the Trump Tower Moscow deal and other investigative matters,")]),
 ("Mueller is investigating Russian interference in the 2016 election.", [
   ("fox", "Mueller's team is investigating alleged Russian interference in the 2016 election"),
   ("nyt", "The special counsel investigating Russian interference in the 2016 election")]),
 ("The statement did not say what exactly it disputed.", [
   ("fox", "It did not offer further details about what it disputed."),
   ("hpo", "but it did not directly dispute that Trump had directed Cohen to lie to Congress, nor did it make mention of the Trump Tower deal in Moscow.")]),
 ("Cohen told Congress the Moscow negotiations ended earlier than they did.", [
   ("fox", "telling Congress that the negotiations ended months before they did"),
   ("nyt", "Mr. Cohen had repeatedly lied to Congress both about the length of negotiations over the Trump Tower Moscow deal")]),
], [
 ("version", "Whether BuzzFeed's account of Cohen's statements is accurate.", True, [
   ("nyt", "Peter Carr", "BuzzFeed's description of specific statements to the special counsel's office, and characterization of documents and testimony obtained by this office, regarding Michael Cohen's congressional testimony are not accurate,"),
   ("nyt", "Ben Smith", "We stand by our reporting and the sources who informed it, and we urge the Special Counsel to make clear what he's disputing,")]),
 ("version", "Whether Trump directed Cohen to lie (the White House denial).", True, [
   ("nyt", "Sarah Huckabee Sanders", "Two words sum it up better than anything anybody else can say, and that is"),
   ("nyt", "BuzzFeed News", "an article published by BuzzFeed News on Thursday saying that Mr. Cohen had told prosecutors about being pressured by the president before his congressional testimony")]),
 ("version", "Whether Cohen told prosecutors Trump pressured him to lie.", True, [
   ("nyt", "One person familiar with Mr. Cohen's testimony", "One person familiar with Mr. Cohen's testimony to the special counsel's prosecutors said that Mr. Cohen did not state that the president had pressured him to lie to Congress."),
   ("nyt", "BuzzFeed News", "saying that Mr. Cohen had told prosecutors about being pressured by the president before his congressional testimony")]),
 ("version", "When the Moscow negotiations ended.", True, [
   ("nyt", "Michael Cohen", "Mr. Cohen had told lawmakers that the negotiations ended in January 2016"),
   ("nyt", "prosecutors", "according to prosecutors, the discussions continued as late as June 2016")]),
])



def main(argv: list[str] | None = None) -> int:
    return mdg.run_extra_set(OUT, LINES, LABELS, __doc__.split("\n\n")[0], argv)


if __name__ == "__main__":
    sys.exit(main())
