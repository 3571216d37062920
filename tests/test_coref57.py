"""Session 48, coref57 (issue 12): the named source right. An office written before the article names its holder
("Senator from <State> says ..." as a subtitle, "The minister said ..." in a lede) kept as a second speaker beside the
person named later; a name double-encoded twice and then decomposed; an office after a body's name kept in the
name (decided: kept, as the gold writes it). Invented text with placeholder names, each rule with near-misses it
must leave alone."""

from __future__ import annotations

import pytest

from summarizer.load import decode
from tests.reading import who

# (a) an office before its holder is named: the one person the article later writes with that title

_SUBTITLE = ("Halden Senator Breaks With Party Leader\n"
             "Senator from Arvania says he cannot allow Vance to win the race.\n"
             "In a message posted Friday, Sen. Tom Hale (R-Arv.) said he would back the party's pick. "
             "\"I have decided,\" Hale said.\n")


def test_a_subtitles_senator_from_a_state_is_the_senator_named_after():
    assert who(_SUBTITLE, "Senator from Arvania says he cannot allow Vance to win the race.") == "Sen. Tom Hale"
    assert who(_SUBTITLE, "\"I have decided,\" Hale said.") == "Sen. Tom Hale"


def test_a_senator_of_another_state_is_not_the_one_described():
    # near-miss: the senator named after is from another state
    text = _SUBTITLE.replace("(R-Arv.)", "(D-Belmor)")
    assert who(text, "Senator from Arvania says he cannot allow Vance to win the race.") == "Senator from Arvania"


_LEDE = ("The minister said the farm payments would rise next year. Farmers welcomed the plan.\n\n"
         "Agriculture Minister Jo Marr told the assembly the scheme would be reviewed. \"We listened,\" Marr said.\n")


def test_the_minister_before_the_name_is_the_minister_named_after():
    assert who(_LEDE, "The minister said the farm payments would rise next year.") == "Agriculture Minister Jo Marr"


def test_two_ministers_named_after_leave_the_description():
    # near-miss: two people hold the office after it: which one is meant is not written
    text = _LEDE + "Health Minister Ada Pike said hospitals would gain too.\n"
    assert who(text, "The minister said the farm payments would rise next year.") == "The minister"


def test_a_former_or_deputy_holder_is_not_the_minister():
    # near-miss: a former or deputy minister is not the minister the lede means
    for title in ("Former Minister", "Deputy Minister"):
        text = _LEDE.replace("Agriculture Minister", title)
        assert who(text, "The minister said the farm payments would rise next year.") == "The minister"


def test_a_minister_named_before_keeps_the_resolvers_reading():
    # near-miss: the holder is named before the description: read back as before
    text = ("Agriculture Minister Jo Marr visited Halden on Monday. The minister said the farm payments would rise. "
            "Health Minister Ada Pike stayed away.\n")
    assert who(text, "The minister said the farm payments would rise.") == "Agriculture Minister Jo Marr"


def test_a_headlines_title_words_are_no_holder():
    # near-miss: "Senator Breaks With ..." in a headline is no person
    text = "Senator Breaks With Party Leader\nThe senator said he cannot allow Vance to win.\n"
    assert who(text, "The senator said he cannot allow Vance to win.") == "The senator"


# (b) a name double-encoded twice and then decomposed (NFD): "Fran" + "A" + U+0303 + U+0083 + "A" + U+0302 + "§ois"

_TWICE = "French President Fran" + "A\u0303\u0083A\u0302\u00a7" + "ois Hollande said Friday that Europe must act."


def test_a_decomposed_twice_encoded_name_is_repaired():
    text, _, warnings = decode(_TWICE.encode("utf-8"), "x.txt", 10_000)
    assert "François Hollande" in text
    assert any("double-encoded" in w for w in warnings)


def test_a_decomposed_accent_in_good_text_is_left_alone():
    # near-miss: "José" written with a combining accent (no mojibake) keeps its letters as written
    good = "Jose\u0301 Alvarez said the plan was sound. \u00c3 la carte menus were served."
    text, _, warnings = decode(good.encode("utf-8"), "x.txt", 10_000)
    assert text == good and not warnings


