"""Session 19, left20 (issue 12): the source, certainty and text shapes the session-18 readers left
(read19's "Left, and why", left19's and attr19's "Left"): a comma inside an organisation's name, a
subject with a list of examples ("Critics such as X said"), a cue inside a relative clause before a
colon quotation ("of which X once wrote: ..."), quotation tags of written things and elliptical
subjects ('"...," reads one inscription.', '"...," another says.'), "A, said X, but it B", the short
clause after ";", certainty ("whether A or B", a habitual "would", "at risk of"), left19's strict
xfails, and text (a verbless label line, an exclamation, a link headline).
Invented sentences of each shape with near shapes ("apart" cases) that must not change; the expected
source / certainty / text were written from evals/GUIDELINES.md (§2, §6) before the tool ran."""

from __future__ import annotations

import pytest

from tests.test_reading_outputs import _code


def _claims(text: str):
    return _code(text).claims


def _by_start(text: str, start: str):
    hits = [c for c in _claims(text) if c.text.lstrip('"“').startswith(start)]
    assert len(hits) == 1, [(c.text, c.attributed_to) for c in _claims(text)]
    return hits[0].attributed_to, hits[0].certainty


def _last(text: str):
    claims = _claims(text)
    assert claims, text
    return claims[-1].attributed_to, claims[-1].certainty


# -- (1) a comma inside an organisation's name -------------------------------------------------------

@pytest.mark.parametrize("sentence,source", [
    ("The report from the Council on Food, Farming and Rural Affairs (CFFRA) says that river water is getting dirtier.",
     "the Council on Food, Farming and Rural Affairs (CFFRA)"),
    ("The Council on Food, Farming and Rural Affairs says that river water is getting dirtier.",
     "The Council on Food, Farming and Rural Affairs"),
    # no comma: the preposition inside the name is no topic ("a release from X about Y" cuts at "about")
    ("The report from the Council on Food and Farming says that river water is getting dirtier.",
     "the Council on Food and Farming"),
    ("The report from the Council on Food says that river water is getting dirtier.", "the Council on Food"),
    # apart: a series of places before the tag is the content, the council alone speaks
    ("Prices rose in Dorvan, Tarrin and Ellis, the Council said.", "the Council"),
    ("A statement from the mayor on Monday said the road was shut.", "the mayor"),
])
def test_comma_inside_an_organisations_name(sentence, source):
    assert _last(sentence)[0] == source


# -- (2) a subject with a list of examples ------------------------------------------------------------

@pytest.mark.parametrize("sentence,source", [
    ("Critics such as Ella Moss said that rents rose.", "Critics such as Ella Moss"),
    ("Critics of the plan such as Ella Moss said that rents rose.", "Critics of the plan such as Ella Moss"),
    ("Groups such as the Dorvan Tenants Union said that rents rose.", "Groups such as the Dorvan Tenants Union"),
    ("Other users like Tom Brand pointed out that the clip was cut.", "Other users like Tom Brand"),
])
def test_subject_with_examples(sentence, source):
    assert _last(sentence)[0] == source


def test_subject_with_examples_and_a_relative():
    got = _by_start("Critics such as Ella Moss, who leads a tenants group, said that rents rose.", "Critics")
    assert got == ("Critics such as Ella Moss", "reported")


def test_subject_with_examples_apart():
    # apart: an "as" clause after a comma is no subject ("such as X said they would": no statement of X's here)
    assert _last("Prices rose, such as Ella Moss said they would.")[0] == "article"


# -- (3) a cue inside a relative clause before a colon quotation ------------------------------------

@pytest.mark.parametrize("sentence,quote_start,source", [
    ('He grew up near the old mill, of which his father once wrote: "It was the heart of the town."', "It was the heart",
     "his father"),
    ('The band played the Quintet in D, of which Carl Berg once wrote: "I consider it the best thing I have written."',
     "I consider it", "Carl Berg"),
])
def test_relative_cue_before_colon_quote(sentence, quote_start, source):
    assert _by_start(sentence, quote_start) == (source, "reported")
    assert _by_start(sentence, sentence[:8])[0] == "article"  # the clause before the relative: the outlet's


def test_relative_cue_about_which_she_said():
    got = _last('Lena Orr visited the old harbor, about which she said: "It is where I learned to swim."')
    assert got == ("Lena Orr", "reported")


def test_relative_without_cue_apart():
    # apart: a relative clause with no cue before the colon, the quotation stays the outlet's
    got = _by_start('He grew up near the old mill, of which his father owned half: "It was the heart of the town."',
                    "It was the heart")
    assert got[0] == "article"


# -- (4) quotation tags of written things and elliptical subjects -----------------------------------

@pytest.mark.parametrize("sentence,source", [
    ('"Rest here, traveller," reads one inscription.', "one inscription"),
    ('"Keep out of the river," reads the sign.', "the sign"),
    ('"Keep out of the river," reads one sign.', "one sign"),
    ('"Keep the river clean," reads a third.', "a third"),
    ('"No dogs past this gate," another says.', "another"),
    ('"We lost the house," another said.', "another"),
    # apart: shapes that were right already
    ('"Keep out of the river," the sign says.', "the sign"),
    ('"We lost the house," one resident said.', "one resident"),
    ('"It reads well," said the critic.', "the critic"),
])
def test_written_and_elliptical_tags(sentence, source):
    assert _last(sentence) == (source, "reported")


# -- (5) a quotation tag with a place tail and capitals ("an ER nurse") ------------------------------

@pytest.mark.parametrize("tail", ["an ER nurse", "a nurse"])
def test_tag_with_place_tail(tail):
    text = ('Tom Brand stayed up all night. "We saw the water rise in minutes," he said Monday from his home in '
            f'East Leeds, where he works as {tail}.')
    assert _by_start(text, "We saw") == ("Tom Brand", "reported")


