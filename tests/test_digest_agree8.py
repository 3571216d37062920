"""Agreement recall that carries over (issue 15, session 7): the same words quoted from one
person (digest/quoted.py), a report's day or another clause's day is not the day of what two
claims agree on (digest/figures.days_apart).

Fast: claims from the code-only `sentences` baseline, no model and no server. Sentences written
for these tests.
"""

from __future__ import annotations

from tests.test_align_local import MORE, _agreeing_quotes, _feats, _pair
from tests.test_align_paraphrase import FILLER, articles
from summarizer.digest.classify import classify
from summarizer.digest.figures import days_apart
from summarizer.digest.local import local_agreement
from summarizer.digest.quoted import quoted_agreement, quoted_units


def _two(a: str, b: str, w1: str, w2: str):
    arts = articles("Town\n\n" + FILLER + MORE + a + "\n", "Town\n\n" + b + " " + FILLER + MORE + "\n")
    return arts, _pair(_feats(arts), w1, w2)


SCARE_A = ("Councillor Ines Varro, at a town meeting in Lisle on Saturday, called the plan to merge the two "
           "fire districts under one chief “reckless.”")
SCARE_B = ("Earlier that Saturday, Varro had said that ferry fares should rise next spring, because the boats "
           "lose money, and argued that a single fire service for the valley was “reckless.”")


def test_the_same_striking_word_quoted_from_one_person_agrees():
    arts, (f1, f2) = _two(SCARE_A, SCARE_B, "merge the two", "ferry fares")
    assert classify(f1, f2).kind == "none" and local_agreement(f1, f2) is None  # little else shared
    assert "reckless" in quoted_units(f1) and "reckless" in quoted_units(f2)
    jd = quoted_agreement(f1, f2)
    assert jd is not None and jd.kind == "agreement" and "reckless" in jd.reason
    assert any(len(qs) == 2 and any("merge the two" in q for q in qs) for qs in _agreeing_quotes(arts))


def test_the_same_word_from_two_people_is_no_agreement():
    a = "Mayor Ines Varro called the plan to merge the two fire districts “reckless.”"
    b = "Treasurer Pol Denk said the new parking garage on the river was “reckless.”"
    _, (f1, f2) = _two(a, b, "merge the two", "parking garage")
    assert quoted_agreement(f1, f2) is None


def test_a_title_in_quotation_marks_is_no_shared_remark():
    a = "Varro told the “Morning Hour” program that the ferry would keep its winter timetable."
    b = "Appearing on the “Morning Hour” program, Varro praised the volunteers who rebuilt the pier."
    _, (f1, f2) = _two(a, b, "winter timetable", "rebuilt the pier")
    assert quoted_units(f1)["morning hour"] is True  # every word capitalised: a title
    assert quoted_agreement(f1, f2) is None


def test_a_quoted_word_that_opens_one_sentence_is_still_a_remark():
    a = "Councillor Ines Varro blamed “complacency” for the flooding of the lower town in the spring."
    b = "“Complacency,” Varro said at the hearing, “is what drowned the lower town.”"
    _, (f1, f2) = _two(a, b, "blamed", "drowned")
    jd = quoted_agreement(f1, f2)
    assert jd is not None and jd.kind == "agreement"


def test_a_negated_quotation_against_the_plain_one_is_no_agreement():
    a = "Councillor Ines Varro called the decision to close the ferry pier “reckless.”"
    b = "The closure of the pier was not “reckless,” a harbor engineer wrote in reply to Varro."
    _, (f1, f2) = _two(a, b, "decision to close", "harbor engineer")
    assert quoted_agreement(f1, f2) is None


REPORT_A = ("Councillor Ines Varro said Sunday she was not attacking the harbor master when she spoke of his "
            "“paper fleet” over the weekend, but the budget of the port.")
REPORT_B = "It was at a market on Saturday that Ms. Varro mocked what she called the “paper fleet” of the harbor master."


def test_a_report_day_is_not_the_day_of_the_event():
    _, (f1, f2) = _two(REPORT_A, REPORT_B, "said Sunday", "at a market")
    assert f1.days == {"sunday"} and f2.days == {"saturday"}
    assert not days_apart(f1, f2)  # Sunday dates her statement, Saturday the remark
    assert quoted_agreement(f1, f2) is not None


