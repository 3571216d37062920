"""Editorial labels of web news ("Updated: ...", "UPDATE: ...") open a sentence of news: the
sentence is kept as a claim without its label, and the label is no speaker (issue 12/15, conf8).
Sentences written for the test."""

from __future__ import annotations

from summarizer.attribution import analyze
from summarizer.chunk import is_furniture
from summarizer.verify import furniture_kind
from tests.test_align_disputes import FILLER, _articles


def test_an_updated_label_before_a_sentence_of_news_keeps_the_sentence_as_a_claim():
    s = "Updated: Jane Roe on Sunday tried to clarify her comment that the mayor backed a “phony tax.”"
    assert furniture_kind(s) is None and not is_furniture(s)
    (art,) = _articles("Tax\n\n" + s + "\n\n" + FILLER)
    texts = [c.text for c in art.claims]
    assert "Jane Roe on Sunday tried to clarify her comment that the mayor backed a “phony tax.”" in texts
    # a dated label alone, or a photo caption, is still furniture
    assert furniture_kind("Updated: Dec. 2, 2014 at 10:30 a.m. ET") == "byline"
    assert furniture_kind("Pictured: The mayor and his wife at the harbor on Sunday.") == "photo caption"


def test_an_editorial_label_is_no_speaker():
    text = "UPDATE: The Daily Planet reported later on Friday that the mayor had resigned.\n\nThe council met on Monday."
    assert all(r.name != "UPDATE" for r in analyze(text).relations)
    # a transcript label in capitals still is one
    text = "ROE: We will rebuild the harbor.\n\nThe council met on Monday."
    assert [r.name for r in analyze(text).relations][:1] == ["Roe"]  # a label in capitals is named as the article writes names (session 43)
