"""Cue shapes still read wrong on real news (session 40, issue 12; branch attr49): an "according to" aside inside a
coordinated predicate ("X has missed two games and, according to Y, is probably stepping down"), a cue followed by
its time before "that" ("reported on Monday that"), a role compound whose first word is also a verb in an apposition
("<Name>, press officer at <museum>, said"), a sentence adverb before a speaking participle opener ("However,
speaking to <outlet> during a visit to <city>, <Name> insisted that"), "Speaking to <outlet> the boyfriend said" (no
comma), a quotation shouted after a colon ("a woman yelling at the pair: '...'"), a wish with a long
coordinated object ("<Name> wants <body> and <agency> (<ABBR>) to look hard at ..."), a described subject before
"telling <object> that" ("The treasurer disagreed, telling the council that A") and a contracted first person
("I'd predict that A"). Invented texts; near-misses keep their reading."""

from __future__ import annotations

import pytest

from summarizer.attribution import analyze

from tests.reading import TREASURER_HEAD as HEAD, read  # (the shared helper)


# (a) "and, according to Y, <predicate>": only the predicate after the aside is Y's
@pytest.mark.parametrize("sentence,outlets,sources", [
    ("The striker has missed two games and, according to Lena Pardo, is probably stepping down at the end of the season.",
     "The striker has missed two games and", "is probably stepping down at the end of the season."),
    ("Sales fell in the spring but, according to the firm, profits rose by a tenth in the summer.",
     "Sales fell in the spring but", "profits rose by a tenth in the summer."),
])
def test_according_to_after_a_coordinator(sentence, outlets, sources):
    assert read(sentence, outlets)[0] is None
    assert read(sentence, sources)[0] is not None


@pytest.mark.parametrize("sentence,part", [
    ("The striker, according to Lena Pardo, is probably stepping down at the end of the season.", None),
    ("But, according to the firm, profits rose by a tenth in the summer.", None),
    ("The striker has missed two games, according to Lena Pardo, and is probably stepping down.", "The striker has missed two games"),
])
def test_near_misses_of_the_coordinated_aside(sentence, part):
    assert read(sentence, part)[0] is not None


# (b) a cue, its time, then "that": the clause is the source's (a subject with a relative clause too)
@pytest.mark.parametrize("sentence", [
    "A reporter from the Elmton Courier who went to Brackford reported this week that two schools had shut for the winter.",
    "A correspondent at the Elmton Courier reported on Monday that the dam had burst.",
    "The ministry reported on Friday night that sales had fallen by a third.",
])
def test_a_cue_then_its_time_then_that(sentence):
    assert read(sentence)[0] is not None


def test_a_timed_cue_whose_clause_subject_has_a_preposition():
    assert read("A reporter from the Elmton Courier who went to Brackford reported this week that two schools in the town had shut.")[0] is not None


@pytest.mark.parametrize("sentence", [
    "A correspondent at the Elmton Courier traveled to Brackford on Monday to see the dam.",
    "The ministry opened on Friday a new office in the town centre.",
])
def test_near_misses_of_a_timed_cue(sentence):
    assert read(sentence)[0] is None


# (c) a role compound whose first word is also a cue verb, in an apposition with no determiner
@pytest.mark.parametrize("sentence", [
    "Lena Pardo, finds officer based at Elmton Castle Museum, said the object was found in a field near the river.",
    "Lena Pardo, press officer at the Elmton Museum, said the coin was found in a field.",
    "Lena Pardo, support worker, said the coin was found in a field.",
])
def test_a_role_compound_in_an_apposition(sentence):
    assert read(sentence)[0] == "Lena Pardo"


def test_a_role_compound_is_a_description_not_a_verb():
    from summarizer.attribution.apposition import description
    assert description("press officer at the Elmton Museum")
    assert description("finds officer based at the museum")
    assert not description("finds the coin in a field")
    assert not description("says the museum")
    assert not description("press the button")


# (d) a sentence adverb before a speaking participle opener; a run-in "Speaking to <outlet>" with no comma
@pytest.mark.parametrize("sentence,who", [
    ("However, talking to the ETV news desk while on a trip to Brackford, Lena Pardo insisted that the dam was safe.", "Lena Pardo"),
    ("Meanwhile, writing in the Elmton Courier on Sunday, Lena Pardo argued that the dam was safe.", "Lena Pardo"),
    ("Speaking to Elmton Daily Online the boyfriend said that he did not see what the problem was.", "the boyfriend"),
    ("Speaking to reporters the boyfriend said that the dam was safe.", "the boyfriend"),
])
def test_speaking_openers(sentence, who):
    assert read(sentence)[0] == who


