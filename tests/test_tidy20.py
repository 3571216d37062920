"""tidy20 (issue 12: rules that are general, word lists in one documented place): the pronoun
resolver's gender fallback, the irregular-verb lists gathered in lang/verb_forms.py, and the
callers that took any "-ed" word as a past. Invented sentences; the expected answers were written
before the code was run on them."""

from __future__ import annotations

import pytest

from summarizer.attribution import analyze


def _source(text: str, part: str) -> str:
    i = text.index(part)
    return analyze(text).source_for(i, i + len(part)) or ""


# --- "he"/"his" is never a known woman, "she" never a known man ---------------------------------------
# Before: when every person near was of the other gender, the filter kept them all ("or pool") and
# the pronoun went to the last of them ("Vale would discuss her history ... in his eyes" -> Vale).

def test_his_with_only_a_known_woman_near_stays_unresolved():
    text = "Mrs. Nora Vale spoke at the fair on Monday. In his view, the fair was far too small."
    assert "Vale" not in _source(text, "the fair was far too small")


def test_he_with_only_a_woman_shown_by_her_stays_unresolved():
    text = ("Nora Vale said on Monday that she would discuss her history at a rally. "
            "He said the rally was cancelled by the city.")
    assert "Vale" not in _source(text, "the rally was cancelled by the city")


def test_she_with_only_a_known_man_near_stays_unresolved():
    text = "Mr. Tom Vale spoke at the fair on Monday. She said the fair was far too small."
    assert "Vale" not in _source(text, "the fair was far too small")


# apart: a person of the right or of no known gender is still found
def test_his_goes_to_a_known_man():
    text = "Mr. Tom Vale spoke at the fair on Monday. In his view, the fair was far too small."
    assert "Tom Vale" in _source(text, "the fair was far too small")


def test_he_goes_to_a_person_of_unknown_gender():
    text = "Sam Vale spoke at the fair on Monday. He said the fair was far too small."
    assert "Sam Vale" in _source(text, "the fair was far too small")


def test_she_goes_to_a_person_of_unknown_gender():
    text = "Sam Vale spoke at the fair on Monday. She said the fair was far too small."
    assert "Sam Vale" in _source(text, "the fair was far too small")


def test_his_skips_the_woman_named_last_for_the_man_before():
    text = "Mr. Tom Vale met Mrs. Nora Reed at the fair on Monday. In his view, the fair was far too small."
    assert "Tom Vale" in _source(text, "the fair was far too small")


# --- the possessive after a one-word name: no gender vote (dropped for a held-out cost) -------------

def _fair(possessive: str) -> str:
    return ("A headline for the test.\n\nThe mayor said on Monday that Reno would discuss " + possessive
            + " record at a fair.\n\nNeighbours wrote in with their views.\n\n"
            "Reno's speech is the least of it.\n\nOnly big firms are \"welcome\" in his eyes.")


@pytest.mark.xfail(strict=True, reason="needs the possessive's gender vote ('Reno would discuss her record' -> a woman); "
                   "tidy20 measured one (a one-word name's own his/her + noun, none after a preposition): it fixed this, "
                   "but PolNeAR half B's named source through pronouns fell 0.914 -> 0.912, so it was dropped")
def test_his_is_not_the_one_word_name_her_record_shows_a_woman():
    assert "Reno" not in _source(_fair("her"), "Only big firms are")


def test_his_still_goes_to_the_one_word_name_his_record_shows_a_man():
    assert "Reno" in _source(_fair("his"), "Only big firms are")


# --- callers that took any "-ed" word as a past form ---------------------------------------------------
# certainty_marks._joined_subject: a determiner's noun phrase of at most three words before "and" has
# no verb; a short "-ed" word there ("the shed", "the aged", "the need") is a noun or an adjective,
# so the future after the joined subject is the quotation's main clause.

from summarizer.attribution.certainty_marks import quoted_future  # noqa: E402


@pytest.mark.parametrize("words, future", [
    ("the shed and the barn will close in march", True),
    ("the aged and the sick will suffer most", True),
    ("the need and the cost will grow", True),
    # apart: a past verb before "and" is a clause of its own, which decides
    ("the board met and the union will strike", False),
    ("the board voted and the union will strike", False),
    ("the mayor and the council will meet", True),
])
def test_a_short_ed_noun_joined_to_another_by_and_keeps_the_future(words, future):
    assert quoted_future(words.split()) is future


# --- the irregular-verb lists: PAST_MARKERS built on IRREGULAR_PAST, standalone on is_past_form --------

from summarizer import lang  # noqa: E402
from summarizer.standalone import _has_verb  # noqa: E402


def test_past_markers_hold_the_irregular_pasts_but_the_five_it_never_held():
    # (left21: "drew", "knew", "sought" added, tests/test_left21.py; the count below 58 -> 61)
    assert set(lang.IRREGULAR_PAST) - set(lang.PAST_MARKERS) == {"said", "told"}
    assert {"was", "had", "did", "began", "sat", "overtook"} <= set(lang.PAST_MARKERS)
    assert len(lang.PAST_MARKERS) == len(set(lang.PAST_MARKERS)) == 61


def test_past_markers_live_with_the_past_test():
    from summarizer.lang import time, verb_forms
    assert lang.PAST_MARKERS is verb_forms.PAST_MARKERS and not hasattr(time, "PAST_MARKERS")


@pytest.mark.parametrize("word, verb", [
    ("began", True), ("used", True), ("voted", True), ("faces", True), ("couldn't", True),
    ("red", False), ("bed", False), ("long-awaited", False), ("better-financed", False), ("region", False),
])
def test_standalone_has_verb_reads_the_shared_past_test(word, verb):
    assert _has_verb([word]) is verb


def test_only_the_two_documented_rules_read_irregular_past_outside_the_past_test():
    # noun_phrases.is_verbish (split from quantity.py by digest34; a counted phrase's end: IRREGULAR_VERBS too) and speech_events (but "left",
    # "met", "led"); standalone._has_verb read it beside its own "-ed" test until tidy20
    import pathlib
    root = pathlib.Path(__file__).resolve().parent.parent / "summarizer"
    readers = {p.name for p in root.rglob("*.py") if "lang" not in p.parts and "lang.IRREGULAR_PAST" in p.read_text()}
    # doercounts (conflict57): an irregular past is the act's own base ("sat" of "204 students sat exams"), no past test
    assert readers == {"noun_phrases.py", "speech_events.py", "doercounts.py"}


# --- the next repetition: a final frame's "content first" test, written twice -----------------------

def test_content_first_is_the_one_test_both_final_frames_read():
    import dataclasses

    from summarizer.attribution import document_finals, frame_parts
    text = "Prices rose in March, a survey by the chamber suggests."
    rel = analyze(text).relations[0]
    assert document_finals.content_first(text, rel, 0)
    # apart: words before the content, no cue, two content parts
    longer = "So. " + text
    assert not document_finals.content_first(longer, analyze(longer).relations[-1], 0)
    assert not document_finals.content_first(text, dataclasses.replace(rel, cue_span=None), 0)
    assert not document_finals.content_first(text, dataclasses.replace(rel, content=((0, 6), (7, 22))), 0)
    assert frame_parts.content_first is document_finals.content_first
