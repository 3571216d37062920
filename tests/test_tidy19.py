"""tidy19 (session 18, issue 12): one shared test of a verb's past form, lang.is_past_form, read by
the callers that spelled "ends in -ed or is an irregular past" out for themselves. Invented words
and sentences; the expected answers were written before the code ran."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from summarizer import lang
from summarizer.lang.verb_forms import is_past_form

PKG = Path(__file__).resolve().parent.parent / "summarizer"


# -- the helper ---------------------------------------------------------------------------------

@pytest.mark.parametrize("word", ["voted", "urged", "edged", "declined", "stopped"])
def test_regular_past_forms(word):
    assert is_past_form(word)


@pytest.mark.parametrize("word", [
    "began", "drew", "rose", "won", "ran",          # a vowel changes
    "brought", "thought", "sought", "fought",       # -ought
    "kept", "sent", "built", "meant", "spent", "left",  # -t
    "said", "paid", "made", "heard", "told",        # -d
    "knew", "threw", "broke", "spoke", "chose",     # -ew, -o-e
])
def test_each_irregular_class(word):
    assert is_past_form(word)


@pytest.mark.parametrize("word", ["says", "begin", "speaks", "the", "voting", "plans", "", "edge", "bread"])
def test_not_past_forms(word):
    assert not is_past_form(word)


@pytest.mark.parametrize("word", ["need", "feed", "shed", "used", "red", "bed", "aged"])
def test_short_ed_words_are_rejected_with_min_len_4(word):
    assert is_past_form(word)                     # the plain test takes every "-ed" word
    assert not is_past_form(word, min_len=4)      # the callers that guard against "need", "shed", "red"


def test_min_len_keeps_long_and_irregular_pasts():
    assert is_past_form("voted", min_len=4)       # five letters
    assert is_past_form("led", min_len=4)         # irregular: no length bound
    assert is_past_form("met", min_len=4)


def test_other_irregular_lists():
    assert not is_past_form("begun")              # a participle, not in IRREGULAR_PAST
    assert is_past_form("begun", irregular=lang.IRREGULAR_FORMS)
    assert is_past_form("taken", irregular=lang.IRREGULAR_FORMS)
    assert is_past_form("sank", min_len=4, irregular=lang.NEAR_MISS_IRREGULAR_PASTS)
    assert not is_past_form("said", min_len=4, irregular=lang.NEAR_MISS_IRREGULAR_PASTS)
    assert is_past_form("doubled", irregular=frozenset())  # "-ed" still counts with an empty list


def test_word_is_compared_as_given():
    assert not is_past_form("Began")              # the callers lower-case; the list is lower-case
    assert is_past_form("Voted")                  # the ending does not depend on case


def test_read_as_lang_name():
    assert lang.is_past_form is is_past_form


# -- the callers keep their behaviour -----------------------------------------------------------

def test_elided_subject_after_but():
    from summarizer.attribution.continuation import _elided_subject

    assert _elided_subject("urged the court to wait")
    assert _elided_subject("began talks on Monday")
    assert _elided_subject("would not comment")   # an auxiliary
    assert not _elided_subject("need more time")  # apart: a short "-ed" word is no past here
    assert not _elided_subject("the mayor said no")


def test_first_verb_of_a_second_predicate():
    from summarizer.second_predicates import _first_verb

    assert _first_verb("The council", "began")
    assert _first_verb("The council", "voted")
    assert _first_verb("The council", "plans")    # a third-person present
    assert not _first_verb("The council", "Began")  # apart: a capital opens a name
    assert not _first_verb("The council has", "voted")  # apart: the subject holds an auxiliary


def test_contact_relative_verb():
    from summarizer.attribution.contact_relatives import _verb

    assert _verb("elected") and _verb("chose")
    assert not _verb("board")


def test_drafts_noun_like_and_verb_first():
    from summarizer.passing_descriptions import _noun_like, _verb_first

    assert _noun_like("region") and _noun_like("poll")
    assert not _noun_like("founded") and not _noun_like("built") and not _noun_like("quickly")
    assert _verb_first(["founded", "the", "firm"]) and _verb_first(["also", "built", "it"])
    assert _verb_first(["remains"]) and not _verb_first(["the", "firm"])


def test_noun_phrase_appositive():
    from summarizer.passing_descriptions import _noun_phrase

    assert _noun_phrase(["a", "food", "bank", "that", "serves", "meals"])
    assert not _noun_phrase(["a", "court", "ruled", "the", "case", "moot"])
    assert not _noun_phrase(["a", "panel", "drew", "the", "lines"])     # an irregular past
    assert _noun_phrase(["a", "group", "based", "in", "a", "town"])     # apart: a participle before a preposition


def test_no_caller_spells_the_past_test_out_again():
    """The shape "w in lang.IRREGULAR_PAST or w.endswith('ed')" (either order, with or without a
    length bound) is spelled only in summarizer/lang/verb_forms.py."""
    shape = re.compile(r"(\w+) in lang\.IRREGULAR_PAST or \1\.endswith\(\"ed\"\)"
                       r"|(\w+)\.endswith\(\"ed\"\)(?: and len\(\2\) > \d)? or \2 in lang\.IRREGULAR_PAST"
                       r"|(\w+) in lang\.IRREGULAR_PAST or len\(\3\) > \d and \3\.endswith\(\"ed\"\)")
    found = [f"{p.relative_to(PKG)}:{n}" for p in sorted(PKG.rglob("*.py")) if p.parent.name != "lang"
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if shape.search(line)]
    assert not found, found


# -- the digest's one lemma ---------------------------------------------------------------------

def test_digest_has_one_lemma():
    """digest/local.py held a copy of reference.lemma, letter for letter; it reads that one now."""
    from summarizer.digest import local, reference

    assert local.lemma is reference.lemma
    assert reference.lemma("called") == "call" and reference.lemma("calling") == "call"
    assert reference.lemma("serves") == "serv" and reference.lemma("decide") == "decid"
    assert reference.lemma("used") == "used"       # apart: only when four letters stay
    assert reference.lemma("cuts") == "cuts"
