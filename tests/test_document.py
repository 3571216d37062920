"""The Document: built once per article, read by every stage (issue 11)."""

from __future__ import annotations

from summarizer import chunk, ground
from summarizer.chunk import split_sentences
from summarizer.document import Document, paragraphs
from summarizer.ground import Text
from summarizer.load import load_bytes
from summarizer.pipeline import Pipeline
from summarizer.settings import Settings

from .test_eval import ARTICLE, FakeClient

TEXT = "Title line\n\n  First para. It has two sentences.\n\n\nShare this article\n2024-08-14 second para.\n"


def test_document_holds_what_the_stages_need():
    d = Document.from_article(load_bytes(TEXT.encode(), "t.txt"))
    assert isinstance(d, Text) and d.path == "t.txt" and d.chars == len(TEXT)
    assert d.sentences == split_sentences(TEXT)
    assert [TEXT[p.start:p.end] for p in d.paragraphs] == [
        "Title line", "First para. It has two sentences.", "Share this article\n2024-08-14 second para."]
    assert [TEXT[s.start:s.end] for s, f in zip(d.sentences, d.furniture) if f] == ["Share this article"]
    assert d.published == "2024-08-14"
    assert all(TEXT[d.index[i]].casefold() == c or TEXT[d.index[i]].isspace() for i, c in enumerate(d.norm))
    assert [TEXT[s.start:s.end] for s in d.content_sentences(2000)][:2] == ["Title line", "First para."]
    loc = d.locate("It has two sentences.")
    assert TEXT[loc.start:loc.end] == "It has two sentences."


def test_paragraphs_of_text_without_blank_lines():
    assert paragraphs("one\ntwo") == (chunk.Span(0, 7),)
    assert paragraphs("  \n\n ") == ()


def test_pipeline_splits_the_article_into_sentences_once(tmp_path, monkeypatch):
    calls = []
    real = chunk.split_sentences

    def counting(text, *a, **kw):
        if text == ARTICLE and not a and not kw:  # the whole article (grounding splits an evidence range)
            calls.append(1)
        return real(text, *a, **kw)

    for module in (chunk, ground):
        monkeypatch.setattr(module, "split_sentences", counting)
    monkeypatch.setattr("summarizer.summary_grounding.split_sentences", counting)
    settings = Settings.from_env(use_cache=False, cache_dir=str(tmp_path))
    with Pipeline(settings, client=FakeClient()) as p:
        result = p.run(load_bytes(ARTICLE.encode(), "a.txt"))
    assert result.claims  # the run went through grounding
    assert len(calls) == 1
