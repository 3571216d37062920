"""A summary sentence fused from two article sentences that gives one sentence's subject the
predicate another sentence says of someone else (summarizer/verify/fused.py; session 33,
fused41; issues 14 and 12). Invented articles."""

from __future__ import annotations

import pytest

from summarizer.verify import verify

SHIELD = ("Millbrook Harriers reached the regional shield final on Saturday after a 3-1 win over Carrow Athletic. "
          "The home side netted two goals in the opening half. "
          "Carrow coach Dana Pilgrim said her team had been refused a clear penalty after the break.")

TAKEOVER = ("Holloway Foods agreed on Tuesday to buy the cheese maker Brindle Dairies for $40 million. "
            "The deal still needs the approval of the competition regulator. "
            "Brindle's founder, Rosa Quint, was pleased with the price. "
            "She said her company had been losing money on its export routes for two years.")

AIRLINES = ("Kestrel Air cut 300 jobs at its northern hub in March. "
            "Orland Rail doubled ticket prices on its regional routes in the same month.")

BAND = ("Lark Street singer Ona Vell was unhurt when the band's van slid off an icy road near Tamsford. "
        "Lark Street is set to play the harbour festival on Sunday.")


@pytest.mark.parametrize("doc, sentence, other", [
    (SHIELD, "Millbrook Harriers have been refused a clear penalty after the break.", "her team"),
    (TAKEOVER, "Holloway Foods had been losing money on its export routes for two years.", "her company"),
    (AIRLINES, "Kestrel Air doubled ticket prices on its regional routes.", "Orland Rail"),
    # the predicate a passive of a reporting verb ("had been denied"): still what the speaker said of his side (the lead)
    (SHIELD.replace("had been refused", "had been denied"), "Millbrook Harriers have been denied a clear penalty after the break.",
     "her team"),
])
def test_predicate_said_of_another_is_unsupported(doc, sentence, other):
    v = verify(doc, sentence)
    assert not v.supported
    assert v.reason.startswith("fused:") and other in v.reason
    assert sentence.split()[0] in v.reason  # the subject the sentence gives, named in the reason


def test_reason_names_the_speaker_a_pronoun_stands_for():
    v = verify(TAKEOVER, "Holloway Foods had been losing money on its export routes for two years.")
    assert "Rosa Quint" in v.reason


@pytest.mark.parametrize("doc, sentence", [
    # fused from two sentences about one subject: a description ("The home side") stands for it
    (SHIELD, "Millbrook Harriers, who netted two goals in the opening half, reached the regional shield final."),
    (SHIELD, "Millbrook Harriers reached the regional shield final after netting two goals in the opening half."),
    # the same subject by a pronoun
    ("Kestrel Air cut 300 jobs at its northern hub in March. It also doubled ticket prices on its regional routes.",
     "Kestrel Air doubled ticket prices on its regional routes."),
    # by a description
    ("Kestrel Air cut 300 jobs at its northern hub in March. The airline also doubled ticket prices on its "
     "regional routes.", "Kestrel Air cut 300 jobs and doubled ticket prices on its regional routes."),
    # the subject named in the predicate's sentence too
    (SHIELD, "Carrow Athletic had been refused a clear penalty after the break, their coach said."),
    ("Holloway Foods agreed on Tuesday to buy Brindle Dairies for $40 million. Holloway chief Sam Orr said his "
     "company had been looking for a cheese maker for two years.",
     "Holloway Foods had been looking for a cheese maker for two years."),
    # a member of the body the predicate is said of ("<Band> singer <Name>")
    (BAND, "Ona Vell is set to play the harbour festival on Sunday."),
    # one sentence, with an aside
    (SHIELD, "Millbrook Harriers, who beat Carrow Athletic 3-1, reached the regional shield final."),
])
def test_fused_about_one_subject_stays_supported(doc, sentence):
    v = verify(doc, sentence)
    assert v.supported, v.reason
    assert not v.reason.startswith("fused:")
