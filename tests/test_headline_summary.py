"""Headlines and summaries of a capable model through the pipeline's checks: a headline is checked
like a summary sentence but needs no full stop; a summary is never shown cut mid-sentence; the
summary field's bound depends on the backend. No model involved; the article is invented here.
"""

from __future__ import annotations

from summarizer.extract import DraftSummary, summary_model
from summarizer.ground import Text, ground_headline
from summarizer.summary_grounding import HEADLINE_LIMIT, grounded_summary as _grounded_summary
from summarizer.settings import Settings

ARTICLE = (
    "Harbour town approves new sea wall\n"
    "The council of Port Elwin voted on Tuesday to spend 1.5 million pounds on a new sea wall. "
    "Mayor Dana Okafor said the old wall had failed twice since 2019. "
    "Engineers did not approve the first design, which used timber. "
    "Twelve homes on Quay Street were flooded in March. "
    "The work will start in June and take about eighteen months."
)
SUMMARY = ("Port Elwin's council voted on Tuesday to spend 1.5 million pounds on a new sea wall. "
           "Mayor Dana Okafor said the old wall had failed twice since 2019. "
           "Twelve homes on Quay Street were flooded in March.")


def test_headline_without_full_stop_is_kept():
    src = Text(ARTICLE)
    assert ground_headline(src, "Port Elwin votes 1.5 million pounds for a new sea wall", HEADLINE_LIMIT) is None
    draft = DraftSummary(headline="Port Elwin council votes to build a new sea wall", summary=SUMMARY)
    headline, _, warnings = _grounded_summary(src, draft, ARTICLE)
    assert headline == "Port Elwin council votes to build a new sea wall"
    assert not any("headline" in w for w in warnings)


def test_headline_still_checked_for_numbers_names_and_cuts():
    src = Text(ARTICLE)
    assert "number" in ground_headline(src, "Port Elwin votes 4 million pounds for a new sea wall", HEADLINE_LIMIT)
    assert ground_headline(src, "Mayor Rhea Lindqvist backs a new sea wall for Port Elwin", HEADLINE_LIMIT)
    assert ground_headline(src, "Port Elwin votes to build a new sea wall after the", HEADLINE_LIMIT) == "headline is cut"
    assert ground_headline(src, "Port Elwin votes to build a new sea wall, and", HEADLINE_LIMIT) == "headline is cut"
    assert ground_headline(src, "Sea wall work in Port Elwin will start in June and go on", HEADLINE_LIMIT) is None
    long = "Port Elwin council votes to spend 1.5 million pounds on a new sea wall after twelve homes floo"
    assert ground_headline(src, long, len(long) + 2) == "headline is cut"  # at the field's bound
    draft = DraftSummary(headline="Port Elwin votes 4 million pounds for sea wall", summary=SUMMARY)
    headline, _, warnings = _grounded_summary(src, draft, ARTICLE)
    assert headline.startswith("Harbour town approves")  # the article's first line stands in
    assert any("headline was not grounded (number" in w for w in warnings)


def test_summary_cut_mid_sentence_ends_on_its_last_full_sentence():
    src = Text(ARTICLE)
    cut = SUMMARY[:SUMMARY.index("Twelve") + 20]  # "... Twelve homes on Quay St"
    draft = DraftSummary(headline="Port Elwin votes for a sea wall", summary=cut)
    _, summary, warnings = _grounded_summary(src, draft, ARTICLE)
    assert summary.endswith("failed twice since 2019.") and "Twelve" not in summary
    assert any("unfinished last sentence" in w for w in warnings)
    assert not any(w.startswith("summary sentence dropped") for w in warnings)  # not the support check's
    assert not any("lead" in w for w in warnings)


