"""Session 31, read36: shapes found reading the bundled tool's output on eight more news texts no session had
read (a roadside camera, a television revival, a school prom invitation, a weight-loss story, old charges in court
papers, a column on riot coverage, a detainee released, a house built without permission), claim by claim against
their articles. Invented sentences (names, places and topics changed), each with what an analyst reads in it; see
evals/RESULTS.md "Session 31: read36".

1. "<Name> said <A>. "...," she said." went to a woman named earlier when the article showed her as one and said
   nothing of the speaker's gender: "<Name>, <X>'s mom," is a woman too ("mom", "mum", "dad" are gendered nouns).
2. "<X>'s mother, <Name>, was proud ... "...," she said.": the name in apposition after "<X>'s <noun>," is the
   sentence's subject (it was not salient, and "she" went to an earlier speaker).
3. '"...!" <Name> interjected.': "interject" is a verb of saying (the quotation went to the speaker before).
"""

from __future__ import annotations

from tests.reading import code, who


def _claim(summary, start_words: str):
    return next(c for c in summary.claims if c.text.lstrip("'‘\"“").startswith(start_words))


# 1. "mom" tells a woman ------------------------------------------------------------------------------------------
_CHOIR = ("Ivo Marr is a keen swimmer. Pia Kell is a new pupil. On Monday Ivo asked Pia to the spring dance. "
          "Tova Renn, a coach at the pool, took photos of Ivo and Pia at the gala. "
          '"It is a lot of work," said Rena Dorn, Pia\'s mom. Rena Dorn said Pia found the first weeks hard. '
          "She said the club pairs new swimmers with older ones. "
          '"By the spring things looked brighter," she said. As for Pia, she cannot stop smiling.')


def test_she_after_a_mother_named_as_mom_is_the_mother():
    s = code(_CHOIR)
    assert _claim(s, "She said the club pairs").attributed_to == "Rena Dorn"
    assert _claim(s, "By the spring").attributed_to == "Rena Dorn"


def test_apart_the_mother_named_in_her_tag_and_the_asker():
    s = code(_CHOIR)
    assert _claim(s, "It is a lot of work").attributed_to == "Rena Dorn"
    assert _claim(s, "On Monday Ivo asked").attributed_to == "Ivo Marr"


# 2. "<X>'s mother, <Name>, was ..." --------------------------------------------------------------------------------
_MEET = ('Pia Larch won the county spelling prize on Friday. "I was so nervous," she said. '
         'Olek Brand\'s mother, Dora Brand, was also at the hall. '
         '"It was a lovely evening for every family," she said.')


def test_she_after_a_possessive_kin_apposition_is_the_apposed_name():
    assert _claim(code(_MEET), "It was a lovely evening").attributed_to == "Dora Brand"


def test_apart_the_winner_still_speaks_first():
    assert _claim(code(_MEET), "I was so nervous").attributed_to == "Pia Larch"


# 3. "interjected" ---------------------------------------------------------------------------------------------------
_SHOP = ('"Pia wants to see every shop in town," her father said. '
         '"Because I have saved up all winter!" Pia interjected.')


def test_an_interjection_is_the_interjecter():
    assert _claim(code(_SHOP), "Because I have saved").attributed_to == "Pia"


def test_apart_the_father_keeps_his_line():
    assert _claim(code(_SHOP), "Pia wants to see").attributed_to == "her father"
