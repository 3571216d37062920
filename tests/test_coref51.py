"""Session 42, coref51 (issue 12): an office written before a name left out of the source (lower-case, a capitalised
role opening the name, a member's letters after a constituency) while the digest reads it back, "Mr <Surname>" and "He
added" after "<Place> AM <Given> <Surname>", a party race's description of the person named before, and the weak
gender vote of a pronoun in a clause told to someone. Invented text of the shapes real news showed (RESULTS "Session
42: coref51"), each with near-misses the rules must leave alone."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from summarizer.attribution.gender import Genders
from summarizer.attribution.name_completion import described_person, office_person
from summarizer.digest.affiliation import written_sources
from tests.reading import who

# (a) an office before the name: the name (a title written right before it stays)


@pytest.mark.parametrize("name,expected", [
    ("Harlow East AM Mick Tedder", "Mick Tedder"),
    ("Journalist Ada Crane", "Ada Crane"),  # a capitalised occupation opening the name, as at a sentence's start
    ("Administrator Rob Yarrow", None),  # an office may be a title (Left)
    ("Prosecutor Ann Vale", None),
    # near-misses
    ("Dunmore police spokeswoman Ana O'Dell", "Ana O'Dell"),  # a lower-case office: the name (session 43's policy)
    ("Police Chief Ana Dell", None),  # a title of two words
    ("Dean Tom Smith", None),  # a given name
    ("Secretary General Ban Moon", None),  # one title of two words
    ("Attorney General Jan Reno", None),
    ("Mayor Jo Marr", None),  # a title
    ("Chancellor Ged Osborn", None),
    ("Senate Minority Leader Jo Marr", None),  # a capitalised title after a body's name: a title, kept
    ("Harlow Weekly Editor Bill Krane", None),
    ("House Speaker Jo Marr and Harlow East AM Al Hale", None),  # two people: both speak
    ("Harlow AM Acme Corp", None),  # no person's name after it
    ("Tom Hale MP", None),  # letters after the name
    ("at 9 AM Jo Marr", None),  # a time
    ("Shares of Acme Corp", None),
])
def test_office_person(name, expected):
    assert office_person(name) == expected


def test_described_person_reads_offices_too():
    assert described_person("Harlow East AM Mick Tedder") == "Mick Tedder"
    assert described_person("club legend Tom Varley") == "Tom Varley"  # (coref50's standing, unchanged)


_POLICE = ("Police added a charge against the mother, Dunmore police spokeswoman Ana O'Dell said Tuesday. "
           "Vell County police spokesman Capt. Paul Stark said he could not say why. "
           "She remained in care, Stark told reporters.")


@pytest.mark.parametrize("sentence,expected", [
    ("Police added a charge against the mother, Dunmore police spokeswoman Ana O'Dell said Tuesday.", "Ana O'Dell"),
    ("Vell County police spokesman Capt. Paul Stark said he could not say why.", "Capt. Paul Stark"),
])
def test_a_lower_case_office_before_the_name_is_left_out(sentence, expected):
    assert who(_POLICE, sentence) == expected


def test_a_capitalised_occupation_at_a_sentence_start_is_left_out():
    text = "The film opened on Monday. Journalist Rob Yarrow asked the director about it. \"We did it,\" he said."
    assert who(text, "Journalist Rob Yarrow asked the director about it.") in ("Rob Yarrow", None)
    assert who(text, "\"We did it,\" he said.") != "Journalist Rob Yarrow"


def test_a_title_is_kept():
    text = "The bill passed on Monday. Mayor Jo Marr said it was a good day."
    assert who(text, "Mayor Jo Marr said it was a good day.") == "Mayor Jo Marr"


# (b) "Mr <Surname>" and "He added" after "<Place> AM <Given> <Surname>"

_MEMBER = ("The minister wrote to Harlow East AM Mick Tedder about the office. Mr Tedder said the reply would "
           "\"give comfort\" to staff. He added: \"I am glad the minister will keep the office open.\"")


@pytest.mark.parametrize("sentence", ["Mr Tedder said the reply would \"give comfort\" to staff.",
                                      "He added: \"I am glad the minister will keep the office open.\""])
def test_a_member_is_named_without_the_constituency(sentence):
    assert who(_MEMBER, sentence) == "Mick Tedder"


def test_a_courtesy_title_of_another_surname_is_not_completed():
    text = "The minister wrote to Harlow East AM Mick Tedder about the office. Mr Holt said the reply was late."
    assert who(text, "Mr Holt said the reply was late.") != "Mick Tedder"


# (c) a party race's description: the person the article wrote with the race's words

_RACE = ("Former President Ed Vance says Dunmore will not pay for a wall, despite what GOP presidential hopeful Tom Hale "
         "may claim. Vance said he is not willing to fund it. \"I will not pay,\" Vance told a reporter. "
         "The GOP front-runner, a builder by trade, insists he will make Dunmore pay.")


# (coref51's race_contender, undone for one held-out PolNeAR half-B claim under the strict matcher, is back in session
# 48: the chain matcher now credits the person the article writes with the description's words, and half B's chain
# count is the same with and without the rule; RESULTS coref57)


def test_a_race_description_is_the_person_written_so():
    assert who(_RACE, "The GOP front-runner, a builder by trade, insists he will make "
                      "Dunmore pay.") == "Tom Hale"


def test_a_race_description_of_another_party_is_not_taken():
    text = "Libertarian presidential nominee Al Roe spoke on Monday. The GOP nominee said his mic was broken."
    assert who(text, "The GOP nominee said his mic was broken.") != "Al Roe"


def test_a_race_description_of_the_party_is_taken():
    text = ("Libertarian presidential nominee Al Roe spoke on Monday. Republican presidential nominee Tom Hale spoke too. "
            "The Libertarian nominee said taxes would fall.")
    assert who(text, "The Libertarian nominee said taxes would fall.") == "Al Roe"


def test_a_front_runner_status_is_no_person():
    text = "The Dunmore Walkers lost again on Sunday. The team's front-runner status is gone, the coach said."
    assert who(text, "The team's front-runner status is gone, the coach said.") == "the coach"


# a former club's man: not the person just named (Left)

@pytest.mark.xfail(strict=True, reason="'the former <Club> man' is the article's main subject, not the person just "
                                       "named (a first version read it as 'he' and gave a player's words to his manager)")
def test_a_former_club_man_is_the_article_subject():
    text = ("Jan Kohler scored twice on Sunday. Kohler was said to be ill, though manager Ed Venn denied it. "
            "And the former Velden man says he is finally settling in, claiming he fits in well.")
    assert who(text, "And the former Velden man says he is finally settling in, claiming he fits in well.") == "Jan Kohler"


def test_a_town_man_is_not_the_person_named_before():
    text = "Jan Kohler spoke on Monday. A Dunmore man was arrested. The Dunmore man said he was innocent."
    assert who(text, "The Dunmore man said he was innocent.") != "Jan Kohler"


def test_the_capitalised_title_alone_is_its_one_holder():
    text = ("I met Cardinal Gerald Lacroy last year. \"Every person is a mystery,\" Lacroy told me. "
            "\"I am trying to do my best,\" the Cardinal said.")
    assert who(text, "\"I am trying to do my best,\" the Cardinal said.") == "Cardinal Gerald Lacroy"


# (d) a pronoun opening a clause told to someone: a weak vote

def _genders(*notes: tuple[str, str, str]) -> Genders:
    g = Genders()
    for name, before, after in notes:
        g.note(name, before, after)
    return g


def test_one_told_clause_pronoun_gives_no_gender():
    g = _genders(("Walker", "", " told reporters she bore clear liability."))
    assert g.of("Walker") is None


def test_two_told_clause_pronouns_agree():
    g = _genders(("Jo Walker", "", " told reporters she would run."), ("Jo Walker", "", " told the paper she had the votes."))
    assert g.of("Jo Walker") == "f"


def test_a_time_after_the_verb_is_no_one_told():
    g = _genders(("Jo Walker", "", " admitted Tuesday she went too far."))
    assert g.of("Jo Walker") == "f"


def test_a_full_name_with_a_told_vote_takes_its_surname_votes():
    g = _genders(("Jo Walker", "", " told reporters she would run."), ("Walker", "", " said she had the votes."))
    assert g.of("Jo Walker") == "f"


def test_a_bare_said_clause_keeps_its_vote():
    g = _genders(("Jo Walker", "", " said she would run."))
    assert g.of("Jo Walker") == "f"


def test_the_lieutenant_told_of_the_mother_stays_the_speaker():
    text = ("Police Lt. Sam Wexley said the mother left the boy in the park. Capt. Ed Stark said the mother would be "
            "charged. \"We found him in time,\" Wexley said. Wexley told reporters she bore clear liability. "
            "\"He is a fighter,\" Wexley said at a news conference. \"It is just hard to see,\" he said.")
    assert who(text, "\"It is just hard to see,\" he said.") == "Police Lt. Sam Wexley"  # (not the captain)


# the digest reads the office back from the claim texts (digest/affiliation.py)

def _claim(text: str, source: str):
    return SimpleNamespace(text=text, attributed_to=source)


def test_the_digest_reads_the_office_written_before_the_name():
    a, b = SimpleNamespace(id="a1"), SimpleNamespace(id="a2")
    claims = [(a, _claim("The minister wrote to Harlow East AM Mick Tedder about the office.", "article")),
              (a, _claim("Tedder said the reply was late.", "Mick Tedder")),
              (b, _claim("Mick Tedder said the reply was late.", "Mick Tedder")),  # no office written
              (b, _claim("Mayor Jo Marr said it was sad.", "Mayor Jo Marr")),
              (b, _claim("An audit accused Harlow AM Al Hale of waste.", "Al Hale"))]
    got = written_sources(claims)
    assert got[("a1", "Mick Tedder")] == "Harlow East AM Mick Tedder"
    assert ("a2", "Mick Tedder") not in got
    assert ("a2", "Mayor Jo Marr") not in got
    assert got[("a2", "Al Hale")] == "Harlow AM Al Hale"  # (not "An audit accused ...")
