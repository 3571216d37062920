#!/usr/bin/env python3
"""Build (or check) hand-labelled gold files for development articles in ../shared/devdata.

Same method as evals/tools/make_gold.py (whose checks this script reuses): claims are written
below as data (claim sentence, evidence quote copied from the article, occurrence when the
quote repeats); offsets, the source block and every mechanical rule of evals/GUIDELINES.md are
computed and checked by code, and each file is validated as `summarizer.schema.ArticleSummary`.

The article texts are NOT in the repository: they are read from the devdata records
(`attribution/articles.jsonl`, field `text`), located at `../shared/devdata` relative to the
repository root, or at $SUMMARIZER_DEVDATA. The text is decoded exactly as the tool decodes it,
`summarizer.load.load_bytes(text.encode("utf-8"), path).text`, and offsets index that string.
`source.path` is `devdata:attribution/<article_id>`, `source.sha256` the sha256 of the UTF-8
bytes, `source.chars` the length of the text.

Usage (from anywhere):
    python evals/tools/make_dev_gold.py            # rebuild evals/gold/dev_*.json, then re-check them
    python evals/tools/make_dev_gold.py --check    # only re-check the dev gold files on disk
    python evals/tools/make_dev_gold.py --print politico   # list one article's claims with spans
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "evals" / "gold"
SOURCE_PREFIX = "devdata:attribution/"


def _load_make_gold():
    name = "_make_gold"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("make_gold.py"))
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


mg = _load_make_gold()
C, fold, numbers_in, locate = mg.C, mg.fold, mg.numbers_in, mg.locate

# kinds
EV, QT, ST, PL, BG = mg.EV, mg.QT, mg.ST, mg.PL, mg.BG
# certainties (SP and NG added in this labelling round; see GUIDELINES.md §6)
S, R, CL, U, D = mg.S, mg.R, mg.CL, mg.U, mg.D
SP, NG = "speculative", "negated"
ART = mg.ART


def devdata_dir() -> Path:
    env = os.environ.get("SUMMARIZER_DEVDATA")
    return Path(env) if env else (ROOT.parent / "shared" / "devdata")


_RECORDS: dict[str, dict] | None = None


def record(article_id: str) -> dict:
    global _RECORDS
    if _RECORDS is None:
        path = devdata_dir() / "attribution" / "articles.jsonl"
        with open(path, encoding="utf-8") as fh:
            _RECORDS = {r["article_id"]: r for r in map(json.loads, fh)}
    return _RECORDS[article_id]


def article_text(article_id: str) -> tuple[str, bytes]:
    """(decoded text exactly as the tool sees it, the UTF-8 bytes it was decoded from)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from summarizer.load import load_bytes  # load.py needs only summarizer.errors

    raw = record(article_id)["text"].encode("utf-8")
    return load_bytes(raw, SOURCE_PREFIX + article_id).text, raw


ARTICLES: dict[str, dict] = {}

