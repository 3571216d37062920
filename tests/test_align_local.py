"""Agreement on the part of a long claim that matches (digest/local.py, issue 15).

Fast: claims from the code-only `sentences` baseline, no model and no server. Sentences written
for these tests.
"""

from __future__ import annotations

from tests.test_align import claim
from tests.test_align_paraphrase import FILLER, articles
from summarizer.digest.build import build_sections
from summarizer.digest.classify import classify
from summarizer.digest.local import anchors, content_sequence, lemma, local_agreement, local_clash, local_match
from summarizer.digest.pairs import features, undot


#: More filler: a name is an anchor only when rare in a batch of some size (LOCAL_NAME_WEIGHT).
MORE = ("Farmers said 45 wells ran dry. The port said 18 ships waited offshore. Nurses said 33 wards were full. "
        "Bakers said 27 ovens failed. The library said 64 books were lost. Drivers said 52 routes were cut. ")


def _feats(arts):
    return features([(a, c) for a in arts for c in a.claims])


def _pair(feats, w1: str, w2: str):
    f1 = next(f for f in feats if w1 in f.claim.text)
    f2 = next(f for f in feats if w2 in f.claim.text)
    return f1, f2


def _agreeing_quotes(arts):
    al, _, _ = build_sections(arts)
    return [[claim(arts, r).evidence.quote for r in g.claims] for g in al.agreements]


def test_lemma_matches_word_forms_cut_at_six_letters():
    assert lemma("called") == lemma("callin") == lemma("calls") == "call"
    assert lemma("served") == lemma("serves") == "serv"
    assert lemma("decide") == lemma("decide"[:6]) == "decid"
    assert lemma("news") == "news"  # too short to lose an ending


def test_content_sequence_keeps_an_amount_and_a_dotted_abbreviation_as_one_word():
    arts = articles("Budget\n\nThe F.B.I. said the tunnel would cost about $8 billion to finish.\n")
    (f,) = [f for f in _feats(arts) if "tunnel" in f.claim.text]
    seq = [s for s, _ in content_sequence(f)]
    assert "fbi" in seq and "#8e+09" in seq
    assert "billio" not in seq  # the scale belongs to the number
    assert seq.index("#8e+09") == len(seq) - 2


LONG_AMOUNT = ("In that case, disclosed this month, the treasurer was accused of funneling at least $25,000 to "
               "the mayor's reelection campaign by passing the money through neighbors who agreed to list the "
               "gifts under their own names at the county office.")
SHORT_AMOUNT = "One aide, Dora Pike of Tulsa, was charged with illegally funneling more than $25,000 into his campaign."


def test_an_amount_and_the_act_in_part_of_a_long_sentence_agree():
    arts = articles("Case\n\n" + FILLER + LONG_AMOUNT + "\n", "Case\n\n" + SHORT_AMOUNT + " " + FILLER + "\n")
    f1, f2 = _pair(_feats(arts), "treasurer was accused", "Dora Pike")
    assert classify(f1, f2).kind == "none"  # the whole sentences are too far apart
    m = local_match(f1, f2)
    assert m.score >= 0.6 and "#25000" in m.shared and "funnel" in m.shared
    assert local_agreement(f1, f2).kind == "agreement"
    assert any(len(qs) == 2 and any("Dora Pike" in q for q in qs) for qs in _agreeing_quotes(arts))


def test_the_same_amount_for_different_acts_is_no_agreement():
    arts = articles(
        "Case\n\n" + FILLER + "The county spent $25,000 on new playground equipment for the west side parks.\n",
        "Case\n\nThe treasurer was charged with illegally funneling $25,000 into a campaign. " + FILLER + "\n")
    f1, f2 = _pair(_feats(arts), "playground", "funneling")
    assert local_match(f1, f2).score == 0.0  # the amount alone: too few shared words
    assert local_agreement(f1, f2) is None


LONG_NAME = ("Several council members found the idea of a toll bridge across the northern estuary intriguing "
             "after the engineers' first survey of the tides, but Sen. Marta Quist, D-Ore., said it was a "
             "\"mistake\" to approve it.")
