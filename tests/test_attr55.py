"""Cue shapes still read wrong on real news (session 46, attr55; issue 12). Invented texts of the shapes lead45,
attr54 and real54 left; near-misses keep their reading."""

from __future__ import annotations

import pytest

from tests.reading import TREASURER_HEAD, code, first_sentence_certainty, read


def _claims(sentences: str) -> list[tuple[str, str, str]]:
    """(text, attributed_to, certainty) of the code path's claims of `sentences` after the invented opening."""
    out = code(TREASURER_HEAD + sentences + "\n")
    return [(c.text, c.attributed_to, c.certainty) for c in out.claims if "county treasurer" not in c.evidence.quote]


def _claim(sentences: str, opening: str) -> tuple[str, str]:
    hits = [(who, cert) for text, who, cert in _claims(sentences) if text.startswith(opening)]
    assert len(hits) == 1, _claims(sentences)
    return hits[0]


# -- a belief whose content is a short clause: the holder's (GUIDELINES §13) -------------------------------------------

@pytest.mark.parametrize("sentence, holder", [
    ("The mayor believes it will fail.", "The mayor"),
    ("Jane Reed believes it will fail.", "Jane Reed"),
    ("Most engineers think it will hold.", "Most engineers"),
    ("Critics doubt it will work.", "Critics"),
    ("Few experts believe that is likely.", "Few experts"),
])
def test_a_short_belief_is_its_holders(sentence, holder):
    assert _claim(sentence, sentence[:12])[0] == holder


@pytest.mark.parametrize("sentence, opening, holder", [
    ("A higher levee would also protect more homes, although few engineers believe that is likely.", "Few engineers", "few engineers"),
    ("A higher levee would also protect more homes, although many engineers believe that is unlikely.", "Many engineers", "many engineers"),
    ("A higher levee would also protect more homes, although the mayor believes that is unlikely.", "The mayor", "the mayor"),
])
def test_a_belief_after_although_is_its_holders(sentence, opening, holder):
    assert _claim(sentence, "A higher levee") == ("article", "speculative")
    assert _claim(sentence, opening)[0] == holder


def test_a_belief_after_although_is_not_the_earlier_speakers():
    text = "The mayor said a new levee would be built. A higher levee would also protect more homes, although few engineers believe that is likely."
    assert _claim(text, "Few engineers")[0] == "few engineers"


@pytest.mark.parametrize("sentence", [
    "Few plans believe that is likely.",  # "few" before no person noun
])
def test_near_misses_of_the_short_belief(sentence):
    assert _claim(sentence, sentence[:10])[0] == "article"


def test_near_miss_an_expectation_of_an_act_keeps_its_reading():
    assert _claim("The council expects it to pass.", "The council") == ("The council", "speculative")  # as on main


def test_near_miss_a_writers_belief_stays_the_writers():
    assert read("I believe it will fail.")[0] in (None, "the writer")


# -- a quotation's frame closed by the venue's ", where Y also spoke" ---------------------------------------------------

@pytest.mark.parametrize("sentence", [
    '"My name is not on the list, but our work is on the list," Mr. Reed said late on Friday at the County Farmers '
    'Union Foundation spring dinner in Dayton, where Mrs. Holt also spoke.',
    '"Our work is on the list," Mr. Reed said late on Friday at the County Farmers Union Foundation spring dinner in '
    'Dayton, where Mrs. Holt also spoke.',
])
def test_a_venue_clause_leaves_the_quotation_the_speakers(sentence):
    assert _claim(sentence, '"Our work')[0] == "Mr. Reed"
    assert _claim(sentence, "Mrs. Holt also spoke")[0] == "article"


def test_near_miss_an_event_clause_after_the_frame_stays_the_outlets():
    sentence = ('"We are ready for the vote," Mr. Reed said late on Friday at the County Farmers Union Foundation '
                'spring dinner in Dayton, after the union failed to show up.')
    assert read(sentence)[0] is None


# -- "No one disputes that ...": nobody denies, the content is affirmed (real54) --------------------------------------

@pytest.mark.parametrize("sentence", [
    "No one disputes that the levee is old.",
    "Nobody disputes that the mayor acted in good faith.",
    "No one denies that the levee is old.",
    "Nobody denies that the plant is unsafe.",
])
def test_a_denial_by_no_one_is_no_denial(sentence):
    assert read(sentence) == (None, "stated")


@pytest.mark.parametrize("sentence, expected", [
    ("The union disputes that the plant is safe.", ("The union", "denied")),
    ("No one disputes that the levee will fail.", (None, "speculative")),  # the content's own hedge
    ("No one has denied the levee is old.", (None, "negated")),  # no denial was made: silence (§14)
    ("Nobody said the levee was old.", ("Nobody", "negated")),  # a statement no one made, read as before
])
def test_near_misses_of_the_denial_by_no_one(sentence, expected):
    assert read(sentence) == expected


# -- '"...," <Name> fired back.': a phrasal verb of answering closing a quotation (real54) ---------------------------

_TRIAL = ("Tom Brack, 20, appeared in court on Thursday. The judge told him that the longest term is life. "
          '"Sure, I heard that," Brack fired back. "But I knew the job I had to finish."')


def test_fired_back_closing_a_quotation_is_a_cue():
    assert _claim(_TRIAL, '"Sure, I heard')[0] == "Tom Brack"
    assert _claim(_TRIAL, '"But I knew')[0] == "Tom Brack"  # the next quotation is his too


