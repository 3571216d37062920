"""Session 43, coref52 (issue 12): a lower-case office or description before a name is no part of the source (the
lead's policy, GUIDELINES §6: the fullest form of the NAME; the digest reads the office back as the person's
affiliation, digest/affiliation.py), and a short given name of the same surname ("Bill <Surname>" after "William
<Surname>") read as one person when no one else in the article has that surname. Invented text with placeholder
names, each shape with near-misses the rules must leave alone."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from summarizer.attribution.name_completion import office_person, one_given_form
from summarizer.digest.affiliation import written_sources
from tests.reading import who

# (a) a lower-case office before the name: the name (a title written right before it stays)


@pytest.mark.parametrize("name,expected", [
    ("Dunmore police spokeswoman Ana O'Dell", "Ana O'Dell"),
    ("company spokesman Rob Yarrow", "Rob Yarrow"),
    ("transit director Joan Pike", "Joan Pike"),
    ("police Lt. Dan Merrow", "Lt. Dan Merrow"),  # a title right before the name stays
    ("Vell County police spokesman Capt. Paul Stark", "Capt. Paul Stark"),
    # near-misses
    ("police spokeswoman Acme Corp", None),  # no person's name after it
    ("A study by Dunmore Law School professor Jo Marr", None),  # the study speaks
    ("Shares of Acme Corp", None),
    ("Mayor Jo Marr", None),  # a capitalised title stays
    ("Police Chief Ana Dell", None),
    ("Senate Minority Leader Jo Marr", None),
    ("police spokesman Rob Yarrow and union leader Al Hale", None),  # two speakers
    ("police spokeswoman", None),  # no name at all
])
def test_a_lower_case_office_is_left_out_of_the_name(name, expected):
    assert office_person(name) == expected


_POLICE = ("The ferry ran aground on Monday. Dunmore police spokeswoman Ana O'Dell said no one was hurt. "
           "\"The crew acted fast,\" she told reporters. Company spokesman Rob Yarrow said the ferry would sail again.")


@pytest.mark.parametrize("sentence,expected", [
    ("Dunmore police spokeswoman Ana O'Dell said no one was hurt.", "Ana O'Dell"),
    ("\"The crew acted fast,\" she told reporters.", "Ana O'Dell"),  # the pronoun takes the name too
    ("Company spokesman Rob Yarrow said the ferry would sail again.", "Rob Yarrow"),
])
def test_the_source_is_the_persons_name(sentence, expected):
    assert who(_POLICE, sentence) == expected


def test_a_title_and_a_body_alone_stay():
    text = "The bridge shut on Monday. Mayor Jo Marr said it would reopen. A police spokeswoman said the road was clear."
    assert who(text, "Mayor Jo Marr said it would reopen.") == "Mayor Jo Marr"
    assert who(text, "A police spokeswoman said the road was clear.") not in ("Jo Marr", "Mayor Jo Marr")


def test_the_digest_reads_the_office_back():
    art = SimpleNamespace(id="a1")
    claims = [(art, SimpleNamespace(text="Dunmore police spokeswoman Ana O'Dell said no one was hurt.",
                                    attributed_to="Ana O'Dell"))]
    assert written_sources(claims).get(("a1", "Ana O'Dell"), "").lower() == "dunmore police spokeswoman ana o'dell"


# (c) a short given name of the same surname: one person when no one else has that surname

@pytest.mark.parametrize("text,sentence,expected", [
    ("Party writer William Kraft said the party had lost its way. Later, Bill Kraft told a radio host he would not vote.",
     "Later, Bill Kraft told a radio host he would not vote.", "William Kraft"),
    ("Sen. Robert Deane said the bill was weak. \"It will fail,\" Bob Deane told reporters.",
     "\"It will fail,\" Bob Deane told reporters.", "Sen. Robert Deane"),
    # near-misses: another person of that surname, a given name of its own, a woman's courtesy title
    ("William Kraft said the party had lost its way. His wife, Ann Kraft, told a radio host she would not vote. "
     "Bill Kraft said it was over.", "Bill Kraft said it was over.", "Bill Kraft"),
    ("Bill Kraft said the party had lost its way. Later, Tom Kraft told a radio host he would not vote.",
     "Later, Tom Kraft told a radio host he would not vote.", "Tom Kraft"),
    ("William Kraft said the party had lost its way. Mrs Kraft said she agreed. Bill Kraft said it was over.",
     "Bill Kraft said it was over.", "Bill Kraft"),
])
def test_a_short_given_name_is_the_same_person(text, sentence, expected):
    assert who(text, sentence) == expected


def test_one_given_form_needs_two_forms():
    m = SimpleNamespace(name="William Kraft", kind="person", pos=0)
    assert one_given_form("Bill Kraft", {"Kraft": [m]}) == "William Kraft"
    assert one_given_form("William Kraft", {"Kraft": [m]}) == "William Kraft"
    assert one_given_form("Bill Kraft", {}) == "Bill Kraft"
    assert one_given_form("Acme Corp", {"Corp": [m]}) == "Acme Corp"


# (b) a party race's description of a person named before: still left (coref50's and coref51's strict xfails)

@pytest.mark.xfail(strict=True, reason="a race's description ('the presumptive <Party> nominee') is not resolved: "
                                       "coref51's form cost PolNeAR half B one named-source claim (0.962 -> 0.96); "
                                       "not retried in session 43 (RESULTS coref52: Left)")
def test_a_presumptive_nominee_is_the_person_named_before():
    text = ("Tom Hale won the last primary on Tuesday. \"We will unite the party,\" the presumptive Republican nominee "
            "said on Wednesday.")
    assert who(text, "\"We will unite the party,\" the presumptive Republican nominee said on Wednesday.") == "Tom Hale"


# (d) real51's names: "its spokesperson" is the spokesperson of the body just named


_BOARD = ("The boy has no school place. The Gazette asked the Harlow Schools Board for a reply but its spokesperson "
          "said they could not comment on single cases. \"We have a duty to protect the child,\" they said. "
          "\"The work goes on,\" the spokesperson added.")


@pytest.mark.parametrize("sentence", ["\"We have a duty to protect the child,\" they said.",
                                      "\"The work goes on,\" the spokesperson added."])
def test_its_spokesperson_speaks_for_the_body_just_named(sentence):
    assert who(_BOARD, sentence) == "the spokesperson for the Harlow Schools Board"


@pytest.mark.parametrize("text,sentence,expected", [
    ("Brightline Foods cut 300 jobs on Monday. Its spokeswoman said the cuts were needed.",
     "Its spokeswoman said the cuts were needed.", "the spokeswoman for Brightline Foods"),
    # near-misses: a person named last, a body named too far back
    ("Tom Reed runs the mill. Its spokesperson said it would close.", "Its spokesperson said it would close.", None),
    ("Brightline Foods cut 300 jobs on Monday. The union met. Tom Reed spoke. Its spokeswoman said the cuts were needed.",
     "Its spokeswoman said the cuts were needed.", None),
])
def test_its_spokesperson_needs_a_body_just_before(text, sentence, expected):
    got = who(text, sentence)
    assert got == expected if expected else (got is None or " for " not in got)


# (d) real51's names: "<Place>-based <Name>" is a description of where a body is based, no part of its name


def test_a_place_based_body_is_its_name_and_answers_as_it():
    text = ("Harlow-based Brantel is one of the largest grain traders.\nThe report says the firm cut down forests.\n"
            "In response to the claim that Brantel is to blame, Brantel said its ventures in the region were open.\n"
            "\"We agree with the state's right to farm a small part of its land,\" it said.\n")
    assert who(text, "In response to the claim that Brantel is to blame, Brantel said its ventures in the region "
                     "were open.") == "Brantel"
    assert who(text, "\"We agree with the state's right to farm a small part of its land,\" it said.") == "Brantel"


@pytest.mark.parametrize("name,kind", [
    ("Harlow-based Brantel", "name"),  # one word after it: the resolver decides, as for "Brantel"
    ("London-based economist Jo Marr", "person"),  # near-misses: what follows keeps its kind
    ("Harlow-based Brantel Bank", "org"),
])
def test_a_based_description_keeps_the_kind_of_what_follows(name, kind):
    from summarizer.attribution.name_kinds import classify
    assert classify(name) == kind


def test_a_middle_initial_is_no_other_given_name():
    text = "Lena Holt spoke on Monday. Lena E. Holt said she was asked. Holt said her colleague had not worked on it."
    assert who(text, "Lena E. Holt said she was asked.") == "Lena E. Holt"
