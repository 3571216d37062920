"""within55 (issue 15): disputes inside one article about who was told what, and when (digest/withinnotice.py):
a group told against some of it not yet reached, a body told against its first learning of the thing from a
press release, no call before a clock time against a warning at an earlier one, a first call before the
onset another side gives, an end told before the date another side gives for it. Invented articles
throughout (made-up names, towns, bodies); near misses beside each rule.
"""

from __future__ import annotations

import pytest

from tests.test_within49 import _disputes, _has, _show


def _none(got, a: str, b: str) -> bool:
    return not _has(got, a, b)


# -- told, and some not yet reached --------------------------------------------------------------------------

_RECALL = ("Pellmoor Foods said on Monday that it had recalled a batch of its oat bars after a supplier found traces "
           "of peanut. The batch was sold in 40 shops, the company said. ")


def test_a_group_told_against_some_of_it_not_reached_is_a_dispute():
    got = _disputes(_RECALL + "Customers who bought the bars have been told to return them, the company said. "
                              "Shop owner Daria Veck said some customers at her shop have not yet been reached. ")
    assert _has(got, "have been told to return", "not yet been reached"), _show(got)


@pytest.mark.parametrize("told, unreached", [
    # the group told in part: no whole told
    ("Some customers who bought the bars have been told to return them, the company said. ",
     "Shop owner Daria Veck said some customers at her shop have not yet been reached. "),
    # another group
    ("Shops that sold the bars have been told to clear their shelves, the company said. ",
     "Shop owner Daria Veck said some customers at her shop have not yet been reached. "),
    # one side tells both
    ("Customers who bought the bars have been told to return them, the company said. ",
     "The company said some customers in remote areas have not yet been reached. "),
])
def test_a_part_told_another_group_or_one_side_is_no_told_dispute(told, unreached):
    got = _disputes(_RECALL + told + unreached)
    assert _none(got, "been told", "not yet been reached"), _show(got)


# -- told, and first learned from a press release ------------------------------------------------------------

def test_a_body_told_against_its_learning_from_a_press_release_is_a_dispute():
    got = _disputes(_RECALL + "The company says it told the national food agency on the day the traces were found. "
                              "The agency says it first learned of the recall from the company's press release on Friday. ")
    assert _has(got, "told the national food agency", "first learned of the recall"), _show(got)


@pytest.mark.parametrize("learned", [
    # learned from a person, not a public medium
    "The agency says it first learned of the recall from the company's chief executive on Friday. ",
    # another body learned it
    "The shop owners' association says it first learned of the recall from the company's press release. ",
])
def test_learning_from_a_person_or_another_body_is_no_told_dispute(learned):
    got = _disputes(_RECALL + "The company says it told the national food agency on the day the traces were found. " + learned)
    assert _none(got, "told the national food agency", "first learned"), _show(got)


# -- no call before a clock time -----------------------------------------------------------------------------

_DAM = ("The Corrow Valley Water Board said on Monday it warned the village of Endle at 3 a.m. on Sunday that it would "
        "open the sluice gates at the Marrick weir. The board said it released water to lower the lake after heavy rain. "
        "About 30 homes had water in them, the village said. ")


def test_no_call_before_a_later_time_against_a_warning_is_a_dispute():
    got = _disputes(_DAM + "Endle's mayor, Corin Hasp, said the village's emergency office received no call from the board "
                           "before 5:50 a.m. ")
    assert _has(got, "warned the village of Endle at 3 a.m.", "no call from the board"), _show(got)


@pytest.mark.parametrize("reply", [
    # the warning came before the time named: no call before 2:30 a.m. is no dispute with 3 a.m.
    "Endle's mayor, Corin Hasp, said the village's emergency office received no call from the board before 2:30 a.m. ",
    # another body named
    "Endle's mayor, Corin Hasp, said the village's emergency office received no call from the police before 5:50 a.m. ",
])
def test_an_earlier_time_or_another_body_is_no_call_dispute(reply):
    got = _disputes(_DAM + reply)
    assert _none(got, "warned the village", "no call from"), _show(got)


# -- a first call before the onset ---------------------------------------------------------------------------

_ZOO = ("A wolf escaped from its pen at the Harwick Wildlife Park on Sunday and was caught an hour later, the park said. ")


def test_a_first_call_before_the_onset_another_side_gives_is_a_dispute():
    got = _disputes(_ZOO + "The animal got out at about 11:15 a.m. through a gate left open, park manager Elsa Brand said. "
                           "About 300 visitors were in the park at the time. "
                           "Harwick police said they received the first call about the wolf at 10:40 a.m. ")
    assert _has(got, "got out at about 11:15 a.m.", "first call about the wolf at 10:40 a.m."), _show(got)


