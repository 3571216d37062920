"""Session 36, model45: the bundled model's headline and summary read against invented articles; the garbles the
checks let through (a count given another role, an apposition made a possessive, a speaker borrowed from the
sentence before), each with the faithful rewordings that must stay. Every name, place and figure is invented."""

from summarizer.extract import DraftSummary
from summarizer.ground import Text
from summarizer.summary_grounding import grounded_summary
from summarizer.summary_roles import apposition_owned, count_as_means
from summarizer.verify import verify

FLOOD = ("Officials said on Monday that 40 homes were flooded in the town of Kelso. "
         "The mayor said repairs would take weeks.")
ZOO = ("Tamba, the oldest elephant at Brindle Park Zoo, died on Sunday at the age of 61, the zoo said. "
       "Keepers had treated her for arthritis for years.")
SCHOOL = ("A primary school in Fenwick will stay closed for the rest of the week after part of its roof collapsed, the "
          "local education authority said.\n\nThe authority said the 240 pupils of Fenwick Road Primary would be taught "
          "at a nearby secondary school from Monday.\n\nHeadteacher Anna Pell said the collapse had been \"a shock to "
          "all of us\". She said engineers had told her the rest of the building was safe.\n")


# -- a count made an instrument ("<Town> was flooded with <n> homes") ---------------------------------------------

def test_count_made_the_means_of_its_own_verb():
    assert count_as_means(FLOOD, "The town of Kelso was flooded with 40 homes, officials say.") == "flooded with 40 homes"
    assert count_as_means(FLOOD, "Kelso was flooded by forty homes.") == "flooded by forty homes"


def test_count_in_its_own_role_stays():
    for faithful in ("40 homes were flooded in Kelso, officials said.", "Flooding damaged 40 homes in Kelso.",
                     "Kelso was hit by floods that flooded 40 homes.", "Officials say 40 homes in Kelso were flooded."):
        assert count_as_means(FLOOD, faithful) is None, faithful


def test_count_the_article_gives_after_with_stays():
    article = "The square was flooded with 40 tonnes of mud, and 12 homes were flooded too."
    assert count_as_means(article, "The square was flooded with 40 tonnes of mud.") is None
    # another count of the same verb: only the count the article makes the verb's patient is read
    assert count_as_means(article, "The square was flooded with 12 homes.") == "flooded with 12 homes"


def test_count_of_another_verb_stays():
    article = "Police said 300 officers were deployed. The march was joined by 300 officers' families."
    assert count_as_means("Police said 300 officers were deployed.", "The march was policed by 300 officers.") is None
    assert count_as_means(article, "The march was joined by 300 officers.") is None


# -- an apposition made a possessive ("<Name>'s oldest elephant") -------------------------------------------------

def test_apposition_made_a_possessive():
    assert apposition_owned(ZOO, "Tamba's oldest elephant died at 61") == "Tamba's oldest elephant"


def test_possessives_the_article_gives_stay():
    for faithful in ("Brindle Park Zoo's oldest elephant, Tamba, died at 61.", "Tamba, the zoo's oldest elephant, died.",
                     "Tamba's keepers had treated her for arthritis."):
        assert apposition_owned(ZOO, faithful) is None, faithful
    firm = "Velora, the software company, opened an office. Velora's chief executive, Sam Ryder, spoke."
    assert apposition_owned(firm, "Velora's chief executive said the office would open.") is None
    # an apposition and a possession of the same noun: the article says both
    owned = "Orla Venn, a driver for Kestrel Buses, was hurt. Orla Venn's driver's licence was checked."
    assert apposition_owned(owned, "Orla Venn's driver's licence was checked.") is None


# -- a speaker borrowed from the sentence before ---------------------------------------------------------------

def test_speaker_not_borrowed_from_a_named_sentence_before():
    v = verify(Text(SCHOOL), "The authorities said the collapse had been a shock to all of us.")
    assert not v.supported and "authorities" in v.reason


def test_speaker_of_the_sentence_itself_stays():
    for faithful in ("Headteacher Anna Pell said the collapse had been a shock.",
                     "The headteacher said the collapse had been a shock.",
                     "The authority said the 240 pupils would be taught at a nearby secondary school."):
        assert verify(Text(SCHOOL), faithful).supported, faithful


def test_pronoun_speaker_still_read_through_the_sentence_before():
    article = ("The mayor of Orlen, Petra Dahl, visited the flooded street on Tuesday. \"We will rebuild every "
               "house,\" she said.\n")
    assert verify(Text(article), "The mayor said the town would rebuild every house.").supported


# -- in the summary and the headline -----------------------------------------------------------------------------

def test_grounded_summary_drops_the_role_swaps_and_keeps_the_faithful():
    draft = DraftSummary(headline="Kelso was flooded with 40 homes, officials say",
                         summary="The town of Kelso was flooded with 40 homes, officials said. "
                                 "The mayor said repairs would take weeks.")
    headline, summary, warnings = grounded_summary(Text(FLOOD), draft, FLOOD)
    assert "with 40 homes" not in summary and "with 40 homes" not in headline
    assert any("another role" in w for w in warnings)
    assert "repairs would take weeks" in summary
    good = DraftSummary(headline="40 homes flooded in Kelso, officials say",
                        summary="Officials said 40 homes were flooded in the town of Kelso. "
                                "The mayor said repairs would take weeks.")
    headline, summary, warnings = grounded_summary(Text(FLOOD), good, FLOOD)
    assert headline.startswith("40 homes flooded in Kelso")
    assert not any("another role" in w for w in warnings)


