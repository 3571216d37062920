"""Session 36, genre45: who says what, and how firmly, on eight news genres no session had probed (a fact check, a
council meeting, a foreign-press roundup, a sentencing, a transfer rumour, a strike, a merger, a profile). Invented
articles and sentences (every name, place, company and number made up); see evals/RESULTS.md "Session 36: genre45".
"""

from __future__ import annotations

from summarizer.chunk import is_furniture
from summarizer.summary_grounding import _undated
from tests.reading import code, who


def _claims(text: str):
    return code(text).claims


def _claim(text: str, start_words: str):
    return next(c for c in _claims(text) if c.text.lstrip("'‘\"“").startswith(start_words))


# A fact check's labels --------------------------------------------------------------------------------------------
FACT = ('Fact check: Did crime double in Velmora?\n\n'
        'CLAIM: City councillor Brann Tesh said in a campaign video on Sunday that the council closed two libraries.\n\n'
        'VERDICT: False.\n\n'
        'The mayor said on Monday that the figures in the video were wrong.\n')


def test_claim_label_line_is_the_named_speakers_claim():
    c = _claim(FACT, "City councillor Brann Tesh said")
    assert c.attributed_to == "Brann Tesh" and c.certainty == "reported"
    assert not any(x.text.startswith(("CLAIM", "VERDICT", "False")) for x in _claims(FACT))


def test_claim_label_with_no_saying_verb_is_not_the_outlets_fact():
    text = 'Fact check\n\nClaim: The council closed two libraries in the town on Monday after a vote.\n\nThe mayor said on Monday that the figures were wrong.\n'
    c = next((x for x in _claims(text) if "two libraries" in x.text), None)
    assert c is None or c.attributed_to != "article"  # (the label is read as before: never the outlet's `stated`)


def test_verdict_label_is_the_outlets():
    text = 'Fact check\n\nVERDICT: Mostly false, because the council closed only one library in the town.\n\nThe mayor said on Monday that the figures were wrong.\n'
    c = _claim(text, "Mostly false")
    assert c.attributed_to == "article"


def test_capitals_link_label_is_still_furniture():
    assert is_furniture("ABC: 'Film' wins release in three cities")
    assert not is_furniture("CLAIM: City councillor Brann Tesh said in a video that the council closed two libraries.")


def test_lead_sentence_for_the_summary_drops_the_claim_label():
    assert _undated("CLAIM: Jane Roe said the dam was leaking.") == "Jane Roe said the dam was leaking."
    assert _undated("Claims of a leak were denied by the board.") == "Claims of a leak were denied by the board."


# "..., and <n> residents responded, according to X" ---------------------------------------------------------------
BOARD = ('Water story\n\nThe Tarnley Water Board said on Monday that the plan was new.\n\n'
         'The consultation was advertised in two newspapers, and 340 residents responded, according to the board.\n\n'
         'The plan was advertised in the town and 120 residents responded, according to the board.\n')


def test_according_to_after_a_coordinated_clause_with_a_saying_verb():
    assert who(BOARD, "340 residents responded, according to the board") == "The Tarnley Water Board"
    assert who(BOARD, "120 residents responded, according to the board") == "The Tarnley Water Board"


def test_speaker_before_according_to_keeps_the_quotation():
    text = 'T\n\n"We will not close the plant," Jane Roe said, according to the agency.\n'
    assert who(text, "We will not close the plant") == "Jane Roe"


# "a report to the meeting said" -----------------------------------------------------------------------------------
def test_report_to_a_meeting_is_a_subject():
    text = 'T\n\nThe council will consult on raising parking charges, a report to the meeting said.\n\nThe council will raise fees, a report to the council hearing said.\n'
    assert who(text, "The council will consult on raising parking charges") == "a report to the meeting"
    assert who(text, "The council will raise fees") == "a report to the council hearing"


def test_gerund_object_is_still_no_subject():
    text = 'T\n\nThe law took effect in May, requiring state and local police said to check papers.\n'
    assert who(text, "The law took effect in May") is None


# A press review ---------------------------------------------------------------------------------------------------
PRESS = ('Press review: papers split over budget\n\n'
         'What the newspapers in Norvan are saying on Wednesday.\n\n'
         'The centre-left daily Kellsburg Tidende welcomed the budget agreement reached on Tuesday night, calling it "the first honest budget in a decade."\n\n'
         'The paper said the deal would cut waiting lists for hip operations by a third within two years.\n')


def test_described_outlet_speaks_and_is_the_paper_after():
    assert who(PRESS, "welcomed the budget agreement reached on Tuesday night") == "The centre-left daily Kellsburg Tidende"
    assert who(PRESS, "The paper said the deal would cut") == "Kellsburg Tidende"


