"""Cue shapes still read wrong on real news (session 41, issue 12; branch attr50): a speaker who opens the sentence
before a closing "according to <paper>" ("<Name> said that A, according to <paper>"; '"...," she said in the
statement, according to <paper>'), plural nouns and stories read as cues ("Very few <Brand> labels used ...",
"<Labels> tell the story of ..."), a statement noun's "of" phrase taken for its issuer ("An official report of the
calls <Name> made ..."), a bare plural source in a "with" clause ("..., with government figures saying ..."), a
prepositional opener holding a relative clause ("On a mobile page, which was still live, the network said ..."), a
named speaker's relative clause closing the sentence ('They include Senator <Name>, who said Tuesday, "..."') and an
inverted tag set inside its clause ("<Name>, says press officer <Name2>, found ..."). Invented texts; near-misses
keep their reading."""

from __future__ import annotations

import pytest

from summarizer.attribution import analyze

from tests.reading import TREASURER_HEAD as HEAD, read  # (the shared helper)


# (a) the speaker opens the sentence (or speaks "in the statement"); the closing according-to source only relays
@pytest.mark.parametrize("sentence,who", [
    ("Lena Pardo said that the dam had burst on Monday, according to the Elmton Courier.", "Lena Pardo"),
    ("Lena Pardo told the court that the dam had burst on Monday, according to the Elmton Courier.", "Lena Pardo"),
    ("She said the dam had burst on Monday, according to the Elmton Courier.", "Ada Moss"),
    ('"We are very sad about it and we will rebuild," she said in the statement, according to the Elmton Courier.', "Ada Moss"),
    ('"We are very sad about it and we will rebuild," Lena Pardo said at the hearing, according to the Elmton Courier.', "Lena Pardo"),
])
def test_the_speaker_before_a_closing_according_to(sentence, who):
    assert read(sentence)[0] == who


@pytest.mark.parametrize("sentence,who", [
    # no speaker opens the sentence: the closing source holds it
    ("The dam had burst on Monday, according to the Elmton Courier.", "the Elmton Courier"),
    # a description, not a name, opens it: left to the closing source as before
    ("The ministry said that the dam had burst on Monday, according to the Elmton Courier.", "the Elmton Courier"),
    # a second clause after ", and" may be the closing source's own
    ("Lena Pardo said the fees will stay, and the stalls will go, according to the Elmton Courier.", None),
])
def test_near_misses_of_the_opening_speaker(sentence, who):
    if who is None:
        assert read(sentence, "the stalls will go")[0] != "Lena Pardo"
    else:
        assert read(sentence)[0] == who


def test_the_where_tail_is_short_and_lower_case():
    from summarizer.attribution.according_to import _where_tail
    from summarizer.attribution.text import tokens
    t = "in the statement"
    assert _where_tail(tokens(t, 0, len(t)))
    t = "in the statement to Lena Pardo and the others at the hall"
    assert not _where_tail(tokens(t, 0, len(t)))


# (c) a cue word that is the plural noun after a plural-only quantifier; a story as the object
@pytest.mark.parametrize("sentence", [
    "Very few Elmton labels used the new press in the years after the war.",
    "A number of Brackford labels started during the strike after calls were made to stop buying imported goods.",
    "Many Elmton labels carried the old town crest until the war.",
    "Labels from the 1920s in the museum tell the story of the town's old trade.",
    "The old photographs tell the story behind the town's first mill.",
    "Lena Pardo told the story of a girl who walked three miles to school every day.",
])
def test_no_cue_for_its_subject(sentence):
    assert read(sentence)[0] is None


@pytest.mark.parametrize("sentence,who", [
    ("Many experts say the dam was never safe.", "Many experts"),
    ("Few residents believe that the dam was ever safe.", "Few residents"),
    ("Lena Pardo labels the plan a waste of money.", "Lena Pardo"),
    ("Lena Pardo told the council that the story of the dam was a lie.", "Lena Pardo"),
])
def test_near_misses_of_no_cue(sentence, who):
    assert read(sentence)[0] == who


def test_the_quantified_noun_and_the_story_object():
    from summarizer.attribution.cue_subjects import quantified_noun, story_object
    t = "Very few Elmton labels used the press."
    assert quantified_noun(t, (0, 15), (16, 22))
    t = "Tom Reed labels the plan a waste."
    assert not quantified_noun(t, (0, 8), (9, 15))
    t = "They tell the story of the mill."
    assert story_object(t, (5, 9), len(t))
    assert not story_object("They tell the council the mill shut.", (5, 9), 36)


