"""Session 47, coref56 (issue 12): the named source right. A date's month ("On Oct. 30, according to the company.")
recorded as a name that "the company" then meant; a product's one-word name ("the heart pump <Name>") taken for
the firm that "the company" means. Invented text with placeholder names, each rule with near-misses it must leave
alone."""

from __future__ import annotations

import pytest

from tests.reading import who

# (a) a month's name or abbreviation before a day's number is a date, never a name

_PANEL = ("What happened?\nAn independent panel halted Norvale Biologics' late-stage study of its eye drops last week.\n\n"
          "When was it halted?\n{date}, according to the company.\n\n"
          "What should patients do?\nPatients have been told to stop using the drops, the company says.\n")


@pytest.mark.parametrize("date", ["On Oct. 30", "On Sept. 4", "On Nov 12", "On March 3", "On Jan. 21st"])
def test_a_date_opening_the_sentence_is_no_company(date):
    text = _PANEL.format(date=date)
    assert who(text, f"{date}, according to the company.") == "Norvale Biologics"
    assert who(text, "Patients have been told to stop using the drops, the company says.") == "Norvale Biologics"


def test_a_surname_that_is_also_a_month_stays_a_name():
    # near-miss: "May" with no day after it is a person's surname
    text = "Prime Minister Ann May spoke on Monday. May said the talks would go on. \"We will not stop,\" she said."
    assert who(text, "\"We will not stop,\" she said.") == "Prime Minister Ann May"


# (b) a product's one-word name after a noun of goods is no company

_PUMP = ("An independent panel stopped Norvale Biologics' study of the heart pump Cardiflo last week.\n\n"
         "Twelve with Cardiflo and five without it died, the company says.\n\n"
         "Patients have been told to switch off Cardiflo, the company says.\n")


def test_a_product_named_after_a_noun_of_goods_is_not_the_company():
    assert who(_PUMP, "Twelve with Cardiflo and five without it died, the company says.") == "Norvale Biologics"
    assert who(_PUMP, "Patients have been told to switch off Cardiflo, the company says.") == "Norvale Biologics"


@pytest.mark.parametrize("goods", ["the weight-loss drug", "its new app", "the electric car", "a vaccine,"])
def test_other_nouns_of_goods(goods):
    text = (f"Norvale Biologics has put {goods} Cardiflo on sale.\n\n"
            "Sales of Cardiflo rose 12 percent in March, the company said.\n")
    assert who(text, "Sales of Cardiflo rose 12 percent in March, the company said.") == "Norvale Biologics"


def test_a_one_word_firm_named_after_a_noun_of_its_trade_stays_the_company():
    # near-miss: "the drug maker Cardiflo" names a firm ("maker" is no noun of goods)
    text = ("Regulators fined the drug maker Cardiflo last week.\n\n"
            "Sales of its pills fell 12 percent, the company said.\n")
    assert who(text, "Sales of its pills fell 12 percent, the company said.") == "Cardiflo"


def test_a_one_word_firm_with_no_noun_of_goods_stays_the_company():
    # near-miss: no noun of goods before the name anywhere: the firm as before
    text = ("Regulators fined Cardiflo over its plant last week.\n\n"
            "Sales fell 12 percent in March, the company said.\n")
    assert who(text, "Sales fell 12 percent in March, the company said.") == "Cardiflo"


# (c) a description written before a person's name, the name alone as the source (GUIDELINES §6: the fullest form of
# the name; the digest reads the description back as the person's affiliation)

@pytest.mark.parametrize("sentence, name", [
    ("Book-keeper Jan Rowe, 52, said she had warned the owners in 2019.", "Jan Rowe"),  # a hyphenated occupation
    ("Harwick and Lonsdale Labour MP Tom Pell said the findings were shocking.", "Tom Pell"),  # a seat of two places
    ("Harlan Steel's UK boss Sam Kerr said the plant would stay open.", "Sam Kerr"),
    ("\"This is a farce,\" said the Courier's Tom Rudd.", "Tom Rudd"),  # an owner's possessive, then the name
    ("\"We knew,\" said the Courier's Pat Dunn in Leeds.", "Pat Dunn"),
    ("The Courier's Sam Bray said it was over.", "Sam Bray"),
])
def test_a_description_before_the_name_leaves_the_name(sentence, name):
    text = "The accounts were wrong for years, an inquiry has found.\n\n" + sentence + "\n"
    assert who(text, sentence) == name


@pytest.mark.parametrize("sentence, name", [
    ("Mayor Jo Marr said the road would reopen.", "Mayor Jo Marr"),  # a title stays (session 43)
    ("Treasurer Ann Vale said the budget was tight.", "Treasurer Ann Vale"),
    ("The Courier's editor said the paper would appeal.", "The Courier's editor"),  # no name after the owner
    ("Speaker Jo Marr and Harlow AM Al Hale said the vote would go ahead.", None),  # two speakers: not one member
])
def test_a_title_or_a_description_with_no_name_stays(sentence, name):
    text = "The accounts were wrong for years, an inquiry has found.\n\n" + sentence + "\n"
    assert who(text, sentence) == name


# (d) two named sources' remarks in one article, far apart, are two facts whatever word they share (lead46's
# "deeply troubled" / "deeply troubling")

