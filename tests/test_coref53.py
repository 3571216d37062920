"""Session 44, coref53 (issue 12): one person shown as two speakers. A hyphenated surname and the same surname
written without its hyphen ("Prof <Given> <A>-<B>" ... "Prof <A> <B> said"); "Mr <Surname>" beside a name whose given
name lost its capital after an office ("department spokesman <given> <Surname>"); "Police Chief <Name>" beside
"Chief <Name>" (a capitalised word before a title). Invented text with placeholder names, each with near-misses
the rules must leave alone."""

from __future__ import annotations

import pytest

from summarizer.attribution.name_completion import office_person, office_title_form
from tests.reading import who

# (a) one surname, with and without its hyphen

_HYPHEN = ("Prof Peter Dunmore-Hale said the survey was the first of its kind. "
           "\"Most of them stayed in the shallows,\" Prof Dunmore-Hale said. "
           "The team logged 40 hours of tape. "
           "\"It was tiring work,\" Prof Dunmore Hale said.")


@pytest.mark.parametrize("sentence", [
    "\"Most of them stayed in the shallows,\" Prof Dunmore-Hale said.",
    "\"It was tiring work,\" Prof Dunmore Hale said.",  # the hyphen dropped: the same professor
])
def test_a_surname_without_its_hyphen_is_the_same_person(sentence):
    assert who(_HYPHEN, sentence) == "Prof Peter Dunmore-Hale"


def test_a_bare_surname_without_its_hyphen():
    text = "Rita Calder-Voss said the ferry was late. \"We waited an hour,\" Calder Voss said."
    assert who(text, "\"We waited an hour,\" Calder Voss said.") == "Rita Calder-Voss"


def test_a_hyphenated_form_after_the_spaced_one():
    text = "Peter Dunmore Hale said the survey was new. \"It was tiring work,\" Dunmore-Hale said."
    assert who(text, "\"It was tiring work,\" Dunmore-Hale said.") == "Peter Dunmore Hale"


@pytest.mark.parametrize("later,expected", [
    ("Anna Dunmore Hale", "Anna Dunmore Hale"),  # another given name: another person
    ("Prof Dunmore Hale", "Prof Peter Dunmore-Hale"),
])
def test_another_given_name_is_another_person(later, expected):
    text = f"Prof Peter Dunmore-Hale said the survey was new. \"It was tiring work,\" {later} said."
    assert who(text, f"\"It was tiring work,\" {later} said.") == expected


def test_no_hyphenated_surname_no_join():
    # near-miss: "Dunmore Hale" is no spelling of any other name in the article
    text = "Prof Peter Hale said the survey was new. \"It was tiring work,\" Prof Dunmore Hale said."
    assert who(text, "\"It was tiring work,\" Prof Dunmore Hale said.") == "Prof Dunmore Hale"


def test_a_hyphenated_surname_named_only_later_is_not_joined():
    # near-miss: the hyphenated person is named after the spaced form is used
    text = "\"It was tiring work,\" Dunmore Hale said. Later, Peter Dunmore-Hale said the survey was new."
    assert who(text, "\"It was tiring work,\" Dunmore Hale said.") == "Dunmore Hale"


# (a) "Mr <Surname>" beside an office and a given name written without its capital

_KESSEL = ("The bridge will shut for a month. In a statement, city transport spokesman tom Kessel said the repairs "
           "could not wait. \"We regret the disruption,\" Mr Kessel said.")


@pytest.mark.parametrize("sentence", [
    "In a statement, city transport spokesman tom Kessel said the repairs could not wait.",
    "\"We regret the disruption,\" Mr Kessel said.",
])
def test_mr_surname_joins_the_named_spokesman(sentence):
    assert who(_KESSEL, sentence) == "Tom Kessel"


@pytest.mark.parametrize("name,expected", [
    ("city spokesman tom Kessel", "Tom Kessel"),
    ("state department spokesman john Kirk", "John Kirk"),
    # near-misses: the lower-case word may be another word
    ("city spokesman also Kessel", None),
    ("city spokesman said Kessel", None),
    ("city spokesman reportedly Kessel", None),
    ("city spokesman officials Kessel", None),
    ("city spokesman for Kessel", None),
    ("city spokesman chief Kessel", None),
])
def test_a_given_name_without_its_capital_after_an_office(name, expected):
    assert office_person(name) == expected


def test_mrs_surname_is_not_given_a_mans_name():
    # near-miss: the spokesman is a man ("he"); "Ms Kessel" is not him (a strict xfail until coref54: the office
    # noun before the lower-case given name now votes for the full name)
    text = ("In a statement, city transport spokesman tom Kessel said the repairs could not wait. "
            "He said the work was overdue. His sister, a nurse, was at the scene. \"I saw the cracks,\" Ms Kessel said.")
    assert who(text, "\"I saw the cracks,\" Ms Kessel said.") != "Tom Kessel"


