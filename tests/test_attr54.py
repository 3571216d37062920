"""Cue shapes still read wrong on real news (session 45, attr54; issue 12). Invented texts of the shapes real53 and
attr53 left; near-misses keep their reading."""

from __future__ import annotations

import pytest

from summarizer.attribution import analyze
from tests.reading import code, read


def _who(text: str, sentence: str) -> str | None:
    start = text.index(sentence)
    return analyze(text).source_for(start, start + len(sentence))


# -- "We're told to wait": a passive's subject fused with "are/am", no speaker "We're" ------------------------------

@pytest.mark.parametrize("sentence", [
    "We're told to wait outside the hall until the vote is over.",
    "I'm told to keep quiet about the plan until May.",
    "They're told to stay home when the river rises.",
    "We're asked to believe that the new plan works.",
])
def test_a_contracted_passive_subject_is_no_source(sentence):
    who, cert = read(sentence)
    assert who is None and cert == "stated", (who, cert)


def test_near_misses_of_the_contracted_passive():
    assert read("We're told that the vote will be close on Monday.") == ("unnamed sources", "unconfirmed")  # attr53's hearsay
    assert read("They're saying the vote will be close on Monday.")[0] is None  # (no source "They're" either)
    assert read("I'm convinced the new plan will fail next year.")[0] == "the writer"  # the writer's belief (GUIDELINES §6)


# -- "according to age": a dimension a thing varies by, no source ------------------------------------------------------

def test_a_dimension_after_according_to_is_no_source():
    who, _ = read("The survey found gaps according to age, with younger staff of both sexes seeking bonuses as often.")
    assert who == "The survey", who
    who, cert = read("The county ranked its schools according to size and gave the largest more money.")
    assert who is None and cert == "stated", (who, cert)


@pytest.mark.parametrize("sentence, source", [
    ("Pay rose by 3% last year, according to officials.", "officials"),
    ("Pay rose by 3% last year, according to police.", "police"),
    ("The county ranked the schools according to size data from the state board.", "size data from the state board"),
])
def test_near_misses_of_according_to_keep_their_source(sentence, source):
    assert read(sentence)[0] == source


# -- "The announcement drew praise from <Name>": a noun after a verb of drawing a response, no subject "... drew" ----

@pytest.mark.parametrize("sentence", [
    "The announcement drew praise from county coach Tom Reed, who said it was overdue.",
    "The plan drew sharp criticism from residents of the valley, who said it was too costly.",
])
def test_a_response_noun_after_drew_is_no_cue(sentence):
    who, _ = read(sentence)
    assert who is None or "drew" not in who, who


def test_near_miss_a_praising_verb_keeps_its_subject():
    assert read("Critics praised the plan on Monday, saying it was overdue.")[0] == "Critics"


# -- "Nearly three months after X said A, Y said B": the main clause's speaker ------------------------------------------

def test_a_time_lapse_opener_with_a_cue_leaves_the_main_speaker():
    who, _ = read("Nearly three months after a county official said up to 500 homes would be built in spring, a senior "
                  "planner said Thursday that the council is not setting a date for the work.")
    assert who == "a senior planner", who


@pytest.mark.parametrize("sentence, source", [
    ("After the mayor said the road would open in May, the planner said on Friday that it would not.", "the planner"),
    ("Two weeks after the mayor said the road would open, the road was closed again by the county.", None),
    ("Three days after the vote, the mayor said the road would open in May.", "the mayor"),
])
def test_near_misses_of_the_time_lapse_opener(sentence, source):
    assert read(sentence)[0] == source


# -- "..., with one, known as <Name>, telling <paper> that ...": the named one speaks ---------------------------------

def test_one_named_in_a_with_clause_is_the_speaker():
    text = ("Invented news for a test\n\nNeighbourhood groups spoke loudly against the plan, with one, known as the Valley "
            "Homes League, telling the Ledger that the plan would ruin the quiet life of the valley.\n")
    rels = [(r.name, r.cue) for r in analyze(text).relations]
    assert ("the Valley Homes League", "telling") in rels, rels


@pytest.mark.parametrize("sentence", [
    "Neighbourhood groups spoke loudly against the plan, with one of them closing its office in May.",
    "Neighbourhood groups spoke loudly against the plan, with one, the oldest, closing its office in May.",
])
def test_near_misses_of_one_in_a_with_clause(sentence):
    assert read(sentence) == (None, "stated")


# -- a passive hearsay inside an embedded question of wondering: the question's topic -------------------------------

def test_hearsay_inside_a_wondered_question_is_no_hedge_of_the_sentence():
    who, cert = read("When Tom Reed became a father, he felt a deep curiosity about how his home county is said to be "
                     "the kindest in the state to new parents.")
    assert who is None and cert == "stated", (who, cert)


