"""Session 19, read20: shapes found by reading the code path's claims on eight faithfulness
documents no session had read (issues 12 and 15). Invented sentences; the expected answers were
written before the code was run."""

from __future__ import annotations

import pytest

from summarizer.attribution import analyze
from summarizer.chunk import content_sentences
from summarizer.places import place_of
from tests.reading import code, who as _who


def _code(text: str):
    return code(text, "read20.txt")


def _sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in content_sentences(text, 2000)]


_HEAD = "The council met on Monday to discuss the new parks.\n\n"


# -- 1. a unit's capitalised title before "at" after a name, no closing comma (d6: 'Mike X,
# -- Y Development Officer at Z says: "..."' gave the quotation to the title)

def test_a_capitalised_title_at_an_organisation_is_the_names_description():
    s = 'Ivo Brand, Community Development Officer at the Hope Trust says: "There are more than a thousand families who need a room like this."'
    assert _who(_HEAD + s, s) == "Ivo Brand"


def test_a_two_word_title_at_an_organisation_is_the_names_description():
    s = 'Ada Moss, Head Gardener at Dunmore Park said: "The new beds will be planted in the spring by a team of forty volunteers."'
    assert _who(_HEAD + s, s) == "Ada Moss"


def test_apart_a_lower_case_role_at_an_organisation_still_gives_the_name():
    s = 'Ivo Brand, a development officer at the Hope Trust says: "There are more than a thousand families who need a room like this."'
    assert _who(_HEAD + s, s) == "Ivo Brand"


def test_apart_a_place_before_the_comma_is_no_name():
    s = 'In Dunmore, Park Officer at the council Ivo Brand said the beds would be planted in the spring.'
    assert _who(_HEAD + s, s) != "In Dunmore"


def test_apart_a_closed_apposition_keeps_the_name():
    s = 'Ivo Brand, Community Development Officer at the Hope Trust, said the families needed a room like this.'
    assert [r.name for r in analyze(_HEAD + s).relations] == ["Ivo Brand"]


# -- 2. page furniture: a plural "videos", a pointer to the outlet's other pages, a "You can
# -- follow X on Twitter" promotion (d5, d8)

def test_scroll_down_for_videos_is_furniture():
    t = _HEAD + "Scroll down for videos . The mayor opened the park on Sunday with a short speech.\n"
    assert not any("Scroll down" in s for s in _sentences(t))
    assert any(s.startswith("The mayor opened the park") for s in _sentences(t))


def test_for_more_reports_click_here_is_furniture():
    t = _HEAD + "The mayor opened the park on Sunday with a short speech. For more reports from City Desk, click here.\n"
    assert not any("click here" in s for s in _sentences(t))


def test_you_can_follow_a_desk_on_twitter_is_no_claim():
    t = _HEAD + "The mayor opened the park on Sunday with a short speech. You can follow City Desk on Twitter and Facebook.\n"
    texts = [c.text for c in _code(t).claims]
    assert not any("follow City Desk" in x for x in texts)
    assert any(x.startswith("The mayor opened the park") for x in texts)


def test_apart_a_scrolled_video_in_a_story_is_news():
    t = _HEAD + "Scroll down for video footage was the last thing the clerk typed before the server failed on Friday.\n"
    assert any("Scroll down for video footage" in s for s in _sentences(t))


def test_apart_for_more_information_in_a_story_is_news():
    t = _HEAD + "For more than ten years, the council has kept the park open every night of the week.\n"
    assert any(s.startswith("For more than ten years") for s in _sentences(t))


def test_apart_people_who_follow_the_mayor_on_twitter_is_news():
    t = _HEAD + "Residents who follow the mayor on Twitter learned of the closure before the council did.\n"
    texts = [c.text for c in _code(t).claims]
    assert any(x.startswith("Residents who follow the mayor") for x in texts)