# ======================================================================================
# politico — courts (2016-09-22 in the record; the text itself carries no date)
# ======================================================================================
ARTICLES["dev_politico_judge-rejects-new"] = dict(
    article_id="politico_2016-09-22_judge-rejects-new-york-times-req",
    published=None,
    headline="Judge rejects New York Times request to unseal Trump divorce file",
    summary=(
        "Manhattan Supreme Court Justice Frank Nervo rejected a request by The New York Times and "
        "the Gannett newspaper chain to unseal the 25-year-old court file on Donald Trump's divorce "
        "from Ivana Trump, saying the courts have no business deciding what information could be "
        "useful to voters. Lawyers for both Donald and Ivana Trump had opposed the unsealing, and "
        "the judge agreed with Ivana Trump that there was no reason to intrude on her privacy. A "
        "lawyer for the news outlets said no decision had been made about whether to appeal."
    ),
    no_claims=["Judge rejects New York Times request to unseal Trump divorce file"],  # title
    claims=[
        C(EV, "A New York judge has rejected a media request to make public the contents of a 25-year-old "
              "court file on Donald Trump's divorce from wife Ivana.", ART, S,
          "A New York judge has rejected a media request to make public the contents of a 25-year-old "
          "court file on Donald Trump's divorce from wife Ivana",
          q=[(25, "years", "age of the court file on Donald Trump's divorce")], where="New York"),
        C(ST, "Frank Nervo said the courts have no business deciding what information could be useful to voters.",
          "Frank Nervo", R,
          "saying the courts have no business deciding what information could be useful to voters",
          resolved=["Frank", "Nervo"]),
        C(EV, "The New York Times and the Gannett newspaper chain filed a motion to unseal the records of "
              "Donald Trump's divorce.", ART, S,
          "The New York Times and the Gannett newspaper chain filed a motion to unseal the records",
          resolved=["Donald", "Trump"]),
        C(ST, "The New York Times and the Gannett newspaper chain argued that unsealing the records was needed to "
              "contribute to public debate over Donald Trump's fitness for the presidency.",
          "The New York Times and the Gannett newspaper chain", R,
          "The New York Times and the Gannett newspaper chain filed a motion to unseal the records, arguing "
          "the move was needed to contribute to public debate over the real estate mogul and Republican "
          "nominee's fitness for the presidency",
          resolved=["Donald", "Trump"]),
        C(EV, "Manhattan Supreme Court Justice Frank Nervo rejected the media outlets' argument in a ruling "
              "released Thursday.", ART, S,
          "Manhattan Supreme Court Justice Frank Nervo rejected that argument in a ruling released Thursday",
          when="Thursday", where="Manhattan"),
        C(ST, "Frank Nervo wrote that were the court to make the confidential records available for journalistic, "
              "and thus public, scrutiny, the court would impermissibly inject itself into the political process.",
          "Frank Nervo", R,
          "\"Were the court to make the confidential records available for journalistic, and thus public, "
          "scrutiny, it would impermissibly inject itself into the political process by making the value "
          "judgment of what information is useful in determining the present candidate's, or any other "
          "candidate's, fitness for office,\" Nervo wrote",
          resolved=["Frank"]),
        C(ST, "Frank Nervo wrote that the court's role in the electoral process is strictly limited to determining "
              "whether a candidate complies with the Election Law.", "Frank Nervo", R,
          "The court's role in the electoral process is strictly limited to determining whether a candidate "
          "complies with the Election Law",
          resolved=["Frank", "Nervo"]),
        C(PL, "Frank Nervo wrote that the court will not take an action that exceeds the limits of its role in "
              "the electoral process.", "Frank Nervo", NG,
          "The court will not take an action that exceeds that limitation",
          resolved=["Frank", "Nervo"]),
        C(EV, "Earlier this month, lawyers for both Donald and Ivana Trump filed legal papers opposing the "
              "unsealing of the divorce records.", ART, S,
          "Earlier this month, lawyers for both Donald and Ivana Trump filed legal papers opposing the unsealing",
          when="earlier this month"),
        C(BG, "Donald Trump argued that New York's legislature has put divorce files off-limits in most "
              "circumstances.", "Donald Trump", R,
          "The GOP presidential nominee argued that New York's legislature has put divorce files off-limits "
          "in most circumstances",
          where="New York", resolved=["Donald", "Trump"]),
        C(ST, "Ivana Trump agreed with Donald Trump's argument.", "Ivana Trump", R,
          "His ex-wife agreed",
          resolved=["Ivana", "Trump", "Donald"]),
        C(ST, "Ivana Trump contended that since she is not running for office, she should not have to sacrifice "
              "her privacy even if the court found an enhanced interest in Donald Trump's actions.",
          "Ivana Trump", R,
          "also contended that since she is not running for office, she should not have to sacrifice her "
          "privacy even if the court found an enhanced interest in her husband's actions",
          resolved=["Ivana", "Trump", "Donald"]),
        C(ST, "Ivana Trump's submission to the court noted published reports alleging that she claimed during the "
              "divorce that Donald Trump had raped her.", "Ivana Trump", CL,
          "Her submission to the court noted published reports alleging that she claimed during the divorce "
          "that he had raped her",
          when="during the divorce", resolved=["Ivana", "Trump", "Donald"]),
        C(ST, "Ivana Trump's brief said the rape claim was not her view.", "Ivana Trump", D,
          "Ivana Trump's brief said that was not her view"),
        C(ST, "Ivana Trump's brief dismissed the published reports as \"previous misinterpreted statements and "
              "allegations.\"", "Ivana Trump", D,
          "Ivana Trump's brief said that was not her view and dismissed those reports as \"previous "
          "misinterpreted statements and allegations.\u201d"),
        C(ST, "Frank Nervo agreed with Ivana Trump that there was no reason to intrude on her privacy.",
          "Frank Nervo", R,
          "The judge agreed with Ivana Trump that there was no reason to intrude on her privacy",
          resolved=["Frank", "Nervo"]),
        C(BG, "Frank Nervo wrote that Ivana Trump, who also opposes the application, is not seeking public office.",
          "Frank Nervo", NG,
          "\"The court is obviously aware that one of the parties, who opposes this motion, is a presidential "
          "candidate. The court is also aware that the other party, who also opposes this application, is not "
          "seeking public office,\" Nervo wrote",
          resolved=["Frank", "Ivana", "Trump"]),
        C(ST, "Frank Nervo wrote that the ground that there may be something in the confidential file useful in "
              "determining Donald Trump's fitness for office does not exist in the case of his former wife, "
              "Ivana Trump.",
          "Frank Nervo", R,
          "If the court were to deprive the candidate party of his rights...on the ground that there may be "
          "something in the confidential file that would be useful in determining his fitness for office, "
          "that ground does not exist in the case of his former wife, who is not a candidate",
          resolved=["Frank", "Nervo", "Donald", "Trump", "Ivana"]),
        C(EV, "David Schulz, a lawyer for The New York Times and Gannett, said no immediate decision had been "
              "made about whether to appeal.", "David Schulz", NG,
          "A lawyer for the news outlets, David Schulz, said no immediate decision had been made about "
          "whether to appeal",
          resolved=["York", "Times", "Gannett"]),
        C(ST, "Trump lawyer Marc Kasowitz said Donald Trump's side is pleased with the court's \"well-reasoned "
              "decision and order.\"", "Marc Kasowitz", R,
          "\"We are pleased with the Court's well-reasoned decision and order,\" Trump lawyer Marc Kasowitz said",
          resolved=["Donald"]),
        C(ST, "Frank Nervo's conclusion that judges shouldn't try to judge information's utility to voters is not "
              "universally shared on the bench.", ART, S,
          "Nervo's conclusion that judges shouldn't try to judge information's utility to voters is not "
          "universally shared on the bench",
          resolved=["Frank"]),
        C(BG, "Federal Freedom of Information Act lawsuits are seeking information about Hillary Clinton's tenure "
              "as secretary of state.", ART, S,
          "federal Freedom of Information Act lawsuits seeking information about Hillary Clinton's tenure as "
          "secretary of state"),
        C(ST, "Several judges handling federal Freedom of Information Act lawsuits have cited the upcoming "
              "election as a reason to speed release of records held by the State Department.",
          "several judges handling federal Freedom of Information Act lawsuits", R,
          "Several judges handling federal Freedom of Information Act lawsuits seeking information about "
          "Hillary Clinton's tenure as secretary of state have cited the upcoming election as a reason to "
          "speed release of records held by the State Department"),
    ],
)

