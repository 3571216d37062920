"""Cue shapes still read wrong on real news (session 44, attr53; issue 12). Invented texts of the shapes real52 and
the lead counted; near-misses keep their reading."""

from __future__ import annotations

import pytest

from summarizer.attribution import analyze
from summarizer.attribution.labels import in_turn, inline_turn, initials_name, label_name, turn_label_end
from summarizer.marks import pair_mixed
from tests.reading import code, read

# -- an interview run into one paragraph: "<Outlet>: ...? <Name>: ... <Initials>: ..." -----------------------------

INTERVIEW = ("Riverton (Ledger) The county released a map this week showing the new roads. "
             "The Ledger asked Ada Moss, a planner at the Valley Institute, to explain the map. "
             "Below is an edited version of the conversation. "
             "Ledger: So, is the plan working in the county? Ada Moss: When it comes to roads it is always hard to say "
             "what works. The gains are real but they are small. Ledger: What does the map tell us? AM: It's very telling "
             "about the council. The losses are all at the edges of the county. Ledger: What about Elmtown? "
             "AM: Elmtown has been a problem for a decade. The council will try again next year.\n")


def _source(text: str, sentence: str) -> str | None:
    start = text.index(sentence)
    return analyze(text).source_for(start, start + len(sentence))


@pytest.mark.parametrize("sentence", [
    "When it comes to roads it is always hard to say what works.",
    "The gains are real but they are small.",  # a turn's next sentence, no label
    "It's very telling about the council.",  # "AM:" is Ada Moss by her initials
    "The losses are all at the edges of the county.",
    "Elmtown has been a problem for a decade.",
])
def test_an_answer_inside_one_paragraph_is_the_interviewees(sentence):
    assert _source(INTERVIEW, sentence) == "Ada Moss"


def test_the_paragraphs_opening_before_the_first_label_stays_the_outlets():
    assert _source(INTERVIEW, "The county released a map this week showing the new roads.") is None
    assert _source(INTERVIEW, "Below is an edited version of the conversation.") is None


def test_no_claim_of_the_interview_holds_a_label():
    texts = [c.text for c in code(INTERVIEW).claims]
    assert any(t.startswith("The gains are real") for t in texts), texts
    assert not any(t.startswith(("AM:", "Ada Moss:", "Ledger:")) for t in texts), texts
    who = {c.text: c.attributed_to for c in code(INTERVIEW).claims}
    assert who.get("The losses are all at the edges of the county.") == "Ada Moss", who


def test_inline_turn_helpers():
    at = INTERVIEW.index("AM: It's")
    assert turn_label_end(INTERVIEW, at, at + 40) == INTERVIEW.index("It's very")
    assert in_turn(INTERVIEW, INTERVIEW.index("The losses"))
    assert not in_turn(INTERVIEW, INTERVIEW.index("Below is"))
    assert initials_name(INTERVIEW, "AM") == "Ada Moss"
    assert initials_name(INTERVIEW, "ZQ") is None
    assert label_name("Riverton (KRTV) A map. KRTV: So? Ada Moss: Yes.", "KRTV") == "KRTV"  # letters written elsewhere
    assert label_name("Senator Al McKee spoke.\n\nMCKEE: We will.", "MCKEE") == "McKee"  # (a transcript's label, unchanged)


@pytest.mark.parametrize("para", [
    # one label: no turns taken
    "The council met on Monday. Note: The figures are from the county. The vote was close.",
    # labels of a list, one speaker never answered (no turn-taking)
    "The plan has three parts. Roads: The county will build two. Parks: The town will open one. Schools: None.",
    # an editorial label repeated
    "Update: The vote moved to May. The council met. Update: The vote moved again. Correction: It is in June.",
    # two turns only
    "Ledger: Is it working? Ada Moss: Yes, it is working. The council agrees.",
])
def test_near_misses_are_no_inline_interview(para):
    text = "Roads plan\n\n" + para + "\n"
    assert all(inline_turn(text, i) is None for i in range(len(text)))


# -- "We're told that ...": hearsay with no one named, not a speaker "We're" ---------------------------------------

@pytest.mark.parametrize("sentence", [
    "We're told that pupils who have just moved are kept apart from the others -- but Ada, 9, was neither.",
    "We are told that the new pupils are kept apart from the others.",
    "I'm told the board met in secret on Monday.",
    "We have been told that the hall will close in June.",
])
def test_the_writer_told_by_no_one_named_is_unnamed_hearsay(sentence):
    assert read(sentence) == ("unnamed sources", "unconfirmed")


@pytest.mark.parametrize("sentence", [
    "We're told to wait outside the hall until noon.",  # an instruction
    "We were told by the mayor that the plan would fail.",  # a source named
    "We told the mayor that the plan would fail.",  # the writer speaking
])
def test_near_misses_are_no_unnamed_hearsay(sentence):
    assert read(sentence)[0] != "unnamed sources"


def test_a_quotation_after_we_are_told_is_not_given_to_we():
    text = ("Camp life\n\nIn the camp, thousands of families live in tents. We're told that women who have just given "
            "birth are kept apart -- but Ada, 19, was neither. \"They separated all of us,\" she says. "
            "\"They dragged us away.\"\n")
    who = {c.text: c.attributed_to for c in code(text).claims}
    assert not any("We're" in (w or "") for w in who.values()), who


# -- a closer typed for the opener at a paragraph's start -----------------------------------------------------------

def test_a_closer_opening_a_paragraph_is_read_as_an_opener():
    assert pair_mixed("” … what I learned is that the roads matter.”") == "“ … what I learned is that the roads matter.”"
    assert pair_mixed("Intro.\n\n”Fear. I am afraid.”") == "Intro.\n\n“Fear. I am afraid.”"


@pytest.mark.parametrize("t", [
    "“We will stay,” she said.",  # a closer closing
    "It was “fine.”\n\nThe vote passed.",
    "” he said, and left.",  # a closer before a space and a lower-case tag: left as written
    "“It rained.\n\n”The end came.",  # a quotation still open: the mark closes it
])
def test_near_misses_keep_their_marks(t):
    assert pair_mixed(t) == t


def test_a_claim_never_opens_with_a_stray_closer():
    text = ("Mayor backs roads plan\n\nMayor Ada Brook spoke to the council about the roads on Monday. She said:\n\n"
            "” … what I learned from listening to some of these families in the town is that the roads matter to them.”\n")
    texts = [c.text for c in code(text).claims]
    assert any("what I learned" in t or "What I learned" in t for t in texts), texts
    assert not any("“”" in t or t.startswith("”") for t in texts), texts


# -- ", data showed, with ...": the closing finding tag before a "with" detail --------------------------------------

@pytest.mark.parametrize("sentence,who", [
    ("Exports rose 5% in May, data showed, with those to the north up by half.", "data"),
    ("Exports rose 5% in May, official figures showed, with sales to the north up by half.", "official figures"),
    ("The firm grew fast last year, the records show, with sales up by half.", "the records"),
])
def test_a_finding_tag_before_a_with_detail_is_the_findings(sentence, who):
    assert read(sentence) == (who, "reported")


@pytest.mark.parametrize("sentence", [
    "Exports rose 5% in May, data showed, as prices fell across the region.",  # an "as" clause: the outlet's addition
    "The town grew fast in May, with the new estate full, and prices rose.",  # no tag
])
def test_near_misses_of_the_with_detail(sentence):
    assert read(sentence)[0] is None
