"""Shapes met reading the bundled tool's whole output on 20 more real news documents of the faithfulness set
(session 44, real53; issue 12): an art prize, a film screening kept, a flash flood, a ward's partnership
certificates, a parental-leave photo series, a medical-cannabis bill, a pay-rise study, a murder inquiry abroad, a
child's cancer treatment, a death-penalty report, and ten more. Each shape is written here as invented text with
near-misses that keep their reading."""

from __future__ import annotations

import pytest

from tests.reading import fallback_headline, first_sentence_certainty


_certainty = first_sentence_certainty
_headline = fallback_headline


# -- a fallback headline is not cut after a determiner's adjective whose noun is still to come ("has taken a small,")

def test_headline_not_cut_inside_an_open_adjective_pair():
    out = _headline("One of Westshire's oldest market towns has taken a small, but potentially important step towards "
                    "a new bypass.")
    assert not out.endswith("a small")
    assert not out.endswith("a small,")


@pytest.mark.parametrize("line, kept", [
    ("The mayor of Dunmore was taken to hospital with a broken wrist on Monday, but the town fair will go ahead as "
     "planned.", "The mayor of Dunmore was taken to hospital with a broken wrist on Monday"),
    ("A Dunmore councillor was arrested over the missing funds, though the council has said nothing about the case.",
     "A Dunmore councillor was arrested over the missing funds"),
    ("The Dunmore mayor was taken to hospital with a broken wrist, though the injury did not stop him from opening the "
     "fair.", "The Dunmore mayor was taken to hospital with a broken wrist"),
])
def test_a_concession_after_the_news_is_still_cut(line, kept):
    assert _headline(line) == kept


# -- a spaced dash ends a whole phrase; the predicate after "- but" is no headline of its own

def test_headline_is_no_subjectless_second_predicate():
    out = _headline("Tenants are as likely as owners to ask for a repair - but are far less often given one, a Dunmore "
                    "survey shows.")
    assert not out.lower().startswith("but")
    assert out == "Tenants are as likely as owners to ask for a repair"


def test_headline_does_not_end_inside_a_dash_aside():
    out = _headline("A Dunmore man - who had been missing for three days - was found safe and well in a barn on Monday.")
    assert out != "A Dunmore man - who had been missing for three days"


def test_headline_keeps_the_news_after_a_dash_with_its_own_subject():
    out = _headline("Knitted scarves for pet dogs are passe - the next trend in Dunmore involves woollen hats for cats "
                    "and rabbits.")
    assert out.startswith("Knitted scarves for pet dogs are passe")


# -- a passive participle of a finding verb may end a headline ("were discovered | on a beach")

def test_headline_may_end_on_a_passive_finding_participle():
    out = _headline("The bodies of Tom Bell, 24, and Ann Bell, 23, were discovered on a beach in Dunmore on 15 "
                    "September.")
    assert not out.endswith("…")
    assert out.endswith("were discovered")


def test_headline_still_not_cut_after_an_active_speech_verb():
    out = _headline("A spokesman for the Dunmore council of the county of Westshire announced on Monday that the "
                    "library would close.")
    assert not out.endswith("announced")


# -- "a petition asking X not to ...": the request's negation, the signing happened

@pytest.mark.parametrize("sentence", [
    "More than 200 residents signed a petition asking the council not to close the library.",
    "Parents sent a letter urging the school not to cut the bus service.",
    "Neighbours put up posters telling drivers not to park on the green.",
])
def test_a_request_participle_with_not_to_is_no_negation(sentence):
    assert _certainty(sentence) in ("stated", "reported")  # (a letter's urging may be read as the parents' speech)


@pytest.mark.parametrize("sentence", [
    "The council is not asking residents to leave their homes.",
    "Residents did not sign the petition asking the council to close the library.",
])
def test_a_negated_main_clause_beside_a_request_stays_negated(sentence):
    assert _certainty(sentence) == "negated"


# -- "those who would rather not ...": the relative clause's own negation

def test_would_rather_not_in_a_relative_clause_is_the_relatives():
    assert _certainty("The club will offer a free lunch for those who would rather not attend the match.") == "speculative"
    assert _certainty("The club gave a free lunch to members who would rather not watch the match.") == "stated"


def test_would_rather_not_in_the_main_clause_stays_negated():
    assert _certainty("The fans would rather not attend the match on Sunday.") == "negated"


# -- a closing ", meaning ..." gloss: its negation or modal is the consequence's, the main event happened

@pytest.mark.parametrize("sentence", [
    'Under the new rules, the weed is listed as a banned plant, meaning it has "no accepted garden use."',
    "The Dunmore bridge was closed on Monday, meaning that there were no trains into the town.",
    "The mill was sold in May, meaning the workers were not paid for the summer.",
])
def test_a_closing_meaning_glosss_negation_leaves_the_main_clause_stated(sentence):
    assert _certainty(sentence) == "stated"