SHORT_NAME = ("Sen. Marta Quist (D-Ore.) called it a \"mistake\" to hand the contract to a donor, saying the "
              "project needs an engineer.")


def test_a_named_person_saying_the_same_thing_in_part_of_a_long_sentence_agrees():
    arts = articles("Toll\n\n" + FILLER + MORE + LONG_NAME + "\n", "Toll\n\n" + SHORT_NAME + " " + FILLER + MORE + "\n")
    f1, f2 = _pair(_feats(arts), "Several council members", "hand the contract")
    assert classify(f1, f2).kind == "none"
    jd = local_agreement(f1, f2)
    assert jd is not None and jd.kind == "agreement" and "mistak" in jd.reason


def test_a_name_and_one_noun_are_no_proposition():
    # the court's decision is named in both, for two different things
    arts = articles(
        "Rules\n\n" + FILLER + "Critics cited the Halvorsen Tribunal decision among many other rulings on water.\n",
        "Rules\n\nThe county rewrote its permits to conform with the Halvorsen Tribunal decision. " + FILLER + "\n")
    f1, f2 = _pair(_feats(arts), "Critics cited", "rewrote its permits")
    m = local_match(f1, f2)
    assert m.score >= 0.6 and {"halvor", "tribun", "decisi"} <= m.shared  # the windows do match ...
    assert local_agreement(f1, f2) is None  # ... on a name and its noun only


def test_a_shared_description_is_no_proposition():
    arts = articles(
        "Race\n\n" + FILLER + "The morning after the debate, the Green front-runner Ilse Vandermeer appeared on a "
        "radio show.\n",
        "Race\n\nThe Green front-runner Ilse Vandermeer has made many promises about rail fares. " + FILLER + "\n")
    f1, f2 = _pair(_feats(arts), "radio show", "rail fares")
    m = local_match(f1, f2)
    assert m.score >= 0.6 and "front-" in m.shared  # the windows match on the description and the name ...
    assert anchors(f1, f2, m.shared)[1] == set()  # ... which hold no predicate word
    assert local_agreement(f1, f2) is None


def test_the_same_text_twice_is_one_source():
    arts = articles("Case\n\n" + FILLER + LONG_AMOUNT + "\n")
    (f,) = [f for f in _feats(arts) if "treasurer" in f.claim.text]
    assert local_agreement(f, f) is None


def test_a_long_shared_run_agrees_without_an_anchor():
    arts = articles(
        "Bio\n\n" + FILLER + MORE + "Ostrander, 71, who served in the assembly from 1990-2012, first as a Liberal and "
        "then as an independent, met with the governor at the lakeside lodge on Tuesday afternoon to discuss "
        "running the harbor authority after a stormy winter of flooded piers and idle cranes.\n",
        "Bio\n\nMs. Ostrander, who served three terms in the assembly as a Liberal and one as an independent, would "
        "be an unusual pick to lead a bureau whose pilots prize its neutrality as one of the capital's few "
        "apolitical offices, aides noted. " + FILLER + MORE + "\n")
    f1, f2 = _pair(_feats(arts), "1990-2012", "three terms")
    assert classify(f1, f2).kind == "none"
    m = local_match(f1, f2)
    assert {"serv", "indep"} <= m.shared and len(m.shared) >= 5
    assert local_agreement(f1, f2).kind == "agreement"


def test_names_outside_the_matching_part_do_not_clash():
    # the long sentence names another person elsewhere; the matching parts name no one the other lacks
    f1, f2 = _pair(_feats(articles("Case\n\n" + FILLER + LONG_AMOUNT + "\n",
                                   "Case\n\n" + SHORT_AMOUNT + " " + FILLER + "\n")), "treasurer was accused", "Dora Pike")
    m = local_match(f1, f2)
    assert {"dora", "pike"} & {w for w in m.right} == set()
    assert not local_clash(f1, f2, m)


