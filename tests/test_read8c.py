"""Errors found by reading the code path's claims on ten dev articles of other news in no gold set
(session 7, read8c: a custody ruling, a returning fighter, an air strike on a hospital, a
wrong-way crash, box-office figures, an antibiotics study, accent research, player ratings, an
offshore radiation exposure, household debt): each test is a sentence written for the test, of
the shape that went wrong, and what the fix must leave alone."""

from __future__ import annotations

import pytest

from summarizer.attribution import analyze
from tests.test_reading_outputs import _who


# --- who says it -------------------------------------------------------------------------------

def test_a_noun_ending_in_ly_is_no_adverb_before_the_cue():
    # "Mr Doe's family said" gave the statement to Mr Doe; "The family described" to no one
    text = ("Jim Doe, 27, died in the crash. Mr Doe's family said older drivers should be tested. "
            "The family described Mr Doe as generous and kind.")
    assert _who(text, "Mr Doe's family said older drivers should be tested.") == "Mr Doe's family"
    assert _who(text, "The family described Mr Doe as generous and kind.") == "The family"
    assert _who("A close ally said the plan would fail.", "A close ally said the plan would fail.") == "A close ally"
    # an adverb in -ly still stands between subject and cue
    assert _who("The mayor quickly said the road was safe.", "The mayor quickly said the road was safe.") == "The mayor"


def test_a_described_speaker_then_a_time_and_that_clause_is_an_initial_frame():
    # "A spokesman for X, Col Jane Doe, said on Saturday that ..." read the description as the content
    text = "A spokesman for the city police, Jane Roe, said on Saturday that the bridge had been closed."
    rel = analyze(text).relations[0]
    assert rel.name == "Jane Roe" and "bridge had been closed" in text[rel.content[0][0]:rel.content[0][1]]
    assert _who(text, text) == "Jane Roe"
    # a final frame with a relative "that" in its tail keeps its content before it
    text2 = "The bridge had been closed, Jane Roe said in a statement that was released on Monday."
    rel2 = analyze(text2).relations[0]
    assert text2[rel2.content[0][0]:rel2.content[0][1]].startswith("The bridge had been closed")


def test_an_opening_participle_with_a_quoted_object_before_the_speaker():
    text = 'Offering his "deepest condolences", the mayor said he wanted a "complete review" of the fire.'
    assert _who(text, text) == "the mayor"
    # a quotation before the speaker is still the speaker's content
    text2 = '"We are going home," the mayor said.'
    assert _who(text2, text2) == "the mayor"


def test_he_added_is_the_person_the_sentence_before_opens_with():
    # "He added:" after "President X expressed ..." went on from the spokesman quoted before
    text = ('A police spokesman, John Roe, said the road was closed. Jim Poe spoke at the hall. '
            'He added: "The council has opened an inquiry."')
    assert _who(text, 'He added: "The council has opened an inquiry."') == "Jim Poe"
    # with only the speaker's own words between, "he added" still goes on from him
    text2 = ('"The road is closed," said John Roe. The road leads to Jim Poe\'s farm. '
             'He added: "The council has opened an inquiry."')
    assert _who(text2, 'He added: "The council has opened an inquiry."') == "John Roe"


def test_expressing_condolences_or_concern_is_a_statement():
    text = 'The mayor expressed her "deepest condolences" for the deaths in a statement.'
    assert _who(text, text) == "The mayor"
    text2 = "The mayor expressed his deep concern about the closure of the bridge."
    assert _who(text2, text2) == "The mayor"
    assert _who("The mayor raised his hand.", "The mayor raised his hand.") is None


def test_an_adverb_between_auxiliary_and_a_progressive_cue():
    text = "Some forecasters are already suggesting the film could post the biggest debut of the season."
    assert _who(text, text) == "Some forecasters"
    # a participle clause after a comma is still no main clause
    text2 = "The film opened on Friday, already suggesting it could post the biggest debut of the season."
    assert _who(text2, text2) is None


