"""A capable model's `attributed_to` against the attribution analysis (summarizer/attribution/reconcile.py),
on sentences written for the test: which source is kept, and the note that says so."""

from __future__ import annotations

import pytest

from summarizer.attribution import analyze
from summarizer.attribution.reconcile import reconcile
from summarizer.attribution.sources import fullest, reports
from summarizer.ground import Text


def decide(text: str, part: str, model_says: str, claim: str, trusted: bool = True):
    start = text.index(part)
    return reconcile(Text(text), start, start + len(part), model_says, analyze(text), trusted, claim)


def test_a_frame_in_the_evidence_wins_over_a_swapped_speaker():
    text = ("Lars Berg chairs the harbour board. The port reopened on Monday.\n\n"
            "Anna Berg, the port director, said the new cranes would arrive in June.")
    part = "Anna Berg, the port director, said the new cranes would arrive in June."
    d = decide(text, part, "Jonas Falk", "Anna Berg said the new cranes would arrive in June.")
    assert d.source == "Anna Berg" and d.disagreed
    note = d.note(0, 10)
    assert "model said 'Jonas Falk'" in note and "kept 'Anna Berg'" in note


def test_the_outlet_voice_stands_for_a_clause_without_its_frame():
    # the appositive is the outlet's description, not what the council said
    text = "The council said the bridge at Eastvale, a town 20 miles north of the capital, was closed."
    d = decide(text, "Eastvale, a town 20 miles north of the capital", "article",
               "Eastvale is a town 20 miles north of the capital.")
    assert d.source == "article"
    # the statement itself is the council's, whatever the model says
    d = decide(text, text, "article", "The council said the bridge at Eastvale was closed.")
    assert d.source == "The council"


def test_a_name_the_claim_is_about_is_not_its_source():
    text = ("Anna Berg runs the port authority. Anna Berg's company opened a second terminal on Monday "
            "after two years of building.")
    part = "Anna Berg's company opened a second terminal on Monday"
    d = decide(text, part, "Anna Berg", "Anna Berg's company opened a second terminal on Monday.")
    assert d.source == "article"


def test_a_speaker_the_analysis_misses_stands_when_the_claim_reports_it():
    text = ("Anna Berg runs the port authority. Speaking to dock workers on Friday, she was blunt. "
            "Fares will fall by a third next spring.")
    part = "Fares will fall by a third next spring."
    assert analyze(text).source_for(text.index(part), len(text)) is None
    d = decide(text, part, "Anna Berg", "Anna Berg said fares will fall by a third next spring.")
    assert d.source == "Anna Berg"


def test_the_claim_text_names_the_speaker_when_the_source_field_does_not():
    text = ("Jonas Falk is the deputy of the port authority. Anna Berg runs it. "
            "Fares will fall by a third next spring.")
    part = "Fares will fall by a third next spring."
    d = decide(text, part, "Jonas Falk", "Anna Berg said fares will fall by a third next spring.")
    assert d.source == "Anna Berg" and "the claim's text says 'Anna Berg'" in d.why


@pytest.mark.parametrize("model_says, analysis_writes", [
    ("Anna Berg", "Ms. Berg said"),  # the same surname after a title
    ("World Health Organization", "The WHO said"),  # an acronym
])
def test_one_entity_written_two_ways_keeps_the_model_s_fuller_name(model_says, analysis_writes):
    text = (f"Anna Berg of the World Health Organization visited the port. "
            f"{analysis_writes} the new cranes would arrive in June.")
    part = f"{analysis_writes} the new cranes would arrive in June."
    d = decide(text, part, model_says, f"{model_says} said the new cranes would arrive in June.")
    assert d.source == model_says


def test_two_people_of_one_family_are_not_one_source():
    text = ("Lars Berg and his sister Anna Berg run the yard. "
            "Anna Berg said the new cranes would arrive in June.")
    part = "Anna Berg said the new cranes would arrive in June."
    d = decide(text, part, "Lars Berg", "Anna Berg said the new cranes would arrive in June.")
    assert d.source == "Anna Berg"


