"""The support check: every check passes a faithful sentence and fails an unfaithful one, with
its reason; fused sentences are kept; claims are held to their evidence. No model involved.

The articles here are invented for these tests (no development data is copied).
"""

from __future__ import annotations

import pytest

from summarizer.chunk import Span
from summarizer.extract import DraftClaim, DraftSummary
from summarizer.ground import Source, check_claim
from summarizer.pipeline import _ground_claim
from summarizer.summary_grounding import grounded_summary as _grounded_summary
from summarizer.verify import Verdict, complete_sentence, furniture_kind, hard_checks, verify
from summarizer.verify.facts import Facts

ARTICLE = (
    "Harbour town approves new sea wall\n"
    "The council of Port Elwin voted on Tuesday to spend 1.5 million pounds on a new sea wall. "
    "Mayor Dana Okafor said the old wall had failed twice since 2019. "
    "The Elwin Rovers beat the Carrow Town side 3-1 on Saturday. "
    "Engineers did not approve the first design, which used timber. "
    "Twelve homes on Quay Street were flooded in March. "
    "The work will start in June and take about eighteen months."
)


def test_verdict_shape():
    v = verify(ARTICLE, "The council voted to spend 1.5 million pounds on a new sea wall.")
    assert isinstance(v, Verdict) and v.supported and 0 < v.score <= 1 and v.reason
    (start, end), = v.spans
    assert ARTICLE[start:end].startswith("The council of Port Elwin voted")
    with pytest.raises(Exception):
        v.supported = False  # frozen


def test_numbers_normalised_and_checked():
    assert verify(ARTICLE, "Port Elwin will spend 1,500,000 pounds on a new sea wall.").supported
    assert verify(ARTICLE, "The council voted to spend £1.5m on a new sea wall.").supported
    assert verify(ARTICLE, "12 homes on Quay Street were flooded in March.").supported
    v = verify(ARTICLE, "Thirteen homes on Quay Street were flooded in March.")
    assert not v.supported and v.reason == "number 13 is not in the article"
    v = verify(ARTICLE, "The council voted to spend 2.5 million pounds on a new sea wall.")
    assert not v.supported and "number 2,500,000" in v.reason
    # an approximation is allowed only when the sentence says it is one
    assert verify(ARTICLE, "The work will take about 18 months.").supported
    # ... but the approximated number must still be the article's (issue 14's hard rule)
    v = verify(ARTICLE, "The work will take about 17 months.")
    assert not v.supported and v.reason == "number 17 is not in the article"
    art = "Twelve homes on Quay Street were flooded in March."
    v = verify(art, "One home on Quay Street was flooded in March.")  # a spelled "one" is a number
    assert not v.supported and v.reason == "number 1 is not in the article"


def test_opposite_of_the_supporting_sentence_is_rejected():
    art = "Shares in the ferry company fell sharply on Monday after its profits dropped by a third."
    v = verify(art, "Shares in the ferry company rose sharply on Monday after its profits dropped by a third.")
    assert not v.supported and v.reason == "opposite: the sentence says 'rose', the article says 'fell'"
    assert verify(art, "Shares in the ferry company fell on Monday after its profits dropped.").supported
    # a word the article also says is not a flip ("rose" here, "fell" there)
    art2 = art + " Its rival's shares rose on the news."
    assert verify(art2, "Its rival's shares rose after the ferry company's profits dropped by a third.").supported


def test_compass_word_is_part_of_a_place_name():
    art = "Flooding closed roads across North Elwin on Monday, the West Carrow council said."
    assert verify(art, "Flooding closed roads across North Elwin on Monday.").supported
    v = verify(art, "Flooding closed roads across South Elwin on Monday.")
    assert not v.supported and "'South' is missing" in v.reason
    assert verify(art, "The Western Carrow council said flooding closed roads on Monday.").supported  # west = western


def test_names_checked_and_sentence_initial_words_are_not_names():
    v = verify(ARTICLE, "Mayor Dana Okafor said the old wall had failed twice since 2019.")
    assert v.supported
    v = verify(ARTICLE, "Mayor Dana Whitfield said the old wall had failed twice since 2019.")
    assert not v.supported and "Whitfield" in v.reason and v.reason.startswith("name ")
    # "Here", "The", "This" at the start of a sentence are not names
    v = verify(ARTICLE, "Here is a summary of the article: The council of Port Elwin voted to spend 1.5 million pounds on a new sea wall.")
    assert v.supported, v.reason
    v = verify(ARTICLE, "Here is a summary of the article:\nThis council voted to spend 1.5 million pounds on a sea wall.")
    assert v.supported, v.reason
    assert "name" not in verify(ARTICLE, "Here is a summary.").reason