def test_a_relative_clause_set_off_by_spaced_hyphens_or_by_nothing():
    text = "Mr Roe - who said he has struggled to find work since the crash - said the workers now faced money worries."
    assert _who(text, text) == "Mr Roe"
    text2 = "The Port Licensing Agency (PLA) which maintains the register of boats said it had no plans to change the rules."
    assert _who(text2, text2) == "The Port Licensing Agency (PLA)"
    # "which" + a subject of its own is a report inside the relative clause, not the agency's
    text3 = "The Port Licensing Agency which the mayor said was corrupt closed on Monday."
    assert _who(text3, text3) != "The Port Licensing Agency"


def test_he_is_a_person_who_opens_a_sentence_with_an_auxiliary():
    # "MSF nurse X was sleeping ... 'It was terrifying,' he said." went to the spokesman named before
    text = ('A police spokesman, John Roe, said the road was closed. Union nurse Jim Poe was sleeping at the '
            'station when it was hit. "It was terrifying," he said.')
    assert _who(text, '"It was terrifying," he said.') == "Jim Poe"
    # a name inside an embedded question is no subject "he" refers to
    text2 = ('Jane Doe said the strike was costly. Tom Vane was once asked how the Great Strike would end. '
             'He responded with a joke.')
    assert analyze(text2).relations[-1].name != "Great Strike"


def test_a_long_title_and_name_after_an_inverted_cue():
    text = ('The UN called the strikes "inexcusable". "Planners have an obligation to protect civilians at all '
            'times," said UN High Commissioner for Human Rights Jane Roe.')
    assert _who(text, '"Planners have an obligation to protect civilians at all times," said UN High Commissioner '
                      'for Human Rights Jane Roe.') == "UN High Commissioner for Human Rights Jane Roe"
    # a long lower-case phrase after the cue is still a clause, not a speaker
    text2 = '"The road is closed," said the man who had driven up from the coast with his two young sons.'
    assert _who(text2, text2) != "the man who had driven up from the coast with his two young sons"


def test_a_question_asked_by_a_kin_noun():
    text = '"Is there nothing anyone can do?" asks his father, just as helplessly.'
    assert _who(text, text) == "his father"
    assert _who('"We will miss him," said his mother.', '"We will miss him," said his mother.') == "his mother"


def test_refusing_a_request_is_an_act_not_a_denial():
    # "The <official> also denied a motion for <something>." was the <official>'s statement
    text = "The court also denied a motion for a retrial. The agency has denied the paper's request to speak with the girl."
    assert _who(text, "The court also denied a motion for a retrial.") is None
    assert _who(text, "The agency has denied the paper's request to speak with the girl.") is None
    # denying an account stays a denial
    text2 = "The agency denied that it had lost the files on the girl."
    assert _who(text2, text2) == "The agency"


def test_a_colon_quotation_of_several_sentences_after_a_statement_noun():
    text = ('Jane Roe and lawyer Jim Doe, who represents the mother, released a statement after receiving the '
            'ruling on Wednesday: "We are disappointed in this ruling. We are talking to our clients now." '
            'The judge left the court.')
    # (coref49: a statement the two released together is both of theirs, as "A and B said" already showed)
    assert _who(text, "We are disappointed in this ruling.") == "Jane Roe and lawyer Jim Doe"
    assert _who(text, "We are talking to our clients now.") == "Jane Roe and lawyer Jim Doe"
    assert _who(text, "The judge left the court.") is None
    # a surname the article gives with a first name earlier is a person
    text2 = ('Jim Michtom is her lawyer. Michtom and a colleague released a written statement after the ruling: '
             '"We will appeal. The ruling is wrong."')
    assert _who(text2, "The ruling is wrong.") == "Jim Michtom"
    # words the subject came upon are not the subject's
    text3 = 'Police found a note: "We are sorry. We had no choice." The judge left.'
    assert _who(text3, "We had no choice.") is None


# --- the claim's text ----------------------------------------------------------------------------

def test_a_full_stop_glued_to_an_opening_quotation_ends_the_sentence():
    from summarizer.chunk import split_sentences
    text = 'The film is about to make history."Rivals 7" is expected to gross $115 million.'
    assert [text[s.start:s.end] for s in split_sentences(text)] == [
        "The film is about to make history.", '"Rivals 7" is expected to gross $115 million.']
    # a closing quotation mark glued to the next word is no opening one
    text2 = 'He said "no."Then he left.'
    assert len(split_sentences(text2)) == 1