# (c) decided: a title after a body's name stays in the name (the lead's policy of session 43, as PolNeAR's gold
# writes it: "<Party> National Committee Research Director <Name>"); a lower-case office still goes

def test_a_title_after_a_bodys_name_stays():
    text = ("Harlow National Committee Research Director Raj Dale said the ratings were unfair. "
            "\"It is opinion,\" Dale told a reporter.")
    assert who(text, "\"It is opinion,\" Dale told a reporter.") == "Harlow National Committee Research Director Raj Dale"


def test_a_lower_case_office_before_the_name_still_goes():
    text = "Committee research director Raj Dale said the ratings were unfair. \"It is opinion,\" Dale said."
    assert who(text, "\"It is opinion,\" Dale said.") == "Raj Dale"


# (d) an unresolved "The company" is no antecedent of a later "the company" when a firm is named between them

_RECALL = ("The company said the recall would cost millions. Customers were told to return the heaters.\n\n"
           "Vantor Appliances, based in Austin, said it had found the fault. "
           "It expects to ship new units in May, the company said.\n")


def test_the_company_after_a_firm_named_is_that_firm_not_an_earlier_bare_description():
    assert who(_RECALL, "It expects to ship new units in May, the company said.") == "Vantor Appliances"


def test_the_company_with_no_firm_named_stays_as_written():
    # near-miss: no firm is named anywhere: the description stays
    text = "The company said the recall would cost millions. The company also said it had found the fault.\n"
    assert who(text, "The company also said it had found the fault.").lower() == "the company"


def test_the_company_after_a_firm_named_before_is_still_that_firm():
    # near-miss: the firm named first, then "the company" twice
    text = ("Vantor Appliances recalled its heaters. The company said the recall would cost millions. "
            "Customers were told to return them. The company also said it had found the fault.\n")
    assert who(text, "The company also said it had found the fault.") == "Vantor Appliances"


# (e) the chain matcher: the persons an article writes with a gold description's title (evals only)

from summarizer.eval.suites.attribution import described_names  # noqa: E402

_RACE_ARTICLE = ("Republican presidential nominee Tom Hale spoke in Dunmore. Libertarian presidential nominee Al Roe "
                 "spoke too. Sen. Ada Pike (R-Arv.) endorsed Hale. Fox News host Jo Marr asked. CNN host Ed Vance agreed.")


def test_the_chain_credits_the_person_written_with_the_descriptions_party_and_title():
    assert described_names("The GOP presidential nominee", _RACE_ARTICLE) == ["Tom Hale"]
    assert described_names("Senator from Arvania", _RACE_ARTICLE) == ["Ada Pike"]
    assert described_names("the Fox News host", _RACE_ARTICLE) == ["Jo Marr"]


def test_the_chain_credits_no_one_else():
    # near-misses: another party's nominee, another state's senator, a name (no description), no such title written
    assert described_names("The Democratic nominee", _RACE_ARTICLE) == []
    assert described_names("Senator from Belmor", _RACE_ARTICLE) == []
    assert described_names("Research Director Raj Dale", _RACE_ARTICLE) == []
    assert described_names("the mayor", _RACE_ARTICLE) == []


def test_an_office_written_in_lower_case_before_keeps_the_resolvers_reading():
    # near-miss: "foreign minister, <Name>," before the description; a prime minister named after is another office
    text = ("Arvania's foreign minister, Ada Pike, spoke on Monday. Asked about the laws, Ms Pike answered: \"No.\" "
            "The minister added that her colleague would veto any sanctions. Prime Minister Tom Hale agreed.\n")
    assert who(text, "The minister added that her colleague would veto any sanctions.") != "Prime Minister Tom Hale"


def test_a_prime_minister_named_after_is_not_the_minister():
    # near-miss: no minister named before; the only one after is a prime minister
    text = "The minister said the farm payments would rise. Prime Minister Tom Hale agreed on Tuesday.\n"
    assert who(text, "The minister said the farm payments would rise.") == "The minister"
