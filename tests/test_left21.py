"""Session 20, left21 (issue 12): the shapes sessions 18 and 19 found and left (the strict xfails of
left19 and read20, and the "Left" parts of their RESULTS sections). Invented sentences with invented
names, places and organisations; the expected source / certainty / field of each was written from
evals/GUIDELINES.md before the tool ran, with "apart" cases (near shapes that must not change)."""

from __future__ import annotations

import pytest

from tests.reading import code


def _claims(text: str):
    return code(text, "left21.txt").claims


def _with(text: str, words: str):
    """The claims whose text holds `words`."""
    return [c for c in _claims(text) if words in c.text]


_HEAD = "Dunmore council opens a new changing room\n\nThe council opened a new changing room at the Dunmore pool on Monday.\n\n"


# -- 1. a paragraph of body text that ends with no full stop (read20 d6: "lost" statements) ----------

@pytest.mark.parametrize("paragraph,words,source", [
    ("The petition was started by a mother whose son uses a wheelchair and it has gathered more than two thousand names",
     "two thousand names", "article"),
    ('Ivo Brand, the chair of the Dunmore Swimming Club, said the room had been requested by families for years and would be used every day',
     "used every day", "Ivo Brand"),
    ('Ada Moss said: "My daughter went to a picnic and our neighbour turned a garage into a games room - it was brilliant"',
     "it was brilliant", "Ada Moss"),
])
def test_a_body_paragraph_with_no_full_stop_gives_its_claim(paragraph, words, source):
    t = _HEAD + paragraph + "\n\nThe pool will stay open until ten in the evening on weekdays.\n"
    got = _with(t, words)
    assert got and got[0].attributed_to == source and got[0].text.endswith(".")


def test_the_last_paragraph_with_no_full_stop_gives_its_claim():
    t = _HEAD + "The pool will stay open until ten in the evening and the club will run lessons for children on Saturdays"
    assert _with(t, "lessons for children")


@pytest.mark.parametrize("line", [
    "Why the new room matters",                                  # a subhead
    "Picture: Dunmore Council press office",                     # a credit
    "Mayor opens new changing room in Dunmore after long wait",  # a link headline (ten words)
    "Read more about the pool and the council's other plans here",
])
def test_apart_a_short_line_with_no_full_stop_is_no_claim(line):
    t = _HEAD + line + "\n\nThe pool will stay open until ten in the evening on weekdays.\n"
    assert not any(line.split()[1] in c.text.split()[:3] and c.text.startswith(line.split()[0]) for c in _claims(t))


def test_apart_the_title_line_is_no_claim():
    t = ("Families in Dunmore will finally have a changing room they can use at the pool after years of waiting\n\n"
         "The council opened a new changing room at the Dunmore pool on Monday.\n")
    assert not _with(t, "after years of waiting")


def test_apart_a_question_with_no_mark_is_kept_out_only_when_it_asks():
    t = _HEAD + "There are now more than nine hundred such rooms in the country but what exactly are they?\n\nThe pool opened on Monday.\n"
    assert not _with(t, "what exactly")


# -- 3. "boasts" with a noun object means "has": a thing's (or a person's) feature, no speech (read20 d2) --

def _who(text: str, sentence: str):
    from tests.reading import who
    return who(text, sentence)


@pytest.mark.parametrize("sentence", [
    "The old house even boasts the original bathroom, which was fitted when it was built in the 1930s.",
    "The new stadium boasts a roof that can close in ten minutes and seats for forty thousand fans.",
    "Dunmore now boasts three bakeries, two of them opened by families who moved there last year.",
])
def test_boasts_with_a_noun_object_is_no_speech(sentence):
    assert _who(_HEAD + sentence, sentence) is None


@pytest.mark.parametrize("sentence,source", [
    ("The mayor boasted that the pool had been built under budget and ahead of time.", "The mayor"),
    ("Ivo Brand boasted of a waiting list of more than two hundred swimmers.", "Ivo Brand"),
    ("Ivo Brand boasted on Monday that the club had never lost a race at home this season.", "Ivo Brand"),
    ('"We have the best pool in the county," Ivo Brand boasted.', "Ivo Brand"),
])
def test_apart_boasting_with_that_of_or_a_quotation_is_speech(sentence, source):
    assert _who(_HEAD + sentence, sentence) == source
