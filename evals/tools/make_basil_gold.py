#!/usr/bin/env python3
"""Build (or check) hand-labelled gold for five BASIL articles (devdata/multidoc).

Issue 12 asks for gold on news the tool was never tuned on. These five articles come from
`../shared/devdata/multidoc/basil_clusters.jsonl` (odd cluster lines only: the even ones are
used for the digest gold), 200-500 words, one each of: a campaign ad (NYT), an indictment
(Fox), a resignation after a scandal (HuffPost), a budget/border-security shutdown deal
(HuffPost) and a government tax ruling (Fox).

The labels are data below, written under evals/GUIDELINES.md (including §13, the two
certainty values `speculative` and `negated`). The article texts are NOT in the repository:
they are read from the devdata folder (`SUMMARIZER_DEVDATA` overrides `../shared/devdata`
relative to the repository root) and loaded exactly as the tool loads them,
`summarizer.load.load_bytes(text.encode("utf-8"), path)`; offsets index that Article's `.text`.

The claim helpers and mechanical checks are the seed gold's (evals/tools/make_gold.py):
offsets computed from the quote (+ occurrence), `text[start:end] == quote`, numbers and
capitalised words of the claim text present in the quote, quantities <-> numbers, raw `when`
phrases present in the article, ids c1..cN in order of evidence start, schema validation.

Usage (from the repository root):
    PYTHONPATH=$PWD python evals/tools/make_basil_gold.py           # build, write, re-check
    PYTHONPATH=$PWD python evals/tools/make_basil_gold.py --check   # re-check files on disk
    PYTHONPATH=$PWD python evals/tools/make_basil_gold.py --print hpo_trump
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "evals" / "gold"
CLUSTERS = "multidoc/basil_clusters.jsonl"


def _load_make_gold():
    spec = importlib.util.spec_from_file_location("_make_gold", Path(__file__).with_name("make_gold.py"))
    mod = importlib.util.module_from_spec(spec)
    sys.modules["_make_gold"] = mod
    spec.loader.exec_module(mod)
    return mod


MG = _load_make_gold()
C, fold, numbers_in = MG.C, MG.fold, MG.numbers_in

EV, QT, ST, PL, BG = MG.EV, MG.QT, MG.ST, MG.PL, MG.BG
S, R, CL, U, D = MG.S, MG.R, MG.CL, MG.U, MG.D
SP, NG = "speculative", "negated"  # added this round (GUIDELINES.md §13)
ART = MG.ART


def devdata_dir() -> Path:
    env = os.environ.get("SUMMARIZER_DEVDATA")
    return Path(env) if env else (ROOT.parent / "shared" / "devdata")


def find_article(uuid: str) -> dict:
    with open(devdata_dir() / CLUSTERS, encoding="utf-8") as fh:
        for line in fh:
            for a in json.loads(line)["articles"]:
                if a["article_uuid"] == uuid:
                    return a
    raise SystemExit(f"article {uuid} not found in {devdata_dir() / CLUSTERS}")


def slug3(title: str) -> str:
    words = [re.sub(r"[^a-z0-9]", "", w.lower()) for w in title.split()]
    return "_".join([w for w in words if w][:3])


ARTICLES: list[dict] = []

# ======================================================================================
# BASIL cluster line 9 — NYT, 2011-12-07 (Wednesday): Perry campaign ad
# ======================================================================================
ARTICLES.append(dict(
    uuid="275aec12-0952-46f4-84d1-64815517fb93",
    outlet="nyt",
    published="2011-12-07",
    headline="Rick Perry ad vows to end \"Obama's war on religion\" and draws Log Cabin Republicans' rebuke",
    summary=(
        "Texas Gov. Rick Perry is broadcasting a new campaign ad, an appeal to hard-right conservatives, "
        "in which he says there is something wrong when gays can serve openly in the military but kids "
        "can't openly celebrate Christmas or pray in school, and vows as president to end \"Obama's war on "
        "religion.\" The Perry campaign did not say where the ad would run, but Perry's television budget "
        "has focused on Iowa, where large numbers of Republican caucusgoers describe themselves as "
        "Christian evangelicals. The ad follows Perry's statement on Tuesday criticizing the Obama "
        "administration's announcement that the United States would use diplomacy to promote gay rights "
        "around the world. The Log Cabin Republicans denounced the ad, and their executive director, "
        "R. Clarke Cooper, said Perry is running to be commander-in-chief, not theocrat-in-chief."
    ),
    no_claims=[],
    claims=[
        C(ST, "Gov. Rick Perry of Texas is broadcasting his new campaign ad in an appeal to hard-right "
              "conservatives.", ART, S,
          "In an appeal to hard-right conservatives, Gov. Rick Perry of Texas is broadcasting a new campaign ad"),
        C(EV, "Gov. Rick Perry of Texas is broadcasting a new campaign ad.", ART, S,
          "Gov. Rick Perry of Texas is broadcasting a new campaign ad"),
        C(ST, "Gov. Rick Perry's new campaign ad seems to contrast Christianity with homosexuality.", ART, S,
          "Gov. Rick Perry of Texas is broadcasting a new campaign ad that seems to contrast Christianity "
          "with homosexuality"),
        C(ST, "Gov. Rick Perry's new campaign ad highlights Mr. Perry's criticism of overturning the "
              "\"don't ask, don't tell\" policy for gays serving in the military.", ART, S,
          "Gov. Rick Perry of Texas is broadcasting a new campaign ad that seems to contrast Christianity with "
          "homosexuality, vows to end what he calls “Obama’s war on religion,” and highlights Mr. Perry’s "
          "criticism of overturning the “don’t ask, don’t tell” policy for gays serving in the military"),
        C(ST, "Rick Perry says in the ad that he is not ashamed to admit that he is a Christian.", "Rick Perry", R,
          "“I’m not ashamed to admit that I’m a Christian,” Mr. Perry says in the ad",
          resolved=["Rick"]),
        C(ST, "Rick Perry says in the ad that there is something wrong in this country when gays can serve "
              "openly in the military but kids can't openly celebrate Christmas or pray in school.",
          "Rick Perry", R,
          "“I’m not ashamed to admit that I’m a Christian,” Mr. Perry says in the ad, “but you don’t need to "
          "be in the pew every Sunday to know there’s something wrong in this country when gays can serve "
          "openly in the military but our kids can’t openly celebrate Christmas or pray in school.”",
          resolved=["Rick"]),
        C(EV, "The Perry campaign did not say where the ad would run.", ART, NG,
          "The Perry campaign did not say where the ad would run"),
        C(BG, "The focus of Mr. Perry's multimillion-dollar television budget has been in Iowa.", ART, S,
          "the focus of Mr. Perry’s multimillion-dollar television budget has been in Iowa",
          where="Iowa"),
        C(BG, "Large numbers of Republican caucusgoers in Iowa describe themselves as Christian evangelicals.",
          ART, S,
          "Iowa, where large numbers of Republican caucusgoers describe themselves as Christian evangelicals",
          where="Iowa"),
        C(ST, "Rick Perry made a statement on Tuesday criticizing the Obama administration's announcement on "
              "promoting gay rights around the world.", "Rick Perry", R,
          "Mr. Perry’s statement on Tuesday criticizing the Obama administration’s announcement that the "
          "United States would use all the elements of diplomacy, including the possible granting of foreign "
          "aid, to promote gay rights around the world",
          when="2011-12-06", resolved=["Rick"]),
        C(PL, "The Obama administration announced that the United States would use all the elements of "
              "diplomacy, including the possible granting of foreign aid, to promote gay rights around the world.",
          "Obama administration", SP,
          "the Obama administration’s announcement that the United States would use all the elements of "
          "diplomacy, including the possible granting of foreign aid, to promote gay rights around the world"),
        C(PL, "The Obama administration announced that the United States would use all the elements of "
              "diplomacy to beat back efforts in other nations to criminalize homosexual conduct.",
          "Obama administration", SP,
          "the Obama administration’s announcement that the United States would use all the elements of "
          "diplomacy, including the possible granting of foreign aid, to promote gay rights around the world "
          "and beat back efforts in other nations to criminalize homosexual conduct"),
        C(PL, "Rick Perry says in the ad that as president he will end \"Obama's war on religion.\"",
          "Rick Perry", SP,
          "“As president, I’ll end Obama’s war on religion,” Mr. Perry also says in the ad",
          resolved=["Rick"]),
        C(PL, "Rick Perry says in the ad that he will fight against liberal attacks on \"our religious heritage.\"",
          "Rick Perry", SP,
          "And I’ll fight against liberal attacks on our religious heritage",
          resolved=["Rick", "Perry"]),
        C(ST, "Rick Perry says in the ad that faith made America strong.", "Rick Perry", R,
          "Faith made America strong",
          resolved=["Rick", "Perry"]),
        C(ST, "Rick Perry says in the ad that faith can make America strong again.", "Rick Perry", R,
          "It can make her strong again",
          resolved=["Rick", "Perry", "America"]),
        C(ST, "The Log Cabin Republicans denounced the Perry ad.", "Log Cabin Republicans", R,
          "The Perry ad was denounced by the Log Cabin Republicans"),
        C(BG, "The Log Cabin Republicans is a gay men and lesbian group.", ART, S,
          "the Log Cabin Republicans, a gay men and lesbian group"),
        C(ST, "The Log Cabin Republicans said it was \"wrong for Governor Perry to assume being a person of "
              "faith does not afford one to support equality.\"", "Log Cabin Republicans", R,
          "the Log Cabin Republicans, a gay men and lesbian group, which said it was “wrong for Governor Perry "
          "to assume being a person of faith does not afford one to support equality.”",
          nonq=["one"]),
        C(ST, "R. Clarke Cooper, the executive director of the Log Cabin Republicans, said \"Governor Perry is "
              "running to be commander-in-chief, not theocrat-in-chief.\"", "R. Clarke Cooper", R,
          "R. Clarke Cooper, the group’s executive director, said, “Governor Perry is running to be "
          "commander-in-chief, not theocrat-in-chief.”",
          resolved=["Log", "Cabin", "Republicans"]),
        C(ST, "R. Clarke Cooper said the United States was built upon individual liberty and individual "
              "responsibility.", "R. Clarke Cooper", R,
          "He added, “Our nation was built upon individual liberty and individual responsibility, and open "
          "service by gay and lesbian servicemembers is directly in line with the vision of our founding fathers.”",
          resolved=["Clarke", "Cooper", "United", "States"]),
        C(ST, "R. Clarke Cooper said open service by gay and lesbian servicemembers is directly in line with the "
              "vision of the nation's founding fathers.", "R. Clarke Cooper", R,
          "He added, “Our nation was built upon individual liberty and individual responsibility, and open "
          "service by gay and lesbian servicemembers is directly in line with the vision of our founding fathers.”",
          resolved=["Clarke", "Cooper"]),
    ],
))

# ======================================================================================
# BASIL cluster line 43 — Fox News, 2018-08-21 (Tuesday): Duncan Hunter indicted
# ======================================================================================
USAO = "Southern District of California's U.S. Attorney's Office"
ARTICLES.append(dict(
    uuid="85642250-766d-4a22-9432-f5e9b2762bcd",
    outlet="fox",
    published="2018-08-21",
    headline="Rep. Duncan Hunter and wife indicted on charges of converting $250,000 in campaign funds",
    summary=(
        "Rep. Duncan Hunter, R-Calif., and his wife, Margaret, were indicted on charges of illegally "
        "converting $250,000 in campaign funds for personal expenses and filing false records, prosecutors "
        "announced Tuesday; charges included conspiracy, wire fraud and falsifying records. The 48-page "
        "indictment alleges the pair used campaign funds between 2009 and 2016 for family vacations, school "
        "tuition, dental work and travel for relatives, and prosecutors said they mischaracterized the "
        "purchases in FEC filings. House Speaker Paul Ryan said he would remove Hunter from all committee "
        "assignments for the time being, while Hunter's attorney, Gregory A. Vega, asserted the prosecution "
        "was \"politically motivated.\" The pair is due to be arraigned in court on Thursday."
    ),
    no_claims=[],
    claims=[
        C(EV, "Rep. Duncan Hunter, R-Calif., and his wife, Margaret, were indicted on charges of illegally "
              "converting $250,000 in campaign funds for personal expenses and filing false records, prosecutors "
              "announced Tuesday.", "prosecutors", R,
          "Rep. Duncan Hunter, R-Calif., and his wife, Margaret, were indicted on charges of illegally "
          "converting $250,000 in campaign funds for personal expenses and filing false records, prosecutors "
          "announced Tuesday",
          q=[(250000, "dollars", "campaign funds the Hunters are charged with illegally converting to personal expenses")],
          when="2018-08-21", where="Southern District of California"),
        C(PL, "House Speaker Paul Ryan said Tuesday evening that he would remove Duncan Hunter from all committee "
              "assignments for the time being.", "Paul Ryan", SP,
          "House Speaker Paul Ryan said Tuesday evening that he would remove the congressman from all committee "
          "assignments for the time being",
          when="2018-08-21", resolved=["Duncan", "Hunter"]),
        C(ST, "House Speaker Paul Ryan called the charges against Duncan Hunter \"deeply serious.\"", "Paul Ryan", R,
          "House Speaker Paul Ryan said Tuesday evening that he would remove the congressman from all committee "
          "assignments for the time being, calling the charges against Hunter “deeply serious.”",
          when="2018-08-21", resolved=["Duncan"]),
        C(ST, "According to a press release from the Southern District of California's U.S. Attorney's Office, "
              "the 48-page indictment alleges that between 2009 and 2016 Duncan Hunter and his wife used campaign "
              "funds to pay for family vacations to Italy and Hawaii, school tuition, dental work, and domestic "
              "and international travel for almost a dozen relatives.", USAO, CL,
          "Among the allegations named in the 48-page indictment included instances between 2009 and 2016 when "
          "Hunter and his wife used campaign funds to pay for family vacations to Italy and Hawaii, school "
          "tuition, dental work, and even domestic and international travel for almost a dozen relatives, "
          "according to a press release from the Southern District of California’s U.S. Attorney’s Office",
          q=[(48, "pages", "length of the indictment"),
             (12, None, "relatives whose travel the Hunters allegedly paid for with campaign funds")],
          when="between 2009 and 2016", nonq=["2009", "2016"], resolved=["Duncan"]),
        C(ST, "The indictment alleged that Duncan Hunter and his wife spent \"tens of thousands of dollars\" on "
              "items ranging from movie tickets, fast food, golf outings, groceries and home utilities.",
          "the indictment", CL,
          "The indictment also alleged that the pair spent “tens of thousands of dollars” on items ranging from "
          "movie tickets, fast food, golf outings, groceries and home utilities",
          resolved=["Duncan", "Hunter"]),
        C(EV, "Fox News obtained a letter sent from Duncan Hunter's attorney, Gregory A. Vega, to U.S. Deputy "
              "Attorney General Rod J. Rosenstein.", ART, S,
          "Fox News obtained a letter sent from Hunter's attorney, Gregory A. Vega, to U.S. Deputy Attorney "
          "General Rod J. Rosenstein",
          resolved=["Duncan"]),
        C(ST, "Gregory A. Vega, Duncan Hunter's attorney, asked U.S. Deputy Attorney General Rod J. Rosenstein in "
              "a letter sent on Aug. 6 to postpone the indictment.", "Gregory A. Vega", R,
          "a letter sent from Hunter's attorney, Gregory A. Vega, to U.S. Deputy Attorney General Rod J. "
          "Rosenstein on Aug. 6 asking him to postpone the indictment",
          when="2018-08-06", nonq=["6"], resolved=["Duncan"]),
        C(ST, "Gregory A. Vega contended that there was a \"rush to indict\" after a two-year grand jury "
              "investigation.", "Gregory A. Vega", CL,
          "Vega contended that there was a \"rush to indict\" after a two-year grand jury investigation",
          q=[(2, "years", "length of the grand jury investigation")], resolved=["Gregory"]),
        C(ST, "Gregory A. Vega asserted the prosecution of Duncan Hunter was \"politically motivated\" because of "
              "Hunter's early support of Donald Trump for president.", "Gregory A. Vega", CL,
          "Vega asserted the prosecution was \"politically motivated\" because of Hunter's early support of "
          "Donald Trump for president",
          resolved=["Gregory", "Duncan"]),
        C(ST, "Gregory A. Vega claimed bias from prosecutors in the Southern District of California who supported "
              "Hillary Clinton's candidacy.", "Gregory A. Vega", CL,
          "He also claimed bias from prosecutors in the Southern District of California who supported Hillary "
          "Clinton's candidacy",
          where="Southern District of California", resolved=["Gregory", "Vega"]),
        C(QT, "Duncan Hunter's lawyers said in 2017 that Hunter and his wife repaid the campaign about $60,000.",
          "Duncan Hunter's lawyers", R,
          "The congressman's lawyers said in 2017 that Hunter and his wife repaid the campaign about $60,000",
          q=[(60000, "dollars", "campaign funds the Hunters repaid to the campaign")],
          when="in 2017", nonq=["2017"], resolved=["Duncan"]),
        C(ST, "Prosecutors said Duncan Hunter and his wife \"mischaracterized\" the purchases in Federal Election "
              "Commission (FEC) filings to hide the illicit spending.", "prosecutors", R,
          "Prosecutors said Hunter and his wife “mischaracterized” the purchases in Federal Election Commission "
          "(FEC) filings to hide the illicit spending",
          resolved=["Duncan"]),
        C(ST, "The press release from the U.S. Attorney's Office said family dental bills paid with campaign funds "
              "were characterized as a charitable contribution to \"Smiles for Life.\"", USAO, R,
          "“Family dental bills paid with campaign funds were characterized as a charitable contribution to "
          "‘Smiles for Life,’” the press release from the U.S. Attorney’s Office said"),
        C(EV, "Charges against Duncan Hunter and his wife included conspiracy to commit offenses against the "
              "United States, wire fraud and falsifying records.", ART, S,
          "Charges included conspiracy to commit offenses against the United States, wire fraud and falsifying "
          "records",
          resolved=["Duncan", "Hunter"]),
        C(BG, "Duncan Hunter was one of Trump's earliest supporters in the presidential race.", ART, S,
          "Hunter, one of Trump’s earliest supporters in the presidential race",
          nonq=["one"], resolved=["Duncan"]),
        C(ST, "Duncan Hunter allegedly was aware of what he and his wife were doing.", "unnamed sources", U,
          "Hunter, one of Trump’s earliest supporters in the presidential race, allegedly was aware of what he "
          "and his wife were doing",
          resolved=["Duncan"]),
        C(ST, "Duncan Hunter allegedly continued to spend campaign funds on personal expenses despite multiple "
              "warnings from his campaign treasurer about \"questionable purchases.\"", "unnamed sources", U,
          "Hunter, one of Trump’s earliest supporters in the presidential race, allegedly was aware of what he "
          "and his wife were doing and continued to spend campaign funds on personal expenses despite multiple "
          "warnings from his campaign treasurer about “questionable purchases.”",
          resolved=["Duncan"]),
        C(ST, "According to the U.S. Attorney's Office, the indictment says the Hunters knew that many of their "
              "desired purchases could be made only by using campaign funds.", USAO, R,
          "“According to the indictment, the Hunters knew that many of their desired purchases could be made "
          "only by using campaign funds, since they did not otherwise have sufficient personal funds to pay for "
          "their purchases,” according to the U.S. Attorney’s Office"),
        C(BG, "According to the U.S. Attorney's Office, the indictment says the Hunters did not otherwise have "
              "sufficient personal funds to pay for their purchases.", USAO, NG,
          "“According to the indictment, the Hunters knew that many of their desired purchases could be made "
          "only by using campaign funds, since they did not otherwise have sufficient personal funds to pay for "
          "their purchases,” according to the U.S. Attorney’s Office"),
        C(ST, "U.S. Attorney Adam Braverman said Tuesday's indictment proved that \"no one is above the law.\"",
          "Adam Braverman", R,
          "U.S. Attorney Adam Braverman said Tuesday’s indictment proved that “no one is above the law.”",
          when="2018-08-21", nonq=["one"]),
        C(PL, "Duncan Hunter and his wife are due to be arraigned in court on Thursday morning.", ART, SP,
          "The pair is due to be arraigned in court on Thursday morning",
          when="2018-08-23", resolved=["Duncan", "Hunter"]),
    ],
))

# ======================================================================================
# BASIL cluster line 41 — HuffPost, 2018-04-06 (Friday): Blake Farenthold resigns
# ======================================================================================
ARTICLES.append(dict(
    uuid="c16938aa-d402-4b97-8aff-c8bc99a11c3c",
    outlet="hpo",
    published="2018-04-06",
    headline="Rep. Blake Farenthold resigns from Congress after sexual harassment allegations",
    summary=(
        "Rep. Blake Farenthold (R-Texas) announced Friday that he is resigning from Congress, and his "
        "resignation took effect at 5 p.m. Eastern time; he had declared in December that he would not seek "
        "re-election after reports that he used taxpayer money to settle sexual harassment claims. Politico "
        "reported in December that Farenthold used $84,000 in taxpayer funds to settle a lawsuit filed by his "
        "former communications director, Lauren Greene, and Farenthold has repeatedly denied the accusations. "
        "He said he would repay the $84,000 to the Treasury Department but has not made good on that promise."
    ),
    no_claims=["GOP Rep. Blake Farenthold Resigns After Sexual Harassment Allegations"],  # title line
    claims=[
        C(EV, "Rep. Blake Farenthold (R-Texas) announced Friday in a statement and accompanying video that he is "
              "resigning from Congress.", "Blake Farenthold", R,
          "Rep. Blake Farenthold (R-Texas) is resigning from Congress, he announced Friday in a statement and "
          "accompanying video",
          when="2018-04-06"),
        C(PL, "Blake Farenthold declared in December that he would not seek re-election in 2018.",
          "Blake Farenthold", NG,
          "Farenthold declared in December that he would not seek re-election in 2018",
          when="in December", nonq=["2018"], resolved=["Blake"]),
        C(ST, "A few of Blake Farenthold's GOP colleagues urged him to resign over the sexual harassment "
              "accusations.", "a few of Blake Farenthold's GOP colleagues", R,
          "A few of his GOP colleagues urged him to resign over the accusations",
          resolved=["Blake", "Farenthold"]),
        C(ST, "Blake Farenthold has repeatedly denied the sexual harassment accusations.", "Blake Farenthold", D,
          "the accusations, which Farenthold has repeatedly denied",
          resolved=["Blake"]),
        C(PL, "Blake Farenthold said in his resignation statement that he had planned on serving out the "
              "remainder of his term in Congress.", "Blake Farenthold", R,
          "“While I planned on serving out the remainder of my term in Congress, I know in my heart it’s time "
          "for me to move along and look for new ways to serve,” he said in the statement",
          resolved=["Blake", "Farenthold"]),
        C(ST, "Blake Farenthold said in his resignation statement that it is time for him to move along and look "
              "for new ways to serve.", "Blake Farenthold", R,
          "“While I planned on serving out the remainder of my term in Congress, I know in my heart it’s time "
          "for me to move along and look for new ways to serve,” he said in the statement",
          resolved=["Blake", "Farenthold"]),
        C(EV, "Blake Farenthold was flanked by an American flag and a Texas state flag in his video.", ART, S,
          "In his video, flanked by an American flag and a Texas state flag",
          resolved=["Blake", "Farenthold"]),
        C(EV, "Blake Farenthold's resignation took effect Friday at 5 p.m. Eastern time.", ART, S,
          "Farenthold’s resignation took effect Friday at 5 p.m. Eastern time",
          when="2018-04-06", nonq=["5"], resolved=["Blake"]),
        C(EV, "Blake Farenthold promptly deleted his Twitter and Facebook profiles.", ART, S,
          "He promptly deleted his Twitter and Facebook profiles",
          resolved=["Blake", "Farenthold"]),
        C(QT, "Politico reported in December that Blake Farenthold used $84,000 in taxpayer funds to settle a "
              "sexual harassment lawsuit filed by his former communications director, Lauren Greene.",
          "Politico", R,
          "Farenthold used $84,000 in taxpayer funds to settle a sexual harassment lawsuit his former "
          "communications director, Lauren Greene, had filed in 2014, Politico reported in December",
          q=[(84000, "dollars", "taxpayer funds Farenthold used to settle the sexual harassment lawsuit")],
          when="in December", resolved=["Blake"]),
        C(EV, "Politico reported that Lauren Greene, Blake Farenthold's former communications director, had filed "
              "the sexual harassment lawsuit in 2014.", "Politico", R,
          "a sexual harassment lawsuit his former communications director, Lauren Greene, had filed in 2014, "
          "Politico reported",
          when="in 2014", nonq=["2014"], resolved=["Blake", "Farenthold"]),
        C(ST, "Lauren Greene accused Blake Farenthold of telling her he had \"sexual fantasies\" and \"wet dreams\" "
              "about her.", "Lauren Greene", CL,
          "Greene accused Farenthold of telling her he had “sexual fantasies” and “wet dreams” about her",
          resolved=["Lauren", "Blake"]),
        C(ST, "Lauren Greene claimed she was fired after complaining to Blake Farenthold.", "Lauren Greene", CL,
          "and then claimed she was fired after complaining to Farenthold",
          resolved=["Lauren", "Greene", "Blake"]),
        C(ST, "Blake Farenthold said in December that he had no idea how to run a congressional office.",
          "Blake Farenthold", R,
          "“I had no idea how to run a congressional office,” the four-term congressman said in December",
          when="in December", resolved=["Blake", "Farenthold"]),
        C(BG, "Blake Farenthold is a four-term congressman.", ART, S,
          "the four-term congressman",
          q=[(4, "terms", "terms Farenthold has served in Congress")], resolved=["Blake", "Farenthold"]),
        C(ST, "Blake Farenthold said he allowed a workplace culture to take root in his office that was too "
              "permissive and decidedly unprofessional.", "Blake Farenthold", R,
          "“As a result, I allowed a workplace culture to take root in my office that was too permissive and "
          "decidedly unprofessional.”",
          when="in December", resolved=["Blake", "Farenthold"]),
        C(PL, "Blake Farenthold said after the reports broke that he would repay the $84,000 to the Treasury "
              "Department.", "Blake Farenthold", SP,
          "Farenthold said after the reports broke that he would repay the $84,000 to the Treasury Department",
          q=[(84000, "dollars", "taxpayer funds Farenthold said he would repay to the Treasury Department")],
          when="after the reports broke", resolved=["Blake"]),
        C(EV, "Blake Farenthold has not made good on his promise to repay the $84,000 to the Treasury "
              "Department.", ART, NG,
          "Farenthold said after the reports broke that he would repay the $84,000 to the Treasury Department, "
          "but has not made good on that promise",
          q=[(84000, "dollars", "taxpayer funds Farenthold promised to repay to the Treasury Department")],
          resolved=["Blake"]),
        C(EV, "A representative for Blake Farenthold's office told HuffPost in February that Farenthold was "
              "waiting to see what changes lawmakers will add to the Congressional Accountability Act.",
          "a representative for Blake Farenthold's office", R,
          "A representative for his office told HuffPost in February that the congressman was waiting to see "
          "what changes lawmakers will add to the Congressional Accountability Act",
          when="in February", resolved=["Blake", "Farenthold"]),
        C(EV, "Bob Haueter, Blake Farenthold's chief of staff, told HuffPost that Farenthold was waiting on the "
              "advice of counsel to see what final bill is enacted.", "Bob Haueter", R,
          "“He is waiting on the advice of counsel to see what final bill is enacted,” Bob Haueter, "
          "Farenthold’s chief of staff, told HuffPost at the time",
          when="in February", resolved=["Blake"]),
        C(PL, "Bob Haueter said that once the final bill is done and the law is changed, Blake Farenthold will "
              "make a determination of how he proceeds.", "Bob Haueter", SP,
          "“Once the final bill is done and the law is changed and is complete and he can see that, he will make "
          "a determination of how he proceeds.”",
          when="in February", resolved=["Bob", "Haueter", "Blake", "Farenthold"]),
        C(ST, "In his resignation statement, Blake Farenthold reflected on his time spent working to \"make "
              "government more efficient and responsive, cut government spending, repeal Obamacare, protect "
              "life and reduce the debt.\"", "Blake Farenthold", R,
          "In his resignation statement, Farenthold reflected on his time spent working to “make government "
          "more efficient and responsive, cut government spending, repeal Obamacare, protect life and reduce "
          "the debt.”",
          resolved=["Blake"]),
    ],
))

# ======================================================================================
# BASIL cluster line 47 — HuffPost, 2019-01-25 (Friday): short-term deal ends shutdown
# ======================================================================================
ARTICLES.append(dict(
    uuid="08fc7de9-337f-40a8-a126-a65398b01eb2",
    outlet="hpo",
    published="2019-01-25",
    headline="Trump announces plan to reopen government for three weeks as border talks continue",
    summary=(
        "President Donald Trump announced Friday a short-term plan to reopen the government for three weeks, "
        "through Feb. 15, so border security negotiations may continue, and shortly after the Senate and House "
        "both passed a resolution to reopen the government. The announcement came on the 35th day of the "
        "longest shutdown in United States history; Trump's impasse over the budget stems from his demands for "
        "$5.7 billion for his border wall. Trump said that if wall funding is not secured he is prepared to shut down the government "
        "again or issue a national emergency declaration. Senate Minority Leader Chuck Schumer congratulated "
        "lawmakers, while House Speaker Nancy Pelosi said, \"I'm hopeful.\""
    ),
    no_claims=[],
    claims=[
        C(PL, "President Donald Trump announced Friday a short-term plan that will reopen the government for "
              "three weeks.", "Donald Trump", SP,
          "President Donald Trump announced Friday a short-term plan that will reopen the government for three weeks",
          q=[(3, "weeks", "length of the short-term reopening of the government")], when="2019-01-25"),
        C(PL, "Donald Trump's short-term plan will reopen the government so that border security negotiations may "
              "continue without the devastating effects of the partial government shutdown.", ART, SP,
          "a short-term plan that will reopen the government for three weeks so that border security "
          "negotiations may continue without the devastating effects of the partial government shutdown",
          resolved=["Donald", "Trump"]),
        C(PL, "Donald Trump said he's prepared to sign a bill to open the government through Feb. 15.",
          "Donald Trump", SP,
          "Trump said he’s prepared to sign a bill to open the government through Feb. 15",
          when="through Feb. 15", nonq=["15"], resolved=["Donald"]),
        C(PL, "Donald Trump said federal employees will get back pay \"very quickly or as soon as possible.\"",
          "Donald Trump", SP,
          "Federal employees will get back pay “very quickly or as soon as possible,” he said",
          resolved=["Donald", "Trump"]),
        C(EV, "Shortly after Donald Trump's announcement, the Senate and House both passed a resolution to reopen "
              "the government through the date Trump named.", ART, S,
          "Shortly after the announcement, the Senate and House both passed a resolution to reopen the "
          "government through that date",
          when="shortly after the announcement", resolved=["Donald", "Trump"]),
        C(EV, "Donald Trump's announcement comes on the 35th day of the shutdown.", ART, S,
          "The announcement comes on the 35th day of the longest shutdown",
          nonq=["35"], when="2019-01-25", resolved=["Donald", "Trump"]),
        C(BG, "The partial government shutdown is the longest shutdown in United States history.", ART, S,
          "the longest shutdown in United States history"),
        C(ST, "Donald Trump's announcement is a clear cave by Trump.", ART, S,
          "The announcement comes on the 35th day of the longest shutdown in United States history and is a "
          "clear cave by Trump",
          resolved=["Donald"]),
        C(BG, "Donald Trump's impasse over the budget stems from his demands for $5.7 billion in funds for his "
              "long-promised wall along the U.S.-Mexico border.", ART, S,
          "Trump, whose impasse over the budget stems from his demands for $5.7 billion in funds for his "
          "long-promised wall along the U.S.-Mexico border",
          q=[(5.7e9, "dollars", "funds Trump demanded for his border wall")],
          where="U.S.-Mexico border", resolved=["Donald"]),
        C(ST, "Democratic lawmakers say Donald Trump's border wall is a firm deal-breaker.",
          "Democratic lawmakers", R,
          "a project Democratic lawmakers say is a firm deal-breaker",
          resolved=["Donald", "Trump"]),
        C(PL, "Donald Trump said that if funding for his border wall is not secured by the end of the negotiation "
              "period, he is prepared to shut down the government again or issue a national emergency declaration "
              "in order to get funding.", "Donald Trump", SP,
          "If funding for his border wall is not secured by the end of the negotiation period, Trump said he is "
          "prepared to shut down the government again or issue a national emergency declaration in order to get "
          "funding",
          when="by the end of the negotiation period", resolved=["Donald"]),
        C(PL, "Donald Trump's plan to shut down the government again or issue a national emergency declaration "
              "would strip funding from disaster recovery efforts.", ART, SP,
          "Trump said he is prepared to shut down the government again or issue a national emergency "
          "declaration in order to get funding ― a plan that would strip funding from disaster recovery efforts",
          resolved=["Donald"]),
        C(ST, "Throughout the shutdown, Donald Trump's reputation has suffered across parties.", ART, S,
          "Throughout the shutdown, Trump’s reputation has suffered across parties",
          when="throughout the shutdown", resolved=["Donald"]),
        C(EV, "Airports have grappled with severe delays throughout the shutdown.", ART, S,
          "Throughout the shutdown, Trump’s reputation has suffered across parties as airports have grappled "
          "with severe delays",
          when="throughout the shutdown"),
        C(EV, "Federal workers have gone without paychecks throughout the shutdown.", ART, S,
          "Throughout the shutdown, Trump’s reputation has suffered across parties as airports have grappled "
          "with severe delays and federal workers have gone without paychecks",
          when="throughout the shutdown"),
        C(EV, "Federal workers going without paychecks has put many of them at risk of losing their homes, "
              "defaulting on loans and missing other crucial payments.", ART, S,
          "federal workers have gone without paychecks, putting many at risk of losing their homes, defaulting "
          "on loans and missing other crucial payments"),
        C(EV, "The Senate failed to pass Donald Trump's proposal to reopen the government with border wall "
              "funding in exchange for temporary legal protection for some undocumented immigrants.", ART, NG,
          "the Senate failed to pass his proposal to reopen the government with border wall funding in exchange "
          "for temporary legal protection for some undocumented immigrants",
          when="2019-01-24", resolved=["Donald", "Trump"]),
        C(EV, "House Speaker Nancy Pelosi (D-Calif.) was in the middle of a roundtable with Capitol Hill reporters "
              "when reports began surfacing of Donald Trump's support for a short-term government funding bill.",
          ART, S,
          "House Speaker Nancy Pelosi (D-Calif.) was in the middle of a roundtable with Capitol Hill reporters "
          "when reports began surfacing of Trump’s support for a short-term government funding bill",
          where="Capitol Hill", resolved=["Donald"]),
        C(EV, "Nancy Pelosi was mum on whether she considered Donald Trump's proposal a final deal.", ART, S,
          "She was mum on whether she considered his proposal a final deal",
          resolved=["Nancy", "Pelosi", "Donald", "Trump"]),
        C(ST, "Nancy Pelosi said of a final deal, \"We're going in that direction but we're not to that place.\"",
          "Nancy Pelosi", R,
          "“We’re going in that direction but we’re not to that place,” said Pelosi",
          resolved=["Nancy"]),
        C(ST, "Nancy Pelosi said she is hopeful.", "Nancy Pelosi", R,
          "I’m hopeful",
          resolved=["Nancy", "Pelosi"]),
        C(EV, "Senate Minority Leader Chuck Schumer (D-N.Y.) spoke on the Senate floor shortly after Donald "
              "Trump's announcement.", ART, S,
          "Senate Minority Leader Chuck Schumer (D-N.Y.) spoke on the Senate floor shortly after Trump’s "
          "announcement",
          when="shortly after Trump's announcement", where="Senate floor", resolved=["Donald"]),
        C(ST, "Chuck Schumer congratulated lawmakers on the short-term plan to reopen the government.",
          "Chuck Schumer", R,
          "Senate Minority Leader Chuck Schumer (D-N.Y.) spoke on the Senate floor shortly after Trump’s "
          "announcement, congratulating lawmakers on the development",
          where="Senate floor"),
        C(ST, "Chuck Schumer said the solution to the shutdown impasse was to separate funding the government "
              "from disagreements over border security.", "Chuck Schumer", R,
          "“The solution to this impasse was to separate funding the government from our disagreements over "
          "border security,” Schumer said",
          resolved=["Chuck"]),
        C(ST, "Chuck Schumer said \"we can never hold American workers hostage again.\"", "Chuck Schumer", R,
          "Schumer said, adding that “we can never hold American workers hostage again.”",
          resolved=["Chuck"]),
        C(ST, "Donald Trump spent most of his speech on Friday rehashing his usual talking points about crime at "
              "the border.", ART, S,
          "Trump spent most of his speech on Friday rehashing his usual talking points about crime at the border",
          when="2019-01-25", where="U.S.-Mexico border", resolved=["Donald"]),
        C(ST, "Donald Trump said, \"We really have no choice but to build a powerful wall or a steel barrier.\"",
          "Donald Trump", R,
          "“We really have no choice but to build a powerful wall or a steel barrier,” he said",
          when="2019-01-25", resolved=["Donald", "Trump"]),
    ],
))

# ======================================================================================
# BASIL cluster line 19 — Fox News, 2013-08-29 (Thursday): IRS joint returns ruling
# ======================================================================================
ARTICLES.append(dict(
    uuid="8c2e4c5e-ac2b-4728-99bc-4e114c641bde",
    outlet="fox",
    published="2013-08-29",
    headline="IRS lets legally married same-sex couples file joint federal tax returns",
    summary=(
        "The IRS and Treasury Department announced Thursday that legally married same-sex couples will now be "
        "allowed to file federal joint tax returns regardless of where they live, though the rules would not "
        "apply to domestic partnerships and civil unions. The announcement follows the U.S. Supreme Court's "
        "decision earlier this year overturning a part of the Defense of Marriage Act. Treasury Secretary Jacob "
        "Lew said the ruling provides certainty for all legally married same-sex couples nationwide and Human "
        "Rights Campaign President Chad Griffin said they will now be treated equally, while Brian Brown of the "
        "National Organization of Marriage believes it \"continues a pattern of lawlessness.\""
    ),
    no_claims=["WASHINGTON –"],  # dateline
    claims=[
        C(EV, "The IRS and Treasury Department announced Thursday that legally married same-sex couples will now "
              "be allowed to file federal joint tax returns.", "IRS and Treasury Department", R,
          "Legally married same-sex couples will now be allowed to file federal joint tax returns, the IRS and "
          "Treasury Department announced Thursday",
          when="2013-08-29"),
        C(EV, "The IRS ruling allows homosexual couples to receive the same tax benefits that heterosexual couples "
              "do when filing jointly.", ART, S,
          "The ruling allows homosexual couples to receive the same tax benefits that heterosexual couples do "
          "when filing jointly",
          resolved=["IRS"]),
        C(BG, "The U.S. Supreme Court overturned a part of the Defense of Marriage Act earlier this year.", ART, S,
          "the U.S. Supreme Court, which overturned a part of the Defense of Marriage Act earlier this year",
          when="earlier this year"),
        C(EV, "Questions were raised following the U.S. Supreme Court's decision on how the federal government "
              "would treat same-sex couples whose home states don't recognize gay marriage.", ART, S,
          "Questions were raised following the high court’s decision on how the federal government would treat "
          "same-sex couples whose home states don’t recognize gay marriage",
          resolved=["Supreme"]),
        C(BG, "Home states of some same-sex couples don't recognize gay marriage.", ART, NG,
          "same-sex couples whose home states don’t recognize gay marriage"),
        C(EV, "The rules issued Thursday said the policies would affect all legally married gay couples "
              "regardless of where they live.", "the rules", R,
          "The rules issued Thursday said the policies would affect all legally married gay couples regardless "
          "of where they live",
          when="2013-08-29"),
        C(EV, "The rules would not apply to domestic partnerships and civil unions.", ART, NG,
          "The rules, though, would not apply to domestic partnerships and civil unions"),
        C(ST, "Treasury Secretary Jacob Lew said in a written statement that the ruling provides certainty and "
              "clear, coherent tax filing guidance for all legally married same-sex couples nationwide.",
          "Jacob Lew", R,
          "\"Today's ruling provides certainty and clear, coherent tax filing guidance for all legally married "
          "same-sex couples nationwide. It provides access to benefits, responsibilities and protections under "
          "federal tax law that all Americans deserve,\" Treasury Secretary Jacob Lew said in a written statement"),
        C(ST, "Jacob Lew said the ruling provides access to benefits, responsibilities and protections under "
              "federal tax law that all Americans deserve.", "Jacob Lew", R,
          "\"Today's ruling provides certainty and clear, coherent tax filing guidance for all legally married "
          "same-sex couples nationwide. It provides access to benefits, responsibilities and protections under "
          "federal tax law that all Americans deserve,\" Treasury Secretary Jacob Lew said in a written statement"),
        C(ST, "Human Rights Campaign President Chad Griffin said that, because of the IRS ruling, committed and "
              "loving gay and lesbian married couples will now be treated equally under federal tax laws, "
              "regardless of what state they call home.", "Chad Griffin", R,
          "Human Rights Campaign President Chad Griffin said that, because of today’s ruling, “committed and "
          "loving gay and lesbian married couples will now be treated equally under our nation’s federal tax "
          "laws, regardless of what state they call home.”",
          resolved=["IRS"]),
        C(ST, "Chad Griffin said the families of gay and lesbian married couples finally have access to crucial "
              "tax benefits and protections previously denied to them under the discriminatory Defense of "
              "Marriage Act.", "Chad Griffin", R,
          "He added, “These families finally have access to crucial tax benefits and protections previously "
          "denied to them under the discriminatory Defense of Marriage Act.”",
          resolved=["Chad", "Griffin"]),
        C(ST, "Brian Brown, president of the National Organization of Marriage, believes that giving same sex "
              "couples the right to file jointly \"continues a pattern of lawlessness\" across the country.",
          "Brian Brown", R,
          "Brian Brown, president of the National Organization of Marriage, believes that giving same sex "
          "couples the right to file jointly “continues a pattern of lawlessness” across the country"),
        C(ST, "Brian Brown said in a written statement that the Obama administration is intent on forcing "
              "same-sex 'marriage' on an unwilling public.", "Brian Brown", R,
          "\"The Obama administration is intent on forcing same-sex 'marriage' on an unwilling public,\" Brown "
          "said in a written statement",
          resolved=["Brian"]),
        C(ST, "Brian Brown said Congress alone has the responsibility of determining federal tax law.",
          "Brian Brown", R,
          "Congress alone has the responsibility of determining federal tax law",
          resolved=["Brian", "Brown"]),
    ],
))


# --------------------------------------------------------------------------------------
# build and check
# --------------------------------------------------------------------------------------

_ABBREV = re.compile(r"\b(?:Gov|Mr|Mrs|Ms|Rep|Sen|Calif|Feb|Aug|Dec|Jan|p\.m|a\.m|U\.S|[A-Z])\.$")


def count_sentences(text: str) -> int:
    n = 0
    for m in re.finditer(r"[.!?][\"'\u201d\u2019]?(?=\s+[\"\u201cA-Z]|\s*$)", text):
        if _ABBREV.search(text[: m.start() + 1]):
            continue
        n += 1
    return n


def load_text(uuid: str) -> tuple[dict, str, str]:
    from summarizer.load import load_bytes

    art = find_article(uuid)
    path = f"devdata:multidoc/{uuid}"
    article = load_bytes(art["text"].encode("utf-8"), path)
    return art, path, article.text


def out_path(art: dict) -> Path:
    return GOLD / f"dev_basil_{art['outlet_code']}_{slug3(art['title'])}.json"


def build(spec: dict) -> tuple[dict, Path, list[str]]:
    art, path, text = load_text(spec["uuid"])
    name = f"{spec['outlet']}:{spec['uuid'][:8]}"
    pre: list[str] = []
    if art["outlet_code"] != spec["outlet"]:
        pre.append(f"{name}: outlet is {art['outlet_code']}")
    if art["date"] != spec["published"]:
        pre.append(f"{name}: published {spec['published']} but article date is {art['date']}")
    label = lambda n, c: f"{name} #{n + 1} {c['text'][:50]!r}"  # noqa: E731
    for n, c in enumerate(spec["claims"]):
        if c["cert"] not in ("stated", "reported", "claimed", "unconfirmed", "denied", SP, NG):
            pre.append(f"{label(n, c)}: unknown certainty {c['cert']}")

    def check(cid, c, text, quote, errors, published):
        errs: list[str] = []
        MG.check_claim(cid, c, text, quote, errs, published)
        # §13: the outlet's own voice may be speculative or negated; `stated` is still only the outlet's.
        errors += [e for e in errs if not (e.endswith("attributed_to 'article' must be certainty 'stated'")
                                           and c["cert"] in (SP, NG))]

    source = {"path": path, "sha256": hashlib.sha256(art["text"].encode("utf-8")).hexdigest(),
              "chars": len(text)}
    doc, errors = MG.build_doc(name, spec, text, source, check=check, count_sentences=count_sentences,
                               label=label)
    return doc, out_path(art), pre + errors


def verify_file(gold_path: Path) -> list[str]:
    """Independent re-check of a written file against the devdata article it names."""
    schema, model, errors = MG.load_gold(gold_path)
    if model is None:
        return errors
    prefix = "devdata:multidoc/"
    if not model.source.path.startswith(prefix):
        return [f"{gold_path.name}: source.path {model.source.path!r} is not {prefix}<uuid>"]
    art, _, text = load_text(model.source.path[len(prefix):])
    from summarizer.eval.devdata import load_devdata_article  # the eval's own loader must agree

    if load_devdata_article(model.source.path).text != text:
        errors.append(f"{gold_path.name}: summarizer.eval.devdata loads a different text")
    if model.published != art["date"]:
        errors.append(f"{gold_path.name}: published != article date")
    for c in model.claims:
        if (c.certainty == "stated") != (c.attributed_to == "article") and c.certainty not in (SP, NG):
            errors.append(f"{gold_path.name} {c.id}: stated <-> article violated")
        if c.certainty == "stated" and c.attributed_to != "article":
            errors.append(f"{gold_path.name} {c.id}: stated but not the outlet's voice")
    return errors + MG.verify_doc(gold_path.name, model, schema, text,
                                  hashlib.sha256(art["text"].encode("utf-8")).hexdigest())


def main(argv=None) -> int:
    args = MG.parse_args(argv, __doc__, check_help="only re-check the gold files on disk",
                         print_metavar="SUBSTR", print_help="print the claims of the matching output file")

    schema = MG.load_schema()
    for c in (SP, NG):
        if c not in schema.CERTAINTIES:
            print(f"summarizer/schema.py Certainty lacks {c!r}", file=sys.stderr)
            return 1

    if args.print:
        for spec in ARTICLES:
            doc, out, errors = build(spec)
            if args.print in out.name:
                MG.print_claims(doc, errors, by_width=26)
        return 0
    # output stem -> spec (the file name comes from the devdata article's outlet and title)
    articles = {out_path(find_article(spec["uuid"])).stem: spec for spec in ARTICLES}

    def build_one(stem: str, spec: dict) -> tuple[dict, list[str]]:
        doc, _, errors = build(spec)
        return doc, errors

    return MG.run(articles, build_one, verify_file,
                  gold_dir=GOLD, check_only=args.check, done=f"all {len(articles)} BASIL gold files valid")


if __name__ == "__main__":
    sys.exit(main())
