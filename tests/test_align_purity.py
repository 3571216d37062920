"""One proposition per agreement (issue 15, session 4: digest/purity.py): two speakers' lines that
read alike are two statements; a spokesman is not his principal; one outlet's two sentences join
an agreement only as neighbours or on the same words.

Fast: invented sentences, claims from the bundled path's code (no model); no seed words.
"""

from __future__ import annotations

from types import SimpleNamespace

from summarizer.digest.build import build_sections
from summarizer.digest.pairs import features
from summarizer.digest.purity import different_speakers, is_proxy, named_statement
from summarizer.schema import ARTICLE_VOICE, Claim, Evidence
from tests.test_align_disputes import _articles


def _feats(*rows):
    """Features of (article id, speaker, kind, text) rows, one article each."""
    claims = []
    for n, (aid, who, kind, text) in enumerate(rows):
        art = SimpleNamespace(id=aid, sha256=aid * 8)
        claims.append((art, Claim(id=f"c{n}", kind=kind, text=text, attributed_to=who, certainty="stated",
                                  evidence=Evidence(quote=text, start=0, end=len(text), match="exact"))))
    return features(claims)


def test_a_spokesman_speaks_for_someone_a_capitalised_title_does_not():
    assert is_proxy("a Vale spokesman") and is_proxy("Ida Renn's lawyer") and is_proxy("the Renn campaign")
    assert not is_proxy("Representative Ida Renn") and not is_proxy("Mayor Ida Renn")


def test_two_named_speakers_statements_differ_the_same_speaker_or_the_outlet_does_not():
    renn, vale, renn2, aide, outlet, unnamed = _feats(
        ("a1", "Mayor Ida Renn", "statement", "The town deserves to see the whole harbour budget."),
        ("a2", "Tom Vale", "statement", "The town deserves to know the whole truth about the harbour budget."),
        ("a3", "Ms. Renn", "statement", "The town deserves to see the harbour budget."),
        ("a4", "a Renn spokesman", "statement", "She looks forward to a whole harbour budget for the town."),
        ("a5", ARTICLE_VOICE, "statement", "The town deserves to see the whole harbour budget."),
        ("a6", "several councillors", "statement", "The town deserves the whole harbour budget."),
    )
    assert named_statement(renn) and named_statement(aide) and not named_statement(outlet) and not named_statement(unnamed)
    assert different_speakers(renn, vale)
    assert not different_speakers(renn, renn2)        # one speaker, two ways of naming her
    assert different_speakers(renn, aide) and different_speakers(aide, renn2)   # her spokesman is not she
    assert not different_speakers(renn, outlet) and not different_speakers(vale, unnamed)


def test_a_claim_naming_the_other_speaker_may_be_that_speakers_words():
    a, b = _feats(("a1", "Tom Vale", "statement", "Renn was quick to answer that the budget is a fiction."),
                  ("a2", "Ida Renn", "statement", "The budget is a fiction, she answered."))
    assert not different_speakers(a, b)


def test_two_speakers_near_identical_lines_are_no_agreement():
    arts = _articles(
        "Budget row\n\n\"The people of Dunmore deserve to see the whole harbour budget now,\" said Ida Renn, "
        "the mayor, on Monday.\n",
        "Budget row\n\n\"The people of Dunmore deserve to know the whole truth about the harbour budget,\" "
        "said Tom Vale, a councillor, on Monday.\n",
    )
    assert {c.attributed_to for a in arts for c in a.claims} >= {"Ida Renn", "Tom Vale"}
    al, _, _ = build_sections(arts)
    assert not al.agreements
    same = _articles(
        "Budget row\n\n\"The people of Dunmore deserve to see the whole harbour budget now,\" said Ida Renn, "
        "the mayor, on Monday.\n",
        "Budget row\n\n\"The people of Dunmore deserve to know the whole truth about the harbour budget,\" "
        "said Ida Renn, the mayor, on Monday.\n",
    )
    al, _, _ = build_sections(same)
    assert len(al.agreements) == 1


