"""Session 18, read19: shapes found by reading the code path's claims on eight faithfulness
documents no session had read (issues 12 and 15). Invented sentences; the expected answers were
written before the code was run."""

from __future__ import annotations

from summarizer.attribution import analyze
from summarizer.dates import find_phrase, resolve
from summarizer.rules import kind
from tests.reading import code, who as _who


def _code(text: str):
    return code(text, "read19.txt")


# -- 1. an inverted cue after a closing quotation: a clause-only cue before a described name, and
# -- a name followed by "who" with no comma (d4: '"...," lamented Facebook user X in a comment.';
# -- d6: '"...," said Lord X who chairs the ... sub-committee.')

_PRE = "The vote on the bakery was close. "


def test_a_clause_only_cue_right_after_the_closing_mark_has_its_described_subject():
    s = "\"I am ruined and I will never bake bread in this town again,\" lamented local baker Ada Moss in a comment."
    assert _who(_PRE + s, s) == "local baker Ada Moss"


def test_a_clause_only_cue_after_the_closing_mark_with_a_plain_name():
    s = "\"I am ruined,\" scoffed Ada Moss."
    assert _who(_PRE + s, s) == "Ada Moss"


def test_a_clause_only_cue_with_an_object_stays_the_outlets_act():
    s = "Ada Moss lamented the loss of the old bakery."
    assert _who(_PRE + s, s) is None


def test_a_clause_only_cue_after_a_comma_inside_the_sentence_is_no_inverted_frame():
    s = "The bakery closed, lamented by many in the town."
    assert _who(_PRE + s, s) is None


def test_an_inverted_subject_ends_at_who_after_a_name():
    s = "\"Taxes will rise,\" said Lord Penrose who chairs the finance committee."
    assert _who(_PRE + s, s) == "Lord Penrose"


def test_the_next_quoted_paragraph_goes_on_with_the_speaker_named_before_who():
    text = (_PRE + "\"Taxes will rise,\" said Lord Penrose who chairs the finance committee.\n\n"
            "\"It may well be that rates rise again in the spring.\"\n")
    assert _who(text, "\"It may well be that rates rise again in the spring.\"") == "Lord Penrose"


def test_a_name_then_who_with_no_inverted_cue_stays_the_outlets():
    s = "The report was read by Lord Penrose who chairs the finance committee."
    assert _who(_PRE + s, s) is None


def test_an_inverted_subject_with_a_comma_before_who_is_unchanged():
    s = "\"Taxes will rise,\" said Ada Moss, who chairs the finance committee."
    assert _who(_PRE + s, s) == "Ada Moss"


# -- 2. a measured comparison of likelihood is a finding, not a plan (d3: "<people> from <kind of>
# -- homes were twice as likely to <face an outcome> than ...", "about five times more
# -- likely to <meet an outcome> than ...")

def test_twice_as_likely_is_no_plan():
    assert kind("Children from poor homes were twice as likely to face arrest than their richer peers.") != "plan"


def test_five_times_more_likely_is_no_plan():
    assert kind("Tenants were about five times more likely to be evicted than home owners.") != "plan"


def test_a_percent_less_likely_is_no_plan():
    assert kind("Smokers were 40 percent less likely to finish the course than other pupils.") != "plan"


def test_likely_to_without_a_measure_is_still_a_forecast():
    assert kind("The bill is likely to pass next month.") == "plan"
    assert kind("The council is unlikely to approve the new road.") == "plan"
    assert kind("Rates are more likely to rise than fall this year.") == "plan"


# -- 3. a weekday followed by its date is one time phrase (d1: "at about <HH:MM> on <Weekday> <D> <Month>";
# -- d5: "They begin on Friday, 18 September with ...")

def test_a_weekday_with_its_day_and_month_is_one_phrase():
    assert find_phrase("The dog was found at around 09:45 on Friday 14 March and brought to a vet.") == "on Friday 14 March"
    assert find_phrase("The concerts begin on Friday, 18 September with a sonata.") == "on Friday, 18 September"
    assert find_phrase("The fair opens on Tuesday, March 3, with a parade.") == "on Tuesday, March 3"


