"""Session 22, shapes23 (issue 12): five attribution / certainty shapes the lead found by reading a
bundled-model digest of one tuned BASIL cluster. Invented sentences (invented names, places and
bodies), each with the source and certainty GUIDELINES §6 and §14 give its claim, written before
the `code` path ran on them; see evals/RESULTS.md "Session 22: shapes23".

1. a demonstrative subject of a saying verb ("That board said ..."), read as the body named before;
2. a participial interruption between the subject and its verb ("the mayor, speaking quietly, said");
3. a negation inside a complaint's "that" clause in a relative clause (the outlet's main clause happened);
4. a negation inside a subordinate reason clause ("... as the audit had not been made public");
5. a forecast inside a continued quotation ('"A. The audit is expected to appear in May."').

Each shape has variants from other domains and `APART` cases: near shapes that must not change.
"""

from __future__ import annotations

import re

import pytest

from tests.reading import code

HEADLINE = "Local news\n\n"

# (text, part of the claim's evidence, attributed_to, certainty)
DEMONSTRATIVE = [
    ("The Harbor Ethics Board announced in May that Mayor Ida Venn was under review. "
     "That board said it would hold a public hearing in June.", "public hearing", "The Harbor Ethics Board", "speculative"),
    ("Tolvik Foods reported a loss for the quarter on Tuesday. That company said it had cut 40 jobs in Brill.",
     "cut 40 jobs", "Tolvik Foods", "reported"),
    ("The Ostrel Institute published a study of river eels in June. "
     "That institute said the eels had returned to the Marrow River.", "eels had returned", "The Ostrel Institute", "reported"),
]

DEMONSTRATIVE_APART = [
    # the same subjects with "The" / "This" (resolved before this session too)
    ("The Harbor Ethics Board announced in May that Mayor Ida Venn was under review. "
     "The board said it would hold a public hearing in June.", "public hearing", "The Harbor Ethics Board", "speculative"),
    ("The Harbor Ethics Board announced in May that Mayor Ida Venn was under review. "
     "This board said it would hold a public hearing in June.", "public hearing", "The Harbor Ethics Board", "speculative"),
    # a complementiser "That" opening a subject clause: no source named "he", "the board" or "officials"
    ("That he said so is clear.", "is clear", "article", "stated"),
    ("That officials said the pier was safe angered the fishermen of Dorrin.", "angered", "article", "stated"),
]

INTERRUPTED = [
    ("Mayor Ida Venn met Mr. Holt on Friday. Then, the mayor, speaking softly while she leaned toward the "
     "camera, said Mr. Holt was \"not tough enough\".", "not tough enough", "Mayor Ida Venn", "reported"),
    ("Mayor Ida Venn met Mr. Holt on Friday. Then, the mayor, speaking quietly, said Mr. Holt was \"not tough enough\".",
     "not tough enough", "Mayor Ida Venn", "reported"),
    ("Judge Mara Quill heard the case in Fenwick. The judge, reading from a prepared statement as the court fell silent, "
     "said the defendant had been \"careless and cruel\".", "careless and cruel", "Judge Mara Quill", "reported"),
    ("Tolvik Foods closed its Brill plant in May. The chief executive, Lena Marsh, speaking by phone from Oslo, "
     "said the plant had lost money for six years.", "lost money", "Lena Marsh", "reported"),
]

INTERRUPTED += [
    # no interruption: the judgement's "not" alone (was `negated` on main: the claim read as an event)
    ("Mayor Ida Venn met Mr. Holt on Friday. The mayor said Mr. Holt was \"not tough enough\".",
     "not tough enough", "Mayor Ida Venn", "reported"),
    # the lead's whole shape: a second quotation added after the judgement (one claim; the judgement's "not" is the mayor's position)
    ("Mayor Ida Venn met Mr. Holt on Friday. Then, the mayor, speaking softly while she leaned toward the camera, "
     "said Mr. Holt was \"not tough enough\" and added: \"You will regret this.\"", "not tough enough", "Mayor Ida Venn", "reported"),
    ("Coach Tom Brill led the Dunmore Rovers to a loss. Later, the coach, speaking after the match, said the team would "
     "appeal the ban.", "appeal the ban", "Coach Tom Brill", "speculative"),
]

INTERRUPTED += [
    # a title noun as the head ("the congressman": lang.PERSON_TITLES), curly quotation marks, a noun before "enough"
    ("Mr. Holt waited in the hall. Then, the congressman, muttering in a low voice as he bent over the "
     "desk, said Mr. Holt was “not brave enough” and added: “You’ll regret this.”", "not brave enough", "the congressman", "reported"),
    ("Tolvik Foods closed its Brill plant in May. The chairman, speaking by phone from Oslo, said the plant had lost money.",
     "lost money", "The chairman", "reported"),
]

