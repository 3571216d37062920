"""How far a sentence's reporting frame reaches, once the frame is found (frames.py).

"Jane Doe said she lied, prosecutors said.": a final frame reports the whole sentence. "X said A;
B": the frame reports A only (evals/GUIDELINES.md §6), and a contrasting clause after a complement
that is no clause is not in it either. "X said A, though he did not name them": what X left out
is the outlet's remark. Split out of frames.py (which finds the frame) so that each reads in one
sitting; the code is unchanged.
"""

from __future__ import annotations

import re
from typing import Callable

from .. import lang
from .contrast import third_party_cut
from .frame_shapes import CONTRAST_AFTER, FINAL_FRAME_HINT
from .pronoun_objects import pronoun_object_end
from .scope_cuts import withheld_cut
from .text import outside, semicolon_item


def _speaks_on(clause: str) -> bool:
    """The contrasting clause goes on with the subject's own speech ("She called the plan "rash" but
    said that ...", "... but added that ..."): the same source's, not the outlet's (read12a)."""
    w = re.findall(r"[a-z]+", clause[:40].lower())[:2]
    return bool(w) and (w[0] in lang.SPEECH_VERBS or w[0] == "also" and w[1:] and w[1] in lang.SPEECH_VERBS
                        or w[0] in lang.SUBJECT_PRONOUNS - {"it", "you"} and w[1:] and w[1] in lang.SPEECH_VERBS) \
        and not w[0].endswith("ing")  # (or a pronoun subject: "X believes A -- but she says B"; read33)


#: "while"/"whilst" and a gerund ("pledged to cut waiting lists while keeping care good"): an adjunct of the
#: infinitive with no subject of its own, no contrasting clause; what follows is still the source's (read37).
_WHILE_GERUND = re.compile(r",?\s+(?:while|whilst)\s+[a-z]{3,}ing\b")


def _finding_compared(text: str, fr, a: int, m: re.Match) -> bool:
    """"The audit found that A rose, while B fell": a finding's that-clause holds its own comparison
    after "while"/"whereas"; both halves are the finder's (attr15; read14's d2)."""
    return text[fr.cue_span[0]:fr.cue_span[1]].lower() in lang.FINDING_VERBS and re.match(r"\s*that\s", text[a:m.start()]) is not None \
        and re.match(r",?\s+(?:while|whereas)\b", m.group(0)) is not None


#: The most words of a verbless qualifier after "but" that stays in the content (`_verbless_qualifier`).
QUALIFIER_WORDS = 8


def _verbless_qualifier(rest: str) -> bool:
    """What follows "but" (only "but": "spoke about A while at the hall" keeps its cut) is a short prepositional phrase with no verb of its own ("called for a review,
    but on a wider scale", "urged a ban, but only in the city centre"): it qualifies the source's content,
    no contrasting clause of the outlet's (attr47). Not "..., but in June the board refused it" (a clause) nor
    "..., but without success" / "but to no avail" (the outlet's remark on the effort)."""
    ws = re.findall(r"[\w'’-]+", rest.lower())
    if not ws or len(ws) > QUALIFIER_WORDS or re.search(r"[,;:“”\"]", rest.strip().rstrip(".!?)")):
        return False
    k = next((i for i, w in enumerate(ws) if w not in lang.QUALIFIER_ADVERBS), len(ws))
    if k >= len(ws) or ws[k] not in lang.PREPOSITIONS or any(w in lang.EFFORT_OUTCOME_WORDS for w in ws):
        return False
    finite = lang.AUXILIARY_VERBS | lang.MODALS | lang.BE_FORMS | lang.SUBJECT_PRONOUNS
    return not any(w in finite or i > k + 1 and w.endswith("ed") for i, w in enumerate(ws))


def narrow_scope(fr, text: str, sp, quotes: list[tuple[int, int, int]], reframe: Callable):
    """The frame `fr` with its content cut to what its source reports; `reframe(text)` finds
    the frame again in `text` (with an earlier cue blanked)."""
    if fr.position == "initial" and fr.kind in ("indirect", "belief") and FINAL_FRAME_HINT.search(text[sp.start:sp.end].rstrip()):
        # "Jane Doe said she lied, prosecutors said.": the final frame reports the whole sentence
        blanked, later = text, fr
        for _ in range(3):  # ("Witnesses said the gunman shouted ..., police said": past the inner cue "shouted" too)
            blanked = blanked[:later.cue_span[0]] + " " * (later.cue_span[1] - later.cue_span[0]) + blanked[later.cue_span[1]:]
            later = reframe(blanked)
            if later is None or later.position != "initial":
                break
        if later is not None and later.position == "final" and later.cue_span[0] > fr.cue_span[1] \
                and later.content and later.content[0][0] <= fr.source_span[0] \
                and "," in text[fr.cue_span[1]:later.source_span[0]]:  # (not "X, Y, said she had asked for ...": wild21)
            return later
    if fr.position == "initial" and fr.kind != "according_to" and (
            len(fr.content) == 1 or len(fr.content) == 2 and fr.content[1][0] >= fr.cue_span[1]):
        # "X said A; B": the frame reports A only (evals/GUIDELINES.md §6); B is the outlet's. With
        # an opener ("When ..., X wanted A, but B"), the part after the cue is cut the same way
        a, b = fr.content[-1]
        semi = next((m.start() for m in re.finditer(";", text[a:b]) if outside(a + m.start(), quotes)
                     and len(text[a + m.end():b].split()) >= 3 and not semicolon_item(text[a + m.end():b], text[a:b].count(";"))), None)
        wh, cut = re.match(r"\s*(\w+)", text[a:b]), None
        b1 = b if semi is None else a + semi  # (before a ";" the same: "spoke about A while at B; C", attr19)
        if fr.kind == "belief" or re.match(r"\s*to\s", text[a:b]) or wh and wh.group(1).lower() in lang.EMBEDDING_WH | {"if"}:
            # (an embedded question, "did not say where the rally would be held", holds no contrasting clause either)
            # "X wants to A, but her plan would B", "X praised A but also had to B": a contrasting
            # clause after a complement that is no clause (an object, an infinitive) is not in it
            cut = next((m.start() for m in CONTRAST_AFTER.finditer(text, a, b1) if outside(m.start(), quotes)
                        and len(text[m.end():b1].split()) >= 3 and not _speaks_on(text[m.end():b1])
                        and not _finding_compared(text, fr, a, m) and not _WHILE_GERUND.match(text, m.start())
                        and not (re.search(r"\bbut\s*$", m.group(0)) and _verbless_qualifier(text[m.end():b1]))), None)
            if cut is not None and re.search(r",\s+(?:" + lang.RELATIVE_PRONOUNS_RE + r")\b", text[a:cut]):
                cut = None  # "..., which put A, but also led to B": the contrast is the relative clause's
            cut = None if cut is None else cut - a - 1
        cut = semi if cut is None else cut
        cut = third_party_cut(text, a, b, quotes) if cut is None else cut  # "..., but other experts remain skeptical"
        if cut is not None:
            fr.content = fr.content[:-1] + [(a, a + cut + 1)]
    if fr.content and fr.content[-1][0] >= fr.cue_span[1]:
        a, b = fr.content[-1]  # "X said A, though he did not name them": what X left out is the outlet's remark
        fr.content = fr.content[:-1] + [(a, pronoun_object_end(text, a, withheld_cut(text, a, b, quotes)))]  # "denies that and says"
    return fr
