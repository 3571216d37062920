"""Session 49, coref58 (issue 12): the named source right. A bare surname left uncompleted after a long office
no list holds ("House Majority Whip <Given> <Surname>") or after a document's author ("according to an analysis by
<Given> <Surname>, ..."); a month kept in the source ("Federal prosecutors in April"); the digest's names-only
agreement reading shared role and body nouns ("executives", "company") as words of what was said. Invented text
with placeholder names, each rule with near-misses it must leave alone."""

from __future__ import annotations

import pytest

from tests.reading import who

# (a) a long office no list holds: the bare surname after it is the person named with it

_WHIP = ("House Majority Whip Karl Brandell (R-Calif.), a longtime target of farm growers, said Tuesday that he would "
         "support allowing seasonal workers to stay in the valley, but stopped short of calling for a new visa.\n\n"
         "\"The rules aren't written out yet, but in my own view I think it'll go with a permit that will allow you to "
         "work,\" Brandell told a local radio station.\n")


def test_a_bare_surname_after_a_long_unlisted_office_is_the_person():
    assert who(_WHIP, "Brandell told a local radio station") == "Karl Brandell"


def test_a_listed_office_reads_as_before():
    # near-miss: a title a list holds ("Leader") was read so already; the same form
    text = _WHIP.replace("House Majority Whip", "Senate Minority Leader").replace(" (R-Calif.), a longtime target of farm activists,", "")
    assert who(text, "Brandell told a local radio station") == "Karl Brandell"


def test_a_long_body_name_is_no_office_before_a_person():
    from summarizer.attribution.source_parts import long_office_tail
    # near-misses: a body's long name, a lower-case word, a short name, a function word
    assert long_office_tail("House Majority Whip Karl Brandell".split()) == "Karl Brandell"
    assert long_office_tail("House Majority Whip Karl J. Brandell".split()) == "Karl J. Brandell"
    assert long_office_tail("Harlow Valley Farm Workers Union".split()) is None
    assert long_office_tail("House majority whip Karl Brandell".split()) is None
    assert long_office_tail("Majority Whip Karl Brandell".split()) is None
    assert long_office_tail("Friends Of The Valley Karl Brandell".split()) is None


# (b) a document's author named after "by": a later bare surname is that person

_ANALYSIS = ("Some families would see their costs go up under the mayor's plan, according to an analysis by Lena "
             "Marwick, a former city budget aide now teaching at a state university.\n\n"
             "The plan would raise the basic allowance, yet many renters would end up paying more, said Marwick.\n")


def test_a_documents_author_completes_a_later_surname():
    assert who(_ANALYSIS, "said Marwick") == "Lena Marwick"
    # the document stays the source of its own sentence (a study's reading, not its author's: sessions 14, 50)
    assert who(_ANALYSIS, "according to an analysis by") == "an analysis by Lena Marwick"


def test_an_author_is_read_only_after_a_document_noun():
    from summarizer.attribution.source_parts import inner_authors
    assert inner_authors("an analysis by Lena Marwick, a former city budget aide") == [(15, "Lena Marwick")]
    assert inner_authors("A 2014 study by Loyola professor Jo Marr") == [(33, "Jo Marr")]
    # near-misses: no document noun before "by"; a body, not a person; a title in the name
    assert inner_authors("the people hired by Lena Marwick") == []
    assert inner_authors("a report by Harlow Council") == []
    assert inner_authors("a report by Senator Marwick") == []


# (c) a month after who speaks is no part of the source

_MONTHS = ("The plant was closed last year.\n\n"
           "Federal prosecutors in April said the owners had lied.\n\n"
           "Police in Dayton said the owners had lied.\n")


def test_a_month_after_the_speakers_is_dropped():
    assert who(_MONTHS, "Federal prosecutors in April said") == "Federal prosecutors"


def test_a_place_after_the_speakers_stays():
    # near-miss: a place is who they are
    assert who(_MONTHS, "Police in Dayton said") == "Police in Dayton"


def test_undated_source_shapes():
    from summarizer.attribution.source_parts import undated_source
    assert undated_source("Federal prosecutors in April") == "Federal prosecutors"
    assert undated_source("Investigators last March") == "Investigators"
    assert undated_source("State auditors in May 2019") == "State auditors"
    # near-misses: "May" alone may be a surname; a place; nothing but a function word before the month
    assert undated_source("Officials in May") is None
    assert undated_source("Police in Dayton") is None
    assert undated_source("the in April") is None


# (d) the digest: shared names and role or body nouns alone make no agreement

_HOLD = "Rate My Plumber, the home-repair site, last weekend froze its plans to expand its Dorrington headquarters."
_LETTER = ("On Tuesday, executives of eleven Keswick companies, among them Rate My Plumber and Ovalon, wrote to the "
           "governor to set out their worries.")
