"""Session 21, read22: shapes found by reading the code path's claims on eight faithfulness
documents no session had read (issues 12 and 15). Invented sentences with invented names; the
expected answers were written before the code was run."""

from __future__ import annotations

import pytest

from tests.reading import code, who


def _claims(text: str):
    return code(text, "read22.txt").claims


def _claim(text: str, opening: str):
    found = [c for c in _claims(text) if c.text.startswith(opening)]
    assert found, f"no claim opens with {opening!r}: {[c.text for c in _claims(text)]}"
    return found[0]


# -- 1. a city before a wire tag glued to the first word is a dateline (d4, d6: "<City> (CNN)<Name> is
# -- ..." kept the city and the tag in the first claim's text, and the city in the person's name,
# -- "<City> <First> <Last>", on every claim she spoke)

_GLUED = ("Velmora (CNN)Ada Quist is rehearsing at the Norland Opera House on a wet Monday. "
          "The singer arrived in Velmora six years ago. Ada Quist says the season will open in May with a new production.")


def test_a_city_and_a_glued_wire_tag_are_not_in_the_first_claim():
    assert _claims(_GLUED)[0].text.startswith("Ada Quist is rehearsing")


def test_a_city_and_a_glued_wire_tag_are_not_in_the_speakers_name():
    c = _claim(_GLUED, "Ada Quist says")
    assert c.attributed_to == "Ada Quist"


@pytest.mark.parametrize("text, opening", [
    # a ticker in brackets after a company, then a space: no dateline
    ("Arbor (ARBR) shares fell 5% on Monday after the company cut its forecast for the year.", "Arbor (ARBR) shares"),
    # a place with its country before the tag already was one
    ("Marlow, Norland (CNN)The council voted on Monday to close the old bridge to all traffic.", "The council voted"),
])
def test_apart_a_ticker_stays_and_a_city_with_its_country_is_still_a_dateline(text, opening):
    assert _claims(text)[0].text.startswith(opening)


# -- 2. a name used as a thing's name after an article is no person (d3: "he" in a collector's
# -- story went to a film series named in "an overseas <Series> convention" and to "The <Place> alter
# -- ego of the <Character>"; eleven claims)

_COLLECTOR = ('Ivo Brand has collected toys from the Moon Patrol films since the 1990s. '
              'The idea for his costume began when he attended an overseas Moon Patrol convention. '
              '"It changed my life," he said.')
_ALTER_EGO = ('Ivo Brand built his first costume in a garage in Kelso. '
              'The Kelso alter ego of the Star Captain has since become a hit at fairs. '
              '"I never planned any of it," he said.')


def test_a_name_after_an_article_and_before_a_noun_is_no_antecedent_of_he():
    assert who(_COLLECTOR, '"It changed my life," he said.') == "Ivo Brand"


def test_a_name_right_after_the_is_no_antecedent_of_he():
    assert who(_ALTER_EGO, '"I never planned any of it," he said.') == "Ivo Brand"


@pytest.mark.parametrize("text, sentence, name", [
    # a title's name after "the" is a person
    ("The lecture was given by the Rev. Tom Hale at the chapel on Sunday. He said the roof needed repair.",
     "He said the roof", "Rev. Tom Hale"),
    # an article, a word, then a name before a verb: a person
    ("The embattled Tom Hale has resigned from the board of the club. He said the decision was his alone.",
     "He said the decision", "Tom Hale"),
])
def test_apart_a_person_after_an_article_is_still_an_antecedent(text, sentence, name):
    assert who(text, text[text.index(sentence):]) == name


# -- 3. "he"/"she" with no fitting name in the window: the last speaker, if of that gender (d3: a
# -- collector named six one-sentence lines up, then link lines; "he said" was rejected as unnamed)

_LINES = ('Ivo Brand has collected toys for thirty years.\n'
          '"I started when I was six," he told the Kelso Herald.\n'
          'His house holds more than 4,000 pieces.\n'
          'Every room has a display case.\n'
          'Only the kitchen is kept clear.\n'
          'Read more:\n'
          '"My family thinks I am mad," he said.')


def test_he_far_from_any_name_is_the_last_speaker_shown_as_a_man():
    assert who(_LINES, '"My family thinks I am mad," he said.') == "Ivo Brand"


def test_apart_she_far_from_any_name_is_not_the_last_speaker_shown_as_a_man():
    text = _LINES.replace('"My family thinks I am mad," he said.', '"My family thinks he is mad," she said.')
    assert who(text, '"My family thinks he is mad," she said.') != "Ivo Brand"


# -- 4. a theatre, an opera or a gallery is an organisation (d6: "<The X Ballet Theatre> says ..." made
# -- the theatre a person, and the dancer's next "she says" went to it; six claims)

_THEATRE = ("Ada Quist joined the Velmora Ballet Theatre in 2013, where she still works as a principal dancer. "
            "The Velmora Ballet Theatre says her salary matches her job title. "
            "But she says life outside the ballet world is hard for foreigners.")