def test_a_closing_meaning_glosss_modal_still_hedges():
    # genre46's reading kept: an epistemic modal in the closing gloss hedges the line
    assert _certainty("The Dunmore bridge was closed on Monday, meaning no trains could run into the town.") == "speculative"


def test_a_closing_meaning_glosss_hedge_noun_is_its_own():
    assert _certainty('Under the rules, the weed is listed as a banned plant, meaning it has "no accepted garden use and '
                      'a high potential for harm."') == "stated"


@pytest.mark.parametrize("sentence, label", [
    ("The Dunmore bridge was not closed on Monday, meaning trains ran as usual.", "negated"),
    ("The Dunmore bridge will close on Monday, meaning trains cannot run.", "speculative"),
    ("The word has no fixed meaning in the law.", "negated"),
])
def test_the_main_clause_keeps_its_own_negation_or_modal(sentence, label):
    assert _certainty(sentence) == label


# -- a word said twice for stress ("long, long breaks") does not end a relative clause's description

def test_a_doubled_adjective_does_not_cut_a_description():
    from summarizer.passing_descriptions import descriptions
    text = ("Tom Bell filmed fathers on Westshire's generous scheme, which allows parents to take long, long breaks "
            "from their jobs.")
    out = [d[2] for d in descriptions(text, 0, len(text))]
    assert out and all("long breaks" in d for d in out)
    assert not any(d.rstrip(".").endswith("take long") for d in out)


def test_a_list_after_the_relative_is_still_no_doubled_word():
    from summarizer.passing_descriptions import descriptions
    text = "The mayor praised the Dunmore scheme, which pays for new roofs, windows and doors, at a meeting on Monday."
    assert not any(d[2].rstrip(".").endswith("roofs, roofs") for d in descriptions(text, 0, len(text)))


# -- a headline or summary sentence that opens on a modal with no subject ("Might be soon.") is a quotation's fragment

@pytest.mark.parametrize("line", ["Might be soon.", "Could take years.", "Might not be ready until June."])
def test_a_subjectless_modal_fragment_is_no_headline(line):
    from summarizer.summary_hedges import subjectless
    assert subjectless(line)


@pytest.mark.parametrize("line", ["Could the Dunmore plant reopen?", "Will Bell wins the Dunmore prize",
                                  "May 5 is the deadline for the Dunmore bids", "The Dunmore plant might reopen soon.",
                                  "Can of paint found on the Dunmore bridge"])
def test_a_question_a_name_or_a_subject_is_no_fragment(line):
    from summarizer.summary_hedges import subjectless
    assert not subjectless(line)


# -- an effort noun after a possessor ("the council's fight to buy the mill") is no effort of the main clause

def test_a_possessors_effort_noun_leaves_the_main_clause_stated():
    assert _certainty("Dunmore was for years the main prize in the council's fight to buy the old mill.") == "stated"


@pytest.mark.parametrize("sentence", [
    "The council is fighting to buy the old mill.",
    "The council's lawyers are fighting to buy the old mill.",
])
def test_an_effort_verb_stays_speculative(sentence):
    assert _certainty(sentence) == "speculative"


# -- "has gone down by <n>%": the change's subject is what the figure measures

def test_gone_down_by_a_percentage_names_its_subject():
    from summarizer.quantity import quantities
    text = "The count of burglaries in Dunmore has gone down by 14% since 2019."
    (q,) = [q for q in quantities(text) if q["value"] == 14.0]
    assert q["counted"] != "14%"
    assert "burglaries" in q["counted"]


# -- the fallback headline skips a line that speaks to the reader ("Well, you might want to forget it.")

@pytest.mark.parametrize("line, to_reader", [
    ("Well, you might want to forget it.", True),
    ("You might think the old mill in Dunmore is safe.", True),
    ("Youths set fire to a barn outside Dunmore on Monday.", False),
    ("Meanwhile, youth clubs in Dunmore closed for the summer.", False),
    ("The council said you can apply for the grant until June.", False),
])
def test_a_line_to_the_reader_is_no_headline(line, to_reader):
    from summarizer.summary_grounding import _READER
    assert bool(_READER.match(line)) is to_reader


@pytest.mark.parametrize("text, noun", [
    ("On one hand, the count of burglaries nationwide has gone down by 14% since 2019.", "burglaries"),
    ("Sales nationwide fell 3% last year, the Dunmore chamber said.", "Sales"),
])
def test_an_extent_adverb_after_the_subject_is_skipped(text, noun):
    from summarizer.quantity import quantities
    (q,) = [q for q in quantities(text) if q["unit"] == "percent"]
    assert q["counted"] == noun


def test_a_lone_extent_adverb_is_no_subject():
    from summarizer.quantity import quantities
    (q,) = quantities("Worldwide fell 3% last year.")
    assert q["counted"] != "Worldwide"