def test_a_colon_inside_a_quoted_title_is_no_clause_break():
    from tests.test_reading_outputs import _parts
    parts = _parts('The sequel "Return of the King: Part Two," set to open in May, has not been tracked yet, '
                   'but some forecasters say it could break records.')
    assert parts[0] == 'The sequel "Return of the King: Part Two," set to open in May, has not been tracked yet.'
    # a colon outside quotation marks still opens what follows
    assert _parts("He has one aim: to win the league, and he will spend to do it.")[0].startswith("He has one aim:")


def test_captions_links_and_programme_notes_are_furniture():
    from summarizer.chunk import is_furniture, split_sentences
    text = "Study: Babies given sweets are fatter, a study found (file photo) The researchers compared 1,000 children."
    sents = [text[s.start:s.end] for s in split_sentences(text)]
    assert sents[1] == "The researchers compared 1,000 children."
    assert is_furniture(sents[0])
    assert is_furniture("ABC: 'Rivals 7' scores a release in Peru.")
    assert is_furniture("See the original story at The Daily Planet's website.")
    assert is_furniture("For more on this subject watch Late Night on Channel 4 at 9pm.")
    assert not is_furniture("NATO said it would respond to the attack.")
    assert not is_furniture("UK: the bank raised rates.")


def test_a_method_of_comparison_is_no_statement():
    text = "The researchers compared the weight of more than 12,000 children with records on prescriptions."
    assert _who(text, text) is None
    text2 = "The senator compared the new tax to a robbery of the poor."
    assert _who(text2, text2) == "The senator"


# --- quantities ------------------------------------------------------------------------------------

def _rows(sentence: str) -> list[tuple[float, str | None, str]]:
    from summarizer.quantity import quantities
    return [(q["value"], q["unit"], q["counted"]) for q in quantities(sentence)]


def test_a_scale_glued_to_digits_without_a_currency_sign():
    # (left19: "roubles" is now money with its code, lang/currencies.py; the row counted "roubles", no unit)
    assert (1e6, "RUB", "1m roubles") in _rows("The couple owe well over 1m roubles to four banks.")
    assert (1e12, "RUB", "1tn roubles") in _rows("Total debt has risen to 1tn roubles.")
    assert (6e6, None, "cases") in _rows("In a further 6m cases the debts went back more than two months.")
    assert (9.5e6, None, "loans") in _rows("By May, 9.5m of those loans had not been repaid.")
    # metres after a determiner stay no count of millions
    assert not any(v == 1e8 for v, _, _ in _rows("He won the 100m hurdles in Rome."))


def test_what_a_plain_count_is_of_and_where_it_is_not():
    assert (3870, None, "theater count") in _rows("It gets a theater count of about 3,870 (with Imax screens).")
    assert (40, None, "death toll") in _rows("The death toll of 40 rose on Monday.")
    # a direction or an adverb is not what is counted
    assert _rows("The film's debut may reach north of $250 million.") == [(250e6, "USD", "$250 million")]
    assert (512.5e6, "USD", "$512.5 million") in _rows("It is on track to gross $512.5 million worldwide.")
    # a spelled number after "of" counts something the sentence does not name
    assert not any(c.endswith("mother") for _, _, c in _rows("The 45-year-old mother of three said the talks ended."))


def test_a_range_or_a_second_count_shares_the_noun():
    assert _rows("A group of 10 to 15 gunmen had been hiding in the school.") == [(10, None, "gunmen"), (15, None, "gunmen")]
    assert (60000, None, "Scots") in _rows("A new virus could infect up to 150,000 Scots and kill 60,000 in a single outbreak.")
    assert _rows("Police arrested 12 men and 3 women.") == [(12, None, "men"), (3, None, "women")]


def test_a_percentage_after_an_article_counts_its_noun():
    assert _rows("Doctors gave him a 70% chance of recovery.") == [(70, "percent", "chance")]
    assert _rows("Turnout was 85% in the city.") == [(85, "percent", "Turnout")]  # the copula's subject (numbers37)