# ======================================================================================
# wash-post — economy (2016-10-05 in the record; the text itself carries no date)
# ======================================================================================
ARTICLES["dev_wash-post_international-monetary-fund"] = dict(
    article_id="wash-post_2016-10-05_international-monetary-fund-slas",
    published=None,
    headline="IMF cuts its forecast for U.S. growth this year to 1.6 percent",
    summary=(
        "The International Monetary Fund lowered its forecast for U.S. growth this year to 1.6 percent, "
        "more than half a percentage point less than in July, the biggest decline for a developed nation. "
        "The IMF predicted that advanced economies will grow 1.6 percent, while slightly faster growth in "
        "emerging economies held its estimate of global growth steady at 3.1 percent. It raised its British "
        "growth forecast to 1.8 percent but warned that the ultimate impact of Brexit remains very unclear, "
        "and its chief economist Maury Obstfeld warned that sub-par growth risks perpetuating itself."
    ),
    no_claims=["International Monetary Fund slashes prospect for U.S. growth"],  # title
    claims=[
        C(EV, "The International Monetary Fund announced Tuesday that it is lowering its forecast for U.S. growth "
              "this year.", "International Monetary Fund", R,
          "The International Monetary Fund announced Tuesday that it is lowering its forecast for U.S. growth "
          "this year",
          when="Tuesday", where="U.S."),
        C(ST, "The International Monetary Fund's downgrade of its U.S. growth forecast is casting a shadow on the "
              "outlook for performance among the world's advanced economies.", ART, S,
          "the downgrade is casting a shadow on the outlook for performance among the world's advanced economies",
          resolved=["International", "Monetary", "Fund"]),
        C(QT, "The IMF expects that U.S. output will expand by a tepid 1.6 percent.", "International Monetary Fund", SP,
          "The IMF expects that U.S. output will expand by a tepid 1.6 percent",
          q=[(1.6, "percent", "U.S. output growth the IMF expects this year")], where="U.S."),
        C(QT, "The IMF's forecast for U.S. output growth is more than half a percentage point less than the IMF "
              "forecast in July.", ART, S,
          "The IMF expects that U.S. output will expand by a tepid 1.6 percent, more than half a percentage "
          "point less than forecast in July",
          q=[(0.5, "percentage point", "cut in the IMF's forecast for U.S. output growth since July")],
          when="in July", where="U.S."),
        C(EV, "The downgrade of the IMF's U.S. growth forecast is the biggest decline for a developed nation.",
          ART, S,
          "It is the biggest decline for a developed nation",
          resolved=["IMF", "U"]),
        C(EV, "The downgrade of the IMF's U.S. growth forecast is driven by unexpectedly weak business investment "
              "and slim inventories.", ART, S,
          "It is the biggest decline for a developed nation and is driven by unexpectedly weak business "
          "investment and slim inventories",
          resolved=["IMF"]),
        C(QT, "The IMF predicted that advanced economies will grow 1.6 percent, down 0.2 percentage points from "
              "the IMF's last estimate.", "International Monetary Fund", SP,
          "the fund predicted that advanced economies - which include Europe, Britain, Japan and Canada - will "
          "grow 1.6 percent, down 0.2 percentage points from the IMF's last estimate",
          q=[(1.6, "percent", "growth of advanced economies the IMF predicts"),
             (0.2, "percentage points", "cut in the IMF's forecast for advanced economies from its last estimate")]),
        C(BG, "Advanced economies include Europe, Britain, Japan and Canada.", ART, S,
          "advanced economies - which include Europe, Britain, Japan and Canada",
          where="Europe, Britain, Japan and Canada"),
        C(EV, "The IMF said slower growth in developed nations is being offset by slightly faster improvements in "
              "emerging economies.", "International Monetary Fund", R,
          "However, slower growth in developed nations is being offset by slightly faster improvements in "
          "emerging economies, the IMF said"),
        C(QT, "The IMF edged up its forecast for emerging economies by 0.1 percentage points to 4.2 percent.",
          "International Monetary Fund", R,
          "It edged up its forecast for those countries by 0.1 percentage points to 4.2 percent",
          q=[(0.1, "percentage points", "rise in the IMF's growth forecast for emerging economies"),
             (4.2, "percent", "IMF's growth forecast for emerging economies")],
          resolved=["The", "IMF"]),
        C(QT, "The higher forecast for emerging economies was enough to hold the IMF's estimate of global growth "
              "steady at 3.1 percent this year.", ART, S,
          "That was enough to hold the IMF's estimate of global growth steady at 3.1 percent this year",
          q=[(3.1, "percent", "IMF's estimate of global growth this year")], when="this year"),
        C(ST, "IMF chief economist Maury Obstfeld said the world economy has moved sideways.", "Maury Obstfeld", R,
          "\"The world economy has moved sideways,\" IMF chief economist Maury Obstfeld said"),
        C(ST, "Maury Obstfeld said that without determined policy action to support economic activity over the "
              "short and longer terms, sub-par growth at recent levels risks perpetuating itself.",
          "Maury Obstfeld", R,
          "Without determined policy action to support economic activity over the short and longer terms, "
          "sub-par growth at recent levels risks perpetuating itself",
          resolved=["Maury", "Obstfeld"]),
        C(ST, "Maury Obstfeld said sub-par growth is unleashing negative economic and political forces.",
          "Maury Obstfeld", R,
          "sub-par growth at recent levels risks perpetuating itself - through the negative economic and "
          "political forces it is unleashing",
          resolved=["Maury", "Obstfeld"]),
        C(ST, "The IMF pointed to Britain's decision to leave the European Union as an example of rising sentiment "
              "against globalization that risks undermining international trade and investment.",
          "International Monetary Fund", R,
          "The IMF pointed to Britain's decision to leave the European Union as an example of rising sentiment "
          "against globalization that risks undermining international trade and investment"),
        C(BG, "International trade and investment have been a key factor driving the world economy for decades.",
          ART, S,
          "international trade and investment, a key factor driving the world economy for decades",
          when="for decades"),
        C(PL, "British Prime Minister Theresa May said this week that Britain would formally declare its intention "
              "to break with the E.U. by the end of March.", "Theresa May", SP,
          "British Prime Minister Theresa May said this week that the country would formally declare its "
          "intention to break with the E.U. by the end of March",
          when="by the end of March", where="Britain", resolved=["Britain"]),
        C(PL, "Theresa May suggested that Britain would withdraw from the single market.", "Theresa May", SP,
          "suggested that it would withdraw from the single market",
          when="this week", where="Britain", resolved=["Theresa", "May", "Britain"]),
        C(BG, "The single market has been a hallmark of E.U. membership.", ART, S,
          "the single market that has been a hallmark of membership",
          resolved=["U"]),
        C(ST, "The IMF had warned that the Brexit vote could depress growth in Britain for years.",
          "International Monetary Fund", R,
          "The IMF had warned that the Brexit vote could depress growth in Britain for years",
          where="Britain"),
        C(QT, "On Tuesday, the IMF increased its British growth forecast by 0.1 percentage points to 1.8 percent.",
          "International Monetary Fund", R,
          "But on Tuesday, it increased its British growth forecast by 0.1 percentage points to 1.8 percent",
          q=[(0.1, "percentage points", "rise in the IMF's British growth forecast"),
             (1.8, "percent", "IMF's British growth forecast")],
          when="on Tuesday", where="Britain", resolved=["IMF"]),
        C(QT, "The IMF's British growth forecast of 1.8 percent is better than the outlook for the United States.",
          ART, S,
          "it increased its British growth forecast by 0.1 percentage points to 1.8 percent - better than the "
          "outlook for the United States",
          q=[(1.8, "percent", "IMF's British growth forecast")],
          where="Britain", resolved=["IMF"]),
        C(EV, "The worst-case scenarios for Britain after the Brexit vote failed to materialize.", ART, NG,
          "as the worst-case scenarios failed to materialize",
          where="Britain", resolved=["Britain", "Brexit"]),
        C(ST, "The IMF warned that Britain's exit from the E.U. will raise many questions in the coming years.",
          "International Monetary Fund", R,
          "Still, the fund warned that the exit will raise many questions in the coming years",
          when="in the coming years", where="Britain", resolved=["IMF", "Britain"]),
        C(ST, "The IMF report stated that the market reaction to the Brexit shock was reassuringly orderly.",
          "International Monetary Fund", R,
          "\"Although the market reaction to the Brexit shock was reassuringly orderly, the ultimate impact "
          "remains very unclear, as the fate of institutional and trade arrangements between the United Kingdom "
          "and the European Union is uncertain,\" the IMF report stated"),
        C(ST, "The IMF report stated that the ultimate impact of the Brexit shock remains very unclear, as the fate "
              "of institutional and trade arrangements between the United Kingdom and the European Union is "
              "uncertain.", "International Monetary Fund", R,
          "\"Although the market reaction to the Brexit shock was reassuringly orderly, the ultimate impact "
          "remains very unclear, as the fate of institutional and trade arrangements between the United Kingdom "
          "and the European Union is uncertain,\" the IMF report stated"),
        C(ST, "In the United States, both presidential candidates have opposed an expansive new trade deal with "
              "countries bordering the Pacific Rim, known as the Trans- Pacific Partnership.", ART, S,
          "in the United States, both presidential candidates have opposed an expansive new trade deal with "
          "countries bordering the Pacific Rim, known as the Trans- Pacific Partnership",
          where="United States"),
        C(ST, "Republican nominee Donald Trump has sharply criticized long-standing free-trade deals such as the "
              "North American Free Trade Agreement.", "Donald Trump", R,
          "Republican nominee Donald Trump, in particular, has sharply criticized long-standing free-trade deals "
          "such as the North American Free Trade Agreement"),
        C(ST, "Donald Trump has called for steep new tariffs on goods from China and Mexico.", "Donald Trump", R,
          "Republican nominee Donald Trump, in particular, has sharply criticized long-standing free-trade deals "
          "such as the North American Free Trade Agreement and called for steep new tariffs on goods from China "
          "and Mexico"),
        C(EV, "The IMF did not single out Donald Trump's proposals.", ART, NG,
          "the IMF did not single out Trump's proposals",
          resolved=["Donald"]),
        C(ST, "The IMF referenced \"political tensions\" in advanced economies that are generating broader "
              "uncertainty, further diminishing the prospects for growth.", "International Monetary Fund", R,
          "it referenced \"political tensions\" in advanced economies that are generating broader uncertainty - "
          "further diminishing the prospects for growth",
          resolved=["IMF"]),
        C(ST, "Maury Obstfeld said the result in some richer countries has been a political movement that blames "
              "globalization for all woes and seeks somehow to wall off the economy from global trends rather "
              "than engage cooperatively with foreign nations.", "Maury Obstfeld", R,
          "\"The result in some richer countries has been a political movement that blames globalization for all "
          "woes and seeks somehow to wall off the economy from global trends rather than engage cooperatively "
          "with foreign nations,\" Obstfeld said",
          resolved=["Maury"]),
    ],
)

