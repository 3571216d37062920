"""Issue 12/15, session 7 (branch conf8): subjects of a frame the digest's conflict sides depend
on. Sentences written for the test (never copied from dev data), each rule with what it must
leave alone."""

from __future__ import annotations

import pytest

from tests.test_attribution_session5_cues import _rels, _who


@pytest.mark.parametrize("text, source, content", [
    # a description, then the name in apposition, then the cue and a tail before "that": the
    # description is the speaker's, the "that"-clause the content (it was read as a final frame
    # whose content was the description)
    ("A spokeswoman for the city, Jane Roe, said in a statement that the bridge would reopen.",
     "Jane Roe", "in a statement that the bridge would reopen."),
    ("A lawyer for the builder, John Doe, confirmed in a statement on Monday that prosecutors intended to file charges.",
     "John Doe", "in a statement on Monday that prosecutors intended to file charges."),
    # the name with the body it is of ("Jane Roe of Roe Partners")
    ("A lawyer for the builder, Jane Roe of Roe Partners, confirmed that prosecutors intended to file charges.",
     "Jane Roe", "that prosecutors intended to file charges."),
])
def test_a_described_name_before_the_cue_is_the_speaker(text, source, content):
    assert [(r[0], r[2]) for r in _rels(text)] == [(source, content)]
    assert _who(text, "prosecutors intended" if "prosecutors" in text else "the bridge would reopen") == source


@pytest.mark.parametrize("text, content", [
    # a clause before the description and name is the content of a final frame, as before
    ("The tax will pass, the aide, Jane Roe, said in a statement.", "The tax will pass,"),
    ("The tax will pass, the aide, Jane Roe of the Tax Office, said in a statement.", "The tax will pass,"),
])
def test_a_clause_before_a_described_name_stays_the_content(text, content):
    assert [(r[0], r[2]) for r in _rels(text)] == [("Jane Roe", content)]


@pytest.mark.parametrize("text, source", [
    ("A release from Mr. Doe’s office about the planned vote noted that the council had raised the fee.", "Mr. Doe’s office"),
    ("But a release from the office about the meeting noted that the council had raised the fee.", "the office"),
    ("A letter from the union to its members on Monday warned that the plant would close.", "the union"),
    # a name that holds "of" stays whole
    ("A statement from the Department of Justice on Friday said that the inquiry was over.", "the Department of Justice"),
])
def test_a_statement_from_a_source_ends_before_what_it_is_about(text, source):
    rels = _rels(text)
    assert len(rels) == 1 and rels[0][0] == source, rels


@pytest.mark.parametrize("text", [
    # an opening participle phrase holding a programme's quoted title, then a name with a party tag
    'Speaking on Channel Nine\'s "Morning Hour," Sen. Jane Roe, R-Ohio, said the port\'s budget was "wildly short."',
    "Speaking on “Meet the Press,” Jane Roe said the port's budget was short.",
])
def test_a_quoted_title_in_an_opening_phrase_keeps_the_sentence_the_speakers(text):
    assert _who(text, text) in ("Sen. Jane Roe", "Jane Roe")


def test_a_quotation_in_an_opening_phrase_is_no_title():
    text = 'Saying "the port will never close, whatever the council decides," Jane Roe left the hall.'
    assert _who(text, text) is None


@pytest.mark.parametrize("text, state", [
    ("“You obviously cannot do that,” Jane Roe told WXYZ, a radio station in Lexington, Ky.", "Ky."),
    ("“You obviously cannot do that,” Jane Roe told WXYZ, a radio station in Albany, N.Y.", "N.Y."),
])
def test_told_an_addressee_described_with_a_town_and_state(text, state):
    assert _who(text, "You obviously cannot do that") == "Jane Roe"


def test_a_cue_in_an_infinitive_has_no_subject_and_a_day_is_no_part_of_a_name():
    text = ("Council members kept up pressure on Chairman John Doe Sunday to better explain his claim "
            "that the port is a \"project of the mayor's choosing.\"")
    assert [r[0] for r in _rels(text)] == ["Chairman John Doe"]
    # "to (also) explain" after an appeal: the appeal's frame, not the infinitive's
    assert _rels("Council members urged the mayor to also explain that the port was late.")[0][0] == "Council members"
    assert _rels("He went on to add that the port was late.")[0][0] == "He"


@pytest.mark.parametrize("text", [
    'Speaking on "Morning Hour," Sen. Jim Doe, R-Ohio, would not go that far but said Roe must apologize to the crews.',
    "Sen. Jim Doe, R-Ohio, would not go that far but said Roe must apologize to the crews.",
    "Speaking to reporters in the capital, Sen. Jim Doe declined to comment but said Roe must apologize to the crews.",
])
def test_a_coordinated_cue_after_a_party_tag_or_an_opening_participle(text):
    assert _who(text, "Roe must apologize to the crews") == "Sen. Jim Doe"


def test_an_opening_participle_is_no_name():
    text = "Speaking at the dock, the crowd cheered and said the port would reopen."
    assert all(r[0] != "Speaking" for r in _rels(text))


def test_two_roles_joined_by_and_describe_the_name_before_the_cue():
    text = ("Representative Jane Roe, Democrat of Vermont and the chair of the harbor committee, also said in a "
            "statement that she hoped the mayor would pay back the city.")
    assert _who(text, text) == "Representative Jane Roe"
    # a second name joined by "and" is no role of hers
    text = "Representative Jane Roe, Republican of Ohio and Smith of Texas, said the mayor would pay back the city."
    assert _who(text, text) is None


def test_they_after_a_subject_of_people_and_a_name_joined_by_and():
    text = ("The backlash to the new harbor tax grew on Monday. But state lawmakers and Gov. Jane Roe have been "
            "defending the tax since the governor signed it. They note that the state passed a similar tax in 1993.")
    assert _who(text, "the state passed a similar tax in 1993") == "state lawmakers and Gov. Jane Roe"
    # two names, or a thing and a name, are no such group
    text = ("The backlash to the new harbor tax grew on Monday. Taxes and Gov. Jane Roe have dominated the debate. "
            "They note that the state passed a similar tax in 1993.")
    assert _who(text, "the state passed a similar tax in 1993") != "Taxes and Gov. Jane Roe"