@pytest.mark.parametrize("sentence,counted", [
    # digest13 (a BASIL poll line, "netted just six percent support among likely ... caucus-goers"):
    # a bare percentage right before a noun it measures counts that noun (lang.PERCENT_NOUNS) ...
    ("The senator netted just six percent support among likely primary voters.", "support"),
    ("The measure passed with 64 percent approval.", "approval"),
    ("The ministry imposed 25 percent tariffs on imported steel.", "tariffs"),
    # ... and not a word that only follows it: a preposition, a comparative, a day (the subject of the
    # verb of change before it is what it measures: numbers37)
    ("Profits rose 12 percent despite the strike.", "Profits"),
    ("Gas prices were 8 percent cheaper in March.", "Gas prices"),
    ("Shares fell 4 percent Tuesday.", "Shares"),
    ("Gas rose 4 percent despite the strike.", "Gas"),
])
def test_a_bare_percentage_counts_the_noun_it_measures(sentence, counted):
    assert [c for _, _, c in _rows(sentence)] == [counted]


@pytest.mark.parametrize("sentence,counted", [
    # digest13 (a BASIL campaign story: "$<N> million in <medium> time ahead of the ...
    # <vote>" counted "<medium> time ahead"): a complex preposition ends the phrase
    ("The campaign bought $2 million in radio time ahead of the primary.", "radio time"),
    ("Police arrested 40 protesters because of the curfew.", "protesters"),
    ("The firm hired 300 temporary workers instead of nurses.", "temporary workers"),
    ("He had three prior convictions.", "prior convictions"),       # an adjective before the noun stays
])
def test_a_complex_preposition_ends_the_counted_phrase(sentence, counted):
    assert [c for _, _, c in _rows(sentence)] == [counted]


# --- where ---------------------------------------------------------------------------------------

def test_where_a_person_comes_from_and_an_event_name_are_no_place():
    from summarizer.places import place_of
    assert place_of("Jim Doe, 27, from Leeds, was a passenger in a van hit on the road near Kegworth.") == "Kegworth"
    assert place_of("Rigging supervisor Jim Doe, from Sunderland, told reporters he was exposed.") is None
    assert place_of("His brother, a bus driver from Redhill, offered to help.") is None
    assert place_of("The cause seemed to be the years around the Second World War.") is None
    # a place of an event after "from" or "at" still is one
    assert place_of("Troops withdrew from Kandahar on Monday.") == "Kandahar"
    assert place_of("The team met at the World Cup in Brazil.") == "Brazil"


def test_found_evidence_to_show_that_is_a_finding():
    text = "The researchers found evidence to show that accents were already changing a century ago."
    assert _who(text, text) == "The researchers"
    text2 = "The team found money to pay for the repairs to the hall."
    assert _who(text2, text2) is None


def test_a_name_in_apposition_after_according_to_is_the_source():
    text = "The teen will remain in custody for now, according to her attorney, Jane Doe."
    assert _who(text, text) == "Jane Doe"
    text2 = "According to the city council, Jane Doe is the new mayor of the town."
    assert _who(text2, text2) == "the city council"


def test_coordinated_parts_that_are_no_sentences_stay_joined():
    from tests.test_reading_outputs import _parts
    # a noun phrase whose adjective is a participle ("a dropped letter")
    assert len(_parts("They found evidence of accent changes, such as v for th in words like brother, "
                      "and a dropped letter 'r', as in car to cah.")) == 1
    # two clauses with subjects of their own still split
    assert _parts("He said that the plant closed, and the town shrank after the owners left.") == [
        "He said that the plant closed.", "The town shrank after the owners left."]


def test_a_refused_request_with_a_statement_after_it_is_still_an_act():
    # evals/GUIDELINES §6: the outlet reports the ruling in its own voice; the gold labels such a
    # sentence's ruling `article` (the ", saying ..." part is the speaker's)
    text = "A judge has rejected a media request to open the file, saying the courts have no business deciding it."
    assert _who(text, text) is None
