"""Session 31, the lead: three digest faults robust35 found in outputs it did not own (the digest's
pages): one article's footer read "1 articles"; two files of the same name in different folders
were both labelled "the article (x.txt)" in the HTML digest; a right-to-left override in an
article still turned a claim's line around in the browser (the terminal and Markdown already drop it)."""

from __future__ import annotations

from summarizer.digest.html import _outlet_names, render_html
from summarizer.digest.htmltext import esc
from summarizer.digest.markdown import digest_markdown
from summarizer.digest.schema import Digest

from tests.test_align import run


def _digest(*texts: str) -> Digest:
    arts, al = run(*texts)
    return Digest(summary="s", articles=arts, storylines=al.storylines, agreements=al.agreements,
                  conflicts=al.conflicts, timeline=[], quantities=[], events=al.events, model="rules")


def test_one_article_footer_is_singular():
    md = digest_markdown(_digest("Flood\n\nThe river flooded the lower town of Bramwick on Sunday, officials said.\n"))
    footer = md.rstrip().splitlines()[-1]
    assert footer.startswith("*1 article · "), footer
    two = digest_markdown(_digest("Flood\n\nThe river flooded Bramwick on Sunday.\n",
                                  "Flood again\n\nThe river flooded Bramwick on Sunday, police said.\n"))
    assert two.rstrip().splitlines()[-1].startswith("*2 articles · ")


def test_same_file_names_in_two_folders_are_told_apart():
    names = _outlet_names({"a1": "in/north/x.txt", "a2": "in/south/x.txt", "a3": "in/y.txt"})
    assert names == {"a1": "north/x.txt", "a2": "south/x.txt", "a3": "y.txt"}
    # one folder deeper alike: the first folder that differs is kept
    deep = _outlet_names({"a1": "p/q/r/x.txt", "a2": "s/q/r/x.txt"})
    assert deep == {"a1": "p/q/r/x.txt", "a2": "s/q/r/x.txt"}
    # a single file keeps its bare name
    assert _outlet_names({"a1": "/tmp/x.txt"}) == {"a1": "x.txt"}


def test_the_page_labels_each_outlet_by_its_distinguishing_path():
    d = _digest("Fire\n\nA fire closed the Harlow mill on Friday. About 40 workers were sent home.\n",
                "Mill fire\n\nA fire closed the Harlow mill on Friday. The owner said 40 workers went home.\n")
    d.articles[0].path, d.articles[1].path = "feeds/east/story.txt", "feeds/west/story.txt"
    page = render_html(d, lambda a: None)
    assert "(story.txt)" not in page
    assert "(east/story.txt)" in page


def test_bidirectional_overrides_never_reach_the_page():
    rlo = "\u202e"
    assert esc(f"The council {rlo}approved{rlo} the plan & <b>") == "The council approved the plan &amp; &lt;b&gt;"
    d = _digest(f"Vote\n\nThe council of Tarnby approved the {rlo}harbour plan{rlo} on Monday.\n")
    page = render_html(d, lambda a: None)
    assert rlo not in page and "\u2066" not in page


# -- names and places spelt with letters outside ASCII (robust35 found "said Ángel Núñez" -> "ngel Núñez") --

import pytest  # noqa: E402

from summarizer.fields import sentence_problem  # noqa: E402
from summarizer.letters import fold, unfolder  # noqa: E402
from summarizer.places import place_of  # noqa: E402
from tests.reading import who  # noqa: E402


def test_fold_keeps_length_and_case():
    text = "Ángel Núñez, Zoë Ødegaard, Łukasz Żurek, İlker Çelik, straße, Jose\u0301, Σωκράτης, Дмитрий"
    folded = fold(text)
    assert len(folded) == len(text) and folded.isascii()
    assert folded.startswith("Angel Nunez, Zoe Odegaard, Lukasz Zurek, Ilker Celik, strasse"[:52])
    assert all(a.isupper() == b.isupper() for a, b in zip(text, folded) if a.isalpha())
    assert fold("plain ASCII, unchanged.") == "plain ASCII, unchanged."
    assert unfolder(text)("Lukasz Zurek and Angel Nunez") == "Łukasz Żurek and Ángel Núñez"


@pytest.mark.parametrize("text, sentence, speaker", [
    ("The mayor will resign next week, said Ángel Núñez, a council aide.",
     "The mayor will resign next week", "Ángel Núñez"),
    ("Óscar Ébano said the bridge would close in May.", "the bridge would close in May", "Óscar Ébano"),
    ("The bridge will close in May, said Zoë Ødegaard.", "The bridge will close in May", "Zoë Ødegaard"),
    ("\"We will appeal the ruling at once,\" said Łukasz Żurek, the club's lawyer.",
     "\"We will appeal the ruling at once,\"", "Łukasz Żurek"),
    ("The ballots were tampered with, according to İlker Çelik.", "The ballots were tampered with", "İlker Çelik"),
    # the pronoun after a non-ASCII name goes to that name, not to an earlier speaker
    ("Ana Ruiz, a nurse, said the ward was full. Óscar Ébano, the director, said beds were coming. "
     "He added that staff would be hired.", "He added that staff would be hired.", "Óscar Ébano"),
])
def test_a_name_opening_with_a_letter_outside_ascii_is_the_speaker(text, sentence, speaker):
    assert who(text, sentence) == speaker


def test_ascii_text_reads_as_before():
    text = "The plant will close in June, said Jo Marsh, a union officer."
    assert who(text, "The plant will close in June") == "Jo Marsh"


