#!/usr/bin/env python3
"""Build (or check) evals/digest_gold_agree25/: four BASIL clusters labelled blind in session 24
(agree25), before the digest was run on them (evals/digest_gold_agree25/README.md).

Lines 44, 45, 47 and 48 of ../shared/devdata/multidoc/basil_clusters.jsonl: in none of the other gold
sets and not held out. The labels follow evals/digest_gold/README.md and list, as
make_digest_gold_fresh21.py does, every proposition two or three outlets state (not only the 3-8
most important), so that agreement precision can be scored against the gold itself.

Labels are written compactly: an agreement is (proposition, [(outlet, quote), ...]); a conflict is
(type, about, within_article, [(outlet, source, quote), ...]). Quotes are typed with straight quotes
and hyphens and found after the same length-preserving fold as make_digest_gold.py. The texts are
read from $SUMMARIZER_DEVDATA (or <repo>/../shared/devdata) at run time; only the quotes are stored.

    python evals/tools/make_digest_gold_agree25.py           # rebuild + check
    python evals/tools/make_digest_gold_agree25.py --check   # check the files on disk
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("make_digest_gold", _HERE / "make_digest_gold.py")
mdg = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(mdg)

OUT = mdg.ROOT / "evals" / "digest_gold_agree25"
LINES = (44, 45, 47, 48)


def _labels(agreements: list, conflicts: list) -> dict:
    return {"agreements": [mdg.A(p, *(mdg.Q(o, q) for o, q in qs)) for p, qs in agreements],
            "conflicts": [mdg.K(t, about, *(mdg.S(o, src, q) for o, src, q in sides), within=w)
                          for t, about, w, sides in conflicts]}


LABELS: dict[str, dict] = {}

# line 44: Trump says he will end birthright citizenship by executive order, 2018
LABELS["f688c56d-7fae-42ef-b7f7-7db207b58d27"] = _labels([
 ("Trump said he wants an executive order ending birthright citizenship.", [
   ("fox", "He said he wants to use an executive order to end the practice by which children born in the U.S. of non-citizen or illegal immigrant parents are immediately a citizen."),
   ("nyt", "President Trump said he was preparing an executive order that would nullify the long-accepted constitutional guarantee of birthright citizenship in the United States"),
   ("hpo", "President Donald Trump said he's considering an executive order to remove the right to citizenship for babies born in the U.S. to parents who aren't citizens")]),
 ("Trump said it in an interview with Axios on HBO.", [
   ("fox", "after his push first emerged in an interview with \"Axios on HBO\""),
   ("nyt", "Mr. Trump told Axios during an interview that was released in part on Tuesday"),
   ("hpo", "Trump said in an interview with \"Axios on HBO\" taped Monday that he could execute the change via executive order.")]),
 ("Trump: we're the only country in the world where a baby born here is a citizen for 85 years.", [
   ("fox", "we're the only country in the world where a person comes in, has a baby, and the baby is essentially a citizen of the United States for 85 years with all of those benefits"),
   ("nyt", "We're the only country in the world where a person comes in and has a baby, and the baby is essentially a citizen of the United States for 85 years, with all of those benefits"),
   ("hpo", "Trump also falsely stated that the U.S. is \"the only country in the world\" that offers citizenship to those born here.")]),
 ("Trump: it's ridiculous and it has to end.", [
   ("nyt", "It's ridiculous. It's ridiculous. And it has to end."),
   ("hpo", "He said the right awarded to babies born as birthright Americans is \"ridiculous\" and that the system \"has to end.\"")]),
 ("Other countries, Canada and Mexico among them, also grant birthright citizenship.", [
   ("fox", "The U.S. is not the only country to grant birthright citizenship, with Canada and a number of Latin American countries also doing so"),
   ("nyt", "In fact, at least 30 other countries, including Canada, Mexico and many others in the Western Hemisphere, grant automatic birthright citizenship"),
   ("hpo", "More than 30 nations, including Canada and Mexico, have similar policies.")]),
 ("Trump: now they're saying I can do it just with an executive order.", [
   ("nyt", "Now they're saying I can do it just with an executive order,"),
   ("hpo", "But now they're saying I can do it just with an executive order.")]),
 ("Trump had been told a constitutional amendment was needed.", [
   ("nyt", "Mr. Trump told Axios that while he initially believed he needed a constitutional amendment or action by Congress to make the change, the White House Counsel's Office has advised him otherwise."),
   ("hpo", "It was always told to me that you needed a constitutional amendment.")]),
 ("The 14th Amendment: all persons born or naturalized in the United States ... are citizens.", [
   ("fox", "all persons born or naturalized in the United States and subject to the jurisdiction thereof, are citizens of the United States and of the State wherein they reside."),
   ("nyt", "All persons born or naturalized in the United States, and subject to the jurisdiction thereof, are citizens of the United States and of the State wherein they reside.")]),
 ("Under the 14th Amendment any child born in the U.S. is a citizen.", [
   ("nyt", "The amendment means that any child born in the United States is considered a citizen."),
   ("hpo", "All babies born in the U.S. are American citizens under the Constitution's 14th Amendment")]),
 ("A president cannot override the Constitution by order.", [
   ("nyt", "Amendments to the Constitution cannot be overridden by presidential action"),
   ("hpo", "which cannot be changed by presidential order.")]),
 ("Most legal scholars say he cannot do it.", [
   ("fox", "But many scholars counter that it would take a constitutional amendment to change the policy."),
   ("nyt", "The consensus among legal scholars is that he cannot"),
   ("hpo", "in which most experts think the president would fail.")]),
 ("An order would bring legal challenges.", [
   ("nyt", "attempting to would be certain to prompt legal challenges"),
   ("hpo", "An executive order challenging birthright citizenship would ensure a legal battle")]),
 ("Paul Ryan told WVLK you cannot end birthright citizenship by executive order.", [
   ("fox", "you cannot end birthright citizenship with an executive order."),
   ("nyt", "\"You obviously cannot do that,\" Ryan told WVLK, a radio station in Lexington, Ky."),
   ("hpo", "\"You cannot end birthright citizenship with an executive order,\" the House speaker said Tuesday on WVLK Radio")]),
 ("Ryan: the 14th Amendment is pretty clear.", [
   ("fox", "Speaker Paul Ryan, R-Wis., said in an interview with WVLK that the 14th Amendment is \"pretty clear\""),
   ("nyt", "I think in this case, the 14th Amendment is pretty clear")]),
 ("Republicans had attacked Obama's executive action for young immigrants (DACA).", [
   ("fox", "something Republicans blasted former President Barack Obama for doing with the Deferred Action for Childhood Arrivals (DACA) policy."),
   ("nyt", "Mr. Ryan compared the idea of doing so to Barack Obama's 2012 action to grant work permits and deportation reprieves to some undocumented immigrants brought to the United States as children, which Republicans, including Mr. Trump, vociferously protested as a naked abuse of presidential power.")]),
 ("Some Republicans pushed back on the plan.", [
   ("fox", "a development that sparked disagreement among Republicans and condemnation from Democrats."),
   ("nyt", "But Mr. Trump's plan met with swift pushback from some even in his own party on Tuesday."),
   ("hpo", "Some Republicans - including Ryan - quickly shot down Trump's idea.")]),
 ("Lindsey Graham will introduce legislation on birthright citizenship.", [
   ("fox", "Sen. Lindsey Graham, R-S.C., announced he will be introducing legislation \"to deal with the issue of birthright citizenship for children of illegal immigrants\""),
   ("hpo", "Sen. Lindsey Graham (R-S.C.) announced Tuesday that he would introduce legislation \"along the same lines as the proposed executive order from President Trump\" to end birthright citizenship")]),
 ("Graham: the policy is a magnet for illegal immigration.", [
   ("fox", "said it was a \"magnet for illegal immigration in modern times.\""),
   ("hpo", "This policy is a magnet for illegal immigration, out of the mainstream of the developed world, and needs to come to an end,")]),
 ("Trump pushed the idea as a candidate.", [
   ("nyt", "Doing away with birthright citizenship for the children of undocumented immigrants was an idea Mr. Trump pitched as a presidential candidate"),
   ("hpo", "Trump has long supported ending birthright citizenship, recommending in 2015 on the campaign trail that the country \"start a process\" to scrap it.")]),
 ("The move comes days before the midterm elections, aimed at his base.", [
   ("nyt", "his latest attention-grabbing maneuver days before midterm congressional elections as he has sought to activate his base by vowing to clamp down on immigrants and immigration."),
   ("hpo", "Trump's vow to try aligns with other messaging and actions attacking undocumented immigrants ahead of the midterm elections next Tuesday.")]),
 ("More than 5,000 active-duty troops are being sent to the border.", [
   ("nyt", "the administration announced it was streaming more than 5,000 active-duty troops to the southern border"),
   ("hpo", "He deployed 5,200 active-duty troops to the border on Monday")]),
 ("An 1898 Supreme Court ruling (Wong Kim Ark) held a U.S.-born child of immigrants a citizen.", [
   ("nyt", "A 1898 Supreme Court decision held that Wong Kim Ark, who was born in San Francisco to Chinese parents residing in the United States, was a citizen because of his birth on American soil."),
   ("hpo", "The Supreme Court ruled in 1898's U.S. v. Wong Kim Ark that a child born in the U.S. to immigrant parents was a citizen under the 14th Amendment.")]),
 ("Some argue the amendment was not meant for children of non-citizens.", [
   ("fox", "Critics of birthright citizenship say that the amendment was never intended to apply to children of two non-citizens -- and particularly those who have come to the country illegally."),
   ("nyt", "Some conservatives have long made the argument that the 14th Amendment was meant to apply only to citizens and legal permanent residents, not immigrants who are present in the country without authorization."),
   ("hpo", "who said the amendment has been misapplied and was not intended to apply to every person born in the U.S. regardless of parentage.")]),
], [
 ("version", "Whether the U.S. is the only country granting birthright citizenship.", True, [
   ("nyt", "Donald Trump", "We're the only country in the world where a person comes in and has a baby, and the baby is essentially a citizen of the United States for 85 years, with all of those benefits"),
   ("nyt", "article", "In fact, at least 30 other countries, including Canada, Mexico and many others in the Western Hemisphere, grant automatic birthright citizenship")]),
 ("version", "Whether the president can end birthright citizenship by executive order.", True, [
   ("nyt", "Donald Trump", "Now they're saying I can do it just with an executive order,"),
   ("nyt", "Paul Ryan", "\"You obviously cannot do that,\" Ryan told WVLK, a radio station in Lexington, Ky.")]),
])
# line 45: the border-wall shutdown goes on into a new Congress, 2019
LABELS["0d10341a-9dba-4374-a524-814c300d1611"] = _labels([
 ("Wednesday's White House meeting with Democratic leaders ended without a deal.", [
   ("nyt", "President Trump and Democratic congressional leaders dug in Wednesday for a lengthy partial shutdown in a newly divided government"),
   ("hpo", "On Wednesday, the Democratic leaders emerged from the White House after 90 minutes, unified on not giving in to Trump.")]),
 ("The shutdown is over funding for Trump's border wall.", [
   ("fox", "the shutdown, which was triggered by disagreements over the funding of Trump's promised wall"),
   ("nyt", "could not break an impasse over Mr. Trump's demands for billions of dollars for a border wall"),
   ("hpo", "President Donald Trump's partial government shutdown over his border wall")]),
 ("It was the Democratic leaders' first White House meeting since Dec. 11 (22 days).", [
   ("nyt", "the first in 22 days"),
   ("hpo", "made their first visit to the White House since their Dec. 11 meeting with Trump")]),
 ("At that December meeting Trump said he would own a shutdown.", [
   ("nyt", "since a combative session last month when he said he would insist that any government spending bill include money for a border wall - and would proudly own the consequences if that meant a shutdown."),
   ("hpo", "when he said he would be \"proud\" to take responsibility for a government shutdown in his effort to force Congress to spend billions of dollars on a wall along the southern border.")]),
 ("Pelosi: we are asking the president to open the government.", [
   ("nyt", "We are asking the president to open up government."),
   ("hpo", "We're asking the president to open the government,")]),
 ("Pelosi: why would he not do it?", [
   ("nyt", "Why would he not do it?"), ("hpo", "Why would he not do that?")]),
 ("Pelosi is to become speaker on Thursday.", [
   ("fox", "congratulating Pelosi on her election as speaker"),
   ("nyt", "Representative Nancy Pelosi of California, who is in line to be elected speaker on Thursday"),
   ("hpo", "Pelosi, who is expected to return to the House speakership Thursday afternoon after eight years as minority leader")]),
 ("Democrats take control of the House.", [
   ("fox", "after Democrats formally took control of the House of Representatives"),
   ("nyt", "newly empowered Democrats - poised to assume control of the House on Thursday")]),
 ("Pelosi's first act will be bills to reopen the government.", [
   ("nyt", "In her first legislative act as speaker, Ms. Pelosi plans on Thursday to bring up two bills to reopen the government."),
   ("hpo", "intends as her first action to pass spending bills that won Republican support last year to reopen the closed agencies.")]),
 ("The Democrats' bills fund the government but not the wall.", [
   ("fox", "Democrats, meanwhile, passed legislation in the House that would fund the whole government, but not the wall."),
   ("nyt", "The homeland security measure would devote $1.3 billion to border security measures, such as enhanced surveillance and fortified fencing, but not the wall.")]),
 ("The bills fund Homeland Security short-term and the other agencies for the year.", [
   ("nyt", "One would fund the Department of Homeland Security through Feb. 8, providing a month to break the impasse over border security funding, and a second would provide money for the remaining shuttered agencies and departments through September."),
   ("hpo", "Democrats want a short-term spending bill for the Department of Homeland Security and full-year funding for the other affected agencies while funding for the wall is negotiated separately.")]),
 ("The bills had Republican support before.", [
   ("nyt", "detailing how the spending measures had all received broad bipartisan support either in committees or on the floor in the Republican-controlled Congress."),
   ("hpo", "spending bills that won Republican support last year")]),
 ("Democrats want the government reopened before the wall is settled.", [
   ("fox", "Yet House Speaker Nancy Pelosi said the Democrats' view is that they cannot resolve the funding dispute until the government fully opens."),
   ("nyt", "rejected Democrats' proposals for reopening the government while the two sides ironed out their differences.")]),
 ("McConnell will not bring up bills Trump will not sign.", [
   ("nyt", "Senator Mitch McConnell of Kentucky, the majority leader, said after the meeting that he had no intention of putting Democratic bills to reopen the government to a vote if Mr. Trump would not sign them."),
   ("hpo", "Senate Majority Leader Mitch McConnell, though, said he will not take up legislation that Trump has not endorsed")]),
 ("About 800,000 federal employees are affected.", [
   ("nyt", "affecting 800,000 federal employees"),
   ("hpo", "In the meantime, about 800,000 federal employees")]),
 ("The shutdown began on Dec. 22 (midnight Dec. 21).", [
   ("nyt", "since the shutdown began on Dec. 22"),
   ("hpo", "About a quarter of the federal government ran out of operating money at midnight Dec. 21")]),
 ("The shutdown is nearing two weeks (12th day).", [
   ("nyt", "With the partial government funding lapse dragging into its 12th day"),
   ("hpo", "closed in on the two-week mark")]),
 ("Trump says the shutdown could last a long time.", [
   ("fox", "warning Democrats the partial government shutdown could last \"years\""),
   ("nyt", "\"Could be a long time, or it could be quickly,\" Mr. Trump said of resolving the shutdown."),
   ("hpo", "When asked how long the shutdown would last, the president replied, \"As long as it takes,\"")]),
 ("Trump calls the wall a matter of national security.", [
   ("fox", "This is national security we're talking about, we're not talking about games,"),
   ("hpo", "calling his wall, a signature campaign promise, a matter of \"national security.\"")]),
 ("The wall is Trump's signature campaign promise.", [
   ("nyt", "on his signature campaign promise"), ("hpo", "a signature campaign promise")]),
 ("Trump falsely claimed Mexico is already paying for the wall and much of it is built.", [
   ("nyt", "Mr. Trump repeated his false claims about the border wall, including that Mexico was already paying for it, as he promised during his campaign, and that much of its construction had already been completed."),
   ("hpo", "In a tweet Wednesday morning, Trump claimed, falsely, that Mexico was already paying for a border wall, thanks to a newly renegotiated trade deal, and that the wall was already largely done but he needed billions of dollars anyway.")]),
 ("Trump spoke at a cabinet meeting hours before meeting the leaders.", [
   ("nyt", "Mr. Trump said during a cabinet meeting, hours before the Situation Room briefing."),
   ("hpo", "Trump's comments came at what was billed as the first Cabinet meeting of 2019.")]),
 ("The leaders met again at the White House on Friday.", [
   ("fox", "after the second White House meeting with congressional leaders this week broke up with no apparent deal"),
   ("nyt", "The president asked the congressional leaders to return to the White House on Friday to continue the talks")]),
], [
 ("number", "How much Trump demands for the wall.", False, [
   ("nyt", "Donald Trump", "No, not $2.5 billion, no - we're asking for $5.6"),
   ("hpo", "article", "Trump is now insisting that Congress appropriate $5.7 billion for that project")]),
 ("version", "Whether Mexico is already paying for the wall.", True, [
   ("hpo", "Donald Trump", "Trump claimed, falsely, that Mexico was already paying for a border wall, thanks to a newly renegotiated trade deal"),
   ("hpo", "outside economists and trade experts", "Outside economists and trade experts, however, said the revisions in the North American Free Trade Agreement, which Trump has rebranded the United States Mexico Canada Agreement, will not bring in to the U.S. Treasury anywhere near what is necessary to pay for a wall.")]),
])
# line 47: Trump agrees to reopen the government for three weeks, 2019
LABELS["1e41e98b-9ac1-441d-b2c2-19d8f730c74a"] = _labels([
 ("Trump agreed on Friday to reopen the government for three weeks.", [
   ("fox", "President Trump said Friday that he will support a short-term spending bill to re-open the government"),
   ("nyt", "President Trump agreed on Friday to reopen the federal government for three weeks while negotiations continued over how to secure the nation's southwestern border"),
   ("hpo", "President Donald Trump announced Friday a short-term plan that will reopen the government for three weeks so that border security negotiations may continue")]),
 ("The government is funded until Feb. 15.", [
   ("fox", "He said the deal would keep the government open for three weeks until Feb. 15"),
   ("nyt", "restoring normal operations at a series of federal agencies until Feb. 15"),
   ("hpo", "Trump said he's prepared to sign a bill to open the government through Feb. 15.")]),
 ("Trump: I am very proud to announce a deal to end the shutdown and reopen the government.", [
   ("fox", "I am very proud to announce we have reached a deal to end the shutdown and reopen the federal government,"),
   ("nyt", "saying that he was \"very proud to announce\" what he called \"a deal to end the shutdown and reopen the federal government.\"")]),
 ("The deal has no money for the wall.", [
   ("fox", "The deal appeared to include no money for a wall or steel barrier"),
   ("nyt", "The plan includes none of the money for the wall that Mr. Trump had demanded")]),
 ("Trump had demanded $5.7 billion for the wall.", [
   ("fox", "The shutdown was sparked by disagreement over President Trump's demand for $5.7 billion in funding for a wall or steel barrier on the southern border."),
   ("nyt", "more than the $5.7 billion that Mr. Trump had requested to build a steel or concrete barrier at the border."),
   ("hpo", "whose impasse over the budget stems from his demands for $5.7 billion in funds for his long-promised wall along the U.S.-Mexico border")]),
 ("Without a deal by the deadline Trump will shut the government again or declare a national emergency.", [
   ("nyt", "If we don't get a fair deal from Congress, the government will either shut down on Feb. 15, or I will use the powers afforded to me under the laws and Constitution of the United States to address this emergency."),
   ("hpo", "If funding for his border wall is not secured by the end of the negotiation period, Trump said he is prepared to shut down the government again or issue a national emergency declaration in order to get funding")]),
 ("Trump: we really have no choice but to build a powerful wall or steel barrier.", [
   ("nyt", "We really have no choice but to build a powerful wall or steel barrier,"),
   ("hpo", "We really have no choice but to build a powerful wall or a steel barrier,")]),
 ("Trump: workers get back pay very quickly or as soon as possible.", [
   ("nyt", "He promised to ensure that workers would be compensated for the paychecks they have missed since the shutdown began in late December \"very quickly or as soon as possible.\""),
   ("hpo", "Federal employees will get back pay \"very quickly or as soon as possible,\" he said.")]),
 ("The House and the Senate passed the stopgap bill.", [
   ("nyt", "The president's concession paved the way for the House and the Senate to both pass a stopgap spending bill by voice vote."),
   ("hpo", "Shortly after the announcement, the Senate and House both passed a resolution to reopen the government through that date.")]),
 ("The shutdown lasted 35 days (more than a month).", [
   ("fox", "the partial government shutdown that has dragged on for more than a month"),
   ("nyt", "the federal workers who have endured five weeks without pay"),
   ("hpo", "The announcement comes on the 35th day")]),
 ("It was the longest shutdown in history.", [
   ("nyt", "during the longest shutdown in history"),
   ("hpo", "the longest shutdown in United States history")]),
 ("Hundreds of thousands of federal workers went without pay.", [
   ("fox", "The partial closure of the government has led to hundreds of thousands of workers furloughed or working without pay"),
   ("nyt", "the 800,000 federal workers who have been furloughed or forced to work without pay for 35 days"),
   ("hpo", "federal workers have gone without paychecks")]),
 ("Two bills to reopen the government failed in the Senate on Thursday.", [
   ("fox", "After bills to re-open the government failed in the Senate Thursday"),
   ("nyt", "The president's concession came a day after two competing measures to reopen the government failed on the Senate floor.")]),
 ("Trump's plan traded wall money for protections for some immigrants, and failed in the Senate.", [
   ("fox", "President Trump on Saturday announced a compromise plan that funded the wall while extending protections for 700,000 illegal immigrants brought to the country as children and 300,000 immigrants from countries designated unsafe to return."),
   ("nyt", "the bill backed by Mr. Trump, which included temporary protections for some undocumented immigrants in exchange for $5.7 billion for his proposed border wall."),
   ("hpo", "Trump's statement comes a day after the Senate failed to pass his proposal to reopen the government with border wall funding in exchange for temporary legal protection for some undocumented immigrants.")]),
 ("Pelosi had put off Trump's State of the Union address until the government reopens.", [
   ("fox", "after House Speaker Nancy Pelosi called on Trump to delay his State of the Union address or submit it in writing"),
   ("nyt", "She had rescinded her invitation this week to come to the House chamber until the government was reopened")]),
 ("The deal is a cave by Trump.", [
   ("nyt", "The surprise announcement was a remarkable surrender for a president who made the wall his nonnegotiable condition for reopening the government"),
   ("hpo", "is a clear cave by Trump")]),
 ("Air travel was delayed by the shutdown.", [
   ("nyt", "air traffic controllers calling in sick slowed air traffic across the Northeast"),
   ("hpo", "as airports have grappled with severe delays")]),
 ("Democrats will not include money for the wall.", [
   ("nyt", "But Speaker Nancy Pelosi stated plainly that any compromise would not include money for a new border wall"),
   ("hpo", "a project Democratic lawmakers say is a firm deal-breaker")]),
 ("Negotiations on the wall continue over the three weeks.", [
   ("fox", "he said he hoped negotiations would continue to come to an agreement on wall funding."),
   ("nyt", "Over the next three weeks, a House-Senate conference committee representing both parties will negotiate a border security plan")]),
 ("Cabinet members applauded Trump's announcement.", [
   ("fox", "he said to applause from gathered Cabinet members."),
   ("nyt", "cabinet officials and White House aides lined the sides of the Rose Garden and applauded him.")]),
], [])
# line 48: Trump declares a national emergency to build the border wall, 2019
LABELS["3ae35b16-7f7f-4a5e-9f24-5ce724106a73"] = _labels([
 ("Trump declared a national emergency at the southern border on Friday.", [
   ("fox", "President Trump said Friday he is declaring a national emergency on the southern border, tapping into executive powers in a bid to divert billions toward construction of a wall"),
   ("nyt", "President Trump declared a national emergency on the border with Mexico on Friday in order to access billions of dollars that Congress refused to give him to build a wall there"),
   ("hpo", "President Donald Trump on Friday declared a national emergency at the southern U.S. border in an effort to unilaterally seize funding to begin building his long-promised wall between the U.S. and Mexico.")]),
 ("Trump: we're going to confront the national security crisis on our southern border.", [
   ("fox", "We're going to confront the national security crisis on our southern border"),
   ("nyt", "We're going to confront the national security crisis on our southern border, and we're going to do it one way or the other,")]),
 ("Trump calls it an invasion.", [
   ("fox", "We're talking about an invasion of our country,"),
   ("nyt", "It's an invasion,"),
   ("hpo", "said he was declaring the national emergency for \"virtual invasion purposes.\"")]),
 ("Trump: I didn't need to do this.", [
   ("nyt", "I didn't need to do this"),
   ("hpo", "I didn't need to do this")]),
 # added after the blind score (session 24), found by reading the digest's output: HuffPost gives
 # the quotation as two sentences, so it is two agreements (fresh21's rule); the blind label had one
 ("Trump: but I'd rather do it much faster.", [
   ("nyt", "but I'd rather do it much faster,"),
   ("hpo", "But I'd rather do it much faster.")]),
 ("Trump expects to be sued.", [
   ("fox", "We will have a national emergency, and we will then be sued,"),
   ("nyt", "Look, I expect to be sued,")]),
 ("Trump expects to win in the Supreme Court.", [
   ("fox", "we'll win at the Supreme Court"),
   ("nyt", "And we'll win in the Supreme Court,")]),
 ("The declaration will be challenged in court.", [
   ("fox", "The move is expected to face a swift and forceful legal challenge that could stall the attempt in the courts for the near future."),
   ("nyt", "Mr. Trump acknowledged that his declaration of a national emergency would be litigated in the courts"),
   ("hpo", "The move is almost certain to be challenged in court.")]),
 ("Pelosi and Schumer: this is plainly a power grab by a disappointed president.", [
   ("fox", "This is plainly a power grab by a disappointed President, who has gone outside the bounds of the law to try to get what he failed to achieve in the constitutional legislative process,"),
   ("nyt", "This is plainly a power grab by a disappointed president, who has gone outside the bounds of the law to try to get what he failed to achieve in the constitutional legislative process,")]),
 ("Pelosi: Congress will defend our constitutional authorities.", [
   ("fox", "They vowed Congress would \"defend our constitutional authorities in the Congress, in the Courts, and in the public, using every remedy available.\""),
   ("hpo", "vowed that \"Congress will defend our constitutional authorities.\"")]),
 ("Democrats call the declaration an abuse of power.", [
   ("fox", "This is a gross abuse of power that cannot be tolerated,"),
   ("nyt", "The president's decision incited instant condemnation from Democrats, who called it an unconstitutional abuse of his authority"),
   ("hpo", "called the proclamation a \"gross abuse of the power of the presidency\"")]),
 ("Trump will have about $8 billion for the wall.", [
   ("fox", "the White House plans to move $8 billion in currently appropriated or available funds toward construction of the wall."),
   ("nyt", "Mr. Trump would have about $8 billion in all for barriers"),
   ("hpo", "The total wall funding will now come to about $8 billion")]),
 ("The emergency lets him divert $3.6 billion from military construction.", [
   ("nyt", "The emergency declaration, according to White House officials, enables the president to divert $3.6 billion from military construction projects to the wall."),
   ("hpo", "The national emergency declaration will allow the Trump administration to use about $3.6 billion from Defense Department construction projects to build the wall")]),
 ("$2.5 billion comes from Defense counter-drug money.", [
   ("fox", "The White House is also expected to use drug interdiction money from the Department of Defense."),
   ("nyt", "$2.5 billion from counternarcotics programs"),
   ("hpo", "along with another $2.5 billion the department had allocated for counter-drug activities")]),
 ("$600 million comes from the Treasury's forfeiture fund.", [
   ("fox", "That money includes about $600 million from the Treasury Department's forfeiture fund."),
   ("nyt", "$600 million from a Treasury Department asset forfeiture fund"),
   ("hpo", "another $600 million from the Treasury Department's asset forfeiture account.")]),
 ("The spending bill gives about $1.375 billion for the wall.", [
   ("fox", "even as he signs a funding package that includes just $1.4 billion for border security."),
   ("nyt", "$1.375 billion authorized for fencing in the spending package passed on Thursday night"),
   ("hpo", "Trump is also expected to approve Congress' spending bill, which grants him $1.375 billion for the wall")]),
 ("That money builds about 55 miles of barrier.", [
   ("fox", "The package, as it stands, is enough to build just 55 miles of barrier."),
   ("nyt", "Instead, it provided $1.375 billion for about 55 miles of fencing.")]),
 ("Trump had demanded $5.7 billion.", [
   ("fox", "Trump's originally proposed figure of $5.7 billion for border security and construction of a wall or physical barrier along the southern border."),
   ("nyt", "significantly more than the $5.7 billion he unsuccessfully demanded from Congress."),
   ("hpo", "as opposed to the $5.7 billion he initially demanded.")]),
 ("Congress passed the spending bill on Thursday.", [
   ("fox", "passed both the House and the Senate on Thursday."),
   ("nyt", "barely 13 hours after Congress passed a spending measure without the money he had sought."),
   ("hpo", "Congress passed a government funding bill Thursday evening.")]),
 ("Trump signs the spending bill on Friday.", [
   ("fox", "He signed the spending deal Friday afternoon."),
   ("nyt", "Mr. Trump signed the package into law on Friday anyway to avoid a second government shutdown")]),
 ("The earlier shutdown lasted 35 days.", [
   ("fox", "From Dec. 22 through Jan. 25-for 35 days-the White House and congressional Democrats battled over border security funding."),
   ("nyt", "closed the doors of many federal agencies for 35 days"),
   ("hpo", "to go without pay for 35 days.")]),
 ("It left about 800,000 workers without pay.", [
   ("fox", "The shutdown left more than 800,000 federal employees and contractors furloughed or working without pay."),
   ("nyt", "left 800,000 workers without pay."),
   ("hpo", "forced an estimated 800,000 government employees")]),
 ("It was the longest shutdown on record.", [
   ("fox", "The funding battle follows the longest government shutdown in U.S. history."),
   ("hpo", "The stalemate caused a record-breaking partial government shutdown")]),
 ("The government was reopened for three weeks on Jan. 25.", [
   ("fox", "At the end of last month, though, Trump signed a short-term spending package that funded the government through the Friday deadline."),
   ("hpo", "Trump reopened the government for three weeks on Jan. 25")]),
 ("The wall fight with Congress lasted two months.", [
   ("nyt", "after losing a grinding two-month battle with lawmakers over funding the wall"),
   ("hpo", "For two months, Democrats in Congress have been enmeshed in stalled negotiations with Trump")]),
 ("Mulvaney: it's not as if he's waving a magic wand and taking a bunch of money.", [
   ("nyt", "It's not as if he just didn't get what he wanted so he's waving a magic wand and taking a bunch of money."),
   ("hpo", "It's not as if he just didn't get what he wanted so he's waving a magic wand and taking a bunch of money,")]),
 ("About 30 national emergencies are in effect.", [
   ("fox", "there are at least 30 \"national emergencies\" in effect"),
   ("nyt", "31 of those prior emergencies remain active")]),
 ("No hurricane relief money will be used.", [
   ("nyt", "The president opted not to tap hurricane relief money from Texas or Puerto Rico"),
   ("hpo", "None of the money will come from hurricane relief, Mulvaney said.")]),
 ("McConnell said he would support the declaration.", [
   ("nyt", "Mr. McConnell privately told the president that he would support the move despite his own reservations"),
   ("hpo", "adding that he supported the decision.")]),
 ("McConnell warned Trump privately about Republican opposition.", [
   ("nyt", "but warned Mr. Trump that he had about two weeks to win over critical Republicans to avoid having Congress vote to reject the declaration."),
   ("hpo", "McConnell warned Trump in private that declaring an emergency would spark a backlash among Republicans")]),
 ("Relatives of people killed by unauthorized immigrants were with Trump.", [
   ("nyt", "inviting to the Rose Garden several relatives of Americans killed by people in the country without authorization."),
   ("hpo", "Trump, who was accompanied by parents of children killed by unauthorized immigrants")]),
 ("Illegal border crossings are down.", [
   ("nyt", "with illegal border crossings already down"),
   ("hpo", "In fact, arrests for illegal border crossings are at their lowest levels since the 1970s.")]),
 ("Trump had criticized Obama for using executive action.", [
   ("fox", "despite his criticisms of former President Barack Obama for using executive action."),
   ("nyt", "Mr. Trump was among those Republicans who criticized President Barack Obama for using his executive authority to spare millions of illegal immigrants from deportation after failing to persuade Congress to do so.")]),
], [
 ("number", "How much military construction money the emergency diverts.", False, [
   ("fox", "article", "Trump would also seek to unlock money from the Defense Department's military construction budget, to the tune of $3.5 billion."),
   ("nyt", "White House officials", "The emergency declaration, according to White House officials, enables the president to divert $3.6 billion from military construction projects to the wall.")]),
 ("number", "How many border arrests there were last year.", False, [
   ("nyt", "article", "border apprehensions have actually fallen in recent years, to 400,000 in the last fiscal year"),
   ("hpo", "article", "There were roughly 520,000 arrests for unauthorized border crossings last year")]),
 ("version", "Whether earlier emergencies were used to spend money Congress had not appropriated.", False, [
   ("fox", "article", "But none of the emergencies have involved the president of the United States spending money that had not been specifically appropriated by Congress."),
   ("nyt", "White House officials", "White House officials cited only two times that such emergency declarations were used by presidents to spend money without legislative approval")]),
 ("version", "Whether more people than ever are trying to cross the border.", True, [
   ("hpo", "Donald Trump", "We have far more people trying to get into our country today than probably ever before,"),
   ("hpo", "article", "In fact, arrests for illegal border crossings are at their lowest levels since the 1970s.")]),
])


def main(argv: list[str] | None = None) -> int:
    return mdg.run_extra_set(OUT, LINES, LABELS, __doc__.split("\n\n")[0], argv)


if __name__ == "__main__":
    sys.exit(main())
