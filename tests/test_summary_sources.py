"""A model's summary sentence that restates a source's reported statement as the outlet's own fact gets its source
back: "According to <source>, ..." (summarizer/summary_sources.py; session 32, the lead; issue 12). Invented articles.
"""

from __future__ import annotations

import pytest

from summarizer.attribution import analyze
from summarizer.extract import DraftSummary
from summarizer.ground import Text
from summarizer.summary_grounding import grounded_summary
from summarizer.summary_sources import restated_source, with_source
from summarizer.verify import verify

ARTICLE = """Dock strike enters second week

Dock workers at the port of Vellmar stayed off the job for an eighth day on Tuesday, leaving 40 ships at anchor.

Transport Minister Jane Roe told reporters the government may step in if the talks fail by Friday.

The union's leader, Omar Lind, said the workers would not return without a written pay offer.

Shipping lines have begun sending cargo to other ports, the port authority said in a statement.

Prices of imported fruit rose 12% in the city's markets last week.
"""


def _source(sentence: str, article: str = ARTICLE) -> str | None:
    v = verify(article, sentence)
    assert v.supported, v.reason
    return restated_source(article, analyze(article), sentence, v.spans)


@pytest.mark.parametrize("sentence,name", [
    ("The government may step in if the talks fail by Friday.", "Transport Minister Jane Roe"),
    ("The workers would not return without a written pay offer.", "Omar Lind"),
    ("Shipping lines have begun sending cargo to other ports.", "the port authority"),
    # apart: the outlet's own facts
    ("Dock workers at the port of Vellmar stayed off the job for an eighth day, leaving 40 ships at anchor.", None),
    ("Prices of imported fruit rose 12% in the city's markets last week.", None),
    # apart: the sentence already says who said it, or that it was said
    ("Transport Minister Jane Roe said the government may step in if the talks fail.", None),
    ("Roe expects the government may step in if the talks fail by Friday.", None),
    ("The government may step in if the talks fail, reporters were told.", None),
    ("According to the minister, the government may step in if the talks fail.", None),
    # apart: a subject only the article's context tells, or a speaker's first person
    ("He would not return without a written pay offer.", None),
])
def test_a_restated_statement_is_found_with_its_source(sentence, name):
    assert _source(sentence) == name


def test_the_sentence_is_shown_with_its_source():
    assert with_source(ARTICLE, "Transport Minister Jane Roe", "The government may step in if the talks fail.") == \
        "According to Transport Minister Jane Roe, the government may step in if the talks fail."
    # a description is lower-cased when the article writes it so inside sentences; a name and an acronym are not
    article = "Police said the road was closed. The police later reopened it. CBS said the show ended."
    assert with_source(article, "Police", "The road was closed.") == "According to police, the road was closed."
    # a person or body noun is common even where the article only capitalises it ("Officials said ...")
    assert with_source("Officials said 40 homes were flooded.", "Officials", "The homes were flooded.") == \
        "According to officials, the homes were flooded."
    assert with_source("Police Scotland said the road was shut.", "Police Scotland", "The road was shut.") == \
        "According to Police Scotland, the road was shut."
    assert with_source("The university said classes were cut.", "University of Tarnby", "Classes were cut.") == \
        "According to University of Tarnby, classes were cut."
    assert with_source(article, "CBS", "Shipping lines have begun.").startswith("According to CBS, Shipping")
    assert with_source(ARTICLE, "Omar Lind", "Omar Lind's workers stayed out.") == \
        "According to Omar Lind, Omar Lind's workers stayed out."


@pytest.mark.parametrize("article,sentence", [
    # a request is no statement: "asked" pupils to do a thing
    ("A teacher, Ann Vole, asked pupils at the Harlow school to rewrite the spelling tests for the inspectors.",
     "Pupils at the Harlow school rewrote the spelling tests for the inspectors."),
    # what a jury heard is evidence someone else gave
    ("The driver had been drinking heavily before the crash on the bypass, a jury has heard.",
     "The driver had been drinking heavily before the crash on the bypass."),
    # a hedge with no one holding it ("were said to have been") is left to the hedge checks
    ("Two clinics near the plant were said to have shut their doors for the day.",
     "Two clinics near the plant shut their doors for the day."),
])
def test_no_source_is_cited_for_a_request_a_hearing_or_a_bare_hedge(article, sentence):
    v = verify(article, sentence)
    assert restated_source(article, analyze(article), sentence, v.spans) is None


