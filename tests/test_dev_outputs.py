"""No claim shown holds a word its article does not (issue 14): every output on the dev articles
is scanned, the rules system on all of them and the full pipeline (bundled model) on the
attribution suite's 2-article sample. A word counts when it has three letters or more; it is found
when the article holds it, case-insensitively (so a claim may start a sentence the article does not).
Skipped when ../shared/devdata is absent."""

from __future__ import annotations

import re

import pytest

from summarizer.eval.devdata import devdata_dir
from summarizer.eval.suites.common import make_article, read_jsonl
from summarizer.eval.systems import rules_baseline

_WORD = re.compile(r"[^\W\d_]{3,}")

pytestmark = pytest.mark.skipif(not (devdata_dir() / "attribution" / "articles.jsonl").is_file(),
                                reason="no devdata")


def absent_words(claim_text: str, article: str) -> list[str]:
    """The words of a claim that the article never uses."""
    known = {w.casefold() for w in _WORD.findall(article)}
    return [w for w in _WORD.findall(claim_text) if w.casefold() not in known]


def test_absent_words_finds_an_invented_word_and_spares_case():
    article = "The council voted on Monday. Officials said the plan would cost $4 million."
    assert absent_words("Officials said the plan would cost $4 million.", article) == []
    assert absent_words("the council voted", article) == []
    assert absent_words("The city council voted to ban cycling.", article) == ["city", "ban", "cycling"]


def _dev_articles():
    base = devdata_dir()
    out = [(a["article_id"], a["text"]) for a in read_jsonl(base / "attribution" / "articles.jsonl")]
    for f in sorted((base / "multidoc").glob("*.jsonl")) if (base / "multidoc").is_dir() else ():
        for cluster in read_jsonl(f):
            out += [(a["article_uuid"], a["text"]) for a in cluster.get("articles", []) if a.get("text")]
    return out


def test_no_claim_of_the_rules_system_holds_a_word_absent_from_its_dev_article():
    arts = _dev_articles()
    assert len(arts) >= 84
    bad, shown = [], 0
    for aid, text in arts:
        for c in rules_baseline(make_article(text, aid)).claims:
            shown += 1
            if missing := absent_words(c.text, text):
                bad.append(f"{aid} {c.id}: {missing}: {c.text[:80]!r}")
    assert shown > 1000
    assert not bad, "\n".join(bad[:20])


@pytest.mark.model
def test_no_claim_of_the_bundled_model_holds_a_word_absent_from_its_dev_article():
    from summarizer.eval.suites import attribution as suite
    from summarizer.pipeline import Pipeline
    from summarizer.settings import Settings

    arts = [(a["article_id"], a["text"]) for a, _ in suite.load(2)]
    with Pipeline(Settings.from_env()) as pipe:
        outs = [(text, pipe.run(make_article(text, aid))) for aid, text in arts]
    claims = [(text, c) for text, o in outs for c in o.claims]
    assert claims
    assert not [(c.text, absent_words(c.text, text)) for text, c in claims if absent_words(c.text, text)]


@pytest.mark.model
def test_the_code_system_shows_the_bundled_models_claims():
    """The dev suites' `code` system stands for the bundled model (its claims without the model
    call): the claims must be the same, field for field, or its figures would not be the model's."""
    from summarizer.eval.suites import attribution as suite
    from summarizer.eval.systems import NoModel
    from summarizer.pipeline import Pipeline
    from summarizer.settings import Settings

    (a, _), = suite.load(1)
    article = make_article(a["text"], a["article_id"])
    with Pipeline(Settings.from_env()) as pipe:
        model = pipe.run(article)
    with Pipeline(Settings.from_env(use_cache=False), client=NoModel()) as pipe:
        code = pipe.run(article)
    assert model.claims
    assert [c.model_dump() for c in code.claims] == [c.model_dump() for c in model.claims]