def test_a_weekday_with_its_date_resolves_to_that_date():
    # (published a week or more later: the latest such weekday is another day)
    assert resolve("on Friday, 18 September", "2015-09-30") == "2015-09-18"
    assert resolve("on Tuesday, March 3", "2015-03-12") == "2015-03-03"
    assert resolve("on Friday 14 March", "2014-03-25") == "2014-03-14"


def test_a_weekday_alone_or_before_a_count_keeps_its_old_reading():
    assert find_phrase("The fair opened on Friday and closed on 14 March.") == "on Friday"
    assert find_phrase("On Monday, 300 workers walked out of the plant.").lower() == "on monday"
    assert resolve("on Friday", "2015-09-20") == "2015-09-18"


def test_the_claims_when_keeps_the_date_after_the_weekday():
    text = ("A dog was rescued from a canal in the town.\n\n"
            "The dog was found by its owner Ida Crane at around 09:45 on Friday 14 March and brought to a vet.\n")
    s = _code(text)
    found = [c for c in s.claims if "found by its owner" in c.text]
    assert found and found[0].when == "on Friday 14 March"


# -- 4. a caption's position mark glued to the next sentence ends the caption (d8: a caption ending
# -- "(pictured)" with the next news sentence glued to it: the news sentence was lost with the caption)

def test_a_caption_position_mark_before_a_capital_ends_the_sentence():
    from summarizer.chunk import split_sentences
    text = ("Wasps swarmed the park in August (pictured) Meanwhile, residents of the valley reported more ants. "
            "Bed bugs spread across the region (right) The number of ant nests tripled in two years.")
    got = [text[s.start:s.end] for s in split_sentences(text)]
    assert got[1].startswith("Meanwhile, residents of the valley")
    assert got[-1].startswith("The number of ant nests tripled")
    assert len(got) == 4


def test_a_position_mark_inside_a_sentence_does_not_split_it():
    from summarizer.chunk import split_sentences
    for text in ("Jane Doe (left) and Ann Roe arrive at the gala in town.",
                 "The mayor (pictured) said the road would reopen in May.",
                 "A chart shows rents in the city (left) and another shows wages (right)."):
        assert len(split_sentences(text)) == 1, text


def test_the_news_sentence_after_a_glued_caption_is_a_claim():
    text = ("Pest control firms were called out more often last year, a survey found.\n\n"
            "While city flats were plagued by mice, rural areas were flooded by the storm (pictured) "
            "Meanwhile, residents of Dunmore valley were the most likely to complain of trouble with ants.\n")
    s = _code(text)
    assert any(c.text.startswith("Meanwhile, residents of Dunmore valley") or c.text.startswith("Residents of Dunmore valley")
               for c in s.claims), [c.text for c in s.claims]


# -- 5. a person's name, a comma, and a capitalised title "of" an organisation with no closing comma
# -- before the cue (d2: "But Sir X, Chief Executive of Y Trust said: ..." gave the quotation to the title)

def test_a_capitalised_title_of_an_organisation_after_a_name_is_its_description():
    text = ("Rents rose again this year. But Ada Moss, Chief Executive of Shelter Trust said: "
            "\"The rise in rents is driven by a shortage of homes across the whole region.\"")
    assert _who(text, "\"The rise in rents is driven by a shortage of homes across the whole region.\"") == "Ada Moss"


def _names(text: str) -> list[str]:
    return [r.name for r in analyze(text).relations]


def test_a_capitalised_director_of_a_museum_after_a_name():
    text = "The roof of the museum leaked. Ida Crane, Director of Dunmore Museum said the repairs would take a year."
    assert _names(text) == ["Ida Crane"]


def test_an_opening_place_before_a_capitalised_title_is_no_name():
    text = "The roof of the museum leaked. In Dunmore, Director of Housing Ivo Brand said the repairs would take a year."
    assert len(_names(text)) == 1 and _names(text)[0].endswith("Ivo Brand")