@pytest.mark.parametrize("sentence, expected", [
    ('"We will win," Ann Holt shot back.', "Ann Holt"),
    ("The soldiers fired back at the post on Monday.", None),  # no quotation: shots
    ('"Leave now," the officer said, and the guards fired back at the crowd.', "the officer"),
])
def test_near_misses_of_fired_back(sentence, expected):
    assert read(sentence)[0] == expected


# -- "swore at" is no oath (real54's strict xfail) ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The prisoner swore at a guard.", (None, "stated")),
    ("The prisoner swore at a guard and tried to kick a chair.", (None, "speculative")),  # the effort is the main clause's
    ("The mayor swore that the plant would stay open.", ("The mayor", "speculative")),  # an oath: a cue
])
def test_swore_at_is_no_cue(sentence, expected):
    assert read(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Deputies led Tom Reed out on Thursday after the 20-year-old robbery suspect swore at a clerk and tried to flip a "
     "desk.", "stated"),  # a time clause whose subject has words before its noun: presupposed
    ("The council will vote after the new city manager finished her review.", "speculative"),  # the main clause's own
])
def test_a_time_clause_with_a_longer_subject(sentence, expected):
    assert first_sentence_certainty(sentence) == expected


# -- a judge or a court dismissing: a ruling, not a denial (real54) ---------------------------------------------------

def test_a_judge_dismissing_it_is_a_ruling():
    text = "A class action was filed against the state in 2012. A judge dismissed it, saying the workers could not sue the state for harm abroad."
    assert _claim(text, "A judge dismissed it") == ("article", "stated")
    assert _claim(text, "A judge said") == ("A judge", "negated")  # its reason, the judge's


@pytest.mark.parametrize("sentence", ["The judge dismissed the charges against him.", "A court later rejected it."])
def test_a_judges_dismissal_is_the_outlets_fact(sentence):
    assert read(sentence) == (None, "stated")


@pytest.mark.parametrize("sentence, expected", [
    ("The judge dismissed the claims as baseless.", ("The judge", "denied")),  # a judgement of an account
    ("The mayor dismissed it, saying the report was wrong.", ("The mayor", "denied")),
    ("The company denied the charges.", ("The company", "denied")),
])
def test_near_misses_of_the_judges_dismissal(sentence, expected):
    assert read(sentence) == expected


# -- "<person> encouraged <people> to <verb>": a speech act of the encourager, as "urged X to" (lead45's Left) --------

@pytest.mark.parametrize("sentence, source", [
    ("Candidate Jane Reed, like the mayor, has encouraged European nations to spend more on their own defense.",
     "Candidate Jane Reed"),
    ("Reed encouraged his supporters to visit the polls on Election Day.", "Reed"),
    ("The mayor encouraged residents to vote early.", "The mayor"),
])
def test_a_person_encouraging_people_is_a_cue(sentence, source):
    assert _claim(sentence, sentence[:12]) == (source, "reported")


@pytest.mark.parametrize("sentence", [
    "Low rates encouraged firms to borrow more money last year.",  # a thing encourages
    "The scheme encourages children to learn to swim.",
    "This encouraged Tom to never give up on his dreams.",
    "The new rules encouraged investors to hold assets longer.",
])
def test_near_misses_a_thing_encouraging_is_no_cue(sentence):
    assert _claim(sentence, sentence[:12])[0] == "article"


# -- ", knowing that ... didn't ...": the adjunct's own clause, not the main clause's negation (lead45's Left) --------

@pytest.mark.parametrize("sentence", [
    "Tom Reed, of Dayton, Ohio, said he had served in the navy ''for the town's future, knowing that at home we "
    "didn't have the vote.''",
    "Tom Reed said he had served in the navy, knowing that at home they didn't have the vote.",
])
def test_a_knowing_adjunct_does_not_negate_the_main_clause(sentence):
    assert read(sentence) == ("Tom Reed", "reported")


@pytest.mark.parametrize("sentence, expected", [
    ("The city did not close the bridge, knowing that it was unsafe.", (None, "negated")),  # the main clause's own
    ("Knowing that the bridge was unsafe, the city did not close it.", (None, "negated")),
    ("Tom Reed said at home they didn't have the vote.", ("Tom Reed", "negated")),
])
def test_near_misses_of_the_knowing_adjunct(sentence, expected):
    assert read(sentence) == expected


# -- "<plural speakers> said A, but it <verb> ...": "it" is not the speakers, the clause is the outlet's (real54) -----

@pytest.mark.parametrize("sentence, opening", [
    ("County officials said each permit carries that clause, but it has drawn an angry reply from the mayor.",
     "It has drawn"),
    ("Doctors said the drug was safe, but it has not been approved in Ohio.", "It has not"),
])
def test_but_it_after_plural_speakers_is_the_outlets(sentence, opening):
    assert _claim(sentence, opening)[0] == "article"
    assert _claim(sentence, sentence[:12])[0] != "article"


@pytest.mark.parametrize("sentence, opening, source", [
    ("Officials said the plan was final, but it would need approval from the council.", "It would", "Officials"),  # backshift
    ("The company said the plan was final, but it has not set a date.", "It has not", "The company"),  # "it" may be the company
    ("Officials said the plan was final, but they have not set a date.", "They have", "Officials"),
])
def test_near_misses_of_but_it(sentence, opening, source):
    assert _claim(sentence, opening)[0] == source


# -- left: shapes read and not fixed (strict xfails) -------------------------------------------------------------------

def test_fired_back_then_a_time_closing_a_quotation():  # a strict xfail until attr56 (final_bare_cues: "on <weekday>")
    assert read('"We will win," Ann Holt fired back on Monday.')[0] == "Ann Holt"
