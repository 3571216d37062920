"""Speech cues the analysis missed (session 37, issue 12; branch attr46): a clause-only speech verb ("hinted",
"lamented", "scoffed", "clarified") closing an unquoted sentence as its tag, as "said" does ("A, the mayor hinted.");
"made the point that" and "raised the prospect that" (light verbs with a position's noun); a speaker "emphatic",
"unequivocal", "categorical" or "insistent" that ...; "brags about" as "boasts about"; "fretted", "intimated",
"conjectured", "trumpeted", "whispered", "muttered" before "that", a colon or a quotation; a list or a
message after a colon whose lead sets out points ("<X> made three promises: A, B and C", "laid out her case: ...") or
gives a manner of speaking ("<X> was blunt: A", "<X> put it this way: A"). Invented texts; near-misses keep their
reading."""

from __future__ import annotations

import pytest

from summarizer.attribution import analyze, certainty_for

HEAD = "Invented news for a test\n\n"


def read(sentence: str, before: str = "") -> tuple[str | None, str]:
    """The source and certainty of `sentence` inside a short invented article."""
    text = HEAD + before + sentence + "\n"
    start = text.index(sentence)
    at = analyze(text)
    return at.source_for(start, start + len(sentence)), certainty_for(text, start, start + len(sentence), at)


CONTENT = "The county will have to find the money for the second span by the spring"


# 1. a clause-only speech verb closing an unquoted sentence tags it (GUIDELINES §6: speech acts are the speaker's)
@pytest.mark.parametrize("sentence,source", [
    (f"{CONTENT}, Ada Moss lamented.", "Ada Moss"),
    (f"{CONTENT}, the deputy mayor hinted on Tuesday.", "the deputy mayor"),
    (f"{CONTENT}, a senior aide scoffed.", "a senior aide"),
    (f"{CONTENT}, Mayor Ada Moss mused in an interview.", "Mayor Ada Moss"),
    ("The county has found the money for the second span, the Tarne Council clarified in a statement.", "the Tarne Council"),
    ("The second span over the river, Ada Moss lamented, is a waste of money that the county cannot afford.", "Ada Moss"),
    (f"{CONTENT}, she hinted.", "Ada Moss"),
])
def test_a_clause_only_cue_closes_an_unquoted_sentence(sentence, source):
    src, _ = read(sentence, before="Ada Moss spoke to the council on Monday.\n\n")
    assert src == source


@pytest.mark.parametrize("sentence", [
    "When the council voted to close the old ferry landing, the residents objected.",  # an opening time clause
    "Asked about the cost of the second span over the river, she scoffed.",  # a participle opener
    "The council voted to close the old ferry landing, but the residents objected.",  # a conjunction
    "In the long debate over the old ferry landing, the mayor mused.",  # a prepositional opener
    "The plaque on the old ferry landing is short, the sign reads.",  # a text's verb
    "The county lost the vote on the second span, and Ada Moss lamented.",  # a coordinated clause
    f"{CONTENT}, she lamented the loss of the grant.",  # an object: an act
])
def test_near_misses_of_the_closing_clause_only_cue(sentence):
    src, _ = read(sentence)
    assert src is None


# 2. light verbs with a position's noun: "made the point that", "raised the prospect that" (GUIDELINES §13)
@pytest.mark.parametrize("sentence,source,certainty", [
    ("Ada Moss made the point that the new bridge over the river is a waste of public money.", "Ada Moss", "reported"),
    ("Ada Moss raised the prospect that the new bridge over the river will close to lorries at night.", "Ada Moss", "speculative"),
    # near-misses: a relative clause, a habit, a point scored, a prospect as the subject
    ("The point that the court heard on Monday was about the new bridge over the river.", None, "stated"),
    ("Ada Moss made a point of visiting the new bridge over the river every week.", None, "stated"),
    ("Ada Moss scored the point that won the match for the county team on Saturday.", None, "stated"),
])
def test_light_verbs_with_point_and_prospect(sentence, source, certainty):
    assert read(sentence) == (source, certainty)


# 3. a speaker's firm statement: "was emphatic / unequivocal / categorical / insistent that ..."
@pytest.mark.parametrize("sentence,source", [
    ("Ada Moss was emphatic that the new bridge over the river is a waste of public money.", "Ada Moss"),
    ("The council has been unequivocal that the new bridge over the river will close to lorries at night.", "The council"),
    ("Ada Moss was categorical that the new bridge over the river is a waste of public money.", "Ada Moss"),
    ("The mayor is insistent that the new bridge over the river will close to lorries at night.", "The mayor"),
    # near-misses: the adjective on a thing, before no clause
    ("The emphatic win that the team earned on Saturday lifted the club to third place.", None),
    ("Ada Moss won an emphatic victory in the county vote on the bridge.", None),
])
def test_a_speakers_firm_statement(sentence, source):
    assert read(sentence)[0] == source


# 4. "brags about" as "boasts about" (a speech act); 5. more clause-only speech verbs
@pytest.mark.parametrize("sentence,source", [
    ("Tom Orr brags about his record on the bridge and the ferry.", "Tom Orr"),
    ("Tom Orr bragged that the new bridge over the river had come in under budget.", "Tom Orr"),
    ("Ada Moss fretted that the new levy on riverside warehouses would fail at the county vote in March.", "Ada Moss"),
    ("Ada Moss intimated that the new levy on riverside warehouses would fail at the county vote in March.", "Ada Moss"),
    ("Ada Moss conjectured that the new levy on riverside warehouses would fail at the county vote in March.", "Ada Moss"),
    ("Ada Moss trumpeted that the new levy on riverside warehouses had passed at the county vote in March.", "Ada Moss"),
    ('"The new levy on riverside warehouses will fail at the county vote in March," Ada Moss whispered.', "Ada Moss"),
    ("The new levy on riverside warehouses will fail at the county vote in March, Ada Moss muttered.", "Ada Moss"),
    # near-misses: an object, a noun
    ("Tom Orr whispered a few words to the driver of the ferry and left the landing.", None),
    ("Ada Moss played the trumpet that her father gave her at the county fair in March.", None),
    ("The band trumpeted its return with a free concert on the riverside landing in March.", None),
])
def test_more_speech_verbs(sentence, source):
    assert read(sentence)[0] == source


LIST = "the bridge is too old, the toll is too high, and the ferry is too slow."


# 6. a list or message after a colon: the lead sets out points or gives a manner of speaking (message_colon.py)
@pytest.mark.parametrize("lead", [
    "Ada Moss made three promises on Monday:",
    "Ada Moss listed her demands:",
    "Ada Moss laid out her case:",
    "Ada Moss set out her objections to the council:",
    "Ada Moss was blunt:",
    "Ada Moss has been unequivocal:",
    "Ada Moss put it this way:",
    "Ada Moss summed it up:",
])
def test_points_after_a_colon_are_the_speakers(lead):
    assert read(f"{lead} {LIST}")[0] == "Ada Moss"


@pytest.mark.parametrize("lead", [
    "The county has three problems:",  # no speech noun
    "Ada Moss made three changes to the plan:",  # an act's object
    "Ada Moss faced a choice:",
    "The message was blunt:",  # no speaker
    "The result was clear:",  # "clear" is no manner of speaking
])
def test_near_misses_of_points_after_a_colon(lead):
    assert read(f"{lead} {LIST}")[0] is None