# (d) a statement noun's "of" phrase that names what it is about, not its issuer
def test_a_report_of_things_keeps_the_report():
    sentence = ("A formal record of the phone calls Lena Pardo placed to the night desk, seen by the Elmton Press "
                "agency, revealed that she waited an hour.")
    who = read(sentence)[0]
    assert who is not None and who.lower().startswith("a formal record")


@pytest.mark.parametrize("raw,name", [
    ("A report of the commission", "the commission"),
    ("a statement of the ministry", "the ministry"),
    ("the report of the Audit Office", "the Audit Office"),
    ("a statement from the fire department", "the fire department"),
])
def test_near_misses_a_report_of_its_issuer(raw, name):
    from summarizer.attribution.name_kinds import clean_name
    assert clean_name(raw) == name


# (e) a bare plural source in a "with" clause
@pytest.mark.parametrize("sentence,part,who", [
    ("Floods are common in the region, with government figures saying some 300 people are displaced every year.",
     "some 300 people are displaced every year.", "government figures"),
    ("The dam was shut in May, with officials warning that it could burst in the next storm.",
     "it could burst in the next storm.", "officials"),
])
def test_a_with_clause_of_a_bare_plural_source(sentence, part, who):
    assert read(sentence, part)[0] == who


@pytest.mark.parametrize("sentence", [
    "Floods are common in the region, with heavy rains falling in the spring and the river rising every year.",
    "The dam was shut in May, with prices rising in the town for months after the storm.",
])
def test_near_misses_of_the_with_clause(sentence):
    assert read(sentence)[0] is None


# (f) a prepositional opener with a relative clause of "which" + "be" on its object
@pytest.mark.parametrize("sentence", [
    "On a mobile page, which was still live, the network said the dam had burst.",
    "In a statement, which was posted online, the network said the dam had burst.",
])
def test_an_opener_with_a_be_relative(sentence):
    assert read(sentence)[0] == "the network"


@pytest.mark.parametrize("sentence", [
    "On a blog page, which the network had shut, the network said the dam had burst.",
    "In the town, which was flooded, the dam burst on Monday.",
])
def test_near_misses_of_the_be_relative(sentence):
    assert read(sentence)[0] is None


# (g) a named speaker's relative clause closing the sentence
@pytest.mark.parametrize("sentence,part,who", [
    ('They include Senator Lena Pardo, who said Tuesday, "The dam is not safe and never was."',
     '"The dam is not safe and never was."', "Senator Lena Pardo"),
    ("Among the guests was the envoy to the Trade Council, Lena Pardo, who said on Tuesday that the dam is not safe.",
     "the dam is not safe.", "Lena Pardo"),
])
def test_a_closing_relative_of_a_named_speaker(sentence, part, who):
    assert read(sentence, part)[0] == who


@pytest.mark.parametrize("sentence", [
    "Senator Lena Pardo, who said Tuesday that the dam is not safe, left the hall early.",
    "They include Senator Lena Pardo, who lives in Brackford with her two dogs.",
])
def test_near_misses_of_the_closing_relative(sentence):
    assert read(sentence, sentence[sentence.index("the hall") if "hall" in sentence else 0:])[0] is None


# (h) an inverted tag set inside the clause it breaks
@pytest.mark.parametrize("sentence,who", [
    ("Tom Reed, says press officer Lena Pardo, found the coin in a field near the river.", "Lena Pardo"),
    ("Tom Reed, says Lena Pardo, found the coin in a field near the river.", "Lena Pardo"),
    ("The coin, says press officer Lena Pardo, was found in a field near the river.", "Lena Pardo"),
])
def test_an_inverted_tag_inside_its_clause(sentence, who):
    assert read(sentence)[0] == who


@pytest.mark.parametrize("sentence,who", [
    ("The mayor, Jo Bell, said the hull, built in a yard, was sound.", "Jo Bell"),
    ("The mayor, Jo Bell, said Tom Reyes, the engineer, had built the dam.", "Jo Bell"),
])
def test_near_misses_of_the_inverted_tag(sentence, who):
    assert read(sentence)[0] == who


