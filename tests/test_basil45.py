"""Shapes met reading the bundled tool's whole output on ten real three-outlet political stories it was never tuned
on (session 36, basil45, issue 12): "A, and, as <Outlet> notes, B" left the outlet's; a model headline and summary
that were only the lead sentence's subject ("<Title> <Name> (R-<State>.)"); "emails that could be relevant" after
"the existence of" making the notifying `speculative`; "wrote to his father and warned that ... could" `speculative`;
"rejected the notion that ... should" `speculative`; '<X> shouted "A," though <Name>, a critic, said ...' all the
outlet's or the shouter's. Invented texts (every name made up); near-misses keep their reading."""

from __future__ import annotations

import pytest

from summarizer.attribution import analyze, certainty_for
from summarizer.summary_hedges import subject_only
from tests.reading import who

LEAD = "The mayor spoke on Monday.\n\n"


def _at(text: str, fragment: str) -> tuple[str | None, str]:
    """(source name, certainty) of `fragment`, a substring of `text`."""
    at = analyze(text)
    i = text.index(fragment)
    rel = at.relation_for(i, i + len(fragment))
    return (rel.name if rel else None), certainty_for(text, i, i + len(fragment), at)


# -- "A, and, as X notes, B": B is X's -------------------------------------------------------------------------------

def test_an_as_clause_opening_a_second_conjunct_names_its_source():
    text = LEAD + "Tam Orrin has been more open than many, and, as the Velt Ledger notes, his ward is 35 percent rural.\n"
    assert _at(text, "his ward is 35 percent rural.") == ("the Velt Ledger", "reported")
    text = LEAD + "The bridge is old, but as Jane Roe said, the town has outgrown it.\n"
    assert who(text, "the town has outgrown it.") == "Jane Roe"


@pytest.mark.parametrize("sentence", ["The bridge is old, and as expected, the town is small.",
                                      "The bridge is old, and as prices rose, the town grew.",
                                      "The bridge is old, and as the river rose, the town flooded."])
def test_an_as_clause_of_time_or_expectation_names_no_one(sentence):
    text = LEAD + sentence + "\n"
    assert who(text, sentence.split(", ", 1)[1]) is None


# -- a model line that is only the lead sentence's subject ----------------------------------------------------------

ARTICLE = ("Top Ward Figure Hints At Road Plans\n\nDeputy Mayor Jane Roe (D-Ore.), a longtime critic of the council, said "
           "Tuesday that she would back a new bypass.\n")


def test_a_line_that_is_only_the_subject_is_dropped():
    assert subject_only(ARTICLE, "Deputy Mayor Jane Roe (D-Ore.)")
    assert subject_only(ARTICLE, "Deputy Mayor Jane Roe (D-Ore.).")


@pytest.mark.parametrize("line", ["Top Ward Figure Hints At Road Plans",  # the title line: nothing follows it
                                  "Deputy Mayor Jane Roe said she would back a new bypass.",  # a sentence
                                  "Jane Roe Backs Bypass"])  # not in the article
def test_a_title_or_a_sentence_is_kept(line):
    assert not subject_only(ARTICLE, line)


# -- a relative clause's modal after "of <modifiers> <noun>" ---------------------------------------------------------

def test_a_modal_in_a_relative_after_of_is_not_the_claims():
    text = LEAD + ("Ola Brisk, the former harbour chief, had notified the council shortly before the 2019 vote about the "
                   "existence of newly found letters that could be relevant to the closed inquiry.\n")
    assert _at(text, text[len(LEAD):].strip()) == (None, "stated")


@pytest.mark.parametrize("sentence", ["The town could lose millions of dollars that it needs.",
                                      "The council may close the road that runs past the school."])
def test_a_modal_of_the_main_clause_still_counts(sentence):
    text = LEAD + sentence + "\n"
    assert _at(text, sentence)[1] == "speculative"


# -- "X wrote to Y and warned that ... could": a warning ---------------------------------------------------------------

@pytest.mark.parametrize("opener", ["", "On Saturday, "])
def test_a_warning_after_a_first_verb_of_writing_is_a_position(opener):
    sentence = opener + "Tam Orrin wrote to her uncle and warned that the plan could hurt the town."
    assert _at(LEAD + sentence + "\n", sentence) == ("Tam Orrin", "reported")


@pytest.mark.parametrize("sentence", ["Tam Orrin wrote to his father and said that the plan could hurt the town.",
                                      "Tam Orrin wrote that the plan could hurt the town."])
def test_a_plain_saying_keeps_its_forecast(sentence):
    assert _at(LEAD + sentence + "\n", sentence) == ("Tam Orrin", "speculative")