def test_press_review_signpost_is_furniture():
    assert not any(c.text.startswith("What the newspapers") for c in _claims(PRESS))
    assert is_furniture("What the papers are saying about the budget.")
    assert not is_furniture("What the papers are saying is that the deal failed.")
    assert not is_furniture("What the minister is saying matters, the mayor said.")


# Bodies named once, then "the union" / "the federation" -----------------------------------------------------------
UNION = ('Nurses to strike\n\n'
         'Nurses at three hospitals will walk out for 48 hours from Tuesday, their union said on Friday.\n\n'
         "The Health Workers' Union said 87% of members who voted backed strike action.\n\n"
         '"Our members are exhausted," said Dorota Kaminski, the union\'s regional secretary.\n\n'
         'The trust said it was disappointed by the decision and urged the union to return to talks.\n\n'
         'Chief executive Graham Pollitt said the offer was the most the trust could afford.\n\n'
         'About 1,200 operations are likely to be postponed, the trust estimated.\n\n'
         'The union has warned that further strikes could follow in May if no agreement is reached.\n')


def test_the_union_is_the_one_named_union():
    assert who(UNION, "The union has warned") == "The Health Workers' Union"


def test_the_federation_is_the_body_in_its_paragraph():
    text = ('Dock strike ends\n\nMembers of the Transport and Dock Workers Federation voted 1,046 to 312 to accept a deal worth 7% '
            'over two years, the federation said.\n')
    assert who(text, "Members of the Transport") == "Transport and Dock Workers Federation"


def test_the_federation_with_two_federations_named_stays_as_written():
    text = ('Talks\n\nThe Dock Workers Federation and the Port Employers Federation met on Monday, and talks will go on, the federation said.\n')
    assert who(text, "The Dock Workers Federation and") not in ("Dock Workers Federation", "Port Employers Federation")


# A dispute with its reason ---------------------------------------------------------------------------------------
def test_disputed_figures_with_a_reason_stay_one_contested_report():
    text = ('Libraries\n\nOfficers told councillors that visits to the two branches had fallen by a third since 2019, although '
            "campaigners disputed the figures, saying they excluded children's events.\n")
    c = _claim(text, "Officers told councillors")
    assert c.attributed_to == "Officers" and c.certainty == "claimed"


def test_a_second_account_with_its_own_content_still_splits():
    text = 'Libraries\n\nOfficers said visits had fallen by a third, while campaigners said the libraries were busy on weekends.\n'
    c = _claim(text, "Campaigners said")
    assert c.attributed_to.lower() == "campaigners" and c.certainty == "reported"


# "X said it looked “fair,” while Y said ..." -----------------------------------------------------------------------
def test_quotation_comma_before_while_splits_two_sources():
    text = ('Takeover\n\nAnalysts at Brightline Securities said the price looked "full but fair," while one of Pemberly\'s largest '
            'investors, Hollis Capital, said it would oppose the deal because it undervalued the company.\n')
    a = _claim(text, "Analysts at Brightline Securities said")
    b = _claim(text, "One of Pemberly's largest investors")
    assert a.text.endswith('"full but fair."') and a.attributed_to == "Analysts at Brightline Securities"
    assert b.attributed_to == "Hollis Capital"


def test_quotation_comma_before_but_said_is_no_clause():
    text = ('Strike over\n\nFederation organiser Sami Haddad called the deal "a win for every worker on the line," but said members '
            'remained angry about the use of agency staff.\n')
    assert not any(c.text.startswith("Said") for c in _claims(text))


# Anonymous sources and unnamed reports --------------------------------------------------------------------------
def test_sources_close_to_the_talks_speak_unconfirmed():
    text = 'Transfer\n\nThe club wants a sell-on clause of up to 15%, sources close to the negotiations said.\n'
    c = _claim(text, "The club wants")
    assert c.attributed_to == "sources close to the negotiations" and c.certainty == "unconfirmed"


def test_understood_to_with_an_anonymous_source_is_unconfirmed():
    text = ('Transfer\n\nRavela are understood to want a sell-on clause of up to 15%, which has held up the agreement, sources '
            'close to the negotiations said.\n')
    assert _claim(text, "Ravela are understood").certainty == "unconfirmed"


def test_according_to_several_reports_is_unconfirmed():
    text = ('Transfer\n\nHalvard City are in advanced talks to sign the striker for a fee of 48 million euros, according to several reports.\n\n'
            'The plant closed on Monday after the storm, according to reports from the town council.\n')
    assert _claim(text, "Halvard City").certainty == "unconfirmed"
    assert _claim(text, "The plant closed").certainty == "reported"  # a named body's reports