# ======================================================================================
# breitbart (UPI wire) — campaign event, health policy (2016-10-04 in the record; the text's
# dateline "Oct. 4" has no year and is furniture)
# ======================================================================================
ARTICLES["dev_breitbart_bill-clinton-calls"] = dict(
    article_id="breitbart_2016-10-04_bill-clinton-calls-obamacare-cra",
    published=None,
    headline="Bill Clinton calls Obamacare 'crazy system' during campaign stop",
    summary=(
        "Former President Bill Clinton criticized the Affordable Care Act as a \"crazy system\" during a "
        "campaign stop in Flint, Mich., for Hillary Clinton, saying 25 million more people have healthcare "
        "while people working sometimes 60 hours a week wind up with their premiums doubled and their "
        "coverage cut in half. He said the people getting killed in the deal are small business people and "
        "individuals who make just a little too much to get subsidies, and he backed Hillary Clinton's "
        "\"public option\" for individuals ages 55 to 65. White House press secretary Josh Earnest said the "
        "president has been open to working with either party to strengthen the law, while Republican "
        "nominee Donald Trump has called for its complete repeal."
    ),
    no_claims=["Bill Clinton calls Obamacare \u2018crazy system\u2019 during campaign stop",  # title
               "FLINT, Mich., Oct. 4 (UPI) \u2014"],                                          # dateline
    claims=[
        C(ST, "Former President Bill Clinton criticized the Affordable Care Act as a \"crazy system\".",
          "Bill Clinton", R,
          "Former President Bill Clinton criticized the Affordable Care Act as a \u201ccrazy system\u201d"),
        C(EV, "Former President Bill Clinton made a presidential campaign stop in Flint, Mich., for his wife "
              "Hillary Clinton.", ART, S,
          "Former President Bill Clinton criticized the Affordable Care Act as a \u201ccrazy system\u201d during "
          "a presidential campaign stop in Flint, Mich., for his wife Hillary Clinton",
          where="Flint, Mich."),
        C(ST, "Bill Clinton said Obamacare is causing premiums to rise because of the exchange markets.",
          "Bill Clinton", R,
          "During the rally Monday, the former president said Obamacare is causing premiums to rise because of "
          "the exchange markets",
          when="Monday", resolved=["Bill", "Clinton"]),
        C(ST, "Bill Clinton said the Affordable Care Act doesn't make any sense.", "Bill Clinton", R,
          "\u201cIt doesn\u2019t make any sense. The insurance model doesn\u2019t work here,\u201d Clinton said",
          resolved=["Bill", "Affordable", "Care", "Act"]),
        C(ST, "Bill Clinton said \"The insurance model doesn't work here.\"", "Bill Clinton", R,
          "\u201cIt doesn\u2019t make any sense. The insurance model doesn\u2019t work here,\u201d Clinton said",
          resolved=["Bill"]),
        C(QT, "Bill Clinton said that under the Affordable Care Act all of a sudden 25 million more people have "
              "healthcare.", "Bill Clinton", R,
          "\u201cSo you\u2019ve got this crazy system where all of a sudden 25 million more people have healthcare "
          "and then the people who are out there busting it, sometimes 60 hours a week, wind up with their "
          "premiums doubled and their coverage cut in half. It\u2019s the craziest thing in the world,\u201d he said",
          q=[(25_000_000, None, "more people who have healthcare under the Affordable Care Act")],
          resolved=["Bill", "Clinton", "Affordable", "Act"]),
        C(QT, "Bill Clinton said people who are out there busting it, sometimes 60 hours a week, wind up with their "
              "premiums doubled and their coverage cut in half.", "Bill Clinton", R,
          "\u201cSo you\u2019ve got this crazy system where all of a sudden 25 million more people have healthcare "
          "and then the people who are out there busting it, sometimes 60 hours a week, wind up with their "
          "premiums doubled and their coverage cut in half. It\u2019s the craziest thing in the world,\u201d he said",
          q=[(60, "hours", "hours a week worked by people whose premiums doubled"),
             (0.5, "fraction", "share of coverage left to people whose coverage was cut in half")],
          resolved=["Bill", "Clinton"]),
        C(ST, "Bill Clinton said the Affordable Care Act is the craziest thing in the world.", "Bill Clinton", R,
          "\u201cSo you\u2019ve got this crazy system where all of a sudden 25 million more people have healthcare "
          "and then the people who are out there busting it, sometimes 60 hours a week, wind up with their "
          "premiums doubled and their coverage cut in half. It\u2019s the craziest thing in the world,\u201d he said",
          resolved=["Bill", "Clinton", "Affordable", "Act"]),
        C(ST, "Bill Clinton said the current system works fine if you're eligible for Medicaid, if you're a "
              "lower-income working person, if you're already on Medicare, or if you get enough subsidies on a "
              "modest income that you can afford your health care.", "Bill Clinton", R,
          "Clinton said on the other hand, \u201cthe current system works fine if you\u2019re eligible for "
          "Medicaid, if you\u2019re a lower-income working person; if you\u2019re already on Medicare, or if you "
          "get enough subsidies on a modest income that you can afford your health care. But the people that "
          "are getting killed in this deal are small business people and individuals who make just a little "
          "too much to get any of these subsidies.\u201d",
          resolved=["Bill"]),
        C(ST, "Bill Clinton said the people that are getting killed in the Affordable Care Act deal are small "
              "business people and individuals who make just a little too much to get any of the subsidies.",
          "Bill Clinton", R,
          "Clinton said on the other hand, \u201cthe current system works fine if you\u2019re eligible for "
          "Medicaid, if you\u2019re a lower-income working person; if you\u2019re already on Medicare, or if you "
          "get enough subsidies on a modest income that you can afford your health care. But the people that "
          "are getting killed in this deal are small business people and individuals who make just a little "
          "too much to get any of these subsidies.\u201d",
          resolved=["Bill", "Affordable", "Act"]),
        C(ST, "Bill Clinton made the criticism while showing support for Hillary Clinton's \"public option\".",
          "Bill Clinton", R,
          "He made the criticism while showing support for Hillary Clinton\u2019s \u201cpublic option\u201d",
          resolved=["Bill"]),
        C(PL, "Hillary Clinton's \"public option\" would allow individuals ages 55 to 65 to buy into Medicare "
              "directly.", ART, SP,
          "Hillary Clinton\u2019s \u201cpublic option\u201d, which would allow individuals ages 55 to 65 to buy into "
          "Medicare directly",
          q=[(55, "years", "lowest age of individuals Hillary Clinton's public option would let buy into Medicare"),
             (65, "years", "highest age of individuals Hillary Clinton's public option would let buy into Medicare")]),
        C(PL, "Others could purchase a government plan similar to Medicare under Hillary Clinton's public option.",
          ART, SP,
          "Also, others could purchase a government plan similar to Medicare",
          resolved=["Hillary", "Clinton"]),
        C(BG, "Bill Clinton had worked with Hillary Clinton to overhaul healthcare in the 1990s.", ART, S,
          "Bill Clinton had worked with Hillary Clinton to overhaul healthcare in the 1990s",
          when="in the 1990s", nonq=["1990"]),
        C(BG, "The healthcare overhaul Bill Clinton and Hillary Clinton worked on in the 1990s wasn't approved "
              "because of opposition by Congress and the insurance lobby.", ART, NG,
          "Bill Clinton had worked with Hillary Clinton to overhaul healthcare in the 1990s but it wasn\u2019t "
          "approved because of opposition by Congress and the insurance lobby",
          when="in the 1990s", nonq=["1990"]),
        C(ST, "The Obama administration has publicly signaled willingness to change ACA.", "Obama administration", R,
          "The Obama administration has publicly signaled willingness to change ACA"),
        C(EV, "The Obama administration's willingness to change ACA has been met with opposition.", ART, S,
          "The Obama administration has publicly signaled willingness to change ACA but has been met with "
          "opposition"),
        C(ST, "White House press secretary Josh Earnest said that since the very first day President Obama signed "
              "the ACA into law, Obama acknowledged an openness to working with Democrats or Republicans in "
              "Congress to further strengthen it.", "Josh Earnest", R,
          "\u201cWhat I would also say is that since the very first day the president signed this bill into law, "
          "he acknowledged an openness to working with Democrats or Republicans in Congress to further "
          "strengthen it,\u201d White House press secretary Josh Earnest said at a briefing Monday before Bill "
          "Clinton\u2019s comments",
          when="Monday", resolved=["Obama", "ACA"]),
        C(ST, "Josh Earnest said there has been a sustained commitment on the part of Republicans to trying to "
              "tear down the ACA.", "Josh Earnest", R,
          "\u201cAnd we have seen a sustained commitment on the part of Republicans to trying to tear down that "
          "law.\u201d",
          resolved=["Josh", "Earnest", "ACA"]),
        C(EV, "The Republican National Committee noted Bill Clinton's comments and video of them on its website.",
          ART, S,
          "The Republican National Committee noted Bill Clinton\u2019s comments and video of them on its website"),
        C(ST, "Republican nominee Donald Trump has called for the complete repeal of Obamacare.", "Donald Trump", R,
          "Republican nominee Donald Trump has called for the complete repeal of Obamacare"),
        C(PL, "Donald Trump proposes doing away with the government mandate requiring all individual to purchase "
              "insurance or face a fine.", "Donald Trump", R,
          "He proposes doing away with the government mandate requiring all individual to purchase insurance or "
          "face a fine",
          resolved=["Donald", "Trump"]),
        C(PL, "Donald Trump plans to reduce the cost of insurance without intensive government regulations.",
          "Donald Trump", SP,
          "plans to reduce the cost of insurance without intensive government regulations",
          resolved=["Donald", "Trump"]),
    ],
)