_ABANDON = ("That day, Tom Ellery, chief executive of Rate My Plumber, said the company was dropping an agreement with "
            "the county to expand its headquarters.")


def _agreed(a: str, b: str) -> bool:
    from tests.test_digest47 import _sections
    return any(len(g.quotes) >= 2 and a in g.quotes and b in g.quotes for g in _sections(a, b).agreements)


def test_a_firms_officers_and_a_letter_make_no_agreement():
    assert _agreed(_LETTER, _ABANDON) is False


def test_the_same_plan_dropped_still_agrees():
    # near-miss: words outside the names and roles are shared ("expand", "headquarters")
    assert _agreed(_HOLD, _ABANDON) is True


# (e) "the judge" is the one person the article titled "Justice" after a court's name

_COURT = ("A county judge has rejected a request to unseal the file.\n\n"
          "Harlow County Supreme Court Justice Ann Pike turned the plea down in an order made public on Thursday.\n\n"
          "\"The court will not act,\" Pike wrote.\n\n"
          "Lawyers for both sides filed papers opposing the request.\n\n"
          "The former husband argued that the law puts such files off-limits.\n\n"
          "The judge agreed with the former wife that the file should stay closed.\n")


def test_the_judge_is_the_justice_named_before():
    got = who(_COURT, "The judge agreed with the former wife")
    assert got is not None and got.endswith("Ann Pike")  # the justice, as "Pike wrote" reads her: one speaker
    assert got == who(_COURT, "\"The court will not act,\" Pike wrote.")


def test_the_judge_is_no_person_of_another_title():
    # near-miss: the person named before holds no judge's title
    text = _COURT.replace("Supreme Court Justice", "Court Clerk")
    assert who(text, "The judge agreed with the former wife") == "The judge"


# (f) a body's trade written before its name: the name, and "the union" after it is that body

_UNION = ("Steel union Forge said the plan would cost 2,000 jobs at the plant.\n\n"
          "\"This is a dark day,\" the union said.\n\n"
          "Forge said it would ballot members next week.\n")


def test_a_bodys_trade_before_its_name_is_left_out():
    assert who(_UNION, "Steel union Forge said") == "Forge"
    assert who(_UNION, "the union said") == "Forge"
    assert who(_UNION, "Forge said it would ballot") == "Forge"


def test_described_body_shapes():
    from summarizer.attribution.source_parts import described_body
    assert described_body("Tech firm Brightline") == "Brightline"
    assert described_body("Oil company Petrona") == "Petrona"
    # near-misses: a person's office; a function word first; a title as the name; two words of a name
    assert described_body("Labour leader Starling") is None
    assert described_body("The union Forge") is None
    assert described_body("Senate committee Chairman") is None
    assert described_body("Steel union Forge Workers") is None


# (g) "Mr. <Surname>" of father or son, both named in full: the one of them who spoke last as a source

_KIN = ("When Gov. Tom Pell spoke on Wednesday about the bill, he said he would ask for changes.\n\n"
        "\"I love my dad, but we disagree,\" Ray Pell said on Wednesday.\n\n"
        "Mr. Pell grew up on the campaign trail.\n\n"
        "\"It is always a lively conversation,\" Mr. Pell said.\n")


def test_mr_surname_is_the_one_of_two_who_spoke_last():
    assert who(_KIN, "\"It is always a lively conversation,\" Mr. Pell said.") == "Ray Pell"


def test_mr_surname_of_two_who_never_spoke_stays():
    # near-miss: neither of the two was a source before: which one is meant is not written
    text = ("Gov. Tom Pell and his son, Ray Pell, were seen at the fair on Wednesday.\n\n"
            "\"It is always a lively conversation,\" Mr. Pell said.\n")
    assert who(text, "\"It is always a lively conversation,\" Mr. Pell said.") == "Mr. Pell"


def test_mr_surname_is_never_a_pair_that_spoke():
    # near-miss (a PolNeAR column's flip of this branch's first version): "Both Mr. <A> and Mr. <B> say ..." spoke
    # last, yet it is two people, no fuller form of "Mr. <B>"
    text = ("Last week, I caught Larry Vane on his new network.\n\n"
            "Just as intriguing was the host and former radio personality Ed Pell.\n\n"
            "Readers may well wonder: \"Larry Vane and Ed Pell are on a state-financed network?\"\n\n"
            "Both Mr. Vane and Mr. Pell say the network's managers have never told them what to say.\n\n"
            "\"The pay is very good,\" Mr. Vane said.\n\n"
            "A passionate defender of the network, Mr. Pell likened it to a public broadcaster in an interview last week.\n")
    got = who(text, "Mr. Pell likened it to a public broadcaster")
    assert got is not None and " and " not in got