@pytest.mark.parametrize("sentence", [
    "The county is said to be the most generous in the state for parental leave.",
    "The county is said to be the richest in the state, and many wonder about how it spends its money.",
])
def test_near_misses_of_the_wondered_question_stay_unconfirmed(sentence):
    assert read(sentence) == ("unnamed sources", "unconfirmed")


# -- a verb inside a quotation after ", but ..." is no second speaker's cue ------------------------------------------

def test_a_quoted_verb_opens_no_second_piece():
    text = ("Invented news for a test\n\nTom Reed led the study. He said one reason might be that men who sought a "
            "bonus, but were refused, kept quiet about it, while women \"are more candid and tell their colleagues\".\n")
    assert _who(text, "kept quiet about it") == "Tom Reed"
    assert _who(text, "He said one reason") == "Tom Reed"


def test_near_miss_a_second_speaker_after_but_still_splits():
    text = ("Invented news for a test\n\nThe mayor said the road would open in May, but the council told reporters that "
            "the bridge would stay shut until June.\n")
    assert _who(text, "the bridge would stay shut") == "the council"
    assert _who(text, "the road would open in May") == "The mayor"


# -- "<X> sparked an outcry and staff members at <Y> said ...": the act the outlet's, the words the speakers' --------

@pytest.mark.parametrize("sentence, act, words, speakers", [
    ("The family's account of events last year sparked an outcry and staff members at the clinic said they received "
     "angry emails.", "sparked an outcry", "they received angry emails", "staff members at the clinic"),
    ("The storm closed the road and police said it would reopen on Monday.", "closed the road", "it would reopen",
     "police"),
])
def test_an_act_and_bare_plural_speakers_are_two_clauses(sentence, act, words, speakers):
    text = "Invented news for a test\n\n" + sentence + "\n"
    rels = [(r.name, [text[a:b] for a, b in r.content]) for r in analyze(text).relations]
    assert any(name == speakers and any(words in c for c in content) and not any(act in c for c in content)
               for name, content in rels), rels


def test_the_act_and_the_speakers_words_are_two_claims():
    text = ("Invented news for a test\n\nThe family's account of events last year sparked an outcry and staff members at "
            "the clinic said they received angry emails.\n")
    who = {c.text: c.attributed_to for c in code(text).claims}
    assert who.get("The family's account of events last year sparked an outcry.") == "article", who
    assert who.get("Staff members at the clinic said they received angry emails.") == "staff members at the clinic", who


@pytest.mark.parametrize("sentence, source", [
    ("Doctors and nurses said the ward was full on Monday.", "Doctors and nurses"),  # one coordinated subject
    ("Residents who lived near the plant and workers said the air was bad for years.", "Residents"),  # (a relative)
])
def test_near_misses_of_an_act_and_speakers(sentence, source):
    text = "Invented news for a test\n\n" + sentence + "\n"
    assert [r.name for r in analyze(text).relations] == [source]


# -- '"...," Only told her': a name that is also a word, written as a name mid-sentence elsewhere --------------------

WORD_NAME = ("Invented news for a test\n\nThe boy, Dario Lee Only, had lived in six homes. \"He was always polite,\" "
             "Ada Moss told the Ledger. He asked her for years, and Only finally moved in with her in May.\n\n"
             "\"I always thought of you as my aunt,\" Only told her before the holiday.\n")


def test_a_word_written_as_a_name_speaks_in_a_closing_tag():
    who = _who(WORD_NAME, "\"I always thought of you as my aunt,\" Only told her before the holiday.")
    assert who is not None and who.endswith("Only"), who


def test_near_miss_a_word_never_written_as_a_name_is_no_speaker():
    text = WORD_NAME.replace("and Only finally moved", "and only then moved").replace("Dario Lee Only", "Dario Lee")
    who = _who(text, "\"I always thought of you as my aunt,\" Only told her before the holiday.")
    assert who is None or not who.endswith("Only"), who


# -- left: shapes read and not fixed (strict xfails) -------------------------------------------------------------------

def test_a_process_a_named_person_said_is_theirs():  # a strict xfail until attr56 (said_relatives._APPOSED_CONTACT)
    text = ("Invented news for a test\n\nThe county has slowly been selling its old buildings, a process Tom Reed said "
            "needs to continue if the budget is to balance.\n")
    assert any(c.attributed_to == "Tom Reed" for c in code(text).claims), [(c.attributed_to, c.text) for c in code(text).claims]


@pytest.mark.xfail(strict=True, reason="a cataphoric description ('..., the candidate's former doctor maintains.') named "
                   "only in the next paragraph: the resolver reads back, never forward")
def test_a_description_named_in_the_next_paragraph():
    text = ("Invented news for a test\n\nThe mayor's health is excellent, the candidate's former doctor maintains.\n\n"
            "Dr. Ada Moss, who treated the mayor for ten years, wrote a letter last week.\n")
    assert _who(text, "The mayor's health is excellent") == "Dr. Ada Moss"
