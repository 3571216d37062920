"""Who writes the digest's overall summary (Settings.digest_summary; session 22).

With the bundled model the summary is composed by code from the sections: on the 11 tuned BASIL
clusters the 135M model's reduce was kept 8 times and 7 of the 8 held a false, invented or garbled
statement the support check let through (evals/RESULTS.md "Session 22: the digest summary"). The
composed summary quotes the claims of the widest agreements with who reports them, then the first
conflict, and cites every claim it uses. Every story here is invented.
"""

from __future__ import annotations

import pytest

from summarizer.digest.build import _overall_summary, sections_summary, _sources, build_digest, widest
from summarizer.digest.schema import Agreement, ClaimRef
from summarizer.errors import UsageError
from summarizer.pipeline import Pipeline
from summarizer.schema import Usage
from summarizer.settings import Settings
from tests.test_align_disputes import _articles


def _agreement(text: str, arts: list[str], sources: list[str]) -> Agreement:
    return Agreement(text=text, claims=[ClaimRef(article=a, claim=f"c{k}") for k, a in enumerate(arts, 1)],
                     sources=sources, articles=arts)


@pytest.mark.parametrize("env,overrides,by_model", [
    ({}, {}, False),                                        # the bundled model: code composes it
    ({"OPENAI_BASE_URL": "http://127.0.0.1:9/v1"}, {}, True),  # an endpoint: the model's reduce
    ({}, {"digest_summary": "model"}, True),
    ({"OPENAI_BASE_URL": "http://127.0.0.1:9/v1"}, {"digest_summary": "sections"}, False),
    ({"SUMMARIZER_DIGEST_SUMMARY": "Model"}, {}, True),
])
def test_who_writes_the_summary_follows_the_backend_unless_told(env, overrides, by_model):
    assert Settings.from_env(env, **overrides).digest_summary_by_model is by_model


def test_an_unknown_choice_is_a_usage_error():
    with pytest.raises(UsageError, match="digest-summary"):
        Settings.from_env({}, digest_summary="llm")


def test_the_bundled_model_is_not_asked_for_the_digest_summary(tmp_path):
    # a local-backend pipeline whose model would have to load for any call: none is made
    arts = _articles("Pier\n\nThe Lorne council voted on Monday to close the pier. Fishermen left the harbor early.\n",
                     "Pier\n\nDivers inspected the old pylons in March. The Lorne council voted Monday to close the pier.\n")
    with Pipeline(Settings.from_env({}, cache_dir=tmp_path)) as p:
        summary, refs, usage, warnings = _overall_summary(arts, p)
        assert (summary, refs, usage.calls, warnings) == ("", [], 0, [])
        d = build_digest(arts, p, [], Usage())
    assert d.usage.calls == 0
    assert d.summary.startswith("2 articles") and "Reported in both articles: " in d.summary, d.summary
    assert "close the pier" in d.summary and d.summary_refs
    assert {r.article for r in d.summary_refs} == {"a1", "a2"}


def test_the_widest_agreement_leads_and_a_bare_quotation_gives_way_among_equals():
    quote = _agreement("\u201cWe will rebuild the pier.\u201d", ["a1", "a2", "a3"], ["Ada Holt"])
    vote = _agreement("The council voted to close the pier.", ["a1", "a2", "a3"], ["article"])
    pair = _agreement("Ada Holt resigned on Friday.", ["a1", "a2"], ["article"])
    assert widest([pair, quote, vote]) == [vote, quote]
    assert widest([pair, vote], n=1) == [vote]
    assert widest([]) == []


def test_the_composed_summary_cites_what_it_quotes_and_names_each_source_once():
    a = _agreement("The council voted to close the pier.", ["a1", "a2", "a3"],
                   ["Ada Holt", "Holt", "article", "Mayor Ada Holt", "the statement", "The statement"])
    text, refs = sections_summary([object()] * 4, [], [a], [], [])
    assert text == ("4 articles. Reported in 3 of 4 articles: The council voted to close the pier. "
                    "(the outlet, Mayor Ada Holt, the statement).").replace("pier. (", "pier (")
    assert refs == a.claims


@pytest.mark.parametrize("names,shown", [
    (["Summers", "Larry Summers"], "Larry Summers"),
    (["article"], "the outlet"),
    (["Holt", "Holtby"], "Holt, Holtby"),   # a name inside another word is another name
    (["The board", "the board", "Board"], "The board"),
    (["Ada Holt", "the mayor's office", "Ivo Brand", "The Mayor's Office"], "Ada Holt, the mayor's office, Ivo Brand"),
])
def test_sources_are_named_once(names, shown):
    assert _sources(names) == shown


def test_storylines_stand_in_only_when_nothing_is_shared():
    class _Story:
        title, claims, articles = "Lorne pier", ["x"] * 4, ["a1", "a2"]

    text, refs = sections_summary([object()] * 2, [_Story()], [], [], [])
    assert text == "2 articles. Most covered: Lorne pier (4 claims in 2 articles)." and refs == []
    a = _agreement("The council voted to close the pier.", ["a1", "a2"], ["article"])
    assert "Most covered" not in sections_summary([object()] * 2, [_Story()], [a], [], [])[0]