INTERRUPTED_APART = [
    # a source's plain negated fact stays negated (GUIDELINES §14), a judgement of degree in the outlet's voice too
    ("Mayor Ida Venn met Mr. Holt on Friday. The mayor said the Dorrin bridge was not finished.", "not finished",
     "Mayor Ida Venn", "negated"),
    ("The hall in Dorrin was not big enough for the crowd.", "big enough", "article", "negated"),
    # an interruption before an act: the outlet's
    ("Mayor Ida Venn met Mr. Holt on Friday. The mayor, speaking quietly, left the hall.", "left the hall", "article", "stated"),
    ("Mayor Ida Venn met Mr. Holt on Friday. The mayor, wearing a red coat, walked to the podium.", "podium", "article", "stated"),
]

SUBORDINATE_NEGATION = [
    # shape 3: the complaint's "did not" belongs to the complaint, the hiring happened (GUIDELINES §14)
    ("Last spring, three bakery clerks retained an attorney who wrote to the city council to complain that the "
     "shop had cut their hours and did not pay them for holidays.", "retained an attorney", "article", "stated"),
    ("The players hired an agent who wrote to the league to protest that the Dunmore club had not paid their wages.",
     "hired an agent", "article", "stated"),
    # shape 4: a reason clause's "had not" does not negate the main clause
    ("The two clerks stayed away from the council meeting as the audit had not been made public.",
     "stayed away", "article", "stated"),
    ("The jurors in Fenwick were sent home early as the judge had not finished her ruling.", "sent home", "article", "stated"),
    ("Trading in Velko shares was halted in Brill as the company had not filed its annual report.",
     "was halted", "article", "stated"),
]

SUBORDINATE_NEGATION_APART = [
    ("The audit of the Fenwick clerk had not been made public.", "made public", "article", "negated"),
    ("The officials in Dorrin did not speak to reporters as the audit was still pending.", "did not speak", "article", "negated"),
    ("The shop in Dorrin did not pay its clerks for holidays.", "holidays", "article", "negated"),
    # "to say that" as the outlet's own modest assertion, not a purpose infinitive (read12b's shape)
    ("It is fair to say that the Dorrin pier has not reopened.", "pier", "article", "negated"),
    # the speech verb is the main clause's, in the outlet's voice: its negated content stays negated
    ("The three clerks in Dorrin complained to the council that the shop did not pay them for holidays.", "holidays",
     "The three clerks in Dorrin", "reported"),
    # "as" comparing, not giving a reason: the negation is the main clause's
    ("The Velko plant did not reopen in May as the owners had promised.", "did not reopen", "article", "negated"),
]

CONTINUED_FORECAST = [
    ("The Lorne Gazette reported that the clerk had \"been questioned by county auditors twice this year. "
     "The audit is expected to appear in May.\"", "expected to appear",
     "The Lorne Gazette", "speculative"),
    ("Velko Corp said in a statement that it had \"sold the Brill mill to a local buyer. The buyer will take over "
     "the site in May.\"", "take over", "Velko Corp", "speculative"),
    ("Dr. Ana Rusk said the Ostrel trial had \"ended in March with 200 patients. The results are likely to be "
     "published next year.\"", "likely to be published", "Dr. Ana Rusk", "speculative"),
]

CONTINUED_APART = [
    # a continued quotation of a fact: reported, as before
    ("The Lorne Gazette reported that the clerk had \"been questioned by county auditors twice this year. "
     "The audit was sent to the council on Monday.\"", "sent to the council", "The Lorne Gazette", "reported"),
    # the same forecast outside quotation marks (speculative before this session too)
    ("The Lorne Gazette said the audit is expected to appear in May.", "expected to appear",
     "The Lorne Gazette", "speculative"),
]


def _holding(text: str, part: str):
    """The claim of the article whose evidence holds `part` (the `code` path)."""
    full = HEADLINE + text
    at = full.index(part)
    return next((c for c in code(full, "shapes23.txt").claims if c.evidence.start <= at < c.evidence.end), None)


# The two shapes left open here (a title noun after "Rep.", a past-participle aside) were fixed in
# session 23 (read24); their cases are in tests/test_read24.py.


def _norm(name: str) -> str:
    return re.sub(r"^the\s+", "", name.strip().lower())  # "The Ostrel Institute" = "Ostrel Institute"


def _check(text, part, source, certainty):
    c = _holding(text, part)
    assert c is not None, part
    assert (_norm(c.attributed_to), c.certainty) == (_norm(source), certainty)


@pytest.mark.parametrize("text,part,source,certainty", DEMONSTRATIVE + DEMONSTRATIVE_APART)
def test_demonstrative_subject(text, part, source, certainty):
    _check(text, part, source, certainty)


@pytest.mark.parametrize("text,part,source,certainty", INTERRUPTED + INTERRUPTED_APART)
def test_participial_interruption(text, part, source, certainty):
    _check(text, part, source, certainty)


@pytest.mark.parametrize("text,part,source,certainty", SUBORDINATE_NEGATION + SUBORDINATE_NEGATION_APART)
def test_subordinate_negation(text, part, source, certainty):
    _check(text, part, source, certainty)


@pytest.mark.parametrize("text,part,source,certainty", CONTINUED_FORECAST + CONTINUED_APART)
def test_forecast_in_continued_quotation(text, part, source, certainty):
    _check(text, part, source, certainty)
