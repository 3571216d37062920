"""Paraphrase-tolerant agreement and disputes inside one article (issue 15, round 2).

Fast: claims from the code-only baselines, no model and no server.
"""

from __future__ import annotations

from tests.test_align import articles, claim
from summarizer.digest.build import build_sections

# Filler claims so that the batch's IDF weights mean something (anchors must be rare in the batch).
FILLER = ("The council said 12 roads were closed. Officials said the budget grew by 40 million dollars. "
          "The mayor said 300 workers were hired. A spokesman said 25 buses were late. "
          "Analysts said 70 shops had closed. Police said 15 cars were towed. Teachers said 90 classes were cancelled. ")


def test_paraphrase_sharing_rare_names_and_numbers_agrees():
    arts = articles(
        "Vote\n\n" + FILLER + "Senator Alma Quintero said the final tally of 61-38 was a mistake for the chamber.\n",
        "Vote\n\nThe measure passed 61-38, and Alma Quintero called the outcome a mistake. " + FILLER + "\n",
    )
    al, _, _ = build_sections(arts)
    quotes = [[claim(arts, r).evidence.quote for r in g.claims] for g in al.agreements]
    assert any(all("Quintero" in q for q in qs) and len(qs) == 2 for qs in quotes), quotes


def test_shared_topic_words_without_anchors_do_not_agree():
    arts = articles(
        "Vote\n\n" + FILLER + "Lawmakers said the measure would hurt families in the region.\n",
        "Vote\n\nCritics said families would pay more under the measure next spring. " + FILLER + "\n",
    )
    al, _, _ = build_sections(arts)
    assert not any(any("families" in claim(arts, r).evidence.quote for r in g.claims) for g in al.agreements)
