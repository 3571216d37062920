"""The bundled model's summary sentences in the support check's borderline band (session 22).

With no model to settle the band (the bundled backend, `model_verify` auto), an acceptance in it is
dropped: read on 38 articles, 6 of the 7 such sentences of the 135M model were false, invented or
garbled (evals/RESULTS.md). Every sentence here is invented.
"""

from __future__ import annotations

from summarizer import thresholds
from summarizer.extract import DraftSummary
from summarizer.ground import Text
from summarizer.settings import Settings
from summarizer.summary_grounding import grounded_summary
from summarizer.verify import verify
from summarizer.verify.model import BandRejecter, ModelVerifier, model_verifier

ARTICLE = ("Pier closes\n\nThe Lorne harbor board voted on Monday to close the old pier for repairs. "
           "Fishermen said the closure would cost them a season. The board said the pier would reopen in "
           "June after divers inspect its pylons. Repairs will cost 2 million pounds, the board said.\n")
#: every content word in one article sentence: above the band
WHOLE = "The Lorne harbor board voted on Monday to close the old pier for repairs."
#: fused from two article sentences, one word ("feared") found in neither: in the band
FUSED = "The Lorne board voted to close the pier, and fishermen feared the closure would cost them a season."


def test_the_sentences_scores_fall_where_the_test_needs_them():
    low, high = thresholds.MODEL_VERIFY_BAND
    whole, fused = verify(Text(ARTICLE), WHOLE), verify(Text(ARTICLE), FUSED)
    assert whole.supported and whole.score >= high
    assert fused.supported and low <= fused.score < high, fused


def test_an_acceptance_in_the_band_is_dropped_and_the_rest_stand():
    check = BandRejecter()
    src = Text(ARTICLE)
    kept = check(src, WHOLE, verify(src, WHOLE))
    dropped = check(src, FUSED, verify(src, FUSED))
    assert kept.supported
    assert not dropped.supported and "no model here settles the band" in dropped.reason
    invented = "The Lorne harbor board sold the pier to Kessel Marine for 9 million pounds."
    assert check(src, invented).reason == verify(src, invented).reason  # a hard rejection stands as it was


def test_the_bundled_backend_gets_the_rejecter_and_an_endpoint_the_model():
    assert isinstance(model_verifier(Settings.from_env({}), None, None), BandRejecter)
    assert model_verifier(Settings.from_env({}, model_verify="on"), None, None).__class__ is ModelVerifier
    assert model_verifier(Settings.from_env({"OPENAI_BASE_URL": "http://127.0.0.1:9/v1"}, model_verify="off"),
                          None, None) is None


def test_a_bundled_summary_keeps_its_whole_sentence_and_loses_the_fused_one():
    draft = DraftSummary(headline="Lorne pier closes for repairs", summary=f"{WHOLE} {FUSED}")
    headline, summary, warnings = grounded_summary(Text(ARTICLE), draft, ARTICLE, BandRejecter())
    assert WHOLE in summary and "feared" not in summary
    assert any("no model here settles the band" in w for w in warnings)
    _, open_summary, _ = grounded_summary(Text(ARTICLE), draft, ARTICLE, None)  # no check: the code's verdict
    assert "feared" in open_summary
