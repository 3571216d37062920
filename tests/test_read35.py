"""Session 30, read35: shapes found reading the bundled tool's output on eight more CNN texts no session had
read (a car bomb, drones for crowd control, war dead exhumed, a capital case, a life sentence, a benefits rule,
an anti-drug campaign, attacks on security forces), claim by claim against their articles. Invented sentences
(names, places and topics changed), each with what an analyst reads in it; see evals/RESULTS.md
"Session 30: read35".

1. "Over the past <n> weeks, <people> have been detained and charged over ..., including <Name>, who was ...":
   the sentence went to a source "Over" (`claimed`): a capitalised preposition read as the subject before a
   coordinated "and charged".
2. "<Name>, <Title> of <body> in <place>, told <outlet> ... '...,' she said.": the pronoun went to the title.
3. "<A> will remain said <Name>, but <B> will be narrowed.": a comma-less tag before ", but" was not read; both
   halves were the outlet's.
4. 'Under the new "no <x>, no <y>" scheme, <a rule> will be removed ...' was `negated` (a slogan's "no").
5. "... in the deaths of <A>, <age>, her <age>-year-old <relative>, <B>, and <age>-year-old <relative>, <C>." was rejected as
   "roles swapped" against itself (two of the names share a word), and the arrest was in no claim.
"""

from __future__ import annotations

from tests.reading import code, who


def _claim(summary, start_words: str):
    return next(c for c in summary.claims if c.text.lstrip("'‘\"“").startswith(start_words))


# 1. a capitalised preposition is no subject -------------------------------------------------------------------
_TAX = ("Over the past five weeks, a string of radio hosts have been detained and charged over tax matters, "
        "including Tom Pell, who was convicted on a tax charge and sentenced to four weeks in jail.")


def test_an_opening_over_phrase_is_no_source():
    c = _claim(code(_TAX), "Over the past")
    assert (c.attributed_to, c.certainty) == ("article", "stated")


def test_apart_a_name_after_an_opening_phrase_still_speaks():
    text = "Over the winter, Ann Vole said the ferry fares will rise by a third in the spring."
    assert who(text, text) == "Ann Vole"


# 2. a title in apposition is no antecedent of "she" ------------------------------------------------------------
_PORT = ('Marta Lind, Chief Inspector of customs in Varberg, southern Norway, told the Varberg Post the port has bought six '
         'scanners and has ordered two more. "The scanners have been trialled in quiet weeks," '
         'she said. "They worked well, and port staff are going to rely on them whenever there are busy sailings."')


def test_she_after_a_name_and_its_title_is_the_name():
    s = code(_PORT)
    assert _claim(s, "The scanners have been").attributed_to == "Marta Lind"
    assert _claim(s, "They worked well").attributed_to == "Marta Lind"


def test_apart_the_name_itself_still_speaks():
    assert _claim(code(_PORT), "Marta Lind, Chief").attributed_to == "Marta Lind"


# 3. a comma-less tag before ", but ..." ---------------------------------------------------------------------------
_WAIVERS = "Current waivers on health or family grounds will remain said Keller, but rules on family waivers will be narrowed."


def test_a_comma_less_tag_before_but_covers_both_halves():
    s = code(_WAIVERS)
    assert _claim(s, "Current waivers").attributed_to == "Keller"
    assert _claim(s, "Rules on family waivers").attributed_to == "Keller"


def test_apart_a_comma_less_tag_closing_the_sentence():
    text = "Current waivers on health or family grounds will remain said Keller."
    assert _claim(code(text), "Current waivers").attributed_to == "Keller"


# 4. a slogan's "no" ------------------------------------------------------------------------------------------------
def test_a_slogans_no_is_no_negation():
    text = 'Under the new "no ticket, no ride" scheme, the discount for students will be removed starting March 2027.'
    assert _claim(code(text), "Under the new").certainty == "speculative"


def test_apart_a_plain_negation_stays():
    text = "Under the new scheme, the discount for students will not be removed before March 2027."
    assert _claim(code(text), "Under the new").certainty == "negated"


# 5. the article's own sentence is no swapped roles -----------------------------------------------------------------
def test_a_list_of_victims_with_a_shared_surname_is_kept():
    text = ("Gus Fenn, who lives near the lake, was charged on Monday. The 52-year-old was detained March 4 in the "
            "deaths of Lina Orr, 31, her 36-year-old brother, Pavel Stein Barak, and 15-year-old niece, Mira Orr Tan-Bell.")
    s = code(text)
    assert any(c.text.startswith("The 52-year-old was detained") for c in s.claims)


# 6. "<Name>, <noun> of <Name2>, who ...": no background claim on the second name ---------------------------------
def test_a_relative_after_an_of_apposition_is_not_the_second_names():
    text = ("Over the past five weeks, radio hosts have been detained, including Tom Pell, nephew of chess champion "
            "Ed Pell, who was convicted on a tax charge.")
    assert not any(c.text.startswith("Ed Pell was") for c in code(text).claims)


def test_apart_a_relative_on_a_plain_name_still_describes_it():
    text = "The mill was sold to Ed Pell, who runs a bakery in Tarnby."
    assert any(c.text.startswith("Ed Pell runs a bakery") for c in code(text).claims)


# 7. a second count whose noun is elided ---------------------------------------------------------------------------
def _values(text, start):
    return [q.value for q in _claim(code(text), start).quantities or []]


def test_a_second_count_after_and_with_its_participle():
    assert _values("At least six workers were hurt and 14 injured, officials said.", "At least six") == [6, 14]


def test_a_second_count_after_and_another():
    assert _values("Three guards died and another 210 were hurt in the riots.", "Three guards") == [3, 210]


def test_apart_a_count_in_a_later_year_is_not_shared():
    assert _values("The firm hired six workers in 2019 and 14 more in 2020.", "The firm hired") == [6]


# 8. "..., with the <body> estimating/saying ...": the body's account -----------------------------------------------
def test_a_with_clause_of_a_body_estimating_is_the_bodys():
    text = ("Many towns could miss out on road money, with the state estimating more than 4,000 bridges across the "
            "north have not been inspected.")
    assert _claim(code(text), "Many towns").attributed_to == "the state"


def test_a_with_clause_of_a_body_saying_is_the_bodys():
    text = "Prices rose sharply in May, with the central bank saying demand would soon cool."
    assert _claim(code(text), "Prices rose").attributed_to == "the central bank"


def test_apart_a_with_clause_of_a_body_acting_is_the_outlets():
    text = "Prices rose sharply in May, with the bank holding rates steady."
    assert _claim(code(text), "Prices rose").attributed_to == "article"


def test_a_with_clause_of_a_body_with_a_proper_adjective():
    text = ("Hundreds of towns could miss out on road money, with the Danish government estimating more than 4,000 "
            "bridges have not been painted because of staff shortages.")
    assert _claim(code(text), "Hundreds of towns").attributed_to == "the Danish government"


# 9. "One <person> said ...": the speaker picked out is no count ----------------------------------------------------
def test_one_witness_who_speaks_is_no_count():
    assert _values("One witness said he saw gunmen in a firefight with guards and police.", "One witness") == []


def test_apart_one_witness_hurt_is_a_count():
    assert _values("One witness died in the fire.", "One witness") == [1]
