"""Paraphrase-tolerant agreement and disputes inside one article (issue 15, round 2).

Fast: claims from the code-only baselines, no model and no server.
"""

from __future__ import annotations

from tests.test_align import articles as _articles, claim
from summarizer.digest.build import build_sections
from summarizer.eval.systems import sentences_baseline


def articles(*texts: str):
    """Every body sentence a claim (the `sentences` system), as the digest suite can run it."""
    return _articles(*texts, system=sentences_baseline)

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


def test_the_same_event_on_another_weekday_in_other_words_conflicts():
    arts = articles(
        "Aide\n\n" + FILLER + "The communications aide to a county sheriff had to apologize Saturday for a Twitter "
        "message critical of flood victims in the valley, and deleted her account.\n",
        "Aide\n\nA young press officer on Friday apologized for a Twitter message that mocked residents hit by the "
        "flood. " + FILLER + "\n",
    )
    al, _, _ = build_sections(arts)
    days = [c for c in al.conflicts if "Saturday" in c.reason and "Friday" in c.reason]
    assert len(days) == 1, [c.reason for c in al.conflicts]


def test_a_report_day_is_not_the_event_day():
    arts = articles(
        "Aide\n\n" + FILLER + "The sheriff said Saturday that the press aide apologized for a Twitter message "
        "about the flood victims.\n",
        "Aide\n\nThe sheriff told reporters on Friday that the press aide apologized for a Twitter message about "
        "flood victims. " + FILLER + "\n",
    )
    al, _, _ = build_sections(arts)
    assert not [c for c in al.conflicts if "Saturday" in c.reason], [c.reason for c in al.conflicts]


def test_a_cut_of_the_same_quote_does_not_contradict_it():
    from summarizer.digest.classify import part_of
    from summarizer.digest.pairs import features

    arts = articles("Q\n\n" + FILLER + "\"Vote like you expect answers, not a slogan on a sign,\" she wrote.\n",
                    "Q\n\nShe wrote: \"Vote like you expect answers ...\" " + FILLER + "\n")
    feats = features([(a, c) for a in arts for c in a.claims])
    full = next(f for f in feats if "sign" in f.low)
    cut = next(f for f in feats if "answers" in f.low and f is not full)
    assert part_of(full, cut)
    al, _, _ = build_sections(arts)
    assert not [c for c in al.conflicts if any("answers" in s.quote for s in c.sides)]


def test_a_quoted_no_is_a_word_mentioned_not_a_negation():
    from summarizer.digest.pairs import _neg_targets

    assert not _neg_targets('The lone "no" vote in the chamber was Senator Alma Quintero.')
    assert _neg_targets("Senator Alma Quintero did not vote for the bill.")
    arts = articles("Vote\n\n" + FILLER + "The lone \"no\" vote in the chamber was Senate Minority Leader Alma Quintero.\n",
                    "Vote\n\nSenate Minority Leader Alma Quintero was the lone opposition in the Senate. " + FILLER + "\n")
    al, _, _ = build_sections(arts)
    assert not [c for c in al.conflicts if any("Quintero" in s.quote for s in c.sides)]


def test_disputing_a_sources_rationale_in_the_same_article_is_a_conflict():
    arts = articles(
        "Veto\n\n" + FILLER + "Governor Alma Quintero said the Harbor Act would expose the state to costly "
        "lawsuits from shipping firms. But Senator Ben Okafor disputed Quintero's rationale as unconvincing, "
        "saying the Harbor Act is narrowly written.\n",
        "Other\n\nThe weather was mild on the coast. " + FILLER + "\n",
    )
    al, _, _ = build_sections(arts)
    hits = [c for c in al.conflicts if {s.ref.article for s in c.sides} == {"a1"}
            and any("rationale" in s.quote for s in c.sides) and any("lawsuits" in s.quote for s in c.sides)]
    assert len(hits) == 1, [c.reason for c in al.conflicts]


def test_a_paraphrase_sharing_four_rare_words_agrees_and_one_sharing_three_does_not():
    # no shared name or number besides the speakers': the shared rare words carry the proposition
    arts = articles(
        "Charges\n\n" + FILLER + "The congressman's lawyer confirmed late last week that federal prosecutors plan "
        "to file criminal charges against his client over the bakery accounts.\n",
        "Charges\n\nA lawyer for the congressman, speaking in a written statement, said that prosecutors intended "
        "to file criminal charges soon, and that his client asserts his innocence of any wrongdoing. " + FILLER + "\n",
    )
    al, _, _ = build_sections(arts)
    assert any(all("criminal charges" in claim(arts, r).evidence.quote for r in g.claims) and len(g.articles) == 2
               for g in al.agreements), [g.quotes for g in al.agreements]
    # three shared rare words (file, prosecutors, accounts; "lawyer" is the speaker's) are not
    # enough, whatever the similarity
    from summarizer.digest.classify import anchored
    from summarizer.digest.pairs import features

    arts = articles(
        "Charges\n\n" + FILLER + "The lawyer confirmed late last week that federal prosecutors plan to file a "
        "motion over the bakery accounts.\n",
        "Charges\n\nA lawyer, speaking in a written statement, said that prosecutors intended to file soon over the "
        "accounts, and that his client asserts his innocence. " + FILLER + "\n",
    )
    fs = features([(a, c) for a in arts for c in a.claims])
    f1 = next(f for f in fs if "motion" in f.claim.text)
    f2 = next(f for f in fs if "innocence" in f.claim.text)
    assert len(f1.words & f2.words) == 3
    assert not anchored(f1, f2, 0.4)


def test_the_same_vote_tally_is_the_same_vote():
    arts = articles(
        "Vote\n\n" + FILLER + "This followed a 61-38 vote hours earlier in the chamber.\n",
        "Vote\n\nThe final tally was 61-38. " + FILLER + "\n",
    )
    al, _, _ = build_sections(arts)
    assert any(all("61-38" in claim(arts, r).evidence.quote for r in g.claims) and len(g.articles) == 2
               for g in al.agreements), [g.quotes for g in al.agreements]


def test_the_words_of_one_multiword_name_are_one_anchor():
    from summarizer.digest.classify import distinct_names

    assert distinct_names({"united", "states"}, {"united states"}) == 1
    assert distinct_names({"united", "states", "alma"}, {"united states", "alma quintero"}) == 2
    assert distinct_names({"doug", "jones", "#16"}, {"doug jones"}) == 2
    # two claims sharing only "United States" and their subject's name say different things
    arts = articles(
        "Trade\n\n" + FILLER + "Senator Alma Quintero said she doubts that the United States will keep its "
        "fishing ports open.\n",
        "Trade\n\nQuintero also said factories are closing across the United States and fishing is next. "
        + FILLER + "\n",
    )
    al, _, _ = build_sections(arts)
    assert not any(any("United States" in q for q in g.quotes) for g in al.agreements), \
        [g.quotes for g in al.agreements]
