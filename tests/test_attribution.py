"""Document-level attribution and certainty (summarizer.attribution): fast, no model.

Every text here is a small synthetic article written for the test.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from summarizer.attribution import analyze, certainty_for
from summarizer.schema import CERTAINTIES


def _span(text: str, part: str) -> tuple[int, int]:
    i = text.index(part)
    return i, i + len(part)


def source(text: str, part: str, a=None) -> str | None:
    a = a or analyze(text)
    return a.source_for(*_span(text, part))


def certainty(text: str, part: str) -> str:
    a = analyze(text)
    return certainty_for(text, *_span(text, part), a)


# -- who speaks ----------------------------------------------------------------------------------

QUOTE_OVER_PARAGRAPHS = (
    "The mayor of Easton, Maria Lopez, spoke at the town hall on Monday.\n\n"
    "“We will rebuild the bridge before winter,” Lopez said. “The money is already there. "
    "Nobody should worry about the schedule.\n\n"
    "“The contractors have signed and the work starts next week.”\n\n"
    "The bridge was closed in March after an inspection."
)


def test_quote_over_sentences_and_paragraphs_belongs_to_its_opener():
    a = analyze(QUOTE_OVER_PARAGRAPHS)
    for part in ("“We will rebuild the bridge before winter,”", "The money is already there.",
                 "Nobody should worry about the schedule.",
                 "“The contractors have signed and the work starts next week.”"):
        assert source(QUOTE_OVER_PARAGRAPHS, part, a) == "Maria Lopez", part
    assert source(QUOTE_OVER_PARAGRAPHS, "The bridge was closed in March after an inspection.", a) is None


def test_quote_closed_by_its_speaker_later():
    text = ("Officials met on Friday.\n\n“The plan is finished. It covers every district,” "
            "said Tomas Berg, the council's planning director.")
    assert source(text, "The plan is finished.") == "Tomas Berg"


def test_pronouns_resolve_to_the_last_fitting_name():
    text = ("Senator Ruth Adams visited the plant on Tuesday. The Energy Agency published its report the same day.\n\n"
            "She said the plant should stay open for ten more years.\n\n"
            "It said emissions fell by a third last year.\n\n"
            "The agency added that inspections would continue.")
    a = analyze(text)
    assert source(text, "the plant should stay open for ten more years.", a) == "Senator Ruth Adams"
    assert source(text, "emissions fell by a third last year.", a) == "Energy Agency"
    assert source(text, "inspections would continue.", a) == "Energy Agency"


def test_person_pronoun_skips_organisations_named_after_the_person():
    text = ("Daniel Okafor runs the Harbor Company. The Harbor Company lost money in May.\n\n"
            "He told reporters that sales would recover by autumn.")
    assert source(text, "sales would recover by autumn.") == "Daniel Okafor"


def test_main_reporting_clause_wins_over_an_embedded_one():
    text = "Carla Mendes said that the minister said the dam had been repaired in June."
    a = analyze(text)
    assert a.source_for(0, len(text)) == "Carla Mendes"
    assert a.cue_for(0, len(text)) == "said"


def test_sentence_final_and_inverted_reporting_clauses():
    text = ("The factory will close in December, Henrik Sand said on Monday. "
            "Prices rose by four percent in the last quarter, said Lena Ortiz, an economist at the bank.")
    a = analyze(text)
    assert source(text, "The factory will close in December,", a) == "Henrik Sand"
    assert source(text, "Prices rose by four percent in the last quarter,", a) == "Lena Ortiz"


def test_according_to():
    text = "Twelve houses in the old town were flooded overnight, according to the fire service."
    a = analyze(text)
    rel = a.relation_for(*_span(text, "Twelve houses in the old town were flooded overnight"))
    assert rel is not None and rel.kind == "according_to"
    assert "fire service" in rel.name


def test_colon_quote():
    text = "The coach was blunt after the match. Peter Lund: “We played badly and we deserved to lose the game.”"
    assert source(text, "“We played badly and we deserved to lose the game.”") == "Peter Lund"


def test_statement_noun():
    text = "Greta Holm's statement described the merger as a rescue of the failing firm."
    assert source(text, text) == "Greta Holm"


def test_beliefs_plans_and_accusations_are_attributed():
    text = ("Union leader Ivan Petrov believes the strike will last for weeks. "
            "The opposition accused the government of hiding the budget figures. "
            "Many farmers fear that the drought will ruin the harvest.")
    a = analyze(text)
    belief = a.relation_for(*_span(text, "the strike will last for weeks."))
    assert belief is not None and belief.name == "Ivan Petrov" and belief.kind == "belief"
    assert source(text, "the government of hiding the budget figures.", a) == "The opposition"
    assert source(text, "that the drought will ruin the harvest.", a) == "Many farmers"


def test_own_voice_outside_every_relation():
    text = ("The river rose by two meters on Sunday. Roads to the north were closed. "
            "A spokesman for the police said rescuers reached every village.")
    a = analyze(text)
    assert source(text, "The river rose by two meters on Sunday.", a) is None
    assert source(text, "Roads to the north were closed.", a) is None
    assert source(text, "rescuers reached every village.", a) == "A spokesman for the police"


def test_scare_quotes_are_not_speech():
    text = "The company called the deal a “fresh start” for its workers. Shares rose on Friday."
    assert source(text, "Shares rose on Friday.") is None


def test_sentence_start_capital_is_not_a_speaker():
    text = "Ultimately, the vote was postponed. Seriously, please ask yourself that question."
    a = analyze(text)
    assert a.relations == []


# -- how firmly ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text, part, expected", [
    ("The council approved the budget on Monday.", "The council approved the budget on Monday.", "stated"),
    ("The council approved the budget, the mayor said.", "The council approved the budget,", "reported"),
    ("Sara Voss claimed that the vote was rigged.", "the vote was rigged.", "claimed"),
    ("The ministry denied that its troops crossed the border.", "its troops crossed the border.", "denied"),
    ("Unconfirmed reports say the bridge collapsed overnight.", "Unconfirmed reports say the bridge collapsed overnight.",
     "unconfirmed"),
    ("The storm may reach the coast by Friday.", "The storm may reach the coast by Friday.", "speculative"),
    ("The company plans to build a second factory.", "The company plans to build a second factory.", "speculative"),
    ("Prices are expected to rise next year.", "Prices are expected to rise next year.", "speculative"),
    ("The minister did not sign the agreement.", "The minister did not sign the agreement.", "negated"),
    ("The board failed to approve the merger.", "The board failed to approve the merger.", "negated"),
])
def test_each_certainty_value(text, part, expected):
    assert expected in CERTAINTIES
    assert certainty(text, part) == expected


def test_denied_only_when_a_source_denies():
    # a negation in the outlet's voice is a negated event, not a denial
    assert certainty("Nobody was hurt in the fire.", "Nobody was hurt in the fire.") == "negated"
    text = "Leon Marsh denied that he had met the lobbyist."
    assert certainty(text, "he had met the lobbyist.") == "denied"


def test_hedge_or_negation_must_govern_the_main_clause():
    # the hedge sits in a relative clause; the main event happened
    text = "The mayor, who may run again next year, opened the new library on Monday."
    assert certainty(text, text) == "stated"
    text = "The firm, which did not comment, hired two hundred workers in May."
    assert certainty(text, text) == "stated"
    text = "Although the deal could still collapse, the two companies signed it on Friday."
    assert certainty(text, text) == "stated"
    text = "Not only did the team win, it broke the record."
    assert certainty(text, text) == "stated"


def test_guideline_edges_of_negation_and_speculation():
    # a hedged forecast of a non-event is speculative; a lexical negative keeps its verb
    assert certainty("Debates are not likely to alter the race.", "Debates are not likely to alter the race.") \
        == "speculative"
    assert certainty("The board refused the offer on Monday.", "The board refused the offer on Monday.") == "stated"
    # the future negated is negated
    assert certainty("The court will not hear the case.", "The court will not hear the case.") == "negated"


def test_statement_keeps_its_frame_certainty():
    text = "The minister said the plan would never work."
    a = analyze(text)
    assert certainty_for(text, *_span(text, "the plan would never work."), a) == "negated"
    assert certainty_for(text, *_span(text, "the plan would never work."), a, kind="statement") == "reported"


def test_unconfirmed_reports_without_a_source():
    text = "Fires have been reported at a fuel depot near the river. Rebels have reportedly taken two towns."
    a = analyze(text)
    for part in ("Fires have been reported at a fuel depot near the river.", "Rebels have reportedly taken two towns."):
        assert a.source_for(*_span(text, part)) == "unnamed sources"
        assert certainty_for(text, *_span(text, part), a) == "unconfirmed"
    text = "The fire was reported by the harbor police on Sunday."
    assert certainty(text, text) != "unconfirmed"  # a passive report that names its source


def test_negated_event_reported_by_a_source():
    text = "The police said the driver was not injured."
    assert certainty(text, "the driver was not injured.") == "negated"


# -- no seed vocabulary -------------------------------------------------------------------------

SEED_WORDS = ("Russia", "Ukraine", "Kursk", "drone", "Putin", "Zelensk", "Kyiv", "Moscow", "Biden",
              "Podolyak", "Syrskyi", "front in")


def test_no_seed_vocabulary_in_the_new_rules():
    root = Path(__file__).resolve().parents[1] / "summarizer"
    files = [*sorted((root / "attribution").glob("*.py")), *sorted((root / "lang").glob("*.py"))]
    assert len(files) > 2
    for f in files:
        src = f.read_text(encoding="utf-8")
        for w in SEED_WORDS:
            assert not re.search(re.escape(w), src, re.I), f"{f.name} holds seed word {w!r}"


def _summarizer_files() -> list[Path]:
    root = Path(__file__).resolve().parents[1] / "summarizer"
    return sorted(root.rglob("*.py"))


@pytest.mark.parametrize("path", _summarizer_files(), ids=lambda p: p.relative_to(p.parents[1]).as_posix())
def test_no_seed_vocabulary_in_summarizer(path):
    src = path.read_text(encoding="utf-8")
    for w in SEED_WORDS:
        assert not re.search(rf"\b{re.escape(w)}", src, re.I), f"{path.name} holds seed word {w!r}"


# -- the pipeline's hook (attribution/reconcile.py) ------------------------------------------------


def _pipeline_attribution(text: str, part: str, model_says: str, trusted: bool, claim: str = ""):
    """What the pipeline shows for a claim over `part`, and the warning it records (pipeline._ground_claim)."""
    from summarizer.attribution.reconcile import reconcile
    from summarizer.ground import Text

    start, end = _span(text, part)
    said = reconcile(Text(text), start, end, model_says, analyze(text), trusted, claim)
    return said.source, [said.note(start, end)] if trusted and said.disagreed else []


PIPE_TEXT = ("Jonas Falk is the deputy of the port authority. Anna Berg runs it.\n\n"
             "“The new cranes arrive in June and the terminal opens in July,” Berg said.")
PIPE_PART = "“The new cranes arrive in June and the terminal opens in July,”"


def test_pipeline_keeps_the_analysis_source_over_a_wrong_model_source():
    who, warnings = _pipeline_attribution(PIPE_TEXT, PIPE_PART, "Jonas Falk", trusted=False)
    assert who == "Anna Berg" and warnings == []


def test_pipeline_replaces_article_voice_when_the_analysis_finds_a_speaker():
    who, _ = _pipeline_attribution(PIPE_TEXT, PIPE_PART, "article", trusted=True)
    assert who == "Anna Berg"


def test_trusted_backend_disagreement_is_recorded_with_what_was_kept():
    who, warnings = _pipeline_attribution(PIPE_TEXT, PIPE_PART, "Jonas Falk", trusted=True)
    assert who == "Anna Berg"
    assert len(warnings) == 1 and "'Jonas Falk'" in warnings[0] and "kept 'Anna Berg'" in warnings[0]
    # a quotation framed by "Berg said" is hers even when the model's source is named right
    # before it (until session 3 a trusted model's source named there stood over the frame;
    # the replay showed swapped speakers shown that way: evals/RESULTS.md "speaker reconciliation")
    text = ("Anna Berg runs the port authority. Her deputy Jonas Falk spoke after her.\n\n"
            "“The new cranes arrive in June and the terminal opens in July,” Berg said.")
    who, warnings = _pipeline_attribution(text, PIPE_PART, "Jonas Falk", trusted=True)
    assert who == "Anna Berg" and "kept 'Anna Berg'" in warnings[0]
    # where the analysis finds no source, a trusted model's source stands when its own claim
    # reports that source, and is recorded; a claim that reports no one is the outlet's
    # (GUIDELINES §6; until session 3 the model's source stood here too)
    text = "Anna Berg runs the port authority. The terminal opens in July after a long delay."
    part = "The terminal opens in July after a long delay."
    who, warnings = _pipeline_attribution(text, part, "Anna Berg", True, "Anna Berg said the terminal opens in July.")
    assert who == "Anna Berg" and "kept 'Anna Berg'" in warnings[0]
    who, warnings = _pipeline_attribution(text, part, "Anna Berg", True, "The terminal opens in July.")
    assert who == "article" and "kept 'article'" in warnings[0]


def test_trusted_source_that_speaks_only_elsewhere_is_a_swap():
    text = ("“We will cut fares in spring,” said Anna Berg, who runs the port authority.\n\n"
            "The harbour has three new cranes. Workers laid the last rail on Friday after a long winter. "
            "The cranes were built in a yard up the coast and came by barge over two calm days in March. "
            "Each of them can lift a full container off a ship in under two minutes, twice the old rate. "
            "Dock crews trained on a simulator for most of the winter before the first real lift.\n\n"
            "The old terminal will close for good in May, ahead of the summer season. "
            "Shipping lines have booked most of the new berths for the next three years. "
            "A second car park opens next to the ferry quay at the end of the month.")
    part = "The old terminal will close for good in May, ahead of the summer season."
    # the analysis finds no source; the model names a speaker of another, distant statement
    who, warnings = _pipeline_attribution(text, part, "Anna Berg", trusted=True, claim=part)
    assert who == "article" and "kept 'article'" in warnings[0]
    # ... but a speaker named next to the evidence, whom the model's claim reports, stands
    text2 = ("“We will cut fares in spring,” said Anna Berg, who runs the port authority. "
             "The old terminal will close for good in May, ahead of the summer season.")
    who, _ = _pipeline_attribution(text2, part, "Anna Berg", trusted=True,
                                   claim="Anna Berg said the old terminal will close for good in May.")
    assert who == "Anna Berg"


def test_rules_baseline_uses_the_analysis():
    from summarizer.eval.systems import rules_baseline
    from summarizer.eval.suites.common import make_article

    out = rules_baseline(make_article(PIPE_TEXT, "t"))
    quoted = [c for c in out.claims if "cranes" in c.text]
    assert quoted and quoted[0].attributed_to == "Anna Berg" and quoted[0].certainty == "reported"


def test_she_skips_a_mister_and_names_inside_quotes_are_not_antecedents():
    text = ("Mrs. Ann Lee met Mr. Tom Ray at the harbor on Monday.\n\n"
            "She said the two had agreed on a new ferry schedule for the winter.\n\n"
            "“Call Oscar Wilde if you like,” Ray said. He added that the ferries would run hourly.")
    a = analyze(text)
    assert source(text, "the two had agreed on a new ferry schedule for the winter.", a) == "Mrs. Ann Lee"
    assert source(text, "the ferries would run hourly.", a) == "Mr. Tom Ray"


def test_a_contrast_clause_with_its_own_speaker_is_a_second_statement():
    from summarizer.attribution import analyze

    text = ("Regional officials had said that the dam was safe, though Mayor Ana Ruiz said "
            "engineers were still finding cracks in the wall.")
    a = analyze(text)
    first = text.index("the dam was safe")
    second = text.index("engineers were")
    assert a.source_for(first, first + len("the dam was safe")) == "Regional officials"
    assert "Ana Ruiz" in (a.source_for(second, len(text)) or "")


def test_a_plural_noun_before_the_cue_is_part_of_the_source():
    from summarizer.attribution import analyze

    text = "Unverified reports said the factory had closed for good."
    a = analyze(text)
    start = text.index("the factory")
    assert a.source_for(start, len(text)) == "Unverified reports"


def test_a_semicolon_clause_with_its_own_speaker_is_its_own_statement():
    from summarizer.attribution import analyze

    text = ("The water board said that two pumps had failed overnight; a week ago, Mayor Ana Ruiz stated "
            "that the pumps had been repaired.")
    a = analyze(text)
    i = text.index("the pumps had been")
    assert "Ana Ruiz" in (a.source_for(i, len(text)) or "")