# -- left, measured and dropped: "he"/"she" framing a quotation right after a sentence whose subject
# -- is a surname alone of a person named in full before (d7: 'On Monday, X also apologized to ...
# -- "...," he said.' went to the speaker named before X). A fix (resolution.py: a surname alone may
# -- override the salient speaker; name_forms._acts: the verb after "also"/"then" makes the subject
# -- act) passed these cases and moved half A's chain 0.952 -> 0.953, but B's 0.914 -> 0.899: dropped.

_CRANE = ("Sheriff Ida Crane said the deputies were moved. Deputy Ivo Brand has said the arrest was an accident.\n\n"
          "On Tuesday, Crane also met the widow of the driver. ")


@pytest.mark.xfail(strict=True, reason="read20 d7: a pronoun after a sentence whose subject is a surname alone goes to "
                   "the salient speaker before it; the fix cost held-out B's named (chain) 0.914 -> 0.899 and was dropped")
@pytest.mark.parametrize("pronoun", ["she", "he"])
def test_a_pronoun_after_a_surname_subject_refers_to_that_subject(pronoun):
    s = f"\"We are sorry your son was taken from you,\" {pronoun} said."
    assert _who(_CRANE + s, s) in ("Ida Crane", "Sheriff Ida Crane")


def test_apart_a_surname_object_is_no_antecedent():
    t = ("Sheriff Ida Crane said the deputies were moved. Deputy Ivo Brand has said the arrest was an accident.\n\n"
         "On Monday, the family also thanked Crane for the apology. ")
    s = "\"It was an accident and I am sorry for it,\" he said."
    assert _who(t + s, s) in ("Ivo Brand", "Deputy Ivo Brand")


# -- 4. `where`: a day word after the place ("arrived in Florence yesterday" had none), and the end
# -- of a journey after a verb of travel ("flew to Beijing", "flew to New York"; d1)


@pytest.mark.parametrize("sentence, place", [
    ("The mayor arrived in Kelso yesterday for a conference on parks.", "Kelso"),
    ("The minister spoke in Dunmore today about the new road.", "Dunmore"),
    ("Last month the mayor flew to Valdoria to visit the new parks.", "Valdoria"),
    ("Days later the two aides travelled to Kelso, where they met the planners.", "Kelso"),
    ("The family moved back to Dunmore after the war.", "Dunmore"),
])
def test_a_place_before_a_day_word_or_after_a_verb_of_travel(sentence, place):
    assert place_of(sentence) == place


@pytest.mark.parametrize("sentence", [
    "The mayor wrote to Jane Doe about the new parks.",  # "to" after no verb of travel: a person
    "The mayor spoke to Valdoria Holdings on Monday.",  # nor after "spoke"
    "The minister said in Parliament yesterday that the road would open.",  # an institution, as before
])
def test_apart_no_place_from_to_after_other_verbs(sentence):
    assert place_of(sentence) in (None, "Parliament")


# -- left: shapes found and not fixed within the session (strict xfails)

# (a strict xfail until left21: part_shapes.unstopped_paragraph; the pronoun now has a named antecedent,
# "Ada Moss started the petition.", since a "She" with none is rejected as unnamed whatever the stop)
def test_a_framed_quotation_with_no_full_stop_is_a_claim():
    t = _HEAD + "Ada Moss started the petition in March.\n\n" + ('She said: "My daughter went to a picnic and our neighbour turned a garage into a games room - it was brilliant"'
                 "\n\nThe petition closes next week.\n")
    assert any("it was brilliant" in c.text for c in _code(t).claims)


# (a strict xfail until left21: lang.NARROW_CUES takes "boast" only before that/of/about/to/a quotation)
def test_a_house_that_boasts_a_room_is_no_source():
    t = _HEAD + "The old cottage even boasts its first kitchen, which was put in when it was built in the 1920s.\n"
    s = "The old cottage even boasts its first kitchen, which was put in when it was built in the 1920s."
    assert _who(t, s) is None