def test_two_event_days_and_two_report_days_stay_apart():
    a = "The harbor board approved the dredging contract on Tuesday after a long debate."
    b = "The harbor board approved the dredging contract on Thursday after a short debate."
    _, (f1, f2) = _two(a, b, "on Tuesday", "on Thursday")
    assert days_apart(f1, f2)
    c = "Varro said Tuesday that the dredging contract would cost the town its ferry."
    d = "Varro said Thursday that the dredging contract would cost the town its ferry."
    _, (f3, f4) = _two(c, d, "said Tuesday", "said Thursday")
    assert days_apart(f3, f4)


CLAUSE_A = ("Mayor Ines Varro urged the council to fund the ferry repairs Wednesday, while mocking it for "
            "spending its time on a motion to rename the Gull Point lighthouse after a poet.")
CLAUSE_B = "The council voted on Tuesday to rename the Gull Point lighthouse after a poet, the clerk's office said."


def test_the_day_of_another_clause_does_not_part_a_partial_match():
    _, (f1, f2) = _two(CLAUSE_A, CLAUSE_B, "urged the council", "voted on Tuesday")
    assert days_apart(f1, f2)  # as whole claims: Wednesday's urging, Tuesday's vote
    jd = local_agreement(f1, f2)
    assert jd is not None and jd.kind == "agreement"  # the matching parts: the renaming, on Tuesday only


# -- upstream: sentences the splitter cut (a claim of half a sentence agrees with nothing) ----------


def _sentences(text: str) -> list[str]:
    from summarizer.chunk import split_sentences
    return [text[s.start:s.end] for s in split_sentences(text)]


def test_a_spaced_ellipsis_inside_a_sentence_ends_nothing():
    text = "The survey found that Varro . . . leads among harbor workers (at 31 percent). The vote is in May."
    assert _sentences(text) == ["The survey found that Varro . . . leads among harbor workers (at 31 percent).",
                                "The vote is in May."]
    # an ellipsis and a full stop before a capital still end the sentence; a full stop right after
    # a word, then an ellipsis, ends it there (the ellipsis marks words left out after it)
    assert _sentences("She paused . . . . Then she left.") == ["She paused . . . .", "Then she left."]
    assert _sentences("The pier is gone. . . . The town will rebuild.")[0] == "The pier is gone."


def test_a_state_abbreviation_before_a_title_ends_no_sentence():
    text = "The protest grew Monday, with Ore. Gov. Jane Roe and the port's director banning travel there. It spread."
    assert _sentences(text)[0].endswith("banning travel there.")
    assert _sentences("Lawmakers urged Tenn. Sen. Jim Doe to resign. He refused.")[0] == \
        "Lawmakers urged Tenn. Sen. Jim Doe to resign."
    # after a town, before the next sentence, it ends one
    assert _sentences("The game will be in Tempe, Ariz. It starts at noon.") == \
        ["The game will be in Tempe, Ariz.", "It starts at noon."]


# -- two denials by one side (digest/denied.py) -------------------------------------------------

DENY_A = "Mr. Varro told the Gazette that the accusations were “completely false and a smear by his rivals on the council.”"
DENY_B = "Varro's campaign denied the accusations, which the Gazette first published, calling them “a fabrication.”"


def test_two_denials_of_one_thing_by_one_side_agree():
    from summarizer.digest.align import judge_pair
    from summarizer.digest.denied import denied_words, joint_denial
    arts, (f1, f2) = _two(DENY_A, DENY_B, "completely false", "campaign denied")
    assert classify(f1, f2).kind == "none"  # the words around the denial differ
    assert "accusa" in denied_words(f1) & denied_words(f2)
    assert joint_denial(f1, f2).kind == "agreement"
    assert judge_pair(f1, f2, None).kind == "agreement"  # a denied certainty against a refuting one
    assert any(len(qs) == 2 and any("campaign denied" in q for q in qs) for qs in _agreeing_quotes(arts))


def test_denials_of_two_things_or_by_two_sides_do_not_agree():
    from summarizer.digest.denied import joint_denial
    other_thing = "Varro's campaign denied the report, and Mr. Varro accused the auditor of lying about the harbor budget."
    _, (f1, f2) = _two(DENY_A, other_thing, "completely false", "harbor budget")
    assert joint_denial(f1, f2) is None  # the accusations / the auditor's lying
    other_side = "The mayor's office denied the accusations, calling them “a fabrication” by the opposition."
    _, (f3, f4) = _two(DENY_A, other_side, "completely false", "mayor's office")
    assert joint_denial(f3, f4) is None
