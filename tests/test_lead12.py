"""The lead's reading in session 12 (a PolNeAR court story, half A): an act and what its subject
said while doing it ("X did A, saying B") are two claims, the act the outlet's and stated, what was
said the subject's; an indefinite subject of a person noun ("A New York judge") is a frame's source.
Sentences written for the test, in the shape that went wrong."""

from __future__ import annotations

import pytest

from tests.test_reading_outputs import _code


def _claims(body: str):
    return [(c.text, c.attributed_to, c.certainty) for c in _code("A headline for the test.\n\n" + body).claims]


@pytest.mark.parametrize("body, act, said", [
    ("A state judge has rejected a media request to unseal the file, saying the courts have no business deciding "
     "what voters need.", "A state judge has rejected a media request to unseal the file.",
     ("A state judge said that the courts have no business deciding what voters need.", "A state judge")),
    ("The mayor approved the budget on Monday, arguing that there was no time to lose.",
     "The mayor approved the budget on Monday.", ("The mayor argued that there was no time to lose.", "The mayor")),
    ("The newspapers filed a motion to unseal the records, arguing the move was needed to inform voters.",
     "The newspapers filed a motion to unseal the records.",
     ("The newspapers argued that the move was needed to inform voters.", "The newspapers")),
])
def test_an_act_and_what_was_said_while_doing_it_are_two_claims(body, act, said):
    got = _claims(body)
    assert (act, "article", "stated") in got  # the act happened: no "no business" negates it
    assert any(t == said[0] and who == said[1] for t, who, _ in got), got


@pytest.mark.parametrize("body", [
    "The minister said the talks had failed, insisting that no deal was possible.",  # one speech act, one claim
    "Officials denied the report, saying it was false.",  # a denial and its reason: one claim
    # a count in the source would sit in a claim whose evidence lacks it: one claim, the speaker's
    "Two newspapers filed a motion to unseal the records, arguing the move was needed to inform voters.",
])
def test_a_speech_act_with_a_saying_participle_stays_one_claim(body):
    got = _claims(body)
    assert len(got) == 1 and got[0][0] == body, got  # never half of it: no claim lost to the split


@pytest.mark.parametrize("body, source", [
    # a relative clause set off after the subject, an opener ending in a quoted programme name
    ("On \"Meet the Voters,\" Sen. Jane Roe (Vt.), who lost the primary to Smith, identified young voters' "
     "fatigue with the war as one of the reasons they should turn out.", "Sen. Jane Roe"),
    ("On Sunday, Sen. Jane Roe, who lost the primary to Smith, identified young voters' fatigue with the war as "
     "one of the reasons they should turn out.", "Sen. Jane Roe"),
])
def test_a_characterisation_after_an_aside_or_a_quoted_opener_is_the_subjects(body, source):
    got = _claims(body)
    assert got[0][1].startswith(source) and got[0][2] != "stated", got


def test_the_quotation_after_the_characterisation_goes_to_its_speaker_not_the_one_before():
    body = ('"We need order," Gov. John Doe said on Sunday.\n\n'
            "Sen. Jane Roe, who lost the primary to Smith, identified young voters' fatigue as one of the reasons "
            'they should turn out. "The younger people are sick and tired of the war."')
    got = _claims(body)
    assert got[-1][0].startswith('"The younger people') or got[-1][0].startswith("The younger people"), got
    assert got[-1][1].startswith("Sen. Jane Roe"), got


@pytest.mark.parametrize("body", [
    'Small groups of protesters marched through the streets while chanting, "Hands up, don\'t shoot."',
    'Residents carried signs reading "No more delays" outside the hall.',
])
def test_a_chant_or_a_sign_does_not_negate_the_sentence(body):
    assert _claims(body)[0][2] == "stated"


def test_a_negation_outside_the_slogan_still_negates():
    assert _claims('The council did not approve the "green" budget.')[0][2] == "negated"


@pytest.mark.parametrize("sentence, values", [
    ("A study found that 1 in 4 residents lived in poor areas in 2010, up from 1 in 10 in 2000.", []),
    ("One in five children lives in poverty, and nine out of 10 doctors agree.", []),
    ("Police arrested 30 people in 12 towns.", [30.0, 12.0]),  # not a share
    ("Five people died in 2019 in three crashes.", [5.0, 3.0]),
])
def test_a_share_is_no_count(sentence, values):
    from summarizer.quantity import quantities
    assert [q["value"] for q in quantities(sentence)] == values


def test_a_double_hyphen_pair_is_an_aside_and_the_name_before_it_speaks():
    got = _claims("Kall -- co-editor of Debating Today, a book on the primaries -- said the candidate tended to "
                  "make announcements at those events.")
    assert got[0][1] == "Kall", got


def test_a_weekday_ends_the_counted_phrase():
    from summarizer.quantity import quantities
    assert [q["counted"] for q in quantities("They meet for the first of three debates Monday at the college.")] == ["debates"]


def test_a_quotation_going_on_into_the_next_sentence_is_closed_at_the_claims_end():
    got = _claims('"I think the mayor will be very fair," Smith said during a rally in the capital, "but a lot of people '
                  'are going to be watching to see if that is true. The reason why so many people are opposed is clear."')
    assert got[0][0] == ('"I think the mayor will be very fair," Smith said during a rally in the capital, "but a lot of '
                         'people are going to be watching to see if that is true."'), got