def test_a_lower_case_description_after_a_name_is_unchanged():
    text = "The roof of the museum leaked. Ida Crane, head of the museum's board said the repairs would take a year."
    assert _names(text) == ["Ida Crane"]


# -- 6. a name after "the role of" is a character, not a person a later "he" means (d5: a quotation
# -- of the singer for whom the role was written went to the role)

def test_he_after_the_role_of_a_character_is_the_singer():
    text = ("The best account came from tenor Ivo Brand, for whom the composer wrote the role of Count Ruffo. "
            "\"He was a restless and difficult man, but never unkind to his singers,\" he said.")
    got = _who(text, "\"He was a restless and difficult man, but never unkind to his singers,\" he said.")
    assert got is not None and got.endswith("Ivo Brand")


def test_a_name_given_a_role_without_of_is_still_a_person():
    text = ("The director gave the part to Ivo Brand after a long search. "
            "\"I was thrilled and a little afraid of the high notes in the last act,\" he said.")
    assert _who(text, "\"I was thrilled and a little afraid of the high notes in the last act,\" he said.") == "Ivo Brand"


# -- 7. a past ranking by rate is a finding, not a hedged plan (d8: "residents of X were the most
# -- likely to <report something> ..." was `plan` and `speculative`)

_RANKED = "Meanwhile, residents of Dunmore valley were the most likely to complain of trouble with ants."


def test_a_past_ranking_by_rate_is_no_plan():
    assert kind(_RANKED) != "plan"
    assert kind("Pupils in the north were least likely to finish the course.") != "plan"


def test_a_past_ranking_by_rate_is_stated():
    text = "Pest firms were called out more often last year, a survey found.\n\n" + _RANKED + "\n"
    s = _code(text)
    found = [c for c in s.claims if "Dunmore valley" in c.text]
    assert found and found[0].certainty == "stated"


def test_a_present_superlative_likelihood_is_still_a_forecast():
    assert kind("Ivo Brand is the most likely to win the seat next month.") == "plan"
    text = "The race for the seat is close.\n\nIvo Brand is the most likely to win the seat.\n"
    s = _code(text)
    found = [c for c in s.claims if "Ivo Brand" in c.text]
    assert found and found[0].certainty == "speculative"


# -- 8. a negation inside an embedded question after a preposition ("a list of who can and cannot
# -- donate") is that question's, not the main clause's (d2: the list's existence was `negated`)

def _certainty(text: str, start: str) -> str | None:
    s = _code(text)
    found = [c for c in s.claims if c.text.startswith(start)]
    return found[0].certainty if found else None


_MUSEUM = "The museum reopened on Monday after a long repair.\n\n"


def test_a_negation_in_a_question_after_of_is_not_the_main_clauses():
    text = _MUSEUM + "The council has a list of who can and cannot park near the museum.\n"
    assert _certainty(text, "The council has a list") == "stated"


def test_a_negated_main_clause_before_a_question_stays_negated():
    text = _MUSEUM + "The council did not say who can park near the museum.\n"
    assert _certainty(text, "The council did not say") == "negated"


# -- 9. the plural agent of a passive is a group "they" may mean (d3: "The study was carried out by
# -- X researchers. They found that ..." went to the government named two sentences before)

def test_they_after_a_passive_with_a_plural_agent_is_the_agent():
    text = ("The council has said the town is safer than ever. The survey was carried out by Dunmore University researchers. "
            "They found that a history of arrests was the strongest predictor of leaving school early.")
    assert _who(text, "They found that a history of arrests was the strongest predictor of leaving school early.") \
        == "Dunmore University researchers"


def test_a_passive_with_a_singular_agent_adds_no_group():
    text = ("Local traders opposed the new car park. The plan was approved by the council. "
            "They said that the car park would ruin the high street for years to come.")
    assert _who(text, "They said that the car park would ruin the high street for years to come.") == "Local traders"