def test_summary_bound_per_backend():
    local = Settings.from_env(env={})
    remote = Settings.from_env(env={}, base_urls=("http://127.0.0.1:1",), model="m")
    assert summary_model(local.summary_chars) is DraftSummary  # the bundled model's schema as before
    bound = summary_model(remote.summary_chars).model_json_schema()["properties"]["summary"]["maxLength"]
    three_long_sentences = " ".join(["A" * 290 + "."] * 3)  # the longest gold summary is 838
    assert bound >= len(three_long_sentences) > DraftSummary.model_fields["summary"].metadata[0].max_length
    assert summary_model(remote.summary_chars).model_json_schema()["title"] == "DraftSummary"


FUSED = ("Mayor Dana Okafor said the old wall had failed twice since 2019, while the council of Port Elwin "
         "voted on Tuesday to spend 1.5 million pounds on a new sea wall after twelve homes were flooded in March.")


def test_fused_summary_sentence_keeps_its_speaker_clause():
    from summarizer.verify import verify

    v = verify(ARTICLE, FUSED)
    assert v.supported, v.reason  # the speaker's clause rests on the mayor's sentence, not the council's
    swapped = FUSED.replace("Mayor Dana Okafor", "The engineers")
    v = verify(ARTICLE, swapped)
    assert not v.supported and "speaker" in v.reason


def test_claim_bounds_per_backend():
    from summarizer.extract import DraftClaim, claims_model

    local = Settings.from_env(env={})
    remote = Settings.from_env(env={}, base_urls=("http://127.0.0.1:1",), model="m")

    def bounds(s, choices=None):
        m = claims_model(s.max_claims_per_call, choices, s.claim_quote_chars, s.claim_text_chars)
        item = m.model_fields["claims"].annotation.__args__[0]
        return item.model_fields["quote"].metadata, item.model_fields["text"].metadata[0].max_length

    same = claims_model(1, None, local.claim_quote_chars, local.claim_text_chars).model_json_schema()
    assert same == claims_model(1).model_json_schema()  # the bundled model's schema (and cache keys) as before
    assert bounds(local)[1] == DraftClaim.model_fields["text"].metadata[0].max_length
    quote, text = bounds(remote)
    long_quote = "The minister said " + "x" * 395 + "."  # a long news sentence, as the gold holds
    assert quote[0].max_length >= len(long_quote) > DraftClaim.model_fields["quote"].metadata[0].max_length
    assert text > DraftClaim.model_fields["text"].metadata[0].max_length
    assert bounds(remote, ("A chosen sentence.",))[1] == text  # a quote enum keeps the text bound


def test_headline_may_end_on_her_as_an_object():
    # "her" is an object pronoun as often as a possessive: "Council praises her" is whole
    src = Text("The city council on Monday honoured Anna Berg, the retiring harbour master. "
               "Councillors praised her for 30 years of service.")
    assert ground_headline(src, "Council praises her", HEADLINE_LIMIT) is None
    assert ground_headline(src, "Council praises her for the", HEADLINE_LIMIT) == "headline is cut"


def test_unfinished_summary_far_below_its_bound_is_not_said_to_be_cut_by_it():
    # a summary the model left unfinished well inside its 600 characters was not cut by the bound
    src = Text(ARTICLE)
    short = SUMMARY[:SUMMARY.index("Twelve") + 20]
    assert len(short) < DraftSummary.model_fields["summary"].metadata[0].max_length - 100
    _, _, warnings = _grounded_summary(src, DraftSummary(headline="Port Elwin votes for a sea wall", summary=short), ARTICLE)
    assert any("unfinished last sentence" in w for w in warnings)
    assert not any("length bound" in w for w in warnings)


def test_a_complete_long_headline_is_not_taken_for_a_cut_one():
    src = Text(ARTICLE)
    long = "Port Elwin council votes to spend 1.5 million pounds on a new sea wall after twelve homes flooded"
    assert ground_headline(src, long, len(long) + 12) is None  # well inside its bound: complete
    assert ground_headline(src, long, len(long)) == "headline is cut"  # at the bound: cut there