def test_negation_flips():
    assert verify(ARTICLE, "Engineers did not approve the first design.").supported
    v = verify(ARTICLE, "Engineers approved the first design, which used timber.")
    assert not v.supported and v.reason.startswith("negation flipped") and "did not approve" in v.reason
    v = verify(ARTICLE, "The council of Port Elwin did not vote to spend money on a new sea wall.")
    assert not v.supported and v.reason.startswith("negation added")


def test_swapped_roles():
    assert verify(ARTICLE, "Elwin Rovers beat Carrow Town 3-1.").supported
    assert verify(ARTICLE, "Carrow Town were beaten by Elwin Rovers 3-1.").supported
    v = verify(ARTICLE, "Carrow Town beat Elwin Rovers 3-1.")
    assert not v.supported and v.reason.startswith("roles swapped")


def test_dates():
    assert verify(ARTICLE, "The council of Port Elwin voted on Tuesday to build a new sea wall.").supported
    v = verify(ARTICLE, "The council of Port Elwin voted on Thursday to build a new sea wall.")
    assert not v.supported and "Thursday" in v.reason
    v = verify(ARTICLE, "Twelve homes on Quay Street were flooded in June.")
    assert not v.supported and v.reason.startswith("date mismatch") and "March" in v.reason


def test_fused_sentence_is_supported_by_its_parts():
    fused = ("Port Elwin voted to spend 1.5 million pounds on a sea wall after Mayor Dana Okafor "
             "said the old wall had failed twice.")
    v = verify(ARTICLE, fused)
    assert v.supported, v.reason
    assert len(v.spans) == 2  # the two article sentences it draws on
    assert not verify(ARTICLE, "Bananas grow quickly in warm greenhouses near the river.").supported


def test_hard_checks_stop_before_the_coverage_decision():
    """verify = hard checks, then the coverage decision: a failed hard check is the same verdict,
    otherwise each sentence with content yields its facts (what a decision, or
    evals/tools/fit_verify.py, reads)."""
    bad = "Thirteen homes on Quay Street were flooded in March."
    assert hard_checks(ARTICLE, bad) == verify(ARTICLE, bad) and not verify(ARTICLE, bad).supported
    text = "Twelve homes were flooded in March. Bananas grow in warm greenhouses."
    facts = hard_checks(ARTICLE, text)
    assert [type(f) for f in facts] == [Facts, Facts]
    homes, bananas = facts
    (start, end), = homes.spans
    assert homes.score == 1.0 and ARTICLE[start:end].startswith("Twelve homes") and homes.order[0].start == start
    assert bananas.score == 0.0 and bananas.missing_stems and set(bananas.novel) >= {"Bananas", "greenhouses"}
    assert not verify(ARTICLE, text).supported  # the second sentence fails the coverage decision


def test_unsupported_paraphrase_is_rejected_with_missing_words():
    v = verify(ARTICLE, "The council of Port Elwin banned fishing boats from the harbour during winter storms.")
    assert not v.supported and ("nowhere" in v.reason or "only" in v.reason)


def test_claim_mode_holds_the_claim_to_its_evidence():
    ev = "The council of Port Elwin voted on Tuesday to spend 1.5 million pounds on a new sea wall."
    assert verify(ev, "The council of Port Elwin voted to spend 1.5 million pounds on a new sea wall.", mode="claim").supported
    # one paraphrased verb is tolerated (hand-labelled claims do that) ...
    assert verify(ev, "The council of Port Elwin decided to spend 1.5 million pounds on a new sea wall.", mode="claim").supported
    # ... two words found nowhere in the article are not
    v = verify(ev, "The council of Port Elwin hastily agreed to spend 1.5 million pounds on a new sea wall.", mode="claim",
               article_text=ARTICLE)
    assert not v.supported and "nowhere" in v.reason and "'hastily'" in v.reason
    # the subject must be in the evidence or the sentence before it
    v = verify(ev, "The harbour police said 1.5 million pounds would be spent on a new sea wall.", mode="claim")
    assert not v.supported and v.reason.startswith("subject 'harbour police'")
    # a number, a name, a date: against the evidence, not the article
    v = verify(ev, "Mayor Dana Okafor voted to spend 1.5 million pounds on a new sea wall.", mode="claim", article_text=ARTICLE)
    assert not v.supported and "Okafor" in v.reason


