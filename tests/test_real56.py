"""Shapes met reading the bundled tool's whole output on 20 real news documents it never saw (session 47, real56;
issue 12): PolNeAR half-A stories of 2016 (a refugee count, a prosecutor's interview, small donors, a senator's advice,
voters' reactions, a union's endorsement, election hacking, debate tactics, a candidate's health, a poll of the
wealthy, power-plant rules in court, a running mate's interview, fact-checkers, a reader's letter, police shootings,
defence plans of a bloc, veterans' suicides, an endorsement, immunity deals, a town hall). Fields first: `where` of an
origin and of a law's name; `counted` of a suspended hyphen, a floating word, an exception, a numeral used as a noun
and a verb before a rate; `kind` `quantity` of a tally, an age before a dash and a phone number. Then the fallback
headline's closing semicolon, a summary sentence that is the title again, and an embed's markup left in plain text.
Each shape is invented text with near-misses that keep their reading."""

from __future__ import annotations

import pytest

from summarizer import places, rules
from summarizer.load import load_bytes
from summarizer.quantity import quantities
from summarizer.summary_roles import restated_title
from tests.reading import code


def _counted(sentence: str) -> list[tuple[float, str]]:
    return [(q["value"], q["counted"]) for q in quantities(sentence)]


# -- `where`: an origin after a noun, a law's name joined by "and"

@pytest.mark.parametrize("sentence, where", [
    # where people or things come from is not where the claim happened
    ("The ministry said it had reached its goal of accepting 9,000 refugees from Valdoria.", None),
    ("We have had problems with network intrusions from Valdoria in the past, the minister said.", None),
    ("Port officials logged more shipments from Eastport this year.", None),
    # a law's name cut at its first word is no place
    ("The guild praised her stance on including its members in Parental and Sick Leave Act benefits.", None),
    # near-misses: a verb of moving keeps its place; a later place is found; two places joined stay a place
    ("Crowds came from Valdoria to see the parade.", "Valdoria"),
    ("He was evacuated from Kelso on Monday.", "Kelso"),
    ("Refugees from Valdoria arrived in Kelso on Monday.", "Kelso"),
    ("The plan would put workers in Harlow and Kelso on the same footing.", "Harlow"),
])
def test_where_not_an_origin_nor_a_law(sentence, where):
    assert places.place_of(sentence) == where


# -- `counted`: the noun phrase counted

@pytest.mark.parametrize("sentence, row", [
    # a suspended hyphen: both modifiers go with the noun
    ("Nearly 900 oil- and gas-fired plants emit a billion tons a year.", (900.0, "oil- and gas-fired plants")),
    ("Some 40 pre- and post-war houses were listed.", (40.0, "pre- and post-war houses")),
    # a floating word after the plural noun ends it
    ("Nearly 900 gas-fired plants together emit a billion tons a year.", (900.0, "gas-fired plants")),
    ("About 30 people alone were hurt in the blast.", (30.0, "people")),
    # an exception after the noun is no part of it
    ("Only four member states apart from Valdoria meet the bar.", (4.0, "member states")),
    # a bare verb, its object and a rate after a plural noun: the verb is no part of the phrase
    ("Many have heard that 20 sailors commit suicide each year.", (20.0, "sailors")),
    ("About 40 buses make trips every hour.", (40.0, "buses")),
    # near-misses: a participle before its noun stays; a plain noun phrase stays; a compound noun before a rate stays
    ("About 40 steel workers per shift were hurt.", (40.0, "steel workers")),
    ("The bomb left 12 wounded soldiers.", (12.0, "wounded soldiers")),
    ("The raid freed 30 captured Valdorian sailors.", (30.0, "captured Valdorian sailors")),
    ("About 300 wind-powered turbines were built.", (300.0, "wind-powered turbines")),
    ("Only four member states meet the bar.", (4.0, "member states")),
])
def test_counted_is_the_noun_phrase(sentence, row):
    assert row in _counted(sentence)


def test_numeral_as_noun_counts_no_verb():
    # "the two turned vicious": no row whose `counted` is a verb and its adjective
    assert not any(c == "turned vicious" for _, c in _counted("Relations between the two turned vicious during the race."))
    assert _counted("Police found 12 armed men.") == [(12.0, "armed men")]  # near-miss


