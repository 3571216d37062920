"""Session 37, model46: the bundled model's headlines and summaries read against invented articles; the garbles
whose every word is the article's but whose pairing is not (a figure in another currency, a count moved to another
noun, a time moved to another event, a noun given another's complement or modifier, a verb given another subject),
each with the faithful rewordings that must stay. Every name, place and figure is invented; the 25 articles the
session read are tests/fixtures/model46/ (invented too)."""

from pathlib import Path

import pytest

from summarizer.chunk import split_sentences
from summarizer.extract import DraftSummary
from summarizer.ground import Text
from summarizer.summary_grounding import grounded_summary
from summarizer.summary_pairs import foreign_pair, foreign_subject, mispaired, moved_count, moved_figure, swapped_unit

FIXTURES = sorted((Path(__file__).parent / "fixtures" / "model46").glob("a*.txt"))

MARKETS = ("The krona fell 0.3% against the dollar on Tuesday to $0.0931, while it rose against the euro to €0.0874, "
           "traders in Tessvik said. The central bank of Orlenia kept its main rate at 3.5%.")
STORM = ("About 12,000 homes across the Marl Valley lost power on Sunday, the supplier Vantis said. Engineers had "
         "reconnected 7,000 homes by the evening. Fallen trees had cut lines in more than 150 places.")
LEAK = ("A leak of chlorine at the Dunmere pool started at about 3pm, when a pump failed, the fire service said. "
        "Crews sealed the pump by 6pm. Nine swimmers were treated for coughing.")
DONORS = ("The Orvale Health Office said it would end a ban on blood donations by men who have sex with men, "
          "from 1 June. Every donor will be asked the same questions about sex.")
BLOC = ("The president of the Tessaly League, Mara Voss, said the league should not interfere with its members' "
        "internal affairs, in a speech to the league's assembly in Darn. Critics called the speech a retreat.")
ROOF = ("The Quarry Road museum closed on Monday after rainwater poured through the roof of its main gallery. The "
        "air in the gallery smelled of wet plaster, a curator said. About 40 paintings were moved.")


# -- a figure in another currency, a rate against another currency ----------------------------------------------

def test_figure_given_another_currency():
    assert swapped_unit(MARKETS, "The krona fell 0.3% against the dollar to €0.0931.") == "€0.0931"


def test_rate_given_to_another_currency():
    assert swapped_unit(MARKETS, "The krona was down 0.3% against the dollar at €0.0874.") is not None


def test_figures_in_their_own_units_stay():
    for faithful in ("The krona fell 0.3% against the dollar to $0.0931.", "It rose against the euro to €0.0874.",
                     "The bank kept its rate at 3.5%.", "The krona fell 0.3 percent against the dollar."):
        assert swapped_unit(MARKETS, faithful) is None, faithful
    money = "The council approved a 38 million pound bridge. Work starts in May."
    assert swapped_unit(money, "The council approved a £38 million bridge.") is None  # the same money, written another way
    assert swapped_unit("The fund holds 12 apples.", "The fund holds $12.") is None  # the article's figure has no unit


# -- a count moved to another noun, a time moved to another event ---------------------------------------------------

def test_count_moved_to_another_noun():
    assert moved_count(STORM, "150 homes in the Marl Valley lost power on Sunday.") == "150 homes"


def test_counts_of_their_own_nouns_stay():
    for faithful in ("About 12,000 homes lost power.", "Engineers reconnected 7,000 homes.",
                     "Trees cut lines in more than 150 places.", "Lines were down in 150 places across the valley."):
        assert moved_count(STORM, faithful) is None, faithful


def test_time_moved_to_another_event():
    assert moved_figure(LEAK, "The leak started at about 6pm, the fire service said.") is not None


def test_times_of_their_own_events_stay():
    for faithful in ("The leak started at about 3pm, the fire service said.", "Crews sealed the pump by 6pm.",
                     "The leak began at 6pm.", "Nine swimmers were treated."):
        assert moved_figure(LEAK, faithful) is None, faithful


# -- a noun given another's complement or modifier ----------------------------------------------------------------

def test_complement_taken_from_further_along_the_phrase():
    assert foreign_pair(DONORS, "The ban on sex with men will end.") == "ban on sex"


