"""Quotations in single marks (British and wire style) are tracked like double-quoted ones, and
apostrophes never open or close one (issue 12, quote5). Sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.attribution import analyze
from summarizer.attribution.single_quotes import merged, single_quote_spans
from summarizer.attribution.text import quote_spans

#: Apostrophes of every kind, straight and curly: none is a quotation mark.
APOSTROPHE_SENTENCES = [
    "I don't know why they can't come.",
    "The Smiths' house was sold last week.",
    "The Joneses’ dog barked all night.",
    "He grew up in the '90s and loved the ‘80s too.",
    "They played rock 'n' roll until dawn.",
    "Jane O'Neill and John D'Angelo met y'all at the fair.",
    "The players' union and the owners' group met; the fans' mood was grim.",
    "She was goin' home, said the neighbours' son.",
    "It's the workers’ fault, isn't it?",
    "Fans of the '08 team came, and the supporters', and the owners', emotions ran high.",
    "The children's toys and the ladies' room were upstairs.",
    "'Tis the season, and we'll see 'em soon.",
    "The class of '99 met in the Hawkins' garden.",
    "Rock ’n’ roll never died, said the Beatles’ fans.",
    "I’ve said it: the Davises' car and the Harrises' car are new.",
]


@pytest.mark.parametrize("text", APOSTROPHE_SENTENCES)
def test_apostrophes_open_no_quotation(text):
    assert single_quote_spans(text) == []
    assert quote_spans(text) == []


_WORDS = ["don't", "Smiths'", "'90s", "rock 'n' roll", "O'Neill", "y'all", "players'", "it’s", "Joneses’",
          "we’ll", "the", "team", "won", "again", "in", "May", "fans", "were", "happy", "‘80s", "class of '08",
          "ma'am", "workers’", "children's", "Jane", "said", "1990s", "goin'"]
_sentence = st.lists(st.sampled_from(_WORDS), min_size=3, max_size=14).map(lambda ws: " ".join(ws))


@settings(max_examples=300, deadline=None)
@given(st.lists(_sentence, min_size=1, max_size=4))
def test_text_of_apostrophes_holds_no_quotation(sentences):
    text = " ".join(s[:1].upper() + s[1:] + "." for s in sentences)
    assert single_quote_spans(text) == []


@settings(max_examples=300, deadline=None)
@given(_sentence, st.sampled_from([("'", "'"), ("‘", "’")]))
def test_a_quotation_holding_apostrophes_is_one_span(words, marks):
    o, c = marks
    quote = o + words[:1].upper() + words[1:] + "," + c
    text = quote + " Jane Doe said. The match ended."
    assert [text[a:b] for a, b, _ in single_quote_spans(text)] == [quote]


def _who(text):
    """sentence text -> the name it is attributed to."""
    out = {}
    for r in analyze(text).relations:
        for a, b in r.content:
            out[text[a:b].strip()] = r.name
    return out


def test_quote_continued_after_its_tag_is_the_speakers():
    t = "Jane Doe lost the final on Sunday. 'We were poor,' she said. 'We deserved to lose the match today.'"
    who = _who(t)
    assert who["'We were poor,'"] == "Jane Doe"
    assert who["'We deserved to lose the match today.'"] == "Jane Doe"


def test_inverted_tag_after_a_single_quote():
    t = "'It is fine,' said Jane Doe. 'We will win the next one at home.'"
    who = _who(t)
    assert who["'It is fine,'"] == "Jane Doe"
    assert who["'We will win the next one at home.'"] == "Jane Doe"


def test_curly_single_quotes_with_curly_apostrophes():
    t = "‘It’s been a hard year for the club. We’ve never stopped believing,’ John Roe said."
    who = _who(t)
    assert who["‘It’s been a hard year for the club."] == "John Roe"


def test_quotation_run_on_without_closing_mark_keeps_its_group():
    # British style: a new paragraph (here a collapsed " . ") reopens the quotation, unclosed
    t = ("John Roe was asked about the game. 'I went to bed at midnight. I woke up at three. . "
         "'I watched every minute of it on my phone,' he said. The club stays third.")
    spans = quote_spans(t)
    assert len(spans) == 2 and spans[0][2] == spans[1][2]
    who = _who(t)
    assert who["I woke up at three."] == "John Roe"
    assert "The club stays third." not in who


def test_quotation_run_on_over_paragraphs():
    t = "Jane Doe spoke after the vote.\n\n'The first part of it was the hardest for us all.\n\n'Then it got easier,' she said."
    spans = quote_spans(t)
    assert [t[a:b] for a, b, _ in spans] == ["'The first part of it was the hardest for us all.", "'Then it got easier,'"]
    assert spans[0][2] == spans[1][2]
    assert _who(t)["'The first part of it was the hardest for us all."] == "Jane Doe"


def test_nested_double_quote_inside_single():
    t = "'He told me \"go home now\", and I went,' she said."
    assert [t[a:b] for a, b, _ in quote_spans(t)] == ["'He told me \"go home now\", and I went,'"]


def test_single_inside_double_is_the_double_quotes_words():
    t = "\"People say, 'It doesn't matter at all,' but it does,\" Jane Doe said."
    assert [t[a:b] for a, b, _ in quote_spans(t)] == ["\"People say, 'It doesn't matter at all,' but it does,\""]


def test_possessive_plural_inside_a_quote_does_not_close_it():
    t = "'The Smiths' house was burgled twice this year,' she said."
    assert [t[a:b] for a, b, _ in single_quote_spans(t)] == ["'The Smiths' house was burgled twice this year,'"]


def test_a_cue_inside_a_single_quote_is_no_frame():
    t = "John Roe praised the team. 'As I have always said, they play for the badge.'"
    names = {r.name for r in analyze(t).relations}
    assert "they" not in names and all(r.cue != "said" or r.name == "John Roe" for r in analyze(t).relations)


def test_merged_drops_crossing_single_and_renumbers_groups():
    double = [(0, 10, 0), (20, 30, 1)]
    single = [(5, 15, 0), (40, 50, 1), (60, 70, 1)]
    assert merged(double, single) == [(0, 10, 0), (20, 30, 1), (40, 50, 2), (60, 70, 2)]


def test_title_cased_quote_alone_on_its_line_is_a_subhead():
    t = ("\"We will look at every option before the vote,\" Jane Doe said.\n\n'A Promise Kept In The Valley.'\n\n"
         "The town voted on Monday.\n\nShe said: 'it was a long day for all of us.'")
    assert [t[a:b] for a, b, _ in single_quote_spans(t)] == ["'it was a long day for all of us.'"]
    assert "'A Promise Kept In The Valley.'" not in _who(t)