# -- hooks ---------------------------------------------------------------------------------

UNRELATED = (
    "Cyclist sets new hour record\n"
    "Jo Marlow rode 55.1 kilometres in one hour at the Lindham velodrome on Sunday. "
    "Marlow (left) alongside her coach Ben Ashe after the ride. "
    "Marlow poses after breaking the world hour record. "
    "She said the track was fast and the crowd had helped her."
)
PROMPT_EXAMPLE = "The city council said on Monday that 40 homes were flooded in Riverton."


def _claim(text: str, quote: str) -> DraftClaim:
    return DraftClaim(quote=quote, text=text, kind="event", source="article", certainty="stated")


def test_the_prompts_own_example_is_never_shown_for_an_unrelated_article():
    src = Source(UNRELATED)
    win = Span(0, len(UNRELATED))
    # the example copied whole: its quote is not in the article
    claim, why = _ground_claim(src, _claim(PROMPT_EXAMPLE, PROMPT_EXAMPLE), win, None, False)
    assert claim is None and why
    # the example's text with a real quote of the article: its words are not in the evidence
    quote = "Jo Marlow rode 55.1 kilometres in one hour at the Lindham velodrome on Sunday."
    claim, why = _ground_claim(src, _claim(PROMPT_EXAMPLE, quote), win, None, False)
    assert claim is None and ("40" in why or "city" in why or "Riverton" in why), why
    # the same quote with a faithful text is shown
    claim, why = _ground_claim(src, _claim("Jo Marlow rode 55.1 kilometres in one hour at the Lindham velodrome.", quote),
                               win, None, False)
    assert claim is not None, why


def test_captions_and_bylines_arefurniture_kind():
    src = Source(UNRELATED)
    for quote in ("Marlow (left) alongside her coach Ben Ashe after the ride.",
                  "Marlow poses after breaking the world hour record."):
        loc = src.locate(quote)
        why = check_claim(src, quote, "article", loc)
        assert why and "photo caption" in why
    assert furniture_kind("By Sam Reid, Sports Correspondent") == "byline"
    assert furniture_kind("She said the track was fast.") is None


def test_claim_text_is_acomplete_sentence():
    long = ("Jo Marlow rode 55.1 kilometres in one hour at the Lindham velodrome, a distance that her "
            "coach said was the best of her career, and the crowd of several hundred people cheered her "
            "on through the final laps while the officials checked the timing equipment twice over the")
    assert len(long) >= 225
    short = complete_sentence(long, 240)
    assert short == "Jo Marlow rode 55.1 kilometres in one hour at the Lindham velodrome, a distance that her coach said was the best of her career."
    assert complete_sentence("Marlow rode 55.1 kilometres in one hour") == "Marlow rode 55.1 kilometres in one hour."
    assert complete_sentence("A cut off sentence that ends with the") is None
    assert complete_sentence("Done.") == "Done."


def test_summary_keeps_faithful_abstractive_sentences_instead_of_the_lead():
    src = Source(ARTICLE)
    draft = DraftSummary(headline="Port Elwin approves sea wall", summary=(
        "Here is a summary: Port Elwin voted to spend 1.5 million pounds on a sea wall after Mayor Dana "
        "Okafor said the old wall had failed twice. Engineers did not approve the first design. "
        "Forty homes were flooded."))
    headline, summary, warnings = _grounded_summary(src, draft, ARTICLE)
    assert "Port Elwin voted to spend 1.5 million pounds" in summary
    assert "Engineers did not approve the first design." in summary
    assert "Forty" not in summary and any("number 40" in w for w in warnings)
    assert not any("lead" in w for w in warnings)


def test_speed_one_article_many_sentences():
    import time

    text = ARTICLE + " " + " ".join(f"Item {i} of the plan costs {i * 1000} pounds." for i in range(200))
    t0 = time.perf_counter()
    for i in range(200):
        verify(text, f"Item {i} of the plan costs {i * 1000} pounds.")
    assert time.perf_counter() - t0 < 5.0  # the article is analysed once, each check is cheap


