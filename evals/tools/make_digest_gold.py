#!/usr/bin/env python3
"""Build (or check) the hand-labelled gold digests in evals/digest_gold/.

Eight BASIL clusters of ../shared/devdata/multidoc/basil_clusters.jsonl (even line indices
only: the odd ones belong to another labeller), each covered by Fox News, the New York Times
and HuffPost. For each cluster the labels below list

* agreements: one proposition stated by at least two outlets, with one exact quote per outlet;
* conflicts: number conflicts (the same counted thing with different values) and version
  conflicts (incompatible accounts: a denial of an assertion, X vs not-X or X vs Y, different
  dates/places for one event), each side with its outlet, who asserts it and an exact quote.
  `within_article` marks a dispute one article itself reports between two sources.

Labels are written as data: quotes are typed with straight quotes and hyphens, and found in the
article text after a length-preserving typographic fold (curly quotes -> straight, dashes ->
'-', no-break space -> space), so the stored quote is always the exact text slice
`text[start:end]`. When a quote occurs more than once, the label names which occurrence
(0-based); an ambiguous quote without one is an error. The rules are in
evals/digest_gold/README.md.

Usage (from anywhere):
    python evals/tools/make_digest_gold.py            # rebuild all files, then re-check them
    python evals/tools/make_digest_gold.py --check    # only check the files already on disk
    python evals/tools/make_digest_gold.py --list     # the eligible clusters (even index, 250-900 words)

The article texts come from `$SUMMARIZER_DEVDATA` or `<repo>/../shared/devdata`; they are never
copied into the repository (only the quotes are).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "evals" / "digest_gold"
OUTLETS = ("fox", "nyt", "hpo")
MIN_WORDS, MAX_WORDS = 250, 900
MAX_QUOTE_CHARS = 400


def devdata() -> Path:
    env = os.environ.get("SUMMARIZER_DEVDATA")
    return Path(env) if env else (ROOT.parent / "shared" / "devdata")


def clusters_path() -> Path:
    return devdata() / "multidoc" / "basil_clusters.jsonl"


# --------------------------------------------------------------------------------------
# label constructors
# --------------------------------------------------------------------------------------

def Q(outlet: str, quote: str, occ: int | None = None) -> dict:
    """One quote backing an agreement."""
    return {"outlet": outlet, "quote": quote, "occ": occ}


def S(outlet: str, source: str, quote: str, occ: int | None = None) -> dict:
    """One side of a conflict: outlet, who asserts it ('article' = the outlet's own voice)."""
    return {"outlet": outlet, "source": source, "quote": quote, "occ": occ}


def A(proposition: str, *quotes: dict) -> dict:
    return {"proposition": proposition, "quotes": list(quotes)}


def K(kind: str, about: str, *sides: dict, within: bool = False) -> dict:
    return {"type": kind, "about": about, "within_article": within, "sides": list(sides)}


ART = "article"

# --------------------------------------------------------------------------------------
# the labels
# --------------------------------------------------------------------------------------

LABELS: dict[str, dict] = {}

# 6: Trump's birther claims (2011-04-07)
LABELS["005a2961-0c2e-4575-8eec-770ba52a08e0"] = {
    "agreements": [
        A("Trump said in a Today show interview on Thursday that he has sent investigators to "
          "Hawaii to look into where Obama was born.",
          Q("fox", "has sent investigators to Hawaii looking for answers"),
          Q("nyt", "he has sent his own investigators to Hawaii to research the issue"),
          Q("hpo", "prompted Vieira to ask Trump if he had people on the ground in Hawaii searching "
                   "for proof of the president's citizenship. He signaled he did")),
        A("Trump said he has doubts about whether Obama was born in the United States.",
          Q("fox", "Donald Trump said Thursday he has doubts about whether President Obama was born "
                   "in the United States"),
          Q("nyt", "Mr. Trump told Meredith Vieira that he had \"real doubts\" about whether Mr. Obama "
                   "was born in this country")),
        A("Officials in Hawaii have certified Obama's birth there / his citizenship.",
          Q("fox", "Officials in Hawaii have certified Obama's citizenship"),
          Q("nyt", "state officials - including the Republican who was governor during the 2008 "
                   "campaign - have confirmed its authenticity"),
          Q("hpo", "Officials in Hawaii have certified that Obama was born in that state.")),
        A("In the NBC/Wall Street Journal poll Romney leads the Republican field at 21 percent, "
          "with Trump and Huckabee tied at 17 percent.",
          Q("fox", "former Massachusetts Gov. Mitt Romney leads the would-be group of contenders with "
                   "21 percent of Republican primary voters surveyed followed by Trump and former "
                   "Arkansas Gov. Mike Huckabee at 17 percent each"),
          Q("hpo", "A national NBC/WSJ poll released yesterday shows Trump tied for 2nd with Mike "
                   "Huckabee in the 2012 GOP primary field at 17 percent (Mitt Romney leads the pack "
                   "at 21 percent).")),
        A("The NBC/WSJ poll puts Trump first among Tea Party supporters.",
          Q("nyt", "An NBC News/Wall Street Journal poll showed Mr. Trump as the most favored "
                   "candidate among Republicans who consider themselves Tea Party supporters."),
          Q("hpo", "Trump . . . finishes first among Tea Party supporters (at 20 percent)")),
        A("Trump said he will decide by June whether to run.",
          Q("fox", "said he will decide by June whether to run"),
          Q("hpo", "plans to decide by June whether to run")),
        A("Trump wants Obama to show his birth certificate.",
          Q("fox", "Trump said he'd like Obama to show his birth certificate."),
          Q("hpo", "\"I want to see the birth certificate,\" said Trump")),
        A("Trump said he is only interested in Libya if the United States gets the oil.",
          Q("fox", "\"I'm only interested in Libya if we get the oil,\" Trump said."),
          Q("hpo", "\"I'm only interested in Libya if we get the oil,\" Trump said.")),
    ],
    "conflicts": [
        K("version", "Whether Obama has shown a birth certificate: Trump says he has only a "
                     "'certificate of live birth', the NYT says that certificate is the standard "
                     "Hawaii birth certificate and has been shown.",
          S("fox", "Donald Trump", "He doesn't have a birth certificate or he hasn't shown it. He has "
                                   "what's called a certificate of live birth."),
          S("nyt", ART, "Mr. Obama has shown a certificate of live birth from Hawaii, which is the "
                        "standard form of birth certificate in the state")),
        K("version", "Where Obama was born: Trump repeats a claim that he was born in Kenya; "
                     "Hawaii officials have certified that he was born in Hawaii.",
          S("fox", "Donald Trump", "His grandmother in Kenya said he was born in Kenya, and she was "
                                   "there and witnessed the birth."),
          S("hpo", "officials in Hawaii", "Officials in Hawaii have certified that Obama was born in "
                                          "that state.")),
        K("version", "Whether the Arizona bill is about Obama: a Tea Party founder says it is not a "
                     "birther bill, while the sponsoring legislator's office ties the meeting to "
                     "Obama's birth certificate.",
          S("nyt", "Kelly Townsend", "\"It's not a birther bill,\" Ms. Townsend said. \"It's not about "
                                     "Mr. Obama."),
          S("nyt", "Carl Seel's office", "Mr. Trump \"has brought the issue of President Barack Obama "
                                         "failing to provide a birth certificate front and center "
                                         "recently.\""),
          within=True),
    ],
}

# 8: Obama mocks the House's "In God We Trust" vote while pushing his jobs bill (2011-11-02)
LABELS["2153fb3e-6b09-410c-bfea-d095c49a54ba"] = {
    "agreements": [
        A("Obama said: \"I trust in God, but God wants to see us help ourselves by putting people "
          "back to work.\"",
          Q("fox", "\"I trust in God, but God wants to see us help ourselves by putting people back to "
                   "work,\" the president said"),
          Q("nyt", "\"I trust in God,\" Mr. Obama said, \"but God wants to see us help ourselves by "
                   "putting people back to work!\""),
          Q("hpo", "I trust in God, but God wants to see us help ourselves by putting people back to "
                   "work.")),
        A("On Wednesday Obama spoke at the Key Bridge between Washington and Virginia to promote his "
          "jobs bill's infrastructure spending.",
          Q("fox", "during a speech at Key Bridge in Washington, D.C., where he was highlighting the need "
                   "for federal funding of infrastructure repairs nationwide"),
          Q("nyt", "President Obama on Wednesday visited another bridge in need of repair - this one "
                   "somewhat closer to home, between Washington and Virginia - to promote his "
                   "job-creation proposals"),
          Q("hpo", "In a speech from beneath the D.C. area's Key Bridge, Obama told spectators that "
                   "Congress had time to bring up votes on aspects of the American Jobs Act")),
        A("Obama mocked the House for reaffirming \"In God We Trust\" as the national motto instead of "
          "creating jobs.",
          Q("fox", "The House vote to reaffirm that \"In God We Trust\" is the U.S. motto is \"not "
                   "putting people back to work,\" President Obama said Wednesday"),
          Q("nyt", "He tweaked House Republicans for passing a resolution on Tuesday reaffirming the "
                   "national motto, \"In God We Trust,\" when they should be creating jobs."),
          Q("hpo", "mocking them for spending time on supposedly less-important undertakings, such as a "
                   "recent measure to reaffirm \"In God We Trust\" as the national motto")),
        A("The House passed the motto resolution 396-9.",
          Q("fox", "It passed in a 396-9 vote."),
          Q("hpo", "the House voted 396-9 on a bill that reaffirmed the motto")),
        A("The resolution was sponsored by Rep. Randy Forbes, Republican of Virginia.",
          Q("fox", "introduced by Rep. Randy Forbes, R-Va."),
          Q("hpo", "The bill's sponsor, Rep. Randy Forbes (R-Va.)")),
        A("Obama called out House Speaker John Boehner by name.",
          Q("fox", "the president also called out House Speaker John Boehner"),
          Q("nyt", "Mr. Obama singled out the Republican leaders of the House and Senate - Speaker John "
                   "A. Boehner of Ohio and Senator Mitch McConnell of Kentucky"),
          Q("hpo", "calling out Speaker of the House John Boehner (R-Ohio)")),
        A("Obama mocked the House for debating a commemorative coin for baseball.",
          Q("fox", "You've been debating a commemorative coin for baseball?"),
          Q("hpo", "You've been debating a commemorative coin for baseball.")),
        A("The full $447 billion jobs package failed in the Senate.",
          Q("fox", "after the $447 billion jobs package failed when offered as a whole"),
          Q("nyt", "Senate Democrats could not muster the 60 votes needed to block a Republican "
                   "filibuster against either the full $447 billion package")),
    ],
    "conflicts": [
        K("number", "How many House-passed jobs bills Republicans say the Senate is ignoring: 15 (Fox) "
                    "vs some 16 (NYT).",
          S("fox", "House Republicans", "they have brought up 15 bills that they contend will help "
                                        "create jobs but have been ignored in the Democratic-led "
                                        "Senate"),
          S("nyt", "House Republicans", "House Republicans said the Democratic-controlled Senate should "
                                        "take up some 16 House-passed measures")),
        K("version", "The day the House passed the motto resolution: Tuesday (Fox, NYT) vs Wednesday "
                     "(HuffPost).",
          S("fox", ART, "The House resolution on the national motto passed Tuesday"),
          S("hpo", ART, "On Wednesday, the House voted 396-9 on a bill that reaffirmed the motto")),
        K("version", "Carney calls 'the Lord helps those who help themselves' a phrase from the Bible; "
                     "the article says it is not in the Bible.",
          S("fox", "Jay Carney", "I believe that phrase from the Bible is 'the Lord helps those who help "
                                 "themselves.'"),
          S("fox", ART, "The phrase quoted by Carney is not in the Bible, though it is often mistaken as "
                        "a verse."),
          within=True),
        K("version", "Obama cites the U.S. Chamber of Commerce as a supporter of the infrastructure "
                     "bill; the NYT says the Chamber has withdrawn its support.",
          S("nyt", "Barack Obama", "Mr. Obama cited the Chamber as a supporter in his remarks"),
          S("nyt", ART, "some leading business groups, including the U.S. Chamber of Commerce and the "
                        "Associated General Contractors of America, have withdrawn support for the "
                        "infrastructure spending bill"),
          within=True),
        K("version", "Whether the House Republican bills create jobs: Boehner says they will put "
                     "people back to work; analysts say they would not spur job creation soon.",
          S("nyt", "John Boehner", "these bills that really will help put the American people back to "
                                   "work"),
          S("nyt", "analysts", "they would not spur job creation in the coming year or two"),
          within=True),
        K("version", "Obama said the national motto is E pluribus unum; the article says that was not "
                     "officially correct.",
          S("hpo", "Barack Obama", "Obama remarked that the American \"motto is E pluribus unum -- out of "
                                   "many, one.\""),
          S("hpo", ART, "Officially, this wasn't correct."),
          within=True),
    ],
}

# 22: federal charges against Rep. Michael Grimm (2014-04-25)
LABELS["33521e65-12da-4521-b132-7b606243b0e4"] = {
    "agreements": [
        A("Grimm's lawyer, William McGinley, confirmed that federal prosecutors intend to file "
          "criminal charges against him.",
          Q("fox", "New York Republican Rep. Michael Grimm's attorney confirmed late Friday that "
                   "federal prosecutors plan to file criminal charges against the congressman."),
          Q("nyt", "A lawyer for Mr. Grimm, William McGinley of Patton Boggs, confirmed in a statement "
                   "that prosecutors intended to file criminal charges against his client"),
          Q("hpo", "Grimm's lawyer, William McGinley, said in a statement that the U.S. attorney's "
                   "office \"has disclosed its intent to file criminal charges.\"")),
        A("Grimm's lawyer said Grimm asserts his innocence.",
          Q("fox", "The statement said Grimm \"asserts his innocence of any wrongdoing\""),
          Q("nyt", "Mr. Grimm \"asserts his innocence\""),
          Q("hpo", "Congressman Grimm asserts his innocence of any wrongdoing.")),
        A("Grimm's lawyer called the government's case a politically driven vendetta.",
          Q("fox", "the government has pursued a politically driven vendetta against Congressman Grimm"),
          Q("nyt", "the investigation was \"a politically driven vendetta.\""),
          Q("hpo", "the government has pursued a politically driven vendetta against Congressman Grimm")),
        A("The investigation of Grimm has run for (more than) two years.",
          Q("fox", "The decision follows a two-year FBI investigation into various aspects of Grimm's "
                   "business and campaign history."),
          Q("nyt", "began more than two years ago with an examination of Mr. Grimm's fund-raising for "
                   "his 2010 race and expanded"),
          Q("hpo", "The Justice Department began investigating Grimm two years ago")),
        A("A Houston woman tied to Grimm (Diana Durand) has been charged with funneling at least "
          "$10,000 into his campaign.",
          Q("fox", "the woman was accused of funneling at least $10,000 to Grimm's campaign"),
          Q("nyt", "One, Diana Durand of Houston, was charged with illegally funneling more than "
                   "$10,000 into his campaign.")),
        A("Grimm's fund-raiser Ofer Biton pleaded guilty to an immigration (visa) fraud charge.",
          Q("fox", "Ofer Biton, pleaded guilty in August to an immigration fraud charge"),
          Q("nyt", "The other, Ofer Biton, pleaded guilty to visa fraud charges.")),
        A("In January Grimm threatened a television reporter (NY1's Michael Scotto) at the Capitol, "
          "saying he would throw him off the balcony.",
          Q("fox", "If you ever do that to me again, I'll throw you off this (expletive) balcony."),
          Q("nyt", "Mr. Grimm stormed off camera but returned and threatened to throw Mr. Scotto off "
                   "the balcony"),
          Q("hpo", "Grimm was in the news in January after he physically threatened a reporter in the "
                   "Capitol")),
        A("The expected charges include mail fraud and wire fraud tied to a health food restaurant "
          "Grimm owned after leaving the FBI.",
          Q("nyt", "were expected to include mail fraud and wire fraud, and to focus largely on his "
                   "conduct in connection with a health food restaurant he owned on the Upper East "
                   "Side of Manhattan"),
          Q("hpo", "will include mail fraud and wire fraud and focus on his conduct in connection with "
                   "a health food restaurant he owned on the Upper East Side of Manhattan")),
    ],
    "conflicts": [
        K("version", "Whether Grimm has been indicted yet: expected to be indicted (NYT, from people "
                     "with knowledge of the case) vs already secretly indicted (HuffPost's update, "
                     "citing The Washington Post).",
          S("nyt", "people with knowledge of the case", "was expected to be indicted on federal fraud "
                                                         "charges after a lengthy corruption "
                                                         "investigation"),
          S("hpo", "The Washington Post", "Grimm has already \"been secretly indicted by a federal "
                                          "grand jury in Brooklyn")),
        K("version", "Prosecutors are to charge Grimm with fraud and obstruction; Grimm, through his "
                     "lawyer, asserts his innocence.",
          S("nyt", "people with knowledge of the case", "He was also expected to be charged with "
                                                         "obstruction of justice, for allegedly lying "
                                                         "under oath in a federal lawsuit."),
          S("nyt", "William McGinley", "Mr. Grimm \"asserts his innocence\""),
          within=True),
    ],
}

# 24: Elizabeth Lauten's post about the Obama daughters (2014-11-29 .. 12-01)
LABELS["96b7046f-f584-422f-a626-6f86a26dfd8b"] = {
    "agreements": [
        A("Elizabeth Lauten is (was) the communications director for Rep. Stephen Fincher, "
          "Republican of Tennessee.",
          Q("fox", "Lauten, who works for Rep. Stephen Fincher, R-Tenn."),
          Q("nyt", "Ms. Lauten had resigned as communications director to Representative Stephen "
                   "Fincher"),
          Q("hpo", "Elizabeth Lauten, the communications director for Rep. Stephen Fincher (R-Tenn.)")),
        A("In a Facebook post Lauten wrote that Sasha and Malia Obama should \"try showing a little "
          "class\".",
          Q("fox", "Elizabeth Lauten wrote in a now-deleted Facebook post Friday that Malia and Sasha "
                   "Obama, aged 16 and 13 respectively, should \"try showing a little class\""),
          Q("nyt", "wrote an open letter to Sasha and Malia Obama on her Facebook page, saying they "
                   "should \"try showing a little class\""),
          Q("hpo", "wrote that the two teenagers should \"try showing a little class,\"")),
        A("Lauten wrote that the girls should dress like they deserve respect, not a spot at a bar.",
          Q("fox", "described their outfits as more appropriate for \"a spot at the bar.\""),
          Q("nyt", "\"dress like you deserve respect, not a spot at a bar.\""),
          Q("hpo", "\"dress like you deserve respect, not a spot at a bar,\"")),
        A("Lauten wrote that the girls' parents don't respect their positions or the nation.",
          Q("fox", "your mother and father don't respect their positions very much, or the nation for "
                   "that matter"),
          Q("nyt", "their parents \"don't respect their positions very much, or the nation for that "
                   "matter.\""),
          Q("hpo", "your mother and father don't respect their positions very much, or the nation for "
                   "that matter")),
        A("The post was about the daughters' appearance at Wednesday's White House turkey pardon.",
          Q("fox", "The girls accompanied their daughter to Wednesday's ceremony, in which he pardoned "
                   "two turkeys named Mac and Cheese."),
          Q("nyt", "It started Wednesday with the most innocuous of events: the annual naming of the "
                   "National Thanksgiving Turkey"),
          Q("hpo", "criticized Malia and Sasha Obama's appearance at the annual White House turkey "
                   "pardon ceremony")),
        A("Lauten later apologized, saying she had judged the two young ladies in a way she would "
          "never have wanted to be judged as a teenager.",
          Q("fox", "I quickly judged the two young ladies in a way that I would never have wanted to "
                   "be judged myself as a teenager."),
          Q("nyt", "later posted an apology for her \"hurtful\" words, saying she had \"judged the two "
                   "young ladies in a way that I would never have wanted to be judged myself as a "
                   "teenager.\""),
          Q("hpo", "quickly judged the two young ladies in a way that I would never have wanted to be "
                   "judged myself as a teenager")),
        A("Malia answered \"Nah\" when her father offered to let her pet the turkey.",
          Q("nyt", "\"Nah,\" Malia said quickly."),
          Q("hpo", "Malia even declined her father's offer to pet one of the pardoned turkeys with a "
                   "nonchalant, \"Nah.\"")),
    ],
    "conflicts": [
        K("version", "The day Lauten apologized: Saturday (Fox) vs Friday (HuffPost).",
          S("fox", ART, "had to apologize Saturday for a Facebook post critical of the first daughters"),
          S("hpo", ART, "A Republican staffer on Friday apologized for a Facebook post")),
    ],
}

# 30: Vicente Fox and Felipe Calderon: Mexico will not pay for the wall (2016-02-25)
LABELS["d4a4bc34-e48b-4485-86b2-f1daf4d464dd"] = {
    "agreements": [
        A("Vicente Fox told Fusion (Jorge Ramos) he is not going to pay for Trump's wall.",
          Q("fox", "\"I'm not going to pay for that f***ing wall!\" Fox told Jorge Ramos in an "
                   "interview for Fusion."),
          Q("nyt", "\"I'm not going to pay,\" Vicente Fox said, using a profanity to comment about the "
                   "wall Thursday in an interview with Fusion."),
          Q("hpo", "\"I'm not going to pay for that fucking wall,\" Fox told Fusion's Jorge Ramos in an "
                   "interview airing Thursday.")),
        A("Fox called Hispanics who backed Trump followers of a false prophet.",
          Q("fox", "\"I would like to know who those Hispanics are, because they are followers of a "
                   "false prophet,\" Fox said."),
          Q("nyt", "\"I'd like to know who those Hispanics are,\" Mr. Fox said. \"They are followers of "
                   "a false prophet.\""),
          Q("hpo", "\"I'd like to know who those Hispanics are,\" Fox said. \"They're followers of a "
                   "false prophet.\"")),
        A("Trump did well among Hispanic voters in Tuesday's Nevada caucuses.",
          Q("fox", "according to entrance polls, Trump won 44 percent of the Hispanic vote"),
          Q("nyt", "Mr. Trump did well with Hispanic voters in the Nevada caucuses on Tuesday"),
          Q("hpo", "Trump likely won among Hispanics during Tuesday's Nevada caucus")),
        A("Fox does not believe Trump will be elected.",
          Q("fox", "he believes that Americans will not elect the real estate tycoon to the White House"),
          Q("hpo", "Fox, however, isn't worried that Trump will actually win the presidency.")),
        A("Felipe Calderon told CNBC that Mexicans will not pay a single cent for such a stupid wall.",
          Q("fox", "Mexican people, we are not going to pay a single cent for such a stupid wall!"),
          Q("nyt", "\"Mexican people, we are not going to pay any single cent for such a stupid wall!\" "
                   "Mr. Calderón told CNBC."),
          Q("hpo", "\"Mexican people, we are not going to pay any single cent for such a stupid wall,\" "
                   "he said earlier this month.")),
        A("Trump insists he would get Mexico to pay for the wall.",
          Q("fox", "Trump has stood by his initial comments about building a border wall and getting "
                   "Mexico to pay for it."),
          Q("nyt", "Mr. Trump has insisted that as president he would have the leverage to compel "
                   "Mexico to pay for the wall"),
          Q("hpo", "insists he'll coerce Mexico into paying for a wall to keep undocumented migrants "
                   "out of the U.S. if he's elected")),
        A("Trump estimates the wall would cost about $8 billion.",
          Q("nyt", "which he estimates would cost about $8 billion"),
          Q("hpo", "The real estate mogul estimates the price tag at around $8 billion.")),
        A("Fox was president of Mexico from 2000 to 2006.",
          Q("fox", "who led the country from 2000 to 2006"),
          Q("nyt", "Mr. Fox, who was president of Mexico from 2000 to 2006")),
    ],
    "conflicts": [
        K("version", "Who pays for the wall: two former Mexican presidents say Mexico will not; Trump "
                     "insists he would compel Mexico to pay.",
          S("nyt", "Vicente Fox and Felipe Calderón",
            "two of the country's former presidents have a message for Mr. Trump: Mexico won't pay."),
          S("nyt", "Donald Trump", "Mr. Trump has insisted that as president he would have the "
                                   "leverage to compel Mexico to pay for the wall"),
          within=True),
    ],
}

# 34: Congress overrides Obama's veto of the 9/11 bill (2016-09-28/29)
LABELS["1b96a5db-8974-46d3-82d7-5dfef02f650e"] = {
    "agreements": [
        A("The Senate voted 97-1 to override the veto.",
          Q("fox", "This followed a 97-1 vote hours earlier in the Senate."),
          Q("hpo", "The final tally was 97-1.")),
        A("Senate Minority Leader Harry Reid cast the only vote against the override.",
          Q("fox", "The lone \"no\" vote in the Senate was Senate Minority Leader Harry Reid, D-Nev."),
          Q("hpo", "Senate Minority Leader Harry Reid (D-Nev.) was the lone opposition.")),
        A("It is the first veto override of Obama's presidency.",
          Q("fox", "in the first successful veto override of Obama's presidency"),
          Q("nyt", "The override, the first Mr. Obama has faced in his presidency"),
          Q("hpo", "It's the first time a chamber of Congress has had the votes to overrule Obama on a "
                   "veto.")),
        A("The House voted on Wednesday to override as well, so the bill becomes law.",
          Q("fox", "the House ensured the bill will become law after voting 348-77 to override "
                   "Wednesday afternoon"),
          Q("hpo", "The House voted later on Wednesday to override the veto, causing the bill to become "
                   "law.")),
        A("The bill lets families of 9/11 victims sue Saudi Arabia over any role in the attacks.",
          Q("fox", "a bipartisan bill letting families of Sept. 11 victims sue the Saudi Arabian "
                   "government"),
          Q("nyt", "a bill allowing families of those killed in the Sept. 11 attacks to sue Saudi "
                   "Arabia for any role in the terrorist plot"),
          Q("hpo", "a bill to let 9/11 victims sue Saudi Arabia for its alleged role in the terrorist "
                   "attacks")),
        A("The administration argues the bill would expose Americans to retaliatory lawsuits abroad.",
          Q("fox", "telling lawmakers the bill would make the U.S. vulnerable to retaliatory "
                   "litigation in foreign courts that could put U.S. troops in legal jeopardy"),
          Q("nyt", "The administration has argued that such a measure would put Americans at legal "
                   "risk overseas from retaliating nations."),
          Q("hpo", "Administration officials warn that it would put Americans overseas at legal risk")),
        A("Saudi Arabia strongly opposes the bill.",
          Q("fox", "Saudi Arabia has objected vehemently to the legislation."),
          Q("nyt", "The bill, which Saudi Arabia has fiercely opposed")),
        A("Before the veto both chambers passed the bill without opposition.",
          Q("fox", "moved to the floor of the Senate in May and passed by voice vote. The bill cleared "
                   "the House earlier this month, also by voice vote."),
          Q("nyt", "both chambers overwhelmingly passed the bill"),
          Q("hpo", "The bill originally passed the House and Senate without a single \"no\" vote.")),
    ],
    "conflicts": [
        K("version", "The day of the House override vote: Thursday (NYT, the schedule before the "
                     "vote) vs Wednesday (Fox, HuffPost).",
          S("nyt", ART, "is expected to begin in the Senate on Wednesday, followed by the House on "
                        "Thursday"),
          S("fox", ART, "the House ensured the bill will become law after voting 348-77 to override "
                        "Wednesday afternoon")),
        K("version", "Obama says the bill exposes the U.S. to retaliatory litigation abroad; its "
                     "proponents call that rationale unconvincing because the bill applies only to "
                     "terrorism on U.S. soil.",
          S("fox", "Barack Obama", "telling lawmakers the bill would make the U.S. vulnerable to "
                                   "retaliatory litigation in foreign courts that could put U.S. "
                                   "troops in legal jeopardy"),
          S("fox", "the bill's proponents", "the bill's proponents have disputed Obama's rationale as "
                                            "\"unconvincing and unsupportable,\" saying the measure is "
                                            "narrowly tailored and applies only to acts of terrorism "
                                            "that occur on U.S. soil"),
          within=True),
    ],
}

# 36: Trump considers Joe Lieberman for FBI director (2017-05-18)
LABELS["72fa9b13-4e59-4716-8df9-4c3580e7dddf"] = {
    "agreements": [
        A("Trump said on Thursday he is \"very close\" to choosing a new FBI director to replace "
          "James Comey.",
          Q("fox", "President Trump said Thursday he is \"very close\" to naming a new FBI director to "
                   "replace James Comey"),
          Q("nyt", "told reporters on Thursday that he was \"very close\" to choosing a successor to "
                   "James B. Comey"),
          Q("hpo", "President Donald Trump is \"very close\" to selecting an interim candidate to "
                   "replace former FBI Director James Comey, he told White House reporters on "
                   "Thursday.")),
        A("Joe Lieberman is the front-runner for the job.",
          Q("fox", "Lieberman is nonetheless the sudden frontrunner."),
          Q("nyt", "Mr. Lieberman, who was Al Gore's running mate in the 2000 presidential campaign, "
                   "is the front-runner"),
          Q("hpo", "Trump confirmed that former Sen. Joe Lieberman is his top choice")),
        A("Lieberman served in the Senate as a Democrat and then as an independent.",
          Q("fox", "served in the Senate from 1989-2013, first as a Democrat and then as an "
                   "independent"),
          Q("nyt", "Mr. Lieberman, who served three terms in the Senate as a Democrat and one as an "
                   "independent"),
          Q("hpo", "before losing a primary bid for re-election and becoming an independent")),
        A("Lieberman has no federal law enforcement experience.",
          Q("nyt", "a charming 75-year-old political operator with no federal law enforcement "
                   "experience"),
          Q("hpo", "He has no federal law enforcement experience")),
        A("Lieberman's law firm is that of Trump's lawyer Marc Kasowitz.",
          Q("nyt", "he is employed by one of the firms where Marc E. Kasowitz, a lawyer for Mr. Trump, "
                   "works"),
          Q("hpo", "The founder of Lieberman's law firm - Kasowitz, Benson, Torres & Friedman - is one "
                   "of the president's top lawyers.")),
        A("Sen. Claire McCaskill said picking Lieberman would be a mistake.",
          Q("fox", "Sen. Claire McCaskill, D-Mo., said it was a \"mistake\" to nominate him."),
          Q("hpo", "Sen. Claire McCaskill (D-Mo.) called it a \"mistake\" to select an elected "
                   "official to the post")),
        A("At a Thursday Democratic lunch Senators Durbin and Whitehouse argued against Lieberman.",
          Q("nyt", "At a closed-door Democratic lunch on Thursday, Senators Sheldon Whitehouse of Rhode "
                   "Island and Richard J. Durbin of Illinois urged party members to hold the line if "
                   "he is selected."),
          Q("hpo", "During a Thursday Democratic caucus lunch, Sens. Dick Durbin (Ill.) and Sheldon "
                   "Whitehouse (R.I.) trashed the idea of Lieberman, or any politician, being in "
                   "charge of the FBI")),
        A("Sen. John Cornyn said Lieberman could get 100 votes in the Senate.",
          Q("fox", "\"Lieberman is probably the only person who can get 100 votes in the Senate,\" "
                   "Senate Majority Whip John Cornyn, R-Texas, said"),
          Q("hpo", "Sen. John Cornyn (R-Texas) speculated that Lieberman could get 100 confirmation "
                   "votes")),
    ],
    "conflicts": [
        K("version", "What Trump confirmed when asked about Lieberman in the Oval Office: that he was "
                     "the leading contender (Fox) vs only that he was among the finalists (NYT).",
          S("fox", ART, "When asked point-blank by a reporter in the Oval Office Thursday if Lieberman "
                        "was the leading contender, Trump replied, \"Yes.\""),
          S("nyt", ART, "offered an emphatic \"yes\" when asked whether Mr. Lieberman was among the "
                        "finalists")),
        K("version", "Senate support for Lieberman: Cornyn says he could get 100 votes; Schatz says "
                     "the nomination would split the chamber.",
          S("hpo", "John Cornyn", "Sen. John Cornyn (R-Texas) speculated that Lieberman could get 100 "
                                  "confirmation votes"),
          S("hpo", "Brian Schatz", "he speculated that a Lieberman nomination would split the chamber"),
          within=True),
        K("version", "Whether Lieberman changed parties: he says he never did; the article says he "
                     "became an independent after losing the 2006 Democratic primary.",
          S("fox", "Joe Lieberman", "Lieberman told Fox Business Network last year that he \"never "
                                    "changed parties\""),
          S("fox", ART, "became an independent after losing the Democratic primary in 2006"),
          within=True),
    ],
}

# 38: the White House responds to the allegations against Roy Moore (2017-11-09/10)
LABELS["be026bd1-52b1-4789-bfd3-3632af17b054"] = {
    "agreements": [
        A("The Washington Post reported that Moore initiated a sexual encounter with a 14-year-old "
          "girl in 1979.",
          Q("fox", "The Washington Post reported on a woman's claims that the former judge and staunch "
                   "social conservative initiated a sexual encounter with her when she was 14."),
          Q("nyt", "The Washington Post reported that, in early 1979, Mr. Moore, then a district "
                   "attorney and later the chief justice of the state Supreme Court, had approached a "
                   "14-year-old"),
          Q("hpo", "bombshell allegations that Alabama GOP Senate nominee Roy Moore sexually molested a "
                   "14-year-old girl in 1979")),
        A("The Post found three other women who said Moore pursued them as teenagers when he was in "
          "his 30s.",
          Q("fox", "The Post interviewed three other women who were teenagers at the time who claimed "
                   "Moore pursued them when he was in his 30s"),
          Q("nyt", "The paper found three other women who said they had been pursued by Mr. Moore "
                   "around the same time, when they were between 16 and 18 years old.")),
        A("The Post interviewed more than 30 people for its report.",
          Q("nyt", "The Post interviewed more than 30 people in reporting its account."),
          Q("hpo", "The Post reporters talked to more than 30 sources in the course of their "
                   "investigation.")),
        A("Moore and his campaign denied the allegations.",
          Q("fox", "But Moore's campaign issued a statement saying the report is \"baseless\" and "
                   "false."),
          Q("nyt", "Mr. Moore told The Post that the allegations were \"completely false and are a "
                   "desperate political attack by the National Democrat Party and the Washington Post "
                   "on this campaign.\""),
          Q("hpo", "Moore's campaign denied the allegations")),
        A("Sarah Sanders said Trump believes that if the allegations are true, Moore will do the right "
          "thing and step aside.",
          Q("fox", "However, the president also believes that if these allegations are true, Judge "
                   "Moore will do the right thing and step aside."),
          Q("hpo", "if the allegations are true, \"Judge Moore will do the right thing and step "
                   "aside.\"")),
        A("Republican senators called on Moore to step aside if the allegations are true.",
          Q("fox", "Several GOP senators called on him to step aside if the allegations are true"),
          Q("hpo", "numerous Republican lawmakers on Capitol Hill called on Moore to drop out of the "
                   "race - if the allegations are true.")),
        A("Moore faces the Democrat Doug Jones in the special Senate election in December.",
          Q("fox", "as he heads into the Dec. 12 election against Democrat Doug Jones"),
          Q("nyt", "He is set to face Doug Jones, a Democrat, in a special election next month.")),
        A("Under Alabama law, sexual contact by someone 19 or older with someone between 12 and 16 "
          "is second-degree sexual abuse.",
          Q("fox", "sexual contact by anyone 19 or older with anyone between 12 and 16 years old is "
                   "considered second-degree sexual abuse"),
          Q("nyt", "Alabama law, both in 1979 and now, finds that someone who is 19 or older and has "
                   "sexual contact with someone between the ages of 12 and 16 is guilty of "
                   "second-degree sex abuse.")),
    ],
    "conflicts": [
        K("version", "Moore's job in 1979: assistant district attorney (Fox) vs district attorney "
                     "(NYT).",
          S("fox", ART, "Moore, then an assistant district attorney"),
          S("nyt", ART, "Mr. Moore, then a district attorney")),
        K("version", "The Post reports Moore's sexual advances toward a 14-year-old; Moore says the "
                     "allegations are completely false.",
          S("nyt", "The Washington Post", "The Washington Post reported that, in early 1979, Mr. Moore, "
                                          "then a district attorney and later the chief justice of "
                                          "the state Supreme Court, had approached a 14-year-old"),
          S("nyt", "Roy Moore", "Mr. Moore told The Post that the allegations were \"completely false "
                                "and are a desperate political attack by the National Democrat Party "
                                "and the Washington Post on this campaign.\""),
          within=True),
        K("version", "Ziegler says Moore did nothing illegal; the NYT notes Alabama law makes such "
                     "contact second-degree sex abuse.",
          S("nyt", "Jim Ziegler", "said that Mr. Moore had done nothing \"immoral or illegal.\""),
          S("nyt", ART, "Alabama law, both in 1979 and now, finds that someone who is 19 or older and "
                        "has sexual contact with someone between the ages of 12 and 16 is guilty of "
                        "second-degree sex abuse."),
          within=True),
    ],
}


# --------------------------------------------------------------------------------------
# offsets and checks
# --------------------------------------------------------------------------------------

_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                       "\u2014": "-", "\u2013": "-", "\u2015": "-", "\u2012": "-",
                       "\u00a0": " "})