def test_the_summary_shows_the_source_and_says_so():
    draft = DraftSummary(headline="Dock strike enters its second week at Vellmar",
                         summary="Dock workers at the port of Vellmar stayed off the job for an eighth day. "
                                 "The government may step in if the talks fail by Friday.")
    headline, summary, warnings = grounded_summary(Text(ARTICLE), draft, ARTICLE)
    assert "According to Transport Minister Jane Roe, the government may step in if the talks fail by Friday." in summary
    assert summary.startswith("Dock workers at the port of Vellmar stayed off the job")  # the outlet's fact unchanged
    assert any("restates what Transport Minister Jane Roe said as a fact" in w for w in warnings)


@pytest.mark.parametrize("sentence,content", [
    # a gerund-led subject with its finite verb is a clause, not an opening participle phrase (lead32)
    ("Shipping lines have begun sending cargo to other ports, the port authority said on Monday.",
     "Shipping lines have begun sending cargo to other ports"),
    ("Mining firms will cut 300 jobs, the union said on Friday.", "Mining firms will cut 300 jobs"),
    # apart: an opening participle phrase, its subject the speaker
    ("Speaking to reporters on Monday, the mayor said the bridge would reopen.", "the bridge would reopen."),
    ("Noting he had voted against it, the senator said the bill would fail.", "the bill would fail."),
])
def test_the_content_of_a_final_tag_after_a_gerund_subject(sentence, content):
    (rel,) = analyze(sentence).relations
    assert sentence[rel.content[0][0]:rel.content[0][1]].strip(" ,") == content


HEARSAY = """Two clinics near the chemical plant were said to have shut their doors for the day after the leak.

It is understood the water board is drafting new rules for storing solvents at the site.

The firm reportedly hired 40 extra guards over the weekend. A reportedly toxic solvent was kept in an open tank.

The plant's owner, Dara Holt, said the leak had been contained by Sunday evening."""


@pytest.mark.parametrize("sentence,hearsay", [
    ("Two clinics near the chemical plant shut their doors for the day.", "were said to have"),
    ("The water board is drafting new rules for storing solvents.", "It is understood"),
    ("The firm hired 40 extra guards over the weekend.", "reportedly"),
    ("A toxic solvent was kept in an open tank.", "reportedly"),
    # apart: the hedge kept, or a word of saying, or words the hearsay does not govern
    ("Two clinics near the chemical plant were reportedly shut for the day.", None),
    ("The water board is understood to be drafting new rules.", None),
    ("Reports say the firm hired 40 extra guards.", None),
    ("The leak had been contained by Sunday evening.", None),
])
def test_a_summary_sentence_that_drops_the_articles_hearsay(sentence, hearsay):
    from summarizer.summary_hedges import dropped_hearsay
    v = verify(HEARSAY, sentence)
    found = dropped_hearsay(HEARSAY, sentence, v.spans)
    assert (found and found.split()[0]) == (hearsay and hearsay.split()[0])


def test_the_unhedged_sentence_is_dropped_from_the_summary():
    draft = DraftSummary(headline="Clinics shut after a leak at a chemical plant",
                         summary="The firm hired 40 extra guards over the weekend. "
                                 "The plant's owner said the leak had been contained by Sunday evening.")
    _, summary, warnings = grounded_summary(Text(HEARSAY), draft, HEARSAY)
    assert "hired 40 extra guards" not in summary
    assert any("drops the article's 'reportedly'" in w for w in warnings)


def test_over_http_a_capable_models_restated_summary_is_shown_with_its_source(tmp_path):
    """The real path: Settings -> Pipeline -> openai client -> instructor -> an OpenAI-compatible server on 127.0.0.1
    (evals/tools/replay_server.py) whose model writes a summary that restates the minister's statement bare."""
    import sys
    from pathlib import Path

    from summarizer.load import load_article
    from summarizer.pipeline import Pipeline
    from summarizer.settings import Settings
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "evals" / "tools"))
    import replay_server as rs

    path = tmp_path / "strike.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    article = rs.GoldArticle(stem="strike", text=ARTICLE, headline="Dock strike enters its second week",
                             summary="Dock workers at the port of Vellmar stayed off the job for an eighth day. "
                                     "The government may step in if the talks fail by Friday.", claims=[])
    with rs.ReplayServer([article]) as srv:
        settings = Settings.from_env(env={}, base_urls=(srv.url,), model=rs.MODEL_ID, use_cache=False)
        with Pipeline(settings) as p:
            out = p.run(load_article(str(path)))
        assert srv.stats["summary_requests"] == 1
    assert "According to Transport Minister Jane Roe, the government may step in if the talks fail by Friday." in out.summary
    assert "The government may step in" not in out.summary
    assert any("restates what Transport Minister Jane Roe said as a fact" in w for w in out.warnings)