def test_eval_suite_scores_a_classifier():
    from summarizer.eval.suites.verify import score

    rows = [{"dataset": "d", "document": ARTICLE, "claim": c, "label": lab} for c, lab in [
        ("Twelve homes on Quay Street were flooded in March.", True),
        ("Thirteen homes on Quay Street were flooded in March.", False),
        ("Carrow Town beat Elwin Rovers 3-1.", False),
        ("Engineers did not approve the first design.", True),
    ]]
    res = score(rows, lambda d, c: verify(d, c).supported)
    assert res["datasets"]["d"] == {"n": 4, "pos": 2, "neg": 2, "tpr": 1.0, "fpr": 0.0, "ba": 1.0}
    assert res["accepted_absent_number"] == 0
    res = score(rows, lambda d, c: True)
    assert res["mean_ba"] == 0.5 and res["datasets"]["d"]["fpr"] == 1.0
    assert res["accepted_absent_number"] == 1  # "Thirteen": a spelled number the article lacks counts too


def test_public_api():
    import summarizer

    v = summarizer.verify("The mayor said 12 homes were flooded.", "Twelve homes were flooded, the mayor said.")
    assert isinstance(v, summarizer.Verdict) and v.supported and v.score == 1.0
    assert verify(Source(ARTICLE), "Mayor Dana Okafor said the old wall had failed twice.").supported  # a Source
    with pytest.raises(ValueError):
        verify(ARTICLE, "x", mode="other")


def test_eval_suite_runs_on_a_fixed_sample_of_the_dev_data():
    from summarizer.errors import InputError
    from summarizer.eval.devdata import devdata_dir
    from summarizer.eval.suites.verify import run

    try:
        if not (devdata_dir() / "faithfulness" / "pairs.jsonl").is_file():
            pytest.skip("no dev data here")
    except InputError:
        pytest.skip("no dev data here")
    a = run(None, sample=40, systems=["ground", "verify", "model"])
    b = run(None, sample=40, systems=["verify"])
    assert list(a["systems"]) == ["ground", "verify"] and a["pairs"] >= 36  # a stratified sample
    assert a["systems"]["verify"] == {**b["systems"]["verify"], "seconds": a["systems"]["verify"]["seconds"]}
    assert "| FaithBench |" in a.to_markdown() and '"mean_ba"' in a.to_json()


def test_the_issues_invented_claims_are_rejected():
    src = Source(UNRELATED)
    win = Span(0, len(UNRELATED))
    quote = "Jo Marlow rode 55.1 kilometres in one hour at the Lindham velodrome on Sunday."
    for text in ("The city council will bid on the 4th of June to break the record for the longest time on a cycling track.",
                 "The city council said it was against the law.",
                 "I was in the city council. I was in the city council. I was in the city council."):
        claim, why = _ground_claim(src, _claim(text, quote), win, None, False)
        assert claim is None and why, text


def test_gold_style_paraphrase_is_kept():
    src = Source(UNRELATED)
    quote = "She said the track was fast and the crowd had helped her."
    loc = src.locate(quote)
    assert check_claim(src, "Marlow said the track was fast and the crowd helped her.", "Marlow", loc) is None


def test_a_name_given_by_one_word_in_the_evidence_is_completed_from_the_article():
    text = ("Senator Rosa Delgado announced a bill on Monday. Critics attacked it at once.\n"
            "Delgado's office said the bill would cut fees for 3,000 small farms.")
    src = Source(text)
    quote = "Delgado's office said the bill would cut fees for 3,000 small farms."
    loc = src.locate(quote)
    assert check_claim(src, "Rosa Delgado's office said the bill would cut fees for 3,000 small farms.", "article", loc) is None
    why = check_claim(src, "Maria Delgado's office said the bill would cut fees for 3,000 small farms.", "article", loc)
    assert why and "maria" in why.lower()