def test_grounded_headline_with_an_invented_possessive_is_replaced():
    draft = DraftSummary(headline="Tamba's oldest elephant dies at 61",
                         summary="Tamba, the oldest elephant at Brindle Park Zoo, died on Sunday, the zoo said.")
    headline, _, warnings = grounded_summary(Text(ZOO), draft, ZOO)
    assert "Tamba's" not in headline
    assert any("Tamba's oldest elephant" in w for w in warnings)


# -- "She said" after sentences naming someone else -------------------------------------------------------------

PAINTING = ("A painting stolen in 1987 has been returned to the family of its owner by the Tessaly Art Museum.\n\n"
            "The owner, Harold Finch, died in 1999. His granddaughter, Clara Finch, said the family had never expected "
            "to see the painting again.\n")


def _summary(article, text):
    draft = DraftSummary(headline="Museum returns stolen painting", summary=text)
    return grounded_summary(Text(article), draft, article)


def test_she_said_after_only_another_person_of_her_surname_is_dropped():
    _, summary, warnings = _summary(PAINTING, "The owner, Harold Finch, died in 1999. "
                                              "She said the family had never expected to see the painting again.")
    assert "She said" not in summary
    assert any("Clara Finch" in w for w in warnings)


def test_she_said_after_naming_her_stays():
    _, summary, _ = _summary(PAINTING, "Clara Finch is the granddaughter of the owner, Harold Finch. "
                                       "She said the family had never expected to see the painting again.")
    assert "She said the family" in summary
    one = ("The mayor, Ruth Adlam, visited the street on Monday.\n\nAdlam said repairs would take weeks. "
           "She said the council would pay for them.\n")
    _, summary, _ = _summary(one, "Mayor Adlam visited the street on Monday. She said the council would pay for them.")
    assert "She said the council" in summary


# -- a headline cut after a possessive --------------------------------------------------------------------------

def test_headline_ending_on_a_possessive_is_cut():
    from summarizer.summary_roles import ends_on_possessive
    article = "Senator Ann Roe said her remark was about farm policy. President Hale's campaign called it an affront."
    assert ends_on_possessive(article, "Roe: remark was about farm policy, was challenged by President Hale's") == "Hale's"
    assert ends_on_possessive(article, "Roe says remark was about farm policy, not Hale's campaign") is None
    diner = "The mayor had lunch at Bixby's. Bixby's said it was honoured."
    assert ends_on_possessive(diner, "Mayor has lunch at Bixby's") is None
    draft = DraftSummary(headline="Roe: remark was about farm policy, was challenged by President Hale's",
                         summary="Senator Ann Roe said her remark was about farm policy.")
    headline, _, warnings = grounded_summary(Text(article), draft, article)
    assert not headline.endswith("Hale's") and any("ends on 'Hale's'" in w for w in warnings)


# -- "<Body> of <Town>": two of the article's names tied by the summary ------------------------------------------

BALLOT = ("Nurses at the Hollins Road clinic in Merrow have voted to strike over staffing levels.\n\n"
          "Of the 85 nurses balloted, 70 voted in favour, the Nurses Guild said. The mayor of Merrow, Ida Lusk, "
          "urged talks. Researchers from the University of Calden said staffing had fallen.\n")


def test_two_names_the_article_never_ties_are_not_joined_by_of():
    from summarizer.summary_roles import joined_names
    assert joined_names(BALLOT, "The Nurses Guild of Merrow has voted to strike.") == "Nurses Guild of Merrow"


def test_names_the_article_ties_stay():
    from summarizer.summary_roles import joined_names
    for faithful in ("The Mayor of Merrow, Ida Lusk, urged talks.",  # one sentence holds both, in another case
                     "Researchers from the University of Calden said staffing had fallen.",
                     "Nurses in Merrow voted to strike, the Nurses Guild said.",
                     "The Nurses Guild said 70 of the 85 nurses balloted voted in favour."):
        assert joined_names(BALLOT, faithful) is None, faithful
    draft = DraftSummary(headline="Nurses Guild of Merrow votes to strike",
                         summary="Nurses at the Hollins Road clinic in Merrow have voted to strike over staffing levels.")
    headline, _, warnings = grounded_summary(Text(BALLOT), draft, BALLOT)
    assert "Guild of Merrow" not in headline and any("Nurses Guild of Merrow" in w for w in warnings)


def test_he_said_after_naming_a_member_with_his_party_stays():
    article = ("Rep. Orrin Vale, R-Tenn., said on Friday he would resign from Congress.\n\n"
               "Rep. Orrin Vale, R-Tenn., said the inquiry had been unfair to his staff.\n")
    _, summary, warnings = _summary(article, "Rep. Orrin Vale said on Friday he would resign from Congress. "
                                             "He said the inquiry had been unfair to his staff.")
    assert "He said the inquiry" in summary, warnings
