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
    ("A state judge has rejected a press request to open the file, saying the courts have no business judging "
     "what voters need.", "A state judge has rejected a press request to open the file.",
     ("A state judge said that the courts have no business judging what voters need.", "A state judge")),
    ("The mayor approved the budget on Monday, arguing that there was no time to lose.",
     "The mayor approved the budget on Monday.", ("The mayor argued that there was no time to lose.", "The mayor")),
    ("The broadcasters filed a request to open the files, arguing the step was needed to inform readers.",
     "The broadcasters filed a request to open the files.",
     ("The broadcasters argued that the step was needed to inform readers.", "The broadcasters")),
])
def test_an_act_and_what_was_said_while_doing_it_are_two_claims(body, act, said):
    got = _claims(body)
    assert (act, "article", "stated") in got  # the act happened: no "no business" negates it
    assert any(t == said[0] and who == said[1] for t, who, _ in got), got


@pytest.mark.parametrize("body", [
    "The minister said the talks had failed, insisting that no deal was possible.",  # one speech act, one claim
    "Officials denied the report, saying it was false.",  # a denial and its reason: one claim
    # a count in the source would sit in a claim whose evidence lacks it: one claim, the speaker's
    "Two broadcasters filed a request to open the files, arguing the step was needed to inform readers.",
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
    ("A survey found that 1 in 3 tenants lived in crowded flats in 2016, up from 1 in 8 in 2004.", []),
    ("One in five children lives in poverty, and nine out of 10 doctors agree.", []),
    ("Police arrested 30 people in 12 towns.", [30.0, 12.0]),  # not a share
    ("Five people died in 2019 in three crashes.", [5.0, 3.0]),
])
def test_a_share_is_no_count(sentence, values):
    from summarizer.quantity import quantities
    assert [q["value"] for q in quantities(sentence)] == values


def test_a_double_hyphen_pair_is_an_aside_and_the_name_before_it_speaks():
    got = _claims("Kall -- co-editor of Debating Today, a book on the primaries -- said the candidate liked to "
                  "make big promises at those rallies.")
    assert got[0][1] == "Kall", got


def test_a_weekday_ends_the_counted_phrase():
    from summarizer.quantity import quantities
    assert [q["counted"] for q in quantities("They meet for the first of three debates Monday at the college.")] == ["debates"]


def test_a_quotation_going_on_into_the_next_sentence_is_closed_at_the_claims_end():
    got = _claims('"I think the mayor will be very fair," Smith said during a rally in the capital, "but plenty of people '
                  'will be waiting to find out if that holds. The reason why so many people are opposed is clear."')
    assert got[0][0] == ('"I think the mayor will be very fair," Smith said during a rally in the capital, "but plenty of '
                         'people will be waiting to find out if that holds."'), got


def test_a_shared_surname_goes_to_the_person_the_article_calls_by_first_name():
    body = ("Secrecy surrounds Jane Doe's health, her former doctor says.\n\n"
            "Dr. Ann Roe, who was the physician of former Governor John Doe, said that in 1998, Doe hid a clot.\n\n"
            "Jane was back at work within days.\n\nFew people knew of Jane's illness at the time.\n\n"
            "In her 2003 book, Doe noted the clot's existence.")
    got = _claims(body)
    assert [who for t, who, _ in got if t.startswith("In her 2003 book")] == ["Jane Doe"], got


@pytest.mark.parametrize("body, certainty", [
    ("The mayor is no stranger to controversy over the city budget.", "stated"),
    ("Secrecy is not a stranger to the agency's budget process, the report says.", "reported"),
    ("The mayor is not a candidate for the seat this year.", "negated"),  # a plain negation stays
    ("The auditor said the losses were due to a pricing error and not a theft.", "reported"),
])
def test_litotes_and_a_contrasted_noun_do_not_negate(body, certainty):
    assert _claims(body)[0][2] == certainty


def test_he_after_a_secretary_of_a_department_is_that_person():
    body = ('Secretary General Jan Novak condemned the breach. "I count on the council to remain united," he told reporters.\n\n'
            "Secretary of State John F. Rowe said the republic would cooperate with fellow members to take measures in "
            'reply. He urged the South to return to the talks it quit in 2011.\n\n'
            '"We stay ready for serious and genuine talks," he said, referring to the country.')
    got = _claims(body)
    assert [who for _, who, _ in got[-2:]] == ["Secretary of State John F. Rowe"] * 2, got


def test_no_split_when_the_participle_may_belong_to_a_clause_inside_the_act():
    body = ("Roe's comments came as the premier turned down an invitation to meet the senators during his trip, "
            'saying such a meeting could "deepen the misreading" of his visit.')
    got = _claims(body)
    assert len(got) == 1 and not got[0][0].startswith("Roe's said"), got


def test_an_outcome_inside_quotation_marks_is_still_read():
    # the claim text keeps the article's quotation marks since lead12 closes a quotation cut at the
    # sentence's end; the digest's expected/done outcome rule must read through them
    from summarizer.digest.versions import outcomes_of
    assert outcomes_of('The Daily Ledger reports that Roe has already "been secretly indicted by a grand jury."') \
        == (set(), {"indicted"})
