"""Issue 12, session 5 (branch cont6): where an attributed statement stops and where it runs on
into the next sentence. Sentences written for the test (never copied from dev data), each rule
with what it must leave alone."""

from __future__ import annotations

import pytest

from summarizer.attribution import analyze


def _who(text: str, part: str) -> str | None:
    s = text.index(part)
    return analyze(text).source_for(s, s + len(part))


# -- a contrast the outlet adds after an according-to or a mid-sentence frame ---------------------

@pytest.mark.parametrize("text, said, own", [
    ("According to the county survey, the mayor led among older voters by ten points, but still lost the "
     "runoff in June.", "the mayor led among older voters by ten points", "but still lost the runoff in June."),
    ("The new reactor, the utility said, was its largest yet, although it may take months to test how much "
     "power it makes.", "The new reactor", "although it may take months to test how much power it makes."),
])
def test_a_contrast_after_the_statement_is_the_outlets(text, said, own):
    assert _who(text, said) is not None
    assert _who(text, own) is None


@pytest.mark.parametrize("text, part, who", [
    # a participle after "while" is no clause of its own: still the speaker's
    ("The new plant, the manager said, was the cleanest in the state, while costing less than the old one.",
     "while costing less than the old one.", "the manager"),
    # a contrast inside a quotation stays the speaker's
    ("“The plan is sound, but the money is late and the contractors are leaving,” the mayor said.",
     "but the money is late and the contractors are leaving,”", "the mayor"),
    # an initial frame keeps its contrast ("X said A, but B" reports both)
    ("The mayor said the plan was sound, but the money would come late.", "but the money would come late.",
     "The mayor"),
])
def test_what_the_contrast_cut_leaves_alone(text, part, who):
    assert _who(text, part) == who


# -- an indirect statement that runs on into the next sentence ------------------------------------

@pytest.mark.parametrize("text, part, who", [
    ("The new bridge, the engineer said, would carry 40,000 cars a day. But it would also need repairs "
     "within a decade.", "But it would also need repairs within a decade.", "the engineer"),
    ("The minister said the new rail line could open by 2030. It could also carry freight at night.",
     "It could also carry freight at night.", "The minister"),
])
def test_a_reported_future_runs_on_with_also(text, part, who):
    assert _who(text, part) == who


@pytest.mark.parametrize("text, part", [
    # no "also": the outlet may be the one weighing the plan
    ("The minister said the new rail line could open by 2030. A delay would cost the region dearly.",
     "A delay would cost the region dearly."),
    # the statement reports no future in the past tense
    ("The minister said the new rail line was on schedule. It would also carry freight, under a 2019 law.",
     "It would also carry freight, under a 2019 law."),
    # a quotation before: not an indirect statement
    ("“The line will open by 2030,” the minister said. It would also carry freight at night.",
     "It would also carry freight at night."),
    # a conditional clause of the outlet
    ("The minister said the line would open by 2030. If it did, it would also carry freight at night.",
     "If it did, it would also carry freight at night."),
    # a new paragraph two paragraphs on
    ("The minister said the line would open by 2030.\n\nThe council met on Friday.\n\nIt would also carry "
     "freight at night.", "It would also carry freight at night."),
])
def test_what_does_not_run_on(text, part):
    assert _who(text, part) is None


# -- a paragraph that ends its account with the source ----------------------------------------------

def test_a_paragraph_closed_by_a_final_frame_is_the_sources_account():
    t = ("The county opened the new forest on Saturday.\n\n"
         "The trees absorb carbon dioxide from the air. Their roots also hold the soil on the slopes. "
         "An acre of the forest can store 150 tons of carbon, the forester said.")
    assert _who(t, "The trees absorb carbon dioxide from the air.") == "the forester"
    assert _who(t, "Their roots also hold the soil on the slopes.") == "the forester"
    assert _who(t, "The county opened the new forest on Saturday.") is None  # another paragraph


def test_a_closing_frame_reaches_back_only_a_few_sentences():
    t = ("The county bought the valley in 1990. It planted oaks on the north slope. The trees absorb carbon "
         "dioxide. Their roots hold the soil. An acre can store 150 tons of carbon, the forester said.")
    assert _who(t, "Their roots hold the soil.") == "the forester"
    assert _who(t, "The trees absorb carbon dioxide.") == "the forester"
    assert _who(t, "It planted oaks on the north slope.") is None  # one paragraph: no start to stop at
    assert _who(t, "The county bought the valley in 1990.") is None


@pytest.mark.parametrize("text, part", [
    # a quotation's final frame: the sentence before it is the outlet's scene
    ("The fire spread through the lower floors within minutes. “We ran for our lives,” said Ann Ross, a tenant.",
     "The fire spread through the lower floors within minutes."),
    # the sentence that introduces the source is the outlet's
    ("One backer of the plan is Jane Doe, a forester in Maine. An acre can store 150 tons of carbon, Ms. Doe said.",
     "One backer of the plan is Jane Doe, a forester in Maine."),
    # a final according-to phrase does not reach back
    ("The storm moved north overnight. Three roads were closed, according to the county.",
     "The storm moved north overnight."),
    # a sentence with its own frame ends the reach
    ("The mayor said the bridge was safe. The trucks were rerouted on Monday. Repairs will take a week, "
     "the engineer said.", "The mayor said the bridge was safe."),
])
def test_what_a_final_frame_does_not_reach(text, part):
    who = _who(text, part)
    assert who is None or "engineer" not in who and "Doe" not in who and "county" not in who and "Ross" not in who


def test_a_closing_frame_does_not_reach_over_a_dated_event():
    # session 10 (over11): a sentence dated by a weekday or a relative day is the outlet's news
    t = ("A mudslide closed the coast road on Tuesday night. Crews cleared one lane, the county said.\n\n"
         "The ferry sank last week. Divers found the hull, the coast guard said.")
    assert _who(t, "A mudslide closed the coast road on Tuesday night.") is None
    assert _who(t, "The ferry sank last week.") is None
    assert "county" in _who(t, "Crews cleared one lane, the county said.")
