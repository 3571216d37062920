"""No malformed claim field is ever shown (issue 12 item 3): `summarizer.fields.malformed`, the
pipeline's final guard, on synthetic cases and on the rules system's outputs for every dev
article (PolNeAR + BASIL; skipped when ../shared/devdata is absent)."""

from __future__ import annotations

import json

import pytest

from summarizer import fields
from summarizer.eval.devdata import devdata_dir
from summarizer.eval.suites.common import make_article, read_jsonl
from summarizer.eval.systems import rules_baseline
from summarizer.schema import Claim, Evidence, Quantity


def _claim(text="Officials said the dam held.", quote=None, where=None, when=None, quantities=()):
    quote = quote or text
    return Claim(id="c1", kind="event", text=text, attributed_to="article", certainty="stated",
                 evidence=Evidence(quote=quote, start=0, end=len(quote), match="exact"),
                 quantities=list(quantities), when=when, where=where)


def test_place_is_trimmed_to_its_noun_phrase_or_dropped():
    ev = "Troops crossed into Norland's western Vale region in what the king said was a major provocation."
    assert fields.place_in("Norland's western Vale region in what the king said was a major", ev) == \
        "Norland's western Vale region"
    assert fields.place_in("the Vale region", "fighting in the Vale region went on") == "the Vale region"
    assert fields.place_in("Ostrava", "Nothing about a place here.") is None  # not named in the evidence
    assert fields.place_in("in what he said", ev) is None  # no place at all


def test_cut_text_is_shortened_at_a_clause_boundary_or_rejected():
    assert fields.complete_sentence("The plan is aimed at gaining a stronger,") is None
    assert fields.complete_sentence("The council approved the budget on Monday; the mayor said it was late and") == \
        "The council approved the budget on Monday."
    assert fields.complete_sentence("He said they will keep plugging away.'},") == "He said they will keep plugging away."
    assert fields.complete_sentence('She said "we will win.') == 'She said "we will win."'


def test_decimals_stay_whole():
    assert fields.whole_decimals("deliver 39. 6 million cubic meters") == "deliver 39.6 million cubic meters"
    assert fields.whole_decimals("It ended in 2019. 5 people") == "It ended in 2019. 5 people"  # a year, not a decimal
    assert fields.malformed(_claim("The firm plans to ship 39. 6 million cubic meters.")) == "claim text splits a decimal"


@pytest.mark.parametrize("claim, reason", [
    (_claim("The dam held and the river rose toward the"), "does not end a sentence"),
    (_claim('The mayor said "the dam held.'), "unbalanced quotation marks"),
    (_claim("The dam (built in 1950 held."), "unbalanced brackets"),
    (_claim(where="Vale region in what"), "not a place named in the evidence"),
    (_claim(when="into the"), "when"),
    (_claim("Officials said 30 were hurt.", quantities=[Quantity(value=30, counted="injuring about")]), "counted"),
    (_claim("Officials said 30 were hurt.", quantities=[Quantity(value=30, counted="into Norland's western")]), "counted"),
])
def test_malformed_names_the_broken_field(claim, reason):
    assert reason in (fields.malformed(claim) or "")


def test_well_formed_claim_passes():
    c = _claim("Officials said 30 people were hurt in the Vale region on Monday.", where="the Vale region",
               when="2024-08-12", quantities=[Quantity(value=30, counted="people hurt")])
    assert fields.malformed(c) is None


def _dev_articles():
    base = devdata_dir()
    out = []
    if (base / "attribution" / "articles.jsonl").is_file():
        out += [(a["article_id"], a["text"]) for a in read_jsonl(base / "attribution" / "articles.jsonl")]
    if (base / "multidoc").is_dir():
        for f in sorted((base / "multidoc").glob("*.jsonl")):
            for cluster in read_jsonl(f):
                out += [(a["article_uuid"], a["text"]) for a in cluster.get("articles", []) if a.get("text")]
    return out


@pytest.mark.skipif(not (devdata_dir() / "attribution" / "articles.jsonl").is_file(), reason="no devdata")
def test_no_malformed_field_in_rules_outputs_on_every_dev_article():
    arts = _dev_articles()
    assert len(arts) >= 84
    bad, shown = [], 0
    for aid, text in arts:
        out = rules_baseline(make_article(text, aid))
        for c in out.claims:
            shown += 1
            why = fields.malformed(c)
            if why:
                bad.append(f"{aid} {c.id}: {why}: {c.text[:80]!r}")
    assert shown > 1000
    assert not bad, "\n".join(bad[:20])


def test_fragments_organisations_dates_and_ages_are_not_shown():
    assert "does not start a sentence" in fields.sentence_problem("who opposes this motion.")
    assert fields.place_in("The State Department", "The State Department said so.") is None
    assert fields.place_in("President Okafor", "President Okafor spoke.") is None
    qs = [Quantity(value=11, counted="memorial ceremony"), Quantity(value=25, counted="court file"),
          Quantity(value=30, counted="people injured")]
    kept = fields.well_formed_quantities(qs, "At the Sept. 11 memorial ceremony, a 25-year-old court file and 30 people injured.")
    assert [q.value for q in kept] == [30]


def test_a_month_is_not_a_dangling_modal():
    assert fields.phrase_cut("in May") is None
    assert fields.phrase_cut("since the talks in") == "ends in 'in'"


def test_the_support_check_reads_a_split_decimal_as_the_whole_number():
    from summarizer.verify.numbers import find_numbers

    assert [v for v, _, _ in find_numbers("to deliver 39. 6 million cubic meters")] == [39600000.0]
    assert [v for v, _, _ in find_numbers("It ended in 2019. 5 people died.")] == [2019.0, 5.0]  # a year, then a count


@pytest.mark.model
@pytest.mark.skipif(not (devdata_dir() / "attribution" / "articles.jsonl").is_file(), reason="no devdata")
def test_no_malformed_field_in_the_bundled_models_outputs_on_two_dev_articles():
    """The full pipeline (bundled model) on the attribution suite's 2-article sample."""
    from summarizer.eval.suites import attribution as suite
    from summarizer.pipeline import Pipeline
    from summarizer.settings import Settings

    with Pipeline(Settings.from_env()) as pipe:
        outs = [pipe.run(make_article(a["text"], a["article_id"])) for a, _ in suite.load(2)]
    claims = [c for o in outs for c in o.claims]
    assert claims
    assert not [(c.text, fields.malformed(c)) for c in claims if fields.malformed(c)]


def test_where_is_taken_from_a_place_the_evidence_names():
    from summarizer.places import place_of

    assert place_of("Flooding hit 40 homes in Kelso on Monday.") == "Kelso"
    assert place_of("The vote in March was close.") is None            # a month
    assert place_of("Troops crossed into the Spanish border area.") is None  # an adjective, not a place
    assert place_of("In Smith's view the plan failed.") is None          # a possessive
