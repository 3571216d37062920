"""A claim may spell out in full a person its evidence names by a pronoun, when the pronoun's
antecedent is that person's surname and the article writes the full name: "Mara Quint said ..."
over '"We will rebuild," she said.' An invented or different full name is still refused.
The article is invented for these tests."""

from __future__ import annotations

from summarizer.document import Document
from summarizer.ground import check_claim

TEXT = (
    "Harbour town rebuilds its pier\n"
    "Mayor Mara Quint opened the debate on the pier on Monday evening. "
    "The council heard from engineers for three hours. "
    "They spoke about the storm in January. "
    "The storm broke the pier in two places. "
    "Repairs were estimated at two million pounds. "
    "Quint thanked the engineers for their report. "
    "The engineers had spent a year on it. "
    "\"We will rebuild the pier before the summer season,\" she told the council."
)


def _doc():
    return Document(TEXT)


def _check(claim: str, quote: str, who: str = "Mara Quint"):
    doc = _doc()
    loc = doc.locate(quote)
    assert loc is not None
    return check_claim(doc, claim, who, loc)


def test_full_name_of_a_pronoun_antecedent_is_accepted():
    quote = "\"We will rebuild the pier before the summer season,\" she told the council."
    assert _check("Mara Quint said the town will rebuild the pier before the summer season.", quote) is None


def test_a_name_the_article_never_writes_in_full_is_refused():
    quote = "\"We will rebuild the pier before the summer season,\" she told the council."
    assert "name" in (_check("Dana Quint said the town will rebuild the pier before the summer season.", quote) or "")
    assert "name" in (_check("Hal Brody said the town will rebuild the pier before the summer season.", quote) or "")