def test_a_title_and_surname_is_not_a_relative_with_another_given_name():
    # "Port Director Berg" may be Anna or Lars Berg: the surname alone does not make the model's
    # "Lars Berg" the analysis's source, so the frame in the evidence decides
    text = ("Lars Berg chairs the harbour board. His sister Anna Berg runs the port.\n\n"
            "The port reopened on Monday. Port Director Berg said fares will fall by a third next spring.")
    part = "Port Director Berg said fares will fall by a third next spring."
    d = decide(text, part, "Lars Berg", "Lars Berg said fares will fall by a third.")
    assert d.why == "the evidence holds the analysis's frame"
    alone = "Anna Berg runs the port.\n\nPort Director Berg said fares will fall by a third next spring."
    d = decide(alone, part, "Anna Berg", "Anna Berg said fares will fall by a third.")
    assert d.source == "Anna Berg" and d.why == "the same source" and d.backed


def test_the_bundled_model_follows_the_analysis():
    text = "Anna Berg runs the port. Fares will fall by a third next spring."
    part = "Fares will fall by a third next spring."
    assert decide(text, part, "Anna Berg", "Anna Berg said fares will fall.", trusted=False).source == "article"
    text2 = "Anna Berg said fares will fall by a third next spring."
    # agreeing, the model's spelling is kept unless it is shorter than the analysis's (session 44, lead44: a bare
    # "Strada" beside the "Terry Strada" of the article's other claims; GUIDELINES §6 asks for the fullest form)
    assert decide(text2, text2, "Berg", "Berg said fares will fall.", trusted=False).source == "Anna Berg"
    text3 = "Mayor Anna Berg said fares will fall by a third next spring."
    assert decide(text3, text3, "Mayor Anna Berg", "Mayor Anna Berg said fares will fall.", trusted=False).source \
        == "Mayor Anna Berg"


def test_the_fullest_form_of_a_source():
    text = "The World Health Organization met on Monday. Anna Berg, the mayor, spoke. Mayor Berg left."
    assert fullest(text, "the WHO") == "The World Health Organization"
    assert fullest(text, "Mayor Berg") == "Anna Berg"
    assert fullest(text, "the harbour board") == "the harbour board"


@pytest.mark.parametrize("text, verbs_only, expected", [
    ("The shutdown is the longest in United States history.", True, False),  # "States" is a name
    ("The board has called for a new vote.", True, True),  # a weak cue before "for"
    ("The cut was enough to hold the bank's estimate steady.", True, False),  # a noun after a possessive
    ("Jane Doe's statement comes a day late.", True, False),
    ("Jane Doe's statement comes a day late.", False, True),  # a statement noun, when nouns count
    ("Fires were reported at the depot.", True, True),  # a hedge
])
def test_what_reports_someone(text, verbs_only, expected):
    assert reports(text, nouns=not verbs_only) is expected


def test_a_claim_may_name_the_speaker_the_analysis_gives_a_quotation():
    from summarizer.ground import Located, check_claim

    text = ("Mayor Anna Berg spoke at the harbour on Monday. “We rebuilt the quay in a year. "
            "The cranes come next. Then the ferries will return,” she said.\n\n"
            "Workers cheered. “The ferries will run every hour,” Berg added.")
    part = "The cranes come next."
    start = text.index(part)
    loc = Located(start, start + len(part), "exact")
    src = Text(text)
    claim = "Anna Berg said the cranes come next."
    assert "anna" in (check_claim(src, claim, "Anna Berg", loc) or "")  # her name is sentences away
    d = reconcile(src, loc.start, loc.end, "Anna Berg", analyze(text), True, claim)
    assert d.source == "Anna Berg" and d.backed  # the analysis gives the quotation to her
    assert check_claim(src, claim, "Anna Berg", loc, speaker=d.source) is None
    # an invented name stays out: the speaker lends only the article's names
    assert check_claim(src, "Marta Kellerman said the cranes come next.", "Anna Berg", loc, speaker=d.source)