# ======================================================================================
# west-journal — polls (2016-09-30 in the record; the text itself carries no date)
# ======================================================================================
_RI = "Reuters/Ipsos opinion poll"
_USC = "USC Dornsife/Los Angeles Times Daybreak tracking poll"
_USC_WORDS = ["USC", "Dornsife", "Los", "Angeles", "Times", "Daybreak"]
ARTICLES["dev_west-journal_new-poll-shows"] = dict(
    article_id="west-journal_2016-09-30_new-poll-shows-minor-post-debate",
    published=None,
    headline="Reuters/Ipsos poll shows Clinton leading Trump by 43 percent to 38 percent after first debate",
    summary=(
        "A Reuters/Ipsos poll released Friday shows Hillary Clinton leading Donald Trump by 43 percent to 38 "
        "percent in a head-to-head contest, roughly the same advantage she has held all month, so she did not "
        "receive a bump from Monday night's debate. The USC Dornsife/Los Angeles Times Daybreak tracking poll "
        "shows Trump leading Clinton 47.1 percent to 41.7 percent, while the Real Clear Politics average shows "
        "Clinton leading 47.3 percent to 44.4 percent. Morning Consult's Cameron Easley wrote that just 9 "
        "percent of voters said the debate changed their minds, and NBC's Dante Chinni noted that debates are "
        "not likely to alter the campaign."
    ),
    no_claims=["New Poll Shows Minor Post-Debate Bump For Clinton"],  # title (contradicted by the body)
    claims=[
        C(EV, "A new poll shows that Republican presidential candidate Donald Trump remains in a tight race with "
              "Democrat Hillary Clinton after the first presidential debate.", _RI, R,
          "A new poll shows that Republican presidential candidate Donald Trump remains in a tight race with "
          "Democrat Hillary Clinton after the first presidential debate",
          when="after the first presidential debate"),
        C(ST, "Media pronouncements said Hillary Clinton was the winner of Monday night's debate.", "media", R,
          "media pronouncements that Clinton was the winner of Monday night\u2019s debate",
          when="Monday night", resolved=["Hillary"]),
        C(EV, "Hillary Clinton did not receive a bump in one of the first post-debate polls to emerge.", _RI, NG,
          "she did not receive a bump in one of the first post-debate polls to emerge",
          resolved=["Hillary", "Clinton"], nonq=["one"]),
        C(QT, "The latest Reuters/Ipsos opinion poll released Friday shows that in a head-to-head contest, Hillary "
              "Clinton leads Donald Trump by 43 percent to 38 percent.", _RI, R,
          "The latest Reuters/Ipsos opinion poll released Friday shows that in a head-to-head contest, Clinton "
          "leads Trump by 43 percent to 38 percent",
          q=[(43, "percent", "Hillary Clinton's share in a head-to-head contest in the Reuters/Ipsos poll"),
             (38, "percent", "Donald Trump's share in a head-to-head contest in the Reuters/Ipsos poll")],
          when="Friday", resolved=["Hillary", "Donald"]),
        C(EV, "Reuters reported that Hillary Clinton's lead in the Reuters/Ipsos poll is roughly the same advantage "
              "she has held all month.", "Reuters", R,
          "This is \u201croughly the same advantage she has held all month,\u201d reported Reuters",
          when="all month", resolved=["Hillary", "Clinton", "Ipsos"]),
        C(QT, "Another 19 percent of respondents to the Reuters/Ipsos opinion poll said they would not pick either "
              "candidate.", _RI, R,
          "Another 19 percent said they would not pick either candidate",
          q=[(19, "percent", "respondents to the Reuters/Ipsos poll who would not pick either candidate")],
          resolved=["Reuters", "Ipsos"]),
        C(QT, "When the Reuters/Ipsos opinion poll asked about all four candidates seeking the White House, Hillary "
              "Clinton was supported by 42 percent of those responding, while Donald Trump received 38 percent "
              "support, Libertarian Gary Johnson 3 percent and Green Party candidate Jill Stein 3 percent.", _RI, R,
          "When the poll asked about all four candidates seeking the White House, Clinton was supported by 42 "
          "percent of those responding, while Trump received 38 percent support, Libertarian Gary Johnson 3 "
          "percent and Green Party candidate Jill Stein 3 percent",
          q=[(4, None, "candidates seeking the White House asked about in the Reuters/Ipsos poll"),
             (42, "percent", "support for Hillary Clinton among four candidates in the Reuters/Ipsos poll"),
             (38, "percent", "support for Donald Trump among four candidates in the Reuters/Ipsos poll"),
             (3, "percent", "support for Gary Johnson among four candidates in the Reuters/Ipsos poll"),
             (3, "percent", "support for Jill Stein among four candidates in the Reuters/Ipsos poll")],
          resolved=["Reuters", "Ipsos", "Hillary", "Donald"]),
        C(EV, "The Reuters/Ipsos poll showed Hillary Clinton doing better than in other post-debate polls.", _RI, R,
          "The Reuters/Ipsos poll showed Clinton doing better than in other post-debate polls",
          resolved=["Hillary"]),
        C(QT, "The USC Dornsife/Los Angeles Times Daybreak tracking poll showed that as of Friday, Donald Trump is "
              "leading Hillary Clinton 47.1 percent to 41.7 percent.", _USC, R,
          "The USC Dornsife/Los Angeles Times Daybreak tracking poll, which tracks Americans\u2019 support for the "
          "presidential candidates on a daily basis, showed that as of Friday, Trump is leading Clinton 47.1 "
          "percent to 41.7 percent",
          q=[(47.1, "percent", "Donald Trump's support in the USC Dornsife/Los Angeles Times Daybreak tracking poll"),
             (41.7, "percent", "Hillary Clinton's support in the USC Dornsife/Los Angeles Times Daybreak tracking poll")],
          when="as of Friday", resolved=["Donald", "Hillary"]),
        C(BG, "The USC Dornsife/Los Angeles Times Daybreak tracking poll tracks Americans' support for the "
              "presidential candidates on a daily basis.", ART, S,
          "The USC Dornsife/Los Angeles Times Daybreak tracking poll, which tracks Americans\u2019 support for the "
          "presidential candidates on a daily basis"),
        C(QT, "In the USC Dornsife/Los Angeles Times Daybreak tracking poll, Donald Trump rose 1 percentage point "
              "since Monday's debate.", _USC, R,
          "In this poll, Trump rose 1 percentage point since Monday\u2019s debate",
          q=[(1, "percentage point", "Donald Trump's rise in the USC Dornsife/Los Angeles Times Daybreak tracking "
                                     "poll since Monday's debate")],
          when="since Monday's debate", resolved=_USC_WORDS + ["Donald"]),
        C(QT, "In the USC Dornsife/Los Angeles Times Daybreak tracking poll, Hillary Clinton fell 1 percentage point "
              "since Monday's debate.", _USC, R,
          "In this poll, Trump rose 1 percentage point since Monday\u2019s debate while Clinton fell by the same "
          "margin",
          q=[(1, "percentage point", "Hillary Clinton's fall in the USC Dornsife/Los Angeles Times Daybreak "
                                     "tracking poll since Monday's debate")],
          when="since Monday's debate", resolved=_USC_WORDS + ["Hillary"]),
        C(QT, "The Real Clear Politics average of polls taken over the past two weeks shows Hillary Clinton leading "
              "Donald Trump 47.3 percent to 44.4 percent.", "Real Clear Politics average of polls", R,
          "The Real Clear Politics average of polls taken over the past two weeks shows Clinton leading Trump "
          "47.3 percent to 44.4 percent",
          q=[(2, "weeks", "period of the polls in the Real Clear Politics average"),
             (47.3, "percent", "Hillary Clinton's support in the Real Clear Politics average of polls"),
             (44.4, "percent", "Donald Trump's support in the Real Clear Politics average of polls")],
          when="over the past two weeks", resolved=["Hillary", "Donald"]),
        C(ST, "Cameron Easley wrote for Morning Consult that the impact of Monday's debate is still small.",
          "Cameron Easley", R,
          "\u201cThe impact of Monday\u2019s debate is still small,\u201d wrote Cameron Easley for Morning Consult"),
        C(QT, "Cameron Easley wrote that just 9 percent of voters said the debate changed their minds about who "
              "they will be voting for.", "Cameron Easley", R,
          "\u201cJust 9 percent of voters said the debate changed their minds about who they will be voting for, "
          "while about eight out of 10 said it wouldn\u2019t matter.\u201d",
          q=[(9, "percent", "voters who said the debate changed their minds about who they will vote for")],
          resolved=["Cameron", "Easley"]),
        C(QT, "Cameron Easley wrote that about eight out of 10 voters said the debate wouldn't matter.",
          "Cameron Easley", R,
          "\u201cJust 9 percent of voters said the debate changed their minds about who they will be voting for, "
          "while about eight out of 10 said it wouldn\u2019t matter.\u201d",
          q=[(8, None, "voters out of every 10 who said the debate would not matter to their vote"),
             (10, None, "voters in the base of the eight-out-of-10 share")],
          resolved=["Cameron", "Easley"]),
        C(ST, "Fellow Republicans are urging Donald Trump to make the second debate a game-changer.",
          "fellow Republicans", R,
          "Fellow Republicans are urging Trump to make the second debate a game-changer",
          resolved=["Donald"]),
        C(ST, "Sean Spicer, chief strategist for the Republican National Committee, said people know who Hillary "
              "Clinton is and have seen her and heard about her for 30 years.", "Sean Spicer", R,
          "\u201cPeople know who Hillary is \u2014 they\u2019ve seen her and heard about her for 30 years,\u201d said "
          "Sean Spicer, chief strategist for the Republican National Committee",
          q=[(30, "years", "time people have seen and heard about Hillary Clinton")],
          when="for 30 years", resolved=["Clinton"]),
        C(ST, "Sean Spicer said what needs to be done next is that Donald Trump is seen as the element of change.",
          "Sean Spicer", R,
          "\u201cAnd what needs to be done next is that he is seen as the element of change.\u201d",
          resolved=["Sean", "Spicer", "Donald", "Trump"]),
        C(PL, "NBC's Dante Chinni noted that debates in and of themselves are not likely to alter the campaign.",
          "Dante Chinni", SP,
          "However debates in and of themselves are not likely to alter the campaign, noted NBC\u2019s Dante Chinni"),
        C(ST, "Dante Chinni wrote that considering the high-stakes moments the debates create, one might expect them "
              "to matter more to the bottom line.", "Dante Chinni", R,
          "\u201cConsidering the high-stakes moments that the debates create one might expect them to matter more "
          "to the bottom line, but remember debates happen late \u2014 very late \u2014 in the campaign,\u201d he wrote",
          resolved=["Dante", "Chinni"], nonq=["one"]),
        C(BG, "Dante Chinni wrote that debates happen late, very late, in the campaign.", "Dante Chinni", R,
          "\u201cConsidering the high-stakes moments that the debates create one might expect them to matter more "
          "to the bottom line, but remember debates happen late \u2014 very late \u2014 in the campaign,\u201d he wrote",
          resolved=["Dante", "Chinni"]),
        C(ST, "Dante Chinni added that by the time the candidates hit the debate stage most voters have seen and "
              "heard from them over and over again on TV, online, in the newspaper and on the radio.",
          "Dante Chinni", R,
          "\u201cBy the time those candidates hit the stage most voters have seen and heard from them over and over "
          "again on TV, online, in the newspaper and on the radio. Voters\u2019 images of the candidates are usually "
          "well-formed,\u201d he added",
          resolved=["Dante", "Chinni"]),
        C(ST, "Dante Chinni added that voters' images of the candidates are usually well-formed.",
          "Dante Chinni", R,
          "\u201cBy the time those candidates hit the stage most voters have seen and heard from them over and over "
          "again on TV, online, in the newspaper and on the radio. Voters\u2019 images of the candidates are usually "
          "well-formed,\u201d he added",
          resolved=["Dante", "Chinni"]),
    ],
)

