"""Cue shapes that read as the outlet's voice (session 39, issue 12; branch attr48): an answer that goes further
before "telling <object> that" ("<X> went further, telling the council that A"), a cleft ("It was <X> who first said
A"), a pseudo-cleft ("What <X> told the council was that A"), an attempt to convince ("<X> has tried to convince
residents that A"), the writer's modal belief ("I would predict ...", "I must admit that ..."), "felt" with no "that"
("A few voters felt the mayor was not ..."), a statement quoted from someone in a relative ("<Paper>
quoted a statement from <spokesman>, who said A"), and an outlet's clause coordinated after a denial ("<X> denies A and
investigations have cleared her"). Invented texts; near-misses keep their reading."""

from __future__ import annotations

import pytest


from tests.reading import read  # (the shared helper)


# (a) an answer, or one that goes further, before a saying or telling participle: the sentence is the speaker's
@pytest.mark.parametrize("sentence,who", [
    ("Moss went further, telling the council that the pool had lost money for a decade.", "Ada Moss"),
    ("Moss disagreed, telling the council that the pool had lost money for a decade.", "Ada Moss"),
    ("Lena Pardo went further, saying that the heating bill had doubled since the spring.", "Lena Pardo"),
    ("Lena Pardo went a step further, telling reporters that the heating bill had doubled.", "Lena Pardo"),
    ("Lena Pardo hit back, telling reporters that the heating bill had doubled since the spring.", "Lena Pardo"),
])
def test_an_answer_then_telling_that(sentence, who):
    assert read(sentence)[0] == who


@pytest.mark.parametrize("sentence", [
    "Lena Pardo went further into the woods, telling no one where she was.",
    "Lena Pardo went to the library, telling the staff about the new rota.",
    "The river went further than ever before, flooding the council car park.",
])
def test_near_misses_of_an_answer(sentence):
    assert read(sentence)[0] is None


# (b) a cleft: the person focused is the speaker
@pytest.mark.parametrize("sentence,who", [
    ("It was Lena Pardo who first said the changing rooms were unsafe.", "Lena Pardo"),
    ("It was Lena Pardo who said the changing rooms were unsafe.", "Lena Pardo"),
    ("It was Moss who later argued that the pool should close in the winter.", "Ada Moss"),
])
def test_a_cleft_names_the_speaker(sentence, who):
    assert read(sentence)[0] == who


@pytest.mark.parametrize("sentence", [
    "It was Lena Pardo who opened the new changing rooms on Monday.",
    "It was the pool that lost money for a decade, not the library.",
    "It was late when the council said goodbye to the visitors.",
])
def test_near_misses_of_a_cleft(sentence):
    assert read(sentence)[0] is None


# (c) a pseudo-cleft with "that" or a colon after "was"
@pytest.mark.parametrize("sentence,who", [
    ("What Lena Pardo told the council was that the changing rooms were unsafe.", "Lena Pardo"),
    ("What Moss said was that the pool had lost money for a decade.", "Ada Moss"),
    ("But what the treasurer argued was that the pool should close in the winter.", "Ada Moss"),
])
def test_a_pseudo_cleft_is_the_speakers(sentence, who):
    assert read(sentence)[0] == who


@pytest.mark.parametrize("sentence", [
    "What Lena Pardo said was not recorded in the minutes of the meeting.",
    "What the council did was close the pool for the whole winter.",
    "What Lena Pardo bought was a new boat for the rowing club.",
])
def test_near_misses_of_a_pseudo_cleft(sentence):
    assert read(sentence)[0] is None


# (d) trying to convince or persuade someone that A: the statement was made to them
@pytest.mark.parametrize("sentence,who", [
    ("The treasurer has tried to convince residents that the pool is safe.", "Ada Moss"),
    ("Lena Pardo tried to persuade the board that the changing rooms were unsafe.", "Lena Pardo"),
    ("Moss is trying to convince the council that the heating bill has doubled.", "Ada Moss"),
])
def test_trying_to_convince_that(sentence, who):
    src, cert = read(sentence)
    assert src == who
    assert cert != "stated"


@pytest.mark.parametrize("sentence", [
    "Moss tried to convince residents to use the new changing rooms.",  # no "that" clause: an act
    "Moss tried to persuade the board with a new set of figures.",
    "The lifeguards tried to convince the swimmers of the danger.",
])
def test_near_misses_of_trying_to_convince(sentence):
    assert read(sentence)[0] is None


