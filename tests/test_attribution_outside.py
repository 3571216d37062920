"""`attribution.text.outside` bisects the sorted, disjoint quotations `quote_spans` returns; it
must answer exactly as the scan it replaced (the scan made `analyze` quadratic on an article of
many short quotations: 4.1 s at 40,000 characters, now ~0.1 s; benchmarks, not tests, time it)."""

from __future__ import annotations

from hypothesis import given, strategies as st

from summarizer.attribution.text import outside, quote_spans


@given(st.text(alphabet='ab "“”\n.,', max_size=200), st.integers(min_value=0, max_value=210))
def test_outside_answers_as_a_scan_of_every_quotation(text, pos):
    quotes = quote_spans(text)
    assert quotes == sorted(quotes) and all(a[1] <= b[0] for a, b in zip(quotes, quotes[1:]))
    assert outside(pos, quotes) == (not any(s < pos < e for s, e, _ in quotes))
