#!/usr/bin/env python3
"""Build (or check) the hand-labelled gold files in evals/gold/.

Claims are written below as data: the claim sentence, the evidence quote copied from the
article, and (only when the quote occurs more than once) which occurrence backs it. This
script computes the character offsets, fills in the source block (path, sha256, chars),
checks every span and the labelling rules of evals/GUIDELINES.md that can be checked
mechanically, validates each file as `summarizer.schema.ArticleSummary` and writes
evals/gold/<seed stem>.json (indent=2, ensure_ascii=False).

Usage (from anywhere):
    python evals/tools/make_gold.py            # rebuild all gold files, then re-check them
    python evals/tools/make_gold.py --check    # only re-check the gold files already on disk
    python evals/tools/make_gold.py --print 000  # list the claims of one article

Only `summarizer/schema.py` is loaded (by file path), never the rest of the package.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import importlib.util
import json
import re
import sys
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
GOLD = ROOT / "evals" / "gold"


# --------------------------------------------------------------------------------------
# schema (loaded by path so a half-edited summarizer/__init__.py cannot break us)
# --------------------------------------------------------------------------------------

def load_schema():
    name = "_gold_summarizer_schema"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "summarizer" / "schema.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod  # pydantic resolves postponed annotations through sys.modules
    spec.loader.exec_module(mod)
    return mod


# --------------------------------------------------------------------------------------
# source text
# --------------------------------------------------------------------------------------

def read_article(path: Path) -> str:
    """The text exactly as offsets index it: UTF-8, newlines untouched, leading BOM removed."""
    with open(path, encoding="utf-8", newline="") as fh:
        text = fh.read()
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


_ONE_TO_ONE = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                             "\u2014": "-", "\u2013": "-", "\u00a0": " "})


def fold(s: str) -> str:
    """Typographic folding that keeps string length (so offsets survive)."""
    return s.translate(_ONE_TO_ONE)


# --------------------------------------------------------------------------------------
# claim specs
# --------------------------------------------------------------------------------------

# kinds
EV, QT, ST, PL, BG = "event", "quantity", "statement", "plan", "background"
# certainties
S, R, CL, U, D = "stated", "reported", "claimed", "unconfirmed", "denied"
SP, NG = "speculative", "negated"  # GUIDELINES §14
ART = "article"


def C(kind, text, by, cert, quote, *, occ=None, q=(), when=None, where=None,
      resolved=(), nonq=()):
    """One claim.

    kind/text/by(attributed_to)/cert(certainty) as in the schema.
    quote     : evidence, copied from the article (a trailing . , ; or : is dropped: quotes end
                on a word or a closing quotation mark). Straight quotes/apostrophes/hyphens may be
                typed for curly ones / dashes: the stored quote is always the article's own
                characters (the match is found on a length-preserving folded copy).
    occ       : 1-based occurrence of `quote` to use when it occurs more than once.
    q         : quantities as (value, unit, counted) tuples.
    when      : ISO date or the article's raw time phrase; where: place or None.
    resolved  : capitalised words in `text` deliberately NOT in the quote because they name
                the referent of a pronoun / definite description in the quote
                ("it", "he", "the ministry", "the capital", "there", "these strikes").
    nonq      : number tokens in `text` that are not quantities (dates, years, model
                designations such as Su-34, "one of", "World War Two").
    """
    quote = quote.rstrip(".,;:")  # evidence never carries the sentence's closing punctuation
    return dict(kind=kind, text=text, by=by, cert=cert, quote=quote, occ=occ,
                q=[dict(value=v, unit=u, counted=c) for (v, u, c) in q],
                when=when, where=where, resolved=set(resolved), nonq=list(nonq))


ARTICLES: dict[str, dict] = {}

# ======================================================================================
# 000 — Reuters, Wed 14 Aug 2024
# ======================================================================================
ARTICLES["000_b10c69cf49bb0f5e"] = dict(
    published="2024-08-14",
    headline="Ukraine pounds Russia with drones and says it is advancing deeper",
    summary=(
        "Ukraine pounded Russia with missiles and drones on Wednesday and said it was advancing "
        "deeper in its incursion into Russia's Kursk region, which began on Aug. 6 and is the "
        "biggest foreign incursion into Russia since World War Two. Russia said it had destroyed "
        "117 Ukrainian drones overnight, while unconfirmed reports said some struck Russian air "
        "bases, and Russia's National Guard said it was beefing up security at the Kursk nuclear "
        "power plant, 35 km from the fighting. Putin called the incursion a major provocation and "
        "said the Russian army would push the Ukrainian troops out, while U.S. President Joe Biden "
        "said it posed a dilemma for Putin."
    ),
    no_claims=[
        "Ukraine pounds Russia with drones and says it is advancing deeper",  # title line
        "Wed, 14 Aug 2024 16:03:34 PKT",                                      # dateline
        "MOSCOW (Reuters) –",                                                 # place/agency tag
    ],
    claims=[
        C(EV, "Ukraine pounded Russia with missiles and drones on Wednesday.", ART, S,
          "Ukraine pounded Russia with missiles and drones on Wednesday",
          when="2024-08-14", where="Russia"),
        C(EV, "Ukraine said it was advancing deeper into Russia.", "Ukraine", R,
          "Ukraine pounded Russia with missiles and drones on Wednesday and said it was advancing deeper",
          when="2024-08-14", where="Russia"),
        C(BG, "Ukraine's incursion is the biggest foreign incursion into Russia since World War Two.", ART, S,
          "Ukraine pounded Russia with missiles and drones on Wednesday and said it was advancing deeper "
          "in the biggest foreign incursion into Russia since World War Two",
          where="Russia", nonq=["Two"]),
        C(ST, "U.S. President Joe Biden said Ukraine's incursion into Russia posed a dilemma for President Vladimir Putin.",
          "Joe Biden", R,
          "Ukraine pounded Russia with missiles and drones on Wednesday and said it was advancing deeper "
          "in the biggest foreign incursion into Russia since World War Two that U.S. President Joe Biden "
          "said posed a dilemma for President Vladimir Putin"),
        C(EV, "Thousands of Ukrainian troops rammed through the Russian border into Russia's western Kursk region "
              "in the early hours of Aug. 6.", ART, S,
          "Thousands of Ukrainian troops rammed through the Russian border in the early hours of Aug. 6 "
          "into Russia's western Kursk region",
          when="2024-08-06", where="Kursk region", nonq=["6"]),
        C(ST, "Putin said the Ukrainian incursion into Russia's Kursk region was a major provocation.",
          "Vladimir Putin", R,
          "Ukrainian troops rammed through the Russian border in the early hours of Aug. 6 into Russia's "
          "western Kursk region in what Putin said was a major provocation",
          where="Kursk region"),
        C(ST, "Putin said the Ukrainian incursion into Russia's Kursk region was aimed at gaining a stronger hand "
              "in possible future ceasefire talks.", "Vladimir Putin", R,
          "Ukrainian troops rammed through the Russian border in the early hours of Aug. 6 into Russia's "
          "western Kursk region in what Putin said was a major provocation that was aimed at gaining a "
          "stronger hand in possible future ceasefire talks",
          where="Kursk region"),
        C(EV, "Ukraine carved out a slice of the Russian border region of Kursk.", ART, S,
          "Ukraine carved out a slice of the Russian border region of Kursk",
          where="Kursk region"),
        C(PL, "Putin said the Russian army would push out the Ukrainian troops.", "Vladimir Putin", SP,
          "Putin said the Russian army would push out the Ukrainian troops",
          where="Kursk region"),
        C(EV, "More than a week of intense battles have so far failed to expel the Ukrainian troops from Kursk.",
          ART, NG,
          "more than a week of intense battles have so far failed to expel them",
          where="Kursk region", resolved=["Ukrainian", "Kursk"]),
        C(ST, "Pro-Russian military blogger Yuri Podolyaka said the situation still remains difficult.",
          "Yuri Podolyaka", R,
          "\"The situation still remains difficult,\" said Yuri Podolyaka, an influential Ukrainian-born, "
          "pro-Russian military blogger",
          where="Kursk region"),
        C(BG, "Yuri Podolyaka is an influential Ukrainian-born, pro-Russian military blogger.", ART, S,
          "Yuri Podolyaka, an influential Ukrainian-born, pro-Russian military blogger"),
        C(ST, "Yuri Podolyaka said Ukraine's forces still have the initiative.", "Yuri Podolyaka", R,
          "The enemy still has the initiative",
          where="Kursk region", resolved=["Yuri", "Podolyaka", "Ukraine"]),
        C(EV, "Yuri Podolyaka said Ukraine's forces are slowly increasing their presence in the Kursk region.",
          "Yuri Podolyaka", R,
          "albeit slowly, it is increasing its presence in the Kursk region",
          where="Kursk region", resolved=["Yuri", "Podolyaka", "Ukraine"]),
        C(QT, "Russia said on Wednesday that it had destroyed 117 Ukrainian drones in Russia overnight.", "Russia", R,
          "Russia said on Wednesday that it had destroyed 117 Ukrainian drones in Russia overnight",
          q=[(117, None, "Ukrainian drones Russia said it destroyed over Russia overnight")],
          when="2024-08-14", where="Russia"),
        C(EV, "Russia said the Ukrainian drones it destroyed overnight were mostly in the Kursk, Voronezh and "
              "Belgorod and Nizhny Novgorod regions.", "Russia", R,
          "Russia said on Wednesday that it had destroyed 117 Ukrainian drones in Russia overnight, mostly in "
          "the Kursk, Voronezh and Belgorod and Nizhny Novgorod regions.",
          when="2024-08-14", where="Kursk, Voronezh, Belgorod and Nizhny Novgorod regions"),
        C(EV, "Russia said missiles had also been shot down.", "Russia", R,
          "It said missiles had also been shot down",
          when="2024-08-14", where="Russia", resolved=["Russia"]),
        C(EV, "Russia showed Sukhoi Su-34 bombers striking Ukrainian positions in Kursk.", "Russia", R,
          "showed Sukhoi Su-34 bombers striking Ukrainian positions in Kursk",
          when="2024-08-14", where="Kursk region", resolved=["Russia"], nonq=["34"]),
        C(EV, "Unconfirmed reports said some of the Ukrainian drones struck Russian air bases.",
          "unconfirmed reports", U,
          "Unconfirmed reports said some of the Ukrainian drones struck Russian air bases.",
          where="Russia"),
        C(EV, "Russia's National Guard said it was beefing up security at the Kursk nuclear power plant.",
          "Russia's National Guard", R,
          "Russia's National Guard said it was beefing up security at the Kursk nuclear power plant",
          where="Kursk nuclear power plant"),
        C(QT, "The Kursk nuclear power plant is just 35 km (22 miles) from the fighting.", ART, S,
          "the Kursk nuclear power plant which is just 35 km (22 miles) from the fighting",
          q=[(35, "km", "distance from the fighting to the Kursk nuclear power plant"),
             (22, "miles", "distance from the fighting to the Kursk nuclear power plant")],
          where="Kursk nuclear power plant"),
        C(ST, "Russian commanders had said that the front in Kursk had stabilised.", "Russian commanders", R,
          "Russian commanders had said that the front in Kursk had stabilised",
          where="Kursk region"),
        C(EV, "Ukrainian President Volodymyr Zelenskiy said his forces were continuing to advance in Kursk.",
          "Volodymyr Zelenskiy", R,
          "Ukrainian President Volodymyr Zelenskiy said his forces were continuing to advance there",
          where="Kursk region", resolved=["Kursk"]),
        C(PL, "Ukrainian President Volodymyr Zelenskiy ordered his generals to develop the next \"key steps\" "
              "in the Kursk operation.", ART, S,
          "Ukrainian President Volodymyr Zelenskiy said his forces were continuing to advance there and "
          "ordered his generals to develop the next \"key steps\" in the operation",
          where="Kursk region", resolved=["Kursk"]),
        C(EV, "Joe Biden said U.S. officials were in constant touch with Ukraine over the invasion of Russia.",
          "Joe Biden", R,
          "Biden said that U.S. officials were in constant touch with Ukraine over the invasion of Russia",
          resolved=["Joe"]),
        C(BG, "Putin ordered thousands of troops into Ukraine in 2022.", ART, S,
          "Putin, who ordered thousands of troops into Ukraine in 2022",
          when="in 2022", where="Ukraine", nonq=["2022"]),
    ],
)

# ======================================================================================
# 001 — Cnews Live, undated ("on Tuesday")
# ======================================================================================
ARTICLES["001_18f22a8c60e19c43"] = dict(
    published=None,
    headline="Ukraine hits Russia's Kursk region with drones as Putin raises doubts about talks",
    summary=(
        "Ukraine targeted Russia's Kursk region with a sequence of drone strikes on Tuesday, and the "
        "Russian Defense Ministry said its forces shot down 12 Ukrainian drones over the area. "
        "Ukraine's Chief of General Staff Oleksandr Syrskyi estimated Kyiv's military controlled "
        "around 1,000 square km of Russian territory, while Kursk's acting governor Alexei Smirnov "
        "said Ukraine occupied 28 settlements, and 121 thousand people have been evacuated in Kursk. "
        "Putin said Ukraine is trying to slow Russian troops' advance and raised doubts about possible "
        "talks, while Russia launched 38 attack drones and two ballistic missiles at Ukraine through the night "
        "and the Ukrainian Air Force said it shot down 30 drones."
    ),
    no_claims=[
        "Escalation in Kursk: Ukraine's Drone Attacks Heighten Russia Conflict",  # title (twice)
        "The comments posted here are not from Cnews Live. Kindly refrain from using derogatory, "
        "personal, or obscene words in your comments.",                           # furniture
    ],
    claims=[
        C(EV, "Ukraine targeted the Kursk region of Russia with a sequence of drone strikes on Tuesday.", ART, S,
          "Ukraine targeted the Kursk region of Russia with a sequence of drone strikes on Tuesday",
          when="on Tuesday", where="Kursk region"),
        C(BG, "A series of vehement events signaled Ukraine encroaching into Russian territory.", ART, S,
          "a series of vehement events signaled Ukraine encroaching into Russian territory",
          where="Russia"),
        C(QT, "The Russian Defense Ministry said that its forces had shot down 12 Ukrainian drones over the Kursk area.",
          "Russian Defense Ministry", R,
          "The Russian Defense Ministry said that its forces had shot down 12 Ukrainian drones over the Kursk area",
          q=[(12, None, "Ukrainian drones shot down over the Kursk area")],
          where="Kursk area"),
        C(QT, "A week ago, Kyiv stated that it controlled about 1,000 square kilometers (386 square miles) "
              "of Russian territory in the Kursk region.", "Kyiv", R,
          "a week ago, Kyiv stated that it controlled about 1,000 square kilometers (386 square miles) of the territory",
          q=[(1000, "square kilometers", "Russian territory Kyiv said it controlled"),
             (386, "square miles", "Russian territory Kyiv said it controlled")],
          when="a week ago", where="Kursk region", resolved=["Russian", "Kursk"]),
        C(ST, "Russian President Vladimir Putin denounced the Western support for Ukraine.", "Vladimir Putin", R,
          "Russian President Vladimir Putin denounced the Western support for Ukraine"),
        C(ST, "Russian President Vladimir Putin described Western support for Ukraine as aimed at improving "
              "Kyiv's stance in the expected peace talks.", "Vladimir Putin", R,
          "Russian President Vladimir Putin denounced the Western support for Ukraine, describing such actions "
          "as aimed at improving Kyiv's stance in the expected peace talks"),
        C(EV, "Putin made his longest public comments about the attacks yet.", ART, S,
          "In his longest public comments about the attacks yet, Putin said"),
        C(ST, "Putin said Ukraine is trying to slow Russian troops' advance.", "Vladimir Putin", R,
          "Putin said Ukraine is trying to slow Russian troops' advance"),
        C(BG, "Russia calls the war in Ukraine a 'special operation'.", ART, S,
          "in a war Russia calls a 'special operation' in Ukraine",
          where="Ukraine"),
        C(ST, "Putin raised doubts about possible talks with Ukraine amid accusations of attacks on Russian "
              "people and nuclear facilities.", "Vladimir Putin", R,
          "He also raised doubts about possible talks with Ukraine amid accusations of attacks on Russian "
          "people and nuclear facilities",
          resolved=["Putin"]),
        C(EV, "Lt-Gen Oleksandr Syrskyi, the Chief of Ukrainian General Staff, informed President Volodymyr "
              "Zelenskiy that Ukraine's armed forces maintained their counter-offensive across the Russian border.",
          "Oleksandr Syrskyi", R,
          "The Chief of Ukrainian General Staff, Lt-Gen Oleksandr Syrskyi, informed President Volodymyr "
          "Zelenskiy that Ukraine's armed forces maintained their counter-offensive across the Russian border",
          where="Russia"),
        C(QT, "Oleksandr Syrskyi estimated that Kyiv's military controlled around 1,000 square km of Russian territory.",
          "Oleksandr Syrskyi", R,
          "Oleksandr Syrskyi, informed President Volodymyr Zelenskiy that Ukraine's armed forces maintained "
          "their counter-offensive across the Russian border, estimating that Kyiv's military controlled "
          "around 1,000 square km of Russian territory",
          q=[(1000, "square km", "Russian territory controlled by Kyiv's military")],
          where="Russia"),
        C(BG, "Alexei Smirnov, the deputy head of the People's Assembly, is also the acting governor of the Kursk region.",
          ART, S,
          "deputy head of the People's Assembly Alexei Smirnov, who is also the acting governor of the Kursk region",
          where="Kursk region"),
        C(QT, "According to Alexei Smirnov, Ukraine occupied 28 settlements in the Kursk region.", "Alexei Smirnov", R,
          "According to the deputy head of the People's Assembly Alexei Smirnov, who is also the acting governor "
          "of the Kursk region, Ukraine occupied 28 settlements",
          q=[(28, None, "settlements occupied by Ukraine")],
          where="Kursk region"),
        C(QT, "According to Alexei Smirnov, Ukraine's intrusion was 12 kilometers (7.5 miles) at the greatest depth.",
          "Alexei Smirnov", R,
          "According to the deputy head of the People's Assembly Alexei Smirnov, who is also the acting governor "
          "of the Kursk region, Ukraine occupied 28 settlements; the intrusion was 12 kilometers (7. 5 miles) "
          "at the greatest depth",
          q=[(12, "kilometers", "greatest depth of Ukraine's intrusion"),
             (7.5, "miles", "greatest depth of Ukraine's intrusion")],
          where="Kursk region"),
        C(QT, "According to Alexei Smirnov, Ukraine's intrusion was 40 kilometers (25 miles) in breadth.",
          "Alexei Smirnov", R,
          "According to the deputy head of the People's Assembly Alexei Smirnov, who is also the acting governor "
          "of the Kursk region, Ukraine occupied 28 settlements; the intrusion was 12 kilometers (7. 5 miles) "
          "at the greatest depth and 40 kilometers (25 miles) breadth.",
          q=[(40, "kilometers", "breadth of Ukraine's intrusion"),
             (25, "miles", "breadth of Ukraine's intrusion")],
          where="Kursk region"),
        C(QT, "In Kursk, 121 thousand people have been evacuated.", ART, S,
          "people are being evacuated in Kursk, 121 thousand of which have been evacuated",
          q=[(121000, None, "people evacuated in Kursk")],
          when="at present", where="Kursk region"),
        C(QT, "In Kursk, 59 thousand people are in the process of being evacuated.", ART, S,
          "people are being evacuated in Kursk, 121 thousand of which have been evacuated, and 59 thousand are "
          "in the process",
          q=[(59000, None, "people in Kursk in the process of being evacuated")],
          when="at present", where="Kursk region"),
        C(QT, "In the Belgorod region, 11000 civilians have been evacuated.", ART, S,
          "Corresponding actions are being taken in Belgorod region, where 11000 civilian population has been evacuated",
          q=[(11000, None, "civilians evacuated in the Belgorod region")],
          where="Belgorod region"),
        C(PL, "The Ukrainian forces plan to surround Sudzha.", ART, SP,
          "the Ukrainian forces plan to surround Sudzha",
          where="Sudzha"),
        C(BG, "Sudzha is an important hub through which the Russians pump natural gas into Ukraine.", ART, S,
          "Sudzha—an important hub through which the Russians pump natural gas into Ukraine",
          where="Sudzha"),
        C(EV, "Severe fighting is alleged to have taken place near Korenevo and Martynovka, per the military "
              "blogosphere.", "military blogosphere", CL,
          "Severe fighting is alleged to have taken place near Korenevo and Martynovka, per military blogosphere",
          where="Korenevo and Martynovka"),
        C(QT, "Russia launched 38 attack drones and two ballistic missiles at Ukraine through the night.", ART, S,
          "Russia launched 38 attack drones and two ballistic missiles in the attack on Ukraine through the night",
          q=[(38, None, "attack drones launched by Russia at Ukraine"),
             (2, None, "ballistic missiles launched by Russia at Ukraine")],
          when="through the night", where="Ukraine"),
        C(QT, "The Ukrainian Air Force said it shot down 30 drones across eight provinces.", "Ukrainian Air Force", R,
          "The Ukrainian Air Force said it shot down 30 drones across eight provinces",
          q=[(30, None, "Russian drones shot down by the Ukrainian Air Force"),
             (8, None, "provinces across which the drones were shot down")],
          where="Ukraine"),
        C(EV, "Buildings were fired in Sumy, Chernihiv, Vinnytsia, and Mykolaiv provinces.", ART, S,
          "buildings were fired in Sumy, Chernihiv, Vinnytsia, and Mykolaiv provinces",
          where="Sumy, Chernihiv, Vinnytsia, and Mykolaiv provinces"),
        C(EV, "There were no reported deaths from the Russian drone and missile attack on Ukraine.", ART, NG,
          "there were no reported deaths",
          where="Ukraine", resolved=["Russian", "Ukraine"]),
        C(ST, "Putin described Ukraine's incursion as the largest since the beginning of the war in February this year.",
          "Vladimir Putin", R,
          "Putin described Ukraine's incursion as the largest since the beginning of the war in February this year"),
        C(PL, "Ukraine's incursion can complicate peace negotiations.", ART, SP,
          "Putin described Ukraine's incursion as the largest since the beginning of the war in February this "
          "year, which can complicate peace negotiations"),
        C(EV, "Putin said that Russian forces are moving on the main front.", "Vladimir Putin", R,
          "He also said that Russian forces are moving on the main front",
          resolved=["Putin"]),
        C(ST, "Putin said that Kiev actions must be met with force.", "Vladimir Putin", R,
          "He also said that Russian forces are moving on the main front and that Kiev actions must be met with force",
          resolved=["Putin"]),
        C(ST, "Ukrainian President Zelenskiy described the conflict's return to Russian territory as a security "
              "issue for Ukraine.", "Volodymyr Zelenskiy", R,
          "Ukrainian President Zelenskiy commenting on conflict's return to the Russian territory as a security "
          "issue to Ukraine"),
        C(ST, "Zelenskiy underlined the necessity to regain territories from which Russia stages its attacks.",
          "Volodymyr Zelenskiy", R,
          "He underlined the necessity to regain territories, from which Russia stages its attacks",
          resolved=["Zelenskiy"]),
        C(ST, "Ukraine's incursion has raised the stakes for arguments among Russian hawks and strategists on the "
              "ineffectiveness of ceasefires and the need to advance deeper into Ukraine.", ART, S,
          "Having witnessed Ukraine's military muscles, the incursion has raised further the stakes for arguments, "
          "among Russian hawks and strategists, on the ineffectiveness of ceasefires and the need to advance "
          "deeper into Ukraine"),
        C(BG, "Russia and Ukraine are weighing the prospects of peace talks, but with diametrically opposing "
              "visions of what the talks might look like.", ART, S,
          "both countries are weighing the prospects of peace talks, but with diametrically opposing visions of "
          "what this might look like",
          resolved=["Russia", "Ukraine"]),
        C(BG, "The US presidential elections are just around the corner.", ART, S,
          "the US presidential elections are just around the corner"),
        C(ST, "The upcoming US presidential elections put a question mark over continued American support for Ukraine.",
          ART, S,
          "the US presidential elections are just around the corner, which puts a question mark over the "
          "continued American support for Ukraine"),
        C(PL, "Trump has pledged to put an end to the conflict.", "Trump", R,
          "Trump who has pledged to put an end to the conflict"),
        C(EV, "Russia remains focused on bolstering its defenses in the Kursk, Bryansk, and Belgorod regions.", ART, S,
          "Russia remains focused on bolstering its defenses in the Kursk, Bryansk, and Belgorod regions",
          where="Kursk, Bryansk, and Belgorod regions"),
        C(ST, "Russian nationalists are criticising Russia's military leadership.", "Russian nationalists", R,
          "Russia remains focused on bolstering its defenses in the Kursk, Bryansk, and Belgorod regions, amidst "
          "ongoing criticism of its military leadership from Russian nationalists"),
        C(EV, "The Russian Defense Ministry announced the capture of Lysychne in Ukraine's Donetsk region.",
          "Russian Defense Ministry", U,
          "the Russian Defense Ministry announced the capture of Lysychne in Ukraine's Donetsk region, though "
          "these claims remain unverified by independent sources",
          where="Lysychne, Donetsk region"),
        C(QT, "The ruble has lost 6% of its value against the U. S. dollar since the incursion into Kursk.", ART, S,
          "the ruble losing 6% of its value against the U. S. dollar since the incursion into Kursk",
          q=[(6, "percent", "value the ruble lost against the U.S. dollar")],
          when="since the incursion into Kursk", where="Russia"),
        C(PL, "Gazprom reported plans to deliver 39.6 million cubic meters of gas to Europe via Ukraine on Monday.",
          "Gazprom", SP,
          "Gazprom reported plans to deliver 39. 6 million cubic meters of gas to Europe via Ukraine on Monday",
          q=[(39600000, "cubic meters", "gas Gazprom planned to deliver to Europe via Ukraine")],
          when="on Monday", where="Ukraine"),
    ],
)

# ======================================================================================
# 002 — "Associated Medias", undated
# ======================================================================================
ARTICLES["002_134ab5d532fff9e9"] = dict(
    published=None,
    headline="Ukraine launches major drone assault on Moscow as its forces push on in Kursk",
    summary=(
        "Ukraine launched one of its most extensive drone offensives on Moscow as its forces advanced in "
        "Russia's Kursk region; the Russian defense ministry reported that 11 drones were intercepted before "
        "reaching the capital and claimed to have destroyed 45 across Russian territory. Moscow mayor Sergei "
        "Sobyanin called it one of the largest attempts to attack Moscow using drones ever, while Ukrainian "
        "President Volodymyr Zelensky urged Western allies to lift restrictions on using advanced weapons "
        "inside Russia. Russian forces have reportedly seized two more villages in Ukraine's Donetsk region, "
        "and Ukraine claimed to have repelled over 40 Russian attacks near Pokrovsk."
    ),
    no_claims=[
        # first line: the piece's title/standfirst; its content is repeated in paragraph 1
        "Ukraine intensifies its military strategy with a major drone assault on Moscow, while pushing "
        "forward in the Kursk region, marking significant developments in the ongoing conflict.",
        "(Associated Medias) – All rights reserved",
    ],
    claims=[
        C(EV, "Ukraine has launched one of its most extensive drone offensives on Moscow.", ART, S,
          "Ukraine has launched one of its most extensive drone offensives on Moscow",
          where="Moscow", nonq=["one"]),
        C(ST, "Ukraine's drone offensive on Moscow signals a bold escalation in Ukraine's military strategy.", ART, S,
          "Ukraine has launched one of its most extensive drone offensives on Moscow, signaling a bold escalation "
          "in its military strategy"),
        C(QT, "The Russian defense ministry reported that 11 drones were intercepted before reaching Moscow.",
          "Russian defense ministry", R,
          "The Russian defense ministry reported that 11 drones were intercepted before reaching the capital",
          q=[(11, None, "drones intercepted before reaching Moscow")],
          where="Moscow", resolved=["Moscow"]),
        C(EV, "The Russian defense ministry reported that several drones were brought down over Podolsk, near "
              "Domodedovo International Airport.", "Russian defense ministry", R,
          "The Russian defense ministry reported that 11 drones were intercepted before reaching the capital, "
          "with several brought down over Podolsk, a city 24 miles south of Moscow, near Domodedovo "
          "International Airport",
          where="Podolsk"),
        C(BG, "Podolsk is a city 24 miles south of Moscow.", ART, S,
          "Podolsk, a city 24 miles south of Moscow",
          q=[(24, "miles", "distance of Podolsk south of Moscow")],
          where="Podolsk"),
        C(EV, "Residents in the Podolsk area reported hearing the ominous buzzing of drones followed by loud explosions.",
          "residents of the Podolsk area", R,
          "Residents in the area reported hearing the ominous buzzing of drones followed by loud explosions",
          where="Podolsk", resolved=["Podolsk"]),
        C(QT, "The Russian defense ministry also claimed to have destroyed 45 drones across Russian territory.",
          "Russian defense ministry", CL,
          "The ministry also claimed to have destroyed 45 drones across Russian territory",
          q=[(45, None, "drones the ministry claimed to have destroyed across Russian territory")],
          where="Russia"),
        C(QT, "The Russian defense ministry claimed to have destroyed 23 drones over Bryansk.",
          "Russian defense ministry", CL,
          "The ministry also claimed to have destroyed 45 drones across Russian territory, including 23 over Bryansk",
          q=[(23, None, "drones the ministry claimed to have destroyed over Bryansk")],
          where="Bryansk"),
        C(QT, "The Russian defense ministry claimed to have destroyed six drones over Belgorod.",
          "Russian defense ministry", CL,
          "The ministry also claimed to have destroyed 45 drones across Russian territory, including 23 over "
          "Bryansk and six over Belgorod",
          q=[(6, None, "drones the ministry claimed to have destroyed over Belgorod")],
          where="Belgorod"),
        C(QT, "Two drones were intercepted over Kursk.", ART, S,
          "Two were intercepted over Kursk",
          q=[(2, None, "drones intercepted over Kursk")],
          where="Kursk"),
        C(BG, "Ukrainian forces have been conducting operations in Kursk for more than two weeks.", ART, S,
          "Kursk, where Ukrainian forces have been conducting operations for more than two weeks",
          q=[(2, "weeks", "duration of Ukrainian operations in Kursk")],
          where="Kursk"),
        C(EV, "Additional drones were downed over Kaluga.", ART, S,
          "Additional drones were downed over Kaluga",
          where="Kaluga"),
        C(EV, "Sightings of drones targeting a strategic bomber airfield were reported in Murmansk.", "unnamed sources", U,
          "sightings were reported in Murmansk, targeting a strategic bomber airfield",
          where="Murmansk"),
        C(ST, "Moscow's mayor, Sergei Sobyanin, described the assault as \"one of the largest attempts to attack "
              "Moscow using drones ever\".", "Sergei Sobyanin", R,
          "Moscow's mayor, Sergei Sobyanin, described the assault as \"one of the largest attempts to attack "
          "Moscow using drones ever,\"",
          where="Moscow", nonq=["one"]),
        C(ST, "The drone assault on Moscow highlighted the growing reach of Ukraine's drone capabilities.", ART, S,
          "highlighting the growing reach of Ukraine's drone capabilities",
          resolved=["Moscow"]),
        C(ST, "Ukrainian President Volodymyr Zelensky has urged Western allies to lift restrictions on the use of "
              "advanced weapons, such as ballistic and cruise missiles, within Russian territory.",
          "Volodymyr Zelensky", R,
          "Ukrainian President Volodymyr Zelensky has urged Western allies to lift restrictions on the use of "
          "advanced weapons, such as ballistic and cruise missiles, within Russian territory"),
        C(ST, "Volodymyr Zelensky argued that previous \"red lines\" imposed by the Biden administration are no "
              "longer relevant as the conflict spreads deeper into Russia.", "Volodymyr Zelensky", R,
          "He argued that previous \"red lines\" imposed by the Biden administration are no longer relevant as "
          "the conflict spreads deeper into Russia",
          resolved=["Volodymyr", "Zelensky"]),
        C(BG, "The US, UK, and France have yet to revise their policies limiting the use of advanced weapons to "
              "border areas.", ART, S,
          "the US, UK, and France have yet to revise their policies, limiting the use of such weaponry to border areas"),
        C(EV, "Kyiv has intensified its drone program.", ART, S,
          "Kyiv has intensified its drone program"),
        C(QT, "Kyiv's drone program has targeted around 200 critical infrastructure sites linked to Russian "
              "military logistics, including factories, fuel depots, and refineries.", ART, S,
          "Kyiv has intensified its drone program, targeting around 200 critical infrastructure sites linked to "
          "Russian military logistics, including factories, fuel depots, and refineries",
          q=[(200, None, "critical infrastructure sites targeted by Kyiv's drone program")],
          where="Russia"),
        C(EV, "Fires have been reported at an oil depot in Proletarsk, Rostov oblast, following a drone strike "
              "four days ago.", "unnamed sources", U,
          "Fires have been reported at an oil depot in Proletarsk, Rostov oblast, following a drone strike four days ago",
          q=[(4, "days", "time since the drone strike on the Proletarsk oil depot")],
          when="four days ago", where="Proletarsk, Rostov oblast"),
        C(EV, "Firefighters were reported to be struggling to contain the blaze at the oil depot in Proletarsk.",
          "unnamed sources", U,
          "Fires have been reported at an oil depot in Proletarsk, Rostov oblast, following a drone strike four "
          "days ago, with firefighters struggling to contain the blaze",
          where="Proletarsk, Rostov oblast"),
        C(QT, "At least 13 personnel have been hospitalized due to the ongoing fire at the oil depot in Proletarsk.",
          ART, S,
          "At least 13 personnel have been hospitalized due to the ongoing fire",
          q=[(13, None, "personnel hospitalized due to the Proletarsk oil depot fire")],
          where="Proletarsk, Rostov oblast", resolved=["Proletarsk"]),
        C(EV, "Russia continues its extensive use of drones, frequently launching attacks on Ukrainian cities, "
              "including Kyiv.", ART, S,
          "Russia continues its own extensive use of drones, frequently launching attacks on Ukrainian cities, "
          "including Kyiv",
          where="Ukraine"),
        C(QT, "Ukrainian military officials reported that Russia has fired nearly 12,000 missiles and drones since "
              "the invasion began in 2022.", "Ukrainian military officials", R,
          "Ukrainian military officials reported that Russia has fired nearly 12,000 missiles and drones since "
          "the invasion began in 2022",
          q=[(12000, None, "missiles and drones fired by Russia since the invasion began")],
          when="since the invasion began in 2022", where="Ukraine", nonq=["2022"]),
        C(QT, "Ukrainian military officials reported that only 43% of the missiles and drones fired by Russia "
              "were intercepted.", "Ukrainian military officials", R,
          "Ukrainian military officials reported that Russia has fired nearly 12,000 missiles and drones since "
          "the invasion began in 2022, with only 43% intercepted",
          q=[(43, "percent", "share of Russia's missiles and drones that were intercepted")],
          when="since the invasion began in 2022", where="Ukraine"),
        C(QT, "About half of Russia's missile and drone attacks have targeted civilian areas.", ART, S,
          "About half of these attacks have targeted civilian areas",
          q=[(0.5, "fraction", "share of Russia's missile and drone attacks that targeted civilian areas")],
          where="Ukraine", resolved=["Russia"]),
        C(EV, "Ukrainian forces are making strategic gains in the Kursk region.", ART, S,
          "Ukrainian forces are making strategic gains in the Kursk region",
          where="Kursk region"),
        C(EV, "Russian military bloggers reported that Ukrainian armored vehicles were destroyed by drones near Glushkovo.",
          "Russian military bloggers", R,
          "Russian military bloggers reported that Ukrainian armored vehicles were destroyed by drones near Glushkovo",
          where="Glushkovo"),
        C(BG, "Glushkovo is a village close to the edge of the Ukrainian incursion.", ART, S,
          "Glushkovo, a village close to the Ukrainian incursion's edge",
          where="Glushkovo"),
        C(QT, "Kyiv's forces have created a \"buffer zone\" covering over 1,250 square kilometers.", ART, S,
          "Kyiv's forces have created a \"buffer zone\" covering over 1,250 square kilometers",
          q=[(1250, "square kilometers", "area of the buffer zone created by Kyiv's forces")],
          where="Kursk region"),
        C(EV, "Ukrainian troops have bombed key bridges and a pontoon across the Seym River.", ART, S,
          "Ukrainian troops have also bombed key bridges and a pontoon across the Seym River",
          where="Seym River"),
        C(BG, "The bridges and pontoon across the Seym River are crucial to Russian supply lines.", ART, S,
          "key bridges and a pontoon across the Seym River, crucial to Russian supply lines",
          where="Seym River"),
        C(EV, "Video footage released on Wednesday showed US-supplied HIMARS rockets striking the pontoon crossing "
              "near Glushkovo, causing multiple explosions.", ART, S,
          "Video footage released on Wednesday showed US-supplied HIMARS rockets striking the pontoon crossing "
          "near Glushkovo, causing multiple explosions",
          when="on Wednesday", where="Glushkovo"),
        C(EV, "Ukrainian drones also targeted Russian engineering equipment in the Glushkovo area.", ART, S,
          "Ukrainian drones also targeted Russian engineering equipment in the area",
          where="Glushkovo", resolved=["Glushkovo"]),
        C(EV, "Two weeks ago, Ukrainian forces captured Sudzha.", ART, S,
          "Two weeks ago, Ukrainian forces captured Sudzha",
          q=[(2, "weeks", "time since Ukrainian forces captured Sudzha")],
          when="two weeks ago", where="Sudzha"),
        C(EV, "Ukrainian forces are now nearing the town of Korenovo.", ART, S,
          "they are now nearing the town of Korenovo",
          where="Korenovo", resolved=["Ukrainian"]),
        C(EV, "Reports suggest Ukrainian forces have reached the northeastern outskirts of Korenovo.",
          "unnamed sources", U,
          "with reports suggesting they have reached its northeastern outskirts",
          where="Korenovo", resolved=["Ukrainian", "Korenovo"]),
        C(EV, "The Ukrainian military has faced significant losses.", ART, S,
          "the Ukrainian military has faced significant losses"),
        C(EV, "The Kremlin has responded by deploying additional reserves to the frontline, transferring units "
              "from southern Ukraine to counter Kyiv's progress.", ART, S,
          "The Kremlin has responded by deploying additional reserves to the frontline, transferring units from "
          "southern Ukraine to counter Kyiv's progress"),
        C(EV, "Russian forces have continued their offensive in Ukraine's eastern Donetsk region.", ART, S,
          "Russian forces have continued their offensive in Ukraine's eastern Donetsk region",
          where="Donetsk region"),
        C(EV, "Russian forces have reportedly seized two more villages, Komyshivka and Zhuravka.", "unnamed sources", U,
          "They have reportedly seized two more villages—Komyshivka and Zhuravka",
          q=[(2, None, "villages seized by Russian forces")],
          where="Donetsk region", resolved=["Russian"]),
        C(EV, "Russian forces took control of Niu-York earlier this week.", ART, S,
          "after taking control of Niu-York earlier this week",
          when="earlier this week", where="Niu-York", resolved=["Russian"]),
        C(EV, "The frontlines have moved dangerously close to Myrnohrad and Pokrovsk.", ART, S,
          "The frontlines have moved dangerously close to Myrnohrad and Pokrovsk",
          where="Myrnohrad and Pokrovsk"),
        C(ST, "Local authorities urged civilians near Myrnohrad and Pokrovsk to evacuate.", "local authorities", R,
          "The frontlines have moved dangerously close to Myrnohrad and Pokrovsk, prompting local authorities "
          "to urge civilians to evacuate",
          where="Myrnohrad and Pokrovsk"),
        C(QT, "Ukraine claimed to have repelled over 40 Russian attacks near Pokrovsk on Wednesday.", "Ukraine", CL,
          "Ukraine claimed to have repelled over 40 Russian attacks near Pokrovsk on Wednesday",
          q=[(40, None, "Russian attacks Ukraine claimed to have repelled near Pokrovsk")],
          when="on Wednesday", where="Pokrovsk"),
        C(EV, "Heavy casualties were reported on both sides in the fighting near Pokrovsk.", "unnamed sources", U,
          "with heavy casualties reported on both sides",
          where="Pokrovsk", resolved=["Pokrovsk"]),
        C(QT, "Kyiv reported 238 Russian troops killed or wounded.", "Kyiv", R,
          "Kyiv reported 238 Russian troops killed or wounded",
          q=[(238, None, "Russian troops killed or wounded")],
          where="Pokrovsk"),
        C(EV, "Kyiv did not disclose its own losses.", ART, NG,
          "it did not disclose its own losses",
          resolved=["Kyiv"]),
    ],
)

# ======================================================================================
# 003 — "Dispatches", KYIV, undated
# ======================================================================================
ARTICLES["003_3b87c2f4fcf69a0e"] = dict(
    published=None,
    headline="Russia, Ukraine Exchange Drone Strikes as War Rages on",
    summary=(
        "Russia and Ukraine exchanged scores of drone strikes on Wednesday: Ukraine's air force said Russia "
        "launched 62 drones and one missile overnight, and Kyiv's city administration said drones struck a "
        "residential building and a kindergarten, injuring nine people. Russia's Defense Ministry announced the "
        "capture of the village of Kruhlyakivka in the Kharkiv region as North Korea's foreign minister traveled "
        "to Russia for talks, and the Pentagon alleges North Korea has sent about 10,000 troops to Russia. "
        "Zelenskyy denied that Ukraine had set a goal of capturing the Kursk nuclear power plant, while Russia "
        "accused Britain of using a Black Sea grain corridor to deliver arms to Ukraine."
    ),
    no_claims=[
        "Russia, Ukraine Exchange Drone Strikes as War Rages on",  # title line
        "KYIV, Ukraine (Dispatches) —",                           # dateline/agency tag
    ],
    claims=[
        C(EV, "Russia and Ukraine exchanged scores of drone strikes Wednesday.", ART, S,
          "Russia and Ukraine exchanged scores of drone strikes Wednesday",
          when="Wednesday"),
        C(EV, "North Korea's top diplomat arrived in Russia for talks.", ART, S,
          "North Korea's top diplomat arrived in Russia for talks",
          when="Wednesday", where="Russia"),
        C(QT, "Ukraine's air force said that Russia launched 62 drones and one missile overnight.",
          "Ukraine's air force", R,
          "Ukraine's air force said that Russia launched 62 drones and one missile overnight",
          q=[(62, None, "drones launched by Russia"), (1, None, "missile launched by Russia")],
          when="overnight", where="Ukraine"),
        C(QT, "Ukraine's air force said that 33 of the drones and missile Russia launched overnight were intercepted.",
          "Ukraine's air force", R,
          "Ukraine's air force said that Russia launched 62 drones and one missile overnight, adding that 33 of "
          "them were intercepted",
          q=[(33, None, "Russian drones and missile intercepted")],
          when="overnight", where="Ukraine"),
        C(QT, "Ukraine's air force said that 25 of the drones Russia launched overnight were jammed.",
          "Ukraine's air force", R,
          "Ukraine's air force said that Russia launched 62 drones and one missile overnight, adding that 33 of "
          "them were intercepted and 25 were jammed.",
          q=[(25, None, "Russian drones jammed")],
          when="overnight", where="Ukraine"),
        C(EV, "According to the city administration, Russian drones struck a residential building and a "
              "kindergarten in Kyiv.", "Kyiv city administration", R,
          "The drones struck a residential building and a kindergarten in Kyiv, injuring nine people, including "
          "a child, according to the city administration.",
          where="Kyiv", resolved=["Russian"]),
        C(QT, "According to the city administration, the drone strikes on Kyiv injured nine people, including a child.",
          "Kyiv city administration", R,
          "The drones struck a residential building and a kindergarten in Kyiv, injuring nine people, including "
          "a child, according to the city administration.",
          q=[(9, None, "people injured in Kyiv")],
          where="Kyiv"),
        C(ST, "The Kyiv city administration said Russian drones did not change their constant tactics.",
          "Kyiv city administration", R,
          "\"Russian drones did not change their constant tactics — they approached the capital from different "
          "directions, at different heights,\" it said",
          where="Kyiv", resolved=["Kyiv"]),
        C(EV, "The Kyiv city administration said Russian drones approached Kyiv from different directions, at "
              "different heights.", "Kyiv city administration", R,
          "\"Russian drones did not change their constant tactics — they approached the capital from different "
          "directions, at different heights,\" it said",
          where="Kyiv", resolved=["Kyiv"]),
        C(QT, "Authorities said Russian attacks on other regions of Ukraine killed at least four people over the "
              "past 24 hours.", "authorities", R,
          "Russian attacks also targeted other regions of Ukraine, killing at least four and injuring about 30 "
          "others over the past 24 hours, authorities said",
          q=[(4, None, "people killed by Russian attacks in other regions of Ukraine"),
             (24, "hours", "period covered by the casualty count")],
          when="over the past 24 hours", where="Ukraine"),
        C(QT, "Authorities said Russian attacks on other regions of Ukraine injured about 30 people over the past "
              "24 hours.", "authorities", R,
          "Russian attacks also targeted other regions of Ukraine, killing at least four and injuring about 30 "
          "others over the past 24 hours, authorities said",
          q=[(30, None, "people injured by Russian attacks in other regions of Ukraine"),
             (24, "hours", "period covered by the casualty count")],
          when="over the past 24 hours", where="Ukraine"),
        C(EV, "Russian forces have pressed their slow-moving offensive in eastern Ukraine.", ART, S,
          "Russian forces have pressed their slow-moving offensive in eastern Ukraine",
          where="eastern Ukraine"),
        C(EV, "The Defense Ministry in Moscow announced the capture of the village of Kruhlyakivka in the Kharkiv region.",
          "Russia's Defense Ministry", R,
          "In Moscow, the Defense Ministry announced the capture of the village of Kruhlyakivka in the Kharkiv region",
          where="Kruhlyakivka, Kharkiv region"),
        C(QT, "Russia's Defense Ministry said that air defenses downed 25 Ukrainian drones over several regions in "
              "Russia's west and southwest.", "Russia's Defense Ministry", R,
          "The ministry said that air defenses downed 25 Ukrainian drones over several regions in the country's "
          "west and southwest",
          q=[(25, None, "Ukrainian drones downed by Russian air defenses")],
          where="western and southwestern Russia", resolved=["Russia"]),
        C(EV, "North Korea's Foreign Minister Choe Son Hui traveled to Russia for talks.", ART, S,
          "North Korea's Foreign Minister Choe Son Hui traveled to Russia for talks",
          where="Russia"),
        C(QT, "The Pentagon alleges North Korea has sent about 10,000 troops to Russia.", "the Pentagon", CL,
          "The Pentagon alleges North Korea has sent about 10,000 troops to Russia",
          q=[(10000, None, "North Korean troops sent to Russia")],
          where="Russia"),
        C(PL, "The Pentagon alleges the troops North Korea has sent to Russia will likely fight against Ukraine "
              "\"over the next several weeks\".", "the Pentagon", SP,
          "The Pentagon alleges North Korea has sent about 10,000 troops to Russia, and that they will likely "
          "fight against Ukraine \"over the next several weeks.\"",
          when="over the next several weeks"),
        C(EV, "Maj. Gen. Pat Ryder, the Pentagon press secretary, said Tuesday that a \"relatively small number\" "
              "of North Korean troops are now in the Kursk region.", "Pat Ryder", R,
          "Maj. Gen. Pat Ryder, the Pentagon press secretary, said Tuesday that a \"relatively small number\" of "
          "North Korean troops are now in the Kursk region",
          when="Tuesday", where="Kursk region"),
        C(BG, "Russia has struggled to push back a Ukrainian incursion in the Kursk region.", ART, S,
          "the Kursk region, where Russia has struggled to push back a Ukrainian incursion",
          where="Kursk region"),
        C(EV, "Ukrainian President Volodymyr Zelenskyy spoke to the media on Wednesday during a trip to Iceland.",
          ART, S,
          "Speaking to the media on Wednesday during a trip to Iceland, Ukrainian President Volodymyr Zelenskyy",
          when="on Wednesday", where="Iceland"),
        C(ST, "Ukrainian President Volodymyr Zelenskyy denied that his government had set a goal of capturing the "
              "Kursk nuclear power plant.", "Volodymyr Zelenskyy", D,
          "Ukrainian President Volodymyr Zelenskyy denied that his government had set a goal of capturing the "
          "Kursk nuclear power plant",
          when="on Wednesday", where="Kursk nuclear power plant"),
        C(ST, "Russia has suggested that Ukraine's government set a goal of capturing the Kursk nuclear power plant.",
          "Russia", CL,
          "denied that his government had set a goal of capturing the Kursk nuclear power plant as Russia has suggested",
          where="Kursk nuclear power plant", resolved=["Ukraine"]),
        C(ST, "Volodymyr Zelenskyy said Ukraine could occupy the Kursk nuclear power plant if it wanted to, but "
              "never wanted it.", "Volodymyr Zelenskyy", R,
          "\"If we wanted to occupy their nuclear station, we could do it, but we never wanted it,\" he said",
          where="Kursk nuclear power plant", resolved=["Volodymyr", "Zelenskyy", "Ukraine", "Kursk"]),
        C(EV, "Zelenskyy has presented a \"victory plan\" to Ukraine's Western allies.", ART, S,
          "Talking about the \"victory plan\" that he has presented to Ukraine's Western allies, Zelenskyy"),
        C(EV, "Zelenskyy said that many of Ukraine's Western allies began to accept his \"victory plan\".",
          "Volodymyr Zelenskyy", R,
          "Talking about the \"victory plan\" that he has presented to Ukraine's Western allies, Zelenskyy said "
          "that while many of them began to accept it"),
        C(ST, "Zelenskyy said that some of Ukraine's Western allies told him that he wanted too much.",
          "Volodymyr Zelenskyy", R,
          "Talking about the \"victory plan\" that he has presented to Ukraine's Western allies, Zelenskyy said "
          "that while many of them began to accept it, some told him that he wanted too much."),
        C(ST, "Zelenskyy said Ukrainians just want to live and asked whether that is too much.",
          "Volodymyr Zelenskyy", R,
          "\"Too much of what? We want to live. Is it too much? Just to live,\" he said",
          resolved=["Zelenskyy", "Ukrainians"]),
        C(ST, "Zelenskyy complained that some confidential parts of his plan were leaked to the media.",
          "Volodymyr Zelenskyy", R,
          "Zelenskyy also complained that some confidential parts of his plan were leaked to the media"),
        C(ST, "The New York Times reported Kyiv's call on the U.S. to provide long-range Tomahawk cruise missiles.",
          "The New York Times", R,
          "Kyiv's call on the U.S. to provide long-range Tomahawk cruise missiles that was reported by The New York Times"),
        C(ST, "Zelenskyy said Ukraine's wish for a lot of missiles, like Tomahawks, was confidential information "
              "between Ukraine and the White House.", "Volodymyr Zelenskyy", R,
          "\"They say that Ukraine wants or wanted a lot of missiles, like Tomahawks and etcetera, but it was "
          "confidential information between Ukraine and White House,\" he said",
          resolved=["Zelenskyy"]),
        C(ST, "Zelenskyy said the leak means there is nothing confidential between partners.", "Volodymyr Zelenskyy", R,
          "So, it means between partners there is nothing confidential.",
          resolved=["Zelenskyy"]),
        C(ST, "Russia on Wednesday accused Britain of using a Black Sea grain corridor to deliver arms to Ukraine.",
          "Russia", CL,
          "Russia on Wednesday accused Britain of using a Black Sea grain corridor to deliver arms to Ukraine",
          when="on Wednesday", where="Black Sea"),
        C(ST, "Russia denied London's allegations that Russian attacks on Ukrainian ports had disrupted crucial "
              "grain supplies for other countries.", "Russia", D,
          "after denying London's allegations that Russian attacks on Ukrainian ports had disrupted crucial "
          "grain supplies for other countries",
        ),
        C(ST, "British Prime Minister Keir Starmer said last week that an increase in Russian attacks on Ukraine's "
              "Black Sea ports was delaying vital aid reaching the Palestinians.", "Keir Starmer", R,
          "British Prime Minister Keir Starmer said last week that an increase in Russian attacks on Ukraine's "
          "Black Sea ports was delaying vital aid reaching the Palestinians",
          when="last week", where="Black Sea ports"),
        C(ST, "Keir Starmer said last week that an increase in Russian attacks on Ukraine's Black Sea ports was "
              "stopping crucial grain supplies from being delivered to the global south.", "Keir Starmer", R,
          "Keir Starmer said last week that an increase in Russian attacks on Ukraine's Black Sea ports was "
          "delaying vital aid reaching the Palestinians and stopping crucial grain supplies from being "
          "delivered to the global south.",
          when="last week", where="Black Sea ports"),
        C(ST, "Russian Foreign Ministry spokeswoman Maria Zakharova said that Starmer's allegations that Moscow was "
              "damaging global food security with strikes on Ukraine's ports were wide of the mark.",
          "Maria Zakharova", R,
          "Russian Foreign Ministry spokeswoman Maria Zakharova said that Starmer's allegations that Moscow was "
          "damaging global food security with such strikes were wide of the mark.",
          resolved=["Ukraine"]),
        C(ST, "Maria Zakharova called London's outrage baseless.", "Maria Zakharova", R,
          "\"Such baseless yet thunderous outrage from London once again confirms just the opposite: the direct "
          "involvement of the UK in supplying arms to the Kiev regime using the Black Sea sea corridor,\" she "
          "told a press briefing",
          resolved=["Maria", "Zakharova"]),
        C(ST, "Maria Zakharova told a press briefing that London's outrage confirms the direct involvement of the UK "
              "in supplying arms to the Kiev regime using the Black Sea corridor.", "Maria Zakharova", R,
          "\"Such baseless yet thunderous outrage from London once again confirms just the opposite: the direct "
          "involvement of the UK in supplying arms to the Kiev regime using the Black Sea sea corridor,\" she "
          "told a press briefing.",
          where="Black Sea", resolved=["Maria", "Zakharova"]),
    ],
)

# ======================================================================================
# 004 — undated byline, "date 2023-11-17" (a Friday)
# ======================================================================================
ARTICLES["004_91ec7e60efdce552"] = dict(
    published="2023-11-17",
    headline="Russia claims advance in northeast Ukraine after weekend drone and missile attack",
    summary=(
        "Russian officials assert that their troops advanced nearly two miles into northeast Ukraine and, according "
        "to the Russian Defence Ministry, the advance spanned approximately 11 kilometers along the front, after a "
        "wave of around 70 Russian drones and missiles focused on the Kharkiv region on Sunday. Ukraine's "
        "deputy defense minister Hanna Maliar highlighted Kupyansk as the scene of the most intense fighting, "
        "acknowledged a failed Russian attempt to breach Ukrainian defenses there, and commended the air force "
        "for neutralizing 68 drones. Russia targeted a blood transfusion center in Kharkiv on Sunday, the "
        "bombings and counterattacks killed at least six people, and Ukrainian military officials confirmed "
        "strikes on two bridges connecting Crimea to Russian-occupied southern Ukraine."
    ),
    no_claims=[
        " date 2023-11-17",  # metadata, not article text
    ],
    claims=[
        C(EV, "Russian officials assert that their troops have made significant progress in northeast Ukraine.",
          "Russian officials", CL,
          "Russian officials assert that their troops have made significant progress in northeast Ukraine",
          where="northeast Ukraine"),
        C(QT, "Russian officials assert that their troops advanced nearly two miles into northeast Ukraine.",
          "Russian officials", CL,
          "Russian officials assert that their troops have made significant progress in northeast Ukraine, "
          "advancing nearly two miles into the country",
          q=[(2, "miles", "distance Russian troops advanced into Ukraine")],
          where="northeast Ukraine"),
        C(PL, "Russian officials assert that their troops are advancing to regain control of previously liberated "
              "territories in northeast Ukraine.", "Russian officials", CL,
          "Russian officials assert that their troops have made significant progress in northeast Ukraine, "
          "advancing nearly two miles into the country to regain control of previously liberated territories.",
          where="northeast Ukraine"),
        C(EV, "The Russian push in northeast Ukraine came in the wake of a strategic drone and missile attack over "
              "the weekend.", ART, S,
          "This push comes in the wake of a strategic drone and missile attack over the weekend.",
          when="over the weekend", where="northeast Ukraine", resolved=["Russian", "Ukraine"]),
        C(QT, "According to the Russian Defence Ministry, the Russian advance spanned approximately 11 kilometers "
              "along the front.", "Russian Defence Ministry", CL,
          "According to the Russian Defence Ministry, the advance spanned approximately 11 kilometers along the front",
          q=[(11, "kilometers", "length of front along which Russian forces advanced")],
          where="northeast Ukraine"),
        C(QT, "According to the Russian Defence Ministry, the Russian advance reached more than three kilometers "
              "into Ukrainian defenses.", "Russian Defence Ministry", CL,
          "According to the Russian Defence Ministry, the advance spanned approximately 11 kilometers along the "
          "front and more than three kilometers into the enemy's defense.",
          q=[(3, "kilometers", "depth of the Russian advance into Ukrainian defenses")],
          where="northeast Ukraine", resolved=["Ukrainian"]),
        C(BG, "The Kharkiv region was liberated last September.", ART, S,
          "The Kharkiv region, which was liberated last September",
          when="last September", where="Kharkiv region"),
        C(EV, "The Kharkiv region became the focal point of the recent wave of Russian attacks on Sunday.", ART, S,
          "The Kharkiv region, which was liberated last September, became the focal point of the recent wave of "
          "attacks consisting of around 70 Russian drones and missiles on Sunday.",
          when="2023-11-12", where="Kharkiv region"),
        C(QT, "The recent wave of attacks on Sunday consisted of around 70 Russian drones and missiles.", ART, S,
          "the recent wave of attacks consisting of around 70 Russian drones and missiles on Sunday",
          q=[(70, None, "Russian drones and missiles in the wave of attacks")],
          when="2023-11-12", where="Kharkiv region"),
        C(ST, "Ukraine's deputy defense minister, Hanna Maliar, highlighted the city of Kupyansk as the region "
              "experiencing the most intense fighting.", "Hanna Maliar", R,
          "Ukraine's deputy defense minister, Hanna Maliar, highlighted the city of Kupyansk as the region "
          "experiencing the most intense fighting.",
          where="Kupyansk"),
        C(ST, "Hanna Maliar emphasized that Russia is attempting to reclaim lost territories with unprecedented "
              "determination.", "Hanna Maliar", R,
          "She emphasized that Russia is attempting to reclaim lost territories with unprecedented determination.",
          resolved=["Hanna", "Maliar"]),
        C(EV, "Hanna Maliar acknowledged Russia's failed attempt to breach Ukrainian defenses in Kupyansk.",
          "Hanna Maliar", R,
          "Maliar acknowledged Russia's failed attempt to breach Ukrainian defenses in Kupyansk",
          where="Kupyansk", resolved=["Hanna"]),
        C(ST, "Hanna Maliar characterized the hostilities in Kupyansk as extremely challenging.", "Hanna Maliar", R,
          "Maliar acknowledged Russia's failed attempt to breach Ukrainian defenses in Kupyansk and characterized "
          "the hostilities as extremely challenging.",
          where="Kupyansk", resolved=["Hanna"]),
        C(QT, "Hanna Maliar cited Russia's missile launches, numbering around 250 in the past week.", "Hanna Maliar", R,
          "Maliar also cited Russia's missile launches, numbering around 250 in the past week.",
          q=[(250, None, "Russian missile launches")],
          when="in the past week", resolved=["Hanna"]),
        C(EV, "There are claims that Russia's missile strikes have caused damage to civilian buildings.",
          "unnamed sources", CL,
          "There are claims that these strikes have caused damage to civilian buildings",
          resolved=["Russia"]),
        C(EV, "There are claims that Russia's missile strikes have resulted in injuries, particularly among women "
              "and children.", "unnamed sources", CL,
          "There are claims that these strikes have caused damage to civilian buildings and resulted in injuries, "
          "particularly among women and children.",
          resolved=["Russia"]),
        C(EV, "Ukrainian forces have successfully thwarted additional Russian missions to encroach along the "
              "northeast border.", ART, S,
          "Ukrainian forces have successfully thwarted additional Russian missions to encroach along the northeast border.",
          where="northeast border"),
        C(QT, "Hanna Maliar commended Ukraine's air force for neutralizing 68 of Russia's deployed drones.",
          "Hanna Maliar", R,
          "Maliar specifically commended Ukraine's air force for neutralizing 68 of Russia's deployed drones",
          q=[(68, None, "Russian drones neutralized by Ukraine's air force")],
          resolved=["Hanna"]),
        C(QT, "President Volodymyr Zelenskyy reported that 178 Russian drones were launched just last week.",
          "Volodymyr Zelenskyy", R,
          "President Volodymyr Zelenskyy reported that 178 Russian drones were launched just last week.",
          q=[(178, None, "Russian drones launched")],
          when="last week"),
        C(ST, "Ukraine's aerial counterattacks have proven to be a significant obstacle hindering Russia's "
              "strategic plans.", ART, S,
          "The aerial counterattacks executed by Ukraine have proven to be a significant obstacle hindering "
          "Russia's strategic plans."),
        C(ST, "President Zelenskyy conveyed a sense of confidence in Ukraine's ability to prevail.",
          "Volodymyr Zelenskyy", R,
          "President Zelenskyy conveyed a sense of confidence in his nation's ability to prevail",
          resolved=["Ukraine"]),
        C(ST, "President Zelenskyy declared that \"terror is losing\" as Ukraine pushes back against Russian aggression.",
          "Volodymyr Zelenskyy", R,
          "President Zelenskyy conveyed a sense of confidence in his nation's ability to prevail, declaring that "
          "\"terror is losing\" as Ukraine pushes back against Russian aggression."),
        C(ST, "Zelenskyy emphasized that Ukraine's dedication to safeguarding its airspace will ultimately ensure "
              "security for all of Europe.", "Volodymyr Zelenskyy", R,
          "Zelenskyy emphasized that Ukraine's dedication to safeguarding its airspace will ultimately ensure "
          "security for all of Europe."),
        C(EV, "Russia targeted a blood transfusion center in Kharkiv on Sunday.", ART, S,
          "Russia targeted a blood transfusion center in Kharkiv on Sunday",
          when="2023-11-12", where="Kharkiv"),
        C(EV, "Russia targeted the blood transfusion center in Kharkiv as retaliation for a Kyiv drone attack on "
              "one of its tankers.", ART, S,
          "Russia targeted a blood transfusion center in Kharkiv on Sunday as retaliation for a Kyiv drone attack "
          "on one of its tankers",
          when="2023-11-12", where="Kharkiv", nonq=["one"]),
        C(EV, "A Kyiv drone attack targeted a Russian tanker laden with nearly 1,000 pounds of TNT.", ART, S,
          "a Kyiv drone attack on one of its tankers laden with nearly 1,000 pounds of TNT",
          q=[(1000, "pounds", "TNT carried by the Russian tanker")],
          resolved=["Russian"]),
        C(QT, "The bombings and subsequent counterattacks claimed the lives of at least six individuals.", ART, S,
          "These bombings and subsequent counterattacks claimed the lives of at least six individuals",
          q=[(6, None, "people killed in the bombings and counterattacks")]),
        C(EV, "A 58-year-old woman in Kharkiv was among those killed in the bombings and subsequent counterattacks.",
          ART, S,
          "These bombings and subsequent counterattacks claimed the lives of at least six individuals, including "
          "a 58-year-old woman in Kharkiv",
          q=[(58, "years", "age of a woman killed in Kharkiv")],
          where="Kharkiv"),
        C(EV, "An 80-year-old resident of the Russian-occupied city of Donetsk was among those killed in the "
              "bombings and subsequent counterattacks.", ART, S,
          "These bombings and subsequent counterattacks claimed the lives of at least six individuals, including "
          "a 58-year-old woman in Kharkiv and an 80-year-old resident of the Russian-occupied city of Donetsk.",
          q=[(80, "years", "age of a Donetsk resident killed")],
          where="Donetsk"),
        C(EV, "Ukrainian military officials confirmed their successful strikes against two crucial bridges "
              "connecting the annexed Crimea to Russian-occupied cities in southern Ukraine.",
          "Ukrainian military officials", R,
          "Ukrainian military officials confirmed their successful strikes against two crucial bridges connecting "
          "the annexed Crimea to Russian-occupied cities in southern Ukraine.",
          q=[(2, None, "bridges struck")],
          where="southern Ukraine"),
        C(EV, "The bridges struck by Ukraine were the Chonhar bridge in the Kherson region and a smaller bridge "
              "connecting to Henichesk.", ART, S,
          "these bridges, the Chonhar bridge in the Kherson region and a smaller bridge connecting to Henichesk",
          where="Kherson region", resolved=["Ukraine"]),
        C(ST, "The Armed Forces of Ukraine described the Chonhar bridge and the bridge connecting to Henichesk as "
              "vital communication routes used by the Kremlin.", "Armed Forces of Ukraine", R,
          "The Armed Forces of Ukraine described these bridges, the Chonhar bridge in the Kherson region and a "
          "smaller bridge connecting to Henichesk, as vital communication routes used by the Kremlin.",
          where="Kherson region"),
    ],
)


# --------------------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------------------

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "half": 0.5, "dozen": 12,
}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
# "7. 5" and "39. 6" are how one seed prints decimals: the quote keeps that spelling, claims write
# the decimal whole ("7.5"; issue 12 item 3).
DIGIT_RE = re.compile(r"(?<![\w])\d{1,3}(?:,\d{3})+(?:\.\s?\d+)?|(?<![\w.])\d+(?:\.\s?\d+)?")
WORD_RE = re.compile(r"\b(" + "|".join(NUMBER_WORDS) + r")\b", re.I)
SCALE_RE = re.compile(r"\s+(" + "|".join(SCALES) + r")\b", re.I)
ISO_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CAP_RE = re.compile(r"[A-Z][A-Za-z]*(?:-[A-Za-z0-9]+)*")


def numbers_in(text: str):
    """(token as written, numeric value incl. scale word) for every number in text."""
    out = []
    for m in DIGIT_RE.finditer(text):
        tok = m.group(0)
        val = float(tok.replace(",", "").replace(" ", ""))
        s = SCALE_RE.match(text, m.end())
        if s:
            val *= SCALES[s.group(1).lower()]
        out.append((tok, val))
    for m in WORD_RE.finditer(text):
        tok = m.group(0)
        val = float(NUMBER_WORDS[tok.lower()])
        s = SCALE_RE.match(text, m.end())
        if s:
            val *= SCALES[s.group(1).lower()]
        out.append((tok, val))
    return out


def _contains(hay: str, needle: str) -> bool:
    return needle.lower() in hay.lower()


def check_claim(cid: str, spec: dict, art: str, quote: str, errors: list, published: str | None):
    text = spec["text"]
    ftext, fquote = fold(text), fold(quote)
    where = f"{cid} {text[:60]!r}"

    if not text.endswith((".", ".\"", "\".")) or "\n" in text:
        errors.append(f"{where}: text must be one sentence ending in a full stop")

    # every number in the text is written as in the quote
    # (a decimal the article splits, "39. 6 million", is written whole in the text: issue 12)
    fquote_num = re.sub(r"(\d)\. (\d)", r"\1.\2", fquote)
    for tok, _ in numbers_in(ftext):
        if re.fullmatch(r"[\d.,\s]+", tok):
            if tok not in fquote and tok not in fquote_num:
                errors.append(f"{where}: number {tok!r} not in quote")
        elif not re.search(r"\b" + re.escape(tok) + r"\b", fquote, re.I):
            errors.append(f"{where}: number word {tok!r} not in quote")

    # quantities <-> numbers
    qvals = [q["value"] for q in spec["q"]]
    found = [(tok, val) for tok, val in numbers_in(ftext) if tok not in spec["nonq"]]
    for tok, val in found:
        if not any(abs(v - val) < 1e-9 * max(1, abs(val)) for v in qvals):
            errors.append(f"{where}: number {tok!r} has no quantity (or list it in nonq)")
    for v in qvals:
        if not any(abs(v - val) < 1e-9 * max(1, abs(val)) for _, val in found):
            errors.append(f"{where}: quantity {v} not in text")
    for tok in spec["nonq"]:
        if tok not in [t for t, _ in numbers_in(ftext)]:
            errors.append(f"{where}: nonq {tok!r} not a number in text")

    # direct quotations inside the claim text must be verbatim from the quote
    for seg in re.findall(r'"([^"]+)"', ftext):
        if seg.rstrip(".,") not in fquote:
            errors.append(f"{where}: quoted words {seg!r} not in evidence quote")

    # named entities / capitalised words (incl. weekdays, months) must be in the quote,
    # unless declared as the resolved referent of a pronoun
    words = CAP_RE.findall(ftext)
    for w in words:
        base = re.sub(r"'s$", "", w)
        if _contains(fquote, base) or base in spec["resolved"]:
            continue
        errors.append(f"{where}: capitalised word {base!r} not in quote (declare in resolved= if it names a referent)")
    for r in spec["resolved"]:
        if r not in ftext:
            errors.append(f"{where}: resolved {r!r} not in text")
        elif _contains(fquote, r):
            errors.append(f"{where}: resolved {r!r} is in the quote; drop it from resolved=")

    # when: ISO date only if the article is dated; raw phrase must come from the article
    w = spec["when"]
    if w is not None:
        if ISO_RE.match(w):
            _dt.date.fromisoformat(w)
            if published is None:
                errors.append(f"{where}: ISO when {w} but article has no date")
        elif not _contains(fold(art), w):
            errors.append(f"{where}: raw when {w!r} not found in article")

    # attribution/certainty coherence
    if spec["by"] == ART and spec["cert"] not in (S, SP, NG):  # GUIDELINES §14
        errors.append(f"{where}: attributed_to 'article' must be certainty 'stated', 'speculative' or 'negated'")
    if spec["by"] != ART and spec["cert"] == S:
        errors.append(f"{where}: certainty 'stated' must be attributed_to 'article'")


def locate(art: str, quote: str, occ: int | None, where: str, errors: list) -> tuple[int, int, str]:
    hay, needle = art, quote
    if art.find(quote) < 0:
        hay, needle = fold(art), fold(quote)
    hits, i = [], hay.find(needle)
    while i >= 0:
        hits.append(i)
        i = hay.find(needle, i + 1)
    if not hits:
        errors.append(f"{where}: quote not found: {quote!r}")
        return 0, 0, ""
    if len(hits) > 1 and occ is None:
        errors.append(f"{where}: quote occurs {len(hits)} times; give occ=")
    if len(hits) == 1 and occ not in (None, 1):
        errors.append(f"{where}: occ={occ} but quote is unique")
    start = hits[(occ or 1) - 1]
    end = start + len(needle)
    return start, end, art[start:end]


def _count_sentences(summary: str) -> int:
    return len(re.findall(r"[.!?](?:\s|$)", summary.replace("U.S. ", "US ").replace("Aug. ", "Aug ")))


def build_doc(name: str, spec: dict, art: str, source: dict, *,
              check: Callable = None, count_sentences: Callable[[str], int] = _count_sentences,
              label: Callable[[int, dict], str] | None = None) -> tuple[dict, list[str]]:
    """Locate, check and assemble one gold document from its spec and its article text.

    Shared by make_gold.py (seeds) and the dev tools (devdata): what differs between them is
    passed in: `source` (the source block), `check(cid, claim, art, quote, errors, published)`
    (default check_claim), the summary sentence counter and the label of a claim in messages.
    """
    check = check or check_claim
    label = label or (lambda n, c: f"{name} #{n + 1}")
    errors: list[str] = []

    banned = []
    for s in spec["no_claims"]:
        i = art.find(s)
        if i < 0:
            errors.append(f"{name}: no_claims string not found: {s!r}")
        while i >= 0:
            banned.append((i, i + len(s)))
            i = art.find(s, i + 1)

    located = []
    for n, c in enumerate(spec["claims"]):
        where = label(n, c)
        start, end, quote = locate(art, c["quote"], c["occ"], where, errors)
        if not quote:
            continue
        if quote != quote.strip():
            errors.append(f"{where}: quote has leading/trailing whitespace")
        if quote[-1] in ".,;:" or fold(quote).count('"') % 2:
            errors.append(f"{where}: quote ends in punctuation or has unbalanced quotation marks")
        for b0, b1 in banned:
            if start < b1 and b0 < end:
                errors.append(f"{where}: evidence overlaps title/furniture {art[b0:b1]!r}")
        located.append((start, end, n, quote, c))

    # ids follow order of appearance (evidence start); ties keep the listed order
    located.sort(key=lambda t: (t[0], t[2]))
    claims = []
    seen_text = set()
    for k, (start, end, _, quote, c) in enumerate(located, 1):
        cid = f"c{k}"
        check(f"{name} {cid}", c, art, quote, errors, spec["published"])
        if c["text"] in seen_text:
            errors.append(f"{name} {cid}: duplicate claim text")
        seen_text.add(c["text"])
        if art[start:end] != quote:
            errors.append(f"{name} {cid}: span [{start}:{end}] does not reproduce the quote")
        claims.append({
            "id": cid,
            "kind": c["kind"],
            "text": c["text"],
            "attributed_to": c["by"],
            "certainty": c["cert"],
            "evidence": {"quote": quote, "start": start, "end": end, "match": "exact"},
            "quantities": c["q"],
            "when": c["when"],
            "where": c["where"],
        })

    summary = spec["summary"]
    n_sent = count_sentences(summary)
    if not 2 <= n_sent <= 4:
        errors.append(f"{name}: summary has {n_sent} sentences (want 2-4)")
    for tok, _ in numbers_in(fold(summary)):
        if re.fullmatch(r"[\d.,\s]+", tok) and tok not in fold(art):
            errors.append(f"{name}: summary number {tok!r} not in article")
    if len(claims) < 12:
        errors.append(f"{name}: only {len(claims)} claims")

    doc = {
        "headline": spec["headline"],
        "summary": summary,
        "claims": claims,
        "source": source,
        "model": "gold",
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "calls": 0, "cached": 0, "reasks": 0, "retries": 0},
        "warnings": [],
        "rejected_claims": [],
        "published": spec["published"],
    }
    return doc, errors


def build(stem: str, spec: dict) -> tuple[dict, list[str]]:
    path = SEEDS / f"{stem}.txt"
    raw = path.read_bytes()
    art = read_article(path)
    source = {"path": f"seeds/{path.name}", "sha256": hashlib.sha256(raw).hexdigest(), "chars": len(art)}
    return build_doc(stem, spec, art, source)


def _digits_in_quote(name: str, c, errors: list) -> None:
    for tok in re.findall(r"\d+", c.text):
        if tok not in c.evidence.quote:
            errors.append(f"{name} {c.id}: digit {tok} not in quote")


def load_gold(gold_path: Path):
    """(schema module, validated ArticleSummary or None, errors) for a written gold file."""
    schema = load_schema()
    data = json.loads(gold_path.read_text(encoding="utf-8"))
    try:
        return schema, schema.ArticleSummary.model_validate(data), []
    except Exception as e:  # pydantic.ValidationError
        return schema, None, [f"{gold_path.name}: schema: {e}"]


def verify_doc(name: str, model, schema, art: str, sha256: str, *,
               number_check: Callable = _digits_in_quote) -> list[str]:
    """The independent re-checks of a validated gold file against its article text: source
    block, id sequence, exact spans, numbers in quotes, enums, order of appearance."""
    errors: list[str] = []
    if sha256 != model.source.sha256:
        errors.append(f"{name}: sha256 mismatch")
    if len(art) != model.source.chars:
        errors.append(f"{name}: chars mismatch")
    for i, c in enumerate(model.claims, 1):
        ev = c.evidence
        if c.id != f"c{i}":
            errors.append(f"{name}: id {c.id} out of sequence")
        if art[ev.start:ev.end] != ev.quote or ev.match != "exact":
            errors.append(f"{name} {c.id}: span does not match quote")
        number_check(name, c, errors)
        if c.kind not in schema.CLAIM_KINDS or c.certainty not in schema.CERTAINTIES:
            errors.append(f"{name} {c.id}: bad enum")
    starts = [c.evidence.start for c in model.claims]
    if starts != sorted(starts):
        errors.append(f"{name}: claims not in order of appearance")
    return errors


def verify_file(gold_path: Path) -> list[str]:
    """Independent re-check of a written gold file against its seed."""
    schema, model, errors = load_gold(gold_path)
    if model is None:
        return errors
    src = ROOT / model.source.path
    return verify_doc(gold_path.name, model, schema, read_article(src),
                      hashlib.sha256(src.read_bytes()).hexdigest())


def print_claims(doc: dict, errors: list[str], by_width: int | None = None) -> None:
    """The --print listing of one built document."""
    for c in doc["claims"]:
        by = c["attributed_to"] if by_width is None else c["attributed_to"][:by_width]
        print(f"{c['id']:>4} {c['kind']:<10} {c['certainty']:<11} {by:<26} "
              f"{c['when'] or '-':<14} {c['text']}")
        print(f"{'':>5}[{c['evidence']['start']}:{c['evidence']['end']}] {c['evidence']['quote']!r}")
    for e in errors:
        print("ERROR", e)


def run(articles: dict, build_one: Callable[[str, dict], tuple[dict, list[str]]],
        verify_one: Callable[[Path], list[str]], *, gold_dir: Path = GOLD, check_only: bool = False,
        expected: list[str] | None = None, done: str = "all gold files valid",
        errors: list[str] | None = None) -> int:
    """Build every article (unless check_only), validate it as ArticleSummary, write
    <gold_dir>/<stem>.json only if nothing failed, then re-check the files on disk.

    articles : output stem -> spec; build_one(stem, spec) -> (doc, errors)
    expected : the stems whose files must exist and be verified (default: the articles)
    """
    schema = load_schema()
    all_errors: list[str] = list(errors or [])
    if not check_only:
        built = {}
        for stem, spec in articles.items():
            doc, errs = build_one(stem, spec)
            try:
                schema.ArticleSummary.model_validate(doc)
            except Exception as e:
                errs.append(f"{stem}: schema: {e}")
            all_errors += errs
            built[stem] = doc
        if all_errors:
            print("\n".join(all_errors), file=sys.stderr)
            print(f"{len(all_errors)} error(s); nothing written", file=sys.stderr)
            return 1
        gold_dir.mkdir(parents=True, exist_ok=True)
        for stem, doc in built.items():
            out = gold_dir / f"{stem}.json"
            out.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            print(f"wrote {out.relative_to(ROOT)}: {len(doc['claims'])} claims")

    for stem in (list(articles) if expected is None else expected):
        p = gold_dir / f"{stem}.json"
        if not p.exists():
            all_errors.append(f"missing {p.relative_to(ROOT)}")
            continue
        all_errors += verify_one(p)
    if all_errors:
        print("\n".join(all_errors), file=sys.stderr)
        return 1
    print(done)
    return 0


def parse_args(argv, doc: str, *, check_help: str = "only re-check existing gold files",
               print_metavar: str = "PREFIX", print_help: str = "print the claims of the matching article"):
    """The command line every gold tool shares: --check and --print."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--check", action="store_true", help=check_help)
    ap.add_argument("--print", metavar=print_metavar, help=print_help)
    return ap.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv, __doc__)

    if args.print:
        for stem, spec in ARTICLES.items():
            if stem.startswith(args.print):
                print_claims(*build(stem, spec))
        return 0

    seeds = sorted(p.stem for p in SEEDS.glob("*.txt"))
    missing = [s for s in seeds if s not in ARTICLES]
    pre = [f"no gold spec for seeds: {missing}"] if missing else []
    return run(ARTICLES, build, verify_file, gold_dir=GOLD, check_only=args.check, expected=seeds,
               errors=pre)


if __name__ == "__main__":
    sys.exit(main())