def test_she_after_a_theatre_speaks_is_the_dancer():
    assert who(_THEATRE, "But she says life outside the ballet world is hard for foreigners.") == "Ada Quist"


def test_apart_it_after_a_theatre_speaks_is_the_theatre():
    text = _THEATRE.replace("But she says life outside the ballet world is hard for foreigners.",
                            "It says dancers are paid more on average.")
    assert who(text, "It says dancers are paid more on average.").endswith("Velmora Ballet Theatre")


# -- left: shapes found and not fixed (strict xfails; evals/RESULTS.md "Session 21: read22")

_LEFT_SOURCE = [
    # d6: "He" right after a director named at a sentence's end, in a sentence whose object ("the
    # dancer") is the article's subject, went to that subject
    ("Ada Quist left the company in 2013. The troupe stands by remarks made back then by its director, "
     "Tom Hale. He asked the dancer to file a complaint with the police.",
     "He asked the dancer to file a complaint with the police.", "Tom Hale"),
    # d6: "<X> may be grand but <Y> is not: for her <work> ... <Name> says ..." (a cue after a colon and an opener)
    ("Ada Quist dances at the Velmora Ballet Theatre. The hall may be splendid but her wage is not: for her work "
     "as a lead dancer Ada Quist says she is paid 310 pounds a month.",
     "for her work as a lead dancer Ada Quist says she is paid 310 pounds a month.", "Ada Quist"),
    # d1: "she said" after a quotation whose speaker was just named (gender not shown) went to a woman
    # the article showed as one two sentences before
    ('Ann Roe, the head of a campaign group, said in a statement that the law was the first of many. '
     '"This law will change the state," she said. Joan Vale, who runs a clinic in Kelso, said on Twitter '
     'that the signing marked a sad day. "This law puts women at risk," she said.',
     '"This law puts women at risk," she said.', "Joan Vale"),
    # d3: a quotation tagged "he laughed" after a thing's name; the collector is the speaker
    ('Ivo Brand built his first costume in a garage in Kelso.\nThe Kelso alter ego of the Star Captain has '
     'since become a hit at fairs.\n"I don\'t know whether the Captain is a villain or a hero," he laughed.',
     '"I don\'t know whether the Captain is a villain or a hero," he laughed.', "Ivo Brand"),
]


def test_three_participles_before_she_says():
    # d6, left by read22; fixed in session 30 (shapes33: long participial openers before the speaker)
    text = ("Ada Quist dances at the Velmora Ballet Theatre. Resting by the stage door, joking with two stagehands and "
            "lacing her shoes before practice, she says her wages must stretch across a whole month.")
    assert who(text, "Resting by the stage door, joking with two stagehands and lacing her shoes before practice, "
                     "she says her wages must stretch across a whole month.") == "Ada Quist"


@pytest.mark.xfail(strict=True, reason="read22 left: source shapes not fixed (see the comment of each case)")
@pytest.mark.parametrize("text, sentence, name", _LEFT_SOURCE)
def test_left_source(text, sentence, name):
    assert who(text, sentence) == name


_LEFT_OUTLET = [
    # d5: "wrote" with a written work as its object is authorship, not a speech act
    "Ivo Brand, who died in 1901, wrote most of his plays between 1880 and 1899.",
]


@pytest.mark.xfail(strict=True, reason="read22 left (d5): an act read as a speech act ('wrote' + a work)")
@pytest.mark.parametrize("text", _LEFT_OUTLET)
def test_left_act_is_the_outlets(text):
    assert _claims(text)[0].attributed_to == "article"


def test_a_response_by_its_act_is_the_outlets():
    # d7: "responded, first by <-ing>" is an act (fixed by attr52, cue_subjects: RESPONSE_BY_ACT_RE)
    assert _claims("A regional alliance responded, first by dropping food in the hills.")[0].attributed_to == "article"


def test_left_reports_emerged_is_hearsay():  # d7: fixed by attr52 (lang.EMERGED_REPORTS_RE)
    c = _claims("Reports emerged from some survivors that the guards beat the prisoners.")[0]
    assert (c.attributed_to, c.certainty) != ("article", "stated")


@pytest.mark.xfail(strict=True, reason="read22 left (d4): '<Outlet>'s X contributed reporting.' at the end is shown as a claim")
def test_left_a_possessive_contributor_line_is_furniture():
    text = ("The council voted on Monday to close the old bridge to all traffic for a year. "
            "KTV's Tom Hale contributed reporting.")
    assert not any(c.text.startswith("KTV's Tom Hale") for c in _claims(text))


@pytest.mark.xfail(strict=True, reason="read22 left (d4): a speed's 'per hour' is dropped from the unit (603 'km')")
def test_left_a_speed_keeps_per_hour():
    c = _claims("The new train hit 603 kilometers per hour on a test track in Kelso on Tuesday, setting a record.")[0]
    assert any("hour" in (q.unit or "") for q in c.quantities)
