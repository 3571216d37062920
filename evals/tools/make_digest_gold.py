#!/usr/bin/env python3
"""Build (or check) the hand-labelled gold digests in evals/digest_gold/ and evals/digest_gold_heldout/.

BASIL clusters of ../shared/devdata/multidoc/basil_clusters.jsonl, each covered by Fox News, the
New York Times and HuffPost, in two label tables:

* LABELS -> evals/digest_gold/ (8 clusters at EVEN line indices): the set the digest is tuned on;
* HELDOUT -> evals/digest_gold_heldout/ (10 clusters at ODD line indices, labelled blind in
  sessions 3 and 4 before any digest was run on them): a held-out set, scored separately
  (`summarize eval --suite digest --gold evals/digest_gold_heldout`). Nothing may be tuned on it.

For each cluster the labels list

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
    python evals/tools/make_digest_gold.py --heldout [--check|--list]   # the same for the held-out
                                                      # set (odd indices, evals/digest_gold_heldout)

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
OUT_HELDOUT = ROOT / "evals" / "digest_gold_heldout"
OUTLETS = ("fox", "nyt", "hpo")
MIN_WORDS, MAX_WORDS = 250, 900
MAX_QUOTE_CHARS = 400
#: Agreements session 19 (digest20) appended to a tuned cluster after the 3-8 picked: true shared
#: propositions the code digest predicted, each read against the three articles (README).
_SESSION19 = {"005a2961-0c2e-4575-8eec-770ba52a08e0": 5, "65cb14cb-2d27-41e5-a2be-6fd6314f4363": 3,
              "96b7046f-f584-422f-a626-6f86a26dfd8b": 2, "4f473faf-f928-4cfd-8bed-00578be9db9a": 3,
              "d4a4bc34-e48b-4485-86b2-f1daf4d464dd": 2, "1b96a5db-8974-46d3-82d7-5dfef02f650e": 1,
              "72fa9b13-4e59-4716-8df9-4c3580e7dddf": 3, "be026bd1-52b1-4789-bfd3-3632af17b054": 1}


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
        # -- session 19 (digest20): true agreements the code digest predicted that the 3-8 most
        # important above leave out, each read against the three articles (issue 15)
        A("\"Birthers\" have demanded additional proof of where Obama was born.",
          Q("fox", "a segment of society -- labeled \"birthers\" in the vernacular -- have demanded "
                   "additional proof"),
          Q("hpo", "\"birthers\" have demanded additional proof")),
        A("Trump said the people he has studying the issue \"cannot believe what they're finding\".",
          Q("fox", "\"I have people that actually have been studying it and they cannot believe what "
                   "they're finding,\" Trump told NBC's \"Today\" show on Thursday."),
          Q("hpo", "\"Well, I have people that actually have been studying it and they cannot believe "
                   "what they're talking.\"")),
        A("Asked how genuine his presidential ambition is, Trump said he has never taken it as "
          "seriously as this.",
          Q("fox", "\"I always take things seriously, but I've never taken it seriously like this."),
          Q("hpo", "\"I always take things seriously, but I've never taken it seriously like this.\"")),
        A("Trump said: \"I love this country, but this country is going to hell.\"",
          Q("fox", "I love this country, but this country is going to hell."),
          Q("hpo", "I love this country, but this country is going to hell.")),
        A("Trump said Obama \"doesn't have a doctrine\" on foreign affairs.",
          Q("fox", "He said Obama \"doesn't have a doctrine (on foreign affairs.)"),
          Q("hpo", "He said Obama \"doesn't have a doctrine (on foreign affairs.)")),
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
        # -- session 19 (digest20): true agreements the code digest predicted that the 3-8 most
        # important above leave out, each read against the three articles (issue 15)
        A("Lauten wrote that the girls should certainly not make faces during televised public "
          "events.",
          Q("fox", "certainly don't make faces during televised, public events."),
          Q("hpo", "certainly don't make faces during televised public events.")),
        A("In her apology Lauten wrote that after hours of prayer and re-reading her words she can "
          "see how hurtful they were.",
          Q("fox", "After many hours of prayer, talking to my parents, and re-reading my words online I "
                   "can see more clearly just how hurtful my words were."),
          Q("hpo", "After many hours of prayer, talking to my parents and re-reading my words online, I "
                   "can see more clearly how hurtful my words were.")),
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
        # -- session 19 (digest20): true agreements the code digest predicted that the 3-8 most
        # important above leave out, each read against the three articles (issue 15)
        A("Felipe Calderon was president of Mexico from 2006 to 2012.",
          Q("nyt", "who was president from 2006 until 2012"),
          Q("hpo", "who was president of Mexico from 2006 to 2012")),
        A("Fox's successor, Felipe Calderon, had spoken against the wall in the same way shortly "
          "before.",
          Q("fox", "The comments from Fox echo those of his successor, Felipe Calderón, who a week ago "
                   "asserted that Mexico will not pay for a border wall."),
          Q("nyt", "Mr. Fox's successor, Felipe Calderón, expressed similar concerns about the wall this "
                   "month.")),
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
        # -- session 19 (digest20): true agreements the code digest predicted that the 3-8 most
        # important above leave out, each read against the three articles (issue 15)
        A("Fifteen of the 19 hijackers of September 11 were Saudi.",
          Q("fox", "Fifteen of the 19 Sept. 11 hijackers were Saudi nationals."),
          Q("hpo", "Fifteen of the 19 hijackers on 9/11 were Saudi citizens")),
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
        # -- session 19 (digest20): true agreements the code digest predicted that the 3-8 most
        # important above leave out, each read against the three articles (issue 15)
        A("Trump also met the acting FBI director Andrew McCabe and Richard McFeely as candidates.",
          Q("fox", "Trump also met Wednesday with current acting FBI Director Andrew McCabe, former "
                   "Oklahoma Gov. Frank Keating and FBI official Richard McFeely."),
          Q("nyt", "was interviewed, as were Richard A. McFeely, a former senior official at the "
                   "F.B.I., and Andrew G. McCabe, the acting director."),
          Q("hpo", "Trump met on Wednesday with Lieberman and three other candidates: current acting FBI "
                   "Director Andrew McCabe; Frank Keating, the former governor of Oklahoma who "
                   "previously served as an FBI agent and in high-level positions in the Justice "
                   "Department; and Richard McFeely")),
        A("Lieberman was Al Gore's running mate in 2000.",
          Q("fox", "who ran as vice president on Al Gore's 2000 ticket"),
          Q("nyt", "who was Al Gore's running mate in the 2000 presidential campaign"),
          Q("hpo", "who was the 2000 Democratic vice presidential nominee")),
        A("Lieberman's law enforcement experience is his time as Connecticut's attorney general.",
          Q("fox", "Lieberman's law enforcement experience stems from his two-term tenure as "
                   "Connecticut's attorney general"),
          Q("nyt", "Mr. Lieberman also has law enforcement experience as the former attorney general "
                   "of Connecticut.")),
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
        # -- session 19 (digest20): true agreements the code digest predicted that the 3-8 most
        # important above leave out, each read against the three articles (issue 15)
        A("In the Post's account Moore undressed the girl, touched her over her bra and underwear "
          "and guided her hand to his underwear.",
          Q("fox", "he took off her shirt and pants; touched her over her bra and underwear; and guided "
                   "her hand to his underwear."),
          Q("nyt", "undressing her, touching her over her bra and underpants, and guiding her hand to "
                   "touch him over his underwear.")),
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

# 4: Larry Summers warns of a double dip without the tax deal (2010-12-08); labelled in session 6
# by conf7, before reading the digest's output on this cluster
LABELS["df5fe55a-dfcb-4817-8631-830f47c21a72"] = {
    "agreements": [
        A("Summers warned on Wednesday that failing to pass the tax deal would significantly raise the "
          "risk of a double-dip recession.",
          Q("fox", "Outgoing White House economic adviser Larry Summers warned Wednesday that failure to "
                   "pass a new tax cut compromise would significantly raise the risk of a double-dip "
                   "recession."),
          Q("nyt", "failure to pass a package like the tax deal announced by President Obama this week "
                   "\"would significantly increase the risk\" of a double-dip recession."),
          Q("hpo", "warning on Wednesday that inaction would \"significantly increase the risk\" of a "
                   "double dip recession.")),
        A("Summers: it would materially increase the risk that the economy would stall out and dip again.",
          Q("fox", "materially increase the risk that the economy would stall out and we would have a "
                   "double dip"),
          Q("hpo", "materially increase the risk that the economy would stall out and we would have a "
                   "double dip")),
        A("Economic forecasts went up on the deal.",
          Q("fox", "Obama said economists predict higher job growth in 2011 and 2012 if Congress passes "
                   "the agreement"),
          Q("nyt", "economists across the country have upwardly revised their forecasts for growth"),
          Q("hpo", "Just as the forecasts went up on the basis of this agreement they will go down if this "
                   "agreement fails.")),
        A("Obama rejected the idea that his deal betrayed Democrats.",
          Q("fox", "Obama rejected claims that he betrayed Democrats by cutting a deal with Republicans."),
          Q("nyt", "Mr. Obama on Wednesday emphatically disputed that Democrats generally feel betrayed by "
                   "his deal with Congressional Republicans on the tax cuts")),
        A("Obama urged Congress to examine the deal and \"get this done\".",
          Q("fox", "urged lawmakers to examine the details of the deal and \"get this done.\""),
          Q("nyt", "I just think it's very important for Congress to examine the agreement, look at the "
                   "facts, have a thorough debate, but get this done.")),
        A("Obama spoke after a meeting with Polish President Bronislaw Komorowski.",
          Q("fox", "Speaking to reporters at a joint appearance with Polish President Bronislaw Komorowski"),
          Q("nyt", "In brief remarks after meeting with President Bronislaw Komorowski of Poland")),
        A("Biden went to Capitol Hill on Wednesday to meet House Democrats.",
          Q("fox", "Vice President Biden traveled to the Capitol Wednesday for a private meeting with House "
                   "Democrats who are resisting the deal"),
          Q("nyt", "Vice President Joseph R. Biden Jr. planned to return to Capitol Hill this afternoon to "
                   "meet with House Democrats")),
        A("Democrats object to extending the tax cuts for the wealthy and to the estate tax terms.",
          Q("fox", "Some Democrats are unhappy that Obama agreed to extend expiring tax cuts not just for "
                   "the middle class but also for higher earners, and that he agreed to impose a lower "
                   "estate tax on wealthy heirs."),
          Q("hpo", "skeptical, as they are, about an extension of Bush tax cuts for the wealthy and a "
                   "generous revision of the estate tax.")),
    ],
    "conflicts": [
        K("version", "Whether Democrats feel betrayed by the deal: Obama disputes it; House Democrats say "
                     "their disappointment with the president remains strong.",
          S("nyt", "Barack Obama", "Mr. Obama on Wednesday emphatically disputed that Democrats generally "
                                   "feel betrayed by his deal with Congressional Republicans on the tax cuts"),
          S("nyt", "Democratic lawmakers", "In the House, Democratic lawmakers said Wednesday morning that "
                                           "the sense of disappointment with the president remained "
                                           "strong."),
          within=True),
    ],
}

# 10: Santorum defends his "phony theology" remark (2012-02-19); labelled in session 6 by conf7,
# before reading the digest's output on this cluster
LABELS["65cb14cb-2d27-41e5-a2be-6fd6314f4363"] = {
    "agreements": [
        A("Santorum said on Sunday that he was not questioning Obama's Christian faith.",
          Q("fox", "I wasn't suggesting the president's not a Christian. I accept the fact that the "
                   "president is a Christian,"),
          Q("nyt", "saying he was referring not to the president's faith but to his view of man's "
                   "relationship to the world"),
          Q("hpo", "I've repeatedly said I don't question the president's faith,")),
        A("On Saturday Santorum said Obama's agenda was about \"some phony theology\", \"not a theology "
          "based on the Bible\".",
          Q("fox", "It's about some phony ideal. Some phony theology. Not a theology based on the Bible. "
                   "A different theology."),
          Q("nyt", "It's about some phony ideal, some phony theology. Oh, not a theology based on the "
                   "Bible, a different theology,"),
          Q("hpo", "It's about some phony ideal, some phony theology. Oh, not a theology based on the "
                   "Bible. A different theology.")),
        A("Santorum said he was talking about radical environmentalists.",
          Q("fox", "I was talking about the radical environmentalist,"),
          Q("hpo", "I was talking about the radical environmentalists,")),
        A("Santorum appeared on CBS's \"Face the Nation\" on Sunday.",
          Q("fox", "Santorum appeared on CBS' \"Face the Nation.\""),
          Q("nyt", "Asked about those remarks on the CBS News program \"Face the Nation,\""),
          Q("hpo", "in an interview Sunday morning on CBS's \"Face the Nation,\"")),
        A("Robert Gibbs said Santorum's remarks were well over the line.",
          Q("fox", "I can't help but think that those remarks are well over the line. It's wrong. It's "
                   "destructive,"),
          Q("nyt", "I can't help but think that those remarks are well over the line. It's wrong. It's "
                   "destructive,"),
          Q("hpo", "Obama campaign aide Robert Gibbs called his rhetoric \"well over the line.\"")),
        A("Gibbs said the Republican race has sunk low (nastiness, ugliness, a race to the bottom).",
          Q("fox", "the GOP primary \"has been a race to the bottom."),
          Q("nyt", "adding that it reflected the \"nastiness, divisiveness, ugliness\" and distortions of "
                   "a hard-fought Republican nominating process"),
          Q("hpo", "I think the GOP race has been, in many cases, a race to the bottom.")),
        A("Santorum called government-run public education \"anachronistic\".",
          Q("nyt", "called the idea of schools being run by the federal government or by state "
                   "governments \"anachronistic.\""),
          Q("hpo", "contending that government-run public education was \"anachronistic.\"")),
        A("Santorum said free prenatal testing ends up in more abortions.",
          Q("nyt", "because free prenatal testing ends up in more abortions and therefore less care that "
                   "has to be done, because we cull the ranks of the disabled in our society."),
          Q("hpo", "Free prenatal testing ends up in more abortions and therefore less care that has to "
                   "be done, because we cull the ranks of the disabled in our society,")),
        # -- session 19 (digest20): true agreements the code digest predicted that the 3-8 most
        # important above leave out, each read against the three articles (issue 15)
        A("Santorum said of the radical environmentalists' view: \"I think that is a phony ideal.\"",
          Q("fox", "I think that is a phony ideal."),
          Q("hpo", "I think that is a phony ideal.")),
        A("Santorum said: \"we're not here to serve the Earth.\"",
          Q("fox", "but we're not here to serve the Earth."),
          Q("hpo", "We're not here to serve the earth.")),
        A("Santorum said he was talking about Obama's world view, the way he approaches problems in "
          "this country.",
          Q("fox", "I am talking about his world view or his -- the way he approaches problems in this "
                   "country."),
          Q("hpo", "I am talking about his worldview, the way he addresses problems in this country")),
    ],
    "conflicts": [
        K("version", "What Santorum's remark was about: he says not the president's faith; Gibbs calls "
                     "it an attack on character and faith.",
          S("nyt", "Rick Santorum", "saying he was referring not to the president's faith but to his "
                                    "view of man's relationship to the world"),
          S("nyt", "Robert Gibbs", "Robert Gibbs, a political adviser to President Obama, criticized "
                                   "such attacks on \"character and faith.\""),
          within=True),
    ],
}

# 26: Washington and Seattle ban official travel to Indiana over its religious freedom law
# (2015-03-30); labelled in session 6 by conf7, before reading the digest's output on this cluster
LABELS["4f473faf-f928-4cfd-8bed-00578be9db9a"] = {
    "agreements": [
        A("Washington Gov. Jay Inslee banned state-funded travel to Indiana on Monday.",
          Q("fox", "with Wash. Gov. Jay Inslee and Seattle Mayor Ed Murray banning government-funded "
                   "travel to Indiana"),
          Q("hpo", "Washington Gov. Jay Inslee (D) announced Monday that he would ban state-funded travel "
                   "to Indiana")),
        A("Inslee said he finds Indiana's new law disturbing.",
          Q("fox", "I find Indiana's new law disturbing, particularly at a time when more and more states "
                   "and people in America are embracing civil rights for everyone,"),
          Q("hpo", "I find Indiana's new law disturbing, particularly at a time when more and more states "
                   "and people in America are embracing civil rights for everyone,")),
        A("Seattle Mayor Ed Murray banned city-funded travel to Indiana.",
          Q("fox", "Murray, a Democrat who is openly gay, issued his ban via executive order over the "
                   "weekend"),
          Q("nyt", "On Saturday, Mayor Ed Murray of Seattle announced a ban on city employees traveling to "
                   "Indiana for work using city funds."),
          Q("hpo", "San Francisco and Seattle have also imposed bans on city-funded travel to the state.")),
        A("Indiana's governor and legislative leaders will seek to clarify the law.",
          Q("fox", "They said they will swiftly try to \"clarify\" its language."),
          Q("nyt", "said over the weekend that he would seek legislation to clarify the intent of the law"),
          Q("hpo", "the governor and legislative leaders say they will seek to clarify that the law does "
                   "not protect discrimination.")),
        A("The law's defenders point to the similar federal law President Bill Clinton signed in 1993.",
          Q("fox", "They note that then-President Bill Clinton in 1993 signed similar federal legislation "
                   "into law, and 19 other states also have similar policies."),
          Q("nyt", "the governor pointed to its origins in federal legislation signed by President Bill "
                   "Clinton and adopted by about 19 other states."),
          Q("hpo", "It simply mirrors federal law that President Bill Clinton signed in 1993.")),
        A("State Senate leader David Long said the law does not discriminate and discrimination will not "
          "be allowed.",
          Q("fox", "The new law does not discriminate,\" Long said. \"And it will not be allowed."),  # digest20: both halves of the proposition
          Q("hpo", "It is not the intent of the law to discriminate against anyone, and it will not be "
                   "allowed to discriminate against anyone,")),
        A("NCAA President Mark Emmert said the NCAA will closely examine the law's implications.",
          Q("fox", "We intend to closely examine the implications of this bill and how it might affect "
                   "future events as well as our workforce."),
          Q("nyt", "We intend to closely examine the implications of this bill and how it might affect "
                   "future events as well as our work force,")),
        A("Angie's List stopped its plan to expand its Indianapolis headquarters.",
          Q("fox", "Angie's List, the business-rating website, this weekend put on hold plans to expand its "
                   "Indianapolis headquarters."),
          Q("nyt", "said his company would abandon a deal with Indiana and Indianapolis to expand its "
                   "headquarters.")),
        # -- session 19 (digest20): true agreements the code digest predicted that the 3-8 most
        # important above leave out, each read against the three articles (issue 15)
        A("The law bars the state from substantially burdening a person's exercise of religious "
          "beliefs.",
          Q("fox", "Pence said the legislation prohibits Indiana laws that \"substantially burden\" a "
                   "person's ability to follow his or her religious beliefs"),
          Q("nyt", "The law aims to protect individuals or companies from being forced to take actions "
                   "that impose a substantial burden on their religious beliefs.")),
        A("Pence appeared on ABC's \"This Week\" on Sunday.",
          Q("fox", "during an appearance Sunday on ABC's \"This Week.\""),
          Q("nyt", "Mr. Pence appeared on ABC's \"This Week\" on Sunday")),
        A("NCAA President Mark Emmert said the NCAA is concerned about the legislation.",
          Q("fox", "\"We are especially concerned about how this legislation could affect our "
                   "student-athletes and employees,\" said NCAA President Mark Emmert."),
          Q("nyt", "the N.C.A.A. president, Mark Emmert, said the organization was \"deeply "
                   "concerned\" about the legislation.")),
    ],
    "conflicts": [
        K("version", "Whether the law sanctions discrimination: Pence rejects it; critics say its wording "
                     "could open the door to wider discrimination.",
          S("nyt", "Mike Pence", "rejected assertions that it sanctioned discrimination against gays and "
                                 "lesbians"),
          S("nyt", "critics", "Critics, however, say the Indiana law includes different wording that could "
                              "open the door to wider discrimination."),
          within=True),
        K("version", "Whether Indiana's law is like the 1993 federal law: its defenders say it is similar; "
                     "Fox says it differs in several ways.",
          S("fox", "state lawmakers and Mike Pence", "They note that then-President Bill Clinton in 1993 "
                                                     "signed similar federal legislation into law, and 19 "
                                                     "other states also have similar policies."),
          S("fox", ART, "However, the Indiana law differs in several ways, primarily in that it allows a "
                        "business to assert a right to \"the free exercise of religion.\""),
          within=True),
    ],
}


# --------------------------------------------------------------------------------------
# the held-out labels (evals/digest_gold_heldout): odd line indices, labelled blind
# (sessions 3 and 4, before any digest was run on these clusters). Never tune on them.
# --------------------------------------------------------------------------------------

HELDOUT: dict[str, dict] = {}

# 7: AARP and Social Security benefit cuts (2011-06-17)
HELDOUT["576116e5-2b18-4d35-be73-36f5863c9468"] = {
    "agreements": [
        A("The Wall Street Journal reported on Friday that AARP was dropping (softening) its "
          "opposition to Social Security benefit cuts.",
          Q("fox", "The Wall Street Journal first reported Friday that the AARP, which opposed "
                   "President George W. Bush's push to partially privatize Social Security, has "
                   "decided to accept cuts"),
          Q("nyt", "the group's stance on possible cuts, which was first reported in The Wall Street "
                   "Journal in Friday's editions"),
          Q("hpo", "The Wall Street Journal reported Friday morning that AARP, one of the most "
                   "influential lobbying groups in Washington, was softening its opposition to "
                   "cutting retirement benefits.")),
        A("AARP (its policy director David Certner; the NYT: the group) said Social Security needs a "
          "package of changes, benefit reductions included, to stay solvent.",
          Q("fox", "AARP legislative policy director David Certner told Fox News that Social Security "
                   "needs a \"package of revenue and benefit adjustments ... to make it solvent.\""),
          Q("nyt", "said on Friday that it was open to modest reductions in benefits for future "
                   "recipients"),
          Q("hpo", "Everybody knows we need to look at a package of different changes to Social "
                   "Security to make it strong for the long term")),
        A("AARP said its position on Social Security has not changed (CEO Barry Rand's statement; a "
          "spokeswoman to HuffPost).",
          Q("fox", "AARP CEO Barry Rand later issued a statement calling the article \"misleading\" "
                   "and claiming \"AARP has not changed its position on Social Security.\""),
          Q("nyt", "the group's chief executive, Barry Rand, issued a formal statement saying that the "
                   "group's position had not changed in any substantive way and refuting what he "
                   "described as \"misleading\" media reports"),
          Q("hpo", "\"Stay tuned -- our position has not changed on Social Security,\" an AARP "
                   "spokeswoman said in an email to HuffPost.")),
        A("AARP remains opposed to cutting Social Security to reduce the deficit.",
          Q("fox", "He said AARP remains opposed to cutting Social Security for the sake of deficit "
                   "reduction and to any privatization plan."),
          Q("nyt", "AARP insisted that the Social Security trust funds should not be raided to reduce "
                   "the deficit and that the two issues were separate.")),
        A("AARP would close most of the shortfall with revenue (tax increases) and the rest with "
          "benefit reductions.",
          Q("fox", "though it would reportedly push for tax hikes to close most of the long-term "
                   "Social Security shortfall"),
          Q("nyt", "the group's recent discussions with its members signal support for using "
                   "increased revenue to fill two-thirds of the projected gap, and benefits "
                   "reductions for one-third")),
        A("Jonathan Cowan of Third Way called AARP's position a watershed moment.",
          Q("nyt", "Third Way, a moderate Democratic group in Washington that has favored possible "
                   "reductions in benefits, called AARP's position \"a watershed moment\" in the "
                   "debate over Social Security."),
          Q("hpo", "\"Today marks a watershed moment in American politics,\" Cowan said.")),
        A("The Social Security trust fund will be exhausted in 2036.",
          Q("fox", "Trustees of the Social Security and Medicare Trust Fund last week warned the "
                   "Social Security Trust Fund will be exhausted in 2036"),
          Q("nyt", "the program's trust funds will be exhausted by 2036"),
          Q("hpo", "which will lead the retirement program's trust fund to become exhausted in 2036, "
                   "according to the latest annual trustees report")),
        A("After 2036 benefits would be cut by 23 percent (only 77 percent of promised benefits "
          "could be paid).",
          Q("fox", "seniors would then face a 23 percent across-the-board cut in benefits"),
          Q("hpo", "After 2036, the program will only be able to pay 77 percent of promised "
                   "benefits.")),
    ],
    "conflicts": [
        K("version", "Whether AARP has changed its position: the Wall Street Journal reports it has "
                     "decided to accept benefit cuts; AARP's CEO calls that misleading and says its "
                     "position has not changed.",
          S("fox", "The Wall Street Journal", "The Wall Street Journal first reported Friday that the "
                                              "AARP, which opposed President George W. Bush's push to "
                                              "partially privatize Social Security, has decided to "
                                              "accept cuts"),
          S("fox", "Barry Rand", "AARP CEO Barry Rand later issued a statement calling the article "
                                 "\"misleading\" and claiming \"AARP has not changed its position on "
                                 "Social Security.\""),
          within=True),
        K("version", "When the projection that the trust fund runs out in 2036 was issued: last week "
                     "(Fox) vs last month (NYT).",
          S("fox", ART, "Trustees of the Social Security and Medicare Trust Fund last week warned the "
                        "Social Security Trust Fund will be exhausted in 2036"),
          S("nyt", ART, "The most recent projections from the Social Security Administration, issued "
                        "last month, indicate that at the current rate, the program's trust funds "
                        "will be exhausted by 2036")),
        K("version", "Whether tax increases alone can make Social Security solvent: Rother's thinking "
                     "(per the Journal) says they cannot; a Congressional Research Service report "
                     "found that lifting the payroll-tax cap alone would.",
          S("hpo", "The Wall Street Journal", "Rother's thinking, according to the paper, is that tax "
                                              "increases alone can't keep the program's $2.6 trillion "
                                              "trust fund from running out of money, so benefit cuts "
                                              "must be included as well."),
          S("hpo", "Congressional Research Service", "A September 2010 Congressional Research Service "
                                                     "report found that lifting the cap, without also "
                                                     "raising benefits, would make the program "
                                                     "solvent for the foreseeable future."),
          within=True),
    ],
}

# 11: Georgetown faculty challenge Paul Ryan's use of Catholic teaching (2012-04-24/25)
HELDOUT["29ffd053-7684-469b-a600-97000579bd01"] = {
    "agreements": [
        A("Nearly 90 Georgetown faculty members and administrators (the NYT: faculty and priests) "
          "sent Ryan a letter.",
          Q("fox", "A group of nearly 90 professors and administrators connected to the Jesuit-founded "
                   "school in Washington, D.C., has sent Ryan, R-Wis., a letter"),
          Q("nyt", "a letter released Tuesday and signed by nearly 90 faculty members and priests at "
                   "Georgetown"),
          Q("hpo", "nearly 90 Georgetown University faculty and administrators have called "
                   "Representative Paul Ryan (R-Wisc.) to task")),
        A("The letter charges Ryan with a continuing misuse of Catholic teaching to defend a budget "
          "that decimates food programs for struggling families.",
          Q("fox", "if we did not challenge your continuing misuse of Catholic teaching to defend a "
                   "budget plan that decimates food programs for struggling families"),
          Q("nyt", "if we did not challenge your continuing misuse of Catholic teaching to defend a "
                   "budget plan that decimates food programs for struggling families"),
          Q("hpo", "for his misuse of Catholic social teaching in defending his budget")),
        A("Ryan is to speak at Georgetown on Thursday (morning).",
          Q("fox", "GOP Rep. Paul Ryan is heading to Georgetown University for a speech Thursday "
                   "morning"),
          Q("nyt", "in advance of Mr. Ryan's visit there on Thursday"),
          Q("hpo", "The group sent a letter to Rep. Ryan in advance of his appearance on the Catholic "
                   "campus on Thursday morning to give the Whittington Lecture.")),
        A("The letter says Catholic teaching (subsidiarity) also requires higher levels of government "
          "to help when communities face problems beyond their means.",
          Q("fox", "The writers acknowledge that the teaching indeed calls for local-level solutions to "
                   "problems but say it is \"not a free pass to dismantle government\" and requires "
                   "higher levels of government."),
          Q("nyt", "saying that Catholic teaching calls for government to step in and help when "
                   "communities \"face problems beyond their means to address, such as economic "
                   "crises, high unemployment, endemic poverty and hunger.\""),
          Q("hpo", "But it also demands that higher levels of government provide help-'subsidium'-when "
                   "communities and local governments face problems beyond their means to address "
                   "such as economic crises, high unemployment, endemic poverty and hunger.")),
        A("The letter says Ryan used subsidiarity as a rationale for gutting government programs.",
          Q("fox", "The Georgetown University letter argues, though, that Ryan misappropriated the "
                   "Catholic teaching as a \"rationale for gutting government programs.\""),
          Q("hpo", "The scholars corrected Mr. Ryan on his use of the Catholic concept of "
                   "\"subsidiarity\" as \"a rationale gutting government programs.\"")),
        A("Ryan said last week (recently) that the bishops' letters do not speak for all the bishops.",
          Q("fox", "said last week the letters do not express the views of all U.S. bishops"),
          Q("nyt", "Mr. Ryan claimed in a recent interview that those letters did not speak for all "
                   "bishops"),
          Q("hpo", "Last week, Rep. Ryan dismissed the bishops' critique, erroneously claiming the "
                   "letters didn't represent \"all the bishops,\"")),
        A("The bishops' conference disputes Ryan's point.",
          Q("fox", "a point on which the conference disagrees"),
          Q("nyt", "the conference responded that those letters do indeed represent the bishops' "
                   "collective opinion"),
          Q("hpo", "a point the USCCB media office denied")),
        A("The U.S. Conference of Catholic Bishops wrote letters to Congress saying a budget must not "
          "cut services for the poor disproportionately (the Georgetown letter quotes them).",
          Q("fox", "The statement also quotes from the U.S. Conference of Catholic Bishops' letters to "
                   "Congress saying budgets cannot rely on disproportionate cuts in essential services "
                   "to the poor."),
          Q("nyt", "The United States Conference of Catholic Bishops has also issued several letters to "
                   "members of Congress calling for a budget that prioritizes aid to the poor."),
          Q("hpo", "The letter quotes the U.S. Conference of Catholic Bishops, which wrote several "
                   "letters to Congress saying \"a just framework for future budgets cannot rely on "
                   "disproportionate cuts in essential services to poor persons.\"")),
    ],
    "conflicts": [
        K("version", "Whether the bishops' letters to Congress speak for all bishops: Ryan says they do "
                     "not; the bishops' conference says they represent the bishops' collective "
                     "opinion.",
          S("nyt", "Paul Ryan", "Mr. Ryan claimed in a recent interview that those letters did not "
                                "speak for all bishops"),
          S("nyt", "United States Conference of Catholic Bishops",
            "the conference responded that those letters do indeed represent the bishops' collective "
            "opinion"),
          within=True),
        K("version", "Whether Ryan's budget is consistent with Catholic teaching: Ryan says it is, "
                     "because it pushes the poor toward independence from government; the Georgetown "
                     "letter says the teaching calls for government to step in.",
          S("nyt", "Paul Ryan", "Mr. Ryan claimed that his budget was consistent with Catholic moral "
                                "teaching because it pushes the poor to become independent of "
                                "government assistance"),
          S("nyt", "Georgetown faculty letter",
            "The letter released Tuesday by the faculty at Georgetown took Mr. Ryan to task for that "
            "argument, saying that Catholic teaching calls for government to step in and help when "
            "communities \"face problems beyond their means to address, such as economic crises, high "
            "unemployment, endemic poverty and hunger.\""),
          within=True),
    ],
}

# 13: Romney urges Todd Akin to quit the Missouri Senate race (2012-08-21)
HELDOUT["08bb9bee-c167-4c17-9c6d-4a1259231eb7"] = {
    "agreements": [
        A("Romney called on Akin to quit the race, in a statement: \"Today, his fellow Missourians urged "
          "him to step aside, and I think he should accept their counsel and exit the Senate race.\"",
          Q("fox", "Today, his fellow Missourians urged him to step aside, and I think he should "
                   "accept their counsel and exit the Senate race."),
          Q("nyt", "\"Today, his fellow Missourians urged him to step aside, and I think he should "
                   "accept their counsel and exit the Senate race,\" Mr. Romney said in a statement"),
          Q("hpo", "Today, his fellow Missourians urged him to step aside, and I think he should "
                   "accept their counsel and exit the Senate race.")),
        A("Romney's statement: Akin's comments were offensive and wrong and he should seriously "
          "consider what is in the country's best interest.",
          Q("fox", "As I said yesterday, Todd Akin's comments were offensive and wrong and he should "
                   "very seriously consider what course would be in the best interest of our "
                   "country."),
          Q("hpo", "As I said yesterday, Todd Akin's comments were offensive and wrong and he should "
                   "very seriously consider what course would be in the best interest of our "
                   "country")),
        A("Five senior Missouri Republicans (past and present senators: Ashcroft, Bond, Danforth, "
          "Talent) urged Akin to step aside.",
          Q("fox", "five past and present Missouri Republican senators urged Akin to step aside"),
          Q("nyt", "citing former Missouri senators like John Ashcroft, Kit Bond, John Danforth and "
                   "Jim Talent"),
          Q("hpo", "Other officials in the GOP, including five senior Missouri Republicans, were less "
                   "forgiving")),
        A("Akin on Tuesday refused to step down and vowed to stay in the race.",
          Q("fox", "as the Republican congressman continued to hold his ground and vowed to stay in "
                   "the race"),
          Q("nyt", "But Mr. Akin on Tuesday refused to step down from his race despite loud calls from "
                   "his party's leaders to abandon his bid."),
          Q("hpo", "Akin, however, continued his refusal to step down Tuesday in a subsequent "
                   "interview on Sean Hannity's radio show.")),
        A("On Mike Huckabee's radio show on Tuesday Akin said he is staying in the race.",
          Q("fox", "Akin, though, told Fox News host Mike Huckabee on his radio show Tuesday afternoon "
                   "that he's staying in."),
          Q("hpo", "Akin had also vowed to remain in the race earlier Tuesday on the radio show of "
                   "former Republican presidential candidate Mike Huckabee.")),
        A("Akin said that in a \"legitimate rape\" the female body has ways to shut down pregnancy.",
          Q("fox", "If it's a legitimate rape, the female body has ways to try to shut that whole "
                   "thing down."),
          Q("nyt", "Mr. Akin said over the weekend that women's bodies will resist getting pregnant "
                   "from a \"legitimate rape,\""),
          Q("hpo", "If it's a legitimate rape, the female body has ways to try to shut that whole "
                   "thing down.")),
    ],
    "conflicts": [
        K("version", "Akin says a woman's body can shut down a pregnancy from a 'legitimate rape'; "
                     "McConnell says what he said is flat wrong.",
          S("fox", "Todd Akin", "If it's a legitimate rape, the female body has ways to try to shut "
                                "that whole thing down."),
          S("fox", "Mitch McConnell", "What he said is just flat wrong in addition to being wildly "
                                      "offensive to any victim of sexual abuse"),
          within=True),
    ],
}

# 17: an NRA-funded task force urges armed, trained staff in schools (2013-04-02)
HELDOUT["68748e7f-cf6e-4ac7-8504-454c0876880d"] = {
    "agreements": [
        A("A 225-page report on school safety was released on Tuesday.",
          Q("fox", "The 225-page report"),
          Q("nyt", "a National Rifle Association task force released a 225-page report on Tuesday"),
          Q("hpo", "Former Rep. Asa Hutchinson (R-Ark.) on Tuesday released a 225-page report on "
                   "school safety")),
        A("Former Republican Rep. Asa Hutchinson of Arkansas led the task force (review).",
          Q("fox", "Former Arkansas Rep. Asa Hutchinson, who led the NRA's review"),
          Q("nyt", "Asa Hutchinson, a former Republican congressman from Arkansas who led the task "
                   "force"),
          Q("hpo", "The report was prepared by a 12-person task force, called the School Shield "
                   "Program, led by Hutchinson.")),
        A("The report urges states to loosen their laws so trained school staff can carry guns on "
          "school grounds.",
          Q("fox", "The National Rifle Association called Tuesday for state legislatures to allow more "
                   "school personnel to carry weapons on school grounds once they've gone through "
                   "extensive training"),
          Q("nyt", "urged states to loosen gun restrictions to allow trained teachers and "
                   "administrators to carry weapons"),
          Q("hpo", "The task force also suggested that states loosen current legal restrictions on who "
                   "can carry a firearm on school property.")),
        A("Armed school staff should take a 40- to 60-hour training program.",
          Q("fox", "Hutchinson, though, did call for the creation of a 40-60 hour training program for "
                   "armed officers."),
          Q("nyt", "It recommended that officers or employees who are armed take a 40- to 60-hour "
                   "training course"),
          Q("hpo", "it proposed a model training program, 40-60 hours per person")),
        A("Armed (security) personnel add a layer of security in schools, the report finds.",
          Q("nyt", "the presence of armed security personnel adds a layer of security and diminishes "
                   "response time"),
          Q("hpo", "recommended properly trained armed employees to provide \"an important layer of "
                   "security in schools.\"")),
        A("Newtown parent Mark Mattioli, whose son was killed, spoke in support of the report.",
          Q("fox", "Mark Mattioli, the father of one Newtown shooting victim, also spoke after "
                   "Hutchinson's announcement to applaud the review effort."),
          Q("nyt", "But the report did get support from at least one Newtown parent: Mark Mattioli, "
                   "whose 6-year-old son, James, was killed."),
          Q("hpo", "Mattioli praised the NRA \"for coming up and spending the time and resources on "
                   "putting a program like this together.\"")),
        A("The NRA paid for the study.",
          Q("nyt", "even though it paid for the study"),
          Q("hpo", "funded by the National Rifle Association")),
        A("Gun-control supporters criticised the report at once.",
          Q("nyt", "drew immediate criticism from gun control advocates and many Democrats"),
          Q("hpo", "Hutchinson's report and his press conference were both met with scathing criticism "
                   "from the American Federation of Teachers")),
    ],
    "conflicts": [
        K("version", "Whether the report calls for armed personnel in every school: the NYT says it "
                     "does; Hutchinson (HuffPost) says the report leaves it to local school "
                     "authorities whether an armed guard is necessary.",
          S("nyt", ART, "called for armed police officers, security guards or staff members in every "
                        "American school"),
          S("hpo", "Asa Hutchinson", "He added that the report found that \"local school authorities "
                                     "are in the best position\" to determine their own school "
                                     "security measures, \"specifically whether an armed security "
                                     "guard is necessary and supported by the education and citizen "
                                     "community.\"")),
        K("version", "Whether the task force is independent of the NRA: technically yes, though the NRA "
                     "paid for it (the NYT); critics see no distinction between the two.",
          S("nyt", ART, "Technically, Mr. Hutchison's task force is independent of the rifle "
                        "association, even though it paid for the study"),
          S("nyt", "critics", "But critics see no distinction between the two."),
          within=True),
    ],
}

# 21: Arizona Gov. Jan Brewer pressed to veto SB 1062 (2014-02-24 .. 02-26)
HELDOUT["58ed2376-35a0-453a-a08e-5cd87e3bdea5"] = {
    "agreements": [
        A("The bill would let businesses refuse service (to gays) on religious grounds.",
          Q("fox", "a controversial bill that would allow businesses to deny service over religious "
                   "beliefs"),
          Q("nyt", "a bill to her desk Monday that would grant business owners the right to invoke "
                   "religion to refuse service to gays and others"),
          Q("hpo", "would have allowed businesses to legally refuse service to anyone on \"religious "
                   "freedom\" grounds, effectively allowing them to discriminate against same-sex "
                   "couples")),
        A("The Arizona Legislature passed the bill last week (Thursday).",
          Q("fox", "The Arizona Legislature passed a bill last week"),
          Q("nyt", "which passed both houses of the Legislature on Thursday"),
          Q("hpo", "The state legislature passed the bill, known as SB 1062, last week.")),
        A("Arizona's Republican U.S. senators, John McCain and Jeff Flake, called for a veto.",
          Q("fox", "both Republican U.S. senators calling for a veto"),
          Q("nyt", "Arizona's United States senators, John McCain and Jeff Flake, also Republicans, "
                   "had nearly identical posts, with both of them saying they hoped Ms. Brewer would "
                   "veto the bill"),
          Q("hpo", "The state's two Republican senators, Jeff Flake and John McCain, called on Brewer "
                   "to veto it")),
        A("Major companies, among them Apple and American Airlines, urged the governor to reject the "
          "bill.",
          Q("nyt", "An executive from Apple Inc., which plans to build a big manufacturing plant in "
                   "Mesa, called Ms. Brewer to urge her to reject it, and W. Douglas Parker, chairman "
                   "and chief executive of American Airlines, sent her a letter"),
          Q("hpo", "major corporations like Marriott, Apple and American Airlines all wrote to the "
                   "governor and expressed their opposition")),
        A("The state's Super Bowl host committee came out against the bill.",
          Q("fox", "The chorus of opposition has grown each day, with the business community, the "
                   "state's Super Bowl Committee and both Republican U.S. senators calling for a "
                   "veto."),
          Q("hpo", "On Monday, the Arizona Super Bowl Host Committee came out against SB 1062")),
        A("Republican state senators who voted for the bill now ask for a veto.",
          Q("fox", "Some Republican senators who pushed the bill through the Legislature are now "
                   "calling for a veto as well"),
          Q("nyt", "Their calls were echoed by three Republican state senators - Adam Driggs, Steve "
                   "Pierce and Bob Worsley, all members of the party's conservative camp - who had "
                   "helped pass the legislation in the first place.")),
        A("The bill was pushed by the Center for Arizona Policy, whose president is Cathi Herrod.",
          Q("fox", "The bill was pushed by the Center for Arizona Policy, a social conservative group "
                   "that opposes abortion and gay marriage."),
          Q("nyt", "Cathi Herrod, president of the Center for Arizona Policy, an architect of the "
                   "bill")),
        A("Brewer (through her spokesman) has not said whether she will sign or veto the bill.",
          Q("fox", "she has not said how she'll act, as is her longtime practice with pending "
                   "legislation"),
          Q("nyt", "he would not say what she was inclined to do")),
    ],
    "conflicts": [
        K("version", "Whether the bill licenses discrimination: Republican senators say it only "
                     "protects religious business owners from discrimination lawsuits; Democrats "
                     "say that argument doesn't wash and the bill allows discrimination.",
          S("fox", "Republican state senators", "They argue the bill is designed only to protect "
                                                "business owners with strong religious beliefs from "
                                                "discrimination lawsuits that have happened in other "
                                                "states."),
          S("fox", "Democrats", "Democrats say that argument doesn't wash and call SB1062 \"toxic\" "
                                "legislation that allows discrimination."),
          within=True),
    ],
}

# 31: Sanders meets Obama; Obama endorses Clinton (2016-06-08/09)
HELDOUT["eadabee7-3db9-43c4-a485-3e8b1882cd3c"] = {
    "agreements": [
        A("Obama met Sanders at the White House on Thursday (HuffPost, the day before: will meet).",
          Q("fox", "Obama met in the Oval Office with Sanders"),
          Q("nyt", "Senator Bernie Sanders met with President Obama on Thursday"),
          Q("hpo", "Obama will meet with Sanders in Washington on Thursday")),
        A("Shortly after the meeting, Obama endorsed Clinton in a video.",
          Q("fox", "President Obama formally endorsed Hillary Clinton to succeed him in the White House "
                   "Thursday, saying she has the \"courage\" for the job and vowing to hit the campaign "
                   "trail for her soon -- in a video message posted just moments after meeting with her "
                   "primary rival Bernie Sanders."),
          Q("nyt", "Shortly after their meeting, Mr. Obama endorsed Mrs. Clinton in a video.")),
        A("Sanders said he would do everything in his power to keep Trump from becoming president.",
          Q("fox", "saying he'll do everything in his power to prevent Trump's election"),
          Q("nyt", "said afterward that he would do everything within his power to stop Donald J. Trump "
                   "from becoming president")),
        A("Sanders said he would work with Clinton to defeat Trump.",
          Q("fox", "saying he plans to meet soon with Clinton to discuss how they can \"work together "
                   "to defeat Donald Trump.\""),
          Q("nyt", "and would work closely with Hillary Clinton to make that happen")),
        A("Sanders said he will compete in next week's (Tuesday's) primary in Washington, D.C.",
          Q("fox", "The Vermont senator said he still plans to compete in next Tuesday's Washington, "
                   "D.C., primary, the final contest on the calendar."),
          Q("nyt", "insisting that he would compete in next week's primary contest here in "
                   "Washington")),
        A("Sanders said he will take his issues to the Democratic National Convention in July.",
          Q("fox", "And he said he plans to take his message \"to the Democratic National Convention\" "
                   "in July."),
          Q("nyt", "\"These are the issues that we will take to the Democratic National Convention in "
                   "Philadelphia in July,\" Mr. Sanders said")),
        A("Clinton secured enough delegates for the nomination (on Tuesday).",
          Q("fox", "the day Clinton effectively wrapped up the nomination"),
          Q("nyt", "the fact that she had the support of enough delegates for the nomination"),
          Q("hpo", "Hillary Clinton officially reaching the number of delegates required for the "
                   "nomination")),
        A("The meeting was at Sanders' request.",
          Q("nyt", "Mr. Sanders, who requested the meeting with the president"),
          Q("hpo", "The meeting was arranged \"at Senator Sanders' request,\" Earnest said")),
    ],
    "conflicts": [],
}

# 33: Maine Gov. Paul LePage says he will not resign (2016-08-30/31)
HELDOUT["7a97de89-1433-46f7-bcc2-f80b041cb9a0"] = {
    "agreements": [
        A("On Tuesday LePage hinted that he might leave office before his term ends.",
          Q("fox", "Controversial Maine Gov. Paul LePage opened the door Tuesday to making an early "
                   "exit from the governor's office"),
          Q("nyt", "had prompted him to hint on Tuesday that he might abort his second term"),
          Q("hpo", "LePage hinted on Tuesday that he may resign before his term ends in 2018")),
        A("On Wednesday LePage said \"I will not resign.\"",
          Q("nyt", "\"I will not resign,\" said Mr. LePage"),
          Q("hpo", "\"I will not resign,\" he said after a reconciliation meeting with Gattine")),
        A("LePage said he will no longer speak to the press after that day.",
          Q("nyt", "\"I will no longer speak to the press ever again after today,\" he said."),
          Q("hpo", "\"I will no longer speak to the press ever again after today,\" he told reporters "
                   "Wednesday.")),
        A("LePage said he is not an alcoholic or a drug addict and has no mental issues: \"What I "
          "have is a backbone.\"",
          Q("nyt", "\"I'm not an alcoholic, and I'm not a drug addict, and I don't have mental "
                   "issues,\" he said. \"What I have is a backbone.\""),
          Q("hpo", "\"I'm not an alcoholic and I'm not a drug addict and I don't have mental issues,\" "
                   "LePage replied Wednesday. \"What I have is a backbone, and I want to move Maine "
                   "forward.\"")),
        A("LePage left an expletive-laden voicemail for Democratic state Rep. Drew Gattine.",
          Q("fox", "an expletive-ridden voicemail he recently left for Democratic state Rep. Drew "
                   "Gattine"),
          Q("nyt", "The governor then left him an expletive-laden voicemail message"),
          Q("hpo", "calling state Rep. Drew Gattine (D) a \"son-of-a-bitch, socialist cocksucker\" in "
                   "a voicemail last week")),
        A("LePage apologized (to Gattine) for the voicemail.",
          Q("fox", "the governor apologized repeatedly for an expletive-ridden voicemail"),
          Q("nyt", "Mr. LePage spoke shortly after he met with - and apologized to - Representative "
                   "Drew Gattine"),
          Q("hpo", "After widespread criticism - including from members of his own party - he "
                   "apologized.")),
        A("LePage said his binder of arrested drug dealers shows that about 90 percent (the vast "
          "majority) are black or Hispanic.",
          Q("fox", "he's collected a binder full of drug dealers arrested in the state showing that 90 "
                   "percent of them \"are black and Hispanic people from Waterbury, Conn.; the Bronx; "
                   "and Brooklyn.\""),
          Q("nyt", "Mr. LePage also reiterated his insistence that blacks and Hispanics were the vast "
                   "majority of those arrested for dealing heroin in Maine"),
          Q("hpo", "by saying he keeps a binder of drug dealers arrested in Maine and \"90-plus percent "
                   "of those pictures\" in his book are of black and Hispanic individuals")),
        A("Senate President Mike Thibodeau completely disagreed with House Republican leader Ken "
          "Fredette's opposition to a special session.",
          Q("nyt", "\"With all due respect, I completely disagree with Representative Fredette's "
                   "position,\" the Republican leader, Michael Thibodeau, said in a statement."),
          Q("hpo", "\"With all due respect, I completely disagree with Fredette's position,\" Senate "
                   "President Mike Thibodeau (R) said Wednesday.")),
    ],
    "conflicts": [
        K("version", "The year LePage's term ends: 2019 (Fox) vs 2018 (HuffPost).",
          S("fox", ART, "LePage's second and final term as governor officially ends in 2019."),
          S("hpo", ART, "LePage hinted on Tuesday that he may resign before his term ends in 2018")),
        K("version", "LePage said his outburst was justified because Gattine called him a racist; "
                     "Gattine denies having done so.",
          S("fox", "Paul LePage", "LePage initially said his outburst was justified because Gattine "
                                  "called him a racist"),
          S("fox", "Drew Gattine", "something Gattine has denied"),
          within=True),
        K("version", "Whether LePage's comments were racially charged: Fox calls them racially "
                     "charged; LePage says he didn't use racially charged language.",
          S("fox", ART, "LePage offered more racially charged comments that have drawn fire"),
          S("nyt", "Paul LePage", "\"I didn't use racially charged language,\" Mr. LePage claimed")),
        K("version", "Democratic House leaders say LePage is not mentally able to serve; LePage says "
                     "he has no mental issues.",
          S("hpo", "Jeff McCabe and Sara Gideon", "The governor is not mentally able to serve and needs "
                                                  "to resign."),
          S("hpo", "Paul LePage", "\"I'm not an alcoholic and I'm not a drug addict and I don't have "
                                  "mental issues,\" LePage replied Wednesday."),
          within=True),
        K("version", "What it takes to convene a special session: the four caucuses say all four must "
                     "agree; Sen. Roger Katz says a simple majority of the House and Senate may do.",
          S("nyt", "the state's four legislative caucuses", "The state's four legislative caucuses have "
                                                            "said that they believe all four would "
                                                            "have to agree for a special session to "
                                                            "be scheduled."),
          S("nyt", "Roger Katz", "Mr. Katz, a lawyer, suggested it may require only a simple majority "
                                 "of the House and senate"),
          within=True),
        K("version", "LePage dismissed talk of his resignation as rumors; HuffPost says the talk came "
                     "from LePage himself.",
          S("hpo", "Paul LePage", "He walked back his remarks later that day, criticizing \"rumors\" "
                                  "that he was going to resign"),
          S("hpo", ART, "even though they came directly from LePage himself"),
          within=True),
    ],
}

# 37: Kathy Griffin apologizes for the photo with a bloody Trump head (2017-05-30/31)
HELDOUT["d16050b3-979f-4834-90db-b8823691b87e"] = {
    "agreements": [
        A("Griffin apologized online (on Twitter) on Tuesday night.",
          Q("fox", "In a Twitter post late Tuesday"),
          Q("nyt", "Ms. Griffin went online on Tuesday night to express regret."),
          Q("hpo", "Kathy Griffin issued a formal apology for the controversial images on Twitter.")),
        A("Griffin said she went (way) too far.",
          Q("fox", "Kathy Griffin admitted Tuesday she \"went too far\""),
          Q("nyt", "I went way too far."),
          Q("hpo", "\"I went way too far,\" she said in a video on the social media site.")),
        A("The image shows Griffin holding what looks like the bloody head of President Trump.",
          Q("fox", "in which she is holding a bloodied mask of President Trump"),
          Q("nyt", "posing for a video showing her holding what looks like the severed and bloodied "
                   "head of Mr. Trump"),
          Q("hpo", "as she holds what resembles the bloody head of President Donald Trump")),
        A("The photographer was Tyler Shields.",
          Q("fox", "her latest photo shoot with controversial photographer Tyler Shields"),
          Q("hpo", "Shot by celebrity photographer and director Tyler Shields")),
        A("Griffin said the image is too disturbing.",
          Q("fox", "Griffin said the image \"is too disturbing,\""),
          Q("nyt", "The image is too disturbing.")),
        A("Griffin said she would have the image taken down (asked the photographer to pull it).",
          Q("fox", "Griffin said she was going to \"take down the image.\""),
          Q("nyt", "She said she had asked the photographer to pull the images.")),
        A("Chelsea Clinton condemned the image (sided with the Trumps).",
          Q("fox", "Chelsea Clinton called it \"vile and wrong\" in a Twitter post."),
          Q("nyt", "The Trumps had the support of the daughter of the woman the president beat in last "
                   "year's election, among others.")),
        A("The image set off a wave of public protest.",
          Q("fox", "People took to Twitter to express their disdain for the photo shoot."),
          Q("nyt", "The video touched off a storm of protests from people on all sides of the "
                   "political spectrum")),
    ],
    "conflicts": [],
}

# 39: Trump puts the elephant-trophy import decision on hold (2017-11-17)
HELDOUT["542cd22c-ea80-4669-995b-6ac6a33823f7"] = {
    "agreements": [
        A("In a tweet on Friday Trump put the big game trophy decision on hold (pending his review "
          "of the conservation facts).",
          Q("fox", "In a tweet on Friday night, Trump said he decided to put the \"big game trophy "
                   "decision on hold.\""),
          Q("nyt", "\"Put big game trophy decision on hold until such time as I review all "
                   "conservation facts,\" Mr. Trump tweeted."),
          Q("hpo", "\"Put big game trophy decision on hold until such time as I review all "
                   "conservation facts,\" he posted to Twitter.")),
        A("Interior Secretary Ryan Zinke said he and Trump both believe conservation and healthy "
          "herds are critical.",
          Q("fox", "saying that he and the president had spoken and \"both believe that conservation "
                   "& healthy herds are critical"),
          Q("nyt", "\"President Trump and I have talked, and both believe that conservation and healthy "
                   "herds are critical,\" the statement said."),
          Q("hpo", "Interior Secretary Ryan Zinke said in a statement on Twitter that he and Trump "
                   "\"believe that conservation & healthy herds are critical.\"")),
        A("The administration's decision reversed (lifted) the 2014 Obama-era ban on elephant "
          "trophies from Zimbabwe and Zambia.",
          Q("fox", "the Trump administration would reverse a 2014 ban made under President Obama on "
                   "permits for elephant trophies from Zambia and Zimbabwe"),
          Q("nyt", "The United States Fish and Wildlife Service had signaled its intention to end the "
                   "2014 ban, citing Zimbabwe's conservation efforts."),
          Q("hpo", "his administration's decision to reverse an Obama-era ban on the importation of "
                   "elephant trophies from Zimbabwe and Zambia")),
        A("The administration argued that regulated trophy hunting helps conservation (money for "
          "local communities and conservation).",
          Q("fox", "Legal, well-regulated sport hunting as part of a sound management program can "
                   "benefit certain species by providing incentives to local communities to conserve "
                   "those species and by putting much-needed revenue back into conservation"),
          Q("nyt", "The White House argued that the hunting would bring money to local communities and "
                   "incentivize efforts to protect elephants."),
          Q("hpo", "sport hunting of elephants in those African countries would \"enhance the "
                   "survival of the species in the wild,\"")),
        A("The policy covers elephants killed (hunted) from 2016 to 2018.",
          Q("fox", "The newly announced policy applies to the remains of African elephants killed "
                   "between January 2016 and December 2018."),
          Q("nyt", "it would begin issuing permits to allow the import of elephants hunted from 2016 "
                   "to 2018")),
        A("Safari Club International first made the policy change public, on Tuesday.",
          Q("nyt", "was the first to report the policy change on Tuesday"),
          Q("hpo", "The decision regarding elephants was made public not by the federal agency but via "
                   "a celebratory news release early Tuesday from Safari Club International")),
        A("Rep. Ed Royce, chairman of the House Foreign Affairs Committee, called on the "
          "administration to reverse the decision.",
          Q("fox", "the top Republican on the House Foreign Affairs Committee called on the Trump "
                   "administration to reverse its newly announced policy"),
          Q("hpo", "Rep. Ed Royce (R-Calif.), chairman of the House Foreign Affairs Committee, was "
                   "among the many people who called on Trump to abandon his trophy hunting "
                   "decision.")),
        A("Tanya Sanerib (Center for Biological Diversity): public outrage forced Trump to reconsider, "
          "but it takes more than a tweet.",
          Q("nyt", "\"It's great that public outrage has forced Trump to reconsider this despicable "
                   "decision,\" said Tanya Sanerib"),
          Q("hpo", "\"It's great that public outrage has forced Trump to reconsider this despicable "
                   "decision, but it takes more than a tweet to stop trophy hunters from slaughtering "
                   "elephants and lions,\" Tanya Sanerib, senior attorney with the Center for "
                   "Biological Diversity, said in a statement.")),
    ],
    "conflicts": [
        K("version", "When the decision was first announced: less than 48 hours before Trump's Friday "
                     "night tweet (Fox) vs Tuesday, in Safari Club International's release "
                     "(HuffPost, NYT).",
          S("fox", ART, "The comment comes less than 48 hours after it was first announced that the "
                        "Trump administration would reverse a 2014 ban"),
          S("hpo", ART, "The decision regarding elephants was made public not by the federal agency "
                        "but via a celebratory news release early Tuesday from Safari Club "
                        "International")),
        K("version", "Whether trophy hunting helps conservation: the Fish and Wildlife Service says it "
                     "enhances the species' survival; Trump doubts it helps conservation at all.",
          S("hpo", "U.S. Fish and Wildlife Service", "sport hunting of elephants in those African "
                                                     "countries would \"enhance the survival of the "
                                                     "species in the wild,\""),
          S("hpo", "Donald Trump", "will be very hard pressed to change my mind that this horror show "
                                   "in any way helps conservation of Elephants or any other animal"),
          within=True),
    ],
}

# 49: Democrats demand the full Mueller report (2019-03-22 .. 03-25)
HELDOUT["e71d149d-0426-43f0-87e8-8c611dad7205"] = {
    "agreements": [
        A("Democratic presidential candidates demand the release of Mueller's full report.",
          Q("fox", "2020 Democrats are demanding the full report be released."),
          Q("nyt", "Democratic presidential candidates wasted no time Friday evening demanding the "
                   "immediate public release of the long-awaited report from Robert S. Mueller III"),
          Q("hpo", "He joined a number of other Democrats, including several 2020 presidential "
                   "candidates, who either had statements prepared or tweeted about a prompt "
                   "release.")),
        A("Bernie Sanders demanded the full report be made public (nobody, including the president, "
          "is above the law).",
          Q("fox", "I want the whole damn report because nobody, especially this president, is above "
                   "the law."),
          Q("nyt", "I call on the Trump administration to make Special Counsel Mueller's full report "
                   "public as soon as possible."),
          Q("hpo", "Sen. Bernie Sanders (I-Vt.), who is running for the Democratic presidential "
                   "nomination, echoed Trump's own earlier call to release the report.")),
        A("Elizabeth Warren told Attorney General Barr to release the report to the public.",
          Q("fox", "Congress didn't ask for a 'summary,' Attorney General Barr. Members of the House "
                   "voted 420-0 to release the report. The American people deserve to see the full "
                   "report."),
          Q("nyt", "\"Attorney General Barr - release the Mueller report to the American public. "
                   "Now,\" Ms. Warren wrote on Twitter.")),
        A("Kamala Harris called for the report's release and for Barr to testify.",
          Q("fox", "The Mueller report needs to be made public, the underlying investigative materials "
                   "should be handed over to Congress, and Barr must testify."),
          Q("nyt", "Ms. Harris, in addition to calling for the report to be released \"immediately,\" "
                   "called on Mr. Barr to \"publicly testify under oath about the investigation and "
                   "its findings.\"")),
        A("Kirsten Gillibrand demanded the report be made public.",
          Q("fox", "Sen. Kirsten Gillibrand of New York also chimed in, demanding that the \"Mueller "
                   "report must be made public."),
          Q("nyt", "Ms. Gillibrand made similar demands"),
          Q("hpo", "Sen. Kirsten Gillibrand (D-N.Y.) said that the report should be released "
                   "\"without delay,\"")),
        A("Cory Booker demanded the report's release.",
          Q("fox", "Sen. Cory Booker of New Jersey wrote that the \"American public deserves the full "
                   "report and findings from the Mueller investigation immediately"),
          Q("nyt", "\"The Trump Administration shouldn't get to lock up Robert Mueller's report and "
                   "throw away the key,\" Senator Cory Booker argued on Twitter")),
        A("Beto O'Rourke said Trump sought to collude with the Russian government to undermine "
          "democracy / the elections.",
          Q("fox", "you \"have a president, who in my opinion beyond the shadow of a doubt, sought to, "
                   "however ham-handedly, collude with the Russian government - a foreign power - to "
                   "undermine and influence our elections.\""),
          Q("nyt", "said he believed the president and his 2016 campaign \"at least sought to collude "
                   "with the Russian government to undermine our democracy\"")),
        A("Julian Castro called for the release of the full report.",
          Q("nyt", "Four other candidates - Senators Amy Klobuchar of Minnesota; Gov. Jay Inslee of "
                   "Washington; former Representative John Delaney; and Julián Castro - also called "
                   "for the release of the full report."),
          Q("hpo", "\"The American people deserve to know the full truth about Russia's interference in "
                   "our democracy,\" tweeted former Housing and Urban Development Secretary Julián "
                   "Castro.")),
    ],
    "conflicts": [
        K("version", "Whether Trump's campaign colluded with Russia: O'Rourke says beyond doubt it "
                     "sought to; Mueller's investigation did not establish any conspiracy or "
                     "coordination.",
          S("fox", "Beto O'Rourke", "you \"have a president, who in my opinion beyond the shadow of a "
                                    "doubt, sought to, however ham-handedly, collude with the Russian "
                                    "government - a foreign power - to undermine and influence our "
                                    "elections.\""),
          S("fox", "Robert Mueller's investigation", "Mueller's nearly two-year-long investigation did "
                                                     "not establish that members of Trump's 2016 "
                                                     "presidential campaign conspired or coordinated "
                                                     "with the Russian government"),
          within=True),
        K("version", "Whether Trump obstructed justice: O'Rourke says Trump sought to obstruct "
                     "justice; Barr and Rosenstein concluded the evidence does not establish it.",
          S("nyt", "Beto O'Rourke", "Mr. Trump \"sought to obstruct justice\" once in office"),
          S("fox", "William Barr and Rod Rosenstein", "Barr and Deputy Attorney General Rod Rosenstein "
                                                      "on Sunday concluded, though, that Mueller's "
                                                      "report did not contain sufficient evidence to "
                                                      "establish that Trump committed obstruction of "
                                                      "justice.")),
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


def labels_for(heldout: bool = False) -> dict[str, dict]:
    """The label table of one set: LABELS (tuned on, even lines) or HELDOUT (odd lines)."""
    return HELDOUT if heldout else LABELS


def out_dir(heldout: bool = False) -> Path:
    return OUT_HELDOUT if heldout else OUT


def eligible(rows: list[dict], heldout: bool = False) -> list[tuple[int, dict]]:
    """Clusters of one set: even line indices (tuned) or odd ones (held out), three outlets,
    each text MIN_WORDS-MAX_WORDS words."""
    out = []
    for i, r in enumerate(rows):
        arts = r.get("articles") or []
        if i % 2 != int(heldout) or sorted(a.get("outlet_code") for a in arts) != sorted(OUTLETS):
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

    if not 3 <= len(agreements) <= 8 + _SESSION19.get(cid, 0):
        print(f"note: {cid} has {len(agreements)} agreements (aim 3-8)", file=sys.stderr)
    return {
        "cluster_id": cid,
        "main_event": row["main_event"],
        "articles": {o: arts[o]["article_uuid"] for o in OUTLETS},
        "agreements": agreements,
        "conflicts": conflicts,
    }


def select(rows: list[dict], heldout: bool = False) -> list[tuple[int, dict]]:
    ok = dict((r["cluster_id"], (i, r)) for i, r in eligible(rows, heldout))
    chosen = []
    for cid in labels_for(heldout):
        if cid not in ok:
            idx = next((i for i, r in enumerate(rows) if r["cluster_id"] == cid), None)
            raise SystemExit(f"{cid} (line {idx}) is not eligible: {'odd' if heldout else 'even'} "
                             f"index, three outlets, {MIN_WORDS}-{MAX_WORDS} words each")
        chosen.append(ok[cid])
    return chosen


def check_files(rows: list[dict], heldout: bool = False) -> int:
    by_id = {r["cluster_id"]: r for r in rows}
    out = out_dir(heldout)
    files = sorted(out.glob("*.json"))
    if not files:
        raise SystemExit(f"no gold files in {out}")
    shared = set(LABELS) & set(HELDOUT)
    if shared:
        raise SystemExit(f"clusters in both the tuned and the held-out set: {sorted(shared)}")
    if {f.stem for f in files} != set(labels_for(heldout)):
        raise SystemExit(f"{out}: the files are not exactly the labelled clusters (rebuild)")
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
        if idx % 2 != int(heldout):
            raise SystemExit(f"{f.name}: cluster at {'odd' if idx % 2 else 'even'} line {idx} "
                             f"in the {'held-out' if heldout else 'tuned'} set")
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


def run_extra_set(out: Path, lines: tuple[int, ...], labels: dict[str, dict], description: str,
                  argv: list[str] | None = None, extra: dict | None = None) -> int:
    """Build (unless --check) and check a gold set labelled outside this script's eligibility rule
    (make_digest_gold_fresh21.py, make_digest_gold_conf22.py): `labels` maps a cluster id at one of
    `lines` to its labels; `extra` fields (e.g. {"conflicts_only": True}) go into every file. The
    files on disk must be exactly a rebuild of the labels."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--check", action="store_true", help="only check the files on disk")
    args = ap.parse_args(argv)
    rows = load_clusters()
    by_id = {r["cluster_id"]: (i, r) for i, r in enumerate(rows)}

    def build(cid: str) -> dict:
        idx, row = by_id[cid]
        return {**build_one(idx, row, labels[cid]), **(extra or {})}

    if not args.check:
        out.mkdir(parents=True, exist_ok=True)
        for cid in labels:
            (out / f"{cid}.json").write_text(json.dumps(build(cid), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    files = sorted(out.glob("*.json"))
    if {f.stem for f in files} != set(labels):
        raise SystemExit(f"{out}: the files are not exactly the labelled clusters (rebuild)")
    n_a = n_k = 0
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        idx = by_id[g["cluster_id"]][0]
        if idx not in lines or g != build(g["cluster_id"]):
            raise SystemExit(f"{f.name}: differs from a rebuild (line {idx})")
        n_a += len(g["agreements"])
        n_k += len(g["conflicts"])
        print(f"{idx:2d} {g['cluster_id']}  agreements {len(g['agreements'])}  conflicts {len(g['conflicts'])}"
              f"  {g['main_event']}")
    print(f"{len(files)} clusters, {n_a} agreements, {n_k} conflicts: all spans check")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="only check the files on disk")
    ap.add_argument("--list", action="store_true", help="list the eligible clusters")
    ap.add_argument("--heldout", action="store_true",
                    help="the held-out set (odd line indices, evals/digest_gold_heldout)")
    args = ap.parse_args(argv)
    rows = load_clusters()
    labels = labels_for(args.heldout)
    if args.list:
        for i, r in eligible(rows, args.heldout):
            wc = [words(a["text"]) for a in r["articles"]]
            mark = "*" if r["cluster_id"] in labels else " "
            print(f"{mark} {i:2d} {r['cluster_id']} {wc} {r['main_event']}")
        return 0
    if not args.check:
        out = out_dir(args.heldout)
        out.mkdir(parents=True, exist_ok=True)
        for idx, row in select(rows, args.heldout):
            gold = build_one(idx, row, labels[row["cluster_id"]])
            path = out / f"{row['cluster_id']}.json"
            tmp = path.with_suffix(".json.tmp")
            tmp.write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            tmp.replace(path)
    return check_files(rows, args.heldout)


if __name__ == "__main__":
    sys.exit(main())