# -- `kind`: no `quantity` from numbers that count nothing (a tally, an age before a dash, a phone number)

@pytest.mark.parametrize("sentence, kind", [
    ("The panel reached a surprise 5-4 decision to back the request.", "event"),
    ("A 4-4 ruling from the top court would keep the lower ruling.", "event"),
    ("The board voted 7-2 to approve the plan.", "event"),
    ("Jon Vale, 40 ― a father who sang in a choir ― was hurt in the crash.", "event"),
    ("Jon Vale, 40 - a father - was hurt in the crash.", "event"),
    ("Too many calls are still not getting through to the hotline (800-555-0199).", "statement"),
    # near-misses: counts
    ("The death toll rose to 26.", "quantity"),
    ("Police arrested Jon Vale, 26, and charged 12 others.", "quantity"),
    ("Prices rose 3-4 percent in the year.", "quantity"),
    ("The firm employs 300 people.", "quantity"),
])
def test_kind_not_a_quantity(sentence, kind):
    assert rules.kind(sentence) == kind


def test_kind_on_the_code_path():
    text = ("Harbor court backs port plan\n\n"
            "The Harbor appeals court reached a surprise 5-4 decision on Tuesday to grant a request by the port's owners.\n\n"
            "A 4-4 ruling from the top court would keep the lower ruling.\n\n"
            "Jon Vale, 40 ― a father who sang in a choir ― was hurt in the crash on the quay.\n\n"
            "The board employs 300 people at the port, its chairman said.\n")
    kinds = {c.text.split()[1]: (c.kind, c.quantities) for c in code(text).claims}
    assert kinds["Harbor"][0] != "quantity" and not kinds["Harbor"][1], kinds
    assert kinds["4-4"][0] != "quantity", kinds
    assert kinds["Vale,"][0] != "quantity", kinds
    assert kinds["board"][0] == "quantity" and kinds["board"][1], kinds  # near-miss: a count keeps its kind


# -- headline and summary

def test_fallback_headline_drops_the_title_semicolon():
    text = ("Harbor court backs port plan; \nPanel says the city must keep the port open.\n\n"
            "The Harbor appeals court ruled on Tuesday that the port's owners may keep the north quay open.\n\n"
            "The city had asked the court to close it by the spring, its lawyer said.\n")
    headline = code(text).headline
    assert not headline.endswith((";", ":")), headline
    assert headline.startswith("Harbor court backs port plan") or headline.startswith("The Harbor appeals court"), headline


@pytest.mark.parametrize("sentence, title", [
    ("Jane Vale Speaks 'Directly To Young Voters' After Latest Campus Protest.", True),
    ("Jane Vale Speaks ‘Directly To Young Voters’ After Latest Campus Protest", True),
    # near-misses: another sentence; a first line in sentence case is the lede itself, a fair summary sentence
    ("Jane Vale spoke to young voters on Tuesday after a campus protest.", False),
])
def test_summary_sentence_restating_the_title(sentence, title):
    text = ("Jane Vale Speaks ‘Directly To Young Voters’ After Latest Campus Protest.\n\n"
            "Jane Vale spoke to young voters on Tuesday after a campus protest in Kelso.\n")
    assert restated_title(text, sentence) is title
    lede = "The mayor resigned on Monday after a long dispute.\n\nShe said she would not stand again.\n"
    assert not restated_title(lede, "The mayor resigned on Monday after a long dispute.")


# -- text: an embed's markup left in plain text

def test_embed_markup_left_out_of_the_text():
    data = ('Title line\n\nThe site rated it "Mostly True."\n\n<tweet tweet-author=" that in a fair test, the rate is '
            'right." tweet-date="that in a fair test.">Vale said the rate is 51 percent. His point was correct<tweet/>.\n\n'
            "The sum a<b holds and x < y > z too.\n").encode()
    text = load_bytes(data, "x.txt").text
    assert "<tweet" not in text and "tweet-author" not in text, text
    assert "Vale said the rate is 51 percent. His point was correct." in text
    assert "a<b holds and x < y > z" in text  # near-miss: a comparison is no tag