@pytest.mark.parametrize("call", [
    # the first call after the onset
    "Harwick police said they received the first call about the wolf at 11:25 a.m. ",
    # a few minutes apart: "about" covers them
    "Harwick police said they received the first call about the wolf at 11:10 a.m. ",
])
def test_a_first_call_after_the_onset_is_no_dispute(call):
    got = _disputes(_ZOO + "The animal got out at about 11:15 a.m. through a gate left open, park manager Elsa Brand said. "
                           "About 300 visitors were in the park at the time. " + call)
    assert _none(got, "got out at about 11:15 a.m.", "first call"), _show(got)


# -- an end told before its date -----------------------------------------------------------------------------

_STUDY = ("Corvane Labs said on Monday that a review board had stopped a study of its sleep drug early. "
          "The company said the review board stopped the study on Nov. 12. The study enrolled 900 people, the company said. ")


def test_an_end_told_before_the_date_another_side_gives_is_a_dispute():
    got = _disputes(_STUDY + "The study's lead doctor, Dr. Anselm Roe, said the board had told doctors on Nov. 9 that the "
                             "study was over. ")
    assert _has(got, "stopped the study on Nov. 12", "told doctors on Nov. 9"), _show(got)


@pytest.mark.parametrize("told", [
    # told on a later day: both hold
    "The study's lead doctor, Dr. Anselm Roe, said the board had told doctors on Nov. 14 that the study was over. ",
    # another thing told over
    "The study's lead doctor, Dr. Anselm Roe, said the board had told doctors on Nov. 9 that the funding was over. ",
])
def test_an_end_told_later_or_of_another_thing_is_no_dispute(told):
    got = _disputes(_STUDY + told)
    assert _none(got, "stopped the study on Nov. 12", "told doctors"), _show(got)


# -- a negated phrase met only as a possessor in a source's name ------------------------------------------------

_BRANCHES = ("TARROW, March 3 - Tarrow Borough Council plans to close five of its 14 branch libraries next year, the council "
             "said on Monday. The Tarrow library workers' union said the plan would close seven branches, because two more "
             "would lose all their staff. ")
_KEPT = "Council leader Osric Penn said on Monday evening that no library worker would lose their job. "


def test_a_negated_phrase_met_as_a_possessor_in_the_other_sides_name_is_no_dispute():
    got = _disputes(_BRANCHES + "The union said 30 jobs would go. The council will vote on the plan on May 2, the council said. "
                    + _KEPT)
    assert _none(got, "would lose all their staff", "no library worker"), _show(got)
    assert _has(got, "30 jobs would go", "no library worker"), _show(got)


def test_the_phrase_told_outside_the_possessor_still_meets_its_negation():
    got = _disputes("TARROW, March 3 - Tarrow Borough Council plans to close five branch libraries, the council said. "
                    "The Tarrow library workers' union said some library workers would lose their jobs by June. "
                    "The council will vote on the plan on May 2, the council said. " + _KEPT)
    assert _has(got, "some library workers would lose their jobs", "no library worker"), _show(got)


# -- a count answered in the next sentence ----------------------------------------------------------------------

_MARKS = "The Harrowgate Exams Council cut the marks of 96 pupils at Selby Grammar this spring, the school said on Monday. "


def test_a_count_answered_in_the_next_sentence_by_another_side_is_a_dispute():
    got = _disputes(_MARKS + "The council says 40 pupils at the school had a mark changed after its examiners checked the papers. ")
    assert _has(got, "96 pupils", "40 pupils"), _show(got)


@pytest.mark.parametrize("reply", [
    # another counted noun
    "The council says 40 teachers at the school had a mark changed after its examiners checked the papers. ",
    # the same noun, no other word shared: another matter
    "The council said 40 pupils joined its summer programme. ",
])
def test_the_next_sentences_count_of_another_noun_or_matter_is_no_dispute(reply):
    got = _disputes(_MARKS + reply)
    assert _none(got, "96 pupils", "40"), _show(got)


# -- a compound's head counted by its modifier -----------------------------------------------------------------

_CLINICS = "Marlby Council plans to shut six of its 15 branch clinics next year, the council said on Monday. "


def test_a_compound_counted_by_its_modifier_after_the_same_verb_is_a_dispute():
    got = _disputes(_CLINICS + "The Marlby nurses' union said the plan would shut eight branches, because two more would "
                               "have no doctor. ")
    assert _has(got, "six of its 15 branch clinics", "eight branches"), _show(got)


