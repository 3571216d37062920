"""Session 30, the lead: shapes read in the session's rescans of real sentences (invented sentences of
the same shape; never dev text)."""

from __future__ import annotations

from summarizer.attribution import analyze


def source_of(text: str) -> str | None:
    a = analyze(text)
    r = a.relation_for(0, len(text))
    return r.name if r else None


def test_an_inverted_tag_with_a_role_and_two_names_is_their_statement():
    # more than seven words: a long speaker had to be all capitals ("UN High Commissioner ... Jane Roe")
    s = "“The board will decide the next steps,” said the mayor’s lawyers Tom Bell and Ann Cole in a joint statement."
    assert source_of(s) == "the mayor’s lawyers Tom Bell and Ann Cole"
    s = "“We never saw the letter,” said the club’s former owners Rita Vale and Sam Orr."
    assert source_of(s) == "the club’s former owners Rita Vale and Sam Orr"


def test_apart_a_long_lowercase_phrase_after_said_is_no_speaker():
    # five lowercase words before the names, or a clause word among them: no speaker read
    assert source_of("The plan, said the town’s two longest serving local advisers Tom Bell and Ann Cole.") is None
    assert source_of("She said the mayor’s lawyers had met Tom Bell and Ann Cole in the spring.") in (None, "She")


def test_a_sentence_final_tag_after_a_name_and_its_comma_is_the_speakers():
    # a capitalised word before ", said" had been read as the subject ("The mayor, Jo Bell, said ...")
    s = "The view is there was no fault in the collapse of the Harlow bridge, built by engineer Paul Marsh, said Sergeant Nina Ortez."
    assert source_of(s) == "Sergeant Nina Ortez"
    s = "We went to the old harbour on the ferry with Ann Cole, said Dr. Tom Reyes."
    assert source_of(s) == "Dr. Tom Reyes"


def test_left_a_bare_name_closing_the_tag_after_a_name_and_its_comma():
    # was a strict xfail (bare names allowed everywhere cost PolNeAR half B one named source); shapes34 allows a
    # bare name only when the name before the comma is a preposition's object ("with Ann Cole,"): PolNeAR unchanged
    assert source_of("We went to the old harbour on the ferry with Ann Cole, said Tom Reyes.") == "Tom Reyes"


def test_apart_a_named_subject_in_apposition_still_says_the_clause():
    s = "The mayor, John Smith, said the bridge was safe."
    assert source_of(s) == "John Smith"


def relation(text: str):
    return analyze(text).relation_for(0, len(text))


def test_a_month_and_its_day_after_said_is_when_not_who():
    # "said Jan. 5." had made "Jan" the speaker and the name before the comma the content's
    s = "The plan is flawed and should be dropped, Ann Cole, the senator, said Jan. 5."
    r = relation(s)
    assert r.name == "Ann Cole" and r.content[0][0] == 0 and r.content[0][1] <= s.index("Ann")
    s = "The plan is flawed and should be dropped, Ann Cole said Sept. 20."
    r = relation(s)
    assert r.name == "Ann Cole" and r.content[0][0] == 0  # the content is before the cue, not "Sept. 20"


def test_apart_a_month_that_opens_a_clause_after_said_is_the_content():
    s = "Ann Cole said March 3 was the deadline."
    r = relation(s)
    assert r.name == "Ann Cole" and s[r.content[0][0]:r.content[0][1]].startswith("March 3 was")


def test_apart_a_clause_after_said_is_never_a_closing_tag():
    # the closing-tag reading needs a subject ending in a name: "said the council ignored ..." is a clause
    s = "Jo Reyes and her husband, Al, said the council ignored their letters."
    assert source_of(s).startswith("Jo Reyes")


def test_after_a_leading_concession_the_main_clause_speaks():
    # shapes33 split "Although X said A, Y said B" in two; the sentence's claim then had no piece covering
    # half of it and went to the outlet (bat9a's 177-guard caught it)
    from tests.reading import code
    text = "Mill\n\nWhile the union claims the mill will close, the owners said it would stay open.\n"
    assert [c.attributed_to for c in code(text).claims] == ["the owners"]