def test_complements_the_article_gives_stay():
    for faithful in ("The ban on blood donations will end.", "The office will end the ban on donations by men.",
                     "Donors will be asked questions about sex."):
        assert foreign_pair(DONORS, faithful) is None, faithful


def test_modifier_taken_from_elsewhere_in_the_sentence():
    assert foreign_pair(BLOC, "The league should not interfere with Tessaly affairs.") == "Tessaly affairs"


def test_modifiers_the_article_gives_stay():
    for faithful in ("The league should not interfere with its members' internal affairs.",
                     "Mara Voss spoke to the league's assembly.", "Critics called the speech a retreat.",
                     "The Tessaly League's president spoke in Darn."):
        assert foreign_pair(BLOC, faithful) is None, faithful


# -- a verb given another subject ----------------------------------------------------------------------------------

def test_verb_given_another_subject():
    assert foreign_subject(ROOF, "The museum closed after the air poured through the roof.") == "the air poured"


def test_subjects_the_article_gives_stay():
    for faithful in ("The museum closed after rainwater poured through the roof.",
                     "The museum closed after water poured through the roof.",  # a word of the article's subject
                     "The paintings were moved.", "The air smelled of wet plaster."):
        assert foreign_subject(ROOF, faithful) is None, faithful
    passive = "Governor Ilse Varn signed the revised bill on Thursday."
    assert foreign_subject(passive, "The bill was signed by Governor Ilse Varn.") is None  # a passive's subject is its object


def test_verb_after_a_pronoun_in_the_article_is_not_read():
    article = "The storm hit the coast on Friday. It poured through the night, and the air turned cold."
    assert foreign_subject(article, "The air poured through the night.") is None


# -- the article's own sentences are never mispaired ----------------------------------------------------------------

@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_article_sentences_are_never_mispaired(path):
    text = path.read_text()
    for sp in split_sentences(text):
        sentence = text[sp.start:sp.end]
        assert mispaired(text, sentence) is None, sentence


def test_fixture_set_is_the_sessions_25():
    assert len(FIXTURES) == 25


# -- the grounded summary drops the mispaired and keeps the faithful ------------------------------------------------

def test_grounded_summary_drops_a_moved_count_and_keeps_the_rest():
    draft = DraftSummary(headline="Storm cuts power to 12,000 homes",
                         summary="150 homes across the Marl Valley lost power on Sunday, the supplier Vantis said. "
                                 "Engineers had reconnected 7,000 homes by the evening.")
    headline, summary, warnings = grounded_summary(Text(STORM), draft, STORM)
    assert "150 homes across" not in summary
    assert "7,000 homes" in summary
    assert any("pairs the article's words" in w for w in warnings)


def test_grounded_headline_with_a_swapped_currency_is_replaced():
    draft = DraftSummary(headline="The krona fell against the dollar to €0.0931",
                         summary="The krona fell 0.3% against the dollar on Tuesday to $0.0931, traders said.")
    headline, _, warnings = grounded_summary(Text(MARKETS), draft, MARKETS)
    assert "€0.0931" not in headline
    assert any("€0.0931" in w for w in warnings)


# -- left ------------------------------------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="a fused sentence given one source: 'According to <supplier>, trees cut lines, "
                   "and the weather service issued a warning' (only the first clause is the supplier's); the source "
                   "check reads the sentence whole")
def test_fused_sentence_given_one_source_is_not_shown_as_one_sources():
    article = (Path(__file__).parent / "fixtures" / "model46" / "a11.txt").read_text()
    fused = ("Fallen trees had brought down lines in more than 200 places, and the weather service had issued an amber "
             "warning for wind on Friday.")
    draft = DraftSummary(headline="Storm leaves 30,000 homes without power", summary=(
        "About 30,000 homes across the Dray Valley were left without power on Saturday, the electricity company "
        "Northline said. " + fused))
    _, summary, _ = grounded_summary(Text(article), draft, article)
    assert "According to Northline, Fallen trees" not in summary


def test_scores_ranges_and_dates_are_not_read_as_moved_figures():
    article = ("Dunmore beat Felton 4-0 in March. Ashby beat Felton 2-0 in May. Tickets cost from £12 to £40. "
               "The draw was made on 3 May, and the final is on October 22.")
    for faithful in ("Ashby beat Felton 2-0.", "Tickets cost from £12 to £40.", "The final is on October 22."):
        assert moved_figure(article, faithful) is None, faithful