def _description_case(other: str):
    text = ("A Northfield judge has dismissed the paper's claims about the records, saying the courts have "
            "no business in the matter.\n\n"
            f"{other} filed a request to open the files, arguing the step was needed.\n\n"
            "Justice Lena Okafor rejected that argument in an order issued Thursday.")
    part = "saying the courts have no business in the matter."
    return decide(text, part, "Lena Okafor", "Lena Okafor said the courts have no business in the matter.")


def test_a_place_word_of_a_description_is_not_another_source_s_name():
    # "Northfield" also opens another source's name, but that source is the Northfield Gazette:
    # the description "A Northfield judge" may still be Lena Okafor, named just before
    d = _description_case("The Northfield Gazette")
    assert d.source == "Lena Okafor" and d.why == "the same source" and d.backed


def test_a_description_that_names_another_source_stays_that_source_s():
    # the description's modifier is another source's whole name ("the Perry campaign")
    d = _description_case("Northfield")
    # (since session 46, attr55: "A judge has dismissed ..., saying ..." is a ruling with the judge's reason, so the
    # analysis frames the evidence itself and keeps its own source; before, no frame and the model's was not backed)
    assert d.why != "the same source" and d.source != "Lena Okafor"


def test_the_fullest_form_does_not_depend_on_hash_order():
    # two given names as often as each other: the same answer in every process (a set's order
    # changes with PYTHONHASHSEED, so a tie was broken differently per run)
    import os
    import subprocess
    import sys
    code = ("from summarizer.attribution.sources import fullest;"
            "print(fullest('Lars Berg met Anna Berg. Mayor Berg said no.', 'Mayor Berg'))")
    seen = set()
    for seed in range(8):
        env = dict(os.environ, PYTHONHASHSEED=str(seed))
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        seen.add(out.stdout.strip())
    assert seen == {"Mayor Berg"}  # two people of one family: the title form, as written


def test_an_acronym_expands_to_a_name_at_a_sentence_end():
    text = "The report came from the World Health Organization. The WHO said cases rose."
    assert fullest(text, "the WHO") == "World Health Organization"


def test_a_title_and_surname_shared_by_two_people_is_shown_as_written():
    # the article names Lars and Anna Berg: "Port Director Berg" is not expanded to either
    text = ("Lars Berg chairs the harbour board. His sister Anna Berg runs the port. Anna Berg spoke.\n\n"
            "The port reopened on Monday. Port Director Berg said fares will fall by a third next spring.")
    assert fullest(text, "Port Director Berg") == "Port Director Berg"
    part = "Port Director Berg said fares will fall by a third next spring."
    assert decide(text, part, "Lars Berg", "Lars Berg said fares will fall by a third.").source == "Port Director Berg"
    assert fullest("Anna Berg runs the port. Port Director Berg spoke.", "Port Director Berg") == "Anna Berg"


def test_an_indirect_statement_both_readings_give_to_one_source_is_never_the_outlet_s():
    """Review finding: the evidence is only the that-clause ("the new sea wall would ..."), the
    claim has no reporting verb, and the model and the analysis both say Anna Berg: showing it
    as the outlet's own fact is the one thing a source's claim must never be."""
    from summarizer.attribution import analyze
    from summarizer.attribution.reconcile import reconcile
    from summarizer.ground import Text

    text = ("The harbour council met on Monday. Port director Anna Berg said on Monday that the new "
            "sea wall would be finished before the winter storms arrive.")
    part = "the new sea wall would be finished before the winter storms arrive"
    start = text.index(part)
    d = reconcile(Text(text), start, start + len(part), "Anna Berg", analyze(text), True,
                  "The new sea wall will be finished before the winter storms arrive.")
    assert d.source == "Anna Berg"