def test_a_search_shows_is_a_finding():
    text = ('Fact check\n\nThe photograph was taken at a wastewater plant in the neighbouring district in 2019, a reverse image search shows.\n')
    assert who(text, "The photograph was taken") == "a reverse image search"


# A sum towards a thing, a silence, a plea --------------------------------------------------------------------------
def test_money_towards_a_thing_counts_no_preposition():
    from summarizer.quantity import quantities
    q = quantities("The developer has also agreed to pay 210,000 pounds towards a new surgery, he said.")
    assert q and q[0]["counted"] != "towards"
    q = quantities("The firm paid 5 million dollars for the site.")
    assert q and q[0]["value"] == 5_000_000


def test_not_mentioning_a_thing_is_a_silence():
    text = ('T\n\nThe video does not mention robbery in any of its scenes at all.\n\n'
            'Officials mentioned the cost of the new bridge at the meeting on Monday.\n')
    assert _claim(text, "The video does not mention").certainty == "negated"
    assert _claim(text, "Officials mentioned").certainty == "reported"


def test_admitting_counts_is_a_plea_not_a_statement():
    text = ('T\n\nGerald Voss, 63, of Millbrook, had admitted 14 counts of fraud at the court in January.\n\n'
            'Gerald Voss admitted that he had forged the signatures on the cheques.\n')
    assert _claim(text, "Gerald Voss, 63").attributed_to == "article"
    assert _claim(text, "Gerald Voss admitted that").attributed_to == "Gerald Voss"


def test_their_union_is_the_union_named_after():
    assert who(UNION, "Nurses at three hospitals will walk out") == "The Health Workers' Union"


def test_a_named_body_is_not_read_across_a_sentence_end():
    text = ('Talks\n\nThe meeting ended on Friday.\nUnion members said the federation would decide, the federation said.\n')
    assert "Friday" not in (who(text, "Union members said the federation would decide") or "")


def test_lead_summary_skips_a_pronoun_whose_antecedent_was_skipped():
    from summarizer.summary_grounding import lead_sentences
    lead = lead_sentences(PRESS + '\nThe conservative Morgenvakt was unmoved.\n\nIn an editorial, it accused the finance minister of buying votes with borrowed money.\n', 4)
    assert not any(x.startswith("In an editorial, it") for x in lead)
    t2 = 'Title here\n\nThe mayor opened the new bridge over the river on Monday morning.\n\nShe said the bridge had cost less than planned by the city.\n'
    assert lead_sentences(t2, 3)[1].startswith("She said")  # its antecedent is shown just before


LIGHT = ('The last keeper of Gannet Point\n\n'
         'For 31 years, Agnes Morrow has climbed the 143 steps of the Gannet Point lighthouse every evening. '
         'Next month, she will climb them for the last time.\n\n'
         'The Coastal Lights Board, which runs the lighthouse, is replacing its keeper with an automated lamp.\n')


def test_summary_sentence_opening_on_a_pronoun_with_nothing_before_is_dropped():
    from summarizer.extract import DraftSummary
    from summarizer.ground import Text
    from summarizer.summary_grounding import grounded_summary
    draft = DraftSummary(headline="Gannet Point keeper to retire",
                         summary="She will climb them for the last time next month. The Coastal Lights Board is replacing its keeper with an automated lamp.")
    _, summary, warnings = grounded_summary(Text(LIGHT), draft, LIGHT, None)
    assert not summary.startswith("She ") and any("pronoun" in w for w in warnings)
    draft = DraftSummary(headline="Gannet Point keeper to retire",
                         summary="Agnes Morrow has climbed the 143 steps of the Gannet Point lighthouse every evening for 31 years. She will climb them for the last time next month.")
    _, summary, _ = grounded_summary(Text(LIGHT), draft, LIGHT, None)
    assert "She will climb them" in summary  # after the sentence that names her


def test_summary_question_is_dropped():
    from summarizer.extract import DraftSummary
    from summarizer.ground import Text
    from summarizer.summary_grounding import grounded_summary
    text = 'Did Velmora\'s crime rate double?\n\nThe city recorded 1,412 violent offences in 2022 and 1,538 in 2025, police figures show.\n\nThat is an increase of about 9%, the figures show.\n'
    draft = DraftSummary(headline="Crime rose 9%", summary="Did Velmora's crime rate double? The city recorded 1,412 violent offences in 2022 and 1,538 in 2025, police figures show.")
    _, summary, warnings = grounded_summary(Text(text), draft, text, None)
    assert "?" not in summary and any("question" in w for w in warnings)