@pytest.mark.parametrize("reply", [
    # another verb: another act
    "The Marlby nurses' union said the plan would open eight branches of a private chain. ",
    # one side
    "The council said the plan would shut eight branches in all over two years. ",
])
def test_a_modifier_count_after_another_verb_or_by_one_side_is_no_dispute(reply):
    got = _disputes(_CLINICS + reply)
    assert _none(got, "six of its 15 branch clinics", "eight branches"), _show(got)


# -- a route set against another --------------------------------------------------------------------------------

_FLOCK = "A flock of 40 sheep got out of the Dunholm farm on Friday and blocked the county road for an hour, police said. "


def test_a_route_told_against_another_sides_route_is_a_dispute():
    got = _disputes(_FLOCK + "A former farmhand, Ned Ashby, said the flock had got out through the broken hedge. "
                             "The road reopened at noon. Drivers were held for an hour, police said. "
                             "The farm's owner, Ada Crane, said the flock had left through an open gate, not through the hedge. ")
    assert _has(got, "through the broken hedge", "through an open gate"), _show(got)


@pytest.mark.parametrize("first", [
    # the same route
    "A former farmhand, Ned Ashby, said the flock had got out through an open gate. ",
    # another subject
    "A former farmhand, Ned Ashby, said the dog had got in through the broken hedge. ",
])
def test_the_same_route_or_another_subjects_route_is_no_dispute(first):
    got = _disputes(_FLOCK + first + "The road reopened at noon. Drivers were held for an hour, police said. "
                                     "The farm's owner, Ada Crane, said the flock had left through an open gate, not through the hedge. ")
    assert _none(got, "Ned Ashby", "not through the hedge"), _show(got)


# -- a reclassification denied ----------------------------------------------------------------------------------

_CODED = ("The head of Dunmere's nurses' union says ward staff were told last spring to record some severe falls as minor "
          "falls, a change he says helped the hospital claim a 20 percent drop in patient harm. ")
_FILLER = "The hospital has 400 beds. Its new wing opened in 2021. The board meets on Thursday. "


def test_things_recorded_as_a_lesser_kind_against_a_denial_of_any_reclassification_is_a_dispute():
    got = _disputes(_CODED + _FILLER + "Chief executive Ilsa Brandt denied that any fall had been reclassified. ")
    assert _has(got, "record some severe falls as minor falls", "denied that any fall had been reclassified"), _show(got)


@pytest.mark.parametrize("body", [
    # two heads: no lesser kind of one thing
    "The head of Dunmere's nurses' union says ward staff were told to record some falls as accidents. " + _FILLER
    + "Chief executive Ilsa Brandt denied that any fall had been reclassified. ",
    # the denial by the same side
    _CODED + _FILLER + "The union's head denied that any fall had been reclassified before last spring. ",
])
def test_two_heads_or_one_side_is_no_reclassification_dispute(body):
    got = _disputes(body)
    assert _none(got, "record some", "reclassified"), _show(got)


# -- paid for by the holder ------------------------------------------------------------------------------------

_TRIP = ("Harlby's mayor, Edwin Stroud, claimed $21,000 in expenses last year, according to a report by the town's auditor, Mara Quist. "
         "Her report says the council paid for flights for the mayor's husband on a trip to a fair in Ostend in May. ")


def test_paid_for_by_the_holder_against_another_side_paying_for_the_same_person_is_a_dispute():
    got = _disputes(_TRIP + _FILLER + "\"My husband paid for his own ticket,\" Stroud told reporters on Friday. ")
    assert _has(got, "paid for flights for the mayor's husband", "paid for his own ticket"), _show(got)


def test_paid_for_by_the_holder_against_another_person_paid_for_is_no_dispute():
    got = _disputes(_TRIP.replace("the mayor's husband", "the mayor's aides") + _FILLER
                    + "\"My husband paid for his own ticket,\" Stroud told reporters on Friday. ")
    assert _none(got, "paid for flights", "paid for his own ticket"), _show(got)


# -- a short denial pointing back is the denier's, not the outlet's (attribution/relations.py) ---------------------

@pytest.mark.parametrize("sentence, source", [
    ("The union disputes this.", "The union"),
    ("Tom Harl disputed the log.", "Tom Harl"),
    ("The trust rejects that report.", "The trust"),
])
def test_a_short_denial_of_an_account_or_a_record_is_the_deniers_claim(sentence, source):
    from tests.reading import read
    assert read(sentence)[0] == source


@pytest.mark.parametrize("sentence", [
    "The court rejected the appeal.",  # an act on a thing, no account pointed back at
    "Voters rejected it.",             # a bare "it": a vote, not a reply
    "Tom Harl rejected the offer.",
    "Researchers from two universities have also found that",  # a cut sentence's bare "that" after no denial verb
])
def test_a_denial_verb_on_another_object_stays_the_outlets(sentence):
    from tests.reading import read
    assert read(sentence)[0] is None