# (b) a capitalised word before a title: "Police Chief <Name>" and "Chief <Name>" are one person

@pytest.mark.parametrize("text,sentence", [
    ("Police Chief Jo Marr said the road was closed. \"We had no choice,\" Chief Marr said.",
     "Police Chief Jo Marr said the road was closed."),
    ("Police Chief Jo Marr said the road was closed. \"We had no choice,\" Chief Marr said.",
     "\"We had no choice,\" Chief Marr said."),
    ("The road was shut on Monday, city police Chief Jo Marr said. Police Chief Jo Marr said the crash was avoidable.",
     "Police Chief Jo Marr said the crash was avoidable."),
    ("Fire Chief Dan Orrin said the blaze began at 9 p.m. \"It spread fast,\" Chief Orrin said.",
     "Fire Chief Dan Orrin said the blaze began at 9 p.m."),
])
def test_the_title_right_before_the_name_when_the_article_writes_it_so(text, sentence):
    assert who(text, sentence) in ("Chief Jo Marr", "Chief Dan Orrin")


@pytest.mark.parametrize("name,text,expected", [
    ("Police Chief Jo Marr", "Police Chief Jo Marr said so. \"No,\" Chief Marr said.", "Chief Jo Marr"),
    # near-misses
    ("Police Chief Jo Marr", "Police Chief Jo Marr said so. \"No,\" Marr said.", None),  # the title only after "Police"
    ("Police Chief Jo Marr", "Police Chief Jo Marr said so. Later Police Chief Marr said no.", None),
    ("Deputy Chief Jo Marr", "Deputy Chief Jo Marr said so. \"No,\" Chief Marr said.", None),  # a lesser title
    ("Former Chief Jo Marr", "Former Chief Jo Marr said so. \"No,\" Chief Marr said.", None),
    ("Senate Minority Leader Jo Marr", "Senate Minority Leader Jo Marr said so. Leader Marr said no.", None),
    ("Police Chief Acme Corp", "Police Chief Acme Corp said so. Chief Corp said no.", None),  # no person's name
])
def test_office_title_form(name, text, expected):
    assert office_title_form(name, text) == expected


def test_a_two_word_title_alone_stays():
    # near-miss (coref51, coref52): the article writes the title only after "Police"
    text = "Police Chief Ana Dell said the road was closed. \"We had no choice,\" Dell said."
    assert who(text, "Police Chief Ana Dell said the road was closed.") == "Police Chief Ana Dell"
    assert who(text, "\"We had no choice,\" Dell said.") == "Police Chief Ana Dell"


# (c) "the <Place> senator" right after the person is named in its sentence or the one before

@pytest.mark.parametrize("text,expected", [
    ("Jo Marr spoke at the rally on Sunday. Asked whether Marr still hears anger among her voters, the Calder "
     "senator conceded that a few of them remain \"quite cross\" about the plan.", "Jo Marr"),
    ("Jo Marr spoke at the rally on Sunday. The Calder senator acknowledged that a few voters remain cross about the plan.",
     "Jo Marr"),
    # near-misses
    ("Jo Marr and Al Hale spoke at the rally. The Calder senator acknowledged that a few voters remain cross about the plan.",
     "The Calder senator"),  # two people named: either may be meant
    ("President Jo Marr spoke at the rally. The Calder senator acknowledged that a few voters remain cross about the plan.",
     "The Calder senator"),  # the article gives her another title
    ("Jo Marr spoke at the rally. The Norlandian senator acknowledged that a few voters remain cross about the plan.",
     "The Norlandian senator"),  # a nationality: another person may be meant
    ("The bill passed on Monday. The Calder senator acknowledged that a few voters remain cross about the plan.",
     "The Calder senator"),  # no one named
])
def test_a_placed_office_after_its_holder_is_named(text, expected):
    assert who(text, text.split(". ")[-1]) == expected


# (c) "His ex-wife agreed": the relative the article names, else the description

@pytest.mark.parametrize("text,expected", [
    ("A judge refused to open the file on Tom Marr's divorce from wife Ivana. Ivana Marr declined to comment. "
     "Tom Marr argued the files are private. His ex-wife agreed, but said she should not lose her privacy.",
     "Ivana Marr"),
    ("A judge refused to open the file on Tom Marr's divorce. Tom Marr argued the files are private. "
     "His ex-wife agreed, but said she should not lose her privacy.", "His ex-wife"),  # no relative named
    ("A judge refused to open the file on Al Hale's divorce from wife Ivana. Ivana Hale declined to comment. "
     "Tom Marr argued the files are private. His ex-wife agreed, but said she should not lose her privacy.",
     "His ex-wife"),  # the wife named is another man's
])
def test_a_relative_named_by_the_article(text, expected):
    assert who(text, text.split(". ")[-1]) == expected


