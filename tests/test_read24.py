"""Session 23, read24 (issues 12 and 15): shapes found reading the bundled tool's digest of two tuned
BASIL clusters against their articles, and the brief's known gaps. Invented sentences (invented names,
places and bodies), each with the source and certainty GUIDELINES §6 and §14 give its claim, written
before the `code` path ran on them; see evals/RESULTS.md "Session 23: read24".

1. a role noun naming the speaker ("the congressman said", "the congresswoman added") is the person the
   article named before with that title ("Rep. Ned Vale"), the last such; no such person: the noun stays;
2. a past participle aside before the subject ("Asked about the vote, the mayor said ...") or between
   the subject and its verb ("the mayor, asked about the vote, said ...") leaves the speaker the subject;
3. "announced that X was under review" is the announcer's report (`reported`), not a hedge.
"""

from __future__ import annotations

import re

import pytest

from tests.reading import code

HEADLINE = "Local news\n\n"

# (text, part of the claim's evidence, attributed_to, certainty)
ROLE_NOUN = [
    ("Rep. Ned Vale met the Dorrin farmers on Friday. The congressman said the grain levy was unfair.",
     "grain levy", "Rep. Ned Vale", "reported"),
    ("Rep. Mira Dell toured the flooded dam near Kelmont on Monday morning. The congresswoman added that the spillway had cracked.",
     "spillway", "Rep. Mira Dell", "reported"),
    ("Rep. Ned Vale met Mr. Holt on Friday. Then, the congressman, muttering in a low voice as he bent over the "
     "desk, said Mr. Holt was “not brave enough”.", "not brave enough", "Rep. Ned Vale", "reported"),
    # two with the title: the last one named before the noun
    ("Rep. Ned Vale spoke with several farmers on Friday. Later, Rep. Omar Pike visited the damaged dam near Kelmont. "
     "The congressman told reporters the spillway had cracked.", "spillway", "Rep. Omar Pike", "reported"),
    # a woman's noun is no man's title: the congresswoman is the one the article shows as a woman
    ("Rep. Mira Dell said she would visit the flooded dam. Rep. Omar Pike said he would stay in the capital. "
     "The congresswoman added that the spillway had cracked.", "spillway", "Rep. Mira Dell", "reported"),
    # a title noun already resolved before this session (kept)
    ("Sen. Ada Pruitt toured the Kelmont dam on Monday. The senator added that the spillway had cracked.",
     "spillway", "Sen. Ada Pruitt", "reported"),
    ("Ivo Brandt, the chief executive of Solberg Mills, opened a plant in Tarrow on Monday. "
     "The company's chief told reporters that the plant had hired 200 workers.", "200 workers", "Ivo Brandt", "reported"),
]

ROLE_NOUN_APART = [
    # no one named with that title: the noun stays
    ("Mr. Holt waited in the Dorrin hall on Friday. The congressman said the grain levy was unfair.",
     "grain levy", "the congressman", "reported"),
    # a senator is not "the congressman"
    ("Sen. Ada Pruitt toured the Kelmont dam on Monday. The congressman said the spillway had cracked.",
     "spillway", "the congressman", "reported"),
]

PARTICIPLE_ASIDE = [
    ("Mayor Ida Venn met Mr. Holt on Friday. Then, the mayor, asked about the vote, said it had gone well.", "gone well",
     "Mayor Ida Venn", "reported"),
    ("Mayor Ida Venn met Mr. Holt on Friday. Asked about the vote, the mayor said it had gone well.", "gone well",
     "Mayor Ida Venn", "reported"),
    ("Judge Mara Quill heard the Fenwick case on Monday. Pressed by reporters, the judge said the ruling was final.",
     "ruling was final", "Judge Mara Quill", "reported"),
]

PARTICIPLE_ASIDE_APART = [
    # an aside before an act: the outlet's
    ("Mayor Ida Venn met Mr. Holt on Friday. Asked to leave, the mayor walked to the podium.", "podium", "article", "stated"),
]

UNDER_REVIEW = [
    ("The Harbor Ethics Board announced in May that Mayor Ida Venn was under review.", "under review",
     "The Harbor Ethics Board", "reported"),
    ("Tolvik Foods said on Tuesday that its Brill plant was under investigation by county auditors.", "under investigation",
     "Tolvik Foods", "reported"),
]

UNDER_REVIEW_APART = [
    # a plan to review stays a plan
    ("The Harbor Ethics Board said it would review the Fenwick contract in June.", "review the Fenwick",
     "The Harbor Ethics Board", "speculative"),
]


def _norm(name: str) -> str:
    return re.sub(r"^the\s+", "", name.strip().lower())  # "The Ostrel Institute" = "Ostrel Institute"


def _holding(text: str, part: str):
    """The claim of the article whose evidence holds `part` (the `code` path)."""
    full = HEADLINE + text
    at = full.index(part)
    return next((c for c in code(full, "read24.txt").claims if c.evidence.start <= at < c.evidence.end), None)


def _check(text, part, source, certainty):
    c = _holding(text, part)
    assert c is not None, part
    assert (_norm(c.attributed_to), c.certainty) == (_norm(source), certainty)


@pytest.mark.parametrize("text,part,source,certainty", ROLE_NOUN + ROLE_NOUN_APART)
def test_role_noun_speaker(text, part, source, certainty):
    _check(text, part, source, certainty)


