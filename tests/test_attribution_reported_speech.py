"""Issue 12, session 3 (branch fact4): reported speech the attribution stage left in the outlet's
voice in the factuality suite's newswire (MEANTIME + UW, half A), each checked on sentences
written for the test, plus what each rule must leave alone. Fast."""

from __future__ import annotations

from summarizer.attribution import analyze
from summarizer.attribution.text import quote_spans
from summarizer.chunk import split_sentences


def _who(text: str, part: str) -> str | None:
    s = text.index(part)
    return analyze(text).source_for(s, s + len(part))


# -- abbreviations that do not end a sentence ---------------------------------------------------

def test_messrs_and_cie_do_not_end_a_sentence():
    t = "Ms. Roe said she doubts Messrs. Doe and Poe can raise the money. Cie. Generale said nothing."
    assert len(split_sentences(t)) == 2
    assert _who(t, "she doubts Messrs. Doe and Poe can raise the money.") == "Ms. Roe"


# -- straight quotes typed with spaces on both sides ---------------------------------------------

def test_a_spaced_straight_quote_opens_a_quotation():
    t = '" We will not pay more, " said Jane Doe, the finance chief.\n\n" There is a price at which we stop. "'
    qs = quote_spans(t)
    assert [t[s:e] for s, e, _ in qs] == ['" We will not pay more, "', '" There is a price at which we stop. "']
    assert _who(t, "There is a price at which we stop.") == "Jane Doe"


def test_a_spaced_quote_mid_paragraph_needs_a_spaced_closer():
    # an ordinary closing mark typed after a space, with no spaced closer after it, opens nothing
    t = 'He called it "a disaster" and left. The plan " failed badly, said one aide.'
    assert [t[s:e] for s, e, _ in quote_spans(t)] == ['"a disaster"']


def test_a_paragraph_that_closes_an_open_quotation_continues_it():
    t = ("“They are coming with everyone,” said John Roe, 73.\n\n“You know why?\n\n"
         "To take the boy back home.”\n\nRoe sipped his coffee.")
    assert _who(t, "To take the boy back home.") == "John Roe"
    assert _who(t, "Roe sipped his coffee.") is None
    # straight quotes: an odd number of marks, the first closing
    t = ('But the slump, Mr. Roe says, is hurting small stocks.\n\n" It is harder to sell now.\n\n'
         'Nobody wants big risks. "\n\nThe index fell.')
    assert _who(t, "Nobody wants big risks.") == "Mr. Roe"
    assert _who(t, "The index fell.") is None


def test_a_paragraph_with_its_own_quotation_does_not_continue_an_unclosed_one():
    t = "“You know why?\n\nHe said “no” to the offer.\n\nThe boy stayed."
    assert [t[s:e] for s, e, _ in quote_spans(t)] == ["“no”"]


def test_a_contrast_inside_a_quotation_does_not_cut_the_sentence():
    t = '" Attitudes are still negative, but they are becoming more positive, " Mr. Roe said.'
    rels = analyze(t).relations
    assert len(rels) == 1 and rels[0].name == "Mr. Roe"
    assert _who(t, "Attitudes are still negative") == "Mr. Roe"
    # outside a quotation the contrast still opens a second speaker's statement
    t = "Jane Doe said the talks had failed, but John Roe said they would resume next week."
    assert {r.name for r in analyze(t).relations} == {"Jane Doe", "John Roe"}


# -- frames and subjects -------------------------------------------------------------------------

def test_a_report_inside_a_relative_clause_is_the_reporters():
    t = "The blockade is part of a plan that officials say is meant to force the regime into talks."
    assert _who(t, "is meant to force the regime into talks.") == "officials"
    t = "It is a tariff which analysts believe could hurt exports to the region."
    assert _who(t, "could hurt exports to the region.") == "analysts"
    # a relative clause whose own verb is not a report, or a report with no verb after it, is no frame
    assert analyze("The report that officials released last week was long and dull.").relations == []
    assert analyze("The village that reporters visited had no water.").relations == []


def test_quoted_as_saying_names_the_quoted():
    t = "The agency quoted witnesses as saying tanks are patrolling the streets of the capital."
    assert _who(t, "tanks are patrolling the streets of the capital.") == "witnesses"
    t = "Jane Doe was quoted as saying the mill would close by spring."
    assert _who(t, "the mill would close by spring.") == "Jane Doe"
    assert analyze("The paper quoted him at length on the budget and the schools.").relations == []


def test_a_restrictive_who_clause_is_part_of_the_subject():
    t = "Military officials who monitor the border said privately on Thursday that the talks had stalled."
    assert [r.source for r in analyze(t).relations] == ["Military officials who monitor the border"]
    # when the relative clause holds a report itself, the whole phrase is not made a subject
    t = "Residents who said they opposed the dam told reporters the ruling was fair."
    assert analyze(t).relations == []


def test_went_on_to_and_instructed_are_cues():
    t = "He went on to add that the city would rebuild every school within a year."
    assert [(r.source, r.cue) for r in analyze(t).relations] == [("He", "add")]
    t = "“Expect no extensions,” the court instructed."
    assert _who(t, "Expect no extensions") == "the court"
    # "to add" without "went on" stays an infinitive
    assert analyze("The plan is to add two lanes to the bridge by June.").relations == []


def test_a_company_abbreviation_stays_in_the_subject():
    t = "Cie. de Navigation Chairman John Roe said his board rejected the bid as too low."
    assert [r.source for r in analyze(t).relations] == ["Cie. de Navigation Chairman John Roe"]


def test_a_name_apposed_to_an_owned_unit_speaks():
    t = "Acme Corp.'s big electronics unit, Acme Systems, said net income fell 22% in the quarter."
    assert _who(t, "net income fell 22% in the quarter.") == "Acme Systems"
    t = "One party source, speaking on condition of anonymity, said the leader would resign."
    assert _who(t, "the leader would resign.") == "One party source"