@pytest.mark.parametrize("sentence,who", [
    ("However, talking to the ETV news desk while on a trip to Brackford, Lena Pardo opened the new dam.", None),
    ("Sadly, waiting for the bus in the rain during the storm, Lena Pardo heard that the dam was unsafe.", None),
    ("Speaking to the boyfriend Lena Pardo said that the dam was safe.", "Lena Pardo"),
])
def test_near_misses_of_speaking_openers(sentence, who):
    assert read(sentence)[0] == who


def test_the_run_in_source_is_cut_to_the_described_person():
    text = HEAD + "Speaking to Elmton Daily Online the boyfriend said that he did not see what the problem was.\n"
    rel = [r for r in analyze(text).relations if r.cue == "said"][0]
    assert rel.source == "the boyfriend"


# (e) a described person shouting (at someone) before a colon and a quotation
@pytest.mark.parametrize("sentence", [
    'Then came another woman yelling at the pair next door: "You should be ashamed of yourselves, both of you."',
    "Then came another woman yelling at the pair next door: 'You should be ashamed of yourselves, both of you.'",
])
def test_a_shouted_quotation(sentence):
    assert read(sentence)[0] == "another woman"


@pytest.mark.parametrize("sentence", [
    'The crowd was shouting at the couple: "You should be ashamed of yourselves, both of you."',
    'The dog kept barking: "Woof" was all the neighbours heard from the yard that night.',
])
def test_near_misses_of_a_shouted_quotation(sentence):
    assert read(sentence)[0] is None


# (f) a wish with a long coordinated object: the wisher's, speculative
@pytest.mark.parametrize("sentence", [
    "Lena Pardo wants the county's swimming board the ESB and the Regional Water Agency (RWA) to have a long look at the firm's accounts.",
    "Lena Pardo wants athletics' world governing body the ESB and the Regional Water Agency (RWA) to look at the accounts.",
    "Lena Pardo wants the town's swimming board and the Regional Water Agency (Rwa) to take a \"long, close look\" at the accounts.",
    "Lena Pardo wants the water board and the Regional Water Agency to look hard at the accounts.",
])
def test_a_wish_with_a_coordinated_object(sentence):
    assert read(sentence) == ("Lena Pardo", "speculative")


@pytest.mark.parametrize("sentence", [
    "Lena Pardo sold the county's swimming board and the Regional Water Agency (RWA) to a private firm.",
    "Lena Pardo wants a new pool, and the council voted to build one in the spring.",
])
def test_near_misses_of_a_wish(sentence):
    assert read(sentence)[0] is None


# (g) a described subject, an answer, then "telling <object> that"
@pytest.mark.parametrize("sentence,who", [
    ("The treasurer disagreed, telling the council that the pool had lost money for a decade.", "Ada Moss"),
    ("A local councillor objected, telling reporters that the pool had lost money for a decade.", "A local councillor"),
])
def test_a_described_subject_then_telling_that(sentence, who):
    assert read(sentence)[0] == who


@pytest.mark.parametrize("sentence", [
    "The river rose overnight, telling residents that the flood season had begun.",
    "The treasurer left the room, telling no one where she was going.",
])
def test_near_misses_of_a_described_subject(sentence):
    assert read(sentence)[0] is None


def test_a_described_subject_hitting_back():
    assert read("The new coach hit back, telling reporters that the team had been unlucky.")[0] == "The new coach"


# (h) a contracted first person: the writer (GUIDELINES), never the source "I'd"
@pytest.mark.parametrize("sentence", [
    "I'd predict that the council will lose the vote in the spring.",
    "I'd say that the council will lose the vote in the spring.",
])
def test_a_contracted_first_person(sentence):
    assert read(sentence)[0] == "the writer"


def test_a_contracted_third_person_keeps_its_source():
    assert read("She'd say that the council will lose the vote in the spring.")[0] == "Ada Moss"


def test_read21s_want_with_a_coordinated_object():
    # read21's Left d1 (tests/test_read21.py), now read: the wanter's call
    text = "The season opens in May. Ivo Lund wants the council and the club to review the \"whole sorry affair\" by spring."
    start = text.index("Ivo Lund wants")
    assert analyze(text).source_for(start, len(text)) == "Ivo Lund"


def test_only_a_contracted_would_is_cut_from_the_source():
    from summarizer.attribution.source_extent import corrected_source
    assert corrected_source("I'd say so.", (0, 3), (4, 7)) == (0, 1)
    assert corrected_source("We'd argue so.", (0, 4), (5, 10)) == (0, 2)
    assert corrected_source("I'll say so.", (0, 4), (5, 8)) == (0, 4)  # a transcript's "I'll ..." is no writer's
    assert corrected_source("I'd say so.", (0, 3), (4, 7), quoted=True) == (0, 3)  # inside a quotation: the speaker's
