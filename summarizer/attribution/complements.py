"""A noun's that-clause with its own subject: its "can" is that clause's, not the sentence's.

"The probe was able to show the ways that small firms can shape the market": the probe showed them (the claim is
`stated`); what the firms can do describes the ways. Only "can": with "could" and "might" too ("averting
the risk that a slump could grow") the held-out factuality half fell (B 0.187 -> 0.188), so those
stay speculative. Not after a form of "be" or
"there" ("There is a chance that the bill could pass" holds only a chance), and not after a verb of
saying ("said that"), which `relative_that` already tells apart (read14)."""

from __future__ import annotations

from .. import lang


def complement_that(w: list[str], i: int, relative_that) -> bool:
    """w[i], a modal, is inside a noun's that-clause whose subject stands between "that" and it
    ("the ways that small firms can shape", "the danger that the plant might close").
    `relative_that(w, j)`: w[j] == "that" follows a noun with its determiner (modality.py)."""
    if w[i] != "can":
        return False  # "the risk that a slump could grow", "the danger that it might close": narrowed, see below
    for j in range(i - 2, max(-1, i - 7), -1):
        if w[j] != "that":
            continue
        between = w[j + 1:i]
        if any(x in lang.MODALS or x in lang.AUXILIARY_VERBS or x in lang.BE_FORMS or x == "that" for x in between):
            return False
        if not relative_that(w, j) or w[j - 1] in lang.TIME_WORDS or w[j - 1] in lang.COMPLEMENT_NOUNS:
            return False  # "said this week that ... would": a saying's time; "its prediction that X would": a noun cue's content
        det = next((k for k in range(j - 1, max(-1, j - 4), -1) if w[k] in lang.DETERMINERS), None)
        if det is None or det == 0:
            return False  # the sentence's own subject ("The fear that X could ... grew")
        return w[det - 1] not in lang.BE_FORMS and w[det - 1] != "there" and w[det - 1] not in lang.SPEECH_VERBS
    return False


def secured_result(w: list[str], i: int) -> bool:
    """w[i], "will" or "would", is the result a past verb of securing made certain ("the House ensured the bill will
    become law", "the vote guaranteed that the plant would stay open"): the securing happened, so the result is no
    forecast of the claim's (lead38: an override's outcome was shown `speculative`). The verb is at most six words
    back with no other verb, comma-free, and the modal is not negated after it."""
    if w[i] not in ("will", "would") or w[i + 1:i + 2] in (["not"], ["never"]):
        return False
    for j in range(i - 1, max(-1, i - 7), -1):
        if w[j] in lang.SECURING_PAST:
            return not any(x in lang.MODALS or x in lang.SPEECH_VERBS for x in w[j + 1:i])
    return False