# -- "rejected the notion that ...": a denial ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", ["Tam Orrin rejected the notion that the party should widen its base.",
                                      "Tam Orrin dismissed the suggestion that he will run.",
                                      "The tenant disputes the idea that she ever owed the rent in the first place."])
def test_rejecting_a_notion_is_denying_it(sentence):
    assert _at(LEAD + sentence + "\n", sentence)[1] == "denied"


@pytest.mark.parametrize("sentence", ["Tam Orrin rejected the idea of a new bridge.",
                                      "The council rejected the plan that would close the mill."])
def test_rejecting_a_proposal_is_no_denial(sentence):
    assert _at(LEAD + sentence + "\n", sentence)[1] != "denied"


# -- a contrast after a comma inside a closing quotation mark, a one-word name and its apposition ---------------------

def test_a_second_speaker_after_a_quoted_comma_is_read():
    text = LEAD + 'Someone shouted "A bridge," though Roe said it is "not that simple."\n'
    assert who(text, 'though Roe said it is "not that simple."') == "Roe"
    assert who(text, 'Someone shouted "A bridge,"') == "Someone"


def test_a_second_speaker_with_an_apposition_is_read():
    text = LEAD + "The plan passed, though Roe, a critic of the council, said it would fail.\n"
    assert who(text, "though Roe, a critic of the council, said it would fail.") == "Roe"
    assert who(text, "The plan passed,") is None


@pytest.mark.parametrize("sentence, part", [("The plan passed, though Monday, the vote was close.", "though Monday, the vote"),
                                            ("The plan passed, but Smith, the mayor, voted no.", "but Smith, the mayor, voted no.")])
def test_a_name_and_apposition_with_no_saying_stays_the_outlets(sentence, part):
    assert who(LEAD + sentence + "\n", part) is None


def test_a_whole_sentence_tag_keeps_its_speaker():
    text = LEAD + "Tam Orrin said the plan passed, though Friday, a holiday, was quiet.\n"
    assert who(text, "though Friday, a holiday, was quiet.") == "Tam Orrin"


# -- "The article said ..." after "an article in <Outlet>": the outlet's piece ------------------------------------------

@pytest.mark.parametrize("noun", ["article", "report"])
def test_the_article_is_the_piece_in_the_outlet_named_before(noun):
    text = (f"The post followed an {noun} in The Velt Ledger, a local paper.\n\n".replace("an report", "a report")
            + f"The {noun} said the aide forwarded some passwords to her private account.\n")
    assert who(text, f"The {noun} said the aide") == f"the {noun} in The Velt Ledger"


def test_an_article_named_nowhere_stays_as_written():
    text = "The mayor spoke on Monday.\n\nThe story said she was there on the night of the fire.\n"
    assert who(text, "The story said she was there") == "The story"
    text = "A Tarne Watch report came out in May.\n\nThe report said the river was clean.\n"
    assert who(text, "The report said the river") == "the Tarne Watch report"  # (lead29's reading first)


# -- a question quotation split over two sentences, and its tag ---------------------------------------------------------

QUESTION = ('The mayor spoke on Monday.\n\n"Who runs this? A zoo?" she said, raising a laugh. "The town is no show."\n\n'
            '"Is it fair?" she asked, adding that the fee was too high.\n\n"It is fair," she said, drawing laughter.\n')


def _parts(text: str) -> list[str]:
    from summarizer import picks
    from summarizer.chunk import split_sentences
    return [c.quote(text) for sp in split_sentences(text) for c in picks.claim_parts(text, sp)]


def test_the_second_half_of_a_split_question_and_its_tag_is_no_claim():
    parts = _parts(QUESTION)
    assert not any("zoo" in p for p in parts)
    assert '"The town is no show."' in parts


def test_a_tag_that_adds_a_statement_or_a_statement_quoted_stays():
    parts = _parts(QUESTION)
    assert '"Is it fair?" she asked, adding that the fee was too high.' in parts  # ("adding": a statement of its own)
    assert '"It is fair," she said, drawing laughter.' in parts  # (no question: the quotation is a claim)


# -- "stints at <Name>": an employer, no place ---------------------------------------------------------------------------

def test_a_spell_of_work_at_a_name_is_no_place():
    from summarizer.places import place_of
    assert place_of("Her outlook shifted as she moved between several posts, including stints at Dorno K. Bakes’s "
                    "and Velt.") is None


@pytest.mark.parametrize("evidence, place", [("The fire broke out at Dunmore Harbour.", "Dunmore Harbour"),
                                             ("He worked at Dunmore Harbour for years.", "Dunmore Harbour")])
def test_an_event_or_work_at_a_place_keeps_it(evidence, place):
    from summarizer.places import place_of
    assert place_of(evidence) == place