def test_tag_with_place_tail_she():  # (a strict xfail until session 46: attr55's venue tail or coref55 resolves it now)
    text = ('Ana Ruiz found the old letters in 2019. "This is a real treasure," she said Monday night from her home '
            'in East Leeds, where she works as an ER nurse.')
    assert _by_start(text, "This is a real")[0] == "Ana Ruiz"


# -- (6) "A, said X, but it B": the sentence goes on in X's statement --------------------------------

def test_inverted_tag_then_but_pronoun():
    text = "The land was sold, said Tom Grey, but it changed hands later."
    assert _by_start(text, "The land was sold")[0] == "Tom Grey"
    assert _by_start(text, "It changed hands")[0] == "Tom Grey"


def test_inverted_tag_then_but_noun_apart():
    # apart: a noun subject after ", but" opens the outlet's own clause (as after an initial frame, lead17)
    text = "The mill was a family business for years, said Tom Grey, but the bank seized it in 2015."
    assert _by_start(text, "The mill was")[0] == "Tom Grey"
    assert _by_start(text, "The bank")[0] == "article"


# -- (7) "X said that A; B" with a short B (tests/test_attr19.py's strict xfail, now passing) ---------

@pytest.mark.parametrize("sentence,source", [
    ("Mayor Dana Vale said that the mill would close in June; the union met on Monday.", "Mayor Dana Vale"),
    ("Mayor Dana Vale said the mill closed; the union met on Monday.", "Mayor Dana Vale"),
    # apart: no frame, the outlet's
    ("The mill closed in June; the union met on Monday.", "article"),
])
def test_short_clause_after_semicolon(sentence, source):
    assert _last(sentence)[0] == source


def test_long_clause_after_semicolon_apart():
    # apart: a clause long enough for a claim of its own is split off and is the outlet's (GUIDELINES §6)
    text = "Mayor Dana Vale said that the mill would close in June; the union met with the owners on Monday."
    assert _by_start(text, "Mayor Dana Vale")[0] == "Mayor Dana Vale"
    assert _by_start(text, "The union met")[0] == "article"


# -- (8) certainty: "whether A or B" of indifference, a habitual past "would", "at risk of" ----------

@pytest.mark.parametrize("sentence,expected", [
    ("The entry fee is ten pounds, whether the visitor is a child or an adult.", ("article", "stated")),
    ("In Dorvan, the waiting period is six months, whether the donor is young or old.", ("article", "stated")),
    ("The fee is ten pounds whether or not the visitor stays overnight.", ("article", "stated")),
    ("During the war, families would hide in the cellar below the mill.", ("article", "stated")),
    ("Every summer, the family would drive to the coast.", ("article", "stated")),
    # apart: a question after a word that takes one, a reported "would", a condition, a time to come, no past frame
    ("The board will decide whether the plant closes or stays open.", ("article", "speculative")),
    ("The app shows a badge indicating whether the driver is online or offline.", ("article", "speculative")),
    ("The board is reviewing whether the fees or the fines should change.", ("article", "speculative")),
    ("It is unclear whether the plant closed or stayed open.", ("article", "speculative")),
    ("The mayor asked whether the plant would close or stay open.", ("The mayor", "speculative")),
    ("During the war, the general said the troops would hold the pass.", ("the general", "speculative")),
    ("During the winter, the roads would close if it snowed.", ("article", "speculative")),
    ("In the next war, families would hide in the cellar.", ("article", "speculative")),
    ("Families would hide in the cellar.", ("article", "speculative")),
    # "at risk of": the claim's event is possible (GUIDELINES §6), kept `speculative`
    ("The town is at risk of flooding.", ("article", "speculative")),
])
def test_certainty_shapes(sentence, expected):
    assert _last(sentence) == expected


# -- (10) text: a verbless label line, an exclamation, a link headline are no claims ------------------

def _texts(body: str):
    return [c.text for c in _claims("A headline for the test.\n\n" + body)]


def test_label_line_is_no_claim():
    got = _texts("The charity welcomed the ruling on Monday.\n\nDorvan Trust Chief Executive Jane Doe.\n\n"
                 "The ruling takes effect in June.")
    assert got == ["The charity welcomed the ruling on Monday.", "The ruling takes effect in June."]


def test_exclamation_is_no_claim():
    got = _texts("The clip was watched two million times in a week. What a time to be alive.")
    assert got == ["The clip was watched two million times in a week."]


def test_link_headline_is_no_claim():
    got = _texts("The river otter is back in Dorvan after 40 years.\n\n7 things you didn't know about river otters\n\n"
                 "Otters were hunted out of the valley in the 1970s.")
    assert not any(t.startswith("7 things") for t in got), got


def test_text_apart():
    # apart: a free relative "What a spokesman said was ...", title-case lines with a past verb or a weekday
    got = _texts("What a spokesman for the firm said was that the clip was fake. Jane Doe Resigned On Monday. "
                 "The Board Of The Dorvan Trust Met In June.")
    assert len(got) == 3, got


# -- (9) left19's strict xfails: "gave a short reply:" (fixed; tests/test_left19.py) -----------------

@pytest.mark.parametrize("sentence,source", [
    ('Senator Mia Cole gave a short reply: "We will win."', "Senator Mia Cole"),
    ('Senator Mia Cole gave a reply: "We will win."', "Senator Mia Cole"),
    ('The governor closed his speech with a promise: "We will not let a single farm fail."', "The governor"),
    # apart: words the subject came upon are not its own
    ('Police found a note in the car: "Sorry for everything."', "article"),
])
def test_light_verb_before_colon_noun(sentence, source):
    assert _last(sentence)[0] == source
