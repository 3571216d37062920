"""Shapes the lead met reading eight more three-outlet digests (session 42, issues 12 and 15): a saying
participle's or a coordinated "and said" clause's negation or modal taken for the outlet's sentence's; a content
noun's "that" clause ("a belief that things will get better") deciding the certainty of the losing or the
explaining; "not A-ing, but rather B-ing" read as a negation; "tried to argue that" read as an intention; a
description of a person by an outlet never named ("the Valley Radio host") left unresolved; a denial of quoted
words said to deny "what the outlet says" when the outlet only told whose words they were; a dash aside cut into
a fragment because "among Labour lawmakers" looked like a verb; a closing frame of ten words cut from its
quotation; "first reported by <outlet>" read as the outlet's own fact; a refusal inside "money that <Name>
refused to give him" read as the sentence's; agreeing pairs chaining unrelated claims into one event. Invented
texts; near-misses keep their reading."""

from __future__ import annotations

import pytest

from summarizer.attribution import analyze, certainty_for
from summarizer.attribution.cues import _LEAD
from summarizer.marks import pair_mixed
from summarizer.part_shapes import phrase_then_frame
from summarizer.standalone import cannot_stand
from summarizer.digest.build import build_sections
from tests.reading import code
from tests.test_align_disputes import FILLER, _articles

INTRO = "Levy row divides council\n\nThe council met on Monday to debate the transit levy again.\n\n"


def _read(sentence: str, intro: str = INTRO) -> tuple[str | None, str]:
    text = intro + sentence + "\n"
    start = text.index(sentence)
    at = analyze(text)
    return at.source_for(start, start + len(sentence)), certainty_for(text, start, start + len(sentence), at)


# -- a reported part's negation or modal is not the outlet's clause's -------------------------------------

@pytest.mark.parametrize("sentence", [
    "But she aimed her fire at both parties, saying she did not know what either stood for.",
    "The mayor renewed her attack on the council on Tuesday, and said a top aide to her rival should be jailed.",
    "The hour-long address was spent not attacking her rivals, but rather demanding discipline among her allies.",
    "Members kept up pressure on the mayor to explain her claim that the levy is a tax and may not be legal.",
])
def test_a_reported_part_or_a_rejected_act_leaves_the_outlets_clause_stated(sentence):
    assert _read(sentence) == (None, "stated")


@pytest.mark.parametrize("sentence,certainty", [
    ("The mayor did not attend the meeting, saying she was ill.", "negated"),
    ("The mayor did not attend the meeting and said she was ill.", "negated"),
    ("The address was not well received by her allies.", "negated"),
    ("The levy may not survive the vote on Tuesday.", "speculative"),
])
def test_the_main_clauses_own_negation_or_modal_still_counts(sentence, certainty):
    assert _read(sentence)[1] == certainty


def test_a_modal_inside_a_belief_it_reports_is_not_the_speakers_forecast():
    assert _read("People are losing a basic belief that things will get better, she said.")[1] == "reported"
    assert _read("Things will get better, she said.")[1] == "speculative"


def test_trying_to_argue_is_an_argument_made():
    named = INTRO + "Ada Brook, the county treasurer, spoke first.\n\n"
    assert _read("Brook tried to argue that the levy failed.", named) == ("Ada Brook", "reported")
    assert _read("Brook will try to argue that the levy failed.", named)[1] == "speculative"
    assert _read("Ada Brook tried to argue that the levy failed.") == ("Ada Brook", "reported")  # her first mention
    assert _read("Ada Brook tried to fix the levy before the vote.")[0] is None


# -- a person described by an outlet the article never names ------------------------------------------------

HOST = "Host rallies the party\n\nPopular talk show host Ada Brook closed a two-day party conference on Saturday.\n\n"


def test_a_description_by_an_unnamed_outlet_is_the_one_person_of_that_role():
    assert _read("Pointing to her years as a teacher, the Valley Radio host urged the party to embark on a plan of renewal.",
                 HOST)[0] == "Ada Brook"