# near-misses found on the dev data (flipall), each a shape the first versions misread
@pytest.mark.parametrize("sentence,who", [
    ("Tom Reyes told backers about his bid during a call late on Friday, according to the Elmton Courier.",
     "the Elmton Courier"),  # an act the paper reports, no clause
    ("The Elmton Courier reports that the mayor has won among the voters of the north, according to the Brackford Poll Centre.",
     "the Brackford Poll Centre"),  # a report relays the data
    ("Every group on the board, apart from the Reds, agreed on the scheme, according to reports from the town.",
     "reports from the town"),  # "agreed on the plan": no where-tail after a subject of its own
])
def test_near_misses_of_the_closing_according_to_on_the_dev_data(sentence, who):
    assert read(sentence)[0] == who


def test_a_quotation_before_a_question_put_to_the_speaker_keeps_a_source():
    sentence = ('"That would make me look silly," Tom Reyes replied after the mayor, Jo Bell, asked him the question '
                'to his face, according to two aides who were in the room.')
    assert read(sentence)[0] is not None


# attr49's Left: a described subject before a two-word verb; a that-clause whose subject holds a prepositional phrase
@pytest.mark.parametrize("sentence,who", [
    ("The new coach hit back, telling reporters that the team had been unlucky.", "The new coach"),
    ("The new manager fired back, telling reporters that the team had been unlucky.", "The new manager"),
])
def test_a_described_subject_before_a_two_word_verb(sentence, who):
    assert read(sentence)[0] == who


@pytest.mark.parametrize("sentence", [
    "The official figures rose, showing that the town had grown by a third.",
    "The old river rose fast, flooding the town that night.",
])
def test_near_misses_of_the_described_subject(sentence):
    assert read(sentence)[0] is None


def test_a_that_clause_whose_subject_holds_a_phrase():
    from summarizer.attribution.that_clauses import that_clause
    assert that_clause("that two schools in the town had shut")
    assert that_clause("that the boats on the lake were lost")
    assert not that_clause("that argument in a ruling on the case")
    assert not that_clause("that in the town had been a fair")


# (b) "<Reports> suggest that A and Ms <Name> added: "<quote>"": the quotation is hers, A stays the reports'
def test_a_second_speaker_after_a_that_frame():
    sentence = 'Reports suggest that the dam burst on Monday and Ms Pardo added: "It is a very sad day for all of us."'
    assert read(sentence, '"It is a very sad day for all of us."')[0] == "Ms Pardo"
    assert read(sentence, "the dam burst on Monday")[0] == "Reports"


@pytest.mark.parametrize("sentence,part", [
    ("Reports suggest that the dam burst on Monday and Ms Pardo added two more boats to the search.", "Ms Pardo added two more boats"),
    ('Reports suggest that the dam burst on Monday and that "a very sad day" followed for all of us.', "a very sad day"),
])
def test_near_misses_of_the_second_speaker(sentence, part):
    assert read(sentence, part)[0] == "Reports"


def test_a_described_subject_with_a_long_predicate_keeps_its_reading():
    # a shorter head is tried only before a short verb ("hit back,"): "The source picked apart one big piece of the
    # account, insisting that ..." keeps the reading it had (the source's, the clause from "that")
    text = HEAD + ("The source picked apart one big piece of the whole account given, insisting that the council never offered "
                   "Tom Reyes the post of chief of the port.\n")
    rel = [r for r in analyze(text).relations if r.cue == "insisting"][0]
    assert text[rel.content[0][0]:].startswith("that")


def test_an_aside_before_the_closing_according_to_is_the_asides():
    # the part right before ", according to" opens with a preposition: the closing source backs that aside (a price),
    # the opening speaker does not take the sentence (tests/test_conflict47.py)
    sentence = ("Brill Foods said on Tuesday that it would buy Marr Dairies, in a deal that puts the firm at $2.1 billion, "
                "according to people told of the terms.")
    assert read(sentence)[0] != "Brill Foods"


def test_a_story_told_with_a_quotation_keeps_its_frame():
    from summarizer.attribution.cue_subjects import no_cue
    from summarizer.chunk import Span
    from summarizer.attribution.frames import Frame
    text = 'Tom Reyes tells the story of his aunt, who wrote, "The lake is frozen and the boats are in."'
    fr = Frame((0, 9), (10, 15), "indirect", [(16, len(text))], "initial")
    assert not no_cue(text, Span(0, len(text)), fr)
    plain = "Tom Reyes tells the story of his aunt, who sailed the lake for years."
    assert no_cue(plain, Span(0, len(plain)), Frame((0, 9), (10, 15), "indirect", [(16, len(plain))], "initial"))