@pytest.mark.parametrize("text,part,source,certainty", PARTICIPLE_ASIDE + PARTICIPLE_ASIDE_APART)
def test_past_participle_aside(text, part, source, certainty):
    _check(text, part, source, certainty)


@pytest.mark.parametrize("text,part,source,certainty", UNDER_REVIEW + UNDER_REVIEW_APART)
def test_under_review_is_reported(text, part, source, certainty):
    _check(text, part, source, certainty)


MORE = [
    # "the lawmaker" after "Sen." (lang.TITLE_ROLE_NOUNS)
    ("Sen. Ada Pruitt toured the flooded dam near Kelmont on Monday morning. The lawmaker said the spillway had cracked.",
     "spillway", "Sen. Ada Pruitt", "reported"),
    # a participle and its agent set off before the subject: a sentence with a subject, a claim (was dropped as a caption)
    ("Surrounded by aides, Mayor Ida Venn signed the budget on Monday.", "signed the budget", "article", "stated"),
]


@pytest.mark.parametrize("text,part,source,certainty", MORE)
def test_more(text, part, source, certainty):
    _check(text, part, source, certainty)


# Shapes found reading the two clusters (the outlet's sentences reworded with invented names and topics).
FOUND = [
    # an opener of being questioned, with an aside of example and the question put: the speaker's statement
    ("Asked, for example, if the council would change the Dorrin levy to win more votes, Mayor Ida Venn said small "
     "changes would be fine.", "small changes", "Mayor Ida Venn", "speculative"),
    # the question put is not asserted: the act after it is the outlet's fact
    ("Mayor Ida Venn spoke first. Asked whether the town would slide into debt if the council held off for a month or "
     "two before passing a budget, Tom Reyes, a former finance clerk in the Harlow county office and a backer of the current "
     "budget plan, offered a calmer view.", "offered a calmer view", "article", "stated"),
    # ... and the person so introduced is who "he" is next (was the earlier speaker)
    ("Finance chief Ivo Brandt warned on Monday that a delay would hurt the town. \"If they wait, we lose the grant,\" "
     "he told a meeting of clerks.\n\nAsked whether the town would slide into debt if the council held off for a month or "
     "two before passing a budget, Tom Reyes, a former finance clerk in the Harlow county office and a backer of the current "
     "budget plan, offered a calmer view.\n\n\"A short delay would not sink the town,\" he said.", "would not sink",
     "Tom Reyes", "reported"),
    # a quotation, an inverted cue and its named speaker, where he said it, then the outlet that relayed it: his words
    ("\"We want the ferry back,\" said Tom Reyes in an interview on the Harbor radio show, according to the Lorne Gazette.",
     "ferry back", "Tom Reyes", "reported"),
    # a quoted programme title inside the addressee of "told": still a final frame
    ("\"I have clerks who have been checking it and they can't credit the figures they see,\" Tom Reyes told "
     "WXRB's \"Evening\" show on Monday.", "clerks who", "Tom Reyes", "reported"),
]

FOUND += [
    # the answer to a question put to a named person is that person's, not the questioner's (whose gender is not shown)
    ("Tom Reyes said he had doubts about the levy.\n\nRadio host Ida Venn asked Reyes, \"Have you seen the figures?\" "
     "His response: \"Well, my clerks have gone through the books twice.\"", "gone through the books", "Tom Reyes", "reported"),
    ("Tom Reyes said he had doubts about the levy.\n\nThe remarks prompted Ida Venn to ask Reyes if he had clerks in "
     "Dorrin looking at the books. He signaled he did and added, \"The books are a mess, and my clerks can prove it.\"",
     "books are a mess", "Tom Reyes", "reported"),
]

FOUND += [
    # a bare tag after a quotation closed by "?" closes it; the outlet's next sentences are not the speaker's
    ("\"What have you folks been arguing about, Ann? You have been arguing about a souvenir stamp for hockey?\" Mayor "
     "Tom Reyes said. The council motion on the town flag passed Monday was written by Councilor Ida Venn and taken up "
     "under a fast-track rule. It passed in a 9-2 vote.", "9-2 vote", "article", "stated"),
    ("\"Why should the town pay for it?\" Mayor Tom Reyes said. The clerks had already paid the bill in May.",
     "already paid", "article", "stated"),
]

FOUND_APART = [
    # ... but a quotation after the tag goes on being the speaker's
    ("\"Why should the town pay for it?\" Mayor Tom Reyes said. \"The town has no money left for the pier.\"",
     "no money left", "Mayor Tom Reyes", "reported"),
    # a pronoun that goes on after a question without answering it: the questioner, as before
    ("Ida Venn met the clerks on Monday. Tom Reyes asked Venn whether the audit was done. He said the clerks had "
     "waited a year.", "waited a year", "Tom Reyes", "reported"),
    # the relaying outlet stays the source when no named speaker is quoted
    ("The ferry will return in May, according to the Lorne Gazette.", "ferry will return", "the Lorne Gazette", "speculative"),
    # a question before an act in the outlet's voice: the act's own negation stays
    ("Asked about the fire, the chief of the Dorrin brigade did not answer the question.", "did not answer", "article", "negated"),
]


@pytest.mark.parametrize("text,part,source,certainty", FOUND + FOUND_APART)
def test_found_reading(text, part, source, certainty):
    _check(text, part, source, certainty)
