"""Shapes the lead met reading two more BASIL clusters' digests on the bundled model (session 47, issues 12 and 15):
a body named "<Verb> the <Noun>" ("Fix the Court"-like) lost its first word in its description claim ("The Court is a
group that ..." shown as the outlet's claim); "..., joking that she might move abroad" hedged the outlet's main clause;
a time inside what someone "was quoted as saying", in an "after" clause, hedged the main clause; a day that only the
outlet's frame gives ('"...," the judge told the Gazette in an interview published Sunday.') was listed as the judge's
in a date conflict, and written "sunday"; a one-word model headline ("Jail!", a cry quoted in the title) was shown.
Invented texts; near-misses keep their reading."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from summarizer.attribution import analyze, certainty_for
from summarizer.digest.build import build_sections
from summarizer.digest.sourcenames import as_written, time_voice
from summarizer.ground import Text, ground_headline
from summarizer.schema import ARTICLE_VOICE
from tests.reading import code
from tests.test_align_disputes import _articles
from tests.test_conflict52 import _FILL

INTRO = "Court watchers\n\nThe county court met on Tuesday to hear the appeal.\n\n"


def _claims(sentence: str):
    return [(c.text, c.attributed_to, c.certainty) for c in code(INTRO + sentence + "\n").claims]


def _certainty(sentence: str) -> str:
    text = INTRO + sentence + "\n"
    start = text.index(sentence)
    return certainty_for(text, start, start + len(sentence), analyze(text))


# -- a body named "<Verb> the <Noun>" -------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Judges rarely step aside, according to a new study by Open the Books, a group that pushes for budget transparency.",
    "The appeal was backed by Save the Harbor, which has fought the landfill since 2004.",
])
def test_a_name_opening_on_a_capitalised_verb_is_not_cut_to_the_noun(sentence):
    texts = [t for t, _, _ in _claims(sentence)]
    assert not [t for t in texts if t.startswith(("The Books", "The Harbor"))], texts


@pytest.mark.parametrize("sentence, description", [
    ("Residents met with the Riverside Council, which approved the plan in May.", "The Riverside Council approved the plan in May."),
    ("Last year the Harbor Trust, a charity founded in 1990, bought the pier.", "The Harbor Trust is a charity founded in 1990."),
    ("In Dalton the Mill Museum, which opened in 2001, closed its doors.", "The Mill Museum opened in 2001."),  # a place before "the"
])
def test_descriptions_of_names_after_the_keep_their_claim(sentence, description):
    assert description in [t for t, _, _ in _claims(sentence)]


# -- "joking that ..." and "was quoted as saying ..." ---------------------------------------------------------------

def test_joking_that_is_the_speakers_hedge_not_the_outlets():
    claims = _claims("Judge Mara Quill has spoken freely about the race, joking that she might retire to Portugal if he wins.")
    assert ("Judge Mara Quill has spoken freely about the race.", ARTICLE_VOICE, "stated") in claims
    joke = [c for c in claims if c[0].startswith("Judge Mara Quill joked that")]
    assert joke and joke[0][1] == "Judge Mara Quill" and joke[0][2] == "speculative"


@pytest.mark.parametrize("sentence, certainty", [
    ("The remarks came two days after Judge Quill was quoted as saying the city would look bad if he won.", "stated"),
    ("The remarks came after Judge Quill was quoted as saying the city would suffer.", "stated"),
    ("The remarks came two days after Judge Quill was quoted as saying she was scared about what the city would "
     "look like if he won.", "stated"),
    # near-misses: the main clause's own modal and condition; a quotation's content with no "after" clause
    ("The remarks would come two days after Judge Quill was quoted as saying the city would suffer.", "speculative"),
    ("The judge will resign if he wins, after she was quoted as saying the city would suffer.", "speculative"),
])
def test_a_modal_inside_what_someone_was_quoted_as_saying_in_an_after_clause(sentence, certainty):
    assert _certainty(sentence) == certainty


# -- a day only the outlet's frame gives ----------------------------------------------------------------------------

_PUBLISHED = ("Report one\n\nJudge Mara Quill faced a growing backlash on Wednesday over her remarks about the mayor. "
              "The judge had started the row with comments to The Gazette published Saturday. " + _FILL + "\n",
              "Report two\n\nJudge Mara Quill has not been shy about the mayor. “I cannot imagine what the city would be "
              "with Tom Dunmore as our mayor,” Judge Quill told The Gazette in an interview published Sunday. " + _FILL + "\n",
              "Report three\n\nThe mayor assailed Judge Mara Quill on Tuesday. “I cannot imagine what the city would be with "
              "Tom Dunmore as our mayor,” Judge Quill told The Gazette in an article published Sunday. " + _FILL + "\n")


def test_a_day_in_the_outlets_frame_is_the_outlets_in_a_date_conflict():
    al, _, _ = build_sections(_articles(*_PUBLISHED))
    reasons = [c.reason for c in al.conflicts if c.topic.endswith("(when)")]
    assert reasons == ["the outlet (a1): Saturday; the outlet (a2): Sunday; the outlet (a3): Sunday"], reasons  # (each side's article: lead50)
    # "who claims what": the interview's day is each outlet's account, not the judge's
    dated = [v for e in al.events if e.disputed for v in e.versions if "published" in v.quote]
    assert len(dated) == 3 and {v.source for v in dated} == {ARTICLE_VOICE}, [(v.source, v.quote) for v in dated]


def _feature(source: str, text: str):
    return SimpleNamespace(source=source, claim=SimpleNamespace(text=text, evidence=SimpleNamespace(quote=text)))


@pytest.mark.parametrize("source, text, day, voice", [
    ("Judge Quill", "“We talk every week,” Judge Quill told The Gazette in an interview published Sunday.", "Sunday", ARTICLE_VOICE),
    # near-misses: the day inside the quotation, a claim with no quotation (indirect speech: the source's), the outlet's own
    ("Judge Quill", "“We spoke on Sunday,” Judge Quill told The Gazette.", "Sunday", "Judge Quill"),
    ("Judge Quill", "Judge Quill said the hearing would open on Sunday.", "Sunday", "Judge Quill"),
    (ARTICLE_VOICE, "The hearing opened on Sunday.", "Sunday", ARTICLE_VOICE),
])
def test_who_gives_a_claims_day(source, text, day, voice):
    assert time_voice(_feature(source, text), day) == voice


def test_a_day_is_written_as_the_claim_writes_it():
    assert as_written(_feature("x", "It ran in an article published Sunday."), "sunday") == "Sunday"
    assert as_written(_feature("x", "It ran on Monday."), "sunday") == "sunday"


# -- a one-word headline -------------------------------------------------------------------------------------------

_ARTICLE = ("'Jail!' Mayor slams council aide, calls on state auditor to act\n\n"
            "Mayor Jane Holt went after a council aide on Tuesday, calling on the state auditor to look at the aide's "
            "contracts.\n\nThe aide resigns, the council said.\n")


@pytest.mark.parametrize("headline, shown", [
    ("Jail!", False),
    ("Jail", False),
    ("Aide resigns", True),  # near-miss: two words of news
    ("Mayor slams council aide", True),
])
def test_a_one_word_headline_is_not_shown(headline, shown):
    why = ground_headline(Text(_ARTICLE), headline)
    assert (why is None) == shown, why


def test_the_code_path_headline_of_a_title_opening_on_a_cry():
    headline = code(_ARTICLE).headline
    assert len(headline.split()) >= 4 and "Mayor slams council aide" in headline, headline


# -- an opening curly mark typed to close a quotation ---------------------------------------------------------------

_MARKS = "Title\n\nMara Quill spoke to the crowd.\n\n{}\n"


@pytest.mark.parametrize("paragraph, sentence", [
    ("“Who can promise you a quiet life?“ she asked. “Nobody can do that for you.”", "“Nobody can do that for you.”"),
    ("“We will win the vote,“ she said, “and soon.”", "“We will win the vote,“ she said, “and soon.”"),
])
def test_a_misturned_closing_mark_keeps_the_quotations_speaker(paragraph, sentence):
    from tests.reading import who
    assert who(_MARKS.format(paragraph), sentence) == "Mara Quill"


@pytest.mark.parametrize("text, expected", [
    ("“Who can promise that?“ she asked.", "“Who can promise that?” she asked."),
    ("He said: “Yes.“\n", "He said: “Yes.”\n"),
    # near-misses: a real opening mark after a stop (no space after it), and one before a capital
    ("It ended.“We won,” she said.", "It ended.“We won,” she said."),
    ("It ended. “We won,” she said.", "It ended. “We won,” she said."),
])
def test_the_reading_copy_turns_a_misturned_closing_mark(text, expected):
    from summarizer.attribution.reading_copy import quote_marks
    assert quote_marks(text) == expected


# -- "as well as" before a participle of saying --------------------------------------------------------------------

def test_as_well_as_does_not_stop_an_act_and_statement_split():
    text = ("Title\n\nMara Quill closed the conference on Saturday.\n\nShe aimed her fire at the council as well as the "
            "board, and gave them little quarter, saying she did not know what the council stood for.\n")
    claims = [(c.text, c.attributed_to) for c in code(text).claims]
    assert ("She aimed her fire at the council as well as the board, and gave them little quarter.", ARTICLE_VOICE) in claims
    assert ("She said that she did not know what the council stood for.", "Mara Quill") in claims


def test_a_subordinate_as_still_stops_the_split():
    # near-miss: "as" opening a clause of another subject: the participle may be that subject's (read13b)
    text = ("Title\n\nMara Quill closed the conference on Saturday.\n\nThe vote came as the council turned down the "
            "board's offer, saying it did not know what the board stood for.\n")
    assert not [c for c in code(text).claims if c.text.startswith("The vote came as the council turned down the board's offer.")]


# -- one denial told by two outlets naming its speakers in two forms -------------------------------------------------

def test_one_denial_in_two_name_forms_is_one_reason():
    from summarizer.digest.onedispute import _said_alike
    a = "Bill Kestrel denies what Chairman Mark Vane said (“a fight of his choosing”), as the outlet reports it"
    b = "William Kestrel denies what Mark Vane said (“a fight of his choosing”), as the outlet reports it"
    assert _said_alike(a) == _said_alike(b)
    # near-misses: another speaker, another quotation
    assert _said_alike(a) != _said_alike(a.replace("Kestrel", "Osprey"))
    assert _said_alike(a) != _said_alike(a.replace("his choosing", "her choosing"))


# -- a surname that is also a modal ---------------------------------------------------------------------------------

def test_a_given_name_before_a_modal_surname_is_no_storyline():
    from summarizer.digest.storylines import inside_longer_names_only
    fs = [_feature("x", "They echo some pundits (Jo Dunn and George Will among them) who doubt it."),
          _feature("x", "The war was started by George W. Bush in 2001.")]
    assert inside_longer_names_only("george", fs)
    # near-miss: the given name written alone somewhere keeps it
    assert not inside_longer_names_only("george", fs + [_feature("x", "George said he would stay.")])


# -- a negated "shy" and other litotes after a contracted negation ---------------------------------------------------

@pytest.mark.parametrize("sentence, certainty", [
    ("Judge Mara Quill has not been shy about her views on the race.", "stated"),
    ("Judge Mara Quill hasn’t been shy about the prospect of a Dunmore win.", "stated"),
    ("The delay isn’t unusual.", "stated"),
    ("The delay was not unexpected.", "stated"),
    # near-misses: a negated state that is no litotes
    ("The judge was not aware of the ruling.", "negated"),
    ("The judge was not present at the hearing.", "negated"),
    ("The judge isn’t happy about the ruling.", "negated"),
])
def test_litotes_state_what_they_negate(sentence, certainty):
    assert _certainty(sentence) == certainty
