"""Grounding: quotes found by code, exact offsets, and claims checked against evidence."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.ground import Text, check_claim, ground_text, hedged_certainty
from summarizer.chunk import Span

ARTICLE = (
    "Russia said that it had destroyed 117 Ukrainian drones overnight.\r\n\r\n"
    "Unconfirmed reports said some drones struck “Russian air bases” — near Kursk.\r\n"
    "The ministry said it was calm. Later, the ministry said it was calm.\r\n"
    "Zelenskiy said his forces were advancing."
)


def test_exact_match_offsets():
    src = Text(ARTICLE)
    q = "destroyed 117 Ukrainian drones"
    loc = src.locate(q)
    assert loc.match == "exact" and ARTICLE[loc.start:loc.end] == q


def test_normalized_match_curly_quotes_dashes_whitespace_and_crlf():
    src = Text(ARTICLE)
    loc = src.locate('struck "Russian air bases" - near Kursk.')
    assert loc is not None and loc.match == "normalized"
    assert ARTICLE[loc.start:loc.end] == "struck “Russian air bases” — near Kursk."
    loc = src.locate("overnight. Unconfirmed reports said")  # across the CRLF blank line
    assert loc.match == "normalized"
    assert ARTICLE[loc.start:loc.end] == "overnight.\r\n\r\nUnconfirmed reports said"


def test_fuzzy_match_recovers_the_source_span():
    src = Text(ARTICLE)
    loc = src.locate("Zelenskiy said his force were advancing")
    assert loc is not None and loc.match == "fuzzy"
    assert ARTICLE[loc.start:loc.end] == "Zelenskiy said his forces were advancing"


def test_repeated_phrase_picks_the_occurrence_in_the_hint():
    src = Text(ARTICLE)
    second = ARTICLE.index("Later, the ministry")
    q = "ministry said it was calm"
    first = ARTICLE.index(q)
    assert first < second < ARTICLE.index(q, first + 1)
    assert src.locate(q).start == first  # no hint, no claim text: the first occurrence
    # the claim's wording picks the sentence it came from
    assert src.locate(q, claim="Later, the ministry said it was calm.").start > second
    loc = src.locate(q, hint=Span(second, len(ARTICLE)))
    assert loc.start > second and ARTICLE[loc.start:loc.end] == q


def test_absent_or_short_quotes_are_not_found():
    src = Text(ARTICLE)
    assert src.locate("Moscow announced a ceasefire with Kyiv today") is None
    assert src.locate("Russia") is None  # too short to ground anything


def test_numbers_names_and_sources_are_checked_against_evidence():
    src = Text(ARTICLE)
    loc = src.locate("Russia said that it had destroyed 117 Ukrainian drones overnight.")
    assert check_claim(src, "Russia said it destroyed 117 Ukrainian drones overnight.", "Russia", loc) is None
    assert "number 118" in check_claim(src, "Russia said it destroyed 118 Ukrainian drones overnight.", "Russia", loc)
    assert "name 'belgorod'" in check_claim(src, "Russia said it destroyed 117 Ukrainian drones over Belgorod.", "Russia", loc)
    assert "not named" in check_claim(src, "Russia said it destroyed 117 Ukrainian drones overnight.", "NATO spokesman", loc)
    assert "does not match" in check_claim(src, "Bananas are yellow and tasty fruit.", "Russia", loc)


def test_certainty_never_firmer_than_the_evidence():
    src = Text(ARTICLE)
    loc = src.locate("some drones struck “Russian air bases”")
    assert hedged_certainty(src, loc, "stated") == "unconfirmed"
    loc = src.locate("Zelenskiy said his forces were advancing.")
    assert hedged_certainty(src, loc, "stated") == "reported"
    assert hedged_certainty(src, loc, "claimed") == "claimed"


def test_free_text_grounding():
    src = Text(ARTICLE)
    assert ground_text(src, "Russia said it destroyed 117 Ukrainian drones overnight.") is None
    assert "number 500" in ground_text(src, "Russia said it destroyed 500 Ukrainian drones overnight.")
    assert "name" in ground_text(src, "Poland said it destroyed Ukrainian drones overnight.")


# -- property-based: any quote taken from any text is found exactly; absent ones never are ----

_alphabet = st.sampled_from(list("abc xyz ÉéñÅ\u0301\u0308 😀👍🏽 中文字 עברית العربية \r\n\t“”‘’—–-\"'.,!?0123456789"))
texts = st.text(alphabet=_alphabet, min_size=20, max_size=300)


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_any_substring_is_found_with_exact_offsets(text, data):
    src = Text(text)
    i = data.draw(st.integers(0, len(text) - 12))
    j = data.draw(st.integers(i + 12, min(len(text), i + 120)))
    quote = text[i:j]
    loc = src.locate(quote)
    if quote.strip() and len(quote.strip()) >= 12:
        assert loc is not None
    if loc is not None:
        found = text[loc.start:loc.end]
        assert loc.match in ("exact", "normalized", "fuzzy")
        if loc.match == "exact":
            assert found == quote.strip()
        assert 0 <= loc.start < loc.end <= len(text)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_a_quote_that_is_not_there_is_never_found(text):
    src = Text(text)
    marker = "QQQQ ZZZZ KKKK WWWW VVVV"  # letters the alphabet above never produces
    assert src.locate(marker) is None
    assert src.locate(text[:10] + marker) is None


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(), st.text(alphabet=st.characters(max_codepoint=127)), texts))
def test_the_fast_normalize_agrees_with_the_offset_map(text):
    from summarizer.ground import normalize, normalize_with_map

    assert normalize(text) == normalize_with_map(text)[0]
