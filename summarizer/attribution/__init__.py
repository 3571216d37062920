"""Who says what, over the whole article: attribution relations with character offsets.

`analyze(text)` reads the article once, in order, and returns `Attributions`: relations of
(content spans, source as written, resolved source name, cue, kind). Rules over sentences plus
quotation-mark tracking, no model:

- A sentence's *frame* is its main reporting clause: a subject and a cue verb at the start of
  the sentence ("X said (that) ..."), at its end ("..., X said." / "..., said X."), between two
  quotations ("“A,” X said. “B.”"), "according to X", a colon ("X: “...”", "X said: ..."),
  "X's statement ...". The first frame of the sentence wins: in "X said that Y said ...", X.
- Quotations are tracked across sentences and paragraphs: a paragraph that ends inside a
  quotation and a next paragraph that opens with a quotation mark continue the same quotation,
  and every part belongs to whoever opened or closed it. A quotation with no frame of its own
  right after an attributed one continues that speaker ("“...,” he said. “...more...”").
- Pronouns and descriptions resolve to the last fitting name: he/she to the last person,
  it/"the agency" to the last organisation (preferring one whose name has the same head noun),
  they to the last group or organisation.
- Text outside every relation is the outlet's own voice.

`certainty_for(text, start, end, attributions)` decides the closed `Certainty` value of a span
from the words that govern its main clause (see README "Claims": certainty values).

Word lists live in `summarizer.lang`.

Modules: `text` (tokens, quotation marks), `subjects` (cue words and the subject of a cue),
`frames` (a sentence's reporting frame), `cues` (frames the main rules miss), `insertions`
(frames behind insertions, reports in relative clauses, colon quotes), `noun_cues`
("charges that ...", "his admission that ..."), `apposition` (a
speaker with descriptions), `prospects` (forecasts and wishes a subject holds), `names`
(names and what pronouns refer to), `continuation` (where a statement stops and runs on),
`speech_events` (a speech event the outlet narrates: "X spoke about Y at Z"), `analysis` (`analyze`),
`relations` (what it returns),
`certainty` (`certainty_for`).
"""

from __future__ import annotations

from .analysis import analyze
from .certainty import certainty_for
from .relations import KINDS, Attributions, Relation

__all__ = ["KINDS", "Attributions", "Relation", "analyze", "certainty_for"]