_FILLER = ["The harbour ferry will stop running in October.", "A storm flooded two schools in the north district.",
           "Parking fines doubled after the vote in April.", "The zoo welcomed twin lion cubs last week.",
           "Water bills will rise by 4 percent next year.", "The marathon drew 12,000 runners on Sunday.",
           "A fire closed the central market for a day.", "The stadium roof will be replaced by 2027.",
           "The bridge toll fell to two dollars in May.", "Snow closed the mountain pass on Monday.",
           "The museum sold 40,000 tickets in its first month.", "A new tram line opened in the east in July.",
           "Rents in the old town rose 9 percent last year.", "The airport added three routes to the south.",
           "Two lanes of the ring road will close in June.", "The library will open on Sundays from March.",
           "A heat wave pushed power use to a record in August.", "The port handled 2 million containers in 2024."]


def _one_fact(second: str) -> bool:
    from summarizer.digest.pairs import features
    from summarizer.digest.passages import claim_positions
    from summarizer.digest.purity import one_fact
    from tests.test_align import articles
    a = ("Auditor fired\n\nThe city fired its chief auditor, Dana Pruitt, on Friday, her lawyer said.\n\n"
         "Her lawyer, Omar Feld, said the firing broke the city's own rules.\n\n"
         "\"This ruling must be deeply troubling for every resident,\" Mr. Feld added.\n\n"
         "The council voted 5-2 on Tuesday to name a new auditor.\n\n"
         "Road repairs will cost $3 million, the finance chief said.\n\nBus fares rose by ten cents in March.\n\n"
         "The city's inspector general, Gail Ostrow, had criticised Ms. Pruitt in June.\n\n" + second + "\n")
    b = ("City fires auditor\n\n" + "".join(t + "\n\n" for t in _FILLER)
         + "\"This ruling must be deeply troubling for every resident,\" said her lawyer, Omar Feld.\n")
    arts = articles(a, b)
    feats = features([(x, c) for x in arts for c in x.claims])
    x = next(f.index for f in feats if f.article == "a1" and "deeply troubling" in f.claim.text)
    y = next(f.index for f in feats if f.article == "a1" and second[:12] in f.claim.text)
    z = next(f.index for f in feats if f.article == "a2" and "deeply troubling" in f.claim.text)
    return one_fact(feats, x, y, [x, y, z], claim_positions(feats, {x, y, z}))


def test_two_speakers_sharing_a_rare_word_are_two_facts():
    assert not _one_fact("Ms. Ostrow said in her report that she was \"deeply troubled\" by the emails.")


def test_one_speaker_sharing_a_rare_word_is_still_one_fact():
    # near-miss: the same lawyer again, far from his first remark: one fact as before
    assert _one_fact("Mr. Feld said he was deeply troubled by the emails.")


# (e) "<Owner>'s lawyer" is the person the article sets in apposition with that description, before or after

_LAWYER = ("Dana Pruitt, the city's chief auditor, has been fired, Ms. Pruitt's lawyer said Monday.\n\n"
           "The mayor had criticised her emails for months.\n\n"
           "But Ms. Pruitt's lawyer said the deputy mayor had overruled the ethics office.\n\n"
           "{named}\n\n"
           "The delays were merely \"bureaucratic snafus,\" Ms. Pruitt's lawyer wrote last month.\n")


@pytest.mark.parametrize("named", ["Omar Feld, Ms. Pruitt's lawyer, denounced the firing in a statement.",
                                   "Pruitt's lawyer, Omar Feld, denounced the firing in a statement."])
def test_an_owners_lawyer_is_the_lawyer_named_in_apposition(named):
    text = _LAWYER.format(named=named)
    for sentence in ("Dana Pruitt, the city's chief auditor, has been fired, Ms. Pruitt's lawyer said Monday.",
                     "But Ms. Pruitt's lawyer said the deputy mayor had overruled the ethics office.",
                     "The delays were merely \"bureaucratic snafus,\" Ms. Pruitt's lawyer wrote last month."):
        assert who(text, sentence) == "Omar Feld"


@pytest.mark.parametrize("named", [
    "Omar Feld, Ms. Pruitt's lawyer, and Rita Lang, Ms. Pruitt's lawyer, denounced the firing.",  # two so described
    "Omar Feld, Ms. Pruitt's spokesman, denounced the firing in a statement.",  # another noun: no lawyer named
])
def test_an_owners_lawyer_stays_when_no_one_person_is_so_described(named):
    text = _LAWYER.format(named=named)
    assert who(text, "But Ms. Pruitt's lawyer said the deputy mayor had overruled the ethics office.") == "Ms. Pruitt's lawyer"


# (f) a state after a seat's town ("based in <Town>, <St.>,") is a place, never what "the company" means

def test_a_state_after_a_seat_is_no_company():
    text = ("Marlow Outfitters agreed to buy Dunmore Jewelers for $55 million.\n\n"
            "Dunmore Jewelers, based in Brenton, Wash., runs 87 stores.\n\n"
            "In the year ended Jan. 31, the company posted sales of $59.5 million.\n")
    assert who(text, "In the year ended Jan. 31, the company posted sales of $59.5 million.") not in ("Wash", "Jan")


def test_a_firm_named_before_its_seat_is_still_the_company():
    # near-miss: the seat's town and state are places; the firm named before them stays the company's antecedent
    text = "Hollin Foods, based in Brenton, Wash., said sales rose. It expects more growth, the company said.\n"
    assert who(text, "It expects more growth, the company said.") == "Hollin Foods"