# (c) a possessive before a spouse noun votes the gender of the person named before it

def test_her_husbands_votes_a_woman():
    from summarizer.attribution.gender import Genders
    g = Genders()
    g.note("Ana Vell", "Hold ", " to her husband's standards.")
    assert g.of("Ana Vell") == "f"
    assert g.of("Ana") == "f"  # her given name alone, the one person so named


@pytest.mark.parametrize("after", [
    " gave qualified support for her comments.",  # not a spouse noun
    " met Tom Hale and his wife.",  # another person between
    " told her that her husband was safe.",  # an object "her" between: someone else's husband
    " said. “Ask her husband.”",  # a quotation between
])
def test_no_spouse_vote(after):
    from summarizer.attribution.gender import Genders
    g = Genders()
    g.note("Ana Vell", "", after)
    assert g.votes.get("Ana Vell", {}).get("m", 0) + g.votes.get("Ana Vell", {}).get("f", 0) == 0


def test_in_his_eyes_is_not_the_woman_named_before():
    text = ("Hold Ana Vell to her husband's standards.\n\nWe asked whether Ana Vell's story would sway her husband's "
            "voters.\n\nSeriously, Ana's story is the bottom of the pile.\n\nOnly rich donors are \"safe\" in his eyes.")
    assert who(text, "Only rich donors are \"safe\" in his eyes.") not in ("Ana Vell", "Ana")


@pytest.mark.parametrize("clause,expected", [
    ("Asked whether Marr still hears anger at Al Hale among her voters", "Jo Marr"),  # the one acting
    ("Asked whether Marr and Al Hale still hear anger", "the Calder senator"),  # two joined: either
])
def test_a_placed_office_in_the_holders_sentence(clause, expected):
    tail = "the Calder senator conceded that a few of them remain \"quite cross\" about the plan."
    text = f"Jo Marr spoke at the rally. Al Hale spoke after her. {clause}, {tail}"
    assert who(text, f"{clause}, {tail}") == expected


# (a) a surname of two words after the person was named in full

@pytest.mark.parametrize("text,sentence,expected", [
    ("Trade minister Ildo Garza Villar said talks would go on. \"We are ready,\" Mr. Garza Villar said.",
     "\"We are ready,\" Mr. Garza Villar said.", "Ildo Garza Villar"),
    ("Philippe de Corvel said the bank would grow. \"Profits rose,\" Mr. de Corvel said.",
     "\"Profits rose,\" Mr. de Corvel said.", "Philippe de Corvel"),
    ("Ana Wasser Schultz said the vote was fair. \"It was,\" Ms Wasser Schultz said.",
     "\"It was,\" Ms Wasser Schultz said.", "Ana Wasser Schultz"),
    # near-misses
    ("Ildo Garza Villar and Tom Garza Villar said talks would go on. \"We are ready,\" Mr. Garza Villar said.",
     "\"We are ready,\" Mr. Garza Villar said.", "Mr. Garza Villar"),  # two people of that surname
    ("Dr. Ann Lee said the clinic would close. \"We tried,\" Ann Lee said.",
     "\"We tried,\" Ann Lee said.", "Ann Lee"),  # a title only before the same words: no fuller name
])
def test_a_two_word_surname(text, sentence, expected):
    assert who(text, sentence) == expected


def test_surname_run_needs_a_given_name_before_the_run():
    from summarizer.attribution.name_completion import surname_run
    from types import SimpleNamespace as M
    by_last = {"Marr": [M(name="Press Secretary Jo Marr", pos=0, kind="person")]}
    assert surname_run("Mr Jo Marr", by_last, 100) is None  # an office before the same words is no fuller name
    by_last = {"Marr": [M(name="Republican Jo Marr", pos=0, kind="person")]}
    assert surname_run("Mr Jo Marr", by_last, 100) is None  # a party word is no given name
    assert surname_run("Jo Marr", by_last, 100) is None  # a bare two-word run: left (flipall, session 44)
    by_last = {"Marr": [M(name="Ella Jo Marr", pos=0, kind="person")]}
    assert surname_run("Ms Jo Marr", by_last, 100) == "Ella Jo Marr"
    assert surname_run("Ms Jo Marr", by_last, 0) is None  # not named before