# ======================================================================================
# huff-post — energy/climate policy in the campaign (2016-09-22 in the record; the text itself
# carries no date). The closing "Editor's note" is boilerplate HuffPost appended to every 2016
# Trump story (the PolNeAR annotator marked it Discard): furniture, never a claim.
# ======================================================================================
ARTICLES["dev_huff-post_trump-the-dealmaker"] = dict(
    article_id="huff-post_2016-09-22_trump-the-dealmaker-could-addres",
    published=None,
    headline="Lindsey Graham says Trump 'the dealmaker' could embrace clean energy",
    summary=(
        "Sen. Lindsey Graham told The Huffington Post on Thursday that Donald Trump could embrace a clean "
        "energy policy as president, but only if he can be convinced that it's a good business decision. "
        "Graham, who has acknowledged the reality of climate change, said Trump's skepticism on climate change "
        "has severely hurt him with young voters; Trump has called climate change a hoax perpetrated by China. "
        "The same day Trump spoke to fracking industry leaders, promising to lift environmental regulations and "
        "open more federal land to drilling."
    ),
    no_claims=[
        "Trump \u2018The Dealmaker\u2019 Could Address Clean Energy, Lindsey Graham Says",  # title
        "Editor\u2019s note: Donald Trump regularly\nincites\npolitical violence and is a serial liar, rampant "
        "xenophobe,\nracist, misogynist and birther who has\nrepeatedly pledged to ban all Muslims \u2014 1.6 "
        "billion members of an entire religion \u2014 from\nentering the U.S.",                 # boilerplate note
    ],
    claims=[
        C(PL, "Sen. Lindsey Graham (R-S.C.) told The Huffington Post on Thursday that Republican presidential "
              "nominee Donald Trump could embrace a clean energy policy as president, but only if he can be "
              "convinced that it's a good business decision.", "Lindsey Graham", SP,
          "Republican presidential nominee Donald Trump could embrace a clean energy policy as president, but "
          "only if he can be convinced that it\u2019s a good business decision, Sen. Lindsey Graham (R-S.C.) told "
          "The Huffington Post on Thursday",
          when="on Thursday"),
        C(PL, "Lindsey Graham said that if Donald Trump is shown that clean energy is the only pathway forward, "
              "Trump may have more sensitivity to the environmental side.", "Lindsey Graham", SP,
          "\u201cHe\u2019s the type of guy that, if you show him that\u2019s the only pathway forward, he may have "
          "more sensitivity to the environmental side,\u201d Graham said",
          resolved=["Lindsey", "Donald", "Trump"]),
        C(ST, "Lindsey Graham has acknowledged the reality of climate change.", "Lindsey Graham", R,
          "Graham has acknowledged the reality of climate change",
          resolved=["Lindsey"]),
        C(ST, "Lindsey Graham's acknowledgment of climate change makes him something of an outlier among "
              "Republican lawmakers.", ART, S,
          "Graham has acknowledged the reality of climate change, which makes him something of an outlier among "
          "Republican lawmakers",
          resolved=["Lindsey"]),
        C(ST, "Donald Trump has called climate change a hoax perpetrated by China to hurt U.S. manufacturing.",
          "Donald Trump", R,
          "Trump has called climate change a hoax perpetrated by China to hurt U.S. manufacturing",
          resolved=["Donald"]),
        C(BG, "Lindsey Graham has been critical of Donald Trump since they both were competing in the GOP "
              "presidential primary.", ART, S,
          "Graham has been critical of Trump since they both were competing in the GOP presidential primary",
          when="since they both were competing in the GOP presidential primary",
          resolved=["Lindsey", "Donald"]),
        C(ST, "In June, Lindsey Graham called on fellow Republicans to unendorse Donald Trump.", "Lindsey Graham", R,
          "In June, the South Carolina senator called on fellow Republicans to unendorse Trump",
          when="in June", resolved=["Lindsey", "Graham", "Donald"]),
        C(ST, "Donald Trump claimed that a judge presiding over a lawsuit against him was unfit to serve on the "
              "bench because of his Mexican heritage.", "Donald Trump", CL,
          "the billionaire estate mogul claimed that a judge presiding over a lawsuit against him was unfit to "
          "serve on the bench because of his Mexican heritage",
          resolved=["Donald", "Trump"]),
        C(ST, "Lindsey Graham told The New York Times in June that if anybody was looking for an off-ramp from "
              "supporting Donald Trump, Trump's claim about the judge was probably it.", "Lindsey Graham", R,
          "\u201cIf anybody was looking for an off-ramp, this is probably it,\u201d Graham told The New York Times then",
          when="in June", resolved=["Lindsey", "June", "Donald", "Trump"]),
        C(ST, "Lindsey Graham said Donald Trump's skepticism on climate change has severely hurt Trump with young "
              "voters.", "Lindsey Graham", R,
          "Trump\u2019s skepticism on climate change has severely hurt the GOP presidential nominee with young "
          "voters, Graham said",
          resolved=["Lindsey", "Donald"]),
        C(BG, "Lindsey Graham said the vast majority of young voters firmly accept that human activity is causing "
              "significant shifts in Earth's climate.", "Lindsey Graham", R,
          "Graham said, since the vast majority of them firmly accept that human activity is causing significant "
          "shifts in Earth\u2019s climate",
          resolved=["Lindsey"]),
        C(PL, "Lindsey Graham said \"Trump the dealmaker may emerge\" on clean energy if Donald Trump gets to be "
              "president.", "Lindsey Graham", SP,
          "\u201cTrump the dealmaker may emerge here if he gets to be president,\u201d Graham said",
          resolved=["Lindsey", "Donald"]),
        C(ST, "Lindsey Graham said he thinks that when millennials hear a candidate say climate change is a Chinese "
              "hoax, that is a barrier to growing the vote.", "Lindsey Graham", R,
          "\u201cBut when you\u2019re campaigning for president, this is one reason he\u2019s hurting with millennials. "
          "Millennials overwhelmingly believe that climate change is real, and when they hear a candidate say "
          "it\u2019s a Chinese hoax, I think that is a barrier to growing the vote.\u201d",
          resolved=["Lindsey", "Graham"]),
        C(EV, "On Thursday, Donald Trump spoke to a gathering of fracking industry leaders.", ART, S,
          "On Thursday, however, Trump spoke to a gathering of fracking industry leaders",
          when="on Thursday", resolved=["Donald"]),
        C(PL, "Donald Trump promised to lift environmental regulations and open more federal land to drilling.",
          "Donald Trump", R,
          "promising to lift environmental regulations and open more federal land to drilling",
          when="on Thursday", resolved=["Donald", "Trump"]),
        C(ST, "Donald Trump's promises to the fracking industry leaders were probably not exactly what Lindsey "
              "Graham had in mind.", ART, S,
          "probably not exactly what Graham had in mind",
          resolved=["Donald", "Trump", "Lindsey"]),
        C(EV, "Lindsey Graham spoke at a gathering of conservatives to discuss clean energy efforts moments before "
              "his comments to The Huffington Post.", ART, S,
          "Graham\u2019s comments came moments after the senator spoke at a gathering of conservatives to discuss "
          "clean energy efforts",
          resolved=["Lindsey", "Huffington", "Post"]),
        C(ST, "In his speech, Lindsey Graham urged Republicans to join the ranks of climate change believers.",
          "Lindsey Graham", R,
          "In his speech, Graham urged Republicans to join the ranks of climate change believers",
          resolved=["Lindsey"]),
        C(ST, "Lindsey Graham criticized the Republican Party's lack of environmental awareness.",
          "Lindsey Graham", R,
          "In his speech, Graham urged Republicans to join the ranks of climate change believers, and criticized "
          "the party\u2019s lack of environmental awareness",
          resolved=["Lindsey"]),
        C(ST, "Lindsey Graham said he does not know what the environmental platform of the Republican Party is.",
          "Lindsey Graham", R,
          "\u201cDoes anybody know what the environmental platform of the Republican Party is?\u201d Graham asked. "
          "\u201cNeither do I.\u201d",
          resolved=["Lindsey"]),
    ],
)

