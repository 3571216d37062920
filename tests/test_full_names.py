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


def test_a_number_with_a_unit_needs_that_unit_in_the_evidence():
    from summarizer.ground import unit_mismatch

    evidence = "Of all five candidates in the race, Mara Quint had 41 percent and Hal Brody 3 percent."
    assert "5 percent" in unit_mismatch("Hal Brody had 5 percent.", evidence)  # 'five candidates'
    assert unit_mismatch("Hal Brody had 3 percent.", evidence) is None
    assert unit_mismatch("Five candidates are in the race.", evidence) is None  # no unit claimed
    assert unit_mismatch("Support rose to 38 percent.", "Support rose from 38 to 40 percent.") is None  # a range
    assert unit_mismatch("The fund paid 250,000 dollars.", "The fund paid $250,000.") is None
    assert "12 hours" in unit_mismatch("The storm lasted 12 hours.", "Twelve homes were flooded.")


def test_a_unit_joined_to_its_number_by_a_hyphen_is_that_unit():
    # "a 10-year sentence" gives 10 years, "a 5-mile stretch" 5 miles: the compound modifier
    # holds the unit in the singular, so the claim's "10 years" is in its evidence
    from summarizer.ground import unit_mismatch

    assert unit_mismatch("He was sentenced to 10 years.", "He received a 10-year sentence.") is None
    assert unit_mismatch("The road runs 5 miles.", "The 5-mile road opened.") is None
    assert unit_mismatch("Prices rose 4 percent.", "A 4-percent rise in prices.") is None
    assert "10 years" in unit_mismatch("He was sentenced to 10 years.", "He received a 10-count indictment.")


def test_newswire_spellings_of_a_unit_are_that_unit():
    # "4 pct" is 4 percent; "4 percentage points" is 4 points (not 4 of something else)
    from summarizer.ground import unit_mismatch

    assert unit_mismatch("Sales rose 4 percent.", "Sales rose 4 pct in May.") is None
    assert unit_mismatch("Her lead grew by 4 points.", "Her lead grew by 4 percentage points.") is None
    assert "4 percent" in unit_mismatch("Sales rose 4 percent.", "Sales rose 4 percentage points.")
