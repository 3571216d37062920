"""Sentence splitting and chunking keep exact offsets into the whole text."""

from __future__ import annotations

from summarizer.chunk import chunk_text, content_sentences, is_furniture, split_sentences


def _texts(text, spans):
    return [text[s.start:s.end] for s in spans]


def test_abbreviations_initials_and_broken_decimals_do_not_split():
    t = "U.S. President Joe Biden spoke. Lt. Gen. Smith said the front moved 7. 5 miles on Aug. 6 today."
    assert _texts(t, split_sentences(t)) == [
        "U.S. President Joe Biden spoke.",
        "Lt. Gen. Smith said the front moved 7. 5 miles on Aug. 6 today.",
    ]


def test_newlines_end_sentences_and_crlf_offsets_hold():
    t = "Title line\r\n\r\nFirst sentence here. Second one “quoted.” Third!\r\nLast"
    spans = split_sentences(t)
    assert _texts(t, spans) == ["Title line", "First sentence here.", "Second one “quoted.”", "Third!", "Last"]
    for s in spans:
        assert t[s.start:s.end].strip() == t[s.start:s.end]


def test_furniture_is_not_content():
    t = ("Kyiv said 5 drones fell.\n"
         "The comments posted here are not from Cnews Live.\n"
         "Scroll down for video\n(Associated Medias) – All rights reserved")
    assert _texts(t, content_sentences(t, 1000)) == ["Kyiv said 5 drones fell."]
    assert is_furniture("Share this article")
    assert not is_furniture("Russia shared intelligence with Iran.")


def test_chunks_respect_the_limit_and_cut_a_giant_line():
    t = ("word " * 100_000).strip()  # one 500 KB line, no full stop
    chunks = chunk_text(t, 1200)
    assert len(chunks) > 400
    assert all(c.end - c.start <= 1200 for c in chunks)
    assert chunks[0].start == 0 and chunks[-1].end == len(t)
    assert all(t[c.start:c.end].strip() == t[c.start:c.end] for c in chunks)


def test_chunks_group_whole_sentences():
    t = " ".join(f"Sentence number {i} is here." for i in range(50))
    chunks = chunk_text(t, 200)
    for c in chunks:
        assert t[c.start:c.end].endswith(".")
        assert c.end - c.start <= 200


def test_titles_before_names_do_not_end_a_sentence():
    # Each cut an attribution (source | cue) in the PolNeAR dev data: evals/tools/weigh_libs.py.
    t = ("The bill was led by Sens. Jon Tester and David Vitter. Reps. Peter DeFazio objected. "
         "The Rev. Al Sharpton spoke, said Del. Stacey Plaskett. Cong. Smith agreed. The vote is next.")
    assert _texts(t, split_sentences(t)) == [
        "The bill was led by Sens. Jon Tester and David Vitter.",
        "Reps. Peter DeFazio objected.",
        "The Rev. Al Sharpton spoke, said Del. Stacey Plaskett.",
        "Cong. Smith agreed.",
        "The vote is next.",
    ]