# @@ARTICLES@@


# --------------------------------------------------------------------------------------
# checks and output
# --------------------------------------------------------------------------------------

def check_certainty(cid: str, c: dict, errors: list) -> None:
    """The certainty rules of GUIDELINES.md §6 that code can check (incl. the two new values)."""
    where = f"{cid} {c['text'][:60]!r}"
    if c["cert"] in (SP, NG):
        if c["kind"] == ST:
            errors.append(f"{where}: {c['cert']} is for events, quantities, background and plans; a "
                          "statement's own modal/negation is part of the position (§6)")
    elif c["by"] == ART and c["cert"] != S:
        errors.append(f"{where}: attributed_to 'article' must be stated (or speculative/negated)")
    if c["by"] != ART and c["cert"] == S:
        errors.append(f"{where}: certainty 'stated' must be attributed_to 'article'")


def check_claim(cid: str, c: dict, art: str, quote: str, errors: list, published: str | None) -> None:
    # make_gold's checks know only the old five values: give them the equivalent old value
    # for the article/stated coherence rule and check the new values here.
    legacy = dict(c, cert=(S if c["by"] == ART else R) if c["cert"] in (SP, NG) else c["cert"])
    mg.check_claim(cid, legacy, art, quote, errors, published)
    check_certainty(cid, c, errors)