@pytest.mark.parametrize("intro", [
    HOST.replace("closed a two-day", "and radio host Tom Reed closed a two-day"),  # two hosts
    HOST + "Valley Radio, which airs the show, said ratings rose.\n\n",  # the outlet named: maybe another person's employer
])
def test_two_holders_or_a_named_outlet_leave_the_description_alone(intro):
    assert _read("Pointing to her years as a teacher, the Valley Radio host urged the party to embark on a plan of renewal.",
                 intro)[0] != "Ada Brook"


def test_a_role_after_two_capitalised_words_is_part_of_the_subject():
    assert _LEAD.match("Harbor Party spokesman Tim Mill slammed the plan.").group(1) == "Harbor Party spokesman Tim Mill"
    assert _LEAD.match("President Ada Brook stood firm Friday on her demands.").group(1) == "President Ada Brook"


# -- the outlet that first reported it --------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Brook also forwarded city emails to her personal account before the server was hacked, first reported by the Valley Herald.",
    "Brook also forwarded city emails to her personal account, as first reported by the Valley Herald.",
])
def test_first_reported_by_an_outlet_is_that_outlets_report(sentence):
    assert _read(sentence)[0] == "the Valley Herald"


def test_a_thing_first_opened_by_someone_is_no_report():
    assert _read("The old bridge over the river, first opened by the mayor in 1990, was closed on Monday.")[0] is None


# -- refusals and failures inside relatives ---------------------------------------------------------------

def test_a_refusal_in_a_named_relative_is_not_the_clauses():
    assert _read("The mayor declared an emergency on Friday to access millions of dollars that Harbor Council refused to give her.")[1] == "stated"
    assert _read("The mayor said that Harbor Council refused to give her the money.")[1] != "stated"


def test_a_failure_in_a_free_relative_is_not_the_clauses():
    assert _read("Ada Brook went on offense at once, doing what many members felt the mayor failed to do.")[1] == "stated"
    assert _read("The mayor failed to do what she had promised.")[1] == "negated"


def test_an_effort_set_off_after_even_is_an_adjunct():
    assert _read("Tom Reed made a point of praising the mayor, even trying to soften her image with a story.")[1] == "stated"
    assert _read("Tom Reed tried to soften the mayor's image with a story.")[1] == "speculative"


# -- claim text: fragments --------------------------------------------------------------------------------

def test_an_opener_typed_for_a_closer_before_a_tag_closes_the_quotation():
    assert pair_mixed("“Who can promise you happiness?“ she asked. “Nobody.”") == "“Who can promise you happiness?” she asked. “Nobody.”"
    assert pair_mixed("He said “no “ever” again” to them.") == "He said “no “ever” again” to them."  # no tag after it


def test_a_quoted_question_with_a_mistyped_closer_is_one_claim_with_its_marks():
    text = INTRO + "Ada Brook spoke last.\n\n“Who can promise you happiness?“ she asked. “Nobody can.”\n"
    assert any(c.text.startswith("“Who can promise you happiness?” she asked") for c in code(text).claims)


def test_a_name_after_a_preposition_and_its_plural_noun_is_no_verb():
    assert cannot_stand("still an influential voice among Labour lawmakers", appositive=True)
    assert not cannot_stand("Labour wants a vote on the levy")


def test_a_dash_aside_with_a_group_name_stays_inside_its_sentence():
    text = INTRO + ("The pushback crested with Tom Reed — still an influential voice among Labour lawmakers — writing a letter "
                    "to Brook on his Harbor Weekly site calling for her resignation.\n")
    assert any(c.text.startswith("The pushback crested with Tom Reed — still") for c in code(text).claims)
    assert not any(c.text.startswith("Still an influential voice") for c in code(text).claims)


def test_a_past_form_after_a_count_is_an_adjective():
    assert cannot_stand("for many of the 11 million undocumented residents in the county")
    assert not cannot_stand("The 300 workers cheered loudly")