def fold(s: str) -> str:
    """Typographic folding that keeps string length (so offsets survive)."""
    return s.translate(_FOLD)


def locate(text: str, quote: str, occ: int | None, where: str) -> tuple[int, int]:
    ft, fq = fold(text), fold(quote)
    hits = [m.start() for m in re.finditer(re.escape(fq), ft)]
    if not hits:
        raise SystemExit(f"{where}: quote not found: {quote!r}")
    if occ is None:
        if len(hits) > 1:
            raise SystemExit(f"{where}: quote occurs {len(hits)} times, give occ: {quote!r}")
        occ = 0
    if occ >= len(hits):
        raise SystemExit(f"{where}: occ={occ} but only {len(hits)} occurrence(s): {quote!r}")
    start = hits[occ]
    return start, start + len(quote)


def load_clusters() -> list[dict]:
    path = clusters_path()
    if not path.is_file():
        raise SystemExit(f"no dev data at {path} (set SUMMARIZER_DEVDATA)")
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def as_loaded(text: str) -> str:
    """The text as the project loads it; must equal the stored text for offsets to hold."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))  # this checkout's package, not an installed one
    spec = importlib.util.find_spec("summarizer.load")
    if spec is None:
        raise SystemExit("summarizer.load not importable: cannot check the texts load unchanged")
    from summarizer.load import load_bytes  # noqa: PLC0415
    return load_bytes(text.encode("utf-8"), "x").text


def words(text: str) -> int:
    return len(text.split())


def eligible(rows: list[dict]) -> list[tuple[int, dict]]:
    out = []
    for i, r in enumerate(rows):
        arts = r.get("articles") or []
        if i % 2 or sorted(a.get("outlet_code") for a in arts) != sorted(OUTLETS):
            continue
        if all(a.get("text") and MIN_WORDS <= words(a["text"]) <= MAX_WORDS for a in arts):
            out.append((i, r))
    return out


def check_span(text: str, start: int, end: int, quote: str, where: str) -> None:
    if text[start:end] != quote:
        raise SystemExit(f"{where}: text[{start}:{end}] != quote")
    if not quote.strip() or quote != quote.strip():
        raise SystemExit(f"{where}: quote has surrounding whitespace: {quote!r}")
    if "\n" in quote:
        raise SystemExit(f"{where}: quote crosses a line break: {quote!r}")
    if len(quote) > MAX_QUOTE_CHARS:
        raise SystemExit(f"{where}: quote longer than {MAX_QUOTE_CHARS} chars")
    if start > 0 and text[start - 1].isalnum() and quote[0].isalnum():
        raise SystemExit(f"{where}: quote starts mid-word: {quote!r}")
    if end < len(text) and text[end].isalnum() and quote[-1].isalnum():
        raise SystemExit(f"{where}: quote ends mid-word: {quote!r}")


def build_one(index: int, row: dict, labels: dict) -> dict:
    cid = row["cluster_id"]
    arts = {a["outlet_code"]: a for a in row["articles"]}
    texts = {}
    for o in OUTLETS:
        t = arts[o]["text"]
        if as_loaded(t) != t:
            raise SystemExit(f"{cid}/{o}: load_bytes changes the text; offsets would not hold")
        texts[o] = t

    agreements = []
    for n, a in enumerate(labels["agreements"], 1):
        aid = f"a{n}"
        outlets = [q["outlet"] for q in a["quotes"]]
        if len(set(outlets)) != len(outlets) or len(outlets) < 2:
            raise SystemExit(f"{cid}/{aid}: an agreement needs one quote from each of >= 2 outlets")
        quotes = []
        for q in a["quotes"]:
            where = f"{cid}/{aid}/{q['outlet']}"
            s, e = locate(texts[q["outlet"]], q["quote"], q["occ"], where)
            quote = texts[q["outlet"]][s:e]
            check_span(texts[q["outlet"]], s, e, quote, where)
            quotes.append({"outlet": q["outlet"], "quote": quote, "start": s, "end": e})
        agreements.append({"id": aid, "proposition": a["proposition"], "quotes": quotes})

    conflicts = []
    for n, k in enumerate(labels["conflicts"], 1):
        kid = f"k{n}"
        if k["type"] not in ("number", "version"):
            raise SystemExit(f"{cid}/{kid}: bad type {k['type']!r}")
        sides_in = k["sides"]
        if len(sides_in) < 2:
            raise SystemExit(f"{cid}/{kid}: a conflict needs two sides")
        outlets = {s["outlet"] for s in sides_in}
        if k["within_article"]:
            if len(outlets) != 1:
                raise SystemExit(f"{cid}/{kid}: within_article sides must come from one article")
            if len({s["source"] for s in sides_in}) < 2:
                raise SystemExit(f"{cid}/{kid}: within_article needs two different sources")
        elif len(outlets) < 2:
            raise SystemExit(f"{cid}/{kid}: a cross-article conflict needs sides from two outlets")
        sides = []
        for s in sides_in:
            where = f"{cid}/{kid}/{s['outlet']}"
            if not s["source"].strip():
                raise SystemExit(f"{where}: empty source")
            b, e = locate(texts[s["outlet"]], s["quote"], s["occ"], where)
            quote = texts[s["outlet"]][b:e]
            check_span(texts[s["outlet"]], b, e, quote, where)
            sides.append({"outlet": s["outlet"], "source": s["source"], "quote": quote,
                          "start": b, "end": e})
        conflicts.append({"id": kid, "type": k["type"], "about": k["about"],
                          "within_article": k["within_article"], "sides": sides})

    if not 3 <= len(agreements) <= 8:
        print(f"note: {cid} has {len(agreements)} agreements (aim 3-8)", file=sys.stderr)
    return {
        "cluster_id": cid,
        "main_event": row["main_event"],
        "articles": {o: arts[o]["article_uuid"] for o in OUTLETS},
        "agreements": agreements,
        "conflicts": conflicts,
    }


def select(rows: list[dict]) -> list[tuple[int, dict]]:
    ok = dict((r["cluster_id"], (i, r)) for i, r in eligible(rows))
    chosen = []
    for cid in LABELS:
        if cid not in ok:
            idx = next((i for i, r in enumerate(rows) if r["cluster_id"] == cid), None)
            raise SystemExit(f"{cid} (line {idx}) is not eligible: even index, three outlets, "
                             f"{MIN_WORDS}-{MAX_WORDS} words each")
        chosen.append(ok[cid])
    return chosen


def check_files(rows: list[dict]) -> int:
    by_id = {r["cluster_id"]: r for r in rows}
    files = sorted(OUT.glob("*.json"))
    if not files:
        raise SystemExit(f"no gold files in {OUT}")
    n_a = n_k = 0
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        cid = g["cluster_id"]
        if f.stem != cid or cid not in by_id:
            raise SystemExit(f"{f.name}: file name / cluster id mismatch")
        if list(g) != ["cluster_id", "main_event", "articles", "agreements", "conflicts"]:
            raise SystemExit(f"{f.name}: keys {list(g)}")
        row = by_id[cid]
        idx = rows.index(row)
        if idx % 2:
            raise SystemExit(f"{f.name}: cluster at odd line {idx}")
        arts = {a["outlet_code"]: a for a in row["articles"]}
        if g["articles"] != {o: arts[o]["article_uuid"] for o in OUTLETS}:
            raise SystemExit(f"{f.name}: article uuids differ from the dev data")
        for a in g["agreements"]:
            if set(a) != {"id", "proposition", "quotes"}:
                raise SystemExit(f"{f.name}/{a.get('id')}: keys {sorted(a)}")
            for q in a["quotes"]:
                check_span(arts[q["outlet"]]["text"], q["start"], q["end"], q["quote"],
                           f"{f.name}/{a['id']}/{q['outlet']}")
        for k in g["conflicts"]:
            if list(k) != ["id", "type", "about", "within_article", "sides"]:
                raise SystemExit(f"{f.name}/{k.get('id')}: keys {list(k)}")
            for s in k["sides"]:
                check_span(arts[s["outlet"]]["text"], s["start"], s["end"], s["quote"],
                           f"{f.name}/{k['id']}/{s['outlet']}")
        n_a += len(g["agreements"])
        n_k += len(g["conflicts"])
        nw = sum(k["within_article"] for k in g["conflicts"])
        kinds = [k["type"] for k in g["conflicts"]]
        print(f"{idx:2d} {cid}  agreements {len(g['agreements'])}  conflicts {len(g['conflicts'])} "
              f"(number {kinds.count('number')}, version {kinds.count('version')}, "
              f"within-article {nw})  {g['main_event']}")
    print(f"{len(files)} clusters, {n_a} agreements, {n_k} conflicts: all spans check")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="only check the files on disk")
    ap.add_argument("--list", action="store_true", help="list the eligible clusters")
    args = ap.parse_args(argv)
    rows = load_clusters()
    if args.list:
        for i, r in eligible(rows):
            wc = [words(a["text"]) for a in r["articles"]]
            mark = "*" if r["cluster_id"] in LABELS else " "
            print(f"{mark} {i:2d} {r['cluster_id']} {wc} {r['main_event']}")
        return 0
    if not args.check:
        OUT.mkdir(parents=True, exist_ok=True)
        for idx, row in select(rows):
            gold = build_one(idx, row, LABELS[row["cluster_id"]])
            path = OUT / f"{row['cluster_id']}.json"
            tmp = path.with_suffix(".json.tmp")
            tmp.write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            tmp.replace(path)
    return check_files(rows)


if __name__ == "__main__":
    sys.exit(main())
