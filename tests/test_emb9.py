"""A battery of news sentences written for session 8 (emb9), each with the speaker an analyst
would name, written before the tool was run. The fixed rule: a final frame whose named speaker
has a description set off BEFORE the name ("..., its chief executive, Jane Doe, said."), or
whose cue takes an addressee ("..., Jane Doe, a spokesman, told reporters."), is the speaker's
whole statement (attribution/frame_parts.final_alone), as "..., Jane Doe, a lawyer, said." was.
The rest are guards that kept working."""

from __future__ import annotations

import pytest

from tests.test_reading_outputs import _who

#: (sentence, the speaker's name as the analysis resolves it; None = the outlet's own voice)
FIXED = [
    ("The plant will close in June, the company's spokesman, John Hale, said.", "John Hale"),
    ("The plant will close in June, its spokesman, John Hale, said on Monday.", "John Hale"),
    ("The plant will close in June, the mayor, Ruth Calder, said.", "Ruth Calder"),
    ("Revenue rose 8 percent, its chief executive, Ann Cole, told investors.", "Ann Cole"),
    ("The plant will close in June, a company spokesman, John Hale, told reporters.", "John Hale"),
    ("The drug was safe, the agency's director, Dr. Paul Kim, wrote in a letter.", "Dr. Paul Kim"),
    ("The levee held overnight, the county's emergency manager, Rosa Ibanez, said in a statement.", "Rosa Ibanez"),
    ("The plant will close in June, John Hale, a company spokesman, told reporters.", "John Hale"),
    ("The plant will close in June, John Hale, a company spokesman, told reporters on Monday.", "John Hale"),
    ("The vote will be held in May, the board's chairwoman, Lisa Grant, told the Associated Press.", "Lisa Grant"),
]

GUARDS = [
    # courts
    ("The law, Judge Maria Ortega wrote in a 40-page opinion, \"cannot survive even the most forgiving review.\"", "Judge Maria Ortega"),
    ("Prosecutors argued that the defendant had planned the robbery for weeks.", "Prosecutors"),
    ("The appeals court declined to hear the case, leaving the lower court's ruling in place.", None),
    ("Defense attorney Paul Reyes told jurors that his client was nowhere near the warehouse that night.", "Paul Reyes"),
    # business
    ("Shares of Norvex Corp. fell 12 percent on Tuesday after the company cut its sales forecast.", None),
    ("Unemployment rose to 4.3 percent in March, the Labor Department reported Friday.", "the Labor Department"),
    ("The plant will close in June, the company's spokesman said.", "the company's spokesman"),
    # health and science
    ("The hospital said in a statement that the patient was in stable condition.", "The hospital"),
    ("There is no evidence that the vaccine causes autism, said Dr. Lena Moss, an epidemiologist at the state university.", "Dr. Lena Moss"),
    ("The clinic closed in 2019 after losing its state license.", None),
    ("NASA said the launch had been postponed because of high winds.", "NASA"),
    # elections, local government
    ("Senator Hal Brenner announced on Thursday that he would not seek a fourth term.", "Senator Hal Brenner"),
    ("The bill passed the House 220 to 208, with two Republicans voting against it.", None),
    ("\"This is a good day for the neighborhood,\" said council member Jorge Ibarra.", "Jorge Ibarra"),
    ("The city council voted 7-2 on Tuesday to raise parking fees downtown.", None),
    # sports, disasters, crime, education
    ("The striker is out for six weeks with a hamstring injury, the club said.", "the club"),
    ("The fire has burned more than 30,000 acres and is 10 percent contained.", None),
    ("The cause of the explosion is under investigation, police said.", "police"),
    ("\"We will not rest until we find who did this,\" Sheriff Ron Daly told reporters.", "Sheriff Ron Daly"),
    ("The superintendent, Angela Price, said no schools would close this year.", "Angela Price"),
    # a description before a name that is not set off as the speaker's: the content's own words
    ("The plant, the city's largest employer, will close in June.", None),
]


@pytest.mark.parametrize("sentence,who", FIXED + GUARDS, ids=[s[:40] for s, _ in FIXED + GUARDS])
def test_the_speaker_of_a_battery_sentence(sentence, who):
    text = "News update\n\n" + sentence + "\n"
    assert _who(text, sentence) == who