# (e) the writer's belief with a modal or a concession between "I" and the cue (GUIDELINES: the writer)
@pytest.mark.parametrize("sentence", [
    "I would predict that the council will lose the vote in the spring.",
    "I must admit that the new changing rooms have worked well.",
    "I have to admit the new changing rooms have worked well.",
    "I admit that the new changing rooms have worked well.",
])
def test_the_writers_modal_belief(sentence):
    assert read(sentence)[0] == "the writer"


@pytest.mark.parametrize("sentence", [
    "We might wish that the council had listened to the swimmers.",  # a modal wish: GUIDELINES, the outlet's
    "I must leave the meeting early on Tuesday to catch the bus.",
    "I would visit the pool on Monday if the council asked me to.",
])
def test_near_misses_of_the_writers_belief(sentence):
    assert read(sentence)[0] is None


# (f) "felt" with no "that": a clause of a subject and a finite verb
@pytest.mark.parametrize("sentence,who", [
    ("A few voters felt the mayor was not doing enough for the pool.", "A few voters"),
    ("Lena Pardo felt the council had ignored the swimmers for a decade.", "Lena Pardo"),
    ("Many residents felt they would lose the pool within a year.", "Many residents"),
])
def test_felt_with_no_that(sentence, who):
    assert read(sentence)[0] == who


@pytest.mark.parametrize("sentence", [
    "Many residents felt the ground shake on Tuesday night.",
    "Many residents felt the heat of the fire from their gardens.",
    "Lena Pardo felt sick after the long swim in the cold lake.",
])
def test_near_misses_of_felt(sentence):
    assert read(sentence)[0] is None


# (g) a statement quoted from someone, who said A: the speaker's
@pytest.mark.parametrize("sentence,who", [
    ("The Elmton Courier quoted a statement from a spokesman, Tom Vell, who said the firm would appeal the fine.", "Tom Vell"),
    ("The Elmton Courier quoted remarks by Lena Pardo, who said the pool would reopen in May.", "Lena Pardo"),
])
def test_a_statement_quoted_from_someone(sentence, who):
    assert read(sentence)[0] == who


@pytest.mark.parametrize("sentence", [
    "The Elmton Courier quoted a statement from a spokesman, Tom Vell, who has since left the firm.",
    "The Elmton Courier spoke to Lena Pardo, who runs the swimming club in the old town.",
])
def test_near_misses_of_a_quoted_statement(sentence):
    assert read(sentence)[0] is None


# (h) a denial of a noun phrase and a clause of the outlet's after "and"
@pytest.mark.parametrize("sentence,outlets", [
    ("Lena Pardo denies any wrongdoing and two inquiries have cleared her.", "two inquiries have cleared her."),
    ("Moss denied the claims and the county's auditors found no evidence against her.", "the county's auditors found no evidence against her."),
])
def test_an_outlets_clause_after_a_denial(sentence, outlets):
    assert read(sentence, outlets)[0] is None
    first = sentence[:sentence.index(" and ")]
    assert read(sentence, first)[0] is not None


@pytest.mark.parametrize("sentence,part", [
    ("Lena Pardo denies that she took the money and that she lied to the board.", "that she lied to the board."),
    ("Lena Pardo denied the claims and the allegations against her.", "the allegations against her."),
])
def test_near_misses_of_a_denial_cut(sentence, part):
    assert read(sentence, part)[0] == "Lena Pardo"


# (h) the claim cut: the outlet's clause after a denial is a piece of its own (contrast.and_frame_breaks -> picks)
def test_the_denial_and_clause_is_a_claim_break():
    from summarizer.attribution.contrast import and_frame_breaks
    seg = "Lena Pardo denies any wrongdoing over the accounts and two inquiries have cleared her."
    breaks = and_frame_breaks(seg)
    assert [seg[a:].split()[:2] for a, _ in breaks] == [["and", "two"]]


@pytest.mark.parametrize("seg", [
    "Lena Pardo denies that she took the money and that the inquiries have cleared her.",
    "Lena Pardo denies the claims and says she will appeal the ruling.",
    'Lena Pardo said "I deny the claims and two inquiries have cleared me" on Monday.',
])
def test_near_misses_of_the_denial_break(seg):
    from summarizer.attribution.contrast import and_frame_breaks
    assert and_frame_breaks(seg) == []


@pytest.mark.parametrize("seg", [
    "The plan was the same approach that the mayor rejected in May and that the unions have backed since.",
    "The plan was the same approach the mayor rejected in May and which the unions have backed since.",
])
def test_no_denial_break_inside_a_relative(seg):
    from summarizer.attribution.contrast import and_frame_breaks
    assert and_frame_breaks(seg) == []