def test_a_ten_word_frame_after_a_quoted_phrase_joins_its_quotation():
    assert phrase_then_frame("with Ada Brook as our mayor,” Judge Nell Hart told The Herald in an interview published Sunday.")
    assert not phrase_then_frame("with Ada Brook as our mayor, the council voted on the budget plan at its long meeting on Tuesday.")
    text = INTRO + ("“I cannot picture this town — I cannot picture the whole county — with Ada Brook as our "
                    "mayor,” Judge Nell Hart told The Herald in an interview published Sunday.\n")
    assert not any(c.text.startswith("“With Ada Brook") for c in code(text).claims)


# -- the digest ---------------------------------------------------------------------------------------------

_TOLD = ("Harbor members kept up pressure on party chair Lena Moss on Sunday to explain her claim that the ferry line is "
         "a \"venture of the mayor's own making\" and may not survive.")


def test_a_denial_of_quoted_words_names_whose_words_they_are():
    al, _, _ = build_sections(_articles("Dock row\n\n" + FILLER + _TOLD + "\n" + FILLER,
                                        "Dock protest\n\n" + FILLER + "Ivo Brandt, a former port director, said the ferry "
                                        "line was not “a venture of the mayor’s own making.”\n" + FILLER))
    reasons = [c.reason for c in al.conflicts]
    assert any("Lena Moss said" in r and "as the outlet reports it" in r for r in reasons), reasons


def test_agreeing_pairs_do_not_chain_unrelated_claims_into_one_event():
    one = ("Council picks interim mayor\n\nGov. Ada Brook on Wednesday picked her former chief of staff, Tom Reed, to serve as "
           "interim mayor of Harlow.\n\nReed also served as Brook's chief legal counsel.\n")
    two = ("Harlow gets a new mayor\n\nGov. Ada Brook on Wednesday appointed Tom Reed interim mayor of Harlow.\n\n"
           "Reed, 43, is Brook's former chief of staff and her former legal counsel.\n")
    al, _, _ = build_sections(_articles(one, two))
    sizes = sorted(len(e.versions) for e in al.events if not e.disputed)
    assert sizes and max(sizes) <= 2, [(e.title, len(e.versions)) for e in al.events]


@pytest.mark.parametrize("names,kept", [
    (["Justice Ginsburg", "Ginsburg", "Justice Ruth Bader Ginsburg"], ["Justice Ruth Bader Ginsburg"]),
    (["Vice President Biden", "Joe Biden", "article"], ["Joe Biden", "article"]),
    (["Rep. Paul Ryan", "Representative Paul D. Ryan"], ["Representative Paul D. Ryan"]),
    (["Bill Kristol", "William Kristol"], ["William Kristol"]),  # a short given name is one person (conflict52: no other Kristol listed)
    (["Bill Kristol", "William Kristol", "Hillary Kristol"], ["Bill Kristol", "William Kristol", "Hillary Kristol"]),  # ... but not beside another
    (["Speaker Ada Brook and Leader Tom Reed", "Speaker Ada Brook"], ["Speaker Ada Brook and Leader Tom Reed", "Speaker Ada Brook"]),
])
def test_an_agreements_sources_name_each_person_once(names, kept):
    from summarizer.digest.sourcelist import compact
    assert compact(names) == kept


def test_a_source_listed_among_the_deniers_is_not_the_one_denied():
    one = ("Party stands by candidate\n\nThe county chairman, Ivo Brandt, said the party would keep backing its candidate and "
           "echoed her claim that rivals had been behind the report about her loans.\n\nOthers, including the party chairmen "
           "for Dale County, Ada Moss, and Lake County, Ivo Brandt, dismissed the report as a rivals' trick.\n")
    al, _, _ = build_sections(_articles(one, "Loans report\n\nA report on Monday said the candidate took loans from a donor.\n"))
    assert not any("Brandt's account" in c.reason for c in al.conflicts), [c.reason for c in al.conflicts]