def test_a_claim_may_open_with_a_capital_outside_ascii():
    assert sentence_problem("Óscar Ébano said the strike had cost the port €4 million.") is None
    assert sentence_problem("Łódź was flooded on Tuesday.") is None
    assert sentence_problem("ébano said the strike was over.") is not None  # a lower-case opening is still a fragment


def test_a_place_opening_with_a_letter_outside_ascii():
    assert place_of("About 300 people were evacuated in Łódź after the river burst its banks.") == "Łódź"
    assert place_of("Police in Zürich arrested two men on Wednesday.") == "Zürich"
    assert place_of("Police in Harwick arrested two men on Wednesday.") == "Harwick"


def test_a_name_the_text_also_spells_in_ascii_keeps_its_reading_and_lone_letters_stay():
    # both spellings in one article: the name is given as the sentence spells it
    assert unfolder("Raul Marin spoke. Later Raúl Marin left.")("Raul Marin") == "Raul Marin"
    # a letter standing alone (a page decoded in the wrong charset) is no word of a name
    assert fold("Â£296m, and Â A study") == "Â£296m, and Â A study"
    text = "Â A study by the Tarnby institute found rents rose, a council spokesman said."
    assert who(text, "A study by the Tarnby institute found rents rose") == "a council spokesman"


def test_the_digest_reads_names_outside_ascii_as_names():
    from summarizer.digest.pairs import _names
    toks, seqs = _names("Crews cleared the roads in Łódź on Tuesday, Mayor Ángel Núñez said.")
    assert {"łódź", "ángel", "núñez"} <= toks and "ángel núñez" in seqs
    d = _digest("Flood\n\nAbout 300 people left their homes in Łódź on Tuesday after the river rose, officials said.\n",
                "Homes left\n\nOfficials said about 500 people left their homes in Łódź on Tuesday as the river rose.\n")
    assert "Łódź" in [s.title for s in d.storylines]


@pytest.mark.parametrize("text, sentence, speaker", [
    ("The talks will resume on Monday, said Ahmed al-Masri, a spokesman for the ministry.",
     "The talks will resume on Monday", "Ahmed al-Masri"),
    ("The harbour will reopen in June, al-Tamimi said.", "The harbour will reopen in June", "al-Tamimi"),
    ("The contract is void, said Khalid bin Fahad, the port's lawyer.", "The contract is void", "Khalid bin Fahad"),
    ("Hassan el-Sayed, the mayor, said the wells had run dry.", "the wells had run dry", "Hassan el-Sayed"),
])
def test_a_name_with_a_lower_case_particle_is_the_speaker_as_written(text, sentence, speaker):
    assert who(text, sentence) == speaker


def test_a_particle_word_apart_from_a_name_stays_as_it_is():
    assert fold("The bin was full and the al fresco lunch went on.") == "The bin was full and the al fresco lunch went on."
    assert who("The bin by the gate was full, the caretaker said.", "The bin by the gate was full") == "the caretaker"


# -- two inverted-tag shapes found while probing international names (ASCII names alike) --

@pytest.mark.parametrize("text, sentence, speaker", [
    # "continue" reports only as "he continued, '...'"; before an inverted tag it is the content's verb
    ("The reforms will continue, said Nora Vale.", "The reforms will continue", "Nora Vale"),
    ("The strikes will continue, said the union's leader.", "The strikes will continue", "the union's leader"),
    # a claim verb closing the sentence as an inverted tag
    ("The count was rigged, claimed Piet Omondi.", "The count was rigged", "Piet Omondi"),
    ("The count was rigged, claimed Piet Omondi, the losing candidate.", "The count was rigged", "Piet Omondi"),
    ("\"The count was rigged,\" claimed Piet Omondi.", "\"The count was rigged,\"", "Piet Omondi"),
    ("The tender was fixed, alleged the complaint.", "The tender was fixed", "the complaint"),
    ("The tender was fixed, claimed the mayor's lawyer.", "The tender was fixed", "the mayor's lawyer"),
])
def test_inverted_tags_after_continue_and_with_claim_verbs(text, sentence, speaker):
    assert who(text, sentence) == speaker


@pytest.mark.parametrize("text, sentence", [
    ("The storm, which hit on Monday, claimed Tom Reed's barn.", "The storm, which hit on Monday"),
    ("The flood, the worst in decades, claimed the village.", "The flood, the worst in decades"),
    ("The blaze, which began on Friday, claimed the lives of two firemen.", "The blaze, which began on Friday"),
])
def test_claimed_as_taking_is_no_tag(text, sentence):
    assert who(text, sentence) is None


def test_continued_before_a_quotation_still_reports():
    text = "\"We will win,\" she continued, \"and soon.\""
    assert who(text, "\"We will win,\"") == "she"


def test_the_summary_speaker_check_reads_names_outside_ascii():
    from summarizer.verify.speaker import speaker_unsupported
    doc = ("Port strike\n\nThe strike at the port of Valmora entered its second week on Monday. "
           "\"We will not go back until the contract is signed,\" said Ángel Núñez, the union's spokesman.")
    sent = "Ángel Núñez said the workers would not go back until the contract is signed."
    at = doc.index("\"We will")
    assert speaker_unsupported(None, doc, sent, [(at, len(doc))]) is None
    other = "Óscar Ébano said the workers would not go back until the contract is signed."
    assert "ebano" in (speaker_unsupported(None, doc, other, [(at, len(doc))]) or "")