def test_names_inside_the_matching_parts_clash():
    arts = articles(
        "Case\n\n" + FILLER + "Prosecutors said Wendell Oakes was accused of funneling at least $25,000 into the "
        "campaign.\n",
        "Case\n\nProsecutors said Harriet Vance was accused of funneling at least $25,000 into the campaign. "
        + FILLER + "\n")
    f1, f2 = _pair(_feats(arts), "Wendell Oakes", "Harriet Vance")
    m = local_match(f1, f2)
    assert "oakes" not in m.left and "oake" in m.left_lead  # the subject, just before the window
    assert local_clash(f1, f2, m)
    assert local_agreement(f1, f2) is None


def test_a_dotted_abbreviation_is_the_same_name_as_its_plain_spelling():
    assert undot("The F.B.I. and the I.R.S. said; the U.S. did not.") == "The FBI and the IRS said; the U.S. did not."
    arts = articles("Agent\n\n" + FILLER + "He served as a decorated F.B.I. special agent for nine years.\n",
                    "Agent\n\nHe served as a decorated FBI special agent for nine years. " + FILLER + "\n")
    f1, f2 = _pair(_feats(arts), "F.B.I.", "FBI special")
    assert f1.names == f2.names and "fbi" in f1.words
    assert classify(f1, f2).kind == "agreement"


def test_a_month_anchors_a_shared_plan():
    arts = articles(
        "Run\n\n" + FILLER + MORE + "Quist, who placed third in a statewide poll of possible candidates for the open "
        "seat, said she will decide by September whether to run, and if she is the nominee she would debate every "
        "rival on the budget.\n",
        "Run\n\nQuist told a local radio station in an interview that she plans to decide by September whether to "
        "run. " + FILLER + MORE + "\n")
    f1, f2 = _pair(_feats(arts), "placed third", "local radio")
    m = local_match(f1, f2)
    assert "@september" in m.shared and {"decid", "run"} <= m.shared
    assert "@september" in anchors(f1, f2, m.shared)[0]
    assert local_agreement(f1, f2).kind == "agreement"


def test_may_is_no_month_anchor():
    arts = articles("Vote\n\nThe board may decide on the levy.\n")
    (f,) = [f for f in _feats(arts) if "levy" in f.claim.text]
    assert not any(s.startswith("@") for s, _ in content_sequence(f))


def test_an_amount_weighs_as_two_words_in_the_windows():
    # one shared word besides the amount, each window holding one word more: an amount as one word
    # would leave the windows at 2/3 alike; as two words, at 3/4
    arts = articles(
        "Cost\n\n" + FILLER + MORE + "Ms. Oyelaran has insisted that as mayor she would have the leverage to make "
        "the county pay for the tunnel, which she estimates would cost about $6 billion.\n",
        "Cost\n\n(The former developer estimates the price tag at around $6 billion.) " + FILLER + MORE + "\n")
    f1, f2 = _pair(_feats(arts), "leverage", "price tag")
    m = local_match(f1, f2)
    assert m.shared == {"#6e+09", "estima"} and m.score >= 0.6
    assert local_agreement(f1, f2).kind == "agreement"


def test_a_denial_never_agrees_with_an_assertion_that_shares_its_words():
    # seeds digest: a guard's "beefing up security at the Kelso nuclear power plant" agreed with a
    # president's denial "that his government had set a goal of capturing the Kelso nuclear power plant"
    from summarizer.digest.align import judge_pair
    arts = articles(
        "Plant\n\n" + FILLER + MORE + "Norland's National Guard said it was beefing up security at the Kelso "
        "nuclear power plant which is just 35 km (22 miles) from the fighting.\n",
        "Plant\n\n" + FILLER + "Speaking to the media on Wednesday during a trip to Iceland, President Ana Ruiz "
        "denied that her government had set a goal of capturing the Kelso nuclear power plant as Norland has suggested.\n",
    )
    feats = _feats(arts)
    f1, f2 = _pair(feats, "beefing up security", "denied that her government")
    assert f2.claim.certainty == "denied"
    assert judge_pair(f1, f2, {}).kind != "agreement"
