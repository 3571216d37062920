"""Session 30, digest33: whole digests read as an analyst would (issue 15). Invented sentences with
the shapes found, each with what the analyst expects to read:

1. a storyline led by an adjective of origin or direction ("Norvanian gunboats", "Danish troops",
   "Western envoys"): no storyline of its own; a name used as a name keeps its storyline;
2. a quantity row that is the claim's own time window ("12 raids in the past four years": a row
   "four years"): the window is the row's `when`, not a thing counted;
3. a year inside a "since" / "until" clause ("since the siege began in 2019"): the bound of a
   stretch, not the claim's day: no timeline entry and no `when` for its quantity rows;
4. a one-word storyline that is only ever part of longer names ("Marl" of "Marl County Sheriff's Office"
   and "Marl Valley"): the longer names are listed, the part is no storyline;
5. a storyline title whose name runs over a possessive ("ABL's Northern Division") was title-cased
   from its key ("Abl Northern Division");
6. a conflict titled from the words its two claims share began with "saying".
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from summarizer.digest.build import build_sections
from summarizer.digest.rowcontext import bound_year
from summarizer.digest.storylines import adjective_only, inside_longer_names_only, name_as_written
from summarizer.digest.tables import the_claims_window
from tests.test_align_disputes import FILLER, _articles


def _f(text):
    return SimpleNamespace(claim=SimpleNamespace(text=text, evidence=SimpleNamespace(quote=text)))


# 1. storylines led by an adjective -------------------------------------------------------------------
@pytest.mark.parametrize("key,texts", [
    ("norvanian", ["Norvanian gunboats shelled the harbour.", "The Norvanian navy lost two tugs."]),
    ("western", ["Western diplomats left the capital.", "Two Western envoys met the minister."]),
    ("norvanian", ["Norvanian armored columns crossed the river.", "Norvanian gunboats fired."]),
    # a use inside a longer name counts neither way
    ("norvanian", ["Norvanian gunboats fired.", "The Norvanian Navy said nothing."]),
])
def test_a_word_of_origin_before_nouns_leads_no_storyline(key, texts):
    assert adjective_only(key, [_f(t) for t in texts])


@pytest.mark.parametrize("key,texts", [
    ("sullivan", ["Sullivan said the bridge was safe.", "Sullivan testified that the plans changed."]),
    ("brennan", ["Brennan argued that the vote was early.", "Brennan fled ."]),
    ("norvanian", ["Norvanian gunboats fired.", "He spoke to a Norvanian at the port."]),
    ("norvanian", ["Norvanian gunboats fired.", "The Norvanian's boat sank."]),
    ("norvania", ["Norvania gunboats fired."]),  # no adjective ending: a place name
])
def test_a_name_used_as_a_name_keeps_its_storyline(key, texts):
    assert not adjective_only(key, [_f(t) for t in texts])


def test_the_digest_lists_no_storyline_led_by_an_adjective():
    arts = _articles("Harbour\n\n" + FILLER + "Norvanian gunboats shelled the port of Delmar on Monday.\n"
                     "Norvanian divers later searched a sunken tug.\n" + FILLER,
                     "Harbour\n\n" + FILLER + "The Norvanian fleet fired on Delmar, the mayor said.\n"
                     "Norvanian sailors were seen near the old lighthouse.\n" + FILLER)
    al, _, _ = build_sections(arts)
    titles = [s.title for s in al.storylines]
    assert "Delmar" in titles
    assert "Norvanian" not in titles, titles


# 2. a quantity that is the claim's time window ----------------------------------------------------------
def test_the_claims_window_is_no_counted_thing():
    assert the_claims_window("four years", "years", "in the past four years")
    assert the_claims_window("24 hours", "hours", "over the past 24 hours")
    assert not the_claims_window("four years", "years", "in 2019")
    assert not the_claims_window("raids", None, "in the past four years")
    assert not the_claims_window("four years", "years", None)


def test_the_quantity_table_shows_the_count_not_its_window():
    arts = _articles("Raids\n\n" + FILLER + "The Dorrin militia has carried out 14 raids on border posts in the past "
                     "three years, a tally by the Kessel Institute shows.\n" + FILLER)
    _, _, rows = build_sections(arts)
    counted = {r.counted: r for r in rows}
    assert "raids" in counted, list(counted)
    assert "three years" not in counted, list(counted)


# 3. a year inside a "since" / "until" clause -------------------------------------------------------------
@pytest.mark.parametrize("text,when,expected", [
    ("The army has fired 900 shells since the siege began in 2019, with half aimed at the port.", "in 2019", True),
    ("The lease runs until the tower is sold in 2031.", "in 2031", True),
    ("The siege began in 2019, and the army has fired 900 shells since.", "in 2019", False),
    ("In 2019 the army fired 900 shells, since the port was open.", "in 2019", False),
    ("The army fired 900 shells in 2019.", "in 2019", False),
])
def test_a_year_in_a_since_clause_is_a_bound(text, when, expected):
    assert bound_year(text, when) is expected


def test_a_count_since_a_year_is_neither_dated_nor_on_the_timeline():
    arts = _articles("Siege\n\n" + FILLER + "Port officials said the army has fired about 900 shells at Velmar "
                     "since the siege began in 2019.\nThe first ferry to Velmar sailed in 2021.\n" + FILLER)
    _, timeline, rows = build_sections(arts)
    assert [e.date for e in timeline] == ["2021"], [(e.date, e.text) for e in timeline]
    shells = [r for r in rows if r.counted == "shells"]
    assert shells and all(r.when is None for r in shells), [(r.counted, r.when) for r in rows]


# 4. a part of longer names ----------------------------------------------------------------------------
@pytest.mark.parametrize("key,texts", [
    ("marl", ["The Marl County Sheriff's Office arrested two men.", "Deputies in Marl County, Orlen, searched the dunes."]),
    ("beach", ["Crowds filled Larkin City Beach on Friday.", "The Larkin City Beach patrol closed the pier."]),
])
def test_a_word_only_written_inside_longer_names_is_no_storyline(key, texts):
    assert inside_longer_names_only(key, [_f(t) for t in texts])


@pytest.mark.parametrize("key,texts", [
    ("venn", ["Mayor Ida Venn opened the pier.", "Venn said the pier was safe."]),
    ("beach", ["Crowds filled Larkin City Beach.", "The Beach was closed at noon."]),  # "The" opens no name
    ("orlen", ["Deputies in Marl County, Orlen, searched.", "Orlen's pier reopened."]),  # a possessive ends the run
])
def test_a_word_written_alone_somewhere_keeps_its_storyline(key, texts):
    assert not inside_longer_names_only(key, [_f(t) for t in texts])


def test_the_digest_lists_no_word_only_written_inside_longer_names():
    arts = _articles("Dunes\n\n" + FILLER + "Marl County deputies held two men near the dunes.\n"
                     "The Marl Valley ferry stopped running on Friday.\nA storm flooded Marl Harbor overnight.\n" + FILLER,
                     "Dunes\n\n" + FILLER + "Two men were held by Marl County deputies.\n"
                     "The storm hit Marl Springs and the coast road.\nFerries from Marl Valley were halted.\n" + FILLER)
    al, _, _ = build_sections(arts)
    titles = [s.title for s in al.storylines]
    assert "Marl" not in titles, titles
    assert {"Marl County", "Marl Valley"} <= set(titles), titles


# 5. a possessive inside a storyline's name -----------------------------------------------------------
def test_a_storyline_title_keeps_a_possessive_as_written():
    fs = [_f("The Falcons clinched the top seed in the ABL's Northern Division."),
          _f("The ABL's Northern Division title went to the Falcons.")]
    assert name_as_written("abl northern division", fs) == "ABL's Northern Division"
    assert name_as_written("northern division", fs) == "Northern Division"


# 6. a conflict titled by a verb of saying -------------------------------------------------------------
def test_a_conflicts_title_from_shared_words_leaves_out_verbs_of_saying():
    from summarizer.digest.predicates import topic_of

    def feat(low):
        return SimpleNamespace(name_seqs=set(), names=set(), low=low, words={"saying", "tariff", "harbour"},
                               weights={"saying": 3.0, "tariff": 2.0, "harbour": 1.0})
    f1 = feat("the envoy left, saying the harbour tariff was lawful")
    f2 = feat("the board met, saying the harbour tariff was not lawful")
    assert topic_of(f1, f2) == "tariff, harbour"