def test_one_outlets_two_facts_do_not_join_one_agreement_through_a_long_sentence():
    long = ("Councillor Tom Vale, who represents the Eastgate ward of Dunmore, faces bribery and fraud charges "
            "over the harbour contract, prosecutors said.")
    filler = " ".join(f"The {w} committee met on the {d} floor of the old town hall." for w, d in
                      (("parks", "first"), ("roads", "second"), ("schools", "third"), ("water", "fourth")))
    arts = _articles(
        "Charges\n\n" + long + "\n",
        "Charges\n\nVale faces bribery and fraud charges over the harbour contract, prosecutors said. " + filler +
        " Vale represents the Eastgate ward of Dunmore.\n",
    )
    al, _, _ = build_sections(arts)
    b = max(arts, key=lambda a: len(a.claims))  # the outlet that gives the two facts apart
    for g in al.agreements:
        texts = [next(c.evidence.quote for c in b.claims if c.id == r.claim) for r in g.claims if r.article == b.id]
        assert not (any("bribery" in t for t in texts) and any("ward" in t for t in texts)), g.quotes
    assert any(r.article == b.id for g in al.agreements for r in g.claims)


def test_two_articles_writers_are_two_sources_one_articles_writer_is_one():
    from summarizer.digest.pairs import same_source
    from summarizer.lang import WRITER_SOURCE
    a, b, a2 = _feats(
        ("a1", WRITER_SOURCE, "statement", "I think the harbour budget will fail."),
        ("a2", WRITER_SOURCE, "statement", "I believe the harbour budget will pass."),
        ("a1", WRITER_SOURCE, "statement", "I think the town will regret it."),
    )
    assert not same_source(a, b)   # the columnist of one outlet is not the columnist of another
    assert same_source(a, a2)


def _counted(aid, published, who, text, value, when):
    from summarizer.schema import Quantity
    art = SimpleNamespace(id=aid, sha256=aid * 8, published=published)
    return (art, Claim(id=f"c{aid}", kind="quantity", text=text, attributed_to=who, certainty="reported", when=when,
                       quantities=[Quantity(value=value, counted="drones")],
                       evidence=Evidence(quote=text, start=0, end=len(text), match="exact")))


def test_two_counts_dated_only_overnight_are_no_conflict_unless_the_articles_share_a_day():
    from summarizer.digest.classify import classify
    a = ("The air force said the army launched 38 drones at the city overnight.", 38, "overnight")
    b = ("The air force said the army launched 62 drones at the city overnight.", 62, "overnight")
    # articles of unknown or different days: two nights' counts
    f1, f2 = features([_counted("a1", None, "the air force", *a), _counted("a2", None, "the air force", *b)])
    assert classify(f1, f2).kind != "numbers"
    f1, f2 = features([_counted("a1", "2024-05-01", "the air force", *a), _counted("a2", "2024-05-02", "the air force", *b)])
    assert classify(f1, f2).kind != "numbers"
    # one day's articles: one night, two counts
    f1, f2 = features([_counted("a1", "2024-05-01", "the air force", *a), _counted("a2", "2024-05-01", "the air force", *b)])
    assert classify(f1, f2).kind == "numbers"


def test_one_count_dated_overnight_and_one_undated_are_no_conflict_in_undated_articles():
    from summarizer.digest.classify import classify
    a = ("The air force said the army launched 38 drones at the city overnight.", 38, "overnight")
    b = ("The air force said the army launched 62 drones at the city.", 62, None)
    f1, f2 = features([_counted("a1", None, "the air force", *a), _counted("a2", None, "the air force", *b)])
    assert classify(f1, f2).kind != "numbers"


def test_a_quotation_in_the_outlets_voice_that_names_its_speaker_is_that_speakers():
    # the upstream attribution left the quotation to the outlet; its own words name the speaker
    from summarizer.digest.purity import told_by
    f1, f2, f3 = _feats(
        ("a1", "Sen. Ida Renn of Delvia", "statement", "The voters deserve to see the whole audit."),
        ("a2", ARTICLE_VOICE, "statement", "“The voters deserve to know the whole truth about the audit,” "
                                           "tweeted former Harbor and Ports Secretary Tomas Vale."),
        ("a3", ARTICLE_VOICE, "statement", "“The voters deserve to see the whole audit,” said Renn."))
    assert told_by(f2) == "vale" and told_by(f3) == "renn" and told_by(f1) == ""
    assert different_speakers(f1, f2) and different_speakers(f2, f1)
    assert not different_speakers(f1, f3)  # the same senator