def count_sentences(summary: str) -> int:
    return len(mg.re.findall(r"[.!?](?:\s|$)", summary.replace("U.S. ", "US ")))


def build(stem: str, spec: dict) -> tuple[dict, list[str]]:
    art, raw = article_text(spec["article_id"])
    source = {"path": SOURCE_PREFIX + spec["article_id"], "sha256": hashlib.sha256(raw).hexdigest(),
              "chars": len(art)}
    return mg.build_doc(stem, spec, art, source, check=check_claim, count_sentences=count_sentences)


def numbers_in_quote(name: str, c, errors: list) -> None:
    for tok, _ in numbers_in(fold(c.text)):
        if mg.re.fullmatch(r"[\d.,\s]+", tok) and tok not in fold(c.evidence.quote):
            errors.append(f"{name} {c.id}: number {tok} not in quote")


def verify_file(gold_path: Path) -> list[str]:
    """Independent re-check of a written dev gold file against its devdata record."""
    schema, model, errors = mg.load_gold(gold_path)
    if model is None:
        return errors
    if not model.source.path.startswith(SOURCE_PREFIX):
        return [f"{gold_path.name}: source.path does not start with {SOURCE_PREFIX!r}"]
    art, raw = article_text(model.source.path[len(SOURCE_PREFIX):])
    return mg.verify_doc(gold_path.name, model, schema, art, hashlib.sha256(raw).hexdigest(),
                         number_check=numbers_in_quote)


def main(argv=None) -> int:
    args = mg.parse_args(argv, __doc__, check_help="only re-check the dev gold files on disk",
                         print_metavar="SUBSTRING", print_help="print the claims of the matching article(s)")

    if args.print:
        for stem, spec in ARTICLES.items():
            if args.print in stem:
                doc, errs = build(stem, spec)
                print(f"== {stem}: {len(doc['claims'])} claims")
                mg.print_claims(doc, errs, by_width=26)
        return 0
    return mg.run(ARTICLES, build, verify_file, gold_dir=GOLD, check_only=args.check,
                  done=f"all {len(ARTICLES)} dev gold files valid")


if __name__ == "__main__":
    sys.exit(main())