def test_hand_labelled_gold_passes_the_checks():
    """The gold set's own claims (with their gold evidence) and summaries, as if a perfect model
    wrote them: the support check must keep (nearly) all of them. Dev-data gold is skipped when
    ../shared/devdata is not there."""
    import json
    from pathlib import Path

    from summarizer.chunk import split_sentences
    from summarizer.ground import Located

    root = Path(__file__).resolve().parent.parent
    claims = rejected = sentences = kept = 0
    for f in sorted((root / "evals" / "gold").glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        path = g["source"]["path"]
        if path.startswith("devdata:"):
            from summarizer.eval import devdata

            try:
                text = devdata.load_devdata_article(path).text
            except Exception:
                continue
        else:
            seed = root / "seeds" / f"{f.stem}.txt"
            if not seed.is_file():
                continue
            text = seed.read_text(encoding="utf-8")
        src = Source(text)
        for c in g["claims"]:
            e = c["evidence"]
            claims += 1
            rejected += check_claim(src, c["text"], c["attributed_to"], Located(e["start"], e["end"], "exact")) is not None
        s = g.get("summary") or ""
        for sp in split_sentences(s):
            sentences += 1
            kept += verify(src, s[sp.start:sp.end]).supported
    assert claims >= 187 and sentences >= 15
    assert rejected <= 0.09 * claims, (rejected, claims)  # 28 of 415 on 2026-12-01 (130 on main without verify)
    # 41 of 48 since summary sentences must name the speaker the supporting sentence quotes (47 without
    # that check, 20 before verify): the price of never showing "the President said" for "Russia said"
    assert kept >= 0.83 * sentences, (kept, sentences)


def test_a_sentence_initial_name_that_is_not_the_articles():
    text = "Roberto Mancini said Nigeria and Britain would meet in Lagos. Shares fell."
    v = verify(text, "Roberts said Nigeria and Britain would meet in Lagos.")
    assert not v.supported and v.reason == "name 'Roberts' is not in the article"
    assert verify(text, "Mancini said Nigeria and Britain would meet in Lagos.").supported
    assert verify(text, "Shares fell.").supported  # a common word at the start is no name
    v = verify(text, "Mancini said the Nigerian side would meet Britain in Lagos.")
    assert "name" not in v.reason  # a demonym of a name in the article
    assert "Germans" in verify(text, "Several Germans said Nigeria and Britain would meet in Lagos.").reason
    # limitation: a lone sentence-initial capital the article never uses is judged as a word
    # ("Prices rose", "Germans said"): it counts against the novel-word share, not as a name


def test_a_pronoun_of_the_evidence_may_be_named_from_the_sentences_before():
    text = ("Harbour town approves new sea wall\n"
            "The council of Port Elwin met on Tuesday. Engineers presented two designs. "
            "A resident asked about the cost. Its members voted to spend 1.5 million pounds on the wall.")
    src = Source(text)
    quote = "Its members voted to spend 1.5 million pounds on the wall."
    loc = src.locate(quote)
    assert check_claim(src, "Port Elwin's council members voted to spend 1.5 million pounds on the wall.", "article", loc) is None
    # a name the article never gives is still rejected, pronoun or not
    why = check_claim(src, "Riverton's council members voted to spend 1.5 million pounds on the wall.", "article", loc)
    assert why and "riverton" in why.lower()


def test_a_summary_sentence_must_name_the_speaker_the_article_quotes():
    article = ("Flood warnings issued\n\nThe city's water board said on Monday that 40 homes were flooded overnight. "
               "Mayor Ana Ruiz visited the area and praised the volunteers.")
    assert verify(article, "The water board said 40 homes were flooded overnight.").supported
    v = verify(article, "Mayor Ana Ruiz said 40 homes were flooded overnight.")
    assert not v.supported and "speaker" in v.reason


def _analysis(a) -> tuple:
    sents = [(s.start, s.end, [(t.word, t.low, t.stem, t.start, t.end) for t in s.toks], s.stems, s.numbers,
              s.dates, s.negations, s.names) for s in a.sents]
    return (a.text, sents, a.names, a.words, a.stems, sorted(a.numbers), a.dates, a.proper, a.lower_words,
            a.lower_stems, a.name_stems)


def test_a_claim_context_sliced_from_the_article_analysis_is_its_own_analysis():
    # Part (a claim's evidence and the sentence before it) reuses the article's analysis; it
    # must be exactly what analysing the context's text alone gives, for every context of
    # every seed article and of this file's article, and for spans that cut a sentence
    from summarizer.document import Document
    from summarizer.verify import Part
    from summarizer.verify.article import Article
    from tests.conftest import SEEDS

    from summarizer.chunk import split_sentences

    texts = [ARTICLE] + [p.read_text(encoding="utf-8") for p in SEEDS]
    sliced = alone = 0
    for text in texts:
        doc = Document(text)
        whole = {(x.start, x.end) for x in split_sentences(text)}
        for s in doc.sentences:
            for lo, hi in (doc.context_span(s.start, s.end), (s.start + 3, s.end), (s.start, max(s.start + 1, s.end - 4))):
                part = Part(doc, lo, hi)
                assert part.text == text[lo:hi]
                assert _analysis(part.verify_analysis) == _analysis(Article(text[lo:hi]))
                own = {(x.start + lo, x.end + lo) for x in split_sentences(text[lo:hi])}
                sliced += own <= whole  # the part's sentences are the article's: the slice was used
                alone += not own <= whole
    assert sliced > 100 and alone > 10  # both ways were taken
